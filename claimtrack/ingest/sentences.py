"""Sentence spans with exact offsets: sentencex in bounded windows, blank lines, then repairs.

What sentencex does not do for us:

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
  sentence. So a line break before a capital ends a piece, unless the text is wrapped at a
  fixed width (wire copy, e-mail) and the line is full: the next word would not have fitted,
  so the wrap broke it, not the author.
* A few boundaries it gets wrong in our languages: "т.е. на Кавказе", "Pada Jl. Sudirman" or
  "Kombes Pol. Didik" (abbreviations it does not know), "TEMPO.CO" (an outlet's domain) and
  "..., menandai yang terburuk. eskalasi ..." (a new sentence never starts with a lower-case
  letter) are joined again.
* Lists. After a list's items ("• ...", "- ...", "1. ...") sentencex cuts nothing until the
  next blank line: it reads the text with their markers blanked out (`_LIST_ITEM`).
* Datelines. "MAKASSAR, Indonesia (AP) — At least ..." is a lead of page furniture and the
  story's first sentence: two spans, so the statement holds the story alone.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

import sentencex

from claimtrack.ingest.furniture import (
    LEAD_REACH,
    TIME_LINE,
    dateline_lead,
    place_lead,
    time_lead,
)
from claimtrack.ingest.spaced import SPACED, spaced_cuts

WINDOW = 4000  # characters given to sentencex at once
FALLBACK_LANGUAGE = "en"
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_SEARCH_SLACK = 64  # how far from the expected place a piece may be found
_WORD = re.compile(r"\S+")
# A line break, the blank lines after it if any (group 1: a paragraph break), and the first
# character of the text that follows (group 2).
_LINE_BREAK = re.compile(r"\n(\s*\n)?[^\S\n]*(\S)")
WRAP_MAX_WIDTH = 100
"""Text is wrapped at a fixed width of at most this many characters (60-80 usually)."""
WRAP_MIN_LINES = 3
"""Fewer lines followed by another line tell nothing: a headline, a byline, the body."""
WRAP_SHARE = 0.75
"""Share of those lines that are full (the next word would not fit) for a wrapped text."""
WRAP_FILL = 0.85
"""A line that, with the next line's first word, fills this share of the width is full:
text copied from a PDF wraps proportional type at varying numbers of characters."""
WRAP_LONGER = 4
"""A text with more than a quarter as many lines longer than its width as full lines is
not wrapped (a long link or a table row may overrun a wrapped text)."""
WRAP_SCAN = 20_000
"""Characters read to tell how lines are broken (enough lines, at little cost)."""

# Abbreviations that never end a sentence (lower-case, matched ignoring case), per language.
_NEVER_FINAL: dict[str, tuple[str, ...]] = {
    "en": (
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "sgt.", "capt.", "gov.",
        "sen.", "rep.", "rev.", "hon.", "approx.", "e.g.", "i.e.", "cf.", "vs.", "viz.",
        # Indonesian police ranks as English-language papers write them: "Sr. Comr. Pol. Ade"
        "comr.", "pol.", "purn.", "insp.",
    ),
    "id": (
        "dr.", "drs.", "dra.", "prof.", "ir.", "hj.", "sdr.", "bpk.", "yth.", "jl.", "kab.",
        "kec.", "kel.", "prov.", "pt.", "a.n.", "u.p.", "s.d.",
        # a photo's credit: "Foto: dok. Humas Polri", "(dok. pribadi)"
        "dok.",
        # Ranks, corps and titles before a name: "Kombes Pol. Didik", "Irjen Pol. R. Hartono",
        # "Letkol Inf. Budi", "Mayjen TNI (Purn.) Ahmad", "Drs. H. Ahmad, S.H."
        "pol.", "purn.", "inf.", "kav.", "arh.", "czi.", "cpm.", "cku.", "chb.", "ckm.",
        "cba.", "pnb.", "k.h.", "drg.", "s.h.", "m.h.", "jend.", "brigjen.", "mayjen.",
        "letjen.", "kombes.", "akbp.", "kompol.", "letkol.", "laksda.", "laksma.", "marsda.",
    ),
    "ru": (
        "т.е.", "т. е.", "т.к.", "т. к.", "т.н.", "т. н.", "напр.", "см.", "ср.", "проф.",
        "акад.", "ген.", "им.", "ул.", "пер.", "просп.", "тов.", "г-н.", "гр.",
        # a settlement's kind before its name: "обстрела пос. Разумное", "дер. Ивановка"
        "пос.", "дер.", "пгт.",
    ),
}  # fmt: skip
# Abbreviations that do not end a sentence when a number follows ("No. 5", "рис. 3").
_BEFORE_NUMBER: dict[str, tuple[str, ...]] = {
    "en": ("no.", "nos.", "p.", "pp.", "fig.", "vol.", "ch.", "art.", "sec.", "para.",
           # months before a day: "Sept. 4", "Jan. 12, 2024"
           "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."),
    "id": ("no.", "hal.", "hlm.", "tgl.", "psl.", "thn."),
    "ru": ("рис.", "стр.", "с.", "ст.", "ч.", "п.", "пп.", "гл.", "д.", "кв.", "табл.",
           # months before a year: "1 сент. 2023 г."
           "янв.", "фев.", "февр.", "мар.", "апр.", "авг.", "сен.", "сент.", "окт.", "нояб.",
           "дек."),
}  # fmt: skip
_SAME_ABBREVIATIONS = {"ms": "id"}  # Malay writes these like Indonesian
_CLOSERS = "\"'”’»)]"
_TERMINALS = ".!?…"


def segment(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of `text`, in order, never overlapping.

    `text[start:end]` is the sentence with surrounding whitespace trimmed; no span crosses a
    blank line, nor a line break before a capital unless a fixed-width wrap made it (see
    `_wrap_width`); whitespace-only pieces are dropped. `lang` is an ISO 639
    code; unknown codes and "und" use English rules. Time is linear in the length of `text`.
    """
    code = (lang or "").strip().lower()
    if code == "und" or not _LANGUAGE.match(code):
        code = FALLBACK_LANGUAGE
    # Every blank line ends a piece, whatever sentencex thinks of it; so does a line break
    # before a capital that the author made (a headline, a byline), not a wrap.
    breaks: list[int] = []
    single: list[re.Match[str]] = []  # line breaks before a capital, inside a paragraph
    lower: list[re.Match[str]] = []  # and before a lower-case letter
    listed = False  # a line opens with a list's marker ("- ", "1. ")
    for m in _LINE_BREAK.finditer(text):
        if m.group(1):
            breaks.append(m.start(2))
            if m.group(2) in _BULLETS:  # sentencex takes a bullet alone for a list
                listed = True
        elif not (first := m.group(2)).islower():
            single.append(m)
            if first in _MARKERS and not listed:
                listed = _MARKED_ITEM.match(text, m.start(2)) is not None
        else:
            lower.append(m)
    width = _wrap_width(text) if single or lower else None
    lines = {
        m.start(2)
        for m in single
        if (width is None or not _full(text, m, width))
        and (text[m.start() - 1] in _LINE_ENDS or not _quoted_on(text, m))
    }
    if width is None:  # "... di Semarang\nkumparanNEWS\n12 September 2023"
        table = _table(code)
        lines.update(
            m.start(2)
            for m in lower
            if (_lower_case_line(text, m) or _after_sentence(text, m, _NEVER_FINAL_RE[table]))
            and not _quoted_on(text, m)
        )
    if code in SPACED:  # (no full stop ends a Thai sentence: `spaced_cuts`)
        found: Iterable[int] = (0,)
    elif listed or text[:1] in _BULLETS:
        markers = list(_LIST_ITEM.finditer(text))
        pieces, done = [], 0  # the markers blanked out: one pass, not a second with .sub
        for m in markers:
            pieces += (text[done : m.start()], " " * (m.end() - m.start()))
            done = m.end()
        unlisted = "".join([*pieces, text[done:]])
        found = _item_cuts(text, _cuts(unlisted, 0, len(text), code), markers)
    else:
        found = _cuts(text, 0, len(text), code)
    cuts = sorted({*found, *breaks, *lines, *spaced_cuts(text, code)})
    spans: list[tuple[int, int]] = []
    for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True):  # `_trim`, inlined: a call
        while a < b and text[a].isspace():  # per sentence cost 5% of `segment`
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    repaired = _repair(text, spans, code, lines)
    return _openers_forward(text, _dateline_leads(text, repaired))


_LINE_ENDS = frozenset(".!?…:;\"'”’»“)]")
"""A line ending so ends a sentence or its quotation: the quotation is not read on."""
_QUOTE_MARKS = re.compile('[«»„“”"]')
_CLOSING = {"«": "»", "„": "“”", "“": "”", '"': '"'}
"""The marks that close a quotation each opening mark opens (en “ ”, ru « » and „ “, id)."""
_QUOTE_LINES = 3
"""A quotation broken over lines closes within this many lines after the break."""


def _quoted_on(text: str, line_break: re.Match[str]) -> bool:
    """Whether the line break `line_break` falls inside a quotation that the next lines go
    on with: a copied page breaks a line inside a quotation ("“We will not leave\nKherson,”
    he said."), which is no paragraph's end. The quotation is open at the break (opened
    since the paragraph's last line ending a sentence) and closes within `_QUOTE_LINES`
    lines, none of them opening a quotation or a reply's dash of its own (a quotation
    running on into a new paragraph opens it again)."""
    end = line_break.start()
    start = text.rfind("\n", 0, end) + 1
    for _ in range(_QUOTE_LINES - 1):  # lines the quotation may have run on from
        if start < 2 or text[start - 2] in _LINE_ENDS or text[start - 2] == "\n":
            break
        start = text.rfind("\n", 0, start - 1) + 1
    awaited = ""
    for mark in _QUOTE_MARKS.finditer(text, start, end):
        found = mark.group()
        if not awaited:
            awaited = _CLOSING.get(found, "")
        elif found in awaited:
            awaited = ""
    if not awaited:
        return False
    position = line_break.start(2)
    for _ in range(_QUOTE_LINES):
        if text[position] in _OPENERS or text[position] in _DASH_OPENERS:
            return False
        stop = text.find("\n", position)
        stop = len(text) if stop < 0 else stop
        if any(text.find(mark, position, stop) >= 0 for mark in awaited):
            return True
        if stop == len(text) or text[stop + 1 : stop + 2] in ("\n", ""):
            return False  # the paragraph ends
        position = stop + 1
        while position < len(text) and text[position] in " \t":
            position += 1
        if position == len(text):  # unstripped text: the last line is blank
            return False
    return False


_LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[-*+•●▪■►▶◆➤○◦★□▫▸◇☆⁃➢➣]|\d{1,3}[.)])(?=[ \t])")
"""A list item's marker at its line's start. sentencex reads a list to its end as one item:
after "• Russia has 2,000 peacekeepers there" (or two items marked "-", "*", "1."), it cut
no sentence until the next blank line, and the paragraphs under a list became one."""
_BULLETS = frozenset("•●▪■►▶◆➤○◦★□▫▸◇☆⁃➢➣")
_MARKERS = frozenset("-*+0123456789") | _BULLETS
_MARKED_ITEM = re.compile(r"(?:[-*+•●▪■►▶◆➤○◦★□▫▸◇☆⁃➢➣]|\d{1,3}[.)])[ \t]")
"""A list's item at a line's start ("• ", "- ", "1. "), which `segment` sees at the line
breaks it reads anyway (scanning each text for bullets cost half a millisecond per 300
articles): sentencex is then given the text with every marker blanked out, the same length,
so the offsets of what it yields are the text's (our own cuts still see the markers)."""


def _item_cuts(text: str, cuts: list[int], markers: list[re.Match[str]]) -> set[int]:
    """`cuts` (ascending) with each one sentencex made in a list item's marker or the space
    after it moved to the item's line start: it read the marker blanked out, so it cut after
    the last item's full stop at the next item's text ("- ... 2023.\n- More ..."), which left
    the marker a statement of its own ("-", "2.", "•"). The marker opens its item's statement.
    Only the cuts by each marker are looked at (walking every cut cost 5% of `segment`)."""
    out = set(cuts)
    for marker in markers:
        start, text_start = marker.start(), marker.end()
        while text_start < len(text) and text[text_start] in " \t":
            text_start += 1
        low = bisect.bisect_right(cuts, start)
        high = bisect.bisect_right(cuts, text_start, low)
        if low < high:
            out.difference_update(cuts[low:high])
            out.add(start)
    return out


_LEAD_DASHES = "-–—"
LEAD_SCAN = 3000
"""A story's dateline is in the first this many characters, under its headline, a trail, a
byline: the rest is not searched (scanning a whole text for dashes cost 8% of `segment`)."""


def _dateline_leads(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a dateline's lead off the story it opens: "MAKASSAR, Indonesia (AP) — At least
    11 people ..." is the lead (page furniture, `furniture.dateline_lead`) and the story's
    first sentence; "Москва. 4 сентября. ИНТЕРФАКС - ...", which sentencex cuts at every full
    stop, is one lead. Only a line in the first `LEAD_SCAN` characters that opens a span
    and holds a dash followed by a space within `LEAD_REACH` characters is tried, and any
    line opening with a live blog's time and a dash ("14:05 GMT - The ministry ...",
    `furniture.time_lead`)."""
    lines: set[int] = set()
    for dash in _LEAD_DASHES:  # one character at a time: "- " is found 7x slower
        at = text.find(dash, 0, LEAD_SCAN)
        while at >= 0:
            if text[at + 1 : at + 2].isspace():  # a lead's dash, not a hyphen
                line = text.rfind("\n", max(0, at - LEAD_REACH), at) + 1
                if line or at <= LEAD_REACH:  # else the line starts out of reach
                    while text[line] in " \t":
                        line += 1
                    lines.add(line)
            at = text.find(dash, at + 1, LEAD_SCAN)
    # a live blog's entries, each opening with its time ("14:05 GMT - ..."), run on past
    # the scan: their lines are looked for all through
    if text[:1].isdigit():
        lines.add(0)
    lines.update(m.end() for m in TIME_LINE.finditer(text))
    out = spans
    for line in sorted(lines, reverse=True):  # from the back: the indexes before stay put
        k = bisect.bisect_left(out, (line,))
        if k == len(out) or out[k][0] != line:  # the line does not open a sentence
            continue
        stop = text.find("\n", line, line + LEAD_REACH)
        stop = stop if stop >= 0 else line + LEAD_REACH
        cut = dateline_lead(text, line, stop)
        if cut is None:
            cut = place_lead(text, line, stop, out[k][1])  # "Jakarta - Presiden ..."
        if cut is None:
            cut = time_lead(text, line, stop)  # "14:05 GMT - The ministry ..."
        if cut is None:
            continue
        last = k
        while last + 1 < len(out) and out[last + 1][0] < cut:  # "Москва." "4 сентября." ...
            last += 1
        story = [_trim(text, cut, out[last][1])] if out[last][1] > cut else []
        out = [*out[:k], (line, cut), *story, *out[last + 1 :]]
    return out


_OPENERS = "“«„"


def _openers_forward(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give an opening quotation mark left at the end of a span to the next one: a quotation
    running on into the next paragraph has no closing mark ("... said Grigoryan. “Baku is
    inventing ..."), and sentencex takes its opening mark for the previous one's closing."""
    out = list(spans)
    for k in range(len(out) - 1):
        start, end = out[k]
        following = out[k + 1][0]
        if (
            end - start > 1
            and text[end - 1] in _OPENERS
            and text[end - 2].isspace()
            and "\n" not in text[end:following]  # the quotation goes on in this paragraph
        ):
            out[k] = _trim(text, start, end - 1)
            out[k + 1] = (end - 1, out[k + 1][1])
    return out


LOWER_LINE_MAX = 30
"""A line of page furniture in lower case is this short: "kumparanNEWS", "loading..."."""


def _lower_case_line(text: str, line_break: re.Match[str]) -> bool:
    """Whether the line after `line_break`, which opens in lower case and holds at most four
    words, is a line of its own
    in a text that is not wrapped: an outlet's name ("kumparanNEWS"), "loading...", "waktu
    baca 2 menit" under a headline or a time stamp: a digit, a capital or an ellipsis in it
    tells, or the line before ending in a capitalised word. A sentence's last words run on
    ("... said\nyesterday.", "... in Moscow\non Monday."): the short line ends the sentence,
    or the line before ends in a lower-case word or a comma."""
    start = line_break.start(2)
    stop = text.find("\n", start, start + LOWER_LINE_MAX + 1)
    if stop < 0:
        if len(text) - start > LOWER_LINE_MAX:
            return False
        stop = len(text)
    line = text[start:stop].rstrip()
    if len(line.split()) > 4 or (line[-1] in ".!?…" and not line.endswith(("...", "…"))):
        return False
    if line.endswith(("...", "…")) or any(c.isdigit() or c.isupper() for c in line):
        return True  # "loading...", "waktu baca 2 menit", "kumparanNEWS": no prose's words
    before = text[text.rfind("\n", 0, line_break.start()) + 1 : line_break.start()].split()
    return bool(before) and before[-1][-1] != "," and not before[-1][0].islower()


_INITIALS_END = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}$")
"""A line ending in dotted initials ("e.g.", "U.S.", "т.е."), which the next line may go on
after."""


def _after_sentence(text: str, line_break: re.Match[str], never_final: re.Pattern[str]) -> bool:
    """Whether the line before `line_break` ends a sentence, in a text that writes each
    paragraph on a line: the lower-case line after it is a sentence of its own ("... Ihnat
    said.\niPhone footage showed ...", "«...», — сообщили.\nпо данным ...") that was run into
    the last sentence before it."""
    end = line_break.start()
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = max(0, end - 12)
    if end and text[end - 1] == ";":  # a list's item per line: "...р-на;\nэвакуировано ..."
        return True
    return (
        _ends_sentence(text, start, end)
        and not _INITIALS_END.search(text, start, end)
        and not never_final.search(text, start, end)  # "Kab.\nagam", "approx.\n40"
        and not _SHORT_WORD_END.search(text, start, end)  # "с 2014 г.\nв", "Main St.\nnear"
    )


_SHORT_WORD_END = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}\.$")
"""A line ending in a word of three letters or fewer and a full stop: an abbreviation that
may end a sentence ("г.", "тыс.", "St.", "dll.") more likely goes on to the next line."""


def _wrap_width(text: str) -> int | None:
    """The width `text` is wrapped at (wire copy, e-mail, Markdown), or None when it writes
    each paragraph on one line: in wrapped text most lines followed by another are full, the
    next line's first word would not have fitted."""
    lines = text[:WRAP_SCAN].split("\n")
    pairs = [(len(a.rstrip()), b.split(None, 1)[:1]) for a, b in itertools.pairwise(lines)]
    # A list's item opens its line whatever the width: items of similar lengths ("- 12 orang
    # tewas", "- 30 orang terluka") looked full, and the list was taken for a wrap.
    pairs = [
        (length, word)
        for length, word in pairs
        if length and word and not (word[0][0] in _ITEM_OPENERS and _item_word(word[0]))
    ]
    if len(pairs) < WRAP_MIN_LINES:
        return None
    width = max(length for length, _ in pairs)
    if width > WRAP_MAX_WIDTH:
        return None
    full = sum(length + 1 + len(word[0]) > WRAP_FILL * width for length, word in pairs)
    if full < WRAP_SHARE * len(pairs):
        return None
    # A wrap leaves no line longer than its width; a page whose paragraphs are long lines
    # under a header of short ones (headline, byline, time stamp) is not wrapped at all.
    longer = sum(len(line.rstrip()) > width for line in lines)
    return width if longer * WRAP_LONGER < full else None


_ITEM_OPENERS = _MARKERS | frozenset("—–")


def _item_word(word: str) -> bool:
    """Whether `word`, opening a line, is a list item's marker ("-", "•", "1.", "2)") or a
    Russian list's dash ("— погибли 12 человек")."""
    return word in _ITEM_OPENERS or (word[-1] in ".)" and word[:-1].isdigit() and len(word) <= 4)


def _full(text: str, line_break: re.Match[str], width: int) -> bool:
    """Whether the line ending at `line_break` is full: a wrap, not the end of a headline."""
    start = text.rfind("\n", 0, line_break.start()) + 1
    length = len(text[start : line_break.start()].rstrip())
    word = _WORD.match(text, line_break.start(2))
    return length + 1 + (word.end() - word.start() if word else 0) > WRAP_FILL * width


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past leading and trailing whitespace (str.strip's definition)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_WIDE_SPACES = "\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""The whitespace Rust's `char::is_whitespace` takes beyond ASCII, 2 or 3 bytes in UTF-8."""
_RUST_SPACES = "\t\n\x0b\x0c\r " + _WIDE_SPACES
_STOP = "(?=\\.(?![.!?]))"
"""A full stop that sentencex reads alone: "Z\u00a0..." and "Z\u00a0.!" make one
terminator of their marks, which is not looked at for an initial, and do not panic."""
_SPACE_BEFORE_STOP = re.compile(f"[{_WIDE_SPACES}]{_STOP}")
_STOP_AFTER_SPACE = re.compile(f"\\.(?<=[{_WIDE_SPACES}]\\.)(?![.!?])")
"""The same pairs, found by their full stop: `re` finds a leading literal quickly, a leading
class one character at a time (0.3 ms per 300 bench articles, not 1.7 ms: 5% of `segment`)."""
_PANIC_AT = re.compile(
    f"(?:(?<=[{_RUST_SPACES}./])|^)[A-Z][{_RUST_SPACES}]*[{_WIDE_SPACES}]{_STOP}"
)
"""Where sentencex (1.0.32) panics: a word of one ASCII capital ("Z", the "S" of "U.S"),
whitespace ending in a non-ASCII space, and a full stop: "Z\u00a0.", "U.S\u2009.". Taking
the capital for a name's initial, it slices the text before the full stop one byte short of
its end, which is inside that space's UTF-8 bytes. A random search (2 million short texts
of capitals, full stops, spaces and punctuation, in the 80 `NEWS_LANGUAGES` and Kazakh)
found no other panic once these were replaced."""
_PANIC_AT_DOTS = re.compile(
    f"(?:(?<=[{_RUST_SPACES}.])|^)[A-Z][{_RUST_SPACES}.]*[{_WIDE_SPACES}]{_STOP}"
)
"""The same in the languages whose last word before a full stop skips full stops too (and
not slashes): "S.\u00a0." panics there."""
_DOTS_SKIPPED = frozenset({"kk", "kaa"})  # sentencex's Kazakh, and Karakalpak falling back to it
_JOINER = "\u2060"
"""What sentencex reads for such a space: WORD JOINER, one character, no whitespace, so the
word before the full stop is no longer one capital. With an ASCII space it panics no more
but seldom ends a sentence there ("... checkpoint Z . Nobody was hurt." is one): it takes
the capital for an initial, which no one writes with a space before its full stop."""


def _for_sentencex(chunk: str, lang: str) -> str:
    """`chunk` as sentencex can read it in `lang`: each non-ASCII space before a full stop
    where it would panic (`_PANIC_AT`) made `_JOINER`, one character for one, so the offsets
    of its pieces are `chunk`'s. Other text is handed over as it is, and only text holding a
    non-ASCII space before a full stop is searched for a capital: ASCII text costs one
    `isascii`, other text one search for that rare pair. The panic was caught, but Rust had
    already written it to stderr: noise in `claimtrack import`'s output, where only our
    one-line messages belong, and a scribble on the TUI's screen."""
    if chunk.isascii() or _STOP_AFTER_SPACE.search(chunk) is None:
        return chunk
    return (_PANIC_AT_DOTS if lang in _DOTS_SKIPPED else _PANIC_AT).sub(_joined, chunk)


def _joined(match: re.Match[str]) -> str:
    """A `_PANIC_AT` match with each non-ASCII space before a full stop made `_JOINER`
    (Kazakh's "S.\u00a0.\u00a0." has two)."""
    return _SPACE_BEFORE_STOP.sub(_JOINER, match.group()[:-1]) + _JOINER


def _cuts(text: str, start: int, end: int, lang: str) -> list[int]:
    """Sentence start offsets within [start, end), reading it window by window."""
    cuts: list[int] = []
    position = start
    while True:
        stop = min(end, position + WINDOW)
        chunk, pieces = _sentencex(lang, text[position:stop])
        starts = _piece_starts(chunk, pieces)
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


def _sentencex(lang: str, chunk: str) -> tuple[str, list[str]]:
    """sentencex's sentences of `chunk`, and the text they are of: `_for_sentencex(chunk, lang)`,
    the same length. Should sentencex panic all the same (on something not yet known), the
    chunk is one piece, which `_cuts` cuts at spaces when long."""
    readable = _for_sentencex(chunk, lang)
    pieces = _unless_panic(lang, readable)
    return (readable, pieces) if pieces is not None else (chunk, [chunk])


def _unless_panic(lang: str, text: str) -> list[str] | None:
    """sentencex's sentences of `text`, or None when it panics. A Rust panic is a
    BaseException: uncaught, one odd character ended the import with a traceback. Rust has
    written the panic to stderr by then; that is left be: fd 2 is shared by the process's
    threads, and Textual's (the TUI's screen) and Rich's (the import's progress bar) would
    lose what they write while it pointed elsewhere. `_for_sentencex` avoids the panics
    known, so this is for the unknown."""
    try:
        return list(sentencex.segment(lang, text))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # pyo3's PanicException derives from BaseException only
        return None


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
# The same words for str.endswith, which picks the few spans the patterns need to see: a
# pattern searched at the end of every span cost 5% of `segment`.
_NEVER_FINAL_ENDS = {lang: tuple(words) for lang, words in _NEVER_FINAL.items()}
_TAIL = min(len(w) for words in _NEVER_FINAL.values() for w in words)
_NEVER_FINAL_TAILS = {
    lang: frozenset(w[-_TAIL:] for w in words) for lang, words in _NEVER_FINAL.items()
}
"""The last characters of those words: one set lookup rules out most spans, where
str.endswith tries every word in turn."""
_BEFORE_NUMBER_ENDS = {lang: tuple(words) for lang, words in _BEFORE_NUMBER.items()}
_LONGEST = max(
    len(w) for words in (*_NEVER_FINAL.values(), *_BEFORE_NUMBER.values()) for w in words
)


_DOMAIN_END = re.compile(r"(?:[a-z]{2,4}|[A-Z]{2,4})(?![^\W_])")
"""What follows a domain's dot: "CO" of "TEMPO.CO", "com" of "KOMPAS.com" (all capitals or
all lower case, short); "died.The army" is a missing space, two sentences."""


def _domain_end(text: str, start: int) -> bool:
    return _DOMAIN_END.match(text, start) is not None


def _table(lang: str) -> str:
    """The language whose abbreviation tables `lang` uses."""
    table = _SAME_ABBREVIATIONS.get(lang, lang)
    return table if table in _NEVER_FINAL_RE else FALLBACK_LANGUAGE


def _repair(
    text: str, spans: list[tuple[int, int]], lang: str, lines: set[int] | None = None
) -> list[tuple[int, int]]:
    """Join spans sentencex split at an abbreviation, before a lower-case continuation or
    inside a word ("TEMPO.CO", "KOMPAS.com": no sentence ends without a space after it).

    Spans separated by a blank line (two newlines in the whitespace between them) stay apart,
    and so does a span starting a line that ended a headline or paragraph (`lines`).
    """
    lines = lines or set()
    table = _table(lang)
    never_final, never_ends = _NEVER_FINAL_RE[table], _NEVER_FINAL_ENDS[table]
    never_tails = _NEVER_FINAL_TAILS[table]
    before_number, number_ends = _BEFORE_NUMBER_RE[table], _BEFORE_NUMBER_ENDS[table]
    dashes = _DASH_OPENERS
    initials = table == "ru"  # other languages list the words before a name as never final
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            before, after = joined[-1]
            first = text[start]
            if start not in lines and text.count("\n", after, start) < 2:
                tail = max(before, after - _LONGEST)
                # every abbreviation ends with a full stop
                ending = text[tail:after].lower() if text[after - 1] == "." else ""
                if (
                    (
                        after == start  # "TEMPO.CO"; "name.*"
                        and (
                            (ending and _domain_end(text, start))
                            or not text[start:end].strip(_EMPHASIS)
                        )
                    )
                    or (
                        ending[-_TAIL:] in never_tails
                        and ending.endswith(never_ends)
                        and never_final.search(text, tail, after)
                    )
                    or (
                        (  # most sentences: an abbreviation opens none of them
                            (
                                initials  # "Белгородской обл. В. Гладкова"
                                and end - start > 2
                                and text[start + 1] == "."
                                and _SHORT_ABBREVIATION.search(text, tail, after) is not None
                                and _INITIAL_NAME.match(text, start, end) is not None
                            )
                            if ending
                            # "“Where are they?” Mayor Vitali Klitschko asked."
                            else (
                                text[after - 1] in _QUOTE_ENDS
                                and after - 2 > before
                                and text[after - 2] in "?!"
                                and _QUOTE_ATTRIBUTION.match(text, start, end) is not None
                            )
                        )
                        if first.isupper()
                        else (
                            (
                                first.isdigit()
                                and ending.endswith(number_ends)
                                and before_number.search(text, tail, after)
                            )
                            or (first.islower() and _ends_sentence(text, before, after))
                            or (first in dashes and _attribution_dash(text, after, start, end))
                        )
                    )
                ):
                    joined[-1] = (before, end)
                    continue
        joined.append((start, end))
    return joined


_DASH_OPENERS = "—–-"
_EMPHASIS = "*_"
"""Markdown's emphasis closing after a full stop ("*... the spokesman's name.*"): no
sentence of its own."""
_QUOTE_ENDS = "\"”»'’"
_ADJUNCT_WORDS = 5
"""Words after the one opening an attribution's adjunct: "to reporters in Kyiv on Monday"."""
_CLAUSE_WORDS = (
    "(?:that|what|whether|if|how|why|who|which|it|he|she|they|we|there"
    "|is|are|was|were|has|have|had|will|would|must|could|should|can|may|might)"
)
"""Words of a clause of its own (its opener, subject pronoun or verb), which an
attribution's adjunct ("on Telegram", "in a statement") never holds."""
_GOES_ON = r"(?:(?!(?:no|some|every|any)thing\b|during\b)[a-z]+ing|who|whose|whom|which)"
"""What opens a clause going on from a speaker's after a comma: a participle ("adding",
"saying") or a relative pronoun ("who lost his home")."""
_QUOTE_ATTRIBUTION = re.compile(
    r"(?:[^\W\d_a-zа-яё][\w.'’-]*\s+(?:(?:of|the|and|al|bin|de|van|von)\s+)?){1,7}"
    r"(?:said|says|asked|asks|told|added|wrote|tweeted|posted|replied|shouted|insisted"
    r"|warned|declared|stated)"
    # an adjunct, short, telling where, when or to whom: no clause of its own ("that ...")
    r"(?:\s*,?\s+(?:on|in|at|to|during|after|before|via|from|according|late"
    r"|earlier|later|yesterday|today|this|last|when|while|reporters|journalists|Reuters|AP"
    r"|AFP|CNN|BBC|the (?:BBC|press|media))\b"
    rf"(?:\s+(?!{_CLAUSE_WORDS}\b)[\w.'’-]+){{0,{_ADJUNCT_WORDS}}})?"
    r"(?:,?\s*[.!?…]?[\"'”’»)]*\Z"
    # or the speaker's clause goes on after a comma: "asked, adding that ...", ", saying
    # ...", ", who ...", ", 45, who ...": about the speaker, not a sentence of its own
    rf"|,\s+(?:\d{{1,3}},\s+)?{_GOES_ON}\b)"
)
"""Who said a quotation ending in "?" or "!" after it, in capitalised words, the clause
ending the sentence: "Mayor Vitali Klitschko asked on Telegram.", "Russian Defence Minister
Sergei Shoigu said, according to RIA." (sentencex ends the sentence at the question mark).
"Putin said no." answers it; "Police said on Tuesday that 15 people had been detained." is
a sentence with its own content after a quotation ("Protesters chanted "No to war!"")."""
_SHORT_ABBREVIATION = re.compile(r"(?<![^\W\d_])[a-zа-яё]{2,4}\.$")
_INITIAL_NAME = re.compile(r"[^\W\d_a-zа-яё]\.\s?(?:[^\W\d_a-zа-яё]\.\s?)?[^\W\d_a-zа-яё][a-zа-яё]")
"""An initial and a name after a short abbreviation ("Белгородской обл. В. Гладкова", "пос.
И. И. Иванова"): a name in a sentence rarely opens the next one with its initial."""


def _attribution_dash(text: str, after: int, start: int, end: int) -> bool:
    """Whether the span [start, end) is a quotation's attribution after its dash, on the
    quotation's line: "«Кто виноват?» — спросил Песков.", "— Сколько погибших? — спросил
    корреспондент." (sentencex ends the sentence at the question mark; a reply, "— Когда? —
    В понедельник.", opens with a capital and stays apart)."""
    word = start + 1
    while word < end and text[word] in " \t\xa0":
        word += 1
    return (
        word > start + 1
        and word < end
        and text[word].islower()
        and "\n" not in text[after:start]
        and text[after - 1] in '?!…»”"'
    )


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether [start, end) ends like a sentence: terminal punctuation, maybe closing quotes."""
    position = end
    while position > start and text[position - 1] in _CLOSERS:
        position -= 1
    return position > start and text[position - 1] in _TERMINALS
