"""The Suggestions view lists what is still a question: a candidate accepted here, or linked
or rejected by the CLI meanwhile, is gone from the rows at once, whenever the background
computation finishes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Label

from claimtrack.cli.main import main
from claimtrack.demo import populate
from claimtrack.store import Store
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import app_for, fixed_clock, hold_suggestions, press, settle, tag_with_suggestions

Row = tuple[str, str, str]


def listed(app: ClaimtrackApp) -> list[Row]:
    """(a, b, relation) of every row the view lists, in order."""
    screen = app.screen
    rows = screen.query_one(LazyList).keys
    return [(c.a, c.b, c.relation) for c in (screen.candidates[int(k)] for k in rows)]  # type: ignore[attr-defined]


def header(app: ClaimtrackApp) -> str:
    return str(app.screen.query_one("#header", Label).render())


def cli(db: Path, *args: str) -> None:
    """A CLI command run elsewhere on the same store."""
    assert main([*args, "--db", str(db)]) == 0


@pytest.fixture
def desk(tmp_store_path: Path) -> Iterator[Store]:
    """The demo tagged with its suggested speakers, in a file the CLI can write too."""
    store = Store.open(tmp_store_path, create=True, clock=fixed_clock, analyst="tester")
    populate(store)
    tag_with_suggestions(store)
    store.checkpoint()
    yield store
    store.close()


def links_only(rows: list[Row]) -> list[Row]:
    """Rows whose acceptance makes a link (a merge would move other rows about)."""
    return [r for r in rows if r[2] != "same-claim"]


async def test_an_accepted_suggestion_and_a_cli_rejection_leave_the_list(
    desk: Store, tmp_store_path: Path
) -> None:
    app = app_for(desk)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "5")
        rows = listed(app)
        accepted, *_ = links_only(rows)
        app.screen.query_one(LazyList).select_key(str(rows.index(accepted)))
        await press(pilot, "a")
        assert accepted not in listed(app)
        # the CLI rejects another row, links a third: gone at the next poll, before any
        # recomputation has finished
        rejected, linked = [r for r in links_only(listed(app)) if {r[0], r[1]} != set(accepted)][:2]
        cli(tmp_store_path, "suggest", "reject", rejected[0], rejected[1], "--rel", rejected[2])
        cli(tmp_store_path, "link", linked[0], linked[1], "--rel", linked[2])
        app.poll_store()
        now = listed(app)
        assert rejected not in now and linked not in now and accepted not in now
        await settle(pilot)  # and the recomputed queue agrees
        now = listed(app)
        assert rejected not in now and linked not in now and accepted not in now
        assert "computing" not in header(app)
        await press(pilot, "3", "5")  # a visit recomputes: nothing settled comes back
        assert not {rejected, linked, accepted} & set(listed(app))


async def test_an_accept_while_the_queue_is_recomputed_leaves_no_stale_row(
    desk: Store, tmp_store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Intermittent: a row the CLI rejected stayed listed, under a header saying "computing…"
    for good, when the analyst accepted a row before the recomputation the CLI's change set
    off had finished (its result was then thrown away as out of date)."""
    app = app_for(desk)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "5")
        rows = links_only(listed(app))
        rejected = rows[0]
        accepted = next(r for r in rows if {r[0], r[1]} != {rejected[0], rejected[1]})
        release = hold_suggestions(monkeypatch)
        cli(tmp_store_path, "suggest", "reject", rejected[0], rejected[1], "--rel", rejected[2])
        app.poll_store()  # the computation starts, and waits
        await pilot.pause()
        assert rejected not in listed(app)
        screen = app.screen
        screen.query_one(LazyList).select_key(str(listed(app).index(accepted)))
        await pilot.press("a")  # before the computation is done
        await pilot.pause()
        assert accepted not in listed(app) and rejected not in listed(app)
        release.set()
        await settle(pilot)
        assert not screen.computing  # type: ignore[attr-defined]
        assert "computing" not in header(app)
        assert accepted not in listed(app) and rejected not in listed(app)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_what_a_decision_did_is_said_over_no_suggestion(
    desk: Store, size: tuple[int, int]
) -> None:
    """ "linked …" sat as a toast over the details, then (moved) over the queue's first rows
    for 3 s: the next suggestions to read. It is said on a line of its own between the
    queue and the details until the next decision, and goes when it is undone."""
    from textual.widgets._toast import Toast

    app = app_for(desk)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "5")
        while app.screen.computing:  # type: ignore[attr-defined]
            await settle(pilot)
        await press(pilot, "a")
        await pilot.pause(0.2)
        assert not app.screen.query(Toast)
        line = app.screen.query_one("#suggestion-done")
        said = str(line.render())
        assert ("linked" in said or "merged" in said) and "u undoes" in said
        queue, pane = app.screen.query_one(LazyList), app.screen.query_one("#suggestion-pane")
        assert not line.region.overlaps(queue.region) and not line.region.overlaps(pane.region)
        assert queue.region.height >= 1 and pane.region.height >= 1
        await press(pilot, "u")
        await settle(pilot)
        assert not line.display  # undone: no longer true


async def test_the_queue_stays_in_view_while_it_is_computed(
    desk: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first computation of a 100k desk takes ~15 s, and the whole view sat under a
    spinner (the screen's own `loading` flag was set by mistake) while the header's
    "computing…" was never seen. The header and the empty queue say what is going on."""
    release = hold_suggestions(monkeypatch)
    app = app_for(desk)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await pilot.pause()
        screen = app.screen
        assert not screen.loading  # no spinner over the view
        assert "computing…" in header(app)
        assert screen.query_one(LazyList).empty_message.startswith("Computing suggestions")
        release.set()
        await settle(pilot)
        assert listed(app) and "computing" not in header(app)


async def test_deciding_one_suggestion_after_another_shows_one_confirmation(
    demo_store: Store,
) -> None:
    """x, x, a: three toasts of several lines each piled up over the right half of the
    queue and of the details. Each confirmation takes the place of the one before, on the
    line between the queue and the details."""
    from textual.widgets._toast import Toast

    tag_with_suggestions(demo_store)
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "5")
        rejected = listed(app)[0]
        await press(pilot, "x", "x", "a")
        await pilot.pause()
        assert not app.screen.query(Toast)
        said = str(app.screen.query_one("#suggestion-done").render())
        assert "rejected" not in said and ("linked" in said or "merged" in said), said
        assert rejected not in listed(app)  # the first decision was made all the same
        await press(pilot, "u")  # undone: said in place of the accept's confirmation
        await pilot.pause()
        toasts = [str(t.render()) for t in app.screen.query(Toast)]
        assert len(toasts) == 1 and toasts[0].startswith("undone: "), toasts


async def test_changes_while_the_queue_is_computed_wait_for_that_computation(
    desk: Store, tmp_store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A computation cannot be stopped once started: a second one asked meanwhile (the CLI
    rejected a row, then another) ran beside it, and on a 100k desk the queue wanted came
    after two computations' time (25-45 s). It now starts when the first ends, from what
    that one analysed, and the queue it gives holds neither row the CLI rejected."""
    from typing import Any

    from claimtrack.suggest import LinkSuggester

    app = app_for(desk)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "5")
        first, second = [r for r in links_only(listed(app))][:2]
        release = hold_suggestions(monkeypatch)
        held = LinkSuggester.candidates
        running, most = [0], [0]

        def counted(self: LinkSuggester, *args: Any, **kwargs: Any) -> Any:
            running[0] += 1
            most[0] = max(most[0], running[0])
            try:
                return held(self, *args, **kwargs)
            finally:
                running[0] -= 1

        monkeypatch.setattr(LinkSuggester, "candidates", counted)
        cli(tmp_store_path, "suggest", "reject", first[0], first[1], "--rel", first[2])
        app.poll_store()  # a computation starts, and waits
        await pilot.pause()
        cli(tmp_store_path, "suggest", "reject", second[0], second[1], "--rel", second[2])
        app.poll_store()  # another is asked for
        await pilot.pause()
        assert first not in listed(app) and second not in listed(app)
        release.set()
        await settle(pilot)
        assert most[0] == 1
        assert not app.screen.computing  # type: ignore[attr-defined]
        assert listed(app) and first not in listed(app) and second not in listed(app)
