"""Shared fixtures: a fixed analyst, a temp store path, and an in-process CLI runner."""

from __future__ import annotations

import hashlib
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from claimtrack.cli.main import main
from claimtrack.store import Store

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "demo"
SEED = REPO.parent / "shared" / "seed" / "000_0ff45245f30cb870.txt"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The suite (and the CLI processes it starts) caches into its own folder, not ~/.cache."""
    import os

    os.environ["CLAIMTRACK_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def _ctrl_c_raises() -> Iterator[None]:
    """Each test ends with Ctrl-C raising again: a command run through `CliRunner` (not
    `main`) holds it back once its work is done (`AfterTheWork`) and never gives it back,
    so every later test ran with a Ctrl-C that did nothing (the suite too)."""
    yield
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _analyst(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    monkeypatch.setenv("CLAIMTRACK_ANALYST", "tester")
    # Each test starts with no saved preferences (a theme chosen in one would paint the next).
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@dataclass
class Result:
    """What one CLI run produced."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        import json

        return json.loads(self.out)


Runner = Callable[..., Result]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store path in a fresh folder (not created yet)."""
    return tmp_path / "desk.json"


@pytest.fixture
def cli(db: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    """Run `claimtrack ARGS --db <db>` in-process and capture its output."""

    def run(*args: str, use_db: bool = True) -> Result:
        argv = [*args, "--db", str(db)] if use_db else list(args)
        capsys.readouterr()
        code = main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def digest(path: Path) -> str | None:
    """sha256 of a file (None when missing), to prove a refused operation changed nothing."""
    if not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def store_state(path: Path) -> tuple[str | None, str | None]:
    """Digest of the store file and its journal."""
    return digest(path), digest(Path(str(path) + ".journal"))


def another_writer_first(store: Store, monkeypatch: pytest.MonkeyPatch, change: Any) -> None:
    """Run `change` on another open store of the same file (another process: this one sees
    it only on its next refresh) just before this store's next transaction takes the lock,
    i.e. after the service looked up what it changes, as a process waiting for the lock
    would (tests/test_spans.py, tests/test_two_writers.py)."""
    assert store.path is not None
    enter = store.transaction

    def late(*args: Any, **kwargs: Any) -> Any:
        monkeypatch.setattr(store, "transaction", enter)
        other = Store.open(store.path)  # type: ignore[arg-type]
        try:
            change(other)
        finally:
            other.close()
        return enter(*args, **kwargs)

    monkeypatch.setattr(store, "transaction", late)
