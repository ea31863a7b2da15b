"""TUI fixtures: deterministic stores (seeded ids, fixed clock) and helpers to drive the app."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from time import monotonic
from typing import Any

import pytest
from textual.pilot import Pilot

from claimtrack.demo import populate
from claimtrack.ids import seed_ids
from claimtrack.model import Source
from claimtrack.services import annotate
from claimtrack.services.queries import SuggestionCache, statements_of_source
from claimtrack.store import Store
from claimtrack.tui.app import ClaimtrackApp, make_app
from claimtrack.tui.dialogs.export import ExportDialog
from claimtrack.tui.widgets.document import DocumentView

CLOCK = "2020-11-01T00:00:00Z"
SIZE = (80, 24)
BACKGROUND_GROUPS = frozenset({"jobs", "suggest", "rank", "search"})


def fixed_clock() -> str:
    """The same instant for every change, so snapshots and events are reproducible."""
    return CLOCK


@pytest.fixture(autouse=True)
def _deterministic(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Seeded ids, colour on (the root conftest sets NO_COLOR for the CLI tests)."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    seed_ids(1234)
    yield
    seed_ids(None)


@pytest.fixture
def empty_store() -> Store:
    """An empty in-memory store."""
    return Store.memory(clock=fixed_clock, analyst="tester")


@pytest.fixture
def demo_store() -> Store:
    """The demo investigation: eight documents (en/id/ru) and the registered speakers."""
    store = Store.memory(clock=fixed_clock, analyst="tester")
    populate(store)
    return store


def first_source(store: Store) -> str:
    """The source the Reader opens first (earliest publication)."""
    docs = store.docs(Source.TABLE)
    return sorted(docs, key=lambda i: (docs[i].get("published") or "", i))[0]


def reader_statements(store: Store, source: str | None = None) -> list[str]:
    """Statement ids of a source in reading order."""
    return [s.id for s in statements_of_source(store, source or first_source(store))]


def reader_lines(app: ClaimtrackApp) -> list[str]:
    """The Reader's statement blocks as the analyst reads them (plain text)."""
    return [block.body.plain for block in app.screen.query_one(DocumentView)._blocks]


def tag_with_suggestions(store: Store, limit: int | None = None) -> list[str]:
    """Tag statements with their suggested registered speaker; returns the claim ids made."""
    cache = SuggestionCache(store)
    claims: list[str] = []
    docs = store.docs(Source.TABLE)
    for sid in sorted(docs, key=lambda i: (docs[i].get("published") or "", i)):
        for st_id, sugg in sorted(cache.for_source(sid).items()):
            if sugg is not None and sugg.speaker and (limit is None or len(claims) < limit):
                _, _, claim = annotate.tag(store, st_id, sugg.speaker)
                claims.append(claim.id)
    return list(dict.fromkeys(claims))


def app_for(store: Store) -> ClaimtrackApp:
    """The app under test (no store polling timer: tests call `poll_store` themselves)."""
    return make_app(store, poll=False)


async def settle(pilot: Pilot[None]) -> None:
    """Let workers, dialogs and repaints finish."""
    await pilot.pause()
    # Dialog flows are workers waiting for the analyst: only wait for background jobs, and
    # for those they start when they end (a computation asked for while one ran).
    while jobs := [w for w in pilot.app.workers if w.group in BACKGROUND_GROUPS]:
        await pilot.app.workers.wait_for_complete(jobs)
        await pilot.pause()
    await pilot.pause()


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Press keys one by one, settling after each (dialogs open in workers)."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def until(pilot: Pilot[None], condition: Callable[[], bool], seconds: float = 20) -> None:
    """Pause until `condition` holds (a palette's search, a timer's work): a fixed pause
    fails on a loaded CI machine. The caller asserts the condition after."""
    deadline = monotonic() + seconds
    while not condition() and monotonic() < deadline:
        await pilot.pause(0.05)


def type_at_once(pilot: Pilot[None], *keys: str) -> None:
    """Send `keys` as a terminal does when they are typed fast: all queued before the app
    answers the first (`Pilot.press` waits for the app between keys, as no analyst does)."""
    from textual import events

    app = pilot.app
    assert app._driver is not None
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Type into the focused field."""
    await pilot.press(*text)
    await settle(pilot)


async def choose_export(pilot: Pilot[None], app: ClaimtrackApp, fmt: str) -> ExportDialog:
    """Open the export dialog with `e` and choose `fmt` and everything: the dialog, at the
    file name it offers."""
    await press(pilot, "e")
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    dialog._choose(fmt)
    await settle(pilot)
    if dialog.scopes:
        await press(pilot, "enter")  # everything
    return dialog


async def export_through_dialog(
    pilot: Pilot[None], app: ClaimtrackApp, fmt: str, path: Path
) -> ExportDialog:
    """`choose_export`, then type `path` and press enter; the dialog (which may still be
    open, refusing)."""
    dialog = await choose_export(pilot, app, fmt)
    await press(pilot, "ctrl+u")
    await type_text(pilot, str(path))
    await press(pilot, "enter")
    return dialog


@pytest.fixture
def tmp_store_path(tmp_path: Path) -> Path:
    """A store file path in a fresh folder."""
    return tmp_path / "desk.json"


def hold_suggestions(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make the link suggester wait (up to 10 s) until the returned event is set: a
    computation that outlasts the analyst's next keys, as on a 100k desk."""
    from claimtrack.suggest import LinkSuggester

    release = threading.Event()
    rank = LinkSuggester.candidates

    def held(self: LinkSuggester, *args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return rank(self, *args, **kwargs)

    monkeypatch.setattr(LinkSuggester, "candidates", held)
    return release
