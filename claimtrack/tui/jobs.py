"""Work done off the UI thread: reading files to import (no Textual here; exports are written
by `services.exporting`)."""

from __future__ import annotations

import shlex
from pathlib import Path

from claimtrack.services.importing import RawDocument, read_file


def split_paths(typed: str) -> list[Path]:
    """The paths typed in the import field (shell quoting allowed, ~ expanded)."""
    try:
        parts = shlex.split(typed)
    except ValueError:
        parts = typed.split()
    return [Path(p).expanduser() for p in parts]


def read_raw(path: Path) -> RawDocument:
    """One file as a document to import."""
    return RawDocument(data=read_file(path), filename=path.name)
