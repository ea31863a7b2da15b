"""Text normalisation for imported documents: line ends, terminal escapes, controls, NFC, hash
(`normalize_text`, `strip_escapes`: in `claimtrack.textnorm`, shared with typed text).

Imported text is data. It is shown in a terminal, so anything a terminal would obey (ANSI/VT
escape sequences, C0/C1 control characters) is removed; anything a terminal would merely print
(Rich markup such as "[bold red]x[/]", HTML entities, backslashes) is kept verbatim.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# The cleaning itself lives in `claimtrack.textnorm`, so what the analyst types (a speaker's
# name, a note) is cleaned by the same function without loading the ingest package.
from claimtrack.textnorm import normalize_text, strip_escapes

__all__ = ["NOT_CONTROL_BYTES", "content_hash", "normalize_text", "normalize_utf8", "strip_escapes"]

# The same characters in valid UTF-8 (which holds no surrogates): single bytes for the ASCII
# controls and DEL, \xc2\x80-\xc2\x9f for the C1 controls, \xe2\x80\xa8/\xa9 for U+2028/9.
# Scanning the bytes a file was decoded from is several times faster than textnorm's _UNUSUAL
# on its text: deleting every other byte (in C) leaves the controls, and the two sequences
# have literal prefixes the regex engine finds with memchr.
NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b <= 8 or 0x0B <= b <= 0x1F or b == 0x7F))
"""Every byte but the ASCII controls normalising removes (all but tab and newline) and DEL."""
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_SEPARATORS_UTF8 = re.compile(rb"\xe2\x80[\xa8\xa9]")


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
