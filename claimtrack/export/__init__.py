"""Export registry: one module per format, each registering an `Exporter`; `export()` runs one."""

from __future__ import annotations

from claimtrack.export import (  # noqa: F401  (each module registers its format on import)
    aif,
    argdown,
    brief,
    claimreview,
    cytoscape,
    dot,
    gexf,
    graphml,
    mermaid,
    nodelink,
    render,
    table,
)
from claimtrack.export.filters import ExportFilter, apply_filter
from claimtrack.export.registry import EXPORTERS, Exporter, claims_written, get_exporter
from claimtrack.snapshot import Snapshot

# The order help texts and the TUI's export dialog list formats in: graphs, drawings, tables,
# fact-check and argument markup, the brief.
DISPLAY_ORDER = (
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
for _name in sorted(EXPORTERS, key=lambda n: DISPLAY_ORDER.index(n) if n in DISPLAY_ORDER else 99):
    EXPORTERS[_name] = EXPORTERS.pop(_name)

__all__ = [
    "EXPORTERS",
    "ExportFilter",
    "Exporter",
    "apply_filter",
    "claims_written",
    "export",
    "get_exporter",
]


def export(snapshot: Snapshot, fmt: str, filters: ExportFilter | None = None) -> bytes:
    """The snapshot (narrowed by `filters`) written in format `fmt`.

    Raises ExportError for an unknown format or a missing renderer (svg/png without
    Graphviz), and NotFoundError/AmbiguousError when `filters.around` names no single claim.
    """
    exporter = get_exporter(fmt)
    if filters is not None:
        snapshot = apply_filter(snapshot, filters)
    return exporter.write(snapshot)
