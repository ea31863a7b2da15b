"""How gold labels name sentences: by a unique substring, or (the seed) by a hash key."""

from __future__ import annotations

import hashlib
from typing import Any


def sentence_key(sentence: str) -> str:
    """The hash key of a sentence: SHA-256 of its whitespace-collapsed text, 12 hex digits.

    The seed article's text is never copied into the repository, so its gold names sentences
    this way (heldout/seed.json)."""
    return hashlib.sha256(" ".join(sentence.split()).encode("utf-8")).hexdigest()[:12]


def find_label(labels: list[dict[str, Any]], sentence: str) -> dict[str, Any] | None:
    """The gold label of `sentence`: the one with its hash key or a substring of it."""
    key = sentence_key(sentence)
    for label in labels:
        if label.get("sha256") == key or ("text" in label and label["text"] in sentence):
            return label
    return None
