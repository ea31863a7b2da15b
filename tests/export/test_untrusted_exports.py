"""Exports of desks built through the CLI with hostile names, notes and summaries."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import Runner

# DEL and the C1 controls: U+009B is a terminal's CSI (as ESC [ is), U+009D its OSC.
C1 = "\x7f\x85\x9b\x9d"


def _desk(cli: Runner, tmp_path: Path, speaker: str) -> str:
    """One statement said by `speaker`; its claim's id."""
    doc = tmp_path / "wire.txt"
    doc.write_text("The ministry said the bridge was hit.\n", "utf-8")
    cli("import", str(doc))
    (st,) = cli("statements", "--json").json()
    cli("speaker", "add", speaker, "--kind", "ministry")
    return cli("tag", st["id"], speaker, "--json").json()["claim"]


def test_the_json_export_writes_no_raw_c1_control(cli: Runner, tmp_path: Path) -> None:
    """`export -f json` (to a terminal by default) wrote DEL and C1 controls of a typed name
    raw, where the terminal obeys them; now each is a `\\u` escape that restores exactly."""
    name = f"Defence{C1}31mMinistry"
    _desk(cli, tmp_path, name)
    for fmt in ("json", "cytoscape", "aif", "claimreview"):
        out = cli("export", "-f", fmt).out
        assert not re.search("[\x7f-\x9f]", out), fmt
    out = cli("export", "-f", "json").out
    assert "Defence\\u007f\\u0085\\u009b\\u009d31mMinistry" in out
    speakers = [n["record"] for n in json.loads(out)["nodes"] if n["type"] == "speaker"]
    assert [s["name"] for s in speakers] == [name]  # the restore gets the name back whole
