"""Fixtures for the export tests (the data itself lives in desk.py)."""

from __future__ import annotations

import pytest

from claimtrack.snapshot import Snapshot
from tests.export.desk import build, hostile_records, war_desk_records


@pytest.fixture
def war_desk() -> Snapshot:
    """The war-desk investigation: 2 sources (en, id), 4 speakers, 5 claims, 4 links."""
    return build(war_desk_records())


@pytest.fixture
def hostile() -> Snapshot:
    """The war desk with hostile text in every free-text field and a hostile claim id."""
    return build(hostile_records())
