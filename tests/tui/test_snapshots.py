"""Snapshots of every view at 80x24: empty store, populated, with a dialog open, with an error."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from claimtrack.demo import populate
from claimtrack.model import Link
from claimtrack.services import annotate
from claimtrack.store import Store

from .conftest import (
    SIZE,
    app_for,
    fixed_clock,
    press,
    reader_statements,
    settle,
    tag_with_suggestions,
    type_text,
)


class FixedSuggester:
    """Stands in for `claimtrack.suggest.LinkSuggester` so these snapshots show the TUI, not
    the current state of the suggestion heuristics (tested in tests/test_suggest.py)."""

    def __init__(self, snapshot: Any, rejected: Any = (), existing: Any = (), **_: Any) -> None:
        self.claims = sorted(snapshot.claims)

    def candidates(self, claim_ids: Any = None, limit: int = 50) -> list[Any]:
        """Six fixed candidates over the first claims, best first."""
        from claimtrack.suggest import LinkCandidate

        c = self.claims
        if len(c) < 15:
            return []  # an empty store has nothing to suggest (it raised IndexError here)
        plan = [
            (c[4], c[5], "contradicts", 0.91, ("casualty counts differ: 12 vs 40",)),
            (c[6], c[7], "same-claim", 0.88, ("same speaker", "same numbers")),
            (c[8], c[4], "responds-to", 0.83, ('denial cue "rejected"', "shared subject Martuni")),
            (c[9], c[10], "supports", 0.80, ("same side", "shared place Shushi")),
            (c[11], c[12], "contradicts", 0.78, ("opposite stance on the same event",)),
            (c[13], c[14], "same-claim", 0.75, ("near-identical wording",)),
        ]
        return [LinkCandidate(a, b, r, s, why) for a, b, r, s, why in plan][:limit]


@pytest.fixture(autouse=True)
def _fixed_suggester(monkeypatch: pytest.MonkeyPatch) -> None:
    import claimtrack.suggest

    monkeypatch.setattr(claimtrack.suggest, "LinkSuggester", FixedSuggester)


VIEWS = ("sources", "reader", "claims", "speakers", "suggestions", "graph")
VIEW_KEYS = {name: str(i + 1) for i, name in enumerate(VIEWS)}


def populated() -> Store:
    """The demo with a worked first document: tags, narration, a note, links and verdicts."""
    store = Store.memory(clock=fixed_clock, analyst="tester")
    populate(store)
    tag_with_suggestions(store)
    ids = reader_statements(store)
    annotate.untag(store, ids[2])
    annotate.mark_narration(store, ids[4])
    claims = sorted(store.docs("claims"))
    annotate.set_statement_note(store, ids[1], "compare with the ministry's figure")
    annotate.link_claims(store, claims[0], claims[1], "contradicts")
    annotate.link_claims(store, claims[2], claims[0], "responds-to")
    annotate.link_claims(store, claims[3], claims[0], "supports")
    annotate.record_outcome(store, claims[0], "false", note="disproved", date="2020-11-02")
    annotate.record_outcome(store, claims[1], "mostly-true", date="2020-11-02")
    annotate.record_outcome(store, claims[3], "unverifiable", date="2020-11-02")
    return store


def hub(store: Store) -> str:
    """The claim with the most links (the graph's centre in these snapshots)."""
    counts: dict[str, int] = {}
    for link in store.all(Link):
        for cid in (link.a, link.b):
            counts[cid] = counts.get(cid, 0) + 1
    return max(sorted(counts), key=lambda c: counts[c])


async def _no_blink(pilot: Pilot[None]) -> None:
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


Step = Callable[[Pilot[None]], Awaitable[None]]


def keys(*sequence: str, text: str | None = None, after: tuple[str, ...] = ()) -> Step:
    """Press `sequence`, type `text`, press `after`, then freeze the cursor."""

    async def run(pilot: Pilot[None]) -> None:
        await press(pilot, *sequence)
        if text:
            await type_text(pilot, text)
        if after:
            await press(pilot, *after)
        await _no_blink(pilot)

    return run


async def _suggestions_error(pilot: Pilot[None]) -> None:
    """The first candidate is decided elsewhere (the CLI) before the analyst accepts it."""
    app: Any = pilot.app
    first = app.screen.candidates[0]
    if first.relation == "same-claim":
        annotate.merge_claims(app.store, first.a, [first.b])
    else:
        annotate.link_claims(app.store, first.a, first.b, first.relation)
    await press(pilot, "a")


async def _graph_error(pilot: Pilot[None]) -> None:
    """Linking the centre again to the claim it already contradicts."""
    app: Any = pilot.app
    centre = app.current_claim
    (link,) = [
        lk for lk in app.store.all(Link) if lk.relation == "contradicts" and centre in (lk.a, lk.b)
    ]
    other = link.b if link.a == centre else link.a
    await press(pilot, "l")
    await type_text(pilot, app.store.doc("claims", other)["summary"][:50])
    await press(pilot, "enter", "c")


DIALOGS: dict[str, Step] = {
    "sources": keys("i", text="~/reports/"),
    "reader": keys("s", text="alij"),
    "claims": keys("o"),
    "speakers": keys("a", text="Zara Example"),
    "suggestions": keys("question_mark"),
    "graph": keys("l", "enter"),
}

ERRORS: dict[str, Step] = {
    "sources": keys("i", text="/nonexistent/report.txt", after=("enter",)),
    "reader": keys("j", "j", "l"),
    "claims": keys("slash", text="verdict:maybe", after=("enter",)),
    "speakers": keys("a", text="Putin", after=("enter", "enter", "enter", "enter")),
    "suggestions": _suggestions_error,
    "graph": _graph_error,
}


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("state", ["empty", "populated", "dialog", "error"])
def test_view(view: str, state: str, snap_compare: Any) -> None:
    """One view in one state, at 80x24."""
    empty = Store.memory(clock=fixed_clock, analyst="tester")
    store = empty if state == "empty" else populated()
    app = app_for(store)

    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        if view == "graph" and state != "empty":
            app.current_claim = hub(store)
        await press(pilot, VIEW_KEYS[view])
        if state == "dialog":
            await DIALOGS[view](pilot)
        elif state == "error":
            await ERRORS[view](pilot)
        await _no_blink(pilot)
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_light_theme(snap_compare: Any) -> None:
    """The Reader in the light theme (ctrl+t)."""
    app = app_for(populated())

    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await press(pilot, "ctrl+t")

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_export_lists_its_formats_with_wrapped_descriptions_in_their_column(
    snap_compare: Any,
) -> None:
    """The export dialog's first step: a long description wraps under itself, not under the
    format names."""
    app = app_for(populated())

    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await press(pilot, "e")
        await _no_blink(pilot)
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_export_asks_what_to_export(snap_compare: Any) -> None:
    """The export dialog's second step in the Graph view: everything, or the centre's
    neighbourhood one or two links out."""
    store = populated()
    app = app_for(store)

    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        app.current_claim = hub(store)
        await press(pilot, VIEW_KEYS["graph"], "e", "enter")  # the first format
        await _no_blink(pilot)
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_a_source_is_edited_in_labelled_fields(snap_compare: Any) -> None:
    """The Sources view's edit dialog (r): every field says what it holds, filled or not."""
    app = app_for(populated())

    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await press(pilot, VIEW_KEYS["sources"], "r")
        await _no_blink(pilot)
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_a_statement_is_split_where_the_cut_is_moved(snap_compare: Any) -> None:
    """The Reader's split dialog (b): the statement with the cut (✂) before a word, the part
    that becomes new in italics, after one → moved the cut a word on."""
    app = app_for(populated())

    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await press(pilot, VIEW_KEYS["reader"], "b", "right")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_a_chinese_statement_is_split_between_characters(snap_compare: Any) -> None:
    """The split dialog over text without spaces: ←/→ moved the cut a character, and the ✂
    stands between two double-width characters, after the comma."""
    from claimtrack.services.importing import RawDocument, import_documents

    store = Store.memory(clock=fixed_clock, analyst="tester")
    text = (
        "俄罗斯外交部发言人扎哈罗娃表示，乌克兰关于舒什市遭到炮击的说法、西方的指责都是“荒谬的”。"
    )
    import_documents(store, [RawDocument(text.encode(), "report.txt", lang="zh")])
    app = app_for(store)

    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await press(pilot, "b", "home", *["right"] * 15)
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)
