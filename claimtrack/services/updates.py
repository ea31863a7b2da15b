"""An updated article told from a new one: a wire story sent again with one line changed
("Editing by … and Alex Richardson") has another content hash, so it was imported as a new
source whose every statement waited for review again, with no word of the earlier one.

An import finds the earlier version cheaply: each source's longer lines are indexed once
per open store (`_LineIndex`), the few sources sharing lines with the new text are
compared statement by statement (text with its spacing tidied), and one sharing at least
half the statements of the shorter of the two is said to be updated (`LikelyUpdate`).
`--update-of` carries the annotations of every unchanged statement over (`twins`), and
`carry` does the same onto a later version imported without it, by the same rule
(`carried`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from claimtrack.errors import NotFoundError, ValidationError
from claimtrack.ingest.furniture import furniture
from claimtrack.store import Store
from claimtrack.textnorm import counted

MIN_LINE = 24
"""Lines shorter than this (a dateline, "By Anna Kovac", a subhead) tell no article."""
SHARED_BY = 8
"""A line found in more sources than this is boilerplate ("Reuters could not independently
verify …"): it points at no one article, and following it would cost a look at each."""
CANDIDATES = 3
"""Sources sharing most lines compared statement by statement."""


@dataclass(frozen=True, slots=True)
class LikelyUpdate:
    """An earlier source the imported text looks like an update of."""

    of: str
    """The earlier source's id."""
    title: str
    unchanged: int
    """Statements of the new text that the earlier source has word for word."""
    statements: int
    """Statements of the new text."""
    annotated: int = 0
    """Of the unchanged statements, those whose twin has something to hand over (`carried`:
    a speaker, a claim, a narration mark, a note): the earlier version's work."""


class _LineIndex:
    """Hash of each longer line -> the source holding it (a list when several do; `SHARED_BY`
    at most), for the sources of one open store as of `version` (`Store.table_version`)."""

    __slots__ = ("lines", "version", "where")

    def __init__(self) -> None:
        self.version: tuple[int, int] | None = None
        self.lines: dict[str, int] = {}  # each source indexed -> how many lines it gave
        self.where: dict[int, Any] = {}

    def add(self, source_id: str, text: str) -> None:
        where = self.where
        keys = _line_keys(text)
        self.lines[source_id] = len(keys)
        for key in keys:
            held = where.setdefault(key, source_id)
            if held is source_id:  # (mostly: a line no other source has)
                continue
            if held.__class__ is str:
                if held != source_id:
                    where[key] = [held, source_id]
            elif len(held) <= SHARED_BY and source_id not in held:
                held.append(source_id)


_INDEXES: WeakKeyDictionary[Store, _LineIndex] = WeakKeyDictionary()


def _line_keys(text: str) -> set[int]:
    """The hashes of a text's longer lines (`MIN_LINE`), each once."""
    return {hash(line) for line in text.split("\n") if len(line) >= MIN_LINE}


def _index(store: Store) -> _LineIndex:
    """The store's line index, brought up to date with its sources: built on the first
    import into a store already holding sources (~30 ms for 3,000 sources), then only the
    sources added since (the import's own, or another writer's) are read. A removed source
    stays in it and is passed over when found."""
    index = _INDEXES.get(store)
    if index is None:
        index = _INDEXES[store] = _LineIndex()
    version = store.table_version("sources")
    if index.version != version:
        docs = store.docs("sources")
        for sid in docs.keys() - index.lines.keys():
            index.add(sid, docs[sid]["text"])
        index.version = version
    return index


def index_sources(store: Store) -> None:
    """Bring the store's line index up to date now (an import does before it takes the
    writer's lock: built there, the first import into a 100k store held it ~30 ms longer)."""
    if store.docs("sources"):
        _index(store)


def seen_sources(store: Store) -> tuple[int, int] | None:
    """The version of the store's sources, if its line index is up to date with it (else
    None), taken inside an import's transaction before it writes, for `written`."""
    index = _INDEXES.get(store)
    if index is None or index.version != store.table_version("sources"):
        return None
    return index.version


def written(store: Store, seen: tuple[int, int] | None, sources: Sequence[tuple[str, str]]) -> None:
    """Index the sources an import just wrote ((id, text)) if the index was up to date when
    it wrote them (`seen`, under the writer's lock: nothing else came in between), so the
    next import into this open store compares no source list (3,000 ids: a tenth of the
    time an import into a 100k store takes)."""
    index = _INDEXES.get(store)
    if index is None or seen is None or index.version != seen:
        return
    for sid, text in sources:
        index.add(sid, text)
    index.version = store.table_version("sources")


def statement_key(text: str) -> str:
    """A statement's text as compared with another's: its spacing tidied (a line rewrapped
    by the wire is the same statement), every word and mark as written."""
    return " ".join(text.split())


def twins(
    store: Store, earlier: str, text: str, spans: Sequence[tuple[int, int]]
) -> dict[int, dict[str, Any]]:
    """Position of each new statement (its span in `spans` over `text`) -> the statement of
    source `earlier` saying the same words (`statement_key`); a sentence said twice pairs
    with the earlier's first, then second, appearance."""
    docs = store.docs("statements")
    source = store.docs("sources").get(earlier)
    if source is None:
        return {}
    old_text = source["text"]
    olds = sorted(
        (docs[sid] for sid in store.indexed_values("statements", "source").get(earlier, ())),
        key=lambda d: d["start"],
    )
    waiting: dict[str, list[dict[str, Any]]] = {}
    for doc in reversed(olds):
        waiting.setdefault(statement_key(old_text[doc["start"] : doc["end"]]), []).append(doc)
    found: dict[int, dict[str, Any]] = {}
    for k, (start, end) in enumerate(spans):
        same = waiting.get(statement_key(text[start:end]))
        if same:
            found[k] = same.pop()
    return found


def likely_update(store: Store, text: str, spans: Sequence[tuple[int, int]]) -> LikelyUpdate | None:
    """The stored source a new text (cut into `spans`) most likely updates, or None: among
    those sharing most of its longer lines, each with at least two statements the same and
    at least half the statements of the shorter of the two (a story grown from five
    paragraphs to fifteen is still its update), the one whose unchanged statements carry
    the most annotations, then the one with the most unchanged statements (then the newest).

    A wire story's third version is closest to its second, which an analyst imported without
    `--update-of` and never worked on: named for its statements alone, the hint sent them to
    carry nothing over, and the annotations on the first were left behind."""
    sources = store.docs("sources")
    if not sources or not spans:
        return None
    index = _index(store)
    where = index.where
    keys = _line_keys(text)
    shared: Counter[str] = Counter()
    for key in keys:
        held = where.get(key)
        if held is None:
            continue
        if held.__class__ is str:
            shared[held] += 1
        elif len(held) <= SHARED_BY:
            shared.update(held)
    best: LikelyUpdate | None = None
    best_key: tuple[int, int, str, str] | None = None
    by_source = store.indexed_values("statements", "source")
    for sid, lines in shared.most_common(CANDIDATES):
        if 2 * lines < min(len(keys), index.lines.get(sid, 0)) or sid not in sources:
            continue  # a line or two in common (a quote both carry); or removed since
        pairs = twins(store, sid, text, spans)
        unchanged = len(pairs)
        smaller = min(len(spans), len(by_source.get(sid, ())))
        if unchanged < 2 or 2 * unchanged < smaller:
            continue
        own = marked_itself(store, sid)
        annotated = sum(1 for twin in pairs.values() if carried(twin, auto=twin["id"] in own))
        # (a tie in lines shared comes in the order of the lines' hashes, new each process)
        key = (annotated, unchanged, sources[sid].get("imported") or "", sid)
        if best_key is None or key > best_key:
            best_key = key
            best = LikelyUpdate(sid, sources[sid]["title"], unchanged, len(spans), annotated)
    return best


_SAID = ("speaker", "claim", "narration")
"""What a statement is (whose words, of which claim, or the outlet's own), as against its note."""


def marked_itself(store: Store, source: str) -> set[str]:
    """Statements of `source` whose narration mark is the one its import gives by itself
    (page furniture: a dateline, "Aljazeera, 1/11.", a byline) and nothing else said of
    them: no analyst's work, so neither handed over nor kept against a twin's tag. Counted
    as work, a version nobody annotated looked worked on, and the update hint named it."""
    src = store.docs("sources").get(source)
    if src is None:
        return set()
    docs = store.docs("statements")
    ours = sorted(
        (docs[sid] for sid in store.indexed_values("statements", "source").get(source, ())),
        key=lambda d: (d["start"], d["id"]),
    )
    found = furniture(src["text"], [(d["start"], d["end"]) for d in ours])
    return {
        d["id"]
        for k, d in enumerate(ours)
        if k in found and d.get("narration") and not d.get("speaker") and not d.get("claim")
    }


def carried(
    twin: dict[str, Any],
    target: dict[str, Any] | None = None,
    *,
    auto: bool = False,
    target_auto: bool = False,
) -> dict[str, Any]:
    """What a statement takes over from its unchanged twin in the earlier version: the
    speaker and the claim (it is one more appearance of it), the narration mark, the note.
    Nothing for a twin still to review. `auto`: the twin's narration mark is its import's
    own (`marked_itself`), no work to hand over: the new statement gets its own.

    `target`: the statement as stored, when it was imported before (`carry`); what the
    analyst gave it stays: a speaker, claim or narration mark of its own keeps the twin's
    out, a note of its own the twin's note; only what differs is returned. None for a
    statement being imported, whose furniture mark gives way to the twin's tag, as a
    stored one's does (`target_auto`)."""
    fields = {f: twin[f] for f in ("speaker", "claim", "note") if twin.get(f)}
    if twin.get("narration") and not auto:
        fields["narration"] = True
    elif fields.get("speaker"):
        fields["narration"] = False  # the furniture mark of the import gives way to a tag
    if target is None:
        return fields
    if not target_auto and any(target.get(f) for f in _SAID):
        for f in _SAID:
            fields.pop(f, None)
    if target.get("note"):
        fields.pop("note", None)
    return {f: v for f, v in fields.items() if target.get(f) != v}


def _kept_own(twin: dict[str, Any], target: dict[str, Any], auto: bool, target_auto: bool) -> bool:
    """Whether `target` keeps a speaker, claim, narration mark or note of its own that
    differs from its twin's (`carried` leaves it): said, so the analyst can look. A mark
    an import gave by itself is nobody's (`marked_itself`)."""

    def said(doc: dict[str, Any], itself: bool) -> tuple[Any, ...]:
        return (None, None, None) if itself else tuple(doc.get(f) or None for f in _SAID)

    own, theirs = said(target, target_auto), said(twin, auto)
    if any(own) and any(theirs) and own != theirs:
        return True
    return bool(target.get("note") and twin.get("note") and target["note"] != twin["note"])


@dataclass(frozen=True, slots=True)
class Carried:
    """What carrying an earlier version's annotations onto a later one came to (`carry`)."""

    earlier: str
    later: str
    unchanged: int
    """Statements of `later` that `earlier` has word for word."""
    annotated: int
    """Of those, the ones whose twin has anything to hand over (`carried`)."""
    carried: tuple[str, ...]
    """Statements of `later` that took over some of their twin's annotations."""
    kept: tuple[str, ...]
    """Statements of `later` whose own annotations differ from their twin's, kept."""


def planned(store: Store, earlier: str, later: str) -> tuple[Carried, dict[str, dict[str, Any]]]:
    """What carrying `earlier`'s annotations onto the stored source `later` would come to,
    and what it would write: statement id -> the fields it takes over (`carried`, the one
    rule `--update-of` follows too). Nothing is written."""
    text = store.docs("sources")[later]["text"]
    docs = store.docs("statements")
    targets = sorted(
        (docs[sid] for sid in store.indexed_values("statements", "source").get(later, ())),
        key=lambda d: (d["start"], d["id"]),
    )
    pairs = twins(store, earlier, text, [(d["start"], d["end"]) for d in targets])
    changes: dict[str, dict[str, Any]] = {}
    kept: list[str] = []
    annotated = 0
    theirs, ours = marked_itself(store, earlier), marked_itself(store, later)
    for k, twin in sorted(pairs.items()):
        target = targets[k]
        auto, target_auto = twin["id"] in theirs, target["id"] in ours
        annotated += bool(carried(twin, auto=auto))
        if fields := carried(twin, target, auto=auto, target_auto=target_auto):
            changes[target["id"]] = fields
        if _kept_own(twin, target, auto, target_auto):
            kept.append(target["id"])
    done = Carried(earlier, later, len(pairs), annotated, tuple(changes), tuple(kept))
    return done, changes


def carry(store: Store, earlier_ref: str, later_ref: str) -> Carried:
    """Give each statement of the source `later_ref` that the source `earlier_ref` has word
    for word its twin's speaker, claim, narration mark and note, in one change (one undo):
    an analyst who imported an update without `--update-of` reviewed it all again or
    re-imported it. A statement annotated since keeps what it was given (`carried`). A later
    version sharing no statement with the earlier is refused; one with nothing to take
    writes nothing (`Carried.carried` empty). Sources as `lookup.find_source` reads them."""
    from claimtrack.services.lookup import find_source

    earlier = find_source(store, earlier_ref).id
    later = find_source(store, later_ref).id
    if earlier == later:
        raise ValidationError(
            f"{earlier_ref!r} and {later_ref!r} are both source {earlier}: name the earlier "
            "version first, then the later one"
        )
    with store.transaction("source.carry", f"carry annotations of {earlier} onto {later}") as tx:
        for sid in (earlier, later):  # under the lock: another writer's undo meanwhile
            if store.doc("sources", sid) is None:
                raise NotFoundError(f"source {sid} was removed meanwhile: nothing carried")
        done, changes = planned(store, earlier, later)
        if not done.unchanged:
            raise ValidationError(
                f"none of source {later}'s statements is one of source {earlier}'s word for "
                "word: not an update of it (nothing carried)"
            )
        if not changes:
            _refuse_backwards(store, earlier, later)
        docs = store.docs("statements")
        for sid, fields in changes.items():
            tx.put_doc("statements", {**docs[sid], **fields})
        tx.describe(
            f"carry annotations of source {earlier} onto {later}: "
            f"{counted(len(changes), 'statement')}"
        )
    return done


def _refuse_backwards(store: Store, earlier: str, later: str) -> None:
    """Refuse a carry that hands nothing over when the two were named the wrong way round:
    `later` imported first and its annotations would go onto `earlier`. "Nothing to carry:
    already have its annotations" left the analyst thinking the work was done."""
    sources = store.docs("sources")
    if (sources[later].get("imported") or "") >= (sources[earlier].get("imported") or ""):
        return
    if planned(store, later, earlier)[1]:
        raise ValidationError(
            f"nothing to carry from {earlier} onto {later}, imported before it, which has "
            f"annotations of its own for {earlier}: did you mean "
            f"'claimtrack source carry {later} {earlier}'?"
        )
