"""Splitting and joining statements: the analyst corrects where the segmenter cut.

A statement is one sentence by default, but a sentence may carry two speakers' claims
("Hahn accused Valdoria of staging the attack, a claim Valdoria's foreign minister, Ana
Ruiz, rejected as 'absurd'."), and the segmenter sometimes cuts one quote in two. `split`
gives each part a statement of its own; `join` makes two neighbours one again.

Each is one transaction, so `undo` and `redo` take it back exactly (the event holds every
record it wrote, before and after). The claim a statement is an appearance of stays right:
its numbers are read again from its appearances as they now read (as `claim reread` does),
and a summary that was cut from the statement's text is cut again from its new text (one
the analyst wrote is theirs and stays).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from claimtrack.errors import ValidationError
from claimtrack.model import Claim, Source, Statement, appearance_order
from claimtrack.services.lookup import find_statement, publication_date
from claimtrack.store import Store, Transaction
from claimtrack.textnorm import shorten


def _source_text(store: Store, st: Statement) -> str:
    return (store.doc(Source.TABLE, st.source) or {}).get("text", "")


def split(store: Store, statement_ref: str, at: int) -> tuple[Statement, Statement]:
    """Cut a statement in two at `at`, an offset in its source's text strictly inside the
    statement (as `start` and `end` count). Whitespace at the cut belongs to neither part.

    The first part keeps the id and every annotation (speaker, claim, note, narration): it
    is the statement the analyst already reviewed, now shorter. The second is a new,
    untagged statement of the same source, to attribute on its own. Refused (one line, the
    store untouched) when either part would be empty or blank.
    """
    sid = find_statement(store, statement_ref).id
    with store.transaction("statement.split", f"split statement {sid}") as tx:
        # read and checked under the writer's lock: as read before it, a colleague's tag or
        # split landing in between was overwritten (their claim left with no appearance)
        st = find_statement(store, sid)
        source = store.doc(Source.TABLE, st.source) or {}
        left, right = _cut(st, source.get("text", ""), at, source.get("lang", "und"))
        new_id = tx.new_id()
        first = st.replace(end=left)
        second = Statement(id=new_id, source=st.source, start=right, end=st.end)
        tx.describe(f"split statement {st.id} into {st.id} and {new_id}")
        tx.put(first)
        tx.put(second)
        if st.claim is not None:
            _claim_after(store, tx, st.claim, {st.id: first}, (st,), first)
    return first, second


UNSPACED_LANGS = frozenset({"zh", "ja", "th", "lo", "km", "my"})
"""Languages written without spaces between words: there a cut between two letters is no
cut through a word."""

UNSPACED_SCRIPTS: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。「」
    (0x3040, 0x31FF),  # kana, bopomofo
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF),  # full- and half-width forms: ，！？ and half-width kana
    (0x20000, 0x3FFFF),  # CJK extensions B onwards
)
"""Code points of scripts written without spaces between words (and their punctuation): a
Chinese quote in an English report is cut between two characters as a Chinese report is,
and the Reader's split dialog steps through such text a character at a time."""

_JOINS_NEXT = frozenset("\u200d\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
"""Characters that belong with the one after them: a zero-width joiner, and the Thai and Lao
vowels written before the consonant they follow in speech."""


def _unspaced(ch: str) -> bool:
    """Whether `ch` is of a script written without spaces between words."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in UNSPACED_SCRIPTS)


def _splits_character(text: str, at: int) -> bool:
    """Whether a cut at `at` parts what reads as one character: a letter from its combining
    accent or vowel sign (Thai "ที่", Hindi "मं"), an emoji from its modifier, a joined pair,
    a Thai or Lao leading vowel from its consonant."""
    after = text[at]
    return (
        unicodedata.category(after).startswith("M")
        or after in "\u200d\u0e33\u0eb3"  # a joiner, SARA AM: both go with what precedes
        or 0xFE00 <= ord(after) <= 0xFE0F  # variation selectors
        or 0x1F3FB <= ord(after) <= 0x1F3FF  # skin-tone modifiers
        or text[at - 1] in _JOINS_NEXT
    )


def _of_word(ch: str) -> bool:
    """A letter or digit, or a mark on one: a Hindi vowel sign is no letter, yet part of the
    word ("मंत्री" has two)."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _inside_word(text: str, at: int, lang: str) -> bool:
    """Whether a cut at `at` falls between two letters or digits of one word: not in a
    language, or between characters of a script, written without spaces between words."""
    before, after = text[at - 1], text[at]
    return (
        _of_word(before)
        and _of_word(after)
        and lang not in UNSPACED_LANGS
        and not (_unspaced(before) or _unspaced(after))
    )


def _cut(st: Statement, text: str, at: int, lang: str) -> tuple[int, int]:
    """(end of the first part, start of the second) for a cut at `at`: the whitespace around
    the cut trimmed from both parts. A cut between two letters or digits of one word is
    refused: an offset miscounted by a few characters, not a place where a claim ends."""
    if not st.start < at < st.end:
        raise ValidationError(
            f"cannot split statement {st.id} at {at}: the offset must lie inside it, strictly "
            f"between its start {st.start} and end {st.end}"
        )
    if _splits_character(text, at):
        raise ValidationError(
            f"cannot split statement {st.id} at {at}: it would part the character "
            f"{text[at - 1 : at + 1]!r} from its mark (an accent, a vowel sign)"
        )
    if _inside_word(text, at, lang):
        word_start, word_end = at, at
        while word_start > st.start and not text[word_start - 1].isspace():
            word_start -= 1
        while word_end < st.end and not text[word_end].isspace():
            word_end += 1
        raise ValidationError(
            f"cannot split statement {st.id} at {at}: it would cut the word "
            f"{shorten(text[word_start:word_end], 40)!r} in two"
        )
    left, right = at, at
    while left > st.start and text[left - 1].isspace():
        left -= 1
    while right < st.end and text[right].isspace():
        right += 1
    if not text[st.start : left].strip() or not text[right : st.end].strip():
        raise ValidationError(
            f"cannot split statement {st.id} at {at}: one part would be empty (cut between "
            "two words of it)"
        )
    return left, right


def offset_before(store: Store, statement_ref: str, needle: str) -> int:
    """The offset just before the first occurrence of `needle` in the statement's text, as
    `split` takes it (`statement split --before TEXT`). Refused when the statement does not
    hold it, or holds it only at its very start (nothing would be left before the cut)."""
    st = find_statement(store, statement_ref)
    if not needle.strip():
        raise ValidationError("--before needs the text to split before (it is empty)")
    said = _source_text(store, st)[st.start : st.end]
    found = said.find(needle)
    if found < 0:
        raise ValidationError(
            f"statement {st.id} does not contain {shorten(needle, 40)!r} (case and spacing "
            "count: copy it from 'claimtrack statements')"
        )
    if not said[:found].strip():  # the first occurrence opens it: a later one may be meant
        later = said.find(needle, found + 1)
        if later < 0:
            raise ValidationError(
                f"statement {st.id} starts with {shorten(needle, 40)!r}: nothing would be left "
                "before the cut"
            )
        found = later
    return st.start + found


class CutPlaces(NamedTuple):
    """Where the Reader's split dialog can put the cut in a statement (offsets in its
    source's text, each a distinct split that `split` accepts)."""

    words: list[int]
    """The steps of ←/→: before each word, and between any two characters of a script
    written without spaces (Chinese, Japanese, Thai: there no space marks a word)."""
    characters: list[int]
    """Every place, a character at a time: beside punctuation written without a space
    ("attack—a claim"), and every character of unspaced text. `words` is a subset."""
    sentences: list[int]
    """Where the importer would start a sentence inside the statement: in one `join` made of
    two, the cut it joined over (a split after a join began in the middle, away from it)."""


def cut_places(store: Store, st: Statement) -> CutPlaces:
    """Every place `split` would cut `st` (no word and no character broken, neither part
    blank), once each: a cut in whitespace is the cut before the word after it."""
    source = store.doc(Source.TABLE, st.source) or {}
    text, lang = source.get("text", ""), source.get("lang", "und")
    words: list[int] = []
    characters: list[int] = []
    seen_text = False
    for i in range(st.start + 1, st.end):
        seen_text = seen_text or not text[i - 1].isspace()
        if not seen_text or text[i].isspace() or _splits_character(text, i):
            continue
        if text[i - 1].isspace():
            words.append(i)
            characters.append(i)
        elif not _inside_word(text, i, lang):
            characters.append(i)
            if _unspaced(text[i - 1]) or _unspaced(text[i]):
                words.append(i)
    from claimtrack.ingest import segment

    places = set(characters)
    inner = segment(text[st.start : st.end], lang)[1:]
    return CutPlaces(words, characters, [st.start + a for a, _ in inner if st.start + a in places])


def word_starts(store: Store, st: Statement) -> list[int]:
    """The offsets inside `st` where a word starts after whitespace: the places `split`
    can cut so that no word is broken (the Reader's split dialog moves between them)."""
    text = _source_text(store, st)
    return [
        i
        for i in range(st.start + 1, st.end)
        if text[i - 1].isspace() and not text[i].isspace() and text[st.start : i].strip()
    ]


def join(store: Store, first_ref: str, second_ref: str) -> tuple[Statement, Statement]:
    """Make two neighbouring statements of one source one statement; returns (the joined
    statement, the one that went into it).

    The first named keeps its id and annotations and spans both (whichever comes first in
    the text). The second must carry nothing the first would lose: no other speaker, no
    other claim (an appearance of a claim is untagged first, or named first to keep its
    claim), no narration the first lacks. Its note is kept: both notes are joined ("a; b"),
    as merging links keeps both notes, since a note is the analyst's own words, which
    neither contradict nor outrank the first's (refusing would only make them retype it).
    """
    keep_id, drop_id = find_statement(store, first_ref).id, find_statement(store, second_ref).id
    with store.transaction("statement.join", f"join statement {drop_id} into {keep_id}") as tx:
        # checked under the writer's lock, as `split` is: a second statement a colleague
        # tagged in between was deleted with the claim they had just made of it
        keep, drop = find_statement(store, keep_id), find_statement(store, drop_id)
        joined = _joined(store, tx, keep, drop)
    return joined, drop


def _joined(store: Store, tx: Transaction, keep: Statement, drop: Statement) -> Statement:
    """`join`'s checks and writes, inside its transaction."""
    if keep.id == drop.id:
        raise ValidationError(f"cannot join statement {keep.id} with itself")
    if keep.source != drop.source:
        raise ValidationError(
            f"statements {keep.id} and {drop.id} are in different sources: only neighbours in "
            "one document can be joined"
        )
    earlier, later = sorted((keep, drop), key=lambda s: s.start)
    between = _between(store, earlier, later)
    if between:
        raise ValidationError(
            f"statements {keep.id} and {drop.id} are not neighbours: {', '.join(between[:3])} "
            f"{'lies' if len(between) == 1 else 'lie'} between them"
        )
    _check_nothing_lost(keep, drop)
    from claimtrack.services.annotate import _joined_notes

    joined = keep.replace(
        start=earlier.start, end=later.end, note=_joined_notes(keep.note, drop.note)
    )
    tx.put(joined)
    tx.delete(Statement.TABLE, drop.id)
    if keep.claim is not None:
        _claim_after(store, tx, keep.claim, {keep.id: joined, drop.id: None}, (keep, drop), joined)
    return joined


def _between(store: Store, earlier: Statement, later: Statement) -> list[str]:
    """Ids of the source's other statements lying between the two (in reading order)."""
    docs = store.docs(Statement.TABLE)
    found = []
    for sid in store.ids_where(Statement.TABLE, "source", earlier.source) - {earlier.id, later.id}:
        doc = docs[sid]
        if doc["start"] < later.start and doc["end"] > earlier.start:
            found.append((doc["start"], sid))
    return [sid for _, sid in sorted(found)]


def _check_nothing_lost(keep: Statement, drop: Statement) -> None:
    """Refuse a join that would drop what the second statement says that the first does
    not: another speaker, another claim, or narration. "Or name it first" only where the
    join the other way round would go through: otherwise each refusal sent the analyst to
    the other (a tagged statement beside a narration one)."""
    lost = _lost(keep, drop)
    if lost is None:
        return
    hint = f"untag it first ('claimtrack untag {drop.id}', ⌫ in the Reader)"
    if _lost(drop, keep) is None:
        hint += ", or name it first" + (" to keep its claim" if lost == "claim" else "")
    if lost == "claim":
        raise ValidationError(
            f"statement {drop.id} is an appearance of claim {drop.claim}, which the joined "
            f"statement would not be: {hint}"
        )
    if lost == "speaker":
        raise ValidationError(f"statement {drop.id} has another speaker: {hint}")
    raise ValidationError(f"statement {drop.id} is narration and {keep.id} is not: {hint}")


def _lost(keep: Statement, drop: Statement) -> str | None:
    """What of `drop`'s a join into `keep` would lose ("claim", "speaker", "narration")."""
    if drop.claim is not None and drop.claim != keep.claim:
        return "claim"
    if drop.speaker is not None and drop.speaker != keep.speaker:
        return "speaker"
    if drop.narration and not keep.narration:
        return "narration"
    return None


def _claim_after(
    store: Store,
    tx: Transaction,
    claim_id: str,
    now: dict[str, Statement | None],
    was: Sequence[Statement],
    cut_from: Statement,
) -> None:
    """Keep claim `claim_id` true to its appearances once `now` replaces (or, None, removes)
    some of them: its numbers read again from them all, and a summary cut from the text of a
    statement in `was` (not one the analyst wrote) cut again from `cut_from`'s."""
    # the numbers are read as tagging reads them (a clause another speaker says is not theirs)
    from claimtrack.services.annotate import SUMMARY_WIDTH, _numbers_of_all

    claim = store.get(Claim, claim_id)
    if claim is None:
        return
    appearances = []
    for sid in sorted(store.ids_where(Statement.TABLE, "claim", claim_id) | set(now)):
        st = now[sid] if sid in now else store.get(Statement, sid)
        if st is not None and st.claim == claim_id:
            appearances.append(st)
    appearances.sort(
        key=lambda o: appearance_order(publication_date(store, o.source), o.source, o.start)
    )
    texts = {shorten(_text_of(store, st), SUMMARY_WIDTH) for st in was}
    summary = claim.summary
    if summary in texts:
        summary = shorten(_text_of(store, cut_from), SUMMARY_WIDTH)
    updated = claim.replace(
        summary=summary, quantities=_numbers_of_all(store, appearances, claim.speaker)
    )
    if updated != claim:
        tx.put(updated)


def _text_of(store: Store, st: Statement) -> str:
    return _source_text(store, st)[st.start : st.end]


def statement_text(store: Store, st: Statement) -> str:
    """The exact text of a statement, cut from its source (without loading the attribution
    rules that `annotate.statement_text`'s module brings)."""
    return _text_of(store, st)
