"""Importing the folder that holds the store: the store's own files are not articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store
from tests.cli.desk import EN, EN_DENIAL
from tests.conftest import Runner, store_state


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A desk's folder, the working directory: two reports and the default store (one of
    them imported, so the store, its journal and its lock lie beside the articles)."""
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_bytes(EN.read_bytes())
    (folder / "b.txt").write_bytes(EN_DENIAL.read_bytes())
    monkeypatch.chdir(folder)
    return folder


def test_importing_the_folder_holding_the_store_skips_the_stores_files(
    cli: Runner, desk: Path
) -> None:
    """`claimtrack import .` beside ./claimtrack.json refused the whole import:
    "claimtrack.json.journal: empty (nothing but whitespace)", exit 1, nothing imported."""
    assert cli("import", "a.txt", use_db=False).code == 0
    assert {p.name for p in desk.iterdir()} >= {"claimtrack.json", "claimtrack.json.journal"}
    (desk / ".claimtrack.json.k2j4h1x0.tmp").write_bytes(b'{\n "events": {')  # a fold cut off
    r = cli("import", ".", use_db=False)
    assert r.code == 0, r.err
    assert [line for line in r.err.splitlines() if line.startswith("skipped ")] == [
        "skipped .claimtrack.json.k2j4h1x0.tmp: a temporary copy left by a fold of the store "
        "this import writes to",
        "skipped claimtrack.json: the store this import writes to",
        "skipped claimtrack.json.journal: the journal of the store this import writes to",
        "skipped claimtrack.json.lock: the lock file of the store this import writes to",
    ]
    assert "already imported: " in r.err and "imported " in r.err
    assert len(cli("sources", "--json", use_db=False).json()) == 2


def test_another_stores_files_in_the_folder_are_skipped_and_said_so(
    cli: Runner, db: Path, desk: Path
) -> None:
    """A colleague's store (whatever its name ends with) with changes still in its journal,
    beside the articles, imported into a store elsewhere: neither is read as an article."""
    colleague = Store.open(desk / "colleague.db", create=True)
    import_documents(colleague, [RawDocument(b"Officials said the bridge stands.", "x.txt")])
    assert (desk / "colleague.db.journal").stat().st_size > 0  # not folded: still there
    r = cli("import", str(desk), "--json")
    assert r.code == 0, r.err
    assert [(Path(s["file"]).name, s["reason"]) for s in r.json()["skipped"]] == [
        ("colleague.db", "a claimtrack store, not an article"),
        ("colleague.db.journal", "the journal of the claimtrack store colleague.db"),
        ("colleague.db.lock", "the lock file of the claimtrack store colleague.db"),
    ]
    assert sorted(s["title"][:9] for s in r.json()["sources"]) == [
        "Defence M",
        "Karabakh ",
    ]


@pytest.mark.parametrize("name", ["claimtrack.json.journal", "claimtrack.json.lock"])
def test_naming_the_stores_journal_is_refused_in_one_line(
    cli: Runner, desk: Path, name: str
) -> None:
    """Named on its own, the journal was refused as "empty (nothing but whitespace)"."""
    assert cli("import", "a.txt", use_db=False).code == 0
    before = store_state(desk / "claimtrack.json")
    r = cli("import", name, "b.txt", use_db=False)
    assert r.code == 1 and r.out == ""
    what = "journal" if name.endswith("journal") else "lock file"
    assert r.err == (
        f"claimtrack: error: {name}: is the {what} of the store this import writes to, "
        "not an article; nothing was imported\n"
    )
    assert store_state(desk / "claimtrack.json") == before
