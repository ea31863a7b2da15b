"""One state body under its names in several languages.

A desk reading three languages registers "Armenian Defence Ministry" from an English wire,
then meets "Kementerian Pertahanan Armenia" and "Министерство обороны Армении": one body,
whose track record would be split three ways. Names share no letters, so the romanised
comparison of `same_speaker` cannot see it. A body's name here is a kind of body
(`data/bodies/bodies.json`: "defence ministry" in each language) plus a country
(`places.place_named`, any language, any case): two names with the same pair are one body.
A name with anything else left over ("Sudan's health ministry spokesman") has no pair.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache

from claimtrack.attribution.morphology import lemma
from claimtrack.attribution.places import place_named, place_of_adjective
from claimtrack.attribution.text import fold_str
from claimtrack.resources import data_dir

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_LINKS = frozenset({"of", "the"})
"""Words joining a body's kind to its country ("Ministry of Defense of Azerbaijan"). Not
"republic": "Republic of China" is not China, so a name with it is no key (a missed
match, never a wrong one)."""


@lru_cache(maxsize=1)
def _raw() -> dict[str, dict[str, list[str]]]:
    data: dict[str, dict[str, list[str]]] = json.loads(
        (data_dir() / "bodies" / "bodies.json").read_text(encoding="utf-8")
    )
    return data


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every listed phrase as keyed words (`_keyed`), with its body, longest phrases first."""
    phrases = [
        (_keyed(phrase), body) for body, forms in _raw()["bodies"].items() for phrase in forms
    ]
    return tuple(sorted(phrases, key=lambda item: -len(item[0])))


@lru_cache(maxsize=1)
def _organisations() -> dict[tuple[str, ...], str]:
    """Every name of an organisation of no country, as keyed words, to its usual name."""
    return {
        _keyed(form): usual for usual, forms in _raw()["organisations"].items() for form in forms
    }


@lru_cache(maxsize=1)
def _in_capitals() -> frozenset[tuple[str, ...]]:
    """Organisations' names listed in capitals ("WHO"): theirs only when so written."""
    forms = [form for forms in _raw()["organisations"].values() for form in forms]
    return frozenset(_keyed(form) for form in forms if form.isupper())


@lru_cache(maxsize=1)
def _home_countries() -> dict[tuple[str, ...], str]:
    """A body's name that says its country by itself ("State Department", "ВСУ") -> it."""
    return {_keyed(name): country for name, country in _raw().get("home_countries", {}).items()}


def home_country(name: str) -> str | None:
    """The country a body's name says by itself ("IDF" -> Israel, "ВСУ" -> Ukraine), or None."""
    return _home_countries().get(_keyed(name))


@lru_cache(maxsize=1)
def _countries() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Other names of a country than CLDR's, as keyed words without "of" and "the"
    (`_unlinked`) -> (country, whether the name counts only written in capitals: "AS",
    "US", "ЕС"). The country is given as CLDR's English name ("Burma", "DR Congo" ->
    "Myanmar (Burma)", "Congo - Kinshasa"), the one `places.capital_of` names states by,
    so a state registered under another name still answers to its capital."""
    return {
        _unlinked(_keyed(form)): (place_named(country) or country, form.isupper())
        for country, forms in _raw().get("countries", {}).items()
        for form in forms
    }


def _unlinked(keyed: Iterable[str]) -> tuple[str, ...]:
    """Keyed words without those joining a name's parts (`_LINKS`): "Democratic Republic of
    the Congo" is one name whether a body's name kept its "of the" or not."""
    return tuple(w for w in keyed if w not in _LINKS)


MAX_ORGANISATION_WORDS = 8
"""The longest organisation's name `organisation_named` looks for, in words."""


@lru_cache(maxsize=1)
def _organisation_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """Every organisation's name as folded words, and the words they open with: built once,
    as attribution asks of every word of the sentences before a body word."""
    names = frozenset(
        tuple(_folded(form)) for forms in _raw()["organisations"].values() for form in forms
    )
    return names, frozenset(name[0] for name in names if name)


def organisation_named(words: list[str]) -> int:
    """How many of `words` (as written) open with a known organisation's name of two words or
    more ("Врачи без границ сообщили …": 3); 0 for none."""
    if len(words) < 2:
        return 0
    names, openings = _organisation_words()
    if fold_str(words[0]) not in openings:
        return 0
    folded = [fold_str(w) for w in words[:MAX_ORGANISATION_WORDS]]
    for size in range(len(folded), 1, -1):
        if tuple(folded[:size]) in names:
            return size
    return 0


def _folded(text: str) -> list[str]:
    return [_POSSESSIVE.sub("", fold_str(w)) for w in _WORD.findall(text)]


def _keyed(text: str) -> tuple[str, ...]:
    """The words of a name as compared: folded, without a possessive, a Russian word in its
    dictionary form ("российского МИДа" -> "российскии", "мид"), so any case of a body's
    name is the name."""
    return tuple(_POSSESSIVE.sub("", fold_str(lemma(w))) for w in _WORD.findall(text))


def _country(written: list[str]) -> str | None:
    """The country that `written` words (all that is left of a body's name beside its kind)
    are nothing but a name of: CLDR's or a lexicon's in any language and case, a short name
    ("US", "США", "РФ", "ЕС"), or one adjective ("Российская", "российского")."""
    if not written:
        return None
    known = _countries().get(_unlinked(_keyed(" ".join(written))))
    if known is not None:
        country, capitals = known
        named = [w for w in written if fold_str(w) not in _LINKS]  # "the US": "US" as written
        return country if not capitals or all(w.isupper() for w in named) else None
    place = place_named(" ".join(written))
    if place is None and len(written) == 1:
        place = place_of_adjective(written[0])
    return place


@lru_cache(maxsize=8192)
def country_alone(name: str) -> str | None:
    """The country `name` is nothing but a name of, in English ("Azerbaijan", "US", "США",
    "Rusia" -> "Azerbaijan", "United States", …), or None: a country said to speak is its
    state ("The US said")."""
    return _country(_WORD.findall(name))


@lru_cache(maxsize=8192)
def body_key(name: str) -> tuple[str, str] | None:
    """(kind of body, country in English) when `name` is nothing but the two ("Armenian
    Defence Ministry", "Министерство обороны Армении", "российского МИДа", "Госдеп США" ->
    ("defence ministry", "Armenia"), ...), (usual name, "") when it is a known
    organisation's, else None."""
    keyed = _keyed(name)
    known = _organisations().get(keyed)
    if known is not None and keyed in _in_capitals() and not name.strip().isupper():
        known = None  # "WHO" is the World Health Organization, "who" a pronoun
    if known is not None:
        return (known, "")  # "Врачи без границ", "MSF": Médecins Sans Frontières
    found = _kind_and_rest(name)
    if found is None:
        return None
    body, phrase, rest = found
    home = _home_countries().get(phrase)
    country = _country(rest) if rest else home
    if home is not None and country != home:
        return None  # "State Department" is the United States', no other's
    return (body, country) if country else None


def _kind_and_rest(name: str) -> tuple[str, tuple[str, ...], list[str]] | None:
    """The kind of body the longest listed phrase in `name` names, that phrase (keyed), and
    the other words as written, without "of", "the" and possessives; None when no listed
    phrase stands in it."""
    written = _WORD.findall(name)
    keyed = _keyed(name)
    for phrase, body in _kinds():
        size = len(phrase)
        for start in range(len(keyed) - size + 1):
            if keyed[start : start + size] != phrase:
                continue
            rest = [
                _POSSESSIVE.sub("", w)
                for k, (w, f) in enumerate(zip(written, keyed, strict=True))
                if not start <= k < start + size and f not in _LINKS
            ]
            return body, phrase, rest
    return None


@lru_cache(maxsize=8192)
def described_body(name: str) -> tuple[str, str] | None:
    """(kind of body, the word describing it romanised) when `name` is a kind of body and
    one word more that names no country ("Regional Health Ministry", "Региональный
    минздрав", "Kementerian Kesehatan Regional" -> ("health ministry", "regional"),
    ("health ministry", "regionalnyi"), …): one body in several languages when the word is
    alike however written (`same_described_body`), as `body_key` tells one by its
    country. None for any other name, and for one `body_key` reads."""
    from claimtrack.attribution.same_speaker import romanised, sounded

    found = _kind_and_rest(name)
    if found is None or len(found[2]) != 1 or body_key(name) is not None:
        return None
    said = sounded(romanised(found[2][0]))
    return (found[0], said) if len(said) >= _DESCRIBING_LETTERS else None


_DESCRIBING_LETTERS = 4
"""A shorter word describing a body ("Г", "RS") is alike too many others by chance."""


def same_described_body(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two `described_body` keys are one body: one kind, its word alike in the
    two languages as words of two names are (`same_speaker.WORD_CUTOFF`: "regional" /
    "regionalnyi" of «Региональный»)."""
    from rapidfuzz import fuzz

    from claimtrack.attribution.same_speaker import WORD_CUTOFF

    alike = fuzz.ratio(a[1], b[1], processor=None, score_cutoff=WORD_CUTOFF) >= WORD_CUTOFF
    return a[0] == b[0] and alike


def states_named(names: Iterable[str]) -> frozenset[str]:
    """The states, in English, a speaker is by its `names`: a country alone ("Ukraine", "US",
    "Azerbaijan") or its government ("Ukrainian Government", "Правительство России"); none
    for a ministry, a person or any other body. Such a speaker answers to its capital."""
    found: set[str] = set()
    for name in names:
        country = country_alone(name)
        if country is None:
            key = body_key(name)
            country = key[1] if key is not None and key[0] == "government" else None
        if country:
            found.add(country)
    return frozenset(found)


@lru_cache(maxsize=8192)
def body_kind(name: str) -> str | None:
    """The kind of body `name` is nothing but, with no country ("Минобороны", "the defence
    ministry", "Kementerian Pertahanan" -> "defence ministry"); None for any other name, and
    for one whose country goes without saying ("State Department")."""
    keyed = tuple(w for w in _keyed(name) if w not in _LINKS)
    for phrase, body in _kinds():
        if keyed == phrase and phrase not in _home_countries():
            return body
    return None


_SPEAKER_KINDS = {"army": "military", "government": "government", "parliament": "government"}


def body_speaker_kind(name: str) -> str | None:
    """The speaker kind (model `SPEAKER_KINDS`) of a body `body_key` knows ("Pentagon": a
    ministry, "Евросоюз": an organisation), or None."""
    key = body_key(name)
    if key is None:
        return None
    body, country = key
    if not country:
        return "organisation"
    return "ministry" if body.endswith("ministry") else _SPEAKER_KINDS.get(body, "government")


def same_body(a: str, b: str) -> bool:
    """Whether two names are one body by `body_key`."""
    key = body_key(a)
    return key is not None and key == body_key(b)


_SPACE_ONLY = re.compile(r"[\s'’-]*")
MAX_COUNTRY_WORDS = 3
"""Words a country's name may take beside a body's kind ("Democratic Republic of Congo")."""


def bodies_named_in(text: str) -> list[tuple[tuple[str, str], str]]:
    """The state bodies a text names with their country, wherever they stand ("Azerbaijan's
    defence ministry released footage", "у Министерства обороны России", "Kementerian
    Pertahanan Armenia"), as ((kind, country), the words as written): what a body described
    by its kind alone elsewhere in the article may be. A kind with no country names none."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if not spans:
        return []
    keyed = [_keyed(text[a:b])[:1] or ("",) for a, b in spans]
    flat = [k[0] for k in keyed]
    found: list[tuple[tuple[str, str], str]] = []
    taken: set[int] = set()
    for phrase, _body in _kinds():
        size = len(phrase)
        for start in range(len(flat) - size + 1):
            if start in taken or tuple(flat[start : start + size]) != phrase:
                continue
            best = _widest_key(text, spans, start, start + size)
            if best is not None:
                found.append(best)
                taken.update(range(start, start + size))
    return found


def _widest_key(
    text: str, spans: list[tuple[int, int]], start: int, end: int
) -> tuple[tuple[str, str], str] | None:
    """The longest run of words around a body's kind (words [start, end)) that names the
    body with its country, joined by nothing but spaces, hyphens and apostrophes."""
    best: tuple[tuple[str, str], str] | None = None
    for left in range(min(MAX_COUNTRY_WORDS, start), -1, -1):
        for right in range(min(MAX_COUNTRY_WORDS + 1, len(spans) - end), -1, -1):
            if not left and not right:
                continue
            first, last = start - left, end + right - 1
            if {_keyed(text[slice(*spans[first])]), _keyed(text[slice(*spans[last])])} & {
                (link,) for link in _LINKS
            }:
                continue  # "the Russian Defence Ministry" is written without its article
            gaps = (text[spans[k][1] : spans[k + 1][0]] for k in range(first, last))
            if not all(_SPACE_ONLY.fullmatch(gap) for gap in gaps):
                continue
            written = text[spans[first][0] : spans[last][1]]
            key = body_key(written)
            if key is not None and key[1] and (best is None or len(written) > len(best[1])):
                best = (key, written)
    return best
