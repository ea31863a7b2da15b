"""Durable file-system steps shared by the store and the caches (no claimtrack imports).

A rename is only durable once the folder holding it is synced; the store's checkpoints and
the language-model cache both need that, and ingest must not reach into the store for it.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    """Persist a rename: fsync the folder entry (best effort where unsupported)."""
    try:
        dfd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
