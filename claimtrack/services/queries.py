"""Read-side services: statement lists with speaker suggestions, and `show` for any record."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from claimtrack.errors import NotFoundError
from claimtrack.model import CLAIM_ORDERS as CLAIM_ORDERS  # the TUI's sort orders take it here
from claimtrack.model import (
    CONTESTING_RELATIONS,
    Claim,
    Event,
    Link,
    Outcome,
    Source,
    Speaker,
    Statement,
    appearance_order,
    current_outcome,
    event_order,
    sides_match,
    tag_key,
    verdict_matches,
)
from claimtrack.quantities import shown
from claimtrack.services.forwarding import gone
from claimtrack.services.lookup import publication_date
from claimtrack.store import Store
from claimtrack.textnorm import Term, fold, matches, search_terms

if TYPE_CHECKING:  # attribution is loaded by the first suggestion: `claims` needs none
    from claimtrack.attribution import Attributor, SpeakerSuggestion


@dataclass(frozen=True, slots=True)
class StatementRow:
    """A statement with its text and the suggested speaker."""

    statement: Statement
    text: str
    suggestion: SpeakerSuggestion | None


class SuggestionCache:
    """Speaker suggestions per source, recomputed only when speakers or that source change."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._attributor: tuple[Any, Attributor] | None = None
        self._by_source: dict[str, tuple[Any, dict[str, SpeakerSuggestion | None]]] = {}

    def attributor(self) -> Attributor:
        """The alias index over the current speakers."""
        from claimtrack.attribution import Attributor

        key = self._store.table_version(Speaker.TABLE)
        if self._attributor is None or self._attributor[0] != key:
            self._attributor = (key, Attributor(self._store.all(Speaker)))
        return self._attributor[1]

    def for_source(self, source_id: str) -> dict[str, SpeakerSuggestion | None]:
        """Suggestion per statement id of one source (None for narration / no idea)."""
        key = (
            self._store.table_version(Speaker.TABLE),
            self._store.table_version(Statement.TABLE),
        )
        cached = self._by_source.get(source_id)
        if cached is not None and cached[0] == key:
            return cached[1]
        src = self._store.doc(Source.TABLE, source_id)
        statements = statements_of_source(self._store, source_id)
        if src is None or not statements:
            return {}
        suggestions = self.attributor().suggest(
            src["text"],
            [(st.start, st.end) for st in statements],
            src["lang"],
            known=[st.speaker for st in statements],
        )
        result = {
            st.id: (None if st.narration else sug)
            for st, sug in zip(statements, suggestions, strict=True)
        }
        self._by_source[source_id] = (key, result)
        return result


def sources_in_order(store: Store) -> list[str]:
    """Source ids by publication date (undated first), then id: the order of the Sources
    view, the Reader's `[`/`]`, `statements` and `sources`."""
    docs = store.docs(Source.TABLE)
    return sorted(docs, key=lambda i: (docs[i].get("published") or "", i))


def is_reviewed(statement: dict[str, Any]) -> bool:
    """A statement (stored form) the analyst has dealt with: it has a speaker, or is narration."""
    return bool(statement.get("speaker") or statement.get("narration"))


def source_progress(store: Store, source_id: str) -> tuple[int, int]:
    """(reviewed, total) statements of one source."""
    docs = store.docs(Statement.TABLE)
    ids = store.indexed_values("statements", "source").get(source_id, ())
    return sum(1 for i in ids if is_reviewed(docs[i])), len(ids)


def list_sources(store: Store) -> list[dict[str, Any]]:
    """Every source in `sources_in_order`, with its statement and reviewed counts."""
    docs = store.docs(Source.TABLE)
    rows = []
    for sid in sources_in_order(store):
        doc = docs[sid]
        reviewed, total = source_progress(store, sid)
        rows.append(
            {
                "id": sid,
                "outlet": doc.get("outlet"),
                "published": doc.get("published"),
                "lang": doc.get("lang", "und"),
                "statements": total,
                "reviewed": reviewed,
                "title": doc.get("title", ""),
                "url": doc.get("url"),
                "reliability": doc.get("reliability"),
            }
        )
    return rows


def statements_of_source(store: Store, source_id: str) -> list[Statement]:
    """A source's statements in reading order."""
    docs = store.docs(Statement.TABLE)
    ids = store.ids_where("statements", "source", source_id)
    return sorted((Statement.from_doc(docs[i]) for i in ids), key=lambda s: s.start)


def list_statements(
    store: Store,
    *,
    source: str | None = None,
    speaker: str | None = None,
    claim: str | None = None,
    untagged: bool = False,
    narration: bool | None = None,
    contains: str | None = None,
    suggestions: SuggestionCache | None = None,
    limit: int | None = None,
) -> list[StatementRow]:
    """Statements in source order, filtered; each with its text and suggestion.

    With `limit`, only the first `limit` rows: suggestions are computed per source, so the
    sources after them are not analysed at all (at 100k statements, all of them take ~15 s).
    """
    parts = statements_by_source(
        store,
        source=source,
        speaker=speaker,
        claim=claim,
        untagged=untagged,
        narration=narration,
        contains=contains,
        suggestions=suggestions,
        limit=limit,
    )
    return [row for part in parts for row in part]


def statements_by_source(
    store: Store,
    *,
    source: str | None = None,
    speaker: str | None = None,
    claim: str | None = None,
    untagged: bool = False,
    narration: bool | None = None,
    contains: str | None = None,
    suggestions: SuggestionCache | None = None,
    limit: int | None = None,
) -> Iterator[list[StatementRow]]:
    """`list_statements`' rows, one source's at a time, each source analysed only when its
    rows are asked for: a listing shows its first rows while the rest are computed, and one
    that stops early (`limit`, a reader gone) leaves the later sources unanalysed."""
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be 0 or more, got {limit}")
    source_ids = [source] if source is not None else sources_in_order(store)
    cache = suggestions or SuggestionCache(store)
    needle = search_terms(contains) if contains else None
    left = limit
    for sid in source_ids:
        if left is not None and left <= 0:
            return
        src = store.doc(Source.TABLE, sid)
        if src is None:
            continue
        sts = statements_of_source(store, sid)
        if speaker is not None:
            sts = [s for s in sts if s.speaker == speaker]
        if claim is not None:
            sts = [s for s in sts if s.claim == claim]
        if untagged:
            sts = [s for s in sts if s.speaker is None and not s.narration]
        if narration is not None:
            sts = [s for s in sts if s.narration == narration]
        if needle:
            sts = [s for s in sts if matches(needle, fold(src["text"][s.start : s.end]))]
        if left is not None:
            sts = sts[:left]
            left -= len(sts)
        if not sts:
            continue
        sugg = cache.for_source(sid)
        yield [StatementRow(s, src["text"][s.start : s.end], sugg.get(s.id)) for s in sts]


def suggestion_for(store: Store, statement: Statement) -> SpeakerSuggestion | None:
    """The speaker suggested for one statement, as the Reader shows it."""
    return SuggestionCache(store).for_source(statement.source).get(statement.id)


def suggestion_json(s: SpeakerSuggestion | None) -> dict[str, Any] | None:
    """The contract's `suggestion` object (plus the proposed name for new speakers)."""
    if s is None:
        return None
    out: dict[str, Any] = {"speaker": s.speaker, "score": round(s.score, 3), "reason": s.reason}
    if s.proposal is not None:
        out["proposed_name"] = s.proposal.name
        out["proposed_aliases"] = list(s.proposal.aliases)
        out["proposed_kind"] = s.proposal.kind
    return out


def statement_json(row: StatementRow) -> dict[str, Any]:
    """The contract's statement object."""
    st = row.statement
    return {
        "id": st.id,
        "source": st.source,
        "start": st.start,
        "end": st.end,
        "text": row.text,
        "speaker": st.speaker,
        "claim": st.claim,
        "narration": st.narration,
        "note": st.note,
        "suggestion": suggestion_json(row.suggestion),
    }


def _event_row(doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": doc["id"],
        "seq": doc["seq"],
        "ts": doc["ts"],
        "analyst": doc["analyst"],
        "op": doc["op"],
        "summary": doc["summary"],
    }


def events_touching(store: Store, ids: set[str], claim: str | None = None) -> list[dict[str, Any]]:
    """Events that changed any of `ids`, oldest first (provenance).

    With `claim`, also the events that changed a record belonging to that claim before or
    after the change: a link with it as `a` or `b` (linked, unlinked, repointed by a merge),
    an outcome of it, a statement moved into or out of it; undo and redo events of those
    included, as they carry the same changes. One pass over the log's changes, like `ids`
    alone (a 100k-statement store's log holds ~120k changes).
    """
    out = []
    for doc in store.docs(Event.TABLE).values():
        for c in doc["changes"]:
            if c["id"] in ids:
                break
            if claim is None:
                continue
            table = c["table"]
            if table == "statements" or table == "outcomes":
                before, after = c["before"], c["after"]
                if (before is not None and before.get("claim") == claim) or (
                    after is not None and after.get("claim") == claim
                ):
                    break
            elif table == "links":
                before, after = c["before"], c["after"]
                if (before is not None and claim in (before.get("a"), before.get("b"))) or (
                    after is not None and claim in (after.get("a"), after.get("b"))
                ):
                    break
        else:
            continue
        out.append(_event_row(doc))
    return sorted(out, key=event_order)


def claim_detail(store: Store, claim: Claim, as_of: str | None = None) -> dict[str, Any]:
    """A claim with appearances, links, outcome history and the verdict in force.

    With `as_of`, the verdict is the one in force on that date, and each outcome says
    whether it was decided only after it (`after_as_of`): the history stays whole, as the
    record's events do, but a verdict of 12 March read in a view as of 11 March is marked as
    not yet in force rather than listed as if it were."""
    apps = sorted(
        (
            Statement.from_doc(store.docs(Statement.TABLE)[i])
            for i in store.ids_where("statements", "claim", claim.id)
        ),
        key=lambda s: appearance_order(publication_date(store, s.source), s.source, s.start),
    )
    appearances = []
    for st in apps:
        src = store.doc(Source.TABLE, st.source) or {}
        appearances.append(
            {
                "statement": st.id,
                "source": st.source,
                "outlet": src.get("outlet"),
                "published": src.get("published"),
                "lang": src.get("lang"),
                "text": src.get("text", "")[st.start : st.end],
            }
        )
    link_ids = store.ids_where("links", "a", claim.id) | store.ids_where("links", "b", claim.id)
    links = [store.doc(Link.TABLE, i) for i in sorted(link_ids)]
    outcomes = sorted(
        (
            Outcome.from_doc(store.docs(Outcome.TABLE)[i])
            for i in store.ids_where("outcomes", "claim", claim.id)
        ),
        key=lambda o: (o.date, o.recorded, o.id),
    )
    in_force = current_outcome(outcomes, as_of)
    speaker = store.doc(Speaker.TABLE, claim.speaker) if claim.speaker else None
    doc = claim.to_doc()
    doc["quantities"] = [shown(q) for q in doc.get("quantities", [])]
    return {
        "type": "claim",
        **doc,
        "speaker_name": speaker["name"] if speaker else None,
        "appearances": appearances,
        "links": links,
        "outcomes": [
            o.to_doc() if as_of is None else {**o.to_doc(), "after_as_of": o.date > as_of}
            for o in outcomes
        ],
        "as_of": as_of,
        "verdict": in_force.verdict if in_force else None,
        "events": events_touching(
            store,
            {
                claim.id,
                *(a["statement"] for a in appearances),
                *link_ids,
                *(o.id for o in outcomes),
            },
            claim=claim.id,
        ),
    }


def show(store: Store, ref: str, as_of: str | None = None) -> dict[str, Any]:
    """Any record by id prefix, with everything related to it."""
    try:
        rec = store.resolve(ref)
    except NotFoundError as exc:
        raise gone(store, ref) or exc from None
    if isinstance(rec, Claim):
        return claim_detail(store, rec, as_of)
    if isinstance(rec, Statement):
        src = store.doc(Source.TABLE, rec.source) or {}
        speaker = store.doc(Speaker.TABLE, rec.speaker) if rec.speaker else None
        out: dict[str, Any] = {
            "type": "statement",
            **rec.to_doc(),
            "speaker_name": speaker["name"] if speaker else None,
            "text": src.get("text", "")[rec.start : rec.end],
            "events": events_touching(store, {rec.id}),
        }
        if rec.claim and (claim := store.get(Claim, rec.claim)):
            out["claim_detail"] = claim_detail(store, claim, as_of)
        return out
    if isinstance(rec, Speaker):
        claims = sorted(store.ids_where("claims", "speaker", rec.id))
        return {
            "type": "speaker",
            **rec.to_doc(),
            "claims": claims,
            "track_record": track_record(store, rec.id),
            "events": events_touching(store, {rec.id}),
        }
    doc = rec.to_doc()  # type: ignore[attr-defined]
    doc["type"] = type(rec).__name__.lower()
    if isinstance(rec, Source):
        doc["statements"] = len(store.ids_where("statements", "source", rec.id))
    doc["events"] = events_touching(store, {rec.id})  # type: ignore[attr-defined]
    return doc


TAG_TYPO = 75
"""A tag filter at least this close (RapidFuzz ratio) to a tag in use is probably a typo of it,
as a side is (`speakers.SIDE_TYPO`)."""


def tag_filter_hint(
    store: Store, tag: str, how_to_tag: str = "claimtrack claim edit CLAIM --tag TAG"
) -> str | None:
    """A warning for a filter on a tag no claim carries (it can only match nothing, and is
    most likely a typo: "casualty" for "casualties"); None when some claim carries it.
    `how_to_tag`: how a claim is tagged where the warning is read (the TUI has a key)."""
    from rapidfuzz import fuzz, process

    in_use: dict[str, str] = {}
    for doc in store.docs(Claim.TABLE).values():
        for t in doc.get("tags", ()):
            in_use.setdefault(tag_key(t), t)
    key = tag_key(tag)
    if key in in_use:
        return None
    near = process.extractOne(key, list(in_use), scorer=fuzz.ratio, score_cutoff=TAG_TYPO)
    guess = f"; did you mean {in_use[near[0]]!r}?" if near else ""
    known = sorted(in_use.values(), key=str.casefold)
    listed = (
        f" (tags in use: {', '.join(known[:10])}{', …' if len(known) > 10 else ''})"
        if known
        else f" (no claim has a tag yet: {how_to_tag})"
    )
    return f"no claim is tagged {' '.join(tag.split())!r}{guess}{listed}"


def track_record(store: Store, speaker_id: str) -> dict[str, int]:
    """How a speaker's claims turned out: verdict -> count (claims without one are 'unjudged')."""
    counts: dict[str, int] = {}
    docs = store.docs(Outcome.TABLE)
    for cid in store.ids_where("claims", "speaker", speaker_id):
        outcomes = [Outcome.from_doc(docs[i]) for i in store.ids_where("outcomes", "claim", cid)]
        verdict = current_outcome(outcomes)
        key = verdict.verdict if verdict else "unjudged"
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items()))


class ClaimFacts:
    """Verdict in force and contested flag per claim, built once per store version.

    Outcomes and links are far fewer than statements, so this stays cheap at 100k statements.
    """

    def __init__(self, store: Store) -> None:
        self.version = store.version
        by_claim: dict[str, list[dict[str, Any]]] = {}
        for doc in store.docs(Outcome.TABLE).values():
            by_claim.setdefault(doc["claim"], []).append(doc)
        self.verdicts: dict[str, str] = {}
        for cid, docs in by_claim.items():
            if len(docs) == 1:  # the usual case: no need to build records
                self.verdicts[cid] = docs[0]["verdict"]
                continue
            found = current_outcome([Outcome.from_doc(d) for d in docs])
            if found is not None:
                self.verdicts[cid] = found.verdict
        self.contested: set[str] = set()
        for doc in store.docs(Link.TABLE).values():
            if doc["relation"] in CONTESTING_RELATIONS:
                self.contested.update((doc["a"], doc["b"]))

    def verdict(self, claim_id: str) -> str | None:
        """The verdict in force (None: never judged)."""
        return self.verdicts.get(claim_id)

    def verdict_counts(self, claim_ids: list[str]) -> Counter[str | None]:
        """How many of `claim_ids` carry each verdict."""
        return Counter(self.verdicts.get(c) for c in claim_ids)


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims a list shows (CLI `claims`, the Claims view): every criterion must hold.

    `speaker` is an id; `side` and `tag` ignore case and spacing; `verdict` is a verdict
    ("open": judged open) or "none" (never judged: `model.verdict_matches`); each of `words`
    must appear in the summary, the tags or the text of an appearance (any language),
    ignoring case and accents.
    """

    speaker: str | None = None
    side: str | None = None
    verdict: str | None = None
    tag: str | None = None
    contested: bool = False
    words: tuple[str, ...] = field(default=())


class ClaimTexts:
    """What a claim search reads of each claim (`_searchable`), kept between searches: folding
    5,000 claims' summaries and appearances took ~0.25 s of every search in the Claims view.
    A claim's text is folded again only when its record, one of its appearances or their
    source's text is another one."""

    def __init__(self) -> None:
        self._texts: dict[str, tuple[tuple[Any, ...], str]] = {}

    def get(self, store: Store, claim_id: str, doc: dict[str, Any]) -> str:
        """The claim's searchable text, folded, as `_searchable` makes it."""
        statements = store.docs(Statement.TABLE)
        sources = store.docs(Source.TABLE)
        key: tuple[Any, ...] = (doc,)
        for sid in sorted(store.indexed_values("statements", "claim").get(claim_id, ())):
            st = statements[sid]
            key += (sid, st, sources[st["source"]]["text"])
        cached = self._texts.get(claim_id)
        if cached is not None and cached[0] == key:
            return cached[1]
        text = _searchable(store, claim_id, doc)
        self._texts[claim_id] = (key, text)
        return text


def claim_ids(
    store: Store,
    flt: ClaimFilter,
    order: str = "id",
    facts: ClaimFacts | None = None,
    texts: ClaimTexts | None = None,
) -> list[str]:
    """Ids of the claims `flt` lets through, in `order` (a key of `CLAIM_ORDERS`); `texts`
    keeps what a search by words reads from one call to the next."""
    docs = store.docs(Claim.TABLE)
    if flt == ClaimFilter():
        keys = list(docs)
    else:
        facts = facts or ClaimFacts(store)
        speakers = store.docs(Speaker.TABLE)
        words = search_terms(" ".join(flt.words))
        named = _named_by(speakers, words) if words else {}
        keys = []
        for cid, doc in docs.items():
            if flt.speaker and doc.get("speaker") != flt.speaker:
                continue
            if flt.side:
                side = (speakers.get(doc.get("speaker") or "") or {}).get("side")
                if not sides_match(side, flt.side):
                    continue
            if flt.tag and tag_key(flt.tag) not in {tag_key(t) for t in doc.get("tags", ())}:
                continue
            if flt.contested and cid not in facts.contested:
                continue
            if flt.verdict and not verdict_matches(facts.verdict(cid), flt.verdict):
                continue
            if words and not _says(
                words,
                named,
                doc.get("speaker"),
                partial(texts.get if texts else _searchable, store, cid, doc),
            ):
                continue
            keys.append(cid)
    return _ordered(store, keys, order)


class ClaimWords:
    """The claims a search by words finds, as the Claims filter finds them (`ClaimFilter.words`),
    among the claims as they stood when this was made: a claim picker asks it at each key
    typed, on a worker thread once it lists thousands of claims, while the screen's thread may
    be writing the store (read here once, on the thread that writes it)."""

    def __init__(self, store: Store, texts: ClaimTexts | None = None) -> None:
        texts = texts or ClaimTexts()
        self._speakers = dict(store.docs(Speaker.TABLE))  # a write replaces a document
        self._claims = [
            (cid, doc.get("speaker"), texts.get(store, cid, doc))
            for cid, doc in store.docs(Claim.TABLE).items()
        ]

    def find(self, query: str) -> set[str]:
        """Ids of the claims holding every word of `query` (none: nothing typed)."""
        words = search_terms(query)
        if not words:
            return set()
        named = _named_by(self._speakers, words)
        return {
            cid
            for cid, speaker, text in self._claims
            if _says(words, named, speaker, partial(str, text))
        }


def _says(
    words: list[Term], named: dict[str, list[Term]], speaker: str | None, text: Callable[[], str]
) -> bool:
    """Whether a claim holds every one of a search's `words`: in its speaker's names
    (`named`, `_named_by`) or its searchable `text` (asked for only if needed: folding it
    is what a search costs)."""
    said = named.get(speaker or "")
    rest = words if said is None else [w for w in words if w not in said]
    return not rest or matches(rest, text())


def _named_by(speakers: dict[str, dict[str, Any]], words: list[Term]) -> dict[str, list[Term]]:
    """Speaker id -> the words of a search their name or an alias holds: a claim's search
    reads its speaker's names with its text ("korsak" listed 3 of Lena Korsak's 4 claims,
    missing the one whose text says "she"). Matched once per speaker, not folded into every
    claim's text, so a search costs what it did (a word spans no two names nor a name and
    the text: each is matched whole, as `matches` would in the text joined)."""
    named: dict[str, list[Term]] = {}
    for sid, doc in speakers.items():
        names = fold(" ".join([doc.get("name") or "", *doc.get("aliases", ())]))
        held = [w for w in words if matches([w], names)]
        if held:
            named[sid] = held
    return named


def _searchable(store: Store, claim_id: str, doc: dict[str, Any]) -> str:
    """The claim's summary, tags and appearances' text, folded: what a claim search reads."""
    sources = store.docs(Source.TABLE)
    statements = store.docs(Statement.TABLE)
    said = []
    for sid in store.ids_where("statements", "claim", claim_id):
        st = statements[sid]
        said.append(sources[st["source"]]["text"][st["start"] : st["end"]])
    return fold(" ".join([doc["summary"], *doc.get("tags", ()), *said]))


def _ordered(store: Store, keys: list[str], order: str) -> list[str]:
    if order == "id":
        return sorted(keys)
    docs = store.docs(Claim.TABLE)
    if order == "recent":
        return sorted(sorted(keys), key=lambda c: docs[c].get("created") or "", reverse=True)
    first = _first_reported(store, keys)
    if order == "speaker":
        names = {i: fold(d["name"]) for i, d in store.docs(Speaker.TABLE).items()}
        return sorted(keys, key=lambda c: (names.get(docs[c].get("speaker") or "", "~"), first[c]))
    if order == "reported":
        return sorted(keys, key=first.__getitem__)
    raise ValueError(f"unknown claim order {order!r}")


def _first_reported(store: Store, keys: list[str]) -> dict[str, tuple[str, str, int, str]]:
    """Per claim: (date, source, offset, id) of its earliest appearance, for sorting; a date
    is the source's publication date, else the day it was imported."""
    sources = store.docs(Source.TABLE)
    statements = store.docs(Statement.TABLE)
    dates = {i: (d.get("published") or d.get("imported") or "")[:10] for i, d in sources.items()}
    first: dict[str, tuple[str, str, int, str]] = {}
    for cid in keys:
        best = ("~", "", 0, cid)  # a claim without appearances sorts last
        for sid in store.ids_where("statements", "claim", cid):
            st = statements[sid]
            here = (dates.get(st["source"], ""), st["source"], st["start"], cid)
            best = min(best, here)
        first[cid] = best
    return first


def list_claims(store: Store, flt: ClaimFilter, order: str = "id") -> list[dict[str, Any]]:
    """Claims with speaker, side, appearance count, link count and verdict, filtered."""
    speakers = store.docs(Speaker.TABLE)
    facts = ClaimFacts(store)
    docs = store.docs(Claim.TABLE)
    rows: list[dict[str, Any]] = []
    for cid in claim_ids(store, flt, order, facts):
        doc = docs[cid]
        sp = speakers.get(doc.get("speaker") or "")
        links = store.ids_where("links", "a", cid) | store.ids_where("links", "b", cid)
        rows.append(
            {
                "id": cid,
                "summary": doc["summary"],
                "speaker": doc.get("speaker"),
                "speaker_name": sp["name"] if sp else None,
                "side": sp.get("side") if sp else None,
                "tags": list(doc.get("tags", ())),
                "quantities": [shown(q) for q in doc.get("quantities", [])],
                "appearances": len(store.ids_where("statements", "claim", cid)),
                "links": len(links),
                "contested": cid in facts.contested,
                "verdict": facts.verdict(cid),
            }
        )
    return rows
