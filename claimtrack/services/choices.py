"""Reading a verdict, relation or speaker kind as an analyst types it, other words included."""

from __future__ import annotations

from claimtrack.errors import ValidationError
from claimtrack.model import check_choice

SYNONYMS: dict[str, str] = {
    # relations: the noun or another form of the verb ("--rel contradiction" was refused)
    "contradiction": "contradicts",
    "contradicted": "contradicts",
    "contradicting": "contradicts",
    "support": "supports",
    "supported": "supports",
    "supporting": "supports",
    "response": "responds-to",
    "reply": "responds-to",
    "replies-to": "responds-to",
    "answers": "responds-to",
    "answer": "responds-to",
    # verdicts: the words fact-checkers use for the same ratings
    "half-true": "mixed",
    "unproven": "unverifiable",
    "unverified": "unverifiable",
    "pending": "open",
    # speaker kinds: the American spelling, and what a desk calls them
    "organization": "organisation",
    "ngo": "organisation",
    "army": "military",
    "individual": "person",
    "press": "media",
}
"""Words that mean one choice, each keyed as `_key` leaves it."""


def _key(value: str) -> str:
    """Case, spaces and underscores aside: "Mostly true", "mostly_true", "responds to"."""
    return "-".join(value.replace("_", " ").casefold().split())


def read_choice(value: str, choices: tuple[str, ...], what: str) -> str:
    """The one of `choices` that `value` names, as `model.check_choice` reads it (any case,
    or the start of one choice), also written with spaces or underscores for hyphens
    ("mostly true", or its start: "mostly tr"), or by a word that means it (`SYNONYMS`:
    "contradiction", "unproven", "organization"). A value naming none is refused as
    `check_choice` refuses it, in the words typed."""
    key = _key(value)
    for candidate in (key, SYNONYMS.get(key)):
        if candidate in choices:
            return candidate
    if key != value.strip().casefold():  # "mostly tru": the start of one, spaced
        try:
            return check_choice(key, choices, what)
        except ValidationError:
            pass  # refused below in the words typed
    return check_choice(value, choices, what)
