"""A FIFO (or another special file) where the store or its journal should be: every command
answers in one line instead of waiting forever for a writer that never comes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO

RUN = "import sys; from claimtrack.cli.main import main; sys.exit(main(sys.argv[1:]))"


def claimtrack(*args: str) -> subprocess.CompletedProcess[str]:
    """A real process, so a read that blocks shows as a timeout, not a hung suite."""
    return subprocess.run(
        [sys.executable, "-c", RUN, *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("command", [["check"], ["statements"], ["init"]])
def test_a_fifo_in_the_stores_place_is_refused_in_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    """A durability review: `check` and `init` on a FIFO hung forever (as did a symlink to
    one)."""
    fifo = tmp_path / "desk.json"
    os.mkfifo(fifo)
    link = tmp_path / "link.json"
    link.symlink_to(fifo)
    for db in (fifo, link):
        done = claimtrack("--db", str(db), *command)
        assert done.returncode not in (0, 70), done.stderr
        (line,) = done.stderr.strip().splitlines()
        assert line.endswith("desk.json is not a regular file, not a claimtrack store"), line


def test_a_fifo_in_the_journals_place_is_refused_and_the_store_left_alone(
    tmp_path: Path,
) -> None:
    db = tmp_path / "desk.json"
    article = str(DEMO / "01_yerevan-herald_en.txt")
    assert claimtrack("--db", str(db), "import", article).returncode == 0
    before = db.read_bytes()
    journal = Path(f"{db}.journal")
    assert not journal.exists() or journal.stat().st_size == 0  # folded on close
    journal.unlink(missing_ok=True)
    os.mkfifo(journal)
    for command in (["check"], ["statements"], ["note", "x", "y"]):
        done = claimtrack("--db", str(db), *command)
        assert done.returncode not in (0, 70)
        (line,) = done.stderr.strip().splitlines()
        assert "journal" in line and "not a regular file" in line
    assert db.read_bytes() == before
