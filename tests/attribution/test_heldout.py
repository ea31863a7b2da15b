"""The held-out gold (data/gold/heldout), scored apart from the demo set it was not tuned on.

Measured when the floors were set (top-1 on sentences with a gold speaker; false = any
suggestion on a narration sentence):

* rules before this set existed: all 49.4 %, en 48.2, id 51.9, ru 48.3; false 4 of 62
  (seed alone: 87.5 %, 0 of 12);
* now, with the seed: all 94.0 %, en 91.1, id 94.3, ru 96.6; false 0 of 74 (seed alone:
  93.8 %, 0 of 12). Documents 14-19 were written after the first round of rule changes and
  scored 72.3 % (0 of 25 false) when first measured, 95.7 % now.

Floors sit a few points under, to catch regressions without inviting tuning to this set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.evaluation.attribution import (
    SEED_NAME,
    Row,
    evaluate_heldout,
    heldout_dir,
    load_heldout,
    names_match,
    sentence_spans,
    summarise,
    unlabelled,
)


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return evaluate_heldout()


def test_every_heldout_sentence_has_exactly_one_label():
    gold = json.loads((heldout_dir() / "speakers.json").read_text(encoding="utf-8"))
    names = {s["name"] for s in gold["speakers"]}
    assert len(gold["documents"]) >= 12
    for name, labels in gold["documents"].items():
        text = (heldout_dir() / name).read_text(encoding="utf-8")
        for label in labels:
            assert text.count(label["text"]) == 1, label
            assert label["speaker"] is None or label["speaker"] in names, label
        lang = name.rsplit("_", 1)[1].split(".")[0]
        for start, end in sentence_spans(text, lang):
            hits = [label for label in labels if label["text"] in text[start:end]]
            assert len(hits) == 1, text[start:end]


def test_heldout_covers_three_languages_in_several_styles():
    languages = {
        Path(name).stem.rsplit("_", 1)[1]
        for name in json.loads((heldout_dir() / "speakers.json").read_text(encoding="utf-8"))[
            "documents"
        ]
    }
    assert {"en", "id", "ru"} <= languages


def test_seed_labels_cover_every_seed_sentence():
    gold = load_heldout()
    if not any(d.name == SEED_NAME for d in gold.documents):
        pytest.skip("shared seed article not present")
    assert unlabelled(gold) == []


def test_heldout_accuracy_floors(rows: list[Row]):
    table = summarise(rows)
    assert table["all"]["accuracy"] >= 0.90
    assert table["en"]["accuracy"] >= 0.86
    assert table["id"]["accuracy"] >= 0.90
    assert table["ru"]["accuracy"] >= 0.92


def test_heldout_narration_is_left_alone(rows: list[Row]):
    table = summarise(rows)
    assert table["all"]["narration"] >= 60
    assert table["all"]["false"] <= 2


def test_seed_floor(rows: list[Row]):
    seed = [r for r in rows if r.document == SEED_NAME]
    if not seed:
        pytest.skip("shared seed article not present")
    cell = summarise(seed)["all"]
    assert cell["accuracy"] >= 0.87
    assert cell["false"] == 0


def test_a_proposal_counts_only_for_an_unregistered_speaker_it_names():
    assert names_match("politolog Andrei Kovalev", ("Андрей Ковалев", "Andrei Kovalev"))
    assert names_match("Vahram Poghosyan", ("Vahram Poghosyan", "Poghosyan"))
    assert not names_match("the 61-year-old retired teacher", ("Gayane Petrosyan",))
    assert not names_match(None, ("Gayane Petrosyan",))
