"""Ctrl-C during an import: what the command says matches what the store holds.

Each case runs `claimtrack import` in a child process that sends itself SIGINT at one point
of the import (as a Ctrl-C landing there would), then reads the store afresh.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimtrack.model import Source
from claimtrack.store import Store
from tests.cli.desk import EN, EN_DENIAL
from tests.conftest import REPO

# Patches the child applies before running the CLI: `ctrl_c()` is the keypress.
POINTS = {
    # reading the articles, before anything is written
    "reading": """
        import claimtrack.ingest.prepare as prepare
        segment = prepare.segment
        def cut(*args, **kwargs):
            ctrl_c()
            return segment(*args, **kwargs)
        prepare.segment = cut
    """,
    # the journal line is on disk: the change is durable, the store not yet told
    "writing": """
        import claimtrack.store.journal as journal
        append = journal.append
        def cut(*args, **kwargs):
            offset = append(*args, **kwargs)
            ctrl_c()
            return offset
        journal.append = cut
    """,
    # the import is written and being listed, one line per source
    "listing": """
        import claimtrack.cli.commands_store as commands
        say = commands.say
        def cut(message, *args, **kwargs):
            say(message, *args, **kwargs)
            if message.startswith("imported "):
                ctrl_c()
        commands.say = cut
    """,
}

# The child answers Ctrl-C as a command in a terminal's foreground does: a suite started in
# the background of a shell without job control inherits SIGINT ignored, and so would the
# child, whose `ctrl_c()` then did nothing.
CHILD = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
def ctrl_c():
    os.kill(os.getpid(), signal.SIGINT)
{patch}
from claimtrack.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def import_interrupted(point: str, db: Path) -> subprocess.CompletedProcess[str]:
    """`claimtrack import EN EN_DENIAL --db DB` with a Ctrl-C at `point`."""
    code = CHILD.format(patch=textwrap.dedent(POINTS[point]))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", code, "import", str(EN), str(EN_DENIAL), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def sources_in(db: Path) -> int:
    """Sources the store holds, read afresh (its journal replayed)."""
    return Store.open(db).count(Source.TABLE)


@pytest.fixture
def store_with_one(db: Path) -> Path:
    """An existing store holding one source (an import into it adds to it)."""
    store = Store.open(db, create=True)
    from claimtrack.services.importing import RawDocument, import_documents

    import_documents(store, [RawDocument(b"Officials said the bridge stands.", "x.txt")])
    store.close()
    return db


def test_ctrl_c_before_the_write_imports_nothing_and_says_so(store_with_one: Path) -> None:
    r = import_interrupted("reading", store_with_one)
    assert (r.returncode, r.stderr.splitlines()[-1]) == (
        130,
        "claimtrack: aborted: nothing was imported",
    ), r.stderr
    assert sources_in(store_with_one) == 1


@pytest.mark.parametrize("point", ["writing", "listing"])
def test_ctrl_c_once_the_write_began_finishes_it_and_reports_it_done(
    store_with_one: Path, point: str
) -> None:
    """A Ctrl-C late in a 20,000-file import listed 17,713 sources, then said "aborted" and
    exited 130: all 20,000 were in the store."""
    r = import_interrupted(point, store_with_one)
    assert sources_in(store_with_one) == 3
    assert r.returncode == 0, r.stderr
    assert "aborted" not in r.stderr
    assert r.stderr.splitlines()[-1] == (
        "interrupted, but the import is complete: 2 documents imported "
        f"(claimtrack sources --db {store_with_one} lists them)"
    )
