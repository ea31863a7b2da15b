"""A batch of files made ready to store: read, segmented, and its page furniture found.

An import needs each new text's sentences and furniture, and only those of new texts: a
folder imported a second time is read (its hashes tell which texts are stored already) but
not segmented again.

Tried and left out: preparing a large batch in forked processes. On a 2-core machine it cost
22-57% more CPU, and the copy-on-write faults it left the parent slowed the store's part of
the import by as much as the shares saved (a whole import of 3,000 articles: 0.95-0.98x).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from claimtrack.ingest.document import Document, read_documents
from claimtrack.ingest.furniture import furniture
from claimtrack.ingest.sentences import segment

File = tuple[bytes, str | None, str | None]
"""What `read_documents` takes: the bytes, the file name, the language if given."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """One file made ready to store. `spans` and `narration` are None for a text already
    stored (`known`) or met earlier in the batch: it is not stored again."""

    doc: Document
    spans: list[tuple[int, int]] | None
    narration: set[int] | None
    """Indexes of `spans` that are page furniture (`ingest.furniture`)."""


def prepare(
    files: Sequence[File],
    known: Collection[str] = (),
    progress: Callable[[int], None] | None = None,
) -> list[Prepared]:
    """Read each file (`read_documents`), then segment it and find its furniture unless its
    text hash is in `known` or came earlier in `files`. `progress` is called with the
    number of files read so far; the first bad file raises its IngestError."""
    out: list[Prepared] = []
    seen: set[str] = set()
    for doc in read_documents(files, progress):
        if doc.hash in known or doc.hash in seen:
            out.append(Prepared(doc, None, None))
            continue
        seen.add(doc.hash)
        spans = segment(doc.text, doc.lang)
        out.append(Prepared(doc, spans, furniture(doc.text, spans)))
    return out


def segment_unstored(prepared: list[Prepared], stored: Collection[str]) -> list[Prepared]:
    """`prepared`, with the texts it left unsegmented as stored (`known`) that are stored no
    longer (`stored`: the hashes stored now) segmented after all, each once: a folder read
    while another writer undid its import. Done before the import takes the writer lock,
    which other writers wait for 3 s at most, so it holds it for the write alone (as the
    first `prepare` does: a folder of 20,000 undone would be segmented under it)."""
    seen = {p.doc.hash for p in prepared if p.spans is not None}
    out = prepared
    for k, p in enumerate(prepared):
        if p.spans is not None or p.doc.hash in stored or p.doc.hash in seen:
            continue
        seen.add(p.doc.hash)
        if out is prepared:
            out = list(prepared)
        spans = segment(p.doc.text, p.doc.lang)
        out[k] = Prepared(p.doc, spans, furniture(p.doc.text, spans))
    return out
