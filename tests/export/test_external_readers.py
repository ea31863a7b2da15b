"""Checks with the formats' own tools: arguebuf (AIF), Mermaid, Argdown, Cytoscape.js.

arguebuf is a dev dependency. The JavaScript readers are pinned in `tests/export/js/`
(package.json + lock) and installed there with `npm ci` on first use; these tests need
`node` and `npm` on the PATH (.ci/run has them) and are skipped only where those are missing.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

from claimtrack.export import EXPORTERS, claims_written, export
from claimtrack.export.escape import one_line
from claimtrack.snapshot import Snapshot
from tests.export.desk import build, crowded_records, hostile_records, war_desk_records

JS_DIR = Path(__file__).resolve().parent / "js"
needs_js = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="node and npm are not installed",
)


@pytest.fixture(scope="session", autouse=False)
def js_readers() -> Path:
    """The pinned JavaScript readers, installed once with `npm ci` (about 15 s, then cached)."""
    lock = JS_DIR / "package-lock.json"
    stamp = JS_DIR / "node_modules" / ".package-lock.json"
    if not stamp.exists() or stamp.stat().st_mtime < lock.stat().st_mtime:
        done = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--silent"],
            cwd=JS_DIR,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, f"npm ci failed: {done.stderr[-2000:]}"
    return JS_DIR


SNAPSHOTS = {"war_desk": war_desk_records, "hostile": hostile_records}

MERMAID_SCRIPT = """
import { JSDOM } from 'jsdom';
import fs from 'fs';
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
// DOMPurify binds to the window it finds when first loaded: import it only now.
globalThis.DOMPurify = (await import('dompurify')).default(dom.window);
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false });
const text = fs.readFileSync(process.env.INPUT, 'utf8');
await mermaid.parse(text);
const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db;
const v = db.getVertices();
console.log(JSON.stringify({
  vertices: v instanceof Map ? v.size : Object.keys(v).length,
  edges: db.getEdges().map((e) => [e.type, e.stroke]),
}));
"""
# Mermaid keeps each entity as a placeholder in its model and turns it into an HTML character
# reference when it draws the label; decoding both gives the text a reader sees.
MERMAID_TEXT_SCRIPT = """
import { JSDOM } from 'jsdom';
import fs from 'fs';
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
globalThis.DOMPurify = (await import('dompurify')).default(dom.window);
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false });
const text = fs.readFileSync(process.env.INPUT, 'utf8');
const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db;
const v = db.getVertices();
const shown = (t) => t.replace(/\ufb02\u00b0\u00b0/g, '&#')
  .replace(/\ufb02\u00b0/g, '&').replace(/\u00b6\u00df/g, ';');
const vertices = [...(v instanceof Map ? v.values() : Object.values(v))];
console.log(JSON.stringify({
  vertices: Object.fromEntries(vertices.map((x) => [x.id, shown(x.text)])),
  edges: db.getEdges().map((e) => shown(e.text)),
}));
"""
CYTOSCAPE_SCRIPT = """
import cytoscape from 'cytoscape';
import fs from 'fs';
const data = JSON.parse(fs.readFileSync(process.env.INPUT, 'utf8'));
const cy = cytoscape({ headless: true, elements: data.elements });
console.log(JSON.stringify({ nodes: cy.nodes().length, edges: cy.edges().length }));
"""


def _snapshot(name: str) -> Snapshot:
    return build(SNAPSHOTS[name]())


def _run_node(script: str, path: Path) -> subprocess.CompletedProcess[str]:
    """Run a JS reader on the file at `path` (given as $INPUT)."""
    return subprocess.run(
        ["node", "--input-type=module", "-e", script],
        cwd=JS_DIR,
        env={**os.environ, "INPUT": str(path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _node(script: str, path: Path) -> dict:
    done = _run_node(script, path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", SNAPSHOTS)
def test_arguebuf_reads_the_aif_export(name: str) -> None:
    import arguebuf

    data = json.loads(export(_snapshot(name), "aif"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        graph = arguebuf.load.aif(data)
    assert len(graph.atom_nodes) == 5
    kinds = sorted(type(s.scheme).__name__ for s in graph.scheme_nodes.values())
    assert kinds == ["Attack"] * 4 + ["Support"]


@needs_js
@pytest.mark.parametrize("name", SNAPSHOTS)
@pytest.mark.usefixtures("js_readers")
def test_mermaid_parses_the_flowchart(name: str, tmp_path: Path) -> None:
    path = tmp_path / "graph.mmd"
    path.write_bytes(export(_snapshot(name), "mermaid"))
    result = _node(MERMAID_SCRIPT, path)
    assert result["vertices"] == 5
    assert sorted(result["edges"]) == sorted(
        [
            ["double_arrow_point", "dotted"],
            ["double_arrow_point", "dotted"],
            ["arrow_point", "dotted"],
            ["arrow_point", "thick"],
        ]
    )


def _written_labels(source: str) -> tuple[dict[str, str], list[str]]:
    """The node and edge labels of our flowchart, with our `#…;` entities decoded."""
    named = {"quot": '"', "lt": "<", "gt": ">"}

    def text(label: str) -> str:
        return re.sub(r"#(\d+|quot|lt|gt);", lambda m: named.get(m[1]) or chr(int(m[1])), label)

    nodes = {m[1]: text(m[2]) for m in re.finditer(r'^  (\w+)\["(.*)"\]:::', source, re.M)}
    edges = [text(m[1]) for m in re.finditer(r'^  \w+ \S+\|"(.*)"\| \w+$', source, re.M)]
    return nodes, edges


@needs_js
@pytest.mark.usefixtures("js_readers")
def test_mermaid_shows_each_label_as_written(tmp_path: Path) -> None:
    records = war_desk_records()
    texts = iter(
        [
            "end graph TD style A fill:#f00; click A call alert()",
            "classDef x fill:#f00,stroke:#333; see http://x.test/a#b",
            "subgraph X %%{init: {'theme':'dark'}}%% direction: TB",
            'He said "no" <b>&amp;</b> [bold] | x --> y',
            "Аслан: «Армия» — 1.166 pasukan: 10:30#1",
        ]
    )
    records["claims"] = [c.replace(summary=next(texts)) for c in records["claims"]]
    records["links"] = [x.replace(note="note: style=a:#b;") for x in records["links"]]
    path = tmp_path / "graph.mmd"
    path.write_bytes(export(build(records), "mermaid"))
    nodes, edges = _written_labels(path.read_text("utf-8"))
    result = _node(MERMAID_TEXT_SCRIPT, path)
    shown = {k: html.unescape(v) for k, v in result["vertices"].items()}
    assert shown == nodes
    assert sorted(html.unescape(e) for e in result["edges"]) == sorted(edges)
    assert any("style A fill:#f00; click A call alert() [" in t for t in shown.values())


@needs_js
@pytest.mark.parametrize("name", SNAPSHOTS)
@pytest.mark.usefixtures("js_readers")
def test_cytoscape_js_loads_the_elements(name: str, tmp_path: Path) -> None:
    path = tmp_path / "graph.cyjs"
    path.write_bytes(export(_snapshot(name), "cytoscape"))
    assert _node(CYTOSCAPE_SCRIPT, path) == {"nodes": 11, "edges": 15}


@needs_js
@pytest.mark.parametrize("name", SNAPSHOTS)
@pytest.mark.usefixtures("js_readers")
def test_argdown_cli_reads_statements_and_relations(name: str, tmp_path: Path) -> None:
    snapshot = _snapshot(name)
    source = tmp_path / "claims.argdown"
    source.write_bytes(export(snapshot, "argdown"))
    data = _argdown_json(source, tmp_path / "out")
    assert len(data["statements"]) == 5
    kinds = sorted(r["relationType"] for r in data["relations"])
    assert kinds == ["attack", "contradictory", "contradictory", "support"]
    texts = [m.get("text", "") for s in data["statements"].values() for m in s["members"]]
    summary = one_line(snapshot.claims["ccivil"].summary).strip()
    assert any(t.startswith(summary) for t in texts)  # escaped text comes back verbatim


@needs_js
@pytest.mark.parametrize("extra_links", [496, 497])  # the war desk has 4: 500 and 501
@pytest.mark.usefixtures("js_readers")
def test_mermaid_link_limit_is_named_where_mermaid_refuses(
    extra_links: int, tmp_path: Path
) -> None:
    snapshot = build(crowded_records(40, extra_links))
    path = tmp_path / "graph.mmd"
    path.write_bytes(export(snapshot, "mermaid"))
    done = _run_node(MERMAID_SCRIPT, path)
    said = claims_written(EXPORTERS["mermaid"], snapshot)
    refused = "Edge limit exceeded" in done.stderr
    assert refused == (done.returncode != 0), done.stderr[-500:]
    assert refused == (extra_links == 497)
    assert ("501 links (at most 500)" in said) == refused, said


@needs_js
@pytest.mark.usefixtures("js_readers")
def test_argdown_cli_reads_claims_quoting_argdown_delimiters(tmp_path: Path) -> None:
    records = war_desk_records()
    quoted = ["=== vote ===", "a === b", "---", "x == y", "<<< >>>"]
    records["claims"] = [
        c.replace(summary=q) for c, q in zip(records["claims"], quoted, strict=True)
    ]
    source = tmp_path / "claims.argdown"
    source.write_bytes(export(build(records), "argdown"))
    data = _argdown_json(source, tmp_path / "out")
    texts = [m.get("text", "") for s in data["statements"].values() for m in s["members"]]
    assert sorted(t.split(" (")[0] for t in texts if t) == sorted(quoted)


def _argdown_json(source: Path, out: Path) -> dict:
    """What @argdown/cli reads in an Argdown file (its JSON export), after it ran cleanly."""
    program = Path(str(JS_DIR)) / "node_modules" / ".bin" / "argdown"
    done = subprocess.run(
        [str(program), "json", str(source), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and "canceled" not in done.stdout, done.stdout + done.stderr
    return json.loads((out / f"{source.stem}.json").read_text())
