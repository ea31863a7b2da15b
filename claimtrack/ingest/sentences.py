"""Sentence spans with exact offsets: sentencex in bounded windows, blank lines, then repairs.

Three things sentencex does not do for us:

* Offsets. `sentencex.segment` yields strings; we locate each piece in the text ourselves and
  only ever use *our* offsets, so a span is always a slice of the text it came from, even if a
  sentencex release starts trimming or normalising what it yields.
* Bounded time. Its quote handling is quadratic on long runs of unclosed quotes (one 1 MB line
  of `“ab. ` took 25 s), so the text is fed to it in windows of at most `WINDOW` characters;
  the last sentence of a window is re-read at the start of the next one, so boundaries are
  the same as on the whole text unless one sentence exceeds the window. (One call per window
  rather than per paragraph also keeps texts of many tiny paragraphs fast.)
* Lines. A copied article writes each paragraph on one line, its headline and byline too:
  those lines end no sentence with a full stop, and sentencex runs them into the first
  sentence. Unless the text is wrapped at a fixed width (wire copy, e-mail), a line break
  before a capital ends a piece.
* A few boundaries it gets wrong in our languages: "т.е. на Кавказе" or "Pada Jl. Sudirman"
  (abbreviations it does not know) and "..., menandai yang terburuk. eskalasi ..." (a new
  sentence never starts with a lower-case letter) are joined again.
"""

from __future__ import annotations

import itertools
import re

import sentencex

WINDOW = 4000  # characters given to sentencex at once
FALLBACK_LANGUAGE = "en"
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_SEARCH_SLACK = 64  # how far from the expected place a piece may be found
# A line break, the blank lines after it if any (group 1: a paragraph break), and the first
# character of the text that follows (group 2).
_LINE_BREAK = re.compile(r"\n(\s*\n)?[^\S\n]*(\S)")
WRAP_WIDTHS = (30, 100)
"""Widths (characters) of lines broken at a fixed column: 60-80 usually, shorter at a
paragraph's end."""
WRAP_MIN_LINES = 3
"""Fewer lines followed by another line tell nothing: a headline, a byline, the body."""
WRAP_SHARE = 0.6
"""Share of those lines at a wrapped width from which the text counts as wrapped."""
WRAP_SCAN = 20_000
"""Characters read to tell how lines are broken (enough lines, at little cost)."""

# Abbreviations that never end a sentence (lower-case, matched ignoring case), per language.
_NEVER_FINAL: dict[str, tuple[str, ...]] = {
    "en": (
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "sgt.", "capt.", "gov.",
        "sen.", "rep.", "rev.", "hon.", "approx.", "e.g.", "i.e.", "cf.", "vs.", "viz.",
    ),
    "id": (
        "dr.", "drs.", "dra.", "prof.", "ir.", "hj.", "sdr.", "bpk.", "yth.", "jl.", "kab.",
        "kec.", "kel.", "prov.", "pt.", "a.n.", "u.p.", "s.d.",
    ),
    "ru": (
        "т.е.", "т. е.", "т.к.", "т. к.", "т.н.", "т. н.", "напр.", "см.", "ср.", "проф.",
        "акад.", "ген.", "им.", "ул.", "пер.", "просп.", "тов.", "г-н.", "гр.",
    ),
}  # fmt: skip
# Abbreviations that do not end a sentence when a number follows ("No. 5", "рис. 3").
_BEFORE_NUMBER: dict[str, tuple[str, ...]] = {
    "en": ("no.", "nos.", "p.", "pp.", "fig.", "vol.", "ch.", "art.", "sec.", "para."),
    "id": ("no.", "hal.", "hlm.", "tgl.", "psl.", "thn."),
    "ru": ("рис.", "стр.", "с.", "ст.", "ч.", "п.", "пп.", "гл.", "д.", "кв.", "табл."),
}
_SAME_ABBREVIATIONS = {"ms": "id"}  # Malay writes these like Indonesian
_CLOSERS = "\"'”’»)]"
_TERMINALS = ".!?…"


def segment(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of `text`, in order, never overlapping.

    `text[start:end]` is the sentence with surrounding whitespace trimmed; no span crosses a
    blank line, nor a line break before a capital in text written one paragraph per line
    (not wrapped at a fixed width); whitespace-only pieces are dropped. `lang` is an ISO 639
    code; unknown codes and "und" use English rules. Time is linear in the length of `text`.
    """
    code = (lang or "").strip().lower()
    if code == "und" or not _LANGUAGE.match(code):
        code = FALLBACK_LANGUAGE
    # Every blank line ends a piece, whatever sentencex thinks of it; so does a line break
    # before a capital where each paragraph is one line (a headline, a byline).
    breaks: list[int] = []
    single: list[int] = []  # line breaks before a capital, inside a paragraph
    for m in _LINE_BREAK.finditer(text):
        if m.group(1):
            breaks.append(m.start(2))
        elif not m.group(2).islower():
            single.append(m.start(2))
    lines_are_paragraphs = bool(single) and not _hard_wrapped(text)
    if lines_are_paragraphs:
        breaks += single
    cuts = sorted({*_cuts(text, 0, len(text), code), *breaks})
    spans = (_trim(text, a, b) for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True))
    return _repair(text, [span for span in spans if span[0] < span[1]], code, lines_are_paragraphs)


def _hard_wrapped(text: str) -> bool:
    """Whether `text` breaks its lines at a fixed width (wire copy, e-mail, Markdown) rather
    than writing each paragraph on one line: most lines followed by another line are of a
    line's usual width. Then a line break is no boundary ("... said Foreign Minister\nMevlut
    Cavusoglu ..."), as before; saved pages and copied articles break lines at paragraphs."""
    lines = text[:WRAP_SCAN].split("\n")
    widths = [len(a.rstrip()) for a, b in itertools.pairwise(lines) if a.strip() and b.strip()]
    wrapped = sum(WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] for width in widths)
    return len(widths) >= WRAP_MIN_LINES and wrapped >= WRAP_SHARE * len(widths)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past leading and trailing whitespace (str.strip's definition)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cuts(text: str, start: int, end: int, lang: str) -> list[int]:
    """Sentence start offsets within [start, end), reading it window by window."""
    cuts: list[int] = []
    position = start
    while True:
        stop = min(end, position + WINDOW)
        chunk = text[position:stop]
        starts = _piece_starts(chunk, list(sentencex.segment(lang, chunk)))
        if stop == end:
            cuts.extend(position + s for s in starts)
            return cuts
        if len(starts) >= 2:
            # The last piece may be cut short by the window: read it again in the next one.
            cuts.extend(position + s for s in starts[:-1])
            position += starts[-1]
        else:
            # One sentence longer than the window: cut it at a space in the window's back half.
            cut = len(chunk)
            for i in range(len(chunk) - 1, len(chunk) // 2, -1):
                if chunk[i].isspace():
                    cut = i
                    break
            cuts.append(position)
            position += cut


def _piece_starts(chunk: str, pieces: list[str]) -> list[int]:
    """Where each piece sentencex returned starts in `chunk`: strictly increasing, first 0."""
    starts = [0]
    if "".join(pieces) == chunk:  # every character kept: offsets are running lengths
        position = 0
        for piece in pieces[:-1]:
            position += len(piece)
            if position > starts[-1]:
                starts.append(position)
        return [s for s in starts if s < len(chunk)] or [0]
    # Characters were changed or dropped: find each piece near where it should be.
    expected = 0
    for index, piece in enumerate(pieces):
        head = piece.strip()[:32]
        if not head:
            expected += len(piece)
            continue
        if index == 0:
            expected = max(expected, len(piece))
            continue
        low = max(starts[-1] + 1, expected - _SEARCH_SLACK)
        found = chunk.find(head, low, expected + _SEARCH_SLACK + len(head))
        if found == -1:
            found = max(starts[-1] + 1, expected)
        if found >= len(chunk):
            break
        starts.append(found)
        expected = found + len(piece.lstrip())
    return starts


def _abbreviations(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching one of `words` at the end of a span, not glued to a letter."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})\Z", re.IGNORECASE)


_NEVER_FINAL_RE = {lang: _abbreviations(words) for lang, words in _NEVER_FINAL.items()}
_BEFORE_NUMBER_RE = {lang: _abbreviations(words) for lang, words in _BEFORE_NUMBER.items()}
_LONGEST = max(
    len(w) for words in (*_NEVER_FINAL.values(), *_BEFORE_NUMBER.values()) for w in words
)


def _repair(
    text: str, spans: list[tuple[int, int]], lang: str, lines_are_paragraphs: bool = False
) -> list[tuple[int, int]]:
    """Join spans sentencex split at an abbreviation or before a lower-case continuation.

    Spans separated by a blank line (two newlines in the whitespace between them) stay apart,
    and so do lines when each paragraph is one line and the next does not go on in lower case.
    """
    table = _SAME_ABBREVIATIONS.get(lang, lang)
    never_final = _NEVER_FINAL_RE.get(table, _NEVER_FINAL_RE[FALLBACK_LANGUAGE])
    before_number = _BEFORE_NUMBER_RE.get(table, _BEFORE_NUMBER_RE[FALLBACK_LANGUAGE])
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            before, after = joined[-1]
            first = text[start]
            tail = max(before, after - _LONGEST)
            apart = 1 if lines_are_paragraphs and not first.islower() else 2
            if text.count("\n", after, start) < apart and (
                never_final.search(text, tail, after)
                or (first.isdigit() and before_number.search(text, tail, after))
                or (first.islower() and _ends_sentence(text, before, after))
            ):
                joined[-1] = (before, end)
                continue
        joined.append((start, end))
    return joined


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether [start, end) ends like a sentence: terminal punctuation, maybe closing quotes."""
    position = end
    while position > start and text[position - 1] in _CLOSERS:
        position -= 1
    return position > start and text[position - 1] in _TERMINALS
