"""Text from a colleague's export, a path or a name is shown to the terminal, never obeyed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import Runner

# Rich markup (a colour, a hyperlink) and the escapes that retitle the window and clear it.
EVIL_ID = "[bold red]PWN[/][link=https://evil.example]click[/link]\x1b]0;owned\x07\x1b[2J"


def _store_with_claim_id(cli: Runner, tmp_path: Path, new_id: str) -> tuple[str, Path]:
    """A desk whose one claim was renamed to `new_id` by an edit of the store file (a restore
    refuses such an id, a hand edit or a bad merge does not); the id of the statement that
    quotes it, and the store's path."""
    doc = tmp_path / "wire.txt"
    doc.write_text("The ministry said the bridge was hit.\n", "utf-8")
    mine = tmp_path / "mine.json"
    cli("import", str(doc), "--db", str(mine), use_db=False)
    cli("speaker", "add", "Defence Ministry", "--db", str(mine), use_db=False)
    (st,) = cli("statements", "--json", "--db", str(mine), use_db=False).json()
    tagged = cli("tag", st["id"], "Defence Ministry", "--json", "--db", str(mine), use_db=False)
    claim = tagged.json()["claim"]
    assert cli("checkpoint", "--db", str(mine), use_db=False).code == 0
    text = mine.read_text("utf-8").replace(json.dumps(claim), json.dumps(new_id))
    mine.write_text(text, "utf-8")
    return st["id"], mine


def test_a_restore_refuses_an_id_that_is_no_id(cli: Runner, tmp_path: Path) -> None:
    """A colleague's `json` export whose claim id carries markup and escape sequences was
    restored as it was, and every view naming the claim drew it: it is refused in one line,
    and the store is left as it was."""
    doc = tmp_path / "wire.txt"
    doc.write_text("The ministry said the bridge was hit.\n", "utf-8")
    cli("import", str(doc))
    cli("speaker", "add", "Defence Ministry")
    (st,) = cli("statements", "--json").json()
    claim = cli("tag", st["id"], "Defence Ministry", "--json").json()["claim"]
    export = tmp_path / "colleague.json"
    cli("export", "-f", "json", "-o", str(export))
    export.write_text(
        export.read_text("utf-8").replace(json.dumps(claim), json.dumps(EVIL_ID)), "utf-8"
    )
    mine = tmp_path / "mine.json"
    cli("init", "--db", str(mine), use_db=False)
    before = mine.read_bytes()
    r = cli("import", str(export), "--db", str(mine), use_db=False)
    assert r.code != 0 and r.err.count("\n") == 1 and "is no record id" in r.err, r.err
    assert "\x1b" not in r.err and mine.read_bytes() == before


def test_show_draws_a_hostile_record_id_as_text(
    cli: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The box title of `show` (the record's id) was read as Rich markup: an id from a
    hand-edited store made a hyperlink, retitled the terminal window and cleared the screen."""
    statement, path = _store_with_claim_id(cli, tmp_path, EVIL_ID)
    mine = str(path)
    piped = cli("show", statement, "--db", mine, use_db=False).out
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    drawn = cli("show", statement, "--db", mine, use_db=False).out
    for out in (piped, drawn):
        assert "\x1b]" not in out and "\x07" not in out and "\x1b[2J" not in out
        assert "claim [bold red]PWN[/][link=https://evil.example]click[/link]\\x1b]0;" in out


def test_a_path_with_a_line_break_stays_on_one_message_line(cli: Runner, tmp_path: Path) -> None:
    """`init` and `export -o` named a path holding a line break on two lines of stderr: a
    file name could fake a second message ("claimtrack: error: …") under the first."""
    db = tmp_path / "desk\nclaimtrack: error: fake.json"
    r = cli("init", "--db", str(db), use_db=False)
    assert r.code == 0 and r.err.count("\n") == 1, r.err
    assert "desk\\nclaimtrack: error: fake.json" in r.err
    out = tmp_path / "brief\nwrote.md"
    r = cli("export", "-f", "md", "-o", str(out), "--db", str(db), use_db=False)
    assert r.code == 0 and r.err.count("\n") == 1 and "brief\\nwrote.md" in r.err, r.err


def test_a_zero_width_character_in_a_name_is_shown(
    cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zero-width space (or word joiner, or byte-order mark) drew nothing: "Ali\\u200byev"
    read as "Aliyev" beside the real one in `speaker list`, and a statement could be tagged
    to the planted twin."""
    cli("speaker", "add", "Aliyev", "--kind", "person")
    for twin in ("Ali\u200byev", "Aliy\u2060ev", "\ufeffAliyev"):
        assert cli("speaker", "add", twin, "--kind", "person").code == 0
    listed = cli("speaker", "list", "--json").json()
    assert {s["name"] for s in listed} == {"Aliyev", "Ali\u200byev", "Aliy\u2060ev", "\ufeffAliyev"}
    piped = cli("speaker", "list").out
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    drawn = cli("speaker", "list").out
    for out in (piped, drawn):
        assert not {"\u200b", "\u2060", "\ufeff"} & set(out)
        assert all(name in out for name in ("Ali\\u200byev", "Aliy\\u2060ev", "\\ufeffAliyev"))
    # the joiners that scripts and emoji need are drawn as they are
    cli("speaker", "add", "می\u200cخواهم", "--kind", "person")
    assert "می\u200cخواهم" in cli("speaker", "list").out
