"""Whether the words after an office name a place: "Presiden **Turki** Recep Tayyip Erdogan".

Where the country follows the office (`Lexicon.title_then_place`, and "President of ..."),
a place told from a first name decides where a person's name starts. Country and region
names come from CLDR through Babel (installed with trafilatura), in the document's own
language; the lexicon's `places` adds what CLDR lacks ("Nagorno-Karabakh", "Turkey").
Russian names the country in the genitive ("Президент **Турции**"), which the dictionary
recognises (`attribution.morphology`), and knows first names ("Реджеп").

The same names give an accepted speaker its side (`country_named`): the country its words
name, in English whatever the article's language, or the side a lexicon place maps to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claimtrack.attribution.cues import Lexicon
from claimtrack.attribution.morphology import (
    genitive_place_words,
    is_any_first_name,
    is_first_name,
    is_organisation_name,
    is_place_name,
    place_nominative,
)
from claimtrack.attribution.text import words

LONGEST_PLACE = 6
"""Words in the longest place name looked for ("Kepulauan Virgin Britania Raya")."""


@lru_cache(maxsize=8)
def _cldr(lang: str) -> dict[str, str]:
    """CLDR's territory code -> name in `lang` (empty for a language Babel does not know)."""
    try:
        from babel import Locale

        return dict(Locale.parse(lang).territories)
    except Exception:  # an unknown language: no gazetteer, proposals as before
        return {}


@lru_cache(maxsize=8)
def territories(lang: str) -> frozenset[tuple[str, ...]]:
    """CLDR's names of countries and regions in `lang`, as folded words (empty if unknown)."""
    return frozenset(words(name) for name in _cldr(lang).values()) - {()}


NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})
"""CLDR's two-letter codes that name no country (unions, pseudo-regions, unknown)."""


@lru_cache(maxsize=8)
def countries(lang: str) -> dict[tuple[str, ...], str]:
    """Folded country names in `lang` -> the country's English CLDR name ("turki" ->
    "Türkiye"), so speakers found in any language get one spelling of their side."""
    english = _cldr("en")
    return {
        words(name): english[code]
        for code, name in _cldr(lang).items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES and code in english
    }


def names_a_place(text: str) -> bool:
    """Whether `text` is nothing but a country or place name in any lexicon's language
    ("Azerbaijan", "Rusia", "Armenian", "Карабаха"): a place, not one of the speakers that
    carry it in their names."""
    return place_named(text) is not None


@lru_cache(maxsize=8192)  # every alias index asks it of every speaker's names
def place_named(text: str) -> str | None:
    """The place, in English, that `text` is nothing but a name of, in any lexicon's
    language ("Rusia" -> "Russia", "Карабаха" -> "Nagorno-Karabakh"), or None."""
    from claimtrack.attribution.cues import available_languages, load_lexicon

    key = words(text)
    if not key:
        return None
    for lang in available_languages():
        lexicon = load_lexicon(lang)
        names = countries(lang) | lexicon.places
        if key in names:
            return names[key]
        if lexicon.case_endings and len(key) == 1:
            nominative = place_nominative(text.strip())
            if nominative and (found := names.get(words(nominative))) is not None:
                return found
    return None


@lru_cache(maxsize=64)
def adjective_stems(place: str) -> tuple[str, ...]:
    """The stems of the adjectives every lexicon makes of `place` ("Armenia" -> "армянск"),
    for matching "Армянская сторона" to a speaker registered as Armenia."""
    from claimtrack.attribution.cues import available_languages, load_lexicon

    return tuple(
        stem
        for lang in available_languages()
        for stem, named in load_lexicon(lang).place_adjectives.items()
        if named == place
    )


@lru_cache(maxsize=1)
def _dateline_places() -> frozenset[tuple[str, ...]]:
    """Towns, provinces and countries a dateline may name (`data/places/datelines.json`),
    as folded words: the regions CLDR lacks ("Papua", "Cianjur", "Aceh")."""
    import json

    from claimtrack.resources import data_dir

    raw = json.loads((data_dir() / "places" / "datelines.json").read_text(encoding="utf-8"))
    return frozenset(words(p) for key in ("places", "countries") for p in raw.get(key, []))


_CYRILLIC = re.compile("[а-яёА-ЯЁ]")


@lru_cache(maxsize=1)
def _capitals() -> dict[tuple[str, ...], frozenset[str]]:
    """`data/places/capitals.json`: each spelling of a capital, as folded words -> the states
    it is named for, in English as `bodies.country_alone` names them ("Ankara" -> Türkiye,
    listed as "Turkey"; "Brussels" -> Belgium and the European Union). The states are
    listed in English, which `place_named` reads before the dictionary is ever loaded (a
    `tag` of an English statement does not pay for it); one it does not know ("European
    Union") is taken as written."""
    import json

    from claimtrack.resources import data_dir

    raw = json.loads((data_dir() / "places" / "capitals.json").read_text(encoding="utf-8"))
    found: dict[tuple[str, ...], set[str]] = {}
    for listed, towns in raw.get("capitals", {}).items():
        state = place_named(listed) or listed
        for town in towns:
            found.setdefault(words(town), set()).add(state)
    return {key: frozenset(states) for key, states in found.items() if key}


def capital_of(text: str) -> frozenset[str]:
    """The states `text` is nothing but the capital of, in English ("Baku", "Баку" ->
    Azerbaijan; "Москвы" -> Russia: a Russian case form is read in the nominative, "Эр-Рияде"
    too, which the dictionary lacks: `capital_nominative`); empty for any other name, another
    town among them ("Ganja", "Kharkiv" are no state's)."""
    key = words(text)
    found = _capitals().get(key)
    if found is None and len(text.split()) == 1 and _CYRILLIC.search(text):
        nominative = place_nominative(text.strip()) or capital_nominative(text)
        found = _capitals().get(words(nominative)) if nominative else None
    return found or frozenset()


_RU_VOWELS = "аеёиоуыэюя"


def _russian_case_forms(town: str) -> tuple[str, ...]:
    """The oblique singular forms of a Russian town's name by its ending, for the names the
    dictionary lacks, mostly hyphenated ("Эр-Рияд" -> "Эр-Рияда", "Эр-Рияду", "Эр-Риядом",
    "Эр-Рияде"; "Москва" -> "Москвы", "Москве", "Москву", "Москвой"). A name ending in
    another vowel does not decline ("Баку", "Абу-Даби", "Сантьяго")."""
    last = town[-1:].lower()
    stem = town[:-1]
    if last == "а":
        soft = stem[-1:].lower() in "гкхжшчщ"
        return (stem + ("и" if soft else "ы"), stem + "е", stem + "у", stem + "ой")
    if town.lower().endswith("ия"):
        return (stem + "и", stem + "ю", stem + "ей")  # "София" -> "Софии"
    if last == "я":
        return (stem + "и", stem + "е", stem + "ю", stem + "ей")
    if last in "ьй":
        return (stem + "я", stem + "ю", stem + "ем", stem + "е")
    if not last or last in _RU_VOWELS or not _CYRILLIC.search(last):
        return ()
    return (town + "а", town + "у", town + "ом", town + "ем", town + "е")


@lru_cache(maxsize=1)
def _capital_forms() -> dict[tuple[str, ...], str]:
    """Each oblique form of a Russian capital `data/places/capitals.json` spells in one word,
    as folded words -> the capital as listed ("эр-рияде" -> "Эр-Рияд")."""
    import json

    from claimtrack.resources import data_dir

    raw = json.loads((data_dir() / "places" / "capitals.json").read_text(encoding="utf-8"))
    found: dict[tuple[str, ...], str] = {}
    for towns in raw.get("capitals", {}).values():
        for town in towns:
            if _CYRILLIC.search(town) and " " not in town:
                for form in _russian_case_forms(town):
                    found.setdefault(words(form), town)
    return found


def capital_nominative(text: str) -> str | None:
    """The listed capital one Russian word is a case form of ("Эр-Рияде" -> "Эр-Рияд",
    "Москве" -> "Москва"), as `data/places/capitals.json` spells it; None for any other."""
    if len(text.split()) != 1 or not _CYRILLIC.search(text):
        return None  # one word, maybe hyphenated ("Эр-Рияде" folds to two)
    return _capital_forms().get(words(text))


def names_any_place(text: str) -> bool:
    """Whether `text` is nothing but a place's name in any language, a town or a province
    ("Gubernur **Papua**", "Bupati **Cianjur**"): no person's name."""
    return names_a_place(text) or words(text) in _dateline_places()


def indeclinable(word: str) -> bool:
    """Whether one Russian word does not decline, so that no ending of it is a case ending:
    a word the dictionary knows as indeclinable ("Баку", "Токио", "Шойгу"), or one it does
    not know that a lexicon lists as a place and that ends as no declining name does
    ("Ханкенди", "Нейпьидо": `_russian_case_forms`). A case form of a place declines
    ("Шуши" of "Шуша", "Армении")."""
    from claimtrack.attribution.morphology import declines

    known = declines(word)
    if known is not None:
        return not known
    return names_any_place(word) and not _russian_case_forms(word)


def place_of_adjective(word: str) -> str | None:
    """The place one adjective of any lexicon's `place_adjectives` names, in any case
    ("российского", "Российская" -> "Russia"), or None."""
    from claimtrack.attribution.cues import available_languages, load_lexicon

    folded = words(word)
    if len(folded) != 1:
        return None
    for lang in available_languages():
        for stem, place in load_lexicon(lang).place_adjectives.items():
            if folded[0].startswith(stem):
                return place
    return None


def country_named(surface: str, lexicon: Lexicon) -> str | None:
    """The country a proposed speaker's words name, in English ("Presiden **Azerbaijan**",
    "**Azerbaijan's** defence ministry", "МИД **Армении**" -> "Azerbaijan", "Armenia"), or
    the side the lexicon's `places` give ("Pejabat **Nagorno-Karabakh**"): the side to
    register it with. None when no word or run of words names one."""
    names = countries(lexicon.lang) | lexicon.places
    norms = words(surface)
    for start in range(len(norms)):
        for size in (3, 2, 1):
            found = names.get(norms[start : start + size])
            if found is not None:
                return found
    if lexicon.case_endings:
        for word in surface.split():
            nominative = place_nominative(word)
            if nominative and (found := names.get(words(nominative))) is not None:
                return found
    return None


def leading_place(run: Sequence[str], lexicon: Lexicon) -> int:
    """How many of `run`'s words (each one whitespace-separated word) name a place at its start."""
    known = territories(lexicon.lang) | lexicon.places.keys()
    folded: tuple[str, ...] = ()
    found = 0
    for count, word in enumerate(run[:LONGEST_PLACE], start=1):
        folded += words(word)
        if folded in known:
            found = count
    if found == 0 and lexicon.case_endings:
        found = genitive_place_words(list(run))
    return found


def is_place(word: str, lexicon: Lexicon) -> bool:
    """Whether one word names a country or region ("Armenia", "Азербайджана")."""
    folded = words(word)
    if folded in territories(lexicon.lang) or folded in lexicon.places:
        return True
    if not lexicon.case_endings:
        return False
    return is_place_name(word)


def is_listed_place(word: str, lexicon: Lexicon) -> bool:
    """Whether one word is a country or region the lists hold, not only one the dictionary
    knows for some town ("Чен" of "Ким Чен Ын")."""
    folded = words(word)
    return folded in territories(lexicon.lang) or folded in lexicon.places


def starts_with_first_name(run: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether `run` opens with a first name the dictionary knows (Russian only)."""
    if not lexicon.case_endings or not run:
        return False
    return is_first_name(run[0])


def office_words_before_name(run: Sequence[str], lexicon: Lexicon) -> int:
    """Russian: how many words opening `run`, after an office, still belong to it though no
    place list holds them: a body the dictionary knows ("председателя **Еврокомиссии** Урсулы
    фон дер Ляйен"), or one word before a first name the dictionary knows when it is none
    itself ("главы МИД **Зюдмарка** Марии Ковальской": a country it does not know). 0 where
    nothing tells, or in another language."""
    if not lexicon.case_endings or len(run) < 2:
        return 0
    if is_organisation_name(run[0]):
        return 1
    if len(run) > 2 and is_any_first_name(run[1]) and not is_any_first_name(run[0]):
        return 1
    return 0
