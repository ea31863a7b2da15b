"""Normalised text: line ends, terminal escapes and controls removed, markup kept, NFC, hash."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import IngestError
from claimtrack.ingest import content_hash, read_document
from claimtrack.ingest.document import _stripped_lines
from claimtrack.ingest.normalize import normalize_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b[1;31mred\x1b[0m text", "red text"),  # SGR colours
        ("a\x1b[2J\x1b[Hb", "ab"),  # clear screen, cursor home
        ("\x1b]0;evil title\x07after", "after"),  # OSC window title, BEL-terminated
        ("\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\ text", "link text"),  # OSC 8, ST
        ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),  # DCS (sixel)
        ("a\x1b(Bb\x1b=c\x1bcd", "abcd"),  # charset selection, keypad mode, reset
        ("a\x9b31mb\x9d0;t\x9cc", "abc"),  # 8-bit CSI and OSC
        ("unterminated \x1b]0;title\nnext line", "unterminated \nnext line"),
        ("nul\x00 bel\x07 bs\x08 del\x7f c1\x85x", "nul bel bs del c1\nx"),
        ("keep\ttabs\nand lines", "keep\ttabs\nand lines"),
        ("dos\r\nline\rmac\x0cpage\x0bvt", "dos\nline\nmac\npage\nvt"),
        ("para\u2029next\u2028line", "para\n\nnext\nline"),
        ("Cafe\u0301 e\u0301", "Café é"),  # NFC
        ("  \n trimmed \n\n ", "trimmed"),
    ],
)
def test_normalisation(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(
    "markup",
    [
        "[bold red]x[/]",
        "[link=https://example.com]click[/link]",
        "[/] [red] \\[escaped] [@click=app.quit]quit[/]",
        "<b>not html here</b> &amp; {braces} $dollar %percent",
    ],
)
def test_markup_is_data_and_kept_verbatim(markup: str) -> None:
    doc = read_document(f"Judul\n\nTeks dengan {markup} di dalamnya.".encode(), "a.txt")
    assert f"Teks dengan {markup} di dalamnya." in doc.text


def test_escapes_and_controls_are_gone_from_imported_documents() -> None:
    raw = "Title \x1b[31mred\x1b[0m\r\n\r\nBody\x00 with \x1b]8;;http://e\x07link\x1b]8;;\x07.\r\n"
    doc = read_document(raw.encode(), "a.txt")
    assert doc.text == "Title red\n\nBody with link."
    assert doc.title == "Title red"


def test_the_title_is_the_first_non_empty_line_cut_to_200() -> None:
    doc = read_document(b"\n\n   " + b"word " * 100 + b"\n\nBody.", "a.txt")
    assert len(doc.title) == 200
    assert doc.title.endswith("…")
    assert doc.title.startswith("word word")


def test_content_hash_is_sha256_of_the_normalised_text() -> None:
    import hashlib

    doc = read_document("Baris satu.\r\nBaris dua.\r\n".encode("utf-16"), "a.txt")
    assert content_hash(doc.text) == hashlib.sha256(doc.text.encode()).hexdigest()
    # the same text in another charset / with other line ends is the same document
    again = read_document("Baris satu.\nBaris dua.\n".encode("cp1252"), "b.txt")
    assert content_hash(again.text) == content_hash(doc.text)
    assert content_hash("Baris satu.\r\nBaris dua.") == content_hash(doc.text)
    assert content_hash("Baris satu.\nBaris tiga.") != content_hash(doc.text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=("Cs",)), max_size=200))
def test_normalisation_is_idempotent_and_leaves_no_controls(raw: str) -> None:
    clean = normalize_text(raw)
    assert normalize_text(clean) == clean
    assert clean == clean.strip()
    assert unicodedata.is_normalized("NFC", clean)
    assert not any(
        (ch < " " and ch not in "\n\t") or "\x7f" <= ch <= "\x9f" or ch in "\x1b\u2028\u2029"
        for ch in clean
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", " ", "\n", "\x1b", "[", "]", "\\", "\x07", "\x9c", "0", ";", "m"]),
        max_size=60,
    ).map("".join)
)
def test_escape_fragments_never_survive(raw: str) -> None:
    clean = normalize_text(raw)
    assert "\x1b" not in clean
    assert "\x07" not in clean
    assert "\x9c" not in clean


# What normalising changes, in UTF-8 of one, two and three bytes, beside what it keeps.
UTF8_PARTS = st.sampled_from(
    [
        *("Kata ", "слово ", "“kutip” ", "e\u0301", "\u00e9", "\u00a0", "\u00ab", "\u2014"),
        *("\n", "\t", " ", "\r\n", "\r", "\x0b", "\x0c", "\x00", "\x07", "\x1b[31m", "\x7f"),
        *("\x80", "\x85", "\x9b2J", "\x9f", "\u2027", "\u2028", "\u2029", "\u202f", "\u3000"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(UTF8_PARTS, max_size=30).map("".join))
def test_a_utf8_file_reads_as_its_text_normalised(raw: str) -> None:
    """UTF-8 files are checked for what normalising changes in their bytes, not their text:
    the same text and hash, whatever they hold."""
    try:
        doc = read_document(f"Judul\n{raw}".encode(), "a.txt")
    except IngestError:  # too many controls: binary
        return
    if doc.charset != "utf-8":  # NULs on one parity: read as UTF-16 without a BOM
        return
    assert doc.text == normalize_text(f"Judul\n{raw}")
    assert doc.hash == hashlib.sha256(doc.text.encode()).hexdigest()


LINE_PARTS = st.sampled_from(
    [
        *("a", "b c", " ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1e", "\x85"),
        *("\u2028", "\u2029", "\u00a0", "\u00e9"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE_PARTS, max_size=40).map("".join))
def test_titles_are_read_from_the_lines_splitlines_gives(text: str) -> None:
    assert list(_stripped_lines(text)) == [line.strip() for line in text.splitlines()]
