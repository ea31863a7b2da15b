"""Undo and redo over the event log, so they survive a restart and work across processes.

The stacks are derived from the log itself: a normal event pushes onto the undo stack and
clears redo; an undo event moves its target to the redo stack; a redo event re-applies the
target's changes and becomes undoable itself.
"""

from __future__ import annotations

from typing import Any

from claimtrack.errors import ValidationError
from claimtrack.model import Change, Event, event_order
from claimtrack.store import Store


def stacks(store: Store) -> tuple[list[Event], list[Event]]:
    """(undo stack, redo stack), top last, derived from the event log."""
    events = sorted(store.docs(Event.TABLE).values(), key=event_order)
    by_id: dict[str, dict[str, Any]] = {d["id"]: d for d in events}
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
    return (
        [Event.from_doc(by_id[i]) for i in undo],
        [Event.from_doc(by_id[i]) for i in redo],
    )


def _apply(store: Store, changes: tuple[Change, ...], forward: bool, what: str) -> None:
    """Check every record is as the event left it, then write before (undo) or after (redo)."""
    for c in changes:
        expected = c.before if forward else c.after
        if store.doc(c.table, c.id) != expected:
            raise ValidationError(f"cannot {what}: {c.table[:-1]} {c.id} was changed since")


def undo(store: Store, expect: str | None = None) -> Event | None:
    """Reverse the newest undoable change; None when there is nothing to undo. With
    `expect` (the id of the change the analyst agreed to undo), refuse if another is newest."""
    return _replay(store, forward=False, expect=expect)


def redo(store: Store) -> Event | None:
    """Re-apply the newest undone change; None when there is nothing to redo."""
    return _replay(store, forward=True)


def next_undo(store: Store) -> Event | None:
    """The change `undo` would reverse now (to ask before undoing a colleague's work)."""
    undo_stack, _ = stacks(store)
    return undo_stack[-1] if undo_stack else None


def what_changed(event: Event) -> str:
    """The change an undone or redone event stands for: undoing a redo undoes the original
    change, so "redo: tag X as Y" reads "tag X as Y" ("undone: tag X as Y")."""
    return event.summary.removeprefix("redo: ")


def _replay(store: Store, *, forward: bool, expect: str | None = None) -> Event | None:
    """Write the `after` (redo) or `before` (undo) side of the top event of its stack.

    The stack is read and every record checked under the writer's lock, inside the one
    transaction that writes: checked before it, a colleague's change landing in between was
    silently overwritten."""
    verb = "redo" if forward else "undo"
    with store.transaction(verb, verb) as tx:
        undo_stack, redo_stack = stacks(store)
        stack = redo_stack if forward else undo_stack
        if not stack:
            return None
        target = stack[-1]
        what = what_changed(target)
        if expect is not None and target.id != expect:
            raise ValidationError(
                f"cannot {verb} '{what}': the store changed in the meantime; {verb} again"
            )
        _apply(store, target.changes, forward=forward, what=f"{verb} '{what}'")
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
