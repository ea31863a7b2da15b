"""Text folding (case, diacritics) and word tokens with offsets back into the original text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_WORD_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its folded form and its [start, end) offsets in the original text."""

    norm: str
    start: int
    end: int
    capitalised: bool


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text plus, for each folded character, its offset in the original."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) range back to the original text."""
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        first = self.offsets[start]
        last = self.offsets[end - 1] + 1 if end > start else first
        return first, last


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """Case-fold one character and drop its diacritics ("Ç" -> "c", "й" -> "и", "ё" -> "е")."""
    decomposed = unicodedata.normalize("NFD", char)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def fold(text: str) -> Folded:
    """Fold a whole text, remembering where each folded character came from."""
    if text.isascii():
        return Folded(text.lower(), tuple(range(len(text))), len(text))
    parts: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = char.casefold() if char.isascii() else _fold_char(char)
        parts.append(folded)
        offsets.extend([index] * len(folded))
    return Folded("".join(parts), tuple(offsets), len(text))


def fold_str(text: str) -> str:
    """The folded form of a short string (cues, aliases), whitespace collapsed."""
    return " ".join(fold(text).text.split())


def tokenize(text: str, folded: Folded | None = None) -> list[Token]:
    """Word tokens of `text` (letters and digits; hyphens and apostrophes split words)."""
    folded = folded or fold(text)
    tokens: list[Token] = []
    for match in _WORD_RE.finditer(folded.text):
        start, end = folded.to_original(match.start(), match.end())
        tokens.append(Token(match.group(), start, end, text[start].isupper()))
    return tokens


def words(text: str) -> tuple[str, ...]:
    """The folded word forms of a short string, in order."""
    folded = text.lower() if text.isascii() else fold(text).text
    return tuple(m.group() for m in _WORD_RE.finditer(folded))
