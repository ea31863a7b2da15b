"""The `gexf` format: dynamic GEXF for Gephi's timeline (claims start on first appearance)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from claimtrack.export.graph import build_graph
from claimtrack.export.registry import Exporter, register
from claimtrack.snapshot import Snapshot

if TYPE_CHECKING:
    import networkx as nx


def dynamic_graph(snapshot: Snapshot) -> nx.MultiDiGraph:
    """The claim graph with GEXF spells: `start` dates on claims, sources and edges.

    Claims start on their first appearance, sources on publication, speakers are always
    there. An edge starts when both its ends exist. The statement span of an appears-in
    edge moves to `offset_start`/`offset_end`, since GEXF reserves `start`/`end` for time.
    """
    g, _ = build_graph(snapshot)
    for _, data in g.nodes(data=True):
        date = data.get("first_date") if data["type"] == "claim" else data.get("published")
        if date:
            data["start"] = date
    for u, v, key, data in g.edges(keys=True, data=True):
        data["id"] = key  # GEXF edge id = the link / statement it comes from
        if "start" in data:
            data["offset_start"] = data.pop("start")
            data["offset_end"] = data.pop("end")
        dates = [g.nodes[n].get("start") for n in (u, v)]
        known = [d for d in dates if d]
        if known:
            data["start"] = max(known)
    return g


def write(snapshot: Snapshot) -> bytes:
    """GEXF 1.2 with mode="dynamic" and timeformat="date", whatever the networkx version.

    networkx before 3.5 (PR #7914) left out `timeformat` when the graph was already marked
    dynamic, and read_gexf then failed; setting both on the graph element after building it
    gives the same file on every version. The file's date is the newest date in the graph.
    """
    from networkx.readwrite.gexf import GEXFWriter  # here: listing the formats need not
    # load networkx (0.5 s)

    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    graph = dynamic_graph(snapshot)
    writer.add_graph(graph)
    # networkx stamps today's date: the newest date in the data instead, so the same store
    # always exports the same bytes.
    dates = [d["start"] for _, d in graph.nodes(data=True) if d.get("start")]
    meta = writer.xml.find("meta")
    if dates and meta is not None:
        meta.set("lastmodifieddate", max(dates)[:10])
    writer.graph_element.set("mode", "dynamic")
    writer.graph_element.set("timeformat", "date")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue() + b"\n"


EXPORTER = register(
    Exporter(
        name="gexf",
        suffix=".gexf",
        description="Dynamic GEXF for Gephi (timeline by first appearance)",
        binary=False,
        write=write,
    )
)
