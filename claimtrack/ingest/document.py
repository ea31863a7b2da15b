"""read_document: bytes of one imported file to a normalised, titled, language-tagged Document."""

from __future__ import annotations

import functools
import itertools
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from claimtrack.errors import IngestError
from claimtrack.ingest.decode import decode
from claimtrack.ingest.furniture import (
    LEAD_REACH,
    dateline_lead,
    furniture_line,
    leads_into,
    place_lead,
)
from claimtrack.ingest.htmltext import HTML_SUFFIXES, extract_main_text, looks_like_html
from claimtrack.ingest.language import detect_languages
from claimtrack.ingest.normalize import (
    content_hash,
    normalize_text,
    normalize_utf8,
    strip_escapes,
)

MAX_BYTES: int = 10 * 1024 * 1024  # larger input is refused
TITLE_MAX = 200
_SECTIONS = 4
"""A page opens with at most this many one-word lines of its site's sections."""
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True, slots=True)
class Document:
    """One decoded document, ready to be stored as a source and segmented."""

    text: str
    """Normalised text (see `normalize_text`); statement offsets point into this string."""
    title: str
    """First non-empty line, stripped, at most 200 characters."""
    lang: str
    """ISO 639-1 code ("en", "id", "ru"...) or "und"."""
    charset: str
    """The charset the bytes were decoded from ("utf-8", "utf-16", "cp1251", "latin-1"...)."""
    kind: str
    """"text", "html" or "markdown"."""
    hash: str
    """`content_hash` of `text`: the same text imported twice has the same hash."""


def read_document(data: bytes, filename: str | None = None, lang: str | None = None) -> Document:
    """Decode, clean and describe one imported file.

    HTML (by suffix .html/.htm or by its first tags) is reduced to its article text with
    trafilatura; markdown and plain text are kept as they are. `lang` overrides language
    detection (a 2-3 letter code, case-insensitive, or "und").

    Raises IngestError, with a one-line message starting with `filename`, for input that is
    empty or only whitespace, binary, larger than MAX_BYTES or undecodable, for HTML without
    readable text and for a malformed `lang`.
    """
    return read_documents([(data, filename, lang)])[0]


def read_documents(
    files: Sequence[tuple[bytes, str | None, str | None]],
    progress: Callable[[int], None] | None = None,
) -> list[Document]:
    """`read_document` of each (data, filename, lang), detecting languages in one batch.

    The language model costs mostly per call, so a batch of articles is detected several
    times faster together than one by one. `progress` is called with the number of files
    read so far (decoding and HTML extraction are the slow part). The first bad file raises
    its IngestError.
    """
    docs: list[_Read] = []
    for data, filename, lang in files:
        docs.append(_read(data, filename, lang))
        if progress:
            progress(len(docs))
    found = iter(detect_languages([doc[0] for doc in docs if doc[5] is None]))
    return [
        Document(
            text=text,
            title=title,
            lang=next(found) if lang is None else lang,
            charset=charset,
            kind=kind,
            hash=digest,
        )
        for text, title, charset, kind, digest, lang in docs
    ]


_Read = tuple[str, str, str, str, str, str | None]
"""A document read but for its language: text, title, charset, kind, hash, and the language
when it was given (None: still to detect). The Document is made once its language is known."""


def _read(data: bytes, filename: str | None, lang: str | None) -> _Read:
    """The document's fields (see _Read)."""
    # The filename is shown in error messages: no terminal escapes, no line breaks.
    if not filename:
        label = "input"
    elif filename.isprintable() and "  " not in filename and filename.strip(" ") == filename:
        label = filename  # nothing to remove (controls are unprintable): skip the regexes
    else:
        label = " ".join(strip_escapes(filename).split())
    if len(data) > MAX_BYTES:
        raise IngestError(
            f"{label}: {len(data):,} bytes is larger than the {MAX_BYTES // 2**20} MiB limit"
        )
    if not data or data.isspace():  # not data.strip(), which copies most files
        raise IngestError(f"{label}: empty (nothing but whitespace)")
    language = _check_language(label, lang)
    data = bytes(data)
    decoded = decode(data, label)
    text, charset = decoded.text, decoded.charset
    suffix = _suffix(filename)
    data_kind = structured_data_kind(text, suffix)
    if data_kind:
        raise IngestError(
            f"{label}: {data_kind}, not an article; claimtrack imports plain text, Markdown "
            "and HTML pages"
        )
    if suffix in MARKDOWN_SUFFIXES:
        kind = "markdown"
    elif suffix in HTML_SUFFIXES or looks_like_html(text):
        kind = "html"
    else:
        kind = "text"
    utf8: bytes | None = None  # the normalised text's UTF-8, when the file's bytes are it
    if kind == "html":
        text = normalize_text(extract_main_text(text))
    elif decoded.verbatim:
        text, utf8 = normalize_utf8(text, data, controls=decoded.controls)
    else:
        text = normalize_text(text)
    if not text and kind == "html":
        raise IngestError(f"{label}: no readable text found in this HTML page")
    if not text:
        raise IngestError(f"{label}: empty (nothing but whitespace and control characters)")
    digest = content_hash(text, normalized=True, utf8=utf8)
    return text, _title(text), charset, kind, digest, language


_POSIX = os.name == "posix"  # PurePath is PurePosixPath: "/" alone separates a path's parts


def _suffix(filename: str | None) -> str:
    """The file name's suffix in lower case when it is one the kinds are told by (".md",
    ".html", ".json", ".svg"...), else "" (any other suffix means nothing here).

    A path's last part is found with rpartition on POSIX: building a PurePath per file cost a
    tenth of reading an article. Paths ending in "/" or "/." and other systems' paths go
    through PurePath.
    """
    if not filename:
        return ""
    name = filename.rpartition("/")[2] if _POSIX else ""
    if name and name != ".":
        dot = name.rfind(".")
        suffix = name[dot:].lower() if dot > 0 else ""
    else:
        suffix = PurePath(filename).suffix.lower()
    return suffix if suffix in _KNOWN_SUFFIXES else ""


JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".geojson"})
XML_SUFFIXES = frozenset({".xml", ".svg", ".rss", ".atom", ".kml", ".gpx"})
# The first element of an XML document, after its declaration, comments and doctype.
_XML_ROOT = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,500}?-->\s*|<!doctype[^>]{0,500}>\s*)*"
    r"<([A-Za-z][\w:.-]*)",
    re.IGNORECASE | re.DOTALL,
)
_OPENING = re.compile(r"\S")  # the first character that str.lstrip() keeps
_XML_DATA_ROOTS = {"svg": "an SVG image", "rss": "an RSS feed", "feed": "an Atom feed"}


_SUFFIX_KINDS = {
    ".csv": "a CSV table",
    ".tsv": "a TSV table",
    ".yaml": "YAML data",
    ".yml": "YAML data",
    ".mmd": "a Mermaid diagram",
    ".mermaid": "a Mermaid diagram",
    ".dot": "a Graphviz graph",
    ".gv": "a Graphviz graph",
    ".argdown": "an Argdown map",
}
"""Data told by its suffix alone: a table, a diagram, a map (claimtrack's own `export`
formats among them), whatever it holds."""
DATA_SUFFIXES = JSON_SUFFIXES | XML_SUFFIXES | frozenset(_SUFFIX_KINDS)
"""Files that hold data, not articles: refused when named, left out of a folder import."""

# What opens one of claimtrack's own exports when it has lost its suffix (a brief saved as
# notes.md, a table as .txt), or a diagram: matched where the text's first character is, so
# prose fails at its first letter. None of these opens an article.
_EXPORT_HEAD = re.compile(
    r"(?P<brief># Claim brief[ \t]*\r?\n(?:[ \t]*\r?\n)*## Summary[ \t]*\r?\n"
    r"(?:[ \t]*\r?\n)*- Sources: \d)"
    r"|(?P<table>id(?P<sep>[,;\t])speaker(?P=sep)speaker_id(?P=sep)side(?P=sep))"
    r"|(?P<mermaid>(?:%%[^\n]*\n\s*)*"  # after its %%{init: ...}%% and %% comments
    r"(?:(?:flowchart|graph)[ \t]+(?:TB|TD|BT|RL|LR)[ \t;]*"
    r"|(?:sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|gitGraph"
    r"|requirementDiagram|quadrantChart)[ \t]*)(?:\r?\n|\Z))"
    r"|(?P<dot>(?:strict[ \t]+)?(?:di)?graph[ \t]*(?:\"[^\"\n]*\"|[\w.]+)?[ \t]*\{)"
)
_EXPORT_KINDS = {
    "brief": "a claimtrack brief (an export)",
    "table": "a claimtrack claims table (an export)",
    "mermaid": "a Mermaid diagram",
    "dot": "a Graphviz graph",
}


def export_kind(text: str, start: int = 0) -> str | None:
    """What `text` is when its first line (from `start`, its first visible character) is
    that of claimtrack's brief or claims table, a Mermaid diagram or a Graphviz graph, or
    None: imported, a brief came back as 28 "statements" of its own counts."""
    found = _EXPORT_HEAD.match(text, start)
    if found is None:
        return None
    return next(kind for group, kind in _EXPORT_KINDS.items() if found.group(group) is not None)


_XML_FILE_KINDS = {".svg": "an SVG image", ".rss": "an RSS feed", ".atom": "an Atom feed"}


def data_file_kind(suffix: str) -> str | None:
    """What a file is by its suffix alone ("a CSV table", "JSON data" ...) when that says it
    holds data, not an article, or None: a folder import leaves such files out unread, as
    naming one refuses it (`structured_data_kind`)."""
    suffix = suffix.lower()
    if suffix in _SUFFIX_KINDS:
        return _SUFFIX_KINDS[suffix]
    if suffix in JSON_SUFFIXES:
        return "JSON data"
    if suffix in XML_SUFFIXES:
        return _XML_FILE_KINDS.get(suffix, "XML data")
    return None


def head_export_kind(head: bytes) -> str | None:
    """`export_kind` of a file's first bytes (UTF-8, or UTF-16 with its byte order mark): a
    folder import leaves a brief saved among the articles out, as it leaves a .csv, without
    reading the whole file. A UTF-8 byte order mark (an editor's re-save) is dropped as the
    full read drops it: kept, it hid the brief here, and the read then refused the folder."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[: len(head) // 2 * 2].decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8-sig", errors="ignore")
    opening = _OPENING.search(text)
    return export_kind(text, opening.start()) if opening else None


def structured_data_kind(text: str, suffix: str = "") -> str | None:
    """What `text` is when it is data rather than prose ("JSON data", "an SVG image", "a CSV
    table", "a claimtrack brief (an export)" ...), or None: imported as text, such a file's
    every brace, tag, row or node would become a statement.

    An HTML page (XHTML too) is an article, whatever its suffix; a Markdown article is one
    unless it opens as claimtrack's own brief does.
    """
    opening = _OPENING.search(text, 0, 2048)  # as head.lstrip()[:1], without copying
    by_suffix = _SUFFIX_KINDS.get(suffix)
    if by_suffix is not None:  # the excel table is a .csv too: named as the export it is
        return (export_kind(text, opening.start()) if opening else None) or by_suffix
    start = opening.group() if opening else ""
    if start not in ("<", "{", "[") and suffix not in JSON_SUFFIXES and suffix not in XML_SUFFIXES:
        # prose: neither markup nor data opens it (the common case, made cheap), unless it
        # opens as an export or a diagram does
        return export_kind(text, opening.start()) if opening else None
    head = text[:2048]
    if looks_like_html(head):
        return None
    if suffix in JSON_SUFFIXES or (start in "{[" and start and _parses_as_json(text)):
        return "JSON data"
    root = _XML_ROOT.match(head)
    if root and (suffix in XML_SUFFIXES or head.lstrip().startswith("<?xml")):
        name = root.group(1).rsplit(":", 1)[-1].lower()
        return _XML_DATA_ROOTS.get(name, f"XML data (<{root.group(1)}>)")
    if suffix in XML_SUFFIXES:
        return "an SVG image" if suffix == ".svg" else "XML data"
    return None


_KNOWN_SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES | DATA_SUFFIXES


def _parses_as_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _check_language(label: str, lang: str | None) -> str | None:
    if lang is None:
        return None
    code = lang.strip().lower()
    if not _LANGUAGE.match(code):
        raise IngestError(f"{label}: language must be a 2-3 letter code like 'en', got {lang!r}")
    if not is_language_code(code):
        raise IngestError(
            f"{label}: unknown language code {code!r} (an ISO 639 code like 'en', 'id', 'ru'; "
            "'und' when it cannot be told)"
        )
    return code


def is_language_code(code: str) -> bool:
    """Whether `code` is an ISO 639 language code CLDR knows (or "und", undetermined): a
    made-up code would silently turn off the language's cues and abbreviations."""
    return code == "und" or code in _language_names()


@functools.lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").languages)


def _title(text: str) -> str:
    """The first non-empty line that is no page furniture (a dateline, a byline, a page
    header: `furniture_line`) nor a site's section above the headline ("Berita"), the next
    when it is a breadcrumb trail run into the next one, after a dateline's lead
    ("TEMPO.CO, Jakarta - "); cut to TITLE_MAX characters with an ellipsis. A page of
    furniture alone is titled by its first line."""
    body = (line for line in _stripped_lines(text) if line and not furniture_line(line))
    first: list[str] = []
    for line in body:  # up to the first line of words
        first.append(line)
        if " " in line or len(first) > _SECTIONS:
            break
    sections = max(len(first) - 1, 0)  # one-word lines above a headline (no sentence)
    if sections and (" " not in first[-1] or first[-1][-1] in ".!?…"):
        sections = 0
    first_two = [*first[sections:], *itertools.islice(body, 1)][:2]
    if not first_two:
        first_two = [next((line for line in _stripped_lines(text) if line), "")]
    line, after = [*first_two, "", ""][:2]
    if leads_into(line, after):
        line = after
    head = line[:LEAD_REACH]
    if "- " in head or "– " in head or "— " in head:  # the pattern costs a third of _title
        lead = dateline_lead(line, 0, len(line))  # no headline: the story, not its dateline
        if lead is None:
            lead = place_lead(line, 0, len(line), len(line))  # "Jakarta - Presiden ..."
        line = line[lead:].lstrip() if lead is not None else line
    if len(line) <= TITLE_MAX:
        return line
    return line[: TITLE_MAX - 1].rstrip() + "…"


def _stripped_lines(text: str) -> Iterator[str]:
    """`line.strip() for line in text.splitlines()`, a line at a time: a title is found in
    the first lines, and splitting all of an article cost a fifth of `_title`.

    Cut after each "\\n" (never inside a "\\r\\n"), each piece then split as splitlines
    would: a piece may still hold the rarer line breaks ("\\r", "\\x0c", "\\u2028"...).
    """
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start) + 1
        if not end:
            end = size
        for line in text[start:end].splitlines():
            yield line.strip()
        start = end
