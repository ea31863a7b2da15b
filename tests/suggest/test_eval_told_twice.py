"""The evaluation scores a "supports" between two speakers' tellings of one gold claim as
right: the store gives a claim one speaker, so the suggester can only offer such a pair as
support (`LinkSuggester._told_twice`), and a fix that lets it find more of them must not
read as lost precision."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from claimtrack.evaluation.links import told_twice
from claimtrack.suggest.suggester import LinkCandidate

GROUPS = {"c1": "shushi-taken", "c2": "shushi-taken", "c3": "shushi-taken", "c4": "other"}
SNAPSHOT: Any = SimpleNamespace(
    claims={
        "c1": SimpleNamespace(speaker="aliyev"),
        "c2": SimpleNamespace(speaker="government"),
        "c3": SimpleNamespace(speaker="aliyev"),
        "c4": SimpleNamespace(speaker="ministry"),
    }
)


def cand(a: str, b: str, relation: str = "supports") -> LinkCandidate:
    return LinkCandidate(a, b, relation, 0.5, ())


def test_two_speakers_of_one_gold_claim_supporting_each_other_is_right() -> None:
    assert told_twice(cand("c2", "c1"), GROUPS, SNAPSHOT)


def test_one_speakers_two_tellings_call_for_a_merge_not_support() -> None:
    assert not told_twice(cand("c3", "c1"), GROUPS, SNAPSHOT)


def test_support_between_two_gold_claims_or_another_relation_is_not_this() -> None:
    assert not told_twice(cand("c4", "c1"), GROUPS, SNAPSHOT)
    assert not told_twice(cand("c2", "c1", "contradicts"), GROUPS, SNAPSHOT)
    assert not told_twice(cand("c2", "unknown"), GROUPS, SNAPSHOT)
