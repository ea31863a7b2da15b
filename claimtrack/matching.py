"""Fuzzy lookup of speakers and claims by what the analyst types (RapidFuzz lives here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from claimtrack.textnorm import fold

# A fuzzy match must reach this score and beat the runner-up by the margin to be unambiguous.
SPEAKER_CUTOFF = 80.0
SPEAKER_MARGIN = 8.0


@dataclass(frozen=True, slots=True)
class Match:
    """One ranked candidate: the key it belongs to, the name that matched, the score 0-100."""

    key: str
    name: str
    score: float


def rank(
    query: str, names: Sequence[tuple[str, str]], *, limit: int = 20, cutoff: float = 50.0
) -> list[Match]:
    """Rank (key, name) pairs against `query`, best first, one row per key.

    WRatio tolerates partial and reordered names ("defence ministry" vs "Azerbaijan
    Ministry of Defence"); both sides are folded (case, diacritics) first.
    """
    q = fold(query)
    if not q or not names:
        return []
    folded = [fold(n) for _, n in names]
    hits = process.extract(
        q,
        folded,
        scorer=fuzz.WRatio,
        processor=None,
        score_cutoff=cutoff,
        limit=max(limit * 4, 50),
    )
    best: dict[str, Match] = {}
    for _, score, idx in hits:
        key, name = names[idx]
        # Exact (folded) matches outrank any fuzzy near-miss.
        score = 101.0 if folded[idx] == q else float(score)
        if key not in best or score > best[key].score:
            best[key] = Match(key, name, score)
    return sorted(best.values(), key=lambda m: (-m.score, m.name))[:limit]
