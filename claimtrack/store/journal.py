"""The write-ahead journal: one fsync'd JSON line per acknowledged transaction.

A change is durable once its line is on disk; checkpoints fold the journal into the TinyDB
file. A torn last line (a crash mid-append) was never acknowledged and is ignored, then cut
off by the next writer. Lines carry a sequence number so a crash between a checkpoint and the
journal's truncation cannot apply anything twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from claimtrack.errors import ValidationError

# One operation: [table, id, document or None for a delete].
Op = tuple[str, str, dict[str, Any] | None]


@dataclass(frozen=True, slots=True)
class Entry:
    """One transaction as written to the journal."""

    seq: int
    ops: tuple[Op, ...]


def encode(entry: Entry) -> bytes:
    """One journal line; refuses text that UTF-8 cannot hold (so the store can read it back).

    Lone surrogates reach us from command-line arguments that were not valid UTF-8 (Python
    decodes them with surrogateescape).
    """
    try:
        line = orjson.dumps({"seq": entry.seq, "ops": entry.ops}, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        raise _not_unicode(entry) from None
    return line + b"\n"


def _not_unicode(entry: Entry) -> ValidationError:
    """The refusal naming the first lone surrogate in `entry` (found with the slow encoder)."""
    import json

    text = json.dumps(entry.ops, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad: str = exc.object[exc.start : exc.end]
        return ValidationError(
            f"text contains {bad!r}, which is not valid Unicode (input that was not UTF-8?)"
        )
    return ValidationError("the change cannot be written as JSON")


def read_entries(path: Path, offset: int = 0) -> tuple[list[Entry], int]:
    """Complete entries from `offset` on, and the offset just past the last complete one."""
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            chunk = fh.read()
    except FileNotFoundError:
        return [], 0
    entries: list[Entry] = []
    good = offset
    pos = 0
    while True:
        nl = chunk.find(b"\n", pos)
        if nl < 0:
            break
        try:
            obj = orjson.loads(chunk[pos:nl])
            entry = Entry(int(obj["seq"]), tuple((t, i, d) for t, i, d in obj["ops"]))
        except (ValueError, KeyError, TypeError):
            break  # a torn or garbled line ends the readable journal
        entries.append(entry)
        pos = nl + 1
        good = offset + pos
    return entries, good


def append(path: Path, entry: Entry, valid_size: int) -> int:
    """Append durably after cutting anything past `valid_size`; returns the new size."""
    data = encode(entry)  # before touching the file: a refused entry changes nothing
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size != valid_size:
            os.ftruncate(fd, valid_size)
        os.lseek(fd, valid_size, os.SEEK_SET)
        written = 0
        while written < len(data):
            written += os.write(fd, data[written:])
        os.fsync(fd)
        return valid_size + len(data)
    finally:
        os.close(fd)
