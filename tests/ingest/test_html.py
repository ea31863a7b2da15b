"""HTML pages: detection by suffix or first tags, main text kept, boilerplate dropped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import IngestError
from claimtrack.ingest import read_document, segment

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Azerbaijan vows to retake Karabakh | Daily Example</title>
<script>window.tracker = {id: 42};</script><style>nav { color: red }</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<header><div class="logo">Daily Example</div><a href="/subscribe">Subscribe now</a></header>
<main><article>
<h1>Azerbaijan vows to retake Karabakh</h1>
<p>Officials said 1,166 troops died. Mr. Putin said the real toll was close to 5,000.</p>
<p>&ldquo;If not,&rdquo; he said, &ldquo;we will go to the end.&rdquo; The ministry denied
the claims, they said.</p>
<p>Forces advanced to within 5 km (3 miles) of the town, local officials said on Thursday.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity gossip of the week</a></li></ul></aside>
<footer><p>&copy; 2020 Daily Example. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></footer>
</body></html>
"""
BOILERPLATE = (
    "Subscribe now",
    "Most read",
    "Celebrity gossip",
    "All rights reserved",
    "Privacy policy",
    "Cookie settings",
    "tracker",
    "color: red",
)


def test_main_text_is_kept_and_boilerplate_dropped() -> None:
    doc = read_document(ARTICLE.encode(), "article.html")
    assert doc.kind == "html"
    assert doc.lang == "en"
    assert doc.title == "Azerbaijan vows to retake Karabakh"
    assert "Officials said 1,166 troops died." in doc.text
    assert "“If not,” he said, “we will go to the end.”" in doc.text
    assert "5 km (3 miles)" in doc.text
    for noise in BOILERPLATE:
        assert noise not in doc.text


def test_html_paragraphs_become_blank_line_separated() -> None:
    doc = read_document(ARTICLE.encode(), "article.html")
    first, *rest = doc.text.split("\n\n")
    assert first == "Azerbaijan vows to retake Karabakh"
    assert rest[0].startswith("Officials said")
    spans = [doc.text[s:e] for s, e in segment(doc.text, doc.lang)]
    assert (
        "Forces advanced to within 5 km (3 miles) of the town, local officials said on "
        "Thursday." in spans
    )


SHORT = (
    "<html><head><title>T</title></head><body><article><h1>T</h1><p>YEREVAN, Oct 30 - "
    "Armenia's defence ministry said on Friday that 40 servicemen had been killed.</p>"
    "<p>{second}</p></article></body></html>"
)


def test_a_copy_is_dropped_even_when_its_words_also_end_another_paragraph() -> None:
    page = SHORT.replace("killed.</p>", "killed. Stepanyan said.</p>").format(
        second="Stepanyan said."
    )
    doc = read_document(page.encode(), "tail.html")
    assert doc.text.count("Stepanyan said.") == 2  # once inside, once as its own paragraph


def test_a_short_article_is_not_imported_twice() -> None:
    """trafilatura gave a headline and two short paragraphs back twice: 5 statements,
    each sentence a pair."""
    page = SHORT.format(second='"The enemy used cluster munitions," spokeswoman Shushan '
                        "Stepanyan said.")  # fmt: skip
    doc = read_document(page.encode(), "mod.html")
    assert doc.text.count("40 servicemen") == 1 and doc.text.count("cluster munitions") == 1
    # the headline, the dateline's lead ("YEREVAN, Oct 30 -"), its story, the quotation
    assert len(segment(doc.text, doc.lang)) == 4


@pytest.mark.parametrize(
    "refrain", ["Fighting resumed.", '"We will not give up," a resident\ntold reporters.']
)
def test_a_paragraph_the_page_repeats_stays_repeated(refrain: str) -> None:
    """Also when the page's source wraps it over two lines."""
    page = SHORT.replace("<p>{second}</p>", f"<p>{refrain}</p>" * 2)
    doc = read_document(page.encode(), "refrain.html")
    assert doc.text.count(" ".join(refrain.split())) == 2


@pytest.mark.parametrize("filename", [None, "page", "saved.txt", "download.php"])
def test_html_is_sniffed_from_its_first_tags(filename: str | None) -> None:
    assert read_document(ARTICLE.encode(), filename).kind == "html"


def test_html_in_a_legacy_charset() -> None:
    page = ARTICLE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("&ldquo;", "“").replace("&rdquo;", "”")
    doc = read_document(page.encode("cp1252"), "article.htm")
    assert doc.charset == "cp1252"
    assert "“If not,” he said" in doc.text


def test_an_xml_declaration_does_not_break_extraction() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + ARTICLE.split("\n", 1)[1]
    doc = read_document(page.encode(), None)
    assert doc.kind == "html"
    assert "Officials said 1,166 troops died." in doc.text


def test_a_fragment_with_an_html_suffix_still_gives_its_text() -> None:
    doc = read_document(b"<p>Officials said 1,166 troops died, they said.</p>", "frag.html")
    assert doc.text == "Officials said 1,166 troops died, they said."


def test_rich_markup_and_escapes_inside_html() -> None:
    page = b"<html><body><p>[bold red]x[/] stays, \x1b[31mcolour\x1b[0m goes.</p></body></html>"
    doc = read_document(page, "markup.html")
    assert doc.text == "[bold red]x[/] stays, colour goes."


@pytest.mark.parametrize(
    "text",
    [
        "# Notes\n\nSee <b>this</b> and <html> in prose.",
        "Intro line\n<html><body>quoted page</body></html>",
    ],
)
def test_text_that_only_mentions_tags_is_not_html(text: str) -> None:
    doc = read_document(text.encode(), None)
    assert doc.kind == "text"
    assert doc.text == text


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        *(("notes.md", "markdown"), ("Notes.MD", "markdown"), ("/desk/in/notes.md", "markdown")),
        *(("in/notes.md/", "markdown"), ("in/notes.md/.", "markdown")),
        *((".md", "text"), ("notes.md.txt", "text"), ("notes.", "text"), ("in.md/notes", "text")),
    ],
)
def test_the_kind_is_told_by_the_suffix_of_the_paths_last_part(path: str, kind: str) -> None:
    assert read_document(b"# Title\n\nSome *markdown*.", path).kind == kind


def test_markdown_is_kept_verbatim_even_when_it_starts_with_html() -> None:
    text = "<html>\n\n# Title\n\nSome *markdown*. Another [link](http://x)."
    doc = read_document(text.encode(), "notes.md")
    assert doc.kind == "markdown"
    assert doc.text == text


HTML_PARTS = st.sampled_from(
    [
        *("<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<script>", "</script>"),
        *("<!--", "-->", "<?xml version='1.0'?>", "<![CDATA[", "]]>", "&amp;", "&#0;"),
        *("&#xD800;", "&bogus;", "<a href='x'>", "</a>", "<table><tr><td>", "<br/>"),
        *("<title>T</title>", "<meta charset='x'>", "<h1>", "</h1>", "<", ">", '"'),
        *("Kalimat pertama. ", "[bold]x[/] ", "\x00", "\x1b[31m", "\u2028"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(HTML_PARTS, max_size=40).map("".join))
def test_any_markup_soup_gives_a_document_or_an_ingest_error(page: str) -> None:
    try:
        doc = read_document(page.encode(), "soup.html")
    except IngestError:
        return
    assert doc.kind == "html"
    assert doc.text == doc.text.strip()
    assert "\x1b" not in doc.text


def test_a_short_article_keeps_its_headline_and_paragraphs_apart() -> None:
    """trafilatura returned this page as one line, "Baku saysThe ministry said …"."""
    page = (
        "<html><head><title>Test page</title></head><body><article><h1>Baku says</h1>"
        "<p>The Azerbaijani defence ministry said Armenian forces shelled Tartar overnight.</p>"
        "<p>Armenia denied it.</p></article></body></html>"
    )
    doc = read_document(page.encode(), "page.html")
    assert doc.text.split("\n\n") == [
        "Baku says",
        "The Azerbaijani defence ministry said Armenian forces shelled Tartar overnight.",
        "Armenia denied it.",
    ]
    assert doc.title == "Baku says"
