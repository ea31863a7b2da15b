"""The shared escaping helpers, one behaviour at a time."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.export.escape import (
    argdown_text,
    clean_text,
    csv_cell,
    dot_string,
    json_bytes,
    markdown_text,
    mermaid_label,
    one_line,
    plain_title,
    safe_url,
    shorten,
)


def test_clean_text_keeps_what_xml_allows() -> None:
    assert clean_text("a\tb\nc🚀\u200d") == "a\tb\nc🚀\u200d"
    assert clean_text("c\u202ed") == "c<U+202E>d"  # a bidi override is shown, not obeyed
    assert (
        clean_text("\x00\x1b[31m\x7f\x9b\ud800\ufffe") == "\ufffd\ufffd[31m\ufffd\ufffd\ufffd\ufffd"
    )
    assert clean_text("a\r\nb\rc") == "a\nb\nc"
    ET.fromstring(f"<x>{clean_text(''.join(map(chr, range(0x20))))}</x>")


def test_one_line_and_shorten() -> None:
    assert one_line("a\r\nb\nc\td\u2028e") == "a b c d e"
    assert shorten("abcdef", 4) == "abc…"
    assert shorten("abc", 4) == "abc"
    assert shorten(clean_text("ab\u202ecdefgh"), 6) == "ab…"  # never "ab<U+2…"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('say "hi"', r'"say \"hi\""'),
        ("back\\slash \\N", r'"back\\slash \\N"'),
        ("two\nlines", r'"two\nlines"'),
        ("<b>&</b>", '"<b>&</b>"'),
    ],
)
def test_dot_string(text: str, expected: str) -> None:
    assert dot_string(text) == expected


def test_mermaid_label_leaves_no_structural_character() -> None:
    label = mermaid_label('a "b" [c] |d| `e` <script> --> #f; %% g {h} (i)\nj')
    body = label[1:-1]
    assert label.startswith('"') and label.endswith('"')
    assert not set(body) & set('"[]|`<>{}()\n')
    assert "#quot;b#quot;" in body and "--#gt;" in body


@pytest.mark.parametrize(
    "text", ["style A fill:#f00 [x]", "classDef a fill:#f00;", "see http://x.test/#a; [b]"]
)
def test_mermaid_label_escapes_what_mermaids_style_rewrite_looks_for(text: str) -> None:
    # Mermaid cuts the last `;` off a line matching these before reading it, breaking the
    # label's last entity ("#93" shown instead of "]").
    line = f"  c_x[{mermaid_label(text)}]:::side0"
    assert not re.search(r"style.*:\S*#.*;", line) and not re.search(r"classDef.*:\S*#.*;", line)
    assert mermaid_label("Speaker (side): summary") == '"Speaker #40;side#41;: summary"'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+31 6", "'+31 6"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        (" =cmd|' /C calc'!A0", "' =cmd|' /C calc'!A0"),
        ("plain", "plain"),
        (None, ""),
        (3, "3"),
    ],
)
def test_csv_cell(value: object, expected: str) -> None:
    assert csv_cell(value) == expected


def test_markdown_text() -> None:
    assert markdown_text("<script>[x](y) *b* `c` | # & _u_") == (
        r"\<script\>\[x\]\(y\) \*b\* \`c\` \| \# & \_u\_"
    )
    # an entity would render as its character: its & is escaped; plain text keeps its &
    assert markdown_text("Q&A: &lt;b&gt; &#60;") == r"Q&A: &amp;lt;b&amp;gt; &amp;\#60;"
    assert markdown_text("- not a list") == r"\- not a list"
    assert markdown_text("1. not a list, 1.166 troops") == r"1\. not a list, 1.166 troops"
    # a number written the Indonesian way starts no list: no stray backslash in the brief
    assert markdown_text("1.166") == "1.166"
    assert markdown_text("1.166 pasukan tewas") == "1.166 pasukan tewas"
    assert markdown_text("3) not a list") == r"3\) not a list"
    assert markdown_text("12.") == r"12\."
    assert markdown_text("line\nbreak") == "line break"


def test_argdown_text_and_titles() -> None:
    assert argdown_text("[a]: <b> #t @m 1.5, x;y") == r"\[a\]\: \<b\> \#t \@m 1\.5\, x\;y"
    assert plain_title('Aliyev [the] "president"\n#1', 40) == "Aliyev the president 1"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=c", "https://example.org/a?b=c"),
        ("http://x.test", "http://x.test"),
        ("javascript:alert(1)", None),
        ("https://x.test/<script>", None),
        ("https://x.test/a b", None),
        ("ftp://x.test/", None),
        ("https://", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_json_bytes_survives_lone_surrogates() -> None:
    data = {"b": "Алиев \ud800", "a": 1}
    out = json_bytes(data)
    assert out.decode("utf-8").startswith('{\n  "a": 1')
    assert "Алиев" in out.decode("utf-8")
    assert json.loads(out) == data


def test_json_bytes_escapes_bidi_controls_exactly() -> None:
    data = {"a\u2066": "x\u202ey\u200f"}
    out = json_bytes(data)
    assert out == b'{\n  "a\\u2066": "x\\u202ey\\u200f"\n}\n'
    assert json.loads(out) == data


def test_argdown_text_escapes_front_matter_fences() -> None:
    assert argdown_text("=== vote ===") == "\\=\\=\\= vote \\=\\=\\="


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["style", "classDef", ":", "#", ";", " ", "x", "&", "\n"]) | st.text(),
        max_size=12,
    ).map("".join)
)
def test_mermaid_label_decodes_to_the_text_and_survives_mermaids_rewrite(text: str) -> None:
    body = mermaid_label(text)[1:-1]
    line = f"  c_x[{mermaid_label(text)}]:::side0"
    assert not re.search(r"style.*:\S*#.*;", line) and not re.search(r"classDef.*:\S*#.*;", line)
    named = {"quot": '"', "lt": "<", "gt": ">"}
    shown = re.sub(r"#(\d+|quot|lt|gt);", lambda m: named.get(m[1]) or chr(int(m[1])), body)
    assert shown == one_line(text)
