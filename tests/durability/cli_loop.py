"""Concurrency-test child: runs a list of claimtrack commands in-process, one line of result each.

Usage: python cli_loop.py COMMANDS_JSON START_FILE

Waits until START_FILE exists (so several children start together), then runs each argv of
COMMANDS_JSON through `claimtrack.cli.main.main` and prints `OK <stdout as one line>` or
`ERR <exit code> <stderr>`. $CT_JOURNAL_EVERY=N makes the stores behave like large ones: no
fold on close, a fold every N journal entries.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    """Run the commands; exit 0 even when some are refused (the parent judges)."""
    commands: list[list[str]] = json.loads(argv[0])
    start = Path(argv[1])
    every = os.environ.get("CT_JOURNAL_EVERY")
    if every:
        import claimtrack.store.store as store_module

        store_module.SMALL_STORE_BYTES = 0
        store_module.JOURNAL_MAX_ENTRIES = int(every)
    from claimtrack.cli.main import main as claimtrack

    print("READY", flush=True)
    deadline = time.monotonic() + 30
    while not start.exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    for command in commands:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = claimtrack(command)
        if code == 0:
            print("OK " + " ".join(out.getvalue().split()), flush=True)
        else:
            print(f"ERR {code} " + " ".join(err.getvalue().split()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
