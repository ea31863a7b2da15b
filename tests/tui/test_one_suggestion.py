"""The Suggestions view counts its queue in words that agree: "1 suggestion"."""

from __future__ import annotations

from textual.widgets import Label

from claimtrack.demo import populate
from claimtrack.store import Store

from .conftest import app_for, fixed_clock, press, settle, tag_with_suggestions


async def test_a_queue_of_one_says_1_suggestion() -> None:
    """The header said "1 suggestions"."""
    store = Store.memory(clock=fixed_clock, analyst="tester")
    populate(store)
    tag_with_suggestions(store)
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "5")
        screen = app.screen
        assert len(screen.candidates) > 1  # type: ignore[attr-defined]
        screen.candidates = screen.candidates[:1]  # type: ignore[attr-defined]  (one left)
        screen._show()  # type: ignore[attr-defined]
        header = str(screen.query_one("#header", Label).render())
        assert header.startswith("1 suggestion  a accept"), header
