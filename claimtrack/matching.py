"""Fuzzy lookup of speakers and claims by what the analyst types (RapidFuzz lives here)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Prefix

from claimtrack.textnorm import fold

# A fuzzy match must reach this score and beat the runner-up by the margin to be unambiguous.
SPEAKER_CUTOFF = 80.0
SPEAKER_MARGIN = 8.0
# Every typed word of 3+ letters must match some word of the name at least this well, so
# "Kementerian Luar Negeri Armenia" never lands on the Russian ministry on its other words.
WORD_FLOOR = 75.0
# A typed word is clearly a word of a name (`clearly`) when it starts it, or is a typo of it
# or of its start: a letter added, dropped, changed or two swapped (two from TWO_TYPOS
# letters, none under TYPO_LETTERS); or when only an ending of up to ENDING letters after
# STEM shared ones differs ("Захаровой" / "Захарова"). "Polhukam" is no "Polkam", nor
# "Kemenko" "Menko", though they score 86 and 83, above WORD_FLOOR, as "Aliyef" does.
TWO_TYPOS = 10
TYPO_LETTERS = 4
ENDING = 2
STEM = 4
# The fast first pass keeps this many candidates for the word-by-word rescoring.
PREFILTER = 300
PREFILTER_CUTOFF = 30.0

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Match:
    """One ranked candidate: the key it belongs to, the name that matched, the score 0-100."""

    key: str
    name: str
    score: float
    alias: bool = False
    """The name that matched is not the first listed for its key (a speaker's alias, not
    its name): between equal scores, a name ranks above another key's alias."""
    clear: bool = False
    """Every typed word of 3+ letters is clearly a word of the name (`clearly`), not merely
    alike: only then may a name be resolved without asking, or a picker's ⏎ take it rather
    than create what was typed."""


def words(text: str) -> list[str]:
    """Folded words (hyphens and punctuation split words: "Nagorno-Karabakh" is two)."""
    return _WORD.findall(fold(text))


def coverage(
    query_words: Sequence[str], name_words: Sequence[str], word_floor: float | None = None
) -> float:
    """How well every typed word is found in the name, 0-100, weighted by word length.

    A typed word scores 100 when it starts a name word (typing as you go), else its best
    `fuzz.ratio` (no processor: both sides are folded already) against the name's words, so
    "aliev" finds "Aliyev" and "defence ministry" prefers the ministry of defence over the
    foreign ministry. With `word_floor`, a typed word of 3+ letters matching no name word that
    well scores the name 0 (for resolving a name without asking; a picker ranks as you type).
    """
    return _scored(query_words, name_words, word_floor)[0]


def clearly(typed: str, word: str, *, typos: bool = True) -> bool:
    """Whether the folded `typed` word is clearly `word` and not another word alike: it
    starts it, or (with `typos`) it is one typo away from it or from its start as far as
    typed ("aliyef", "alij" for "aliyev"; two typos from TWO_TYPOS letters), or only its
    ending differs ("захаровой" / "захарова"). No typo in under TYPO_LETTERS letters ("tem" is
    no "kem-"). A spelling respelt by sound ("alief" from "aliyef") gets no typo on top:
    "arief" is one letter from it."""
    if word.startswith(typed):
        return True
    if _office_and_body(typed, word):  # "ministry" is no "minister" with its ending changed
        return False
    shared = Prefix.similarity(typed, word)
    if shared >= STEM and shared >= max(len(typed), len(word)) - ENDING:
        return True
    if not typos or len(typed) < TYPO_LETTERS:
        return False
    allowed = 1 + (len(typed) >= TWO_TYPOS)
    # a case ending on a name spelt otherwise: "Алиева" (alieva) for "Aliyev"
    bare = [typed[:-k] for k in (1, 2) if len(typed) - k >= TYPO_LETTERS]
    return (
        OSA.distance(typed, word, score_cutoff=allowed) <= allowed
        or OSA.distance(typed, word[: len(typed)], score_cutoff=1) <= 1
        # the name spelt otherwise, not lengthened: "Korsakova" is no "Korsak" in a case
        or any(OSA.distance(b, word, score_cutoff=1) <= 1 and not b.startswith(word) for b in bare)
    )


def _office_and_body(a: str, b: str) -> bool:
    """Whether one folded word is a person's office and the other a kind of body, by every
    lexicon ("minister" / "ministry", "president" / "presidency"): alike in letters, never
    one word misspelt, so a name only alike by them names someone else."""
    titles, bodies = all_titles_and_body_words()
    return (a in titles and b in bodies) or (a in bodies and b in titles)


def all_titles_and_body_words() -> tuple[frozenset[str], frozenset[str]]:
    """`cues.all_titles_and_body_words`, imported only when asked (attribution costs)."""
    from claimtrack.attribution.cues import all_titles_and_body_words as lexicons

    return lexicons()


def titled_remainder(query_words: Sequence[str], name_words: Sequence[str]) -> bool:
    """Whether the typed words are only what a person's title in a name is of: each is
    clearly one of the name's words, and the name ends, after the last of them, on a title's
    word none typed ("OpenSight" of "OpenSight analyst", "Mersland" of "Mersland's Foreign
    Minister"). What was typed names their outlet, body or country, not them. Not where a
    kind of body is named, typed or after it: "Azerbaijan Ministry" of "Azerbaijan Ministry
    of Defence", "Kementerian" of "Kementerian Pertahanan" are the body itself."""
    titles, _ = all_titles_and_body_words()
    if len(name_words) < 2 or name_words[-1] not in titles:
        return False
    last = -1
    for q in query_words:
        at = [i for i, n in enumerate(name_words) if clearly(q, n)]
        if not at:
            return False
        last = max(last, min(at))
    if last < 0 or last == len(name_words) - 1:
        return False
    return not any(n in _body_words() for n in name_words[last:])


def after_titles(text: str) -> str | None:
    """The folded words `text` goes on with after the office it opens with: "putin" of
    "President Putin", "pashinyan" of "Prime Minister Pashinyan", "путин" of "президент
    России Путин", "cavusoglu" of "Mr Cavusoglu". An analyst types a person's title before
    the name as the press writes it, though no alias of theirs holds both (`lookup` then
    looks the rest up among people). The opening is every lexicon's titles and one-word
    ranks (`honorific_words`) and the places they are of ("Russian", "России"), at least one
    a title. None when `text` opens with no title, is nothing else ("Prime Minister",
    "Presiden Rusia") or goes on with a place ("President Azerbaijan": an office)."""
    from claimtrack.attribution.places import names_a_place

    folded = words(text)
    titles = honorific_words()
    at = 0
    while at < len(folded) and (folded[at] in titles or names_a_place(folded[at])):
        at += 1
    rest = " ".join(folded[at:])
    if not rest or not any(w in titles for w in folded[:at]) or names_a_place(rest):
        return None
    return rest


@lru_cache(maxsize=1)
def honorific_words() -> frozenset[str]:
    """Every lexicon's titles (no body's word among them: `all_titles_and_body_words`) and
    its ranks of one word ("captain", "kapten"): what may stand before a person's name
    ("President", "Menteri", "президент", "Captain") and is no word of it."""
    from claimtrack.attribution.cues import available_languages, load_lexicon

    ranks = {r for lang in available_languages() for r in load_lexicon(lang).ranks if " " not in r}
    titles, bodies = all_titles_and_body_words()
    return frozenset(titles | (ranks - bodies))


def names_an_office(name: str) -> bool:
    """Whether a word of `name` is a title or a kind of body of any lexicon ("Russian
    President", "Presiden Rusia", "Menko Polkam"): an office or a body, not a person's own
    name, which a title typed before a name never looks up."""
    titles, bodies = all_titles_and_body_words()
    return any(w in titles or w in bodies for w in words(name))


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Every lexicon's one-word kinds of body, those also a title's word among them
    ("kementerian"): with one in it, a name is a body's."""
    from claimtrack.attribution.cues import available_languages, load_lexicon

    return frozenset(
        w for lang in available_languages() for w in load_lexicon(lang).kind_words if " " not in w
    )


def _scored(
    query_words: Sequence[str],
    name_words: Sequence[str],
    word_floor: float | None = None,
    typos: bool = True,
) -> tuple[float, bool]:
    """`coverage`, and whether every typed word of 3+ letters is `clearly` a name word."""
    if not query_words or not name_words:
        return 0.0, False
    total = 0.0
    weight = 0
    clear = True
    for q in query_words:
        best = 0.0
        for n in name_words:
            if len(q) >= 2 and n.startswith(q):
                best = 100.0
                break
            best = max(best, fuzz.ratio(q, n, processor=None, score_cutoff=0))
        if word_floor is not None and len(q) >= 3 and best < word_floor:
            return 0.0, False  # a typed word the name does not contain: another speaker
        word_clear = best == 100.0 or len(q) < 3
        if not word_clear and (clear or best < WORD_FLOOR):
            word_clear = any(clearly(q, n, typos=typos) for n in name_words)
        clear = clear and word_clear
        if best < WORD_FLOOR and not word_clear:
            # No word of the name is this one however written (a typo, a start, an ending,
            # or as alike as `alike_word` takes): the letters it shares with one ("perawat",
            # "pertahanan" / "perdana", "pasukan" / "pashinyan": ~70) say nothing. Credited,
            # they ranked "Perdana Menteri Armenia" (Pashinyan) above the ministry typed.
            best = 0.0
        total += best * len(q)
        weight += len(q)
    return total / weight, clear


class RankedNames:
    """(key, name) pairs as `rank` reads them: each name folded, and where each key's names
    begin, worked out once. `rank` given the pairs alone folds every name on each call: a
    speaker looked up among 3,000 (12,000 names, romanised too) spent most of its time so,
    three times over in `rank_across_scripts`. A caller asking again (`lookup`, keeping
    them while the speakers are unchanged) passes these instead."""

    __slots__ = ("_words", "first", "folded", "pairs")

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.pairs: Sequence[tuple[str, str]] = pairs
        self.folded = [fold(n) for _, n in pairs]
        self.first: dict[str, int] = {}
        """Each key's position of its first name (its own; the others are aliases)."""
        for idx, (key, _) in enumerate(pairs):
            self.first.setdefault(key, idx)
        self._words: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self.pairs)

    def words(self, idx: int) -> list[str]:
        """The words of the name at `idx` (`words`), split once."""
        found = self._words.get(idx)
        if found is None:
            found = self._words[idx] = words(self.folded[idx])
        return found


def ranked_names(names: Sequence[tuple[str, str]] | RankedNames) -> RankedNames:
    """`names` as `rank` reads them (themselves, if they are so already)."""
    return names if isinstance(names, RankedNames) else RankedNames(names)


def rank(
    query: str,
    names: Sequence[tuple[str, str]] | RankedNames,
    *,
    limit: int = 20,
    cutoff: float = 50.0,
    word_floor: float | None = None,
    typos: bool = True,
) -> list[Match]:
    """Rank (key, name) pairs against `query`, best first, one row per key.

    A fast `fuzz.WRatio` pass (processor=None on folded text, score_cutoff=PREFILTER_CUTOFF)
    keeps the plausible names; `coverage` then scores them word by word. Exact (folded)
    matches score 101 so they always win. A key's first name is its own (a speaker's name);
    the others (aliases) give way to it when scores tie. A key is `Match.clear` when any of
    its names clearly is what was typed (`typos`: as `clearly` takes them). `names` may
    come as `RankedNames`, worked out once for calls to come.
    """
    q = fold(query)
    if not q or not names:
        return []
    prepared = ranked_names(names)
    folded, first = prepared.folded, prepared.first
    hits = process.extract(
        q,
        folded,
        scorer=fuzz.WRatio,
        processor=None,
        score_cutoff=PREFILTER_CUTOFF,
        limit=PREFILTER,
    )
    q_words = words(q)
    best: dict[str, Match] = {}
    for _, _, idx in hits:
        key, name = prepared.pairs[idx]
        if folded[idx] == q:
            score, clear = 101.0, True
        else:
            name_words = prepared.words(idx)
            score, clear = _scored(q_words, name_words, word_floor, typos)
            if clear and titled_remainder(q_words, name_words):
                clear = False
        if score < cutoff:
            continue
        _keep(best, Match(key, name, score, alias=idx != first[key], clear=clear))
    return sorted(best.values(), key=_order)[:limit]


def _keep(best: dict[str, Match], found: Match) -> None:
    """Keep the better of a key's matches, clear if either is."""
    held = best.get(found.key)
    if held is None:
        best[found.key] = found
        return
    better = found if _order(found) < _order(held) else held
    best[found.key] = replace(better, clear=held.clear or found.clear)


def _order(m: Match) -> tuple[float, bool, str]:
    """Best first: the higher score, then a name before an alias, then alphabetical."""
    return (-m.score, m.alias, m.name)


def romanised_names(names: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`names` plus each name romanised where that differs ("Владимир Путин" → "vladimir
    putin"), for `rank_across_scripts`: short names only, it costs a few µs a name."""
    from claimtrack.attribution.same_speaker import romanised, sounded

    # Spelt one way per sound ("Ренц" -> "rents" -> "renz", as the press writes "Renz"); the
    # query is compared romanised and sounded too. One extra name per name at most: more
    # would crowd other speakers out of `rank`'s first pass.
    extra = [(k, sounded(r)) for k, n in names if (r := romanised(n)) != n.casefold()]
    return [*names, *extra]


def rank_across_scripts(
    query: str,
    names: Sequence[tuple[str, str]] | RankedNames,
    *,
    limit: int = 20,
    cutoff: float = 50.0,
    word_floor: float | None = None,
) -> list[Match]:
    """`rank` over `romanised_names(...)`, with the query also romanised: "карабах" finds
    "Nagorno-Karabakh officials", "tatevosyan" finds "Унан Татевосян"."""
    from claimtrack.attribution.same_speaker import romanised, sounded

    names = ranked_names(names)  # folded once for the up to three ranks below
    ranked = {"limit": limit, "cutoff": cutoff, "word_floor": word_floor}
    best = {m.key: m for m in rank(query, names, **ranked)}  # type: ignore[arg-type]
    latin = romanised(query)
    for other in dict.fromkeys((latin, sounded(latin))):
        if other and other != query.casefold():
            # Typos count in the romanised query, not in one respelt by sound ("aliyef" as
            # "alief", one letter from "arief")
            typos = other == latin
            for m in rank(other, names, **ranked, typos=typos):  # type: ignore[arg-type]
                _keep(best, m)
    return sorted(best.values(), key=_order)[:limit]


def alike_word(typed: str, word: str) -> bool:
    """Whether two folded words are one word however written: `clearly` (a start, a typo, a
    case ending) or at least WORD_FLOOR alike by `fuzz.ratio` (no processor: both are folded
    and romanised already), as a resolved name's every word must be ("zyudmark" from
    "Зюдмарк" scores 80 against "sudmark"). Used to hold back, never to pick a speaker."""
    return clearly(typed, word) or fuzz.ratio(typed, word, processor=None) >= WORD_FLOOR
