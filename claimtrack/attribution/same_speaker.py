"""Speakers registered twice: one person under a Latin and a Cyrillic name.

A desk that starts from nobody registers speakers as it reads: "Vladimir Putin" from an
English article, "Владимир Путин" from a Russian one, "Mevlut Cavusoglu" and "Мевлют
Чавушоглу". Each is right in its article, but the track record is split in two until the
analyst merges them. Names are compared in Latin letters (anyascii transliterates any
script; case and diacritics folded), every name and alias of one speaker against every one
of another, with RapidFuzz; the Speakers view and `speaker list` show the likely pairs. Only
a hint: merging stays the analyst's call (`m`, `speaker merge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz, process

from claimtrack.attribution.bodies import body_key
from claimtrack.attribution.places import names_a_place
from claimtrack.attribution.text import fold_str
from claimtrack.model import Speaker

SAME_CUTOFF = 85.0
"""`fuzz.ratio` of two romanised names from which they are likely one speaker: "ilkham aliev"
/ "ilham aliyev" scores 88, "khikmet gadzhiev" / "hikmet hajiyev" only 73."""
MIN_LETTERS = 4
"""Shorter names (acronyms such as "МИД") match too much by chance."""
FIRST_NAME_SCORE = 80.0
"""A lone word that is a person's first name ("Arif" / "Arif Santoso"): likely them, if less
likely than a surname."""


@dataclass(frozen=True, slots=True)
class LikelySame:
    """Another speaker that is likely this one, and the two names that say so."""

    other: str
    name: str
    other_name: str
    score: float


def romanised(name: str) -> str:
    """A name in lower-case Latin letters and digits ("Мевлют Чавушоглу" -> "mevlyut
    chavushoglu", "Çavuşoğlu" -> "cavusoglu")."""
    latin = anyascii(fold_str(name)).lower()
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", latin).split())


# Spellings the same sound takes through Russian and through English, German or Turkish
# ("Гаджиев" romanises as "gadzhiev", the press writes "Hajiyev"; "Ильхам" as "ilkham",
# "Ilham"; "Ренц" as "rents", "Renz"; "Толстой" as "tolstoi", "Tolstoy").
_SOUNDS = (
    ("dzh", "j"), ("kh", "h"), ("yev", "ev"), ("iy", "i"), ("yy", "y"), ("ay", "ai"), ("oy", "oi"),
    ("ts", "z"),
)  # fmt: skip


def sounded(roman: str) -> str:
    """A romanised name with those spellings made one, for comparing names across scripts."""
    for written, sound in _SOUNDS:
        roman = roman.replace(written, sound)
    return roman


def same_spelling(a: str, b: str) -> bool:
    """Whether two names are one spelling through any script ("Антон Браск" / "Anton Brask"),
    not merely alike ("Ильгар Алиев" / "Ilham Aliyev")."""
    return sounded(romanised(a)) == sounded(romanised(b))


WORD_CUTOFF = 75.0
"""Every word of one name must match the word in the same place of the other this well:
"ministry of defence of armenia" and "... of azerbaijan" are alike as strings, not as names."""
PEOPLE_CUTOFF = 70.0
"""Two people's whole names are compared from this `fuzz.ratio` ("redzhep taip erdogan" /
"recep tayyip erdogan" scores 83); word by word decides (`_same_words`)."""
GIVEN_CUTOFF = 60.0
"""A first or middle name through another script ("redzhep" / "recep" scores 67)."""


def likely_same(
    speakers: Sequence[Speaker], only: str | None = None
) -> dict[str, list[LikelySame]]:
    """For each speaker (or only the one with id `only`), the others whose names match its
    own once romanised, best first."""
    entries = [
        (speaker.id, name, sounded(roman))
        for speaker in speakers
        for name in speaker.names
        if len(roman := romanised(name)) >= MIN_LETTERS
        # a person's office is no name of theirs: "Помощник президента Азербайджана" (the
        # aide) reads like "Presiden Azerbaijan" (the president)
        and not (speaker.kind == "person" and _is_office(name))
    ]
    queries = [entry for entry in entries if only is None or entry[0] == only]
    if not queries or len(entries) < 2:
        return {}
    kinds = {speaker.id: speaker.kind for speaker in speakers}
    best: dict[tuple[str, str], LikelySame] = {}

    def keep(a: str, found: LikelySame) -> None:
        if (a, found.other) not in best or best[(a, found.other)].score < found.score:
            best[(a, found.other)] = found

    for i, j, score in _alike([q[2] for q in queries], [e[2] for e in entries], PEOPLE_CUTOFF):
        (a, name_a, roman_a), (b, name_b, roman_b) = queries[i], entries[j]
        people = kinds[a] == kinds[b] == "person"
        if a == b or (score < SAME_CUTOFF and not people):
            continue
        if _same_words(roman_a, roman_b, people):
            keep(a, LikelySame(b, name_a, name_b, score))
    for a, name_a, b, name_b, score in [
        *_surnames(entries, kinds, only),
        *_fewer_names(entries, kinds, only),
        *_same_office(speakers, only),
        *_one_word_stems(entries, kinds, only),
        *_same_bodies(speakers, only),
    ]:
        if only in (None, a):
            keep(a, LikelySame(b, name_a, name_b, score))
        if only in (None, b):
            keep(b, LikelySame(a, name_b, name_a, score))
    out: dict[str, list[LikelySame]] = {}
    for (a, _), found in sorted(best.items(), key=lambda item: (-item[1].score, item[0])):
        out.setdefault(a, []).append(found)
    return out


BODY_SCORE = 90.0
"""One state body named in two languages ("Armenian Defence Ministry" / "Министерство обороны
Армении"): as likely as a name spelt alike."""


def _same_bodies(
    speakers: Sequence[Speaker], only: str | None
) -> list[tuple[str, str, str, str, float]]:
    """Bodies whose names are one kind of body of one country (`attribution.bodies`)."""
    keyed: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for speaker in speakers:
        if speaker.kind == "person":
            continue
        for name in speaker.names:
            if (key := body_key(name)) is not None:
                keyed.setdefault(key, []).append((speaker.id, name))
    out = []
    for named in keyed.values():
        for i, (a, name_a) in enumerate(named):
            for b, name_b in named[i + 1 :]:
                if a != b and only in (None, a, b):
                    out.append((a, name_a, b, name_b, BODY_SCORE))
    return out


def _is_office(name: str) -> bool:
    """Whether a person's alias is an office ("Presiden Azerbaijan", "Помощник президента
    Азербайджана") rather than a name: two people's offices may read alike (the president
    and his aide), so they say nothing about the people being one."""
    return bool(set(fold_str(name).split()) & _title_words())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The office words of every lexicon ("presiden", "помощник", "minister")."""
    from claimtrack.attribution.cues import available_languages, load_lexicon

    return frozenset(w for lang in available_languages() for w in load_lexicon(lang).titles)


def _surnames(
    entries: list[tuple[str, str, str]], kinds: dict[str, str], only: str | None
) -> list[tuple[str, str, str, str, float]]:
    """(a, name, b, other name, score): speaker a is named by one word, the last word of
    person b's name ("Pashinyan" / "Nikol Pashinyan", "Эрдоган" / "Recep Tayyip Erdogan"):
    the desk registered the surname from one article and the full name from another. A lone
    word may have been registered as a person or with no kind ("Pashinyan, berbicara ...").
    `entries` are (speaker, name, romanised name); with `only`, just that speaker's pairs."""
    # A place is nobody's surname: "Armenia" is not "Perdana Menteri Armenia" (Pashinyan's
    # office), however the last words agree.
    alone = [
        e
        for e in entries
        if " " not in e[2] and kinds[e[0]] in ("person", "other") and not names_a_place(e[1])
    ]
    full = [
        (speaker, name, roman.rsplit(" ", 1)[1])
        for speaker, name, roman in entries
        if " " in roman and kinds[speaker] == "person"
    ]
    full = [f for f in full if len(f[2]) >= MIN_LETTERS]
    out: list[tuple[str, str, str, str, float]] = []
    if only is None or any(e[0] == only for e in alone):
        queries = [e for e in alone if only is None or e[0] == only]
        targets = full
    else:  # `only` is the full name: which lone words are its surname
        queries, targets = alone, [f for f in full if f[0] == only]
    if not queries or not targets:
        return out
    for i, j, score in _alike([q[2] for q in queries], [t[2] for t in targets]):
        (a, name_a, _), (b, name_b, _) = queries[i], targets[j]
        if a != b:
            out.append((a, name_a, b, name_b, score))
    # The first name alone, as Indonesian papers call people ("kata Arif" for Arif
    # Santoso): only the very word, and scored below a surname, many people share one.
    firsts: dict[str, list[tuple[str, str]]] = {}
    named = {t[0] for t in targets}  # the full names `targets` may hold
    for speaker, name, roman in entries:
        if " " in roman and kinds[speaker] == "person" and speaker in named:
            firsts.setdefault(roman.split(" ", 1)[0], []).append((speaker, name))
    for a, name_a, roman_a in queries:
        for b, name_b in firsts.get(roman_a, []) if len(roman_a) >= MIN_LETTERS else []:
            if a != b:
                out.append((a, name_a, b, name_b, FIRST_NAME_SCORE))
    return out


def _fewer_names(
    entries: list[tuple[str, str, str]], kinds: dict[str, str], only: str | None
) -> list[tuple[str, str, str, str, float]]:
    """(a, name, b, other name, score): person a's name leaves out given names of person b's
    ("Tayyip Erdogan" / "Recep Tayyip Erdogan" or "Реджеп Тайип Эрдоган"): the surnames alike
    and each given name of the shorter alike with one of the longer's, in order."""
    named = [
        (speaker, name, _without_patronymic(roman.split()))
        for speaker, name, roman in entries
        if kinds[speaker] == "person" and " " in roman
    ]
    queries = [n for n in named if only is None or n[0] == only]
    if not queries:
        return []
    out: list[tuple[str, str, str, str, float]] = []
    for i, j, score in _alike([q[2][-1] for q in queries], [n[2][-1] for n in named], WORD_CUTOFF):
        short, full = queries[i], named[j]
        if len(short[2]) > len(full[2]) and only is not None:  # `only` is the longer name
            short, full = full, short
        if short[0] == full[0]:
            continue
        if len(short[2]) == len(full[2]):  # alike once a patronymic is left out
            patronymic = short[1].count(" ") != full[1].count(" ")
            once = only is not None or short[0] < full[0]
            if (
                patronymic
                and once
                and _same_words(" ".join(short[2]), " ".join(full[2]), people=True)
            ):
                out.append((short[0], short[1], full[0], full[1], score))
            continue
        if len(short[2]) > len(full[2]):  # each pair once
            continue
        longer = iter(full[2][:-1])
        if all(any(_given_alike(x, y) for y in longer) for x in short[2][:-1]):
            out.append((short[0], short[1], full[0], full[1], score))
    return out


# One office of a state as English, Indonesian and Russian name it (folded; Russian by stem,
# since a name may be registered in another case): "Azerbaijan's defence ministry",
# "Kementerian Pertahanan Azerbaijan" and "Министерство обороны Азербайджана" are one body.
_OFFICES: dict[str, re.Pattern[str]] = {
    office: re.compile(rf"(?:^|\W)(?:{'|'.join(forms)})(?:\W|$)")
    for office, forms in {
        "defence ministry": (
            r"defen[cs]e ministry", r"ministry of defen[cs]e", r"kementerian pertahanan",
            r"kemhan", r"министерств\w* обороны", r"минобороны",
        ),
        "foreign ministry": (
            r"foreign ministry", r"ministry of foreign affairs", r"foreign affairs ministry",
            r"kementerian luar negeri", r"kemlu", r"министерств\w* иностранных дел", r"мид",
        ),
        "interior ministry": (
            r"interior ministry", r"ministry of (?:the )?interior", r"kementerian dalam negeri",
            r"министерств\w* внутренних дел", r"мвд",
        ),
        "prosecutor general": (
            r"prosecutor[- ]general", r"general prosecutor", r"kejaksaan agung",
            r"генпрокуратур\w*", r"генеральн\w* прокуратур\w*",
        ),
        # a place's officials or authorities, as the press names its government's voice
        "officials": (
            r"officials", r"authorities", r"pejabat", r"pihak berwenang", r"otoritas",
            r"официальн\w* лиц\w*", r"власт\w*",
        ),
    }.items()
}  # fmt: skip
_SPOKESPEOPLE = re.compile(
    r"(?:^|\W)(?:spokes(?:man|woman|person)|press secretary|representative|minister|head|"
    r"juru bicara|jubir|menteri|kepala|пресс-секретар\w*|представител\w*|министр\b|глав\w*|"
    r"спикер\w*)(?:\W|$)"
)
SAME_OFFICE_SCORE = 90.0
"""How alike two names of one office of one country are shown (they share no letters)."""


def _same_office(
    speakers: Sequence[Speaker], only: str | None
) -> list[tuple[str, str, str, str, float]]:
    """(a, name, b, other name, score): two bodies (not people) whose names, in any of the
    three languages, are the same office of the same country."""
    from claimtrack.attribution.cues import available_languages, load_lexicon
    from claimtrack.attribution.places import country_named

    if only is not None and any(s.id == only and s.kind == "person" for s in speakers):
        return []  # the attributor's probe for a proposed person: no office to look for
    offices: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for speaker in speakers:
        if speaker.kind == "person":
            continue
        for name in speaker.names:
            folded = fold_str(name)
            if _SPOKESPEOPLE.search(folded):
                continue  # "Armenian defence ministry spokeswoman" is a person, not the body
            office = next((o for o, form in _OFFICES.items() if form.search(folded)), None)
            if office is None:
                continue
            country = next(
                (c for lang in available_languages()
                 if (c := country_named(name, load_lexicon(lang))) is not None),
                None,
            )  # fmt: skip
            if country is not None:
                offices.setdefault((office, country), []).append((speaker.id, name))
    out: list[tuple[str, str, str, str, float]] = []
    for named in offices.values():
        firsts = dict(reversed(named))  # each speaker once, by its first such name
        ids = sorted(firsts)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if only in (None, a, b):
                    out.append((a, firsts[a], b, firsts[b], SAME_OFFICE_SCORE))
    return out


_PATRONYMIC_MARKS = frozenset({"oglu", "ogly", "ohlu", "kyzy", "kizi", "qizi", "gizi"})
_PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna")


def _without_patronymic(words: list[str]) -> list[str]:
    """A name's words without the father's name: "Ilham Heydar oglu Aliyev" is not "Heydar
    Aliyev" (his father), nor "Sergei Viktorovich Lavrov" a "Viktor"."""
    out: list[str] = []
    for word in words:
        if word in _PATRONYMIC_MARKS:
            if out:
                out.pop()  # the father's name before "oglu"
            continue
        if word.endswith(_PATRONYMIC_ENDINGS) and out:
            continue
        out.append(word)
    return out or words


def _one_word_stems(
    entries: list[tuple[str, str, str]], kinds: dict[str, str], only: str | None
) -> list[tuple[str, str, str, str, float]]:
    """(a, name, b, other name, score): two one-word names of bodies, one the other's stem
    plus at most two letters ("Кремль" romanised "kreml" / "Kremlin"): too short apart for
    `fuzz.ratio`, and no place ("Armen" / "Armenia" are people and a country)."""
    words = [
        (speaker, name, roman)
        for speaker, name, roman in entries
        if " " not in roman
        and len(roman) >= 5
        and kinds[speaker] != "person"
        and not names_a_place(name)
    ]
    if only is not None and all(w[0] != only for w in words):
        return []  # the attributor's probe for a person, say: nothing to compare
    out: list[tuple[str, str, str, str, float]] = []
    for a, name_a, roman_a in words:
        for b, name_b, roman_b in words:
            if a == b or len(roman_a) >= len(roman_b) or only not in (None, a, b):
                continue
            if roman_b.startswith(roman_a) and len(roman_b) - len(roman_a) <= 2:
                out.append((a, name_a, b, name_b, SAME_CUTOFF))
    return out


def _given_alike(x: str, y: str) -> bool:
    """A first or middle name alike through another script (`_same_words`' test)."""
    return x[0] == y[0] and _ratio(x, y, GIVEN_CUTOFF)


def _alike(
    queries: list[str], choices: list[str], cutoff: float = SAME_CUTOFF
) -> list[tuple[int, int, float]]:
    """(query index, choice index, score) of the romanised strings alike enough to be one
    name (`fuzz.ratio` from `cutoff`)."""
    scores = process.cdist(
        queries,
        choices,
        scorer=fuzz.ratio,
        processor=None,  # romanised already
        score_cutoff=cutoff,
        workers=1,
    )
    return [(int(i), int(j), float(scores[i, j])) for i, j in zip(*scores.nonzero(), strict=True)]


def _same_words(a: str, b: str, people: bool = False) -> bool:
    """Word for word alike, and the same numbers ("District 12" is not "District 13").

    Two people's names may differ more where a name went through another script ("Redzhep
    Taiip Erdogan" / "Recep Tayyip Erdogan"): the surname alike, every other name beginning
    with the same letter and alike from GIVEN_CUTOFF."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False
    pairs = list(zip(words_a, words_b, strict=True))
    if all(_ratio(x, y, WORD_CUTOFF) for x, y in pairs):
        return True
    *given, (last_a, last_b) = pairs
    return (
        people
        and bool(given)
        and _ratio(last_a, last_b, WORD_CUTOFF)
        and all(_given_alike(x, y) for x, y in given)
    )


def _ratio(x: str, y: str, cutoff: float) -> bool:
    return fuzz.ratio(x, y, processor=None, score_cutoff=cutoff) >= cutoff
