"""Work done off the UI thread: reading files to import and writing exports (no Textual here)."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrack.errors import ExportError
from claimtrack.services.importing import RawDocument, read_file
from claimtrack.snapshot import Snapshot

if TYPE_CHECKING:
    from claimtrack.export.filters import ExportFilter


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


def write_export(
    snapshot: Snapshot, fmt: str, path: Path, filters: ExportFilter | None = None
) -> str:
    """Write one export file atomically (only the claims `filters` keeps); returns what it
    holds ("12 claims")."""
    from claimtrack.export import apply_filter, claims_written, export, get_exporter
    from claimtrack.store.storage import atomic_write

    if filters is not None:
        snapshot = apply_filter(snapshot, filters)
    data = export(snapshot, fmt)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)  # the store's own: temp file, fsync, rename
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror}") from exc
    return claims_written(get_exporter(fmt), snapshot)
