"""Scores link suggestions and quantity extraction on the demo investigation against data/gold.

    uv run python benchmarks/eval_suggest.py

Prints contradiction recall@10 (a gold contradiction counts when it is among the top ten
candidates of one of its claims), precision and recall per relation over the full pass,
quantity extraction accuracy, and what was missed.
"""

from __future__ import annotations

import time

from claimtrack.resources import data_dir
from claimtrack.suggest.evaluation import evaluate_links, evaluate_quantities


def main() -> None:
    t0 = time.perf_counter()
    links = evaluate_links(data_dir())
    qty = evaluate_quantities(data_dir())
    seconds = time.perf_counter() - t0
    print(f"{'metric':<36}{'value':>8}")
    print(f"{'contradiction recall@10':<36}{links.contradiction_recall_at_10:>8.2f}")
    for rel in sorted(set(links.recall) | set(links.precision)):
        p = links.precision.get(rel)
        r = links.recall.get(rel)
        print(
            f"{rel + ' precision':<36}{p:>8.2f}"
            if p is not None
            else f"{rel + ' precision':<36}{'—':>8}"
        )
        print(
            f"{rel + ' recall':<36}{r:>8.2f}" if r is not None else f"{rel + ' recall':<36}{'—':>8}"
        )
    print(f"{'gold links/merges found':<36}{links.found:>4}/{links.expected}")
    print(f"{'candidates suggested':<36}{links.suggested:>8}")
    print(f"{'quantity sentences exactly right':<36}{qty.sentence_accuracy:>8.2f}")
    print(f"{'quantity precision':<36}{qty.precision:>8.2f}")
    print(f"{'quantity recall':<36}{qty.recall:>8.2f}")
    print(f"{'seconds':<36}{seconds:>8.2f}")
    if links.missed:
        print("\nmissed gold links/merges:")
        for m in links.missed:
            print("  " + m)
    if qty.wrong:
        print("\nquantity mismatches:")
        for w in qty.wrong:
            print("  " + w)


if __name__ == "__main__":
    main()
