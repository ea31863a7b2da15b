"""Splitting and joining statements: each is one change, undone and redone exactly, and the
store stays sound (claims, numbers, indexes) through all of it."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

from claimtrack.errors import NotFoundError, ValidationError
from claimtrack.model import Claim, Event, Source, Statement
from claimtrack.quantities import describe
from claimtrack.services import annotate, history, spans
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.integrity import check_store
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store
from tests.conftest import another_writer_first

TWO_VOICES = (
    "Mersland's President Viktor Hahn accused Valdoria of staging the attack, a claim "
    "Valdoria's foreign minister, Ana Ruiz, rejected as 'absurd'."
)
TEXT = (
    f"{TWO_VOICES} Hahn said 12 soldiers were killed in the attack, and hospitals later "
    "counted 40 civilians wounded. The quote went on: 'We will answer.\n\n"
    "We will answer soon.' Ruiz left Geneva on Monday."
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A store on disk (its indexes are checked against a fresh open) with one document and
    its two speakers."""
    s = Store.open(tmp_path / "desk.json", create=True)
    import_documents(s, [RawDocument(TEXT.encode(), "a.txt", lang="en")])
    add_speaker(s, "Viktor Hahn", aliases=["Hahn"], kind="person")
    add_speaker(s, "Ana Ruiz", aliases=["Ruiz"], kind="person")
    return s


def reading(store: Store) -> list[Statement]:
    return sorted(store.all(Statement), key=lambda st: st.start)


def text_of(store: Store, st: Statement) -> str:
    src = store.get(Source, st.source)
    assert src is not None
    return src.text[st.start : st.end]


def with_text(store: Store, needle: str) -> Statement:
    (found,) = [st for st in reading(store) if needle in text_of(store, st)]
    return found


def state(store: Store) -> dict[str, Any]:
    """Every record but the event log, as stored."""
    return {t: dict(store.docs(t)) for t in ("statements", "claims", "speakers", "sources")}


def sound(store: Store) -> None:
    """`check` finds nothing, and every index answers as a fresh open of the file does."""
    assert check_store(store) == []
    assert store.path is not None
    fresh = Store.open(store.path)
    try:
        for field in ("source", "claim", "speaker"):
            assert store.indexed_values("statements", field) == fresh.indexed_values(
                "statements", field
            ), field
        for sid in store.docs("statements"):
            assert store.resolve(sid[:5], Statement).to_doc()["id"] == sid  # the prefix index
    finally:
        fresh.close()


def test_a_sentence_of_two_speakers_splits_into_two_statements(store: Store) -> None:
    st = with_text(store, "Ana Ruiz")
    annotate.set_statement_note(store, st.id, "two claims here")
    st, hahn, claim = annotate.tag(store, st.id, "Viktor Hahn")
    events = store.count(Event.TABLE)
    at = spans.offset_before(store, st.id, "a claim Valdoria's")
    first, second = spans.split(store, st.id, at)
    assert store.count(Event.TABLE) == events + 1  # one change
    assert text_of(store, first).endswith("staging the attack,")  # no trailing space
    assert text_of(store, second) == TWO_VOICES[TWO_VOICES.index("a claim") :]
    # the first keeps the id and every annotation; the second is new and untagged
    assert (first.id, first.speaker, first.claim, first.note) == (
        st.id, hahn.id, claim.id, "two claims here"
    )  # fmt: skip
    assert second.id != st.id and (second.source, second.end) == (st.source, st.end)
    assert (second.speaker, second.claim, second.narration) == (None, None, False)
    assert second.note is None
    assert store.get(Statement, first.id) == first and store.get(Statement, second.id) == second
    # the claim's summary was cut from the sentence: now from what Hahn said only
    kept = store.get(Claim, claim.id)
    assert kept is not None and kept.summary == text_of(store, first)
    sound(store)
    # the second part is Ruiz's to attribute now
    annotate.tag(store, second.id, "Ana Ruiz")
    sound(store)


def test_split_and_its_undo_and_redo_are_exact(store: Store) -> None:
    st = with_text(store, "Ana Ruiz")
    annotate.tag(store, st.id, "Viktor Hahn")
    before = state(store)
    _, second = spans.split(store, st.id, spans.offset_before(store, st.id, "a claim"))
    after = state(store)
    undone = history.undo(store)
    assert undone.op == "statement.split" and second.id in undone.summary
    assert state(store) == before
    with pytest.raises(NotFoundError):
        store.resolve(second.id, Statement)
    sound(store)
    history.redo(store)
    assert state(store) == after
    sound(store)


def test_a_split_reads_the_claims_numbers_again(store: Store) -> None:
    st = with_text(store, "12 soldiers")
    _, _, claim = annotate.tag(store, st.id, "Viktor Hahn")
    assert [describe(q) for q in claim.quantities] == ["12 troops killed", "40 civilians wounded"]
    spans.split(store, st.id, spans.offset_before(store, st.id, "and hospitals"))
    kept = store.get(Claim, claim.id)
    assert kept is not None and [describe(q) for q in kept.quantities] == ["12 troops killed"]
    history.undo(store)
    assert store.get(Claim, claim.id) == claim
    sound(store)


def test_a_summary_the_analyst_wrote_stays(store: Store) -> None:
    st = with_text(store, "Ana Ruiz")
    _, _, claim = annotate.tag(store, st.id, "Viktor Hahn")
    annotate.edit_claim(store, claim.id, summary="Hahn: Valdoria staged it")
    spans.split(store, st.id, spans.offset_before(store, st.id, "a claim"))
    kept = store.get(Claim, claim.id)
    assert kept is not None and kept.summary == "Hahn: Valdoria staged it"


@pytest.mark.parametrize("where", ["start", "end", "before", "after", "word", "first space"])
def test_a_cut_leaving_an_empty_part_is_refused(store: Store, where: str) -> None:
    st = with_text(store, "Ana Ruiz")
    at = {
        "start": st.start,
        "end": st.end,
        "before": st.start - 1,
        "after": st.end + 5,
        "word": st.start + len("Mers"),  # an offset miscounted: "Mers|land's"
        "first space": st.start + len("Mersland's") + 1,  # fine: a word each side
    }[where]
    before = state(store)
    if where == "first space":
        first, _ = spans.split(store, st.id, at)
        assert text_of(store, first) == "Mersland's"
        return
    with pytest.raises(ValidationError, match="cannot split"):
        spans.split(store, st.id, at)
    assert state(store) == before


def test_split_before_text_it_does_not_hold_is_refused(store: Store) -> None:
    st = with_text(store, "Ana Ruiz")
    with pytest.raises(ValidationError, match="does not contain"):
        spans.offset_before(store, st.id, "Geneva")
    with pytest.raises(ValidationError, match="starts with"):
        spans.offset_before(store, st.id, "Mersland's President")
    # text it opens with and holds again later: the later one
    assert spans.offset_before(store, st.id, "Valdoria") == st.start + TWO_VOICES.index("Valdoria")


def test_word_starts_are_where_a_word_follows_a_space(store: Store) -> None:
    st = with_text(store, "The quote went on")
    starts = spans.word_starts(store, st)
    assert [text_of(store, st)[i - st.start :].split()[0] for i in starts] == [
        "quote", "went", "on:", "'We", "will", "answer."
    ]  # fmt: skip


def test_a_quote_cut_in_two_is_joined_again(store: Store) -> None:
    quote = with_text(store, "The quote went on")
    rest = with_text(store, "We will answer soon")
    annotate.set_statement_note(store, rest.id, "second half")
    before = state(store)
    joined, gone = spans.join(store, quote.id, rest.id)
    assert gone.id == rest.id and store.get(Statement, rest.id) is None
    assert joined.id == quote.id
    assert text_of(store, joined) == "The quote went on: 'We will answer.\n\nWe will answer soon.'"
    assert joined.note == "second half"  # the note goes with the text, not lost
    sound(store)
    history.undo(store)
    assert state(store) == before
    sound(store)
    history.redo(store)
    assert store.get(Statement, quote.id) == joined
    sound(store)


def test_join_keeps_the_first_named_and_its_claim_whichever_comes_first(store: Store) -> None:
    quote = with_text(store, "The quote went on")
    rest = with_text(store, "We will answer soon")
    annotate.set_statement_note(store, quote.id, "first half")
    annotate.set_statement_note(store, rest.id, "quoted by AFP")
    _, hahn, claim = annotate.tag(store, rest.id, "Viktor Hahn")
    joined, _ = spans.join(store, rest.id, quote.id)  # the later one named first
    assert joined.id == rest.id and (joined.start, joined.end) == (quote.start, rest.end)
    assert (joined.speaker, joined.claim) == (hahn.id, claim.id)
    assert joined.note == "quoted by AFP; first half"
    kept = store.get(Claim, claim.id)
    assert kept is not None and kept.summary == " ".join(text_of(store, joined).split())
    sound(store)


def test_two_appearances_of_one_claim_join_into_one(store: Store) -> None:
    quote = with_text(store, "The quote went on")
    rest = with_text(store, "We will answer soon")
    _, _, claim = annotate.tag(store, quote.id, "Viktor Hahn")
    annotate.attach(store, rest.id, claim.id)
    spans.join(store, quote.id, rest.id)
    assert store.ids_where("statements", "claim", claim.id) == {quote.id}
    sound(store)


@pytest.mark.parametrize(
    ("setup", "match"),
    [
        ("claim", "is an appearance of claim .*: untag it first"),
        ("narration", "is narration and .* is not: untag it first"),
        ("neighbours", "are not neighbours"),
        ("itself", "with itself"),
        ("sources", "different sources"),
    ],
)
def test_a_join_that_would_lose_something_is_refused(store: Store, setup: str, match: str) -> None:
    quote = with_text(store, "The quote went on")
    rest = with_text(store, "We will answer soon")
    second = rest.id
    if setup == "claim":
        annotate.tag(store, rest.id, "Ana Ruiz")
    elif setup == "narration":
        annotate.mark_narration(store, rest.id)
    elif setup == "neighbours":
        second = with_text(store, "Geneva").id
    elif setup == "itself":
        second = quote.id
    else:
        import_documents(store, [RawDocument(b"Another report. It says more.", "b.txt", lang="en")])
        second = with_text(store, "Another report").id
    before = state(store)
    with pytest.raises(ValidationError, match=match):
        spans.join(store, quote.id, second)
    assert state(store) == before


def test_a_tagged_statement_named_second_with_the_same_speaker_and_no_claim_is_refused(
    store: Store,
) -> None:
    """Another claim of the same speaker is still another claim: joining would empty it."""
    quote = with_text(store, "The quote went on")
    rest = with_text(store, "We will answer soon")
    annotate.tag(store, quote.id, "Viktor Hahn")
    annotate.tag(store, rest.id, "Viktor Hahn")
    for first, second in ((quote, rest), (rest, quote)):
        with pytest.raises(ValidationError, match=r"untag it first") as refusal:
            spans.join(store, first.id, second.id)
        assert "name it first" not in str(refusal.value)  # refused that way round too


@pytest.mark.parametrize("first", ["tagged", "plain"])
def test_a_join_refused_says_name_it_first_only_when_that_join_would_go_through(
    store: Store, first: str
) -> None:
    """A tagged statement and a narration one: each refusal said "or name it first", and
    naming it first was refused saying to name the other first."""
    quote = with_text(store, "The quote went on")
    rest = with_text(store, "We will answer soon")
    if first == "tagged":
        annotate.tag(store, quote.id, "Viktor Hahn")
    annotate.mark_narration(store, rest.id)
    with pytest.raises(ValidationError, match="is narration") as refusal:
        spans.join(store, quote.id, rest.id)
    if first == "tagged":
        assert "name it first" not in str(refusal.value)
        with pytest.raises(ValidationError, match="untag it first") as refusal:
            spans.join(store, rest.id, quote.id)
        assert "name it first" not in str(refusal.value)
    else:
        assert str(refusal.value).endswith(", or name it first")
        joined, _ = spans.join(store, rest.id, quote.id)
        assert joined.narration


def test_a_split_keeps_a_tag_another_writer_made_after_it_read_the_statement(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read before the writer's lock, the statement was written back as it was read: the
    colleague's tag vanished and left their claim with no appearance (`check` complained)."""
    st = with_text(store, "Ana Ruiz")
    at = spans.offset_before(store, st.id, "a claim")
    another_writer_first(store, monkeypatch, lambda other: annotate.tag(other, st.id, "Hahn"))
    first, _ = spans.split(store, st.id, at)
    hahn = store.get(Statement, st.id)
    assert hahn is not None and first == hahn and hahn.claim is not None
    claim = store.get(Claim, hahn.claim)
    assert claim is not None and claim.summary == text_of(store, hahn)  # cut again
    sound(store)


def test_a_split_of_a_statement_another_writer_split_meanwhile_is_refused(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    st = with_text(store, "Ana Ruiz")
    at = spans.offset_before(store, st.id, "rejected as")
    earlier = spans.offset_before(store, st.id, "a claim")
    """Cut again at an offset now past its end, it overlapped the colleague's new statement
    (two statements saying "rejected as 'absurd'")."""
    count = len(reading(store))
    another_writer_first(store, monkeypatch, lambda other: spans.split(other, st.id, earlier))
    with pytest.raises(ValidationError, match="strictly between"):
        spans.split(store, st.id, at)
    assert len(reading(store)) == count + 1  # the colleague's split only
    assert text_of(store, with_text(store, "Ana Ruiz")).startswith("a claim")
    sound(store)


def test_a_join_refuses_a_second_statement_another_writer_tagged_meanwhile(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked before the writer's lock, the second statement was deleted with the claim a
    colleague had just made of it: a claim with no appearance."""
    quote = with_text(store, "The quote went on")
    rest = with_text(store, "We will answer soon")
    another_writer_first(store, monkeypatch, lambda other: annotate.tag(other, rest.id, "Ruiz"))
    with pytest.raises(ValidationError, match="untag it first"):
        spans.join(store, quote.id, rest.id)
    tagged = store.get(Statement, rest.id)
    assert tagged is not None and tagged.claim is not None
    sound(store)


def refusal(store: Store, sid: str) -> str:
    """What tagging the statement `sid` is refused with (the same line `show` gives)."""
    with pytest.raises(NotFoundError) as refused:
        annotate.tag(store, sid, "Ana Ruiz")
    return str(refused.value)


def test_an_id_joined_away_and_split_off_again_names_the_statement_holding_its_text(
    store: Store,
) -> None:
    """Joined into the quote, then the quote split again where it had been joined: the text is
    a new statement, yet the id still said "use" the quote, which no longer says it. It names
    the split and where the text is now; an undo of the split gives the forward back."""
    quote = with_text(store, "The quote went on")
    rest = with_text(store, "We will answer soon")
    spans.join(store, quote.id, rest.id)
    joined = f"statement {rest.id} was joined into statement {quote.id} on "
    assert refusal(store, rest.id).endswith(f": use {quote.id}")
    before = state(store)
    _, again = spans.split(store, quote.id, rest.start)
    assert text_of(store, again) == text_of(store, rest)  # its text, under a new id
    said = refusal(store, rest.id)
    assert said.startswith(joined) and f", and {quote.id} was split on " in said
    assert said.endswith(f": its text is now in statement {again.id}: use {again.id}")
    history.undo(store)
    assert state(store) == before
    assert refusal(store, rest.id).endswith(f": use {quote.id}")
    history.redo(store)
    assert refusal(store, rest.id).endswith(f"statement {again.id}: use {again.id}")
    # cut inside its text, it lies in two statements: both named, neither to "use"
    history.undo(store)
    _, part = spans.split(store, quote.id, spans.offset_before(store, quote.id, "soon"))
    said = refusal(store, rest.id)
    assert said.endswith(f": its text is now in statements {quote.id} and {part.id}")
    assert ": use" not in said
    sound(store)


def test_a_text_joined_twice_then_split_off_step_by_step_is_followed_to_where_it_is(
    store: Store,
) -> None:
    """Joined into the quote, the quote into the sentence before it, then that cut up again
    piece by piece: the id follows both joins and names the statement holding its text now
    (and the split that moved it there last)."""
    numbers = with_text(store, "Hahn said")
    quote = with_text(store, "The quote went on")
    rest = with_text(store, "We will answer soon")
    spans.join(store, quote.id, rest.id)
    spans.join(store, numbers.id, quote.id)
    said = refusal(store, rest.id)
    assert f", and {quote.id} into {numbers.id} on " in said
    assert said.endswith(f": use {numbers.id}")
    _, second = spans.split(store, numbers.id, quote.start)
    said = refusal(store, rest.id)
    assert f", and {quote.id} into {numbers.id} on " in said
    assert f", and {numbers.id} was split on " in said
    assert said.endswith(f"its text is now in statement {second.id}: use {second.id}")
    _, third = spans.split(store, second.id, spans.offset_before(store, second.id, "'We will"))
    said = refusal(store, rest.id)
    assert f", and {second.id} was split on " in said
    assert said.endswith(f"its text is now in statement {third.id}: use {third.id}")
    sound(store)


def one_statement(text: str, lang: str) -> tuple[Store, Statement]:
    s = Store.memory()
    import_documents(s, [RawDocument(text.encode(), "b.txt", lang=lang)])
    (st,) = s.all(Statement)
    return s, st


def test_a_statement_without_spaces_can_be_cut_at_every_character() -> None:
    """The split dialog stepped from word start to word start: a Chinese statement has none,
    so it had nowhere to put the cut. Every character is a step there, its 、 and ， too."""
    text = "外交部表示，乌克兰的说法、西方的指责都是“荒谬的”。"
    s, st = one_statement(text, "zh")
    assert spans.word_starts(s, st) == []
    words, characters, _ = spans.cut_places(s, st)
    assert words == characters == list(range(1, len(text)))
    for mark in "，、":
        at = text.index(mark) + 1
        first, second = spans.split(s, st.id, at)
        assert text_of(s, first).endswith(mark) and text_of(s, second) == text[at:]
        history.undo(s)


def test_a_chinese_quote_in_an_english_report_is_cut_between_characters() -> None:
    """Refused as "it would cut the word" because the report is English: no space parts the
    words of the quote, so any two of its characters may be parted."""
    text = "Zakharova wrote: 乌克兰的说法是荒谬的，西方的指责也是。"
    s, st = one_statement(text, "en")
    at = text.index("西方")
    assert at in spans.cut_places(s, st).words
    _, second = spans.split(s, st.id, at)
    assert text_of(s, second) == "西方的指责也是。"


def test_no_cut_parts_a_letter_from_its_mark() -> None:
    """Thai writes its vowel signs and tone marks over and under the consonant, and a leading
    vowel before it; Hindi its vowel signs after it, which are no letters (so "no cut inside
    a word" let them be parted too). A cut between them left a statement starting with a bare
    mark (offered in the dialog, taken by `--at`)."""
    thai = "รัฐบาลไทยกล่าวว่าที่นี่ปลอดภัย"
    s, st = one_statement(thai, "th")
    places = spans.cut_places(s, st).characters
    for at in range(1, len(thai)):
        mark = unicodedata.category(thai[at]).startswith("M")
        assert (at in places) != (mark or thai[at - 1] in "เแโใไ"), (at, thai[at - 1 : at + 1])
    with pytest.raises(ValidationError, match="part the character"):
        spans.split(s, st.id, thai.index("ที่") + 1)
    hindi = "मंत्री ने कहा कि हमला हुआ।"
    s, st = one_statement(hindi, "hi")
    places = spans.cut_places(s, st).characters
    # spaced: a cut between words, or before the closing danda; never inside a word
    assert places == [*spans.word_starts(s, st), hindi.index("।")]
    with pytest.raises(ValidationError, match="part the character"):
        spans.split(s, st.id, hindi.index("ी"))
