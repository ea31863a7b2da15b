"""Picking the speaker a statement already has: the Reader says nothing changed."""

from __future__ import annotations

from claimtrack.model import Event
from claimtrack.services import annotate
from claimtrack.store import Store
from claimtrack.tui.widgets.document import DocumentView

from .conftest import app_for, press, reader_statements, settle, type_text


async def test_picking_the_statements_own_speaker_says_nothing_changed(
    demo_store: Store,
) -> None:
    """`s` and the speaker the statement already had moved on as if it were tagged: nothing
    was logged, so the next `u` undid an older change."""
    first = reader_statements(demo_store)[0]
    annotate.tag(demo_store, first, "Vladimir Putin")
    events = demo_store.count(Event.TABLE)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "home")  # to the first row
        assert app.screen.query_one(DocumentView).current == first
        await press(pilot, "s")
        await type_text(pilot, "Putin")
        await press(pilot, "enter")
        said = [n.message for n in app._notifications]
        assert "already said by Vladimir Putin: nothing changed" in said, said
        assert app.screen.query_one(DocumentView).current == first
    assert demo_store.count(Event.TABLE) == events
