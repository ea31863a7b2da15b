"""A command starts with only what it needs: `--version` and `tag` paid ~0.3-0.6 s for every
command's imports (ingest's numpy, the attribution package, Rich) before doing anything.

Checked by what a fresh process has imported when the command is done, never by a clock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.desk import EN, imported, statement_with
from tests.conftest import Runner

PROBE = (
    "import json, os, sys\n"
    "from claimtrack.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "with open(os.environ['PROBE_OUT'], 'w') as fh:\n"
    "    json.dump({'code': code, 'modules': sorted(sys.modules)}, fh)\n"
)

# What no command below needs: the TUI, ingest's arrays and parsers, exports' graphs.
NEVER = ("textual", "numpy", "trafilatura", "networkx", "claimtrack.ingest", "claimtrack.tui")


def loaded(tmp_path: Path, *args: str) -> set[str]:
    """The modules a fresh `claimtrack ARGS` has imported once it is done (it must succeed);
    its output goes into a pipe, as a script's does."""
    out = tmp_path / "modules.json"
    env = {**os.environ, "PROBE_OUT": str(out)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    assert report["code"] == 0, done.stderr
    return set(report["modules"])


def imported_any(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    """Which of `packages` (or a module inside one) is among `modules`."""
    return [p for p in packages if any(m == p or m.startswith(p + ".") for m in modules)]


@pytest.mark.parametrize("args", [("--version",), ("--help",)], ids=" ".join)
def test_version_and_help_load_no_service(tmp_path: Path, args: tuple[str, ...]) -> None:
    modules = loaded(tmp_path, *args)
    heavy = (*NEVER, "rich", "claimtrack.attribution", "claimtrack.store", "claimtrack.services")
    assert imported_any(modules, heavy) == []


@pytest.fixture
def small_store(cli: Runner, db: Path) -> tuple[Path, str]:
    """A store with one article and one speaker; and an untagged statement of it."""
    imported(cli, EN)
    assert cli("speaker", "add", "Karabakh officials").code == 0
    return db, statement_with(cli, "Martuni lies about")["id"]


def test_tag_loads_neither_ingest_nor_rich(tmp_path: Path, small_store: tuple[Path, str]) -> None:
    """`tag` needs the store and attribution (a proposed speaker's names are learned), not
    the importer's numpy nor Rich for its one line."""
    db, statement = small_store
    modules = loaded(tmp_path, "tag", statement, "Karabakh officials", "--db", str(db))
    assert imported_any(modules, (*NEVER, "rich", "claimtrack.suggest", "claimtrack.export")) == []
    assert "claimtrack.store" in modules  # (the probe ran the command)


@pytest.mark.parametrize("args", [("claims",), ("sources",), ("log",)], ids=" ".join)
def test_listing_into_a_pipe_loads_no_attribution(
    tmp_path: Path, small_store: tuple[Path, str], args: tuple[str, ...]
) -> None:
    """Lists that suggest no speaker load no attribution, and print into a pipe without Rich."""
    db, _ = small_store
    modules = loaded(tmp_path, *args, "--db", str(db))
    assert imported_any(modules, (*NEVER, "rich", "claimtrack.attribution")) == []


@pytest.mark.parametrize("opt_out", [False, True], ids=["cached", "opted-out"])
def test_compiled_modules_are_cached_even_under_pythondontwritebytecode(
    tmp_path: Path, opt_out: bool
) -> None:
    """Under PYTHONDONTWRITEBYTECODE (Docker images, CI machines) every command compiled its
    modules again, ~40% of `claimtrack tag` on a large store. They are cached in claimtrack's
    cache folder, never beside the sources; CLAIMTRACK_NO_BYTECODE_CACHE=1 writes none."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "CLAIMTRACK_CACHE": str(tmp_path)}
    env.pop("PYTHONPYCACHEPREFIX", None)
    if opt_out:
        env["CLAIMTRACK_NO_BYTECODE_CACHE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", "from claimtrack.cli.start import entry; entry()", "--version"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("claimtrack")
    if opt_out:
        assert not (tmp_path / "pycache").exists()
    else:
        compiled = {p.name.split(".")[0] for p in tmp_path.glob("pycache/**/claimtrack/cli/*")}
        assert "main" in compiled, compiled
