"""Times looking a speaker up by what the analyst typed, among 3,000 speakers: a plain name
("Putin"), a typo ("Vladimr Putin") and a name after a title ("President Putin", "президент
Путин"), each with the speakers' names worked out afresh per call (as every call did before
`lookup` kept them per version of the speakers table) and as kept.

    uv run python benchmarks/bench_lookup.py [--speakers 3000] [--rounds 7] [--calls 15]

"Afresh" forgets what `lookup` keeps before each call (`lookup.forget_names`), so both
columns come from the same code in the same run and their ratio holds on a noisy machine.
Rounds interleave the two ways; each figure is the median of the rounds' medians.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from claimtrack.model import Speaker
from claimtrack.services import lookup
from claimtrack.store import Store

_SYL = ("ka", "ra", "mar", "tu", "ni", "ag", "ja", "be", "di", "ter", "shu", "sha", "ste",
        "pa", "na", "kert", "bar", "da", "li", "ho", "gor", "vo", "lo", "sen", "mi")  # fmt: skip
_CYRILLIC = dict(zip(_SYL, ("ка", "ра", "мар", "ту", "ни", "аг", "я", "бе", "ди", "тер", "шу",
                            "ша", "сте", "па", "на", "керт", "бар", "да", "ли", "хо", "гор", "во",
                            "ло", "сен", "ми"), strict=True))  # fmt: skip

QUERIES = {
    "plain name": "Putin",
    "typo": "Vladimr Putin",
    "titled": "President Putin",
    "titled, Cyrillic": "президент Путин",
}


def desk(n: int, seed: int = 1) -> Store:
    """An open store of `n` speakers: two in three people with a surname alias and one in
    Cyrillic, the others ministries; and Vladimir Putin, whom the queries look for."""
    rng = random.Random(seed)
    store = Store.memory()
    with store.transaction("speaker.add", f"add {n} speakers") as tx:
        ids = tx.new_ids(n + 1)
        for i in range(n):
            first = [rng.choice(_SYL) for _ in range(2)]
            last = [rng.choice(_SYL) for _ in range(3)]
            latin = "".join(first).title(), "".join(last).title()
            if i % 3:
                cyrillic = " ".join("".join(_CYRILLIC[s] for s in w).title() for w in (first, last))
                tx.put(Speaker(ids[i], " ".join(latin), (latin[1], cyrillic), "person"))
            else:
                tx.put(Speaker(ids[i], f"{latin[1]} Ministry of Defence", (), "ministry"))
        names = ("Putin", "Владимир Путин", "Russian President")
        tx.put(Speaker(ids[n], "Vladimir Putin", names, "person"))
    return store


def timed(call: Callable[[], object], calls: int, before: Callable[[], None]) -> float:
    """Median ms of `calls` calls, `before` run ahead of each (untimed)."""
    spent = []
    for _ in range(calls):
        before()
        start = time.perf_counter()
        call()
        spent.append(time.perf_counter() - start)
    return statistics.median(spent) * 1000


def main(argv: list[str] | None = None) -> int:
    """Print each query's time afresh and kept, and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speakers", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=15, help="calls per round and query")
    args = parser.parse_args(argv)
    store = desk(args.speakers)
    forget = getattr(lookup, "forget_names", None)  # absent before the names were kept

    def afresh() -> None:
        if forget is not None:
            forget(store)

    def kept() -> None:
        pass

    for query in QUERIES.values():  # lexicons, RapidFuzz and attribution loaded once
        assert lookup.find_speaker(store, query).name == "Vladimir Putin", query
    figures: dict[str, dict[str, list[float]]] = {q: {"afresh": [], "kept": []} for q in QUERIES}
    for _ in range(args.rounds):
        for label, query in QUERIES.items():
            call = lambda q=query: lookup.find_speaker(store, q)  # noqa: E731
            figures[label]["afresh"].append(timed(call, args.calls, afresh))
            lookup.find_speaker(store, query)  # kept for the next calls
            figures[label]["kept"].append(timed(call, args.calls, kept))
    med = {q: {k: statistics.median(v) for k, v in f.items()} for q, f in figures.items()}
    print(f"find_speaker among {args.speakers + 1:,} speakers (median ms of {args.rounds} rounds)")
    if forget is None:
        print("(no lookup.forget_names: this code works every name out on each call)")
    print(f"{'query':<20}{'afresh':>10}{'kept':>10}{'afresh/kept':>13}")
    for label, m in med.items():
        ratio = m["afresh"] / m["kept"]
        print(f"{label:<20}{m['afresh']:>10.2f}{m['kept']:>10.2f}{ratio:>12.1f}×")
    plain = med["plain name"]["afresh"]  # as a plain name cost before: its names folded
    for label in ("titled", "titled, Cyrillic"):
        before, after = med[label]["afresh"] / plain, med[label]["kept"] / plain
        print(f"{label} / plain name afresh: {before:.1f}× afresh, {after:.1f}× kept")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
