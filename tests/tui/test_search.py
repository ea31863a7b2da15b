"""`/` in the views: the cursor lands on what was searched for, and a search that cannot
apply is refused in its prompt rather than leaving the cursor on a row it did not find."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, Label, Tree

from claimtrack.model import Claim, Speaker
from claimtrack.services import annotate
from claimtrack.services.lookup import find_speaker
from claimtrack.services.speakers import add_speaker, edit_speaker
from claimtrack.store import Store
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.dialogs.prompt import PromptDialog
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import app_for, press, reader_statements, settle, tag_with_suggestions, type_text


async def search(pilot: Pilot[None], query: str) -> None:
    """`/`, the query (replacing the last one), ⏎."""
    await press(pilot, "slash", "ctrl+u")
    await type_text(pilot, query)
    await press(pilot, "enter")


def header(app: ClaimtrackApp) -> str:
    return str(app.screen.query_one("#header", Label).render())


def names(store: Store, keys: list[str]) -> list[str]:
    return [store.doc(Speaker.TABLE, k)["name"] for k in keys]  # type: ignore[index]


async def test_a_speaker_search_lists_the_speaker_named_first_and_goes_to_it(
    demo_store: Store,
) -> None:
    """The matches came in alphabetical order, an alias match before the speaker named, and
    the cursor stayed at its old index: on whichever speaker had taken that place."""
    hajiyev = find_speaker(demo_store, "Hikmet Hajiyev")
    edit_speaker(demo_store, hajiyev.id, add_aliases=["aide to Aliyev"])
    add_speaker(demo_store, "Armenian Defence Ministry spokesperson")
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "4", "end")  # the cursor far down the list
        lst = app.screen.query_one(LazyList)
        await search(pilot, "aliyev")
        assert names(demo_store, lst.keys) == ["Ilham Aliyev", "Hikmet Hajiyev"]  # name first
        assert names(demo_store, [lst.current or ""]) == ["Ilham Aliyev"]
        assert "matching “aliyev”" in header(app)
        lst.select_key(find_speaker(demo_store, "Armenian Defence Ministry spokesperson").id)
        await search(pilot, "armenian defence ministry")
        assert names(demo_store, lst.keys) == [
            "Armenian Defence Ministry",  # the speaker so named, though another name holds it
            "Armenian Defence Ministry spokesperson",
        ]
        assert names(demo_store, [lst.current or ""]) == ["Armenian Defence Ministry"]


async def test_a_filter_leaving_out_the_highlighted_claim_goes_to_the_first_claim_listed(
    demo_store: Store,
) -> None:
    """The cursor kept its index: the claim under it was one nobody searched for."""
    tag_with_suggestions(demo_store)
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "3")
        lst = app.screen.query_one(LazyList)
        every = list(lst.keys)
        speaker_of = {k: demo_store.doc(Claim.TABLE, k)["speaker"] for k in every}  # type: ignore[index]
        theirs = {s: [k for k in every if speaker_of[k] == s] for s in set(speaker_of.values())}
        # a claim of someone else, at a row the speaker's own claims also reach
        speaker, row = next(
            (s, i)
            for s, own in sorted(theirs.items(), key=lambda kv: -len(kv[1]))
            for i in range(1, len(own))
            if speaker_of[every[i]] != s
        )
        lst.select_key(every[row])
        await settle(pilot)
        name = demo_store.doc(Speaker.TABLE, speaker)["name"]  # type: ignore[index]
        await search(pilot, f'speaker:"{name}"')
        assert lst.keys == theirs[speaker]
        assert lst.current == theirs[speaker][0]
        assert app.current_claim == theirs[speaker][0]  # the Graph follows the cursor


async def test_a_claims_filter_that_cannot_apply_is_refused_in_the_prompt(
    demo_store: Store,
) -> None:
    """The prompt closed, the list stayed filtered as before under a toast, the typed filter
    was lost."""
    tag_with_suggestions(demo_store)
    app = app_for(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "3")
        lst = app.screen.query_one(LazyList)
        shown, where = list(lst.keys), lst.current
        for typed, refusal in (
            ("verdict:maybe", "unknown verdict 'maybe'"),
            ("speaker:Macron", "no speaker matches 'Macron'"),
        ):
            await search(pilot, typed)
            prompt = app.screen
            assert isinstance(prompt, PromptDialog)
            assert prompt.query_one(Input).value == typed
            said = str(prompt.query_one(".dialog-error", Label).render())
            assert said.startswith(refusal), said
            await press(pilot, "escape")
            assert (lst.keys, lst.current) == (shown, where)  # nothing moved
            assert typed not in header(app)


async def test_a_graph_search_nothing_matches_leaves_the_cursor_and_says_so(
    demo_store: Store,
) -> None:
    """The cursor stayed on its row under a header naming the search, as though that row had
    matched; a short toast was all that said otherwise."""
    claims = sorted(tag_with_suggestions(demo_store, limit=3))
    annotate.link_claims(demo_store, claims[0], claims[1], "contradicts")
    app = app_for(demo_store)
    app.current_claim = claims[0]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "6", "down", "down")
        tree = app.screen.query_one(Tree)
        on = tree.cursor_line
        await search(pilot, "zzzz")
        prompt = app.screen
        assert isinstance(prompt, PromptDialog)
        said = str(prompt.query_one(".dialog-error", Label).render())
        assert said == "nothing in this neighbourhood matches “zzzz”"
        await press(pilot, "escape")
        assert tree.cursor_line == on and "zzzz" not in header(app)
        summary = demo_store.doc(Claim.TABLE, claims[0])["summary"]  # type: ignore[index]
        await search(pilot, summary[:12])  # what is there is found
        assert tree.cursor_line == 0


async def test_a_claims_search_by_words_finds_the_claims_of_the_speaker_named(
    demo_store: Store,
) -> None:
    """The new-analyst trial: "/ korsak" listed 3 of Lena Korsak's 4 claims, missing the one
    whose text does not name her. Her name and aliases are searched with each claim's text;
    `speaker:` is unchanged."""
    korsak = add_speaker(demo_store, "Lena Korsak", ["OSCE envoy"])
    ids = reader_statements(demo_store)
    # None of the demo's texts names her: before, "korsak" listed none of these.
    theirs = sorted(annotate.tag(demo_store, sid, korsak.id)[2].id for sid in ids[:4])
    others = [annotate.tag(demo_store, sid, "Hikmet Hajiyev")[2].id for sid in ids[4:6]]
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "3")
        lst = app.screen.query_one(LazyList)
        await search(pilot, "korsak")
        assert sorted(lst.keys) == theirs
        await search(pilot, "envoy")  # an alias
        assert sorted(lst.keys) == theirs
        await search(pilot, "speaker:korsak")
        assert sorted(lst.keys) == theirs
        other = demo_store.doc(Claim.TABLE, others[0])
        assert other is not None
        await search(pilot, f"korsak {other['summary'].split()[0]}")  # her name and a word
        assert set(lst.keys) <= set(theirs)


def three_reports(store: Store) -> list[str]:
    """Three dated reports, the middle one never naming Putin; their ids in reading order."""
    from claimtrack.services.importing import RawDocument, import_documents
    from claimtrack.services.queries import sources_in_order

    reports = [
        ("Putin said the toll was near 5,000.\n", "2020-10-29"),
        ("Shelling continued overnight in Martuni.\n", "2020-10-30"),
        ("The Kremlin said Putin spoke to both leaders.\n", "2020-10-31"),
    ]
    import_documents(
        store,
        [
            RawDocument(text.encode(), f"r{i}.txt", outlet=f"Wire {i}", published=day)
            for i, (text, day) in enumerate(reports)
        ],
    )
    return sources_in_order(store)


async def test_brackets_during_a_search_open_only_documents_it_matches(
    empty_store: Store,
) -> None:
    """`]` during a search stepped into the next document whatever it held: a desk reading
    "Putin" across 300 articles landed on one empty page after another."""
    first, middle, last = three_reports(empty_store)
    app = app_for(empty_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.current_source == first
        await search(pilot, "Putin")
        await press(pilot, "right_square_bracket")
        await settle(pilot)
        assert app.current_source == last  # the middle one skipped
        assert "1 matching “Putin”" in header(app)
        await press(pilot, "right_square_bracket")
        await settle(pilot)
        assert app.current_source == first  # round again
        await press(pilot, "left_square_bracket")
        await settle(pilot)
        assert app.current_source == last
        await search(pilot, "Martuni")  # only in the middle one, then nowhere else
        await settle(pilot)
        await press(pilot, "right_square_bracket")
        await settle(pilot)
        assert app.current_source == middle
        await press(pilot, "right_square_bracket")
        await settle(pilot)
        assert app.current_source == middle  # stays, and says why
        assert any(
            "No other document matches “Martuni”" in str(n.message) for n in app._notifications
        )
        await search(pilot, "")  # no search: every document in turn again
        await press(pilot, "right_square_bracket")
        await settle(pilot)
        assert app.current_source == last
