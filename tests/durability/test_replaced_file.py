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
from tests.conftest import DEMO, Runner


@pytest.fixture
def large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Store]:
    """A store large enough not to fold on close (its journal keeps changes), holding "A"
    folded into its file: (file, journal, open store)."""
    monkeypatch.setattr(store_module, "SMALL_STORE_BYTES", 0)
    path = tmp_path / "desk.json"
    store = Store.open(path, create=True)
    add_speaker(store, "A")
    store.checkpoint()
    return path, Path(str(path) + ".journal"), store


def test_restoring_an_older_store_file_never_silently_drops_journalled_changes(
    tmp_path: Path, large: tuple[Path, Path, Store]
) -> None:
    path, journal, store = large
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


def test_a_change_saved_in_the_journal_is_not_reported_as_failed_when_the_fold_fails(
    cli: Runner, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk or a read-only folder made the fold on exit fail after the change was
    durable: the command exited 70 ("internal error"), and a retry tagged twice."""
    import errno

    from claimtrack.store.storage import AtomicJSONStorage

    cli("import", str(DEMO / "01_yerevan-herald_en.txt"))
    cli("speaker", "add", "Karabakh officials")
    statement = cli("statements", "--json").json()[1]["id"]
    real = AtomicJSONStorage.checkpoint

    def disk_full(self: AtomicJSONStorage, before_replace: object = None) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(AtomicJSONStorage, "checkpoint", disk_full)
    r = cli("tag", statement, "Karabakh officials")
    assert r.code == 0, r.err
    assert "warning: the change is saved in" in r.err and "No space left on device" in r.err
    lines = r.err.strip().splitlines()  # the warning once, then what was tagged (and replaced)
    assert "Traceback" not in r.err and sum(line.startswith("warning:") for line in lines) == 1
    assert sum("said by Karabakh officials" in line for line in lines) == 1
    r = cli("checkpoint")  # asked for by name, the fold fails in one line
    assert r.code != 0 and r.err.startswith("claimtrack: error: cannot fold the journal")
    assert len(r.err.strip().splitlines()) == 1
    monkeypatch.setattr(AtomicJSONStorage, "checkpoint", real)
    assert cli("statements", "--json").json()[1]["speaker"] is not None  # read from the journal
    assert cli("check").code == 0
    cli("note", statement, "folded now")  # the next writer folds both changes
    assert Path(str(db) + ".journal").read_bytes() == b""
    assert '"folded now"' in db.read_text()


def test_a_store_behind_a_symlink_is_written_through_it(cli: Runner, tmp_path: Path) -> None:
    """Writing replaced the symlink with a file of its own: the store it named never saw the
    change, and two links to one store did not lock each other out."""
    real = tmp_path / "shared" / "desk.json"
    real.parent.mkdir()
    link = tmp_path / "mine" / "desk.json"
    link.parent.mkdir()
    link.symlink_to(Path("..") / "shared" / "desk.json")
    assert (
        cli("import", str(DEMO / "01_yerevan-herald_en.txt"), "--db", str(link), use_db=False).code
        == 0
    )
    assert real.is_file() and link.is_symlink()  # created where the link points
    statement = cli("statements", "--json", "--db", str(link), use_db=False).json()[1]["id"]
    assert cli("note", statement, "through the link", "--db", str(link), use_db=False).code == 0
    assert link.is_symlink() and '"through the link"' in real.read_text()
    assert sorted(p.name for p in link.parent.iterdir()) == ["desk.json"]  # no journal, no lock
    assert (tmp_path / "shared" / "desk.json.lock").exists()


def test_a_read_only_store_is_left_as_it_is(cli: Runner, db: Path) -> None:
    """`chmod a-w` freezes a finished investigation: a write used to replace the file anyway
    (the rename needs only the folder), with a writable copy of the same name."""
    cli("import", str(DEMO / "01_yerevan-herald_en.txt"))
    statement = cli("statements", "--json").json()[1]["id"]
    db.chmod(0o444)
    before = db.read_bytes()
    for args in (("note", statement, "frozen?"), ("undo",), ("checkpoint",)):
        r = cli(*args)
        assert r.code == 3 and f"{db} is read-only; nothing was changed" in r.err, args
        assert len(r.err.strip().splitlines()) == 1 and "chmod u+w" in r.err
    assert db.read_bytes() == before and db.stat().st_mode & 0o777 == 0o444
    assert cli("statements", "--json").json()[1]["note"] is None  # reading still works
    assert cli("check").code == 0
    db.chmod(0o644)
    assert cli("note", statement, "thawed").code == 0


def test_a_frozen_empty_store_is_not_touched_by_a_refused_write(cli: Runner, db: Path) -> None:
    """A write to an empty store claims it (moves its mtime, so a refused first command
    started with it keeps it): on a frozen one the write is refused, and the file must stay
    exactly as it was, its time too (backups and sync tools go by it)."""
    assert cli("init").code == 0
    db.chmod(0o444)
    before = db.stat().st_mtime_ns
    r = cli("speaker", "add", "Putin")
    assert r.code == 3 and f"{db} is read-only; nothing was changed" in r.err
    assert db.stat().st_mtime_ns == before
    db.chmod(0o644)


def test_a_store_made_read_only_after_a_change_keeps_it_in_the_journal(
    large: tuple[Path, Path, Store],
) -> None:
    """The fold on close must not replace a file made read-only while changes waited."""
    path, journal, store = large
    add_speaker(store, "B")  # journalled, not folded (a large store)
    path.chmod(0o444)
    before = path.read_bytes()
    store._fold_locked()
    assert path.read_bytes() == before and journal.stat().st_size > 0
    assert store.fold_error and "is read-only" in store.fold_error
    path.chmod(0o644)
    assert "B" in [d["name"] for d in Store.open(path).docs("speakers").values()]


def test_a_colleagues_newer_copy_over_pending_changes_is_refused_not_taken(
    tmp_path: Path, large: tuple[Path, Path, Store]
) -> None:
    """The file's change count passed the journal's, so the journal's changes were taken for
    folded: a `git pull` of a colleague's store silently dropped them and emptied the journal."""
    path, journal, store = large
    colleague_path = tmp_path / "colleague" / "desk.json"
    colleague_path.parent.mkdir()
    shutil.copy(path, colleague_path)
    colleague = Store.open(colleague_path)
    for name in ("X", "Y", "Z"):
        add_speaker(colleague, name)
    colleague.checkpoint()  # three changes ahead, folded
    add_speaker(store, "Mine")  # acknowledged, waiting in the journal
    pending = journal.read_bytes()
    shutil.copy(colleague_path, path)  # `git pull`
    with pytest.raises(StoreError, match="not the file its journal belongs to"):
        Store.open(path)
    assert journal.read_bytes() == pending


def test_a_journal_that_cannot_be_read_or_written_is_a_store_error(
    cli: Runner, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal replaced by a folder, or a disk that fills while appending, is a fault of the
    store (exit 3 with the journal's name), not an unexplained exit 1; the refused change
    is not acknowledged and the store reads as before."""
    import errno
    import os

    import claimtrack.store.journal as journal_module

    cli("speaker", "add", "Karabakh officials")
    before = db.read_bytes()
    journal = Path(str(db) + ".journal")
    journal.unlink(missing_ok=True)
    journal.mkdir()
    r = cli("speaker", "list")
    assert r.code == 3 and r.err.startswith("claimtrack: error: cannot read the journal")
    assert len(r.err.strip().splitlines()) == 1
    journal.rmdir()

    def disk_full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal_module.os, "write", disk_full)
    r = cli("speaker", "add", "Azerbaijan MoD")
    assert r.code == 3, r.err
    assert "cannot write the journal" in r.err and "No space left on device" in r.err
    assert "was not saved" in r.err and len(r.err.strip().splitlines()) == 1
    monkeypatch.setattr(journal_module.os, "write", os.write)
    assert db.read_bytes() == before
    names = [s["name"] for s in cli("speaker", "list", "--json").json()]
    assert names == ["Karabakh officials"]
