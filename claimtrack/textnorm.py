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
    *("ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими"),
    *("ои", "еи", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя", "ое", "ее"),
    *("ые", "ие", "ых", "их", "ым", "им", "ыи", "ии"),
    *("а", "я", "ы", "и", "е", "у", "ю", "о", "ь"),
)
"""Russian case endings, longest first, folded ("ой" is "ои" once the breve is gone). Not
"ов"/"ев": they end surnames ("Песков" is no "песк-")."""
_MIN_STEM = 4
_MIN_STEM_AFTER = {"им": 5}
"""A longer stem for an ending that also closes first names: "Максим" is no "макс-"."""
_ADJECTIVE_II_AFTER = ("г", "к", "х", "ж", "ш", "щ", "ч")
"""An adjective ends in "-ий" (folded "ии") after these ("российский", "погибший"); a first
name ("Григорий" is no "Григорян") or a place in another case ("в Германии" is no "Герман")
ends so after others, and keeps the "-и"."""

_RU_PARTICIPLE_SUFFIXES = ("енн", "нн", "вш", "ш")
"""Suffixes of a past participle (or an adjective made from one) once its case ending is gone:
"задержанн-ых", "уничтож-енн-ых", "задержа-вш-их", "погиб-ш-их". Without them the verb's stem
is left, which its other forms share ("задержа-ны", "задержа-ли", "погиб-ли")."""
_MIN_PARTICIPLE_STEM = 5
"""Five letters at least stay: "стра-нн-ых" is no "стра-ны", "бы-вш-их" no "бы-ли"."""


def _russian_stem(word: str) -> str:
    """A folded Russian word without its case ending and, after one, a participle suffix."""
    for ending in _RU_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < _MIN_STEM_AFTER.get(ending, _MIN_STEM):
            continue
        if ending == "ии" and not stem.endswith(_ADJECTIVE_II_AFTER):
            continue
        for suffix in _RU_PARTICIPLE_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= _MIN_PARTICIPLE_STEM:
                return stem[: -len(suffix)]
        return stem
    return word


RU_ADJECTIVE_NOMINATIVE = ("ыи", "ии", "ои", "ая", "яя", "ое", "ее", "ые", "ие")
"""Endings of a Russian adjective in the nominative, folded ("ый" is "ыи" once the breve is
gone): "Генеральный", "Украинская"; a name or noun in that case rarely ends so."""
RU_ADJECTIVE_ANY = (*RU_ADJECTIVE_NOMINATIVE, "ых", "их", "ым", "им", "еи", "ую", "юю", "ом", "ем")
"""Endings of a Russian adjective in any case ("двум **пограничным** постам"), folded."""


def search_terms(query: str) -> list[str]:
    """The words of a search as matched against folded text (`matches`): a Russian word
    loses its case ending when four letters or more are left, so "Мирна" finds "из Мирны"
    and "обороны" "Минобороны", and a participle its suffix too, so "задержанных" finds
    "задержаны" and "задержали"; other words match as typed. Every word matches anywhere, as
    the claims search always did."""
    terms = []
    for word in fold(query).split():
        if any("\u0400" <= ch <= "\u04ff" for ch in word):
            word = _russian_stem(word)
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
