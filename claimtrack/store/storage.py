"""TinyDB storages for claimtrack: atomic, in-memory-cached JSON on disk, and pure memory.

TinyDB's own JSONStorage re-reads and rewrites the file in place on every operation (slow and
not crash-safe, see FACTS.md). Ours parse the file once, hand TinyDB the live dict, and only
touch the disk when the store asks for a checkpoint: temp file, fsync, rename, fsync folder.
"""

from __future__ import annotations

import gc
import glob
import json
import mmap
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from tinydb.storages import Storage

from claimtrack.durable import NotARegularFile, fsync_dir, open_regular
from claimtrack.errors import StoreError
from claimtrack.model import Event
from claimtrack.store.deferred import DeferredTable
from claimtrack.store.layout import DuplicateRecord, LeftTable, parse_layout
from claimtrack.store.sharing import share_events, share_unchanged_documents

Data = dict[str, dict[str, Any]]


def dumps_store(data: Data) -> bytes:
    """Serialise a whole store (the bytes `write_store_file` writes)."""
    return b"".join(_store_chunks(data))


def _store_chunks(data: Data) -> Iterator[bytes]:
    """The store file in pieces: tables and ids in sorted order, one document per line.

    One line per record makes `git diff` show exactly the records a change touched, and lets
    a fast C encoder write each document (the stdlib's indenting encoder is pure Python and
    held the writer lock for seconds when folding a 100k-statement store).
    """
    yield b"{"
    names = sorted(data)
    for n, name in enumerate(names):
        after = b"," if n < len(names) - 1 else b""
        docs = data[name]
        key = orjson.dumps(name)
        if not docs:
            yield b"\n " + key + b": {}" + after
            continue
        yield b"\n " + key + b": {"
        ids = sorted(docs)
        for first in range(0, len(ids), _DOCS_PER_CHUNK):
            batch = ids[first : first + _DOCS_PER_CHUNK]
            lines = [
                b"\n  " + orjson.dumps(id_) + b": " + orjson.dumps(docs[id_], option=_SORTED)
                for id_ in batch
            ]
            yield (b"," if first else b"") + b",".join(lines)
        yield b"\n }" + after
    yield b"\n}\n"


_SORTED = orjson.OPT_SORT_KEYS
_DOCS_PER_CHUNK = 256  # larger chunks left ~45 MB of fragmented heap after a 100k fold


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so a crash leaves either the old or the new file, whole."""
    _atomic_replace(path, lambda fh: fh.write(payload))


def write_store_file(
    path: Path, data: Data, before_replace: Callable[[], None] | None = None
) -> None:
    """Atomically replace `path` with `dumps_store(data)`, streamed in chunks.

    Streaming keeps the serialised store from being held whole in memory beside the parsed
    one (on a 100k-statement store that copy peaked at ~600 MB during every checkpoint).
    `before_replace` runs once the copy is synced, just before the rename; if it raises, the
    file is left as it was (a writer checks its lock is still its own there).
    """

    def write(fh: BinaryIO) -> None:
        for chunk in _store_chunks(data):
            fh.write(chunk)

    _atomic_replace(path, write, before_replace)


def temp_prefix(path: Path) -> str:
    """Name prefix of the temp files `atomic_write` creates beside `path`."""
    return f".{path.name}."


def remove_stale_temps(path: Path) -> int:
    """Delete temp files a crashed checkpoint left beside `path` (call under the writer lock)."""
    removed = 0
    # Exactly mkstemp's shape (8 random characters), the name escaped: a sibling named
    # "desk.json.bak" or "desk[1].json" has temps of its own, not this store's to remove.
    for stray in path.parent.glob(glob.escape(temp_prefix(path)) + "?" * 8 + ".tmp"):
        stray.unlink(missing_ok=True)
        removed += 1
    return removed


def _atomic_replace(
    path: Path,
    write: Callable[[BinaryIO], object],
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Write a temp file beside `path` with `write`, fsync it, rename it over `path`."""
    directory = path.parent
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=directory)
    try:
        os.fchmod(fd, _default_mode(path))
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(directory)


def _default_mode(path: Path) -> int:
    """Keep an existing file's mode; a new file gets what the umask allows (mkstemp's is 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


Signature = tuple[int, int, int, int]


def file_signature(st: os.stat_result) -> Signature:
    """What identifies one version of the store file: a checkpoint always changes it."""
    return (st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_size)


def read_store_file(path: Path) -> tuple[Data, Signature]:
    """Parse a whole store file; the signature of exactly the version that was read."""
    data, sig, deferred = open_store_file(path, defer_events=False)
    assert deferred is None
    return data, sig


def open_store_file(
    path: Path, *, defer_events: bool = True
) -> tuple[Data, Signature, DeferredTable | None]:
    """Parse a store file and return the signature of exactly the version that was read, and
    its event log left unparsed when it lies one record per line (`store.deferred`).

    The signature comes from the open handle, not a second stat: a checkpoint renaming a new
    file in between must not make old contents look current. Our own layout is parsed from a
    memory map, batch by batch, releasing each batch's pages once parsed: the file's bytes are
    never all held beside the objects parsed from them (that copy was a fifth of the peak
    memory of opening a large store).
    """
    try:
        with open_regular(path) as fh:
            st = os.fstat(fh.fileno())
            sig = file_signature(st)
            if st.st_size == 0:
                raise StoreError(f"{path} is empty: not a claimtrack store")
            left: dict[str, LeftTable] = {}
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                data = _parse(mapped, path, left if defer_events else None)
            deferred = None
            if Event.TABLE in left:
                deferred = DeferredTable(fh.fileno(), path, left[Event.TABLE])
                data[Event.TABLE] = {}  # the events written from now on, and the journal's
            return data, sig, deferred
    except FileNotFoundError as exc:
        raise StoreError(f"no store at {path} (run 'claimtrack init' first)") from exc
    except IsADirectoryError as exc:
        raise StoreError(f"{path} is a directory, not a claimtrack store") from exc
    except NotARegularFile as exc:
        raise StoreError(f"{exc}, not a claimtrack store") from exc
    except (OSError, ValueError) as exc:  # ValueError: mmap of something that is not a file
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise StoreError(f"cannot read {path}: {reason}") from exc


def parse_store_bytes(mapped: mmap.mmap, path: Path) -> Data:
    """A whole store file's tables from its memory map, refused in one line as opening
    refuses it (`path` names it in messages)."""
    return _parse(mapped, path)


def _parse(mapped: mmap.mmap, path: Path, left: dict[str, LeftTable] | None = None) -> Data:
    def release(upto: int) -> None:
        pages = upto - upto % mmap.PAGESIZE
        if pages and hasattr(mapped, "madvise"):
            mapped.madvise(mmap.MADV_DONTNEED, 0, pages)

    try:
        with gc_paused():
            # our own layout, batch by batch; the events last, sharing live records
            data = parse_layout(
                mapped,
                release,
                (Event.TABLE, share_events),
                (Event.TABLE, left) if left is not None else None,
            )
        shared = data is not None
        if data is None:
            if left is not None:
                left.clear()  # not our layout after all: the events are parsed with the rest
            raw = mapped[:]
            if not raw.strip():
                raise StoreError(f"{path} is empty: not a claimtrack store")
            data = _one_line(raw)
        if data is None:
            # Anything else: decode, drop the bytes, then parse, so bytes, text and objects
            # never coexist (as they would in json.loads(raw)).
            text = raw.decode(json.detect_encoding(raw), "surrogatepass")
            del raw
            with gc_paused():
                # Not our layout (a hand edit, another tool's indent): a parser that sees
                # every key, since orjson keeps the last of two copies of a record silently.
                data = json.loads(text, object_pairs_hook=_no_key_twice, parse_constant=_not_json)
    except DuplicateRecord as dup:
        raise twice_error(path, dup) from None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise StoreError(_why_not_json(mapped[:], path)) from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise StoreError(f"{path} is not a claimtrack store (unexpected layout)")
    if not shared:
        share_unchanged_documents(data)
    return data


def twice_error(path: Path, dup: DuplicateRecord) -> StoreError:
    """The refusal of a file holding one record twice."""
    lines = f"lines {' and '.join(map(str, dup.lines))}; " if dup.lines else ""
    return StoreError(
        f"{path} holds {dup.table or 'a'} record {dup.id} twice ({lines}a git merge that kept "
        "both versions?): keep one, then run claimtrack check; nothing was changed"
    )


def _one_line(raw: bytes) -> Data | None:
    """A file on one line (as TinyDB's own JSONStorage writes it) parsed by orjson, or None.

    The slow parser below exists to catch a record kept twice by a git merge; a merge works
    line by line, and keeping both sides of a one-line file leaves two JSON documents, which
    no parser takes. So a file on one line needs no such check, and at 100k statements
    orjson reads it in ~0.18 s where the checking parser takes ~0.4 s (`json.load` ~0.27 s).
    Anything orjson refuses (NaN, a lone surrogate, a huge integer, a byte-order mark) is
    left to the checking parser, which accepts or explains it as before.
    """
    end = raw.find(b"\n")
    if end != -1 and (len(raw) - end > 64 or raw[end:].strip()):  # only a trailing newline
        return None
    try:
        with gc_paused():
            data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def _no_key_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object, or DuplicateRecord when it holds a key twice (a merge kept both copies)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateRecord("", key, [])
        found[key] = value
    return found


def _not_json(constant: str) -> None:
    """NaN and Infinity are no JSON (orjson, which reads our own layout, refuses them)."""
    raise ValueError(f"{constant} is not JSON")


_CONFLICT_MARK = re.compile(rb"^(?:<{7}|={7}|>{7})(?: |\r?$)", re.MULTILINE)


def _why_not_json(raw: bytes, path: Path) -> str:
    """The refusal of a store file that does not parse, saying where and, for an unfinished
    git merge (the store is meant to be committed), what to do."""
    mark = _CONFLICT_MARK.search(raw)
    if mark is not None:
        line = raw.count(b"\n", 0, mark.start()) + 1
        return (
            f"{path} holds an unfinished git merge (conflict marker on line {line}): keep the "
            "records of both sides, but one version of a record both changed (an id may appear "
            'once), and in "meta" the larger journal_seq; then run claimtrack check'
        )
    try:
        orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        return f"{path} is not a claimtrack store (not valid JSON: {where})"
    except ValueError:
        pass
    return f"{path} is not a claimtrack store (not valid JSON)"


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while building many acyclic objects (parsing a store, importing a
    batch): its repeated passes over them cost 10-25% of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class MemoryStorage(Storage):
    """Keeps the whole database in memory (tests, and the base of the file storage)."""

    def __init__(self, data: Data | None = None) -> None:
        self.data: Data = data if data is not None else {}

    def read(self) -> Data:
        """The live data dict (TinyDB mutates it through our table class)."""
        return self.data

    def write(self, data: Data) -> None:
        """Adopt `data` as the live dict; durability is the store's job (journal, checkpoint)."""
        self.data = data

    def checkpoint(self, before_replace: Callable[[], None] | None = None) -> None:
        """Nothing to persist in memory."""


class AtomicJSONStorage(MemoryStorage):
    """A JSON file parsed once; `checkpoint()` writes it back atomically."""

    def __init__(self, path: Path, data: Data) -> None:
        super().__init__(data)
        self.path = path

    def checkpoint(self, before_replace: Callable[[], None] | None = None) -> None:
        """Write the whole store to its file atomically (`write_store_file`)."""
        write_store_file(self.path, self.data, before_replace)
