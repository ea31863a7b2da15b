"""Scores speaker suggestions against the gold labels of the demo investigation."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sentencex import segment

from claimtrack.attribution.attributor import Attributor, SpeakerSuggestion
from claimtrack.model import Speaker
from claimtrack.resources import data_dir


@dataclass(frozen=True, slots=True)
class Row:
    """One gold sentence and what the attributor suggested for it."""

    document: str
    lang: str
    text: str
    gold: str | None
    got: SpeakerSuggestion | None


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans via sentencex, blank pieces dropped, offsets recovered in order."""
    spans, cursor = [], 0
    for piece in segment(lang, text):
        stripped = piece.strip()
        if not stripped:
            continue
        start = text.index(stripped, cursor)
        spans.append((start, start + len(stripped)))
        cursor = start + len(stripped)
    return spans


def load_gold(root: Path | None = None) -> tuple[list[Speaker], dict[str, list[dict[str, Any]]]]:
    """Gold speakers (their id is their name) and the per-document sentence labels."""
    path = (root or data_dir()) / "gold" / "speakers.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    speakers = [
        Speaker(
            id=s["name"],
            name=s["name"],
            aliases=tuple(s["aliases"]),
            kind=s["kind"],
            side=s.get("side"),
        )
        for s in gold["speakers"]
    ]
    return speakers, gold["documents"]


def document_lang(name: str) -> str:
    """The language code in a demo file name (`NN_outlet_<lang>.txt`)."""
    return name.rsplit("_", 1)[1].split(".")[0]


def evaluate(root: Path | None = None, speakers: list[Speaker] | None = None) -> list[Row]:
    """Suggest for every gold document and pair each sentence with its gold label."""
    root = root or data_dir()
    gold_speakers, documents = load_gold(root)
    attributor = Attributor(speakers if speakers is not None else gold_speakers)
    rows: list[Row] = []
    for name, labels in sorted(documents.items()):
        lang = document_lang(name)
        text = (root / "demo" / name).read_text(encoding="utf-8")
        spans = sentence_spans(text, lang)
        for (start, end), got in zip(spans, attributor.suggest(text, spans, lang), strict=True):
            sentence = text[start:end]
            label = next(item for item in labels if item["text"] in sentence)
            rows.append(Row(name, lang, sentence, label["speaker"], got))
    return rows


def summarise(rows: list[Row]) -> dict[str, dict[str, float]]:
    """Per language and "all": sentences, attributed, correct, accuracy, narration, false.

    A false attribution is any suggestion (registered or proposed) on a narration sentence.
    """
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
    return {key: dict(cell) for key, cell in table.items()}
