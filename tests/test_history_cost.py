"""Undo and redo read the top of the event log, not the whole log: at 100k statements the
log holds ~17k events, and making each a record took ~0.7 s per stack read (1.3-2.4 s per
`u` in the TUI, which reads it twice)."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.model import Event, Speaker, Statement
from claimtrack.services import annotate, history
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store

TEXT = "".join(f"Officials said {n} people were hurt in town {n}.\n\n" for n in range(60))


@pytest.fixture
def busy() -> Store:
    """A store with one import and sixty tags in its log."""
    store = Store.memory(analyst="tester")
    import_documents(store, [RawDocument(TEXT.encode(), "a.txt", outlet="Wire")])
    with store.transaction("speaker.add", "add Officials") as tx:
        speaker = Speaker(tx.new_id(), "Officials")
        tx.put(speaker)
    docs = store.docs(Statement.TABLE)
    for sid in sorted(docs, key=lambda i: docs[i]["start"]):
        annotate.tag(store, sid, speaker.id)
    return store


def test_undo_and_redo_make_records_of_the_changes_they_take_only(
    busy: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real = Event.from_doc.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Event], doc: dict[str, Any]) -> Event:
        made.append(doc["id"])
        return real(cls, doc)

    monkeypatch.setattr(Event, "from_doc", classmethod(counted))
    events = busy.count(Event.TABLE)
    assert events > 60
    newest = max(busy.docs(Event.TABLE).values(), key=lambda d: d["seq"])
    target = history.next_undo(busy)
    assert target is not None and target.id == newest["id"]
    undone = history.undo(busy, expect=target.id)
    assert undone is not None and undone.id == target.id
    statement = next(c.id for c in target.changes if c.table == Statement.TABLE)
    assert busy.doc(Statement.TABLE, statement)["speaker"] is None  # type: ignore[index]
    redone = history.redo(busy)
    assert redone is not None and redone.id == target.id
    assert busy.doc(Statement.TABLE, statement)["speaker"] is not None  # type: ignore[index]
    assert len(made) <= 6, f"{len(made)} events made records for {events} in the log"
