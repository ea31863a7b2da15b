"""The ingest package stays headless and cheap to import."""

from __future__ import annotations

import subprocess
import sys

import claimtrack.ingest as ingest


def test_public_api() -> None:
    assert sorted(ingest.__all__) == sorted(
        [
            "MAX_BYTES",
            "Document",
            "read_document",
            "read_documents",
            "detect_language",
            "detect_languages",
            "furniture",
            "segment",
            "content_hash",
        ]
    )
    assert ingest.MAX_BYTES == 10 * 1024 * 1024


def test_importing_loads_no_ui_library_and_no_html_extractor() -> None:
    code = (
        "import sys, claimtrack.ingest; "
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules} "
        "& {'textual', 'rich', 'trafilatura', 'lxml'})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_documents_are_frozen() -> None:
    import dataclasses

    import pytest

    doc = ingest.read_document(b"Officials said 1,166 troops died.", "a.txt")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "changed"  # type: ignore[misc]
