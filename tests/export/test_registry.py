"""The registry and `export()`: every format present, errors typed, headless imports."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from claimtrack.errors import ExportError
from claimtrack.export import EXPORTERS, Exporter, ExportFilter, claims_written, export
from claimtrack.export import render as render_module
from claimtrack.snapshot import Snapshot
from tests.export.desk import build, crowded_records

FORMATS = (
    "json",
    "graphml",
    "gexf",
    "cytoscape",
    "dot",
    "svg",
    "png",
    "mermaid",
    "csv",
    "excel",
    "claimreview",
    "aif",
    "argdown",
    "md",
)


def test_every_format_is_registered_in_display_order() -> None:
    assert tuple(EXPORTERS) == FORMATS
    for name, exporter in EXPORTERS.items():
        assert isinstance(exporter, Exporter)
        assert exporter.name == name
        assert exporter.suffix.startswith(".")
        assert exporter.description
    assert [n for n, e in EXPORTERS.items() if e.binary] == ["png", "excel"]


def test_unknown_format_is_an_export_error(war_desk: Snapshot) -> None:
    with pytest.raises(
        ExportError, match=r"unknown export format 'pdf' \(expected one of: aif, argdown, "
    ):
        export(war_desk, "pdf")


def test_export_applies_filters(war_desk: Snapshot) -> None:
    whole = export(war_desk, "csv").decode()
    narrowed = export(war_desk, "csv", ExportFilter(sides=("azerbaijan",))).decode()
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(narrowed))}
    assert "ccivil" in whole and "ccivil" not in rows and "ctroops" in rows
    # a claim left out is still named as the rival of one kept (the side filter is how an
    # analyst looks for cross-side contradictions)
    assert any("ccivil" in r["contradicts"] for r in rows.values())
    brief = export(war_desk, "md", ExportFilter(sides=("azerbaijan",))).decode()
    assert "more to claims outside this selection" in brief
    # the section says by what, rather than "no claim is contradicted"
    assert "### Contested by claims outside this selection" in brief
    assert "No claim is contradicted" not in brief and "contradicts claim ccivil" in brief
    assert "more to claims outside" not in export(war_desk, "md").decode()


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_rendering_without_graphviz_says_how_to_fix_it(
    war_desk: Snapshot, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render_module.shutil, "which", lambda _name: None)
    with pytest.raises(ExportError) as info:
        export(war_desk, fmt)
    assert str(info.value) == (
        "Graphviz 'dot' is not installed; install graphviz or export --format dot"
    )


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f not in ("svg", "png")])
def test_empty_snapshot_exports(fmt: str) -> None:
    assert export(Snapshot(), fmt)


def test_export_package_never_loads_textual_or_rich() -> None:
    code = (
        "import sys, claimtrack.export, claimtrack.export.restore\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_a_mermaid_export_too_long_for_mermaid_says_so() -> None:
    long = "Artillery struck the outskirts of Stepanakert overnight, officials said " * 2
    small = build(crowded_records(40, 0, long))
    big = build(crowded_records(400, 0, long))  # ~230 characters a node, over 50,000
    assert claims_written(EXPORTERS["mermaid"], small) == "45 claims"
    said = claims_written(EXPORTERS["mermaid"], big)
    assert said.startswith("405 claims; too big for Mermaid's default settings: ")
    size = len(export(big, "mermaid").decode().encode("utf-16-le")) // 2
    assert f"{size:,} characters (at most 50,000)" in said
