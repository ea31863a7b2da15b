"""What a new analyst tripped over in a keyboard-only session (a shelling told with a denial
and two death tolls, beside the Gatra article), each pressed with the real keys."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, Static

from claimtrack.demo import populate
from claimtrack.model import Outcome, Speaker, Statement
from claimtrack.services import annotate
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.screens.graph import GraphScreen, GraphTree

from .conftest import app_for, press, reader_statements, settle, tag_with_suggestions, type_text
from .test_friction import listen


def _graph(app: ClaimtrackApp) -> tuple[GraphScreen, GraphTree]:
    """The Graph view shown, and its tree."""
    graph = app.screen
    assert isinstance(graph, GraphScreen)
    return graph, graph.query_one(GraphTree)


def _pane(graph: GraphScreen) -> str:
    return " ".join(str(graph.query_one("#graph-detail", Static).render()).split())


async def test_a_verdict_given_in_the_graph_keeps_the_walk_and_the_cursor(
    demo_store: Store,
) -> None:
    """The desk walked out two links (space), judged the claim at the end (o t ⏎ ⏎), and the
    tree folded back to one level with the cursor on the line it had been on, now another
    claim's, while the pane under the tree named the centre: a second `o` would have judged
    a claim neither the row nor the pane showed. The rows opened and the cursor stay."""
    first, second, third = sorted(tag_with_suggestions(demo_store, limit=3))[:3]
    annotate.link_claims(demo_store, first, second, "contradicts")
    annotate.link_claims(demo_store, third, second, "responds-to")
    app = app_for(demo_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.current_claim = first
        await press(pilot, "6", "down", "down", "space")  # open the neighbour: `third` shows
        await press(pilot, "down", "down")  # its "answered by" row, then `third`
        graph, tree = _graph(app)
        assert tree.cursor_node is not None and tree.cursor_node.data == third
        await press(pilot, "o", "t", "enter", "enter")  # true, no note, no evidence: today
        assert [o.verdict for o in demo_store.all(Outcome) if o.claim == third] == ["true"]
        node = tree.cursor_node
        assert node is not None and node.data == third  # still on the claim judged
        assert node.parent is not None and node.parent.parent is not None
        assert node.parent.parent.data == second and node.parent.parent.is_expanded
        assert _pane(graph).startswith(third)  # the pane names the claim under the cursor


async def test_recentring_puts_the_cursor_on_the_new_centre(demo_store: Store) -> None:
    """⏎ on a neighbour two rows down recentred the tree but left the cursor two rows down,
    on the old centre's row now, while the pane named the new centre."""
    first, second = sorted(tag_with_suggestions(demo_store, limit=2))[:2]
    annotate.link_claims(demo_store, first, second, "contradicts")
    app = app_for(demo_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.current_claim = first
        await press(pilot, "6", "down", "down", "enter")
        graph = app.screen
        assert isinstance(graph, GraphScreen) and graph.shown == second
        node = graph.query_one(GraphTree).cursor_node
        assert node is not None and node.data == second
        assert _pane(graph).startswith(second)


async def test_unlinking_in_the_graph_still_says_which_link_went(demo_store: Store) -> None:
    """The rebuild after `x y` finds no row for the claim unlinked: the cursor goes to the
    centre, and the pane names it."""
    first, second = sorted(tag_with_suggestions(demo_store, limit=2))[:2]
    annotate.link_claims(demo_store, first, second, "contradicts")
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.current_claim = first
        await press(pilot, "6", "down", "down", "x", "y")
        graph = app.screen
        assert isinstance(graph, GraphScreen)
        assert graph.query_one(GraphTree).cursor_line == 0
        assert _pane(graph).startswith(first)
    assert any(m.startswith("removed link") for m in heard)


async def test_a_key_of_another_view_says_where_it_works(demo_store: Store) -> None:
    """`a` in the Reader, `l` in Sources, `s` in the Graph did nothing at all: the newcomer
    could not tell a key of another view from a stuck tool. Such a key names the views it
    works in; typed into a dialog, the same letters are only typed."""
    from textual.widgets import Input

    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        assert heard[-1].startswith("a does nothing in Reader: it is add speaker in Speakers (4)")
        assert "accept in Suggestions (5)" in heard[-1]
        await press(pilot, "1", "l")
        assert heard[-1].startswith("l does nothing in Sources: it is link in Reader (2)")
        before = len(heard)
        await press(pilot, "2", "s", "a", "l")  # the speaker picker: typed, not a hint
        assert app.screen.query_one(Input).value == "al"
        assert len(heard) == before
        await press(pilot, "escape", "x")  # the Reader's own key: no hint
        assert not any("does nothing" in m for m in heard[before:])


async def test_a_tag_searched_as_the_claims_row_shows_it(demo_store: Store) -> None:
    """The Claims row shows a claim's tags as "#casualties"; `/ #casualties` listed nothing
    (only `tag:casualties` filtered), though the desk typed what it read."""
    from claimtrack.tui.widgets.lazy_list import LazyList

    from .conftest import type_text

    second = tag_with_suggestions(demo_store, limit=2)[1]
    annotate.edit_claim(demo_store, second, add_tags=["casualties"])
    app = app_for(demo_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "3", "slash")
        await type_text(pilot, "#casualties")
        await press(pilot, "enter")
        assert app.screen.query_one(LazyList).keys == [second]


async def test_enter_in_the_import_dialog_with_no_path_says_what_is_missing(
    empty_store: Store,
) -> None:
    """`i` then ⏎ (or the outlet typed, then ⏎) did nothing and said nothing: the cursor
    only went back to the paths field."""
    from textual.widgets import Label

    from claimtrack.tui.dialogs.importing import ImportDialog

    from .conftest import type_text

    app = app_for(empty_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "i", "tab")
        await type_text(pilot, "Desk Wire")
        await press(pilot, "enter")
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        error = dialog.query_one(".dialog-error", Label)
        assert error.display and "type a file or a folder" in str(error.render())
        assert dialog.focused is not None and dialog.focused.id == "paths"


async def test_an_empty_queue_with_every_statement_tagged_does_not_say_tag_more(
    empty_store: Store,
) -> None:
    """With every statement reviewed and the last suggestion decided, the queue said "No
    suggestions: tag more statements." and sent the desk back to a Reader with nothing to
    tag. It says the pairs are settled and how to link by hand."""
    from claimtrack.services.importing import RawDocument, import_documents
    from claimtrack.tui.screens.suggestions import SuggestionsScreen
    from claimtrack.tui.widgets.lazy_list import LazyList

    text = (
        "Shelling hits Velmora market\n\n"
        "The regional governor said at least 27 civilians were killed.\n\n"
        "A volunteer medic said 14 bodies were brought in.\n"
    )
    import_documents(empty_store, [RawDocument(text.encode(), "w.txt", outlet="Wire")])
    app = app_for(empty_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "x", "s")
        await pilot.press(*"governor")
        await press(pilot, "enter", "s")
        await pilot.press(*"medic")
        await press(pilot, "enter", "5")
        screen = app.screen
        assert isinstance(screen, SuggestionsScreen)
        while screen.candidates:  # reject what the suggester found for the two claims
            await press(pilot, "X")
        await settle(pilot)
        lst = screen.query_one(LazyList)
        assert lst.keys == []
        assert lst.empty_message.startswith("No suggestions left")
        assert "l in Claims (3)" in lst.empty_message


async def test_a_reader_search_with_no_match_here_says_which_document_has_one(
    empty_store: Store,
) -> None:
    """`/ Putin` in the English wire said "Nothing matches" while the Gatra article open a
    minute before quoted him: the Reader searches one document, and nothing said so. It names
    where the matches are; `]` reads there with the search kept."""
    from claimtrack.services.importing import RawDocument, import_documents
    from claimtrack.tui.widgets.document import DocumentView

    from .conftest import type_text

    gatra = "Korban bertambah\n\nPresiden Rusia Vladimir Putin mengatakan korban mendekati 5.000.\n"
    wire = "Market shelled\n\nThe governor said at least 27 civilians were killed.\n"
    import_documents(
        empty_store,
        [
            RawDocument(gatra.encode(), "g.txt", outlet="Gatra", published="2020-11-01"),
            RawDocument(wire.encode(), "w.txt", outlet="Desk Wire", published="2024-03-12"),
        ],
    )
    app = app_for(empty_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "right_square_bracket", "slash")  # the wire, then search it
        await type_text(pilot, "Putin")
        await press(pilot, "enter")
        view = app.screen.query_one(DocumentView)
        assert view.keys == []
        assert view.empty_message.startswith("Nothing here matches “Putin”: 1 in Gatra")
        assert "] or [" in view.empty_message
        await press(pilot, "right_square_bracket")
        assert len(view.keys) == 1  # Gatra, still searched


async def test_the_graph_draws_a_hand_edited_claim_id_as_text(tmp_path: Path) -> None:
    """A claim id holding a terminal escape (a hand-edited or badly merged store; a restore
    refuses one) reached the terminal raw from the Graph's tree and pane: retitling the
    window, clearing the screen. Control characters are dropped there as everywhere else."""
    path = tmp_path / "desk.json"
    store = Store.open(path, create=True, analyst="tester")
    populate(store)
    first, second = sorted(tag_with_suggestions(store, limit=2))[:2]
    annotate.link_claims(store, first, second, "contradicts")
    store.checkpoint()
    store.close()
    evil = "c\x1b]0;owned\x07\x1b[2Jx"
    text = path.read_text("utf-8").replace(json.dumps(first), json.dumps(evil))
    path.write_text(text, "utf-8")
    store = Store.open(path, analyst="tester")
    app = app_for(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.current_claim = second
        await press(pilot, "6")
        graph, tree = _graph(app)
        labels = [str(node.label) for node in tree.root.children for node in node.children]
        assert any("c]0;owned[2Jx" in label for label in labels), labels
        await press(pilot, "down", "down", "enter")  # recentre on it: the tree's root, the pane
        shown = [str(tree.root.label), _pane(graph)]
        assert all("c]0;owned[2Jx" in s and "\x1b" not in s and "\x07" not in s for s in shown)
        assert not any("\x1b" in label for label in labels)
    store.close()


async def test_the_speaker_picker_starts_from_the_proposal_to_shorten_it() -> None:
    """Correcting a long proposal ("Independent monitors from the Ceasefire Observation
    Mission") meant typing the whole name again after `s`. The field starts with the
    proposal, selected: → and a few deletions shorten it, and typing replaces it."""
    store = Store.memory()
    text = (
        "Independent monitors from the Ceasefire Observation Mission said the shelling "
        "came from the east.\nThe Ceasefire Observation Mission said it counted 14 craters.\n"
    )
    import_documents(store, [RawDocument(text.encode(), "t.txt", lang="en")])
    first, _ = reader_statements(store)
    app = app_for(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "s")
        field = app.screen.query_one("#query", Input)
        assert field.value == "Independent monitors from the Ceasefire Observation Mission"
        await type_text(pilot, "Aliyev")  # typing replaces it
        assert field.value == "Aliyev"
        await press(pilot, "escape", "s")
        field = app.screen.query_one("#query", Input)
        await press(pilot, "home", *["delete"] * len("Independent monitors from the "))
        assert field.value == "Ceasefire Observation Mission"
        await press(pilot, "enter")
        tagged = store.get(Statement, first)
        assert tagged is not None and tagged.speaker is not None
        speaker = store.get(Speaker, tagged.speaker)
        assert speaker is not None and speaker.name == "Ceasefire Observation Mission"


async def test_the_same_search_again_in_the_graph_goes_back_to_its_row(demo_store: Store) -> None:
    """`/` and the text searched before, after moving off its row, left the cursor where it
    was: only a new text jumped (a rebuild after a change must not jump; a search must)."""
    first, second, third = sorted(tag_with_suggestions(demo_store, limit=3))[:3]
    annotate.link_claims(demo_store, first, second, "contradicts")
    annotate.link_claims(demo_store, first, third, "responds-to")
    app = app_for(demo_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.current_claim = first
        await press(pilot, "6", "slash")
        await type_text(pilot, third)
        await press(pilot, "enter")
        graph, tree = _graph(app)
        found = tree.cursor_line
        assert tree.cursor_node is not None and tree.cursor_node.data == third
        await press(pilot, "home", "slash")
        app.screen.query_one(Input).value = ""
        await type_text(pilot, third)
        await press(pilot, "enter")
        assert tree.cursor_line == found
        assert _pane(graph).startswith(third)


async def test_a_relation_row_gone_on_rebuild_leaves_the_cursor_on_the_centre(
    demo_store: Store,
) -> None:
    """The cursor on the centre's "contradicts" row, that link undone elsewhere: back in the
    Graph, the cursor went to the same words under another claim opened below, and the pane
    named that claim, not the centre."""
    first, second, third, fourth = sorted(tag_with_suggestions(demo_store, limit=4))[:4]
    link = annotate.link_claims(demo_store, first, second, "contradicts")
    annotate.link_claims(demo_store, first, third, "responds-to")
    annotate.link_claims(demo_store, third, fourth, "contradicts")
    app = app_for(demo_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.current_claim = first
        await press(pilot, "6")
        graph, tree = _graph(app)
        rows = [tree.get_node_at_line(n) for n in range(tree.last_line + 1)]
        opened = next(n for n, node in enumerate(rows) if node is not None and node.data == third)
        tree.cursor_line = opened
        await press(pilot, "space")  # open `third`: its own "contradicts" row shows
        tree.cursor_line = 1  # the centre's "contradicts" row
        await settle(pilot)
        await press(pilot, "3")
        annotate.unlink(demo_store, link.id)
        await press(pilot, "6")
        node = tree.cursor_node
        assert node is not None and node.data in (first, None)
        assert node.parent is None or node.parent.data == first
        assert _pane(graph).startswith(first)
