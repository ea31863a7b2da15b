"""The one factory that opens a store for the CLI, the TUI and tests."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from claimtrack.errors import ClaimtrackError
from claimtrack.store import Store

DEFAULT_DB = "claimtrack.json"


DB_VARIABLE = "CLAIMTRACK_DB"


class EmptyDbVariableError(ClaimtrackError):
    """$CLAIMTRACK_DB set but empty: a usage error, as an empty `--db` is."""

    exit_code = 2


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db` if given, else $CLAIMTRACK_DB, else ./claimtrack.json.

    A variable set but empty (a script's `CLAIMTRACK_DB=$UNSET_VAR`) is refused, as an empty
    `--db` is: falling back to ./claimtrack.json answered "no store at claimtrack.json", or
    worse, wrote to a store the script never named."""
    if explicit:
        return Path(explicit)
    named = os.environ.get(DB_VARIABLE)
    if named is not None and not named.strip():
        raise EmptyDbVariableError(
            f"${DB_VARIABLE} is set but empty: unset it for ./{DEFAULT_DB}, or name a store "
            "with it or with --db PATH"
        )
    return Path(named or DEFAULT_DB)


ANALYST_VARIABLE = "CLAIMTRACK_ANALYST"
"""Who signs every change, link and verdict (and a ClaimReview's author)."""
FALLBACK_ANALYST = "analyst"
"""The name when neither the variable nor a login name says it (some containers)."""


def current_analyst() -> str:
    """$CLAIMTRACK_ANALYST, else the login name."""
    return os.environ.get(ANALYST_VARIABLE) or login_name() or FALLBACK_ANALYST


def login_name() -> str | None:
    """The login name (None when there is none, in some containers)."""
    try:
        return getpass.getuser() or None
    except Exception:  # no login name in some containers
        return None


def fallback_analyst() -> str | None:
    """The name claimtrack signs with when $CLAIMTRACK_ANALYST is not set (the login name,
    "root" on many desks' servers), unless the variable names that very name on purpose."""
    name = login_name() or FALLBACK_ANALYST
    return None if os.environ.get(ANALYST_VARIABLE, "").strip() == name else name


def open_store(
    path: str | os.PathLike[str] | None = None, *, create: bool = False, verify: bool = True
) -> Store:
    """Open (or create) the investigation store with the current analyst; `verify`: refuse a
    damaged statement span at open (`Store.verify`; `check` lists them all instead)."""
    return Store.open(
        default_db_path(path), create=create, analyst=current_analyst(), verify=verify
    )
