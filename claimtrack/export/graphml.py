"""The `graphml` format: networkx GraphML plus yFiles graphics so labels show in yEd."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from claimtrack.export.graph import build_graph
from claimtrack.export.registry import Exporter, register
from claimtrack.export.style import EDGE_STYLES, SOURCE_COLOUR, side_colours
from claimtrack.snapshot import Snapshot

if TYPE_CHECKING:
    import networkx as nx

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YFILES_NS = "http://www.yworks.com/xml/graphml"
NODE_GRAPHICS_KEY = "yfiles_node"
EDGE_GRAPHICS_KEY = "yfiles_edge"
SHAPES = {"claim": "roundrectangle", "speaker": "ellipse", "source": "rectangle"}
SIZES = {"claim": ("220", "70"), "speaker": ("140", "50"), "source": ("180", "50")}


# yEd draws a label whose text opens with `<html>` as Swing HTML, which fetches the images
# an `<img src=http…>` names when the file is opened. A zero-width space in front (no trim
# removes it) keeps such a name or title plain text, drawn as it reads.
_SWING_HTML = re.compile(r"\s*<html", re.IGNORECASE)
_NOT_HTML = "\u200b"


def yed_label(text: str) -> str:
    """Label text for yEd's graphics: never read as HTML."""
    return _NOT_HTML + text if _SWING_HTML.match(text) else text


def _g(tag: str) -> str:
    return f"{{{GRAPHML_NS}}}{tag}"


def _y(tag: str) -> str:
    return f"{{{YFILES_NS}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def write(snapshot: Snapshot) -> bytes:
    """GraphML with plain attributes (Gephi, Cytoscape) and yFiles graphics (yEd)."""
    g, _ = build_graph(snapshot)
    buffer = io.BytesIO()
    import networkx as nx  # here, not at import: listing the formats loaded it (0.5 s)

    nx.write_graphml(g, buffer, encoding="utf-8", prettyprint=False)
    # ElementTree's default_namespace option rejects GraphML's unqualified attributes, so the
    # prefixes are registered instead ("" = default namespace); both are fixed by the formats.
    ET.register_namespace("", GRAPHML_NS)
    ET.register_namespace("y", YFILES_NS)
    root = ET.fromstring(buffer.getvalue())
    _add_yfiles(root, g, snapshot.palette())
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _add_yfiles(root: ET.Element, g: nx.MultiDiGraph, every_side: tuple[str, ...]) -> None:
    """Declare the yFiles keys and attach a ShapeNode / PolyLineEdge to every element."""
    graph = root.find(_g("graph"))
    assert graph is not None
    position = list(root).index(graph)
    for offset, (kind, key) in enumerate(
        (("node", NODE_GRAPHICS_KEY), ("edge", EDGE_GRAPHICS_KEY))
    ):
        element = ET.Element(_g("key"), {"for": kind, "id": key, "yfiles.type": f"{kind}graphics"})
        root.insert(position + offset, element)
    colours = side_colours({d.get("side") for _, d in g.nodes(data=True)}, every_side)
    for node in graph.iter(_g("node")):
        data = g.nodes[node.get("id")]
        kind = str(data["type"])
        fill = SOURCE_COLOUR if kind == "source" else colours[data.get("side")]
        shape = _sub(_sub(node, _g("data"), key=NODE_GRAPHICS_KEY), _y("ShapeNode"))
        width, height = SIZES[kind]
        _sub(shape, _y("Geometry"), width=width, height=height)
        _sub(shape, _y("Fill"), color=fill, transparent="false")
        _sub(shape, _y("BorderStyle"), color="#000000", type="line", width="1.0")
        label = yed_label(str(data.get("label", "")))
        _sub(shape, _y("NodeLabel"), label, autoSizePolicy="content")
        _sub(shape, _y("Shape"), type=SHAPES[kind])
    for edge in graph.iter(_g("edge")):
        data = g.edges[edge.get("source"), edge.get("target"), edge.get("id")]
        relation = str(data["relation"])
        style = EDGE_STYLES[relation]
        line = _sub(_sub(edge, _g("data"), key=EDGE_GRAPHICS_KEY), _y("PolyLineEdge"))
        _sub(line, _y("LineStyle"), color=style.colour, type=style.yed_line, width=str(style.width))
        _sub(line, _y("Arrows"), source=style.yed_source_arrow, target=style.yed_target_arrow)
        _sub(line, _y("EdgeLabel"), relation)


EXPORTER = register(
    Exporter(
        name="graphml",
        suffix=".graphml",
        description="GraphML for yEd (labels, colours), Gephi and Cytoscape",
        binary=False,
        write=write,
    )
)
