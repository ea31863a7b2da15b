"""The values the attribution rules pass around: a prepared sentence, a cue hit, a finding."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.attribution.aliases import AliasIndex, Mention
from claimtrack.attribution.text import Folded, Token, fold, tokenize


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
    voiced: bool = False
    """A body speaking through a person ("a spokesman for the Red Cross"): "he" may follow."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue found in a sentence: its surface text, offsets and whether it is impersonal."""

    surface: str
    start: int
    end: int
    impersonal: bool = False
    """A Russian impersonal plural ("сообщили в X"): X, after the preposition, is the speaker."""


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
