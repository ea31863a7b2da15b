"""Text normalisation for imported documents: line ends, terminal escapes, controls, NFC, hash.

Imported text is data. It is shown in a terminal, so anything a terminal would obey (ANSI/VT
escape sequences, C0/C1 control characters) is removed; anything a terminal would merely print
(Rich markup such as "[bold red]x[/]", HTML entities, backslashes) is kept verbatim.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Line breaks: every convention becomes "\n". Form feed / vertical tab / NEL / U+2028 separate
# lines (pdftotext puts \f between pages), so they become a newline rather than vanishing and
# gluing two sentences together; U+2029 separates paragraphs.
_LINE_BREAKS = re.compile(r"[\r\x0b\x0c\x85\u2028]")
_PARAGRAPH_SEPARATOR = "\u2029"

# Terminal escape sequences (ECMA-48), 7-bit and 8-bit forms. String payloads (OSC, DCS, SOS,
# PM, APC) end at BEL or ST; an unterminated one stops at the end of its line so a stray ESC
# cannot swallow the rest of the document.
_ESCAPES = re.compile(
    "|".join(
        (
            r"\x1b\[[0-?]*[ -/]*[@-~]",  # CSI: colours, cursor movement, erase
            r"\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?",  # OSC/DCS/SOS/PM/APC
            r"\x1b[ -/]*[0-~]",  # other escapes (charset selection, keypad modes, RIS...)
            r"\x9b[0-?]*[ -/]*[@-~]",  # 8-bit CSI
            r"[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?",  # 8-bit strings
        )
    )
)
_ESCAPE_START = re.compile(r"[\x1b\x90\x98\x9b\x9d-\x9f]")  # cheap test before _ESCAPES
# C0 controls except \t and \n, DEL, C1 controls, and lone surrogates (not encodable).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Anything the steps below would change, except NFC: most text has none, and one scan for it
# costs a quarter of running every step.
_UNUSUAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# The same characters in valid UTF-8 (which holds no surrogates): single bytes for the ASCII
# controls and DEL, \xc2\x80-\xc2\x9f for the C1 controls, \xe2\x80\xa8/\xa9 for U+2028/9.
# Scanning the bytes a file was decoded from is several times faster than _UNUSUAL on its text:
# deleting every other byte (in C) leaves the controls, and the two sequences have literal
# prefixes the regex engine finds with memchr.
NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b <= 8 or 0x0B <= b <= 0x1F or b == 0x7F))
"""Every byte but the ASCII controls normalising removes (all but tab and newline) and DEL."""
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_SEPARATORS_UTF8 = re.compile(rb"\xe2\x80[\xa8\xa9]")


def strip_escapes(text: str) -> str:
    """Remove terminal escape sequences and control characters (keeps "\\n" and "\\t")."""
    if _ESCAPE_START.search(text):  # the alternation is 6x slower than this scan
        text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def normalize_text(text: str) -> str:
    """The canonical form of imported text; statement offsets point into this string.

    Line breaks become "\\n"; escape sequences, C0 controls (except "\\n", "\\t"), DEL and C1
    controls are removed; the result is Unicode NFC with leading/trailing whitespace trimmed.
    Idempotent: normalising normalised text changes nothing.
    """
    if _UNUSUAL.search(text):
        text = text.replace("\r\n", "\n")
        text = _LINE_BREAKS.sub("\n", text).replace(_PARAGRAPH_SEPARATOR, "\n\n")
        text = strip_escapes(text)
        text = _SURROGATES.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text).strip()


def normalize_utf8(text: str, data: bytes, *, controls: bool = True) -> tuple[str, bytes | None]:
    """`normalize_text(text)` for `text` decoded strictly from the UTF-8 bytes `data`, and the
    result's UTF-8 when it is (a trimmed slice of) `data` (else None): hashing it then
    needs no encoding.

    Looks for what normalising would change in `data` rather than in `text` (see
    NOT_CONTROL_BYTES): for a typical article, what is left is NFC, which returns `text` itself
    when it changes nothing, and trimming. `controls=False` says the caller found no ASCII
    control (but tab and newline) nor DEL in `data` (decoding looked for junk).
    """
    if (controls and data.translate(None, NOT_CONTROL_BYTES)) or (
        not data.isascii()
        and (
            (b"\xc2" in data and _C1_UTF8.search(data) is not None)
            or _SEPARATORS_UTF8.search(data) is not None
        )
    ):
        return normalize_text(text), None
    composed = unicodedata.normalize("NFC", text)
    trimmed = composed.strip()
    if composed is not text and composed != text:
        return trimmed, None
    if trimmed is text:
        return text, data
    # Trimmed bytes: right when only ASCII whitespace (one byte a character) was trimmed.
    kept = data.strip()
    return trimmed, kept if len(data) - len(kept) == len(text) - len(trimmed) else None


def content_hash(text: str, *, normalized: bool = False, utf8: bytes | None = None) -> str:
    """SHA-256 (hex) of the normalised text: the same text imported twice has the same hash.

    `normalized=True` skips normalising text that already is (an imported Document's);
    `utf8`, normalised text's UTF-8 encoding when the caller has it, skips encoding it again.
    """
    if utf8 is None:
        canonical = text if normalized else normalize_text(text)
        utf8 = canonical.encode("utf-8")
    return hashlib.sha256(utf8).hexdigest()
