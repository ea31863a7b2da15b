"""What a keyboard analyst tripped over in a hand-run session, each pressed with the real keys."""

from __future__ import annotations

from pathlib import Path

from claimtrack.model import Statement
from claimtrack.services import annotate
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store
from claimtrack.tui.screens.graph import GraphTree
from claimtrack.tui.widgets.document import DocumentView

from .conftest import app_for, fixed_clock, press, settle, tag_with_suggestions, type_text


def listen(app) -> list[str]:  # type: ignore[no-untyped-def]
    """Every notification the app shows from now on, as text (a shown one expires in 3 s)."""
    heard: list[str] = []
    notify = app.notify

    def record(message, *args, **kwargs):  # type: ignore[no-untyped-def]
        heard.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = record
    return heard


async def test_unlink_from_the_answered_claim_names_the_link_as_it_was_made(
    demo_store: Store,
) -> None:
    """A link made "B contradicts A", removed with x from A's graph, was reported as
    "A contradicts B": the message turned the removed link around."""
    claims = sorted(tag_with_suggestions(demo_store, limit=2))
    denial, accused = claims[1], claims[0]
    annotate.link_claims(demo_store, denial, accused, "responds-to")
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.current_claim = accused  # the Graph centred on the claim that is answered
        await press(pilot, "6", "down", "down", "x", "y")  # root → "answered by" → the denial
        assert not demo_store.docs("links")
        removed = [m for m in heard if m.startswith("removed link")]
    said = removed[-1] if removed else ""
    assert 0 < said.find(denial) < said.find(" responds-to ") < said.find(accused), removed


async def test_enter_on_a_tagged_statement_says_who_said_it_not_that_nothing_is_suggested(
    demo_store: Store,
) -> None:
    """⏎ on a statement already tagged said "no suggestion here: press s to pick a speaker",
    as if it had no speaker: it says who said it and how to change that."""
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(DocumentView)
        first = view.current
        await press(pilot, "s")
        await type_text(pilot, "Hikmet Hajiyev")
        await press(pilot, "enter")  # tagged; the cursor moves on
        assert demo_store.doc("statements", first)["speaker"]
        await press(pilot, "k", "enter")  # back onto it, ⏎ again
        message = heard[-1]
    assert message.startswith("already said by Hikmet Hajiyev"), message
    assert "no suggestion" not in message


async def test_a_graph_row_cut_at_the_edge_ends_in_an_ellipsis(demo_store: Store) -> None:
    """A claim too long for the Graph's row was cut bare at the screen's edge, so a cut
    claim ("…called the claim "a f") looked like the whole of it."""
    claims = sorted(tag_with_suggestions(demo_store, limit=2))
    annotate.link_claims(demo_store, claims[0], claims[1], "contradicts")
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.current_claim = claims[0]
        await press(pilot, "6")
        tree = app.screen.query_one(GraphTree)
        rows = [tree.render_line(y).text.rstrip() for y in range(3)]
        assert rows[0].startswith(f"▼ {claims[0]}") and rows[2].lstrip("└─ ").startswith(
            claims[1]
        ), rows
        for row in (rows[0], rows[2]):
            assert row.endswith("…"), rows
            assert len(row) <= 80
        await pilot.resize_terminal(160, 24)
        await settle(pilot)
        wide = tree.render_line(0).text.rstrip()
    assert len(wide) > len(rows[0]), (wide, rows[0])  # wider terminal, more of the claim


async def test_a_long_source_title_in_the_reader_header_ends_in_an_ellipsis() -> None:
    """At 80 columns the Reader's header cut a source's title bare ("…Akan Merebut"), so
    the analyst could not tell the title went on."""
    store = Store.memory(clock=fixed_clock)
    title = "Presiden Azerbaijan Bersumpah Akan Merebut Nagorno-Karabakh dan Tujuh Wilayah"
    body = f"{title}\n\nAliyev mengatakan pasukan negaranya akan berjuang.\n"
    import_documents(store, [RawDocument(body.encode(), "gatra.txt", outlet="Gatra")])
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        header = app.screen.query_one("#header").render_line(0).text.rstrip()
    assert header.startswith("Gatra") and "Presiden Azerbaijan" in header, header
    assert header.endswith("…"), header


async def test_the_claims_sort_key_stays_in_view_at_80_columns(demo_store: Store) -> None:
    """With a few verdicts counted the Claims header ran past 80 columns and its last part,
    "by reported (s)", the only mention of the sort key, was the part cut off."""
    claims = tag_with_suggestions(demo_store, limit=4)
    verdicts = ("mostly-true", "false", "unverifiable", "misleading")
    assert len(claims) == len(verdicts)
    for claim, verdict in zip(claims, verdicts, strict=True):
        annotate.record_outcome(demo_store, claim, verdict)
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "3")
        header = app.screen.query_one("#header").render_line(0).text.rstrip()
        assert "by reported (s)" in header, header
        await press(pilot, "s")
        header = app.screen.query_one("#header").render_line(0).text.rstrip()
    assert "by recent (s)" in header, header


async def test_clear_filter_with_no_filter_says_so(demo_store: Store) -> None:
    """`c` in Claims with no filter set did nothing visible: no message, the footer still
    offering "c clear filter", so the key looked broken."""
    tag_with_suggestions(demo_store, limit=3)
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "3", "c")
        assert heard[-1:] == ["no filter to clear: every claim is listed (/ filters them)"]
        await press(pilot, "/")
        await type_text(pilot, "zzzz")
        await press(pilot, "enter")
        header = app.screen.query_one("#header").render_line(0).text
        assert header.startswith("0 claims of 3"), header
        await press(pilot, "c")  # a filter to clear: it goes, no message about it
        header = app.screen.query_one("#header").render_line(0).text
    assert header.startswith("3 claims"), header
    assert [m for m in heard if m.startswith("no filter")] == heard[:1], heard


async def test_a_misspelt_side_is_asked_about_before_the_speaker_is_added(
    demo_store: Store,
) -> None:
    """A new side that looks like a typo ("Azerbajan") was saved, then warned of: the typo
    was in the store, splitting a side, while the CLI refuses it without --new-side. ⏎ on the
    question uses the side meant."""
    from claimtrack.tui.dialogs.speaker import SideTypoDialog

    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "4", "a")
        await type_text(pilot, "Elmar Mammadyarov")
        await press(pilot, "enter", "enter")  # the name, no aliases
        await type_text(pilot, "Azerbajan")
        await press(pilot, "enter", "enter")  # the side, the kind left to default
        assert isinstance(app.screen, SideTypoDialog)
        assert "did you mean 'Azerbaijan'" in app.screen.hint
        names = {d["name"] for d in demo_store.docs("speakers").values()}
        assert "Elmar Mammadyarov" not in names  # nothing saved while asked
        await press(pilot, "enter")
    sides = {d["name"]: d.get("side") for d in demo_store.docs("speakers").values()}
    assert sides["Elmar Mammadyarov"] == "Azerbaijan"


async def test_a_speaker_with_an_apostrophe_reads_plainly_in_the_claims_filter(
    demo_store: Store,
) -> None:
    """⏎ on "Armenia's foreign ministry" in Speakers filtered Claims by
    speaker:'Armenia'"'"'s foreign ministry' (shell quoting), in the header and the prompt."""
    from claimtrack.services.speakers import add_speaker

    speaker = add_speaker(demo_store, "Armenia's foreign ministry", side="Armenia")
    statement = sorted(demo_store.docs("statements"))[5]
    annotate.tag(demo_store, statement, speaker.id)
    app = app_for(demo_store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "4", "/")
        await type_text(pilot, "foreign ministry")
        await press(pilot, "enter", "enter")  # the speaker found, then its claims
        header = app.screen.query_one("#header").render_line(0).text
        assert 'speaker:"Armenia\'s foreign ministry"' in header, header
        assert header.startswith("1 claim /"), header
        await press(pilot, "/")  # the prompt opens with the filter, which still applies
        await press(pilot, "enter")
        header = app.screen.query_one("#header").render_line(0).text
    assert header.startswith("1 claim /"), header


async def test_the_footer_does_not_offer_the_views_keys_under_a_dialog(demo_store: Store) -> None:
    """With the speaker picker open the footer still read "⏎ accept  s speaker  x narration",
    though ⏎ picks in the dialog and s is typed into its search."""
    from textual.widgets import Footer

    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        reader = app.screen
        footer = reader.query_one(Footer)
        assert footer.visible
        await press(pilot, "s")  # the speaker picker opens over the Reader
        assert app.screen is not reader
        assert not footer.visible
        await press(pilot, "escape")
        assert app.screen is reader and footer.visible
        await press(pilot, "3")  # another view and back: its footer shows
        await press(pilot, "2")
    assert footer.visible


async def test_the_claim_pickers_lead_with_the_claims_of_the_article_before_typing(
    demo_store: Store,
) -> None:
    """Before anything was typed, `l` and `m` listed claims in id order, which is random: a
    Russian report, then an Indonesian one from another day... Both lead with the claims of
    the article the claim (or the statement) is reported in, as it reads, then the newest
    (first reported, `m` offered the oldest article's first, however far from the one
    read); the merge picker puts the statement's speaker's claims before all."""
    from textual.widgets import OptionList

    from claimtrack.services.queries import ClaimFilter, claim_ids, statements_of_source

    claims = tag_with_suggestions(demo_store, limit=12)
    reported = claim_ids(demo_store, ClaimFilter(), "reported")
    assert reported != sorted(reported)  # else this test could not tell the orders apart
    first = reported[0]
    (source,) = {st.source for st in demo_store.all(Statement) if st.claim == first}
    article = [st.claim for st in statements_of_source(demo_store, source) if st.claim]
    near = [c for c in dict.fromkeys(article) if c != first]
    recent = claim_ids(demo_store, ClaimFilter(), "recent")
    assert near and len(near) < len(claims) - 1  # the article's claims, then others
    app = app_for(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "3", "home", "l")
        listed = app.screen.query_one(OptionList)
        rows = [listed.get_option_at_index(i).id for i in range(listed.option_count)]
        assert rows == [*near, *(c for c in recent if c not in near and c != first)]
        await press(pilot, "escape", "2")
        docs = demo_store.docs("claims")
        for _ in range(40):  # down to a statement whose speaker said another claim too
            doc = demo_store.doc("statements", app.screen.query_one(DocumentView).current)
            if doc["claim"] in claims and any(
                c != doc["claim"] and docs[c]["speaker"] == doc["speaker"] for c in claims
            ):
                break
            await press(pilot, "j")
        await press(pilot, "m")
        listed = app.screen.query_one(OptionList)
        rows = [listed.get_option_at_index(i).id for i in range(listed.option_count)]
    (source,) = {st.source for st in demo_store.all(Statement) if st.claim == doc["claim"]}
    article = [st.claim for st in statements_of_source(demo_store, source) if st.claim]
    near = list(dict.fromkeys(article))
    assert len(near) > 1, "the statement's article has no other claim: pick another one"
    relevant = [c for c in [*near, *recent] if c != doc["claim"]]
    relevant = list(dict.fromkeys(relevant))
    assert relevant != [c for c in reported if c != doc["claim"]]  # the orders differ here
    same = [c for c in relevant if docs[c]["speaker"] == doc["speaker"]]
    assert same, "the speaker has no other claim: pick another statement"
    assert rows == [*same, *(c for c in relevant if c not in same)]


async def test_reopening_the_store_reads_the_first_source_with_work_left(
    tmp_store_path: Path,
) -> None:
    """Reopened, the Reader showed the earliest source even with all of it reviewed ("8/8
    reviewed"), and the analyst had to hunt for the article they were working on."""
    store = Store.open(tmp_store_path, create=True, clock=fixed_clock)
    docs = [
        RawDocument(
            b"Officials said 12 died.\n\nThe ministry denied it.\n",
            "a.txt",
            outlet="First",
            published="2020-10-01",
        ),
        RawDocument(
            b"Aliyev said the army advanced.\n\nPashinyan denied it.\n",
            "b.txt",
            outlet="Second",
            published="2020-10-02",
        ),
    ]
    import_documents(store, docs)
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#header").render_line(0).text.startswith("First")
        await press(pilot, "x", "x")  # both statements of the first source: narration
        assert "2/2 reviewed" in app.screen.query_one("#header").render_line(0).text
    store.close()
    again = app_for(Store.open(tmp_store_path, clock=fixed_clock))
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        header = again.screen.query_one("#header").render_line(0).text
    assert header.startswith("Second"), header
    assert "0/2 reviewed" in header, header


async def test_the_note_dialogs_say_esc_cancels_like_every_other_dialog(
    demo_store: Store,
) -> None:
    """The note dialogs alone said only "⏎ save (empty clears)": with the old note in the
    field, the analyst could not tell how to leave without saving."""
    claims = tag_with_suggestions(demo_store, limit=1)
    annotate.edit_claim(demo_store, claims[0], note="kept")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for keys in (("2", "n"), ("3", "home", "n")):
            await press(pilot, *keys)
            hint = str(app.screen.query_one(".dialog-hint").render())
            assert hint.endswith("esc cancel"), hint
            await type_text(pilot, " changed")
            await press(pilot, "escape")
    assert demo_store.doc("claims", claims[0])["note"] == "kept"


async def test_back_in_the_graph_with_nothing_to_go_back_to_says_how_to_move(
    demo_store: Store,
) -> None:
    """⌫ on the first centre said "no earlier claim" and no more: not how to get anywhere."""
    claims = sorted(tag_with_suggestions(demo_store, limit=2))
    annotate.link_claims(demo_store, claims[0], claims[1], "contradicts")
    app = app_for(demo_store)
    heard = listen(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.current_claim = claims[0]
        await press(pilot, "6", "backspace")
        assert heard[-1].endswith("⏎ on a linked claim recentres"), heard
        await press(pilot, "down", "down", "enter", "backspace")  # as it says, and back
    assert app.current_claim == claims[0]


async def test_a_misspelt_side_in_an_edit_is_asked_about_before_saving(demo_store: Store) -> None:
    """`r`, side "Armenai", ⏎ saved the typo and only then said "did you mean 'Armenia'?";
    `speaker edit --side Armenai` is refused without --new-side. Now nothing is saved until
    answered: escape goes back to the side as typed, `k` keeps it as a new side, ⏎ uses
    the side meant."""
    from textual.widgets import Input

    from claimtrack.tui.dialogs.speaker import SideTypoDialog, SpeakerDialog

    def side() -> str | None:
        docs = demo_store.docs("speakers").values()
        return next(d for d in docs if d["name"] == "Arayik Harutyunyan").get("side")

    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "4", "r", "enter", "enter", "ctrl+u")  # Arayik Harutyunyan's side
        await type_text(pilot, "Armenai")
        await press(pilot, "enter", "enter")
        question = app.screen
        assert isinstance(question, SideTypoDialog)
        said = " ".join(str(label.render()) for label in question.query("Label"))
        assert "did you mean 'Armenia'?" in said
        assert "use 'Armenia'" in said and "keep 'Armenai' as a new side" in said
        assert side() == "Armenia"  # not saved while asked
        await press(pilot, "escape")  # back, to retype it
        dialog = app.screen
        assert isinstance(dialog, SpeakerDialog)
        field = dialog.query_one("#side", Input)
        assert field.has_focus and field.value == "Armenai"
        assert side() == "Armenia"
        await press(pilot, "enter", "enter")  # on to the kind, then save: asked again
        assert isinstance(app.screen, SideTypoDialog)
        await press(pilot, "k")  # a new side, meant as typed
        assert not isinstance(app.screen, (SpeakerDialog, SideTypoDialog))
        assert side() == "Armenai"
        await press(pilot, "r", "enter", "enter", "ctrl+u")
        await type_text(pilot, "Armenja")
        await press(pilot, "enter", "enter")
        question = app.screen
        assert isinstance(question, SideTypoDialog)
        assert question.meant in ("Armenia", "Armenai")  # a side in use, whichever is nearer
        await press(pilot, "enter")  # the side meant
        assert side() == question.meant
