"""Short random record ids and git-style unique-prefix lookup."""

from __future__ import annotations

import bisect
import os
import random
import secrets
from collections.abc import Callable, Container, Iterable

# Crockford-like lower-case alphabet: no i, l, o, u (easy to read aloud and type).
ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
ID_LENGTH = 7  # 32**7 ≈ 3.4e10: random ids from two analysts' stores practically never collide


_rng: random.Random = secrets.SystemRandom()
# Random bytes become id characters through a table (256 is a multiple of 32, so every
# character is equally likely); ids are drawn in blocks because drawing one character at a
# time cost more than segmenting the document on a large import.
_TO_ALPHABET = bytes(ord(ALPHABET[b % len(ALPHABET)]) for b in range(256))
_BLOCK = 256
_ready: list[str] = []  # drawn, not yet handed out
os.register_at_fork(after_in_child=_ready.clear)  # a forked child must not reuse our ids


def id_shaped(text: str) -> bool:
    """Whether `text` could be an id or the prefix of one typed (3+ characters of the id
    alphabet): a mistyped id, not a name, when a lookup finds nothing."""
    return 3 <= len(text) <= ID_LENGTH and all(ch in ALPHABET for ch in text)


def seed_ids(seed: int | None) -> None:
    """Make ids reproducible (tests, snapshots); None goes back to the system's randomness."""
    global _rng
    _rng = secrets.SystemRandom() if seed is None else random.Random(seed)
    _ready.clear()


def _refill(count: int) -> None:
    blocks = -(-count // _BLOCK) * _BLOCK
    chars = _rng.randbytes(ID_LENGTH * blocks).translate(_TO_ALPHABET)
    # Each id's characters followed by a space, then cut by `split` in C: a slice per id cost
    # twice as much as the rest of drawing an import's 10k ids.
    n = len(chars) // ID_LENGTH
    spaced = bytearray(b" ") * ((ID_LENGTH + 1) * n)
    for k in range(ID_LENGTH):
        spaced[k :: ID_LENGTH + 1] = chars[k : ID_LENGTH * n : ID_LENGTH]
    fresh = spaced.decode("ascii").split()
    fresh.reverse()  # pop() from the end hands them out in the order drawn
    _ready[:0] = fresh


def new_id(taken: Container[str] = ()) -> str:
    """A fresh random id not in `taken`."""
    return new_ids(1, taken)[0]


def new_ids(count: int, *taken: Container[str]) -> list[str]:
    """`count` distinct fresh random ids, none of them in any of `taken`."""
    return drawn_ids(count, *taken)[0]


def drawn_ids(count: int, *taken: Container[str]) -> tuple[list[str], set[str]]:
    """`new_ids`, and the same ids as a set: checking them builds it anyway, and a caller
    that must remember what it drew (a transaction's 10k) need not build it again."""
    out: list[str] = []
    while len(out) < count:
        wanted = count - len(out)
        if len(_ready) < wanted:
            _refill(wanted - len(_ready))
        drawn = _ready[-wanted:]
        del _ready[-wanted:]
        drawn.reverse()
        if not out:  # the usual case, checked in C: no repeat, and nothing taken
            fresh = set(drawn)
            if len(fresh) == len(drawn) and all(_disjoint(c, fresh) for c in taken):
                return drawn, fresh
        for container in taken:  # one pass per container: a comprehension, not a call per id
            drawn = [c for c in drawn if c not in container]
        if out or len(set(drawn)) < len(drawn):  # a repeat within the batch (practically never)
            seen, unique = set(out), []
            for candidate in drawn:
                if candidate not in seen:
                    seen.add(candidate)
                    unique.append(candidate)
            drawn = unique
        out.extend(drawn)
    return out, set(out)


def _disjoint(container: Container[str], fresh: set[str]) -> bool:
    """No id of `fresh` in `container` (a dict or set is asked in one call)."""
    if isinstance(container, dict):
        return container.keys().isdisjoint(fresh)
    if isinstance(container, (set, frozenset)):
        return container.isdisjoint(fresh)
    return not any(c in container for c in fresh)


# Both ways cost in proportion to the list's length: an insertion moves its tail (~0.1 ns per
# id), a merge copies and scans it (~23 ns per id). So merging wins from ~200 new ids on.
_MERGE_FROM = 200


class PrefixIndex:
    """A sorted set of ids answering "which ids start with this prefix" in O(log n)."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        # dict.fromkeys, not set: it drops repeats but keeps the order, so ids that arrive as
        # sorted runs (a store file's tables) sort in linear time (100k ids: ~5 ms, not ~50)
        self._ids: list[str] = sorted(dict.fromkeys(ids))

    def __contains__(self, item: object) -> bool:
        i = bisect.bisect_left(self._ids, item)  # type: ignore[type-var]
        return i < len(self._ids) and self._ids[i] == item

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, id_: str) -> None:
        """Insert an id (no-op when present)."""
        i = bisect.bisect_left(self._ids, id_)
        if i == len(self._ids) or self._ids[i] != id_:
            self._ids.insert(i, id_)

    def update(self, ids: Iterable[str]) -> None:
        """Insert many ids that are NOT present yet, with one merge of two sorted runs.

        One insertion at a time moves the list's tail once per id (an import of 10k
        statements into a 100k store spent ~0.15 s there), and checking membership here would
        cost a bisection per id: callers know their ids are new (the store checks its id map).
        """
        new = sorted(ids)
        if len(new) <= _MERGE_FROM:
            for id_ in new:
                self.add(id_)
            return
        merged = self._ids + new
        merged.sort()  # timsort finds the two sorted runs and merges them in linear time
        self._ids = merged

    def difference_update(self, ids: Iterable[str]) -> None:
        """Remove many ids (absent ones are ignored), filtering once when they are many."""
        gone = set(ids)
        if len(gone) * 8 > len(self._ids):
            self._ids = [i for i in self._ids if i not in gone]
        else:
            for id_ in gone:
                self.discard(id_)

    def discard(self, id_: str) -> None:
        """Remove an id (no-op when absent)."""
        i = bisect.bisect_left(self._ids, id_)
        if i < len(self._ids) and self._ids[i] == id_:
            del self._ids[i]

    def matching(
        self, prefix: str, limit: int = 10, keep: Callable[[str], bool] | None = None
    ) -> list[str]:
        """Up to `limit` ids starting with `prefix` (and accepted by `keep`), sorted.

        The filter runs while scanning, before the limit: capping first could hide the one
        id of the wanted kind behind others sharing the prefix.
        """
        prefix = prefix.lower()
        i = bisect.bisect_left(self._ids, prefix)
        out: list[str] = []
        while i < len(self._ids) and self._ids[i].startswith(prefix) and len(out) < limit:
            if keep is None or keep(self._ids[i]):
                out.append(self._ids[i])
            i += 1
        return out
