"""Scores speaker suggestions against gold labels: the demo investigation and the held-out set."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimtrack.attribution.attributor import Attributor, SpeakerSuggestion
from claimtrack.attribution.text import words
from claimtrack.evaluation.gold import find_label
from claimtrack.ingest import segment
from claimtrack.model import Speaker
from claimtrack.resources import data_dir

SEED_NAME = "seed"
"""The document name the shared seed article is reported under."""


@dataclass(frozen=True, slots=True)
class Row:
    """One gold sentence and what the attributor suggested for it."""

    document: str
    lang: str
    text: str
    gold: str | None
    got: SpeakerSuggestion | None
    proposals: tuple[str, ...] = ()
    """For a gold speaker left out of the registry: the names a proposal may carry."""

    @property
    def correct(self) -> bool:
        """The registered gold speaker, or a proposal naming an unregistered one."""
        if self.gold is None or self.got is None:
            return False
        if self.got.speaker is not None:
            return self.got.speaker == self.gold
        return bool(self.proposals) and names_match(self.got.proposed_name, self.proposals)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One gold document: its text and a label per sentence (by substring or by hash)."""

    name: str
    lang: str
    text: str
    labels: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class GoldSet:
    """Registered speakers, names of the unregistered ones, and the labelled documents."""

    speakers: list[Speaker]
    unregistered: dict[str, tuple[str, ...]]
    documents: list[GoldDocument]


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans as the importer makes them (`claimtrack.ingest.segment`)."""
    return segment(text, lang)


def names_match(proposed: str | None, names: tuple[str, ...]) -> bool:
    """Does a proposed name contain one of `names` word for word, or lie inside one?"""
    got = set(words(proposed or ""))
    return bool(got) and any(
        (wanted := set(words(name))) and (wanted <= got or got <= wanted) for name in names
    )


def document_lang(name: str) -> str:
    """The language code in a gold file name (`NN_outlet_<lang>.txt`)."""
    return name.rsplit("_", 1)[1].split(".")[0]


def _read_speakers(raw: list[dict[str, Any]]) -> tuple[list[Speaker], dict[str, tuple[str, ...]]]:
    registered, unregistered = [], {}
    for s in raw:
        if s.get("registered", True):
            registered.append(
                Speaker(
                    id=s["name"],
                    name=s["name"],
                    aliases=tuple(s["aliases"]),
                    kind=s["kind"],
                    side=s.get("side"),
                )
            )
        else:
            unregistered[s["name"]] = (s["name"], *s["aliases"])
    return registered, unregistered


def load_gold(root: Path | None = None) -> tuple[list[Speaker], dict[str, list[dict[str, Any]]]]:
    """Demo gold speakers (their id is their name) and the per-document sentence labels."""
    path = (root or data_dir()) / "gold" / "speakers.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    speakers, _ = _read_speakers(gold["speakers"])
    return speakers, gold["documents"]


def load_gold_set(gold_file: Path, texts: Path, seed: Path | None = None) -> GoldSet:
    """A gold file, its documents (in `texts`) and, when given and present, a hashed seed."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    speakers, unregistered = _read_speakers(gold["speakers"])
    documents = [
        GoldDocument(name, document_lang(name), (texts / name).read_text(encoding="utf-8"), labels)
        for name, labels in sorted(gold["documents"].items())
    ]
    if seed is not None and seed.is_file():
        raw = json.loads(seed.read_text(encoding="utf-8"))
        source = (data_dir().parent / raw["path"]).resolve()
        if source.is_file():
            text = source.read_text(encoding="utf-8")
            documents.append(GoldDocument(SEED_NAME, raw["lang"], text, raw["sentences"]))
    return GoldSet(speakers, unregistered, documents)


def heldout_dir() -> Path:
    """Where the held-out articles and their gold live."""
    return data_dir() / "gold" / "heldout"


def load_heldout(with_seed: bool = True) -> GoldSet:
    """The held-out set, plus the shared seed article when it is present next to the checkout."""
    folder = heldout_dir()
    return load_gold_set(
        folder / "speakers.json", folder, folder / "seed.json" if with_seed else None
    )


def evaluate(root: Path | None = None, speakers: list[Speaker] | None = None) -> list[Row]:
    """Suggest for every demo document and pair each sentence with its gold label."""
    root = root or data_dir()
    gold = load_gold_set(root / "gold" / "speakers.json", root / "demo")
    return score(gold, speakers)


def evaluate_heldout(speakers: list[Speaker] | None = None, with_seed: bool = True) -> list[Row]:
    """Suggest for every held-out document (and the seed) against its gold labels."""
    return score(load_heldout(with_seed), speakers)


def score(gold: GoldSet, speakers: list[Speaker] | None = None) -> list[Row]:
    """Rows for every labelled sentence of a gold set; unlabelled hashed sentences are skipped."""
    attributor = Attributor(speakers if speakers is not None else gold.speakers)
    rows: list[Row] = []
    for document in gold.documents:
        text, lang = document.text, document.lang
        spans = sentence_spans(text, lang)
        for (start, end), got in zip(spans, attributor.suggest(text, spans, lang), strict=True):
            sentence = text[start:end]
            label = find_label(document.labels, sentence)
            if label is None:
                continue
            wanted = label["speaker"]
            proposals = gold.unregistered.get(wanted, ()) if wanted else ()
            rows.append(Row(document.name, lang, sentence, wanted, got, proposals))
    return rows


def unlabelled(gold: GoldSet) -> list[tuple[str, str]]:
    """(document, sentence) pairs that no gold label covers: the gold needs updating."""
    missing = []
    for document in gold.documents:
        for start, end in sentence_spans(document.text, document.lang):
            if find_label(document.labels, document.text[start:end]) is None:
                missing.append((document.name, document.text[start:end]))
    return missing


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
                cell["correct"] += row.correct
    for cell in table.values():
        cell["accuracy"] = cell["correct"] / cell["attributed"] if cell["attributed"] else 0.0
        cell["false_rate"] = cell["false"] / cell["narration"] if cell["narration"] else 0.0
    return {key: dict(cell) for key, cell in table.items()}
