"""An update imported without --update-of (the hint read too late, a folder imported whole)
had every statement to review again, and no command carried the earlier version's work onto
it: the analyst undid the import and imported it again. `source carry FROM TO` carries it
onto the source as imported, by the rule --update-of follows, in one change."""

from __future__ import annotations

from pathlib import Path

from tests.cli.desk import EN, imported, statement_with
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


CREDIT = "(Reporting by Anna Kovac in Yerevan; Editing by Alex Richardson)"
CREDITS = f"\n\n{CREDIT}\n\nYerevan Herald, 2/11.\n"


def _with_credits(tmp_path: Path, source: Path, name: str) -> Path:
    """`source`'s text with a wire's credit lines, which the import marks narration itself."""
    path = tmp_path / name
    path.write_text(source.read_text("utf-8") + CREDITS, "utf-8")
    return path


def test_the_hint_names_the_version_worked_on_over_one_with_more_furniture(
    cli: Runner, tmp_path: Path
) -> None:
    """A second version with credit lines, never worked on, shares more furniture with a third
    than the first version holds tags: its import's own narration marks counted as work, and
    the hint named it, leaving the first version's tag behind."""
    v1 = imported(cli, EN)["id"]
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    cli("tag", statement_with(cli, "1,166 troops")["id"], "Karabakh officials")
    v2 = _with_credits(tmp_path, updated(tmp_path), "v2.txt")
    assert imported(cli, v2)["update_of"]["source"] == v1
    v3 = tmp_path / "v3.txt"
    v3.write_text(v2.read_text("utf-8").replace("Three ceasefires", "Three truces"), "utf-8")
    found = imported(cli, v3)["update_of"]
    assert found["source"] == v1, found


def test_nothing_annotated_is_said_so_everywhere(cli: Runner, tmp_path: Path) -> None:
    """With only the import's own furniture marks on the earlier version, `source carry` and
    `import --update-of` of the file again said it "already has its annotations"."""
    v1 = imported(cli, _with_credits(tmp_path, EN, "v1.txt"))["id"]
    v2_path = _with_credits(tmp_path, updated(tmp_path), "v2.txt")
    v2 = imported(cli, v2_path)["id"]
    r = cli("source", "carry", v1, v2)
    assert r.code == 0, r.err
    assert "have no annotations there" in r.err, r.err
    assert cli("source", "carry", v1, v2, "--json").json()["annotated"] == 0
    again = cli("import", str(v2_path), "--update-of", v1)
    assert again.code == 0, again.err
    assert "which has none to hand over: nothing to carry" in again.err, again.err


def test_a_tag_on_what_the_import_marked_furniture_is_carried(cli: Runner, tmp_path: Path) -> None:
    """The analyst tagged a line the import had marked narration itself: `--update-of` hands
    the tag over, and `source carry` kept the later version's own furniture mark instead."""
    v1 = imported(cli, _with_credits(tmp_path, EN, "v1.txt"))["id"]
    credit = statement_with(cli, "Reporting by Anna Kovac")
    assert credit["narration"], credit
    cli("speaker", "add", "Anna Kovac", "--kind", "person")
    assert cli("tag", credit["id"], "Anna Kovac").code == 0
    v2 = imported(cli, _with_credits(tmp_path, updated(tmp_path), "v2.txt"))["id"]
    r = cli("source", "carry", v1, v2, "--json")
    assert r.code == 0, r.err
    assert r.json()["kept"] == []
    (later,) = [s for s in of_source(cli, v2) if "Reporting by Anna Kovac" in s["text"]]
    assert later["id"] in r.json()["carried"]
    assert (later["speaker"], later["narration"]) == (credit_speaker(cli), False)


def credit_speaker(cli: Runner) -> str:
    """The id of the speaker registered as Anna Kovac."""
    (found,) = [
        s["id"] for s in cli("speaker", "list", "--json").json() if s["name"] == "Anna Kovac"
    ]
    return found


def test_the_two_versions_named_the_wrong_way_round_are_refused(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """`source carry LATER EARLIER`, with the annotations on the earlier, said "nothing to
    carry: … already have its annotations" and the analyst took the work as done."""
    annotated(cli)
    herald = imported(cli, EN)["id"]
    v2 = imported(cli, updated(tmp_path))["id"]
    untouched = store_state(db)
    r = cli("source", "carry", v2, herald)
    assert r.code == 1
    assert r.err.count("\n") == 1, r.err
    assert f"did you mean 'claimtrack source carry {herald} {v2}'?" in r.err, r.err
    assert store_state(db) == untouched
