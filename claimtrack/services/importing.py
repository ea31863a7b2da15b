"""Importing documents: decode, segment and store each one as a source with its statements."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimtrack import ingest
from claimtrack.model import RELIABILITY_GRADES, Source, Statement, check_choice, check_date
from claimtrack.store import Store


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


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One imported (or already present) source."""

    source: Source
    statements: int
    duplicate: bool


def import_documents(
    store: Store,
    raws: Sequence[RawDocument],
    progress: Callable[[int], None] | None = None,
) -> list[ImportResult]:
    """Import documents in ONE durable write; any bad document refuses the whole batch.

    Re-importing a text already in the store (same content hash) is a no-op reported as
    `duplicate`.
    """
    prepared: list[tuple[RawDocument, ingest.Document, list[tuple[int, int]]]] = []
    for i, raw in enumerate(raws):
        check_date(raw.published, "published date")
        if raw.reliability is not None:
            check_choice(raw.reliability, RELIABILITY_GRADES, "reliability grade")
        doc = ingest.read_document(raw.data, raw.filename, raw.lang)
        spans = ingest.segment(doc.text, doc.lang)
        prepared.append((raw, doc, spans))
        if progress:
            progress(i + 1)
    results: list[ImportResult] = []
    names = ", ".join(doc.title for _, doc, _ in prepared)
    with store.transaction("import", f"import {len(prepared)} document(s): {names}"[:200]) as tx:
        seen: dict[str, Source] = {}
        for raw, doc, spans in prepared:
            digest = ingest.content_hash(doc.text)
            existing = store.ids_where("sources", "hash", digest)
            if existing or digest in seen:
                src = seen.get(digest) or store.get(Source, sorted(existing)[0])
                assert src is not None
                count = len(store.ids_where("statements", "source", src.id)) if existing else 0
                results.append(ImportResult(src, count, duplicate=True))
                continue
            src = Source(
                id=tx.new_id(),
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
            for start, end in spans:
                tx.put(Statement(id=tx.new_id(), source=src.id, start=start, end=end))
            results.append(ImportResult(src, len(spans), duplicate=False))
    return results
