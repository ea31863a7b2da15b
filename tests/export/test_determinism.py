"""Determinism: the same investigation always exports to the same bytes."""

from __future__ import annotations

import pytest

from claimtrack.export import EXPORTERS, export
from tests.export.desk import build, hostile_records, needs_dot, war_desk_records

FORMATS = [
    pytest.param(name, marks=needs_dot) if name == "svg" else name
    for name in EXPORTERS
    if name != "png"
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_ignores_insertion_order(fmt: str) -> None:
    forward = export(build(war_desk_records()), fmt)
    assert export(build(war_desk_records()), fmt) == forward
    assert export(build(war_desk_records(), reverse=True), fmt) == forward


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_output_ignores_insertion_order(fmt: str) -> None:
    forward = export(build(hostile_records()), fmt)
    assert export(build(hostile_records(), reverse=True), fmt) == forward
