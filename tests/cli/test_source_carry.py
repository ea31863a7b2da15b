"""An update imported without --update-of (the hint read too late, a folder imported whole)
had every statement to review again, and no command carried the earlier version's work onto
it: the analyst undid the import and imported it again. `source carry FROM TO` carries it
onto the source as imported, by the rule --update-of follows, in one change."""

from __future__ import annotations

from pathlib import Path

from tests.cli.desk import EN, imported
from tests.cli.test_import_updates import annotated, of_source, updated
from tests.conftest import Runner, store_state

FIELDS = ("speaker", "claim", "narration", "note")


def _by_text(statements: list[dict]) -> dict[str, tuple]:
    return {s["text"]: tuple(s[f] for f in FIELDS) for s in statements}


def test_carry_gives_an_update_imported_without_update_of_what_update_of_would(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    annotated(cli)
    herald = imported(cli, EN)["id"]
    v2 = imported(cli, updated(tmp_path), "--update-of", herald)["id"]
    wanted = _by_text(of_source(cli, v2))
    cli("undo")
    v2 = imported(cli, updated(tmp_path))["id"]
    untouched = store_state(db)
    r = cli("source", "carry", herald, v2, "--json")
    assert r.code == 0, r.err
    done = r.json()
    assert (done["from"], done["to"], done["kept"]) == (herald, v2, [])
    assert done["unchanged"] == len(wanted) - 1
    assert len(done["carried"]) == 3  # two tags and a note: the furniture line marked itself
    assert _by_text(of_source(cli, v2)) == wanted
    assert cli("check").code == 0
    undone = cli("undo")  # one change
    assert undone.err.startswith(f"undone: carry annotations of source {herald} onto {v2}")
    assert store_state(db) != untouched  # (the log holds the undo)
    assert all(s["speaker"] is None and s["note"] is None for s in of_source(cli, v2))


def test_carry_keeps_what_the_later_version_was_given_since(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """A statement the analyst already tagged otherwise, or noted, in the later version
    keeps it, and is named; the others still take their twin's annotations."""
    annotated(cli)
    herald = imported(cli, EN)["id"]
    v2 = imported(cli, updated(tmp_path))["id"]
    mine = next(s for s in of_source(cli, v2) if "1,166 troops" in s["text"])
    ministry = cli("tag", mine["id"], "Azerbaijan defence ministry", "--json").json()["speaker"]
    cli("note", mine["id"], "ours")
    noted = next(s for s in of_source(cli, v2) if "taken to hospital" in s["text"])
    cli("note", noted["id"], "our note")
    r = cli("source", "carry", herald, v2)
    assert r.code == 0, r.err
    assert "carried the annotations of" in r.err
    assert f"kept their own annotations, unlike {herald}'s: {mine['id']}, {noted['id']}" in r.err
    after = {s["id"]: s for s in of_source(cli, v2)}
    assert (after[mine["id"]]["speaker"], after[mine["id"]]["note"]) == (ministry, "ours")
    assert after[noted["id"]]["note"] == "our note"
    shelling = next(s for s in after.values() if "accused Azerbaijan of shelling" in s["text"])
    assert shelling["speaker"] is not None  # carried


def test_carry_with_nothing_to_hand_over_writes_nothing(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    annotated(cli)
    herald = imported(cli, EN)["id"]
    v2 = imported(cli, updated(tmp_path))["id"]
    assert cli("source", "carry", herald, v2).code == 0
    state = store_state(db)
    again = cli("source", "carry", herald, v2)
    assert again.code == 0, again.err
    assert again.err.startswith(f"nothing to carry: the 14 statements of {v2} unchanged from")
    assert "already have its annotations" in again.err
    assert store_state(db) == state  # nothing logged: undo takes back the carry, as said
    assert cli("source", "carry", herald, v2, "--json").json()["carried"] == []


def test_carry_refuses_what_is_no_update_in_one_line(cli: Runner, db: Path, tmp_path: Path) -> None:
    annotated(cli)
    sources = cli("sources", "--json").json()
    herald = next(s["id"] for s in sources if s["title"].startswith("Karabakh accuses"))
    denial = next(s["id"] for s in sources if "Defence" in s["title"])
    for args, said in (
        ((herald, denial), "not an update of it (nothing carried)"),
        ((herald, herald), "name the earlier version first"),
        ((herald, "no such source"), "no source matches"),
    ):
        state = store_state(db)
        r = cli("source", "carry", *args)
        assert r.code == 1 and r.out == "" and r.err.count("\n") == 1, r.err
        assert said in r.err, r.err
        assert store_state(db) == state
