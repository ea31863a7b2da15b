"""A second desk trial of the CLI: a desk of 35 statements spent 70 s on one `tag` or
`narration` per statement, and messages named claims by id alone."""

from __future__ import annotations

from pathlib import Path

from tests.cli.desk import EN, accusation_and_denial, imported, statement_with
from tests.cli.test_sources_and_history import refused
from tests.conftest import Runner, store_state


def _ids(cli: Runner, *needles: str) -> list[str]:
    return [statement_with(cli, needle)["id"] for needle in needles]


def _who_said(cli: Runner) -> dict[str, str | None]:
    """Each statement's text → its speaker's name (None: untagged or narration)."""
    names = {s["id"]: s["name"] for s in cli("speaker", "list", "--json").json()}
    return {s["text"]: names.get(s["speaker"]) for s in cli("statements", "--json").json()}


def test_narration_takes_several_statements_in_one_change(cli: Runner) -> None:
    """`narration` took one statement: 2 s a statement, mostly start-up. Several are marked
    in one change, so `undo` takes back the command the analyst typed, whole."""
    imported(cli, EN)
    lines = _ids(cli, "lies about 30 km", "taken to hospital", "Three ceasefires")
    r = cli("narration", *lines, "--json")
    assert r.code == 0, r.err
    assert r.json() == {"statements": lines, "narration": True}
    marked = [s["id"] for s in cli("statements", "--narration", "--json").json()]
    assert set(lines) <= set(marked)
    log = cli("log", "--json").json()
    assert log[0]["summary"].startswith("narration 3 statements: ")
    r = cli("undo")
    assert r.code == 0 and r.err.startswith("undone: narration 3 statements"), r.err
    assert not set(lines) & {s["id"] for s in cli("statements", "--narration", "--json").json()}
    # one statement: exactly as before (plus the list, as several give it)
    one = cli("narration", lines[0], "--json")
    assert one.json() == {"statement": lines[0], "narration": True, "statements": [lines[0]]}


def test_tag_suggested_takes_several_statements_as_enter_on_each_would(
    cli: Runner, tmp_path: Path
) -> None:
    """`tag --suggested A B C` tags each as ⏎ on it would, one after another (a speaker
    registered from one statement's proposal is what the next "they said" gets), in one
    change; the result is the one a command per statement gives."""
    imported(cli, EN)
    needles = ("accused Azerbaijan of shelling", "they said", "denied the accusation",
               "had instead shelled", "single village", "He accused Turkey")  # fmt: skip
    ids = _ids(cli, *needles)
    r = cli("tag", "--suggested", *ids, "--json")
    assert r.code == 0, r.err
    tagged = r.json()["tagged"]
    assert [t["statement"] for t in tagged] == ids
    assert sum(t["new_speaker"] for t in tagged) >= 2
    batch = _who_said(cli)
    assert len(cli("log", "--json").json()) == 2  # the import, and the one tag

    one_by_one = tmp_path / "one-by-one.json"
    other = ("--db", str(one_by_one))
    assert cli("import", str(EN), *other, use_db=False).code == 0
    rows = cli("statements", "--json", *other, use_db=False).json()
    for needle in needles:
        (sid,) = [s["id"] for s in rows if needle in s["text"]]
        assert cli("tag", sid, "--suggested", *other, use_db=False).code == 0
    names = {s["id"]: s["name"] for s in cli("speaker", "list", "--json", *other,
                                             use_db=False).json()}  # fmt: skip
    singly = {s["text"]: names.get(s["speaker"])
              for s in cli("statements", "--json", *other, use_db=False).json()}  # fmt: skip
    assert batch == singly

    r = cli("undo")
    assert r.code == 0 and r.err.startswith(f"undone: tag {len(ids)} statements"), r.err
    assert not any(_who_said(cli).values())
    assert cli("speaker", "list", "--json").json() == []  # the registrations went too


def test_tag_suggested_refuses_the_whole_batch_when_one_cannot_be_tagged(
    cli: Runner, db: Path
) -> None:
    """One statement with no suggestion among several: nothing is tagged, and the line says
    which and that the batch is one change."""
    imported(cli, EN)
    ids = _ids(cli, "accused Azerbaijan of shelling", "Three ceasefires")
    line = refused(cli, db, "tag", "--suggested", *ids, match=f"statement {ids[1]}")
    assert "nothing was tagged" in line
    refused(cli, db, "tag", ids[0], "Karabakh", "officials", match="quote a name")


def test_tag_one_statement_keeps_its_contract(cli: Runner, db: Path) -> None:
    """`tag STATEMENT SPEAKER` and `tag STATEMENT --suggested` print what they printed; a
    SPEAKER beside --suggested is still a usage error, not a statement looked for."""
    accusation_and_denial(cli)
    first, second = _ids(cli, "accused Azerbaijan of shelling", "denied")
    r = cli("tag", first, "Karabakh officials", "--json")
    assert r.code == 0, r.err
    assert {"statement", "speaker", "claim", "learned", "new_speaker"} <= r.json().keys()
    assert r.json()["statement"] == first
    r = cli("tag", second, "--suggested")
    assert r.code == 0 and r.err.startswith(f"{second} said by "), r.err
    before = store_state(db)
    r = cli("tag", first, "Karabakh officials", "--suggested")
    assert r.code == 2 and "name a SPEAKER or pass --suggested, not both" in r.err
    r = cli("tag", "--suggested", first, "no such speaker")
    assert r.code == 2 and "name a SPEAKER or pass --suggested, not both" in r.err
    # a review: a mistyped second id was told off as a speaker beside --suggested
    r = cli("tag", "--suggested", first, "zzzzq")
    assert r.code != 0 and "no statement" in r.err and "not both" not in r.err, r.err
    assert store_state(db) == before


def test_link_unlink_and_undo_name_each_claim_by_speaker_and_summary(cli: Runner) -> None:
    """ "linked dnb9rrc responds-to 71s2dbz" and "undone: remove link 7hq2": a desk knows
    claims by who said what. The ids stay; each is followed by its speaker and summary."""
    accusation_and_denial(cli)
    accusation, denial = _ids(cli, "accused Azerbaijan of shelling", "denied")
    a = cli("tag", accusation, "Karabakh officials", "--json").json()["claim"]
    b = cli("tag", denial, "Azerbaijan defence ministry", "--json").json()["claim"]
    said = {
        a: ("Karabakh officials", "“Nagorno-Karabakh officials on"),
        b: ("Azerbaijan defence ministry", "“Azerbaijan's defence ministry denied"),
    }

    def names_both(line: str) -> None:
        for claim, (who, words) in said.items():
            assert f"{claim} ({who}: {words}" in line, line
        assert line.index(b) < line.index(" responds-to ") < line.index(a), line

    r = cli("link", b, a, "--rel", "responds-to")
    assert r.code == 0
    names_both(r.err)
    r = cli("unlink", b, a, "--json")
    assert r.code == 0 and r.json()["a"] == b and r.json()["relation"] == "responds-to"
    r = cli("undo")
    assert r.err.startswith("undone: remove link "), r.err
    names_both(r.err)
    r = cli("undo", "--json")  # the link itself: the summary as before, told besides
    assert r.json()["undone"]["summary"] == f"{b} responds-to {a}"
    names_both(r.json()["undone"]["description"])
