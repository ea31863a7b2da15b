"""The one factory that opens a store for the CLI, the TUI and tests."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from claimtrack.store import Store

DEFAULT_DB = "claimtrack.json"


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db` if given, else $CLAIMTRACK_DB, else ./claimtrack.json."""
    return Path(explicit or os.environ.get("CLAIMTRACK_DB") or DEFAULT_DB)


def current_analyst() -> str:
    """$CLAIMTRACK_ANALYST, else the login name."""
    name = os.environ.get("CLAIMTRACK_ANALYST")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "analyst"


def open_store(path: str | os.PathLike[str] | None = None, *, create: bool = False) -> Store:
    """Open (or create) the investigation store with the current analyst."""
    return Store.open(default_db_path(path), create=create, analyst=current_analyst())
