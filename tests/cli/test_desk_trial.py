"""What a conflict desk tripped over driving the CLI through a new story (a strike on a
hospital told three ways, then its outcome)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.desk import imported, statement_with
from tests.conftest import Runner

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
