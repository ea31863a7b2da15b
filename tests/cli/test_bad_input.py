"""Every kind of bad input: one line on stderr, a non-zero exit, and an untouched store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import DEMO, Result, Runner, store_state

EN = DEMO / "01_yerevan-herald_en.txt"


@pytest.fixture
def desk(cli: Runner) -> dict[str, str]:
    """A store with one source, two speakers, two tagged statements."""
    src = cli("import", str(EN), "--json").json()["sources"][0]
    cli("speaker", "add", "Karabakh officials", "--alias", "NK officials", "--side", "armenia")
    cli("speaker", "add", "Karabakh army", "--side", "armenia")
    rows = cli("statements", "--json").json()
    a = cli("tag", rows[1]["id"], "Karabakh officials", "--json").json()
    b = cli("tag", rows[2]["id"], "Karabakh army", "--json").json()
    return {
        "source": src["id"],
        "a": a["statement"],
        "b": b["statement"],
        "claim_a": a["claim"],
        "untagged": rows[3]["id"],
    }


def refused(cli: Runner, db: Path, *args: str, match: str) -> None:
    before = store_state(db)
    r = cli(*args)
    assert r.code != 0
    assert r.out == ""
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert "Traceback" not in r.err
    assert match.lower() in lines[0].lower(), lines[0]
    assert store_state(db) == before


def test_an_empty_db_path_never_falls_back_to_another_store(
    cli: Runner, db: Path, desk: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMTRACK_DB", str(db))  # a script's "$EMPTY" would reach this one
    before = store_state(db)
    for args in (("tag", desk["a"], "Karabakh officials", "--db", ""), ("--db", " ", "claims")):
        r = cli(*args, use_db=False)
        assert r.code == 2 and "--db" in r.err and "must not be empty" in r.err
    assert store_state(db) == before


def test_export_options_that_cannot_match_are_refused(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    refused(cli, db, "export", "-f", "csv", "--since", "2020-11-05", "--until", "2020-11-01",
            match="is after --until")  # fmt: skip
    refused(cli, db, "export", "-f", "csv", "--depth", "3", match="give --around too")
    # a review: a CSV named .xlsx would not open as a workbook
    refused(cli, db, "export", "-f", "excel", "-o", str(db.parent / "war.xlsx"),
            match="name the file war.csv")  # fmt: skip
    assert not (db.parent / "war.xlsx").exists()
    # a desk trial: "-o sudan.excel" wrote a file no double-click opens
    refused(cli, db, "export", "-f", "excel", "-o", str(db.parent / "sudan.excel"),
            match="only as .csv: name the file sudan.csv")  # fmt: skip
    assert not (db.parent / "sudan.excel").exists()
    assert cli("export", "-f", "excel", "-o", str(db.parent / "sudan.csv")).code == 0
    assert cli("export", "-f", "excel", "-o", os.devnull).code == 0  # no file to name (review)


@pytest.mark.parametrize(
    ("options", "match"),
    [
        (("--untagged", "--narration"), "--untagged lists statements not reviewed yet"),
        (("--untagged", "--speaker", "Karabakh army"), "--speaker only reviewed ones"),
        (("--narration", "--speaker", "Karabakh army"), "narration has no speaker"),
    ],
)
def test_statement_filters_that_exclude_each_other_are_refused(
    cli: Runner, db: Path, desk: dict[str, str], options: tuple[str, ...], match: str
) -> None:
    """An empty list read as "nothing left to review"."""
    refused(cli, db, "statements", *options, match=match)


def test_the_same_verdict_recorded_twice_is_refused(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """A command run twice put "false → false" in the brief's history."""
    verdict = ("outcome", desk["claim_a"], "--verdict", "false", "--date", "2020-11-02",
               "--evidence", "https://example.org/report")  # fmt: skip
    assert cli(*verdict).code == 0
    refused(cli, db, *verdict, match="already has this verdict (false decided 2020-11-02")
    assert cli(*verdict[:-1], "https://example.org/other").code == 0  # new evidence: recorded
    back = ("outcome", desk["claim_a"], "--verdict", "true", "--date", "2020-11-02")
    assert cli(*back).code == 0
    assert cli(*verdict).code == 0  # back to false: a change, though false was said before


def test_the_demo_never_overwrites_a_store(db: Path, desk: dict[str, str], tmp_path: Path) -> None:
    """`demo --path` deleted the analyst's store there and wrote the demo in its place."""
    from tests.durability.harness import run_cli  # `demo` takes no --db

    before = store_state(db)
    for taken in (db, tmp_path):
        code, out, err = run_cli("demo", "--path", str(taken), "--no-tui")
        assert code == 1 and out == "" and "already exists" in err, err
    assert store_state(db) == before
    fresh = tmp_path / "demo.json"
    assert run_cli("demo", "--path", str(fresh), "--no-tui")[:2] == (0, f"{fresh}\n")


def test_a_file_name_too_long_is_refused_in_one_line(tmp_path: Path) -> None:
    from tests.durability.harness import run_cli

    code, out, err = run_cli("sources", "--db", str(tmp_path / ("b" * 300 + ".json")))
    assert (code, out) == (1, "") and err.count("\n") == 1 and "File name too long" in err


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_output_a_terminal_cannot_encode_is_escaped_not_a_crash(
    db: Path, desk: dict[str, str], encoding: str
) -> None:
    """PYTHONIOENCODING=ascii crashed `claims` with a UnicodeEncodeError (Cyrillic text)."""
    import subprocess
    import sys

    run = [sys.executable, "-c", "import sys; from claimtrack.cli.main import main; "
           "sys.exit(main(sys.argv[1:]))", "speaker", "add", "Алиев", "--db", str(db)]  # fmt: skip
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    done = subprocess.run(run, capture_output=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([*run[:3], "speaker", "list", "--db", str(db)],
                            capture_output=True, env=env, timeout=60)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert b"\\u0410\\u043b" in listed.stdout  # the name, escaped


def _edit(db: Path, change: str, desk: dict[str, str]) -> None:
    """Change one value of the store file as a hand edit or a bad merge would."""
    import json

    data = json.loads(db.read_text(encoding="utf-8"))
    claim = data["claims"][desk["claim_a"]]
    statement = data["statements"][desk["a"]]
    speaker = next(iter(data["speakers"].values()))
    event = next(iter(data["events"].values()))
    {
        "journal_seq text": lambda: data["meta"]["store"].update(journal_seq="x"),
        "record a number": lambda: data["statements"].update({desk["a"]: 5}),
        "claim a list": lambda: statement.update(claim=["x"]),
        "event seq text": lambda: event.update(seq="x"),
        "summary missing": lambda: claim.pop("summary"),
        "name missing": lambda: speaker.pop("name"),
        "tags a number": lambda: claim.update(tags=5),
        "event ts a number": lambda: event.update(ts=5),
        "event without changes": lambda: event.pop("changes"),
        "event undoes a missing one": lambda: event.update(undoes="zzzzzzz"),
    }[change]()
    db.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    ["journal_seq text", "record a number", "claim a list", "event seq text",
     "summary missing", "name missing", "tags a number"],
)  # fmt: skip
def test_a_hand_edited_store_gets_one_line_naming_the_bad_value_never_a_crash(
    cli: Runner, db: Path, desk: dict[str, str], change: str
) -> None:
    """312 single-field edits crashed 76 commands with an internal error (a review)."""
    assert cli("checkpoint").code == 0
    _edit(db, change, desk)
    before = store_state(db)
    for command in (("check",), ("claims",), ("speaker", "add", "X"), ("speaker", "list")):
        r = cli(*command)
        assert r.code in (0, 1, 3), (command, r.err)  # never 70, "internal error"
        assert r.err.count("\n") <= 1 or command == ("check",), r.err
        if r.code != 0:
            assert store_state(db) == before
    assert cli("check").code != 0  # and check names what is wrong


@pytest.mark.parametrize(
    "change", ["event ts a number", "event without changes", "event undoes a missing one"]
)
def test_a_hand_edited_event_is_named_by_check_and_never_crashes_log_show_or_undo(
    cli: Runner, db: Path, desk: dict[str, str], change: str
) -> None:
    """A durability review: these edits passed `check` ("store is sound"), then `log`,
    `show` and `undo` died with an internal error."""
    assert cli("checkpoint").code == 0
    _edit(db, change, desk)
    r = cli("check")
    assert r.code != 0 and "is malformed" in r.err, r.err
    for command in (("log",), ("show", desk["claim_a"]), ("undo",), ("undo", "1")):
        before = store_state(db)
        r = cli(*command)
        assert r.code in (0, 1, 3), (command, r.err)  # never 70, "internal error"
        assert r.err.count("\n") <= 1, r.err
        if r.code != 0:
            assert store_state(db) == before


@pytest.mark.parametrize("command", [("init",), ("speaker", "add", "X")])
def test_a_journal_without_its_store_creates_nothing(
    cli: Runner, db: Path, command: tuple[str, ...]
) -> None:
    """A refused command left an empty store beside the journal, and said nothing changed."""
    journal = Path(f"{db}.journal")
    journal.write_text('{"seq": 1}\n', encoding="utf-8")
    r = cli(*command)
    assert r.code == 3 and "holds changes" in r.err and r.err.count("\n") == 1, r.err
    assert not db.exists() and journal.read_text(encoding="utf-8") == '{"seq": 1}\n'


def test_an_edit_that_would_change_nothing_is_refused(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """Both printed "updated" and changed nothing."""
    refused(cli, db, "speaker", "edit", "Karabakh army", match="nothing to change")
    refused(cli, db, "claim", "edit", desk["claim_a"], "--untag", "nope", match="has no tag 'nope'")


def test_unknown_id(cli: Runner, db: Path, desk: dict[str, str]) -> None:
    refused(cli, db, "tag", "zzzzzzz", "Karabakh officials", match="no statement")
    refused(cli, db, "show", "zzzzzzz", match="no record")
    refused(cli, db, "link", "zzzzzzz", desk["a"], "--rel", "contradicts", match="no ")


def test_ambiguous_prefix(cli: Runner, db: Path, desk: dict[str, str]) -> None:
    import json
    from collections import Counter

    data = json.loads(db.read_text())
    ids = [i for table, docs in data.items() if table != "meta" for i in docs]
    first = Counter(i[0] for i in ids)  # ~40 random ids: a shared first letter is near-certain
    shared = next(letter for letter, n in first.most_common() if n > 1)
    refused(cli, db, "show", shared, match="ambiguous")


def test_unknown_and_ambiguous_speaker_lists_candidates(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    refused(cli, db, "tag", desk["untagged"], "Vladimir Putin", match="no speaker")
    # a name nobody has yet: the one line says how to register it
    refused(cli, db, "tag", desk["untagged"], "Vladimir Putin",
            match='to register it: claimtrack speaker add "Vladimir Putin"')  # fmt: skip
    before = store_state(db)
    r = cli("tag", desk["untagged"], "Karabakh")
    assert r.code != 0 and "ambiguous" in r.err
    assert "Karabakh officials" in r.err and "Karabakh army" in r.err
    assert store_state(db) == before


def test_a_name_only_like_a_registered_one_is_refused_with_the_ways_on(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """`tag ST Polhukam` (the ministry not registered) tagged its minister, whose alias is
    "Menko Polkam", without a word."""
    minister = cli("speaker", "add", "Bambang W. Prasetyo", "--alias", "Menko Polkam",
                   "--json").json()  # fmt: skip
    alike = f'only alike: {minister["id"]} Bambang W. Prasetyo (as "Menko Polkam")'
    refused(cli, db, "tag", desk["untagged"], "Polhukam", match=alike)
    r = cli("tag", desk["untagged"], "Polhukam")
    assert f"to tag one: claimtrack tag {desk['untagged']} ID" in r.err
    assert pasted(cli, r.err, "to register it:").code == 0
    tagged = cli("tag", desk["untagged"], "Polhukam", "--json").json()
    assert tagged["speaker"] != minister["id"]


def pasted(cli: Runner, message: str, after: str) -> Result:
    """Run the command `message` suggests after `after`, as a user pasting it would."""
    import shlex

    words = shlex.split(message.split(after, 1)[1].strip())
    assert words[0] == "claimtrack", message
    return cli(*words[1:], use_db=False)


def test_the_commands_a_refusal_suggests_work_when_pasted(
    cli: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tag` for a name nobody has said "claimtrack speaker add NAME" without the `--db` the
    user gave: pasted, it registered the speaker in ./claimtrack.json, not in their store."""
    monkeypatch.chdir(tmp_path)  # where a pasted command without --db would write
    folder = tmp_path / "war desk's $HOME"  # a path a shell would split, unquote or expand
    folder.mkdir()
    store = str(folder / "desk.json")
    cli("import", str(EN), "--db", store, use_db=False)
    untagged = cli("statements", "--json", "--db", store, use_db=False).json()[1]["id"]
    for where in (("tag", untagged, "Vladimir Putin", "--db", store),
                  ("--db", store, "tag", untagged, "Vladimir Putin")):  # fmt: skip
        r = cli(*where, use_db=False)
        assert r.code == 1 and "to register it: claimtrack speaker add" in r.err
        assert pasted(cli, r.err, "to register it:").code == 0
        assert cli(*where, use_db=False).code == 0  # the speaker is now in the store named
        for _ in range(2):  # the tag, then the speaker
            assert cli("undo", "--db", store, use_db=False).code == 0
    post = cli("speaker", "add", "Washington Post", "--db", store, use_db=False)
    assert pasted(cli, post.err, "in any script:").code == 0
    listed = cli("speaker", "list", "--json", "--db", store, use_db=False).json()
    assert [s["kind"] for s in listed if s["name"] == "Washington Post"] == ["person"]
    assert not (tmp_path / "claimtrack.json").exists()


def test_unknown_relation_or_verdict(cli: Runner, db: Path, desk: dict[str, str]) -> None:
    refused(cli, db, "link", desk["a"], desk["b"], "--rel", "disagrees", match="relation")
    refused(cli, db, "outcome", desk["a"], "--verdict", "pants-on-fire", match="verdict")
    refused(
        cli,
        db,
        "outcome",
        desk["a"],
        "--verdict",
        "true",
        "--date",
        "yesterday",
        match="YYYY-MM-DD",
    )


def test_a_kind_relation_or_verdict_is_taken_by_its_start(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """`--kind gov` was refused though the README says "its start will do: `gov`" (the TUI
    took it): the CLI takes the start of one choice, any case, and refuses one of several."""
    added = cli("speaker", "add", "Azerbaijan Government", "--kind", "GOV", "--json").json()
    assert added["kind"] == "government"
    edited = cli("speaker", "edit", added["id"], "--kind", "org", "--json").json()
    assert edited["kind"] == "organisation"
    refused(cli, db, "speaker", "add", "Hikmet Hajiyev", "--kind", "m",
            match="speaker kind 'm' is ambiguous: could be ministry, military, media")  # fmt: skip
    assert cli("link", desk["a"], desk["b"], "--rel", "resp").code == 0
    (link,) = cli("show", desk["claim_a"], "--json").json()["links"]
    assert link["relation"] == "responds-to"
    assert cli("outcome", desk["a"], "--verdict", "Mostly").code == 0
    assert cli("show", desk["claim_a"], "--json").json()["verdict"] == "mostly-true"
    refused(cli, db, "outcome", desk["a"], "--verdict", "mi", match="could be mixed, misleading")
    # "mostly true" is taken, "mostly false" asks which is meant (no such verdict)
    refused(cli, db, "outcome", desk["a"], "--verdict", "mostly false",
            match="unknown verdict 'mostly false': did you mean misleading or false?")  # fmt: skip
    refused(cli, db, "claims", "--verdict", "mostly false", match="did you mean misleading")


def test_linking_a_claim_to_itself(cli: Runner, db: Path, desk: dict[str, str]) -> None:
    refused(cli, db, "link", desk["a"], desk["claim_a"], "--rel", "contradicts", match="itself")


def test_a_pair_cannot_both_contradict_and_support(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    assert cli("link", desk["a"], desk["b"], "--rel", "contradicts").code == 0
    refused(cli, db, "link", desk["b"], desk["a"], "--rel", "supports", match="unlink it first")
    assert cli("link", desk["b"], desk["a"], "--rel", "responds-to").code == 0  # may co-exist
    assert cli("check").code == 0


def test_linking_an_untagged_statement(cli: Runner, db: Path, desk: dict[str, str]) -> None:
    refused(cli, db, "link", desk["untagged"], desk["a"], "--rel", "supports", match="tag it")


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"", "empty"),
        (b"   \n\n\t ", "empty"),
        (b"\x00\x01\x02\x03PNG\x00\x00binary\x00" * 50, "binary"),
    ],
)
def test_bad_files_are_refused(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path, content: bytes, match: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    refused(cli, db, "import", str(bad), match=match)


def test_an_oversized_file_is_refused(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    from claimtrack.ingest import MAX_BYTES

    big = tmp_path / "big.txt"
    big.write_bytes(b"Officials said it. " * (MAX_BYTES // 19 + 10))
    refused(cli, db, "import", str(big), match="large")


def test_oversized_stdin_is_refused(
    cli: Runner, db: Path, desk: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    from claimtrack.ingest import MAX_BYTES

    fake = io.TextIOWrapper(io.BytesIO(b"Officials said it. " * (MAX_BYTES // 19 + 10)))
    monkeypatch.setattr(sys, "stdin", fake)
    refused(cli, db, "import", "-", match="larger than")


def test_a_bad_file_among_good_ones_imports_nothing(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    refused(cli, db, "import", str(DEMO / "02_caspian-daily_en.txt"), str(bad), match="empty")


def test_a_missing_file(cli: Runner, db: Path, desk: dict[str, str]) -> None:
    refused(cli, db, "import", "/nonexistent/file.txt", match="no such file")


def test_a_file_that_is_not_a_store(cli: Runner, tmp_path: Path) -> None:
    other = tmp_path / "package.json"
    other.write_text('{"name": "left-pad", "version": "1.0.0"}')
    before = other.read_bytes()
    r = cli("--db", str(other), "speaker", "add", "Putin", use_db=False)
    assert r.code != 0 and "not a claimtrack store" in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert other.read_bytes() == before


def test_a_newer_schema_is_refused(cli: Runner, tmp_path: Path) -> None:
    newer = tmp_path / "newer.json"
    newer.write_text('{"meta": {"store": {"app": "claimtrack", "schema": 7}}}')
    before = newer.read_bytes()
    r = cli("statements", "--db", str(newer), use_db=False)
    assert r.code != 0 and "newer" in r.err
    assert newer.read_bytes() == before


def test_a_missing_store_for_a_read(cli: Runner, db: Path) -> None:
    r = cli("statements")
    assert r.code != 0 and "no store" in r.err and not db.exists()


def test_usage_errors_are_one_line(cli: Runner, db: Path, desk: dict[str, str]) -> None:
    refused(cli, db, "link", desk["a"], match="missing")
    refused(cli, db, "frobnicate", match="no such command")


def test_markup_and_escapes_in_imported_text_stay_inert(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_bytes(
        b"Hostile [bold red]title[/]\n\nThe [link=file:///etc/passwd]ministry[/link] said "
        b"\x1b[31mred\x1b[0m things. \x1b]0;pwned\x07Officials said more."
    )
    assert cli("import", str(hostile)).code == 0
    r = cli("statements")
    assert "\x1b" not in r.out and "\x07" not in r.out
    assert "[link=file:///etc/passwd]ministry[/link]" in r.out.replace("\n", "")
    assert "[bold red]title[/]" in cli("statements", "--json").out


def test_a_refused_command_leaves_a_pending_journal_alone(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """With a TUI open (its changes journalled, not folded), bad input still changes nothing."""
    from claimtrack.services.annotate import set_statement_note
    from claimtrack.store import Store

    open_elsewhere = Store.open(db)
    set_statement_note(open_elsewhere, desk["a"], "written by a session still open")
    assert Path(str(db) + ".journal").read_bytes() != b""
    refused(cli, db, "tag", "zzzzzzz", "Karabakh officials", match="no statement")
    refused(cli, db, "statements", "--source", "zzzzzzz", match="no source")


def test_more_refusals_found_in_review(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "notes.txt"  # a file: no folder can ever be made under it
    not_a_folder.write_text("x")
    out = str(not_a_folder / "dir" / "x.json")
    refused(cli, db, "export", "--format", "json", "-o", out, match="cannot write")
    refused(cli, db, "suggest", "reject", desk["a"], desk["b"], "--rel", "bogus", match="relation")
    refused(cli, db, "claims", "--verdict", "bogus", match="verdict")
    refused(cli, db, "export", "--format", "csv", "--verdict", "bogus", match="verdict")
    refused(cli, db, "statements", "--limit", "-1", match="-1")
    refused(cli, db, "suggest", "reject", desk["a"], desk["a"], "--rel", "supports",
            match="with itself")  # fmt: skip
    refused(cli, db, "speaker", "edit", "Karabakh officials", "--remove-alias", "nobody",
            match="no alias 'nobody'")  # fmt: skip


def test_a_refused_speaker_add_does_not_create_a_store(cli: Runner, db: Path) -> None:
    assert not db.exists()
    r = cli("speaker", "add", "Putin", "--kind", "alien")
    assert r.code != 0 and "speaker kind" in r.err
    assert not db.exists()


def test_a_refused_first_import_leaves_no_stray_store(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """A mistyped --db on a command that fails must not leave an empty store (nor its
    journal or lock) behind; one that succeeds says it created a store."""
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    r = cli("import", str(binary))
    assert r.code != 0 and "binary" in r.err
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name)) == []
    r = cli("import", str(EN))
    assert r.code == 0 and f"new store created: {db}" in r.err
    again = cli("import", str(EN))
    assert again.code == 0 and "new store created" not in again.err


def test_an_export_is_never_written_over_the_store(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    """`export -o` naming the store, its journal or lock, or a link to it, would destroy
    the investigation."""
    link = tmp_path / "alias.json"
    link.symlink_to(db)
    for target in (db, Path(f"{db}.journal"), Path(f"{db}.lock"), link):
        for fmt in ("json", "csv"):
            refused(cli, db, "export", "--format", fmt, "-o", str(target), match="store itself")
    assert cli("check").code == 0


def test_a_record_missing_a_field_is_reported_not_a_crash(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """A bad git merge or hand edit of the store file: `check` names the record, other
    commands refuse with one line, and nothing is written."""
    cli("checkpoint")
    lines = db.read_text(encoding="utf-8").splitlines()
    broken = [line.replace(',"end":', ',"endd":', 1) if desk["a"] in line and '"start"' in line
              else line for line in lines]  # fmt: skip
    assert broken != lines
    db.write_text("\n".join(broken) + "\n", encoding="utf-8")
    before = store_state(db)
    r = cli("check", "--json")
    assert r.code == 1 and "Traceback" not in r.err
    problems = r.json()["problems"]
    assert f"statement {desk['a']} is malformed: no 'end' field" in problems, problems
    for args in (("statements",), ("show", desk["a"]), ("export", "--format", "md")):
        r = cli(*args)
        assert r.code == 3, (args, r.err)
        assert len(r.err.strip().splitlines()) == 1, r.err
        assert f"statements record {desk['a']} has no end" in r.err, r.err  # refused at open
        assert "internal error" not in r.err and "__init__" not in r.err  # no Python
    assert store_state(db) == before


def test_a_value_of_the_wrong_type_typed_into_the_store_is_reported(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """A hand-typed `"tags": "shushi"` passed `check`, and the next `claim edit --tag`
    stored the letters s, h, u, s, h, i."""
    import json

    cli("checkpoint")
    data = json.loads(db.read_text(encoding="utf-8"))
    data["claims"][desk["claim_a"]]["tags"] = "shushi"
    db.write_text(json.dumps(data), encoding="utf-8")
    r = cli("check")
    assert r.code == 1
    said = f"claim {desk['claim_a']} is malformed: 'tags' should be a list of text, is text"
    assert said in r.err, r.err


def test_a_verdict_dated_in_the_future_is_refused(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """'show' and 'show --as-of today' would disagree about a verdict decided in 2099."""
    refused(
        cli, db, "outcome", desk["a"], "--verdict", "false", "--date", "2099-01-01",
        match="in the future",
    )  # fmt: skip


def test_a_date_before_1900_is_refused_wherever_a_date_is_typed(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    """A new-analyst trial: `outcome --date 0001-01-01` (and 1899-01-01) was recorded with
    only a warning, though 2099 was refused; no news or verdict is that old, the year is a
    typo. Published dates and filters' dates are held to the same floor."""
    for typed, day in (("0001-01-01",) * 2, ("1899-01-01",) * 2, ("31.12.1899", "1899-12-31")):
        said = f"decision date {day} is before 1900-01-01, the earliest date accepted"
        refused(cli, db, "outcome", desk["a"], "--verdict", "true", "--date", typed, match=said)
    other = tmp_path / "other.txt"
    other.write_text("Officials said the town was shelled.", encoding="utf-8")
    refused(cli, db, "import", str(other), "--published", "1899-01-01",
            match="published date 1899-01-01 is before 1900-01-01")  # fmt: skip
    refused(cli, db, "source", "edit", desk["source"], "--published", "0001-01-01",
            match="published date 0001-01-01 is before 1900-01-01")  # fmt: skip
    refused(cli, db, "show", desk["claim_a"], "--as-of", "1899-01-01", match="before 1900-01-01")
    assert cli("outcome", desk["a"], "--verdict", "true", "--date", "1900-01-01").code == 0


def test_a_store_file_is_not_imported_as_an_article(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    cli("checkpoint")
    copy = tmp_path / "colleague.json"
    copy.write_bytes(db.read_bytes())
    refused(cli, db, "import", str(copy), match="is a claimtrack store")
    refused(cli, db, "import", str(db), match="is a claimtrack store")


def test_a_place_never_quietly_resolves_to_the_one_speaker_named_after_it(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """ "Azerbaijan" tagged the statement as Aliyev through his alias "Presiden Azerbaijan"."""
    cli("speaker", "add", "Ilham Aliyev", "--alias", "Presiden Azerbaijan", "--side", "Azerbaijan")
    refused(cli, db, "tag", desk["untagged"], "Azerbaijan", match="names a place")
    refused(cli, db, "tag", desk["untagged"], "Rusia", match="no speaker")  # nobody carries it
    assert cli("tag", desk["untagged"], "Aliyev").code == 0  # a surname still finds him


def test_an_address_that_no_reader_can_follow_is_refused(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """Exports link only http(s) addresses: anything else would be recorded, then dropped."""
    refused(
        cli, db, "outcome", desk["a"], "--verdict", "false", "--evidence", "www.mod.gov.az/news",
        match="did you mean 'https://www.mod.gov.az/news'",
    )  # fmt: skip
    refused(
        cli, db, "outcome", desk["a"], "--verdict", "false", "--evidence", "UN OCHA report",
        match="describe other evidence in the note",
    )  # fmt: skip
    other = str(DEMO / "02_caspian-daily_en.txt")
    refused(cli, db, "import", other, "--url", "javascript:alert(1)",
            match="source URL must be an http(s) address")  # fmt: skip
    refused(cli, db, "source", "edit", desk["source"], "--url", "ftp://example.org/a",
            match="source URL must be an http(s) address")  # fmt: skip
    spaced = cli("import", other, "--url", " https://example.org/b ", "--json")  # as edit takes it
    assert spaced.code == 0, spaced.err
    shown = cli("show", spaced.json()["sources"][0]["id"], "--json").json()
    assert shown["url"] == "https://example.org/b"
    r = cli("outcome", desk["a"], "--verdict", "false", "--evidence", " https://mod.gov.az/n ",
            "--json")  # fmt: skip
    assert r.code == 0 and r.json()["evidence"] == ["https://mod.gov.az/n"]


def test_an_unfinished_git_merge_of_the_store_says_so_and_what_to_keep(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """Two analysts' tags conflicted in git: every command said only "not valid JSON"."""
    cli("checkpoint")
    clean = db.read_text(encoding="utf-8")
    lines = clean.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if '"journal_seq"' in line)
    theirs = lines[at].replace('"journal_seq": ', '"journal_seq": 9')
    lines[at : at + 1] = ["<<<<<<< HEAD\n", lines[at], "=======\n", theirs, ">>>>>>> bob\n"]
    db.write_text("".join(lines), encoding="utf-8")
    refused(cli, db, "claims", match=f"unfinished git merge (conflict marker on line {at + 1})")
    refused(cli, db, "tag", desk["untagged"], "Karabakh army", match="the larger journal_seq")
    broken = clean.replace(",\n", "\n", 1)  # a hand-resolved merge one comma short
    db.write_text(broken, encoding="utf-8")
    line = clean[: clean.index(",\n")].count("\n") + 2
    refused(cli, db, "check", match=f"not valid JSON: line {line}, column")


def test_a_date_in_the_future_or_an_empty_evidence_address_is_refused(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    """An article "published" in 2099 sorted as the newest; `--evidence "$URL"` with URL
    unset recorded a verdict with no evidence."""
    other = tmp_path / "other.txt"
    other.write_text("Officials said the town was shelled.", encoding="utf-8")
    refused(cli, db, "import", str(other), "--published", "2099-01-01", match="in the future")
    refused(cli, db, "source", "edit", desk["source"], "--published", "2099-12-31",
            match="published date 2099-12-31 is in the future")  # fmt: skip
    refused(cli, db, "outcome", desk["claim_a"], "--verdict", "true", "--evidence", "",
            match="--evidence is empty")  # fmt: skip


def test_an_absurdly_large_figure_is_no_count_and_never_breaks_the_claims_list(
    cli: Runner, tmp_path: Path
) -> None:
    """A durability review: a claim saying "99999999999999999999999 soldiers were killed"
    made `claims` crash (its upper bound read back as none). Such a figure is a typo or a
    hoax, no count to compare; the claim is listed with the numbers it does hold."""
    article = tmp_path / "huge.txt"
    article.write_text(
        "T\n\nThe defence ministry said that 99999999999999999999999 soldiers and 12 civilians "
        "were killed near Shusha.\n",
        encoding="utf-8",
    )
    assert cli("import", str(article), "--lang", "en").code == 0
    assert cli("speaker", "add", "Azerbaijani Defence Ministry").code == 0
    sid = next(s["id"] for s in cli("statements", "--json").json() if "Shusha" in s["text"])
    assert cli("tag", sid, "Azerbaijani Defence Ministry").code == 0
    r = cli("claims")
    assert r.code == 0, r.err
    assert "12 civilians killed" in r.out and "∞" not in r.out
    (claim,) = cli("claims", "--json").json()
    assert [q["low"] for q in claim["quantities"]] == [12]


def test_an_exact_figure_past_the_open_bound_keeps_its_bound_in_json() -> None:
    """A quantity stored before large figures were dropped still lists: only an open-ended
    one ("more than 5") shows no upper bound."""
    from claimtrack.quantities import UNBOUNDED, shown

    assert shown({"low": 1e23, "high": 1e23})["high"] == 1e23
    assert shown({"low": 5, "high": UNBOUNDED})["high"] is None


def _damage_spans(db: Path, edits: dict[str, tuple[str, object]]) -> None:
    """Set one field of each named statement in the store file, as a hand edit would."""
    import json

    data = json.loads(db.read_text(encoding="utf-8"))
    for statement, (field, value) in edits.items():
        data["statements"][statement][field] = value
    db.write_text(json.dumps(data, indent=1), encoding="utf-8")


@pytest.mark.parametrize(("field", "value"), [("start", 9999), ("end", "abc")])
def test_a_hand_damaged_span_is_refused_at_open_in_one_line_naming_it(
    cli: Runner, db: Path, desk: dict[str, str], field: str, value: object
) -> None:
    """A trial: `statements` printed its header, then "statement span [9999, 347) is empty or
    negative" naming no statement; `tui` died in the Reader with a traceback."""
    assert cli("checkpoint").code == 0
    _damage_spans(db, {desk["a"]: (field, value)})
    for command in (("statements",), ("show", desk["source"]), ("claims",), ("tui",),
                    ("tag", desk["untagged"], "Karabakh army")):  # fmt: skip
        before = store_state(db)
        r = cli(*command)
        assert (r.code, r.out) == (3, ""), (command, r.out, r.err)
        assert r.err.count("\n") == 1 and "Traceback" not in r.err, r.err
        assert f"statements record {desk['a']} has {field} {value!r}" in r.err, r.err
        assert store_state(db) == before


def test_check_lists_every_damaged_span(cli: Runner, db: Path, desk: dict[str, str]) -> None:
    """Opening refuses at the first damaged span (and counts the rest); `check` names each."""
    assert cli("checkpoint").code == 0
    _damage_spans(db, {desk["a"]: ("start", 9999), desk["b"]: ("end", "abc")})
    before = store_state(db)
    r = cli("statements")
    assert r.code == 3 and "(and 1 more: 'claimtrack check' lists them)" in r.err, r.err
    r = cli("check")
    assert r.code == 1, r.err
    problems = r.err.splitlines()
    assert any(desk["a"] in p and "9999" in p for p in problems), problems
    assert any(desk["b"] in p and "'end'" in p for p in problems), problems
    assert store_state(db) == before


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_claimtrack_db_variable_is_refused_as_an_empty_db_is(
    cli: Runner, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """A trial: `CLAIMTRACK_DB=""` fell back to ./claimtrack.json ("no store at
    claimtrack.json"), and a writer would have created one there, where `--db ""` is
    refused. `--db` still wins over the variable."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMTRACK_DB", value)
    for args in (("claims",), ("speaker", "add", "X"), ("init",), ("tui",)):
        r = cli(*args, use_db=False)
        assert (r.code, r.out) == (2, ""), (args, r.err)
        assert r.err.count("\n") == 1 and "$CLAIMTRACK_DB is set but empty" in r.err, r.err
    assert not (tmp_path / "claimtrack.json").exists()
    assert cli("init").code == 0 and cli("claims").code == 0  # with --db
