"""A second desk trial's frictions (a strike on a hospital, linked, undone, exported), each
pressed with the real keys."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from claimtrack.model import Claim, Source, Speaker, Statement
from claimtrack.services import annotate
from claimtrack.store import Store
from claimtrack.tui.dialogs.choice import ConfirmDialog, RelationDialog
from claimtrack.tui.dialogs.export import ExportDialog

from .conftest import app_for, press, settle, tag_with_suggestions, type_text
from .test_desk_trial import WIRE, _import
from .test_friction import listen


def _who_and_said(store: Store, claim_id: str) -> tuple[str, str]:
    """The start of a claim's speaker's name (a long one is cut) and the first words of its
    summary, as a desk knows the claim."""
    doc = store.doc(Claim.TABLE, claim_id)
    assert doc is not None
    speaker = store.doc(Speaker.TABLE, doc["speaker"])
    assert speaker is not None
    return speaker["name"][:12], " ".join(doc["summary"].split()[:3])


async def _open_link_dialog(pilot, app, store: Store, a: str, b: str) -> RelationDialog:  # type: ignore[no-untyped-def]
    """The Graph centred on `a`, `l`, the claim picker filtered to `b`'s words, ⏎."""
    app.current_claim = a
    await press(pilot, "6", "l")
    await type_text(pilot, _who_and_said(store, b)[1])
    await press(pilot, "enter")
    dialog = app.screen
    assert isinstance(dialog, RelationDialog)
    return dialog


async def test_the_link_dialog_says_which_claim_is_which_and_which_way_each_key_links(
    demo_store: Store,
) -> None:
    """ "Link X\\nto Y\\n(the first … the second)" beside "c contradicts": the desk could not
    tell which claim would respond to which. Each claim is lettered with its speaker and
    summary, and each key says "A responds to B"."""
    a, b = tag_with_suggestions(demo_store, limit=2)[:2]
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        dialog = await _open_link_dialog(pilot, app, demo_store, a, b)
        lines = [str(label.render()) for label in dialog.query(Label)]
        title = lines[0]
        assert title.startswith(f"Link A: {a} {_who_and_said(demo_store, a)[0]}"), title
        assert f"to B: {b} {_who_and_said(demo_store, b)[0]}" in title, title
        assert "the first" not in title
        assert any(line.endswith("A contradicts B") for line in lines), lines
        assert any(line.endswith("A responds to B") for line in lines), lines
        await press(pilot, "r")
    assert [(lk["a"], lk["b"]) for lk in demo_store.docs("links").values()] == [(a, b)]


async def test_link_and_undo_notices_name_each_claim_by_speaker_and_summary(
    demo_store: Store,
) -> None:
    """ "linked dnb9rrc responds-to 71s2dbz" and "undone: dnb9rrc responds-to 71s2dbz": the
    desk knows claims by who said what, not by id. The ids stay, each followed by its
    speaker and the start of its summary."""
    a, b = tag_with_suggestions(demo_store, limit=2)[:2]
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _open_link_dialog(pilot, app, demo_store, a, b)
        await press(pilot, "r")
        await press(pilot, "u")
    linked = [m for m in heard if m.startswith("linked ")]
    undone = [m for m in heard if m.startswith("undone: ")]
    assert linked and undone, heard
    for said in (linked[-1], undone[-1]):
        for claim in (a, b):
            who, words = _who_and_said(demo_store, claim)
            assert f"{claim} ({who}" in said and f": “{words}" in said, said
        assert said.index(a) < said.index(" responds-to ") < said.index(b), said


async def test_x_in_the_graph_asks_before_removing_a_link(demo_store: Store) -> None:
    """`x` (narration in the Reader) removed a link at one press in the Graph: a desk lost
    one that way. It now asks, naming the link; only `y` removes it (⏎ accepts in the
    Reader, and a second `x` is a habit too); `n` or esc keeps it."""
    a, b = tag_with_suggestions(demo_store, limit=2)[:2]
    annotate.link_claims(demo_store, a, b, "contradicts")
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.current_claim = a
        await press(pilot, "6", "down", "down", "x")  # root → "contradicts" → b
        question = app.screen
        assert isinstance(question, ConfirmDialog)
        assert b in question.question and _who_and_said(demo_store, b)[0] in question.question
        await press(pilot, "x", "enter")  # habits: neither answers
        assert app.screen is question and len(demo_store.docs("links")) == 1
        await press(pilot, "escape")
        assert not isinstance(app.screen, ConfirmDialog)
        assert len(demo_store.docs("links")) == 1 and heard[-1] == "link kept"
        await press(pilot, "x", "y")
        assert not demo_store.docs("links")
    assert heard[-1].startswith("removed link ") and heard[-1].endswith("(u undoes)")


async def test_typing_in_the_export_dialog_jumps_to_a_format_most_used_first(
    demo_store: Store,
) -> None:
    """Fourteen formats, the brief last, and letters did nothing: the desk scrolled past
    them all. The brief, the tables and the graphs come first, and a name typed jumps."""
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        names = [name for name, _, _ in dialog.formats]
        assert names[:5] == ["md", "csv", "excel", "gexf", "dot"] and len(names) == 14
        formats = dialog.query_one("#formats")

        def highlighted() -> str:
            return names[formats.highlighted or 0]

        await press(pilot, "e")
        assert highlighted() == "excel"
        await press(pilot, "g", "r")
        assert highlighted() == "graphml"
        await press(pilot, "c", "y")  # "grc" names nothing: "c" starts a new name
        assert highlighted() == "cytoscape"
        await press(pilot, "j")  # j moves down, as in every list, when it continues no name
        assert highlighted() == names[names.index("cytoscape") + 1]
        await press(pilot, "m", "e", "enter")
        assert dialog.fmt == "mermaid"


async def test_the_reader_header_separates_the_count_from_the_title(empty_store: Store) -> None:
    """ "0/3 reviewed Drone strike hits…" read as one phrase."""
    _import(empty_store, WIRE, "Wire")
    app = app_for(empty_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        header = str(app.screen.query_one("#header", Label).render())
    assert "0/3 reviewed · Drone strike hits hospital" in header, header


async def test_importing_from_the_graph_says_what_came_in_and_how_to_read_it(
    demo_store: Store, tmp_path: Path
) -> None:
    """Imported from the Graph, the notice ended "· 2 reads it": it said the document by
    number only and left "it" to guess, and it had gone after 3 s, before the desk looked
    back. It names the title, says 2 reads the statements, and stays up long enough."""
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "6", "i")
        await pilot.press(*str(article))
        await press(pilot, "enter")
        await settle(pilot)
        notices = [n for n in app._notifications if n.message.startswith("imported")]
    assert [n.message for n in notices] == [
        "imported 3 statements from “Drone strike hits hospital in Sudan's El Obeid”: "
        "press 2 to read them"
    ]
    assert notices[0].timeout >= 8


async def test_the_unlink_question_says_n_keeps_the_link(demo_store: Store) -> None:
    """ "y remove · n / esc no" under "Remove link …?": no what? The hint says n keeps it."""
    a, b = tag_with_suggestions(demo_store, limit=2)[:2]
    annotate.link_claims(demo_store, a, b, "supports")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.current_claim = a
        await press(pilot, "6", "down", "down", "x")
        hint = str(app.screen.query_one(".dialog-hint", Label).render())
    assert hint == "y remove · n / esc keep it", hint


async def _import_an_update(demo_store: Store, tmp_path: Path, *, tagged: bool) -> tuple:
    """The wire story imported, one of its statements tagged if `tagged`, then its second
    version imported from the TUI's import dialog: (first, second, the import's notice)."""
    _import(demo_store, WIRE, "Reuters")
    (first,) = [s for s in demo_store.all(Source) if s.outlet == "Reuters"]
    if tagged:
        said = next(
            st
            for st in demo_store.all(Statement)
            if st.source == first.id and "said" in first.text[st.start : st.end]
        )
        annotate.tag(demo_store, said.id, min(sp.id for sp in demo_store.all(Speaker)))
    article = tmp_path / "wire-v2.txt"
    article.write_text(WIRE + "\n(Reporting by Khalid Abdelaziz; editing by Tom Hogue)\n")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "6", "i")
        await pilot.press(*str(article))
        await press(pilot, "enter")
        await settle(pilot)
        (notice,) = [n.message for n in app._notifications if n.message.startswith("imported")]
    (second,) = [s for s in demo_store.all(Source) if s.outlet is None and "Khalid" in s.text]
    return first, second, notice


async def test_an_updated_article_imported_in_the_tui_is_said_to_be_an_update(
    demo_store: Store, tmp_path: Path
) -> None:
    """A wire story sent again with a line changed came in from the import dialog as all new,
    every statement waiting for review again, while the CLI said it looked like an update of
    the stored one: the notice says so too, and the command that carries the annotations
    onto it (not an undo and the import again)."""
    first, second, notice = await _import_an_update(demo_store, tmp_path, tagged=True)
    assert f"it looks like an update of {first.id} (3 of " in notice, notice
    command = f"`claimtrack source carry {first.id} {second.id}` carries the annotations of 1 "
    assert command in notice, notice


async def test_an_update_of_a_version_nobody_annotated_offers_no_command(
    demo_store: Store, tmp_path: Path
) -> None:
    """The earlier version's furniture marks, which its import gave by itself, are nobody's
    work: the notice offered a command that carried nothing."""
    first, _, notice = await _import_an_update(demo_store, tmp_path, tagged=False)
    assert f"it looks like an update of {first.id} (3 of " in notice, notice
    assert "none annotated there: nothing to carry" in notice, notice
    assert "source carry" not in notice, notice
