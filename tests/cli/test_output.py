"""Human output: a Rich table in a terminal, tab-separated lines into a pipe."""

from __future__ import annotations

import re
import sys

import pytest

from tests.conftest import DEMO, Runner

HOSTILE = "Officials\tsaid\n12 people \x1b[31mdied\x1b[0m, the [bold]ministry[/] said.\n"


def _imported(cli: Runner, tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "hostile.txt"
    doc.write_text(text, encoding="utf-8")
    assert cli("import", str(doc), str(DEMO / "01_yerevan-herald_en.txt")).code == 0


def test_a_pipe_gets_one_tab_separated_row_per_line(cli: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _imported(cli, tmp_path, HOSTILE)
    out = cli("statements").out
    lines = out.splitlines()
    assert lines[0].split("\t") == ["id", "speaker", "text", "why"]
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) == len(cli("statements", "--json").json())
    assert all(len(r) == 4 for r in rows)  # a tab or newline inside a cell never splits it
    assert "\x1b" not in out and "[bold]ministry[/]" in out


def test_a_pipe_gets_whole_texts_and_the_reason_for_each_suggestion(cli: Runner) -> None:
    """`statements | grep` must find words at the end of a long sentence."""
    assert cli("import", str(DEMO / "01_yerevan-herald_en.txt")).code == 0
    shown = {line.split("\t")[0]: line.split("\t") for line in cli("statements").out.splitlines()}
    for row in cli("statements", "--json").json():
        assert shown[row["id"]][2] == " ".join(row["text"].split())
        if row["suggestion"] and not row["speaker"]:
            assert shown[row["id"]][3] == row["suggestion"]["reason"]
    assert any(len(r[2]) > 120 for r in shown.values())  # long enough to have been cut before
    claims_out = cli("claims").out  # none yet: the header alone
    assert claims_out.splitlines()[0].endswith("numbers\tsummary")


def test_an_80_column_terminal_keeps_ids_whole_and_room_for_the_summary(
    cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("import", str(DEMO / "01_yerevan-herald_en.txt")).code == 0
    cli("speaker", "add", "Nagorno-Karabakh officials", "--side", "Nagorno-Karabakh")
    rows = cli("statements", "--json").json()
    claims = [cli("tag", r["id"], "Nagorno-Karabakh officials", "--json").json()["claim"]
              for r in rows[1:4]]  # fmt: skip
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "80")
    out = re.sub(r"\x1b\[[0-9;]*m", "", cli("claims").out)  # the bold header
    assert all(len(line) == 80 and line[-1] in "┓┃┩│┘" for line in out.splitlines())
    assert all(f"│ {c} │" in out for c in claims)
    assert "Nagorno-Karabakh offici…" in out and "1 seen · 0 links" in out
    first_words = " ".join(rows[1]["text"].split()[:2])
    assert first_words in out
    for command in ("sources", "statements", "speaker list", "log"):
        drawn = re.sub(r"\x1b\[[0-9;]*m", "", cli(*command.split()).out)
        assert all(len(line) <= 80 for line in drawn.splitlines()), command
        assert all(line.rstrip()[-1] in "┓┃┩│┘" for line in drawn.splitlines()), command


def test_a_terminal_gets_a_table(
    cli: Runner,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    _imported(cli, tmp_path, HOSTILE)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    out = cli("statements").out
    assert out.startswith("┏")  # a Rich table (its header is bold even with NO_COLOR)
    assert "\t" not in out
    assert "\x1b[31m" not in out  # the document's own escape sequence is shown, not obeyed


def test_show_into_a_pipe_has_no_box_and_a_terminal_gets_one(
    cli: Runner,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """`show` drew a Rich box into a pipe, around tab-separated tables."""
    _imported(cli, tmp_path, HOSTILE)
    statement = cli("statements", "--json").json()[0]["id"]
    piped = cli("show", statement).out
    assert piped.startswith(f"statement {statement}\nid: {statement}\n")
    assert not set(piped) & set("╭╮╰╯│─")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert cli("show", statement).out.startswith("╭─ statement")


def test_checkpoint_and_an_export_to_a_file_answer_in_json(cli: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _imported(cli, tmp_path, HOSTILE)
    assert cli("checkpoint", "--json").json()["folded"] is True
    target = tmp_path / "claims.csv"
    written = cli("export", "--format", "csv", "-o", str(target), "--json").json()
    assert written == {"format": "csv", "output": str(target), "claims": 0, "holds": "no claims"}
    assert target.is_file()
    assert cli("--json", "checkpoint").json()["folded"] is True  # the group's flag too


def test_counts_read_as_english(cli: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "one.txt"
    doc.write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    assert ": 1 statement" in cli("import", str(doc)).err
    statement = cli("statements", "--json").json()[0]["id"]
    cli("note", statement, "check the count")
    assert "note cleared" in cli("note", statement, "").err
    assert "has no note: nothing to clear" in cli("note", statement, "").err  # said no change


def test_a_long_message_stays_one_line_in_a_pipe(
    cli: Runner, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("COLUMNS")  # a pipe's width: Rich's default of 80
    doc = tmp_path / "wire.txt"
    headline = "Officials in Nagorno-Karabakh say twelve people were hurt " * 2
    doc.write_text(f"{headline}\n\nOfficials said 12 people were hurt.\n", "utf-8")
    cli("init")
    message = cli("import", str(doc)).err
    assert message.count("\n") == 1 and message.startswith("imported ")


def test_the_claims_table_shows_each_claims_numbers(cli: Runner) -> None:
    assert cli("import", str(DEMO / "01_yerevan-herald_en.txt")).code == 0
    cli("speaker", "add", "Karabakh officials")
    toll = next(r for r in cli("statements", "--json").json() if "1,166" in r["text"])
    cli("tag", toll["id"], "Karabakh officials")
    header, row = cli("claims").out.splitlines()
    assert header.split("\t")[6] == "numbers"
    assert "1,166" in row.split("\t")[6]


def test_an_earlier_dated_correction_warns_that_the_later_verdict_stays(cli: Runner) -> None:
    assert cli("import", str(DEMO / "01_yerevan-herald_en.txt")).code == 0
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    first = cli("statements", "--json").json()[1]["id"]
    claim = cli("tag", first, "Karabakh officials", "--json").json()["claim"]
    assert "judged false" in cli("outcome", claim, "--verdict", "false", "--date", "2020-12-01").err
    r = cli("outcome", claim, "--verdict", "true", "--date", "2020-11-20")
    assert r.code == 0 and r.err.startswith("warning: recorded true on 2020-11-20")
    assert "false decided 2020-12-01 is later and stays in force" in r.err
    assert cli("show", claim, "--json").json()["verdict"] == "false"


def test_show_speaks_plainly(cli: Runner) -> None:
    """No Python reprs: a speaker by name, a track record as words, no `narration: False`."""
    assert cli("import", str(DEMO / "01_yerevan-herald_en.txt")).code == 0
    sp = cli("speaker", "add", "Karabakh officials", "--json").json()
    first = cli("statements", "--json").json()[0]["id"]
    cli("tag", first, "Karabakh officials")
    statement = cli("show", first).out
    assert f"speaker: Karabakh officials ({sp['id']})" in statement
    assert "start: 0" in statement  # a zero is a value, not "empty"
    assert "False" not in statement and "narration" not in statement
    speaker = cli("show", sp["id"]).out
    assert "track record: unjudged 1" in speaker and "{" not in speaker


def test_a_side_filter_nobody_is_on_warns_with_the_likely_side(cli: Runner) -> None:
    """`claims --side Armnia` printed an empty table and exit 0, as if nothing were there."""
    assert cli("import", str(DEMO / "01_yerevan-herald_en.txt")).code == 0
    cli("speaker", "add", "Karabakh officials", "--side", "Armenia")
    first = cli("statements", "--json").json()[1]["id"]
    cli("tag", first, "Karabakh officials")
    r = cli("claims", "--side", "Armnia")
    assert r.code == 0 and "did you mean 'Armenia'?" in r.err
    r = cli("export", "--format", "csv", "--side", "Armnia")
    assert r.code == 0 and "no speaker is on side 'Armnia'" in r.err
    assert "warning" not in cli("claims", "--side", "armenia").err


def test_export_help_names_every_format(cli: Runner) -> None:
    """`--format` pointed to a list "below" that was not there; the list above must hold
    every registered format."""
    from claimtrack.export import EXPORTERS

    shown = " ".join(cli("export", "--help").out.split())
    assert "formats named above" in shown and "listed below" not in shown
    named = re.search(r"Write the claim graph or a report: ([^.]+)\.", shown)
    assert named is not None and set(named.group(1).split(", ")) == set(EXPORTERS)


def test_an_export_goes_through_a_link_a_pipe_or_a_device(cli: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every export was a temp file renamed over the target: a named pipe became a file its
    reader never saw, a symbolic link was replaced instead of its file, /dev/null refused."""
    import os
    import threading

    assert cli("import", str(DEMO / "01_yerevan-herald_en.txt")).code == 0
    target = tmp_path / "target.csv"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert cli("export", "--format", "csv", "-o", str(link)).code == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("id,")

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()))
    reader.start()
    assert cli("export", "--format", "csv", "-o", str(pipe)).code == 0
    reader.join(10)
    assert got and got[0].startswith(b"id,") and not pipe.is_file()

    assert cli("export", "--format", "csv", "-o", os.devnull).code == 0
    assert not os.path.isfile(os.devnull)


def test_show_names_a_numbers_kind_only_when_it_has_one(cli: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`show` printed "numbers: 24 (exact, )" for a number with no unit or subject."""
    doc = tmp_path / "tanker.txt"
    doc.write_text(
        "Hendra Wijaya said 27 crew were on board.\n\nHendra Wijaya said 300 fishermen lost "
        "their income.\n",
        encoding="utf-8",
    )
    assert cli("import", str(doc)).code == 0
    cli("speaker", "add", "Hendra Wijaya")
    shown = []
    for row in cli("statements", "--json").json():
        claim = cli("tag", row["id"], "Hendra Wijaya", "--json").json()["claim"]
        shown.append(
            next(line for line in cli("show", claim).out.splitlines() if "numbers" in line)
        )
    assert shown == ["numbers: 27 (exact, crew on board)", "numbers: 300 (exact)"]


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
"""Unicode's twelve Bidi_Control characters."""


def test_bidi_controls_are_shown_to_a_terminal_never_obeyed(
    cli: Runner, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A right-to-left mark (U+200F), a left-to-right mark or an Arabic letter mark reached the
    terminal raw in tables and `show`, and `--json` wrote every bidi control raw."""
    _imported(cli, tmp_path, f"Officials said at least \u202e54\u202c civilians died {BIDI}.\n")
    listed = cli("statements", "--json")
    assert not set(listed.out) & set(BIDI) and "\\u202e54\\u202c" in listed.out
    (row,) = [r for r in listed.json() if r["text"].startswith("Officials said")]
    assert BIDI in row["text"]  # a JSON reader gets the text exactly
    escaped = "".join(f"\\u{ord(ch):04x}" for ch in BIDI)
    piped = cli("statements").out
    assert not set(piped) & set(BIDI) and escaped in piped
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    for drawn in (cli("statements").out, cli("show", row["id"]).out):
        assert not set(drawn) & set(BIDI) and "\\u202e54\\u202c" in drawn


def test_adding_a_speaker_registered_in_another_language_says_how_to_merge(cli: Runner) -> None:
    cli("speaker", "add", "Armenian Defence Ministry", "--kind", "ministry")
    r = cli("speaker", "add", "Министерство обороны Армении")
    assert r.code == 0  # registered all the same: merging stays the analyst's call
    assert "may be Armenian Defence Ministry" in r.err
    assert re.search(r"claimtrack speaker merge \w+ \w+", r.err)
    assert "may be" not in cli("speaker", "add", "Ilham Aliyev", "--kind", "person").err
