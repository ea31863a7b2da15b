"""The demo investigation builds from data/ and is what the README promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack.demo import build_demo_store, demo_manifest
from claimtrack.model import Source, Speaker
from claimtrack.services.integrity import check_store
from claimtrack.services.queries import list_statements
from claimtrack.store import Store
from tests.conftest import REPO


def test_the_demo_store_holds_every_document_in_its_language(tmp_path: Path) -> None:
    path = build_demo_store(tmp_path / "demo.json")
    store = Store.open(path)
    sources = store.all(Source)
    manifest = {m["file"]: m for m in demo_manifest()}
    assert {s.filename for s in sources} == set(manifest)
    for src in sources:
        assert src.lang == manifest[src.filename]["lang"]
        assert src.outlet == manifest[src.filename]["outlet"]
        assert src.published == manifest[src.filename]["published"]
    assert {s.lang for s in sources} == {"en", "id", "ru"}
    assert len(store.all(Speaker)) >= 10
    assert check_store(store) == []
    # The journal was folded: the file a user opens or commits holds everything.
    assert Path(str(path) + ".journal").read_bytes() == b""


def test_segmentation_of_the_demo_keeps_numbers_and_quotes_whole(tmp_path: Path) -> None:
    store = Store.open(build_demo_store(tmp_path / "demo.json"))
    texts = [row.text for row in list_statements(store)]
    assert any("1,166 troops" in t for t in texts)
    assert any("1.166" in t for t in texts)
    assert not any(t.endswith(("1.", "1,")) for t in texts)
    assert all(t == t.strip() and t for t in texts)


def test_most_demo_statements_get_a_speaker_suggestion_with_a_reason(tmp_path: Path) -> None:
    store = Store.open(build_demo_store(tmp_path / "demo.json"))
    rows = list_statements(store)
    suggested = [r for r in rows if r.suggestion is not None]
    assert len(suggested) >= len(rows) // 2
    assert all(r.suggestion.reason for r in suggested if r.suggestion)


def test_the_build_script_prints_the_store_path(tmp_path: Path) -> None:
    target = tmp_path / "built.json"
    out = subprocess.run(
        [sys.executable, str(REPO / "data" / "build_demo.py"), str(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == str(target)
    assert Store.open(target).count("sources") == len(demo_manifest())


def test_claimtrack_demo_opens_a_scratch_copy_that_says_where_it_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`claimtrack demo` lets the TUI build the copy (named on screen, deleted on quitting)."""
    import tempfile

    import claimtrack.tui.app as tui_app
    from claimtrack.cli.main import main

    opened: list[tuple[str | None, str, Path | None]] = []
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(
        tui_app, "run", lambda db, demo=False: opened.append(tui_app.opening(db, demo))
    )
    assert main(["demo"]) == 0
    ((db, greeting, scratch),) = opened
    assert db is not None and scratch == Path(db).parent and db in greeting
    assert "deleted when you quit" in greeting
