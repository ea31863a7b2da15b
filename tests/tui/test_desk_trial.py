"""What a conflict desk tripped over annotating a new story (a strike on a hospital told
three ways, then its outcome) from a fresh store, each pressed with the real keys."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from claimtrack.model import Speaker
from claimtrack.services import annotate
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store
from claimtrack.tui.screens.graph import GraphScreen, GraphTree
from claimtrack.tui.widgets.document import DocumentView
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import app_for, choose_export, fixed_clock, press, settle, tag_with_suggestions
from .test_friction import listen

WIRE = (
    "Drone strike hits hospital in Sudan's El Obeid\n\n"
    "A drone strike hit the Al-Amal Teaching Hospital in El Obeid on Tuesday, killing at "
    "least 34 people, Sudan's health ministry said.\n\n"
    "The Rapid Support Forces denied any involvement.\n"
)

ANTARA = (
    "Serangan drone hantam rumah sakit di El Obeid\n\n"
    "KHARTOUM (Antara) - Sebuah serangan drone menghantam Rumah Sakit Al-Amal, menewaskan "
    "sedikitnya 34 orang, menurut Kementerian Kesehatan Sudan.\n"
)


def _import(store: Store, text: str, outlet: str) -> None:
    import_documents(
        store, [RawDocument(text.encode(), f"{outlet}.txt", outlet=outlet, published="2025-10-14")]
    )


async def test_enter_registering_a_proposed_speaker_says_its_kind_and_side(
    empty_store: Store,
) -> None:
    """⏎ on "— suggested: new speaker “Sudan's health ministry”" registered it with a guessed
    kind and side without a word (the CLI names both and how to correct them): the desk
    learned of "no side" only in the Speakers view, after the brief came out sideless."""
    _import(empty_store, WIRE, "Wire")
    app = app_for(empty_store)
    heard = listen(app)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "x", "enter")  # the headline is narration; then the ministry
        made = {s.name: s for s in empty_store.all(Speaker)}
        assert "Sudan health ministry" in made
        await press(pilot, "enter")  # a second proposal: the Rapid Support Forces
    said = [m for m in heard if m.startswith("registered new speaker")]
    first = "registered new speaker Sudan health ministry (ministry, side Sudan)"
    assert said[0].startswith(first)
    assert "Rapid Support Forces (military, no side)" in said[1]
    assert "r in Speakers (4) corrects it" in said[1]


async def test_enter_on_a_dateline_marked_narration_says_so(empty_store: Store) -> None:
    """On the dateline import marked narration (`x` on the headline now passes it by: `k`
    steps back onto it), ⏎ said "no suggestion here: press s to pick a speaker", as if it
    waited for one."""
    _import(empty_store, ANTARA, "Antara")
    app = app_for(empty_store)
    heard = listen(app)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "x")  # the headline
        view = app.screen.query_one(DocumentView)
        assert view.cursor == 2  # past the dateline, on the first statement to review
        await press(pilot, "k")
        dateline = empty_store.doc("statements", view.current or "")
        assert dateline is not None and dateline["narration"]  # "KHARTOUM (Antara) -"
        await press(pilot, "enter")
    assert heard[-1].startswith("already narration"), heard
    assert not any(m.startswith("no suggestion here") for m in heard)


async def test_undo_in_the_graph_shows_the_claims_it_changed(demo_store: Store) -> None:
    """`u` in the Graph took back a link between two claims outside the neighbourhood shown:
    "undone: … contradicts …" and nothing on screen moved, so the desk could not see what
    came undone. The Graph now centres on it; a link brought back next to the centre gets
    the cursor."""
    first, second, third, fourth = tag_with_suggestions(demo_store, limit=4)[:4]
    annotate.link_claims(demo_store, first, second, "contradicts")
    annotate.link_claims(demo_store, third, fourth, "contradicts")
    app = app_for(demo_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.current_claim = first
        await press(pilot, "6")
        graph = app.screen
        assert isinstance(graph, GraphScreen) and graph.shown == first
        await press(pilot, "u")  # undoes third contradicts fourth
        assert not demo_store.ids_where("links", "a", third)
        assert graph.shown in {third, fourth}
        await press(pilot, "backspace")  # back to where the desk was
        assert graph.shown == first
        await press(pilot, "down", "down", "x", "y")  # unlink second from first…
        assert graph.query_one(GraphTree).cursor_line == 0
        await press(pilot, "u")  # …and bring it back: the cursor is on it
        node = graph.query_one(GraphTree).cursor_node
        assert node is not None and node.data == second


async def test_the_export_file_offered_is_named_after_the_investigation(tmp_path: Path) -> None:
    """The export dialog offered "claimtrack-export-3.md" in /tmp, where other stores'
    exports lay: nothing told which investigation a brief held. It offers the store's
    name, and says "excel" for the table Excel opens, whose suffix is the csv's."""
    store = Store.open(tmp_path / "el-obeid.json", create=True, clock=fixed_clock, analyst="t")
    _import(store, WIRE, "Wire")
    (tmp_path / "el-obeid-export.md").write_text("yesterday's brief")
    app = app_for(store)
    offered: dict[str, Path] = {}
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        for fmt in ("md", "excel", "csv"):
            dialog = await choose_export(pilot, app, fmt)
            offered[fmt] = Path(dialog.query_one("#path", Input).value)
            await press(pilot, "escape", "escape")  # back to the formats, then closed
            assert app.screen is not dialog
    assert offered == {
        "md": tmp_path / "el-obeid-export-2.md",  # never over yesterday's
        "excel": tmp_path / "el-obeid-excel.csv",
        "csv": tmp_path / "el-obeid-export.csv",
    }


async def test_the_side_field_offers_the_sides_of_this_investigation(empty_store: Store) -> None:
    """Editing a speaker on a Sudan desk, the side field said "e.g. Azerbaijan" (the demo's
    war) and completed nothing: the desk typed "Sudanese government" beside the "Sudan" in
    use, and the claims of one side split in every filter. It names the sides in use, most
    used first, and → completes one."""
    add_speaker(empty_store, "Sudan's health ministry", side="Sudan", kind="ministry")
    add_speaker(empty_store, "Haitham Ibrahim", side="Sudan", kind="person")
    add_speaker(empty_store, "Rapid Support Forces", side="RSF", kind="military")
    qurashi = add_speaker(empty_store, "Al-Fateh Qurashi", kind="person")
    app = app_for(empty_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        app.screen.query_one(LazyList).select_key(qurashi.id)
        await press(pilot, "r")
        side = app.screen.query_one("#side", Input)
        assert side.placeholder == "e.g. Sudan, RSF"
        await press(pilot, "enter", "enter", "r", "s", "right")  # to the side field: "rs" →
        assert side.value == "RSF"
        await press(pilot, "enter", "enter")  # the kind as it is: saved
    speaker = empty_store.get(Speaker, qurashi.id)
    assert speaker is not None and speaker.side == "RSF"
