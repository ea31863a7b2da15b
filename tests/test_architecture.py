"""The headless core never loads the UI libraries, and every command documents itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from claimtrack.cli.main import cli, main

CORE_MODULES = [
    "claimtrack.model",
    "claimtrack.store",
    "claimtrack.ingest",
    "claimtrack.attribution",
    "claimtrack.attribution.morphology",
    "claimtrack.attribution.places",
    "claimtrack.attribution.same_speaker",
    "claimtrack.quantities",
    "claimtrack.suggest",
    "claimtrack.export",
    "claimtrack.evaluation.attribution",
    "claimtrack.evaluation.links",
    "claimtrack.evaluation.scratch",
    "claimtrack.services.annotate",
    "claimtrack.services.exporting",
    "claimtrack.services.importing",
    "claimtrack.services.queries",
    "claimtrack.services.linking",
    "claimtrack.services.history",
    "claimtrack.services.integrity",
    "claimtrack.demo",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_loads_neither_textual_nor_rich(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'}); "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulled in {out.stdout.strip()}"


@pytest.mark.parametrize("module", ["claimtrack.ingest", "claimtrack.attribution"])
def test_ingest_and_attribution_stand_below_the_store(module: str, tmp_path: Path) -> None:
    """Reading documents and suggesting speakers work on text alone: they never load the store,
    not even to save the language model's cache (`claimtrack.durable` serves both)."""
    code = (
        f"import sys, {module}; from claimtrack.ingest import detect_language; "
        "assert detect_language('Presiden Azerbaijan mengatakan pasukannya akan maju.') == 'id'; "
        "print(','.join(sorted(m for m in sys.modules if m.startswith('claimtrack.store'))))"
    )
    env = {**os.environ, "CLAIMTRACK_CACHE": str(tmp_path / "cache")}  # saved afresh
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "", f"{module} pulled in {out.stdout.strip()}"
    assert any((tmp_path / "cache").glob("langid-*/meta.json"))


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for name, cmd in sorted(group.commands.items()):
        if isinstance(cmd, click.Group):
            out += _commands(cmd, (*prefix, name))
        else:
            out.append((*prefix, name))
    return out


from claimtrack.cli import commands_annotate, commands_query, commands_store  # noqa: E402,F401

ALL_COMMANDS = _commands(cli)


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(
    path: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*path, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Example" in out
    assert "claimtrack " + " ".join(path) in out or path[-1] in out


def test_the_contract_commands_all_exist() -> None:
    contract = {
        ("tui",),
        ("demo",),
        ("init",),
        ("import",),
        ("statements",),
        ("speaker", "add"),
        ("speaker", "list"),
        ("tag",),
        ("link",),
        ("outcome",),
        ("suggest", "links"),
        ("export",),
        ("check",),
    }
    assert contract <= set(ALL_COMMANDS)
