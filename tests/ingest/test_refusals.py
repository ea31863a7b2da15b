"""Input read_document refuses, each with a clear one-line IngestError."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import ClaimtrackError, IngestError
from claimtrack.ingest import MAX_BYTES, read_document


def refusal(data: bytes, filename: str | None = "doc.txt", lang: str | None = None) -> str:
    with pytest.raises(IngestError) as caught:
        read_document(data, filename, lang)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{filename or 'input'}: ")
    return message


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"\n\n\t \r\n", " \n".encode("utf-16"), "\u3000\u00a0\n".encode()],
    ids=["empty", "spaces", "newlines", "utf16-blank", "unicode-blank"],
)
def test_empty_or_whitespace_only(data: bytes) -> None:
    assert "empty" in refusal(data)


def test_nothing_left_after_removing_control_characters() -> None:
    data = b"\x1b[31m" + b" " * 200 + b"\x1b[0m\x07"
    assert "empty" in refusal(data)


def test_binary_noise() -> None:
    noise = random.Random(7).randbytes(4096)
    assert "binary" in refusal(noise)


def test_nul_heavy_data() -> None:
    assert "binary" in refusal(b"abc\x00\x00\x00\x00def\x00\x01\x02\x03" * 100)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\x1f\x8b\x08\x00", "gzip"),
    ],
)
def test_known_binary_formats_are_named(data: bytes, what: str) -> None:
    assert what in refusal(data, "report.txt")


@pytest.mark.parametrize(
    ("data", "filename", "what"),
    [
        (b'{"title": "Aliyev vows", "body": "Officials said it."}', "scrape.txt", "JSON data"),
        (b'[{"id": 1}]\n', None, "JSON data"),
        (b"not even braces", "export.json", "JSON data"),
        (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', "a.txt", "SVG"),
        (b'<svg viewBox="0 0 1 1"><text>Officials said</text></svg>', "chart.svg", "SVG"),
        (b'<?xml version="1.0"?><rss><channel><title>Wire</title></channel></rss>', None, "RSS"),
        (b"<?xml version='1.0'?><atom:feed xmlns:atom='x'/>", "f.xml", "Atom"),
        (b"<?xml version='1.0'?>\n<!-- dump -->\n<records><r/></records>", None, "<records>"),
        (b"when,who,what\n2025-03-11,Aliyev,said it\n", "sheet.csv", "a CSV table"),
        (b"when\twho\n2025-03-11\tAliyev\n", "sheet.tsv", "a TSV table"),
        (b"a --> b\n", "d.mmd", "a Mermaid diagram"),
        ("id\tspeaker\tspeaker_id\tside\tsummary\r\n".encode("utf-16"), "t.txt",
         "claimtrack claims table"),
        (b'%%{init: {"theme": "dark"}}%%\nflowchart TD\n  a --> b\n', "d.txt", "Mermaid"),
        (b"sequenceDiagram\n  Aliyev->>Putin: call\n", None, "Mermaid"),
        (b'strict digraph "x" {\n  a -> b;\n}\n', "g.txt", "a Graphviz graph"),
        (b"\xef\xbb\xbf# Claim brief\r\n\r\n## Summary\r\n\r\n- Sources: 2, published", "b.txt",
         "a claimtrack brief (an export)"),
    ],
)  # fmt: skip
def test_data_files_are_not_imported_as_articles(
    data: bytes, filename: str | None, what: str
) -> None:
    """Every brace and tag of a JSON or XML file would otherwise become a statement."""
    message = refusal(data, filename)
    assert what in message and "not an article" in message


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"{Reuters} Officials said it.\n", "wire.txt"),  # braces, not JSON
        (b"<b>Breaking:</b> Officials said it.\n", "wire.txt"),  # a tag in text, not XML
        (b'<?xml version="1.0"?>\n<html><body><p>Officials said it.</p></body></html>',
         "page.xml"),  # XHTML is a page whatever its name
        (b"# Claim brief\n\nOfficials said it.\n", "brief.md"),  # titled so, not the export
        (b"Graph LR shows it. Officials said it.\n", "wire.txt"),  # no diagram opens so
        (b"Flowchart TD\nOfficials said it.\n", "wire.txt"),  # nor a headline in capitals
        (b"Digraph {Reuters} Officials said it.\n", "wire.txt"),
        (b"Wire\n\nflowchart LR\nOfficials said it.\n", "wire.md"),  # not its first line
    ],
)  # fmt: skip
def test_text_that_only_looks_like_data_is_imported(data: bytes, filename: str) -> None:
    assert "Officials said it." in read_document(data, filename).text


@pytest.mark.parametrize("lang", ["xx", "qq", "eng1"])
def test_a_language_code_nobody_uses_is_refused(lang: str) -> None:
    """`--lang xx` imported fine and silently turned off every cue of the real language."""
    assert "language" in refusal(b"Officials said it.", lang=lang)


@pytest.mark.parametrize("lang", ["en", "ID", " ru ", "hy", "und", "fil"])
def test_real_language_codes_are_taken(lang: str) -> None:
    assert read_document(b"Officials said it.", "a.txt", lang).lang == lang.strip().lower()


def test_oversized_input_is_refused_before_decoding() -> None:
    message = refusal(b"a" * (MAX_BYTES + 1), "huge.txt")
    assert "10 MiB" in message


def test_exactly_max_bytes_is_accepted() -> None:
    sentence = b"Officials said the troops died. "
    data = (sentence * (MAX_BYTES // len(sentence) + 1))[:MAX_BYTES]
    assert len(read_document(data, "big.txt").text) > 0


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(0x80, 0x100)) * 10,  # every high byte: no code page reads it as language
        bytes(byte | 0x80 for byte in random.Random(3).randbytes(3000)),
    ],
    ids=["all-high-bytes", "random-high-bytes"],
)
def test_undecodable_bytes(data: bytes) -> None:
    assert "cannot decode" in refusal(data)


def test_a_broken_utf16_bom_file_is_undecodable() -> None:
    data = b"\xff\xfe" + "Путин".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate at end
    assert "utf-16" in refusal(data)


def test_html_without_readable_text() -> None:
    assert "no readable text" in refusal(
        b"<html><body><script>x()</script></body></html>", "e.html"
    )


@pytest.mark.parametrize("lang", ["english", "e", "12", "en-US", ""])
def test_malformed_language_override(lang: str) -> None:
    assert "language" in refusal(b"Officials said 1,166 troops died.", "a.txt", lang)


def test_the_label_is_input_without_a_filename() -> None:
    refusal(b"", None)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_document_or_an_ingest_error(data: bytes) -> None:
    try:
        doc = read_document(data, "fuzz.txt")
    except IngestError:
        return
    except ClaimtrackError as exc:  # pragma: no cover - would be a wrong error type
        raise AssertionError(f"unexpected error type {type(exc).__name__}") from exc
    assert doc.text and doc.text == doc.text.strip()
    assert not any(ch < " " and ch not in "\n\t" for ch in doc.text)


def test_a_hostile_filename_cannot_break_the_one_line_message() -> None:
    with pytest.raises(IngestError) as caught:
        read_document(b"", "evil\x1b[2J\nname.txt")
    assert str(caught.value) == "evil name.txt: empty (nothing but whitespace)"
