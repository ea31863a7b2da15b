"""Independent readers parse every format back: networkx, xml.etree, json, csv, Graphviz."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from claimtrack.export import export
from claimtrack.export.graphml import YFILES_NS
from claimtrack.model import SPEAKER_KINDS
from claimtrack.snapshot import Snapshot
from tests.export.desk import build, needs_dot, war_desk_records

CLAIMS = {"ccivil", "cdeny", "clower", "cshell", "ctroops"}
LINKS = {("clower", "ctroops", "contradicts"), ("cdeny", "ccivil", "contradicts")}
LINKS |= {("cdeny", "ccivil", "responds-to"), ("cshell", "ccivil", "supports")}


def _typed(g: nx.Graph, kind: str) -> set[str]:
    return {n for n, d in g.nodes(data=True) if d.get("type") == kind}


def _claim_links(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {
        (u, v, d["relation"])
        for u, v, d in g.edges(data=True)
        if d["relation"] in ("contradicts", "supports", "responds-to")
    }


def test_json_is_node_link_with_explicit_edges_key(war_desk: Snapshot) -> None:
    data = json.loads(export(war_desk, "json"))
    assert data["claimtrack"] == {"format": "node-link", "version": 1}
    assert "edges" in data and "links" not in data
    g = nx.node_link_graph(data, edges="edges")
    assert _typed(g, "claim") == CLAIMS
    assert _typed(g, "speaker") == {"saliyev", "sazmod", "snk", "sarmmod"}
    assert _typed(g, "source") == {"src1en", "src2id"}
    assert _claim_links(g) == LINKS
    said = {(u, v) for u, v, d in g.edges(data=True) if d["relation"] == "said-by"}
    assert ("ctroops", "saliyev") in said and len(said) == 5
    appears = [d for _, _, d in g.edges(data=True) if d["relation"] == "appears-in"]
    assert {d["statement"] for d in appears} == {"st1", "st2", "st3", "st5", "st6", "st7"}
    assert all(d["end"] > d["start"] for d in appears)


def test_graphml_reads_back_with_networkx_and_carries_yed_graphics(war_desk: Snapshot) -> None:
    output = export(war_desk, "graphml")
    g = nx.read_graphml(io.BytesIO(output))
    assert _typed(g, "claim") == CLAIMS
    assert _claim_links(g) == LINKS
    assert g.nodes["ctroops"]["label"] == "Ilham Aliyev: Armenia has lost 1,166 troops"
    assert g.nodes["ctroops"]["side"] == "azerbaijan"
    assert g.nodes["ccivil"]["verdict"] == "mostly-true"
    root = ET.fromstring(output)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": YFILES_NS}
    kinds = {k.get("yfiles.type") for k in root.findall("g:key", ns)}
    assert {"nodegraphics", "edgegraphics"} <= kinds
    labels = [e.text for e in root.iterfind(".//y:ShapeNode/y:NodeLabel", ns)]
    assert len(labels) == 11 and "Nagorno-Karabakh officials" in labels
    edge_labels = {e.text for e in root.iterfind(".//y:PolyLineEdge/y:EdgeLabel", ns)}
    assert {"contradicts", "supports", "responds-to"} <= edge_labels
    dashed = root.findall(".//y:PolyLineEdge/y:LineStyle[@type='dashed']", ns)
    assert len(dashed) == 2


def test_gexf_is_dynamic_and_reads_back(war_desk: Snapshot) -> None:
    output = export(war_desk, "gexf")
    root = ET.fromstring(output)
    graph = root.find("{http://www.gexf.net/1.2draft}graph")
    assert graph is not None
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    g = nx.read_gexf(io.BytesIO(output))
    assert g.graph["mode"] == "dynamic"
    assert _typed(g, "claim") == CLAIMS
    assert g.nodes["cshell"]["start"] == "2020-11-01"
    assert g.nodes["ctroops"]["start"] == "2020-10-29"
    assert "start" not in g.nodes["saliyev"]
    assert g.nodes["ctroops"]["label"] == "Ilham Aliyev: Armenia has lost 1,166 troops"
    assert _claim_links(g) == LINKS


def test_cytoscape_elements_reference_existing_nodes(war_desk: Snapshot) -> None:
    data = json.loads(export(war_desk, "cytoscape"))
    nodes = {n["data"]["id"] for n in data["elements"]["nodes"]}
    edges = data["elements"]["edges"]
    ids = [e["data"]["id"] for e in edges] + sorted(nodes)
    assert len(ids) == len(set(ids)), "Cytoscape.js needs ids unique across nodes and edges"
    assert all(e["data"]["source"] in nodes and e["data"]["target"] in nodes for e in edges)
    claim_links = {
        (e["data"]["source"], e["data"]["target"], e["data"]["relation"])
        for e in edges
        if e["classes"] in ("contradicts", "supports", "responds-to")
    }
    assert claim_links == LINKS


def test_csv_reads_back_with_the_csv_module(war_desk: Snapshot) -> None:
    rows = list(csv.DictReader(io.StringIO(export(war_desk, "csv").decode("utf-8"))))
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == CLAIMS
    assert by_id["ccivil"]["appearances"] == "2"
    assert by_id["ccivil"]["supported_by"] == "cshell"
    assert by_id["ccivil"]["responded_by"] == "cdeny"
    assert by_id["ctroops"]["contradicts"] == "clower"
    assert by_id["ctroops"]["quantities"] == "1,166 troops killed"
    assert by_id["cdeny"]["verdict"] == "false"
    assert by_id["cshell"]["verdict"] == "none"  # nobody judged it, as the brief says
    assert by_id["clower"]["verdict"] == "open"  # judged: still open


def test_the_excel_table_is_the_csv_table_as_excel_opens_it_in_any_locale(
    war_desk: Snapshot,
) -> None:
    # Excel reads a UTF-8 CSV in the legacy code page (Cyrillic turns to mojibake) and
    # splits on the locale's list separator (";" in Russian): UTF-16 with tabs it reads
    # whole everywhere.
    data = export(war_desk, "excel")
    assert data.startswith(b"\xff\xfe")
    read = list(csv.DictReader(io.StringIO(data.decode("utf-16")), delimiter="\t"))
    assert read == list(csv.DictReader(io.StringIO(export(war_desk, "csv").decode("utf-8"))))
    assert next(iter(read[0])) == "id"


def test_claimreview_one_review_per_judged_claim(war_desk: Snapshot) -> None:
    reviews = json.loads(export(war_desk, "claimreview"))
    by_claim = {r["identifier"]: r for r in reviews}
    assert set(by_claim) == {"ccivil", "cdeny", "ctroops"}  # clower is "open", cshell unjudged
    civil = by_claim["ccivil"]
    assert civil["@type"] == "ClaimReview" and civil["@context"] == "https://schema.org"
    assert civil["datePublished"] == "2020-11-20"
    assert civil["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "mostly-true",
        "ratingExplanation": "Town hit; 41 civilian deaths confirmed",
    }
    item = civil["itemReviewed"]
    assert item["author"]["@type"] == "Organization"
    assert [a["publisher"]["name"] for a in item["appearance"]] == ["Al Jazeera", "Gatra"]
    assert item["firstAppearance"]["datePublished"] == "2020-10-29"
    # the evidence is cited; "url" would claim it is the fact-check page itself
    assert "url" not in civil
    assert "https://www.hrw.org/news/2020/11/05/martuni" in [c["url"] for c in civil["citation"]]
    assert civil["author"] == {"@type": "Person", "name": "ana"}
    assert by_claim["ctroops"]["itemReviewed"]["author"]["@type"] == "Person"
    assert "ratingValue" not in by_claim["ctroops"]["reviewRating"]  # unverifiable


@pytest.mark.parametrize("kind", SPEAKER_KINDS)
def test_claimreview_author_is_a_person_only_for_a_person(kind: str) -> None:
    """schema.org: a ministry, government, outlet or officials speak as an Organization."""
    records = war_desk_records()
    records["speakers"] = [s.replace(kind=kind) for s in records["speakers"]]
    reviews = json.loads(export(build(records), "claimreview"))
    wanted = "Person" if kind == "person" else "Organization"
    assert {r["itemReviewed"]["author"]["@type"] for r in reviews} == {wanted}
    assert {r["author"]["@type"] for r in reviews} == {"Person"}  # the analyst who judged


def test_aif_graph_is_consistent(war_desk: Snapshot) -> None:
    data = json.loads(export(war_desk, "aif"))
    nodes = {n["nodeID"]: n for n in data["nodes"]}
    assert all(e["fromID"] in nodes and e["toID"] in nodes for e in data["edges"])
    by_type: dict[str, int] = {}
    for node in nodes.values():
        by_type[node["type"]] = by_type.get(node["type"], 0) + 1
    assert by_type == {"I": 5, "L": 6, "YA": 6, "RA": 1, "CA": 4, "TA": 1}
    people = {p["participantID"] for p in data["participants"]}
    assert all(loc["personID"] in people for loc in data["locutions"])
    assert {loc["nodeID"] for loc in data["locutions"]} == {
        n for n, v in nodes.items() if v["type"] == "L"
    }
    assert nodes["L:st6"]["text"].startswith("Nagorno-Karabakh officials: Pejabat")


def test_argdown_has_a_statement_per_claim(war_desk: Snapshot) -> None:
    text = export(war_desk, "argdown").decode()
    definitions = [line for line in text.splitlines() if line.startswith("[")]
    assert len(definitions) == 5
    assert "  +> [Nagorno-Karabakh officials ccivil]" in text
    assert "  >< [Ilham Aliyev ctroops]" in text


def test_mermaid_declares_each_claim_and_link(war_desk: Snapshot) -> None:
    lines = export(war_desk, "mermaid").decode().splitlines()
    assert lines[0] == "flowchart LR"
    assert sum(1 for line in lines if line.startswith("  c_") and "[" in line) == 5
    assert '  c_cshell ==>|"supports"| c_ccivil' in lines


def test_no_side_is_filled_in_the_colour_a_relation_is_drawn_in() -> None:
    """A green claim next to a green "supports" arrow reads as one more support."""
    from claimtrack.export.style import EDGE_STYLES, side_colours

    fills = set(side_colours({f"side {i}" for i in range(7)}).values())
    assert len(fills) == 8  # seven sides and the no-side white, all different
    assert not fills & {style.colour for style in EDGE_STYLES.values()}


@needs_dot
def test_dot_renders_with_graphviz(war_desk: Snapshot) -> None:
    done = subprocess.run(
        ["dot", "-Tsvg"], input=export(war_desk, "dot"), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    assert _svg_titles(done.stdout, "node") >= CLAIMS


@needs_dot
def test_svg_and_png_are_rendered(war_desk: Snapshot) -> None:
    svg = export(war_desk, "svg")
    assert _svg_titles(svg, "node") >= CLAIMS
    assert export(war_desk, "png").startswith(b"\x89PNG\r\n\x1a\n")


def _svg_titles(svg: bytes, cls: str) -> set[str]:
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    return {(g.findtext(f"{ns}title") or "") for g in root.iter(f"{ns}g") if g.get("class") == cls}


def test_csv_names_a_source_once_however_often_it_quotes_the_claim() -> None:
    from claimtrack.model import Claim, Source, Statement

    text = "Officials said 12 died. Officials repeated that 12 died."
    src = Source("s1", "Wire", text, "h", lang="en", outlet="Gatra", published="2020-11-01")
    sts = [
        Statement("t1", "s1", 0, 23, claim="c1"),
        Statement("t2", "s1", 24, len(text), claim="c1"),
    ]
    snap = Snapshot.build([src], sts, [], [Claim("c1", "12 died")])
    (row,) = csv.DictReader(io.StringIO(export(snap, "csv").decode("utf-8-sig")))
    assert row["appearances"] == "2" and row["sources"] == "Gatra (2020-11-01)"


def test_networkx_reads_the_cytoscape_export(war_desk: Snapshot) -> None:
    g = nx.cytoscape_graph(json.loads(export(war_desk, "cytoscape")))
    assert g.is_directed() and g.is_multigraph()
    assert _typed(g, "claim") == CLAIMS
    assert _claim_links(g) == LINKS  # cdeny → ccivil both contradicts and responds to it
    whole = nx.node_link_graph(json.loads(export(war_desk, "json")), edges="edges")
    assert sorted(g.edges(keys=True)) == sorted(whole.edges(keys=True))
    assert g.nodes["ctroops"]["label"] == whole.nodes["ctroops"]["label"]
