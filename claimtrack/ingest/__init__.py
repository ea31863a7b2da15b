"""Importing documents: decoding, cleaning, language detection and sentence segmentation.

Pure functions over the bytes and strings they are given: no network I/O, no file I/O but
loading (and caching, see `langmodel`) the language model, and no Textual or Rich
(imported text is data, never markup).
"""

from __future__ import annotations

from claimtrack.ingest.document import MAX_BYTES, Document, read_document, read_documents
from claimtrack.ingest.furniture import furniture
from claimtrack.ingest.language import detect_language, detect_languages
from claimtrack.ingest.normalize import content_hash
from claimtrack.ingest.sentences import segment

__all__ = [
    "MAX_BYTES",
    "Document",
    "content_hash",
    "detect_language",
    "detect_languages",
    "furniture",
    "read_document",
    "read_documents",
    "segment",
]
