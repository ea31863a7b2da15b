"""The claimtrack store: a TinyDB JSON file, a write-ahead journal, one writer lock, indexes.

Reads are served from memory. A write is a transaction: take the lock, catch up with what
other processes wrote, apply the caller's puts/deletes, record them as one Event, append one
fsync'd journal line (the change is now durable) and update memory. Checkpoints fold the
journal back into the TinyDB file, which stays the store of record users and git see.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from itertools import repeat
from pathlib import Path
from typing import Any, TypeVar

import filelock
from tinydb import TinyDB
from tinydb.table import Table

from claimtrack.errors import AmbiguousError, NotFoundError, StoreBusyError, StoreError
from claimtrack.ids import PrefixIndex, drawn_ids
from claimtrack.model import (
    RECORD_TYPES,
    SCHEMA_VERSION,
    Change,
    Event,
    Record,
)
from claimtrack.snapshot import SNAPSHOT_TYPES, Snapshot, Tables, snapshot_from_docs
from claimtrack.store import journal
from claimtrack.store.deferred import DeferredTable
from claimtrack.store.journal import Entry, Op
from claimtrack.store.layout import DuplicateRecord, parse_left
from claimtrack.store.sharing import share_events
from claimtrack.store.storage import (
    AtomicJSONStorage,
    Data,
    MemoryStorage,
    Signature,
    file_signature,
    gc_paused,
    open_store_file,
    parse_store_bytes,
    remove_stale_temps,
)

R = TypeVar("R", bound=Record)
Doc = dict[str, Any]

META_TABLE = "meta"
META_ID = "store"
APP_NAME = "claimtrack"
# Fold the journal into the JSON file once it grows past either limit.
JOURNAL_MAX_BYTES = 8 * 1024 * 1024
JOURNAL_MAX_ENTRIES = 1000
LOCK_RETRIES = 5  # lock files replaced under us in a row before giving up
# Stores smaller than this are checkpointed on close, so the JSON file is always current.
SMALL_STORE_BYTES = 8 * 1024 * 1024
DEFAULT_LOCK_TIMEOUT = 3.0

# (table, field) pairs kept as value -> ids indexes.
INDEXED_FIELDS: tuple[tuple[str, str], ...] = (
    ("statements", "source"),
    ("statements", "claim"),
    ("statements", "speaker"),
    ("claims", "speaker"),
    ("links", "a"),
    ("links", "b"),
    ("outcomes", "claim"),
    ("sources", "hash"),
)
_INDEXED_OF: dict[str, tuple[str, ...]] = {
    table: tuple(f for t, f in INDEXED_FIELDS if t == table) for table, _ in INDEXED_FIELDS
}


class IdTable(Table):
    """A TinyDB table keyed by our random string ids, updated in place.

    TinyDB rebuilds the whole table dict on every write (O(n), see FACTS.md); keyed by
    strings already, we can let its updaters work on the live dict instead.
    """

    document_id_class = str  # type: ignore[assignment]

    def _update_table(self, updater: Callable[[dict[Any, Any]], None]) -> None:
        tables = self._storage.read()
        table = tables.setdefault(self.name, {})
        updater(table)
        self._storage.write(tables)
        self.clear_cache()


class _TinyDB(TinyDB):
    table_class = IdTable


def _signature(path: Path) -> Signature | None:
    try:
        return file_signature(path.stat())
    except FileNotFoundError:
        return None


def new_store_data() -> Data:
    """The contents of an empty store."""
    return {META_TABLE: {META_ID: {"app": APP_NAME, "schema": SCHEMA_VERSION, "journal_seq": 0}}}


_CLAIM_STEPS_NS = (1, 2_000_000_000)
"""How far a claim moves an empty store's mtime (`Store._create_or_claim`): 1 ns, then 2 s
where the file system rounded that away (FAT keeps 2 s, exFAT 10 ms, HFS+ 1 s)."""


def _refuse_orphan_journal(path: Path) -> None:
    """A missing store whose journal holds changes was moved or deleted: creating an empty
    one there would fold those changes into a store that lacks what they build on."""
    journal_file = Path(f"{path}.journal")
    if journal_file.exists() and journal_file.stat().st_size > 0:
        raise StoreError(
            f"{path} is missing but its journal {journal_file.name} holds changes (was "
            f"the store file moved or deleted?); nothing was created: restore "
            f"{path.name}, or move {journal_file.name} aside to start afresh"
        )


def validate_store_data(data: Data, where: str) -> None:
    """Refuse foreign files and stores written by a newer claimtrack."""
    meta = data.get(META_TABLE, {}).get(META_ID)
    if not isinstance(meta, dict) or meta.get("app") != APP_NAME:
        raise StoreError(f"{where} is not a claimtrack store (no claimtrack metadata)")
    schema = meta.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise StoreError(f"{where} has no valid schema version")
    if schema < 1:  # never written by claimtrack: a hand edit, not a version to upgrade from
        raise StoreError(f"{where} has schema version {schema}; claimtrack schemas start at 1")
    if schema > SCHEMA_VERSION:
        raise StoreError(
            f"{where} uses schema {schema}, newer than this claimtrack understands "
            f"({SCHEMA_VERSION}); upgrade claimtrack"
        )
    seq = meta.get("journal_seq", 0)
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise StoreError(f"{where} has no valid journal_seq in its metadata ({seq!r}): {_HAND}")
    for table, docs in data.items():
        if not isinstance(docs, dict):
            raise StoreError(f"{where}: table {table!r} is not an object: {_HAND}")


_HAND = "the file was edited by hand or badly merged; restore it or correct that value"


def check_spans(data: Data) -> None:
    """Refuse a statement whose span cannot be cut from its source: a start or end that is no
    whole number, or outside 0 <= start < end <= the length of its source's text.

    Every view cuts a statement's text from its source, so a hand-edited span ("start": 9999,
    "end": "abc") opened fine and then crashed the Reader with a traceback, and `statements`
    after its header. One pass over the table (~17 ms at 100k, ~5% of an open); the message
    is worked out only when that pass finds something. A statement whose source is missing
    or itself damaged is left to `check`, and one whose `source` is no id to the indexes."""
    statements = data.get("statements")
    if not statements:
        return
    lengths = {
        id_: len(text)
        for id_, doc in data.get("sources", {}).items()
        if type(doc) is dict and type(text := doc.get("text")) is str
    }
    try:
        with gc_paused():  # its passes over the records just parsed: ~20% of this loop
            ok = all(
                type(start := doc["start"]) is int
                and type(end := doc["end"]) is int
                and 0 <= start < end <= lengths.get(doc["source"], end)
                for doc in statements.values()
            )
        if ok:
            return
    except (TypeError, KeyError):  # not a record, a field missing, a source that is no id
        pass
    found = [
        (id_, why)
        for id_, doc in statements.items()
        if (why := _span_problem(doc, lengths)) is not None
    ]
    if found:
        id_, why = found[0]
        more = f" (and {len(found) - 1} more: 'claimtrack check' lists them)" if found[1:] else ""
        raise StoreError(f"statements record {id_} {why}{more}: {_HAND}")


def _span_problem(doc: Any, lengths: dict[str, int]) -> str | None:
    """Why the statement `doc` has no span of its source's text, naming the field; None when
    it has one or its damage lies elsewhere (not a record, `source` no id: `_rebuild_indexes`
    names those)."""
    if type(doc) is not dict:
        return None
    for field in ("start", "end"):
        if field not in doc:
            return f"has no {field}"
        value = doc[field]
        if type(value) is not int:
            return f"has {field} {_shown(value)}, not a whole number"
    start, end = doc["start"], doc["end"]
    if start < 0:
        return f"has start {start}, before the start of its source's text"
    if end <= start:
        return f"has start {start}, not before its end {end} (an empty or backward span)"
    source = doc.get("source")
    length = lengths.get(source) if type(source) is str else None
    if length is not None and end > length:
        return f"has end {end}, past the end of its source {source} ({length} characters)"
    return None


def _shown(value: Any) -> str:
    """A stored value as one short line for a refusal (a hand edit may have pasted a page)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _not_a_record(table: str, id_: str, why: str) -> StoreError:
    """A stored record the indexes cannot take: one line naming it (`check` cannot open the
    store either, so the message must say where to look)."""
    return StoreError(f"{table} record {id_} {why}: {_HAND}")


def _index_add(indexes: list[tuple[str, dict[Any, set[str]]]], id_: str, doc: Doc) -> None:
    """Enter `doc` under each indexed field's value (None is not indexed)."""
    for field, bucket in indexes:
        _enter(bucket, field, (id_,), (doc.get(field),))


def _enter(
    bucket: dict[Any, set[str]], field: str, ids: Iterable[str], values: Iterable[Any]
) -> None:
    """Enter each id under its value of `field` in `bucket` (None is not indexed): one tight
    loop per field, for a whole table when a store opens or an import's 10k records."""
    for id_, value in zip(ids, values, strict=True):
        if value is None:
            continue
        if type(value) is not str:  # a list would not even hash
            raise StoreError(f"record {id_} has {field} {value!r}, not an id: {_HAND}")
        found = bucket.get(value)
        if found is None:
            bucket[value] = {id_}
        else:
            found.add(id_)


def _check_records(table: str, docs: dict[str, Any]) -> None:
    """Refuse a table holding something that is no record (a hand edit)."""
    if not all(type(doc) is dict for doc in docs.values()):
        for id_, doc in docs.items():
            if not isinstance(doc, dict):
                raise _not_a_record(table, id_, f"is {type(doc).__name__}, not an object")


def _max_seq(events: dict[str, Doc]) -> int:
    """The highest event sequence number, refusing an event whose seq is no number."""
    seqs = [doc.get("seq", 0) for doc in events.values()]
    if not all(type(seq) is int for seq in seqs):
        for id_, doc in events.items():
            seq = doc.get("seq", 0)
            if not isinstance(seq, int) or isinstance(seq, bool):
                raise _not_a_record(Event.TABLE, id_, f"has seq {seq!r}, not a number")
    return max(seqs, default=0)


def _index_remove(indexes: list[tuple[str, dict[Any, set[str]]]], id_: str, doc: Doc) -> None:
    """Undo `_index_add`, dropping values left without ids."""
    for field, bucket in indexes:
        value = doc.get(field)
        ids = bucket.get(value) if value is not None else None
        if ids is not None:
            ids.discard(id_)
            if not ids:
                del bucket[value]


_KEEP_DRAWN_FROM = 64  # a transaction keeps a draw of this many ids as the set it drew


class Transaction:
    """Collects the puts and deletes of one atomic change."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._ops: dict[str, dict[str, Doc | None]] = {}  # table -> id -> document (None: delete)
        self._pending: set[str] = set()  # ids put
        self._drawn: list[set[str]] = []  # ids handed out by `new_ids`, a set per draw
        self.writes: dict[str, dict[str, Doc | None]] = {}
        """What `changes()` found to write, per table: id -> document (None: delete), in
        id order."""
        self.summary: str | None = None
        self.undoes: str | None = None
        self.redoes: str | None = None

    def describe(
        self, summary: str, *, undoes: str | None = None, redoes: str | None = None
    ) -> None:
        """Say what the change is once the body knows it (undo learns its target only under
        the lock); overrides what `Store.transaction` was given."""
        self.summary, self.undoes, self.redoes = summary, undoes, redoes

    def _table(self, table: str) -> dict[str, Doc | None]:
        ops = self._ops.get(table)
        if ops is None:
            ops = self._ops[table] = {}
        return ops

    def put(self, record: Record) -> None:
        """Insert or replace a record, keeping the stored fields this version does not know.

        A field added by hand (a desk's own reference) or by a later claimtrack of the same
        schema is not the record's to drop: `from_doc` ignores it, so without this an edit
        of the note erased it.
        """
        doc = record.to_doc()
        table: str = record.TABLE  # type: ignore[attr-defined]
        before = self._store.doc(table, doc["id"])
        if before is not None and before.keys() - doc.keys():
            doc = {**before, **doc}
        self.put_doc(table, doc)

    def put_doc(self, table: str, doc: Doc) -> None:
        """Insert or replace a document already in its stored form (e.g. `Statement.span_doc`)."""
        self._table(table)[doc["id"]] = doc
        self._pending.add(doc["id"])

    def put_new_docs(self, table: str, docs: Iterable[Doc] | dict[str, Doc]) -> None:
        """Insert documents whose ids came from `new_ids` (an import's thousands of statements),
        given as a list or already by id (`Statement.docs_in_id_order`)."""
        self._table(table).update(docs if isinstance(docs, dict) else {d["id"]: d for d in docs})

    def puts(self, table: str) -> list[Doc]:
        """The documents this transaction writes to `table` so far (a speaker registered in
        the same change as its first tag, not in the store yet)."""
        return [doc for doc in self._ops.get(table, {}).values() if doc is not None]

    def delete(self, table: str, id_: str) -> None:
        """Remove a record (no-op at commit if it does not exist)."""
        self._table(table)[id_] = None

    def new_id(self) -> str:
        """A fresh id unused in the store and in this transaction."""
        return self.new_ids(1)[0]

    def new_ids(self, count: int) -> list[str]:
        """`count` fresh ids unused in the store and in this transaction."""
        fresh, drawn = drawn_ids(count, self._store._id_tables, self._pending, *self._drawn)
        if count < _KEEP_DRAWN_FROM:
            self._pending.update(fresh)  # (a set per id would slow every later draw)
        else:
            self._drawn.append(drawn)  # kept as drawn: copying an import's 10k cost 0.3 ms
        return fresh

    @property
    def empty(self) -> bool:
        """True when nothing was changed."""
        return not any(self._ops.values())

    def changes(self) -> list[Doc]:
        """`Change.doc` of every document that actually changes, sorted by table, then id.

        Also keeps those writes per table (`writes`), so the commit applies them without
        reading them back out of the event."""
        out: list[Doc] = []
        self.writes = {}
        for table in sorted(self._ops):  # ids sorted per table, not (table, id) tuples: 3x faster
            docs = self._store.docs(table)
            ops = self._ops[table]
            ids = sorted(ops)  # (in linear time when put in id order, as an import does)
            writes = (  # in id order
                ops if ids == list(ops) else dict(zip(ids, map(ops.__getitem__, ids), strict=True))
            )
            if docs.keys().isdisjoint(ids) and None not in writes.values():
                # All new (an import's statements): every one changes, from nothing; checked
                # and gathered in C, as `Change.doc` written out would be once per statement.
                out += [
                    {"table": table, "id": id_, "before": None, "after": after}
                    for id_, after in writes.items()
                ]
                self.writes[table] = writes
                continue
            changed: dict[str, Doc | None] = {}
            get = docs.get
            for id_, after in writes.items():
                before = get(id_)
                if before != after:
                    out.append(Change.doc(table, id_, before, after))
                    changed[id_] = after
            if changed:
                self.writes[table] = changed
        return out


class Store:
    """One investigation: TinyDB tables in memory, a journal and a lock on disk."""

    def __init__(
        self,
        path: Path | None,
        data: Data,
        *,
        analyst: str = "analyst",
        clock: Callable[[], str] | None = None,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        deferred: DeferredTable | None = None,
        verify: bool = True,
    ) -> None:
        self.path = path
        self.verify = verify
        """Refuse to open (or take up another process's rewrite of) a file holding a
        statement with no span of its source (`check_spans`); `check` opens with False, to
        list every problem rather than refuse at the first."""
        self.analyst = analyst
        self._clock = clock or _utc_now
        self.lock_timeout = lock_timeout
        self._lock = filelock.FileLock(str(path) + ".lock") if path else None
        self.version = 0
        self.wrote = False  # this process committed a change (only then does close() fold)
        self.created: Signature | None = None  # the empty file this process created, if it did
        self.fold_error: str | None = None
        """Why the journal could not be folded into the file (a full disk, a read-only
        folder): the changes are safe in the journal, and the next fold takes them."""
        self._table_versions: dict[str, int] = {}
        self._snapshot: tuple[int, Tables, Snapshot] | None = None
        """(version, the documents the last snapshot was built from, that snapshot): the
        next one reuses its records (`snapshot_from_docs`)."""
        self._deferred: DeferredTable | None = None
        self._deferred_lock = threading.RLock()
        self._load(data, deferred)

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, *, create: bool = False, **kwargs: Any) -> Store:
        """Open the store at `path` (creating an empty one when asked and missing).

        A symlink is followed once and for all: every write replaces the file it points to,
        and the journal and the lock lie beside that file, so two links to one store share a
        lock (replacing the link itself cut it off from the store it named)."""
        path = Path(path)
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        if create and not path.exists():
            return cls._create(path, **kwargs)
        try:
            data, sig, deferred = open_store_file(path)
        except StoreError as exc:
            # Gone between the look and the read: a refused first command discarded the
            # store it had created. One asked to create the store creates it (under the lock)
            # rather than failing with "no store ... run 'claimtrack init' first", even `init`.
            if create and isinstance(exc.__cause__, FileNotFoundError):
                return cls._create(path, **kwargs)
            raise
        try:
            validate_store_data(data, str(path))
            if kwargs.get("verify", True):
                check_spans(data)
        except StoreError:
            if deferred is not None:
                deferred.close()
            raise
        store = cls(path, data, deferred=deferred, **kwargs)
        store._main_sig = sig
        if create and store._is_empty():  # the file as read: it may go before `refresh`
            store._claim_empty()
        store.refresh()
        return store

    @classmethod
    def _create(cls, path: Path, **kwargs: Any) -> Store:
        """A store found missing, created (or claimed, if another process created it since
        it was looked for) under the lock."""
        _refuse_orphan_journal(path)
        store = cls(path, new_store_data(), **kwargs)
        with store._locked():
            store._create_or_claim()
        store.refresh()
        return store

    def _create_or_claim(self) -> None:
        """Under the lock: create the store file, or, when another process created it a
        moment ago, claim it (`_claim_empty`).

        A process whose command is refused removes the store it created if nobody wrote to
        it (`discard_if_unused`): without the claim, a second first command (`init`, an
        import) that found the store there either said "store already exists" of a store
        then removed, or failed on its first write with "no store ... run 'claimtrack init'"."""
        assert self.path is not None
        if not self.path.exists():
            _refuse_orphan_journal(self.path)
            AtomicJSONStorage(self.path, new_store_data()).checkpoint()
            self.created = file_signature(self.path.stat())
            return
        # Another version of the file, to its creator's eyes: the creator discards only the
        # very file it made (`created`). ctime alone may not move within a clock tick. A file
        # this process may not touch (another user's) is opened as it is; so is a frozen one
        # (`chmod a-w`, see `_refuse_read_only`): its writes are refused, and its creator
        # keeps it anyway (the chmod moved its ctime).
        with suppress(OSError):
            before = self.path.stat()
            if not before.st_mode & 0o222:
                return
            for step in _CLAIM_STEPS_NS:
                os.utime(self.path, ns=(before.st_atime_ns, before.st_mtime_ns + step))
                if file_signature(self.path.stat()) != file_signature(before):
                    return

    def _claim_empty(self) -> None:
        """An empty store file opened to write to (`create`) may be one another process has
        just created and is about to discard: claim it under the lock (`_create_or_claim`), or
        create it again if it went in between. Only an empty store can be discarded, so a
        store with anything in it is opened as before, without the lock. A lock this process
        cannot take (busy, a read-only folder) leaves it as it was opened."""
        try:
            with self._locked():
                self._create_or_claim()
        except StoreError:
            if self.path is not None and self.path.exists():
                return  # busy or not lockable: as it was opened
            raise

    def _is_empty(self) -> bool:
        """Whether the store holds no record and no event (as `init` leaves it)."""
        if self._deferred is not None and self._deferred.ids:
            return False
        return not any(docs for table, docs in self._data.items() if table != META_TABLE)

    @classmethod
    def memory(cls, **kwargs: Any) -> Store:
        """An in-memory store (tests, previews)."""
        return cls(None, new_store_data(), **kwargs)

    @property
    def journal_path(self) -> Path | None:
        """The write-ahead journal beside the store file."""
        return Path(str(self.path) + ".journal") if self.path else None

    def owns(self, path: Path) -> bool:
        """Whether `path` is one of the store's own files (the store, its journal or lock),
        under any name: writing an export there would destroy the investigation."""
        if self.path is None:
            return False
        assert self.journal_path is not None and self._lock is not None
        target = Path(path).expanduser()
        for own in (self.path, self.journal_path, Path(self._lock.lock_file)):
            if target.resolve() == own.resolve():
                return True
            with suppress(OSError):
                if os.path.samefile(target, own):  # a hard link, another spelling
                    return True
        return False

    def _load(self, data: Data, deferred: DeferredTable | None = None) -> None:
        """Take `data` (and its event log still in the file, when `deferred`) as the store."""
        with self._deferred_lock:
            if self._deferred is not None:
                self._deferred.close()
            self._deferred = deferred
            self._deferred_seq: int | None = None  # the deferred log's highest seq, once read
        storage: MemoryStorage = (
            AtomicJSONStorage(self.path, data) if self.path else MemoryStorage(data)
        )
        self._storage = storage
        self._db = _TinyDB(storage=lambda: storage)
        self._data = data
        meta = data.get(META_TABLE, {}).get(META_ID, {})
        self._seq = int(meta.get("journal_seq", 0))
        self._checkpoint_seq = self._seq
        self._journal_offset = 0
        self._journal_entries = 0
        self._last_read: tuple[int, bytes] | None = None  # the last line read: where, its head
        self._main_sig: Signature | None = None
        self._rebuild_indexes()
        self.version += 1
        self._load_generation = self.version
        self._table_versions = {}

    def _rebuild_indexes(self) -> None:
        """Every index from scratch, a table and a field at a time.

        At 100k statements a record-by-record walk (each record's fields looked up, then
        each entered) took ~0.35 s of a ~0.6 s open; walking one field of one table at a
        time keeps the loops tight and lets the id map and the id list be built in C.
        """
        self._max_event_seq = 0
        self._id_tables: dict[str, str] = {}
        self._index: dict[tuple[str, str], dict[Any, set[str]]] = {f: {} for f in INDEXED_FIELDS}
        ids: list[str] = []
        for table, docs in self._data.items():
            if table == META_TABLE:
                continue
            _check_records(table, docs)
            ids += docs
            self._id_tables.update(dict.fromkeys(docs, table))
            for field, bucket in self._indexes_of(table):
                _enter(bucket, field, docs, [doc.get(field) for doc in docs.values()])
            if table == Event.TABLE:
                self._max_event_seq = _max_seq(docs)
        if self._deferred is not None:
            ids += self._deferred.ids
            self._id_tables.update(dict.fromkeys(self._deferred.ids, Event.TABLE))
        self._ids = PrefixIndex(ids)

    def _read_deferred(self) -> None:
        """Parse the event log left in the file at open (`store.deferred`), once: the events
        written since (this process's, the journal's) stay, and each event shares the live
        records it equals, as at open. A log that does not read as its lines promised (two
        events on one line, a damaged record) is read as opening the whole file reads it, so
        it opens or is refused in one line naming its place, as before the log was deferred.
        Serialised, and merged into the live table in place, so a thread that reads the log
        while another writes an event loses nothing."""
        with self._deferred_lock:
            deferred = self._deferred
            if deferred is None:
                return
            live = {name: docs for name, docs in self._data.items() if name != Event.TABLE}
            try:
                with deferred.mapped() as (raw, consumed), gc_paused():
                    parsed = parse_left(
                        raw, deferred.left, consumed, lambda batch: share_events(live, batch)
                    )
                if parsed is None or list(parsed) != deferred.ids:
                    raise ValueError("not one event per line")
            except (ValueError, DuplicateRecord):
                with deferred.mapped() as (raw, _):
                    whole = parse_store_bytes(raw, deferred.path)
                parsed = whole.get(Event.TABLE, {})  # every table an object: `_parse` checks
                share_events(live, parsed)
            _check_records(Event.TABLE, parsed)
            highest = _max_seq(parsed)
            events = self._data.setdefault(Event.TABLE, {})
            events.update({id_: doc for id_, doc in parsed.items() if id_ not in events})
            listed = set(deferred.ids)
            unlisted = [id_ for id_ in parsed if id_ not in listed]
            if unlisted or len(parsed) != len(listed):  # the ids taken at open were not all
                gone = [
                    i
                    for i in listed.difference(parsed)
                    if self._id_tables.get(i) == Event.TABLE and i not in events
                ]
                self._ids.difference_update(gone)
                for id_ in gone:
                    del self._id_tables[id_]
                self._ids.update(i for i in unlisted if i not in self._id_tables)
                self._id_tables.update(dict.fromkeys(unlisted, Event.TABLE))
            self._max_event_seq = max(self._max_event_seq, highest)
            self._deferred = None
            self._deferred_seq = None
            deferred.close()

    def _index_doc(self, table: str, id_: str, doc: dict[str, Any], *, add: bool) -> None:
        if add and table == Event.TABLE:
            seq = doc.get("seq", 0)
            if not isinstance(seq, int) or isinstance(seq, bool):
                raise _not_a_record(table, id_, f"has seq {seq!r}, not a number")
            self._max_event_seq = max(self._max_event_seq, seq)
        indexes = self._indexes_of(table)
        if add:
            _index_add(indexes, id_, doc)
        else:
            _index_remove(indexes, id_, doc)

    def _indexes_of(self, table: str) -> list[tuple[str, dict[Any, set[str]]]]:
        """(field, value -> ids) of every indexed field of `table`."""
        return [(field, self._index[(table, field)]) for field in _INDEXED_OF.get(table, ())]

    # -- catching up with other processes ------------------------------------------
    def refresh(self) -> bool:
        """Pick up changes other processes made; True when anything changed."""
        if self.path is None:
            return False
        for _ in range(5):
            before = self.version
            if _signature(self.path) != self._main_sig:
                data, sig, deferred = open_store_file(self.path)
                try:
                    validate_store_data(data, str(self.path))
                    if self.verify:  # before `_load`: a refused rewrite leaves the store as it was
                        check_spans(data)
                except StoreError:
                    if deferred is not None:
                        deferred.close()
                    raise
                self._load(data, deferred)
                self._main_sig = sig
            self._catch_up()
            if _signature(self.path) == self._main_sig:
                return self.version != before
        return True

    def _catch_up(self) -> None:
        jpath = self.journal_path
        assert jpath is not None
        try:
            size = jpath.stat().st_size
        except FileNotFoundError:
            size = 0
        last = self._last_read
        if (
            size < self._journal_offset
            or not journal.at_line_start(jpath, self._journal_offset)
            or (last is not None and not journal.has_head(jpath, *last))
        ):
            # Folded by another writer's checkpoint; or a line read here was cut back out (its
            # sync failed) and the journal grew again over it: read it all again.
            self._main_sig = None
            self._journal_offset = 0
            self._last_read = None
            return
        entries, good = journal.read_entries(jpath, self._journal_offset)
        if entries:
            self._last_read = (entries[-1].at, entries[-1].head)
        for entry in entries:
            self._journal_entries += 1
            if entry.seq <= self._seq:
                if entry.event["id"] not in self.docs(Event.TABLE):
                    raise self._not_its_file(entry)
                continue  # folded into the file already (a fold cut short before the cut)
            if entry.seq != self._seq + 1:
                if _signature(self.path) == self._main_sig:
                    raise self._older_than_journal(entry.seq)
                self._main_sig = None  # these lines follow a newer checkpoint: reload it
                return
            self._apply_ops(entry.ops)
            self._seq = entry.seq
        self._journal_offset = good

    def _older_than_journal(self, found: int) -> StoreError:
        """The file was replaced by an older copy while the journal held newer changes."""
        assert self.path is not None and self.journal_path is not None
        return StoreError(
            f"{self.path} is older than its journal: acknowledged changes {self._seq + 1} to "
            f"{found - 1} are missing (was the file replaced by an older copy, e.g. a git "
            f"checkout or a backup?); nothing was changed: restore the newer {self.path.name}, "
            f"or move {self.journal_path.name} aside to accept the loss"
        )

    def _not_its_file(self, entry: journal.Entry) -> StoreError:
        """A journalled change the file should hold (its number is folded) and does not: the
        file was replaced by another copy of the store while the journal held changes."""
        assert self.path is not None and self.journal_path is not None
        summary = str(entry.event.get("summary", ""))[:60]
        return StoreError(
            f"{self.path} is not the file its journal belongs to: acknowledged change "
            f"{entry.seq} ({summary!r}) is not in it (was it replaced by "
            f"a colleague's copy or a git pull while changes waited in the journal?); nothing "
            f"was changed: restore the file they belong to, or move {self.journal_path.name} "
            "aside to accept the loss"
        )

    # -- locking and transactions ----------------------------------------------------
    @contextmanager
    def _locked(self) -> Iterator[None]:
        if self._lock is None:
            yield
            return
        for _ in range(LOCK_RETRIES):
            try:
                self._lock.acquire(timeout=self.lock_timeout)
            except filelock.Timeout as exc:
                raise StoreBusyError(
                    f"store is busy: another claimtrack process is writing {self.path} "
                    f"(waited {self.lock_timeout:g}s); try again"
                ) from exc
            except OSError as exc:
                hint = ""
                if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                    hint = " (a read-only folder, or a lock file another user owns?)"
                raise StoreError(
                    f"cannot lock {self._lock.lock_file}: {exc.strerror}{hint}"
                ) from exc
            if self._lock_is_at_its_path():
                break
            # Locked a file removed since it was opened (a refused create discards its lock,
            # or someone deleted it): another process may lock the one at the path now.
            self._lock.release()
        else:
            raise StoreBusyError(
                f"store is busy: its lock file {self._lock.lock_file} keeps being replaced; "
                "try again"
            )
        try:
            yield
        finally:
            self._lock.release()

    def _lock_is_at_its_path(self) -> bool:
        """Whether the lock file this process holds is still the one at the lock's path: a
        lock file deleted while held lets a second writer take a new one, and the first then
        must not write (its journal append would cut the second's acknowledged change)."""
        assert self._lock is not None
        fd = getattr(getattr(self._lock, "_context", None), "lock_file_fd", None)
        if fd is None:  # a filelock without that attribute: trust it, as before
            return True
        try:
            held, there = os.fstat(fd), os.stat(self._lock.lock_file)
        except OSError:
            return False
        return (held.st_dev, held.st_ino) == (there.st_dev, there.st_ino)

    def _refuse_if_lock_lost(self) -> None:
        """Refuse a write whose lock was taken from under it (`_lock_is_at_its_path`)."""
        if self._lock is not None and not self._lock_is_at_its_path():
            raise StoreBusyError(
                f"the lock file {self._lock.lock_file} was removed while this change was being "
                "made, so another process may be writing; nothing was written: try again"
            )

    @contextmanager
    def transaction(
        self, op: str, summary: str, *, undoes: str | None = None, redoes: str | None = None
    ) -> Iterator[Transaction]:
        """Run one atomic, durable, event-logged change.

        The body reads the store (already caught up with other writers) and calls
        `put`/`delete`; if it raises, nothing is written.
        """
        self._refuse_read_only()
        self._before_the_lock()
        with self._locked():
            self.refresh()
            tx = Transaction(self)
            yield tx
            changes = tx.changes()
            if not changes:
                return
            event = Event(
                id=tx.new_id(),
                seq=self.last_event_seq() + 1,
                ts=self._clock(),
                analyst=self.analyst,
                op=op,
                summary=summary if tx.summary is None else tx.summary,
                undoes=undoes if tx.summary is None else tx.undoes,
                redoes=redoes if tx.summary is None else tx.redoes,
            )
            event_doc = event.to_doc()
            event_doc["changes"] = changes
            tx.writes.setdefault(Event.TABLE, {})[event.id] = event_doc
            self._commit(Entry(self._seq + 1, event_doc), tx.writes)

    def _before_the_lock(self) -> None:
        """Read what a write needs from the deferred event log before taking the writer lock,
        so another writer does not wait for it: its highest seq, and the whole log when this
        write is likely to fold the journal (a fold writes it)."""
        if self._deferred is None:
            return
        small = self._main_sig is not None and self._main_sig[3] <= SMALL_STORE_BYTES
        if (
            small  # folded on close: a damaged log refuses the change before it is written
            or self._journal_entries >= JOURNAL_MAX_ENTRIES
            or self._journal_offset > JOURNAL_MAX_BYTES * 0.9
        ):
            self._read_deferred()
        else:
            self.last_event_seq()

    def _refuse_read_only(self) -> None:
        """Refuse to write a store file nobody may write (`chmod a-w`): an analyst freezes a
        finished investigation that way, and a checkpoint's rename would replace it anyway
        (checked by mode bits, which hold for root too, unlike `os.access`)."""
        if self.path is None:
            return
        try:
            mode = self.path.stat().st_mode
        except FileNotFoundError:
            return
        if not mode & 0o222:
            raise StoreError(
                f"{self.path} is read-only; nothing was changed (to edit it, make it writable: "
                f"chmod u+w {self.path})"
            )

    def _commit(self, entry: Entry, writes: dict[str, dict[str, Doc | None]] | None = None) -> None:
        """Journal `entry` durably, then apply it (`writes`: its ops grouped per table)."""
        jpath = self.journal_path
        if jpath is not None:
            self._refuse_if_lock_lost()
            self._journal_offset = journal.append(jpath, entry, self._journal_offset)
            self._last_read = None  # its own line: a failed one raised above, never read
            if not self.wrote and self.path is not None:
                # A fold killed before its rename left a temp copy of the whole file (tens of
                # MB at 100k); on a large store the next fold may be a thousand changes away.
                with suppress(OSError):
                    remove_stale_temps(self.path)
            self.wrote = True
            self._journal_entries += 1
            self._seq = entry.seq
        if writes is None:
            self._apply_ops(entry.ops)
        else:
            self._apply(writes)
        if jpath is not None and (
            self._journal_offset > JOURNAL_MAX_BYTES or self._journal_entries > JOURNAL_MAX_ENTRIES
        ):
            self._fold_locked()  # the change is durable already: a failed fold must not deny it

    def _apply_ops(self, ops: tuple[Op, ...]) -> None:
        """Apply journalled writes in order (a later write of the same record wins)."""
        by_table: dict[str, dict[str, Doc | None]] = {}
        for table, id_, doc in ops:
            items = by_table.get(table)
            if items is None:
                items = by_table[table] = {}
            items[id_] = doc
        self._apply(by_table)

    def _apply(self, by_table: dict[str, dict[str, Doc | None]]) -> None:
        """Write each table's documents (id -> document, or None to delete) to memory and the
        indexes."""
        added: list[str] = []
        removed: list[str] = []
        id_tables = self._id_tables
        for table, items in by_table.items():
            indexes = self._indexes_of(table)

            def updater(
                docs: dict[str, Any],
                items: dict[str, Doc | None] = items,
                table: str = table,
                indexes: list[Any] = indexes,
            ) -> None:
                ids: Iterable[str]
                written: Iterable[Doc]
                if (
                    None not in items.values()
                    and docs.keys().isdisjoint(items)
                    and id_tables.keys().isdisjoint(items)
                ):  # all new (an import): written in C, not one by one
                    docs.update(items)
                    id_tables.update(dict.fromkeys(items, table))
                    added.extend(items)
                    ids, written = items.keys(), items.values()  # type: ignore[assignment]
                else:
                    ids, written = [], []
                    for id_, doc in items.items():
                        old = docs.get(id_)
                        if old is not None:
                            _index_remove(indexes, id_, old)
                        if doc is None:
                            if old is not None:
                                del docs[id_]
                                removed.append(id_)
                            id_tables.pop(id_, None)
                            continue
                        docs[id_] = doc
                        ids.append(id_)
                        written.append(doc)
                        if id_ not in id_tables:
                            added.append(id_)
                        id_tables[id_] = table
                # One pass per indexed field, not a call per document (an import's 10k),
                # gathered in C; a field nobody set (new statements' claim and speaker) is
                # skipped in C too.
                for field, bucket in indexes:
                    values = list(map(dict.get, written, repeat(field)))
                    if values.count(None) != len(values):
                        _enter(bucket, field, ids, values)

            self._db.table(table)._update_table(updater)
            if table == Event.TABLE:
                seqs = [int(doc.get("seq", 0)) for doc in items.values() if doc is not None]
                self._max_event_seq = max([self._max_event_seq, *seqs])
        self._ids.difference_update(removed)
        self._ids.update(added)
        self._data = self._storage.data
        self.version += 1
        for table in by_table:
            self._table_versions[table] = self.version

    # -- checkpoints -----------------------------------------------------------------
    def checkpoint(self) -> None:
        """Fold the journal into the JSON file now."""
        if self.path is None:
            return
        self._refuse_read_only()
        self._read_deferred()  # before the lock: a fold writes the whole log
        with self._locked():
            self.refresh()
            try:
                self._checkpoint_locked()
            except OSError as exc:
                raise StoreError(
                    f"cannot fold the journal into {self.path}: {exc.strerror or exc}; the "
                    "changes stay safe in the journal"
                ) from exc

    def _fold_locked(self) -> None:
        """`_checkpoint_locked`, noting rather than raising a failure of the file system."""
        try:
            self._refuse_read_only()
        except StoreError:
            self.fold_error = (
                f"{self.path} is read-only, so the change stays in {self.journal_path} (safe, "
                "and read with the store); make the file writable to fold it in"
            )
            return
        try:
            self._checkpoint_locked()
        except StoreBusyError as exc:  # the lock lost: the change is durable, the fold waits
            self.fold_error = f"the change is saved in {self.journal_path}; not folded: {exc}"
        except StoreError as exc:  # the file's event log is damaged: `check` names the place
            self.fold_error = f"the change is saved in {self.journal_path}; not folded: {exc}"
        except OSError as exc:
            self.fold_error = (
                f"the change is saved in {self.journal_path}, but folding it into {self.path} "
                f"failed ({exc.strerror or exc}); the next command that writes folds it"
            )
        else:
            self.fold_error = None

    def _checkpoint_locked(self) -> None:
        assert self.path is not None and self.journal_path is not None
        self._refuse_if_lock_lost()
        remove_stale_temps(self.path)  # a checkpoint that died before its rename
        self._read_deferred()  # the fold writes the whole log
        meta = dict(self._data[META_TABLE][META_ID])
        meta["journal_seq"] = self._seq
        meta["schema"] = SCHEMA_VERSION
        self._data[META_TABLE][META_ID] = meta
        # Checked again before the rename: writing a large store takes a while, and a lock
        # lost meanwhile lets another writer in whose change the rename would overwrite.
        self._storage.checkpoint(before_replace=self._refuse_if_lock_lost)
        self._main_sig = _signature(self.path)
        # The file now holds everything up to _seq: the journal can go.
        with open(self.journal_path, "wb") as fh:
            os.fsync(fh.fileno())
        self._journal_offset = 0
        self._last_read = None
        self._journal_entries = 0
        self._checkpoint_seq = self._seq

    @property
    def pending_journal_entries(self) -> int:
        """Acknowledged changes not yet folded into the JSON file."""
        return self._seq - self._checkpoint_seq

    @property
    def folds_on_close(self) -> bool:
        """Whether the file is small enough (`SMALL_STORE_BYTES`, as last read or written)
        for a writer to fold the journal into it on close, and the TUI when idle: a large
        one's fold is a noticeable pause, left to every 1,000 changes and `checkpoint`."""
        sig = self._main_sig
        return sig is None or sig[3] <= SMALL_STORE_BYTES

    def close(self) -> None:
        """Fold a small store's journal into its file if this process wrote to it.

        A reader, or a command that failed, never rewrites the file (a TUI left open may have
        journalled changes: folding them is a writer's job). A busy lock leaves the journal.
        """
        if self.path is None or not self.wrote or self._seq == self._checkpoint_seq:
            return
        if not self.folds_on_close:
            return
        with suppress(StoreBusyError), self._locked():
            self.refresh()
            self._fold_locked()

    def discard_if_unused(self) -> bool:
        """Remove the store files this process created if nothing was ever written to them.

        A command refused on a store it had to create (a mistyped `--db`) must leave no stray
        store behind. Checked under the lock: a store another process has written to since
        (its file or journal changed) is kept. True when the files were removed.
        """
        if self.path is None or self.created is None or self.wrote:
            return False
        assert self.journal_path is not None and self._lock is not None
        with self._locked():
            try:
                unchanged = file_signature(self.path.stat()) == self.created
            except OSError:
                return False
            journal_size = self.journal_path.stat().st_size if self.journal_path.exists() else 0
            if not unchanged or journal_size:
                return False
            self.path.unlink(missing_ok=True)
            self.journal_path.unlink(missing_ok=True)
            # Removed while held: only a process racing to create this very store could be
            # waiting on it, and the store it waits for is gone either way.
            Path(self._lock.lock_file).unlink(missing_ok=True)
        self.created = None
        return True

    # -- reading -----------------------------------------------------------------------
    def doc(self, table: str, id_: str) -> dict[str, Any] | None:
        """The stored document (live: do not mutate)."""
        if self._deferred is not None and table == Event.TABLE:
            self._read_deferred()
        return self._data.get(table, {}).get(id_)

    def docs(self, table: str) -> dict[str, dict[str, Any]]:
        """All documents of a table by id (live: do not mutate)."""
        if self._deferred is not None and table == Event.TABLE:
            self._read_deferred()
        return self._data.get(table, {})

    def get(self, cls: type[R], id_: str) -> R | None:
        """A record by exact id, or None."""
        doc = self.doc(cls.TABLE, id_)
        return None if doc is None else cls.from_doc(doc)

    def all(self, cls: type[R]) -> list[R]:
        """Every record of a type, sorted by id."""
        docs = self.docs(cls.TABLE)
        return [cls.from_doc(docs[i]) for i in sorted(docs)]

    def table_version(self, table: str) -> tuple[int, int]:
        """Changes whenever `table` changes (or the store is reloaded): a cache key."""
        return (self._load_generation, self._table_versions.get(table, 0))

    def count(self, table: str) -> int:
        """How many documents a table holds."""
        return len(self.docs(table))

    def ids_where(self, table: str, field: str, value: Any) -> set[str]:
        """Ids of `table` documents whose indexed `field` equals `value` (copy)."""
        return set(self._index[(table, field)].get(value, ()))

    def indexed_values(self, table: str, field: str) -> dict[Any, set[str]]:
        """The whole value -> ids index of a field (live: do not mutate)."""
        return self._index[(table, field)]

    def resolve(self, ref: str, *types: type[Record]) -> Record:
        """The record whose id is `ref` or starts with it, restricted to `types`."""
        tables = {t.TABLE for t in types} if types else set(RECORD_TYPES)
        ref = ref.strip().lower()
        if not ref:
            raise NotFoundError("empty id")
        if ref in self._ids and self._id_tables.get(ref) in tables:
            matches = [ref]
        else:
            matches = self._ids.matching(
                ref, limit=8, keep=lambda i: self._id_tables.get(i) in tables
            )
        what = "/".join(sorted(t.rstrip("s") for t in tables)) if types else "record"
        if not matches:
            raise NotFoundError(f"no {what} with id {ref!r}")
        if len(matches) > 1:
            raise AmbiguousError(
                f"id prefix {ref!r} is ambiguous: {', '.join(matches[:8])}", candidates=matches
            )
        table = self._id_tables[matches[0]]
        return RECORD_TYPES[table].from_doc(self.docs(table)[matches[0]])

    def last_event_seq(self) -> int:
        """The sequence number of the newest event (0 when none)."""
        with self._deferred_lock:
            if self._deferred is not None:
                if self._deferred_seq is None:
                    self._deferred_seq = self._deferred.highest_seq()
                return max(self._max_event_seq, self._deferred_seq)
            return self._max_event_seq

    def snapshot(self) -> Snapshot:
        """Every record as model objects (cached until the next change)."""
        return self.snapshot_builder()()

    def snapshot_builder(self) -> Callable[[], Snapshot]:
        """What builds the snapshot of the store as it stands now, to call here or in a
        worker thread: fixing the state costs a copy of each table's id → document map (a
        write replaces documents, never changes one), not the 113k model objects of a 100k
        store, which the call builds (only those changed since the last snapshot)."""
        cached = self._snapshot
        version = self.version
        if cached is not None and cached[0] == version:
            snap = cached[2]
            return lambda: snap
        tables = {cls.TABLE: dict(self.docs(cls.TABLE)) for cls in SNAPSHOT_TYPES}

        def build() -> Snapshot:
            snap = snapshot_from_docs(tables, cached[1:] if cached is not None else None)
            latest = self._snapshot
            if latest is None or latest[0] < version:  # a worker's may finish after a newer one
                self._snapshot = (version, tables, snap)
            return snap

        return build

    def now(self) -> str:
        """The store's clock (UTC ISO timestamp)."""
        return self._clock()


def _utc_now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
