"""The `json` format: networkx node-link JSON carrying every record, so it can be restored."""

from __future__ import annotations

from typing import Any

from claimtrack.export.describe import graph_links
from claimtrack.export.escape import json_bytes
from claimtrack.export.graph import build_graph
from claimtrack.export.registry import Exporter, register
from claimtrack.snapshot import Snapshot

FORMAT_TAG = {"format": "node-link", "version": 1}
EDGES_KEY = "edges"  # set explicitly: networkx changed the default from "links" during 3.x


def _identity(text: str) -> str:
    return text


def node_link(snapshot: Snapshot) -> dict[str, Any]:
    """The node-link dict: display attributes plus each node's full record(s).

    Claim nodes carry `record` and `outcomes` (the whole history); speaker nodes `record`;
    source nodes `record` (with the text) and `statements` (all of them, tagged or not);
    link edges `record`. Records that hang off nothing (a statement of a missing source,
    a link to a missing claim, an outcome of a missing claim) go to `graph.orphans`.
    """
    g, ids = build_graph(snapshot, clean=_identity)
    for cid, claim in snapshot.claims.items():
        node = g.nodes[ids[("claim", cid)]]
        node["record"] = claim.to_doc()
        node["outcomes"] = [o.to_doc() for o in snapshot.outcome_history(cid)]
    for sid, speaker in snapshot.speakers.items():
        g.nodes[ids[("speaker", sid)]]["record"] = speaker.to_doc()
    for sid, source in snapshot.sources.items():
        node = g.nodes[ids[("source", sid)]]
        node["record"] = source.to_doc()
        node["statements"] = []
    for st in sorted(snapshot.statements.values(), key=lambda s: (s.source, s.start, s.id)):
        if st.source in snapshot.sources:
            g.nodes[ids[("source", st.source)]]["statements"].append(st.to_doc())
    for link in graph_links(snapshot):
        g.edges[ids[("claim", link.a)], ids[("claim", link.b)], link.id]["record"] = link.to_doc()
    orphans = _orphans(snapshot)
    if orphans:
        g.graph["orphans"] = orphans
    import networkx as nx  # here, not at import: listing the formats loaded it (0.5 s)

    data = nx.node_link_data(g, edges=EDGES_KEY)
    data["claimtrack"] = dict(FORMAT_TAG)
    return data


def _orphans(snapshot: Snapshot) -> dict[str, list[dict[str, Any]]]:
    """Records whose parent is missing, so a restore still gets every record back."""
    linked = {link.id for link in graph_links(snapshot)}
    found = {
        "statements": [
            s.to_doc()
            for _, s in sorted(snapshot.statements.items())
            if s.source not in snapshot.sources
        ],
        "links": [link.to_doc() for k, link in sorted(snapshot.links.items()) if k not in linked],
        "outcomes": [
            o.to_doc()
            for _, o in sorted(snapshot.outcomes.items())
            if o.claim not in snapshot.claims
        ],
    }
    return {k: v for k, v in found.items() if v}


def write(snapshot: Snapshot) -> bytes:
    """Pretty, key-sorted JSON (UTF-8, non-ASCII kept readable)."""
    return json_bytes(node_link(snapshot))


EXPORTER = register(
    Exporter(
        name="json",
        suffix=".json",
        description="Node-link JSON graph with every record (re-importable)",
        binary=False,
        write=write,
    )
)
