"""What the analyst types (a speaker's name, aliases, side, notes) is cleaned as imported text
is: a name pasted with a terminal's escape sequences and a bell was stored so, and the TUI
showed "Bad[2JName". One of which nothing is left is refused, the store unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.errors import ValidationError
from claimtrack.services.annotate import tag_as_new_speaker
from claimtrack.services.speakers import add_speaker, check_new_speaker, edit_speaker
from claimtrack.store import Store
from tests.cli.desk import accusation_and_denial, statement_with
from tests.conftest import Runner, store_state

CLEAR = "\x1b[2J"  # erase the screen
RED, PLAIN = "\x1b[31m", "\x1b[0m"
TITLE = "\x1b]0;owned\x07"  # retitle the terminal's window


def refused(cli: Runner, db: Path, *args: str, match: str) -> None:
    """One line on stderr, exit 1, nothing on stdout, the store as it was."""
    before = store_state(db)
    r = cli(*args)
    assert r.code == 1 and r.out == "" and r.err.count("\n") == 1, r.err
    assert match in r.err and "\x1b" not in r.err and "\x07" not in r.err, r.err
    assert store_state(db) == before


def test_speaker_add_and_edit_store_what_was_typed_without_escapes(cli: Runner, db: Path) -> None:
    cli("init")
    added = cli(
        "speaker", "add", f"Bad{CLEAR}Name\x07", "--alias", f"{RED}Stone{PLAIN}",
        "--side", "Arme\x00nia", "--note", f"met{TITLE} in Goris\nsecond line", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    sp = added.json()
    assert (sp["name"], sp["aliases"], sp["side"]) == ("BadName", ["Stone"], "Armenia")
    assert sp["note"] == "met in Goris\nsecond line"  # a note keeps its lines
    assert [e["summary"] for e in cli("log", "--json").json()] == ["add speaker BadName"]
    edited = cli(
        "speaker", "edit", "Stone", "--name", f"Mark\tStone{PLAIN}", "--alias", "M.\x07Stone",
        "--side", f"{RED}Armenia", "--json",
    ).json()  # fmt: skip
    assert edited["name"] == "Mark Stone"
    assert edited["aliases"] == ["Stone", "BadName", "M.Stone"]
    assert edited["side"] == "Armenia"


@pytest.mark.parametrize(
    "args",
    [
        ("speaker", "add", f"{CLEAR}\x07"),
        ("speaker", "add", "Mark Stone", "--alias", f"{RED}{PLAIN}"),
        ("speaker", "add", "Mark Stone", "--side", TITLE),
        ("speaker", "edit", "Karabakh officials", "--alias", "\x07"),
        ("speaker", "edit", "Karabakh officials", "--name", CLEAR),
    ],
    ids=["name", "alias", "side", "edit alias", "edit name"],
)
def test_a_field_of_escapes_alone_is_refused(cli: Runner, db: Path, args: tuple[str, ...]) -> None:
    cli("speaker", "add", "Karabakh officials")
    refused(cli, db, *args, match="has no visible character once control characters are removed")


def test_a_speaker_named_in_the_readers_picker_and_notes_are_cleaned(cli: Runner, db: Path) -> None:
    """The Reader's picker registers a name nobody answers to (`tag_as_new_speaker`);
    `note` and `link --note` are typed on the command line."""
    accusation_and_denial(cli)
    st = statement_with(cli, "accused Azerbaijan of shelling")["id"]
    store = Store.open(db)
    try:
        _, sp, claim = tag_as_new_speaker(store, st, f"Martuni{RED} officials{PLAIN}\x07")
    finally:
        store.close()
    assert sp.name == "Martuni officials"
    assert cli("log", "--json").json()[0]["summary"] == f"tag {st} as new speaker Martuni officials"
    assert cli("note", st, f"check{CLEAR} with\x07 JCMC").code == 0
    assert statement_with(cli, "accused Azerbaijan of shelling")["note"] == "check with JCMC"
    refused(cli, db, "note", st, TITLE, match="note")
    denial = statement_with(cli, "rejected")["id"]
    cli("tag", denial, "Azerbaijan defence ministry")
    note = f"JCMC{TITLE} found nothing"
    linked = cli("link", denial, claim.id, "--rel", "contradicts", "--note", note, "--json")
    assert linked.code == 0, linked.err
    assert linked.json()["note"] == "JCMC found nothing"


def test_the_services_the_tui_calls_clean_and_refuse_alike() -> None:
    """The Speakers screen checks a new speaker with `check_new_speaker` and writes it with
    `add_speaker` or `edit_speaker`."""
    store = Store.memory()
    sp = add_speaker(store, f"Bad{CLEAR}Name\x07", aliases=[f"{RED}Stone{PLAIN}"], note="a\x07b")
    assert (sp.name, sp.aliases, sp.note) == ("BadName", ("Stone",), "ab")
    with pytest.raises(ValidationError, match="already exists"):
        check_new_speaker(store, "Other", [f"{RED}Stone"], "other")  # its alias, once cleaned
    version = store.version
    for bad in (lambda: add_speaker(store, CLEAR), lambda: edit_speaker(store, sp.id, side=TITLE)):
        with pytest.raises(ValidationError, match="no visible character"):
            bad()
    assert store.version == version
    assert edit_speaker(store, sp.id, note=f"{RED}x").note == "x"


def test_an_outlet_and_a_title_typed_are_cleaned_too(cli: Runner, db: Path, tmp_path: Path) -> None:
    """`import --outlet` and `source edit --outlet/--title` stored escapes raw, as speaker
    names did; one of escapes alone is refused, the store unchanged."""
    doc = tmp_path / "wire.txt"
    doc.write_text("The ministry said the bridge was hit.\n", "utf-8")
    assert cli("import", str(doc), "--outlet", f"{RED}Reu\x07ters{PLAIN}").code == 0
    (src,) = cli("sources", "--json").json()
    assert src["outlet"] == "Reuters"
    edited = cli("source", "edit", src["id"], "--title", f"Bridge{CLEAR} hit", "--json")
    assert edited.code == 0, edited.err
    assert cli("sources", "--json").json()[0]["title"] == "Bridge hit"
    refused(cli, db, "source", "edit", src["id"], "--outlet", TITLE, match="no visible character")
    again = tmp_path / "other.txt"
    again.write_text("The army said the road was open.\n", "utf-8")
    refused(cli, db, "import", str(again), "--outlet", CLEAR, match="no visible character")
