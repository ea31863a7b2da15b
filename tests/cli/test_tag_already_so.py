"""Tagging a statement with the speaker it already has: said so, since nothing is logged."""

from __future__ import annotations

from pathlib import Path

from tests.cli.desk import accusation_and_denial, statement_with
from tests.conftest import Runner, store_state


def test_tagging_a_statement_as_its_own_speaker_says_nothing_changed(cli: Runner, db: Path) -> None:
    """`tag ST "karabakh officials"` again printed "ST said by Karabakh officials" and logged
    nothing, so the next `undo` took back an older change without a word."""
    accusation_and_denial(cli)
    st = statement_with(cli, "accused Azerbaijan of shelling")["id"]
    assert cli("tag", st, "Karabakh officials").code == 0
    claim = statement_with(cli, "accused Azerbaijan of shelling")["claim"]
    before = store_state(db)
    r = cli("tag", st[:4], "karabakh officials")
    assert r.code == 0, r.err
    assert r.err == (f"{st} already said by Karabakh officials (claim {claim}); nothing changed\n")
    assert store_state(db) == before  # nothing logged: `undo` takes back the tag, as said
    assert cli("undo").err.startswith(f"undone: tag {st} as Karabakh officials")
