"""Registering, editing and merging speakers."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from claimtrack.errors import ValidationError
from claimtrack.model import (
    SPEAKER_KINDS,
    Claim,
    Speaker,
    Statement,
    check_choice,
    check_typed,
    side_key,
)
from claimtrack.services.forwarding import current
from claimtrack.services.lookup import find_speaker, nothing_to_merge
from claimtrack.store import Store, Transaction
from claimtrack.textnorm import fold, visible

if TYPE_CHECKING:  # attribution loads where speakers are compared: `claims --side` needs none
    from claimtrack.attribution.same_speaker import LikelySame

SIDE_TYPO = 75
"""A new side at least this close (RapidFuzz ratio) to a known one is probably a typo."""


def answering(
    store: Store, names: Sequence[str], except_id: str | None = None
) -> dict[str, dict[str, Any]]:
    """Which speaker (its document) answers to each of `names` by name or alias, keyed by
    the name as given; names nobody answers to are left out."""
    wanted = {fold(n): n for n in names}
    found: dict[str, dict[str, Any]] = {}
    for doc in store.docs(Speaker.TABLE).values():
        if doc["id"] == except_id:
            continue
        for folded in sorted({fold(n) for n in (doc["name"], *doc["aliases"])} & set(wanted)):
            found.setdefault(wanted[folded], doc)
    return found


def refuse_name_clash(store: Store, names: Sequence[str], except_id: str | None = None) -> None:
    """Refuse a name or alias another speaker already answers to (lookups must stay unique)."""
    taken = answering(store, names, except_id)
    if taken:
        clash = min(taken, key=fold)
        doc = taken[clash]
        raise ValidationError(f"speaker {clash!r} already exists as {doc['id']} {doc['name']}")


def alias_hint(store: Store, aliases: Sequence[str], speaker_id: str) -> str | None:
    """A warning when a one-word alias is a word of another speaker's name ("Aliyev" given
    to Putin, while Ilham Aliyev is registered): the bare word now finds `speaker_id` when
    tagging, and suggestions read it as that speaker. Names that are whole are refused
    elsewhere (`refuse_name_clash`); a shared surname may be meant, so it is only said."""
    docs = store.docs(Speaker.TABLE)
    owner = docs[speaker_id]["name"] if speaker_id in docs else speaker_id
    for alias in aliases:
        word = fold(alias)
        if not word or len(word.split()) != 1:
            continue
        for doc in docs.values():
            names = (doc["name"], *doc["aliases"])
            if doc["id"] != speaker_id and any(word in fold(n).split() for n in names):
                return (
                    f"alias {alias!r} is also a word of a name {doc['name']} answers to: a "
                    f"bare {alias!r} now means {owner} to 'tag' and to suggestions"
                )
    return None


def _clean_aliases(name: str, aliases: Sequence[str]) -> tuple[str, ...]:
    """Drop blanks (invisible ones too), the name itself and repeats (compared folded),
    keeping order."""
    seen = {fold(name)}
    out: list[str] = []
    for alias in aliases:
        alias = alias.strip()
        if visible(alias) and fold(alias) not in seen:
            seen.add(fold(alias))
            out.append(alias)
    return tuple(out)


def checked_name(name: str) -> str:
    """The name cleaned as imported text is (`check_typed`: escapes, controls, one line);
    refuses one without a visible character (blank, zero-width, an escape sequence alone)."""
    name = check_typed(name, "speaker name")
    if not visible(name):
        raise ValidationError("speaker name must have a visible character")
    return name


def typed_aliases(aliases: Sequence[str]) -> list[str]:
    """Aliases as typed, cleaned as imported text is; one the cleaning leaves nothing of is
    refused (a blank one is dropped later, as ever: `_clean_aliases`)."""
    return [check_typed(alias, "alias") for alias in aliases]


def typed_side(side: str | None) -> str | None:
    """A side as typed, cleaned as imported text is (None: not given; blank: none)."""
    return None if side is None else check_typed(side, "side")


def typed_note(note: str | None) -> str | None:
    """A note as typed, cleaned as imported text is, its lines kept (None: not given)."""
    return None if note is None else check_typed(note, "note", one_line=False)


def known_sides(store: Store) -> Counter[str]:
    """Every side spelling in use, with how many speakers use it."""
    return Counter(d["side"] for d in store.docs(Speaker.TABLE).values() if d.get("side"))


def spelt_side(store: Store, side: str | None) -> str | None:
    """A typed side as the store already spells it ("armenia" → "Armenia" when speakers say
    so), else as typed with its spacing tidied; None (or blank) is no side."""
    side = " ".join((side or "").split())
    if not side:
        return None
    same = [(n, s) for s, n in known_sides(store).items() if side_key(s) == side_key(side)]
    return max(same)[1] if same else side


@dataclass(frozen=True, slots=True)
class SideTypo:
    """A new side that looks like a typo: what to say, and the side (or place) meant."""

    message: str
    meant: str


def side_typo(store: Store, side: str | None) -> SideTypo | None:
    """A new side that looks like a typo of a side speakers have ("armnia" beside "Armenia",
    "Armenian" naming it) or, like no side in use, of a country ("Azerbajan"); None when the
    side is known, empty, unlike any, or another place ("Iraq" beside "Iran"). `speaker
    add/edit` refuse what it points out (`--new-side` keeps it); the TUI asks, offering
    `meant`."""
    from claimtrack.attribution.places import place_named

    spelt = spelt_side(store, side)
    known = known_sides(store)
    if spelt is None or spelt in known:
        return None
    place = place_named(spelt)
    near = _nearest_side(known, spelt)
    if place is not None and (near is None or side_key(place) != side_key(near)):
        return None  # a place of its own, however like a side in use its name is
    listed = f" (known sides: {', '.join(sorted(known))})" if known else ""
    if near is not None:
        return SideTypo(f"new side {spelt!r}: did you mean {near!r}?{listed}", near)
    near = _nearest_place(spelt)
    if near is None:
        return None
    return SideTypo(f"new side {spelt!r}: did you mean the place {near!r}?{listed}", near)


def side_hint(store: Store, side: str | None) -> str | None:
    """What `side_typo` says of `side`, or None."""
    typo = side_typo(store, side)
    return typo.message if typo is not None else None


PLACE_TYPO = 85
"""A side no speaker has, at least this close (RapidFuzz ratio, folded) to a country's
English name and not itself a place, is probably a typo of it ("Azerbajan" scores 95;
"Hamas" and "Bahamas" 83)."""


def _nearest_place(side: str) -> str | None:
    """The country (or lexicon place) `side` is most likely a typo of, if close enough."""
    places = _place_names()
    near = process.extractOne(
        fold(side), list(places), scorer=fuzz.ratio, processor=None, score_cutoff=PLACE_TYPO
    )
    return places[near[0]] if near is not None else None


@functools.cache
def _place_names() -> dict[str, str]:
    """Folded -> English name of every country (CLDR) and lexicon place, as sides are given
    to speakers accepted from a suggestion."""
    from claimtrack.attribution.cues import available_languages, load_lexicon
    from claimtrack.attribution.places import countries

    names = set(countries("en").values())
    for code in available_languages():
        names |= set(load_lexicon(code).places.values())
    return {fold(name): name for name in sorted(names)}


def side_filter_hint(store: Store, side: str) -> str | None:
    """A warning for a filter on a side no speaker is on (it can only match nothing, and is
    most likely a typo: "Armnia"); None when some speaker is on it."""
    known = known_sides(store)
    if any(side_key(s) == side_key(side) for s in known):
        return None
    near = _nearest_side(known, side)
    guess = f"; did you mean {near!r}?" if near else ""
    listed = f" (known sides: {', '.join(sorted(known))})" if known else ""
    return f"no speaker is on side {' '.join(side.split())!r}{guess}{listed}"


def _nearest_side(known: Collection[str], side: str) -> str | None:
    """The known side `side` is most likely a typo of, if any is close enough."""
    keys = {side_key(s): s for s in sorted(known)}
    near = process.extractOne(
        side_key(side), list(keys), scorer=fuzz.ratio, processor=None, score_cutoff=SIDE_TYPO
    )
    return keys[near[0]] if near is not None else None


TITLED_SCORE = 85.0
"""How alike a one-word name and the same word after a title are shown ("Fajar" /
"Alliance coordinator Fajar"): a first name or surname alone is likely them."""


def similar(speakers: Sequence[Speaker], only: str | None = None) -> dict[str, list[LikelySame]]:
    """The speakers likely one with each (or only with the one with id `only`), best first:
    `same_speaker.likely_same`, less a body paired with a person (a ministry and its minister
    read alike: "Kemenko Polhukam" / "Menko Polkam", yet are never one speaker), plus a name
    of one word and another speaker's name that is that word after a title ("Fajar" /
    "Alliance coordinator Fajar", both registered from articles naming him so)."""
    from claimtrack.attribution.same_speaker import LikelySame, likely_same

    kinds = {sp.id: sp.kind for sp in speakers}
    found: dict[str, dict[str, LikelySame]] = {}
    for a, matches in likely_same(speakers, only=only).items():
        for m in matches:
            if not _body_and_person(kinds[a], kinds[m.other]):
                found.setdefault(a, {})[m.other] = m
    for a, b, name_a, name_b in _titled(speakers):
        for x, y, nx, ny in ((a, b, name_a, name_b), (b, a, name_b, name_a)):
            if only in (None, x) and y not in found.get(x, {}):
                found.setdefault(x, {})[y] = LikelySame(y, nx, ny, TITLED_SCORE)
    return {
        a: sorted(others.values(), key=lambda m: (-m.score, m.other))
        for a, others in sorted(found.items())
    }


def _body_and_person(kind_a: str, kind_b: str) -> bool:
    """Whether one of two kinds is a person and the other a body (neither "other")."""
    kinds = {kind_a, kind_b}
    return "person" in kinds and not kinds & {"other"} and len(kinds) == 2


def _titled(speakers: Sequence[Speaker]) -> list[tuple[str, str, str, str]]:
    """(a, b, a's name, b's name): a's name is one word (of 4+ letters, no place, no title)
    and b's is words ending with it, a title among those before ("coordinator"); both are
    people or of no kind told.

    A title before a place is an office, not a name: a person's alias "Presiden Valdoria"
    says nothing about a speaker "Valdoria" (the state). So the word after the title must
    be no side a speaker is on (the store knows places the lexicon does not, which `alone`
    leaves out already), and in a person's alias a word of the person's own name."""
    from claimtrack.attribution.cues import all_titles_and_body_words
    from claimtrack.attribution.places import names_a_place
    from claimtrack.matching import words

    titles = all_titles_and_body_words()[0]
    sides = {w for sp in speakers if sp.side for w in words(sp.side)}
    alone: dict[str, list[tuple[str, str]]] = {}
    for sp in speakers:
        if sp.kind not in ("person", "other"):
            continue
        for name in sp.names:
            w = words(name)
            if len(w) == 1 and len(w[0]) >= 4 and w[0] not in titles and not names_a_place(name):
                alone.setdefault(w[0], []).append((sp.id, name))
    out: list[tuple[str, str, str, str]] = []
    for sp in speakers:
        if sp.kind not in ("person", "other"):
            continue
        own = set(words(sp.name))
        for name in sp.names:
            *before, last = words(name) or [""]
            if not before or not set(before) & titles or last in sides:
                continue
            if sp.kind == "person" and name != sp.name and last not in own:
                continue  # "Igor Stavsky" alias "Presiden Valdoria": his office, not his name
            out.extend((a, sp.id, name_a, name) for a, name_a in alone.get(last, []) if a != sp.id)
    return out


def described(name: str, langs: Sequence[str] | None = None) -> tuple[str, str | None]:
    """The kind and side a speaker's name tells, read in each of `langs` (default: every
    lexicon's; the analyst may type a name in any): a body's kind if one finds it
    ("Kementerian Pertahanan Rusia" is a ministry in Indonesian), a person when all see a
    person's name ("Arkady Renz", "Дмитар Воков"), else "other"; the first place named, or
    for a state, the country the whole name is another name of ("Burma", "US", "Южная
    Корея": CLDR and the lexicons know one name a country, `bodies.country_alone` more),
    so a state registered under any of its names is on one side ("Myanmar (Burma)")."""
    from claimtrack.attribution.bodies import country_alone
    from claimtrack.attribution.cues import available_languages, load_lexicon
    from claimtrack.attribution.places import country_named
    from claimtrack.attribution.proposals import new_speaker

    kinds: list[str] = []
    side = None
    for code in dict.fromkeys(langs or available_languages()):
        lexicon = load_lexicon(code)
        kinds.append(new_speaker(name, lexicon).kind)
        side = side or country_named(name, lexicon)
    bodies = [k for k in kinds if k not in ("person", "other")]
    if bodies:
        # a state (not the EU, an organisation) under any of its names ("Burma", "US")
        state = bodies[0] == "government" and country_alone(name)
        return bodies[0], side or state or None
    return ("person" if kinds and all(k == "person" for k in kinds) else "other"), side


def told_by_name(name: str) -> tuple[str, str | None, bool]:
    """What `speaker add` takes from a name given without --kind or --side: a body's kind
    and side ("Armenian Foreign Ministry": a ministry, Armenia); else "other", with a side
    only when the name is a place. Two capitalised words may be a person or a newspaper
    ("Washington Post"), and "Jordan Henderson" is on no side, so the third item only says
    whether the name reads like a person's, for the analyst to decide. An office named with
    its place is on that place's side ("Armenia Ombudsman")."""
    from claimtrack.attribution.places import names_a_place

    kind, side = described(name)
    if kind not in ("person", "other"):
        return kind, side, False
    if _names_an_office(name):  # "Armenia Ombudsman", "Ombudsman of Armenia": Armenia's
        return "other", side, False
    return "other", side if names_a_place(name) else None, kind == "person"


def _names_an_office(name: str) -> bool:
    """Whether a word of `name` is an office in any lexicon ("Ombudsman", "Омбудсмен")."""
    from claimtrack.attribution.cues import available_languages, load_lexicon
    from claimtrack.attribution.text import tokenize

    norms = {token.norm for token in tokenize(name)}
    return any(norms & load_lexicon(code).titles for code in available_languages())


def add_speaker(
    store: Store,
    name: str,
    aliases: Sequence[str] = (),
    side: str | None = None,
    kind: str = "other",
    note: str | None = None,
) -> Speaker:
    """Register a speaker; refuses a name already registered (name or alias)."""
    name = checked_name(name)  # the log's summary is shown too
    with store.transaction("speaker.add", f"add speaker {name}") as tx:
        speaker = register_speaker(store, tx, name, aliases, side, kind, note)
    return speaker


def register_speaker(
    store: Store,
    tx: Transaction,
    name: str,
    aliases: Sequence[str] = (),
    side: str | None = None,
    kind: str = "other",
    note: str | None = None,
) -> Speaker:
    """Validate a new speaker and add it to an open transaction (so a caller can tag with it
    in the same change)."""
    name, kind = check_new_speaker(store, name, aliases, kind)
    speaker = Speaker(
        id=tx.new_id(),
        name=name,
        aliases=_clean_aliases(name, typed_aliases(aliases)),
        side=spelt_side(store, typed_side(side)),
        kind=kind,
        note=typed_note(note) or None,
    )
    tx.put(speaker)
    return speaker


def check_new_speaker(
    store: Store, name: str, aliases: Sequence[str], kind: str
) -> tuple[str, str]:
    """The name and kind a new speaker is registered with; refuses a blank name, an unknown
    kind, or a name or alias another speaker answers to (a dialog checks before it closes)."""
    name = checked_name(name)
    kind = check_choice(kind, SPEAKER_KINDS, "speaker kind")
    refuse_name_clash(store, [name, *typed_aliases(aliases)])  # as `edit_speaker` refuses them
    return name, kind


def edit_speaker(
    store: Store,
    ref: str,
    *,
    name: str | None = None,
    add_aliases: Sequence[str] = (),
    remove_aliases: Sequence[str] = (),
    side: str | None = None,
    kind: str | None = None,
    note: str | None = None,
    dry_run: bool = False,
) -> Speaker:
    """Change a speaker's name, aliases, side, kind or note. With `dry_run`, only checks the
    change (a dialog stays open on a refusal) and returns what it would be, writing nothing."""

    def edited(speaker: Speaker) -> Speaker:
        removed = {fold(a) for a in remove_aliases}
        unknown = [a for a in remove_aliases if fold(a) not in {fold(x) for x in speaker.aliases}]
        if unknown:
            raise ValidationError(
                f"{speaker.name} has no alias {unknown[0]!r} "
                f"(aliases: {', '.join(speaker.aliases) or 'none'})"
            )
        new_name = checked_name(name) if name is not None else speaker.name
        aliases = [a for a in speaker.aliases if fold(a) not in removed]
        if new_name != speaker.name:
            aliases.append(speaker.name)  # the old name stays findable
        updated = speaker.replace(
            name=new_name,
            aliases=_clean_aliases(new_name, [*aliases, *typed_aliases(add_aliases)]),
            side=speaker.side if side is None else spelt_side(store, typed_side(side)),
            kind=speaker.kind
            if kind is None
            else check_choice(kind, SPEAKER_KINDS, "speaker kind"),
            note=speaker.note if note is None else (typed_note(note) or None),
        )
        refuse_name_clash(store, updated.names, except_id=speaker.id)
        return updated

    updated = edited(find_speaker(store, ref))  # refused before waiting for the lock
    if dry_run:
        return updated
    with store.transaction("speaker.edit", f"edit speaker {updated.name}") as tx:
        # the change made to the speaker as it is now: as read before the writer's lock, an
        # alias a colleague added meanwhile (or a speaker they merged in) was lost
        updated = edited(current(store, Speaker, updated.id))
        tx.put(updated)
    return updated


def merge_speakers(store: Store, keep_ref: str, drop_refs: Sequence[str]) -> Speaker:
    """Fold speakers into one: names become aliases, statements and claims move over; a side,
    kind or note the kept speaker lacks comes from the first merged speaker that has one."""
    keep = find_speaker(store, keep_ref)
    named = [find_speaker(store, r) for r in drop_refs]
    drops = [d for d in {d.id: d for d in named}.values() if d.id != keep.id]
    if not drops:  # "Ловец" may be an alias of the very speaker kept: say so
        raise nothing_to_merge("speaker", drop_refs, f"{keep.name} ({keep.id})")
    summary = f"merge {', '.join(d.name for d in drops)} into {keep.name}"
    with store.transaction("speaker.merge", summary) as tx:
        # read under the writer's lock: as read before it, an alias or note a colleague gave
        # the kept speaker meanwhile was lost
        keep = current(store, Speaker, keep.id)
        drops = [current(store, Speaker, d.id) for d in drops]
        return _merged_speakers(store, tx, keep, drops)


def _merged_speakers(store: Store, tx: Transaction, keep: Speaker, drops: list[Speaker]) -> Speaker:
    """`merge_speakers`' writes, inside its transaction."""
    names = [a for d in drops for a in d.names]
    merged = keep.replace(
        aliases=_clean_aliases(keep.name, [*keep.aliases, *names]),
        # what the kept speaker leaves open, the merged ones may know
        side=keep.side or next((d.side for d in drops if d.side), None),
        kind=keep.kind
        if keep.kind != "other"
        else next((d.kind for d in drops if d.kind != "other"), "other"),
        note=keep.note or next((d.note for d in drops if d.note), None),
    )
    tx.put(merged)
    for drop in drops:
        for sid in store.ids_where("statements", "speaker", drop.id):
            st = store.get(Statement, sid)
            assert st is not None
            tx.put(st.replace(speaker=keep.id))
        for cid in store.ids_where("claims", "speaker", drop.id):
            claim = store.get(Claim, cid)
            assert claim is not None
            tx.put(claim.replace(speaker=keep.id))
        tx.delete(Speaker.TABLE, drop.id)
    return merged
