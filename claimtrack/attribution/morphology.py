"""Russian names as a register wants them: the nominative of the phrase's head, by pymorphy3.

A Russian speaker is often named in an oblique case: "По словам **Пескова**", "**Алиевым**
ранее было заявлено", "как сообщили в **пресс-службе** Кремля", "По данным **Генпрокуратуры**
Азербайджана". Registered as found, the speaker list would hold "Пескова" and "Генпрокуратуры
Азербайджана". Only the head changes: leading adjectives, the first noun, and a first name's
surname after it; the genitive that follows ("Кремля", "Азербайджана") stays.

Never worse than the text: a word is changed only when the dictionary knows it and it cannot
already be a nominative ("Лаврова" may be a woman's name, so it stays; "Ильхама Алиева"
changes because a first name and a surname agree in the genitive). Words the dictionary
does not know ("Пашиняном", "Чавушоглу") stay as written.

A surname that declines as an adjective hides its nominative: "Толстого", "Толстому",
"Толстым", "о Толстом" are Толстой's as "Белого" is Белый's and "Горького" Горький's
(`adjectival_surname`). The nominative the document or the register writes decides, then the
short list in `data/names/ru.json`, then the dictionary's surname, then the spelling.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from claimtrack.attribution.text import fold_str

_HEAD_POS = frozenset({"NOUN"})
_AGREEING_POS = frozenset({"ADJF", "PRTF"})
_CASES = ("gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=16384)
def _parse(word: str) -> tuple[Any, ...]:
    """The dictionary's readings of one word, looked up once: attribution asks of the same
    words in every sentence it reads (names, places, the words before a cue)."""
    return tuple(_analyzer().parse(word))


@lru_cache(maxsize=8192)
def nominative(phrase: str, case: str | None = None, attested: frozenset[str] = frozenset()) -> str:
    """`phrase` with its head in the nominative (see the module docstring). With the `case`
    the phrase is known to be in ("gent" after "по данным"), a form that could also be a
    nominative changes too: "Велесской группы мониторинга" -> "Велесская группа мониторинга".
    `attested`: the surnames the document and the register write in the nominative
    (`attested_in`, `attested_names`), which decide a surname declined as an adjective."""
    if not any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in phrase):
        return phrase
    try:
        return _nominative(phrase, case, attested)
    except Exception:  # a nicety: a dictionary problem never stops a registration
        return phrase


def _nominative(
    phrase: str, case: str | None = None, attested: frozenset[str] = frozenset()
) -> str:
    parts = re.split(r"(\s+)", phrase)
    words = parts[0::2]
    parses = [_parse(_declined_part(word)) for word in words]
    out = list(words)
    agreed: tuple[str, str] | None = None  # (case, number) of a changed adjective
    adjectives: list[int] = []  # the words changed as adjectives
    index = 0
    lone_surname = False
    if len(words) == 1 and _NAME_PART.fullmatch(words[0]):
        # "Толстого" is Толстой's, not the adjective "толстый" in the neuter
        surname = adjectival_surname(words[0], case, attested)
        if surname is not None:
            return surname
        # "Лавровым" is Лавров's, not the adjective "лавровый"
        lone_surname = any(p.is_known and "Surn" in p.tag for p in parses[0])
    # With the case known, an adjective the dictionary only guesses from its ending changes
    # too: "Велесской" after "по данным" is a genitive whatever place it names.
    while (
        index < len(words)
        and not lone_surname
        and _known(parses[index], _AGREEING_POS, guessed=case is not None)
    ):
        if case is None and _could_be_nominative(parses[index]) and agreed is None:
            index += 1
            continue
        parse = _oblique(parses[index], _AGREEING_POS, agreed, case, guessed=case is not None)
        if parse is None:
            return _join(parts, out)
        agreed = (parse.tag.case, parse.tag.number)
        out[index] = _inflected(words[index], parse)
        adjectives.append(index)
        index += 1
    if index >= len(words):
        return _join(parts, out)
    head = parses[index]
    parse = _oblique(head, _HEAD_POS, agreed, case, written=words[index])
    if parse is None and case is not None and not adjectives and words[index][:1].isupper():
        parse = _guessed_name(head, case)  # "По словам … **Набиля** Абдаллы"
    if parse is not None and _a_name_read_as_things(words[index], parse):
        return _join(parts, out)
    if case is None and agreed is None and parse is not None and _could_be_nominative(head):
        parse = _name_pair(head, parses[index + 1] if index + 1 < len(words) else None)
    if parse is None:
        return _join(parts, out)
    out[index] = _inflected(words[index], parse)
    gender = parse.tag.gender
    for at in adjectives if gender and parse.tag.number == "sing" else ():
        # "региональном управлении" -> "Региональное управление", not "Региональный …"
        agreeing = _agreeing(parses[at], (parse.tag.case, "sing"), gender)
        if agreeing is not None:
            out[at] = _inflected(words[at], agreeing, gender)
    if "Name" in parse.tag:  # "Ильхама Алиева": the surname follows in the same case
        after = index + 1
        while after < len(words):
            # with the case known, an Arabic surname may read as a first name ("Абдаллы")
            agreed = (parse.tag.case, parse.tag.number)
            gender = str(parse.tag.gender) if parse.tag.gender else None
            surname = _surname(parses[after], agreed, first_names=case is not None, gender=gender)
            if surname is None:
                break
            out[after] = _inflected(words[after], surname)
            after += 1
        if after < len(words) and words[after][:1].isupper():
            return _as_written(parts)  # "Арцруна Ованнисяна": half a name changed reads worse
    return _join(parts, out)


def person_nominative(name: str, case: str | None, attested: frozenset[str] = frozenset()) -> str:
    """A person's `name`, known to be in `case` (the cue's: "по словам" governs the
    genitive), in the nominative. The dictionary's reading first (`nominative`: "Джона
    Кирби", "Марии Захаровой"); where it leaves a genitive name as written, the endings of
    foreign names declined as Russian nouns (`_foreign_nominative`): "Альберто Фернандеса"
    -> "Альберто Фернандес", "Эммануэля Макрона" -> "Эммануэль Макрон". `attested` as for
    `nominative`: "Льва Толстого" is "Лев Толстой" where the article writes "Лев Толстой"."""
    dictionary = nominative(name, case, attested)
    if case != "gent":
        return dictionary
    try:
        foreign = _foreign_nominative(name)
    except Exception:  # a nicety: a dictionary problem never stops a registration
        return dictionary
    said, ours, theirs = name.split(" "), dictionary.split(" "), foreign.split(" ")
    if not len(said) == len(ours) == len(theirs):
        return dictionary
    # "Хакана Фидана": the dictionary knows the first word (a khagan), the endings the second
    out = [d if d != w else f for w, d, f in zip(said, ours, theirs, strict=True)]
    try:
        gender = _gender_of(said)
        for at in range(1, len(said)):
            out[at] = _declined_surname(said[at], gender, attested) or out[at]
    except Exception:  # a nicety: a dictionary problem leaves the name as read so far
        pass
    return " ".join(out)


def _declined_surname(
    word: str, gender: str | None, attested: frozenset[str] = frozenset()
) -> str | None:
    """The nominative of a genitive surname after a first name that declines as an adjective
    or a noun in "-ия", which the readings above leave half done: "Залужного" ->
    "Залужный", "Толстого" -> "Толстой" (`adjectival_surname`), a woman's "Навальной" ->
    "Навальная", "Яровой" -> "Яровая" (the dictionary knows "яровой", so no "Ярова" as of
    "Захаровой"), "Хании" -> "Хания", "Гарсии" -> "Гарсия". None for any other word
    ("Пелоси", "Гросси", "Ю")."""
    if not _NAME_PART.fullmatch(word):
        return None
    if word.endswith("ии"):
        return word[:-1] + "я"
    if gender != "femn" and word.endswith(("его", "ого")):
        return adjectival_surname(word, "gent", attested)
    if gender != "femn" or not word.endswith(("ой", "ей")):
        return None
    adjective = any(p.is_known and p.tag.POS == "ADJF" for p in _parse(word.lower()))
    if not adjective and word[:-2].lower().endswith(_SURNAME_ENDINGS):
        return None  # "Захаровой": "Захарова", as the dictionary says
    if word.endswith("ей") and word[-3] not in "жшчщ":
        return word[:-2] + "яя"  # "Крайней" -> "Крайняя"
    return word[:-2] + "ая"


_VELAR = "кгх"
_HUSHING = "жшчщ"
_ENDINGS: dict[str, tuple[str, ...]] = {
    "ого": ("gent", "accs"),
    "его": ("gent", "accs"),
    "ому": ("datv",),
    "ему": ("datv",),
    "ым": ("ablt",),
    "им": ("ablt",),
    "ом": ("loct",),
    "ем": ("loct",),
}
"""A man's surname declined as an adjective: its oblique endings and the cases they write."""
_NOUN_ENDINGS = frozenset({"ым", "им", "ом", "ем"})
"""Endings a surname declined as a noun takes too ("Лавровым", "Путиным", "Пашиняном")."""
_NOT_NAMES = frozenset({"NPRO", "Apro", "Anum", "Poss"})
"""Pronouns and numerals that decline so ("Этого", "Своему", "Первого"): no surnames."""


def adjectival_surname(
    word: str, case: str | None = None, attested: frozenset[str] = frozenset()
) -> str | None:
    """The nominative of a man's surname written in an oblique case of an adjective ("-ого",
    "-ому", "-ым", "-ом" and their soft "-его", "-ему", "-им", "-ем"), in `case` if known;
    None for any other word, a surname declined as a noun ("Лавровым") among them.

    The ending tells "-ий" from "-ый" but not from a stressed "-ой": "Толстого" may be
    Толстой's or Толстый's. In this order: the form `attested` in the document or the
    register ("Лев Толстой"); a surname of `data/names/ru.json`; the one surname the
    dictionary knows ("Трубецкого", "Донского"); else the spelling: after "ж", "ш", "ч",
    "щ" an unstressed ending is written "-его", so "-ого" there is "-ой" ("Большого"); after
    "к", "г", "х" no "-ый" is written, so "-ий" ("Горького", "Достоевского"), and "-ый"
    after any other consonant ("Белого"), the commoner endings, never guessed from the
    stress of the adjective ("толстый" has it on the stem, Толстой on the ending)."""
    try:
        return _adjectival_surname(word, case, attested)
    except Exception:  # a nicety: a dictionary problem leaves the name as it was
        return None


def _adjectival_surname(word: str, case: str | None, attested: frozenset[str]) -> str | None:
    if not _NAME_PART.fullmatch(word):
        return None
    ending = next((e for e in _ENDINGS if word.endswith(e)), None)
    if ending is None or (case is not None and case not in _ENDINGS[ending]):
        return None
    stem = word[: -len(ending)]
    if len(stem) < 3 or stem[-1] in "ьъ":  # "Лисьего" is a possessive's, "Лисий"
        return None
    candidates = _candidates(stem, ending)
    parses = [p for p in _parse(word) if p.tag.number != "plur"]
    known = [p for p in parses if p.is_known]
    if any(_NOT_NAMES & p.tag.grammemes for p in known):
        return None
    if any("Surn" in p.tag and not _adjectival(p.normal_form) for p in parses):
        return None  # "Лавровым": Лавров's
    said = [c for c in candidates if _attested(c, attested)]
    listed = [c for c in candidates if c in _stressed_oi()]
    if ending in _NOUN_ENDINGS and not (said or listed) and not _read_as_adjective(known):
        return None  # "Пашиняном", "Лесовым" (Лесов's as much as Лесовой's)
    surnames = {
        c for c in candidates for p in known if "Surn" in p.tag and p.normal_form == c.lower()
    }
    for found in (said, listed, sorted(surnames)):
        if len(found) == 1:
            return found[0]
    return candidates[0]


def _candidates(stem: str, ending: str) -> tuple[str, ...]:
    """The nominatives an oblique `ending` after `stem` may be, the likelier first."""
    vowel, last = ending[0], stem[-1]
    if last in _VELAR:  # "Горького", "Трубецкого", "Горьким": no "-ый" after "к"
        return (stem + "ий", stem + "ой")
    if last in _HUSHING:  # "Большого" is stressed, "Рыжего" not; "-им" may be either
        return {"о": (stem + "ой",), "е": (stem + "ий",)}.get(vowel, (stem + "ий", stem + "ой"))
    if last == "ц":  # "Куцего", "Куцым"
        return (stem + "ый",) if vowel == "е" else (stem + "ый", stem + "ой")
    if vowel in "оы":  # "Белого", "Толстым"
        return (stem + "ый", stem + "ой")
    return (stem + "ий",)  # "Крайнего", "Крайним"


def _adjectival(lemma: str) -> bool:
    return lemma.endswith(("ой", "ый", "ий"))


def _read_as_adjective(known: list[Any]) -> bool:
    """Whether the dictionary knows the word as an adjective (or a surname declined as
    one): "Толстым", "Полевым"; not "Лесовым", which it only guesses."""
    return any(
        p.tag.POS == "ADJF" or ("Surn" in p.tag and _adjectival(p.normal_form)) for p in known
    )


@lru_cache(maxsize=1)
def _stressed_oi() -> frozenset[str]:
    """The surnames in "-ой" `data/names/ru.json` lists (see `adjectival_surname`)."""
    from claimtrack.resources import data_dir

    raw = json.loads((data_dir() / "names" / "ru.json").read_text(encoding="utf-8"))
    return frozenset(raw.get("stressed_oi", []))


_LATIN_ENDINGS = (("oy", "oi"), ("oi", "oi"), ("oj", "oi"), ("yy", "i"), ("yi", "i"),
                  ("iy", "i"), ("ii", "i"), ("ij", "i"), ("y", "i"), ("i", "i"))  # fmt: skip
"""How English and German spell "-ой" and "-ый", "-ий" (both "i" here): "Tolstoy",
"Tolstoi", "Belyy", "Gorky", "Dostoyevskiy"."""


@lru_cache(maxsize=16384)
def _surname_keys(word: str) -> tuple[str, ...]:
    """How a nominative surname is looked for among attested ones: folded in Cyrillic
    ("толстои"), or by its Latin stem and which of "-ой" or "-ый"/"-ий" ends it
    ("tolst|oi" for "Толстой" and "Tolstoy"), so a name registered from an English article
    counts. None for a word that is no such surname."""
    from claimtrack.attribution.same_speaker import romanised, sounded

    folded = fold_str(word)
    if not folded.isalpha():
        return ()
    if "а" <= folded[0] <= "я":
        kind = {"ой": "oi", "ый": "i", "ий": "i"}.get(word[-2:].lower())
        if kind is None:
            return ()
        return (folded, f"{sounded(romanised(word[:-2]))}|{kind}")
    if folded[-1] not in "yij":  # most words of a registered name: no need to romanise
        return ()
    latin = folded if folded.isascii() else romanised(word)
    for spelt, kind in _LATIN_ENDINGS:
        if latin.endswith(spelt) and len(latin) > len(spelt) + 2:
            return (f"{sounded(latin[: -len(spelt)])}|{kind}",)
    return ()


def _attested(candidate: str, attested: frozenset[str]) -> bool:
    return bool(attested) and any(key in attested for key in _surname_keys(candidate))


def attested_names(names: Iterable[str]) -> frozenset[str]:
    """The surnames registered `names` write in the nominative, as `nominative` looks for
    them (`_surname_keys`): a registered name is a nominative ("Лев Толстой", "Andrei
    Lesovoy")."""
    keys: set[str] = set()
    for name in names:
        for word in name.split():
            if word[:1].isupper():
                keys.update(_surname_keys(word))
    return frozenset(keys)


_CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+")
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([а-яё]+)")


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """The word just before `end` with only spaces between (`_WORD_BEFORE`), found by
    stepping back over them: searched from the start of the text, every capitalised word
    of a long document cost a pass over all that came before it (a 300 KB text: 16 s)."""
    i = end
    while i and text[i - 1] in " \t":
        i -= 1
    start = i
    while start and ("А" <= text[start - 1] <= "я" or text[start - 1] in "Ёё"):
        start -= 1
    if i == end or start == i:
        return None
    return _WORD_BEFORE.match(text, start, end)


@lru_cache(maxsize=8)
def attested_in(text: str) -> frozenset[str]:
    """The surnames in "-ой", "-ый", "-ий" a Russian `text` writes in a man's nominative,
    as `nominative` looks for them: after a man's first name in the nominative ("Андрей
    Лесовой", "Лев Николаевич Толстой"), or before a verb in a man's past tense with no
    first name or preposition before ("Лесовой заявил"). "Анны Толстой", "с Толстой
    встречался" say nothing of his nominative."""
    keys: set[str] = set()
    try:
        for found in _CAPITALISED.finditer(text):
            word = found.group()
            if len(word) < 5 or not word.endswith(("ой", "ый", "ий")):
                continue
            before = _word_before(text, found.start())
            after = _WORD_AFTER.match(text, found.end())
            if _his_nominative(text, before) or (
                after is not None
                and _his_past(after.group(1))
                and not (before and _names_or_governs(before.group(1)))
            ):
                keys.update(_surname_keys(word))
    except Exception:  # a nicety: a dictionary problem leaves the choice to the rules
        return frozenset(keys)
    return frozenset(keys)


def _his_nominative(text: str, before: re.Match[str] | None) -> bool:
    """Whether the word `before` a surname is a man's first name in the nominative, or his
    patronymic after one ("Лев **Николаевич** Толстой")."""
    if before is None or not before.group(1)[:1].isupper():
        return False
    readings = [
        p for p in _parse(before.group(1)) if p.is_known and {"Name", "Patr"} & p.tag.grammemes
    ]
    if not readings or any(p.tag.case != "nomn" or p.tag.gender != "masc" for p in readings):
        return False
    if all("Patr" in p.tag for p in readings):
        first = _word_before(text, before.start())
        return (
            first is not None
            and not all("Patr" in p.tag for p in _parse(first.group(1)))
            and _his_nominative(text, first)
        )
    return True


def _his_past(word: str) -> bool:
    readings = _parse(word)
    return bool(readings) and all(
        p.is_known and p.tag.POS == "VERB" and "past" in p.tag and p.tag.gender == "masc"
        for p in readings
    )


def _names_or_governs(word: str) -> bool:
    """A first name in any case ("Анне Толстой") or a preposition ("с Толстой")."""
    return any(p.is_known and ("Name" in p.tag or p.tag.POS == "PREP") for p in _parse(word))


_TITLE_POS = frozenset({"NOUN", "ADJF", "PRTF"})


@lru_cache(maxsize=1024)
def office_case(word: str) -> str | None:
    """The case an office's head word is in, which a name in apposition after it shares
    ("В заявлении **министра** обороны Петра Васка", "**генерала** Петра Васка": the genitive;
    "**министру**": the dative): the one oblique case its singular readings agree on, an
    animate accusative counting as the genitive it is written as. None for a nominative
    ("генерал", "глава"), a word whose readings leave it open ("главе") or one the dictionary
    does not know. A hyphenated office declines in its last part ("пресс-секретаря")."""
    try:
        part = word.rsplit("-", 1)[-1].lower()
        cases = {
            str(p.tag.case)
            for p in _parse(part)
            if p.is_known and p.tag.POS in _TITLE_POS and p.tag.number == "sing"
        }
        if "gent" in cases:
            cases.discard("accs")
        if len(cases) != 1 or "nomn" in cases:
            return None
        return cases.pop() if cases <= set(_CASES) else None
    except Exception:  # a nicety: a dictionary problem leaves the name as written
        return None


_CONSONANTS = "бвгджзйклмнпрстфхцчшщ"
_MASCULINE_GENITIVE = re.compile(rf"(?<=[{_CONSONANTS}])[ая]$|(?<=[еао])я$")
"""A masculine name's genitive ending: "Фернандес**а**", "Боррел**я**", "Миле**я**"; not
"-ия" ("Гарсия" is also written undeclined) nor one after a vowel ("Ноа")."""
_NAME_PART = re.compile(r"[А-ЯЁ][а-яё]{2,}")


@lru_cache(maxsize=4096)
def _foreign_nominative(name: str) -> str:
    """A genitive name the dictionary does not know, by its endings: a masculine "-а" after
    a consonant is dropped ("Макрона", "Тайипа", "Ына"), "-я" is "-ь" after one ("Эммануэля",
    "Поля" of "Жан-Поля") and "-й" after "е", "а", "о" ("Милея"); "-ы" is "-а" ("Линды",
    "Нкветы" of "Нкветы-Салами"); a word the dictionary knows for a name is inflected by
    it ("Клаудии"). Everything else is a name that does not decline and stays: "Гросси",
    "Кирби", "Ли Куан Ю", "Томас-Гринфилд", "Альберто", "Абдель" of "Абдель Фаттаха". The
    person's gender, from the first name the dictionary knows or else from a masculine
    ending, decides: a woman's "Мелони" or "Жан-Пьер" does not decline."""
    words = name.split(" ")
    gender = _gender_of(words)
    out = []
    for word in words:
        parts = word.split("-")
        out.append("-".join(_foreign_part(part, gender) for part in parts))
    return " ".join(out)


def _gender_of(words: list[str]) -> str | None:
    """ "masc" or "femn" for a genitive name: the first name's, when the dictionary knows
    it for one gender in the genitive, else as written ("Абдель" of "Абдель Фаттаха", a
    woman's "Амна" left undeclined); else "masc" when a word ends as a man's genitive does;
    else None."""
    names = [p for p in _parse(words[0]) if p.is_known and "Name" in p.tag]
    names = [p for p in names if p.tag.number == "sing"]
    genders = {str(p.tag.gender) for p in names if p.tag.case == "gent"}
    if not genders:
        genders = {str(p.tag.gender) for p in names if p.tag.case == "nomn"}
    if len(genders) == 1:
        return genders.pop()
    for word in words:
        if any(_MASCULINE_GENITIVE.search(part) for part in word.split("-")):
            return "masc"
    return None


def _foreign_part(part: str, gender: str | None) -> str:
    """One capitalised part of a genitive name in the nominative (see `_foreign_nominative`)."""
    if not _NAME_PART.fullmatch(part):
        return part  # "аль" of "аль-Бурхана", initials, Latin letters
    for parse in _parse(part):
        tag = parse.tag
        if not parse.is_known or not {"Name", "Surn"} & tag.grammemes:
            continue
        if tag.case == "gent" and tag.number == "sing" and str(tag.gender) == gender:
            return part if "Fixd" in tag else _inflected(part, parse)
    if part.endswith("ы"):
        return part[:-1] + "а"
    if gender != "masc" or _MASCULINE_GENITIVE.search(part) is None:
        return part
    if part.endswith("а"):
        return part[:-1]
    return part[:-1] + ("ь" if part[-2] in _CONSONANTS else "й")


def genitive_place_words(words: list[str]) -> int:
    """How many of `words` name a place in the genitive at their start, as after an office:
    "Президент **Турции** Реджеп ...", "Лидер **Нагорного Карабаха** ...", "**США**". A name
    that is also a town ("Владимир") is a nominative there, so it is not taken."""
    try:
        taken = adjectives = 0
        for word in words:
            parses = [p for p in _parse(word) if p.is_known]
            if any(
                p.tag.POS == "NOUN" and "Geox" in p.tag and p.tag.case == "gent" for p in parses
            ):
                taken += adjectives + 1
                adjectives = 0
            elif any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses):
                adjectives += 1  # "Нагорного": a place only if one follows
            else:
                break
        return taken
    except Exception:  # a nicety: a dictionary problem leaves the proposal as it was
        return 0


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    """The dictionary form of one Russian word by its likeliest reading ("МИДа" -> "мид",
    "Министерства" -> "министерство", "военные" -> "военный"); a word in another script, or
    one the dictionary cannot read, as written."""
    if not any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in word):
        return word
    try:
        parses = _parse(word)
        return str(parses[0].normal_form) if parses else word
    except Exception:  # a nicety: a dictionary problem leaves the word as written
        return word


@lru_cache(maxsize=1024)
def word_forms(word: str) -> tuple[str, ...]:
    """Every form of one Russian noun by its likeliest reading ("комиссия": "комиссии",
    "комиссию", …); the word alone when the dictionary does not know it."""
    try:
        parses = [p for p in _parse(word) if p.is_known and p.tag.POS == "NOUN"]
        if not parses:
            return (word,)
        forms = {str(f.word) for f in parses[0].lexeme}
        return tuple(sorted(forms | {word}))
    except Exception:  # a nicety: a dictionary problem leaves the word alone
        return (word,)


_NOMINAL_POS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO"})


@lru_cache(maxsize=4096)
def never_subject(word: str, verb: str) -> bool:
    """Whether a word the dictionary knows only as a noun, adjective or pronoun cannot open
    the subject of `verb`, being its object: every reading of it is an accusative ("**Эту**
    информацию опроверг …", "**Информацию** об ударе опроверг Песков"), or every nominative
    is plural and the verb singular ("**Обвинения** Баку отверг Ереван"). Other cases say
    nothing ("Алиевым было заявлено", "В **Кремле** заявили"), a singular subject may take
    a plural verb ("Большинство опрошенных заявили"), and unknown words are never judged."""
    try:
        parses = _parse(word.lower())
        if not parses or not all(p.is_known and p.tag.POS in _NOMINAL_POS for p in parses):
            return False
        if all(p.tag.case == "accs" for p in parses):
            return True
        nominative = [p for p in parses if p.tag.case == "nomn"]
        if not nominative:
            return False
        numbers = {p.tag.number for p in _parse(verb.lower()) if p.tag.POS == "VERB"}
        return numbers == {"sing"} and all(p.tag.number == "plur" for p in nominative)
    except Exception:  # a nicety: a dictionary problem leaves the subject where it was
        return False


_NAMED = frozenset({"Geox", "Orgn", "Surn", "Name", "Patr", "Abbr", "Trad"})
_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")


def _only_common_noun(word: str, animacy: str) -> bool:
    """Whether the dictionary knows `word` only as a common noun of that animacy ("inan" a
    thing, "anim" a person): no name, surname, place, organisation or initials."""
    try:
        parses = _parse(word.lower())
        return bool(parses) and all(
            p.is_known
            and p.tag.POS == "NOUN"
            and p.tag.animacy == animacy
            and not _NAMED & p.tag.grammemes
            for p in parses
        )
    except Exception:  # a nicety: a dictionary problem leaves the words where they were
        return False


def a_thing(word: str) -> bool:
    """Whether the dictionary knows `word` only as a common noun for a thing, which says
    nothing ("Обстрелы", "Удары"): no person, place, organisation or initials, nor a word
    ending like a surname the dictionary reads as things ("Воков", not "воки")."""
    return not word.lower().endswith(_SURNAME_ENDINGS) and _only_common_noun(word, "inan")


def an_adjective(word: str) -> bool:
    """Whether the dictionary knows `word` only as an adjective ("Главный", "Опытный"): one
    describing the job after it, no name nor surname ("Толстой")."""
    try:
        parses = _parse(word.lower())
        return bool(parses) and all(
            p.is_known and p.tag.POS == "ADJF" and not _NAMED & p.tag.grammemes for p in parses
        )
    except Exception:  # a nicety, as `a_person_noun`
        return False


def a_person_noun(word: str) -> bool:
    """Whether the dictionary knows `word` only as a common noun, one reading a person's
    ("Хирург", "Медсестра", "Фермер"; "Спасатель", a rescuer or a rescue device):
    someone's job or role, no name ("Елена"), surname or place."""
    try:
        parses = _parse(word.lower())
        return (
            bool(parses)
            and all(
                p.is_known and p.tag.POS == "NOUN" and not _NAMED & p.tag.grammemes for p in parses
            )
            and any(p.tag.animacy == "anim" for p in parses)
        )
    except Exception:  # a nicety: a dictionary problem leaves the words where they were
        return False


def only_plural(word: str) -> bool:
    """Whether the dictionary knows `word` only in the plural ("представители", not
    "представитель", "представителя"): several people, none one body's voice."""
    try:
        parses = _parse(word.lower())
        return bool(parses) and all(p.is_known and p.tag.number == "plur" for p in parses)
    except Exception:  # a nicety: a dictionary problem leaves the words where they were
        return False


def transitive_verb(word: str) -> bool:
    """Whether the dictionary reads `word` only as a finite transitive verb ("раскритиковал",
    "поддержал"; not "опубликовано", "прозвучало")."""
    try:
        parses = _parse(word.lower())
        return bool(parses) and all(
            p.is_known and p.tag.POS == "VERB" and "tran" in p.tag for p in parses
        )
    except Exception:  # a nicety: a dictionary problem leaves the finding as it was
        return False


def never_nominative(word: str) -> bool:
    """Whether the dictionary knows `word` in no nominative reading ("Азербайджана",
    "Пескова"): it cannot be a subject. Unknown and indeclinable words are never judged."""
    try:
        parses = _parse(word.lower())
        return (
            bool(parses)
            and all(p.is_known for p in parses)
            and not any(p.tag.case == "nomn" or "Fixd" in p.tag for p in parses)
        )
    except Exception:  # a nicety: a dictionary problem leaves the finding as it was
        return False


_PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def _subject_numbers(verb: str) -> frozenset[str]:
    """The number a subject of `verb` is in ("сообщил": singular, "сообщили": plural); empty
    when the dictionary says nothing ("заявлено" is read as a short participle, singular)."""
    return frozenset(
        str(p.tag.number)
        for p in _parse(verb.lower())
        if p.tag.POS in {"VERB", "PRTS"} and p.tag.number
    )


def _declinable_readings(word: str) -> list[Any]:
    """The dictionary's readings of `word` that decline: an indeclinable one ("Fixd": "Анне"
    read as the French name, "Шойгу", "Баку") says nothing of the case it is in."""
    return [p for p in _parse(word.lower()) if "Fixd" not in p.tag]


def _nominative_of(readings: list[Any], numbers: frozenset[str]) -> bool:
    """Whether one of `readings` is a nominative a subject in `numbers` could be in; a
    person's name in the plural ("Марии": Marias) is nobody's subject."""
    return any(
        p.tag.case == "nomn"
        and (not numbers or p.tag.number in numbers)
        and not (p.tag.number == "plur" and _PERSON_GRAMMEMES & p.tag.grammemes)
        for p in readings
    )


def told_to(word: str, verb: str) -> bool:
    """Whether `word`, right after a verb of telling, is whom it was told: the dictionary
    reads it in the dative and in no nominative that `verb`'s subject could be in
    ("сообщил **Толстому**", "**Ивану** Петрову", "**Интерфаксу**", "**министру**", "сказала
    **Марии** Ивановой": no plural "Марии" after a singular verb). "Песков", "Толстой",
    "МИД" could be the subject; an indeclinable word ("Шойгу", "Баку", "РИА") tells nothing,
    nor does an unknown one the dictionary cannot guess in the dative."""
    return _in_case_not_subject(word, verb, "datv")


def _in_case_not_subject(word: str, verb: str, case: str) -> bool:
    """Whether the dictionary reads `word` in `case` and in no nominative that `verb`'s
    subject could be in (`told_to`, `genitive_after`)."""
    try:
        readings = _declinable_readings(word)
        if not any(p.tag.case == case for p in readings):
            return False
        return not _nominative_of(readings, _subject_numbers(verb))
    except Exception:  # a nicety: a dictionary problem leaves the finding as it was
        return False


def a_persons_name(word: str) -> bool:
    """Whether the dictionary reads `word` as a first name, surname or patronymic in some
    declining reading ("Толстому", "Ивану"), so what follows it is no genitive of it."""
    try:
        return any(_PERSON_GRAMMEMES & p.tag.grammemes for p in _declinable_readings(word))
    except Exception:  # a nicety: a dictionary problem leaves the finding as it was
        return False


_PHRASE_HEADS = frozenset({"NOUN", "ADJF", "PRTF"})


def starts_a_subject(word: str) -> bool:
    """Whether the dictionary reads `word` as a noun in the nominative, or an adjective or
    participle in it that opens one ("источник", "глава", "**высокопоставленный**
    источник"), its likeliest reading no adverb: a speaker may start there. An adverb or a
    time ("официально", "вечером", "утром", "днём": no nominative) starts nobody."""
    try:
        parses = _parse(word.lower())
        if not parses or parses[0].tag.POS == "ADVB":
            return False
        return any(p.tag.POS in _PHRASE_HEADS and p.tag.case == "nomn" for p in parses)
    except Exception:  # a nicety: a dictionary problem leaves the finding as it was
        return False


def genitive_after(word: str, verb: str) -> bool:
    """Whether `word` may be the genitive completing a body named in the dative before it
    ("сообщил Министерству **обороны Армении**"): a genitive reading and no nominative that
    `verb`'s subject could be in ("Иван", "глава" start the speaker)."""
    return _in_case_not_subject(word, verb, "gent")


def an_adverb(word: str) -> bool:
    """Whether the dictionary reads `word`, in lower case, as an adverb and in no nominative
    ("утром", "вечером", "днём", "официально", "срочно"): a time or a manner, no word of a
    name ("ТАСС **утром**" is TASS). A comparative is one too ("позже", "позднее": "later"),
    though "позднее" also reads as a neuter adjective: none follows a name it belongs to."""
    try:
        parses = _parse(word.lower())
        if any(p.tag.POS == "COMP" for p in parses):
            return True  # "сообщил ТАСС **позднее**"
        return any(p.tag.POS == "ADVB" for p in parses) and not any(
            p.tag.case == "nomn" for p in parses
        )
    except Exception:  # a nicety: a dictionary problem leaves the name as it was
        return False


def genitive_reading(word: str) -> bool:
    """Whether the dictionary reads `word` in the genitive in some declining reading
    ("Армении", "комиссии", "Марии"; not "Толстому", "Министерству")."""
    try:
        return any(p.tag.case == "gent" for p in _declinable_readings(word))
    except Exception:  # a nicety: a dictionary problem leaves the finding as it was
        return False


def likeliest_genitive(word: str) -> bool:
    """Whether the dictionary's likeliest reading of `word` is a genitive ("обороны", whose
    plural nominative, "defences", is a rare reading)."""
    try:
        parses = _parse(word.lower())
        return bool(parses) and parses[0].is_known and parses[0].tag.case == "gent"
    except Exception:  # a nicety: a dictionary problem leaves the finding as it was
        return False


def a_verb(word: str) -> bool:
    """Whether the dictionary's likeliest reading of `word` is a finite verb or an infinitive
    ("осудить", "признать"): a name after it is that verb's, not the cue's ("потребовал …
    осудить СБР")."""
    try:
        parses = _parse(word.lower())
        return bool(parses) and parses[0].is_known and parses[0].tag.POS in {"VERB", "INFN"}
    except Exception:  # a nicety: a dictionary problem leaves the finding as it was
        return False


def is_place_name(word: str) -> bool:
    """Whether the dictionary's likeliest reading of `word` is a place, in any case
    ("Азербайджана"; not "Владимир", a first name before it is a town)."""
    return _likeliest_is(word, "Geox")


def is_surname(word: str) -> bool:
    """Whether the dictionary's likeliest reading of `word` is a surname ("Алиева", "Пескову")."""
    return _likeliest_is(word, "Surn")


def place_nominative(word: str) -> str | None:
    """The dictionary form of a place in any case ("Армении" -> "армения"), or None."""
    try:
        parses = _parse(word)
        if parses and parses[0].is_known and "Geox" in parses[0].tag:
            return str(parses[0].normal_form)
    except Exception:
        pass
    return None


def _likeliest_is(word: str, grammeme: str) -> bool:
    try:
        parses = _parse(word)
        return bool(parses) and parses[0].is_known and grammeme in parses[0].tag
    except Exception:  # a nicety: a dictionary problem leaves the proposal as it was
        return False


def declines(word: str) -> bool | None:
    """Whether the dictionary's likeliest reading of one word declines: False for an
    indeclinable one ("Баку", "Токио", "Шойгу", "кино"), True for any other it knows ("Шуши",
    the genitive of "Шуша"); None for a word it does not know."""
    try:
        parses = _parse(word.lower())
        if not parses or not parses[0].is_known:
            return None
        return "Fixd" not in parses[0].tag
    except Exception:  # a nicety: a dictionary problem leaves the word to the caller
        return None


def is_organisation_name(word: str) -> bool:
    """Whether the dictionary's likeliest reading of `word` is an organisation's name, in any
    case ("Еврокомиссии", "Роснефти")."""
    return _likeliest_is(word, "Orgn")


def is_any_first_name(word: str) -> bool:
    """Whether the dictionary knows `word` for a first name in any case ("Марии", "Петра")."""
    try:
        return any(p.is_known and "Name" in p.tag for p in _parse(word))
    except Exception:  # a nicety: a dictionary problem leaves the proposal as it was
        return False


def is_first_name(word: str) -> bool:
    """Whether `word` is a first name in the nominative ("Реджеп", "Ильхам")."""
    try:
        return any(p.is_known and "Name" in p.tag and p.tag.case == "nomn" for p in _parse(word))
    except Exception:
        return False


def _a_name_read_as_things(word: str, parse: Any) -> bool:
    """A capitalised word ending like a surname that the dictionary only knows as a plural
    of a common thing is a name it does not know: "Воков" is a surname, not the genitive of
    "воки" (woks). "Властей Армении" is still "Власти Армении"."""
    tag = parse.tag
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.lower().endswith(("ов", "ев", "ёв", "ин", "ын"))  # a surname's nominative
        and tag.number == "plur"
        and "inan" in tag
        and not {"Name", "Surn", "Geox", "Orgn"} & tag.grammemes
    )


def _as_written(parts: list[str]) -> str:
    """The phrase as written."""
    return "".join(parts)


def _known(parses: list[Any], pos: frozenset[str], *, guessed: bool = False) -> bool:
    return any((p.is_known or guessed) and p.tag.POS in pos for p in parses)


def _could_be_nominative(parses: list[Any]) -> bool:
    return any(p.tag.case == "nomn" for p in parses)


def _oblique(
    parses: list[Any],
    pos: frozenset[str],
    agreed: tuple[str, str] | None,
    case: str | None,
    *,
    guessed: bool = False,
    written: str = "",
) -> Any:
    """The first dictionary reading of `pos` in an oblique case (the agreed one if given,
    else `case` if known); readings guessed from an ending only if `guessed`. An
    abbreviation declines when `written` with an ending ("МИДа", "МИДе"), not in capitals."""
    for parse in parses:
        tag = parse.tag
        if not (parse.is_known or guessed) or tag.POS not in pos or tag.case not in _CASES:
            continue
        if case is not None and tag.case != case:
            continue
        if "Fixd" in tag or ("Abbr" in tag and (written.isupper() or not written)):
            return None  # indeclinable ("Минобороны", "МИД"): already its own nominative
        if agreed is None or (tag.case, tag.number) == agreed:
            return parse
    return None


def _name_pair(first: list[Any], second: list[Any] | None) -> Any:
    """A first name that could be a nominative changes only when a surname after it agrees
    in an oblique case ("Ильхама Алиева", "Сергея Лаврова")."""
    if second is None:
        return None
    for name in first:
        if not name.is_known or "Name" not in name.tag or name.tag.case not in _CASES:
            continue
        if _surname(second, (name.tag.case, name.tag.number)) is not None:
            return name
    return None


def _surname(
    parses: list[Any],
    agreed: tuple[str, str],
    *,
    first_names: bool = False,
    gender: str | None = None,
) -> Any:
    """A surname or patronymic reading in the agreed case, also one the dictionary only
    guesses from its ending: Armenian surnames ("Аванесяна") are not in it; with
    `first_names`, a first name's reading too ("Абдаллы": Abdallah is both). A reading of
    another `gender` than the first name's is none: "Гросси" after "Рафаэля" is no woman's
    "Гросся" but a surname that does not decline."""
    wanted = {"Surn", "Patr", "Name"} if first_names else {"Surn", "Patr"}
    for parse in parses:
        tag = parse.tag
        if gender and tag.gender and str(tag.gender) in _GENDERS and str(tag.gender) != gender:
            continue
        if wanted & tag.grammemes and (tag.case, tag.number) == agreed:
            return parse
    return None


_GENDERS = frozenset({"masc", "femn"})


def _guessed_name(parses: list[Any], case: str) -> Any:
    """A first name the dictionary only guesses, read in the `case` a cue puts it in
    ("Набиля" after "по словам": Nabil); an indeclinable one ("Мариам") stays as written,
    as does one the dictionary knows indeclinable in that case ("Али" is no woman's "Аля")."""
    if any("Name" in p.tag and "Fixd" in p.tag and p.tag.case == case for p in parses):
        return None
    for parse in parses:
        tag = parse.tag
        if "Name" in tag and tag.case == case and "Fixd" not in tag and tag.POS in _HEAD_POS:
            return parse
    return None


_FOREIGN_HEAD = re.compile(r"[^\W\dа-яё_]+-(?=[а-яё])", re.IGNORECASE)


def _declined_part(word: str) -> str:
    """The part of a word that declines: after a foreign head ("Telegram-**канала**")."""
    head = _FOREIGN_HEAD.match(word)
    return word[head.end() :] if head else word


def _agreeing(parses: list[Any], agreed: tuple[str, str], gender: str) -> Any:
    """An adjective's reading in the head noun's case, number and gender."""
    for parse in parses:
        tag = parse.tag
        if tag.POS in _AGREEING_POS and (tag.case, tag.number) == agreed and tag.gender == gender:
            return parse
    return None


def _inflected(word: str, parse: Any, gender: str | None = None) -> str:
    """The nominative of one word, cased like the original ("Кремле" -> "Кремль"); in the
    `gender` of the noun an adjective agrees with."""
    grammemes = {"nomn"} if parse.tag.number is None else {"nomn", parse.tag.number}
    if gender is not None:
        grammemes.add(gender)
    form = parse.inflect(grammemes)
    if form is None:
        return word
    head = word[: len(word) - len(_declined_part(word))]  # "Telegram-"
    result: str = form.word
    if head:
        return head + result
    said, parts = word.split("-"), result.split("-")
    if len(parts) > 1 and len(said) == len(parts):  # "Жан-Поля" -> "Жан-Поль", not "Жан-поль"
        pairs = zip(said, parts, strict=True)
        return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p for w, p in pairs)
    if word.isupper() and len(word) > 1:
        return result.upper()
    capitals = len(word) - len(word.lstrip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"))
    if capitals > 1:  # "МИДа" -> "МИД": an abbreviation's capitals stay
        return result[:capitals].upper() + result[capitals:]
    if word[:1].isupper():
        return result[:1].upper() + result[1:]
    return result


def _join(parts: list[str], words: list[str]) -> str:
    parts = list(parts)
    parts[0::2] = words
    return "".join(parts)


def first_name_gender(word: str) -> str | None:
    """ "f" or "m" for a Cyrillic first name the dictionary knows in the nominative for one
    gender only ("Елена", "Виктор"); None for any other word ("Саша" is either)."""
    if not ("а" <= word[:1].lower() <= "я"):
        return None
    try:
        readings = [p for p in _parse(word.capitalize()) if p.is_known and "Name" in p.tag]
    except Exception:
        return None
    genders = {str(p.tag.gender) for p in readings if p.tag.case == "nomn"}
    if genders == {"femn"}:
        return "f"
    if genders == {"masc"}:
        return "m"
    return None


# How English spells Russian letters, longest first; "y" and "i" after a vowel are read
# both ways below ("Solovyov" is Соловьёв, "Kryukov" Крюков, "Zaitsev" Зайцев).
_SPELT_BACK = (("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
               ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"),
               ("e", "е"), ("z", "з"), ("k", "к"), ("c", "к"), ("q", "к"), ("l", "л"),
               ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
               ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("x", "кс"), ("j", "й"))  # fmt: skip
_IOTATED = {"a": "я", "u": "ю", "o": "ё", "e": "е"}
_LATIN_VOWELS = "aeiouy"
MAX_SPELT_BACK = 16
"""Most Cyrillic spellings tried for one Latin word: each "y" or "i" after a vowel doubles
them."""


@lru_cache(maxsize=4096)
def is_romanised_surname(word: str) -> bool:
    """Whether a surname in Latin letters, masculine ("Zakharov", "Lebedev", "Solovyov"), is
    one the Russian dictionary knows once spelt back in Cyrillic (Захаров): only then is a
    Russian surname's ending a Russian one. "Casanov", "Villanov" are nobody's ("Casanova" is
    Italian, no woman's form of a Russian name)."""
    folded = fold_str(word)
    if not folded.isascii() or not folded.isalpha():
        return False
    for spelt in _spelt_back(folded):
        try:
            readings = _parse(spelt.capitalize())
        except Exception:  # a nicety: a dictionary problem tells no gender
            return False
        if any(
            p.is_known and "Surn" in p.tag and p.tag.case == "nomn" and p.tag.gender == "masc"
            for p in readings
        ):
            return True
    return False


def _spelt_back(latin: str) -> list[str]:
    """The Cyrillic spellings English may have romanised as `latin`, at most
    `MAX_SPELT_BACK` of them."""
    spellings = [""]
    at = 0
    while at < len(latin) and spellings:
        before = latin[at - 1] if at else ""
        after_vowel = not before or before in _LATIN_VOWELS
        char = latin[at]
        if char == "y" and latin[at + 1 : at + 2] in _IOTATED:
            vowel = _IOTATED[latin[at + 1]]
            options = [vowel] if after_vowel else [vowel, "ь" + vowel]  # Крюков, Соловьёв
            step = 2
        elif char == "y":
            options, step = (["й"] if after_vowel else ["ы"]), 1
        elif char == "i":
            options, step = (["й", "и"] if before and after_vowel else ["и"]), 1
        else:
            spelt = next(((c, len(r)) for r, c in _SPELT_BACK if latin.startswith(r, at)), None)
            if spelt is None:
                return []
            options, step = [spelt[0]], spelt[1]
        spellings = [s + o for s in spellings for o in options][:MAX_SPELT_BACK]
        at += step
    return spellings
