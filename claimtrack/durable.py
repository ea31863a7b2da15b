"""Durable file-system steps shared by the store and the caches (no claimtrack imports).

A rename is only durable once the folder holding it is synced; the store's checkpoints and
the language-model cache both need that, and ingest must not reach into the store for it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


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


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading, refused unless it is a regular file: a FIFO (or a device)
    in a store's or journal's place would block the read forever, and a command must answer
    in one line instead. Opened without blocking, then checked on the handle itself.

    Raises FileNotFoundError and IsADirectoryError as `open` does, and NotARegularFile."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotARegularFile(f"{path} is not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class NotARegularFile(OSError):
    """A FIFO, socket or device where a file should be."""
