"""A newcomer's trial of the CLI on a story of their own: the mistakes they made and the
words they typed, each refused in one line that says what to type, or taken as meant."""

from __future__ import annotations

import os
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


# --- ids of the wrong kind, words in the wrong order ---------------------------------------


def test_a_claim_id_where_a_statement_belongs_says_so(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """`tag 29f9qat RSF` with a claim's id (copied from `claims`) said "no statement with id"."""
    claim = desk["claim_a"]
    for args in (("tag", claim, "Karabakh officials"), ("note", claim, "x"), ("untag", claim)):
        refused(cli, db, *args, match=f"{claim} is a claim, not a statement")
    line = refused(cli, db, "narration", claim, match="claimtrack statements --claim")
    assert claim in line
    refused(cli, db, "untag", desk["source"], match=f"{desk['source']} is a source")
    refused(cli, db, "note", "Karabakh officials", "x", match="is the speaker Karabakh officials")
    refused(cli, db, "tag", "zzzzzzz", "Karabakh officials", match="no statement with id")


def test_speaker_and_statement_given_the_other_way_round(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """`tag RSF 0vpnm3p` was refused as "no statement with id 'rsf'"."""
    line = refused(
        cli, db, "tag", "Karabakh officials", desk["untagged"], match="comes first", code=2
    )
    assert f'claimtrack tag {desk["untagged"]} "Karabakh officials" --db {db}' in line


def test_narration_typed_as_the_speaker_points_to_the_narration_command(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """`tag ST narration` advised "to register it: claimtrack speaker add narration"."""
    line = refused(cli, db, "tag", desk["untagged"], "narration", match="narration has no speaker")
    assert f"claimtrack narration {desk['untagged']}" in line and "speaker add" not in line


def test_retagging_says_whose_statement_it_was(cli: Runner, desk: dict[str, str]) -> None:
    """Tagging a statement another speaker held moved it, and its claim, without a word."""
    r = cli("tag", desk["a"], "Azerbaijan defence ministry")
    assert r.code == 0
    assert f"was Karabakh officials; claim {desk['claim_a']} is now Azerbaijan defence" in r.err
    cli("narration", desk["untagged"])
    assert "was narration" in cli("tag", desk["untagged"], "Karabakh officials").err
    again = cli("tag", desk["b"], "Azerbaijan defence ministry")  # the same speaker: no news
    assert again.code == 0 and "was " not in again.err


def test_a_batch_says_which_suggestion_changed_under_it(
    cli: Runner, desk: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tag --suggested A B` tagged B with another speaker than `statements` had listed, once
    A was tagged (a resident's "she said" carried over a spokesman), and said nothing."""
    import claimtrack.services.queries as queries  # the commands import from it as they run
    from claimtrack.attribution.attributor import SpeakerSuggestion

    one = statement_with(cli, "Martuni lies about")["id"]
    two = statement_with(cli, "The driver of the ambulance")["id"]
    officials = cli("speaker", "add", "Stepanakert mayor", "--json").json()["id"]
    ministry = next(
        s["id"] for s in cli("speaker", "list", "--json").json() if s["name"].startswith("Azer")
    )
    listed = {one: officials, two: officials}  # what `statements` shows before the batch
    applied = {one: officials, two: ministry}  # what the batch finds, one tag later
    real = queries.SuggestionCache

    class Listed(real):  # type: ignore[misc,valid-type]
        def for_source(self, source_id: str) -> dict[str, SpeakerSuggestion | None]:
            return {sid: SpeakerSuggestion(sp, 0.9, "test") for sid, sp in listed.items()}

    monkeypatch.setattr(queries, "SuggestionCache", Listed)
    monkeypatch.setattr(
        queries, "suggestion_for", lambda _s, st: SpeakerSuggestion(applied[st.id], 0.9, "t")
    )
    r = cli("tag", "--suggested", one, two)
    assert r.code == 0, r.err
    check = [line for line in r.err.splitlines() if line.startswith("check ")]
    assert len(check) == 1, r.err
    assert check[0].startswith(f"check {two}: suggested Stepanakert mayor when this command")
    assert "Azerbaijan defence ministry once the statements before it were tagged" in check[0]
    cli("undo")
    tagged = cli("tag", "--suggested", one, two, "--json").json()["tagged"]
    assert [t["listed_as"] for t in tagged] == [None, "Stepanakert mayor"]


# --- export: the file's name and the format's ----------------------------------------------


def test_export_takes_its_format_from_the_file_name(
    cli: Runner, desk: dict[str, str], tmp_path: Path
) -> None:
    """`export -o brief.md` was "Missing option '--format'"."""
    import networkx as nx

    for name, fmt in (("brief.md", "md"), ("war.graphml", "graphml"), ("war.gexf", "gexf")):
        r = cli("export", "-o", str(tmp_path / name))
        assert r.code == 0 and f"wrote {fmt} to" in r.err, r.err
    assert (tmp_path / "brief.md").read_text().startswith("# Claim brief")
    assert nx.read_graphml(tmp_path / "war.graphml").number_of_nodes() > 0
    assert cli("export", "-o", str(tmp_path / "r.aif.json")).err.startswith("wrote aif")
    assert cli("export", "-o", str(tmp_path / "g.json")).err.startswith("wrote json")


def test_export_refuses_a_name_its_format_cannot_tell(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "table.csv"
    refused(cli, db, "export", "-o", str(out), match="give -f csv or -f excel")
    refused(cli, db, "export", "-o", str(tmp_path / "notes.txt"), match="give --format")
    refused(cli, db, "export", match="give --format", code=2)
    assert not out.exists()


def test_export_refuses_a_file_named_for_another_format(
    cli: Runner, db: Path, desk: dict[str, str], tmp_path: Path
) -> None:
    """`-f graphml -o war.gexf` wrote GraphML that Gephi then refused as GEXF; `-f md -o
    brief.html` wrote Markdown a browser showed as one paragraph."""
    gexf = tmp_path / "war.gexf"
    line = refused(cli, db, "export", "-f", "graphml", "-o", str(gexf), match="named as gexf")
    assert "name it war.graphml, or give -f gexf" in line
    refused(cli, db, "export", "-f", "md", "-o", str(tmp_path / "b.html"), match="no format writes")
    refused(cli, db, "export", "-f", "md", "-o", str(tmp_path / "b.json"), match="named as json")
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith(db.name)]
    for fmt in ("claimreview", "cytoscape", "aif"):  # JSON all, so .json is a fair name
        assert cli("export", "-f", fmt, "-o", str(tmp_path / f"{fmt}.json")).code == 0
    assert cli("export", "-f", "mermaid", "-o", str(tmp_path / "g.mermaid")).code == 0
    assert cli("export", "-f", "mermaid", "-o", str(tmp_path / "chart.md")).code == 0
    assert cli("export", "-f", "md", "-o", os.devnull).code == 0  # no name to mislead


def test_a_format_goes_by_its_other_names(cli: Runner, desk: dict[str, str]) -> None:
    r = cli("export", "-f", "markdown")
    assert r.code == 0 and r.out.startswith("# Claim brief")
    assert cli("export", "-f", "JSON-LD").out == cli("export", "-f", "claimreview").out
    assert cli("export", "-f", "graphviz").out.startswith("digraph")


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
    cli("outcome", desk["b"], "--verdict", "mostly tr")  # its start, spaced
    assert cli("show", desk["claim_b"], "--json").json()["verdict"] == "mostly-true"
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
