"""The cursor stays on screen: after a search changes what a view lists, and with a line of
what comes next below it, so a key never acts on a row the analyst cannot see."""

from __future__ import annotations

import pytest

from claimtrack.model import Source, Statement
from claimtrack.services import annotate
from claimtrack.services.annotate import statement_text
from claimtrack.services.lookup import find_speaker
from claimtrack.store import Store
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.widgets.document import DocumentView
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import app_for, press, reader_statements, settle, tag_with_suggestions, type_text
from .test_friction import listen


def painted(view: DocumentView | LazyList) -> list[str]:
    """The lines the view paints on screen, top to bottom."""
    height = view.scrollable_content_region.height
    return ["".join(s.text for s in view.render_line(y)).rstrip() for y in range(height)]


def cursor_rows(view: DocumentView | LazyList) -> list[int]:
    """The screen lines of the cursor's row: the one marked ▸ and, in the Reader, the lines
    its statement wraps onto below it (none when the cursor is off screen)."""
    lines = painted(view)
    rows = [y for y, line in enumerate(lines) if line.startswith("▸")]
    if isinstance(view, DocumentView) and rows:
        while rows[-1] + 1 < len(lines) and lines[rows[-1] + 1].startswith("    "):
            rows.append(rows[-1] + 1)
    return rows


async def search(pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    """`/`, the query in place of the last one, ⏎ (an empty query clears the search)."""
    await press(pilot, "slash", "ctrl+u")
    await type_text(pilot, query)
    await press(pilot, "enter")


def caspian(store: Store) -> str:
    """The Caspian Daily report: "Terter" in its fifth statement and again near its end."""
    docs = store.docs(Source.TABLE)
    return next(k for k, d in docs.items() if d.get("outlet") == "Caspian Daily")


@pytest.mark.parametrize("size", [(80, 24), (52, 17)])
async def test_clearing_a_search_in_the_reader_shows_the_statement_under_the_cursor(
    demo_store: Store, size: tuple[int, int]
) -> None:
    """`/` Terter ⏎, down to the second match, `/` ctrl+u ⏎: the document came back at its
    top with no ▸ on screen while the cursor sat on the Terter statement far below, and ⏎
    acted on it ("already said by …") unseen. (Narrow, the scrollbar the whole document
    brings wraps it anew, moving that statement further down.)"""
    tag_with_suggestions(demo_store)
    source = caspian(demo_store)
    residents = next(
        s
        for s in reader_statements(demo_store, source)
        if statement_text(demo_store, demo_store.get(Statement, s)).startswith("Residents")  # type: ignore[arg-type]
    )
    annotate.tag(demo_store, residents, find_speaker(demo_store, "Hikmet Hajiyev").id)
    app = app_for(demo_store)
    app.current_source = source
    heard = listen(app)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, "2")
        view = app.screen.query_one(DocumentView)
        await search(pilot, "Terter")
        await press(pilot, "down")
        assert painted(view)[cursor_rows(view)[0]].startswith("▸ ✓ Residents of Terter")
        await search(pilot, "")
        assert len(view.keys) > 10  # the whole document again
        marked = [painted(view)[y] for y in cursor_rows(view)]
        assert marked, "no ▸ on screen"
        assert marked[0].startswith("▸ ✓ Residents of Terter")
        said = " ".join(line[4:].strip() for line in marked)
        assert said.endswith("— Hikmet Hajiyev")  # all of it, down to who said it
        await press(pilot, "enter")
        assert heard[-1].startswith("already said by Hikmet Hajiyev")  # the one on screen


async def test_the_reader_keeps_a_line_of_the_next_statement_below_the_cursor(
    demo_store: Store,
) -> None:
    """Going down a document, the cursor's statement ended on the bottom line and the next
    one was cut off: the analyst read on without seeing what ⏎ would go to."""
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "home")
        view = app.screen.query_one(DocumentView)
        for _ in range(len(view.keys) - 2):  # down to the statement before the last
            await press(pilot, "j")
            lines = painted(view)
            last = cursor_rows(view)[-1]
            # the blank line between two statements, then the next statement's first line
            assert last + 2 < len(lines), f"nothing below the cursor: {lines[last]!r}"
            assert lines[last + 1] == "" and lines[last + 2].strip(), lines[last : last + 3]
        assert view.scroll_y > 0  # the document was longer than the screen
        await press(pilot, "j")
        assert cursor_rows(view)[-1] == len(painted(view)) - 1  # the last: nothing below it


@pytest.mark.parametrize(
    ("view", "query", "size"),
    [
        ("3", "Azerbaijan", (80, 24)),  # Claims: 20 of 69 fit on screen
        ("4", "Ministry", (80, 12)),  # Speakers
        ("5", "Terter", (80, 24)),  # Suggestions
        ("1", "warta", (80, 9)),  # Sources
    ],
)
async def test_clearing_a_search_in_a_list_keeps_its_highlighted_row_on_screen(
    demo_store: Store, view: str, query: str, size: tuple[int, int]
) -> None:
    """The last row of a search, the search cleared: the list came back at its top with the
    cursor on that row out of sight (Claims, Speakers, Suggestions), or the cursor went to
    the first row (Sources). The row stays highlighted, and on screen."""
    tag_with_suggestions(demo_store)
    app: ClaimtrackApp = app_for(demo_store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, view)
        lst = app.screen.query_one(LazyList)
        everything = len(lst.keys)
        await search(pilot, query)
        assert 1 < len(lst.keys) < everything
        await press(pilot, "end")
        chosen = painted(lst)[cursor_rows(lst)[0]][:20]  # (a scrollbar may narrow it)
        await search(pilot, "")
        assert len(lst.keys) == everything
        rows = cursor_rows(lst)
        assert rows, "no ▸ on screen"
        assert painted(lst)[rows[0]][:20] == chosen


async def test_a_list_keeps_the_next_row_in_view_below_the_cursor(demo_store: Store) -> None:
    """Going down the claims, the cursor stops a row above the bottom while rows follow."""
    tag_with_suggestions(demo_store)
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "3")
        lst = app.screen.query_one(LazyList)
        height = lst.scrollable_content_region.height
        for _ in range(height + 3):
            await press(pilot, "j")
            assert cursor_rows(lst)[0] <= height - 2
        assert lst.scroll_y > 0
        await press(pilot, "end")
        assert cursor_rows(lst) == [height - 1]  # nothing follows the last row
        await press(pilot, "k")
        assert cursor_rows(lst) == [height - 2]  # no scroll back: the row below is in view


async def test_a_wrapped_statement_is_marked_once_as_one_row(demo_store: Store) -> None:
    """The cursor's ▸ was drawn on every line a statement wrapped onto: a statement of two
    lines read as two rows selected. It marks the first line only; the lines under it are
    indented as the statement's text."""
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "home")
        view = app.screen.query_one(DocumentView)
        wrapped = 0
        for _ in range(len(view.keys) - 1):
            lines = painted(view)
            marked = [y for y, line in enumerate(lines) if line.startswith("▸")]
            assert len(marked) == 1, lines
            rows = cursor_rows(view)
            wrapped += len(rows) > 1
            assert all(lines[y].startswith("    ") and lines[y].strip() for y in rows[1:])
            await press(pilot, "j")
        assert wrapped  # statements of several lines were among them
