"""Locates the project's data files (cue lexicons, demo documents) in a checkout or a wheel."""

from __future__ import annotations

from pathlib import Path

_CHECKOUT_DATA = Path(__file__).resolve().parent.parent / "data"
_WHEEL_DATA = Path(__file__).resolve().parent / "_data"


def data_dir() -> Path:
    """The `data/` folder: the checkout's, or the copy packed into the wheel."""
    return _CHECKOUT_DATA if _CHECKOUT_DATA.is_dir() else _WHEEL_DATA
