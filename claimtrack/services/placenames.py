"""Whether a name is only a place: a country or region, a side in use, or the country in a
speaker's name ("Sudmark" of "Sudmark Defence Ministry", "Зюдмарк" too).

Such a name names no one speaker. Learned as the alias of a ministry or a person it made
every later "Sudmark said" that speaker's, and `tag ST Sudmark` quietly re-attributed a
statement to the ministry. What a place is comes from the attribution package: CLDR's
countries and the lexicons' places (`places.names_any_place`, `place_of_adjective`); what a
name's office or body words are from the lexicons (titles, kinds of body, official nouns);
the sides from the speakers. A fictional or unlisted country is known by standing beside a
state body's words in a speaker's name ("Sudmark Defence Ministry"), or by being a side; a
word beside an organisation's, a medium's or a unit's words is its own name ("Wagner
Group", "Azatutyun radio": "Wagner" names the group). A speaker that *is* the place (one of
its names is that place alone, "Sudmark" or "Azerbaijan") may still learn its other names,
a state its own capital ("Kyiv" for Ukraine, as `data/places/capitals.json` lists them; no
other town: "Ganja" is not Azerbaijan, nor "Yerevan"), and a body its own side when that
is its initials ("RSF" for the Rapid Support Forces on the side "RSF").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from claimtrack.attribution.attributor import body_initials
from claimtrack.attribution.bodies import body_key, body_kind, country_alone, states_named
from claimtrack.attribution.cues import available_languages, load_lexicon
from claimtrack.attribution.places import (
    capital_of,
    names_a_place,
    names_any_place,
    place_of_adjective,
)
from claimtrack.attribution.same_speaker import romanised, sounded
from claimtrack.attribution.text import words
from claimtrack.matching import alike_word
from claimtrack.model import Speaker
from claimtrack.store import Store


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Every lexicon's folded words of an office or a body and the little words between them
    ("defence", "minister", "ministry", "government", "министерство", "of", "the"): what is
    left of a body's or an office's name without them is its country."""
    found: set[str] = set()
    for lang in available_languages():
        lexicon = load_lexicon(lang)
        phrases: Iterable[str] = (
            *lexicon.titles, *lexicon.kind_words, *lexicon.official_nouns, *lexicon.ranks,
            *lexicon.side_nouns, *lexicon.compound_names, *lexicon.determiners,
            *lexicon.stopwords, *lexicon.prepositions,
        )  # fmt: skip
        for phrase in phrases:
            found.update(words(phrase))
    return frozenset(found)


STATE_KINDS = frozenset({"ministry", "government"})
"""Kinds of body (lexicons' `kind_words`) only a state has: the one word beside them in a
name is its country. Not an organisation's, a medium's or a military unit's ("Wagner
Group", "Al Jazeera", "Azov Battalion", "Arakan Army"), which are named for themselves."""


@lru_cache(maxsize=1)
def state_words() -> frozenset[str]:
    """Every lexicon's one-word names of a state's body ("ministry", "government", "мид",
    "правительство") and of a side ("side", "сторона"), folded."""
    found: set[str] = set()
    for lang in available_languages():
        lexicon = load_lexicon(lang)
        found.update(w for w, kind in lexicon.kind_words.items() if kind in STATE_KINDS)
        found.update(lexicon.side_nouns, lexicon.compound_names)
    return frozenset(w for w in found if len(words(w)) == 1)


def _spelt(word: str) -> str:
    """A folded word in Latin letters, spelt as it sounds (`same_speaker`)."""
    return sounded(romanised(word)) or word


def _bare(name: str) -> tuple[str, ...]:
    """The words of a name without an office or a body word in it, romanised; () for a
    name with one ("Sudmark's defence ministry")."""
    folded = words(name)
    if not folded or any(w in office_words() for w in folded):
        return ()
    return tuple(_spelt(w) for w in folded)


def country_words(speaker: Speaker) -> set[str]:
    """The one word each of the speaker's names holds beside its office or body words when it
    is that name's country, romanised: a place ("Ukrainian" of "Ukrainian Navy"), or any
    word beside a state body's words (`state_words`: "Sudmark Defence Ministry",
    "Министерство обороны Зюдмарка" -> "sudmark", "ziudmarka"). Beside an organisation's,
    a medium's or a unit's words it is the body's own name ("Wagner Group", "Amnesty
    International", "Al Jazeera"), and "Wagner" finds the group. A name leaving two words or
    more ("Rapid Support Forces") names its body, not a country; a person's own name ("Erik
    Holm") is no country."""
    own = {_spelt(w) for w in words(speaker.name)} if speaker.kind == "person" else set()
    left: set[str] = set()
    for name in speaker.names:
        folded = words(name)
        rest = [w for w in folded if w not in office_words()]
        if len(rest) != 1 or len(folded) < 2:
            continue
        state = any(w in state_words() for w in folded)
        if state or names_any_place(rest[0]) or place_of_adjective(rest[0]) is not None:
            left.add(_spelt(rest[0]))
    return left - own


def _all_alike(typed: tuple[str, ...], known: Iterable[str]) -> bool:
    known = list(known)
    return bool(typed) and all(any(alike_word(t, k) for k in known) for t in typed)


def is_the_place(speaker: Speaker, name: str) -> bool:
    """Whether the speaker answers to `name`'s place alone: one of its names has no office
    word and is alike `name` ("Sudmark" for "Зюдмарк"); such a speaker is the place. A
    body's name the lexicons' office words miss ("Госдеп США": `bodies.body_key`) is no
    place: "США" is not the State Department."""
    typed = _bare(name)
    return any(
        _all_alike(typed, _bare(own)) for own in speaker.names if _bare(own) and not body_key(own)
    )


def place_named(store: Store, name: str, speakers: Iterable[Speaker] = ()) -> str | None:
    """What makes `name` only a place, said for a message ("a place", "a side", "the country
    or place in <speaker>'s name"), or None: it has no office or body word and is a country,
    region or people's name (attribution's), alike a side some speaker is on, or alike what
    stands beside the office or body words of a name of `speakers` (asked first, to be
    named) or of any speaker: "Sudmark" is a place to a store that holds "Sudmark Defence
    Ministry", whichever speaker it is taught to or typed for."""
    if country_alone(name) is not None:  # "Burma", "US", "the UAE": a state's other names
        return "a place"
    typed = _bare(name)
    if not typed:
        return None
    if names_any_place(name) or capital_of(name) or place_of_adjective(name) is not None:
        return "a place"
    sides, countries = _known_places(store)
    if any(_all_alike(typed, side) for side in sides):
        return "a side"
    for speaker in speakers:
        if _all_alike(typed, country_words(speaker)):
            return f"the country or place in {speaker.name}'s name"
    for who, known in countries:
        if _all_alike(typed, known):
            return f"the country or place in {who}'s name"
    return None


_Places = tuple[list[list[str]], list[tuple[str, frozenset[str]]]]
_PLACES: WeakKeyDictionary[Store, tuple[tuple[int, int], _Places]] = WeakKeyDictionary()


def _known_places(store: Store) -> _Places:
    """The sides in use, each as its romanised words, and (name, `country_words`) of each
    speaker with any, in the store's order: worked out once per version of the speakers
    table, since every fuzzy speaker lookup asks (~50 ms a call among 3,000 speakers)."""
    version = store.table_version(Speaker.TABLE)  # before the docs: see `lookup._names`
    held = _PLACES.get(store)
    if held is not None and held[0] == version:
        return held[1]
    docs = store.docs(Speaker.TABLE).values()
    sides = {d["side"] for d in docs if d.get("side")}
    countries = []
    for d in docs:
        speaker = Speaker.from_doc(d)
        if known := country_words(speaker):
            countries.append((speaker.name, frozenset(known)))
    found = ([[_spelt(w) for w in words(side)] for side in sorted(sides)], countries)
    _PLACES[store] = (version, found)
    return found


def forget_places(store: Store) -> None:
    """Drop what `place_named` keeps of the store's speakers (`lookup.forget_names`)."""
    _PLACES.pop(store, None)


def same_country(speaker: Speaker, name: str) -> bool:
    """Whether `name` is nothing but a name of the country one of the speaker's names is
    alone (`bodies.country_alone`): "Burma" for "Myanmar", "US" or "США" for "United
    States", "DPRK" for «Северная Корея». Not for a person, nor a body of the state
    ("Myanmar Government", "Myanmar Foreign Ministry"): the country's name is not theirs."""
    country = country_alone(name)
    return (
        country is not None
        and speaker.kind != "person"
        and any(country_alone(own) == country for own in speaker.names)
    )


def states_called(
    store: Store, name: str, docs: Iterable[dict[str, Any]] | None = None
) -> list[Speaker]:
    """The speakers that are the country `name` is another name of (`same_country`): the
    one an analyst typing "Burma" or "US" means when "Myanmar" or "United States" is
    registered; none when `name` is no country's name. `docs`: the speakers' records to
    look through instead of the store's (a copy taken on the thread that writes, for a
    caller on another thread)."""
    if country_alone(name) is None:
        return []
    records = store.docs(Speaker.TABLE).values() if docs is None else docs
    found = (Speaker.from_doc(d) for d in records)
    return [sp for sp in found if same_country(sp, name)]


def state_body(name: str) -> tuple[str, str] | None:
    """(kind of body, its country's word romanised) when `name` is nothing but a state body
    of one country, in any language: `bodies.body_key` for a country the lists know ("Kementerian
    Pertahanan Armenia", "Armenian Defence Ministry" -> ("defence ministry", "armenia")), else
    the one word beside a state body's words (`state_words`), as `country_words` reads a
    fictional or unlisted country ("Kementerian Pertahanan Kestria", "Defence Ministry of
    Kestria", "Минобороны Кестрии" -> ("defence ministry", "kestria" or "kestrii")). None
    for any other name, and for a known organisation (no country)."""
    key = body_key(name)
    if key is not None:
        return (key[0], " ".join(_spelt(w) for w in words(key[1]))) if key[1] else None
    folded = words(name)
    rest = [w for w in folded if w not in office_words() and len(w) > 1]  # "'s" leaves "s"
    if len(rest) != 1 or not any(w in state_words() for w in folded):
        return None
    kind = body_kind(" ".join(w for w in folded if w not in rest and len(w) > 1))
    return (kind, _spelt(rest[0])) if kind else None


def same_state_body(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two `state_body` keys are one body: one kind, the country alike however
    written ("kestria" / "kestrii" of «Кестрии», "kestrian")."""
    return a[0] == b[0] and bool(a[1]) and bool(b[1]) and alike_word(a[1], b[1])


def bodies_called(name: str, docs: Iterable[dict[str, Any]]) -> list[Speaker]:
    """The registered bodies `name` is another language's name of (`state_body`): the
    one an analyst means by "Kementerian Pertahanan Kestria" when "Defence Ministry of
    Kestria" is registered, though no letter of the two names is alike but the country's.
    Not a person (a minister is no ministry); none when `name` is no state body's name.
    `docs`: the speakers' records (a copy, for a caller on another thread)."""
    key = state_body(name)
    if key is None:
        return []
    found = []
    for doc in docs:
        if doc.get("kind") == "person":
            continue
        own = [k for n in (doc["name"], *doc.get("aliases", ())) if (k := state_body(n))]
        if any(same_state_body(key, k) for k in own):
            found.append(Speaker.from_doc(doc))
    return found


def states_of(speaker: Speaker) -> frozenset[str]:
    """The states the speaker is, in English (`bodies.states_named`): named as a country
    alone ("Ukraine", "US", "Azerbaijan") or as its government ("Ukrainian Government",
    "Правительство России"); none for a ministry, a person or any other body."""
    return states_named(speaker.names)


def _a_town(name: str) -> bool:
    """Whether `name` is only a town's: a place the lists know or a capital, no country,
    region, adjective of one, nor a country's other name ("US")."""
    return (
        (names_any_place(name) or bool(capital_of(name)))
        and not names_a_place(name)
        and country_alone(name) is None
        and place_of_adjective(name) is None
    )


def stands_for(speaker: Speaker, name: str) -> bool:
    """Whether the speaker may answer to `name`, a place or a side, as its own other name:
    its own capital, as a capital speaks for its state ("Kyiv", "Киев", "Moscow", "Baku"
    said for Ukraine, Russia, Azerbaijan, or for their governments: `capital_of`); the
    country's other names for a state registered as the country (`same_country`: "Burma"
    for "Myanmar", "США" for "United States"); or the speaker's own side that is the
    initials of its name ("RSF" for the Rapid Support Forces on the side "RSF"). Not
    another town, nor another state's capital ("Ganja", "Yerevan" are not Azerbaijan), nor
    for a ministry ("Kyiv" is not Ukraine's defence ministry, "Burma" not Myanmar's foreign
    ministry) or another body of the side."""
    if capital_of(name) & states_of(speaker) or same_country(speaker, name):
        return True
    folded = words(name)
    side = words(speaker.side or "")
    return (
        len(folded) == 1
        and folded == side
        and any(folded[0] in body_initials(own) for own in speaker.names)
    )


def not_its_capital(speaker: Speaker, name: str) -> str | None:
    """Why a town said for a state is not learned as the state's name, for the analyst
    ("Ganja is no capital listed for Azerbaijan", "Yerevan is the capital listed for
    Armenia, not Azerbaijan": the list is `data/places/capitals.json`, which may lack a
    state); None when the speaker is no state, `name` is no town, or is its capital."""
    states = states_of(speaker)
    if not states or not _a_town(name) or capital_of(name) & states:
        return None
    own = " or ".join(sorted(states))
    whose = capital_of(name)
    if whose:
        return f"{name} is the capital listed for {' and '.join(sorted(whose))}, not {own}"
    return f"{name} is no capital listed for {own}"


def only_a_place(store: Store, name: str, speaker: Speaker | None = None) -> bool:
    """Whether `name` is only a place (`place_named`) and `speaker` is not that place, nor
    a state it is the capital of, nor a body whose initials are its side (`stands_for`):
    what must not become the speaker's alias, nor find it when typed."""
    if place_named(store, name, [speaker] if speaker else []) is None:
        return False
    return speaker is None or not (is_the_place(speaker, name) or stands_for(speaker, name))
