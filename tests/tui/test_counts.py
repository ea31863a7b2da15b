"""Counts on screen agree with their nouns: "1 claim", never "1 claims"."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, OptionList

from claimtrack.services import annotate
from claimtrack.store import Store
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.dialogs.export import ExportDialog

from .conftest import app_for, press, reader_statements, settle, tag_with_suggestions, type_text


def header(app: ClaimtrackApp) -> str:
    return str(app.screen.query_one("#header", Label).render())


async def test_the_export_dialog_offers_the_one_claim_of_a_source(demo_store: Store) -> None:
    """The scope row of a source holding one claim read "the 1 claims in …"."""
    annotate.tag(demo_store, reader_statements(demo_store)[0], "Arayik Harutyunyan")
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "e")
        assert isinstance(app.screen, ExportDialog)
        await type_text(pilot, "md")  # the brief
        await press(pilot, "enter")
        scopes = app.screen.query_one("#scopes", OptionList)
        rows = [
            "".join(s.text for s in scopes.render_line(y)).strip()
            for y in range(scopes.size.height)
        ]
        assert any(row.startswith("the 1 claim in ") for row in rows), rows
        assert not any("1 claims" in row for row in rows), rows


async def test_the_suggestions_header_counts_one_suggestion(demo_store: Store) -> None:
    tag_with_suggestions(demo_store)
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "5", "slash")
        await type_text(pilot, "bayaran")  # the mercenaries from Syria: one pair holds it
        await press(pilot, "enter")
        assert header(app).startswith("1 suggestion ")


async def test_a_document_of_one_statement_is_read_as_it(demo_store: Store, tmp_path: Path) -> None:
    """ "imported 1 statement from …: press 2 to read them"."""
    article = tmp_path / "brief.txt"
    article.write_text("The bridge at Hadrut was destroyed on Monday.\n", encoding="utf-8")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "6", "i")
        await type_text(pilot, str(article))
        await press(pilot, "enter")
        await settle(pilot)
        notices = [n.message for n in app._notifications if n.message.startswith("imported")]
    assert notices == [
        "imported 1 statement from “The bridge at Hadrut was destroyed on Monday.”: "
        "press 2 to read it"
    ]
