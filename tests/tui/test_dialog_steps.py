"""Escape in a dialog of several steps goes back one step, and cancels only from the first:
export (format, what, file), outcome (verdict, then its fields), link (claim, then relation)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList

from claimtrack.model import Claim, Link, Outcome
from claimtrack.services import annotate
from claimtrack.store import Store
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.dialogs.choice import RelationDialog
from claimtrack.tui.dialogs.export import ExportDialog
from claimtrack.tui.dialogs.outcome import OutcomeDialog
from claimtrack.tui.dialogs.picker import PickerDialog

from .conftest import app_for, press, reader_statements, settle, tag_with_suggestions, type_text


def title(app: ClaimtrackApp) -> str:
    """The open dialog's title, as shown."""
    return str(app.screen.query_one(".dialog-title", Label).render())


def hint(app: ClaimtrackApp) -> str:
    """The open dialog's keys line, as shown."""
    return str(app.screen.query_one(".dialog-hint", Label).render())


def export_step(app: ClaimtrackApp) -> str:
    """Which part of the export dialog is on screen: the formats, the scopes or the path."""
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    shown = [name for name in ("formats", "scopes", "path") if dialog.query_one(f"#{name}").display]
    assert len(shown) == 1, shown
    return shown[0]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An in-memory store proposes a relative file: should anything be written, it is here."""
    monkeypatch.chdir(tmp_path)


# -- export --------------------------------------------------------------------------------------
async def test_escape_in_the_export_dialog_goes_back_one_step_at_a_time(
    demo_store: Store, tmp_path: Path
) -> None:
    """Esc on the file name (after choosing the format and what to export) closed the whole
    dialog: a wrong scope meant choosing the format again. Each esc goes back one step; the
    format and the scope chosen are still highlighted; only the formats' esc cancels."""
    tag_with_suggestions(demo_store, limit=3)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "e", "c")  # csv, by its name
        assert (export_step(app), title(app)) == ("formats", "Export")
        assert hint(app).endswith("esc cancel")
        await press(pilot, "enter")
        assert (export_step(app), title(app)) == ("scopes", "Export csv: what?")
        assert hint(app) == "⏎ choose · esc back"
        await press(pilot, "down", "enter")  # the claims of this source
        assert (export_step(app), title(app)) == ("path", "Export csv to…")
        assert hint(app) == "⏎ export · esc back"

        await press(pilot, "escape")
        assert (export_step(app), title(app)) == ("scopes", "Export csv: what?")
        assert app.screen.query_one("#scopes", OptionList).highlighted == 1
        await press(pilot, "escape")
        assert (export_step(app), title(app)) == ("formats", "Export")
        formats = app.screen.query_one("#formats", OptionList)
        assert formats.highlighted is not None
        assert formats.get_option_at_index(formats.highlighted).id == "csv"
        assert app.focused is formats
        await press(pilot, "escape")
        assert not isinstance(app.screen, ExportDialog)
    assert list(tmp_path.iterdir()) == []  # nothing exported


async def test_the_file_typed_survives_a_step_back_to_the_scope_not_to_another_format(
    demo_store: Store, tmp_path: Path
) -> None:
    """Back to change what is exported, the file typed is still there; back to another
    format, the file offered is one for that format."""
    tag_with_suggestions(demo_store, limit=3)
    app = app_for(demo_store)
    typed = str(tmp_path / "brief-for-the-desk.md")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "e", "m", "enter", "enter")  # md, everything
        await press(pilot, "ctrl+u")
        await type_text(pilot, typed)
        await press(pilot, "escape")
        assert export_step(app) == "scopes"
        await press(pilot, "down", "enter")  # the claims of this source instead
        assert export_step(app) == "path"
        assert app.screen.query_one("#path", Input).value == typed
        await press(pilot, "escape", "escape", "g", "enter", "enter")  # gexf, everything
        offered = app.screen.query_one("#path", Input).value
        assert offered.endswith(".gexf") and offered != typed
        await press(pilot, "escape", "escape", "m", "enter", "enter", "ctrl+u")
        await type_text(pilot, typed)
        await press(pilot, "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
    assert Path(typed).exists()


async def test_escape_cancels_a_dialog_opened_past_the_formats(demo_store: Store) -> None:
    """Opened from the command palette on one format, the dialog's first step is the file:
    esc there cancels, as it always did."""
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_export("md")
        await settle(pilot)
        assert export_step(app) == "path"
        assert hint(app).endswith("esc cancel")
        await press(pilot, "escape")
        assert not isinstance(app.screen, ExportDialog)


# -- outcome -------------------------------------------------------------------------------------
async def test_escape_after_a_verdict_goes_back_to_the_verdict_keys(demo_store: Store) -> None:
    """Esc with the note begun threw the verdict and the note away. It goes back to the
    verdict keys; the note comes back with the verdict pressed next; esc there cancels."""
    claim = annotate.tag(demo_store, reader_statements(demo_store)[0], "Arayik Harutyunyan")[2]
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "home")  # opened on the first to review
        await press(pilot, "o", "f")
        await type_text(pilot, "Footage shows otherwise")
        assert hint(app).endswith("esc back to the verdicts")
        await press(pilot, "escape")
        dialog = app.screen
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.query_one("#verdicts").display
        assert not dialog.query_one("#note", Input).display
        assert hint(app) == "press a verdict key · esc cancel"
        await press(pilot, "m")
        assert "mostly-true" in str(dialog.query_one("#chosen", Label).render())
        assert dialog.query_one("#note", Input).value == "Footage shows otherwise"
        await press(pilot, "escape", "escape")
        assert not isinstance(app.screen, OutcomeDialog)
        await press(pilot, "o", "m", "enter", "enter")
    (outcome,) = demo_store.all(Outcome)
    assert (outcome.claim, outcome.verdict) == (claim.id, "mostly-true")


# -- link ----------------------------------------------------------------------------------------
def _first_and_other_claim(store: Store) -> Claim:
    """Claims on the first statement (where `home` puts the Reader's cursor) and the fifth;
    returns the fifth's, the one to link to."""
    ids = reader_statements(store)
    annotate.tag(store, ids[0], "Arayik Harutyunyan")
    return annotate.tag(store, ids[4], "Hikmet Hajiyev")[2]


async def _to_relation_keys(pilot: Pilot[None], app: ClaimtrackApp, words: str) -> None:
    await press(pilot, "l")
    await type_text(pilot, words)
    await press(pilot, "enter")
    assert isinstance(app.screen, RelationDialog)


async def test_escape_at_the_relation_keys_goes_back_to_the_claim_picker(
    demo_store: Store,
) -> None:
    """Esc in the link dialog cancelled the link: a wrong claim picked meant `l` and the
    search again. It goes back to the picker, the search kept; esc there cancels."""
    other = _first_and_other_claim(demo_store)
    words = " ".join(other.summary.split()[:3])
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "home")  # opened on the first to review
        await _to_relation_keys(pilot, app, words)
        assert hint(app) == "esc back to the claims"
        await press(pilot, "escape")
        assert isinstance(app.screen, PickerDialog)
        assert app.screen.query_one(Input).value == words
        await press(pilot, "enter", "c")
        assert not isinstance(app.screen, RelationDialog | PickerDialog)
        (link,) = demo_store.all(Link)
        assert link.b == other.id and link.relation == "contradicts"
        annotate.unlink(demo_store, link.id)
        await _to_relation_keys(pilot, app, words)
        await press(pilot, "escape", "escape")
        assert not isinstance(app.screen, RelationDialog | PickerDialog)
    assert demo_store.all(Link) == []


async def test_a_note_written_survives_stepping_back_to_pick_another_claim(
    demo_store: Store,
) -> None:
    """A note written, then esc at the relation keys to pick another claim: the note was
    gone when the keys came back. It comes back with them, and goes on the link made."""
    other = _first_and_other_claim(demo_store)
    words = " ".join(other.summary.split()[:3])
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "home")  # opened on the first to review
        await _to_relation_keys(pilot, app, words)
        await press(pilot, "n")
        await type_text(pilot, "same night, same town")
        await press(pilot, "enter", "escape")
        assert isinstance(app.screen, PickerDialog)
        await press(pilot, "enter")
        dialog = app.screen
        assert isinstance(dialog, RelationDialog)
        assert dialog.note == "same night, same town"
        assert hint(app).startswith("note kept")
        await press(pilot, "s")
    (link,) = demo_store.all(Link)
    assert (link.b, link.relation, link.note) == (other.id, "supports", "same night, same town")


async def test_escape_while_writing_the_note_drops_it_and_keeps_the_relation_keys(
    demo_store: Store,
) -> None:
    """Esc while writing the link's note is a step back from `n`: the note goes, the keys
    stay (it cancelled the link)."""
    other = _first_and_other_claim(demo_store)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "home")  # opened on the first to review
        await _to_relation_keys(pilot, app, " ".join(other.summary.split()[:3]))
        await press(pilot, "n")
        await type_text(pilot, "wrong thought")
        assert hint(app).endswith("esc drops it")
        await press(pilot, "escape")
        dialog = app.screen
        assert isinstance(dialog, RelationDialog)
        assert not dialog.query_one("#note", Input).display
        assert dialog.note == ""
        await press(pilot, "s")
    (link,) = demo_store.all(Link)
    assert (link.relation, link.note) == ("supports", None)
