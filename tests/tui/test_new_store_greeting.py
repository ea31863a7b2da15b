"""The TUI's first notification of a new store is true of this process, as `init` is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import claimtrack.services.context as context
import claimtrack.tui.app as tui_app
from claimtrack.store import Store


class _Shown:
    """Stands in for the app: what `run` would have notified first."""

    def __init__(self) -> None:
        self.greetings: list[str] = []

    def make_app(self, store: Store, **kwargs: Any) -> _Shown:
        self.greetings.append(kwargs.get("greeting", ""))
        return self

    def run(self) -> None:
        pass


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> _Shown:
    app = _Shown()
    monkeypatch.setattr(tui_app, "make_app", app.make_app)
    return app


def test_a_store_the_tui_creates_is_named_as_new(tmp_path: Path, shown: _Shown) -> None:
    db = tmp_path / "desk-typo.json"
    tui_app.run(str(db))
    assert shown.greetings == [f"new empty store {db}: press i to import articles"]


def test_a_store_another_process_created_as_the_tui_opened_is_not_called_new(
    tmp_path: Path, shown: _Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another `init` (or TUI) created the store between the look for it and the open: this
    TUI did not create it, and must not say it did (as `init` does not)."""
    db = tmp_path / "desk.json"
    open_store = context.open_store

    def raced(path: Any = None, *, create: bool = False) -> Store:
        Store.open(db, create=True).close()  # the other process, a moment before
        return open_store(path, create=create)

    monkeypatch.setattr(context, "open_store", raced)
    tui_app.run(str(db))
    assert shown.greetings == [""]
    assert db.exists()
