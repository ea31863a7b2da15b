"""Per-sentence attribution rules: who is the subject of the cue, or what it points back to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.attribution.aliases import AliasIndex, Mention
from claimtrack.attribution.cues import Cue, Lexicon
from claimtrack.attribution.text import Folded, Token, fold, tokenize

# Quotes, dashes, colons and semicolons end the clause a subject can belong to.
_CLAUSE_BREAK_RE = re.compile(r"[\"“”«»„;:]|\s[—–-]\s|—|–")
# A speaker named after the cue runs to the next punctuation mark.
_PHRASE_END_RE = re.compile(r"[,.;:!?\"“”«»„()]|\s[—–-]\s|—|–")
_INVERSION_MARKS = frozenset(',"“”«»—–:')
MAX_NAME_WORDS = 7

SCORE_SUBJECT = 0.9
SCORE_INVERTED = 0.85
SCORE_QUOTED_BY = 0.85
SCORE_HEADLINE = 0.7
SCORE_PROPOSAL = 0.5


@dataclass(frozen=True, slots=True)
class Finding:
    """What one sentence says about its speaker, before carry-over is resolved.

    `kind` is "mention" (a registered speaker), "carry" (refers back: pronoun, short form or
    trailing cue; `refers`/`kinds` filter the antecedent) or "propose" (an unregistered name).
    """

    kind: str
    cue: str
    how: str
    score: float
    surface: str
    speaker: str | None = None
    refers: str = "any"
    kinds: tuple[str, ...] = ()


@dataclass(slots=True)
class Sentence:
    """A sentence prepared for the rules: folded text, tokens and (lazily) alias mentions."""

    text: str
    folded: Folded
    tokens: list[Token]
    index: AliasIndex
    _mentions: list[Mention] | None = None

    @classmethod
    def prepare(cls, text: str, index: AliasIndex) -> Sentence:
        """Fold and tokenise once."""
        folded = fold(text)
        return cls(text, folded, tokenize(text, folded), index)

    @property
    def mentions(self) -> list[Mention]:
        """Alias mentions, computed on first use (most sentences never need them)."""
        if self._mentions is None:
            self._mentions = self.index.mentions(self.tokens)
        return self._mentions

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end)."""
        return [t for t in self.tokens if t.start >= start and t.end <= end]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]


def analyse(sentence: Sentence, lexicon: Lexicon) -> Finding | None:
    """The best finding for one sentence: the first cue that names its speaker wins."""
    proposal: Finding | None = None
    for cue, fstart, fend in lexicon.find(sentence.folded.text):
        start, end = sentence.folded.to_original(fstart, fend)
        finding = _apply_cue(sentence, lexicon, cue, sentence.text[start:end], start, end)
        if finding is None:
            continue
        if finding.kind != "propose":
            return finding
        proposal = proposal or finding
    return _headline(sentence) or proposal


def _apply_cue(
    sentence: Sentence, lexicon: Lexicon, cue: Cue, surface: str, start: int, end: int
) -> Finding | None:
    if cue.category == "trailing":
        return Finding(
            "carry", surface, "trailing", SCORE_SUBJECT, surface, refers=cue.refers or "any"
        )
    if cue.category == "prepositional":
        return _after(sentence, lexicon, surface, end, SCORE_SUBJECT, "propose")
    if cue.category == "quoted_by":
        return _before(sentence, lexicon, surface, start, SCORE_QUOTED_BY, "propose")
    if _is_passive(sentence, lexicon, start):
        return None
    return _verb(sentence, lexicon, cue, surface, start, end)


def _verb(
    sentence: Sentence, lexicon: Lexicon, cue: Cue, surface: str, start: int, end: int
) -> Finding | None:
    """Look for the subject on the side(s) the cue's position allows, best side first."""
    before = cue.position in ("after-subject", "either")
    after = cue.position in ("before-subject", "either")
    inverted = after and (not before or _follows_break(sentence.text, start))
    # Registered names on either side beat pronouns ("X, an aide to Y, said it was ...");
    # after a non-inverted verb only a registered name can be its subject ("Об этом заявил
    # Алиев"): a pronoun there starts the reported clause ("says it has").
    sides = ["after", "before"] if inverted else ["before", "after"]
    sides = [s for s in sides if (before if s == "before" else after)]
    loose = [s for s in sides if s == "before" or inverted]
    attempts = [(s, "mentions") for s in sides]
    attempts += [(s, mode) for mode in ("resolve", "propose") for s in loose]
    for side, mode in attempts:
        if side == "after":
            finding = _after(sentence, lexicon, surface, end, SCORE_INVERTED, mode)
        else:
            finding = _before(sentence, lexicon, surface, start, SCORE_SUBJECT, mode)
        if finding is not None:
            return finding
    return None


def _follows_break(text: str, position: int) -> bool:
    """True when the cue comes right after a comma, quote or dash ("..., заявил Путин")."""
    before = text[:position].rstrip()
    return bool(before) and before[-1] in _INVERSION_MARKS


def _is_passive(sentence: Sentence, lexicon: Lexicon, start: int) -> bool:
    previous = [t for t in sentence.tokens if t.end <= start]
    return bool(previous) and previous[-1].norm in lexicon.passive_markers


def _before(
    sentence: Sentence, lexicon: Lexicon, cue: str, start: int, score: float, mode: str
) -> Finding | None:
    """The subject before a cue: the comma-chunk next to it, else the clause's first chunk."""
    clause_start = max(
        (m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence.text, 0, start)), default=0
    )
    chunks = _chunks(sentence.text, clause_start, start)
    adjacent = chunks[-1]
    if not _is_empty(sentence, lexicon, *adjacent):
        return _subject(sentence, lexicon, cue, adjacent, "before", score, mode, rightmost=True)
    if len(chunks) > 1:
        return _subject(sentence, lexicon, cue, chunks[0], "before", score, mode, rightmost=False)
    return None


def _after(
    sentence: Sentence, lexicon: Lexicon, cue: str, end: int, score: float, mode: str
) -> Finding | None:
    """The speaker named right after a cue ("Menurut X,", "..., заявил лидер X")."""
    stop = _PHRASE_END_RE.search(sentence.text, end)
    span = (end, stop.start() if stop else len(sentence.text))
    return _subject(sentence, lexicon, cue, span, "after", score, mode, rightmost=True)


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of text[start:end], as offset pairs (never empty list)."""
    pieces, cursor = [], start
    for index in range(start, end):
        if text[index] == ",":
            pieces.append((cursor, index))
            cursor = index + 1
    pieces.append((cursor, end))
    return pieces


def _is_empty(sentence: Sentence, lexicon: Lexicon, start: int, end: int) -> bool:
    return all(t.norm in lexicon.fillers for t in sentence.tokens_in(start, end))


def _subject(
    sentence: Sentence,
    lexicon: Lexicon,
    cue: str,
    span: tuple[int, int],
    how: str,
    score: float,
    mode: str,
    rightmost: bool,
) -> Finding | None:
    """Resolve one chunk: a registered alias, a pronoun, a short form, or a new name.

    `mode` says how far to go: "mentions" (registered names only), "resolve" (also pronouns
    and short forms) or "propose" (also an unregistered name).
    """
    mentions = [
        m
        for m in sentence.mentions_in(*span)
        if not _after_preposition(sentence, lexicon, m, span[0])
    ]
    if mentions:
        best = mentions[-1] if rightmost else mentions[0]
        surface = sentence.text[best.start : best.end]
        return Finding("mention", cue, how, score * best.score / 100, surface, speaker=best.speaker)
    if mode == "mentions":
        return None
    tokens = [t for t in sentence.tokens_in(*span) if t.norm not in lexicon.fillers]
    carry = _pronoun(sentence, lexicon, cue, tokens, how) or _short_form(
        sentence, lexicon, cue, span, how
    )
    if carry is not None:
        return carry
    if mode == "propose":
        return _proposal(sentence, lexicon, cue, tokens, how)
    return None


def _after_preposition(
    sentence: Sentence, lexicon: Lexicon, mention: Mention, span_start: int
) -> bool:
    """A mention governed by a preposition is an object, not a subject ("с Чавушоглу").

    Capitalised words just before the mention belong to the same name ("с Мевлютом
    Чавушоглу"); only prepositions inside the chunk count ("according to" ends with one).
    """
    index = mention.first_token - 1
    while index >= 0 and sentence.tokens[index].capitalised and index >= mention.first_token - 2:
        index -= 1
    if index < 0:
        return False
    previous = sentence.tokens[index]
    return previous.start >= span_start and previous.norm in lexicon.prepositions


def _pronoun(
    sentence: Sentence, lexicon: Lexicon, cue: str, tokens: list[Token], how: str
) -> Finding | None:
    """A pronoun subject: the last word before the cue, or the first one after it."""
    if not tokens or (how == "before" and len(tokens) > 2):
        return None
    token = tokens[0] if how == "after" else tokens[-1]
    if token.norm not in lexicon.pronouns:
        return None
    surface = sentence.text[token.start : token.end]
    refers = lexicon.pronouns[token.norm]
    return Finding("carry", cue, f"pronoun-{how}", SCORE_SUBJECT, surface, refers=refers)


def _short_form(
    sentence: Sentence, lexicon: Lexicon, cue: str, span: tuple[int, int], how: str
) -> Finding | None:
    """A short form ("the ministry", "Kementerian itu") standing alone as the subject."""
    tokens = sentence.tokens_in(*span)
    norms = [t.norm for t in tokens]
    for form in lexicon.short_forms:
        size = len(form.words)
        for first in range(len(norms) - size + 1):
            if tuple(norms[first : first + size]) != form.words:
                continue
            before, after = norms[:first], norms[first + size :]
            if all(n in lexicon.fillers or n in lexicon.prepositions for n in before) and all(
                n in lexicon.fillers for n in after
            ):
                surface = sentence.text[tokens[first].start : tokens[first + size - 1].end]
                return Finding(
                    "carry", cue, f"short-form-{how}", SCORE_SUBJECT, surface, kinds=form.kinds
                )
    return None


def _proposal(
    sentence: Sentence, lexicon: Lexicon, cue: str, tokens: list[Token], how: str
) -> Finding | None:
    """An unregistered speaker: a capitalised noun phrase at the start of the chunk."""
    while tokens and tokens[0].norm in lexicon.determiners:
        tokens = tokens[1:]
    if not tokens or not tokens[0].capitalised or tokens[0].norm.isdigit():
        return None
    head = tokens[0].norm
    if head in lexicon.prepositions or head in lexicon.pronouns or head in lexicon.np_breakers:
        return None
    name = [tokens[0]]
    for token in tokens[1:MAX_NAME_WORDS]:
        if token.norm in lexicon.np_breakers:
            break
        name.append(token)
    surface = sentence.text[name[0].start : name[-1].end]
    return Finding("propose", cue, f"propose-{how}", SCORE_PROPOSAL, surface)


def _headline(sentence: Sentence) -> Finding | None:
    """A headline "Name: claim" ("Путин: число погибших ...") attributes to Name."""
    colon = sentence.text.find(":")
    if colon <= 0 or ":" in sentence.text[colon + 1 :]:
        return None
    first = next(iter(sentence.mentions_in(0, colon)), None)
    if first is None or first.first_token != 0 or sentence.text[first.end : colon].strip():
        return None
    surface = sentence.text[first.start : first.end]
    return Finding("mention", ":", "headline", SCORE_HEADLINE, surface, speaker=first.speaker)
