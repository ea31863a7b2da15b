"""Prints speaker-attribution quality on the demo and held-out sets, and suggestion timing.

Run: uv run python benchmarks/eval_attribution.py [--verbose]
Per language, demo and held-out side by side: sentences, attributed sentences (gold has a
speaker), top-1 accuracy on them, narration sentences and false attributions on narration
(any suggestion, registered or proposed, for a sentence the gold calls narration). The
held-out set (data/gold/heldout) includes the shared seed article when it is present, also
shown alone. Then the same sets annotated from an empty speaker list by accepting every
suggestion in reading order (`claimtrack.evaluation.scratch`): the share of attributed
sentences that end with the right speaker, and how many speakers that registered. Last, the
time to suggest for a 30-sentence document with 500 registered speakers (target: well under
50 ms).
"""

from __future__ import annotations

import argparse
import sys
import time

from claimtrack.attribution import Attributor
from claimtrack.evaluation.attribution import (
    SEED_NAME,
    Row,
    evaluate,
    evaluate_heldout,
    load_gold,
    load_gold_set,
    load_heldout,
    sentence_spans,
    summarise,
)
from claimtrack.evaluation.scratch import ScratchResult, accept_all
from claimtrack.model import Speaker
from claimtrack.resources import data_dir


def many_speakers(count: int = 500) -> list[Speaker]:
    """The gold speakers padded with synthetic ones sharing common words ("Ministry")."""
    speakers, _ = load_gold()
    for n in range(count - len(speakers)):
        speakers.append(
            Speaker(
                id=f"x{n}",
                name=f"Speaker{n} Person{n % 37}",
                aliases=(f"Ministry of Affairs {n}", f"Kementerian Urusan {n}", f"Министр{n}"),
                kind="person",
            )
        )
    return speakers


def timing_ms(runs: int = 7) -> float:
    """Median milliseconds to suggest for 30 Indonesian sentences with 500 speakers."""
    attributor = Attributor(many_speakers())
    text = (data_dir() / "demo" / "03_warta-nusantara_id.txt").read_text(encoding="utf-8")
    text = "\n\n".join([text] * 3)
    spans = sentence_spans(text, "id")[:30]
    attributor.suggest(text, spans, "id")
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        attributor.suggest(text, spans, "id")
        samples.append(time.perf_counter() - started)
    return sorted(samples)[runs // 2] * 1000


def print_misses(title: str, rows: list[Row]) -> None:
    """Every sentence whose suggestion differs from the gold, with the reason given."""
    print(f"--- misses: {title}")
    for row in rows:
        if row.correct or (row.gold is None and row.got is None):
            continue
        got = row.got.speaker or f"proposed {row.got.proposed_name!r}" if row.got else None
        why = row.got.reason if row.got else "-"
        print(f"[{row.document}] gold={row.gold!r} got={got!r} ({why})\n    {row.text}")


def _cells(cell: dict[str, float] | None) -> str:
    if cell is None:
        return f"{'':>32}"
    return (
        f"{int(cell['sentences']):>6}{int(cell['attributed']):>6}{cell['accuracy']:>8.1%}"
        f"{int(cell['narration']):>6}{int(cell['false']):>6}"
    )


def print_tables(demo: list[Row], heldout: list[Row]) -> None:
    """Demo and held-out per language, side by side; the seed alone on the last line."""
    left, right = summarise(demo), summarise(heldout)
    seed = summarise([r for r in heldout if r.document == SEED_NAME]).get("all")
    if seed is not None:
        right["seed"] = seed
    header = f"{'sents':>6}{'attr':>6}{'top-1':>8}{'narr':>6}{'false':>6}"
    print(f"{'':<6}{'demo':^32} | {'held-out':^32}")
    print(f"{'lang':<6}{header} | {header}")
    order = {"all": 1, "seed": 2}
    for lang in sorted({*left, *right}, key=lambda k: (order.get(k, 0), k)):
        print(f"{lang:<6}{_cells(left.get(lang))} | {_cells(right.get(lang))}")


def print_scratch(title: str, result: ScratchResult) -> None:
    """One line of the accept-everything run."""
    print(
        f"{title:<9} {result.correct}/{result.attributed} = {result.accuracy:.1%} right, "
        f"{result.narration_tagged} narration tagged, {result.created} speakers registered "
        f"for {result.wanted} ({result.duplicated} of them more than once)"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the tables (and, with --verbose, every miss first)."""
    parser = argparse.ArgumentParser(description="Speaker attribution: demo and held-out gold")
    parser.add_argument("--verbose", action="store_true", help="list every wrong suggestion")
    args = parser.parse_args(argv)
    demo, heldout = evaluate(), evaluate_heldout()
    if args.verbose:
        print_misses("demo", demo)
        print_misses("held-out", heldout)
    print_tables(demo, heldout)
    print("from an empty speaker list, accepting every suggestion:")
    root = data_dir()
    print_scratch("demo", accept_all(load_gold_set(root / "gold" / "speakers.json", root / "demo")))
    print_scratch("held-out", accept_all(load_heldout()))
    print(f"suggest: 30 sentences x 500 speakers: {timing_ms():.1f} ms (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
