"""The Reader as a review queue: ⏎, `s` and `x` go on to the next statement still to review,
pressed with the real keys and read off the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from claimtrack.model import Statement
from claimtrack.services import annotate
from claimtrack.services.annotate import statement_text
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.queries import is_reviewed
from claimtrack.store import Store
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.widgets.document import DocumentView

from ..conftest import SEED
from .conftest import app_for, press, reader_statements, settle, type_text
from .test_friction import listen


def cursor_line(app: ClaimtrackApp) -> str:
    """The line of the document the cursor mark (▸) is on, as painted."""
    view = app.screen.query_one(DocumentView)
    for y in range(view.scrollable_content_region.height):
        line = "".join(segment.text for segment in view.render_line(y))
        if line.startswith("▸"):
            return line
    raise AssertionError("no cursor on screen")


def opening(store: Store, statement_id: str) -> str:
    """The first words of a statement, as its first line on screen starts."""
    st = store.get(Statement, statement_id)
    assert st is not None
    return " ".join(statement_text(store, st).split()[:4])


def reviewed(store: Store, statement_id: str) -> bool:
    """Tagged or narration, as the Sources view counts it."""
    return is_reviewed(store.doc(Statement.TABLE, statement_id) or {})


async def _accept(pilot: Pilot[None]) -> None:
    await press(pilot, "enter")


async def _narration(pilot: Pilot[None]) -> None:
    await press(pilot, "x")


async def _pick(pilot: Pilot[None]) -> None:
    await press(pilot, "s")
    await type_text(pilot, "Hikmet Hajiyev")
    await press(pilot, "enter")


ACTS = {"enter": _accept, "x": _narration, "s": _pick}


@pytest.mark.parametrize("key", ACTS)
async def test_acting_on_a_statement_skips_the_rows_already_reviewed(
    demo_store: Store, key: str
) -> None:
    """⏎ (and `s`, `x`) moved to the next row even when it was a dateline marked narration
    or a statement already tagged, where ⏎ then only said so: working through a backlog
    took a `j` for every such row. The cursor lands on the next statement to review."""
    ids = reader_statements(demo_store)
    annotate.mark_narration(demo_store, ids[2])
    annotate.tag(demo_store, ids[3], "Hikmet Hajiyev")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "j")  # the second statement: one with a suggested speaker
        assert opening(demo_store, ids[1]) in cursor_line(app)
        assert app.screen._suggestions.get(ids[1]) is not None  # type: ignore[attr-defined]
        await ACTS[key](pilot)
        assert reviewed(demo_store, ids[1])
        shown = cursor_line(app)
    assert opening(demo_store, ids[4]) in shown, shown


async def test_past_the_last_statement_the_cursor_goes_back_to_the_first_left(
    demo_store: Store,
) -> None:
    """At the end of the document the next row was none (the cursor stayed put): the
    statements skipped on the way were left for the analyst to find. The cursor goes back
    up to the first one left, and a notice says why it jumped."""
    ids = reader_statements(demo_store)
    for st in ids[1:-1]:
        annotate.mark_narration(demo_store, st)
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "end")
        assert opening(demo_store, ids[-1]) in cursor_line(app)
        await press(pilot, "x")
        assert reviewed(demo_store, ids[-1])
        shown = cursor_line(app)
    assert opening(demo_store, ids[0]) in shown, shown
    assert "back up to the first statement left to review (1 left)" in heard[-1], heard


async def test_with_nothing_left_the_cursor_stays_and_the_notice_says_the_document_is_done(
    demo_store: Store,
) -> None:
    """The last statement reviewed: the cursor stays on it (it was there to see) and the
    analyst is told the document is done and how to read on."""
    ids = reader_statements(demo_store)
    for st in ids[:-1]:
        annotate.mark_narration(demo_store, st)
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "end", "x")
        assert reviewed(demo_store, ids[-1])
        shown = cursor_line(app)
    assert opening(demo_store, ids[-1]) in shown, shown
    assert heard[-1] == f"all {len(ids)} statements reviewed: ] reads the next source", heard


async def test_j_still_steps_onto_reviewed_rows(demo_store: Store) -> None:
    """Only acting moves on to the next statement left: `j` reads every row, as before."""
    ids = reader_statements(demo_store)
    annotate.mark_narration(demo_store, ids[1])
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "j")
        shown = cursor_line(app)
    assert opening(demo_store, ids[1]) in shown, shown


async def test_a_document_opens_on_its_first_statement_to_review(tmp_path: Path) -> None:
    """The seed article's first row is its breadcrumb, marked narration at import: the Reader
    opened on it, and ⏎ there only said "already narration"."""
    store = Store.open(tmp_path / "s.json", create=True, analyst="tester")
    data = SEED.read_bytes()
    import_documents(store, [RawDocument(data=data, filename=SEED.name)])
    ids = reader_statements(store)
    assert reviewed(store, ids[0])  # the breadcrumb
    first_work = next(i for i in ids if not reviewed(store, i))
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(DocumentView).current == first_work
        assert opening(store, first_work) in cursor_line(app)
        await press(pilot, "enter")  # accepted or asked for: never "already narration"
        assert not any("already narration" in n.message for n in app._notifications)
    store.close()


async def test_the_next_document_opens_on_its_first_statement_to_review(
    demo_store: Store,
) -> None:
    """`]` read the next source from its first row, whatever had been reviewed there."""
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "]")
        reader = app.screen
        shown = reader.shown  # type: ignore[attr-defined]
        ids = reader_statements(demo_store, shown)
        annotate.tag(demo_store, ids[0], "Hikmet Hajiyev")
        annotate.mark_narration(demo_store, ids[1])
        await press(pilot, "[", "]")
        assert reader.shown == shown  # type: ignore[attr-defined]
        assert app.screen.query_one(DocumentView).current == ids[2]
        await press(pilot, "home")  # the first row is one key away
        assert app.screen.query_one(DocumentView).current == ids[0]


async def test_a_search_showing_one_statement_says_the_one_statement_is_reviewed(
    demo_store: Store,
) -> None:
    """A search left one statement; reviewing it said "all 1 statement … reviewed"."""
    ids = reader_statements(demo_store)
    words = opening(demo_store, ids[2])
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        await type_text(pilot, words)
        await press(pilot, "enter")
        assert app.screen.query_one(DocumentView).keys == [ids[2]]
        await press(pilot, "x")
    assert heard[-1] == (
        "the one statement matching the search reviewed: ] reads the next source"
    ), heard
