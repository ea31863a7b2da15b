"""Every binding of the action table, pressed in a running app, with the store checked after.

The test walks `ACTIONS`: a key added to the table without a scenario here fails the suite.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Label

from claimtrack.model import Claim, Link, Outcome, Rejection, Source, Speaker, Statement
from claimtrack.services import annotate, spans
from claimtrack.services.lookup import find_speaker
from claimtrack.services.queries import CLAIM_ORDERS, ClaimFilter, claim_ids
from claimtrack.store import Store
from claimtrack.tui.actions import ACTIONS, RELATION_KEYS, VERDICT_KEYS, VIEWS, Action
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.dialogs.help import HelpScreen
from claimtrack.tui.dialogs.split import SplitDialog
from claimtrack.tui.widgets.document import DocumentView
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import (
    app_for,
    first_source,
    press,
    reader_statements,
    settle,
    tag_with_suggestions,
    type_text,
    until,
)

Scenario = Callable[[Pilot[None], ClaimtrackApp, Store, Action, Path], Awaitable[None]]
SCENARIOS: dict[tuple[str, str], Scenario] = {}


def scenario(scope: str, *keys: str) -> Callable[[Scenario], Scenario]:
    """Register a scenario for these keys of a scope."""

    def register(fn: Scenario) -> Scenario:
        for key in keys:
            SCENARIOS[(scope, key)] = fn
        return fn

    return register


def statement(store: Store, sid: str) -> Statement:
    found = store.get(Statement, sid)
    assert found is not None
    return found


def tag(store: Store, sid: str, speaker: str) -> str:
    """Tag through the service; returns the claim id."""
    return annotate.tag(store, sid, speaker)[2].id


def outcomes(store: Store, claim: str) -> list[str]:
    return [o.verdict for o in store.all(Outcome) if o.claim == claim]


def links(store: Store) -> set[tuple[str, str, str]]:
    return {(lk.a, lk.b, lk.relation) for lk in store.all(Link)}


# -- app scope ----------------------------------------------------------------------------
@scenario("app", "1", "2", "3", "4", "5", "6")
async def _view(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    start = "sources" if action.key != "1" else "claims"
    app.switch_mode(start)
    await settle(pilot)
    await press(pilot, action.key)
    name = action.action.split("'")[1]
    assert app.current_mode == name
    assert name == app.screen.SCOPE  # type: ignore[attr-defined]


@scenario("app", "question_mark")
async def _help(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    await press(pilot, "question_mark")
    assert isinstance(app.screen, HelpScreen)
    await press(pilot, "escape")
    assert not isinstance(app.screen, HelpScreen)


@scenario("app", "ctrl+p")
async def _palette(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    await press(pilot, "ctrl+p")
    assert isinstance(app.screen, CommandPalette)
    await type_text(pilot, "view: Speakers")
    found = app.screen.query_one(CommandList)
    await until(pilot, lambda: found.option_count > 0)
    await press(pilot, "enter")
    await settle(pilot)
    assert app.current_mode == "speakers"


@scenario("app", "slash")
async def _search(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = tag_with_suggestions(store, limit=3)
    annotate.record_outcome(store, claims[1], "false")
    app.switch_mode("claims")
    await settle(pilot)
    await press(pilot, "slash")
    await type_text(pilot, "verdict:false")
    await press(pilot, "enter")
    assert app.screen.query_one(LazyList).keys == [claims[1]]


@scenario("app", "u")
async def _undo(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    sid = reader_statements(store)[0]
    tag(store, sid, "Putin")
    await press(pilot, "u")
    assert statement(store, sid).speaker is None


@scenario("app", "ctrl+r")
async def _redo(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    sid = reader_statements(store)[0]
    tag(store, sid, "Putin")
    await press(pilot, "u")
    assert statement(store, sid).speaker is None
    await press(pilot, "ctrl+r")
    assert statement(store, sid).speaker == find_speaker(store, "Putin").id


@scenario("app", "i")
async def _import(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    doc = tmp / "note.txt"
    doc.write_text("Officials said 12 people were hurt. The ministry denied it.\n", "utf-8")
    before = set(store.docs(Source.TABLE))
    await press(pilot, "i")
    await type_text(pilot, str(doc))
    await press(pilot, "tab")
    await type_text(pilot, "Gatra")
    await press(pilot, "tab")
    await type_text(pilot, "01.11.2020")  # day first, as a Russian or Indonesian desk types it
    await press(pilot, "tab", "tab")  # the language is detected
    await type_text(pilot, "b")
    await press(pilot, "tab")
    await type_text(pilot, "https://www.gatra.com/x")
    await press(pilot, "enter")
    await settle(pilot)
    (new,) = set(store.docs(Source.TABLE)) - before
    got = store.get(Source, new)
    assert (got.outlet, got.published, got.lang) == ("Gatra", "2020-11-01", "en")
    assert (got.url, got.reliability) == ("https://www.gatra.com/x", "B")
    assert app.job is None


@scenario("app", "e")
async def _export(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    tag_with_suggestions(store, limit=2)
    target = tmp / "graph.json"
    await press(pilot, "e")
    names = [name for name, _, _ in app.screen.formats]
    await press(pilot, *["down"] * names.index("json"), "enter")  # node-link json
    await press(pilot, "enter")  # the Reader offers narrower scopes: the first is everything
    await press(pilot, "ctrl+u")
    await type_text(pilot, str(target))
    await press(pilot, "enter")
    await settle(pilot)
    data = json.loads(target.read_text("utf-8"))
    assert {n["type"] for n in data["nodes"]} >= {"claim"}
    sources = [n for n in data["nodes"] if n["type"] == "source"]
    assert len(sources) == store.count(Source.TABLE)  # everything, not only the tagged


@scenario("app", "ctrl+t")
async def _theme(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    assert app.theme == "textual-dark"
    await press(pilot, "ctrl+t")
    assert app.theme == "textual-light"
    assert ClaimtrackApp(store, poll=False).theme == "textual-light"  # kept for next time
    await press(pilot, "ctrl+t")
    assert app.theme == "textual-dark"
    assert ClaimtrackApp(store, poll=False).theme == "textual-dark"


@scenario("app", "q")
async def _quit(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    await pilot.press("q")
    await pilot.pause()
    assert app._exit  # the app is shutting down


# -- lists (shown on Sources: eight documents) ------------------------------------------------
@scenario("list", "j", "k", "down", "up", "pagedown", "pageup", "home", "end")
async def _list(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    app.switch_mode("sources")
    await settle(pilot)
    lst = app.screen.query_one(LazyList)
    n = len(lst.keys)
    assert n == 8
    start = {"k": 3, "up": 3, "pageup": n - 1, "home": 5}.get(action.key, 0)
    lst.cursor = start
    expected = {
        "j": 1, "down": 1, "k": 2, "up": 2, "pagedown": n - 1, "pageup": 0, "home": 0, "end": n - 1,
    }[action.key]  # fmt: skip
    await press(pilot, action.key)
    assert lst.cursor == expected


@scenario("sources", "enter")
async def _open_source(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    app.switch_mode("sources")
    await settle(pilot)
    await press(pilot, "j", "j", "enter")
    assert app.current_mode == "reader"
    docs = store.docs(Source.TABLE)
    expected = sorted(docs, key=lambda i: (docs[i].get("published") or "", i))[2]
    assert app.current_source == expected
    assert app.screen.query_one(DocumentView).current == reader_statements(store, expected)[0]


@scenario("sources", "r")
async def _edit_source(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    app.switch_mode("sources")
    await settle(pilot)
    docs = store.docs(Source.TABLE)
    first = sorted(docs, key=lambda i: (docs[i].get("published") or "", i))[0]
    before = store.get(Source, first)
    await press(pilot, "r", "enter", "ctrl+u")  # past the title: the outlet field, emptied
    await type_text(pilot, "Wire copy")
    await press(pilot, "enter", "ctrl+u")  # the date
    await type_text(pilot, "2.10.2020")  # day first: stored as 2020-10-02
    await press(pilot, "enter", "enter", "ctrl+u")  # the language kept
    await type_text(pilot, "a")  # the reliability grade, in either case
    await press(pilot, "enter", "enter")  # the address kept: saved
    after = store.get(Source, first)
    assert before.reliability != "A"
    assert (after.outlet, after.published, after.reliability) == ("Wire copy", "2020-10-02", "A")
    assert (after.title, after.lang, after.url, after.text) == (
        before.title,
        before.lang,
        before.url,
        before.text,
    )
    assert "Wire copy" in app.screen.query_one(LazyList).render_line(0).text
    # a bad date keeps the dialog open with what was typed; the highlight stays on the source
    await press(pilot, "r", "enter", "ctrl+u")
    await type_text(pilot, "Wire service")
    await press(pilot, "enter", "ctrl+u")
    await type_text(pilot, "2020-13-02")
    await press(pilot, "enter", "enter", "enter", "enter")
    dialog = app.screen
    assert dialog.query_one("#outlet").value == "Wire service"
    assert dialog.focused is dialog.query_one("#published")
    await press(pilot, "ctrl+u")
    await type_text(pilot, "2020-11-30")  # now the newest: it moves to the end of the list
    await press(pilot, "enter", "enter", "ctrl+u")
    await type_text(pilot, "G")  # no such grade: refused, on the grade
    await press(pilot, "enter", "enter")
    assert dialog.focused is dialog.query_one("#reliability")
    assert "reliability grade" in str(dialog.query_one(".dialog-error").render())
    await press(pilot, "ctrl+u", "enter", "enter")  # no grade at all
    assert store.get(Source, first).reliability is None
    assert store.get(Source, first).outlet == "Wire service"
    assert app.screen.query_one(LazyList).current == first


# -- reader ------------------------------------------------------------------------------------
@scenario("reader", "j", "k")
async def _reader_move(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    ids = reader_statements(store)
    view = app.screen.query_one(DocumentView)
    assert view.current == ids[0]
    await press(pilot, "j")
    assert view.current == ids[1]
    if action.key == "k":
        await press(pilot, "k")
        assert view.current == ids[0]


@scenario("reader", "enter")
async def _accept(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    ids = reader_statements(store)
    suggested = app.suggestions.for_source(first_source(store))
    at = next(i for i, sid in enumerate(ids) if (s := suggested[sid]) is not None and s.speaker)
    sid, suggestion = ids[at], suggested[ids[at]]
    assert suggestion is not None
    for _ in range(at):
        await press(pilot, "j")
    assert app.screen.query_one(DocumentView).current == sid
    await press(pilot, "enter")
    assert statement(store, sid).speaker == suggestion.speaker
    assert statement(store, sid).claim is not None
    assert app.screen.query_one(DocumentView).current == ids[at + 1]


@scenario("reader", "s")
async def _tag(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    sid = reader_statements(store)[0]
    await press(pilot, "s")
    await type_text(pilot, "Putin")
    await press(pilot, "enter")
    assert statement(store, sid).speaker == find_speaker(store, "Vladimir Putin").id
    others = [statement(store, i).speaker for i in reader_statements(store)[1:]]
    assert others == [None] * len(others)


@scenario("reader", "x")
async def _narration(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    sid = reader_statements(store)[0]
    await press(pilot, "x")
    st = statement(store, sid)
    assert st.narration and st.speaker is None and st.claim is None


@scenario("reader", "backspace")
async def _untag(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    sid = reader_statements(store)[0]
    claim = tag(store, sid, "Arayik Harutyunyan")
    app.screen.refresh_view()  # type: ignore[attr-defined]
    await settle(pilot)
    assert app.screen.query_one(DocumentView).current == sid
    await press(pilot, "backspace")
    st = statement(store, sid)
    assert (st.speaker, st.claim, st.narration) == (None, None, False)
    assert store.doc(Claim.TABLE, claim) is None  # its only appearance is gone
    assert app.screen.query_one(DocumentView).current == sid  # stays to re-tag it


@scenario("reader", "m")
async def _merge(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    ids = reader_statements(store)
    target = tag(store, ids[1], "Arayik Harutyunyan")
    app.screen.refresh_view()  # type: ignore[attr-defined]
    await settle(pilot)
    await press(pilot, "m")
    await press(pilot, "enter")  # the only claim
    assert statement(store, ids[0]).claim == target
    assert store.count(Claim.TABLE) == 1
    annotate.mark_narration(store, ids[2])  # nobody's claim: m refuses, no picker opens
    app.screen.refresh_view()  # type: ignore[attr-defined]
    await settle(pilot)
    await press(pilot, "j", "j", "m")
    assert statement(store, ids[2]).claim is None and statement(store, ids[2]).narration
    assert any("is narration" in n.message for n in app._notifications)


@scenario("reader", "l")
async def _link(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    ids = reader_statements(store)
    a = tag(store, ids[0], "Arayik Harutyunyan")
    b = tag(store, ids[1], "Hikmet Hajiyev")
    await press(pilot, "l")
    await press(pilot, "enter")
    await press(pilot, "c")
    assert links(store) == {(a, b, "contradicts")}


@scenario("reader", "o")
async def _outcome(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claim = tag(store, reader_statements(store)[0], "Arayik Harutyunyan")
    await press(pilot, "o", "f")
    await type_text(pilot, "shelling confirmed")
    await press(pilot, "enter")
    await type_text(pilot, "https://example.org/report")
    await press(pilot, "enter")
    (outcome,) = store.all(Outcome)
    assert (outcome.claim, outcome.verdict, outcome.note) == (claim, "false", "shelling confirmed")
    assert [e.url for e in outcome.evidence] == ["https://example.org/report"]


@scenario("reader", "n")
async def _note(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    sid = reader_statements(store)[0]
    await press(pilot, "n")
    await type_text(pilot, "check the casualty figure")
    await press(pilot, "enter")
    assert statement(store, sid).note == "check the casualty figure"


@scenario("reader", "b")
@scenario("split", "left", "right", "home", "end", "enter")
@scenario("split", "shift+left", "shift+right", "comma", "full_stop")
async def _split(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    ids = reader_statements(store)
    st = statement(store, ids[0])
    cuts, characters, _ = spans.cut_places(store, st)
    assert cuts == spans.word_starts(store, st)  # English: ←/→ step from word to word
    await press(pilot, "b")
    dialog = app.screen
    assert isinstance(dialog, SplitDialog)
    at = {
        "left": cuts[dialog.index - 1],
        "right": cuts[dialog.index + 1],
        "home": cuts[0],
        "end": cuts[-1],
        "shift+left": characters[characters.index(dialog.at) - 1],
        "comma": characters[characters.index(dialog.at) - 1],
        "shift+right": characters[characters.index(dialog.at) + 1],
        "full_stop": characters[characters.index(dialog.at) + 1],
    }.get(action.key, dialog.at)
    if action.key != "enter":
        await press(pilot, action.key)
    await press(pilot, "enter")
    after = reader_statements(store)
    assert len(after) == len(ids) + 1 and after[0] == st.id
    new = statement(store, after[1])
    text = store.doc(Source.TABLE, st.source)["text"]
    assert text[at - 1].isspace() or action.key not in ("left", "right", "home", "end", "enter")
    assert not (text[at - 1].isalnum() and text[at].isalnum())  # no word broken
    assert new.start == at and new.end == st.end and statement(store, st.id).end < at
    assert app.screen.query_one(DocumentView).current == new.id  # the part to attribute next


@scenario("reader", "J")
async def _join(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    ids = reader_statements(store)
    first, second = statement(store, ids[0]), statement(store, ids[1])
    await press(pilot, "J")
    assert reader_statements(store) == [ids[0], *ids[2:]]
    assert (statement(store, ids[0]).start, statement(store, ids[0]).end) == (
        first.start,
        second.end,
    )


@scenario("reader", "left_square_bracket", "right_square_bracket")
async def _step_source(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    docs = store.docs(Source.TABLE)
    order = sorted(docs, key=lambda i: (docs[i].get("published") or "", i))
    await press(pilot, action.key)
    assert app.current_source == (order[1] if action.key.startswith("right") else order[-1])


# -- claims --------------------------------------------------------------------------------------
async def _claims_view(pilot: Pilot[None], app: ClaimtrackApp, store: Store) -> list[str]:
    """Three claims, in the order the view lists them (first reported)."""
    tag_with_suggestions(store, limit=3)
    app.switch_mode("claims")
    await settle(pilot)
    return claim_ids(store, ClaimFilter(), "reported")


@scenario("claims", "enter")
async def _open_graph(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _claims_view(pilot, app, store)
    await press(pilot, "j", "enter")
    assert app.current_mode == "graph"
    assert app.current_claim == claims[1]


@scenario("claims", "l")
async def _claims_link(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _claims_view(pilot, app, store)
    app.screen.query_one(LazyList).cursor = 0
    await press(pilot, "l", "enter", "s")
    assert links(store) == {(claims[0], claims[1], "supports")}


@scenario("claims", "o")
async def _claims_outcome(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _claims_view(pilot, app, store)
    await press(pilot, "j", "o", "t", "enter", "enter")
    assert outcomes(store, claims[1]) == ["true"]


@scenario("claims", "n")
async def _claims_note(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _claims_view(pilot, app, store)
    await press(pilot, "n")
    await type_text(pilot, "same as TASS")
    await press(pilot, "enter")
    claim = store.get(Claim, claims[0])
    assert claim is not None and claim.note == "same as TASS"


@scenario("claims", "t")
async def _claims_tags(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _claims_view(pilot, app, store)
    await press(pilot, "t")
    await type_text(pilot, "casualties, Martuni")
    await press(pilot, "enter")
    claim = store.get(Claim, claims[0])
    assert claim is not None and claim.tags == ("casualties", "Martuni")
    app.screen.apply_search("tag:Martuni")  # type: ignore[attr-defined]
    await settle(pilot)
    assert app.screen.query_one(LazyList).keys == [claims[0]]


@scenario("claims", "c")
async def _clear_filter(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _claims_view(pilot, app, store)
    app.screen.apply_search("contested")  # type: ignore[attr-defined]
    await settle(pilot)
    assert app.screen.query_one(LazyList).keys == []
    await press(pilot, "c")
    assert app.screen.query_one(LazyList).keys == claims


@scenario("claims", "s")
async def _sort_claims(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    tag_with_suggestions(store)
    app.switch_mode("claims")
    await settle(pilot)
    lst = app.screen.query_one(LazyList)
    shown = {order: claim_ids(store, ClaimFilter(), order) for order in CLAIM_ORDERS}
    assert lst.keys == shown["reported"] != shown["id"]
    for order in ("recent", "speaker", "id", "reported"):
        await press(pilot, "s")
        assert lst.keys == shown[order]
        assert f"by {order}" in str(app.screen.query_one("#header", Label).render())


# -- speakers ------------------------------------------------------------------------------------
@scenario("speakers", "enter")
async def _speaker_claims(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = tag_with_suggestions(store)
    app.switch_mode("speakers")
    await settle(pilot)
    lst = app.screen.query_one(LazyList)
    speaker = lst.current
    await press(pilot, "enter")
    assert app.current_mode == "claims"
    shown = app.screen.query_one(LazyList).keys
    theirs = [c for c in claim_ids(store, ClaimFilter(), "reported") if c in set(claims)]
    assert shown == [c for c in theirs if store.doc("claims", c)["speaker"] == speaker]
    assert len(shown) > 1


@scenario("speakers", "r")
async def _edit_speaker(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    app.switch_mode("speakers")
    await settle(pilot)
    key = app.screen.query_one(LazyList).current
    before = store.get(Speaker, key)
    assert before is not None and before.aliases
    await press(pilot, "r", "ctrl+u")  # the name field starts filled: clear it
    await type_text(pilot, "Renamed Person")
    await press(pilot, "enter", "ctrl+u")  # aliases: drop them all
    await type_text(pilot, "R. Person")
    await press(pilot, "enter", "enter", "enter")  # side and kind kept
    after = store.get(Speaker, key)
    assert after is not None and after.name == "Renamed Person"
    assert set(after.aliases) == {"R. Person", before.name}  # the old name stays findable
    assert after.side == before.side
    assert app.screen.query_one(LazyList).current == key


@scenario("speakers", "m")
async def _merge_speaker(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    drop = find_speaker(store, "Hikmet Hajiyev")
    keep = find_speaker(store, "Ilham Aliyev")
    st = next(i for i in sorted(store.docs(Statement.TABLE)))
    claim = tag(store, st, drop.id)
    app.switch_mode("speakers")
    await settle(pilot)
    lst = app.screen.query_one(LazyList)
    lst.select_key(drop.id)
    await settle(pilot)
    await press(pilot, "m")
    await type_text(pilot, "Ilham Aliyev")
    await press(pilot, "enter")
    assert store.get(Speaker, drop.id) is None
    kept = store.get(Speaker, keep.id)
    assert kept is not None and drop.name in kept.aliases
    assert statement(store, st).speaker == keep.id
    assert store.doc(Claim.TABLE, claim)["speaker"] == keep.id
    assert lst.current == keep.id


@scenario("speakers", "a")
async def _add_speaker(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    app.switch_mode("speakers")
    await settle(pilot)
    await press(pilot, "a")
    await type_text(pilot, "Zara Example")
    await press(pilot, "enter")
    await type_text(pilot, "Zara, Example")
    await press(pilot, "enter")
    await type_text(pilot, "Nowhere")
    await press(pilot, "enter")
    await type_text(pilot, "pers")  # the start of a kind will do
    await press(pilot, "enter")
    found = find_speaker(store, "Zara Example")
    assert (found.aliases, found.side, found.kind) == (("Zara", "Example"), "Nowhere", "person")


# -- suggestions ---------------------------------------------------------------------------------
async def _queue(pilot: Pilot[None], app: ClaimtrackApp, store: Store) -> list[object]:
    tag_with_suggestions(store)
    app.switch_mode("suggestions")
    await settle(pilot)
    candidates = list(app.screen.candidates)  # type: ignore[attr-defined]
    assert candidates, "the demo should yield suggestions once tagged"
    return candidates


@scenario("suggestions", "a")
async def _accept_suggestion(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    first, *_ = await _queue(pilot, app, store)
    claims_before = store.count(Claim.TABLE)
    await press(pilot, "a")
    if first.relation == "same-claim":
        assert store.count(Claim.TABLE) == claims_before - 1
    else:
        assert (first.a, first.b, first.relation) in links(store)


@scenario("suggestions", "x")
async def _reject_suggestion(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    first, *_ = await _queue(pilot, app, store)
    await press(pilot, "x")
    (rejection,) = store.all(Rejection)
    assert {rejection.a, rejection.b} == {first.a, first.b}
    assert rejection.relation == first.relation
    assert first not in app.screen.candidates  # type: ignore[attr-defined]


@scenario("suggestions", "X")
async def _reject_pair(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    """`x` left a pair's other suggested relation in the queue; `X` rejects them all."""
    candidates = await _queue(pilot, app, store)
    pairs = [frozenset((c.a, c.b)) for c in candidates]
    at = next(i for i, p in enumerate(pairs) if pairs.count(p) > 1)
    pair = pairs[at]
    relations = {c.relation for c in candidates if frozenset((c.a, c.b)) == pair}
    await press(pilot, *["down"] * at)
    assert app.screen.query_one(LazyList).current == str(at)
    await press(pilot, "X")
    rejected = store.all(Rejection)
    assert {r.relation for r in rejected} == relations
    assert all({r.a, r.b} == pair for r in rejected)
    assert pair not in [frozenset((c.a, c.b)) for c in app.screen.candidates]  # type: ignore[attr-defined]
    await press(pilot, "u")  # one change: one undo takes every rejection back
    assert store.all(Rejection) == []


@scenario("suggestions", "space")
async def _skip_suggestion(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    candidates = await _queue(pilot, app, store)
    version = store.version
    await press(pilot, "space")
    assert app.screen.candidates[-1] is candidates[0]  # type: ignore[attr-defined]
    assert store.version == version


# -- graph ---------------------------------------------------------------------------------------
async def _graph(pilot: Pilot[None], app: ClaimtrackApp, store: Store) -> list[str]:
    claims = sorted(tag_with_suggestions(store, limit=4))
    annotate.link_claims(store, claims[0], claims[1], "contradicts")
    annotate.link_claims(store, claims[0], claims[2], "supports")
    app.current_claim = claims[0]
    app.switch_mode("graph")
    await settle(pilot)
    return claims


@scenario("graph", "enter", "backspace")
async def _recentre(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _graph(pilot, app, store)
    await press(pilot, "down", "down", "enter")  # root → "contradicts" group → its claim
    assert app.current_claim == claims[1]
    if action.key == "backspace":
        await press(pilot, "backspace")
        assert app.current_claim == claims[0]


@scenario("graph", "space")
async def _graph_expand(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    from textual.widgets import Tree

    claims = await _graph(pilot, app, store)
    annotate.link_claims(store, claims[1], claims[3], "supports")
    app.changed()
    await settle(pilot)
    tree = app.screen.query_one(Tree)
    await press(pilot, "down", "down")  # root → "contradicts" group → claims[1]
    assert tree.cursor_node is not None and tree.cursor_node.data == claims[1]
    assert not tree.cursor_node.is_expanded
    await press(pilot, "space")
    assert tree.cursor_node.is_expanded
    below = [n.data for group in tree.cursor_node.children for n in group.children]
    assert below == [claims[3]]
    await press(pilot, "space")
    assert not tree.cursor_node.is_expanded


@scenario("graph", "l")
async def _graph_link(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _graph(pilot, app, store)
    await press(pilot, "l")
    await type_text(pilot, store.doc("claims", claims[3])["summary"][:40])
    await press(pilot, "enter", "r")
    assert (claims[0], claims[3], "responds-to") in links(store)


@scenario("graph", "o")
async def _graph_outcome(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _graph(pilot, app, store)
    await press(pilot, "o", "m", "enter", "enter")
    assert outcomes(store, claims[0]) == ["mostly-true"]


@scenario("graph", "x")
async def _graph_unlink(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claims = await _graph(pilot, app, store)
    await press(pilot, "x")  # on the centre: nothing above it to unlink from
    assert len(links(store)) == 2
    await press(pilot, "down", "down", "x")  # root → "contradicts" group → its claim
    assert len(links(store)) == 2  # asked first: x out of Reader habit removes nothing
    await press(pilot, "y")
    assert links(store) == {(claims[0], claims[2], "supports")}
    await press(pilot, "u")
    assert (claims[0], claims[1], "contradicts") in links(store)


# -- dialogs -------------------------------------------------------------------------------------
@scenario("outcome", *(k for k, _ in VERDICT_KEYS))
async def _verdict(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    claim = tag(store, reader_statements(store)[0], "Arayik Harutyunyan")
    await press(pilot, "o", action.key, "enter", "enter")
    assert outcomes(store, claim) == [dict(VERDICT_KEYS)[action.key]]


@scenario("relation", *(k for k, _ in RELATION_KEYS))
async def _relation(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    ids = reader_statements(store)
    a = tag(store, ids[0], "Arayik Harutyunyan")
    b = tag(store, ids[1], "Hikmet Hajiyev")
    await press(pilot, "l", "enter", action.key)
    assert links(store) == {(a, b, dict(RELATION_KEYS)[action.key])}


@scenario("relation", "n")
async def _relation_note(pilot, app, store, action, tmp):  # type: ignore[no-untyped-def]
    ids = reader_statements(store)
    a = tag(store, ids[0], "Arayik Harutyunyan")
    b = tag(store, ids[1], "Hikmet Hajiyev")
    await press(pilot, "l", "enter", "n")
    await type_text(pilot, "same town, opposite stories")  # its c and s are typed, not keys
    await press(pilot, "enter")
    assert links(store) == set()
    await press(pilot, "s")
    (link,) = store.all(Link)
    assert (link.a, link.b, link.relation) == (a, b, "supports")
    assert link.note == "same town, opposite stories"


# -- the walk ------------------------------------------------------------------------------------
@pytest.mark.parametrize("action", ACTIONS, ids=lambda a: f"{a.scope}:{a.key}")
async def test_binding(action: Action, demo_store: Store, tmp_path: Path) -> None:
    """Press the key where it works and check what it did."""
    run = SCENARIOS.get((action.scope, action.key))
    assert run is not None, f"no test scenario for {action.scope} key {action.key!r}"
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        # A dialog that never closes must fail the test, not hang the suite.
        await asyncio.wait_for(run(pilot, app, demo_store, action, tmp_path), timeout=30)


def test_no_scenario_without_a_binding() -> None:
    """Scenarios for removed keys are removed too."""
    table = {(a.scope, a.key) for a in ACTIONS}
    assert set(SCENARIOS) <= table, set(SCENARIOS) - table


def test_no_view_key_hides_a_key_that_works_everywhere() -> None:
    """A view's binding wins over the app's: the same key would make the global one vanish
    there (export was unreachable from the Speakers view once)."""
    everywhere = {a.key for a in ACTIONS if a.scope == "app"}
    views = {name for _, name, _ in VIEWS} | {"list"}
    clashes = {(a.scope, a.key) for a in ACTIONS if a.scope in views and a.key in everywhere}
    assert clashes == set()


def test_speakers_are_registered(demo_store: Store) -> None:
    """The fixture has the gold speakers (the scenarios rely on them)."""
    assert demo_store.count(Speaker.TABLE) >= 10
