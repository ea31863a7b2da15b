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
