"""Evaluates speaker suggestions on the demo investigation against data/gold/speakers.json.

Run: uv run python benchmarks/eval_attribution.py [--verbose]
Prints, per language: sentences, attributed sentences, top-1 accuracy on them, narration
sentences and false attributions on narration (a registered speaker or a proposed name
suggested for a sentence the gold calls narration), plus suggestion timing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sentencex import segment

from claimtrack.attribution import Attributor, SpeakerSuggestion
from claimtrack.model import Speaker
from claimtrack.resources import data_dir


@dataclass(frozen=True, slots=True)
class Row:
    """One gold sentence and what the attributor said about it."""

    document: str
    lang: str
    text: str
    gold: str | None
    got: SpeakerSuggestion | None


def spans_of(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans via sentencex (blank pieces dropped, offsets recovered in order)."""
    spans, cursor = [], 0
    for piece in segment(lang, text):
        stripped = piece.strip()
        if not stripped:
            continue
        start = text.index(stripped, cursor)
        spans.append((start, start + len(stripped)))
        cursor = start + len(stripped)
    return spans


def load_gold(root: Path) -> tuple[list[Speaker], dict[str, list[dict]]]:
    """Gold speakers (ids = names) and the per-document sentence labels."""
    gold = json.loads((root / "gold" / "speakers.json").read_text(encoding="utf-8"))
    speakers = [
        Speaker(id=s["name"], name=s["name"], aliases=tuple(s["aliases"]), kind=s["kind"])
        for s in gold["speakers"]
    ]
    return speakers, gold["documents"]


def evaluate(root: Path | None = None) -> list[Row]:
    """Suggest for every demo document and pair each sentence with its gold label."""
    root = root or data_dir()
    speakers, documents = load_gold(root)
    attributor = Attributor(speakers)
    rows: list[Row] = []
    for name, labels in sorted(documents.items()):
        lang = name.rsplit("_", 1)[1].split(".")[0]
        text = (root / "demo" / name).read_text(encoding="utf-8")
        spans = spans_of(text, lang)
        suggestions = attributor.suggest(text, spans, lang)
        for (start, end), got in zip(spans, suggestions, strict=True):
            sentence = text[start:end]
            label = next(item for item in labels if item["text"] in sentence)
            rows.append(Row(name, lang, sentence, label["speaker"], got))
    return rows


def summarise(rows: list[Row]) -> dict[str, dict[str, float]]:
    """Per-language (and "all") counts and rates."""
    table: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in rows:
        for key in (row.lang, "all"):
            cell = table[key]
            cell["sentences"] += 1
            if row.gold is None:
                cell["narration"] += 1
                cell["false"] += row.got is not None
            else:
                cell["attributed"] += 1
                cell["correct"] += row.got is not None and row.got.speaker == row.gold
    for cell in table.values():
        cell["accuracy"] = cell["correct"] / cell["attributed"] if cell["attributed"] else 0.0
        cell["false_rate"] = cell["false"] / cell["narration"] if cell["narration"] else 0.0
    return table


def _timing() -> float:
    """Milliseconds to suggest for one 30-sentence document with 500 registered speakers."""
    speakers, _ = load_gold(data_dir())
    many = list(speakers)
    for n in range(500 - len(speakers)):
        many.append(
            Speaker(
                id=f"x{n}",
                name=f"Speaker{n} Person{n % 37}",
                aliases=(f"Ministry of Affairs {n}", f"Kementerian Urusan {n}", f"Министр{n}"),
                kind="person",
            )
        )
    attributor = Attributor(many)
    text = (data_dir() / "demo" / "03_warta-nusantara_id.txt").read_text(encoding="utf-8")
    text = text + "\n\n" + text + "\n\n" + text
    spans = spans_of(text, "id")[:30]
    attributor.suggest(text, spans, "id")
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        attributor.suggest(text, spans, "id")
        runs.append(time.perf_counter() - started)
    return sorted(runs)[len(runs) // 2] * 1000


def main(argv: list[str] | None = None) -> int:
    """Print the table (and, with --verbose, every miss)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every wrong suggestion")
    args = parser.parse_args(argv)
    rows = evaluate()
    if args.verbose:
        for row in rows:
            got = row.got.speaker if row.got else None
            if got != row.gold or (row.got and row.got.speaker is None):
                why = row.got.reason if row.got else "-"
                print(f"[{row.document}] gold={row.gold!r} got={got!r} ({why})\n    {row.text}")
    table = summarise(rows)
    print(f"{'lang':<5}{'sents':>6}{'attr':>6}{'top-1':>8}{'narr':>6}{'false':>6}")
    for lang in sorted(table, key=lambda k: (k == "all", k)):
        c = table[lang]
        print(
            f"{lang:<5}{int(c['sentences']):>6}{int(c['attributed']):>6}"
            f"{c['accuracy']:>8.1%}{int(c['narration']):>6}{int(c['false']):>6}"
        )
    print(f"suggest: 30 sentences x 500 speakers: {_timing():.1f} ms (median of 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
