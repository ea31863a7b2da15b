"""Finds registered speakers' aliases in a sentence, tolerant to case, diacritics, inflection
and word order (RapidFuzz on folded words, blocked by a word-prefix index)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimtrack.attribution.text import Token, tokenize, words
from claimtrack.model import Speaker

KEY_LENGTH = 4
"""Words are blocked by their first four letters: enough to survive Russian and Indonesian
endings ("Алиев"/"Алиевым", "Азербайджан"/"Азербайджана") while keeping candidate lists short."""

WORD_CUTOFF = 85.0
"""A misspelt word must reach this `fuzz.ratio` to count ("Harutiunyan" ~ "Harutyunyan"); its
first KEY_LENGTH letters must still be right, since candidates are blocked on them."""

INFLECTED_SCORE = 95.0
"""Score given to a word that differs from the alias word only by a short ending."""

MAX_ENDING = 3
"""Longest ending (in letters) accepted as an inflection after a shared stem of KEY_LENGTH+."""

EXTRA_WORD_PENALTY = 3.0
"""Score lost per unmatched word inside a mention ("Ministry of the Republic's Defence")."""


@dataclass(frozen=True, slots=True)
class Alias:
    """One alias of one speaker, as folded content words."""

    speaker: str
    text: str
    words: tuple[str, ...]
    keys: tuple[str, ...]
    """The blocking key (first letters) of each word."""
    adjective: bool = False
    """The stem of an adjective made of the speaker's place name ("армянск" for Armenia)."""
    exact: bool = False
    """Only the word itself: a surname of KEY_LENGTH letters ("Renz" is not "Renzi")."""
    capitals: frozenset[str] = frozenset()
    """Words registered in capitals ("WHO", "US"): they match a capitalised word only, never
    the function word they fold to ("those **who** survived")."""


@dataclass(frozen=True, slots=True)
class Mention:
    """An alias found in a sentence: [start, end) are offsets in the sentence."""

    speaker: str
    alias: str
    start: int
    end: int
    score: float
    size: int
    first_token: int
    adjective: bool = False
    """Found through an adjective of a place ("Армянская сторона"), not the name itself."""


def word_score(alias_word: str, text_word: str) -> float:
    """How well a text word matches an alias word (0..100): exact, inflected, or misspelt."""
    if alias_word == text_word:
        return 100.0
    stem = _shared_prefix(alias_word, text_word)
    longest = max(len(alias_word), len(text_word))
    if stem >= KEY_LENGTH and longest - stem <= MAX_ENDING:
        if _office_and_body(alias_word, text_word):
            return 0.0  # "Health Minister" is a person, "Health Ministry" the body
        return INFLECTED_SCORE
    if min(len(alias_word), len(text_word)) <= KEY_LENGTH or _office_and_body(
        alias_word, text_word
    ):
        return 0.0  # nor is "Kemenko" (the ministry) "Menko" (the minister)
    return fuzz.ratio(alias_word, text_word, processor=None, score_cutoff=WORD_CUTOFF)


def _office_and_body(a: str, b: str) -> bool:
    """Whether one word is a person's office and the other a kind of body."""
    from claimtrack.attribution.cues import all_titles_and_body_words

    titles, bodies = all_titles_and_body_words()
    return (a in titles and b in bodies) or (a in bodies and b in titles)


def _shared_prefix(a: str, b: str) -> int:
    """Length of the common beginning of two words."""
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


def _key(word: str) -> str:
    return word[:KEY_LENGTH]


def _capitals(name: str) -> frozenset[str]:
    """The folded words of `name` written in capitals that fold to a function word ("WHO",
    "US"); a name typed all in capitals ("MINISTRY OF DEFENCE", "МИД") matches any case."""
    from claimtrack.attribution.cues import all_function_words

    function_words = all_function_words()
    return frozenset(
        t.norm
        for t in tokenize(name)
        if t.end - t.start > 1 and name[t.start : t.end].isupper() and t.norm in function_words
    )


class AliasIndex:
    """Every alias of every speaker, indexed by the prefix of its rarest word."""

    def __init__(self, speakers: Iterable[Speaker], stopwords: frozenset[str]) -> None:
        self._stopwords = stopwords
        self._kinds: dict[str, str] = {}
        self._aliases: list[Alias] = []
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for speaker in speakers:
            self._kinds[speaker.id] = speaker.kind
            for name, content, form in _alias_forms(speaker, stopwords):
                if (speaker.id, content) not in seen:
                    seen.add((speaker.id, content))
                    keys = tuple(_key(w) for w in content)
                    adjective = form == "adjective"
                    exact = form == "surname" and len(content[0]) <= KEY_LENGTH
                    self._aliases.append(
                        Alias(speaker.id, name, content, keys, adjective, exact, _capitals(name))
                    )
        frequency = Counter(_key(w) for a in self._aliases for w in set(a.words))
        self._by_key: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for number, alias in enumerate(self._aliases):
            anchor = min(
                range(len(alias.words)),
                key=lambda i, a=alias: (frequency[_key(a.words[i])], -len(a.words[i])),
            )
            self._by_key[_key(alias.words[anchor])].append((number, anchor))

    def __len__(self) -> int:
        return len(self._aliases)

    def kind(self, speaker: str) -> str:
        """The kind of a registered speaker ("person", "media", ...)."""
        return self._kinds.get(speaker, "other")

    def mentions(self, tokens: Sequence[Token]) -> list[Mention]:
        """Non-overlapping alias mentions in a tokenised sentence, left to right."""
        content = [(n, t) for n, t in enumerate(tokens) if t.norm not in self._stopwords]
        keys = {_key(t.norm) for _, t in content}
        found: dict[tuple[str, int, int], Mention] = {}
        for position, (_, token) in enumerate(content):
            for number, anchor in self._by_key.get(_key(token.norm), ()):
                alias = self._aliases[number]
                # Blocking: every alias word must share its first letters with some word here.
                if not keys.issuperset(alias.keys):
                    continue
                if word_score(alias.words[anchor], token.norm) == 0.0:
                    continue
                mention = self._best_window(alias, content, position)
                if mention is not None:
                    key = (mention.speaker, mention.start, mention.end)
                    if key not in found or found[key].score < mention.score:
                        found[key] = mention
        return _without_overlaps(found.values())

    def _best_window(
        self, alias: Alias, content: list[tuple[int, Token]], position: int
    ) -> Mention | None:
        """The best-scoring window around `position` that holds every word of `alias`."""
        size = len(alias.words)
        best: Mention | None = None
        for width in (size, size + 1):
            for first in range(max(0, position - width + 1), position + 1):
                window = content[first : first + width]
                if len(window) < width:
                    continue
                mention = _match_window(alias, window, width - size)
                if mention is not None and (best is None or mention.score > best.score):
                    best = mention
        return best


PEOPLE_KINDS = frozenset({"person", "officials", "other"})
"""Kinds of speaker a person may be filed under: a person, the officials of a body she is
one of, or no kind told."""


def named_as_person(speaker: Speaker) -> bool:
    """Whether a speaker is a person: registered as one, or registered as another kind under
    a name of two or three words opening with a listed first name ("Irina Dovgal" as
    officials). An analyst's kind is a filing choice; her surname still finds her, and a
    body ("United Nations") opens with no first name. Filed under a kind that may hold a
    person (`PEOPLE_KINDS`), a name every language reads as a person's is one too, first
    name listed or not ("Hendra Wijaya" as officials)."""
    from claimtrack.attribution.gender import is_listed_first_name
    from claimtrack.attribution.proposals import read_as_a_person

    if speaker.kind == "person":
        return True
    parts = speaker.name.split()
    if not 2 <= len(parts) <= 3:
        return False
    if is_listed_first_name(parts[0]):
        return True
    return speaker.kind in PEOPLE_KINDS and read_as_a_person(speaker.name)


def _alias_forms(
    speaker: Speaker, stopwords: frozenset[str]
) -> list[tuple[str, tuple[str, ...], str]]:
    """Every name and alias as content words; a person's surname stands alone too; a place's
    adjectives stand for it (the third item says which: "name", "surname", "adjective").

    The surname comes from the registered `name` only ("Ilham Aliyev" -> "Aliyev", "Recep
    Tayyip Erdogan" -> "Erdogan"): aliases are often titles ("Presiden Azerbaijan") whose last
    word is no surname. A person is one by `named_as_person`, whatever kind the analyst
    filed her under ("Irina Dovgal" as officials). A speaker named by a place alone
    ("Armenia", "Армения") also answers to the adjective's stem in languages whose
    adjectives share no prefix with the name ("армянск": "Армянская сторона"); the stem's
    endings match as inflections.
    """
    from claimtrack.attribution.places import adjective_stems, place_named

    forms: list[tuple[str, tuple[str, ...], str]] = []
    places: set[str] = set()
    for name in speaker.names:
        content = tuple(w for w in words(name) if w not in stopwords)
        if content:
            forms.append((name, content, "name"))
            forms += [(name, other, "name") for other in _compound_forms(content, stopwords)]
        if speaker.kind != "person" and (place := place_named(name)) is not None:
            places.add(place)
    for place in sorted(places):
        forms += [(stem, (stem,), "adjective") for stem in adjective_stems(place)]
    parts = speaker.name.split()
    if named_as_person(speaker) and 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts):
        surname = words(parts[-1])
        if len(surname) == 1 and len(surname[0]) >= KEY_LENGTH:
            forms.append((parts[-1], surname, "surname"))
    return forms


def _compound_forms(content: tuple[str, ...], stopwords: frozenset[str]) -> list[tuple[str, ...]]:
    """The same name with a body's short name spelt out or its full words shortened:
    "Минобороны Орваны" <-> "Министерство обороны Орваны" (the first full word may be in
    another case: "Министерства обороны")."""
    from claimtrack.attribution.cues import all_compound_names

    out: list[tuple[str, ...]] = []
    for short, full in all_compound_names().items():
        full = tuple(w for w in full if w not in stopwords)
        if short in content:
            at = content.index(short)
            out.append(content[:at] + full + content[at + 1 :])
        for at in range(len(content) - len(full) + 1):
            window = content[at : at + len(full)]
            if window[1:] == full[1:] and word_score(full[0], window[0]) >= INFLECTED_SCORE:
                out.append((*content[:at], short, *content[at + len(full) :]))
    return out


_CASE_ENDINGS = frozenset({"а", "у", "е", "ом", "ым", "ои"})  # folded: "ой" reads "ои"
"""Russian case endings a surname takes ("Ренца", "Ренцу", "Ренцем" aside)."""


def _exactly(alias_word: str, text_word: str) -> float:
    """A short surname's score: the word itself, or in Russian the word with a case ending
    ("Ренца"); nothing else ("Renz" is not "Renzi")."""
    if alias_word == text_word:
        return 100.0
    ending = text_word[len(alias_word) :]
    cyrillic = "а" <= alias_word[:1] <= "я"
    found = cyrillic and text_word.startswith(alias_word) and ending in _CASE_ENDINGS
    return INFLECTED_SCORE if found else 0.0


def _match_window(alias: Alias, window: list[tuple[int, Token]], extra: int) -> Mention | None:
    """Match every alias word to a distinct window word, in any order, or give up."""
    used: set[int] = set()
    total = 0.0
    for alias_word in alias.words:
        scored = [
            (
                _exactly(alias_word, token.norm)
                if alias.exact
                else word_score(alias_word, token.norm),
                slot,
            )
            for slot, (_, token) in enumerate(window)
            if slot not in used and (token.capitalised or alias_word not in alias.capitals)
        ]
        score, slot = max(scored, default=(0.0, -1))
        if score == 0.0:
            return None
        used.add(slot)
        total += score
    if extra and (0 not in used or len(window) - 1 not in used):
        return None  # the spare word must sit inside the mention, not dangle at an edge
    matched = [window[slot] for slot in sorted(used)]
    score = total / len(alias.words) - EXTRA_WORD_PENALTY * extra
    return Mention(
        speaker=alias.speaker,
        alias=alias.text,
        start=matched[0][1].start,
        end=matched[-1][1].end,
        score=score,
        size=len(alias.words),
        first_token=matched[0][0],
        adjective=alias.adjective,
    )


def _without_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep the longest, then best-scoring, mentions that do not overlap."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-m.size, -m.score, m.start)):
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)
