"""Locates the project's data files (lexicons, demo documents), its cache and settings folders."""

from __future__ import annotations

import os
from pathlib import Path

_CHECKOUT_DATA = Path(__file__).resolve().parent.parent / "data"
_WHEEL_DATA = Path(__file__).resolve().parent / "_data"


def data_dir() -> Path:
    """The `data/` folder: the checkout's, or the copy packed into the wheel."""
    return _CHECKOUT_DATA if _CHECKOUT_DATA.is_dir() else _WHEEL_DATA


def cache_dir() -> Path:
    """Where derived files that are slow to rebuild are kept: $CLAIMTRACK_CACHE, else
    $XDG_CACHE_HOME/claimtrack, else ~/.cache/claimtrack. May not exist (or be writable)."""
    explicit = os.environ.get("CLAIMTRACK_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimtrack"


def config_dir() -> Path:
    """Where the analyst's preferences are kept: $CLAIMTRACK_CONFIG, else
    $XDG_CONFIG_HOME/claimtrack, else ~/.config/claimtrack. May not exist (or be writable)."""
    explicit = os.environ.get("CLAIMTRACK_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "claimtrack"
