"""What a conflict desk tripped over driving the CLI through a new story (a strike on a
hospital told three ways, then its outcome)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.desk import imported, statement_with
from tests.conftest import Runner, store_state

REPORT = (
    "Sudan's health ministry said the drone strike killed at least 34 people.\n\n"
    "The Rapid Support Forces denied any involvement.\n\n"
    "The WHO said it was deeply alarmed.\n"
)


def test_claims_and_export_take_verdict_none_as_the_claims_view_does(
    cli: Runner, tmp_path: Path
) -> None:
    """`verdict:none` in the Claims view lists the claims nobody has judged yet (what is left
    to check); `claims --verdict none` was refused as an unknown verdict, so a script could
    not ask for the desk's to-do list ('open' also holds the claims judged open)."""
    article = tmp_path / "wire.txt"
    article.write_text(REPORT, encoding="utf-8")
    imported(cli, article, "--lang", "en", "--published", "2025-10-14")
    toll = cli("tag", statement_with(cli, "34")["id"], "--suggested", "--json").json()["claim"]
    denial = cli("tag", statement_with(cli, "denied")["id"], "--suggested", "--json")
    who = cli("tag", statement_with(cli, "alarmed")["id"], "--suggested", "--json").json()
    assert cli("outcome", toll, "--verdict", "mostly-true").code == 0
    assert cli("outcome", who["claim"], "--verdict", "open").code == 0
    r = cli("claims", "--verdict", "none", "--json")
    assert r.code == 0, r.err
    assert [c["id"] for c in r.json()] == [denial.json()["claim"]]
    r = cli("claims", "--verdict", "None")  # any case, as every verdict
    assert r.code == 0 and denial.json()["claim"] in r.out
    table = tmp_path / "todo.csv"
    r = cli("export", "--format", "csv", "--verdict", "none", "-o", str(table))
    assert r.code == 0, r.err
    rows = table.read_text(encoding="utf-8").splitlines()[1:]
    assert [row.split(",")[0] for row in rows] == [denial.json()["claim"]]


def test_day_first_dates_are_read_as_a_russian_or_indonesian_desk_types_them(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """`--published 15.10.2025` and `outcome --date 20.11.2025` were refused ("must be
    YYYY-MM-DD"): a ru/id desk writes the day first. They are stored as ISO dates, so they
    sort and filter with the rest; a slashed date that reads both ways is refused with both
    readings, changing nothing."""
    article = tmp_path / "wire.txt"
    article.write_text(REPORT, encoding="utf-8")
    source = imported(cli, article, "--lang", "en", "--published", "15.10.2025")
    assert cli("sources", "--json").json()[0]["published"] == "2025-10-15"
    toll = cli("tag", statement_with(cli, "34")["id"], "--suggested", "--json").json()["claim"]
    r = cli("outcome", toll, "--verdict", "mostly-true", "--date", "20.11.2025", "--json")
    assert r.code == 0, r.err
    assert cli("show", toll, "--json").json()["outcomes"][-1]["date"] == "2025-11-20"
    assert cli("source", "edit", source["id"], "--published", "14/10/2025").code == 0
    assert cli("sources", "--json").json()[0]["published"] == "2025-10-14"
    before = store_state(db)
    r = cli("source", "edit", source["id"], "--published", "03/04/2025")
    assert r.code != 0 and len(r.err.strip().splitlines()) == 1
    assert "2025-03-04 or 2025-04-03" in r.err
    assert store_state(db) == before
    r = cli("export", "--format", "csv", "--since", "16.10.2025", "-o", "-")
    assert r.code == 0, r.err
    assert toll not in r.out  # first seen on the 15th (its source's date)
