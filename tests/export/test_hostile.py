"""Hostile text (quotes, markup, controls, formulas, bidi, NUL) survives every format safely."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import networkx as nx
import pytest

from claimtrack.export import EXPORTERS, export
from claimtrack.export.escape import clean_text, one_line
from claimtrack.snapshot import Snapshot
from tests.export.desk import HOSTILE, HOSTILE_ID, build, needs_dot, war_desk_records

CLEAN = clean_text(HOSTILE)
CLAIM_IDS = {"ccivil", HOSTILE_ID, "clower", "cshell", "ctroops"}


@pytest.mark.parametrize(
    "fmt", [pytest.param(f, marks=needs_dot) if f in ("svg", "png") else f for f in EXPORTERS]
)
def test_every_format_exports_hostile_text(hostile: Snapshot, fmt: str) -> None:
    output = export(hostile, fmt)
    if not EXPORTERS[fmt].binary:
        text = output.decode("utf-8")  # valid UTF-8 despite lone surrogates in the input
        assert ("\x00" not in text and "\x1b" not in text) or fmt == "json"


@pytest.mark.parametrize("fmt", ["graphml", "gexf", pytest.param("svg", marks=needs_dot)])
def test_xml_formats_are_well_formed(hostile: Snapshot, fmt: str) -> None:
    ET.fromstring(export(hostile, fmt))


def test_graphml_keeps_the_cleaned_text(hostile: Snapshot) -> None:
    g = nx.read_graphml(io.BytesIO(export(hostile, "graphml")))
    assert g.nodes["ccivil"]["summary"] == CLEAN
    assert g.nodes[HOSTILE_ID]["type"] == "claim"
    assert g.nodes["snk"]["label"] == CLEAN


def test_gexf_keeps_the_cleaned_text(hostile: Snapshot) -> None:
    g = nx.read_gexf(io.BytesIO(export(hostile, "gexf")))
    assert g.nodes["ccivil"]["summary"] == CLEAN
    assert HOSTILE_ID in g


def test_json_round_trips_hostile_text_exactly(hostile: Snapshot) -> None:
    data = json.loads(export(hostile, "json"))
    claims = {n["id"]: n for n in data["nodes"] if n["type"] == "claim"}
    assert claims["ccivil"]["record"]["summary"] == HOSTILE
    assert set(claims) == CLAIM_IDS


@pytest.mark.parametrize("fmt", ["cytoscape", "claimreview", "aif"])
def test_json_formats_parse_and_keep_text(hostile: Snapshot, fmt: str) -> None:
    data = json.loads(export(hostile, fmt))
    assert CLEAN in set(_strings(data))


def _strings(value: object) -> list[str]:
    """Every string inside a parsed JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_csv_cells_are_neutralised(hostile: Snapshot) -> None:
    rows = list(csv.reader(io.StringIO(export(hostile, "csv").decode("utf-8"), newline="")))
    header, body = rows[0], rows[1:]
    assert len(body) == 5 and all(len(r) == len(header) for r in body)
    for row in body:
        for cell in row:
            assert not cell.lstrip().startswith(("=", "+", "-", "@")), cell
    summaries = {r[header.index("summary")] for r in body}
    assert summaries == {CLEAN}
    assert f"'{HOSTILE_ID}" not in summaries  # ids are cells too
    sources = body[0][header.index("sources")]
    assert sources.startswith("'=HYPERLINK")


@needs_dot
def test_dot_structure_survives(hostile: Snapshot) -> None:
    done = subprocess.run(
        ["dot", "-Tsvg"], input=export(hostile, "dot"), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    root = ET.fromstring(done.stdout)
    ns = "{http://www.w3.org/2000/svg}"
    groups = [g for g in root.iter(f"{ns}g")]
    nodes = {g.findtext(f"{ns}title") for g in groups if g.get("class") == "node"}
    edges = [g for g in groups if g.get("class") == "edge"]
    assert nodes >= CLAIM_IDS
    legend_edges = 3
    assert len(edges) == 4 + legend_edges


def test_mermaid_structure_survives(hostile: Snapshot) -> None:
    lines = export(hostile, "mermaid").decode().splitlines()
    node = re.compile(r'^  (c_[A-Za-z0-9]+|cx\d+)\["[^"\[\]<>|`]*"\]:::side\d+$')
    # an edge says its relation, then the analyst's note, escaped as a node's label is
    edge = re.compile(
        r'^  (c_\w+|cx\d+) (<-\.->|==>|-\.->)\|"[a-z-]+(?:: [^"\[\]<>|`]*)?"\| (c_\w+|cx\d+)$'
    )
    style = re.compile(
        r"^  (linkStyle \d+ stroke:#[0-9A-F]{6},stroke-width:\d+px|classDef side\d+ .*)$"
    )
    assert lines[0] == "flowchart LR"
    kinds = [
        "node" if node.match(x) else "edge" if edge.match(x) else "style" if style.match(x) else x
        for x in lines[1:]
    ]
    assert kinds.count("node") == 5 and kinds.count("edge") == 4
    assert set(kinds) == {"node", "edge", "style"}
    assert "<script>" not in "\n".join(lines)


def test_markdown_escapes_imported_text(hostile: Snapshot) -> None:
    text = export(hostile, "md").decode()
    assert "<script>" not in text and "\\<script\\>" in text
    assert "[bold]" not in text and "\\[bold\\]" in text
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert all(re.match(r"^#{1,3} [A-Z\\]", h) for h in headings), headings
    assert "javascript:" not in text.split("## Outcomes")[1].replace("\\", "")
    assert "](<https://x.test" not in text  # a URL with <> is shown, never linked


def test_argdown_keeps_one_statement_per_claim(hostile: Snapshot) -> None:
    text = export(hostile, "argdown").decode()
    definitions = [line for line in text.splitlines() if line.startswith("[")]
    assert len(definitions) == 5
    for line in definitions:
        title, _, body = line.partition("]: ")
        assert "[" not in title[1:] and "]" not in title
        assert re.search(r"(?<!\\)[\[\]<>]", body) is None, body


def test_one_line_folds_every_line_break() -> None:
    assert "\n" not in one_line(HOSTILE) and "\r" not in one_line(HOSTILE)


@needs_dot
def test_graphviz_shows_labels_and_tooltips_as_written() -> None:
    # Graphviz decodes HTML entities in every string and expands \N, \G, \E, \L … in
    # tooltips once more after unescaping: neither may change what the analyst typed.
    text = r"He quoted &lt;b&gt; &amp; &#60; \N \G \E \L \T \H back\slash"
    records = war_desk_records()
    records["claims"] = [
        c.replace(summary=text) if c.id == "ctroops" else c for c in records["claims"]
    ]
    records["links"] = [x.replace(note=text) if x.id == "l1" else x for x in records["links"]]
    done = subprocess.run(
        ["dot", "-Tsvg"], input=export(build(records), "dot"), capture_output=True, check=False
    )
    assert done.returncode == 0 and not done.stderr, done.stderr.decode()
    ns, xlink = "{http://www.w3.org/2000/svg}", "{http://www.w3.org/1999/xlink}title"
    groups = {g.findtext(f"{ns}title"): g for g in ET.fromstring(done.stdout).iter(f"{ns}g")}
    node, edge = groups["ctroops"], groups["clower->ctroops"]
    shown = " ".join(t.text or "" for t in node.iter(f"{ns}text"))
    assert shown.startswith(text + " — Ilham Aliyev")
    tooltips = [a.get(xlink, "").replace("\u29f5", "\\") for a in (node, edge) for a in a.iter()]
    assert f"ctroops: {text}" in tooltips and f"contradicts: {text}" in tooltips


class _Page(HTMLParser):
    """What a browser's HTML parser sees: each script element's text and the tags outside."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.tags: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def test_claimreview_can_be_pasted_into_a_page(hostile: Snapshot) -> None:
    # Google's fact-check markup goes in <script type="application/ld+json">; a claim that
    # quotes "</script><script>alert(1)" must not end it and start a script of its own.
    output = export(hostile, "claimreview").decode()
    page = _Page()
    page.feed(f'<html><head><script type="application/ld+json">{output}</script></head>')
    page.feed("<body><p>Our fact checks</p></body></html>")
    page.close()
    assert page.tags == ["html", "head", "script", "body", "p"]
    assert json.loads(page.scripts[0]) == json.loads(output)
    reviewed = {r["claimReviewed"] for r in json.loads(output)}
    assert reviewed == {CLEAN}
