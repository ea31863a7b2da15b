"""What the CLI tests share: the demo's two Martuni reports and helpers to reach statements."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DEMO, Runner

EN = DEMO / "01_yerevan-herald_en.txt"  # "Karabakh accuses Baku of overnight strikes on Martuni"
EN_DENIAL = DEMO / "02_caspian-daily_en.txt"  # "Defence Ministry rejects Armenian claims over …"


def imported(cli: Runner, path: Path, *extra: str) -> dict:
    """Import one file; its `--json` source."""
    r = cli("import", str(path), "--json", *extra)
    assert r.code == 0, r.err
    return r.json()["sources"][0]


def statement_with(cli: Runner, needle: str) -> dict:
    """The one statement whose text holds `needle`."""
    hits = [s for s in cli("statements", "--json").json() if needle in s["text"]]
    assert len(hits) == 1, f"{needle!r} matched {len(hits)} statements"
    return hits[0]


def accusation_and_denial(cli: Runner) -> None:
    """Two English reports, the Karabakh officials and the Azerbaijani ministry registered."""
    imported(cli, EN)
    imported(cli, EN_DENIAL)
    cli("speaker", "add", "Karabakh officials", "--side", "armenia")
    cli("speaker", "add", "Azerbaijan defence ministry", "--side", "azerbaijan")
