"""The analyst's whole workflow through the CLI contract, asserting the --json output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.desk import EN, EN_DENIAL, accusation_and_denial, imported, statement_with
from tests.conftest import Runner, digest, store_state


def test_init_creates_an_empty_store_once(cli: Runner, db: Path) -> None:
    r = cli("init", "--json")
    assert r.code == 0 and r.json() == {"db": str(db), "created": True}
    again = cli("init", "--json")
    assert again.code == 0 and again.json()["created"] is False
    assert cli("statements", "--json").json() == []


def test_init_racing_another_first_command_tells_the_truth(
    cli: Runner, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two first commands on a new store at once. `init` said "created empty store" when the
    other had made it between its look and its open; and once it had said so (or "store
    already exists"), the other, refused, removed the store, so `speaker add` found "no
    store ... run 'claimtrack init' first" after `init` had succeeded."""
    from claimtrack.services import context
    from claimtrack.store import Store

    opening = context.open_store

    def another_created_it_first(*args: Any, **kwargs: Any) -> Store:
        Store.open(db, create=True)
        return opening(*args, **kwargs)

    monkeypatch.setattr(context, "open_store", another_created_it_first)
    r = cli("init")
    assert (r.code, r.err) == (0, f"store already exists: {db}\n")
    db.unlink()
    assert cli("init", "--json").json() == {"db": str(db), "created": False}
    monkeypatch.setattr(context, "open_store", opening)

    db.unlink()
    refused = Store.open(db, create=True)  # a first command, still running; refused next
    r = cli("init")
    assert (r.code, r.err) == (0, f"store already exists: {db}\n")
    assert not refused.discard_if_unused()  # `init` said it exists: it stays
    assert cli("speaker", "add", "Karabakh officials").code == 0


def test_import_reports_sources_and_reimport_is_a_no_op(cli: Runner, db: Path) -> None:
    src = imported(cli, EN, "--outlet", "Yerevan Herald", "--published", "2020-10-31")
    assert src["lang"] == "en"
    assert src["statements"] >= 5
    assert src["title"].startswith("Karabakh accuses Baku")
    before = db.read_bytes()
    again = cli("import", str(EN), "--json")
    assert again.code == 0
    assert again.json()["sources"][0]["duplicate"] is True
    assert again.json()["sources"][0]["id"] == src["id"]
    assert db.read_bytes() == before


def test_import_reads_stdin_and_many_files(cli: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    fake = io.TextIOWrapper(io.BytesIO(b"Officials said 12 people died. He added more."))
    monkeypatch.setattr(sys, "stdin", fake)
    r = cli("import", "-", str(EN), str(EN_DENIAL), "--json")
    assert r.code == 0, r.err
    assert len(r.json()["sources"]) == 3


def test_importing_many_files_into_a_log_writes_no_blank_line(cli: Runner) -> None:
    """The progress bar, drawn for a terminal, left an empty line in a log or a pipe."""
    cli("init")
    r = cli("import", str(EN), str(EN_DENIAL))
    assert r.code == 0
    assert r.err.startswith("imported ") and "\n\n" not in r.err


def test_import_of_a_folder_takes_its_documents_in_one_write(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_bytes(EN.read_bytes())
    (folder / "b.txt").write_bytes(EN_DENIAL.read_bytes())
    (folder / ".hidden.txt").write_text("Officials said nothing of note.")
    r = cli("import", str(folder), "--json")
    assert r.code == 0, r.err
    assert sorted(s["statements"] > 0 for s in r.json()["sources"]) == [True, True]
    (folder / "c.bin").write_bytes(b"\x00\x01" * 400)  # one bad file refuses the batch
    before = db.read_bytes()
    r = cli("import", str(folder))
    assert r.code != 0 and "c.bin" in r.err and db.read_bytes() == before
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "nothing to import" in cli("import", str(empty)).err


def test_a_folder_import_names_every_file_it_leaves_out_and_why(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """A folder's data files were counted in one line cut after five names, with no reason,
    and its hidden files and folders inside were left out unsaid: an article saved in a
    subfolder was missing from the investigation without a word."""
    folder = tmp_path / "desk"
    (folder / "later").mkdir(parents=True)
    (folder / "a.txt").write_bytes(EN.read_bytes())
    (folder / "later" / "b.txt").write_bytes(EN_DENIAL.read_bytes())
    (folder / ".draft.txt").write_text("Officials said nothing of note.")
    for k in range(7):  # more than one line could hold
        (folder / f"table{k}.csv").write_text("place,count\nMartuni,4\n")
    (folder / "map.svg").write_text("<svg/>")
    r = cli("import", str(folder))
    assert r.code == 0, r.err
    left_out = [line for line in r.err.splitlines() if line.startswith("skipped ")]
    assert left_out == [
        f"skipped {folder / '.draft.txt'}: a hidden file",
        f"skipped {folder / 'later'}: a folder inside (not read: name it to import it)",
        f"skipped {folder / 'map.svg'}: an SVG image, not an article",
        *(f"skipped {folder / f'table{k}.csv'}: a CSV table, not an article" for k in range(7)),
    ]
    assert "imported " in r.err and len(cli("sources", "--json").json()) == 1
    r = cli("import", str(folder), "--json")  # scripts get the same list
    assert r.code == 0 and r.err == ""
    assert [(s["file"], s["reason"]) for s in r.json()["skipped"]][:2] == [
        (str(folder / ".draft.txt"), "a hidden file"),
        (str(folder / "later"), "a folder inside (not read: name it to import it)"),
    ]
    assert cli("import", str(folder / "later")).code == 0  # named, the folder is read
    only_data = tmp_path / "tables"
    only_data.mkdir()
    (only_data / "counts.csv").write_text("a,b\n")
    r = cli("import", str(only_data))
    assert r.code == 1 and "no articles: counts.csv is a CSV table, not an article" in r.err


def test_a_folder_manifest_gives_each_file_its_outlet_and_date(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """`import data/demo` skipped its manifest and came out without outlets or dates; a
    folder's data files made `import data/gold/heldout` refuse the whole batch."""
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_bytes(EN.read_bytes())
    (folder / "b.txt").write_bytes(EN_DENIAL.read_bytes())
    (folder / "pairs.json").write_text('{"gold": []}')
    manifest = [
        {"file": "a.txt", "outlet": "Yerevan Herald", "published": "2020-10-31"},
        {
            "file": "b.txt",
            "outlet": "Caspian Daily",
            "published": "2020-10-31",
            "lang": "EN",
            "reliability": "c",
        },  # as typed by hand: taken as import --lang/--reliability take them
    ]
    (folder / "manifest.json").write_text(json.dumps(manifest))
    r = cli("import", str(folder), "--url", "https://example.org/desk")
    assert r.code == 0, r.err
    assert f"skipped {folder / 'pairs.json'}: JSON data, not an article" in r.err
    rows = {row["outlet"]: row for row in cli("sources", "--json").json()}
    assert sorted(rows) == ["Caspian Daily", "Yerevan Herald"]
    assert {row["published"] for row in rows.values()} == {"2020-10-31"}
    caspian = cli("show", rows["Caspian Daily"]["id"], "--json").json()
    assert (caspian["lang"], caspian["reliability"]) == ("en", "C")
    manifest[1]["url"] = "www.caspian.example/b"  # typed without its scheme
    (folder / "manifest.json").write_text(json.dumps(manifest))
    r = cli("import", str(folder))
    assert r.code != 0 and "b.txt: source URL 'www.caspian.example/b' has no scheme" in r.err
    (folder / "manifest.json").write_text('{"file": "a.txt"}')  # not a list
    r = cli("import", str(folder))
    assert r.code != 0 and "manifest is a list" in r.err
    named = cli("import", str(folder / "pairs.json"))  # named on its own: refused
    assert named.code != 0 and "JSON data" in named.err


@pytest.mark.parametrize(
    ("entries", "said"),
    [
        (  # a file misnamed or never copied in: its metadata went nowhere, unsaid
            [{"file": "a.txt", "outlet": "Yerevan Herald"}, {"file": "missing.txt"}],
            "manifest.json: the entry for missing.txt names no file in {folder}; nothing imported",
        ),
        (  # the last entry won, silently
            [{"file": "a.txt", "outlet": "RIA"}, {"file": "a.txt", "outlet": "TASS"}],
            "manifest.json: two entries for a.txt: give each file one entry; nothing imported",
        ),
        (  # a folder of one article: the bad date was said without naming file or entry
            [{"file": "a.txt", "published": "2024-13-45"}],
            "manifest.json: the entry for a.txt: published date is not a real date: '2024-13-45'",
        ),
        (
            [{"file": "a.txt", "reliability": "Q"}],
            "manifest.json: the entry for a.txt: unknown reliability grade 'Q'",
        ),
    ],
    ids=["missing-file", "file-twice", "bad-date", "bad-grade"],
)
def test_a_manifest_entry_that_cannot_be_right_refuses_the_import_naming_it(
    cli: Runner, db: Path, tmp_path: Path, entries: list[dict[str, str]], said: str
) -> None:
    """A new-analyst trial: an entry naming a file not in the folder was ignored, two entries
    for one file were taken (the last winning), and a bad date in the manifest of a folder
    of one file was reported naming neither the file nor the manifest."""
    assert cli("import", str(EN_DENIAL)).code == 0  # a store to keep byte for byte
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_bytes(EN.read_bytes())
    (folder / "manifest.json").write_text(json.dumps(entries))
    before = store_state(db)
    r = cli("import", str(folder))
    assert r.code == 1 and r.out == ""
    assert r.err.count("\n") == 1 and "Traceback" not in r.err
    assert f"{folder / said.format(folder=folder)}" in r.err, r.err
    assert store_state(db) == before


def test_statements_have_exact_offsets_into_the_source(cli: Runner) -> None:
    src = imported(cli, EN)
    rows = cli("statements", "--json", "--source", src["id"]).json()
    text = json.loads(cli("show", src["id"], "--json").out)["text"]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
        assert set(row) >= {
            "id",
            "source",
            "start",
            "end",
            "text",
            "speaker",
            "claim",
            "suggestion",
        }


def test_the_full_annotation_workflow(cli: Runner) -> None:
    imported(cli, EN, "--published", "2020-10-31")
    imported(cli, EN_DENIAL, "--published", "2020-10-31")
    officials = cli(
        "speaker",
        "add",
        "Nagorno-Karabakh officials",
        "--alias",
        "Karabakh officials",
        "--alias",
        "Pejabat Nagorno-Karabakh",
        "--side",
        "armenia",
        "--kind",
        "officials",
        "--json",
    ).json()
    assert officials["aliases"] == ["Karabakh officials", "Pejabat Nagorno-Karabakh"]
    mod = cli(
        "speaker",
        "add",
        "Azerbaijan Ministry of Defence",
        "--alias",
        "defence ministry",
        "--side",
        "azerbaijan",
        "--kind",
        "ministry",
        "--json",
    ).json()
    listed = cli("speaker", "list", "--json").json()
    assert {s["id"] for s in listed} == {officials["id"], mod["id"]}

    accusation = statement_with(cli, "accused Azerbaijan of shelling")
    r = cli("tag", accusation["id"][:5], "Karabakh officials", "--json")
    assert r.code == 0, r.err
    tagged = r.json()
    assert tagged["statement"] == accusation["id"] and tagged["speaker"] == officials["id"]

    denial = statement_with(cli, "rejected")
    r = cli("tag", denial["id"], "defence ministry", "--json")
    assert r.code == 0, r.err
    denial_claim = r.json()["claim"]

    r = cli(
        "link", accusation["id"], denial["id"], "--rel", "contradicts", "--note", "denial", "--json"
    )
    assert r.code == 0, r.err
    link = r.json()
    assert link["a"] == tagged["claim"] and link["b"] == denial_claim
    assert link["relation"] == "contradicts"

    r = cli("outcome", tagged["claim"], "--verdict", "open", "--date", "2020-11-01", "--json")
    assert r.code == 0 and r.json()["verdict"] == "open"
    r = cli(
        "outcome",
        accusation["id"],
        "--verdict",
        "true",
        "--date",
        "2020-11-20",
        "--evidence",
        "https://example.org/report",
        "--note",
        "OSCE report",
        "--json",
    )
    assert r.code == 0 and r.json()["claim"] == tagged["claim"]

    shown = cli("show", tagged["claim"], "--json").json()
    assert shown["verdict"] == "true"
    assert [o["verdict"] for o in shown["outcomes"]] == ["open", "true"]
    assert shown["links"][0]["relation"] == "contradicts"
    assert next(e["op"] for e in shown["events"]) == "import"
    past = cli("show", tagged["claim"], "--as-of", "2020-11-05", "--json").json()
    assert past["verdict"] == "open"

    graph = json.loads(cli("export", "--format", "json").out)
    types = {n["type"] for n in graph["nodes"]}
    assert types == {"claim", "speaker", "source"}
    assert any(e.get("relation") == "contradicts" for e in graph["edges"])

    check = cli("check", "--json")
    assert check.code == 0 and check.json() == {"ok": True, "problems": []}


def test_claims_merge_across_outlets_and_keep_links(cli: Runner, tmp_path: Path) -> None:
    accusation_and_denial(cli)
    a = statement_with(cli, "accused Azerbaijan of shelling")
    b = statement_with(cli, "1,166 troops")
    d = statement_with(cli, "rejected")
    ca = cli("tag", a["id"], "Karabakh officials", "--json").json()["claim"]
    cb = cli("tag", b["id"], "Karabakh officials", "--json").json()["claim"]
    cd = cli("tag", d["id"], "Azerbaijan defence ministry", "--json").json()["claim"]
    assert cli("link", cb, cd, "--rel", "contradicts").code == 0
    r = cli("claim", "merge", ca, cb, "--json")
    assert r.code == 0, r.err
    assert sorted(r.json()["appearances"]) == sorted([a["id"], b["id"]])
    shown = cli("show", ca, "--json").json()
    assert shown["links"][0]["a"] == ca or shown["links"][0]["b"] == ca
    gone = cli("show", cb)  # the merged claim is gone, and says where it went
    assert gone.code != 0 and f"claim {cb} was merged into claim {ca} on " in gone.err
    assert f"use {ca}" in cli("outcome", cb, "--verdict", "false").err
    assert cli("check").code == 0

    out = tmp_path / "reviews.jsonld"
    written = cli("export", "--format", "claimreview", "-o", str(out))
    assert "0 of 2 claims" in written.out + written.err  # none judged yet: says so
    # a table is named as one: a file named for another format is refused
    written = cli("export", "--format", "csv", "--claim", ca, "-o", str(tmp_path / "t.csv"))
    assert ": 1 claim" in written.out + written.err
    picked = json.loads(cli("export", "--format", "json", "--claim", cd[:5]).out)
    assert [n["id"] for n in picked["nodes"] if n["type"] == "claim"] == [cd]
    assert cli("export", "--format", "csv", "--claim", "zzzzzzz").code != 0


def test_export_o_replaces_a_file_already_there(cli: Runner, tmp_path: Path) -> None:
    """`export -o FILE` replaces the file without asking, as `curl -o` and `pandoc -o` do: a
    script re-exporting every night must not stop at a question (the TUI's dialog asks)."""
    accusation_and_denial(cli)
    out = tmp_path / "brief.csv"
    out.write_text("yesterday's table", encoding="utf-8")
    r = cli("export", "--format", "csv", "-o", str(out))
    assert r.code == 0, r.err
    assert out.read_text(encoding="utf-8").startswith("id,")


def test_a_claimreview_signed_with_the_login_name_says_how_to_sign_it(
    cli: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without CLAIMTRACK_ANALYST every review was published as written by "root", the login
    name, with no word said. The claim's address is its appearance's (the source's `--url`):
    a ClaimReview's own `url` is the fact-check page, which the desk's site gives it."""
    monkeypatch.delenv("CLAIMTRACK_ANALYST")
    monkeypatch.setattr("getpass.getuser", lambda: "root")
    address = "https://www.yerevan-herald.example/martuni"
    imported(cli, EN, "--url", address)
    imported(cli, EN_DENIAL)
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    claim = cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"],
                "Karabakh officials", "--json").json()["claim"]  # fmt: skip
    assert cli("outcome", claim, "--verdict", "false", "--date", "2020-11-20").code == 0
    out = tmp_path / "reviews.jsonld"
    written = cli("export", "--format", "claimreview", "-o", str(out))
    (note,) = [line for line in written.err.splitlines() if line.startswith("note:")]
    assert "1 of 1 review is signed 'root', the login name" in note
    assert 'export CLAIMTRACK_ANALYST="Your Name"' in note
    (review,) = json.loads(out.read_text("utf-8"))
    assert review["author"] == {"@type": "Person", "name": "root"}
    assert "url" not in review  # the fact-check page: not ours to make up
    item = review["itemReviewed"]
    assert item["firstAppearance"]["url"] == address
    assert [a["url"] for a in item["appearance"]] == [address]
    # set now: the earlier verdict keeps its name, and the note says so
    monkeypatch.setenv("CLAIMTRACK_ANALYST", "Ana Petrosyan")
    note = cli("export", "--format", "claimreview").err
    assert "before CLAIMTRACK_ANALYST was set; verdicts recorded now are signed" in note
    assert cli("outcome", claim, "--verdict", "misleading", "--date", "2020-11-21").code == 0
    assert "note:" not in cli("export", "--format", "claimreview").err
    monkeypatch.setenv("CLAIMTRACK_ANALYST", "root")  # a desk that signs so on purpose
    assert cli("outcome", claim, "--verdict", "false", "--date", "2020-11-22").code == 0
    assert "note:" not in cli("export", "--format", "claimreview").err
    assert "note:" not in cli("export", "--format", "csv").err


def test_a_merge_that_changes_the_verdict_in_force_warns(cli: Runner) -> None:
    accusation_and_denial(cli)
    a = statement_with(cli, "accused Azerbaijan of shelling")
    b = statement_with(cli, "1,166 troops")
    ca = cli("tag", a["id"], "Karabakh officials", "--json").json()["claim"]
    cb = cli("tag", b["id"], "Karabakh officials", "--json").json()["claim"]
    cli("outcome", ca, "--verdict", "mostly-true", "--date", "2020-11-20")
    cli("outcome", cb, "--verdict", "true", "--date", "2020-11-21")
    r = cli("claim", "merge", ca, cb)
    assert r.code == 0 and r.err.splitlines()[0].startswith(f"kept claim {ca} (")
    assert r.err.splitlines()[0].endswith(f", now 2 appearances; merged {cb} into it")
    assert r.err.splitlines()[1].startswith(f"warning: claim {ca} is now judged true")
    assert cli("show", ca, "--json").json()["verdict"] == "true"


def test_claims_sort_in_the_order_the_story_was_reported(cli: Runner) -> None:
    imported(cli, EN_DENIAL, "--published", "2020-11-02")
    imported(cli, EN, "--published", "2020-10-30")
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    cli("speaker", "add", "Azerbaijan defence ministry", "--side", "azerbaijan")
    later = cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry",
                "--json").json()["claim"]  # fmt: skip
    first = cli("tag", statement_with(cli, "accused Azerbaijan")["id"], "Karabakh officials",
                "--json").json()["claim"]  # fmt: skip
    second = cli("tag", statement_with(cli, "1,166 troops")["id"], "Karabakh officials",
                 "--json").json()["claim"]  # fmt: skip

    def ids(*args: str) -> list[str]:
        return [row["id"] for row in cli("claims", *args, "--json").json()]

    assert ids("--sort", "reported") == [first, second, later]  # by publication, then place
    assert ids() == [first, second, later]  # by default, as the TUI's Claims view lists them
    assert ids("--sort", "id") == sorted([first, second, later])
    assert "[default: reported]" in " ".join(cli("claims", "--help").out.split())
    assert ids("--sort", "speaker") == [later, first, second]
    assert ids("--sort", "reported", "--grep", "TROOPS") == [second]
    cli("claim", "edit", second, "--summary", "NK toll")
    assert ids("--grep", "1,166 troops") == [second]  # an appearance's words still find it
    assert cli("claims", "--sort", "size").code == 2  # unknown order: a usage error


def test_speaker_edit_and_merge_move_statements(cli: Runner) -> None:
    imported(cli, EN)
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    cli("speaker", "add", "NK authorities")
    st = statement_with(cli, "accused Azerbaijan of shelling")
    cli("tag", st["id"], "NK authorities")
    r = cli("speaker", "merge", "Karabakh officials", "NK authorities", "--json")
    assert r.code == 0, r.err
    assert "NK authorities" in r.json()["aliases"]
    row = statement_with(cli, "accused Azerbaijan of shelling")
    assert row["speaker"] == r.json()["id"]
    e = cli("speaker", "edit", "Karabakh officials", "--alias", "Pejabat NK", "--json").json()
    assert "Pejabat NK" in e["aliases"]


def test_an_alias_that_is_another_speakers_surname_warns(cli: Runner) -> None:
    """'speaker edit Putin --alias Aliyev' was taken without a word; 'tag ID Aliyev' then
    tagged Putin."""
    cli("speaker", "add", "Ilham Aliyev")
    cli("speaker", "add", "Vladimir Putin")
    r = cli("speaker", "edit", "Putin", "--alias", "Aliyev")
    assert r.code == 0 and "'Aliyev' is also a word of a name Ilham Aliyev answers to" in r.err
    assert "now means Vladimir Putin" in r.err
    r = cli("speaker", "add", "Recep Tayyip Erdogan", "--alias", "Erdogan", "--alias", "Ilham")
    assert "alias 'Ilham' is also a word of a name Ilham Aliyev answers to" in r.err
    quiet = cli("speaker", "edit", "Putin", "--alias", "Путин", "--alias", "President Putin")
    assert quiet.code == 0 and "also a word" not in quiet.err
    again = cli("speaker", "edit", "Putin", "--alias", "Aliyev")  # his already: said once
    assert again.code == 0 and "also a word" not in again.err
    # an alias another speaker answers to whole is refused when adding, as when editing
    r = cli("speaker", "add", "Mehriban Aliyeva", "--alias", "Ilham Aliyev")
    assert r.code != 0 and "already exists" in r.err


def test_a_speaker_merge_keeps_the_side_and_kind_the_kept_one_lacked(cli: Runner) -> None:
    cli("speaker", "add", "Azerbaijan Ministry of Defence")
    cli("speaker", "add", "Министерство обороны Азербайджана", "--side", "Azerbaijan",
        "--kind", "ministry")  # fmt: skip
    merged = cli("speaker", "merge", "Azerbaijan Ministry of Defence",
                 "Министерство обороны Азербайджана", "--json").json()  # fmt: skip
    assert (merged["side"], merged["kind"]) == ("Azerbaijan", "ministry")
    cli("speaker", "add", "Karabakh officials", "--side", "Nagorno-Karabakh")
    cli("speaker", "add", "NK authorities", "--side", "Armenia")
    kept = cli("speaker", "merge", "Karabakh officials", "NK authorities", "--json").json()
    assert kept["side"] == "Nagorno-Karabakh"  # the kept speaker's own side wins


def test_statement_filters(cli: Runner) -> None:
    imported(cli, EN)
    cli("speaker", "add", "Karabakh officials")
    st = statement_with(cli, "accused Azerbaijan of shelling")
    cli("tag", st["id"], "Karabakh officials")
    all_rows = cli("statements", "--json").json()
    untagged = cli("statements", "--untagged", "--json").json()
    mine = cli("statements", "--speaker", "Karabakh officials", "--json").json()
    # the dateline's lead ("STEPANAKERT —") was imported as narration: not waiting either
    assert len(untagged) == len([r for r in all_rows if not r["narration"]]) - 1
    assert [r["id"] for r in mine] == [st["id"]]
    cli("narration", untagged[0]["id"])
    assert len(cli("statements", "--untagged", "--json").json()) == len(untagged) - 1


def test_a_limit_lists_the_first_rows_with_their_suggestions(cli: Runner) -> None:
    imported(cli, EN)
    imported(cli, EN_DENIAL)
    cli("speaker", "add", "Karabakh officials")
    everything = cli("statements", "--json").json()
    first = sum(1 for r in everything if r["source"] == everything[0]["source"])
    for limit in (0, 1, first, first + 2, len(everything) + 5):
        assert cli("statements", "--json", "--limit", str(limit)).json() == everything[:limit]


def test_undo_and_redo_survive_a_restart(cli: Runner) -> None:
    imported(cli, EN)
    cli("speaker", "add", "Karabakh officials")
    st = statement_with(cli, "accused Azerbaijan of shelling")
    cli("tag", st["id"], "Karabakh officials")
    r = cli("undo", "--json")
    assert r.code == 0 and r.json()["undone"]["op"] == "tag"
    assert statement_with(cli, "accused Azerbaijan of shelling")["speaker"] is None
    r = cli("redo", "--json")
    assert r.code == 0 and r.json()["redone"]["op"] == "tag"
    assert statement_with(cli, "accused Azerbaijan of shelling")["speaker"] is not None
    assert cli("check").code == 0


def test_human_output_is_a_table(cli: Runner) -> None:
    imported(cli, EN)
    r = cli("statements")
    assert r.code == 0 and "accused Azerbaijan" in r.out
    assert "\x1b" not in r.out  # NO_COLOR respected


def test_a_graph_export_restores_into_an_empty_store_and_not_over_itself(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    imported(cli, EN)
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    st = statement_with(cli, "accused Azerbaijan of shelling")
    cli("tag", st["id"], "Karabakh officials")
    out = tmp_path / "graph.json"
    assert cli("export", "--format", "json", "-o", str(out)).code == 0
    empty = tmp_path / "empty.json"
    r = cli("import", str(out), "--db", str(empty), "--json", use_db=False)
    assert r.code == 0, r.err
    restored = cli("statements", "--json", "--db", str(empty), use_db=False).json()
    assert restored == cli("statements", "--json").json()
    other = tmp_path / "other.json"
    assert cli("import", str(EN), "--db", str(other), use_db=False).code == 0
    r = cli("import", str(out), "--db", str(other), use_db=False)
    assert r.code != 0 and "same text" in r.err
    again = cli("import", str(out), "--db", str(empty), use_db=False)
    assert again.code == 0
    assert again.err == "nothing to restore: every record of the export is already in this store\n"


def test_a_restore_never_registers_a_speaker_the_store_already_has(
    cli: Runner, tmp_path: Path
) -> None:
    """Restored beside a desk's own "Karabakh officials", every later `tag` by that name
    was ambiguous and `check` said the store was sound."""
    imported(cli, EN)
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"], "Karabakh officials")
    out = tmp_path / "graph.json"
    assert cli("export", "--format", "json", "-o", str(out)).code == 0
    desk = tmp_path / "another-desk.json"
    cli("speaker", "add", "Karabakh officials", "--db", str(desk), use_db=False)
    before = store_state(desk)
    r = cli("import", str(out), "--db", str(desk), use_db=False)
    assert r.code != 0 and r.err.count("\n") == 1
    assert "cannot restore: speaker 'Karabakh officials' already exists as" in r.err
    assert store_state(desk) == before


def test_undoing_a_redo_names_the_original_change(cli: Runner) -> None:
    imported(cli, EN)
    cli("speaker", "add", "Karabakh officials")
    cli("undo")
    cli("redo")
    r = cli("undo", "--json")
    assert r.json()["undone"]["summary"] == "redo: add speaker Karabakh officials"
    last = cli("log", "--json", "--limit", "1").json()[0]
    assert last["summary"] == "undo: add speaker Karabakh officials"
    assert cli("redo").err.strip() == "redone: add speaker Karabakh officials"
    assert cli("undo").err.strip() == "undone: add speaker Karabakh officials"  # not "redo: …"


def test_tag_suggested_registers_the_proposed_person_once(cli: Runner, tmp_path: Path) -> None:
    article = tmp_path / "gatra.txt"
    article.write_text(
        "Presiden Azerbaijan Ilham Aliyev mengatakan pasukannya akan berjuang sampai akhir.\n\n"
        "Aliyev, berbicara dalam pertemuan pada Minggu, juga mengatakan Armenia tidak berhak.\n",
        encoding="utf-8",
    )
    src = imported(cli, article, "--lang", "id")
    first, second = cli("statements", "--json", "--source", src["id"]).json()
    assert first["suggestion"]["proposed_name"] == "Ilham Aliyev"
    assert first["suggestion"]["proposed_aliases"] == ["Presiden Azerbaijan"]
    assert first["suggestion"]["proposed_kind"] == "person"
    assert "Ilham Aliyev? (new, 0.50)" in cli("statements").out
    r = cli("tag", first["id"], "--suggested", "--json")
    assert r.code == 0, r.err
    aliyev = r.json()["speaker"]
    again = cli("statements", "--json", "--source", src["id"]).json()[1]
    assert again["suggestion"]["speaker"] == aliyev  # the surname now finds him
    assert cli("tag", second["id"], "--suggested").code == 0
    (speaker,) = cli("speaker", "list", "--json").json()
    assert (speaker["name"], speaker["aliases"], speaker["kind"]) == (
        "Ilham Aliyev",
        ["Presiden Azerbaijan"],
        "person",
    )


def test_tag_needs_a_speaker_or_suggested_and_refuses_without_a_suggestion(
    cli: Runner, db: Path
) -> None:
    src = imported(cli, EN)
    rows = cli("statements", "--json", "--source", src["id"]).json()
    before = store_state(db)
    for args in (("tag", rows[0]["id"]), ("tag", rows[0]["id"], "Aliyev", "--suggested")):
        r = cli(*args)
        assert r.code != 0 and "name a SPEAKER or pass --suggested" in r.err
    silent = next(row for row in rows if row["suggestion"] is None)
    r = cli("tag", silent["id"], "--suggested")
    assert r.code != 0 and "no speaker is suggested" in r.err
    assert store_state(db) == before


def test_speaker_similar_lists_one_speaker_registered_in_two_scripts(cli: Runner) -> None:
    for name in ("Vladimir Putin", "Владимир Путин", "Dmitry Peskov"):
        assert cli("speaker", "add", name).code == 0
    ids = {s["name"]: s["id"] for s in cli("speaker", "list", "--json").json()}
    (pair,) = cli("speaker", "similar", "--json").json()
    assert sorted(pair["speakers"]) == sorted([ids["Vladimir Putin"], ids["Владимир Путин"]])
    (row,) = cli("speaker", "similar").out.splitlines()[1:]  # under the header
    assert {"Vladimir Putin", "Владимир Путин"} <= set(row.split("\t"))
    assert cli("speaker", "merge", ids["Vladimir Putin"], ids["Владимир Путин"]).code == 0
    assert cli("speaker", "similar", "--json").json() == []
    after = cli("speaker", "similar")
    assert "no two speakers look alike" in after.out + after.err


def test_speaker_similar_pairs_a_name_with_it_after_a_title_never_a_body_with_a_person(
    cli: Runner,
) -> None:
    """A fresh-user review: "Kemenko Polhukam" (the ministry) was paired with its minister,
    whose alias "Menko Polkam" reads alike, while "Fajar" and "Alliance coordinator Fajar",
    one man registered from two articles, were not."""
    cli("speaker", "add", "Kemenko Polhukam", "--kind", "ministry")
    cli("speaker", "add", "Bambang W. Prasetyo", "--alias", "Menko Polkam", "--kind", "person")
    cli("speaker", "add", "Fajar")
    cli("speaker", "add", "Alliance coordinator Fajar")
    pairs = cli("speaker", "similar", "--json").json()
    assert [sorted(p["names"]) for p in pairs] == [["Alliance coordinator Fajar", "Fajar"]]


def test_speaker_similar_never_pairs_a_state_with_a_person_by_his_office(cli: Runner) -> None:
    """A new-analyst trial: "Igor Stavsky ~ Valdoria" (85) by his alias "Presiden Valdoria",
    the state's name after a title; a surname alone still finds its person, and a name after
    a title its one-word name."""
    cli("speaker", "add", "Igor Stavsky", "--kind", "person", "--alias", "Presiden Valdoria")
    state = cli("speaker", "add", "Valdoria")  # the add warns of whom `similar` pairs it with
    assert state.code == 0 and "warning" not in state.err
    cli("speaker", "add", "Ilham Aliyev", "--kind", "person")
    cli("speaker", "add", "Aliyev")
    cli("speaker", "add", "Fajar")
    cli("speaker", "add", "Alliance coordinator Fajar")
    pairs = cli("speaker", "similar", "--json").json()
    assert sorted(sorted(p["names"]) for p in pairs) == [
        ["Aliyev", "Ilham Aliyev"],
        ["Alliance coordinator Fajar", "Fajar"],
    ]


def test_speaker_similar_reads_a_side_in_use_as_a_place_not_a_name(cli: Runner) -> None:
    """A place the lexicons do not know is one when a speaker is on it: "President Valdoria"
    (registered as named) is the state's office, not a man called Valdoria."""
    cli("speaker", "add", "Mara Velk", "--kind", "person", "--side", "Valdoria", "--new-side")
    cli("speaker", "add", "Valdoria")
    cli("speaker", "add", "President Valdoria")
    assert cli("speaker", "similar", "--json").json() == []


def test_similar_speakers_of_one_speaker_are_the_pairs_it_is_in() -> None:
    """`speakers.similar(..., only=...)`, as the Speakers view asks of the one shown."""
    from claimtrack.model import Speaker
    from claimtrack.services.speakers import add_speaker, similar
    from claimtrack.store import Store

    store = Store.memory()
    fajar = add_speaker(store, "Fajar")
    titled = add_speaker(store, "Alliance coordinator Fajar")
    ministry = add_speaker(store, "Kemenko Polhukam", kind="ministry")
    add_speaker(store, "Bambang W. Prasetyo", ["Menko Polkam"], kind="person")
    everyone = store.all(Speaker)
    assert [m.other for m in similar(everyone, only=titled.id)[titled.id]] == [fajar.id]
    assert list(similar(everyone, only=fajar.id)) == [fajar.id]
    assert similar(everyone, only=ministry.id) == {}


def test_accepting_a_suggested_link_prints_the_link(cli: Runner) -> None:
    accusation_and_denial(cli)
    cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"], "Karabakh officials")
    cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry")
    found = cli("suggest", "links", "--json").json()
    first = next(c for c in found if c["relation"] == "contradicts")
    r = cli("suggest", "accept", first["a"], first["b"], "--rel", "contradicts", "--json")
    assert r.code == 0, r.err
    link = r.json()
    assert (link["a"], link["b"], link["relation"]) == (first["a"], first["b"], "contradicts")
    shown = cli("show", link["id"], "--json").json()
    assert shown["relation"] == "contradicts"
    left = cli("suggest", "links", "--json").json()
    assert all(
        {c["a"], c["b"]} != {first["a"], first["b"]} or c["relation"] == "responds-to" for c in left
    )  # neither the link made nor its opposite ("supports") comes back


def test_filters_tell_judged_open_from_unjudged_and_ignore_the_case_of_a_side(
    cli: Runner,
) -> None:
    """`--verdict open` listed every claim nobody had judged with those judged open, in
    `claims` as in `export`: "not looked at" read as "investigated, still open". Now open
    means judged open, and `none` (or `unjudged`) the claims nobody has judged; sides match
    in any case."""
    imported(cli, EN)
    cli("speaker", "add", "Karabakh officials", "--side", "Armenia")
    claim = cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"],
                "Karabakh officials", "--json").json()["claim"]  # fmt: skip
    assert cli("claims", "--verdict", "open", "--side", "armenia", "--json").json() == []
    for unjudged in ("none", "unjudged"):
        listed = cli("claims", "--verdict", unjudged, "--side", "armenia", "--json").json()
        assert [row["id"] for row in listed] == [claim]
    assert claim not in cli("export", "--format", "csv", "--verdict", "open").out
    exported = cli("export", "--format", "csv", "--verdict", "unjudged", "--side", "ARMENIA").out
    assert claim in exported
    assert cli("outcome", claim, "--verdict", "open").code == 0
    listed = cli("claims", "--verdict", "open", "--side", "armenia", "--json").json()
    assert [row["id"] for row in listed] == [claim]
    assert cli("claims", "--verdict", "none", "--json").json() == []
    assert cli("claims", "--verdict", "false", "--json").json() == []


def test_contested_means_one_thing_in_claims_and_in_the_brief(cli: Runner) -> None:
    """The brief counted a claim a denial answered as contested; `claims --contested` did not."""
    accusation_and_denial(cli)
    accusation = cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"],
                     "Karabakh officials", "--json").json()["claim"]  # fmt: skip
    denial = cli("tag", statement_with(cli, "denied")["id"],
                 "Azerbaijan defence ministry", "--json").json()["claim"]  # fmt: skip
    assert cli("link", denial, accusation, "--rel", "responds-to").code == 0
    contested = [row["id"] for row in cli("claims", "--contested", "--json").json()]
    assert sorted(contested) == sorted([accusation, denial])
    brief = cli("export", "--format", "md").out
    assert f"({len(contested)} contested," in brief


def test_a_quantity_without_an_upper_bound_shows_null_in_json(cli: Runner, tmp_path: Path) -> None:
    article = tmp_path / "toll.txt"
    article.write_text(
        "Toll rises\n\nOfficials said at least 12 civilians were killed in Martuni.\n",
        encoding="utf-8",
    )
    imported(cli, article, "--lang", "en")
    cli("speaker", "add", "Karabakh officials")
    claim = cli("tag", statement_with(cli, "at least 12")["id"], "Karabakh officials",
                "--json").json()["claim"]  # fmt: skip
    (quantity,) = cli("show", claim, "--json").json()["quantities"]
    assert (quantity["low"], quantity["high"]) == (12, None)
    (row,) = cli("claims", "--json").json()
    assert row["quantities"][0]["high"] is None


def test_export_linked_leaves_out_claims_nobody_has_related(cli: Runner) -> None:
    accusation_and_denial(cli)
    a = cli("tag", statement_with(cli, "accused Azerbaijan")["id"], "Karabakh officials", "--json")
    d = cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry", "--json")
    lone = cli("tag", statement_with(cli, "1,166 troops")["id"], "Karabakh officials", "--json")
    assert cli("link", a.json()["claim"], d.json()["claim"], "--rel", "contradicts").code == 0

    def exported(*args: str) -> set[str]:
        graph = json.loads(cli("export", "--format", "json", *args).out)
        return {n["id"] for n in graph["nodes"] if n["type"] == "claim"}

    assert lone.json()["claim"] in exported()
    assert exported("--linked") == {a.json()["claim"], d.json()["claim"]}


def _one_and_several_relations(cli: Runner) -> tuple[dict, dict]:
    """Two suggested links after three tags: of a pair with several relations suggested (the
    denial), and of a pair with one (the toll)."""
    accusation_and_denial(cli)
    cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"], "Karabakh officials")
    cli("tag", statement_with(cli, "1,166 troops")["id"], "Karabakh officials")
    cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry")
    found = cli("suggest", "links", "--json").json()
    pairs = [{c["a"], c["b"]} for c in found]
    several = next(c for c in found if pairs.count({c["a"], c["b"]}) > 1)
    one = next(c for c in found if pairs.count({c["a"], c["b"]}) == 1)
    return several, one


def test_accepting_without_rel_takes_the_one_relation_suggested(cli: Runner) -> None:
    several, one = _one_and_several_relations(cli)
    r = cli("suggest", "accept", several["a"], several["b"])
    assert r.code == 1 and "relations are suggested" in r.err and "give --rel" in r.err
    r = cli("suggest", "accept", one["b"], one["a"], "--json")  # either order
    assert r.code == 0, r.err
    made = r.json()
    assert (made["a"], made["b"], made["relation"]) == (one["a"], one["b"], one["relation"])


def test_a_pair_linked_already_is_no_new_candidate(cli: Runner, db: Path) -> None:
    """A new-analyst trial: the top row (1.00) was "A responds-to B" for a pair linked as
    contradicts, and accepting it added a second link unannounced. A denial may both
    contradict and answer, so the other relation is still offered, but last and saying the
    pair is linked already; the Suggestions view's queue, pruned after the link, agrees."""
    from claimtrack.services import linking
    from claimtrack.store import Store
    from claimtrack.suggest import LinkCandidate

    several, _ = _one_and_several_relations(cli)
    pair = {several["a"], several["b"]}
    before = cli("suggest", "links", "--json").json()
    assert cli("link", several["a"], several["b"], "--rel", "contradicts").code == 0
    after = cli("suggest", "links", "--json").json()
    linked = [c for c in after if {c["a"], c["b"]} == pair]
    assert [c["relation"] for c in linked] == ["responds-to"]
    assert linked[0]["reasons"][0] == ("already linked as contradicts: accepting adds responds-to")
    assert after[-1] == linked[0] and len(after) > 1  # after every pair not linked
    shown = cli("suggest", "links").out.splitlines()
    assert "already linked as contradicts" in shown[-1]
    computed = [  # the queue the Suggestions view computed before the link
        LinkCandidate(c["a"], c["b"], c["relation"], c["score"], tuple(c["reasons"]))
        for c in before
    ]
    store = Store.open(db)
    try:
        queue = linking.still_open(store, computed)  # pruned after it
    finally:
        store.close()
    assert {queue[-1].a, queue[-1].b} == pair and queue[-1].relation == "responds-to"
    assert queue[-1].reasons[0].startswith("already linked as contradicts")
    assert all({c.a, c.b} != pair for c in queue[:-1])


def test_rejecting_without_rel_takes_every_relation_suggested(cli: Runner) -> None:
    """`suggest reject` demanded --rel where `accept` takes the one suggested, and refused a
    pair with two relations suggested ("give --rel"): the analyst saying two claims are
    unrelated had to reject each relation by name."""
    several, one = _one_and_several_relations(cli)
    pair = {several["a"], several["b"]}
    suggested = {c["relation"] for c in cli("suggest", "links", "--json").json()
                 if {c["a"], c["b"]} == pair}  # fmt: skip
    assert len(suggested) > 1
    r = cli("suggest", "reject", several["a"], several["b"])
    assert r.code == 0, r.err
    assert all(rel in r.err for rel in suggested), r.err  # says which were rejected
    assert pair not in [{c["a"], c["b"]} for c in cli("suggest", "links", "--json").json()]
    cli("undo")  # one change: one undo brings every relation back
    again = {c["relation"] for c in cli("suggest", "links", "--json").json()
             if {c["a"], c["b"]} == pair}  # fmt: skip
    assert again == suggested
    r = cli("suggest", "reject", several["b"], several["a"], "--rel", sorted(suggested)[0])
    assert r.code == 0, r.err  # --rel rejects that one only
    left = {c["relation"] for c in cli("suggest", "links", "--json").json()
            if {c["a"], c["b"]} == pair}  # fmt: skip
    assert left == suggested - {sorted(suggested)[0]}
    rejected = cli("suggest", "reject", one["b"], one["a"], "--json").json()  # either order
    assert (rejected["a"], rejected["b"], rejected["relation"]) == (
        one["a"], one["b"], one["relation"],
    )  # fmt: skip
    assert {one["a"], one["b"]} not in [
        {c["a"], c["b"]} for c in cli("suggest", "links", "--json").json()
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Central Election Commission", "government"),
        ("Constitutional Court", "government"),
        ("Ostrevian police", "government"),
        ("Komisi Pemilihan Umum", "government"),
        ("Центральная избирательная комиссия", "government"),
        ("Civil Contract Party", "organisation"),
        ("Partai Demokrat", "organisation"),
    ],
)
def test_speaker_add_knows_commissions_courts_police_and_parties(
    cli: Runner, name: str, kind: str
) -> None:
    """An election story's commission, court, police and parties were added as "other" (a
    fresh-user review): no kind in Speakers, no side in exports."""
    assert cli("speaker", "add", name, "--json").json()["kind"] == kind


def test_speaker_add_takes_the_kind_and_side_a_bodys_name_tells(
    cli: Runner, tmp_path: Path
) -> None:
    """Added as kind "other", a ministry had no side; a person's surname alone ("Renz said",
    "Ренц заявил") proposed new speakers, and `tag … "Аркадий Ренц"` found nobody. Only a
    body's name is taken at its word: "Washington Post" reads like a person's name."""
    r = cli("speaker", "add", "Armenian Foreign Ministry", "--json")
    assert (r.json()["kind"], r.json()["side"]) == ("ministry", "Armenia")
    post = cli("speaker", "add", "Washington Post")
    assert "if this is a person, this lets their surname alone find them" in post.err
    assert "claimtrack speaker edit" in post.err
    jordan = cli("speaker", "add", "Jordan Henderson", "--json").json()
    assert (jordan["kind"], jordan["side"]) == ("other", None)
    for office in ("Armenia Ombudsman", "Омбудсмен Азербайджана"):  # an office is its place's
        added = cli("speaker", "add", office, "--json")
        assert added.json()["side"] in ("Armenia", "Azerbaijan"), office
        assert "if this is a person" not in added.err
    red_cross = cli("speaker", "add", "Red Cross", "--kind", "organisation", "--json").json()
    assert red_cross["side"] is None
    assert cli("speaker", "add", "Arkady Renz", "--kind", "person").code == 0
    article = tmp_path / "renz.txt"
    article.write_text("Renz said the troops had not fired.", encoding="utf-8")
    russian = tmp_path / "renz-ru.txt"
    russian.write_text("Ренц заявил, что войска не стреляли.", encoding="utf-8")
    imported(cli, article, "--lang", "en")
    imported(cli, russian, "--lang", "ru")
    (renz,) = [s for s in cli("speaker", "list", "--json").json() if s["name"] == "Arkady Renz"]
    rows = cli("statements", "--json").json()
    assert [r["suggestion"]["speaker"] for r in rows] == [renz["id"], renz["id"]]
    said = cli("tag", rows[1]["id"], "Аркадий Ренц")
    assert said.code == 0 and "said by Arkady Renz" in said.err


def _one_claim_reported_twice(cli: Runner, tmp_path: Path) -> tuple[str, str]:
    """The claims (first reported, later) of one statement two wires carried a day apart."""
    cli("speaker", "add", "Lena Dovic", "--kind", "person")
    claims = {}
    for day, outlet in (("14", "First Wire"), ("15", "Second Wire")):
        article = tmp_path / f"{day}.txt"
        said = f"Lena Dovic said not a single shell had landed on Valdorian soil ({outlet})."
        article.write_text(f"{said}\n", encoding="utf-8")
        imported(cli, article, "--outlet", outlet, "--published", f"2025-03-{day}", "--lang", "en")
        (row,) = cli("statements", "--source", outlet, "--json").json()
        cli("tag", row["id"], "Lena Dovic")
        claims[outlet] = cli("show", row["id"], "--json").json()["claim"]
    return claims["First Wire"], claims["Second Wire"]


def test_a_same_claim_suggestion_lists_and_keeps_the_claim_reported_first(
    cli: Runner, tmp_path: Path
) -> None:
    """Merged the other way, the brief and every export headed the claim with a later
    report's words: the suggestion names the first report first, and accepting it as
    listed keeps that one."""
    first, later = _one_claim_reported_twice(cli, tmp_path)
    (row,) = [c for c in cli("suggest", "links", "--json").json() if c["relation"] == "same-claim"]
    assert (row["a"], row["b"]) == (first, later)
    r = cli("suggest", "accept", row["a"], row["b"], "--json")
    assert r.code == 0, r.err
    assert (r.json()["claim"], r.json()["merged"]) == (first, [later])
    (kept,) = cli("claims", "--json").json()
    assert kept["id"] == first


@pytest.mark.parametrize("command", [("claim", "merge"), ("suggest", "accept")])
def test_both_ways_of_merging_keep_the_claim_named_first_and_say_so(
    cli: Runner, tmp_path: Path, command: tuple[str, str]
) -> None:
    """`claim merge A B` kept A while `suggest accept A B --rel same-claim` kept B, and
    neither said which claim went where; a merged id's prefix then met "no record"."""
    first, later = _one_claim_reported_twice(cli, tmp_path)
    extra = ("--rel", "same-claim") if command[0] == "suggest" else ()
    r = cli(*command, later, first, *extra)
    assert r.code == 0, r.err
    said = r.err.splitlines()[0]
    assert said.startswith(f"kept claim {later} (Lena Dovic: ")
    assert f"now 2 appearances; merged {first} into it" in said
    assert f"({first} was reported first, on 2025-03-14: to keep it instead" in said
    (kept,) = cli("claims", "--json").json()
    assert kept["id"] == later
    for ref in (first, first[:4]):  # the whole id, or a prefix of it as any id is taken
        gone = cli("show", ref)
        assert gone.code == 1 and f"claim {first} was merged into claim {later} on " in gone.err
    assert cli("undo").code == 0
    r = cli(*command, first, later, *extra)
    assert r.code == 0 and "reported first" not in r.err
    assert [c["id"] for c in cli("claims", "--json").json()] == [first]


def test_tagging_a_proposed_speaker_as_a_registered_one_teaches_its_names(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """As picking in the Reader does: the CLI learned nothing, and the next article naming
    the minister by office proposed a stranger again."""
    cli("speaker", "add", "Lena Dovic", "--kind", "person")
    article = tmp_path / "dovic.txt"
    article.write_text(
        "The Ostrevian Foreign Minister said troops had not fired.\n", encoding="utf-8"
    )
    imported(cli, article, "--lang", "en")
    (row,) = cli("statements", "--json").json()
    assert row["suggestion"]["proposed_name"] == "Ostrevian Foreign Minister"
    tagged = cli("tag", row["id"], "Dovic")
    assert tagged.code == 0, tagged.err
    assert "learned: Ostrevian Foreign Minister is Lena Dovic too" in tagged.err
    (dovic,) = cli("speaker", "list", "--json").json()
    assert dovic["aliases"] == ["Ostrevian Foreign Minister"]
    assert cli("undo").code == 0  # one change: the tag and what it taught
    (dovic,) = cli("speaker", "list", "--json").json()
    assert dovic["aliases"] == []
    before = store_state(db)
    neither = cli("tag", row["id"])
    assert neither.code == 2 and "not both" not in neither.err
    assert store_state(db) == before


def test_accepting_a_person_found_in_another_script_teaches_the_office(
    cli: Runner, tmp_path: Path
) -> None:
    """ "Министр обороны Вальдории Антон Браск" was suggested as the registered Anton Brask,
    and accepting taught nothing: the next article's "министра обороны Вальдории" alone
    proposed a stranger (a fresh-user review)."""
    cli("speaker", "add", "Anton Brask", "--kind", "person")
    article = tmp_path / "ru.txt"
    article.write_text(
        "Министр обороны Вальдории Антон Браск сообщил, что погибли 40 военнослужащих.\n",
        encoding="utf-8",
    )
    imported(cli, article, "--lang", "ru")
    (row,) = cli("statements", "--json").json()
    assert cli("tag", row["id"], "--suggested").code == 0
    (brask,) = cli("speaker", "list", "--json").json()
    assert set(brask["aliases"]) == {"Антон Браск", "Министр обороны Вальдории"}
    later = tmp_path / "ru2.txt"
    later.write_text("По словам министра обороны Вальдории, погибли 45 солдат.\n", "utf-8")
    imported(cli, later, "--lang", "ru")
    (row,) = cli("statements", "--untagged", "--json").json()
    assert row["suggestion"]["speaker"] == brask["id"]
    assert row["suggestion"]["reason"].startswith("alias")


def test_a_name_only_like_a_registered_person_teaches_nothing(cli: Runner, tmp_path: Path) -> None:
    """ "Посол Азербайджана Ильгар Алиев" was suggested as Ilham Aliyev, and accepting taught
    Aliyev the ambassador's name and office; tagging "…, Hikmet Hajiyev said" as Aliyev
    taught him "Hikmet Hajiyev" (a review)."""
    cli("speaker", "add", "Ilham Aliyev", "--kind", "person")
    article = tmp_path / "ru.txt"
    article.write_text("Посол Азербайджана Ильгар Алиев заявил, что переговоры идут.\n", "utf-8")
    imported(cli, article, "--lang", "ru")
    (row,) = cli("statements", "--json").json()
    if row["suggestion"] and row["suggestion"]["speaker"]:
        assert cli("tag", row["id"], "--suggested").code == 0
    else:
        assert cli("tag", row["id"], "Ilham Aliyev").code == 0
    (aliyev,) = cli("speaker", "list", "--json").json()
    assert aliyev["aliases"] == []
    other = tmp_path / "en.txt"
    other.write_text("Armenia was shelling Tartar, Hikmet Hajiyev said.\n", "utf-8")
    imported(cli, other, "--lang", "en")
    (row,) = cli("statements", "--untagged", "--json").json()
    tagged = cli("tag", row["id"], "Ilham Aliyev")
    assert tagged.code == 0 and "learned" not in tagged.err
    (aliyev,) = cli("speaker", "list", "--json").json()
    assert aliyev["aliases"] == []


def test_a_verdict_relation_or_kind_is_taken_in_any_case_and_stored_canonical(
    cli: Runner,
) -> None:
    """`outcome --verdict False` was refused: fixed choices were case-sensitive."""
    accusation_and_denial(cli)
    a = cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"],
            "Karabakh officials", "--json").json()["claim"]  # fmt: skip
    b = cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry",
            "--json").json()["claim"]  # fmt: skip
    r = cli("outcome", a, "--verdict", "False", "--json")
    assert r.code == 0, r.err
    assert r.json()["verdict"] == "false"
    r = cli("link", b, a, "--rel", "Responds-To", "--json")
    assert r.code == 0, r.err
    assert r.json()["relation"] == "responds-to"
    r = cli("speaker", "add", "Hikmet Hajiyev", "--kind", "PERSON", "--json")
    assert r.code == 0, r.err
    assert r.json()["kind"] == "person"
    assert [c["id"] for c in cli("claims", "--verdict", "FALSE", "--json").json()] == [a]
    assert cli("show", a, "--json").json()["verdict"] == "false"
    assert cli("check", "--json").json()["ok"] is True


def test_claim_reread_brings_older_claims_numbers_up_to_date(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """A claim keeps the numbers read when it was tagged, so a version that reads numbers
    better left every older claim as it was, and suggestions and the brief with it (a
    fresh-user review): `claim reread` reads them again, as one change undo takes back."""
    from claimtrack.model import Claim, Quantity
    from claimtrack.store import Store

    article = tmp_path / "toll.txt"
    article.write_text("Officials in Brenzi said 41 people were killed.", encoding="utf-8")
    imported(cli, article, "--lang", "en")
    cli("speaker", "add", "Brenzi officials", "--kind", "officials")
    (st,) = cli("statements", "--json").json()
    claim_id = cli("tag", st["id"], "Brenzi officials", "--json").json()["claim"]
    store = Store.open(db)  # as an older version read it: "more than 5 killed"
    claim = store.get(Claim, claim_id)
    assert claim is not None and [q.low for q in claim.quantities] == [41]
    stale = Quantity(low=5, high=5, unit="killed", qualifier="more-than", text="5")
    with store.transaction("claim.edit", "an older reading") as tx:
        tx.put(claim.replace(quantities=(stale,)))
    store.close()
    before = digest(db)
    assert cli("claim", "reread", "nosuchclaim").code != 0
    assert digest(db) == before
    reread = cli("claim", "reread", "--json")
    assert reread.code == 0 and [c["id"] for c in reread.json()] == [claim_id]
    shown = cli("show", claim_id, "--json").json()
    assert [q["low"] for q in shown["quantities"]] == [41]
    again = cli("claim", "reread")
    assert again.code == 0 and "nothing to change" in again.err
    assert cli("undo").code == 0
    assert [q["low"] for q in cli("show", claim_id, "--json").json()["quantities"]] == [5]


SUDMARK_RU = (
    "Зюдмарк отрицает обстрел Кесселя\n\n"
    "Министерство обороны Зюдмарка заявило, что его войска не обстреливали Кессель.\n"
)
SUDMARK_EN = "Sudmark said its forces did not fire at Kessel.\n"


def test_naming_a_ministry_for_a_proposed_country_teaches_it_no_country(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """A headline's bare «Зюдмарк» tagged as the Sudmark Defence Ministry printed "learned:
    Зюдмарк is Sudmark Defence Ministry too"; a later `tag ST Sudmark` then quietly gave
    the ministry a claim the country made. A country (or side) is no alias of a body or
    person, and typed alone it names no one speaker."""
    ru, en = tmp_path / "ru.txt", tmp_path / "en.txt"
    ru.write_text(SUDMARK_RU, encoding="utf-8")
    en.write_text(SUDMARK_EN, encoding="utf-8")
    imported(cli, ru, "--lang", "ru")
    imported(cli, en, "--lang", "en")
    ministry = cli("speaker", "add", "Sudmark Defence Ministry", "--kind", "ministry", "--json")
    headline = statement_with(cli, "Зюдмарк отрицает")
    assert headline["suggestion"]["proposed_name"] == "Зюдмарк"
    tagged = cli("tag", headline["id"], "Sudmrak Defence Ministry")  # a typo of its name
    assert tagged.code == 0, tagged.err
    assert "said by Sudmark Defence Ministry" in tagged.err and "learned" not in tagged.err
    (speaker,) = cli("speaker", "list", "--json").json()
    assert speaker["id"] == ministry.json()["id"] and speaker["aliases"] == []
    said = statement_with(cli, "Sudmark said")
    for typed, why in (
        ("Sudmark", "is ambiguous: it names the country or place in Sudmark Defence"),
        ("Sudmrk", "is ambiguous: it names the country or place in Sudmark Defence"),
        ("Зюдмарк", "only alike: "),  # across scripts no more than alike, as before
    ):
        before = store_state(db)
        r = cli("tag", said["id"], typed)
        assert r.code == 1 and r.out == "", r.err
        assert f"speaker {typed!r} {why}" in r.err or f"clearly {typed!r}, {why}" in r.err
        assert store_state(db) == before
    body = statement_with(cli, "Министерство обороны")
    tagged = cli("tag", body["id"], "Sudmark Defence")  # its name, its body's words in it
    assert tagged.code == 0 and "learned: Министерство обороны Зюдмарка is" in tagged.err
    # the country registered as a speaker of its own learns its other names
    assert cli("speaker", "add", "Sudmark", "--kind", "government").code == 0
    assert cli("untag", headline["id"]).code == 0
    tagged = cli("tag", headline["id"], "Sudmark")
    assert tagged.code == 0 and "learned: Зюдмарк is Sudmark too" in tagged.err


def test_an_organisations_short_name_and_a_capital_are_learned(cli: Runner, tmp_path: Path) -> None:
    """`tag ST Wagner` said "it names the country or place in Wagner Group's name", and
    "Kyiv said" tagged as Ukraine learned nothing, so the next "Kyiv said" was proposed as
    a new speaker "Kyiv" again: neither a group's own name nor a capital said for its
    state is only a place."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(
        "Wagner said its fighters had left the city.\n\nKyiv said the strike hit a school.\n",
        encoding="utf-8",
    )
    second.write_text("Kyiv said the talks had failed.\n", encoding="utf-8")
    imported(cli, first, "--lang", "en")
    for name in ("Wagner Group", "Amnesty International", "Azatutyun radio"):
        assert cli("speaker", "add", name).code == 0
    assert cli("speaker", "add", "Ukraine", "--side", "Ukraine").code == 0
    wagner = statement_with(cli, "Wagner said")
    tagged = cli("tag", wagner["id"], "Wagner")
    assert tagged.code == 0, tagged.err
    assert "learned: Wagner is Wagner Group too" in tagged.err
    kyiv = statement_with(cli, "strike hit")
    assert kyiv["suggestion"]["speaker_name"] == "Ukraine"  # its capital, at once
    tagged = cli("tag", kyiv["id"], "Ukraine")
    assert tagged.code == 0 and "learned: Kyiv is Ukraine too" in tagged.err
    imported(cli, second, "--lang", "en")
    later = statement_with(cli, "talks had failed")
    assert later["suggestion"]["speaker_name"] == "Ukraine"


def test_a_state_learns_its_own_capital_and_no_other_town(cli: Runner, tmp_path: Path) -> None:
    """A state learned whatever town it was picked for: "Ganja said" tagged as Azerbaijan
    taught it "Ganja" (and "Yerevan said", "Stepanakert said" alike), so the next "Ganja
    said" was Azerbaijan's, silently. Only its capital (`data/places/capitals.json`) is
    learned; for another town the analyst is told why not."""
    first, second, russian = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "ru.txt"
    first.write_text(
        "Baku said the talks had failed.\n\nGanja said the strike hit a school.\n\n"
        "Yerevan said the road was closed.\n",
        encoding="utf-8",
    )
    russian.write_text("Москва заявила, что переговоры сорваны.\n", encoding="utf-8")
    second.write_text(
        "Baku said the ceasefire held.\n\nGanja said the shelling went on.\n\n"
        "Yerevan said the border was quiet.\n",
        encoding="utf-8",
    )
    imported(cli, first, "--lang", "en")
    imported(cli, russian, "--lang", "ru")
    assert cli("speaker", "add", "Azerbaijan", "--side", "Azerbaijan").code == 0
    assert cli("speaker", "add", "Russia", "--side", "Russia").code == 0
    baku = statement_with(cli, "talks had failed")["suggestion"]
    assert baku["speaker_name"] == "Azerbaijan" and "the capital stands for" in baku["reason"]
    for needle, town in (("strike hit", "Ganja"), ("road was closed", "Yerevan")):
        assert statement_with(cli, needle)["suggestion"]["proposed_name"] == town
    tagged = cli("tag", statement_with(cli, "talks had failed")["id"], "Azerbaijan")
    assert tagged.code == 0 and "learned: Baku is Azerbaijan too" in tagged.err
    tagged = cli("tag", statement_with(cli, "strike hit")["id"], "Azerbaijan")
    assert tagged.code == 0, tagged.err
    assert "learned" not in tagged.err.replace("not learned", "")
    assert "not learned: Ganja is no capital listed for Azerbaijan" in tagged.err
    tagged = cli("tag", statement_with(cli, "road was closed")["id"], "Azerbaijan")
    assert "not learned: Yerevan is the capital listed for Armenia, not Azerbaijan" in tagged.err
    tagged = cli("tag", statement_with(cli, "переговоры сорваны")["id"], "Russia")
    assert tagged.code == 0 and "learned: Москва is Russia too" in tagged.err
    speakers = {s["name"]: s for s in cli("speaker", "list", "--json").json()}
    assert speakers["Azerbaijan"]["aliases"] == ["Baku"]
    imported(cli, second, "--lang", "en")
    assert statement_with(cli, "ceasefire held")["suggestion"]["speaker_name"] == "Azerbaijan"
    for needle, town in (("shelling went on", "Ganja"), ("border was quiet", "Yerevan")):
        later = statement_with(cli, needle)["suggestion"]
        assert later["speaker_name"] is None and later["proposed_name"] == town


def test_a_state_under_another_name_learns_its_capital_and_no_other(
    cli: Runner, tmp_path: Path
) -> None:
    """A state registered as "UAE", "DPRK" or «Южная Корея» was no state, so tagging
    "Abu Dhabi said" as the UAE learned nothing (and "Abu Dhabi", read as a person's name,
    was refused as someone else's), and "Seoul said" tagged as the DPRK was not told apart
    from its capital. Each learns its own capital, and no other state's."""
    first, russian, later = tmp_path / "a.txt", tmp_path / "ru.txt", tmp_path / "b.txt"
    first.write_text(
        "Abu Dhabi said the talks had failed.\n\nSeoul said the strike hit a school.\n",
        encoding="utf-8",
    )
    russian.write_text("Сеул заявил, что переговоры сорваны.\n", encoding="utf-8")
    later.write_text("Abu Dhabi said the ceasefire held.\n", encoding="utf-8")
    imported(cli, first, "--lang", "en")
    imported(cli, russian, "--lang", "ru")
    for name in ("UAE", "DPRK", "Южная Корея"):
        assert cli("speaker", "add", name, "--kind", "government").code == 0
    tagged = cli("tag", statement_with(cli, "talks had failed")["id"], "UAE")
    assert tagged.code == 0 and "learned: Abu Dhabi is UAE too" in tagged.err, tagged.err
    tagged = cli("tag", statement_with(cli, "strike hit")["id"], "DPRK")
    assert tagged.code == 0, tagged.err
    assert "learned" not in tagged.err.replace("not learned", "")
    assert "not learned: Seoul is the capital listed for South Korea, not North Korea" in (
        tagged.err
    )
    seoul = statement_with(cli, "переговоры сорваны")
    assert seoul["suggestion"]["speaker_name"] == "Южная Корея"
    imported(cli, later, "--lang", "en")
    assert statement_with(cli, "ceasefire held")["suggestion"]["speaker_name"] == "UAE"


def test_taking_a_suggested_state_for_its_capital_says_what_it_learned(
    cli: Runner, tmp_path: Path
) -> None:
    """`tag ST --suggested` on "Moscow warned" taught Russia "Moscow" without a word, where
    `tag ST Russia` says "learned: Moscow is Russia too": both say it, one statement or
    several, and `--json` lists it."""
    first = tmp_path / "a.txt"
    first.write_text(
        "Moscow warned the talks had failed.\n\nKyiv said the strike hit a school.\n\n"
        "Baku said the road was closed.\n",
        encoding="utf-8",
    )
    imported(cli, first, "--lang", "en")
    for state in ("Russia", "Ukraine", "Azerbaijan"):
        assert cli("speaker", "add", state, "--side", state).code == 0
    moscow = statement_with(cli, "talks had failed")
    assert moscow["suggestion"]["speaker_name"] == "Russia"
    tagged = cli("tag", moscow["id"], "--suggested")
    assert tagged.code == 0, tagged.err
    assert "learned: Moscow is Russia too ('claimtrack undo' forgets it)" in tagged.err
    kyiv, baku = statement_with(cli, "strike hit"), statement_with(cli, "road was closed")
    tagged = cli("tag", "--suggested", kyiv["id"], baku["id"])
    assert tagged.code == 0, tagged.err
    assert "learned: Kyiv is Ukraine too" in tagged.err
    assert "learned: Baku is Azerbaijan too" in tagged.err
    assert cli("undo").code == 0
    as_json = cli("tag", "--suggested", kyiv["id"], baku["id"], "--json").json()
    assert [t["learned"] for t in as_json["tagged"]] == [["Kyiv"], ["Baku"]]
    speakers = {s["name"]: s["aliases"] for s in cli("speaker", "list", "--json").json()}
    assert speakers == {"Russia": ["Moscow"], "Ukraine": ["Kyiv"], "Azerbaijan": ["Baku"]}


def test_a_states_other_name_is_a_place_to_its_bodies_and_finds_the_state(
    cli: Runner, tmp_path: Path
) -> None:
    """Accepting "Burma said" for the Myanmar Foreign Ministry taught the ministry "Burma"
    (and «США заявили» for «Госдеп США» taught it «США»), so every later "Burma said" was
    the ministry's, where "Myanmar said" is refused as only a place. And `tag ST Burma`, with
    "Myanmar" registered, found no speaker. A state's other names are places to its bodies,
    and find the state itself, which learns them."""
    first, russian = tmp_path / "a.txt", tmp_path / "ru.txt"
    first.write_text(
        "Burma said the talks had failed.\n\nBurma said the road was closed.\n\n"
        "The US said the strike hit a school.\n",
        encoding="utf-8",
    )
    russian.write_text("США заявили, что переговоры сорваны.\n", encoding="utf-8")
    imported(cli, first, "--lang", "en")
    imported(cli, russian, "--lang", "ru")
    for body in ("Myanmar Foreign Ministry", "Госдеп США"):
        assert cli("speaker", "add", body).code == 0
    for needle, body in (("talks had failed", "Myanmar Foreign Ministry"), ("сорваны", "Госдеп")):
        tagged = cli("tag", statement_with(cli, needle)["id"], body)
        assert tagged.code == 0 and "learned" not in tagged.err, tagged.err
    for state in ("Myanmar", "United States"):
        assert cli("speaker", "add", state).code == 0
    tagged = cli("tag", statement_with(cli, "road was closed")["id"], "Burma")
    assert tagged.code == 0 and "said by Myanmar" in tagged.err, tagged.err
    assert "learned: Burma is Myanmar too" in tagged.err
    tagged = cli("tag", statement_with(cli, "strike hit")["id"], "US")
    assert tagged.code == 0 and "said by United States" in tagged.err, tagged.err
    speakers = {s["name"]: s["aliases"] for s in cli("speaker", "list", "--json").json()}
    assert speakers == {
        "Myanmar Foreign Ministry": [],
        "Госдеп США": [],
        "Myanmar": ["Burma"],
        "United States": [],
    }


def test_a_state_added_under_another_name_gets_the_side_of_its_country(cli: Runner) -> None:
    """`speaker add Burma` (or "US", «Южная Корея») told no side, where "United States" is
    on the side United States: every name of a state is on its country's side, as CLDR
    names it, and is a government."""
    sides = {}
    for name in ("Burma", "Myanmar", "US", "United States", "Южная Корея", "DPRK"):
        added = cli("speaker", "add", name, "--json")
        assert added.code == 0, added.err
        sides[name] = (added.json()["side"], added.json()["kind"])
    assert sides == {
        "Burma": ("Myanmar (Burma)", "government"),
        "Myanmar": ("Myanmar (Burma)", "government"),
        "US": ("United States", "government"),
        "United States": ("United States", "government"),
        "Южная Корея": ("South Korea", "government"),
        "DPRK": ("North Korea", "government"),
    }
    told = cli("speaker", "add", "UAE")
    assert "(kind government, side United Arab Emirates: from its name)" in told.err, told.err
