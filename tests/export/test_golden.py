"""Golden files: each text format's output for the war desk, byte for byte.

Regenerate after an intended change with `CLAIMTRACK_UPDATE_GOLDEN=1 uv run pytest tests/export`
and review the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimtrack.export import EXPORTERS, export
from claimtrack.snapshot import Snapshot

GOLDEN = Path(__file__).parent / "golden"
# svg and png come from the installed Graphviz, whose output changes between versions.
TEXT_FORMATS = [name for name in EXPORTERS if name not in ("svg", "png")]


def golden_path(fmt: str) -> Path:
    """`golden/<format>.<last part of the suffix>`, e.g. golden/aif.json."""
    return GOLDEN / f"{fmt}{Path('x' + EXPORTERS[fmt].suffix).suffix}"


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_matches_golden_file(war_desk: Snapshot, fmt: str) -> None:
    output = export(war_desk, fmt)
    path = golden_path(fmt)
    if os.environ.get("CLAIMTRACK_UPDATE_GOLDEN") == "1":
        path.write_bytes(output)
    assert path.exists(), f"no golden file {path.name}; run with CLAIMTRACK_UPDATE_GOLDEN=1"
    assert output == path.read_bytes(), f"{fmt} output changed; see {path}"
