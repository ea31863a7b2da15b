"""Text folding shared by every matcher: case, diacritics and spacing ignored."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Unicode's Bidi_Control characters, as the body of a regex character class: the marks,
embeddings, overrides and isolates are invisible yet reorder the text around them, so a
quote can read differently from what it says ("Trojan Source"). Every export, the CLI and
the TUI neutralise exactly these."""


def fold(text: str) -> str:
    """Lower-case, strip diacritics (ё→е included) and collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped).strip()


_RU_ENDINGS = (
    *("ями", "ами", "ого", "его", "ому", "ему"),
    *("ои", "еи", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя"),
    *("ые", "ие", "ых", "их", "а", "я", "ы", "и", "е", "у", "ю", "о", "ь"),
)
"""Russian case endings, longest first, folded ("ой" is "ои" once the breve is gone). Not
"ов"/"ев": they end surnames ("Песков" is no "песк-")."""
_MIN_STEM = 4


RU_ADJECTIVE_NOMINATIVE = ("ыи", "ии", "ои", "ая", "яя", "ое", "ее", "ые", "ие")
"""Endings of a Russian adjective in the nominative, folded ("ый" is "ыи" once the breve is
gone): "Генеральный", "Украинская"; a name or noun in that case rarely ends so."""
RU_ADJECTIVE_ANY = (*RU_ADJECTIVE_NOMINATIVE, "ых", "их", "ым", "им", "еи", "ую", "юю", "ом", "ем")
"""Endings of a Russian adjective in any case ("двум **пограничным** постам"), folded."""


def search_terms(query: str) -> list[str]:
    """The words of a search as matched against folded text (`matches`): a Russian word
    loses its case ending when four letters or more are left, so "Мирна" finds "из Мирны"
    and "обороны" "Минобороны"; other words match as typed. Every word matches anywhere, as
    the claims search always did."""
    terms = []
    for word in fold(query).split():
        if any("\u0400" <= ch <= "\u04ff" for ch in word):
            for ending in _RU_ENDINGS:
                if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                    word = word[: -len(ending)]
                    break
        terms.append(word)
    return terms


def matches(terms: list[str], folded: str) -> bool:
    """Whether every one of `search_terms` occurs in `folded` (text already `fold`ed)."""
    return all(term in folded for term in terms)


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
