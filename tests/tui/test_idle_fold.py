"""A small store's file holds the session's work once the TUI has been idle after a change,
not only after quitting: a commit or a copy of the store taken mid-session missed it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimtrack.demo import populate
from claimtrack.model import Statement
from claimtrack.store import Store
from claimtrack.store import store as store_module

from .conftest import app_for, fixed_clock, press, settle, until

IDLE = 0.2
"""The app's idle delay in these tests (2 s in use): short, so the tests do not sleep long."""


def desk(tmp_path: Path) -> Store:
    """The demo investigation in a store file, everything folded in (an empty journal)."""
    store = Store.open(tmp_path / "desk.json", create=True, clock=fixed_clock, analyst="tester")
    populate(store)
    store.checkpoint()
    return store


def narration_in_a_copy_of_the_file(store: Store, tmp_path: Path) -> int:
    """Statements marked narration in a copy of the store file alone (as `git commit` or `cp`
    of the file would take it, without the journal beside it)."""
    assert store.path is not None
    copy = tmp_path / "copy" / "desk.json"
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(store.path, copy)
    taken = Store.open(copy)
    return sum(1 for s in taken.all(Statement) if s.narration)


async def test_the_store_file_holds_a_change_once_the_tui_is_idle(tmp_path: Path) -> None:
    store = desk(tmp_path)
    before = narration_in_a_copy_of_the_file(store, tmp_path)
    app = app_for(store)
    app.idle_fold_seconds = IDLE
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.idle_fold_seconds = 3600  # the analyst is still at work: no fold yet, however slow
        await press(pilot, "home", "x")  # x: the first statement is the outlet's narration
        assert store.pending_journal_entries == 1  # just made: in the journal only
        app.idle_fold_seconds = IDLE
        await pilot.pause(IDLE * 4)  # the desk pauses (longer on a loaded machine)
        await until(pilot, lambda: not store.pending_journal_entries)
        assert narration_in_a_copy_of_the_file(store, tmp_path) == before + 1
        assert store.pending_journal_entries == 0
        assert store.journal_path is not None and store.journal_path.stat().st_size == 0


async def test_a_large_store_keeps_its_journal_when_idle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size `Store.close` folds on close, a fold is a noticeable pause: the TUI
    leaves it to the 1,000-change fold and `claimtrack checkpoint`, as before."""
    store = desk(tmp_path)
    before = narration_in_a_copy_of_the_file(store, tmp_path)
    monkeypatch.setattr(store_module, "SMALL_STORE_BYTES", 1000)  # the demo counts as large
    app = app_for(store)
    app.idle_fold_seconds = IDLE
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "home", "x")
        await pilot.pause(IDLE * 4)
        assert narration_in_a_copy_of_the_file(store, tmp_path) == before
        assert store.pending_journal_entries == 1
