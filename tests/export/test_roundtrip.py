"""The json export restores the whole investigation: every record, equal to the original."""

from __future__ import annotations

import json

import pytest

from claimtrack.errors import ValidationError
from claimtrack.export import export
from claimtrack.export.restore import snapshot_from_node_link
from claimtrack.model import Link, Outcome, Statement
from claimtrack.snapshot import Snapshot
from tests.export.desk import HOSTILE_ID, build, hostile_records, rename_claim

TABLES = ("sources", "statements", "speakers", "claims", "links", "outcomes")


def _round_trip(snapshot: Snapshot) -> Snapshot:
    return snapshot_from_node_link(json.loads(export(snapshot, "json")))


def _assert_same_records(restored: Snapshot, original: Snapshot) -> None:
    for table in TABLES:
        assert getattr(restored, table) == getattr(original, table), table


def test_war_desk_round_trips(war_desk: Snapshot) -> None:
    restored = _round_trip(war_desk)
    _assert_same_records(restored, war_desk)
    assert restored.sources["src2id"].text == war_desk.sources["src2id"].text
    assert [o.verdict for o in restored.outcome_history("ccivil")] == ["mixed", "mostly-true"]
    assert restored.statements["st8"].claim is None  # untagged statements come back too
    assert export(restored, "json") == export(war_desk, "json")


def test_hostile_text_round_trips_exactly() -> None:
    """Every free-text field comes back as written, markup and escapes included."""
    plain_ids = build(rename_claim(hostile_records(), HOSTILE_ID, "cdeny"))
    _assert_same_records(_round_trip(plain_ids), plain_ids)


def test_a_hostile_id_is_refused(hostile: Snapshot) -> None:
    """An id is shown bare in every table and view: one that is no id (quotes, brackets) is
    refused, not restored."""
    with pytest.raises(ValidationError, match="claim id 'c\"]-->x' is no record id"):
        _round_trip(hostile)


def test_records_without_a_parent_are_kept(war_desk: Snapshot) -> None:
    broken = Snapshot.build(
        sources=war_desk.sources.values(),
        statements=[
            *war_desk.statements.values(),
            Statement("stx", "gone-source", 0, 5, claim="ctroops"),
        ],
        speakers=war_desk.speakers.values(),
        claims=war_desk.claims.values(),
        links=[*war_desk.links.values(), Link("lx", "ctroops", "gone-claim", "supports")],
        outcomes=[*war_desk.outcomes.values(), Outcome("ox", "gone-claim", "true", "2020-12-02")],
    )
    _assert_same_records(_round_trip(broken), broken)


def test_colliding_ids_across_tables_round_trip(war_desk: Snapshot) -> None:
    speaker = war_desk.speakers["saliyev"].replace(id="ctroops")
    claims = [
        c.replace(speaker="ctroops") if c.speaker == "saliyev" else c
        for c in war_desk.claims.values()
    ]
    snapshot = Snapshot.build(
        war_desk.sources.values(),
        war_desk.statements.values(),
        [s for k, s in war_desk.speakers.items() if k != "saliyev"] + [speaker],
        claims,
        war_desk.links.values(),
        war_desk.outcomes.values(),
    )
    data = json.loads(export(snapshot, "json"))
    ids = [n["id"] for n in data["nodes"]]
    assert len(ids) == len(set(ids))
    assert {"claim:ctroops", "speaker:ctroops"} <= set(ids)
    _assert_same_records(snapshot_from_node_link(data), snapshot)


def test_empty_store_round_trips() -> None:
    _assert_same_records(_round_trip(Snapshot()), Snapshot())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"nodes": [], "edges": []}, "not a claimtrack node-link export"),
        ({"claimtrack": {"format": "aif", "version": 1}}, "unknown claimtrack export format"),
        ({"claimtrack": {"format": "node-link", "version": 2}}, "newer than this claimtrack"),
        (
            {"claimtrack": {"format": "node-link", "version": 1}, "nodes": [{"type": "claim"}]},
            "carries no record",
        ),
        (
            {
                "claimtrack": {"format": "node-link", "version": 1},
                "nodes": [{"type": "speaker", "record": {"id": "x"}}],
            },
            "malformed node-link export",
        ),
    ],
)
def test_foreign_or_broken_data_is_refused(data: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        snapshot_from_node_link(data)


def test_older_networkx_links_key_is_accepted(war_desk: Snapshot) -> None:
    data = json.loads(export(war_desk, "json"))
    data["links"] = data.pop("edges")
    _assert_same_records(snapshot_from_node_link(data), war_desk)
