"""A store file replaced behind claimtrack's back (git checkout, a backup, a sync tool) while the
journal still holds acknowledged changes must never make those changes vanish silently."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import claimtrack.store.store as store_module
from claimtrack.errors import StoreError
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store


def test_restoring_an_older_store_file_never_silently_drops_journalled_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "SMALL_STORE_BYTES", 0)  # a large store: no fold on close
    path = tmp_path / "desk.json"
    journal = Path(str(path) + ".journal")
    store = Store.open(path, create=True)
    add_speaker(store, "A")
    store.checkpoint()
    shutil.copy(path, tmp_path / "committed.json")  # the version committed to git
    add_speaker(store, "B")
    store.checkpoint()
    add_speaker(store, "C")  # acknowledged: one fsync'd journal line, not yet folded
    shutil.copy(path, tmp_path / "newer.json")
    shutil.copy(tmp_path / "committed.json", path)  # `git checkout HEAD~ -- desk.json`
    pending = journal.read_bytes()

    with pytest.raises(StoreError, match="older than its journal"):
        Store.open(path)
    assert journal.read_bytes() == pending  # the acknowledged change is still there to recover
    shutil.copy(tmp_path / "newer.json", path)  # restoring the newer file recovers everything
    names = {d["name"] for d in Store.open(path).docs("speakers").values()}
    assert names == {"A", "B", "C"}
