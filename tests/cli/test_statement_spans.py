"""`claimtrack statement split` and `statement join`: a sentence of two speakers becomes two
statements, a quote cut in two becomes one; each one change that `undo` takes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_bad_input import refused
from tests.conftest import Runner, store_state

TWO_VOICES = (
    "Mersland's President Viktor Hahn accused Valdoria of staging the attack, a claim "
    "Valdoria's foreign minister, Ana Ruiz, rejected as 'absurd'."
)
HAHN, RUIZ = TWO_VOICES[:72], TWO_VOICES[73:]  # "… staging the attack," / "a claim …"
TEXT = f"{TWO_VOICES}\n\nHahn told reporters: 'We will answer.\n\nWe will answer soon.'\n"


@pytest.fixture
def desk(cli: Runner, tmp_path: Path) -> dict[str, str]:
    """One English report of three statements; Hahn and Ruiz registered."""
    article = tmp_path / "report.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert cli("import", str(article), "--lang", "en").code == 0
    cli("speaker", "add", "Viktor Hahn", "--alias", "Hahn", "--kind", "person")
    cli("speaker", "add", "Ana Ruiz", "--alias", "Ruiz", "--kind", "person")
    rows = cli("statements", "--json").json()
    assert [r["text"][:12] for r in rows] == ["Mersland's P", "Hahn told re", "We will answ"]
    return {"both": rows[0]["id"], "quote": rows[1]["id"], "rest": rows[2]["id"]}


def test_a_sentence_of_two_speakers_is_split_and_each_part_tagged(
    cli: Runner, desk: dict[str, str]
) -> None:
    tagged = cli("tag", desk["both"], "Viktor Hahn", "--json").json()
    r = cli("statement", "split", desk["both"], "--before", "a claim Valdoria's", "--json")
    assert r.code == 0, r.err
    out = r.json()
    first, second = out["statements"]
    assert out["statement"] == first["id"] == desk["both"]
    assert (first["text"], second["text"]) == (HAHN, RUIZ)
    assert HAHN.endswith("the attack,") and RUIZ.startswith("a claim")
    assert (first["speaker"], first["claim"]) == (tagged["speaker"], tagged["claim"])
    assert (second["speaker"], second["claim"], second["narration"]) == (None, None, False)
    assert sorted(out["statements"][0]) == [
        "claim", "end", "id", "narration", "note", "source", "speaker", "start", "text"
    ]  # fmt: skip
    # the second part is listed with its own suggestion, and tagged on its own
    listed = cli("statements", "--json").json()
    assert [s["id"] for s in listed][:2] == [first["id"], second["id"]]
    assert cli("tag", second["id"], "Ana Ruiz").code == 0
    claims = cli("claims", "--json").json()
    assert {c["summary"] for c in claims} == {first["text"], second["text"]}
    assert cli("check").code == 0


def test_split_at_an_offset_prints_both_statements_and_undo_takes_it_back(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    before = cli("statements", "--json").json()
    at = TWO_VOICES.index("a claim")  # the document starts with the sentence
    r = cli("statement", "split", desk["both"], "--at", str(at))
    assert r.code == 0, r.err
    lines = r.out.splitlines()  # a pipe: tab-separated, every text whole
    assert lines[0] == "id\tspeaker\ttext"
    assert lines[1].startswith(f"{desk['both']}\t—\tMersland's President")
    assert lines[2].endswith(f"\t—\t{RUIZ}")
    assert "split" in r.err and "undo" in r.err
    undone = cli("undo", "--json")
    assert undone.code == 0 and "split statement" in undone.json()["undone"]["summary"]
    assert cli("statements", "--json").json() == before
    assert cli("redo").code == 0
    assert len(cli("statements", "--json").json()) == len(before) + 1
    assert cli("check").code == 0


def test_a_quote_cut_in_two_is_joined(cli: Runner, desk: dict[str, str]) -> None:
    cli("tag", desk["quote"], "Viktor Hahn")
    cli("note", desk["rest"], "the quote goes on here")
    r = cli("statement", "join", desk["quote"], desk["rest"], "--json")
    assert r.code == 0, r.err
    out = r.json()
    (joined,) = out["statements"]
    assert (out["statement"], out["joined"]) == (desk["quote"], desk["rest"])
    assert joined["text"] == "Hahn told reporters: 'We will answer.\n\nWe will answer soon.'"
    assert joined["note"] == "the quote goes on here"
    assert [s["id"] for s in cli("statements", "--json").json()] == [desk["both"], desk["quote"]]
    (claim,) = cli("claims", "--json").json()
    assert claim["appearances"] == 1
    assert claim["summary"] == "Hahn told reporters: 'We will answer. We will answer soon.'"
    assert cli("check").code == 0
    assert cli("undo").code == 0
    assert len(cli("statements", "--json").json()) == 3
    assert cli("check").code == 0


def test_bad_splits_and_joins_are_refused_and_change_nothing(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    both, quote, rest = desk["both"], desk["quote"], desk["rest"]
    refused(cli, db, "statement", "split", both, match="--at OFFSET or --before TEXT")
    refused(cli, db, "statement", "split", both, "--at", "5", "--before", "a claim",
            match="one of them")  # fmt: skip
    refused(cli, db, "statement", "split", both, "--before", "Geneva", match="does not contain")
    refused(cli, db, "statement", "split", both, "--before", "Mersland's", match="starts with")
    refused(cli, db, "statement", "split", both, "--at", "0", match="strictly between")
    refused(cli, db, "statement", "split", both, "--at", "500", match="strictly between")
    refused(cli, db, "statement", "split", both, "--at", "4", match="cut the word")
    refused(cli, db, "statement", "split", "zzzzzzz", "--at", "4", match="no statement")
    refused(cli, db, "statement", "join", both, rest, match="not neighbours")
    refused(cli, db, "statement", "join", quote, quote, match="with itself")
    cli("tag", rest, "Ana Ruiz")
    refused(cli, db, "statement", "join", quote, rest, match="untag it first")
    cli("narration", both)
    refused(cli, db, "statement", "join", quote, both, match="narration")


def test_the_statements_listing_is_unchanged(cli: Runner, db: Path, desk: dict[str, str]) -> None:
    """`statement` beside `statements`: the listing's name and output are as they were."""
    before = store_state(db)
    r = cli("statements", "--json")
    assert r.code == 0 and len(r.json()) == 3 and "suggestion" in r.json()[0]
    assert store_state(db) == before


def test_a_joined_away_statement_id_names_the_statement_it_went_into(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """An id copied into a note or a script before a join answered "no statement with id":
    it names the statement holding its text now, as a merged claim's id does, and lives
    again once the join is undone."""
    both, quote, rest = desk["both"], desk["quote"], desk["rest"]
    assert cli("statement", "join", quote, rest).code == 0
    said = f"statement {rest} was joined into statement {quote} on "
    for args in (("show", rest), ("tag", rest, "Viktor Hahn"), ("note", rest[:5], "x"),
                 ("untag", rest), ("statement", "split", rest, "--at", "5")):  # fmt: skip
        refused(cli, db, *args, match=said)
        assert f": use {quote}" in cli(*args).err
    # joined again, into the first: followed to the statement holding it now
    assert cli("statement", "join", both, quote).code == 0
    refused(cli, db, "show", rest, match=said)
    assert f", and {quote} into {both} on " in cli("show", rest).err
    assert f": use {both}" in cli("tag", rest, "Viktor Hahn").err
    # both joins undone, the id is a statement again
    assert cli("undo").code == 0 and cli("undo").code == 0
    assert cli("show", rest).code == 0
    assert cli("check").code == 0
    # redone, it is forwarded again (a redo stands for the join it re-applies)
    assert cli("redo").code == 0
    refused(cli, db, "show", rest[:5], match=said)
    assert f": use {quote}" in cli("show", rest).err


def test_a_joined_id_whose_text_a_split_cut_out_again_names_where_it_is_now(
    cli: Runner, db: Path, desk: dict[str, str]
) -> None:
    """Joined, then split again where it was joined: the text is a new statement, and every
    command given the old id still said "use" the statement that no longer says it (a tag
    there went to the wrong words). They name the statement holding the text now, until the
    split is undone."""
    quote, rest = desk["quote"], desk["rest"]
    assert cli("statement", "join", quote, rest).code == 0
    r = cli("statement", "split", quote, "--before", "We will answer soon", "--json")
    assert r.code == 0, r.err
    again = r.json()["statements"][1]
    assert again["text"] == "We will answer soon.'" and again["id"] != rest
    said = f"statement {rest} was joined into statement {quote} on "
    for args in (("show", rest), ("tag", rest, "Viktor Hahn"), ("note", rest[:5], "x"),
                 ("untag", rest), ("statement", "split", rest, "--at", "5")):  # fmt: skip
        refused(cli, db, *args, match=said)
        err = cli(*args).err
        assert f", and {quote} was split on " in err
        assert err.rstrip().endswith(f"now in statement {again['id']}: use {again['id']}")
    # the split undone, the text is in the quote again, and so is the forward
    assert cli("undo").code == 0
    err = cli("show", rest).err
    assert err.startswith(f"claimtrack: error: {said}") and "split" not in err
    assert err.rstrip().endswith(f": use {quote}")
    assert cli("redo").code == 0
    assert cli("tag", rest, "Viktor Hahn").err.rstrip().endswith(f": use {again['id']}")
    assert cli("check").code == 0


def test_a_japanese_quote_is_split_between_characters_and_a_vowel_sign_kept_on_its_letter(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """`--before` the closing "she said" of a Japanese quote in an English report was refused
    ("it would cut the word": two letters, no space between them), though no space parts any
    two words of Japanese; a Hindi vowel sign, no letter, could be cut off its consonant."""
    article = tmp_path / "quote.txt"
    article.write_text(
        "Zakharova wrote: ウクライナの主張は嘘だと述べた。\n\nमंत्री ने कहा कि हमला हुआ।\n",
        encoding="utf-8",
    )
    assert cli("import", str(article), "--lang", "en").code == 0
    japanese, hindi = (r["id"] for r in cli("statements", "--json").json())
    r = cli("statement", "split", japanese, "--before", "述べた", "--json")
    assert r.code == 0, r.err
    assert [s["text"] for s in r.json()["statements"]] == [
        "Zakharova wrote: ウクライナの主張は嘘だと",
        "述べた。",
    ]
    refused(cli, db, "statement", "split", hindi, "--before", "ं", match="part the character")
    refused(cli, db, "statement", "split", hindi, "--before", "त्री", match="cut the word")
    assert cli("check").code == 0
