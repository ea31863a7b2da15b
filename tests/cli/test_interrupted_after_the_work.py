"""Ctrl-C after a command has done its work: its store being freed, the process ending.

A command on a large store spends ~40 ms after its output freeing the store and exiting; a
Ctrl-C there said "claimtrack: aborted" and exited 130 of an import that was in the store and
reported. Each case runs the console script's entry in a child process that sends itself
SIGINT at one point after the command's body returned (as a Ctrl-C landing there would).
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
from tests.cli.desk import EN
from tests.conftest import REPO

# Patches the child applies before running the CLI: `ctrl_c()` is the keypress.
POINTS = {
    # the command's body has returned: its context closes (its store is freed about here)
    "closing": """
        import click
        import claimtrack.cli.main as cli_main
        session = cli_main.session
        def cut(*args, **kwargs):
            click.get_current_context().find_root().call_on_close(ctrl_c)
            return session(*args, **kwargs)
        cli_main.session = cut
    """,
    # the CLI has returned its exit code and Python is ending
    "exiting": """
        import atexit
        atexit.register(ctrl_c)
    """,
    # a Ctrl-C pending as the body returned, raised at the first call after it
    "returned": """
        from claimtrack.cli.main import AfterTheWork
        done = AfterTheWork.done
        def cut(self):
            if not getattr(cut, "once", False):
                cut.once = True
                raise KeyboardInterrupt
            done(self)
        AfterTheWork.done = cut
    """,
}

# As a command in a terminal's foreground (`test_import_interrupted`): a suite started with
# SIGINT ignored would pass these tests whatever the command did with a Ctrl-C.
CHILD = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
def ctrl_c():
    os.kill(os.getpid(), signal.SIGINT)
{patch}
from claimtrack.cli.main import entry
sys.argv = ["claimtrack", *sys.argv[1:]]
entry()
"""


def run_interrupted(point: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`claimtrack ARGS` with a Ctrl-C at `point`."""
    code = CHILD.format(patch=textwrap.dedent(POINTS[point]))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("point", POINTS)
def test_ctrl_c_after_an_import_is_done_and_listed_does_not_call_it_aborted(
    db: Path, point: str
) -> None:
    r = run_interrupted(point, "import", str(EN), "--db", str(db))
    assert Store.open(db).count(Source.TABLE) == 1
    assert r.returncode == 0, r.stderr
    assert "imported " in r.stdout + r.stderr
    for word in ("aborted", "interrupted", "KeyboardInterrupt", "Traceback"):
        assert word not in r.stderr, r.stderr


def test_ctrl_c_after_a_listing_is_printed_exits_as_the_listing_did(db: Path) -> None:
    store = Store.open(db, create=True)
    from claimtrack.services.importing import RawDocument, import_documents

    import_documents(store, [RawDocument(EN.read_bytes(), EN.name)])
    store.close()
    r = run_interrupted("closing", "sources", "--db", str(db))
    assert (r.returncode, r.stderr) == (0, "")
    assert "Karabakh accuses Baku" in r.stdout
