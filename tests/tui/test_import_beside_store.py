"""The import dialog on the folder that holds the store: its own files are left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.model import Source
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store

from .conftest import app_for, press, settle, type_text


async def test_importing_the_stores_folder_leaves_its_files_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`i` then `.` in the folder of ./claimtrack.json refused the whole import: its journal
    was read as an article, "empty (nothing but whitespace)"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.txt").write_text("Officials said 12 people were hurt.\n", "utf-8")
    store = Store.open(tmp_path / "claimtrack.json", create=True, analyst="tester")
    import_documents(store, [RawDocument(b"The ministry denied it on Monday.", "first.txt")])
    assert (tmp_path / "claimtrack.json.journal").exists()
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        await type_text(pilot, ".")
        await press(pilot, "enter")
        await settle(pilot)
        said = [(n.severity, n.message) for n in app._notifications]
    assert [m for severity, m in said if severity == "error"] == []
    assert any(
        "left out 3 files (claimtrack.json, claimtrack.json.journal, claimtrack.json.lock)" in m
        for _, m in said
    ), said
    assert store.count(Source.TABLE) == 2
