"""Prints speaker-attribution quality on the demo investigation and suggestion timing.

Run: uv run python benchmarks/eval_attribution.py [--verbose]
Per language: sentences, attributed sentences (gold has a speaker), top-1 accuracy on them,
narration sentences and false attributions on narration (any suggestion, registered or
proposed, for a sentence the gold calls narration); then the time to suggest for a
30-sentence document with 500 registered speakers (target: well under 50 ms).
"""

from __future__ import annotations

import argparse
import sys
import time

from claimtrack.attribution import Attributor
from claimtrack.attribution.evaluate import Row, evaluate, load_gold, sentence_spans, summarise
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


def print_misses(rows: list[Row]) -> None:
    """Every sentence whose suggestion differs from the gold, with the reason given."""
    for row in rows:
        got = row.got.speaker if row.got else None
        if got != row.gold or (row.got is not None and row.got.speaker is None):
            why = row.got.reason if row.got else "-"
            print(f"[{row.document}] gold={row.gold!r} got={got!r} ({why})\n    {row.text}")


def main(argv: list[str] | None = None) -> int:
    """Print the table (and, with --verbose, every miss first)."""
    parser = argparse.ArgumentParser(description="Speaker attribution on the demo investigation")
    parser.add_argument("--verbose", action="store_true", help="list every wrong suggestion")
    args = parser.parse_args(argv)
    rows = evaluate()
    if args.verbose:
        print_misses(rows)
    table = summarise(rows)
    print(f"{'lang':<5}{'sents':>6}{'attr':>6}{'top-1':>8}{'narr':>6}{'false':>6}")
    for lang in sorted(table, key=lambda k: (k == "all", k)):
        c = table[lang]
        print(
            f"{lang:<5}{int(c['sentences']):>6}{int(c['attributed']):>6}"
            f"{c['accuracy']:>8.1%}{int(c['narration']):>6}{int(c['false']):>6}"
        )
    print(f"suggest: 30 sentences x 500 speakers: {timing_ms():.1f} ms (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
