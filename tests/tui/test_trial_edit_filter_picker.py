"""A trial analyst's findings in the source dialog, the Claims filter and the pickers (a
Velmora hospital strike told by Reuters, Kompas, TASS and the BBC), each pressed with the
real keys."""

from __future__ import annotations

from textual.widgets import Input

from claimtrack.model import Source
from claimtrack.store import Store
from claimtrack.tui.app import make_app
from claimtrack.tui.dialogs.source import SourceDialog
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import press, settle, type_text


async def test_the_source_dialog_starts_on_the_title_and_enter_walks_the_fields_shown(
    demo_store: Store,
) -> None:
    """`r` on a source opened its dialog on the outlet, the second field: ⏎ four times,
    counted from the title, reached the address, and the grade "b" typed there was saved as
    the source's URL. The dialog starts on the title; four ⏎ reach the grade."""
    app = make_app(demo_store, poll=False, start="sources")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        key = app.screen.query_one(LazyList).current
        assert key is not None
        before = demo_store.get(Source, key)
        assert before is not None
        await press(pilot, "r")
        dialog = app.screen
        assert isinstance(dialog, SourceDialog)
        assert dialog.focused is dialog.query_one("#title", Input)
        await press(pilot, "enter", "enter", "enter", "enter")  # outlet, date, language, grade
        assert dialog.focused is dialog.query_one("#reliability", Input)
        await press(pilot, "ctrl+u")
        await type_text(pilot, "b")
        await press(pilot, "enter", "enter")  # the address, kept: saved
        assert not isinstance(app.screen, SourceDialog)
    after = demo_store.get(Source, key)
    assert after is not None
    assert (after.reliability, after.url) == ("B", before.url)
    assert (after.title, after.outlet, after.published) == (
        before.title,
        before.outlet,
        before.published,
    )
