"""`statements` prints as it computes: at 100k statements `--untagged` showed nothing for
~15 s (every suggestion first, then the table), and `| head -3` waited for all of it.

The rows come source by source, in the order the whole list had; `--json` is still one valid
JSON list, the same bytes as before; a reader that closes the pipe ends the command quietly.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from itertools import groupby
from pathlib import Path

import pytest

from claimtrack.cli.output import emit_json
from claimtrack.services.queries import SuggestionCache, list_statements
from claimtrack.store import Store
from tests.conftest import DEMO, Runner

REPORTS = sorted(DEMO.glob("0*.txt"))[:4]  # four sources, in two languages


@pytest.fixture
def desk(cli: Runner, db: Path) -> Path:
    """The store with four reports and one registered speaker."""
    assert cli("import", *map(str, REPORTS)).code == 0
    assert cli("speaker", "add", "Karabakh officials", "--alias", "officials").code == 0
    return db


def by_source(db: Path, **filters: object) -> list[list[str]]:
    """Statement ids as the whole list (`list_statements`) has them, one list per source."""
    rows = list_statements(Store.open(db), **filters)  # type: ignore[arg-type]
    return [
        [r.statement.id for r in part] for _, part in groupby(rows, lambda r: r.statement.source)
    ]


@pytest.mark.parametrize("json_output", [False, True], ids=["pipe", "json"])
def test_each_source_is_printed_before_the_next_is_analysed(
    cli: Runner,
    desk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    json_output: bool,
) -> None:
    printed: list[str] = []  # stdout so far, each time a source's suggestions are computed
    analysed = SuggestionCache.for_source

    def spy(self: SuggestionCache, source_id: str) -> object:
        printed.append(printed[-1] + capsys.readouterr().out if printed else "")
        return analysed(self, source_id)

    expected = by_source(desk, untagged=True)
    assert len(expected) >= 3
    monkeypatch.setattr(SuggestionCache, "for_source", spy)
    r = cli("statements", "--untagged", *(["--json"] if json_output else []))
    assert r.code == 0, r.err
    assert len(printed) == len(expected)
    for n, before in enumerate(printed):  # when source n was analysed ...
        shown = set(re.findall(r"\b[0-9a-z]{7}\b", before))
        done = {i for part in expected[:n] for i in part}
        assert done <= shown  # ... every row of the sources before it was out
        assert not shown & set(expected[n])  # (and none of its own)


@pytest.mark.parametrize(
    "args",
    [(), ("--untagged",), ("--untagged", "--limit", "7"), ("--limit", "0"), ("--grep", "said")],
    ids=" ".join,
)
def test_the_rows_come_in_the_order_of_the_whole_list(
    cli: Runner, desk: Path, args: tuple[str, ...]
) -> None:
    limit = int(args[args.index("--limit") + 1]) if "--limit" in args else None
    flags = {"untagged": "--untagged" in args, "contains": "said" if "--grep" in args else None}
    expected = [i for part in by_source(desk, limit=limit, **flags) for i in part]
    as_json = cli("statements", *args, "--json")
    assert as_json.code == 0, as_json.err
    listed = json.loads(as_json.out)  # one valid JSON list, nothing else on stdout
    assert [row["id"] for row in listed] == expected
    piped = cli("statements", *args).out.splitlines()
    assert piped[0].split("\t")[0] == "id"
    assert [line.split("\t")[0] for line in piped[1:]] == expected


def test_json_written_row_by_row_is_the_document_it_was(
    cli: Runner, desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same bytes `emit_json` writes for the whole list at once (sorted keys, indent,
    escapes), so no script reading it sees a change."""
    for args in ((), ("--limit", "0"), ("--limit", "1")):
        out = cli("statements", "--json", *args).out
        emit_json(json.loads(out))
        assert capsys.readouterr().out == out


def test_a_terminal_gets_one_table_drawn_source_by_source(
    cli: Runner, desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "100")
    out = re.sub(r"\x1b\[[0-9;]*m", "", cli("statements").out)
    lines = out.splitlines()
    assert all(len(line) == 100 for line in lines)  # parts drawn apart line up
    assert lines[0].startswith("┏") and lines[-1].startswith("└")
    assert [line[0] for line in lines].count("┏") == 1 and out.count("└") == 1
    assert "┃ id" in lines[1]
    ids = [i for part in by_source(desk) for i in part]
    assert re.findall(r"^│ ([0-9a-z]{7}) ", out, re.M) == ids


@pytest.mark.parametrize("columns", [80, 120])
def test_a_proposed_new_speaker_shows_its_score_and_new_mark_in_full(
    cli: Runner, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """The speaker column is set before any row is computed: a proposed name nobody has
    registered yet came out "Zhao Lijian?…", the "(new, …)" that says ⏎ registers it cut."""
    article = tmp_path / "talks.txt"
    article.write_text(
        "Foreign Ministry spokesman Zhao Lijian told reporters the talks went well.\n",
        encoding="utf-8",
    )
    assert cli("import", str(article)).code == 0
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", str(columns))
    out = re.sub(r"\x1b\[[0-9;]*m", "", cli("statements").out)
    speaker = " ".join(
        line.split("│")[2].strip() for line in out.splitlines() if line.startswith("│")
    )
    assert "Zhao Lijian? (new, 0.50)" in re.sub(r"\s+", " ", speaker)


def _many_reports(folder: Path, n: int = 30) -> list[str]:
    """`n` reports of 60 sentences: more than a pipe holds, in more parts than one."""
    folder.mkdir()
    paths = []
    for k in range(n):
        lines = [
            f"Officials in district {k} said {j} houses were hit overnight." for j in range(60)
        ]
        path = folder / f"report{k:02d}.txt"
        path.write_text(f"Report {k}\n\n" + " ".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("json_output", [False, True], ids=["pipe", "json"])
def test_a_reader_that_stops_early_ends_the_listing_quietly(
    cli: Runner, db: Path, tmp_path: Path, json_output: bool
) -> None:
    """`claimtrack statements --untagged | head -3`: exit 0, no traceback, no "Exception
    ignored" (click ended it with exit 1; a flush at exit could print the noise)."""
    assert cli("import", *_many_reports(tmp_path / "reports")).code == 0
    argv = [sys.executable, "-c", "from claimtrack.cli.main import entry; entry()"]
    argv += ["statements", "--untagged", "--db", str(db), *(["--json"] if json_output else [])]
    for unbuffered in ("", "1"):  # PYTHONUNBUFFERED, set on some desks' machines
        env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        assert proc.stdout is not None and proc.stderr is not None
        head = [proc.stdout.readline().decode() for _ in range(3)]
        proc.stdout.close()  # as `head -3` exits
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0, err
        assert err == ""
        assert head[0] == ("[\n" if json_output else "id\tspeaker\ttext\twhy\n")


@pytest.mark.parametrize("argv", [["--help"], ["tag", "--help"]], ids=["top", "command"])
def test_help_into_a_closed_pipe_exits_quietly(argv: list[str]) -> None:
    """`claimtrack --help | true`: the reader is gone before the help is written; Click's
    own handling exited 1 there (a command's help already ended quietly)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before anything is written
    try:
        proc = subprocess.run(
            [sys.executable, "-c", "from claimtrack.cli.main import entry; entry()", *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode() == ""


@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_check_of_a_damaged_store_fails_even_into_a_closed_pipe(
    cli: Runner, db: Path, tmp_path: Path, json_output: bool
) -> None:
    """`claimtrack check --json | head -1` on a damaged store exited 0 once the reader had
    gone: a script testing the pipeline's status read a broken store as sound."""
    assert cli("import", *_many_reports(tmp_path / "reports", 1)).code == 0
    assert cli("checkpoint").code == 0
    lines = db.read_text(encoding="utf-8").splitlines()
    k = next(i for i, line in enumerate(lines) if '"start":' in line and "changes" not in line)
    lines[k] = lines[k].replace(',"end":', ',"endd":', 1)  # a statement loses its end
    db.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("check").code == 1  # the damage is found
    read_end, write_end = os.pipe()
    os.close(read_end)
    argv = [sys.executable, "-c", "from claimtrack.cli.main import entry; entry()"]
    argv += ["check", "--db", str(db), *(["--json"] if json_output else [])]
    try:
        proc = subprocess.run(argv, stdout=write_end, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(write_end)
    assert proc.returncode == 1, proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
