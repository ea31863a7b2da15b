"""The Reader splits a sentence of two speakers (`b`, the cut moved by word) and joins a quote
cut in two (`J`), with real keys; `u` takes either back."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from claimtrack.model import Event, Statement
from claimtrack.services import annotate, spans
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store
from claimtrack.tui.dialogs.split import SplitDialog
from claimtrack.tui.widgets.document import DocumentView

from .conftest import app_for, fixed_clock, press, reader_lines, reader_statements, settle

TWO_VOICES = (
    "Mersland's President Viktor Hahn accused Valdoria of staging the attack, a claim "
    "Valdoria's foreign minister, Ana Ruiz, rejected as 'absurd'."
)
TEXT = f"{TWO_VOICES}\n\nHahn told reporters: 'We will answer.\n\nWe will answer soon.'"


@pytest.fixture
def store() -> Store:
    s = Store.memory(clock=fixed_clock, analyst="tester")
    import_documents(s, [RawDocument(TEXT.encode(), "report.txt", lang="en")])
    add_speaker(s, "Viktor Hahn", aliases=["Hahn"], kind="person")
    add_speaker(s, "Ana Ruiz", aliases=["Ruiz"], kind="person")
    return s


def text_of(store: Store, sid: str) -> str:
    st = store.get(Statement, sid)
    assert st is not None
    return spans.statement_text(store, st)


def current(pilot: Pilot[None]) -> str | None:
    return pilot.app.screen.query_one(DocumentView).current


async def test_b_splits_the_sentence_where_the_analyst_moves_the_cut(store: Store) -> None:
    both = reader_statements(store)[0]
    _, hahn, claim = annotate.tag(store, both, "Viktor Hahn")
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert current(pilot) != both  # tagged: the Reader opens on the first left to review
        await press(pilot, "k")
        assert current(pilot) == both
        await press(pilot, "b")
        dialog = app.screen
        assert isinstance(dialog, SplitDialog)
        st = store.get(Statement, both)
        assert st is not None
        target = spans.offset_before(store, both, "a claim")
        steps = spans.word_starts(store, st).index(target) - dialog.index
        for _ in range(abs(steps)):
            await press(pilot, "right" if steps > 0 else "left")
        shown = str(app.screen.query_one("#parts").render())
        assert "staging the attack, ✂ a claim Valdoria's" in shown
        await press(pilot, "enter")
        assert not isinstance(app.screen, SplitDialog)
        first, second, *_ = reader_statements(store)
        assert first == both
        assert text_of(store, first).endswith("staging the attack,")
        assert text_of(store, second).startswith("a claim Valdoria's")
        assert current(pilot) == second  # the new part, to attribute next
        lines = reader_lines(app)
        assert lines[0].endswith("— Viktor Hahn") and "Ana Ruiz" in lines[1]  # suggested
        await press(pilot, "enter")  # its suggestion: Ruiz
        assert store.get(Statement, second).speaker is not None  # type: ignore[union-attr]
        assert store.get(Statement, first).claim == claim.id  # type: ignore[union-attr]
        await press(pilot, "u", "u")  # the tag, then the split
        assert reader_statements(store)[0] == both and text_of(store, both) == TWO_VOICES
        assert store.get(Statement, both).speaker == hahn.id  # type: ignore[union-attr]


async def test_esc_leaves_the_statement_whole(store: Store) -> None:
    events = store.count(Event.TABLE)
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "b", "right", "escape")
        assert not isinstance(app.screen, SplitDialog)
        assert store.count(Event.TABLE) == events
        assert len(reader_statements(store)) == 3


async def test_J_joins_a_quote_cut_in_two_and_refuses_what_would_be_lost(store: Store) -> None:
    _, quote, rest = reader_statements(store)
    annotate.tag(store, quote, "Viktor Hahn")
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert current(pilot) != quote
        await press(pilot, "j")
        # the next one is Ruiz's claim: refused, said why, nothing changed
        annotate.tag(store, rest, "Ana Ruiz")
        events = store.count(Event.TABLE)
        await press(pilot, "J")
        assert store.count(Event.TABLE) == events
        assert any("untag it first" in n.message for n in app._notifications)
        # untagged (⌫ on it), the join goes through and the quote reads whole
        await press(pilot, "j", "backspace", "k")
        assert current(pilot) == quote
        await press(pilot, "J")
        assert reader_statements(store)[1:] == [quote]
        assert text_of(store, quote).endswith("We will answer soon.'")
        assert current(pilot) == quote
        # the last statement has nothing after it
        events = store.count(Event.TABLE)
        await press(pilot, "J")
        assert store.count(Event.TABLE) == events
        assert any("last of its document" in n.message for n in app._notifications)


async def test_join_next_is_in_the_command_palette(store: Store) -> None:
    first, quote, rest = reader_statements(store)
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "j")
        assert current(pilot) == quote
        await press(pilot, "ctrl+p")
        await pilot.press(*"join next")
        await settle(pilot)
        await press(pilot, "enter")
        await settle(pilot)
        assert reader_statements(store) == [first, quote]
        assert store.get(Statement, rest) is None


async def test_home_and_end_put_the_cut_after_the_first_word_and_before_the_last(
    store: Store,
) -> None:
    """A lead ("Meanwhile,") or a closing attribution ("…, he said") is one word from an end:
    ←/→ walked there a word at a time, ten presses in a long sentence."""
    both = reader_statements(store)[0]
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "b", "end")
        shown = str(app.screen.query_one("#parts").render())
        assert "rejected as ✂ 'absurd'." in shown
        await press(pilot, "home")
        shown = str(app.screen.query_one("#parts").render())
        assert shown.startswith("Mersland's ✂ President Viktor Hahn")
        await press(pilot, "left", "end", "enter")  # past the first word: nothing; then end
        assert not isinstance(app.screen, SplitDialog)
        first, second, *_ = reader_statements(store)
        assert first == both and text_of(store, first).endswith("rejected as")
        assert text_of(store, second) == "'absurd'."


CHINESE = "俄罗斯外交部发言人扎哈罗娃表示，乌克兰的说法、西方的指责都是“荒谬的”。"
"""One sentence, two claims, no space anywhere: the cut goes after the comma."""


def store_of(text: str, lang: str) -> Store:
    s = Store.memory(clock=fixed_clock, analyst="tester")
    import_documents(s, [RawDocument(text.encode(), "report.txt", lang=lang)])
    return s


async def test_a_chinese_sentence_is_split_between_characters_after_its_comma() -> None:
    """No spaces, so the cut had no place to go: `b` said "one word: nothing to split" and
    only the CLI's `--at` could split a Chinese, Japanese or Thai statement. ←/→ now step a
    character at a time there, and the cut is shown between the two wide characters."""
    store = store_of(CHINESE, "zh")
    (sid,) = reader_statements(store)
    target = spans.offset_before(store, sid, "乌克兰")
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "b")
        dialog = app.screen
        assert isinstance(dialog, SplitDialog)
        steps = target - dialog.at  # one character a step
        for _ in range(abs(steps)):
            await press(pilot, "right" if steps > 0 else "left")
        shown = str(app.screen.query_one("#parts").render())
        assert "扎哈罗娃表示， ✂ 乌克兰的说法" in shown
        assert "←/→, ⇧←/⇧→ or ,/. a character" in str(app.screen.query_one(".dialog-hint").render())
        await press(pilot, "enter")
        assert not isinstance(app.screen, SplitDialog)
        first, second = reader_statements(store)
        assert first == sid
        assert text_of(store, first) == "俄罗斯外交部发言人扎哈罗娃表示，"
        assert text_of(store, second) == "乌克兰的说法、西方的指责都是“荒谬的”。"
        assert current(pilot) == second


async def test_shift_arrows_and_comma_full_stop_put_the_cut_beside_a_dash() -> None:
    """A claim answered after a dash written without spaces ("Monday—a claim") had no word
    start to cut at: ←/→ jumped over it. ⇧→ (or .) moves a character, ⇧← (or ,) back."""
    text = "Hahn said Valdoria shelled Shushi on Monday—a claim Valdoria's ministry denied."
    store = store_of(text, "en")
    (sid,) = reader_statements(store)
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "b")
        dialog = app.screen
        assert isinstance(dialog, SplitDialog)
        while not text[dialog.at :].startswith("Monday"):
            await press(pilot, "left" if dialog.at > text.index("Monday") else "right")
        await press(pilot, "shift+right")  # over "Monday": no cut inside a word
        assert text[dialog.at :].startswith("—a claim")
        await press(pilot, "full_stop")
        assert text[dialog.at :].startswith("a claim")
        await press(pilot, "comma", "shift+left")
        assert text[dialog.at :].startswith("Monday")
        await press(pilot, "full_stop", "full_stop")
        shown = str(app.screen.query_one("#parts").render())
        assert "on Monday— ✂ a claim Valdoria's" in shown
        await press(pilot, "enter")
        first, second = reader_statements(store)
        assert text_of(store, first).endswith("on Monday—")
        assert text_of(store, second) == "a claim Valdoria's ministry denied."
        await press(pilot, "u")
        assert reader_statements(store) == [sid] and text_of(store, sid) == text


async def test_b_after_a_join_starts_the_cut_where_the_two_met(store: Store) -> None:
    """A quote joined (`J`) then split (`b`) again put the cut in the middle of the first
    part, a dozen ← away from where the two had met."""
    _, quote, rest = reader_statements(store)
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "j")
        assert current(pilot) == quote
        await press(pilot, "J", "b")
        dialog = app.screen
        assert isinstance(dialog, SplitDialog)
        assert dialog.at == spans.offset_before(store, quote, "We will answer soon.")
        await press(pilot, "enter")
        assert text_of(store, quote) == "Hahn told reporters: 'We will answer."
        assert text_of(store, current(pilot) or "") == "We will answer soon.'"
        assert rest not in reader_statements(store)  # a new statement, to review


def test_a_statement_holding_two_sentences_offers_the_cut_between_them() -> None:
    """Joined by the CLI or in an earlier session: the importer's own cut is found again."""
    s = Store.memory(clock=fixed_clock, analyst="tester")
    import_documents(s, [RawDocument(b"Hahn denied it. Ruiz said the army fired first.", "a.txt")])
    first, second = reader_statements(s)
    joined, _ = spans.join(s, first, second)
    places = spans.cut_places(s, joined)
    assert places.sentences == [spans.offset_before(s, first, "Ruiz said")]
    assert spans.cut_places(s, spans.split(s, first, places.sentences[0])[0]).sentences == []
