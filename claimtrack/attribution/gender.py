"""A person's gender where a pronoun needs it: "she said" after a man and a woman were named
is hers. Told only from what says it plainly (`data/names/genders.json`): an honorific
("Mrs", "г-жа"), a first name listed or known to the Russian dictionary, a Russian surname's
ending ("Захарова"; in Latin letters only on a surname the dictionary knows, "Zakharova", never
"Casanova"); else unknown, and any speaker fits."""

from __future__ import annotations

import json
from functools import lru_cache

from claimtrack.attribution.text import fold_str, words
from claimtrack.resources import data_dir

_FEMININE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ая")
_FEMININE_LATIN = ("ova", "eva")
"""A Russian woman's surname in Latin letters ("Zakharova"), which Italian and Spanish
surnames end like too ("Casanova", "Villanova", "Villanueva"): it tells only when the
dictionary knows the man's form for a Russian surname (`is_romanised_surname`)."""
_MASCULINE_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ov", "ev", "sky", "skiy")


@lru_cache(maxsize=1)
def _data() -> dict[str, object]:
    return json.loads((data_dir() / "names" / "genders.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    names: dict[str, list[str]] = _data()["first_names"]  # type: ignore[assignment]
    return {name: gender for gender, listed in names.items() for name in listed}


def is_listed_first_name(word: str) -> bool:
    """Whether `word` is a first name the list holds ("Irina", "Elena") or, in Cyrillic, the
    Russian dictionary knows ("Ирина"): a name that opens with one is a person's, whatever
    kind of speaker it was registered as."""
    from claimtrack.attribution.morphology import is_any_first_name

    return fold_str(word) in _first_names() or is_any_first_name(word)


def pronoun_gender(phrase: str, lang: str) -> str | None:
    """ "f" or "m" for a phrase holding a gendered pronoun ("she said", "он добавил"); None
    for one that has none ("they said", Indonesian "ia", "dia")."""
    pronouns: dict[str, dict[str, str]] = _data()["pronouns"]  # type: ignore[assignment]
    listed = pronouns.get(lang, {})
    found = {listed[w] for w in words(phrase) if w in listed}
    return found.pop() if len(found) == 1 else None


def person_gender(*names: str) -> str | None:
    """ "f" or "m" for a person going by `names` (the name, the phrase it was found in: "Dr.
    Elena Moravec", "Mrs Brel"), when one of them says it and none says otherwise."""
    honorifics: dict[str, str] = _data()["honorifics"]  # type: ignore[assignment]
    told: set[str] = set()
    for name in names:
        said = [fold_str(w.strip(".,")) for w in name.split()]
        said = [w for w in said if w]
        told |= {honorifics[w] for w in said if w in honorifics}
        told |= _by_name(said, honorifics)
    return told.pop() if len(told) == 1 else None


def _by_name(said: list[str], honorifics: dict[str, str]) -> set[str]:
    """The gender the first name, else the surname's ending, tells; past a title that
    tells none ("Dr. Elena Moravec"), or a job no list holds ("Surgeon Elena Moravec",
    "Хирург Елена Моравец": the first word before the surname that is a known first name)."""
    from claimtrack.attribution.morphology import first_name_gender, is_romanised_surname

    untold: list[str] = _data()["untold"]  # type: ignore[assignment]
    said = [w for w in said if w not in honorifics and w not in untold]
    if not said:
        return set()
    for word in said[:-1] or said:
        first = _first_names().get(word) or first_name_gender(word)
        if first is not None:
            return {first}
    if len(said) < 2:
        return set()
    last = said[-1]
    if last.endswith(_FEMININE_SURNAME):
        return {"f"}
    if last.endswith(_FEMININE_LATIN) and is_romanised_surname(last[:-1]):
        return {"f"}
    if last.endswith(_MASCULINE_SURNAME):
        return {"m"}
    return set()
