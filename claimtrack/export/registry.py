"""The exporter record and the registry every format module adds itself to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from claimtrack.errors import ExportError
from claimtrack.snapshot import Snapshot
from claimtrack.textnorm import counted


@dataclass(frozen=True, slots=True)
class Exporter:
    """One export format: its name, file suffix and a pure writer returning bytes."""

    name: str
    """What the user types after `--format`."""
    suffix: str
    """File name suffix including the dot, e.g. `.graphml`."""
    description: str
    """One line for help texts and the TUI's export dialog."""
    binary: bool
    """True when the output is not UTF-8 text (PNG; Excel's UTF-16 table)."""
    write: Callable[[Snapshot], bytes]
    """Deterministic: the same snapshot always gives the same bytes."""
    keeps: Callable[[Snapshot, str], bool] | None = None
    """Which claims the format lists, when not all (ClaimReview: the judged ones)."""
    caveat: Callable[[Snapshot], str | None] | None = None
    """Why the usual reader may refuse this output, said after writing it (Mermaid's limits)."""


def claims_written(exporter: Exporter, snapshot: Snapshot) -> str:
    """What an export holds, for the line the CLI and the TUI print after writing it."""
    total = len(snapshot.claims)
    if exporter.keeps is None:
        holds = counted(total, "claim") if total else "no claims"
    else:
        kept = sum(1 for cid in snapshot.claims if exporter.keeps(snapshot, cid))
        holds = f"{kept} of {counted(total, 'claim')} ({exporter.name} lists only judged ones)"
    caveat = exporter.caveat(snapshot) if exporter.caveat else None
    return f"{holds}; {caveat}" if caveat else holds


EXPORTERS: dict[str, Exporter] = {}
"""Every format by name, in registration order."""


def register(exporter: Exporter) -> Exporter:
    """Add a format to the registry; a name can be registered once."""
    if exporter.name in EXPORTERS:
        raise ValueError(f"export format {exporter.name!r} is registered twice")
    EXPORTERS[exporter.name] = exporter
    return exporter


def get_exporter(fmt: str) -> Exporter:
    """The exporter for a format name, or an ExportError naming the known ones."""
    try:
        return EXPORTERS[fmt]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise ExportError(f"unknown export format {fmt!r} (expected one of: {known})") from None
