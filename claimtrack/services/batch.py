"""Several annotations as one change (one event, one undo): `claimtrack narration A B C`
and `tag --suggested A B C` are one action to the analyst who typed them, so `undo` takes
the whole command back, as it does an import of many files.

Each step runs as it would on its own, one after the other, on a scratch copy of the store:
a suggestion depends on what was accepted before it (a speaker registered from one
statement's proposal is the one the next "he said" carries over), so the steps must see
each other's work. What the copy ends up holding is then written in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from claimtrack.model import RECORD_TYPES, Event
from claimtrack.store import Store
from claimtrack.store.store import new_store_data

T = TypeVar("T")


def _scratch(store: Store) -> Store:
    """An in-memory copy of the records (not the event log) to rehearse changes on: the
    store replaces a changed document rather than editing it, so copying the tables (not
    every document) keeps the original intact."""
    data = new_store_data()
    for table in RECORD_TYPES:
        if table != Event.TABLE:
            data[table] = dict(store.docs(table))
    return Store(None, data, analyst=store.analyst, clock=store.now)


def as_one_change(
    store: Store, op: str, steps: Callable[[Store], T], summary: Callable[[T], str]
) -> T:
    """Run `steps` (which change the store it is given, in as many changes as it likes) and
    write what they changed in one change of `store`, described by `summary(result)`. If a
    step fails, nothing is written. Rehearsed under the writer's lock, after catching up
    with other writers, so no change lands in between."""
    with store.transaction(op, op) as tx:
        scratch = _scratch(store)
        result = steps(scratch)
        touched: dict[tuple[str, str], None] = {}
        for event in sorted(scratch.docs(Event.TABLE).values(), key=lambda e: e["seq"]):
            for change in event.get("changes") or ():
                touched[(change["table"], change["id"])] = None
        for table, id_ in touched:
            doc = scratch.doc(table, id_)
            if doc is None:
                tx.delete(table, id_)
            else:
                tx.put_doc(table, doc)
        tx.describe(summary(result))
    return result
