"""Dialogs keep what the analyst typed: a refused import path, every letter of a note."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Label

from claimtrack.model import Outcome, Source, Speaker
from claimtrack.services import annotate
from claimtrack.services.lookup import find_speaker
from claimtrack.store import Store
from claimtrack.tui.app import make_app
from claimtrack.tui.dialogs.export import ExportDialog
from claimtrack.tui.dialogs.importing import ImportDialog
from claimtrack.tui.dialogs.outcome import OutcomeDialog
from claimtrack.tui.dialogs.speaker import SpeakerDialog, kind_named
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import (
    app_for,
    export_through_dialog,
    press,
    reader_statements,
    settle,
    tag_with_suggestions,
    type_text,
)

ARTICLE = "Officials said 12 people were hurt. The ministry denied it.\n"


def fields(dialog: ImportDialog) -> dict[str, str]:
    """What the import dialog's fields hold."""
    return {
        name: dialog.query_one(f"#{name}", Input).value for name in ("paths", "outlet", "published")
    }


def errors(app) -> list[str]:  # type: ignore[no-untyped-def]
    """What the open dialog says it refused (above its keys), else the error toasts."""
    from textual.widgets import Label

    said = app.screen.query(".dialog-error")
    if said and said.first(Label).display:
        return [str(said.first(Label).render())]
    return [n.message for n in app._notifications if n.severity == "error"]


# -- import dialog -------------------------------------------------------------------------------
async def import_with(pilot: Pilot[None], path: Path, outlet: str, published: str) -> None:
    """Open the import dialog, fill its path, outlet and date, and press ⏎."""
    await settle(pilot)
    await press(pilot, "i")
    await type_text(pilot, str(path))
    await press(pilot, "tab")
    await type_text(pilot, outlet)
    await press(pilot, "tab")
    await type_text(pilot, published)
    await press(pilot, "enter")


async def test_a_path_that_does_not_exist_keeps_the_import_dialog_and_what_was_typed(
    demo_store: Store, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere" / "article.txt"
    before = set(demo_store.docs(Source.TABLE))
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await import_with(pilot, missing, "Reuters", "2020-11-01")
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)  # still open
        assert fields(dialog) == {
            "paths": str(missing),
            "outlet": "Reuters",
            "published": "2020-11-01",
        }
        assert errors(app) == [f"{missing}: no such file"]
        assert dialog.focused is dialog.query_one("#paths", Input)  # back to what is wrong
        assert app.job is None
        # The analyst corrects the path: the outlet and the date typed earlier are used.
        missing.parent.mkdir()
        good = tmp_path / "article.txt"
        good.write_text(ARTICLE, "utf-8")
        await press(pilot, "ctrl+u")
        await type_text(pilot, str(good))
        await press(pilot, "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ImportDialog)
    (new,) = set(demo_store.docs(Source.TABLE)) - before
    assert demo_store.doc(Source.TABLE, new)["outlet"] == "Reuters"  # type: ignore[index]
    assert demo_store.doc(Source.TABLE, new)["published"] == "2020-11-01"  # type: ignore[index]


async def test_a_batch_refused_for_one_file_keeps_the_import_dialog_and_says_nothing_came_in(
    demo_store: Store, tmp_path: Path
) -> None:
    """The new-analyst trial: "good.txt empty.txt", an outlet, a date, ⏎: the dialog closed,
    a toast named empty.txt, every field was gone and nothing said good.txt was not imported
    either (one bad file refuses the batch)."""
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(ARTICLE, "utf-8")
    empty.write_text("  \n\n", "utf-8")
    before = set(demo_store.docs(Source.TABLE))
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        await type_text(pilot, f"{good} {empty}")
        await press(pilot, "tab")
        await type_text(pilot, "Gatra")
        await press(pilot, "tab")
        await type_text(pilot, "2020-11-01")
        await press(pilot, "enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)  # open again, as typed
        assert fields(dialog) == {
            "paths": f"{good} {empty}",
            "outlet": "Gatra",
            "published": "2020-11-01",
        }
        (said,) = errors(app)
        assert "empty.txt: empty" in said and "nothing imported" in said
        assert set(demo_store.docs(Source.TABLE)) == before
        assert app.job is None
        assert dialog.focused is dialog.query_one("#paths", Input)
        await press(pilot, "ctrl+u")  # the bad file left out: the outlet and date still apply
        await type_text(pilot, str(good))
        await press(pilot, "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ImportDialog)
    (new,) = set(demo_store.docs(Source.TABLE)) - before
    assert demo_store.doc(Source.TABLE, new)["outlet"] == "Gatra"  # type: ignore[index]


async def test_a_publication_date_in_the_future_keeps_the_import_dialog(
    demo_store: Store, tmp_path: Path
) -> None:
    """2099 closed the dialog and came back as a toast from the import job, the outlet and
    the path typed lost."""
    good = tmp_path / "article.txt"
    good.write_text(ARTICLE, "utf-8")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await import_with(pilot, good, "Gatra", "2099-11-01")
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        assert fields(dialog) == {"paths": str(good), "outlet": "Gatra", "published": "2099-11-01"}
        assert errors(app) == [
            "published date 2099-11-01 is in the future; an article is out before it is imported"
        ]
        assert dialog.focused is dialog.query_one("#published", Input)
        assert app.job is None


@pytest.mark.parametrize(
    ("field", "typed", "refusal"),
    [
        ("url", "www.gatra.com/x", "source URL"),
        ("reliability", "G", "unknown reliability grade 'G'"),
    ],
)
async def test_a_bad_address_or_grade_keeps_the_import_dialog_on_that_field(
    demo_store: Store, tmp_path: Path, field: str, typed: str, refusal: str
) -> None:
    good = tmp_path / "article.txt"
    good.write_text(ARTICLE, "utf-8")
    before = demo_store.count(Source.TABLE)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        await type_text(pilot, str(good))
        app.screen.query_one(f"#{field}", Input).focus()
        await type_text(pilot, typed)
        await press(pilot, "enter")
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        assert dialog.query_one(f"#{field}", Input).value == typed  # kept, to correct
        assert dialog.focused is dialog.query_one(f"#{field}", Input)
        assert refusal in errors(app)[0]
        assert app.job is None
    assert demo_store.count(Source.TABLE) == before


async def test_one_missing_path_among_several_refuses_the_import(
    demo_store: Store, tmp_path: Path
) -> None:
    there = tmp_path / "with space.txt"
    there.write_text(ARTICLE, "utf-8")
    gone = tmp_path / "gone.txt"
    typed = f'"{there}" {gone}'
    before = demo_store.count(Source.TABLE)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        await type_text(pilot, typed)
        await press(pilot, "tab")
        await type_text(pilot, "Gatra")
        await press(pilot, "enter")
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        assert fields(dialog) == {"paths": typed, "outlet": "Gatra", "published": ""}
        assert errors(app) == [f"{gone}: no such file"]  # the quoted path with a space exists
        await press(pilot, "escape")
        await settle(pilot)
    assert demo_store.count(Source.TABLE) == before  # none of them imported


async def test_a_path_under_home_is_checked_as_the_import_reads_it(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "report.txt").write_text(ARTICLE, "utf-8")
    before = demo_store.count(Source.TABLE)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        await type_text(pilot, "~/reprot.txt")
        await press(pilot, "enter")
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        assert errors(app) == [f"{tmp_path / 'reprot.txt'}: no such file"]
        await press(pilot, "ctrl+u")
        await type_text(pilot, "~/report.txt")
        await press(pilot, "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ImportDialog)
        assert errors(app) == []  # the import itself refused nothing
    assert demo_store.count(Source.TABLE) == before + 1


async def test_a_folder_import_names_what_it_left_out(demo_store: Store, tmp_path: Path) -> None:
    """The notice counted "skipped 1 data file" and said nothing of a folder inside."""
    (tmp_path / "later").mkdir()
    (tmp_path / "article.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "counts.csv").write_text("place,count\n", "utf-8")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        await type_text(pilot, str(tmp_path))
        await press(pilot, "enter")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert any("left out 2 files (counts.csv, later)" in m for m in said), said


# -- speaker and export dialogs: a refusal stays in the dialog -----------------------------------
def speaker_fields(dialog: SpeakerDialog) -> dict[str, str]:
    """What the speaker dialog's fields hold."""
    return {name: dialog.query_one(f"#{name}", Input).value for name in ("name", "aliases", "side")}


async def test_renaming_a_speaker_to_a_taken_name_keeps_the_dialog_and_what_was_typed(
    demo_store: Store,
) -> None:
    """The dialog closed and a toast said the name was taken: the aliases and side typed
    with it were lost."""
    aliyev = find_speaker(demo_store, "Ilham Aliyev")
    taken = find_speaker(demo_store, "Hikmet Hajiyev")
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        app.screen.query_one(LazyList).select_key(aliyev.id)
        await press(pilot, "r", "ctrl+u")
        await type_text(pilot, taken.name)
        await press(pilot, "enter", "end")
        await type_text(pilot, ", Presiden")
        await press(pilot, "enter", "enter", "enter")  # side and kind kept
        dialog = app.screen
        assert isinstance(dialog, SpeakerDialog)  # still open
        assert errors(app) == [f"speaker {taken.name!r} already exists as {taken.id} {taken.name}"]
        typed = speaker_fields(dialog)
        assert (typed["name"], typed["aliases"].endswith(", Presiden")) == (taken.name, True)
        assert dialog.focused is dialog.query_one("#name", Input)  # back to what is wrong
        assert find_speaker(demo_store, aliyev.id) == aliyev  # nothing written
        await press(pilot, "ctrl+u")
        await type_text(pilot, "Ilham Heydar oglu Aliyev")
        await press(pilot, "enter", "enter", "enter", "enter")
        assert not isinstance(app.screen, SpeakerDialog)
    renamed = find_speaker(demo_store, aliyev.id)
    assert renamed.name == "Ilham Heydar oglu Aliyev" and "Presiden" in renamed.aliases


async def test_adding_a_speaker_under_a_taken_alias_refuses_on_the_aliases(
    demo_store: Store,
) -> None:
    taken = find_speaker(demo_store, "Hikmet Hajiyev")
    before = len(demo_store.all(Speaker))
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "4", "a")
        await type_text(pilot, "Zara Example")
        await press(pilot, "enter")
        await type_text(pilot, f"Zara, {taken.name}")
        await press(pilot, "enter")
        await type_text(pilot, "Nowhere")
        await press(pilot, "enter", "enter")
        dialog = app.screen
        assert isinstance(dialog, SpeakerDialog)
        assert speaker_fields(dialog) == {
            "name": "Zara Example",
            "aliases": f"Zara, {taken.name}",
            "side": "Nowhere",
        }
        assert errors(app) == [f"speaker {taken.name!r} already exists as {taken.id} {taken.name}"]
        assert dialog.focused is dialog.query_one("#aliases", Input)
    assert len(demo_store.all(Speaker)) == before


async def test_the_speaker_dialog_sets_the_kind_and_refuses_one_it_does_not_know(
    demo_store: Store,
) -> None:
    """The dialog had no kind field: a speaker added in the TUI was "other" for good (a
    person's surname alone then found nobody) unless the CLI corrected it."""
    azertac = find_speaker(demo_store, "Azertac")
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        app.screen.query_one(LazyList).select_key(azertac.id)
        await press(pilot, "r")
        dialog = app.screen
        assert isinstance(dialog, SpeakerDialog)
        assert dialog.query_one("#kind", Input).value == "media"  # as it is
        await press(pilot, "enter", "enter", "enter", "ctrl+u")
        for typed, refusal in (
            ("pundit", "speaker kind 'pundit': expected person, ministry, officials"),
            ("m", "speaker kind 'm': could be ministry, military, media"),
        ):
            await type_text(pilot, typed)
            await press(pilot, "enter")
            assert app.screen is dialog and errors(app)[0].startswith(refusal)
            assert dialog.focused is dialog.query_one("#kind", Input)
            await press(pilot, "ctrl+u")
        assert find_speaker(demo_store, azertac.id).kind == "media"  # nothing written yet
        # the whole dialog, its refusal included, fits the 24 lines
        box = dialog.query_one(".dialog").region
        assert box.y >= 0 and box.bottom <= 24
        await type_text(pilot, "GOV")
        await press(pilot, "enter")
        assert not isinstance(app.screen, SpeakerDialog)
        assert find_speaker(demo_store, azertac.id).kind == "government"
        await press(pilot, "a")  # a new speaker with a kind
        await type_text(pilot, "Arkady Renz")
        await press(pilot, "enter", "enter", "enter")
        await type_text(pilot, "person")
        await press(pilot, "enter")
    renz = find_speaker(demo_store, "Arkady Renz")
    assert (renz.kind, renz.side) == ("person", None)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("official", "person"),
        ("Officials", "officials"),
        ("offic", "officials"),
        ("gov", "government"),
    ],
)
def test_the_kind_field_reads_kinds_as_the_cli_does(typed: str, kind: str) -> None:
    """ "official" filed a deputy minister as officials, a body's unnamed officials, as the
    start of that kind; one official is a person (`model.CHOICE_SYNONYMS`), as in the CLI."""
    assert kind_named(typed) == kind


async def test_merging_speakers_in_the_tui_keeps_the_kind_and_side_of_the_merged_one(
    demo_store: Store,
) -> None:
    """A bare duplicate kept in a merge takes the kind and side it lacked."""
    from claimtrack.services.speakers import add_speaker

    bare = add_speaker(demo_store, "Ilham Heydar oglu Aliyev")
    dropped = find_speaker(demo_store, "Ilham Aliyev")
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        app.screen.query_one(LazyList).select_key(dropped.id)
        await press(pilot, "m")
        await type_text(pilot, "Heydar oglu")
        await press(pilot, "enter")
    kept = find_speaker(demo_store, bare.id)
    assert (kept.kind, kept.side) == ("person", "Azerbaijan")
    assert "Ilham Aliyev" in kept.aliases


async def test_an_export_to_a_folder_that_does_not_exist_keeps_the_dialog(
    demo_store: Store, tmp_path: Path
) -> None:
    """The dialog closed and the export job failed later in a toast, the path typed lost."""
    missing = tmp_path / "briefs" / "war.csv"
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dialog = await export_through_dialog(pilot, app, "csv", missing)
        assert app.screen is dialog
        assert errors(app) == [f"cannot write {missing}: no such folder {missing.parent}"]
        assert dialog.query_one("#path", Input).value == str(missing)
        assert app.job is None
        missing.parent.mkdir()  # the analyst makes the folder: the same path now works
        await press(pilot, "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
    assert missing.read_text(encoding="utf-8").startswith("id,")


async def test_an_export_over_an_existing_file_asks_before_replacing_it(
    demo_store: Store, tmp_path: Path
) -> None:
    """A file name typed over an earlier export (yesterday's brief, a colleague's table) was
    replaced without a word. The dialog asks; ⏎ out of habit does not answer; esc and n go
    back to the name as typed; y overwrites."""
    from claimtrack.tui.dialogs.choice import ConfirmDialog

    target = tmp_path / "brief.csv"
    target.write_text("yesterday's table", encoding="utf-8")
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dialog = await export_through_dialog(pilot, app, "csv", target)
        asked = app.screen
        assert isinstance(asked, ConfirmDialog)
        assert str(asked.query_one(".dialog-title", Label).render()) == (
            f"{target} exists: overwrite it?"
        )
        assert "y overwrite" in str(asked.query_one(".dialog-hint", Label).render())
        await press(pilot, "enter")
        assert app.screen is asked  # not an answer
        for back in ("escape", "n"):
            await press(pilot, back)
            assert app.screen is dialog and app.job is None
            field = dialog.query_one("#path", Input)
            assert field.has_focus and field.value == str(target)
            assert target.read_text(encoding="utf-8") == "yesterday's table"
            await press(pilot, "enter")  # the same name again: asked again
            assert isinstance(app.screen, ConfirmDialog)
        await press(pilot, "y")
        await settle(pilot)
        assert not isinstance(app.screen, (ExportDialog, ConfirmDialog))
    assert target.read_text(encoding="utf-8").startswith("id,")


async def test_a_refused_relation_keeps_the_link_dialog_and_its_note(demo_store: Store) -> None:
    """`s` on claims already contradicting each other closed the dialog with a toast, and
    the note typed for the link went with it."""
    from claimtrack.model import Link
    from claimtrack.tui.dialogs.choice import RelationDialog

    ids = reader_statements(demo_store)
    _, _, a = annotate.tag(demo_store, ids[0], "Arayik Harutyunyan")
    _, _, b = annotate.tag(demo_store, ids[1], "Hikmet Hajiyev")
    annotate.link_claims(demo_store, a.id, b.id, "contradicts")
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "home")  # opened on the first to review
        await press(pilot, "l", "enter", "n")
        await type_text(pilot, "same night")
        await press(pilot, "enter", "s")
        dialog = app.screen
        assert isinstance(dialog, RelationDialog)  # still open: another key may do
        assert "linked as contradicts" in errors(app)[0] and dialog.note == "same night"
        assert len(demo_store.all(Link)) == 1
        await press(pilot, "r")
        assert not isinstance(app.screen, RelationDialog)
    (made,) = [lk for lk in demo_store.all(Link) if lk.relation == "responds-to"]
    assert (made.a, made.b, made.note) == (a.id, b.id, "same night")


# -- outcome dialog ------------------------------------------------------------------------------
def chosen(app) -> str:  # type: ignore[no-untyped-def]
    """The verdict line of the open outcome dialog, as shown."""
    return str(app.screen.query_one("#chosen", Label).render())


def note(app) -> str:  # type: ignore[no-untyped-def]
    return app.screen.query_one("#note", Input).value


def hint(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(".dialog-hint", Label).render())


async def test_every_letter_of_the_note_goes_into_the_note_from_the_claims_view(
    demo_store: Store,
) -> None:
    """The new-analyst trial: Claims, `o`, `f`, then "misread video" typed a key at a time
    recorded the verdict mostly-true and the note "isread video" (a verdict key in the empty
    note changed the verdict). Esc, where the hint says, is how the verdict changes; the hint
    is whole on the dialog, not cut at "esc back to th"."""
    claim = tag_with_suggestions(demo_store, limit=1)[0]
    app = make_app(demo_store, poll=False, start="claims")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await press(pilot, "o", "f")
        assert isinstance(app.screen, OutcomeDialog)
        shown = hint(app)
        assert "esc" in shown and "verdict" in shown
        label = app.screen.query_one(".dialog-hint", Label)
        room = app.screen.query_one(".dialog").content_size.width
        assert cell_len(shown) <= label.size.width <= room  # every word of it on screen
        await press(pilot, *"misread video")  # one key at a time, as the analyst typed
        assert note(app) == "misread video"
        assert "false" in chosen(app)
        await press(pilot, "escape", "t")  # the verdict changes where the hint says
        assert "true" in chosen(app) and "false" not in chosen(app)
        assert note(app) == "misread video"
        await press(pilot, "enter", "enter")
    (outcome,) = demo_store.all(Outcome)
    assert (outcome.claim, outcome.verdict, outcome.note) == (claim, "true", "misread video")


async def test_a_note_typed_fast_after_the_verdict_keeps_its_first_letter(
    demo_store: Store,
) -> None:
    """Typed fast, the note's first letter arrived before the note had the focus: a verdict
    key changed the verdict, any other letter was lost."""
    tag_with_suggestions(demo_store, limit=1)
    app = make_app(demo_store, poll=False, start="claims")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await press(pilot, "o")
        assert isinstance(app.screen, OutcomeDialog)
        driver = app._driver
        assert driver is not None
        for key in ["f", *"misread", "space", *"video"]:  # queued at once, as a fast typist's
            char = " " if key == "space" else key
            event = events.Key(key, char)
            event.set_sender(app)
            driver.send_message(event)
        await settle(pilot)
        assert note(app) == "misread video"
        assert "false" in chosen(app)
        await press(pilot, "enter", "enter")
    (outcome,) = demo_store.all(Outcome)
    assert (outcome.verdict, outcome.note) == ("false", "misread video")


async def test_the_outcome_fields_take_every_letter(demo_store: Store) -> None:
    annotate.tag(demo_store, reader_statements(demo_store)[0], "Arayik Harutyunyan")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "home")  # opened on the first to review
        await press(pilot, "o", "m")
        fields = app.screen.query(Input).results(Input)
        assert [f.border_title for f in fields] == ["note", "evidence", "decided"]  # labelled
        await type_text(pilot, "so far only one source")  # o, f, l, u, t: verdict keys
        assert note(app) == "so far only one source"
        assert "mostly-true" in chosen(app)
        assert hint(app).startswith("⏎ next field")
        await press(pilot, "escape", "x")
        assert "mixed" in chosen(app)
        await press(pilot, "ctrl+u")
        await type_text(pilot, "Footage of the strike")
        await press(pilot, "enter")
        await type_text(pilot, "ftp.example.org/f")  # the evidence field takes every letter
        await press(pilot, "enter")
        assert isinstance(app.screen, OutcomeDialog)  # no address to follow: the dialog stays
        assert any("did you mean 'https://ftp.example.org/f'" in e for e in errors(app))
        said = app.screen.query_one(".dialog-error")  # wrapped, not cut at the dialog's edge
        assert (
            said.size.height >= 2 and said.size.width <= app.screen.query_one(".dialog").size.width
        )
        assert app.focused is app.screen.query_one("#evidence", Input)
        await press(pilot, "home")
        await type_text(pilot, "https://")
        assert not said.display  # corrected: the refusal of what was there before goes
        await press(pilot, "enter")
    (outcome,) = demo_store.all(Outcome)
    assert (outcome.verdict, outcome.note) == ("mixed", "Footage of the strike")
    assert [e.url for e in outcome.evidence] == ["https://ftp.example.org/f"]


async def test_a_verdict_can_be_dated_the_day_the_truth_came_out(demo_store: Store) -> None:
    claim = annotate.tag(demo_store, reader_statements(demo_store)[0], "Arayik Harutyunyan")[2].id
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "home")  # opened on the first to review
        await press(pilot, "o", "f", "tab", "tab")  # past the note and the evidence
        await type_text(pilot, "2020-11-31")
        await press(pilot, "enter")
        assert isinstance(app.screen, OutcomeDialog)  # no such day: the dialog stays
        assert any("2020-11-31" in e for e in errors(app))
        assert app.screen.query_one("#decided", Input).value == "2020-11-31"
        await press(pilot, "backspace", "backspace")
        await press(pilot, *"29")  # 2020-11-29: after the store's clock (2020-11-01)
        await press(pilot, "enter")
        assert isinstance(app.screen, OutcomeDialog)  # not known yet: the dialog stays
        assert any("in the future" in e for e in errors(app))
        await press(pilot, "ctrl+u")
        await type_text(pilot, "2020-10-30")
        await press(pilot, "enter")
    (outcome,) = demo_store.all(Outcome)
    assert (outcome.claim, outcome.verdict, outcome.date) == (claim, "false", "2020-10-30")


async def test_the_evidence_field_says_enter_records_with_todays_date() -> None:
    """⏎ in the evidence field records at once: the hint must say the date it takes."""
    from textual.app import App
    from textual.widgets import Label

    from claimtrack.tui.dialogs.outcome import EVIDENCE_HINT, OutcomeDialog

    app: App[None] = App()
    async with app.run_test() as pilot:
        app.push_screen(OutcomeDialog("Outcome"))
        await pilot.pause()
        await pilot.press("t", "enter")  # verdict, then past the note
        await pilot.pause()
        hint = app.screen.query_one(".dialog-hint", Label)
        assert str(hint.render()) == EVIDENCE_HINT
        assert "today" in EVIDENCE_HINT and "tab" in EVIDENCE_HINT


async def test_after_a_refused_address_the_hint_names_the_date_typed(demo_store: Store) -> None:
    """A date typed, then ⏎ refused the address ("no scheme") and put the cursor back in
    it, where the hint said "⏎ record, decided today" while ⏎ recorded the date typed."""
    claim = annotate.tag(demo_store, reader_statements(demo_store)[0], "Arayik Harutyunyan")[2].id
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "home")  # opened on the first to review
        await press(pilot, "o", "f", "enter")  # the verdict, past the note
        await type_text(pilot, "www.example.org/toll")
        await press(pilot, "tab")
        await type_text(pilot, "30.10.2020")  # as a Russian desk writes it
        await press(pilot, "enter")
        assert any("scheme" in e for e in errors(app))
        assert app.focused is app.screen.query_one("#evidence", Input)
        assert hint(app) == "⏎ record, decided 2020-10-30 · tab: the date"
        shown = app.screen.query_one(".dialog-hint", Label).region
        inside = app.screen.query_one(".dialog").content_region
        assert inside.contains_region(shown)  # not cut at the dialog's edge
        await press(pilot, "tab")
        await press(pilot, "ctrl+u")
        await type_text(pilot, "2020-11-31")  # no such day
        await press(pilot, "shift+tab")
        assert hint(app) == "⏎ says why the date is refused · tab: the date"
        assert inside.contains_region(app.screen.query_one(".dialog-hint", Label).region)
        await press(pilot, "tab", "ctrl+u", "shift+tab")  # no date: today's, as it says
        assert hint(app) == "⏎ record, decided today · tab: set the date"
        await press(pilot, "tab")
        await type_text(pilot, "2020-10-30")
        await press(pilot, "shift+tab", "home")
        await type_text(pilot, "https://")
        await press(pilot, "enter")
    (outcome,) = demo_store.all(Outcome)
    assert (outcome.claim, outcome.date) == (claim, "2020-10-30")
    assert [e.url for e in outcome.evidence] == ["https://www.example.org/toll"]


async def test_every_annotating_dialog_names_what_it_annotates(demo_store: Store) -> None:
    """The dialogs said "Speaker of statement 3ctjyyt" and covered the statement itself."""
    from claimtrack.model import Statement
    from claimtrack.services.annotate import statement_text

    first = reader_statements(demo_store)[0]
    st = demo_store.get(Statement, first)
    assert st is not None
    opening = " ".join(statement_text(demo_store, st).split()[:3])
    claim = annotate.tag(demo_store, first, "Arayik Harutyunyan")[2]
    app = app_for(demo_store)

    def title() -> str:
        return " ".join(
            str(label.render()) for label in app.screen.query(".dialog-title").results(Label)
        )

    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "home")  # opened on the first to review
        for key in ("s", "n", "m"):  # speaker, note, same claim as…
            await press(pilot, key)
            assert opening in title(), (key, title())
            await press(pilot, "escape")
        await press(pilot, "3")
        await settle(pilot)
        for key in ("n", "t"):  # the claim's note and tags
            await press(pilot, key)
            assert claim.summary[:20] in title(), (key, title())
            await press(pilot, "escape")


async def test_a_picker_fits_a_small_terminal_and_keeps_its_highlight_in_sight(
    demo_store: Store,
) -> None:
    """At 60x20 the dialog clipped its own list: moving down took the highlight, and the
    create row, below the screen while ⏎ still picked them."""
    from textual.widgets import OptionList

    from claimtrack.model import Statement
    from claimtrack.services.annotate import statement_text

    texts = [
        statement_text(demo_store, st)
        for sid in reader_statements(demo_store)
        if (st := demo_store.get(Statement, sid)) is not None
    ]
    long = next(i for i, text in enumerate(texts) if len(text) > 70)  # its title wraps
    app = app_for(demo_store)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await press(pilot, *["j"] * long)
        await press(pilot, "s")  # every speaker listed, best first
        options = app.screen.query_one(OptionList)
        assert options.option_count > 10
        for _ in range(8):
            await press(pilot, "down")
        await pilot.pause()
        hint = app.screen.query(".dialog-hint").first()
        screen = app.screen.region
        assert screen.contains_region(hint.region)  # the whole dialog is on screen
        dialog = app.screen.query_one(".dialog")
        assert hint.region.bottom <= dialog.content_region.bottom  # and the hint inside it
        assert options.highlighted is not None and options.highlighted >= 5
        # The list scrolls itself now (rows may wrap, so offsets count lines, not options).
        assert options.max_scroll_y > 0 and options.scroll_offset.y > 0
        assert screen.contains_region(options.region)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_export_formats_are_never_painted_with_their_description_cut(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """The first frame of the formats measured each description before the scrollbar took
    its two columns: csv read "Claims table for spreadsheets (formula-injection", its
    "safe)" cut, graphml lost "Cytoscape". Every frame painted shows each description whole
    (wrapped under itself)."""
    from claimtrack.tui.dialogs.export import FormatList

    frames: list[list[str]] = []
    paint = FormatList.render_lines

    def recorded(self: FormatList, crop):  # type: ignore[no-untyped-def]
        strips = paint(self, crop)
        frames.append([strip.text.strip(" ▊▎▔▁▇▄▃▅▆█▂") for strip in strips])
        return strips

    monkeypatch.setattr(FormatList, "render_lines", recorded)
    app = app_for(demo_store)
    formats = app.export_formats()
    names = {name for name, _, _ in formats}
    described = {name: " ".join(desc.split()) for name, _, desc in formats}
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, "e")
    assert frames
    for frame in frames:
        rows = [row.split(maxsplit=1) for row in frame if row.strip()]
        shown: list[tuple[str, list[str]]] = []
        for words in rows:
            if words[0] in names and len(words) > 1:
                shown.append((words[0], [words[1]]))
            elif shown:
                shown[-1][1].append(" ".join(words))
        for name, lines in shown[:-1]:  # the last may run on below the list's edge
            assert " ".join(" ".join(lines).split()) == described[name], frame
