"""Undo and redo over the event log, so they survive a restart and work across processes.

The stacks are derived from the log itself: a normal event pushes onto the undo stack and
clears redo; an undo event moves its target to the redo stack; a redo event re-applies the
target's changes and becomes undoable itself.
"""

from __future__ import annotations

from typing import Any

from claimtrack.errors import AmbiguousError, NotFoundError, ValidationError
from claimtrack.model import REFERENCES, Change, Event, event_order
from claimtrack.store import Store


def stacks(store: Store) -> tuple[list[Event], list[Event]]:
    """(undo stack, redo stack), top last, derived from the event log."""
    undo, redo = stack_ids(store)
    docs = store.docs(Event.TABLE)
    return [Event.from_doc(docs[i]) for i in undo], [Event.from_doc(docs[i]) for i in redo]


def stack_ids(store: Store) -> tuple[list[str], list[str]]:
    """The ids of `stacks`: undo and redo need the top event only, and making all 17k
    events of a 100k-statement store into records took ~0.7 s per call (two per `u`)."""
    events = sorted(store.docs(Event.TABLE).values(), key=event_order)
    undo: list[str] = []
    redo: list[str] = []
    for doc in events:
        if doc.get("undoes"):
            if doc["undoes"] in undo:
                undo.remove(doc["undoes"])
            redo.append(doc["undoes"])
        elif doc.get("redoes"):
            if doc["redoes"] in redo:
                redo.remove(doc["redoes"])
            undo.append(doc["id"])
        else:
            undo.append(doc["id"])
            redo.clear()
    return undo, redo


class NothingLeftError(ValidationError):
    """Nothing is left to undo (or redo): a refusal like any other, so a script that undoes
    until it has taken back its own work stops at a non-zero exit instead of reading a null
    it has to test for; the message says why (an empty log, or every change undone)."""


def nothing_left(store: Store, verb: str) -> str:
    """Why `verb` ("undo" or "redo") has nothing to take, as one line both the CLI and the
    TUI show: "nothing to undo" alone left the analyst guessing whether the store was new
    or their work was already all taken back."""
    events = sorted(store.docs(Event.TABLE).values(), key=event_order)
    if not events:
        return f"nothing to {verb}: the log is empty"
    if verb == "undo":
        return f"nothing to {verb}: every change in the log is undone"
    undos = [i for i, doc in enumerate(events) if doc.get("undoes")]
    if not undos:
        return f"nothing to {verb}: no change has been undone"
    later = [Event.from_doc(d) for d in events[undos[-1] + 1 :] if not d.get("redoes")]
    if later:  # a new change ends redo, as in any editor
        return (
            f"nothing to {verb}: change {later[0].seq} ('{what_changed(later[0])}') was made "
            "after the last undo"
        )
    return f"nothing to {verb}: every undone change is redone"


class ChangedSinceError(ValidationError):
    """A record the change wrote no longer holds what it wrote (a later change, or a git
    merge that kept another version): reversing it would overwrite that silently."""


def _apply(store: Store, changes: tuple[Change, ...], forward: bool, what: str) -> None:
    """Check every record is as the event left it, then write before (undo) or after (redo)."""
    for c in changes:
        expected = c.before if forward else c.after
        if store.doc(c.table, c.id) != expected:
            raise ChangedSinceError(f"cannot {what}: {c.table[:-1]} {c.id} was changed since")


def _dangling(store: Store, changes: tuple[Change, ...], forward: bool) -> str | None:
    """What writing the changes' `after` (redo) or `before` (undo) side would leave pointing
    at nothing, or None. Records written later can refer to one the change created (a
    statement tagged with a speaker since added), or it can restore a reference to one
    removed since (a speaker merged away)."""
    writes = {(c.table, c.id): (c.after if forward else c.before) for c in changes}

    def gone(table: str, id_: str) -> bool:
        key = (table, id_)
        return (writes[key] if key in writes else store.doc(table, id_)) is None

    for (table, id_), doc in writes.items():
        if doc is None:
            for (other, field), target in REFERENCES.items():
                if target != table:
                    continue
                for ref_id in sorted(store.ids_where(other, field, id_)):
                    now = writes.get((other, ref_id), store.doc(other, ref_id))
                    if now is not None and now.get(field) == id_:
                        return (
                            f"{other[:-1]} {ref_id}, changed later, refers to {table[:-1]} "
                            f"{id_} (undo that change first)"
                        )
            continue
        for (own, field), target in REFERENCES.items():
            value = doc.get(field) if own == table else None
            if value and gone(target, value):
                return f"{table[:-1]} {id_} would refer to {target[:-1]} {value}, removed since"
    return None


def undo(store: Store, expect: str | None = None, change: str | None = None) -> Event:
    """Reverse the newest undoable change; `NothingLeftError` when there is none. With
    `expect` (the id of the change the analyst agreed to undo), refuse if another is newest.

    `change` (a number from the log, or an event id or prefix) reverses that change instead,
    if every record it wrote is still as it left it: the way past a newest change that can
    no longer be undone.
    """
    return _replay(store, forward=False, expect=expect, change=change)


def redo(store: Store) -> Event:
    """Re-apply the newest undone change; `NothingLeftError` when there is none."""
    return _replay(store, forward=True)


def next_undo(store: Store) -> Event | None:
    """The change `undo` would reverse now (to ask before undoing a colleague's work)."""
    undo_ids, _ = stack_ids(store)
    return Event.from_doc(store.docs(Event.TABLE)[undo_ids[-1]]) if undo_ids else None


def what_changed(event: Event) -> str:
    """The change an undone or redone event stands for: undoing a redo undoes the original
    change, so "redo: tag X as Y" reads "tag X as Y" ("undone: tag X as Y")."""
    return event.summary.removeprefix("redo: ")


def _picked(store: Store, stack: list[Event], ref: str, redo_ids: list[str]) -> Event:
    """The change `ref` names (its number in the log, or its id or a prefix of it), if it is
    one `undo` can take; otherwise a one-line reason."""
    docs = store.docs(Event.TABLE)
    # All digits is a number from the log, 0 too: read as an id prefix, "undo 0" answered
    # "change id '0' is ambiguous: 0tb9d18, 0yraa6t" where "undo 9999" gave the log's range.
    if ref.isdigit():
        numbered = [d for d in docs.values() if d.get("seq") == int(ref)]
        if len(numbered) > 1:
            ids = ", ".join(sorted(d["id"] for d in numbered))
            raise AmbiguousError(f"changes {ids} are both numbered {ref} (a merge): give the id")
        found = numbered[0] if numbered else None
    else:
        ids = [i for i in docs if i.startswith(ref)] if ref else []
        if len(ids) > 1:
            raise AmbiguousError(f"change id {ref!r} is ambiguous: {', '.join(sorted(ids)[:5])}")
        found = docs[ids[0]] if ids else None
    if found is None:
        raise NotFoundError(f"no change {ref!r} in the log ({_numbering(docs)})")
    event = next((e for e in stack if e.id == found["id"]), None)
    if event is None:
        what = found.get("summary", found["id"])
        why = _why_not_undoable(docs, found, redo_ids)
        raise ValidationError(f"cannot undo '{what}': {why}")
    return event


def _numbering(docs: dict[str, dict[str, Any]]) -> str:
    """The numbers the log holds, for a number it does not: "no change '40'" alone did not
    say whether the log held 39 changes or 3."""
    seqs = [int(d.get("seq", 0)) for d in docs.values()]
    if not seqs:
        return "the log is empty"
    return f"the log numbers its changes 1 to {max(seqs)}; claimtrack log lists them"


def _why_not_undoable(
    docs: dict[str, dict[str, Any]], found: dict[str, Any], redo_ids: list[str]
) -> str:
    """Why a change in the log is not on the undo stack, truthfully: a change undone and
    redone since is in force again, as the redo that re-applied it ("already undone" there
    sent the analyst looking for a change that was still in the store)."""
    if found.get("undoes"):
        target = found["undoes"]
        if target in redo_ids:
            return "it is itself an undo (redo takes it back)"
        redone = _redone_as(docs, target, after=found)
        if redone is not None:
            return f"it is itself an undo, taken back since by change {redone['seq']}"
        return "it is itself an undo, and a change made after it ended redo"
    current = found
    while (redone := _redone_as(docs, current["id"], after=current)) is not None:
        current = redone
    in_force = current is not found and not any(
        d.get("undoes") == current["id"] for d in docs.values()
    )
    if in_force:
        seq = current["seq"]
        return f"it was redone since as change {seq}, which undo {seq} takes back"
    return "it is already undone"


def _redone_as(
    docs: dict[str, dict[str, Any]], target: str, after: dict[str, Any]
) -> dict[str, Any] | None:
    """The newest redo of change `target` logged after `after`, or None."""
    since = event_order(after)
    redos = [d for d in docs.values() if d.get("redoes") == target and event_order(d) > since]
    return max(redos, key=event_order) if redos else None


def _around(changes: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """What a change touched, widened to the claims its records belong to: two links
    between the same claims, or a claim and the statements that appear in it, depend on
    each other though they are different records. A rejected suggestion is not widened: it
    changes no claim and no claim's content depends on it (`_rejected_claims`)."""
    keys: set[tuple[str, str]] = set()
    for c in changes:
        table = c["table"]
        keys.add((table, c["id"]))
        for doc in (c["before"], c["after"]):
            if doc is None:
                continue
            if table == "statements" and doc.get("claim"):
                keys.add(("claims", doc["claim"]))
            elif table == "links":
                keys |= {("claims", doc["a"]), ("claims", doc["b"])}
            elif table == "outcomes":
                keys.add(("claims", doc["claim"]))
    return keys


def _rejected_claims(changes: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """The claims a change's rejections name. A rejection only needs its claims to exist:
    undoing an earlier change under it is safe unless that undo removes one of them (the
    tag that made the claim); "undo 40" was refused over change 41 rejecting a suggestion
    for the same claim, which wrote nothing the undo touches."""
    keys: set[tuple[str, str]] = set()
    for c in changes:
        if c["table"] == "rejections":
            for doc in (c["before"], c["after"]):
                if doc is not None:
                    keys |= {("claims", doc["a"]), ("claims", doc["b"])}
    return keys


def _made(changes: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """The claims a change created: undoing it removes them."""
    return {("claims", c["id"]) for c in changes if c["table"] == "claims" and c["before"] is None}


def _named(shared: set[tuple[str, str]]) -> str:
    """The records two changes share, as a desk reads them ("statement 3fk2wq1", "claims a
    and b"): an import and a later tag share a statement, not a claim."""
    table = min({t for t, _ in shared}, key=lambda t: (_TABLE_ORDER.get(t, 9), t))
    ids = sorted(i for t, i in shared if t == table)
    noun = table[:-1] if table.endswith("s") else table
    if len(ids) == 1:
        return f"{noun} {ids[0]}"
    more = f" and {len(ids) - 2} more" if len(ids) > 2 else ""
    listed = f"{ids[0]}, {ids[1]}" if more else f"{ids[0]} and {ids[1]}"
    return f"{noun}s {listed}{more}"


_TABLE_ORDER = {"statements": 0, "claims": 1, "links": 2, "outcomes": 3, "speakers": 4}


def _refuse_if_built_on(store: Store, target: Event, in_force: list[Event]) -> None:
    """Refuse to undo an earlier change that a later one depends on: a link made again
    after an unlink, an appearance attached to a claim that has since lost its others.
    Reversing it alone would leave a store `check` finds broken. `in_force` is the undo
    stack: a change undone since, and its undo, cancel out."""
    docs = store.docs(Event.TABLE)
    own = docs[target.id]
    mine = _around(own.get("changes") or [])
    made = _made(own.get("changes") or [])
    after = event_order(own)
    active = {event.id for event in in_force}
    later = (d for d in docs.values() if d["id"] in active and event_order(d) > after)
    for doc in sorted(later, key=event_order):
        theirs = doc.get("changes") or []
        if shared := _around(theirs) & mine:
            event = Event.from_doc(doc)
            raise ValidationError(
                f"cannot undo '{what_changed(target)}': change {event.seq} "
                f"('{what_changed(event)}') changed {_named(shared)} since; undo it first"
            )
        if named := _rejected_claims(theirs) & made:
            event = Event.from_doc(doc)
            raise ValidationError(
                f"cannot undo '{what_changed(target)}': it made {_named(named)}, which change "
                f"{event.seq} ('{what_changed(event)}') names since; undo it first"
            )


def _replay(
    store: Store, *, forward: bool, expect: str | None = None, change: str | None = None
) -> Event:
    """Write the `after` (redo) or `before` (undo) side of the top event of its stack.

    The stack is read and every record checked under the writer's lock, inside the one
    transaction that writes: checked before it, a colleague's change landing in between was
    silently overwritten."""
    verb = "redo" if forward else "undo"
    with store.transaction(verb, verb) as tx:
        undo_ids, redo_ids = stack_ids(store)
        ids = redo_ids if forward else undo_ids
        if change is not None:  # rare: the whole stack as records
            docs = store.docs(Event.TABLE)
            stack = [Event.from_doc(docs[i]) for i in ids]
            target = _picked(store, stack, change, redo_ids)
            if target.id != stack[-1].id:
                _refuse_if_built_on(store, target, stack)
        elif not ids:
            raise NothingLeftError(nothing_left(store, verb))
        else:
            target = Event.from_doc(store.docs(Event.TABLE)[ids[-1]])
        what = what_changed(target)
        if expect is not None and target.id != expect:
            raise ValidationError(
                f"cannot {verb} '{what}': the store changed in the meantime; {verb} again"
            )
        _apply(store, target.changes, forward=forward, what=f"{verb} '{what}'")
        dangling = _dangling(store, target.changes, forward)
        if dangling:
            raise ValidationError(f"cannot {verb} '{what}': {dangling}")
        marks = {"redoes": target.id} if forward else {"undoes": target.id}
        tx.describe(f"{verb}: {what}", **marks)
        for c in target.changes:
            _write(tx, c.table, c.id, c.after if forward else c.before)
    return target


def _write(tx: Any, table: str, id_: str, doc: dict[str, Any] | None) -> None:
    from claimtrack.model import RECORD_TYPES

    if doc is None:
        tx.delete(table, id_)
    else:
        tx.put(RECORD_TYPES[table].from_doc(doc))
