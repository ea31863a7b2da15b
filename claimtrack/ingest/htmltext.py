"""HTML detection and main-text extraction (trafilatura, with a plain tag-stripping fallback)."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from html.parser import HTMLParser

from claimtrack.ingest.normalize import strip_escapes

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# A document *starts* as HTML (optionally after an XML declaration, comments): markdown and
# text that merely quote a tag are not taken for web pages.
_SNIFF = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,500}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_SPACES = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether decoded text is an HTML page (by its first tags, not by any tag inside)."""
    return _SNIFF.match(text, 0, 2048) is not None  # as if cut at 2048, without copying


def extract_main_text(html: str) -> str:
    """The article text of an HTML page: headline first, one paragraph per block.

    trafilatura drops navigation, footers, related links and comments. Paragraphs come out
    separated by blank lines so sentence spans never run from one block into the next. Returns
    "" when the page has no readable text.
    """
    # lxml refuses str input with an encoding declaration and chokes on control characters;
    # both are gone from the text anyway.
    html = strip_escapes(_XML_DECLARATION.sub("", html))
    title, body = _trafilatura(html)
    everything = _all_text(html)
    body = _rejoin_blocks(body, everything) if body else everything
    paragraphs = _as_often_as_on_the_page(
        [line.strip() for line in body.splitlines() if line.strip()], everything
    )
    if title and (not paragraphs or title not in paragraphs[0]):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def _trafilatura(html: str) -> tuple[str, str]:
    """(title, main text) from trafilatura; empty strings when it finds nothing."""
    import trafilatura  # imported here: ~0.5 s, only paid when an HTML page is imported

    for candidate in (html, f"<html><body>{html}</body></html>"):
        result = trafilatura.extract(
            candidate,
            output_format="json",
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
        if result:
            found = json.loads(result)
            title = (found.get("title") or "").strip()
            text = (found.get("text") or "").strip()
            if text:
                return title, text
    return "", ""


class _TextCollector(HTMLParser):
    """Every text node outside script/style-like elements, one block per line: a line break
    in the page's source is a space, as a browser shows it (but in <pre>)."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "pre":
            self._preformatted += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "pre" and self._preformatted:
            self._preformatted -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data if self._preformatted else _SPACES.sub(" ", data))


def _as_often_as_on_the_page(paragraphs: list[str], page: str) -> list[str]:
    """`paragraphs` without the copies trafilatura adds: a short article's body sometimes
    comes out twice (its main pass and its fallback both kept it). A paragraph is kept as
    many times as the page's own text holds it, never more (a refrain the page repeats
    stays)."""
    on_page = Counter(" ".join(line.split()) for line in page.splitlines() if line.strip())
    seen: Counter[str] = Counter()
    kept = []
    for paragraph in paragraphs:
        seen[paragraph] += 1
        if seen[paragraph] == 1 or seen[paragraph] <= on_page[" ".join(paragraph.split())]:
            kept.append(paragraph)
    return kept


def _rejoin_blocks(body: str, blocks: str) -> str:
    """`body` with a paragraph break wherever it runs two of the page's blocks together.

    trafilatura sometimes returns a short article's headline and paragraphs as one line
    ("Baku saysThe ministry said ….Armenia denied it."); the page's own block elements (`blocks`,
    one per line) say where the breaks were.
    """
    lines = [line for line in blocks.splitlines() if line.strip()]
    for a, b in itertools.pairwise(lines):
        body = body.replace(a + b, f"{a}\n\n{b}")
    return body


def _all_text(html: str) -> str:
    """Fallback for pages trafilatura cannot read (fragments, odd markup): all visible text."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = ("".join(collector.parts)).splitlines()
    return "\n".join(" ".join(line.split()) for line in lines)
