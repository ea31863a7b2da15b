"""What keeps a 100k-statement desk instant, checked on small stores: a search, the
Suggestions view and an export do not redo, on the screen's thread, work whose inputs did not
change (timings are in `benchmarks/bench_tui.py`)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.model import Claim, Source
from claimtrack.services import annotate, queries
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.queries import ClaimFilter, claim_ids
from claimtrack.snapshot import Snapshot
from claimtrack.store import Store
from claimtrack.tui.screens import reader
from claimtrack.tui.widgets.document import DocumentView
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import app_for, hold_suggestions, press, settle, tag_with_suggestions, type_text

GATRA = "Korban bertambah\n\nPresiden Rusia Vladimir Putin mengatakan korban mendekati 5.000.\n"
WIRE = "Market shelled\n\nThe governor said at least 27 civilians were killed.\n"
TASS = "Заявление\n\nПутин заявил, что Vladimir Putin prefers talks.\n"


async def search(pilot: Any, query: str) -> None:
    """`/`, the query (replacing the last one), ⏎."""
    await press(pilot, "slash", "ctrl+u")
    await type_text(pilot, query)
    await press(pilot, "enter")


def counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[Any]:
    """Replace `owner.name` by a wrapper recording each call's first argument."""
    calls: list[Any] = []
    real: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0] if args else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


async def test_a_reader_search_elsewhere_reads_other_documents_once_and_sees_new_ones(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search matching nothing in the document shown names where it matches: at 100k
    statements that took 1.3-2 s a search, every statement folded again each time. A second
    search folds no other document again; one imported since is read and counted."""
    import_documents(
        empty_store,
        [
            RawDocument(GATRA.encode(), "g.txt", outlet="Gatra", published="2020-11-01"),
            RawDocument(WIRE.encode(), "w.txt", outlet="Desk Wire", published="2024-03-12"),
        ],
    )
    gatra_text = next(
        d["text"] for d in empty_store.docs(Source.TABLE).values() if d["outlet"] == "Gatra"
    )
    folded = counting(monkeypatch, reader, "fold")
    app = app_for(empty_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "right_square_bracket")  # the wire
        view = app.screen.query_one(DocumentView)
        await search(pilot, "Putin")
        assert view.keys == []
        assert view.empty_message.startswith("Nothing here matches “Putin”: 1 in Gatra")
        assert any(text in gatra_text for text in folded)
        folded.clear()
        await search(pilot, "Presiden")
        assert view.empty_message.startswith("Nothing here matches “Presiden”: 1 in Gatra")
        assert not [text for text in folded if text in gatra_text]  # Gatra not read again
        import_documents(
            empty_store,
            [RawDocument(TASS.encode(), "t.txt", outlet="TASS", published="2024-03-13")],
        )
        await search(pilot, "Putin")
        assert view.empty_message.startswith("Nothing here matches “Putin”: 2 in 2 other documents")


async def test_a_claims_search_reads_again_only_the_claims_changed_since(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each claims search folded every claim's summary and appearances again (~0.25 s at 5k
    claims); now a claim is read again only once changed, and the list is the one the
    CLI's `claims` filter gives."""
    tag_with_suggestions(demo_store)
    read = counting(monkeypatch, queries, "_searchable")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "3")
        await search(pilot, "said")
        total = demo_store.count(Claim.TABLE)
        assert len(read) == total
        lst = app.screen.query_one(LazyList)
        fresh = claim_ids(demo_store, ClaimFilter(words=("said",)), "reported")
        assert lst.keys == fresh and fresh
        read.clear()
        await search(pilot, "killed")
        assert read == []
        assert lst.keys == claim_ids(demo_store, ClaimFilter(words=("killed",)), "reported")
        claim = lst.keys[0]
        annotate.edit_claim(demo_store, claim, add_tags=["zebra"])
        read.clear()
        await search(pilot, "zebra")
        assert read == [demo_store]  # that one claim, read again
        assert lst.keys == [claim]


def test_a_snapshot_is_of_the_moment_it_was_asked_for_and_reuses_what_did_not_change(
    demo_store: Store,
) -> None:
    """The Suggestions view and exports build the snapshot in a worker: it must be the store
    as it stood when asked, whatever the analyst did meanwhile. And a snapshot after one
    change rebuilds that change only, not 113k records (0.5 s of a frozen screen)."""
    tag_with_suggestions(demo_store, limit=1)
    before = demo_store.snapshot()
    statement = next(i for i, s in before.statements.items() if s.speaker is None)
    speaker = next(iter(before.speakers))
    build = demo_store.snapshot_builder()
    annotate.tag(demo_store, statement, speaker)
    then = build()
    assert then.statements[statement].speaker is None  # as it stood when asked
    now = demo_store.snapshot()
    assert now.statements[statement].speaker == speaker
    assert now.statements[statement].claim in now.claims
    unchanged = [i for i in before.statements if i != statement]
    assert all(now.statements[i] is before.statements[i] for i in unchanged)
    assert all(now.sources[i] is before.sources[i] for i in before.sources)
    assert now is demo_store.snapshot()  # nothing changed since: the same one


@pytest.fixture
def snapshot_threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the threads each snapshot is built in."""
    threads: list[str] = []
    real = Snapshot.__init__

    def init(self: Snapshot, *args: Any, **kwargs: Any) -> None:
        threads.append(threading.current_thread().name)
        real(self, *args, **kwargs)

    monkeypatch.setattr(Snapshot, "__init__", init)
    return threads


async def test_the_suggestions_view_builds_its_snapshot_off_the_screen_thread(
    demo_store: Store, snapshot_threads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pressing 5 froze a 100k desk for ~0.7 s before the view showed: the snapshot was built
    on the screen's thread, and Textual then wrote its repr (23 MB) into the worker's
    description."""
    tag_with_suggestions(demo_store)
    release = hold_suggestions(monkeypatch)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await pilot.pause()
        running = [w for w in app.workers if w.group == "suggest"]
        assert running
        assert all(len(w.description) < 100 for w in running), running[0].description[:200]
        release.set()
        await settle(pilot)
        assert app.screen.candidates  # type: ignore[attr-defined]
    main = threading.main_thread().name
    assert snapshot_threads and main not in snapshot_threads


async def test_an_export_builds_its_snapshot_off_the_screen_thread(
    demo_store: Store, snapshot_threads: list[str], tmp_path: Path
) -> None:
    """The export's snapshot is built in its worker too, and the file holds the desk."""
    tag_with_suggestions(demo_store)
    app = app_for(demo_store)
    target = tmp_path / "desk.csv"
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.export_job("csv", str(target))
        await settle(pilot)
    rows = target.read_text(encoding="utf-8").splitlines()
    assert len(rows) == demo_store.count(Claim.TABLE) + 1
    assert snapshot_threads and threading.main_thread().name not in snapshot_threads


async def test_a_search_elsewhere_sees_a_statement_the_cli_joined_since(tmp_path: Path) -> None:
    """The other documents' folded statements are kept from one search to the next (and
    now searched in the background); a statement the CLI joined with its neighbour since is
    searched as one: words of the two halves, found in no one statement before, are then
    found together, the view reopened on the same document."""
    from claimtrack.cli.main import main
    from claimtrack.services.queries import statements_of_source

    path = tmp_path / "desk.json"
    store = Store.open(path, create=True, analyst="tester")
    cut = "Korban bertambah\n\nGubernur mengatakan pasukan mundur.\n\nKota Ganja dibombardir.\n"
    import_documents(
        store,
        [
            RawDocument(cut.encode(), "g.txt", outlet="Gatra", published="2020-11-01"),
            RawDocument(WIRE.encode(), "w.txt", outlet="Desk Wire", published="2024-03-12"),
        ],
    )
    gatra = next(i for i, d in store.docs(Source.TABLE).items() if d["outlet"] == "Gatra")
    text = store.docs(Source.TABLE)[gatra]["text"]
    said, shelled = [
        s.id
        for s in statements_of_source(store, gatra)
        if "mundur" in text[s.start : s.end] or "Ganja" in text[s.start : s.end]
    ]
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "right_square_bracket")  # the wire
        view = app.screen.query_one(DocumentView)
        await search(pilot, "mundur Ganja")
        assert view.keys == []
        assert view.empty_message.startswith("Nothing matches “mundur Ganja”")
        assert main(["statement", "join", said, shelled, "--db", str(path)]) == 0
        app.poll_store()
        await press(pilot, "1", "2")  # away and back: the Reader reopened on the wire
        await search(pilot, "mundur Ganja")
        assert view.keys == []
        assert view.empty_message.startswith("Nothing here matches “mundur Ganja”: 1 in Gatra")
    store.close()


async def test_a_search_elsewhere_answers_in_the_background(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first search of a 100k desk that found nothing in the document shown froze the
    screen 1.3-1.8 s while every other document was folded: the document shown is filtered
    at once, says it is looking elsewhere, and keys answer until the count comes."""
    import_documents(
        empty_store,
        [
            RawDocument(GATRA.encode(), "g.txt", outlet="Gatra", published="2020-11-01"),
            RawDocument(WIRE.encode(), "w.txt", outlet="Desk Wire", published="2024-03-12"),
        ],
    )
    release = threading.Event()
    folded = reader.ReaderScreen._folded_statements

    def held(self: Any, *args: Any) -> Any:
        release.wait(10)
        return folded(self, *args)

    monkeypatch.setattr(reader.ReaderScreen, "_folded_statements", held)
    app = app_for(empty_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "right_square_bracket")  # the wire
        view = app.screen.query_one(DocumentView)
        await pilot.press("slash", "ctrl+u", *"Putin", "enter")
        await pilot.pause()
        assert view.keys == []
        assert "looking in the other documents" in view.empty_message
        await pilot.press("1")  # the Sources view opens meanwhile
        await pilot.pause()
        assert app.current_mode == "sources"
        await pilot.press("2")
        release.set()
        await settle(pilot)
        assert view.empty_message.startswith("Nothing here matches “Putin”: 1 in Gatra")
