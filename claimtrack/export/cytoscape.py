"""The `cytoscape` format: Cytoscape.js / Cytoscape desktop JSON (`.cyjs`) elements."""

from __future__ import annotations

from typing import Any

from claimtrack.export.escape import json_bytes
from claimtrack.export.graph import build_graph
from claimtrack.export.registry import Exporter, register
from claimtrack.snapshot import Snapshot


def elements(snapshot: Snapshot) -> dict[str, Any]:
    """`{"data": …, "elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}`.

    Cytoscape.js needs ids unique across nodes and edges, so edge ids are prefixed with
    their relation; `name` repeats the label because Cytoscape desktop shows `name`.
    networkx's `cytoscape_graph` reads a node's `value`, an edge's `key` and the top-level
    `directed`/`multigraph`: without them it refused the file, or merged a pair's parallel
    links into one.
    """
    g, _ = build_graph(snapshot)
    nodes = [
        {"data": {"id": n, "value": n, "name": d.get("label", n), **d}, "classes": d["type"]}
        for n, d in g.nodes(data=True)
    ]
    edges = [
        {
            "data": {
                "id": _edge_id(d["relation"], k),
                "key": k,
                "source": u,
                "target": v,
                **d,
            },
            "classes": d["relation"],
        }
        for u, v, k, d in g.edges(keys=True, data=True)
    ]
    return {
        "format_version": "1.0",
        "generated_by": "claimtrack",
        "target_cytoscapejs_version": "~3",
        "data": {"name": "claimtrack"},
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": edges},
    }


def _edge_id(relation: str, key: str) -> str:
    return key if key.startswith(f"{relation}:") else f"{relation}:{key}"


def write(snapshot: Snapshot) -> bytes:
    """Pretty, key-sorted Cytoscape JSON."""
    return json_bytes(elements(snapshot))


EXPORTER = register(
    Exporter(
        name="cytoscape",
        suffix=".cyjs",
        description="Cytoscape.js / Cytoscape desktop JSON",
        binary=False,
        write=write,
    )
)
