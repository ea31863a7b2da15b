"""A trial analyst's findings in the source dialog, the Claims filter and the pickers (a
Velmora hospital strike told by Reuters, Kompas, TASS and the BBC), each pressed with the
real keys."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from claimtrack.model import Source, Speaker, Statement
from claimtrack.services import annotate
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.queries import statements_of_source
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store
from claimtrack.tui.app import ClaimtrackApp, make_app
from claimtrack.tui.dialogs.picker import PickerDialog
from claimtrack.tui.dialogs.source import SourceDialog
from claimtrack.tui.widgets.document import DocumentView
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import (
    app_for,
    fixed_clock,
    press,
    reader_statements,
    settle,
    tag_with_suggestions,
    type_text,
)


async def test_the_source_dialog_starts_on_the_title_and_enter_walks_the_fields_shown(
    demo_store: Store,
) -> None:
    """`r` on a source opened its dialog on the outlet, the second field: ⏎ four times,
    counted from the title, reached the address, and the grade "b" typed there was saved as
    the source's URL. The dialog starts on the title; four ⏎ reach the grade."""
    app = make_app(demo_store, poll=False, start="sources")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        key = app.screen.query_one(LazyList).current
        assert key is not None
        before = demo_store.get(Source, key)
        assert before is not None
        await press(pilot, "r")
        dialog = app.screen
        assert isinstance(dialog, SourceDialog)
        assert dialog.focused is dialog.query_one("#title", Input)
        await press(pilot, "enter", "enter", "enter", "enter")  # outlet, date, language, grade
        assert dialog.focused is dialog.query_one("#reliability", Input)
        await press(pilot, "ctrl+u")
        await type_text(pilot, "b")
        await press(pilot, "enter", "enter")  # the address, kept: saved
        assert not isinstance(app.screen, SourceDialog)
    after = demo_store.get(Source, key)
    assert after is not None
    assert (after.reliability, after.url) == ("B", before.url)
    assert (after.title, after.outlet, after.published) == (
        before.title,
        before.outlet,
        before.published,
    )


def _shown(lst: LazyList) -> str:
    """The lines the list paints, as the analyst reads them."""
    return " ".join(lst.render_line(y).text.strip() for y in range(lst.size.height)).strip()


async def test_a_tag_filter_typo_says_which_tag_was_meant_and_the_key_that_clears_it(
    demo_store: Store,
) -> None:
    """`/ tag:velmor ⏎` (the tag is "velmora") listed nothing with no word of why, and the
    empty list said "/ then ctrl+u ⏎" where `c` clears the filter. It names the tag meant,
    whole on an 80-column screen, and the key the view binds to clearing; `c` lists all."""
    claims = tag_with_suggestions(demo_store, limit=3)
    annotate.edit_claim(demo_store, claims[0], add_tags=["velmora"])
    app = make_app(demo_store, poll=False, start="claims")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(LazyList)
        assert len(lst.keys) == 3
        await press(pilot, "slash")
        await type_text(pilot, "tag:velmor")
        await press(pilot, "enter")
        assert lst.keys == []
        shown = _shown(lst)
        assert "did you mean 'velmora'?" in shown
        assert "press c to clear the filter" in shown
        assert "ctrl+u" not in shown
        await press(pilot, "c")
        assert len(lst.keys) == 3


KOMPAS = (
    "Kementerian Pertahanan Kestria membantah telah menyerang rumah sakit di Velmora.\n"
    "Perawat itu mengatakan 42 orang tewas dalam serangan tersebut.\n"
)


def _kestria_desk() -> Store:
    """The trial's speakers (a ministry registered in English, Pashinyan with his office in
    Indonesian) and the Kompas article naming the ministry in Indonesian."""
    store = Store.memory(clock=fixed_clock, analyst="tester")
    add_speaker(store, "Nikol Pashinyan", ["Perdana Menteri Armenia"], "Armenia", "person")
    add_speaker(store, "Kementerian pertahanan Azerbaijan", (), "Azerbaijan", "ministry")
    add_speaker(store, "Regional Health Ministry", ["Kementerian Kesehatan regional"], None,
                "ministry")  # fmt: skip
    add_speaker(store, "Kementerian luar negeri Rusia", (), "Russia", "ministry")
    add_speaker(store, "Defence Ministry of Kestria", (), "Kestria", "ministry")
    doc = RawDocument(KOMPAS.encode(), "kompas.txt", outlet="Kompas", lang="id")
    import_documents(store, [doc])
    return store


def _options(app: ClaimtrackApp) -> list[str]:
    """The picker's rows, top first, as shown."""
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_the_speaker_picker_puts_the_ministry_named_in_another_language_first() -> None:
    """`s` on "Kementerian Pertahanan Kestria membantah …" opened the picker with the
    proposal "Kementerian Pertahanan Kestria" and "Defence Ministry of Kestria", the same
    ministry registered in English, sixth, under names only sharing letters with it (Nikol
    Pashinyan's "Perdana Menteri Armenia" third). It is first, and ⏎ takes it."""
    store = _kestria_desk()
    first = reader_statements(store)[0]
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "s")
        assert isinstance(app.screen, PickerDialog)
        assert app.screen.query_one("#query", Input).value == "Kementerian Pertahanan Kestria"
        shown = _options(app)
        assert shown[0].startswith("Defence Ministry of Kestria")
        assert not any(row.startswith("Nikol Pashinyan") for row in shown)
        await press(pilot, "enter")
    tagged = store.get(Statement, first)
    assert tagged is not None and tagged.speaker is not None
    assert store.get(Speaker, tagged.speaker).name == "Defence Ministry of Kestria"  # type: ignore[union-attr]


async def test_a_word_sharing_letters_with_a_name_does_not_offer_that_speaker() -> None:
    """ "Perawat" (a nurse) offered Nikol Pashinyan second, by the letters it shares with his
    alias's "Perdana", and "pasukan" (troops) him first, by "Pashinyan": a typed word that
    is no word of a name, however written, gives it no score. A typo still finds him."""
    store = _kestria_desk()
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2", "s")
        assert isinstance(app.screen, PickerDialog)
        for typed in ("perawat", "pasukan"):
            await type_text(pilot, typed)  # the proposal selected: typing replaces it
            assert not any("Pashinyan" in row for row in _options(app)), typed
            await press(pilot, "ctrl+u")
        await type_text(pilot, "pashniyan")
        assert _options(app)[0].startswith("Nikol Pashinyan")


async def test_the_link_picker_offers_the_claims_of_the_article_being_read_first(
    demo_store: Store,
) -> None:
    """`l` in the Reader, nothing typed: the picker listed the oldest article's claims first
    (first reported), pages away from the article being read, whose claims a link most often
    goes to. They lead, as the article reads; the rest follow newest first."""
    tag_with_suggestions(demo_store)
    docs = demo_store.docs(Source.TABLE)
    by_date = sorted(docs, key=lambda i: (docs[i].get("published") or "", i))
    newest = next(s for s in reversed(by_date) if len(_claims_in(demo_store, s)) > 2)
    app = app_for(demo_store)
    app.current_source = newest
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "2")
        view = app.screen.query_one(DocumentView)
        for _ in range(40):  # to a statement with a claim
            current = demo_store.get(Statement, view.current or "")
            if current is not None and current.claim is not None:
                break
            await press(pilot, "j")
        assert current is not None and current.claim is not None
        await press(pilot, "l")
        assert isinstance(app.screen, PickerDialog)
        options = app.screen.query_one(OptionList)
        shown = [options.get_option_at_index(i).id for i in range(options.option_count)]
        same = [c for c in _claims_in(demo_store, newest) if c != current.claim]
        n = min(len(same), len(shown))
        assert n >= 2 and shown[:n] == same[:n]


def _claims_in(store: Store, source: str) -> list[str]:
    """The claims of a source's statements, as it reads."""
    found = dict.fromkeys(st.claim for st in statements_of_source(store, source) if st.claim)
    return list(found)
