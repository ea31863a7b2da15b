"""Exports of desks built through the CLI with hostile names, notes and summaries."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import Runner
from tests.export.desk import needs_dot

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


@needs_dot
def test_graphviz_draws_a_claim_with_a_very_long_summary(cli: Runner, tmp_path: Path) -> None:
    """The DOT tooltip carried the whole summary and link note; Graphviz refuses a quoted
    string holding more than 16 KiB without a quote or backslash, so `export -f svg` failed
    ("syntax error … longer than 16384?") for the whole desk."""
    claim = _desk(cli, tmp_path, "Defence Ministry")
    doc = tmp_path / "reply.txt"
    doc.write_text("The army said the bridge stood.\n", "utf-8")
    cli("import", str(doc))
    other = next(s for s in cli("statements", "--json").json() if not s["claim"])
    rival = cli("tag", other["id"], "Defence Ministry", "--json").json()["claim"]
    summary = "Кто " + "ab" * 9000 + " — конец"  # 18,000 characters, 18 KiB in one piece
    assert cli("claim", "edit", claim, "--summary", summary).code == 0
    assert cli("link", claim, rival, "--rel", "contradicts", "--note", "y" * 20_000).code == 0
    dot = tmp_path / "desk.dot"
    assert cli("export", "-f", "dot", "-o", str(dot)).code == 0
    done = subprocess.run(["dot", "-Tsvg", str(dot)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    svg = tmp_path / "desk.svg"
    r = cli("export", "-f", "svg", "-o", str(svg))
    assert r.code == 0, r.err
    ns, xlink = "{http://www.w3.org/2000/svg}", "{http://www.w3.org/1999/xlink}title"
    tips = [a.get(xlink) for a in ET.parse(svg).iter(f"{ns}a") if a.get(xlink)]
    assert any(t.startswith(f"{claim}: Кто abab") and t.endswith("…") for t in tips)
    assert any(t.startswith("contradicts: yyy") for t in tips)
