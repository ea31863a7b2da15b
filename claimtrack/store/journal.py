"""The write-ahead journal: one fsync'd JSON line per acknowledged transaction.

A change is durable once its line is on disk; checkpoints fold the journal into the TinyDB
file. A torn last line (a crash mid-append) was never acknowledged and is ignored, then cut
off by the next writer. Lines carry a sequence number so a crash between a checkpoint and the
journal's truncation cannot apply anything twice.

A line holds the transaction's event alone: the event's changes already carry every document
written (`after`), so writing the documents beside it would double the line (an import's
line is mostly its statements). Lines of the earlier form, `{"seq", "ops"}` with the event as
one of the ops, are still read.

A line carries a CRC-32 of its sequence number and its event's bytes (`{"seq": n, "crc": c,
"event": …}`), so a line garbled into other valid JSON (a flipped digit in a casualty count)
is damage, not a change to replay. Lines written before the checksum are read without one.
"""

from __future__ import annotations

import os
import re
import zlib
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import orjson

from claimtrack.durable import open_regular
from claimtrack.errors import StoreError, ValidationError

# One operation: [table, id, document or None for a delete].
Op = tuple[str, str, dict[str, Any] | None]
EVENTS = "events"  # the table of Event documents (`model.Event.TABLE`)
# How `encode` starts a line, so the event's bytes can be found again to check them.
_CHECKED = re.compile(rb'\{"seq":(\d+),"crc":(\d+),"event":')


@dataclass(frozen=True, slots=True)
class Entry:
    """One transaction as written to the journal: its sequence number and its event."""

    seq: int
    event: dict[str, Any]
    at: int = -1
    """Where its line starts in the journal (-1: not read from one)."""
    head: bytes = b""
    """Its line's first bytes as read: with the checksum in them, they tell this line from
    another one written over it at the same place (`has_head`)."""

    @property
    def ops(self) -> tuple[Op, ...]:
        """The writes: every change's `after` (None deletes), then the event itself."""
        changes = self.event.get("changes") or ()
        return (
            *((c["table"], c["id"], c["after"]) for c in changes),
            (EVENTS, self.event["id"], self.event),
        )


def encode(entry: Entry) -> bytes:
    """One journal line; refuses text that UTF-8 cannot hold (so the store can read it back).

    Lone surrogates reach us from command-line arguments that were not valid UTF-8 (Python
    decodes them with surrogateescape).
    """
    return b"".join(_encoded(entry))


def _encoded(entry: Entry) -> tuple[bytes, bytes, bytes]:
    """`encode` in its three pieces (the event's JSON between its head and its end), so an
    import's megabytes are written as they are rather than copied into one line first."""
    try:
        event = orjson.dumps(entry.event)
    except orjson.JSONEncodeError:
        raise _not_unicode(entry) from None
    head = b'{"seq":%d,"crc":%d,"event":' % (entry.seq, _checksum(entry.seq, event))
    return head, event, b"}\n"


def _checksum(seq: int, event: bytes) -> int:
    """The CRC-32 a line carries: over its sequence number, then its event's JSON."""
    return zlib.crc32(event, zlib.crc32(b"%d " % seq))


def _not_unicode(entry: Entry) -> ValidationError:
    """The refusal naming the first lone surrogate in `entry` (found with the slow encoder)."""
    import json

    text = json.dumps(entry.event, ensure_ascii=False)
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
        with open_regular(path) as fh:
            fh.seek(offset)
            chunk = fh.read()
    except FileNotFoundError:
        return [], 0
    except OSError as exc:  # a directory in its place, a permission, an I/O error
        raise StoreError(f"cannot read the journal {path}: {exc.strerror or exc}") from exc
    entries: list[Entry] = []
    good = offset
    pos = 0
    while True:
        nl = chunk.find(b"\n", pos)
        if nl < 0:
            break
        try:
            entry = _entry_of(chunk[pos:nl])
        except _NewerFormat:
            raise StoreError(
                f"{path} holds a change written by a newer claimtrack (line at byte "
                f"{offset + pos}); upgrade claimtrack: nothing was changed"
            ) from None
        except (ValueError, KeyError, TypeError) as exc:
            # A torn line ends the journal (the next append cuts it off). A garbled line with
            # whole changes after it is damage: cutting there would drop changes that were
            # acknowledged, so the store is refused instead. So is a whole line that fails
            # its checksum: a crash tears a line, it does not leave other valid JSON.
            # Only the last append can be torn: every line before it was synced before its
            # change was acknowledged. So any whole line after a damaged one, readable or
            # not, means an acknowledged change was damaged.
            later = _readable_lines_after(chunk, nl + 1)
            whole_after = chunk.count(b"\n", nl + 1)
            if isinstance(exc, _WholeButWrong) and not whole_after:
                raise StoreError(
                    f"{path} is damaged at byte {offset + pos}: {exc}; nothing was changed "
                    "(move the journal aside to open the store without its unfolded changes)"
                ) from None
            if later:
                raise StoreError(
                    f"{path} is damaged at byte {offset + pos}, with {later} acknowledged "
                    f"change{'s' if later != 1 else ''} after it; nothing was changed (move the "
                    "journal aside to open the store without its unfolded changes)"
                ) from None
            if whole_after:
                raise StoreError(
                    f"{path} is damaged at byte {offset + pos}, with {whole_after} more damaged "
                    f"line{'s' if whole_after != 1 else ''} after it (a crash tears only the last "
                    "one); nothing was changed (move the journal aside to open the store without "
                    "its unfolded changes)"
                ) from None
            break
        entries.append(replace(entry, at=offset + pos, head=chunk[pos : min(nl, pos + HEAD_BYTES)]))
        pos = nl + 1
        good = offset + pos
    return entries, good


def _readable_lines_after(chunk: bytes, pos: int) -> int:
    """How many whole lines from `pos` on read as journal entries."""
    count = 0
    for line in chunk[pos:].split(b"\n")[:-1]:  # the last piece has no newline: torn or empty
        try:
            _entry_of(line)
        except (ValueError, KeyError, TypeError, _NewerFormat):
            continue
        count += 1
    return count


def _entry_of(line: bytes) -> Entry:
    """The entry a whole line holds; ValueError if its checksum does not match its event."""
    obj = orjson.loads(line)
    try:
        entry = _decode(obj)
    except (KeyError, TypeError) as exc:
        if isinstance(obj, dict) and "crc" not in obj and line.endswith(b"}"):
            # valid JSON a tear cannot leave, of no change replay can apply
            raise _WholeButWrong(f"the change there cannot be applied ({exc})") from None
        raise
    if "crc" in obj:
        head = _CHECKED.match(line)
        if (
            head is None
            or int(head[2]) != obj["crc"]
            or _checksum(int(head[1]), line[head.end() : -1]) != obj["crc"]
            or not line.endswith(b"}")
        ):
            raise _WholeButWrong("the change there does not match its checksum")
    return entry


class _WholeButWrong(ValueError):
    """A whole line of valid JSON whose content is not what was written (its checksum fails,
    or, on a line from before checksums, it holds no change replay can apply): a crash tears
    a line, it does not leave other valid JSON."""


class _NewerFormat(Exception):
    """A whole, well-formed line of a shape this version does not know."""


def _decode(obj: Any) -> Entry:
    """An entry from a parsed line (either form); KeyError/TypeError/ValueError if garbled.

    A well-formed line of another shape is not garbage to cut off (that would drop a change
    a newer claimtrack acknowledged): it raises _NewerFormat.
    """
    if (
        isinstance(obj, dict)
        and isinstance(obj.get("seq"), int)
        and not obj.keys()
        & {
            "event",
            "ops",
        }
    ):
        raise _NewerFormat
    if "event" in obj:
        event = obj["event"]
    else:  # the earlier form: the event is one of the ops, the others repeat its changes
        event = next((d for t, _, d in obj["ops"] if t == EVENTS), None)
    if not isinstance(event, dict) or not isinstance(event["id"], str):
        raise TypeError("not an event")
    if not _whole_number(obj["seq"]) or not _whole_number(event.get("seq", 0)):
        raise TypeError("a sequence number that is no whole number")
    changes = event.get("changes") or []
    if not isinstance(changes, list):
        raise TypeError("changes that are no list")
    for change in changes:
        # Lines from before the checksum are trusted on shape alone: a change must be one
        # replaying it can apply (a record or a deletion, never of the store's own metadata).
        if (
            not isinstance(change, dict)
            or not {"table", "id", "after"} <= change.keys()
            or not isinstance(change["table"], str)
            or not isinstance(change["id"], str)
            or change["table"] in (META, EVENTS)
            or not isinstance(change["after"], dict | None)
        ):
            raise TypeError("a change without table, id or after")
    return Entry(obj["seq"], event)


META = "meta"  # the store's own metadata (`store.META_TABLE`): never written by a change


def _whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


HEAD_BYTES = 48  # `{"seq":N,"crc":C,"event":{"id":"…` : the sequence, checksum and event id


def has_head(path: Path, at: int, head: bytes) -> bool:
    """Whether the line read at `at` is still there: a line whose sync failed is cut back out,
    and the next writer's line of the same length would otherwise pass for it."""
    try:
        with open_regular(path) as fh:
            fh.seek(at)
            return fh.read(len(head)) == head
    except OSError:
        return False


def at_line_start(path: Path, offset: int) -> bool:
    """Whether `offset` is where a line of the journal starts (0, or just past a newline):
    a reader's offset stops being one when a line it read is cut back out and the journal
    grows again past it."""
    if offset == 0:
        return True
    try:
        with open_regular(path) as fh:
            fh.seek(offset - 1)
            return fh.read(1) == b"\n"
    except OSError:
        return False


def append(path: Path, entry: Entry, valid_size: int) -> int:
    """Append durably after cutting anything past `valid_size`; returns the new size.

    A failure (a full disk, a journal that is a directory) is a `StoreError`: the change is
    not acknowledged, and a partly written line is cut off by the next append."""
    data = _encoded(entry)  # before touching the file: a refused entry changes nothing
    try:
        return _append(path, data, valid_size)
    except OSError as exc:
        raise StoreError(
            f"cannot write the journal {path}: {exc.strerror or exc}; the change was not saved"
        ) from exc


def _append(path: Path, pieces: tuple[bytes, ...], valid_size: int) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        size = os.fstat(fd).st_size
        if (
            size < valid_size
            or (valid_size and os.pread(fd, 1, valid_size - 1) != b"\n")
            or (
                size > valid_size
                and _readable_lines_after(os.pread(fd, size - valid_size, valid_size), 0)
            )
        ):
            # Not a torn tail: another process changed the journal since it was read (a lock
            # file deleted under a writer). Cutting or padding it would lose its changes.
            raise StoreError(
                f"{path} was changed by another process while this one held the store's lock; "
                "nothing was written: try again"
            )
        if size != valid_size:
            os.ftruncate(fd, valid_size)
        os.lseek(fd, valid_size, os.SEEK_SET)
        try:
            length = 0
            for piece in pieces:  # (a crash between them tears the line, as within one)
                written = 0
                while written < len(piece):
                    written += os.write(fd, piece[written:])
                length += written
            os.fsync(fd)
        except OSError:
            # Refused, so not left to be read: a whole line whose sync failed was replayed by
            # the next command to read the journal, a change reported as not saved.
            with suppress(OSError):
                os.ftruncate(fd, valid_size)
            raise
        return valid_size + length
    finally:
        os.close(fd)
