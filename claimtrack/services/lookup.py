"""Resolving what the analyst typed (ids, prefixes, names, aliases) into records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from weakref import WeakKeyDictionary

from claimtrack.errors import AmbiguousError, NotFoundError, UnknownSpeakerError, ValidationError
from claimtrack.matching import (
    SPEAKER_CUTOFF,
    SPEAKER_MARGIN,
    WORD_FLOOR,
    Match,
    RankedNames,
    after_titles,
    clearly,
    honorific_words,
    names_an_office,
    rank_across_scripts,
    romanised_names,
    words,
)
from claimtrack.model import Claim, Record, Source, Speaker, Statement
from claimtrack.services import forwarding
from claimtrack.store import Store
from claimtrack.textnorm import fold, shorten


def find_speaker(store: Store, ref: str) -> Speaker:
    """A speaker by id (or unique prefix), exact name/alias, the state a country's other name
    stands for ("Burma" for "Myanmar": `placenames.states_called`), the state body named in
    another language ("Kementerian Pertahanan Kestria": `placenames.bodies_called`), or an
    unambiguous fuzzy match whose every word is clearly what was typed (`matching.clearly`):
    a typo, not a new name only alike (an UnknownSpeakerError listing them)."""
    ref = ref.strip()
    if not ref:
        raise NotFoundError("empty speaker name")
    docs = store.docs(Speaker.TABLE)
    if ref.lower() in docs:
        return Speaker.from_doc(docs[ref.lower()])
    target = fold(ref)
    kept = _names(store)
    exact = sorted(kept.answering().get(target, ()))
    # A name outranks another speaker's alias: two analysts' stores merged in git can hold
    # "Aliyev" as one speaker's name and another's alias; the one called so is meant.
    named = [i for i in exact if fold(docs[i]["name"]) == target]
    if len(exact) == 1 or len(named) == 1:
        return Speaker.from_doc(docs[(named or exact)[0]])
    if len(exact) > 1:
        raise _ambiguous_speaker(store, ref, exact)
    try:
        found = store.resolve(ref, Speaker)
        assert isinstance(found, Speaker)
        return found
    except NotFoundError:
        pass
    # only here: importing attribution (~40 ms) would slow every command that finds a record
    from claimtrack.services import placenames

    # "Burma" typed for the registered "Myanmar", "US" for "United States": one state under
    # another name, however unlike (a ministry of it is not the state: `same_country`)
    states = placenames.states_called(store, ref)
    if len(states) == 1:
        return states[0]
    if states:
        raise _ambiguous_speaker(store, ref, sorted(sp.id for sp in states))
    # "Kementerian Pertahanan Kestria" for the registered "Defence Ministry of Kestria": one
    # state body named in another language, no letter alike but the country's
    bodies = placenames.bodies_called(ref, docs.values())
    if len(bodies) == 1:
        return bodies[0]
    if bodies:
        raise _ambiguous_speaker(store, ref, sorted(sp.id for sp in bodies))
    # Across scripts, as the TUI's picker: "Zakharova" finds "Мария Захарова".
    matches = rank_across_scripts(
        ref, kept.every(), limit=5, cutoff=SPEAKER_CUTOFF, word_floor=WORD_FLOOR
    )
    # "President Putin": the title from one alias ("Russian President"), the name from
    # another ("Putin"), or from none ("Foreign Minister Cavusoglu")
    # (the people's names are romanised only when a title opens what was typed: ~100 ms
    # among 3,000 speakers, paid by each command's first lookup)
    people = kept.people if after_titles(ref) is not None else None
    titled = titled_matches(ref, docs.values(), people)
    if titled and titled[0].clear:
        named = _meant(titled)
        clear = [m.key for m in matches if m.clear]
        if not clear and len(named) == 1:
            return Speaker.from_doc(docs[named[0]])
        if not clear or named[0] not in clear:  # or the whole names another clearly
            raise _ambiguous_speaker(store, ref, list(dict.fromkeys([*named, *clear])))
    elif titled and not matches:  # "President Korsakova" is no Lena Korsak in a case
        raise _only_alike(store, ref, titled)
    if not matches:
        gone = forwarding.gone(store, ref, ("speakers",))
        raise gone or UnknownSpeakerError(
            f"no speaker matches {ref!r} (see 'claimtrack speaker list')", ref
        )
    from claimtrack.attribution.places import names_a_place

    if names_a_place(ref):  # "Azerbaijan" must not quietly mean "Presiden Azerbaijan"
        raise _a_place(store, ref, matches, "a place")
    found = [Speaker.from_doc(docs[m.key]) for m in matches]
    if not any(m.clear for m in matches):  # "Polhukam" is not Bambang's "Menko Polkam"
        # "Nordland" of "Nordland Defence Minister": its every word is in the name, which
        # goes on with an office (`matching.titled_remainder`): a place, told as one
        place = placenames.place_named(store, ref, found)
        if place is not None and any(_every_word_in(ref, m.name) for m in matches):
            raise _a_place(store, ref, matches, place)
        raise _only_alike(store, ref, matches)
    # nor "Sudmark" (a side, or only the country in their names) the Sudmark Defence
    # Ministry, but for the speaker that is the place itself ("Sudmrk" for "Sudmark")
    place = placenames.place_named(store, ref, found)
    if place is not None:
        itself = [sp for sp in found if placenames.is_the_place(sp, ref)]
        if not itself:
            raise _a_place(store, ref, matches, place)
        if len(itself) == 1 and any(m.key == itself[0].id and m.clear for m in matches):
            return itself[0]
    if _close(matches) or not matches[0].clear:  # or a clear match below one only alike
        raise _ambiguous_speaker(store, ref, [m.key for m in matches])
    return Speaker.from_doc(docs[matches[0].key])


class _Names:
    """What finding a speaker by name reads of every speaker, worked out when first asked
    and kept while the speakers are as they were (`Store.table_version`): among 3,000 of
    them, a lookup folded and romanised every name on each call, and one after a title
    ("President Putin") every person's name once more (~78 ms, against ~8.5 ms for a plain
    name), the TUI's picker paying it again at each key typed."""

    __slots__ = ("_answering", "_every", "_people", "docs", "version")

    def __init__(self, store: Store, version: tuple[int, int]) -> None:
        self.version = version
        self.docs = store.docs(Speaker.TABLE)
        self._answering: dict[str, set[str]] | None = None
        self._every: RankedNames | None = None
        self._people: RankedNames | None = None

    def answering(self) -> dict[str, set[str]]:
        """Each folded name or alias -> the speakers answering to it."""
        if self._answering is None:
            found: dict[str, set[str]] = {}
            for i, d in self.docs.items():
                for n in (d["name"], *d["aliases"]):
                    found.setdefault(fold(n), set()).add(i)
            self._answering = found
        return self._answering

    def every(self) -> RankedNames:
        """Every name and alias, romanised too (`matching.romanised_names`)."""
        if self._every is None:
            names = [(i, n) for i, d in self.docs.items() for n in (d["name"], *d["aliases"])]
            self._every = RankedNames(romanised_names(names))
        return self._every

    @property
    def people(self) -> RankedNames:
        """What a name after a title is looked up among (`person_names`)."""
        if self._people is None:
            self._people = RankedNames(person_names(self.docs.values()))
        return self._people


_NAMES: WeakKeyDictionary[Store, _Names] = WeakKeyDictionary()


def _names(store: Store) -> _Names:
    """The store's speakers' names as lookups read them, worked out again once a speaker
    was added, edited, merged or removed (by this process or, once read, another)."""
    version = store.table_version(Speaker.TABLE)  # before the docs: a change meanwhile
    held = _NAMES.get(store)  # is a new version, worked out on the next call
    if held is None or held.version != version:
        held = _NAMES[store] = _Names(store, version)
    return held


def forget_names(store: Store) -> None:
    """Drop what lookups keep of the store's speakers' names (`benchmarks/bench_lookup.py`
    times a lookup working them out as each call once did), and the places in them."""
    from claimtrack.services import placenames

    _NAMES.pop(store, None)
    placenames.forget_places(store)


def _close(matches: Sequence[Match]) -> bool:
    """Whether the runner-up scores within SPEAKER_MARGIN of the best: no one is meant."""
    return len(matches) > 1 and matches[0].score - matches[1].score < SPEAKER_MARGIN


def titled_matches(
    typed: str,
    docs: Iterable[dict[str, Any]],
    names: Sequence[tuple[str, str]] | RankedNames | None = None,
) -> list[Match]:
    """The people `typed` may name after the title it opens with (`matching.after_titles`:
    "President Putin", "Presiden Putin", "президент Путин", "Foreign Minister Cavusoglu"),
    best first, as `find_speaker` ranks a name: the rest looked up among people only, by
    their own names, never by an office alias ("Presiden Azerbaijan" is Aliyev's office,
    not his name). A title before a ministry's, an outlet's or a place's name names none of
    them: a body is no person with a title. `names`: `person_names(docs)`, when a caller
    asks again (a picker, as each key is typed); [] when `typed` opens with no title."""
    rest = after_titles(typed)
    if rest is None:
        return []
    records = {d["id"]: d for d in docs}
    if names is None:
        names = person_names(records.values())
    matches = rank_across_scripts(
        rest, names, limit=5, cutoff=SPEAKER_CUTOFF, word_floor=WORD_FLOOR
    )
    return [m for m in matches if _a_person(records[m.key])]


def person_names(docs: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    """(id, name) for every name of a speaker who may be a person (of kind person or none
    told) that is their own, romanised too (`matching.romanised_names`): what a title typed
    before a name looks up. Past the title it may open with ("President Aliyev", "Dr Ahmed
    Yusuf") no word of it may be an office's or a body's (`matching.names_an_office`):
    "Russian President", "Presiden Rusia" are Putin's office, not his name."""
    titles = honorific_words()
    names = []
    for d in docs:
        if d.get("kind") not in ("person", "other"):
            continue
        for n in (d["name"], *d.get("aliases", ())):
            opening = words(n)[:1]
            own = after_titles(n) if opening and opening[0] in titles else n
            if own is not None and not names_an_office(own):
                names.append((d["id"], n))
    return romanised_names(names)


def _a_person(doc: dict[str, Any]) -> bool:
    """Whether a speaker is a person: registered as one, or of no kind told by a name that
    reads as a person's ("Ilham Aliyev", not "Ankara" nor "Kremlin": `speakers.described`).
    A title before a body's name names no one."""
    if doc.get("kind") == "person":
        return True
    from claimtrack.services.speakers import described  # it looks speakers up here

    return doc.get("kind") == "other" and described(doc["name"])[0] == "person"


def titled_persons(
    typed: str,
    docs: Iterable[dict[str, Any]],
    names: Sequence[tuple[str, str]] | RankedNames | None = None,
) -> list[str]:
    """The ids of the people `typed` clearly names after its title (`titled_matches`),
    as `find_speaker` takes them: one, or those alike enough to be ambiguous; none when
    the best only looks like what was typed ("President Korsakova" for Lena Korsak)."""
    matches = titled_matches(typed, docs, names)
    if not matches or not matches[0].clear:
        return []
    return _meant(matches)


def _meant(matches: Sequence[Match]) -> list[str]:
    """Whom ranked `matches` may mean, as `find_speaker` takes a name: the one answering to
    it exactly ("Aliyev", Ilham Aliyev's alias, though "Heydar Aliyev" holds it too), else
    those within SPEAKER_MARGIN of the best (more than one: ambiguous)."""
    exact = [m.key for m in matches if m.score > 100.0]
    if len(exact) == 1:
        return exact
    return [m.key for m in matches if _close([matches[0], m])]


def _every_word_in(typed: str, name: str) -> bool:
    """Whether each word typed is clearly a word of `name` (`matching.clearly`)."""
    name_words = words(name)
    return all(any(clearly(q, n) for n in name_words) for q in words(typed))


def _a_place(store: Store, ref: str, matches: list[Match], place: str) -> AmbiguousError:
    """`ref` names a place (or a side), which the speakers alike only carry in their names."""
    docs = store.docs(Speaker.TABLE)
    listed = "; ".join(f"{m.key} {docs[m.key]['name']}" for m in matches)
    return AmbiguousError(
        f"speaker {ref!r} is ambiguous: it names {place}, not one speaker; give a name or an "
        f"id ({listed}), or register it as a speaker of its own ('claimtrack speaker add')",
        candidates=[m.key for m in matches],
    )


def _only_alike(store: Store, ref: str, matches: list[Match]) -> UnknownSpeakerError:
    """No speaker is clearly `ref`, some only look like it: tagging one of them unasked
    would put a new speaker's words in another's mouth (a ministry's in its minister's)."""
    docs = store.docs(Speaker.TABLE)
    listed = []
    for m in matches:
        doc = docs[m.key]
        as_ = f' (as "{m.name}")' if m.name != doc["name"] and m.name in doc["aliases"] else ""
        listed.append(f"{m.key} {doc['name']}{as_}")
    alike = "; ".join(listed)
    return UnknownSpeakerError(
        f"no speaker is clearly {ref!r}, only alike: {alike}; give an id to mean one (see "
        "'claimtrack speaker list')",
        ref,
        [m.key for m in matches],
        alike,
    )


def _ambiguous_speaker(store: Store, ref: str, ids: list[str]) -> AmbiguousError:
    docs = store.docs(Speaker.TABLE)
    listed = "; ".join(f"{i} {docs[i]['name']}" for i in ids[:8])
    return AmbiguousError(
        f"speaker {ref!r} is ambiguous: {listed}; give an id or more of the name",
        candidates=ids,
    )


def find_source(store: Store, ref: str) -> Source:
    """A source by id, its outlet or title, a unique id prefix, or a fragment of its title or
    outlet (any case and accents) that names exactly one source."""
    ref = ref.strip()
    if not ref:
        raise NotFoundError("empty source")
    docs = store.docs(Source.TABLE)
    if ref.lower() in docs:
        return Source.from_doc(docs[ref.lower()])
    target = fold(ref)
    texts = {i: (fold(d.get("outlet") or ""), fold(d.get("title") or "")) for i, d in docs.items()}
    exact = [i for i, names in texts.items() if target in names]
    if len(exact) == 1:
        return Source.from_doc(docs[exact[0]])
    if len(exact) > 1:
        raise _ambiguous_source(store, ref, exact)
    try:
        found = store.resolve(ref, Source)
        assert isinstance(found, Source)
        return found
    except AmbiguousError as exc:
        by_prefix = list(exc.candidates)
    except NotFoundError:
        by_prefix = []
    within = [i for i, names in texts.items() if target and any(target in n for n in names)]
    candidates = sorted({*by_prefix, *within})
    if len(candidates) == 1:
        return Source.from_doc(docs[candidates[0]])
    if candidates:
        raise _ambiguous_source(store, ref, candidates)
    raise NotFoundError(f"no source matches {ref!r} (see 'claimtrack sources')")


def _ambiguous_source(store: Store, ref: str, ids: list[str]) -> AmbiguousError:
    """The candidates in the order `claimtrack sources` lists them, each with its id."""
    from claimtrack.services.queries import sources_in_order

    docs = store.docs(Source.TABLE)
    wanted = set(ids)
    ids = [i for i in sources_in_order(store) if i in wanted]
    listed = "; ".join(_source_label(i, docs[i]) for i in ids[:8])
    more = f" (and {len(ids) - 8} more)" if len(ids) > 8 else ""
    return AmbiguousError(f"source {ref!r} is ambiguous: {listed}{more}", candidates=ids)


def _source_label(id_: str, doc: dict[str, Any]) -> str:
    """`id Outlet, 2020-11-01: Title…`, for telling sources apart in one line."""
    where = ", ".join(x for x in (doc.get("outlet"), doc.get("published")) if x)
    title = shorten(doc.get("title") or "", 40)
    return f"{id_} {where}: {title}" if where else f"{id_} {title}"


def publication_date(store: Store, source_id: str) -> str | None:
    """A source's publication date (None when undated or missing): `model.appearance_order`
    sorts a claim's appearances by it."""
    return (store.doc(Source.TABLE, source_id) or {}).get("published")


def find_statement(store: Store, ref: str) -> Statement:
    """A statement by id or unique prefix; a claim's, source's, link's or speaker's id (or a
    speaker's name) where a statement belongs is said to be one, with where to find the
    statement ids, since "no statement with id '29f9qat'" left a newcomer guessing; one a
    join removed names the statement it went into."""
    try:
        found = store.resolve(ref, Statement)
    except NotFoundError as exc:
        other = _not_a_statement(store, ref)
        raise other or forwarding.gone(store, ref, ("statements",)) or exc from None
    assert isinstance(found, Statement)
    return found


def _not_a_statement(store: Store, ref: str) -> NotFoundError | None:
    """What `ref` names instead of a statement (a record by its whole id or a prefix of one,
    or a speaker by an exact name or alias), told as a refusal; None when nothing."""
    from claimtrack.errors import ClaimtrackError
    from claimtrack.model import Link

    shown = ref.strip()
    # a short prefix a typo shares with another record's id says nothing of what was meant
    for cls, where in (
        ()
        if len(shown) < 4
        else (
            (Claim, "'claimtrack statements --claim {id}' lists its statements"),
            (Source, "'claimtrack statements --source {id}' lists its statements"),
            (Link, "'claimtrack show {id}' names the claims it links"),
        )
    ):
        try:
            other = store.resolve(shown, cls)
        except ClaimtrackError:
            continue
        rid = other.to_doc()["id"]
        return NotFoundError(
            f"{rid} is a {cls.TABLE.rstrip('s')}, not a statement: {where.format(id=rid)}"
        )
    from claimtrack.services.speakers import answering  # it looks speakers up here

    doc = store.docs(Speaker.TABLE).get(shown.lower()) or answering(store, [shown]).get(shown)
    if doc is None:
        return None
    return NotFoundError(
        f"{shown!r} is the speaker {doc['name']}, not a statement: give a statement's id "
        "('claimtrack statements' lists them)"
    )


def find_claim(store: Store, ref: str) -> Claim:
    """A claim by its id, or the claim a statement id belongs to; a claim merged away says
    which claim it went into."""
    try:
        found: Record = store.resolve(ref, Claim, Statement)
    except NotFoundError as exc:
        raise forwarding.gone(store, ref, ("claims",)) or exc from None
    if isinstance(found, Statement):
        if found.claim is None:
            raise NotFoundError(
                f"statement {found.id} is not part of a claim yet: tag it with a speaker first"
            )
        claim = store.get(Claim, found.claim)
        if claim is None:
            raise NotFoundError(f"statement {found.id} points to missing claim {found.claim}")
        return claim
    assert isinstance(found, Claim)
    return found


def nothing_to_merge(what: str, refs: Sequence[str], kept: str) -> ValidationError:
    """Why a merge named nothing but the record kept: no other named, or each name given
    resolves to `kept` itself (an alias of the speaker, a statement of the claim)."""
    if not refs:
        return ValidationError(f"nothing to merge: name at least one other {what}")
    same = ", ".join(repr(r) for r in refs)
    verb = "is" if len(refs) == 1 else "are"
    return ValidationError(f"nothing to merge: {same} {verb} {kept} itself; name another {what}")
