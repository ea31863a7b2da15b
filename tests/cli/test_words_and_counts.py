"""The words a desk reads: `--sort newest` as the TUI says it, and counts that agree ("1 link")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.cli.desk import accusation_and_denial, statement_with
from tests.conftest import Runner


def test_claims_sorted_newest_as_the_tui_says_it(cli: Runner, db: Path) -> None:
    """The Claims view says "sorted by newest claim first"; `--sort newest` was refused."""
    accusation_and_denial(cli)
    cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"], "Karabakh officials")
    cli("tag", statement_with(cli, "denied the accusation")["id"], "Azerbaijan defence ministry")

    def ids(*args: str) -> list[str]:
        r = cli("claims", "--json", *args)
        assert r.code == 0, r.err
        return [c["id"] for c in r.json()]

    recent = ids("--sort", "recent")
    assert len(recent) == 2
    assert ids("--sort", "newest") == ids("--sort", "Newest") == recent
    assert ids("--sort", "first reported") == ids("--sort", "reported")
    r = cli("claims", "--sort", "size")
    assert r.code == 2 and "'size' is not one of 'reported', 'recent', 'speaker', 'id'" in r.err


def test_a_claim_list_counts_one_link_as_one(
    cli: Runner, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The terminal listing said "1 seen · 1 links"."""
    accusation_and_denial(cli)
    a = statement_with(cli, "accused Azerbaijan of shelling")["id"]
    b = statement_with(cli, "denied the accusation")["id"]
    cli("tag", a, "Karabakh officials")
    cli("tag", b, "Azerbaijan defence ministry")
    assert cli("link", a, b, "--rel", "contradicts").code == 0
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # a drawn table
    r = cli("claims")
    assert "1 seen · 1 link" in r.out and "1 links" not in r.out


def test_one_statement_tagged_by_suggestion_is_counted_as_one(cli: Runner, db: Path) -> None:
    """`tag --suggested ST ST` said "tagged 1 statements", and `log` "tag 1 statements"."""
    accusation_and_denial(cli)
    st = statement_with(cli, "denied the accusation")["id"]
    r = cli("tag", "--suggested", st, st[:5])
    assert r.code == 0, r.err
    assert r.err.splitlines()[-1] == (
        "tagged 1 statement in one change ('claimtrack undo' takes all back)"
    )
    assert cli("log", "--json").json()[0]["summary"] == f"tag 1 statement: {st}"
