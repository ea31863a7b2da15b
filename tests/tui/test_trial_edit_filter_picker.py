"""A trial analyst's findings in the source dialog, the Claims filter and the pickers (a
Velmora hospital strike told by Reuters, Kompas, TASS and the BBC), each pressed with the
real keys."""

from __future__ import annotations

from textual.widgets import Input

from claimtrack.model import Source
from claimtrack.services import annotate
from claimtrack.store import Store
from claimtrack.tui.app import make_app
from claimtrack.tui.dialogs.source import SourceDialog
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import press, settle, tag_with_suggestions, type_text


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


def _shown(lst: LazyList) -> str:
    """The lines the list paints, as the analyst reads them."""
    return " ".join(lst.render_line(y).text.strip() for y in range(lst.size.height)).strip()


async def test_a_tag_filter_typo_says_which_tag_was_meant_and_the_key_that_clears_it(
    demo_store: Store,
) -> None:
    """`/ tag:velmor ⏎` (the tag is "velmora") listed nothing with no word of why, and the
    empty list said "/ then ctrl+u ⏎" where `c` clears the filter. It names the tag meant,
    whole on an 80-column screen, and the key the view binds to clearing; `c` lists all."""
    claims = tag_with_suggestions(demo_store, limit=3)
    annotate.edit_claim(demo_store, claims[0], add_tags=["velmora"])
    app = make_app(demo_store, poll=False, start="claims")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(LazyList)
        assert len(lst.keys) == 3
        await press(pilot, "slash")
        await type_text(pilot, "tag:velmor")
        await press(pilot, "enter")
        assert lst.keys == []
        shown = _shown(lst)
        assert "did you mean 'velmora'?" in shown
        assert "press c to clear the filter" in shown
        assert "ctrl+u" not in shown
        await press(pilot, "c")
        assert len(lst.keys) == 3
