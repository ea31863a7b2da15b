"""Scores link suggestions and quantity extraction on the demo and the held-out gold, side by side.

    uv run python benchmarks/eval_suggest.py [--verbose]

Prints, for data/demo (gold written with the tool in view) and data/gold/heldout (articles
in other styles plus the shared seed article when present, gold written before the tool
was tuned on them): contradiction recall@10 (a gold contradiction counts when it is among
the top ten candidates of one of its claims), precision and recall per relation over the
full pass, quantity extraction scores. --verbose lists what was missed and what was wrong.
"""

from __future__ import annotations

import argparse
import time

from claimtrack.evaluation.links import (
    LinkScores,
    QuantityScores,
    evaluate_links,
    evaluate_quantities,
)
from claimtrack.resources import data_dir


def _cell(value: float | None) -> str:
    return f"{value:>10.2f}" if value is not None else f"{'—':>10}"


def _rows(links: LinkScores, qty: QuantityScores) -> dict[str, str]:
    rows = {"contradiction recall@10": _cell(links.contradiction_recall_at_10)}
    for rel in ("all", "contradicts", "responds-to", "same-claim", "supports"):
        rows[f"{rel} precision"] = _cell(links.precision.get(rel))
        rows[f"{rel} recall"] = _cell(links.recall.get(rel))
    rows["gold links/merges found"] = f"{f'{links.found}/{links.expected}':>10}"
    rows["candidates suggested"] = f"{links.suggested:>10}"
    rows["quantity sentences exactly right"] = _cell(qty.sentence_accuracy)
    rows["quantity precision"] = _cell(qty.precision)
    rows["quantity recall"] = _cell(qty.recall)
    rows["quantity sentences scored"] = f"{qty.sentences:>10}"
    return rows


def _details(title: str, links: LinkScores, qty: QuantityScores) -> None:
    for label, items in (
        ("missed gold links/merges", links.missed),
        ("suggestions matching no gold link", links.wrong),
        ("gold keys not found (seed absent?)", links.skipped),
        ("quantity mismatches", qty.wrong),
    ):
        if items:
            print(f"\n[{title}] {label}:")
            for item in items:
                print("  " + item)


def main() -> None:
    parser = argparse.ArgumentParser(description="Suggestions and quantities vs demo and held-out")
    parser.add_argument("--verbose", action="store_true", help="list misses and wrong ones")
    args = parser.parse_args()
    t0 = time.perf_counter()
    demo = (evaluate_links(data_dir()), evaluate_quantities(data_dir()))
    held = (
        evaluate_links(data_dir(), heldout=True),
        evaluate_quantities(data_dir(), heldout=True),
    )
    seconds = time.perf_counter() - t0
    left, right = _rows(*demo), _rows(*held)
    print(f"{'metric':<36}{'demo':>10}{'held-out':>10}")
    for name in left:
        print(f"{name:<36}{left[name]}{right[name]}")
    print(f"{'seconds (both)':<36}{seconds:>10.2f}")
    if held[0].skipped:
        print(f"held-out: {len(held[0].skipped)} gold keys not found (is the seed present?)")
    if args.verbose:
        _details("demo", *demo)
        _details("held-out", *held)


if __name__ == "__main__":
    main()
