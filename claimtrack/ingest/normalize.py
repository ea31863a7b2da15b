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


def content_hash(text: str, *, normalized: bool = False) -> str:
    """SHA-256 (hex) of the normalised text: the same text imported twice has the same hash.

    `normalized=True` skips normalising text that already is (an imported Document's).
    """
    canonical = text if normalized else normalize_text(text)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
