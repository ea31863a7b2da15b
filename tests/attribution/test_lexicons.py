"""Lexicon files: every key is documented, and the new keys load in every language."""

from __future__ import annotations

import json

import pytest

from claimtrack.attribution.cues import available_languages, cues_dir, load_lexicon


@pytest.mark.parametrize("lang", available_languages())
def test_every_lexicon_key_is_documented(lang: str):
    readme = (cues_dir() / "README.md").read_text(encoding="utf-8")
    raw = json.loads((cues_dir() / f"{lang}.json").read_text(encoding="utf-8"))
    for key in raw:
        assert f"`{key}`" in readme, f"{lang}.json key {key!r} is missing from README.md"


def test_word_order_and_case_flags():
    assert load_lexicon("ru").free_order and load_lexicon("ru").case_endings
    assert not load_lexicon("en").free_order and not load_lexicon("id").case_endings


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        ("id", "imbuhnya", "trailing"),
        ("id", "lanjutnya", "trailing"),
        ("id", "disampaikan", "verb"),
        ("en", "as stated by", "prepositional"),
        ("en", "wrote", "verb"),
        ("ru", "как написал", "prepositional"),
        ("ru", "отрицает", "verb"),
    ],
)
def test_new_cues_are_in_the_lexicons(lang: str, text: str, category: str):
    assert load_lexicon(lang).find(text)[0][0].category == category


def test_restricted_cues_say_where_they_count():
    lexicon = load_lexicon("id")
    assert lexicon.find("tegas")[0][0].only == "after-break"
    assert load_lexicon("ru").find("заявление")[0][0].only == "sentence-start"
    assert ("об", "этом") in load_lexicon("ru").back_references
