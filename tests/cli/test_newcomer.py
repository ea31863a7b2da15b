"""What a newcomer driving only the CLI trips over: every message says what to do next, and
`--json` holds what the table shows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.cli.desk import accusation_and_denial, imported, statement_with
from tests.conftest import Runner, store_state

WAR = (
    "The Vardenian Defence Ministry said at least 240 enemy soldiers were killed near Korsk.\n\n"
    "Colonel Mirek Tasov, a ministry spokesman, said the army lost only 12 servicemen.\n\n"
    "Ostran officials said 87 Vardenian troops had been killed at Korsk.\n"
)


@pytest.fixture
def war(cli: Runner, tmp_path: Path) -> dict[str, str]:
    """One English report; three statements tagged, two of them linked twice."""
    article = tmp_path / "war.txt"
    article.write_text(WAR, encoding="utf-8")
    imported(cli, article, "--lang", "en")
    cli("speaker", "add", "Vardenia Ministry of Defence", "--alias", "Vardenian Defence Ministry")
    cli("speaker", "add", "Ostran officials", "--side", "Ostra", "--kind", "officials")
    ministry = cli("tag", statement_with(cli, "240")["id"], "Vardenian Defence Ministry", "--json")
    colonel = cli("tag", statement_with(cli, "12 servicemen")["id"], "--suggested", "--json")
    officials = cli("tag", statement_with(cli, "87")["id"], "Ostran officials", "--json")
    a, b = colonel.json()["claim"], officials.json()["claim"]
    contra = cli("link", a, b, "--rel", "contradicts", "--json").json()["id"]
    response = cli("link", b, a, "--rel", "responds-to", "--json").json()["id"]
    return {
        "colonel": a,
        "colonel_statement": colonel.json()["statement"],
        "officials": b,
        "ministry": ministry.json()["claim"],
        "contradicts": contra,
        "responds": response,
    }


def one_line_refusal(cli: Runner, db: Path, *args: str) -> str:
    """Run a command that must be refused; its one line on stderr (the store untouched)."""
    before = store_state(db)
    r = cli(*args)
    assert r.code != 0 and r.out == ""
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert store_state(db) == before
    return lines[0]


def test_tag_suggested_says_when_it_registered_a_new_speaker(cli: Runner, tmp_path: Path) -> None:
    article = tmp_path / "war.txt"
    article.write_text(WAR, encoding="utf-8")
    imported(cli, article, "--lang", "en")
    colonel = statement_with(cli, "12 servicemen")["id"]
    r = cli("tag", colonel, "--suggested")
    assert r.code == 0, r.err
    (speaker,) = cli("speaker", "list", "--json").json()
    # the guessed kind and side are told, with the command that corrects them
    assert f"registered new speaker {speaker['id']} Mirek Tasov (person, no side)" in r.err
    assert f"claimtrack speaker edit {speaker['id']}" in r.err
    assert "--db" in r.err  # pasted, it acts on this store
    cli("untag", colonel)
    again = cli("tag", colonel, "--suggested", "--json")  # now a registered speaker
    assert again.code == 0, again.err
    assert again.json()["new_speaker"] is False
    assert "registered new speaker" not in again.err
    other = tmp_path / "other.json"  # a fresh store: the same tag registers him there
    cli("import", str(article), "--lang", "en", "--db", str(other), use_db=False)
    rows = cli("statements", "--json", "--db", str(other), use_db=False).json()
    there = next(row["id"] for row in rows if "12 servicemen" in row["text"])
    fresh = cli("tag", there, "--suggested", "--json", "--db", str(other), use_db=False)
    assert fresh.json()["new_speaker"] is True
    assert "registered new speaker" not in fresh.err  # --json: stderr keeps to confirmations


def test_speaker_list_json_holds_the_track_record_the_table_shows(
    cli: Runner, war: dict[str, str]
) -> None:
    cli("outcome", war["colonel"], "--verdict", "false")
    rows = {s["name"]: s for s in cli("speaker", "list", "--json").json()}
    assert rows["Mirek Tasov"]["track_record"] == {"false": 1}
    assert rows["Ostran officials"]["track_record"] == {"unjudged": 1}
    table = cli("speaker", "list").out
    assert "false:1" in table and "unjudged:1" in table
    shown = cli("show", rows["Mirek Tasov"]["id"], "--json").json()
    assert shown["track_record"] == rows["Mirek Tasov"]["track_record"]  # one key, one shape


def test_a_tag_no_claim_carries_is_warned_of_like_an_unknown_side(
    cli: Runner, war: dict[str, str]
) -> None:
    cli("claim", "edit", war["colonel"], "--tag", "casualties", "--tag", "Korsk")
    for args in (("claims", "--tag", "casualty"), ("export", "-f", "csv", "--tag", "casualty")):
        r = cli(*args)
        assert r.code == 0, r.err
        assert (
            "warning: no claim is tagged 'casualty'; did you mean 'casualties'? "
            "(tags in use: casualties, Korsk)" in r.err
        )
    found = cli("claims", "--tag", "KORSK")  # a tag in use, in another case: no warning
    assert war["colonel"] in found.out and "warning" not in found.err
    assert "warning" not in cli("export", "-f", "csv", "--tag", "korsk").err


def test_a_tag_filter_on_a_store_without_tags_says_how_to_tag(
    cli: Runner, war: dict[str, str]
) -> None:
    r = cli("claims", "--tag", "korsk", "--json")
    assert r.json() == []
    assert "no claim has a tag yet: claimtrack claim edit CLAIM --tag TAG" in r.err


def test_a_missing_store_named_by_db_is_created_by_the_command_suggested(
    cli: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "war desk.json"
    r = cli("claims", "--db", str(path), use_db=False)
    assert r.code == 3
    assert r.err.strip().endswith(f"to create it: claimtrack init --db '{path}'")
    assert not path.exists()


@pytest.mark.parametrize(
    ("group", "commands"),
    [
        ("speaker", "add, edit, list, merge, similar"),
        ("claim", "edit, merge, reread"),
        ("suggest", "accept, links, reject"),
    ],
)
def test_a_command_group_alone_names_its_commands_on_one_line(
    cli: Runner, group: str, commands: str
) -> None:
    r = cli(group, use_db=False)
    assert r.code == 2 and r.out == ""
    assert r.err == (
        f"claimtrack: error: 'claimtrack {group}' needs a command: {commands} "
        f"(see 'claimtrack {group} --help')\n"
    )


def test_a_usage_error_points_at_the_commands_help(cli: Runner) -> None:
    r = cli("link", "3fk2")
    assert r.code == 2
    assert r.err.strip() == (
        "claimtrack: error: Missing argument 'B'. (see 'claimtrack link --help')"
    )
    typo = cli("tag", "3fk2", "--sugested")
    assert "Did you mean '--suggested'? (see 'claimtrack tag --help')" in typo.err


def test_unlink_a_b_removes_the_one_link_between_two_claims(
    cli: Runner, db: Path, war: dict[str, str]
) -> None:
    line = one_line_refusal(cli, db, "unlink", war["colonel"], war["officials"])
    assert "have 2 links: " in line and "give --rel" in line
    assert f"{war['contradicts']} ({war['colonel']} contradicts {war['officials']})" in line
    r = cli("unlink", war["officials"], war["colonel"], "--rel", "contra", "--json")
    assert r.code == 0, r.err
    assert r.json()["removed"] == war["contradicts"]  # and the claims it joined (added)
    # a statement id stands for its claim, as `link` takes it; one link left: no --rel needed
    r = cli("unlink", war["colonel_statement"], war["officials"])
    assert r.code == 0, r.err
    assert f"removed link {war['responds']}: {war['officials']} (" in r.err
    assert ") responds-to " in r.err
    line = one_line_refusal(cli, db, "unlink", war["colonel"], war["officials"])
    assert line.endswith(f"claims {war['colonel']} and {war['officials']} are not linked")


def test_unlink_of_a_claim_with_itself_removes_nothing(
    cli: Runner, db: Path, war: dict[str, str]
) -> None:
    # A review: every link of the claim joined "it and itself", so one was removed.
    line = one_line_refusal(cli, db, "unlink", war["colonel_statement"], war["colonel"])
    assert f"are both claim {war['colonel']}: give two different claims" in line


def test_unlink_given_a_claim_lists_its_links(cli: Runner, db: Path, war: dict[str, str]) -> None:
    line = one_line_refusal(cli, db, "unlink", war["colonel"])
    assert f"names claim {war['colonel']}, not a link; its links: " in line
    assert f"{war['contradicts']} ({war['colonel']} contradicts {war['officials']})" in line
    assert f"{war['responds']} ({war['officials']} responds-to {war['colonel']})" in line
    line = one_line_refusal(cli, db, "unlink", war["ministry"])
    assert line.endswith(f"names claim {war['ministry']}, which has no links")
    assert "no link with id 'zzzz'" in one_line_refusal(cli, db, "unlink", "zzzz")


def test_merging_a_speaker_or_claim_into_itself_says_the_name_is_the_same(
    cli: Runner, db: Path, war: dict[str, str]
) -> None:
    line = one_line_refusal(
        cli, db, "speaker", "merge", "Vardenia Ministry of Defence", "Vardenian Defence Ministry"
    )
    assert "'Vardenian Defence Ministry' is Vardenia Ministry of Defence (" in line
    assert line.endswith("itself; name another speaker")
    line = one_line_refusal(cli, db, "claim", "merge", war["colonel"], war["colonel_statement"])
    assert f"is claim {war['colonel']} itself; name another claim" in line


def test_an_ambiguous_speaker_says_how_to_mean_one(cli: Runner, db: Path) -> None:
    accusation_and_denial(cli)
    cli("speaker", "add", "Karabakh officials press office", "--side", "armenia")
    st = statement_with(cli, "accused Azerbaijan of shelling")["id"]
    line = one_line_refusal(cli, db, "tag", st, "Karabakh oficials")
    assert "is ambiguous" in line and line.endswith("give an id or more of the name")


def test_show_statement_prints_its_own_history(cli: Runner, war: dict[str, str]) -> None:
    """The statement's events were in `show --json` only: a narration or a note on it is in
    no claim's history, so the table showed none of it."""
    ministry = statement_with(cli, "240")["id"]
    cli("untag", ministry)
    cli("narration", ministry)
    shown = cli("show", ministry).out
    assert f"mark {ministry} as narration" in shown and f"untag {ministry}" in shown
    cli("note", war["colonel_statement"], "check the UN count")
    tagged = cli("show", war["colonel_statement"]).out
    assert f"note on {war['colonel_statement']}" in tagged  # before its claim's own history
    assert tagged.index("note on") < tagged.index(f"claim {war['colonel']}\n")


def test_accepting_one_of_several_relations_names_each_rel_to_give(cli: Runner) -> None:
    accusation_and_denial(cli)
    cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"], "Karabakh officials")
    cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry")
    found = cli("suggest", "links", "--json").json()
    pairs = [{c["a"], c["b"]} for c in found]
    several = next(c for c in found if pairs.count({c["a"], c["b"]}) > 1)
    rels = [c["relation"] for c in found if {c["a"], c["b"]} == {several["a"], several["b"]}]
    r = cli("suggest", "accept", several["a"], several["b"])
    assert r.code == 1
    assert r.err.strip().endswith("give " + " or ".join(f"--rel {rel}" for rel in rels))
    assert f"between {several['a']} and {several['b']}" in r.err


def test_adding_a_speaker_already_registered_says_how_to_edit_it(
    cli: Runner, db: Path, war: dict[str, str]
) -> None:
    (tasov,) = [s for s in cli("speaker", "list", "--json").json() if s["name"] == "Mirek Tasov"]
    line = one_line_refusal(cli, db, "speaker", "add", "mirek  tasov")
    assert line.endswith(
        f"already exists as {tasov['id']} Mirek Tasov; to give it more names, a side or a "
        f"kind: claimtrack speaker edit {tasov['id']} --db {db}"
    )
    line = one_line_refusal(cli, db, "speaker", "add", "Press office", "--alias", "Mirek Tasov")
    assert line.endswith(f"already exists as {tasov['id']} Mirek Tasov")  # an alias: no edit


def test_adding_a_speaker_likely_registered_already_warns_with_the_merge(
    cli: Runner, war: dict[str, str]
) -> None:
    """Only `speaker similar`, run later, told that "Tasov" is likely "Mirek Tasov": by then
    the two had split his claims between them."""
    (tasov,) = [s for s in cli("speaker", "list", "--json").json() if s["name"] == "Mirek Tasov"]
    r = cli("speaker", "add", "Tasov", "--json")
    assert r.code == 0, r.err
    new = r.json()["id"]
    assert (
        f"warning: Tasov may be Mirek Tasov ({tasov['id']}), already registered "
        f"(Tasov ~ Mirek Tasov); to make them one: claimtrack speaker merge {tasov['id']} {new}"
    ) in r.err
    quiet = cli("speaker", "add", "United Nations")
    assert quiet.code == 0 and "warning" not in quiet.err
    (pair,) = cli("speaker", "similar", "--json").json()
    assert dict(zip(pair["speakers"], pair["speaker_names"], strict=True)) == {
        tasov["id"]: "Mirek Tasov",
        new: "Tasov",
    }  # the names the table shows beside the ids


def test_an_export_opened_as_the_store_says_how_to_restore_it(
    cli: Runner, tmp_path: Path, war: dict[str, str]
) -> None:
    export = tmp_path / "handed on.json"
    assert cli("export", "-f", "json", "-o", str(export)).code == 0
    before = export.read_bytes()
    r = cli("claims", "--db", str(export), use_db=False)
    assert r.code == 3 and r.out == ""
    hint = f"claimtrack import '{export}' --db NEW.json"
    assert r.err.strip().endswith(f"is a claimtrack json export, not a store; to work on it, "
                                  f"restore it into a new store: {hint}")  # fmt: skip
    assert export.read_bytes() == before
    restored = tmp_path / "NEW.json"
    assert cli("import", str(export), "--db", str(restored), use_db=False).code == 0
    ids = {c["id"] for c in cli("claims", "--json", "--db", str(restored), use_db=False).json()}
    assert war["colonel"] in ids  # the command suggested does what it says


def test_statements_json_names_the_speakers_the_table_shows(
    cli: Runner, war: dict[str, str]
) -> None:
    rows = {r["id"]: r for r in cli("statements", "--json").json()}
    tagged = rows[war["colonel_statement"]]
    assert tagged["speaker_name"] == "Mirek Tasov"
    assert "Mirek Tasov" in cli("statements").out
    assert tagged["suggestion"]["speaker_name"] == "Mirek Tasov"  # suggested: now registered
    ministry = statement_with(cli, "240")["id"]
    assert rows[ministry]["speaker_name"] == "Vardenia Ministry of Defence"
    assert cli("narration", ministry).code == 0
    after = {r["id"]: r for r in cli("statements", "--json").json()}
    assert after[ministry]["speaker_name"] is None


def test_suggest_links_shows_what_each_claim_says(
    cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Candidates came as two ids and the reasons: judging one took a `show` per claim."""
    accusation_and_denial(cli)
    cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"], "Karabakh officials")
    cli("tag", statement_with(cli, "rejected")["id"], "Azerbaijan defence ministry")
    first = cli("suggest", "links", "--json").json()[0]
    claims = {c["id"]: c for c in cli("claims", "--json").json()}
    for side in ("a", "b"):
        claim = claims[first[side]]
        assert first[f"{side}_speaker_name"] == claim["speaker_name"]
        assert first[f"{side}_summary"] == claim["summary"]
    header, row = cli("suggest", "links").out.splitlines()[:2]
    assert header.split("\t") == ["a", "b", "relation", "score", "reasons", "a_says", "b_says"]
    cells = row.split("\t")
    assert cells[:2] == [first["a"], first["b"]]  # the columns scripts cut stay where they were
    a = claims[first["a"]]
    assert cells[5] == f"{a['speaker_name']}: {a['summary']}"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    drawn = cli("suggest", "links").out
    assert f"a: {a['speaker_name']}:" in drawn


def test_an_ambiguous_id_prefix_says_to_type_more_of_it(
    cli: Runner, db: Path, war: dict[str, str]
) -> None:
    import json
    from collections import Counter

    data = json.loads(db.read_text())
    ids = [i for table, docs in data.items() if table != "meta" for i in docs]
    first = Counter(i[0] for i in ids)  # dozens of random ids: a shared first letter is certain
    shared = next(letter for letter, n in first.most_common() if n > 1)
    line = one_line_refusal(cli, db, "show", shared)
    assert f"id prefix '{shared}' is ambiguous: " in line
    assert line.endswith("; type more of the id")


def test_export_help_says_which_filters_repeat_and_how_they_combine(
    cli: Runner, war: dict[str, str]
) -> None:
    helped = " ".join(cli("export", "--help", use_db=False).out.split())
    for option in ("--speaker", "--side", "--tag", "--verdict"):
        line = next(x for x in cli("export", "--help", use_db=False).out.splitlines()
                    if x.strip().startswith(option))  # fmt: skip
        assert "repeatable" in line, line
    assert "A filter given twice keeps the claims matching either value" in helped
    # and it is so: either speaker, but both a speaker and a verdict
    both = cli("export", "-f", "csv", "--speaker", "Mirek Tasov", "--speaker", "Ostran officials")
    ids = {row.split(",")[0] for row in both.out.splitlines()[1:]}
    assert ids == {war["colonel"], war["officials"]}
    cli("outcome", war["colonel"], "--verdict", "false")
    narrowed = cli("export", "-f", "csv", "--speaker", "Ostran officials", "--verdict", "false")
    assert narrowed.out.splitlines()[1:] == []


def test_import_help_tells_of_the_manifest_and_the_restore(cli: Runner) -> None:
    helped = " ".join(cli("import", "--help", use_db=False).out.split())
    assert "manifest.json" in helped and "is restored instead" in helped
    assert "claimtrack import desk-export.json --db restored.json" in helped


def test_a_claim_removed_by_an_untag_says_so_rather_than_no_record(
    cli: Runner, db: Path, war: dict[str, str]
) -> None:
    ministry = statement_with(cli, "240")["id"]
    assert cli("untag", ministry).code == 0
    seq = cli("log", "--json", "--limit", "1").json()[0]["seq"]
    for args in (("show", war["ministry"]), ("claim", "merge", war["colonel"], war["ministry"])):
        line = one_line_refusal(cli, db, *args)
        assert f"claim {war['ministry']} was removed on " in line
        assert line.endswith(f"(change {seq}: untag {ministry})")


def test_claims_take_a_limit_as_statements_do(cli: Runner, war: dict[str, str]) -> None:
    every = [c["id"] for c in cli("claims", "--json", "--sort", "id").json()]
    assert len(every) == 3
    assert [c["id"] for c in cli("claims", "--json", "--sort", "id", "--limit", "2").json()] == (
        every[:2]
    )
    rows = cli("claims", "--limit", "1").out.splitlines()
    assert len(rows) == 2 and rows[1].startswith(cli("claims", "--json").json()[0]["id"])


def test_init_and_checkpoint_name_the_store_under_one_key(cli: Runner, db: Path) -> None:
    made = cli("init", "--json").json()
    folded = cli("checkpoint", "--json").json()
    assert made["db"] == folded["db"] == str(db)
    assert folded["store"] == str(db) and folded["folded"] is True
