"""A lock file deleted while a writer holds it (a clean-up script, a refused create's discard):
a second writer then takes a new lock, and the first must not write over its change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack.errors import StoreBusyError
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store
from claimtrack.store import store as store_module

RUN = "import sys; from claimtrack.cli.main import main; sys.exit(main(sys.argv[1:]))"
ARTICLE = (
    b"Martuni shelled\n\nOfficials said the town was shelled overnight. The ministry denied it. "
    b"Residents said the shelling lasted until dawn.\n"
)


def _note(store: Store, statement: str, text: str) -> None:
    with store.transaction("note", f"note {text}") as tx:
        doc = dict(store.doc("statements", statement) or {})
        doc["note"] = text
        tx.put_doc("statements", doc)


@pytest.mark.parametrize("large", [False, True])
def test_a_writer_whose_lock_file_was_deleted_refuses_and_loses_no_one_elses_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large: bool
) -> None:
    """A durability review: writer A held the lock when its file was deleted; B (the CLI)
    took a new one, wrote and was acknowledged; A's append then cut B's line from the
    journal (a large store) or padded a folded journal with zeros (a small one)."""
    if large:  # the journal keeps its changes, as on a store of 100k statements
        monkeypatch.setattr(store_module, "SMALL_STORE_BYTES", 0)
    db = tmp_path / "desk.json"
    a = Store.open(db, create=True, analyst="A")
    import_documents(a, [RawDocument(ARTICLE, "wire.txt", lang="en")])
    first, second, third = sorted(a.docs("statements"))[:3]
    _note(a, first, "A0")
    refused = pytest.raises(StoreBusyError, match="was removed while this change was being made")
    with refused, a.transaction("note", "A slow note") as tx:
        os.unlink(f"{db}.lock")
        b = subprocess.run(
                [sys.executable, "-c", RUN, "--db", str(db), "note", second, "B-ACKED"],
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
        assert b.returncode == 0, b.stderr
        doc = dict(a.doc("statements", third) or {})
        doc["note"] = "A1"
        tx.put_doc("statements", doc)
    a.close()
    again = Store.open(db)
    notes = [(again.doc("statements", s) or {}).get("note") for s in (first, second, third)]
    assert notes == ["A0", "B-ACKED", None]  # A was told its note was not written


def test_a_journal_another_writer_appended_to_is_never_cut(tmp_path: Path) -> None:
    """The journal itself refuses to cut whole changes past what this writer read, whatever
    the lock says (a torn tail, which reads as no change, is still cut)."""
    from claimtrack.errors import StoreError
    from claimtrack.store import journal

    db = tmp_path / "desk.json"
    store = Store.open(db, create=True, analyst="A")
    store.close()
    path = Path(f"{db}.journal")
    entry = journal.Entry(1, {"id": "e1", "seq": 1, "changes": []})
    size = journal.append(path, entry, 0)
    with pytest.raises(StoreError, match="changed by another process"):
        journal.append(path, journal.Entry(1, {"id": "e2", "seq": 1, "changes": []}), 0)
    assert path.stat().st_size == size
    with path.open("ab") as fh:
        fh.write(b'{"seq":2,"crc":1,"ev')  # a crash mid-append
    assert journal.append(path, journal.Entry(2, {"id": "e3", "seq": 2, "changes": []}), size)
    assert [e.event["id"] for e in journal.read_entries(path)[0]] == ["e1", "e3"]


@pytest.mark.parametrize("retry", ["Pashinyan, Prime Minister of Armenia", "Assad"])
def test_a_line_read_by_a_reader_then_cut_back_out_loses_no_later_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, retry: str
) -> None:
    """A review: a journal line whose sync failed was cut back out just after the TUI had
    read it; the TUI's offset then pointed into the next writer's line, and its own append
    cut that acknowledged change (and its own was dropped as torn)."""
    import errno

    from claimtrack.errors import StoreError
    from claimtrack.store import journal as journal_module

    monkeypatch.setattr(store_module, "SMALL_STORE_BYTES", 0)  # changes stay in the journal
    db = tmp_path / "desk.json"

    def add(store: Store, name: str) -> None:
        with store.transaction("speaker.add", f"add speaker {name}") as tx:
            tx.put_doc("speakers", {"id": name.lower()[:7], "name": name, "aliases": [],
                                    "kind": "person", "side": None})  # fmt: skip

    cli = Store.open(db, create=True, analyst="cli")
    add(cli, "Aliyev")
    tui = Store.open(db, analyst="tui")
    real_fsync = os.fsync

    def fails_once_while_the_tui_polls(fd: int) -> None:
        monkeypatch.setattr(journal_module.os, "fsync", real_fsync)
        tui.refresh()  # the poll lands while the line waits for its sync
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(journal_module.os, "fsync", fails_once_while_the_tui_polls)
    with pytest.raises(StoreError, match="the change was not saved"):
        add(cli, "Putin")
    add(cli, retry)  # "Assad": a line the length of the one cut, a review's repro
    add(tui, "Lavrov")
    assert tui.doc("speakers", "putin") is None  # it reread the journal
    tui.close()
    cli.close()
    names = sorted(d["name"] for d in Store.open(db).docs("speakers").values())
    assert names == sorted(["Aliyev", "Lavrov", retry])


def test_a_fold_whose_lock_was_deleted_meanwhile_does_not_replace_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A review: the lock file deleted while a fold wrote its copy (seconds on a large store)
    let the CLI add a speaker and fold it in; the first fold's rename then replaced the file
    without it, and the journal was emptied."""
    from claimtrack.store import storage

    db = tmp_path / "desk.json"
    a = Store.open(db, create=True, analyst="A")
    import_documents(a, [RawDocument(ARTICLE, "wire.txt", lang="en")])
    real_chunks = storage._store_chunks

    def chunks_while_another_writes(data: dict) -> object:
        monkeypatch.setattr(storage, "_store_chunks", real_chunks)
        os.unlink(f"{db}.lock")
        b = subprocess.run(
            [sys.executable, "-c", RUN, "--db", str(db), "speaker", "add", "Putin"],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert b.returncode == 0, b.stderr
        return real_chunks(data)

    monkeypatch.setattr(storage, "_store_chunks", chunks_while_another_writes)
    with pytest.raises(StoreBusyError, match="was removed"):
        a.checkpoint()
    names = [d["name"] for d in Store.open(db).docs("speakers").values()]
    assert names == ["Putin"]
