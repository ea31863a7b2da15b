"""A newcomer's trial of the CLI on a story of their own: the mistakes they made and the
words they typed, each refused in one line that says what to type, or taken as meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.desk import EN, imported, statement_with
from tests.conftest import Runner, store_state


@pytest.fixture
def desk(cli: Runner) -> dict[str, str]:
    """The Yerevan Herald report, two speakers, two statements tagged, one left."""
    source = imported(cli, EN, "--outlet", "Yerevan Herald")
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    cli("speaker", "add", "Azerbaijan defence ministry", "--side", "azerbaijan")
    accusation = statement_with(cli, "accused Azerbaijan of shelling")["id"]
    denial = statement_with(cli, "denied the accusation")["id"]
    a = cli("tag", accusation, "Karabakh officials", "--json").json()
    b = cli("tag", denial, "Azerbaijan defence ministry", "--json").json()
    return {
        "source": source["id"],
        "a": accusation,
        "b": denial,
        "claim_a": a["claim"],
        "claim_b": b["claim"],
        "untagged": statement_with(cli, "Martuni lies about")["id"],
    }


def refused(cli: Runner, db: Path, *args: str, match: str, code: int | None = None) -> str:
    """Run a command that must be refused: one line, nothing on stdout, the store as it was."""
    before = store_state(db)
    r = cli(*args)
    assert r.code != 0 and (code is None or r.code == code), (r.code, r.err)
    assert r.out == ""
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert match in lines[0], lines[0]
    assert store_state(db) == before
    return lines[0]


# --- words analysts use for verdicts, relations and kinds ----------------------------------


def test_verdicts_relations_and_kinds_in_the_words_a_desk_uses(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """`--rel contradiction`, `--verdict "mostly true"` and `--kind organization` were
    refused as unknown."""
    link = cli("link", desk["a"], desk["b"], "--rel", "contradiction", "--json").json()
    assert link["relation"] == "contradicts"
    cli("unlink", link["id"])
    assert (
        cli("link", desk["b"], desk["a"], "--rel", "response", "--json").json()["relation"]
        == "responds-to"
    )
    judged = cli("outcome", desk["a"], "--verdict", "Mostly true", "--json").json()
    assert judged["verdict"] == "mostly-true"
    assert [c["id"] for c in cli("claims", "--verdict", "mostly_true", "--json").json()] == [
        desk["claim_a"]
    ]
    cli("outcome", desk["b"], "--verdict", "unproven")
    assert cli("show", desk["claim_b"], "--json").json()["verdict"] == "unverifiable"
    added = cli("speaker", "add", "Sudan Doctors Network", "--kind", "organization", "--json")
    assert added.json()["kind"] == "organisation"
    refused(cli, db, "link", desk["a"], desk["b"], "--rel", "disagrees", match="unknown relation")


# --- dates as the article prints them ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("March 14, 2025", "2025-03-14"),
        ("14 March 2025", "2025-03-14"),
        ("Tue, 11 Mar 2025", "2025-03-11"),
        ("14 Maret 2025", "2025-03-14"),
        ("3 Desember 2024", "2024-12-03"),
        ("14 марта 2025 г.", "2025-03-14"),
        ("2025-3-9", "2025-03-09"),
        ("14.03.2025", "2025-03-14"),
    ],
)
def test_a_date_pasted_from_the_dateline_is_read(
    cli: Runner, desk: dict[str, str], typed: str, stored: str
) -> None:
    """`--published "March 14, 2025"` was refused: must be YYYY-MM-DD (or 14.10.2025)."""
    r = cli("source", "edit", desk["source"], "--published", typed)
    assert r.code == 0, r.err
    (source,) = cli("sources", "--json").json()
    assert source["published"] == stored


def test_a_date_no_calendar_holds_is_still_refused(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    refused(cli, db, "source", "edit", desk["source"], "--published", "14 Foo 2025",
            match="must be YYYY-MM-DD")  # fmt: skip
    refused(cli, db, "outcome", desk["a"], "--verdict", "true", "--date", "March 32, 2025",
            match="not a real date")  # fmt: skip
