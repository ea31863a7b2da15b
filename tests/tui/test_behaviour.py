"""Behaviour beyond single keys: plain text safety, live refresh, restarts, palette, resizing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList

from claimtrack.model import Speaker, Statement
from claimtrack.services import annotate
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.queries import SuggestionCache
from claimtrack.store import Store
from claimtrack.tui.actions import ACTIONS
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.commands.palette import ActionCommands
from claimtrack.tui.dialogs.export import ExportDialog
from claimtrack.tui.dialogs.help import help_text
from claimtrack.tui.dialogs.importing import ImportDialog
from claimtrack.tui.keymap import keymap_markdown
from claimtrack.tui.widgets.document import DocumentView
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import app_for, fixed_clock, press, reader_lines, reader_statements, settle, until

HOSTILE = (
    "[bold red]Boom[/] said the minister \x1b[31mloudly\x1b[0m\x07 on Monday.\n"
    "Officials [link=https://evil.example]clicked[/link] 3 times, they said.\n"
)


async def test_imported_text_is_never_markup_and_loses_control_characters() -> None:
    store = Store.memory(clock=fixed_clock)
    import_documents(store, [RawDocument(HOSTILE.encode(), "hostile.txt", outlet="[i]Out[/i]")])
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        text = " ".join(reader_lines(app))
        assert "[bold red]Boom[/]" in text
        assert "[link=https://evil.example]clicked[/link]" in text
        assert "\x1b" not in text and "\x07" not in text
        await press(pilot, "1")
        row = app.screen.query_one(LazyList)._formatter(app.screen.query_one(LazyList).keys[0], 80)
        assert "[i]Out[/i]" in row.plain


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


async def test_bidi_controls_reach_neither_the_reader_nor_a_dialog_or_message() -> None:
    """A speaker named with a bidi override (or found so in an article) reached the terminal
    raw in the edit dialog's title and in the "edited speaker" message, reordering both."""
    from claimtrack.services.speakers import add_speaker
    from tests.tui.conftest import type_text

    store = Store.memory(clock=fixed_clock)
    text = f"Officials said at least \u202e54\u202c civilians died {BIDI}.\n"
    import_documents(store, [RawDocument(text.encode(), "t.txt", lang="en")])
    add_speaker(store, f"Ilka \u202eVaren\u202c {BIDI}")
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "at least 54 civilians died" in " ".join(reader_lines(app))
        await press(pilot, "4", "r")
        title = str(app.screen.query_one(".dialog-title").render())
        assert title.startswith("Edit speaker Ilka Varen")
        await press(pilot, "enter")  # the name kept
        await type_text(pilot, "Varen")  # an alias
        await press(pilot, "enter", "enter", "enter")  # no side, the kind kept
        said = [str(n.message) for n in app._notifications]
    assert any(m.startswith("edited speaker Ilka Varen") for m in said), said
    assert not set(title + " ".join(said)) & set(BIDI)


async def test_changes_made_by_another_process_show_up(tmp_store_path: Path) -> None:
    from claimtrack.demo import populate

    store = Store.open(tmp_store_path, create=True, clock=fixed_clock)
    populate(store)
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        first = reader_statements(store)[0]
        other = Store.open(tmp_store_path, clock=fixed_clock)  # the CLI, elsewhere
        annotate.tag(other, first, "Putin")
        other.close()
        app.poll_store()
        await settle(pilot)
        view = app.screen.query_one(DocumentView)
        assert view._blocks[0].symbol == "✓"
        assert "Vladimir Putin" in view._blocks[0].body.plain
    store.close()


async def test_undo_survives_a_restart(tmp_store_path: Path) -> None:
    from claimtrack.demo import populate

    store = Store.open(tmp_store_path, create=True, clock=fixed_clock)
    populate(store)
    first = reader_statements(store)[0]
    async with app_for(store).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "x")
    store.close()
    assert Store.open(tmp_store_path).get(Statement, first).narration  # type: ignore[union-attr]
    reopened = Store.open(tmp_store_path, clock=fixed_clock)
    async with app_for(reopened).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "u")
    st = reopened.get(Statement, first)
    assert st is not None and not st.narration
    reopened.close()


async def test_undo_and_redo_with_nothing_left_say_why_as_the_cli_does(demo_store: Store) -> None:
    """`u` on a fresh store and `ctrl+r` with nothing undone both said only "nothing to
    undo"/"nothing to redo": the analyst could not tell an empty log from work all taken back.
    They say why, in the CLI's words, as news rather than an error."""

    def said(app: ClaimtrackApp) -> list[tuple[str, str]]:
        notes = [(str(n.message), n.severity) for n in app._notifications]
        app.clear_notifications()
        return notes

    empty = Store.memory(clock=fixed_clock, analyst="tester")
    app = app_for(empty)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "u")
        assert said(app) == [("nothing to undo: the log is empty", "information")]
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        said(app)
        await press(pilot, "ctrl+r")
        assert said(app) == [("nothing to redo: no change has been undone", "information")]
        await press(pilot, "x", "u")
        said(app)
        await press(pilot, "ctrl+r")
        assert said(app)[0][0].startswith("redone: ")
        await press(pilot, "ctrl+r")
        assert said(app) == [("nothing to redo: every undone change is redone", "information")]


async def test_accepting_a_proposed_new_speaker_registers_it(demo_store: Store) -> None:
    cache = SuggestionCache(demo_store)
    source, statement, proposal = next(
        (sid, st, s.proposal)
        for sid in sorted(demo_store.docs("sources"))
        for st, s in sorted(cache.for_source(sid).items())
        if s is not None and s.speaker is None and s.proposal
    )
    app = app_for(demo_store)
    app.current_source = source
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(DocumentView).select_key(statement)
        await press(pilot, "enter")
        st = demo_store.get(Statement, statement)
        assert st is not None and st.speaker is not None
        speaker = demo_store.get(Speaker, st.speaker)
        assert speaker is not None and speaker.name == proposal.name
        assert (speaker.aliases, speaker.kind) == (proposal.aliases, proposal.kind)
        await press(pilot, "u")  # one key press undoes the whole acceptance
    assert demo_store.get(Speaker, speaker.id) is None
    assert demo_store.get(Statement, statement).speaker is None  # type: ignore[union-attr]


async def test_accepting_an_office_and_name_registers_the_person_the_surname_finds() -> None:
    store = Store.memory(clock=fixed_clock)
    text = (
        "Presiden Azerbaijan Ilham Aliyev mengatakan pasukannya akan berjuang sampai akhir.\n\n"
        "Aliyev, berbicara dalam pertemuan pada Minggu, juga mengatakan Armenia tidak berhak.\n"
    )
    import_documents(store, [RawDocument(text.encode(), "gatra.txt", lang="id")])
    app = app_for(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert "new speaker “Ilham Aliyev”, also “Presiden Azerbaijan”" in reader_lines(app)[0]
        await press(pilot, "enter")  # accept the first statement's proposal
        (speaker,) = store.all(Speaker)
        assert (speaker.name, speaker.aliases, speaker.kind) == (
            "Ilham Aliyev",
            ("Presiden Azerbaijan",),
            "person",
        )
        second = reader_lines(app)[1]
        assert "suggested: Ilham Aliyev (" in second and "new speaker" not in second
        await press(pilot, "enter")  # the cursor moved on: the surname is the same person
    assert {st.speaker for st in store.all(Statement)} == {speaker.id}
    assert len(store.all(Speaker)) == 1


async def test_an_error_from_the_import_job_comes_back_in_its_dialog(
    demo_store: Store, tmp_path: Path
) -> None:
    binary = tmp_path / "scan.txt"  # exists, so the dialog lets it through: the job refuses it
    binary.write_bytes(b"\x00\x01\x02\xff" * 64)
    sources = set(demo_store.docs("sources"))
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        await pilot.press(*str(binary))
        await press(pilot, "enter")
        await settle(pilot)
        # The job's refusal comes back in the import dialog, the path kept to correct.
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        said = str(dialog.query_one(".dialog-error", Label).render())
        assert "scan.txt" in said and "nothing imported" in said
        assert dialog.query_one("#paths", Input).value == str(binary)
        assert app.is_running and app.job is None
        assert set(demo_store.docs("sources")) == sources


async def test_palette_lists_views_annotations_and_exports(demo_store: Store) -> None:
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        provider = ActionCommands(app.screen)
        names = [name for name, _, _ in provider._commands()]
        assert "view: Claims" in names
        assert "annotate: link" in names
        assert "export: graphml" in names and "export: dot" in names
        command = dict((n, c) for n, c, _ in provider._commands())["export: dot"]
        command()
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog) and app.screen.fmt == "dot"


async def test_export_offers_what_the_view_shows(demo_store: Store, tmp_path: Path) -> None:
    import csv

    from tests.tui.conftest import tag_with_suggestions, type_text

    tag_with_suggestions(demo_store)
    speaker = next(s for s in demo_store.all(Speaker) if s.name == "Ilham Aliyev")
    wanted = demo_store.ids_where("claims", "speaker", speaker.id)
    assert 0 < len(wanted) < demo_store.count("claims")
    target = tmp_path / "aliyev.csv"
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.show_view("claims", speaker=speaker.id)  # what ⏎ in the Speakers view does
        await settle(pilot)
        assert sorted(app.screen.query_one(LazyList).keys) == sorted(wanted)
        await press(pilot, "e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert [label.split(" (")[0] for label, _ in dialog.scopes] == [
            f"the {len(wanted)} claims listed",
            f"claim {app.screen_stack[-2].query_one(LazyList).current} and the claims linked to it",
        ]
        dialog._choose("csv")
        await settle(pilot)
        await press(pilot, "down", "enter", "ctrl+u")  # the claims listed
        await type_text(pilot, str(target))
        await press(pilot, "enter")
        await settle(pilot)
    with target.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["id"] for r in rows} == wanted


async def test_an_export_over_the_open_store_is_refused(tmp_path: Path) -> None:
    from claimtrack.demo import populate
    from tests.tui.conftest import type_text

    store = Store.open(tmp_path / "desk.json", create=True, clock=fixed_clock, analyst="t")
    populate(store)
    store.checkpoint()
    assert store.path is not None
    before = store.path.read_bytes()
    (tmp_path / "desk-export.csv").write_text("an earlier export")
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.folder = str(tmp_path)
        dialog._choose("csv")
        await settle(pilot)
        if dialog.scopes:
            await press(pilot, "enter")  # everything
        offered = Path(dialog.query_one("#path").value)  # type: ignore[attr-defined]
        assert offered == tmp_path / "desk-export-2.csv"  # never the earlier export
        await press(pilot, "ctrl+u")
        await type_text(pilot, str(store.path))
        await press(pilot, "enter")
        await settle(pilot)
        assert app.screen is dialog  # refused in place, the path kept to correct
        said = dialog.query_one(".dialog-error", Label)
        assert "store itself" in str(said.render())
        assert dialog.query_one("#path", Input).value == str(store.path)
        assert app.is_running and app.job is None
    assert store.path.read_bytes() == before


async def test_a_table_named_as_a_workbook_is_refused_in_the_dialog(
    demo_store: Store, tmp_path: Path
) -> None:
    # A review: the CLI refused "-o x.xlsx" for a table; the dialog wrote it.
    from tests.tui.conftest import export_through_dialog

    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        dialog = await export_through_dialog(pilot, app, "excel", tmp_path / "claims.xlsx")
        await settle(pilot)
        assert app.screen is dialog  # refused in place
        said = dialog.query_one(".dialog-error", Label)
        assert "name the file claims.csv" in str(said.render())
    assert not (tmp_path / "claims.xlsx").exists()


async def test_the_sources_view_exports_the_claims_of_the_highlighted_source(
    demo_store: Store,
) -> None:
    from tests.tui.conftest import first_source, tag_with_suggestions

    tag_with_suggestions(demo_store)
    source = first_source(demo_store)
    ids = demo_store.ids_where("statements", "source", source)
    wanted = {demo_store.doc("statements", i)["claim"] for i in ids} - {None}
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "1")
        app.screen.query_one(LazyList).select_key(source)
        await settle(pilot)
        await press(pilot, "e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        ((label, filters),) = dialog.scopes
        assert label.startswith(f"the {len(wanted)} claims in ")
        assert set(filters.claims) == wanted


async def test_resizing_keeps_everything_on_screen(demo_store: Store) -> None:
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for view in "123456":
            await press(pilot, view)
            for size in ((120, 40), (60, 20), (80, 24)):
                await pilot.resize_terminal(*size)
                await settle(pilot)
                assert app.screen.size.width == size[0]
        assert app.is_running


def test_every_action_is_in_the_help_and_the_keymap() -> None:
    help_plain = help_text().plain
    markdown = keymap_markdown()
    for action in ACTIONS:
        assert action.help in help_plain
        assert action.key_display in markdown
    assert markdown.count("\n") == len(ACTIONS) + 2


async def test_the_picker_creates_a_speaker_from_what_was_typed(demo_store: Store) -> None:
    """A new name matches registered speakers only weakly: ⏎ creates it, not the best guess;
    a few letters of a registered name still pick it first."""

    from claimtrack.tui.dialogs.picker import CREATE_ID

    first = reader_statements(demo_store)[0]
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        options = await _speaker_picker_typed(app, pilot, "alie")
        assert "Ilham Aliyev" in str(options.get_option_at_index(0).prompt)
        last = options.get_option_at_index(options.option_count - 1)
        assert last.id == CREATE_ID and options.highlighted == 0
        for _ in range(4):
            await pilot.press("backspace")
        # another Hajiyev: Hikmet Hajiyev matches, weakly (a name sharing no word with any
        # registered one lists only the create row: letters alike are no match)
        await pilot.press(*"Zed Hajiyev")
        await settle(pilot)
        assert options.option_count > 1  # weak matches are still listed, below
        top = options.get_option_at_index(0)
        assert top.id == CREATE_ID and "create speaker 'Zed Hajiyev'" in str(top.prompt)
        assert "Hikmet Hajiyev" in str(options.get_option_at_index(1).prompt)
        assert options.highlighted == 0
        await press(pilot, "enter")
    st = demo_store.get(Statement, first)
    assert st is not None and st.speaker is not None
    assert demo_store.get(Speaker, st.speaker).name == "Zed Hajiyev"  # type: ignore[union-attr]


async def _speaker_picker_typed(app: ClaimtrackApp, pilot: Pilot[None], typed: str) -> OptionList:
    """The Reader's speaker picker (`s`) with `typed` in it, as the options it lists."""
    await settle(pilot)
    await press(pilot, "s")
    await pilot.press(*typed)
    await settle(pilot)
    return app.screen.query_one(OptionList)


@pytest.mark.parametrize(
    ("registered", "kind", "typed", "typo"),
    [
        # "посольство" (embassy) romanised shares "oso" with "Santoso": a score of 50
        ("Arif Santoso", "person", "посольство", "santosso"),
        # "tempo" (the outlet) shares "emo" with "Kemenko": a score of 50
        ("Kemenko Polhukam", "ministry", "tempo", "kemneko"),
    ],
)
async def test_a_new_name_only_alike_a_registered_one_is_created_first(
    demo_store: Store, registered: str, kind: str, typed: str, typo: str
) -> None:
    """Typing "посольство" put "Arif Santoso" first and "tempo" "Kemenko Polhukam": ⏎ would
    have tagged the statement as them (fresh-user reviews). Create goes first unless every
    typed word is clearly one of the row's, as `tag` resolves a name; a typo in a
    registered name still takes it."""
    from claimtrack.services.speakers import add_speaker
    from claimtrack.tui.dialogs.picker import CREATE_ID

    add_speaker(demo_store, registered, kind=kind)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        options = await _speaker_picker_typed(app, pilot, typed)
        top = options.get_option_at_index(0)
        assert top.id == CREATE_ID and f"create speaker '{typed}'" in str(top.prompt)
        assert options.highlighted == 0
        for _ in typed:
            await pilot.press("backspace")
        await pilot.press(*typo)
        await settle(pilot)
        assert registered in str(options.get_option_at_index(0).prompt)


async def test_a_large_picker_ranks_in_the_background(empty_store: Store) -> None:
    from textual.widgets import OptionList

    from claimtrack.tui.dialogs.picker import SYNC_NAMES, PickerDialog

    names = [(f"k{i}", f"claim number {i} about shelling") for i in range(SYNC_NAMES + 500)]
    names.append(("target", "Aliyev vows to retake Karabakh"))
    picked = []
    app = app_for(empty_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(PickerDialog("Claim", names, {k: n for k, n in names}), picked.append)
        await settle(pilot)
        await pilot.press(*"aliyev retake")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        assert options.get_option_at_index(0).id == "target"
        await press(pilot, "enter")
    assert picked[0].key == "target"


async def test_the_speakers_view_says_which_speaker_is_likely_the_same_and_m_merges(
    empty_store: Store,
) -> None:
    from claimtrack.services.speakers import add_speaker

    putin = add_speaker(empty_store, "Vladimir Putin", kind="person")
    twin = add_speaker(empty_store, "Владимир Путин", kind="person")
    add_speaker(empty_store, "Arayik Harutyunyan", kind="person")  # first by name
    app = app_for(empty_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        app.screen.query_one(LazyList).select_key(putin.id)
        await settle(pilot)
        shown = str(app.screen.query_one("#detail").render())
        assert "may be the same speaker as: Владимир Путин" in shown
        app.screen.query_one(LazyList).select_key(twin.id)
        await press(pilot, "m", "enter")  # the likely twin leads the picker: ⏎ takes it
    assert {s.name for s in empty_store.all(Speaker)} == {"Vladimir Putin", "Arayik Harutyunyan"}
    kept = empty_store.get(Speaker, putin.id)
    assert kept is not None and "Владимир Путин" in kept.aliases


async def test_the_speakers_view_pairs_speakers_as_speaker_similar_does(
    empty_store: Store,
) -> None:
    """The ministry "Kemenko Polhukam" was said to be maybe its minister (alias "Menko
    Polkam"); "Fajar" was not said to be maybe "Alliance coordinator Fajar"."""
    from claimtrack.services.speakers import add_speaker

    ministry = add_speaker(empty_store, "Kemenko Polhukam", kind="ministry")
    add_speaker(empty_store, "Bambang W. Prasetyo", ["Menko Polkam"], kind="person")
    fajar = add_speaker(empty_store, "Fajar")
    add_speaker(empty_store, "Alliance coordinator Fajar")
    app = app_for(empty_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        shown = {}
        for key in (ministry.id, fajar.id):
            app.screen.query_one(LazyList).select_key(key)
            await settle(pilot)
            shown[key] = str(app.screen.query_one("#detail").render())
    assert "may be the same speaker" not in shown[ministry.id]
    assert "may be the same speaker as: Alliance coordinator Fajar" in shown[fajar.id]


async def test_accepting_a_merge_moves_rows_of_the_merged_claim_and_a_visit_recomputes(
    demo_store: Store,
) -> None:
    from tests.tui.conftest import tag_with_suggestions

    tag_with_suggestions(demo_store)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "5")
        screen = app.screen
        while screen.computing:  # type: ignore[attr-defined]
            await settle(pilot)
        candidates = list(screen.candidates)  # type: ignore[attr-defined]
        merge = next(
            c
            for c in candidates
            if c.relation == "same-claim"
            and all(sum(x in (o.a, o.b) for o in candidates) > 1 for x in (c.a, c.b))
        )  # other rows name both claims: whichever goes, its rows must move
        screen.query_one(LazyList).select_key(str(candidates.index(merge)))
        await press(pilot, "a")
        claims = demo_store.docs("claims")
        assert (merge.a in claims) != (merge.b in claims)  # one kept (the first reported)
        gone, keep = (merge.b, merge.a) if merge.a in claims else (merge.a, merge.b)
        kept = screen.candidates  # type: ignore[attr-defined]
        assert all(c.a in claims and c.b in claims for c in kept)
        moved = {
            (c.relation, ({c.a, c.b} - {gone}).pop())
            for c in candidates
            if gone in (c.a, c.b) and c is not merge and keep not in (c.a, c.b)
        }
        now = {(c.relation, ({c.a, c.b} - {keep}).pop()) for c in kept if keep in (c.a, c.b)}
        assert moved and moved <= now  # the merged claim's rows now name the kept one
        await press(pilot, "3", "5")
        while screen.computing:  # type: ignore[attr-defined]
            await settle(pilot)
        assert screen._requested == demo_store.version  # type: ignore[attr-defined]


async def test_a_filter_matching_nothing_says_so_not_that_the_store_is_empty(
    demo_store: Store,
) -> None:
    from tests.tui.conftest import type_text

    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for view, widget in (("2", DocumentView), ("3", LazyList)):
            await press(pilot, view, "slash")
            await type_text(pilot, "zzzz")
            await press(pilot, "enter")
            shown = app.screen.query_one(widget)
            assert shown.empty_message.startswith("Nothing matches “zzzz”")
            await press(pilot, "slash", "ctrl+u", "enter")  # clear the filter
            assert "Nothing matches" not in app.screen.query_one(widget).empty_message


async def test_a_bad_date_in_the_import_dialog_keeps_what_was_typed(demo_store: Store) -> None:
    from textual.widgets import Input, Label

    from claimtrack.tui.dialogs.importing import ImportDialog
    from tests.tui.conftest import type_text

    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        await type_text(pilot, "/tmp/article.txt")
        await press(pilot, "tab")
        await type_text(pilot, "Gatra")
        await press(pilot, "tab")
        await type_text(pilot, "2020-13-45")
        await press(pilot, "enter")
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)  # still open
        assert dialog.query_one("#paths", Input).value == "/tmp/article.txt"
        assert dialog.query_one("#outlet", Input).value == "Gatra"
        assert "publication date" in str(dialog.query_one(".dialog-error", Label).render())
        assert app.job is None


async def test_expanding_a_neighbour_in_the_graph_lists_only_claims_further_out(
    demo_store: Store,
) -> None:
    from textual.widgets import Label, Tree

    from tests.tui.conftest import tag_with_suggestions

    c = sorted(tag_with_suggestions(demo_store, limit=4))
    annotate.link_claims(demo_store, c[0], c[1], "contradicts")
    annotate.link_claims(demo_store, c[1], c[3], "supports")
    annotate.link_claims(demo_store, c[0], c[2], "supports", note="same shelling, two outlets")
    annotate.link_claims(demo_store, c[0], c[2], "responds-to")  # c[2] twice: one claim
    app = app_for(demo_store)
    app.current_claim = c[0]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "6")
        header = str(app.screen.query_one("#header", Label).render())
        assert header.startswith("2 linked claims")
        tree = app.screen.query_one(Tree)
        rows = {n.data: n for n in (tree.get_node_at_line(i) for i in range(tree.last_line + 1))}
        assert rows[c[2]].label.plain.startswith(f"{c[2]} “same shelling, two outlets” ")
        assert "“" not in rows[c[1]].label.plain  # a link without a note
        assert rows[c[1]].allow_expand  # leads on to c[3]
        assert not rows[c[2]].allow_expand  # linked to the centre only
        await press(pilot, "down", "down", "space")  # root → "contradicts" → c[1], expand
        below = [n.data for group in rows[c[1]].children for n in group.children]
        assert below == [c[3]]  # not the centre again


def test_a_wide_terminal_shows_whole_speaker_names_in_claim_rows(demo_store: Store) -> None:
    from claimtrack.services.queries import ClaimFacts
    from claimtrack.tui.rows import claim_row
    from tests.tui.conftest import tag_with_suggestions

    tag_with_suggestions(demo_store)
    facts = ClaimFacts(demo_store)
    long = next(
        c
        for c, doc in demo_store.docs("claims").items()
        if demo_store.doc("speakers", doc["speaker"])["name"] == "Arayik Harutyunyan"
    )
    assert "Arayik Harutyunyan " in claim_row(demo_store, facts, long, 140).plain
    assert "Arayik Harutyunyan" not in claim_row(demo_store, facts, long, 80).plain


async def test_undo_and_redo_put_the_cursor_on_what_they_changed(demo_store: Store) -> None:
    from claimtrack.tui.screens.reader import ReaderScreen
    from tests.tui.conftest import first_source

    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2")
        view = app.screen.query_one(DocumentView)
        await press(pilot, "j", "j", "x")  # narration; the Reader moves on to the next one
        marked = reader_statements(demo_store)[2]
        assert view.current != marked
        await press(pilot, "u")
        assert view.current == marked
        assert not demo_store.doc("statements", marked)["narration"]
        await press(pilot, "j", "j", "ctrl+r")
        assert view.current == marked
        assert demo_store.doc("statements", marked)["narration"]
        # a change made elsewhere (the CLI, another source): undo opens its source
        other = sorted(set(demo_store.docs("sources")) - {first_source(demo_store)})[0]
        far = reader_statements(demo_store, other)[3]
        annotate.mark_narration(demo_store, far)
        await press(pilot, "u")
        assert isinstance(app.screen, ReaderScreen) and app.screen.shown == other
        assert view.current == far
        # a list view: the claim whose outcome was undone is highlighted
        claim = annotate.tag(demo_store, far, "Putin")[2].id
        annotate.record_outcome(demo_store, claim, "false")
        await press(pilot, "3")
        lst = app.screen.query_one(LazyList)
        lst.cursor = 0 if lst.keys[0] != claim else 1
        await press(pilot, "u")
        assert lst.current == claim
        # undoing a link or a verdict alone (the claim record untouched) reveals its claim
        a = claim  # linked to nothing yet, as the two tagged next
        b, elsewhere = (
            annotate.tag(demo_store, reader_statements(demo_store, other)[k], "Putin")[2].id
            for k in (4, 5)
        )
        annotate.link_claims(demo_store, a, b, "supports")
        app.changed()  # repaint, as after a change made in the TUI
        await settle(pilot)
        lst.cursor = lst.keys.index(elsewhere)
        await press(pilot, "u")
        assert lst.current in (a, b)
        annotate.record_outcome(demo_store, b, "true")
        app.changed()
        await settle(pilot)
        lst.cursor = lst.keys.index(elsewhere)
        await press(pilot, "u")
        assert lst.current == b


async def test_the_palette_offers_our_commands_only(demo_store: Store) -> None:
    from textual.command import CommandList, CommandPalette

    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)

        async def hits(query: str) -> list[str]:
            await press(pilot, "ctrl+p")
            assert isinstance(app.screen, CommandPalette)
            await pilot.press(*query)
            await pilot.pause(0.5)
            found = app.screen.query_one(CommandList)
            labels = [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]
            await press(pilot, "escape")
            return labels

        assert any("store: undo" in h for h in await hits("undo"))
        assert await hits("screenshot") == []
        assert not any("Keys" in h for h in await hits("keys"))


async def test_the_reader_reads_the_numbers_of_an_appearance_merged_from_another_language() -> None:
    from claimtrack.services.speakers import add_speaker

    store = Store.memory(clock=fixed_clock)
    texts = {
        "en": "Karabakh officials said 1,166 troops had died.",
        "id": "Pejabat Nagorno-Karabakh mengatakan 1.166 pasukan dan 45 warga sipil telah tewas.",
    }
    for day, (lang, text) in enumerate(texts.items(), start=1):
        raw = RawDocument(text.encode(), f"{lang}.txt", lang=lang, published=f"2020-11-0{day}")
        import_documents(store, [raw])
    add_speaker(store, "Karabakh officials", side="Armenia")
    langs = {sid: doc["lang"] for sid, doc in store.docs("sources").items()}
    claim = {langs[st.source]: annotate.tag(store, st.id, "Karabakh officials")[2].id
             for st in store.all(Statement)}  # fmt: skip
    annotate.merge_claims(store, claim["en"], [claim["id"]])
    app = app_for(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "right_square_bracket")  # the Indonesian article
        (line,) = reader_lines(app)
        assert "1.166 ⟨1,166 troops killed⟩" in line  # though the claim keeps "1,166"
        assert "45 ⟨45 civilians killed⟩" in line


async def test_a_new_store_and_the_demo_copy_say_where_they_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.tui.app import make_app, new_store_greeting, opening

    typo = tmp_path / "desk-typo.json"
    assert opening(str(typo), demo=False) == (str(typo), "", None)
    greeting = new_store_greeting(Store.open(typo, create=True))
    assert str(typo) in greeting and "new empty" in greeting
    assert new_store_greeting(Store.open(typo, create=True)) == ""  # an existing store: quiet
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    demo_db, greeting, scratch = opening(None, demo=True)
    assert scratch is not None and Path(demo_db).parent == scratch and "deleted" in greeting

    store = Store.memory(clock=fixed_clock)
    app = make_app(store, poll=False, greeting=greeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert any(demo_db in n.message for n in app._notifications)
        # a dialog opens over no toast: at 80x24 the greeting covered the import dialog's keys
        await press(pilot, "i")
        assert not list(app._notifications)


async def test_creating_a_speaker_with_s_keeps_the_proposals_alias_and_side() -> None:
    from tests.tui.conftest import type_text

    store = Store.memory(clock=fixed_clock)
    text = "Pejabat Nagorno-Karabakh menuduh Azerbaijan menargetkan kota Martuni."
    import_documents(store, [RawDocument(text.encode(), "id.txt", lang="id")])
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "s")
        await type_text(pilot, "Nagorno-Karabakh officials")
        await press(pilot, "enter")
        said = [n.message for n in app._notifications]
    (speaker,) = store.all(Speaker)
    assert speaker.name == "Nagorno-Karabakh officials"
    assert (speaker.side, speaker.aliases) == ("Nagorno-Karabakh", ("Pejabat Nagorno-Karabakh",))
    assert any("also answers to Pejabat Nagorno-Karabakh; side Nagorno-Karabakh" in m for m in said)


async def test_a_reader_search_counts_what_matches_and_how_much_of_it_is_reviewed(
    demo_store: Store,
) -> None:
    from textual.widgets import Label

    from tests.tui.conftest import type_text

    app = app_for(demo_store)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "x")  # one statement reviewed
        shown = reader_lines(app)
        word = max(shown[-1].split(), key=len)  # a long word of the last statement
        await press(pilot, "slash")
        await type_text(pilot, word)
        await press(pilot, "enter")
        lines = reader_lines(app)
        assert 0 < len(lines) < len(shown)
        header = str(app.screen.query_one("#header", Label).render())
        # First on the line: a long outlet name pushed it out of an 80-column screen.
        assert header.startswith(f"{len(lines)} matching “{word}” · ") and "reviewed" in header


async def test_picking_a_speaker_with_s_learns_the_name_the_article_used() -> None:
    from claimtrack.services.speakers import add_speaker
    from tests.tui.conftest import type_text

    store = Store.memory(clock=fixed_clock)
    text = "Azerbaijan's defence ministry denied shelling Martuni."
    import_documents(store, [RawDocument(text.encode(), "en.txt", lang="en")])
    ministry = add_speaker(store, "Kementerian pertahanan Azerbaijan", kind="ministry")
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "s")
        await type_text(pilot, "Kementerian")
        await press(pilot, "enter")
        assert any("learned: Azerbaijan defence ministry" in n.message for n in app._notifications)
    speaker = store.get(Speaker, ministry.id)
    assert speaker is not None and speaker.aliases == ("Azerbaijan defence ministry",)


async def test_picking_a_state_for_a_town_that_is_not_its_capital_says_it_is_not_learned() -> None:
    """ "Ganja said" picked as Azerbaijan taught it "Ganja" ("learned: Ganja is this
    speaker too"): only a state's capital is its name, and the Reader says so."""
    from claimtrack.services.speakers import add_speaker
    from tests.tui.conftest import type_text

    store = Store.memory(clock=fixed_clock)
    text = "Ganja said the strike hit a school."
    import_documents(store, [RawDocument(text.encode(), "en.txt", lang="en")])
    state = add_speaker(store, "Azerbaijan")
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "s")
        await type_text(pilot, "Azerbaijan")
        await press(pilot, "enter")
        said = [n.message for n in app._notifications]
    assert any("not learned: Ganja is no capital listed for Azerbaijan" in m for m in said)
    assert not any(m.startswith("learned") for m in said)
    speaker = store.get(Speaker, state.id)
    assert speaker is not None and speaker.aliases == ()
    (st,) = store.all(Statement)
    assert st.speaker == state.id


async def test_typing_a_new_state_for_a_town_that_is_not_its_capital_says_it_is_not_learned() -> (
    None
):
    """ "Ganja said", its proposal shortened to a new speaker "Azerbaijan" in the picker,
    registered the state and dropped "Ganja" without a word, where picking a registered
    Azerbaijan says why: the Reader says so, in the CLI's words, and learns a capital."""
    from tests.tui.conftest import type_text

    store = Store.memory(clock=fixed_clock)
    text = "Ganja said the strike hit a school.\n\nKyiv said the talks had failed."
    import_documents(store, [RawDocument(text.encode(), "en.txt", lang="en")])
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "s")
        await type_text(pilot, "Azerbaijan")
        await press(pilot, "enter")
        said = [n.message for n in app._notifications]
        assert any("not learned: Ganja is no capital listed for Azerbaijan" in m for m in said)
        await press(pilot, "j", "s")
        await type_text(pilot, "Ukraine")
        await press(pilot, "enter")
        later = [n.message for n in app._notifications][len(said) :]
    assert not any("not learned" in m for m in later)
    speakers = {s.name: s.aliases for s in store.all(Speaker)}
    assert speakers == {"Azerbaijan": (), "Ukraine": ("Kyiv",)}
    assert {st.speaker for st in store.all(Statement)} == {s.id for s in store.all(Speaker)}


async def test_the_reader_opens_an_imported_document_at_its_first_statement(
    demo_store: Store, tmp_path: Path
) -> None:
    from tests.tui.conftest import type_text

    doc = tmp_path / "wire.txt"
    doc.write_text("Officials said 12 people were hurt. The ministry denied it.\n", "utf-8")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "j", "j", "j", "i")
        await type_text(pilot, str(doc))
        await press(pilot, "enter")
        await settle(pilot)
        (new,) = [s for s, d in demo_store.docs("sources").items() if d["filename"] == "wire.txt"]
        assert app.screen.shown == new  # type: ignore[attr-defined]
        assert app.screen.query_one(DocumentView).cursor == 0


async def test_the_speaker_picker_finds_a_name_typed_in_another_script(demo_store: Store) -> None:
    from textual.widgets import OptionList

    from claimtrack.services.speakers import add_speaker

    add_speaker(demo_store, "Унан Татевосян", kind="person")  # registered in Cyrillic only
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        await pilot.press(*"карабах")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert "Nagorno-Karabakh" in shown[0] or "Karabakh" in shown[0]
        for _ in "карабах":
            await pilot.press("backspace")
        await pilot.press(*"tatevosyan")
        await settle(pilot)
        top = str(options.get_option_at_index(0).prompt)
        assert top.startswith("Унан Татевосян")


async def test_a_correction_dated_before_the_verdict_in_force_warns(demo_store: Store) -> None:
    from .conftest import type_text

    claim = annotate.tag(demo_store, reader_statements(demo_store)[0], "Arayik Harutyunyan")[2]
    annotate.record_outcome(demo_store, claim.id, "false", date="2020-11-01")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "home", "o", "t", "enter", "tab")  # past note, evidence
        await type_text(pilot, "2020-10-20")
        await press(pilot, "enter")
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert any("false decided 2020-11-01 is later and stays in force" in w for w in warnings)
        assert not any("judged true" in n.message for n in app._notifications)


async def test_the_export_lists_move_with_j_and_k_like_every_list(demo_store: Store) -> None:
    """Help says `j` is the next row in every list; in the export dialog it chose json."""
    from tests.tui.conftest import tag_with_suggestions

    tag_with_suggestions(demo_store)  # claims, so the Claims view offers narrower scopes
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "3", "e", "j", "j", "j", "k", "enter")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.fmt == dialog.formats[2][0]
        await settle(pilot)
        assert dialog.focused is dialog.query_one("#scopes")
        await press(pilot, "j", "enter")  # the claims listed, not everything
        assert dialog.filters is not None


async def test_undoing_a_colleagues_change_asks_first(demo_store: Store) -> None:
    """`u` silently undid another analyst's CLI import; it now names them and asks."""
    from claimtrack.tui.dialogs.choice import ConfirmDialog

    first = reader_statements(demo_store)[0]
    mine = demo_store.analyst
    demo_store.analyst = "colleague"  # a change made by someone else (the CLI, say)
    annotate.tag(demo_store, first, "Arayik Harutyunyan")
    demo_store.analyst = mine
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "u")
        assert isinstance(app.screen, ConfirmDialog)
        assert "Undo colleague's change" in app.screen.question
        await press(pilot, "n")
        assert demo_store.get(Statement, first).speaker is not None  # kept
        await press(pilot, "u", "y")
        assert demo_store.get(Statement, first).speaker is None  # undone once confirmed


async def test_a_side_filter_nobody_is_on_says_which_side_was_meant(demo_store: Store) -> None:
    from .conftest import type_text

    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "3", "slash")
        await type_text(pilot, "side:Armnia")
        await press(pilot, "enter")
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert any("did you mean 'Armenia'?" in w for w in warnings), warnings


async def test_the_graph_shows_the_whole_claim_under_the_cursor(demo_store: Store) -> None:
    """At 80 columns a row is cut at the screen's edge, with no way to read the rest."""
    from textual.widgets import Static, Tree

    from tests.tui.conftest import tag_with_suggestions

    c = sorted(tag_with_suggestions(demo_store, limit=2))
    annotate.link_claims(demo_store, c[0], c[1], "contradicts")
    app = app_for(demo_store)
    app.current_claim = c[0]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "6")
        detail = app.screen.query_one("#graph-detail", Static)
        summary = " ".join(demo_store.doc("claims", c[0])["summary"].split())
        assert detail.display and summary in " ".join(str(detail.render()).split())
        await press(pilot, "down", "down")  # the group row, then the neighbour
        assert app.screen.query_one(Tree).cursor_node.data == c[1]  # type: ignore[union-attr]
        summary = " ".join(demo_store.doc("claims", c[1])["summary"].split())
        assert summary in " ".join(str(detail.render()).split())
        await press(pilot, "up")  # a group row: the claim it hangs from, the pane kept
        summary = " ".join(demo_store.doc("claims", c[0])["summary"].split())
        assert detail.display and summary in " ".join(str(detail.render()).split())


async def test_home_and_end_in_a_long_graph_bring_the_row_into_view(demo_store: Store) -> None:
    """End moved the Graph's cursor below the screen: nothing highlighted was in sight, and ⏎
    recentred on a claim never seen."""
    from textual.widgets import Tree

    from .conftest import tag_with_suggestions

    claims = sorted(tag_with_suggestions(demo_store, limit=30))
    for other in claims[1:]:
        annotate.link_claims(demo_store, claims[0], other, "responds-to")
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.current_claim = claims[0]
        app.switch_mode("graph")
        await settle(pilot)
        tree = app.screen.query_one(Tree)
        assert tree.last_line >= 25  # longer than the screen

        def in_view() -> bool:
            top = tree.scroll_offset.y
            return top <= tree.cursor_line < top + tree.scrollable_content_region.height

        await press(pilot, "end")
        await until(pilot, lambda: tree.cursor_line == tree.last_line and in_view())
        assert tree.cursor_line == tree.last_line and in_view()
        await press(pilot, "home")
        await until(pilot, lambda: tree.cursor_line == 0 and in_view())
        assert tree.cursor_line == 0 and in_view()


async def test_a_suggestion_shows_both_claims_in_a_small_terminal(demo_store: Store) -> None:
    """At 80x24 the details pane held the reasons and claim A only: B needed tab and
    page-down, which no hint mentioned, so links were accepted blind."""
    from textual.widgets import Static

    from .conftest import tag_with_suggestions

    tag_with_suggestions(demo_store)
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.switch_mode("suggestions")
        await settle(pilot)
        pane = app.screen.query_one("#suggestion-pane")
        for _ in range(5):  # the first few candidates, whatever their claims' length
            for _ in range(100):  # the pane takes its new height a refresh after the key
                if pane.max_scroll_y == 0:
                    break
                await pilot.pause(0.05)
            shown = str(app.screen.query_one("#suggestion-detail", Static).render())
            assert "\nA " in shown and "\nB " in shown
            assert pane.max_scroll_y == 0, shown  # nothing below the fold
            assert app.screen.query_one(LazyList).size.height >= 4  # the queue stays usable
            await press(pilot, "down")


async def test_a_long_claims_filter_stays_in_sight_next_to_the_count(demo_store: Store) -> None:
    """A long `side:"..."` filter was appended after the verdict counts and cut off at 80
    columns: nothing said the list was filtered."""
    from textual.widgets import Label

    from tests.tui.conftest import type_text

    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "3", "slash")
        await type_text(pilot, 'side:"International mediators and observers" corridors')
        await press(pilot, "enter")
        header = str(app.screen.query_one("#header", Label).render())
        assert header.startswith("0 claims") and " / side:" in header[:60], header


async def test_long_speaker_names_that_open_alike_stay_told_apart(demo_store: Store) -> None:
    """Two speakers whose names share their first 35 letters showed as the same row."""
    from claimtrack.services.speakers import add_speaker

    one = add_speaker(
        demo_store, "Special Representative of the Chairperson-in-Office of the OSCE Minsk Group"
    )
    other = add_speaker(demo_store, "Special Representative of the Chairperson-in-Office")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        await settle(pilot)
        width = app.screen.query_one(LazyList).size.width
        assert width < 50  # the list is narrower than either name
        rows = {app.screen._row(key, width).plain for key in (one.id, other.id)}  # type: ignore[attr-defined]
        assert len(rows) == 2 and any("Minsk Group" in row for row in rows), rows


async def test_a_change_the_file_could_not_take_is_said_safe_in_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fold inside a write failing (a full disk) raised into the TUI after the change was
    durable; the change is now kept and the analyst told where it is."""
    import errno

    import claimtrack.store.store as store_module
    from claimtrack.store.storage import AtomicJSONStorage

    store = Store.open(tmp_path / "desk.json", create=True, clock=fixed_clock)
    text = "Martuni\n\nOfficials said 12 civilians were killed in Martuni overnight."
    import_documents(store, [RawDocument(text.encode(), "a.txt", lang="en")])
    monkeypatch.setattr(store_module, "JOURNAL_MAX_ENTRIES", 0)  # every change folds

    def disk_full(self: AtomicJSONStorage, before_replace: object = None) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(AtomicJSONStorage, "checkpoint", disk_full)
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "j", "x")  # mark the second statement as narration
        said = [n.message for n in app._notifications]
    assert any("No space left on device" in m and "saved in" in m for m in said), said
    assert sum(1 for d in store.docs("statements").values() if d["narration"]) == 1


@pytest.mark.parametrize(
    ("lang", "text", "shown"),
    [
        # the reading after the whole phrase; none where it says what the text says
        ("en", "about 12 nautical miles (22 km) northeast of Batam with 27 crew on board",
         "about 12 nautical miles (22 km) northeast of Batam with 27 crew on board"),
        ("en", "the transfer went on for more than two hours.",
         "the transfer went on for more than two hours ⟨more than 2 hours⟩."),
        ("id", "maju hingga sekitar 5 km dari kota",
         "maju hingga sekitar 5 km ⟨about 5 km⟩ dari kota"),
        ("id", "sedikitnya 1.200 ton minyak",
         "sedikitnya 1.200 ton ⟨at least 1,200 tonnes⟩ minyak"),
        ("id", "Ada 27 awak kapal, semuanya", "Ada 27 awak kapal ⟨27 crew⟩, semuanya"),
        # words that leave the unit to later in the clause keep the reading by the number
        ("id", "1.166 pasukan dan 45 warga sipil telah tewas.",
         "1.166 ⟨1,166 troops killed⟩ pasukan dan 45 ⟨45 civilians killed⟩ warga sipil telah "
         "tewas."),
        # a part after "including" reads as its whole's: it was "nine ⟨9 children weeks⟩"
        ("en", "killing at least 27 people, including nine children, less than two weeks "
               "after a ceasefire",
         "killing at least 27 ⟨at least 27 people killed⟩ people, including nine ⟨9 children "
         "killed⟩ children, less than two weeks ⟨fewer than 2 weeks⟩ after a ceasefire"),
    ],
)  # fmt: skip
def test_a_quantitys_reading_follows_its_whole_phrase(lang: str, text: str, shown: str) -> None:
    """ "about 12 ⟨about 12 miles⟩ nautical miles", "two ⟨more than 2 hours⟩ hours": the
    reading cut the phrase it reads (found by a review)."""
    from claimtrack.quantities import extract_quantities
    from claimtrack.tui.screens.reader import highlight_quantities

    assert highlight_quantities(text, extract_quantities(text, lang)).plain == shown


async def test_a_claims_search_in_latin_lists_the_claims_said_in_russian(demo_store: Store) -> None:
    """`/brenzi` in the Claims view missed the Russian claims saying "Бренци" (a fresh-user
    review); here "martuni" must list those saying "Мартуни" too."""
    from claimtrack.textnorm import fold
    from tests.tui.conftest import tag_with_suggestions, type_text

    tag_with_suggestions(demo_store)
    russian = {
        cid
        for cid, doc in demo_store.docs("claims").items()
        if "мартуни" in fold(doc["summary"]) and "martuni" not in fold(doc["summary"])
    }
    assert russian  # the demo's Vesti Evrazii report has one at least
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "3", "slash")
        await type_text(pilot, "martuni")
        await press(pilot, "enter")
        listed = set(app.screen.query_one(LazyList).keys)
        assert russian <= listed and len(listed) < demo_store.count("claims")


async def test_a_claimreview_export_signed_with_the_login_name_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The TUI's export published every review as written by "root" without a word, as the
    CLI's did."""
    from claimtrack.demo import populate
    from tests.tui.conftest import export_through_dialog, tag_with_suggestions

    monkeypatch.delenv("CLAIMTRACK_ANALYST")
    monkeypatch.setattr("getpass.getuser", lambda: "root")
    store = Store.memory(clock=fixed_clock, analyst="root")
    populate(store)
    claim = tag_with_suggestions(store, limit=1)[0]
    annotate.record_outcome(store, claim, "false")
    target = tmp_path / "reviews.jsonld"
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await export_through_dialog(pilot, app, "claimreview", target)
        await settle(pilot)
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
    assert target.exists()
    assert any("signed 'root', the login name" in w and "CLAIMTRACK_ANALYST" in w for w in warnings)


async def test_a_state_typed_under_another_name_in_the_picker_is_on_its_countrys_side() -> None:
    """ "Burma" or "DPRK" typed as a new speaker in the Reader was registered on no side,
    where "North Korea" typed so is on the side North Korea: a state under any of its names
    is on its country's side."""
    from tests.tui.conftest import type_text

    store = Store.memory(clock=fixed_clock)
    text = "Burma said the talks had failed.\n\nPyongyang said the strike hit a school."
    import_documents(store, [RawDocument(text.encode(), "en.txt", lang="en")])
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "s")
        await type_text(pilot, "Burma")
        await press(pilot, "enter", "j", "s")
        await type_text(pilot, "DPRK")
        await press(pilot, "enter")
    sides = {s.name: (s.side, s.kind) for s in store.all(Speaker)}
    assert sides == {
        "Burma": ("Myanmar (Burma)", "government"),
        "DPRK": ("North Korea", "government"),
    }
