"""The csv and Excel tables list claims as the story was reported, as the Claims view does."""

from __future__ import annotations

import csv
import io

from claimtrack.export import export
from claimtrack.snapshot import Snapshot


def test_csv_rows_follow_the_story_not_the_ids(war_desk: Snapshot) -> None:
    """A desk trial found the csv sorted by random id: Aliyev's 1,166 (reported first in the
    English article) came after the ministry's answer to it, whose id sorts first."""
    rows = list(csv.DictReader(io.StringIO(export(war_desk, "csv").decode("utf-8"))))
    ids = [row["id"] for row in rows]
    assert ids.index("ctroops") < ids.index("clower")
    assert sorted(ids) != ids  # the order is the story's, not the ids'
    dates = [row["first_date"] for row in rows]
    assert dates == sorted(dates)
