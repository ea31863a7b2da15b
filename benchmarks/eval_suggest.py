"""Scores link suggestions and quantity extraction on the demo and the held-out gold, side by side.

    uv run python benchmarks/eval_suggest.py [--verbose] [--why]

Prints, for data/demo (gold written with the tool in view) and data/gold/heldout (articles
in other styles plus the shared seed article when present, gold written before the tool
was tuned on them): contradiction recall@10 (a gold contradiction counts when it is among
the top ten candidates of one of its claims), precision and recall per relation over the
full pass, quantity extraction scores. --verbose lists what was missed and what was wrong;
--why prints each wrong suggestion as an analyst sees it: both claims (speaker, side,
source, text) and the reasons given, to find what misleads the suggester.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from claimtrack.evaluation.links import (
    LinkScores,
    QuantityScores,
    evaluate_links,
    evaluate_quantities,
    load_demo,
    load_heldout,
    told_twice,
)
from claimtrack.resources import data_dir
from claimtrack.suggest.suggester import LinkSuggester


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


def _why(title: str, data: Path, *, heldout: bool) -> None:
    """Each suggestion matching no gold link, with both claims and the reasons shown."""
    demo = load_heldout(data) if heldout else load_demo(data)
    gold = json.loads((demo.gold / "pairs.json").read_text(encoding="utf-8"))
    group_of = {
        demo.claim_of[sub]: name
        for name, subs in gold["claims"].items()
        for sub in subs
        if sub in demo.claim_of
    }
    accepted: dict[tuple[str, str], set[str]] = {}
    for name, subs in gold["claims"].items():
        if len(subs) > 1:
            accepted.setdefault((name, name), set()).add("same-claim")
    for link in gold["links"]:
        rels = {link["relation"], *link.get("also", ())}
        accepted.setdefault((link["a"], link["b"]), set()).update(rels)
        if link["relation"] != "responds-to":
            accepted.setdefault((link["b"], link["a"]), set()).update(rels - {"responds-to"})
    snap = demo.snapshot
    suggester = LinkSuggester(snap)
    print(f"\n[{title}] wrong suggestions, as shown:")
    for c in suggester.candidates(None, limit=1000):
        ga, gb = group_of.get(c.a), group_of.get(c.b)
        if ga and gb and c.relation in accepted.get((ga, gb), ()):
            continue
        if told_twice(c, group_of, snap):
            continue
        print(f"\n  {c.relation} {c.score:.2f}  ({ga or '-'} / {gb or '-'})")
        for cid in (c.a, c.b):
            claim = snap.claims[cid]
            speaker = snap.speakers.get(claim.speaker or "")
            who = f"{speaker.name} [{speaker.side or 'no side'}]" if speaker else "?"
            where = ",".join(st.source for st in snap.appearances(cid))
            print(f"    {cid} {who} @{where}: {claim.summary[:150]}")
        for reason in c.reasons:
            print("      - " + reason)


def main() -> None:
    parser = argparse.ArgumentParser(description="Suggestions and quantities vs demo and held-out")
    parser.add_argument("--verbose", action="store_true", help="list misses and wrong ones")
    parser.add_argument(
        "--why", action="store_true", help="show each wrong suggestion's claims and reasons"
    )
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
    if args.why:
        _why("demo", data_dir(), heldout=False)
        _why("held-out", data_dir(), heldout=True)


if __name__ == "__main__":
    main()
