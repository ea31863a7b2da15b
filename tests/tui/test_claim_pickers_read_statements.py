"""The Reader's claim pickers (`m` merge, `l` link), as an analyst trial found them: a word
only in a claim's statements (a place, a figure quoted but not summarised) found nothing,
while the Claims filter found the claim; and the merge picker offered the oldest article's
claims first, not those of the article being read."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from textual.widgets import OptionList

from claimtrack.model import Source, Statement
from claimtrack.services import annotate
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.queries import ClaimFilter, claim_ids, statements_of_source
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store
from claimtrack.tui.dialogs import picker
from claimtrack.tui.dialogs.picker import PickerDialog
from claimtrack.tui.widgets.document import DocumentView

from .conftest import app_for, press, settle, type_text

WIRE = (
    "Shelling overnight\n\n"
    "The defence ministry said 14 civilians were killed in Martuni overnight.\n\n"
    "The observers said the front line was quiet.\n"
)
GAZETTE = (
    "Ceasefire holds\n\nLocal officials counted the dead.\n\nThe observers said the truce held.\n"
)


@dataclass
class Desk:
    martuni: str
    """The ministry's claim, summarised without the town or the figure its statement says."""
    quiet: str
    """The observers' claim in the older article (the Wire's)."""
    truce: str
    """The observers' claim in the newer article (the Gazette's), which the Reader opens."""
    counted: str
    """The Gazette's statement nobody is tagged for yet."""


def _desk(store: Store) -> Desk:
    """Two articles; the Wire's claims tagged, its headline narration; the Gazette, two days
    later, has one claim and a statement left to review, so the Reader opens it."""
    import_documents(
        store,
        [
            RawDocument(WIRE.encode(), "wire.txt", outlet="Wire", published="2020-10-01"),
            RawDocument(GAZETTE.encode(), "gazette.txt", outlet="Gazette", published="2020-10-03"),
        ],
    )
    ministry = add_speaker(store, "Defence Ministry", kind="government")
    observers = add_speaker(store, "Ceasefire Observers")
    sources = store.docs(Source.TABLE)
    wire, gazette = (
        [st.id for st in statements_of_source(store, s)]
        for s in sorted(sources, key=lambda s: sources[s]["published"])
    )
    annotate.mark_narration(store, wire[0])
    _, _, martuni = annotate.tag(store, wire[1], ministry.id)
    annotate.edit_claim(store, martuni.id, summary="Civilians killed overnight")
    _, _, quiet = annotate.tag(store, wire[2], observers.id)
    _, _, truce = annotate.tag(store, gazette[2], observers.id)
    return Desk(martuni.id, quiet.id, truce.id, gazette[1])


def _rows(app) -> list[str]:  # type: ignore[no-untyped-def]
    listed = app.screen.query_one(OptionList)
    return [listed.get_option_at_index(i).id for i in range(listed.option_count)]


async def _to(pilot, app, statement: str) -> None:  # type: ignore[no-untyped-def]
    """Down the Reader to `statement`."""
    for _ in range(10):
        if app.screen.query_one(DocumentView).current == statement:
            return
        await press(pilot, "j")
    assert app.screen.query_one(DocumentView).current == statement


@pytest.mark.parametrize("typed", ["martuni", "14"])
async def test_the_merge_picker_finds_a_word_only_the_statement_says(
    empty_store: Store, typed: str
) -> None:
    """`m`, then the town (or the figure) the ministry's statement names but its summary
    does not: the claim is offered first, as the Claims filter finds it, and ⏎ makes the
    statement its appearance."""
    desk = _desk(empty_store)
    assert claim_ids(empty_store, ClaimFilter(words=(typed,))) == [desk.martuni]
    app = app_for(empty_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _to(pilot, app, desk.counted)
        await press(pilot, "m")
        assert isinstance(app.screen, PickerDialog)
        await type_text(pilot, typed)
        assert _rows(app)[0] == desk.martuni
        await press(pilot, "enter")
    st = empty_store.get(Statement, desk.counted)
    assert st is not None and st.claim == desk.martuni


async def test_the_link_picker_finds_a_word_only_the_statement_says(empty_store: Store) -> None:
    """`l` on the observers' truce claim, then "martuni": the ministry's claim is offered."""
    desk = _desk(empty_store)
    app = app_for(empty_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        statement = next(st.id for st in empty_store.all(Statement) if st.claim == desk.truce)
        await _to(pilot, app, statement)
        await press(pilot, "l")
        assert isinstance(app.screen, PickerDialog)
        await type_text(pilot, "martuni")
        assert _rows(app) == [desk.martuni]


async def test_a_long_picker_ranking_on_its_worker_finds_the_word_too(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thousands of claims are ranked on a worker thread: the statements' words read when the
    picker opened still find the claim there, a store written meanwhile notwithstanding."""
    monkeypatch.setattr(picker, "SYNC_NAMES", 0)  # this desk's few claims ranked as thousands
    desk = _desk(empty_store)
    app = app_for(empty_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _to(pilot, app, desk.counted)
        await press(pilot, "m")
        annotate.edit_claim(empty_store, desk.martuni, summary="Toll disputed")
        await type_text(pilot, "martuni")
        assert _rows(app)[0] == desk.martuni


async def test_the_merge_picker_offers_the_claims_of_the_article_read_first(
    empty_store: Store,
) -> None:
    """Before anything is typed, `m` listed the oldest article's claims first; the claims of
    the article being read lead, then the others newest first, as the link picker lists
    them."""
    desk = _desk(empty_store)
    app = app_for(empty_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _to(pilot, app, desk.counted)
        await press(pilot, "m")
        merge = _rows(app)
        await press(pilot, "escape")
        statement = next(st.id for st in empty_store.all(Statement) if st.claim == desk.truce)
        await _to(pilot, app, statement)
        await press(pilot, "l")
        link = _rows(app)
    recent = claim_ids(empty_store, ClaimFilter(), "recent")
    assert merge == [desk.truce, *(c for c in recent if c != desk.truce)]
    assert link == [c for c in merge if c != desk.truce]
