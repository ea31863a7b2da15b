"""Importing documents: decode, segment and store each one as a source with its statements."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import repeat
from pathlib import Path
from typing import Any, BinaryIO

from claimtrack import ingest
from claimtrack.errors import IngestError, ValidationError
from claimtrack.ingest.document import data_file_kind, head_export_kind
from claimtrack.ingest.prepare import prepare, segment_unstored
from claimtrack.model import (
    Source,
    Statement,
    check_published,
    check_reliability,
    check_typed,
    check_url,
    read_date,
)
from claimtrack.services import updates
from claimtrack.services.interrupts import written_whole
from claimtrack.services.speakers import refuse_name_clash
from claimtrack.services.updates import (
    LikelyUpdate,
    carried,
    likely_update,
    marked_itself,
    twins,
)
from claimtrack.store import Store
from claimtrack.store.storage import gc_paused, temp_prefix
from claimtrack.store.store import new_store_data
from claimtrack.textnorm import counted


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes to import and what the analyst said about them."""

    data: bytes
    filename: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str | None = None
    reliability: str | None = None


MANIFEST = "manifest.json"
"""A folder's list of its files' metadata: `[{"file", "outlet", "url", "published", "lang",
"reliability"}, ...]` (the demo's `data/demo/manifest.json`)."""
MANIFEST_FIELDS = ("outlet", "url", "published", "lang", "reliability")
# DATA_SUFFIXES (from ingest.document): files in a folder that hold data, not articles (a
# table, a diagram, claimtrack's own exports): left out of a folder import, and said so
# (named one by one, they are refused).
_PEEK_BYTES = 256
"""How much of each other file a folder import reads first: claimtrack's brief is Markdown,
and a brief or claims table saved as .txt would otherwise refuse the whole folder."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An entry of a folder that a folder import leaves out, and why (the analyst is told
    each one: a file silently missing from an investigation is never noticed)."""

    path: Path
    reason: str


@dataclass(frozen=True, slots=True)
class Inputs:
    """What a list of paths to import comes to."""

    files: list[Path]
    """The files to read: those named, and the articles in the folders named (sorted)."""
    skipped: list[Skipped]
    """What the folders hold besides: data files, hidden files, folders inside (not read)."""
    metadata: dict[Path, dict[str, str]]
    """Per file, what its folder's manifest says about it."""


def gather(paths: Sequence[Path], store: Path | None = None) -> Inputs:
    """The files to import from the paths named: a folder gives its visible files, less its
    data files and any claimtrack store's own files, with its manifest's metadata; a missing
    path, or a store's journal or lock named, is refused. `store`: the store file the import
    writes to (its journal, lock and a fold's temp copies lie beside it, in that folder)."""
    into = _unopened(store) if store is not None else None
    files: list[Path] = []
    skipped: list[Skipped] = []
    metadata: dict[Path, dict[str, str]] = {}
    for path in paths:
        if path.is_dir():
            manifest = read_manifest(path / MANIFEST) if (path / MANIFEST).is_file() else {}
            entries = sorted(path.iterdir())
            stores = _store_files(entries, into)
            for p in entries:
                if p.name == MANIFEST:
                    continue
                reason = stores.get(p) or _left_out(p)
                if reason:
                    skipped.append(Skipped(p, reason))
                    continue
                files.append(p)
                if p.name in manifest:
                    metadata[p] = manifest[p.name]
            # an entry whose file is not there: a file misnamed, or never copied in
            listed = {p.name for p in entries}
            if absent := [name for name in manifest if name not in listed]:
                raise IngestError(
                    f"{path / MANIFEST}: {_entries_for(absent)} {path}; nothing imported"
                )
        elif path.exists():
            what = _store_files([path], into, folder=False).get(path)
            if what is not None and what != _INTO:  # a store file itself: `looks_like_store`
                raise IngestError(f"{path}: is {what}, not an article; nothing was imported")
            files.append(path)
        else:
            raise IngestError(f"{path}: no such file")
    if not files:
        first = f": {skipped[0].path.name} is {skipped[0].reason}" if skipped else ""
        more = f" ({len(skipped) - 1} more left out)" if len(skipped) > 1 else ""
        raise IngestError(f"nothing to import (the folders named hold no articles{first}){more}")
    return Inputs(files, skipped, metadata)


def _entries_for(absent: Sequence[str]) -> str:
    """ "the entry for missing.txt names no file in" (or several entries)."""
    if len(absent) == 1:
        return f"the entry for {absent[0]} names no file in"
    return f"the entries for {', '.join(absent)} name no file in"


def _unopened(path: Path) -> Store:
    """A store on `path` that is never read nor written: only asked which files are its own
    (`Store.owns`), so where its journal and lock lie is said in one place, the store."""
    return Store(path, new_store_data())


def _store_files(
    entries: Sequence[Path], into: Store | None, *, folder: bool = True
) -> dict[Path, str]:
    """Which of a folder's `entries` are a claimtrack store's own files, and whose: the store
    an import writes to keeps its journal and lock beside it (the default ./claimtrack.json
    in the very folder of the articles), and read as articles they refused the whole import.
    Another store's journal or lock is named after its store file, whatever that is called;
    that file beside it is a store too, not an article. `folder`: `entries` are a folder's
    whole listing (else files named one by one)."""
    found: dict[Path, str] = {}
    listed = set(entries)
    for p in entries:
        if into is not None and _may_be_own(p, into) and (what := _own_file(p, into, _INTO)):
            found[p] = what
            continue
        owner = p.with_suffix("")  # "desk.json.journal" -> "desk.json"
        if owner == p or (folder and owner not in listed) or not owner.is_file():
            continue  # (a folder's listing spares a look at the disk for every article)
        if (what := _own_file(p, _unopened(owner), f"the claimtrack store {owner.name}")) is None:
            continue
        found[p] = what
        if owner in listed:
            found.setdefault(owner, "a claimtrack store, not an article")
    return found


_INTO = "the store this import writes to"


def _may_be_own(path: Path, store: Store) -> bool:
    """A first look before `Store.owns`, which resolves every path it compares (3 s over a
    folder of 20,000 articles): a store's files are named after it, or reached by a link."""
    assert store.path is not None
    if path.name.startswith((store.path.name, temp_prefix(store.path))):
        return True
    try:
        st = path.lstat()
    except OSError:
        return False
    return stat.S_ISLNK(st.st_mode) or st.st_nlink > 1


def _own_file(path: Path, store: Store, name: str) -> str | None:
    """What `path` is to `store` ("the journal of " + `name`, ...), or None."""
    assert store.path is not None and store.journal_path is not None
    if path.name.startswith(temp_prefix(store.path)) and _same_file(path.parent, store.path.parent):
        return f"a temporary copy left by a fold of {name}"
    if not store.owns(path):
        return None
    if _same_file(path, store.path):
        return name
    return f"the {'journal' if _same_file(path, store.journal_path) else 'lock file'} of {name}"


def _same_file(a: Path, b: Path) -> bool:
    """`a` and `b` name one file (a symlink, a hard link, another spelling)."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _left_out(path: Path) -> str | None:
    """Why a folder import leaves out this entry of the folder, or None to read it."""
    hidden = path.name.startswith(".")
    if path.is_dir():
        return "a hidden folder" if hidden else "a folder inside (not read: name it to import it)"
    if not path.is_file():
        return "not a regular file"
    if hidden:
        return "a hidden file"
    suffix = path.suffix.lower()
    kind = data_file_kind(suffix)
    if kind is None:
        try:
            with path.open("rb") as file:
                kind = head_export_kind(file.read(_PEEK_BYTES))
        except OSError:
            kind = None  # read with the rest, and refused there in one line if unreadable
    return f"{kind}, not an article" if kind else None


def expand_paths(paths: Sequence[Path], store: Path | None = None) -> list[Path]:
    """The files `gather` would read."""
    return gather(paths, store).files


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """A folder's manifest: file name -> its metadata (`MANIFEST_FIELDS` given as text).

    Each entry's metadata is checked as import checks it, a refusal naming the manifest and
    the entry: refused with the file imported, a single file's bad date named neither (the
    file was named only when several were imported). Two entries for one file are refused
    (the last silently won)."""
    import json

    try:
        entries = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise IngestError(f"{path}: not a readable JSON manifest") from exc
    usage = f'{path}: a manifest is a list of {{"file": NAME, "outlet": ..., "published": ...}}'
    if not isinstance(entries, list):
        raise IngestError(usage)
    out: dict[str, dict[str, str]] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise IngestError(usage)
        name = entry["file"]
        if name in out:
            raise IngestError(
                f"{path}: two entries for {name}: give each file one entry; nothing imported"
            )
        given = {k: v.strip() for k in MANIFEST_FIELDS if isinstance(v := entry.get(k), str)}
        if given.get("lang"):
            given["lang"] = given["lang"].lower()
        out[name] = {k: v for k, v in given.items() if v}
        try:
            _checked(RawDocument(b"", name, **out[name]))
        except ValidationError as exc:
            raise ValidationError(f"{path}: the entry for {name}: {exc}") from None
    return out


def read_file(path: Path) -> bytes:
    """A file's bytes, refusing one over the import limit without reading it all."""
    try:
        with path.open("rb") as fh:
            return read_limited(fh, str(path))
    except FileNotFoundError as exc:
        raise IngestError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise IngestError(f"{path}: is a directory") from exc
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from exc


def read_limited(stream: BinaryIO, label: str) -> bytes:
    """At most the import limit from `stream` (a file, stdin); more is refused, unread."""
    data = stream.read(ingest.MAX_BYTES + 1)
    if len(data) > ingest.MAX_BYTES:
        raise IngestError(
            f"{label}: larger than {ingest.MAX_BYTES // (1024 * 1024)} MB; refusing to import"
        )
    return data


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One imported (or already present) source."""

    source: Source
    statements: int
    duplicate: bool
    update_of: LikelyUpdate | None = None
    """The earlier source this new one looks like an update of (or was said to be, with
    `update_of`): a wire story sent again with a line changed is no exact duplicate."""
    carried: int = 0
    """Statements that took over their unchanged twin's annotations (`update_of` given)."""


def import_documents(
    store: Store,
    raws: Sequence[RawDocument],
    progress: Callable[[int], None] | None = None,
    update_of: str | None = None,
) -> list[ImportResult]:
    """Import documents in ONE durable write; any bad document refuses the whole batch.

    Re-importing a text already in the store (same content hash) is a no-op reported as
    `duplicate`; a new text most of whose statements a stored source has word for word is
    imported, its result naming that source (`ImportResult.update_of`). `update_of` (a
    source, as `find_source` reads it) says the one document is an update of it: each
    unchanged statement takes over its twin's speaker, claim, narration mark and note in
    the same write (one undo), so only what changed waits for review; an article sharing
    no statement with it is refused. Every document's date and reliability are checked
    before any file is read; `progress` is called with the number of files read so far.
    """
    earlier = None
    if update_of is not None:
        if len(raws) != 1:
            raise ValidationError(
                f"an update of a source is one article: {len(raws)} files given (import them "
                "one at a time, each with the source it updates)"
            )
        from claimtrack.services.lookup import find_source

        earlier = find_source(store, update_of).id  # refused before any file is read
    with gc_paused():
        return _import(store, raws, progress, earlier)


def _import(
    store: Store,
    raws: Sequence[RawDocument],
    progress: Callable[[int], None] | None,
    earlier: str | None = None,
) -> list[ImportResult]:
    # An address typed with a space around it, or only a space, as source edit takes it
    # (copied only then: `replace` of every document cost ~1 ms per 300).
    raws = [
        raw if (url := (raw.url or "").strip() or None) == raw.url else replace(raw, url=url)
        for raw in raws
    ]
    for i, raw in enumerate(raws):
        try:
            raws[i] = raw = _checked(raw)
        except ValidationError as exc:
            if len(raws) > 1 and raw.filename:  # one of several: say whose (a manifest's
                raise ValidationError(f"{raw.filename}: {exc}") from None  # own: read_manifest)
            raise
        if looks_like_store(raw.data):
            raise IngestError(
                f"{raw.filename or 'input'}: is a claimtrack store, not an article "
                f"(to bring one store's work into another, export json and import that)"
            )
    # Texts already stored are not segmented (a folder imported again); one stored by
    # another writer meanwhile is a duplicate below all the same, one removed is segmented.
    stored = store.indexed_values("sources", "hash")
    prepared = prepare([(raw.data, raw.filename, raw.lang) for raw in raws], stored, progress)
    # Reading a large folder takes a while: a text another writer removed meanwhile (an
    # undo) is segmented now, not under the lock. One removed between here and the lock is
    # segmented under it, below (a window of a refresh, not of the whole read).
    store.refresh()
    prepared = segment_unstored(prepared, store.indexed_values("sources", "hash"))
    if earlier is None:  # the sources' lines indexed before the lock, not under it (~30 ms)
        updates.index_sources(store)
    results: list[ImportResult] = []
    names = ", ".join(p.doc.title for p in prepared)
    summary = f"import {counted(len(prepared), 'document')}: {names}"[:200]
    # A Ctrl-C while the import is written must not leave it in the store, reported aborted.
    with written_whole(store.transaction("import", summary), results) as tx:
        seen: dict[str, Source] = {}
        # One draw for every new source and its statements, in the order they are handed out
        # (source, its statements, next source ...): the same ids as drawing one at a time.
        stored = store.indexed_values("sources", "hash")
        spans_of: dict[str, list[tuple[int, int]]] = {}  # each new text's sentences
        for p in prepared:
            if p.doc.hash not in stored and p.doc.hash not in spans_of:
                spans_of[p.doc.hash] = (
                    p.spans if p.spans is not None else ingest.segment(p.doc.text, p.doc.lang)
                )
        # the first document of each new text: 1 + its statements
        sizes = {digest: 1 + len(spans) for digest, spans in spans_of.items()}
        ids = tx.new_ids(sum(sizes.values()))
        taken = 0  # ids handed out so far
        # Every new statement, put at once in id order (`Statement.docs_in_id_order`).
        statement_ids: list[str] = []
        sources: list[str] = []
        all_spans: list[tuple[int, int]] = []
        narration: list[int] = []  # positions in those lists
        carry: dict[int, dict[str, Any]] = {}  # position -> the fields its twin hands over
        if earlier is not None and store.doc("sources", earlier) is None:
            raise ValidationError(f"source {earlier} was removed meanwhile: nothing imported")
        for raw, p in zip(raws, prepared, strict=True):
            doc, digest = p.doc, p.doc.hash
            existing = store.ids_where("sources", "hash", digest)
            if existing or digest in seen:
                src = seen.get(digest) or store.get(Source, sorted(existing)[0])
                assert src is not None
                count = len(store.ids_where("statements", "source", src.id)) if existing else 0
                results.append(ImportResult(src, count, duplicate=True))
                continue
            src = Source(
                id=ids[taken],
                title=doc.title,
                text=doc.text,
                hash=digest,
                lang=doc.lang,
                outlet=raw.outlet,
                url=raw.url,
                published=raw.published,
                reliability=raw.reliability,
                filename=raw.filename,
                imported=store.now(),
            )
            tx.put(src)
            seen[digest] = src
            spans = spans_of[digest]
            first, taken = taken + 1, taken + 1 + len(spans)
            at = len(statement_ids)
            statement_ids += ids[first:taken]
            sources += repeat(src.id, len(spans))
            all_spans += spans
            # page furniture: kept, but nobody's claim
            found = p.narration if p.spans is not None else ingest.furniture(doc.text, spans)
            narration += [at + k for k in sorted(found or ())]
            update, handed = _earlier_version(store, earlier, raw, doc.text, spans)
            for k, fields in handed.items():
                carry[at + k] = fields
            results.append(ImportResult(src, len(spans), False, update, len(handed)))
        docs = Statement.docs_in_id_order(statement_ids, sources, all_spans, narration)
        for k, fields in carry.items():
            docs[statement_ids[k]].update(fields)
        tx.put_new_docs(Statement.TABLE, docs)
        indexed = updates.seen_sources(store)  # (up to date if `likely_update` looked)
    new = [(r.source.id, r.source.text) for r in results if not r.duplicate]
    updates.written(store, indexed, new)
    return results


def _checked(raw: RawDocument) -> RawDocument:
    """`raw` with its metadata checked and read as it is stored: a date as a desk types it
    ("14.10.2025") as YYYY-MM-DD, an outlet cleaned as a typed name is."""
    if raw.published is not None:  # "14.10.2025" as a Russian desk types it
        raw = replace(raw, published=read_date(raw.published, "published date"))
    check_published(raw.published)
    check_url(raw.url or None, "source URL")
    if raw.reliability is not None:
        check_reliability(raw.reliability)
    if raw.outlet is not None:  # typed or from a manifest: cleaned as a name is
        cleaned = check_typed(raw.outlet, "outlet")
        if cleaned != raw.outlet:
            raw = replace(raw, outlet=cleaned)
    return raw


def _earlier_version(
    store: Store,
    earlier: str | None,
    raw: RawDocument,
    text: str,
    spans: Sequence[tuple[int, int]],
) -> tuple[LikelyUpdate | None, dict[int, dict[str, Any]]]:
    """The stored source a new text updates, and what its statements (by position) take
    over from their unchanged twins: from `earlier` when the analyst named it (refused if
    it shares no statement), else the likely one found (`likely_update`), nothing taken."""
    if earlier is None:
        return likely_update(store, text, spans), {}
    pairs = twins(store, earlier, text, spans)
    if not pairs:
        raise ValidationError(
            f"{raw.filename or 'the article'}: none of its statements is one of source "
            f"{earlier}'s word for word: not an update of it (nothing imported)"
        )
    title = store.docs("sources")[earlier]["title"]
    own = marked_itself(store, earlier)
    handed = {
        k: fields for k, twin in pairs.items() if (fields := carried(twin, auto=twin["id"] in own))
    }
    return LikelyUpdate(earlier, title, len(pairs), len(spans)), handed


_STORE_MARK = re.compile(rb'"app"\s*:\s*"claimtrack"')


def looks_like_store(data: bytes) -> bool:
    """True for a claimtrack store file (or its journal): its metadata names the app."""
    return data.lstrip()[:1] == b"{" and _STORE_MARK.search(data) is not None


def looks_like_graph_export(data: bytes) -> bool:
    """True for a claimtrack node-link JSON export (restored rather than read as text)."""
    head = data[:4096].lstrip()
    return head.startswith(b"{") and b'"claimtrack"' in data[:1_000_000] and b'"nodes"' in data


def restore_graph(store: Store, data: bytes, filename: str | None = None) -> dict[str, int]:
    """Restore a `json` export into the store in one write; returns records added per table.

    Records already present with identical content are skipped; a record whose id exists
    with different content refuses the whole restore.
    """
    import json

    from claimtrack.errors import IngestError, ValidationError
    from claimtrack.export.restore import snapshot_from_node_link

    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, ValueError) as exc:
        raise IngestError(f"{filename or 'input'}: not valid JSON") from exc
    snap = snapshot_from_node_link(doc)
    tables = {
        "sources": snap.sources,
        "statements": snap.statements,
        "speakers": snap.speakers,
        "claims": snap.claims,
        "links": snap.links,
        "outcomes": snap.outcomes,
    }
    added: dict[str, int] = {}
    with store.transaction("restore", f"restore graph export {filename or ''}".strip()) as tx:
        for table, records in tables.items():
            added[table] = 0
            for id_, record in sorted(records.items()):
                if table == "sources":
                    same_text = store.ids_where("sources", "hash", record.hash) - {id_}  # type: ignore[attr-defined]
                    if same_text:
                        raise ValidationError(
                            f"cannot restore: source {id_} is already in the store as "
                            f"{sorted(same_text)[0]} (same text); restore into an empty store"
                        )
                existing = store.doc(table, id_)
                if existing is not None:
                    if existing != record.to_doc():
                        raise ValidationError(
                            f"cannot restore: {table[:-1]} {id_} already exists with other content"
                        )
                    continue
                if table == "speakers":  # two "Petra Halvik": every later lookup is ambiguous
                    try:
                        refuse_name_clash(store, record.names)  # type: ignore[attr-defined]
                    except ValidationError as clash:
                        raise ValidationError(
                            f"cannot restore: {clash} in this store; restore into an empty store"
                        ) from None
                tx.put(record)
                added[table] += 1
    return added
