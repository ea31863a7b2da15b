"""`sources` lists what was imported, `statements --source` takes an outlet or a title, and
`show CLAIM` tells everything that happened to the claim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimtrack import ids
from claimtrack.store import Store
from tests.cli.desk import EN, EN_DENIAL, accusation_and_denial, imported, statement_with
from tests.conftest import DEMO, Runner, store_state

RU = DEMO / "05_vesti-evrazii_ru.txt"


def refused(cli: Runner, db: Path, *args: str, match: str) -> str:
    """Run a command that must fail: one line on stderr, nothing on stdout, store unchanged."""
    before = store_state(db)
    r = cli(*args)
    assert r.code != 0 and r.out == ""
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert match.lower() in lines[0].lower(), lines[0]
    assert store_state(db) == before
    return lines[0]


# -- sources ------------------------------------------------------------------------------------


def test_sources_lists_every_source_by_date_with_how_far_it_is_reviewed(cli: Runner) -> None:
    cli("init")
    assert cli("sources", "--json").json() == []
    empty = cli("sources")
    assert empty.code == 0 and "no sources yet" in empty.err and empty.out == ""

    herald = imported(
        cli, EN, "--outlet", "Yerevan Herald", "--published", "2020-10-31", "--reliability", "b"
    )
    daily = imported(cli, EN_DENIAL, "--outlet", "Caspian Daily", "--published", "2020-10-30")
    undated = imported(cli, RU)
    cli("speaker", "add", "Karabakh officials")
    cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"], "Karabakh officials")
    narration = next(
        s for s in cli("statements", "--json", "--source", herald["id"]).json() if not s["speaker"]
    )
    cli("narration", narration["id"])

    rows = cli("sources", "--json").json()
    assert [r["id"] for r in rows] == [undated["id"], daily["id"], herald["id"]]  # undated first
    first_herald = rows[2]
    assert first_herald == {
        "id": herald["id"],
        "outlet": "Yerevan Herald",
        "published": "2020-10-31",
        "lang": "en",
        "statements": herald["statements"],
        "reviewed": 3,  # one tagged, one marked narration, the dateline's lead imported so
        "title": herald["title"],
        "url": None,
        "reliability": "B",
    }
    assert (rows[0]["outlet"], rows[0]["published"], rows[0]["lang"]) == (None, None, "ru")
    assert [r["reviewed"] for r in rows[:2]] == [0, 1]  # the daily's "BAKU —" lead

    header, *lines = cli("sources").out.splitlines()  # into a pipe: one row per line
    assert header.split("\t") == [
        "id", "outlet", "published", "lang", "statements", "reviewed", "title", "reliability"
    ]  # fmt: skip
    assert lines[2].split("\t") == [
        herald["id"], "Yerevan Herald", "2020-10-31", "en", str(herald["statements"]), "3",
        herald["title"], "B",
    ]  # fmt: skip
    assert lines[0].split("\t")[-1] == ""  # no grade given
    assert cli("sources", "--help").code == 0


def test_a_hostile_title_is_printed_as_text(cli: Runner, db: Path, tmp_path: Path) -> None:
    for n in (1, 2):
        doc = tmp_path / f"evil{n}.txt"
        doc.write_text(
            f"[bold red]Evil[/] \x1b[31mreport {n}\x1b]0;pwned\x07\n\nOfficials said {n} died.\n",
            encoding="utf-8",
        )
        imported(cli, doc, "--outlet", "Evil\x1b[2J Wire", "--lang", "en")
    listed = cli("sources")
    assert listed.code == 0
    assert "[bold red]Evil[/]" in listed.out  # markup shown, not applied
    assert "\x1b" not in listed.out and "\x07" not in listed.out
    line = refused(cli, db, "statements", "--source", "evil", match="is ambiguous")
    assert "\x1b" not in line and "\x07" not in line


# -- statements --source ------------------------------------------------------------------------


def test_statements_take_a_source_by_outlet_or_title_words(cli: Runner, db: Path) -> None:
    herald = imported(
        cli, EN, "--outlet", "Yerevan Herald", "--published", "2020-10-31", "--reliability", "b"
    )
    daily = imported(cli, EN_DENIAL, "--outlet", "Caspian Daily", "--published", "2020-10-31")

    def listed(ref: str) -> list[str]:
        r = cli("statements", "--json", "--source", ref)
        assert r.code == 0, r.err
        return [row["id"] for row in r.json()]

    herald_rows = listed(herald["id"])
    assert herald_rows and {r["source"] for r in cli("statements", "--json").json()} == {
        herald["id"],
        daily["id"],
    }
    assert listed(herald["id"][:5]) == herald_rows  # a unique id prefix works as before
    assert listed("yerevan herald") == herald_rows  # the outlet, in any case
    assert listed("Herald") == herald_rows  # part of the outlet
    assert listed("OVERNIGHT strikes") == herald_rows  # part of the title
    assert listed("rejects Armenian") == listed(daily["id"])
    assert len(cli("statements", "--source", "Caspian Daily").out.splitlines()) > 1

    line = refused(cli, db, "statements", "--source", "Martuni", match="is ambiguous")
    assert herald["id"] in line and daily["id"] in line  # both titles end "… Martuni"
    assert "Yerevan Herald" in line and "Caspian Daily" in line
    refused(cli, db, "statements", "--source", "Tass", match="no source matches 'Tass'")


def test_an_outlet_with_two_sources_is_ambiguous_and_a_title_picks_one(
    cli: Runner, db: Path
) -> None:
    first = imported(cli, EN, "--outlet", "Wire", "--published", "2020-10-31")
    second = imported(cli, EN_DENIAL, "--outlet", "Wire", "--published", "2020-10-30")
    line = refused(cli, db, "statements", "--source", "wire", match="source 'wire' is ambiguous")
    assert line.index(second["id"]) < line.index(first["id"])  # in the order `sources` lists
    rows = cli("statements", "--json", "--source", "Defence Ministry rejects").json()
    assert {r["source"] for r in rows} == {second["id"]}


# -- show CLAIM: the whole history --------------------------------------------------------------


def ops(cli: Runner, ref: str) -> list[str]:
    r = cli("show", ref, "--json")
    assert r.code == 0, r.err
    return [e["op"] for e in r.json()["events"]]


def test_a_claims_history_holds_its_links_outcomes_and_their_undo(cli: Runner) -> None:
    accusation_and_denial(cli)
    accusation = cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"],
                     "Karabakh officials", "--json").json()["claim"]  # fmt: skip
    denial = cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry",
                 "--json").json()["claim"]  # fmt: skip
    other = cli("tag", statement_with(cli, "1,166 troops")["id"], "Karabakh officials",
                "--json").json()["claim"]  # fmt: skip
    assert ops(cli, accusation) == ["import", "tag"]

    link = cli("link", accusation, denial, "--rel", "contradicts", "--json").json()["id"]
    cli("outcome", accusation, "--verdict", "true", "--date", "2020-11-20")
    cli("unlink", link)
    cli("undo")  # the link is back
    cli("redo")  # and gone again
    assert ops(cli, accusation) == [
        "import", "tag", "link", "outcome", "unlink", "undo", "redo"
    ]  # fmt: skip
    assert ops(cli, denial) == ["import", "tag", "link", "unlink", "undo", "redo"]
    assert ops(cli, other) == ["import", "tag"]  # nothing of the others' links or verdicts

    human = cli("show", accusation)
    assert human.code == 0
    history = human.out.split("seq\twhen\twho\top\tsummary\n", 1)[1]  # the last table
    for summary in (f"remove link {link}", f"{accusation} judged true", "undo: remove link"):
        assert summary in history


def test_a_merged_claim_keeps_the_history_of_what_it_absorbed(cli: Runner) -> None:
    accusation_and_denial(cli)
    kept = cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"],
               "Karabakh officials", "--json").json()["claim"]  # fmt: skip
    dropped = cli("tag", statement_with(cli, "1,166 troops")["id"], "Karabakh officials",
                  "--json").json()["claim"]  # fmt: skip
    denial = cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry",
                 "--json").json()["claim"]  # fmt: skip
    cli("link", dropped, denial, "--rel", "contradicts")
    cli("outcome", dropped, "--verdict", "false", "--date", "2020-11-20")
    assert cli("claim", "merge", kept, dropped).code == 0
    assert ops(cli, kept) == ["import", "tag", "tag", "link", "outcome", "claim.merge"]
    statement = statement_with(cli, "1,166 troops")["id"]  # a statement's claim shows it too
    assert "outcome" in [e["op"] for e in cli("show", statement, "--json").json()["claim_detail"]
                         ["events"]]  # fmt: skip


def test_a_merged_speakers_id_says_which_speaker_it_became(cli: Runner) -> None:
    """A merged claim's id said where it went; a merged speaker's said "no speaker
    matches", whether or not it had statements."""
    accusation_and_denial(cli)
    said = statement_with(cli, "accused Azerbaijan of shelling")["id"]
    kept = cli("speaker", "add", "Arayik Harutyunyan", "--json").json()["id"]
    twin = cli("speaker", "add", "Araik Arutyunyan", "--json").json()["id"]
    idle = cli("speaker", "add", "Araik Harutunyan", "--json").json()["id"]
    cli("tag", said, twin)
    assert cli("speaker", "merge", kept, twin, idle).code == 0
    for gone in (twin, idle):
        for args in (("show", gone), ("tag", said, gone)):
            r = cli(*args)
            assert r.code != 0 and len(r.err.strip().splitlines()) == 1
            assert f"speaker {gone} was merged into speaker {kept} on " in r.err, args
            assert r.err.rstrip().endswith(f"use {kept}")
        # a claim's lookup does not send one to a speaker, whose id it cannot take
        r = cli("outcome", gone, "--verdict", "true")
        assert r.code != 0 and "was merged" not in r.err


def test_a_claim_merged_twice_names_the_claim_that_holds_it_now(cli: Runner, db: Path) -> None:
    """Merged into a claim merged in turn, an id said only "was merged away on …": the
    analyst holding it in a note had to dig through the log for what it became."""
    accusation_and_denial(cli)
    first, second, third = (
        cli("tag", statement_with(cli, needle)["id"], "Karabakh officials", "--json").json()[
            "claim"
        ]
        for needle in ("accused Azerbaijan of shelling", "1,166 troops", "kept firing")
    )
    denial = cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry",
                 "--json").json()["claim"]  # fmt: skip
    assert cli("claim", "merge", second, first).code == 0
    assert cli("claim", "merge", third, second).code == 0
    assert cli("undo").code == 0 and cli("redo").code == 0  # a redone merge is one too
    for args in (
        ("show", first),
        ("link", first, denial, "--rel", "contradicts"),
        ("outcome", first, "--verdict", "false"),
        ("suggest", "reject", first, denial),
        ("suggest", "accept", denial, first, "--rel", "contradicts"),
        ("claim", "edit", first, "--tag", "shelling"),
    ):
        line = refused(cli, db, *args, match=f"claim {first} was merged into claim {second} on ")
        assert f"and {second} into {third} on " in line and line.endswith(f"use {third}"), args
    line = refused(cli, db, "show", second, match=f"claim {second} was merged into claim {third}")
    assert line.endswith(f"use {third}")


def test_a_link_a_merge_folded_into_another_says_which_and_keeps_its_note(
    cli: Runner, db: Path
) -> None:
    """The denial contradicts two claims, once with a note; merging the two made the links
    one and the other link's id answered only "no record with id"."""
    accusation_and_denial(cli)
    shelling, troops = (
        cli("tag", statement_with(cli, needle)["id"], "Karabakh officials", "--json").json()[
            "claim"
        ]
        for needle in ("accused Azerbaijan of shelling", "1,166 troops")
    )
    denial = cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry",
                 "--json").json()["claim"]  # fmt: skip
    note = "JCMC found no weapons in basement"
    noted = cli("link", denial, shelling, "--rel", "contradicts", "--note", note, "--json")
    bare = cli("link", denial, troops, "--rel", "contradicts", "--json")
    links = {noted.json()["id"], bare.json()["id"]}
    assert cli("claim", "merge", troops, shelling).code == 0
    (kept,) = cli("show", troops, "--json").json()["links"]
    assert kept["note"] == note
    (dropped,) = links - {kept["id"]}
    for args in (("show", dropped), ("unlink", dropped)):
        line = refused(cli, db, *args, match=f"link {dropped} was merged into link {kept['id']}")
        assert f"claim {shelling} was merged into claim {troops}" in line
        assert line.endswith(f"use {kept['id']}")
    assert cli("unlink", kept["id"]).code == 0
    line = refused(cli, db, "show", dropped, match=f"link {dropped} was folded into the link")
    assert "removed since" in line
    refused(cli, db, "show", kept["id"], match=f"link {kept['id']} was removed on ")
    # a link made later between the same claims never held the note (a code review)
    later = cli("link", denial, troops, "--rel", "contradicts", "--json").json()["id"]
    line = refused(cli, db, "show", dropped, match=f"link {dropped} was folded into the link")
    assert later not in line and "removed since" in line
    assert all(cli("undo").code == 0 for _ in range(3))  # the new link, the unlink, the merge
    shown = {lk["id"]: lk.get("note") for lk in cli("show", denial, "--json").json()["links"]}
    assert shown == {noted.json()["id"]: note, bare.json()["id"]: None}


def test_a_source_imported_without_outlet_or_date_gets_them_with_source_edit(
    cli: Runner, db: Path
) -> None:
    src = imported(cli, EN)
    again = cli("import", str(EN), "--outlet", "Yerevan Herald", "--published", "2020-10-31")
    assert again.code == 0
    assert "no change; its outlet and published differ" in again.err
    assert f"claimtrack source edit {src['id']} --outlet 'Yerevan Herald'" in again.err
    edited = cli("source", "edit", "Karabakh accuses", "--outlet", "Yerevan Herald",
                 "--published", "2020-10-31", "--json")  # fmt: skip
    assert edited.code == 0 and edited.json()["changed"] == ["outlet", "published"]
    (row,) = cli("sources", "--json").json()
    assert (row["outlet"], row["published"]) == ("Yerevan Herald", "2020-10-31")
    refused(cli, db, "source", "edit", src["id"], match="nothing to change")
    refused(cli, db, "source", "edit", src["id"], "--published", "31.02.2020", match="not a real")
    refused(cli, db, "source", "edit", "no such outlet", "--outlet", "X", match="no source")
    refused(cli, db, "claim", "edit", src["id"], match="nothing to change")


def test_undo_says_whose_change_it_took_back(cli: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    """`undo` takes the newest change whoever made it; taking a colleague's back said nothing."""
    accusation_and_denial(cli)
    row = statement_with(cli, "accused Azerbaijan of shelling")
    cli("tag", row["id"], "Karabakh officials")
    monkeypatch.setenv("CLAIMTRACK_ANALYST", "bob")
    r = cli("undo")
    assert r.code == 0
    assert re.fullmatch(
        rf"undone: tag {row['id']} as Karabakh officials "
        r"\(tester's change of \d{4}-\d\d-\d\d \d\d:\d\d\)\n",
        r.err,
    ), r.err
    assert cli("redo").err.startswith("redone: tag")  # bob's own undo: no name to give


def test_undo_and_redo_with_nothing_left_are_refused_saying_why(cli: Runner, db: Path) -> None:
    """Nothing left to undo is a refused operation, as the CLI refuses every other: `undo
    --json` exited 0 printing `null`, so a script undoing its own work until done had to test
    for a null, and "nothing to undo" alone did not say whether the log was empty or every
    change in it already undone."""
    cli("init")
    refused(cli, db, "undo", match="nothing to undo: the log is empty")
    refused(cli, db, "redo", match="nothing to redo: the log is empty")
    refused(cli, db, "undo", "--json", match="nothing to undo: the log is empty")
    cli("speaker", "add", "Karabakh officials")
    refused(cli, db, "redo", "--json", match="nothing to redo: no change has been undone")
    assert cli("undo").code == 0  # the one change: then nothing is left to do again
    for args in (("undo",), ("undo", "--json")):
        refused(cli, db, *args, match="nothing to undo: every change in the log is undone")
    assert cli("redo", "--json").json()["redone"]["summary"] == "add speaker Karabakh officials"
    for args in (("redo",), ("redo", "--json")):
        refused(cli, db, *args, match="nothing to redo: every undone change is redone")
    cli("undo")
    cli("speaker", "add", "Azerbaijan defence ministry")
    said = refused(cli, db, "redo", match="nothing to redo: change 5 ")
    assert said.endswith("('add speaker Azerbaijan defence ministry') was made after the last undo")


def test_undo_n_says_which_numbers_the_log_holds_and_what_became_of_a_redone_change(
    cli: Runner, db: Path
) -> None:
    """`undo 1` on a change undone and redone since said "it is already undone" while the
    change was in the store; `undo 40` on a log of three said only "no change '40'"."""
    cli("init")
    refused(cli, db, "undo", "1", match="no change '1' in the log (the log is empty)")
    cli("speaker", "add", "Karabakh officials")  # 1
    cli("undo")  # 2
    cli("redo")  # 3
    refused(
        cli,
        db,
        "undo",
        "40",
        match="no change '40' in the log (the log numbers its changes 1 to 3;",
    )
    # (all digits is a number of the log, however many zeros)
    refused(cli, db, "undo", "00000000", match="no change '00000000' in the log")
    refused(cli, db, "undo", "1", match="it was redone since as change 3, which undo 3 takes back")
    refused(cli, db, "undo", "2", match="it is itself an undo, taken back since by change 3")
    assert cli("undo", "3").code == 0  # 4
    refused(
        cli,
        db,
        "undo",
        "1",
        match="cannot undo 'add speaker Karabakh officials': it is already undone",
    )
    refused(cli, db, "undo", "4", match="it is itself an undo (redo takes it back)")
    cli("speaker", "add", "Azerbaijan defence ministry")  # 5: redo ends
    refused(
        cli, db, "undo", "4", match="it is itself an undo, and a change made after it ended redo"
    )


def _numbered(cli: Runner, summary_start: str) -> str:
    """The log's number of the one change whose summary starts so."""
    (seq,) = [
        e["seq"] for e in cli("log", "--json").json() if e["summary"].startswith(summary_start)
    ]
    return str(seq)


def test_undo_n_takes_back_an_earlier_change_past_one_a_merge_made_undoable(
    cli: Runner, db: Path
) -> None:
    """A git merge kept the other side's version of a record a logged change wrote: undo
    refused that change for good, and with it every change before it."""
    import json

    accusation_and_denial(cli)
    tagged = statement_with(cli, "accused Azerbaijan of shelling")
    cli("tag", tagged["id"], "Karabakh officials")
    noted = statement_with(cli, "denied")
    cli("note", noted["id"], "check the ministry's channel")
    data = json.loads(db.read_text(encoding="utf-8"))
    data["statements"][noted["id"]]["note"] = "the other analyst's note"  # the merge's pick
    db.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    stuck = refused(cli, db, "undo", match="was changed since")
    assert "'claimtrack undo N' undoes an earlier one" in stuck
    r = cli("undo", _numbered(cli, "tag "))
    assert r.code == 0 and r.err.startswith(f"undone: tag {tagged['id']} as Karabakh officials")
    assert statement_with(cli, "accused Azerbaijan of shelling")["speaker"] is None
    assert statement_with(cli, "denied")["note"] == "the other analyst's note"
    assert cli("check").err == "store is sound\n"
    refused(cli, db, "undo", _numbered(cli, "tag "), match="already undone")
    refused(cli, db, "undo", _numbered(cli, "undo: "), match="itself an undo")
    refused(cli, db, "undo", "999", match="no change '999' in the log")


def test_undo_n_refuses_a_change_later_ones_build_on(cli: Runner, db: Path) -> None:
    """Undoing an old `speaker add` would leave the statements tagged with it since pointing
    at nobody; the records it wrote alone were unchanged."""
    imported(cli, EN)
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    row = statement_with(cli, "accused Azerbaijan of shelling")
    cli("tag", row["id"], "Karabakh officials")
    refused(
        cli,
        db,
        "undo",
        _numbered(cli, "add speaker"),
        match=f"statement {row['id']}, changed later, refers to speaker",
    )
    assert cli("undo").err.startswith("undone: tag")  # newest first still works
    assert cli("undo", _numbered(cli, "add speaker")).code == 0
    assert cli("check").err == "store is sound\n"


def test_undo_n_refuses_a_change_a_later_one_touching_the_same_claims_depends_on(
    cli: Runner, db: Path
) -> None:
    """A review's repro: link, unlink, link the other way, then undo the unlink: the two
    claims both contradicted and supported each other, and `check` failed."""
    accusation_and_denial(cli)
    a = cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"],
            "Karabakh officials", "--json").json()["claim"]  # fmt: skip
    b = cli("tag", statement_with(cli, "denied")["id"],
            "Azerbaijan defence ministry", "--json").json()["claim"]  # fmt: skip
    first = cli("link", a, b, "--rel", "contradicts", "--json").json()["id"]
    cli("unlink", first)
    cli("link", a, b, "--rel", "supports")
    unlinked = _numbered(cli, "remove link")
    said = refused(cli, db, "undo", unlinked, match="since; undo it first")
    assert "link" in said
    assert f"changed claims {min(a, b)} and {max(a, b)} since" in said
    assert cli("check").err == "store is sound\n"
    assert cli("undo").code == 0  # the newest, then the unlink, one by one
    assert cli("undo", unlinked).code == 0
    assert cli("check").err == "store is sound\n"


def test_undo_n_looks_past_a_later_change_already_undone(cli: Runner, db: Path) -> None:
    """Tag, link, undo the link, note: `undo <tag>` blamed the undone link for good."""
    accusation_and_denial(cli)
    a = cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"],
            "Karabakh officials", "--json").json()["claim"]  # fmt: skip
    b = cli("tag", statement_with(cli, "denied")["id"],
            "Azerbaijan defence ministry", "--json").json()["claim"]  # fmt: skip
    cli("link", a, b, "--rel", "contradicts")
    cli("undo")
    cli("note", statement_with(cli, "1,166")["id"], "check the count")
    r = cli("undo", str(_tag_number(cli, "Karabakh")))
    assert r.code == 0, r.err
    assert cli("check").err == "store is sound\n"


def _tag_number(cli: Runner, speaker: str) -> int:
    """The log's number of the tag that named `speaker`."""
    (seq,) = [e["seq"] for e in cli("log", "--json").json()
              if e["op"] == "tag" and speaker in e["summary"]]  # fmt: skip
    return int(seq)


def test_check_says_when_changes_are_not_in_the_file_yet(cli: Runner, db: Path) -> None:
    """With a TUI open, its changes wait in the journal: `check` said "sound" and the analyst
    committed a file without them."""
    from claimtrack.services.annotate import set_statement_note
    from claimtrack.store import Store

    imported(cli, EN)
    statement = cli("statements", "--json").json()[0]["id"]
    assert "note:" not in cli("check").err
    open_elsewhere = Store.open(db)  # as the TUI holds it
    set_statement_note(open_elsewhere, statement, "written in the TUI")
    r = cli("check")
    assert r.code == 0
    assert "store is sound\nnote: 1 change not yet folded into" in r.err
    assert "claimtrack checkpoint" in r.err
    assert cli("check", "--json").json()["unfolded"] == 1
    cli("checkpoint")
    assert cli("check", "--json").json() == {"ok": True, "problems": []}


def test_undoing_an_import_after_a_tag_names_the_statement_they_share(
    cli: Runner, db: Path
) -> None:
    """A desk trial: `undo <import>` after tagging one of its statements said the tag
    "touched the same claims", but a tag changes a statement; the refusal names it."""
    imported(cli, EN)
    sid = statement_with(cli, "accused Azerbaijan of shelling")["id"]
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    assert cli("tag", sid, "Karabakh officials").code == 0
    said = refused(cli, db, "undo", _numbered(cli, "import"), match="since; undo it first")
    assert f"changed statement {sid} since" in said


def test_undo_n_is_not_refused_over_a_later_rejection_naming_the_same_claim(
    cli: Runner, db: Path
) -> None:
    """A desk rejects suggestions one after another: `undo 40` (one rejection) was refused
    because change 41 rejected another suggestion for the same claim, though a rejection
    writes nothing a claim holds. The tag that made a claim a later rejection names is still
    refused: undoing it would leave the rejection naming no claim."""
    accusation_and_denial(cli)
    shelling, troops = (
        cli("tag", statement_with(cli, needle)["id"], "Karabakh officials", "--json").json()[
            "claim"
        ]
        for needle in ("accused Azerbaijan of shelling", "1,166 troops")
    )
    denial = cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry",
                 "--json").json()["claim"]  # fmt: skip
    cli("suggest", "reject", shelling, denial, "--rel", "contradicts")
    first = _numbered(cli, f"reject contradicts {min(shelling, denial)}")
    cli("suggest", "reject", shelling, troops, "--rel", "supports")
    cli("link", shelling, denial, "--rel", "responds-to")
    r = cli("undo", first)
    assert r.code == 0, r.err
    assert r.err.startswith("undone: reject contradicts")
    assert {x["relation"] for x in _rejections(db)} == {"supports"}  # the later one stays
    links = cli("show", shelling, "--json").json()["links"]
    assert [lk["relation"] for lk in links] == ["responds-to"]  # and so does the link
    tag = _numbered(cli, f"tag {statement_with(cli, '1,166 troops')['id']}")
    refused(cli, db, "undo", tag, match=f"it made claim {troops}, which change")
    assert cli("check").code == 0


def test_undo_0_is_a_number_of_the_log_not_an_id_prefix(cli: Runner, db: Path) -> None:
    """`undo 0` answered "change id '0' is ambiguous: 0tb9d18, 0yraa6t" where `undo 9999`
    said which numbers the log holds: all digits is the log's number, as the help says."""
    cli("init")
    ids.seed_ids(31)  # the same ids each run: two changes' ids start with 0 below
    try:
        n = 0
        while sum(e["id"][0] == "0" for e in cli("log", "--json", "--limit", "999").json()) < 2:
            n += 1
            assert n < 400
            cli("speaker", "add", f"Speaker {n}")
    finally:
        ids.seed_ids(None)
    said = f"no change '0' in the log (the log numbers its changes 1 to {n};"
    refused(cli, db, "undo", "0", match=said)


def _rejections(db: Path) -> list[dict]:
    """The store's rejected suggestions, read as a script would."""
    store = Store.open(db)
    try:
        return list(store.docs("rejections").values())
    finally:
        store.close()
