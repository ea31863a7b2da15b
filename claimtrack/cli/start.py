"""The console script's first step: keep compiled modules even where Python is told not to.

Some machines (Docker images, this project's CI VM) set PYTHONDONTWRITEBYTECODE, so every
`claimtrack` command compiled its ~250 modules again: 0.6 s of CPU on `claimtrack tag`, 40% of
the command on a 100k store, and more for the TUI's Textual. The compiled files go to
claimtrack's cache folder (`$CLAIMTRACK_CACHE/pycache`), never beside the sources, which is
what that setting usually protects; `CLAIMTRACK_NO_BYTECODE_CACHE=1` honours it in full, and a
`PYTHONPYCACHEPREFIX` of the user's own is left as it is.
"""

from __future__ import annotations

import os
import sys


def cache_bytecode() -> None:
    """Write compiled modules to claimtrack's cache folder when Python was told not to write
    them beside the sources (a cache folder nobody can write is skipped by Python itself)."""
    if (
        not sys.dont_write_bytecode
        or sys.pycache_prefix is not None
        or os.environ.get("CLAIMTRACK_NO_BYTECODE_CACHE")
    ):
        return
    from claimtrack.resources import cache_dir

    try:  # only a speed-up: no home directory (an unknown uid, `env -i`) means no cache
        prefix = os.path.abspath(cache_dir() / "pycache")  # relative: never under the cwd
    except (RuntimeError, OSError, KeyError):
        return
    sys.pycache_prefix = prefix
    sys.dont_write_bytecode = False


def entry() -> None:
    """Console-script entry point: `claimtrack.cli.main.entry` after `cache_bytecode`."""
    cache_bytecode()
    from claimtrack.cli.main import entry as run

    run()
