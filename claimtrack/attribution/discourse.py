"""Rules across sentences: back-references, quotations over several sentences, statements.

Each rule only proposes a *link* "sentence i speaks with the voice of sentence j"; the
attributor applies a link when i has no suggestion of its own and j has one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimtrack.attribution.cues import Lexicon, starts_with
from claimtrack.attribution.text import Token

QUOTE_REACH = 4
"""How many sentences a quotation opened and left unclosed may run on for."""

_OPENING = "“«„"
_CLOSING = "”»"
_STRAIGHT = '"'
_TERMINAL = ".!?…"
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
DATELINE_WORDS = 6
"""An unterminated line this short ("Yerevan, 28 October 2020") is a dateline, not a claim."""


@dataclass(frozen=True, slots=True)
class Link:
    """Sentence `target` takes the speaker of sentence `source`, for `reason`."""

    target: int
    source: int
    reason: str


def links(
    text: str,
    spans: Sequence[tuple[int, int]],
    tokens: Sequence[Sequence[Token]],
    lexicon: Lexicon,
) -> list[Link]:
    """Every link, best first: explicit back-references, then quotations."""
    sentences = [text[start:end] for start, end in spans]
    joined = [_same_paragraph(text, spans, i) for i in range(len(spans))]
    found: list[Link] = []
    for i in range(len(spans) - 1):
        # "Об этом сообщил ...", "Hal itu disampaikan ...": explicit, so it may open the next
        # paragraph (Indonesian outlets often set it apart from the quotation).
        phrase = starts_with([t.norm for t in tokens[i + 1]], lexicon.back_references)
        if phrase:
            words = " ".join(phrase)
            found.append(Link(i, i + 1, f'the next sentence refers back to it ("{words} ...")'))
    for i, sentence in enumerate(sentences):
        if _opens(sentence):
            for j in range(i + 1, min(len(spans), i + 1 + QUOTE_REACH)):
                if not joined[j]:
                    if not _reopens(sentences[j]):
                        break
                    if _opens(sentences[j]):
                        continue  # a third paragraph of it may follow
                    # the paragraph that reopens it closes it: '"… oxygen," she said.'
                    reason = "the quotation it opens closes in a later paragraph"
                    found += [Link(k, j, reason) for k in range(i, j)]
                    break
                if _closes(sentences[j]):
                    reason = "the quotation it opens closes in a later sentence"
                    found += [Link(k, j, reason) for k in range(i, j)]
                    break
    for i, sentence in enumerate(sentences):
        if i > 0 and joined[i] and is_quotation(sentence):
            found.append(Link(i, i - 1, "a quotation standing alone after its speaker"))
    return found


def is_dateline(sentence: str, tokens: Sequence[Token]) -> bool:
    """A short line without closing punctuation: "Yerevan, 28 October 2020"."""
    return len(tokens) <= DATELINE_WORDS and sentence.rstrip()[-1:] not in _TERMINAL + '”»"'


def is_quotation(sentence: str) -> bool:
    """The whole sentence is one quotation: “...” or «...» or "...", maybe with a full stop."""
    body = sentence.strip().rstrip(_TERMINAL).strip()
    if len(body) < 2:
        return False
    first, last = body[0], body[-1]
    if first in _OPENING and last in _CLOSING:
        return sum(body.count(c) for c in _OPENING + _CLOSING) == 2
    return first == last == _STRAIGHT and body.count(_STRAIGHT) == 2


def _opens(sentence: str) -> bool:
    """Starts a quotation that does not close in this sentence."""
    body = sentence.lstrip()
    if body[:1] in _OPENING:
        return sum(body.count(c) for c in _OPENING) > sum(body.count(c) for c in _CLOSING)
    return body[:1] == _STRAIGHT and body.count(_STRAIGHT) % 2 == 1


def _reopens(sentence: str) -> bool:
    """Opens a paragraph with a quotation mark: where a quotation left open at the end of
    the paragraph before goes on (the English convention: a quotation over several
    paragraphs closes only in its last, and each paragraph reopens it), that paragraph
    carries it on rather than starting another."""
    return sentence.lstrip()[:1] in _OPENING + _STRAIGHT


def _closes(sentence: str) -> bool:
    """Closes a quotation opened in an earlier sentence."""
    body = sentence.lstrip()
    curly = sum(body.count(c) for c in _CLOSING) > sum(body.count(c) for c in _OPENING)
    return curly or (body[:1] != _STRAIGHT and body.count(_STRAIGHT) % 2 == 1)


def _same_paragraph(text: str, spans: Sequence[tuple[int, int]], index: int) -> bool:
    """Is sentence `index` in the same paragraph as the one before it?"""
    if index == 0:
        return False
    gap = text[spans[index - 1][1] : spans[index][0]]
    return _PARAGRAPH_BREAK.search(gap) is None
