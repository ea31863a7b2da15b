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
    return _user_dir("CLAIMTRACK_CACHE", "XDG_CACHE_HOME", ".cache")


def config_dir() -> Path:
    """Where the analyst's preferences are kept: $CLAIMTRACK_CONFIG, else
    $XDG_CONFIG_HOME/claimtrack, else ~/.config/claimtrack. May not exist (or be writable)."""
    return _user_dir("CLAIMTRACK_CONFIG", "XDG_CONFIG_HOME", ".config")


def _user_dir(ours: str, xdg: str, default: str) -> Path:
    explicit = os.environ.get(ours)
    if explicit:
        return Path(explicit)
    base = os.environ.get(xdg) or str(Path.home() / default)
    return Path(base) / "claimtrack"
