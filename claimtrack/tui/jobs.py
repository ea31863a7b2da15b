"""Work done off the UI thread: reading files to import and writing exports (no Textual here)."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrack.errors import ExportError, IngestError
from claimtrack.services.importing import RawDocument
from claimtrack.snapshot import Snapshot

if TYPE_CHECKING:
    from claimtrack.export.filters import ExportFilter

SKIPPED_NAMES = frozenset({"manifest.json"})
"""Files inside a folder that are never documents."""


def split_paths(typed: str) -> list[Path]:
    """The paths typed in the import field (shell quoting allowed, ~ expanded)."""
    try:
        parts = shlex.split(typed)
    except ValueError:
        parts = typed.split()
    return [Path(p).expanduser() for p in parts]


def expand(paths: list[Path]) -> list[Path]:
    """Files named, plus the visible files directly inside named folders (sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(
                p
                for p in path.iterdir()
                if p.is_file() and not p.name.startswith(".") and p.name not in SKIPPED_NAMES
            )
        elif path.exists():
            out.append(path)
        else:
            raise IngestError(f"{path}: no such file")
    if not out:
        raise IngestError("nothing to import")
    return out


def read_raw(path: Path) -> RawDocument:
    """One file as a document to import, refusing oversized files without reading them all."""
    from claimtrack.ingest import MAX_BYTES

    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(data) > MAX_BYTES:
        raise IngestError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB; refusing")
    return RawDocument(data=data, filename=path.name)


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
