"""Speakers registered twice: one person under a Latin and a Cyrillic name.

A desk that starts from nobody registers speakers as it reads: "Vladimir Putin" from an
English article, "Владимир Путин" from a Russian one, "Mevlut Cavusoglu" and "Мевлют
Чавушоглу". Each is right in its article, but the track record is split in two until the
analyst merges them. Names are compared in Latin letters (anyascii transliterates any
script; case and diacritics folded), every name and alias of one speaker against every one
of another, with RapidFuzz; the Speakers view and `speaker list` show the likely pairs. Only
a hint: merging stays the analyst's call (`m`, `speaker merge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz import fuzz, process

from claimtrack.attribution.text import fold_str
from claimtrack.model import Speaker

SAME_CUTOFF = 85.0
"""`fuzz.ratio` of two romanised names from which they are likely one speaker: "ilkham aliev"
/ "ilham aliyev" scores 88, "khikmet gadzhiev" / "hikmet hajiyev" only 73."""
MIN_LETTERS = 4
"""Shorter names (acronyms such as "МИД") match too much by chance."""


@dataclass(frozen=True, slots=True)
class LikelySame:
    """Another speaker that is likely this one, and the two names that say so."""

    other: str
    name: str
    other_name: str
    score: float


def romanised(name: str) -> str:
    """A name in lower-case Latin letters and digits ("Мевлют Чавушоглу" -> "mevlyut
    chavushoglu", "Çavuşoğlu" -> "cavusoglu")."""
    latin = anyascii(fold_str(name)).lower()
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", latin).split())


WORD_CUTOFF = 75.0
"""Every word of one name must match the word in the same place of the other this well:
"ministry of defence of armenia" and "... of azerbaijan" are alike as strings, not as names."""


def likely_same(
    speakers: Sequence[Speaker], only: str | None = None
) -> dict[str, list[LikelySame]]:
    """For each speaker (or only the one with id `only`), the others whose names match its
    own once romanised, best first."""
    entries = [
        (speaker.id, name, roman)
        for speaker in speakers
        for name in speaker.names
        if len(roman := romanised(name)) >= MIN_LETTERS
    ]
    queries = [entry for entry in entries if only is None or entry[0] == only]
    if not queries or len(entries) < 2:
        return {}
    scores = process.cdist(
        [roman for _, _, roman in queries],
        [roman for _, _, roman in entries],
        scorer=fuzz.ratio,
        processor=None,  # romanised already
        score_cutoff=SAME_CUTOFF,
        workers=1,
    )
    best: dict[tuple[str, str], LikelySame] = {}
    for i, j in zip(*scores.nonzero(), strict=True):
        (a, name_a, roman_a), (b, name_b, roman_b) = queries[i], entries[j]
        if a == b or not _same_words(roman_a, roman_b):
            continue
        found = LikelySame(b, name_a, name_b, float(scores[i, j]))
        if (a, b) not in best or best[(a, b)].score < found.score:
            best[(a, b)] = found
    out: dict[str, list[LikelySame]] = {}
    for (a, _), found in sorted(best.items(), key=lambda item: (-item[1].score, item[0])):
        out.setdefault(a, []).append(found)
    return out


def _same_words(a: str, b: str) -> bool:
    """Word for word alike, and the same numbers ("District 12" is not "District 13")."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False
    return all(
        fuzz.ratio(x, y, processor=None, score_cutoff=WORD_CUTOFF) >= WORD_CUTOFF
        for x, y in zip(words_a, words_b, strict=True)
    )
