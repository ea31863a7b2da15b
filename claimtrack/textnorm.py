"""Text folding shared by every matcher: case, diacritics and spacing ignored."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics (ё→е included) and collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped).strip()


def shorten(text: str, width: int = 120) -> str:
    """One line of at most `width` characters, with an ellipsis when cut."""
    line = _SPACE.sub(" ", text).strip()
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def visible(text: str) -> bool:
    """Whether `text` has a character a reader can see: a letter, digit, punctuation or
    symbol (not only spaces, zero-width or direction marks)."""
    return any(unicodedata.category(ch)[0] in "LNPS" for ch in text)


def counted(n: int, noun: str) -> str:
    """`n` with its noun in the right number: "1 claim", "2 claims", "0 claims"."""
    return f"{n} {noun}{'s' * (n != 1)}"
