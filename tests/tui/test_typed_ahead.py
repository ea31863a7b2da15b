"""Keys typed straight after the key that opens a dialog go to the dialog, as typed: they
reached the view behind it while the dialog was being made ("s" then "Hahn" opened the
note dialog with the "n" of the name, and the picker, if it came, was empty)."""

from __future__ import annotations

from textual.widgets import Input

from claimtrack.store import Store
from claimtrack.tui.dialogs.export import ExportDialog, FormatList
from claimtrack.tui.dialogs.picker import PickerDialog
from claimtrack.tui.dialogs.prompt import PromptDialog
from claimtrack.tui.widgets.document import DocumentView

from .conftest import app_for, reader_statements, settle, tag_with_suggestions, type_at_once


async def test_a_name_typed_after_s_is_in_the_speaker_pickers_field(demo_store: Store) -> None:
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        type_at_once(pilot, "s", *"Hahn")
        await settle(pilot)
        assert isinstance(app.screen, PickerDialog)
        assert app.screen.query_one(Input).value == "Hahn"
        assert len(app.screen_stack) == 2  # the picker over the Reader, no note dialog


async def test_words_typed_after_l_are_in_the_link_pickers_field(demo_store: Store) -> None:
    tag_with_suggestions(demo_store)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(DocumentView)
        statements = demo_store.docs("statements")
        claimed = next(i for i in reader_statements(demo_store) if statements[i]["claim"])
        view.select_key(claimed)
        await settle(pilot)
        type_at_once(pilot, "l", *"troops")
        await settle(pilot)
        assert isinstance(app.screen, PickerDialog)
        assert app.screen.query_one(Input).value == "troops"


async def test_a_search_typed_after_slash_is_in_the_search_field(demo_store: Store) -> None:
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        type_at_once(pilot, "slash", *"ceasefire")
        await settle(pilot)
        assert isinstance(app.screen, PromptDialog)
        assert app.screen.query_one(Input).value == "ceasefire"


async def test_a_format_typed_after_e_is_the_format_chosen(demo_store: Store) -> None:
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        type_at_once(pilot, "e", *"csv")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        formats = app.screen.query_one(FormatList)
        assert formats.highlighted is not None
        assert formats.get_option_at_index(formats.highlighted).id == "csv"


async def test_keys_after_one_refused_still_move_the_reader(demo_store: Store) -> None:
    """`l` on a statement that is no claim opens nothing (it says why): the `j` typed after it
    moves the cursor, as it did."""
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        first, second = reader_statements(demo_store)[:2]
        view = app.screen.query_one(DocumentView)
        assert view.current == first
        type_at_once(pilot, "l", "j")
        await settle(pilot)
        assert len(app.screen_stack) == 1
        assert view.current == second
