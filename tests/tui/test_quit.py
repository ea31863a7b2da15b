"""Quitting while an import runs: asked first, and what was said is what happens."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Label

from claimtrack.model import Source
from claimtrack.store import Store
from claimtrack.tui import jobs
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.dialogs.choice import ConfirmDialog
from claimtrack.tui.dialogs.export import ExportDialog

from .conftest import app_for, settle

ARTICLE = "Officials said the bridge at Hadrut was destroyed on Monday.\n"


def folder_of(tmp_path: Path, n: int, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of `n` one-statement articles, named from the working folder (typed short)."""
    folder = tmp_path / "wire"
    folder.mkdir()
    for i in range(n):
        (folder / f"story{i}.txt").write_text(f"Story {i}\n\n{ARTICLE}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return Path("wire")


def question(app: ClaimtrackApp) -> str:
    """The question and the keys of the open dialog, as shown."""
    assert isinstance(app.screen, ConfirmDialog), app.screen
    return " / ".join(str(label.render()) for label in app.screen.query(Label).results(Label))


async def wait_for(pilot: Pilot[None], event: threading.Event) -> None:
    """Let the app run until a worker thread sets `event` (at most 10 s)."""
    for _ in range(1000):
        if event.is_set():
            return
        await pilot.pause(0.01)
    raise AssertionError("the import never got there")


async def start_import(pilot: Pilot[None], folder: Path) -> None:
    """i, the folder, ⏎: the import starts in the background (not waited for)."""
    await pilot.press("i")
    await pilot.pause()
    await pilot.press(*str(folder), "enter")
    await pilot.pause()


@pytest.fixture
def held_read(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The import reads its second file only once `release` is set; `reading` says it is
    there (0 of n files read: a folder the size of a desk's archive takes that long)."""
    reading, release = threading.Event(), threading.Event()
    read = jobs.read_raw
    calls: list[Path] = []

    def held(path: Path) -> Any:
        calls.append(path)
        if len(calls) == 2:
            reading.set()
            release.wait(10)
        return read(path)

    monkeypatch.setattr(jobs, "read_raw", held)
    return reading, release


@pytest.fixture
def stopped(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set when a dropped import's worker stops."""
    done = threading.Event()
    stop = getattr(ClaimtrackApp, "_stop_if_dropped", lambda self: None)

    def watched(self: ClaimtrackApp) -> None:
        try:
            stop(self)
        except BaseException:
            done.set()
            raise

    monkeypatch.setattr(ClaimtrackApp, "_stop_if_dropped", watched, raising=False)
    return done


@pytest.mark.parametrize("key", ["ctrl+q", "q"])
async def test_quitting_during_an_import_asks_and_drops_it(
    demo_store: Store,
    tmp_path: Path,
    held_read: tuple[threading.Event, threading.Event],
    stopped: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
) -> None:
    """ctrl+q (or q) while an import ran quit at once: the import was dropped without a
    word. Asked first: n keeps importing, y quits and drops it, and nothing of it is stored."""
    reading, release = held_read
    sources = demo_store.count(Source.TABLE)
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await start_import(pilot, folder_of(tmp_path, 3, monkeypatch))
        await wait_for(pilot, reading)
        await pilot.press(key)
        await pilot.pause()
        asked = question(app)
        assert "An import is running (0 of 3 files read): quit and drop it?" in asked
        assert "Nothing is stored yet" in asked
        assert "y quit, dropping it · n / esc keep importing" in asked
        await pilot.press("enter")  # ⏎ out of habit answers nothing
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog) and app.is_running
        await pilot.press(key)
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app._exit
        said = [str(r) for r in app._exit_renderables]  # printed once the terminal is back
        assert said == ["claimtrack: import dropped, nothing of it was stored"]
    release.set()
    assert stopped.wait(10)  # the worker stopped before reading on
    assert demo_store.count(Source.TABLE) == sources


async def test_quitting_while_an_import_is_stored_says_it_is_kept(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file read, the import is being written: it can no longer be dropped, and the
    question says quitting waits for it."""
    from claimtrack.ingest import prepare

    storing, release = threading.Event(), threading.Event()
    segment = prepare.segment

    def held(*args: Any, **kwargs: Any) -> Any:
        storing.set()
        release.wait(10)
        return segment(*args, **kwargs)

    monkeypatch.setattr(prepare, "segment", held)
    sources = demo_store.count(Source.TABLE)
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await start_import(pilot, folder_of(tmp_path, 2, monkeypatch))
        await wait_for(pilot, storing)
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        asked = question(app)
        assert "An import of 2 files is being stored: quit once it is written?" in asked
        assert "y quit once stored · n / esc stay" in asked
        await pilot.press("y")
        await pilot.pause()
        assert app._exit
        said = [str(r) for r in app._exit_renderables]
        assert said == ["claimtrack: storing the import before quitting…"]
        release.set()
        jobs_ = [w for w in app.workers if w.group == "jobs"]
        await app.workers.wait_for_complete(jobs_)
    for _ in range(1000):  # the worker writes on after the app has gone
        if demo_store.count(Source.TABLE) == sources + 2:
            break
        await _sleep(0.01)
    assert demo_store.count(Source.TABLE) == sources + 2


async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


async def test_keys_typed_after_q_are_not_answered(demo_store: Store) -> None:
    """ "q u e" typed fast (or "question" sent to the wrong pane): the app quits, and neither
    the undo nor the export dialog happens on the way out."""
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # accept the first suggestion: a change `u` would undo
        await settle(pilot)
        version = demo_store.version
        for key in "que":  # queued together, as a terminal delivers them
            app.post_message(events.Key(key, key))
        await pilot.pause()
        assert app._exit
        assert not isinstance(app.screen, ExportDialog)
    assert demo_store.version == version
