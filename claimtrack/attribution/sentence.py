"""The values the attribution rules pass around: a prepared sentence, a cue hit, a finding."""

from __future__ import annotations

import re
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
    names: tuple[str, ...] = ()
    """Stems a word of the antecedent's name must start with (`cues.ShortForm.names`)."""
    whole: bool = False
    """`names` are a body word's forms, which a word of the name must be, not start with:
    "суд" is no "Судья", "panel" no "Panelists"."""
    voiced: bool = False
    """A body speaking through a person ("a spokesman for the Red Cross"): "he" may follow."""
    body: str = ""
    """The kind of state body a phrase names with no country ("the defence ministry",
    "kementerian luar negeri", "министерство обороны": `bodies.body_kind`): only a body of
    that kind is its antecedent, and the document must say whose it is."""
    not_after: frozenset[str] = frozenset()
    """Words that, right before a word of `names` in a name, make it no antecedent ("the
    union" is no **European** Union: `Lexicon.definite_not_after`)."""
    indefinite: bool = False
    """A short form's body with an indefinite article ("**A** ministry spokesman said"):
    no reference to the ministry that spoke last, but to the one ministry the article has
    named; none or several, and nobody is suggested."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue found in a sentence: its surface text, offsets and whether it is impersonal."""

    surface: str
    start: int
    end: int
    impersonal: bool = False
    """A Russian impersonal plural ("сообщили в X"): X, after the preposition, is the speaker."""
    tells: bool = False
    """A verb of telling (`Cue.tells`): a dative right after it is whom it was told."""


@dataclass(slots=True)
class Sentence:
    """A sentence prepared for the rules: folded text, tokens and (lazily) alias mentions."""

    text: str
    folded: Folded
    tokens: list[Token]
    index: AliasIndex
    plain: str = ""
    """The text with the quotes around names made inert (`unquoted_names`), same length:
    what the rules look for breaks in."""
    _mentions: list[Mention] | None = None

    @classmethod
    def prepare(cls, text: str, index: AliasIndex) -> Sentence:
        """Fold and tokenise once."""
        text = without_insertions(text)
        folded = fold(text)
        return cls(text, folded, tokenize(text, folded), index, unquoted_names(text))

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


_INSERTION_RE = re.compile(r"\[[^\[\]\n]*\]|[\[\]]")


def without_insertions(text: str) -> str:
    """`text` with what stands in square brackets, brackets and all, blanked to spaces of
    the same length (offsets stay those of the statement).

    News brackets what it inserts into a quotation or a name ("Defence Minister Marek Halas
    [of Ostravia] said", "\"We [Kelmar] will respond\""), and text pasted from a page may
    hold markup ("[link=evil.example]Ivan Petrov[/link] said"): neither is the speaker's
    name, which reads on past it. A stray bracket goes too, so no name holds one.

    A capitalised name standing in brackets alone is the editor's substitution for who
    spoke ("The talks failed, [Dmitry Peskov] said"): only its brackets go, or the
    sentence lost its speaker."""
    if "[" not in text and "]" not in text:
        return text
    return _INSERTION_RE.sub(_blanked, text)


def _blanked(match: re.Match[str]) -> str:
    """An insertion blanked (`without_insertions`), or a substituted name unbracketed."""
    found = match.group()
    inside = found[1:-1]
    if len(found) > 2 and inside[:1].isupper() and not set("=/") & set(inside):
        return f" {inside} "
    return " " * len(found)


# A quoted name inside a phrase: after a word and a space ("компании «Волга Марин»", "PT
# "Pertamina"", "tanker "Kapitan Orlov""), never a quotation opening the sentence.
_QUOTED_NAME_RE = re.compile(r'(?<=[^\W_] )(["“«„])([^"“”«»„,.;:!?()]{1,60}?)(["”»“])')
INERT_QUOTE = "\u00b7"
"""What `unquoted_names` puts in place of a quote around a name."""


def unquoted_names(text: str) -> str:
    """`text` with the quotes around a name of one to four capitalised words replaced by an
    inert mark of the same length: "генеральный директор компании "Волга Марин" Игорь Белов"
    is one phrase, not a quotation that ends the speaker's name."""

    def inert(match: re.Match[str]) -> str:
        inside = match.group(2)
        words = inside.split()
        if inside != inside.strip() or not 1 <= len(words) <= 4:
            return match.group(0)
        if not all(w[0].isupper() or w[0].isdigit() for w in words):
            return match.group(0)  # a quotation: "we will go to the end"
        return f"{INERT_QUOTE}{inside}{INERT_QUOTE}"

    if not any(q in text for q in '"“«„'):
        return text
    return _QUOTED_NAME_RE.sub(inert, text)
