"""Bidi controls in imported text reach no export raw: a reader sees `<U+202E>`, never text that
reads differently from what it says ("Trojan Source")."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from claimtrack.export import EXPORTERS, export
from claimtrack.export.escape import clean_text, plain_title, safe_url
from claimtrack.snapshot import Snapshot
from tests.export.desk import EN_SENTENCES, build, needs_dot, spans, war_desk_records

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
"""Unicode's twelve Bidi_Control characters."""
# Shown on screen, the override turns "54" into "45" and the isolate hides the denial.
TROJAN = "at least \u202e54\u202c civilians killed \u2067(denied)\u2069 " + BIDI
SHOWN = "at least <U+202E>54<U+202C> civilians killed <U+2067>(denied)<U+2069>"
CODES = [f"<U+{ord(ch):04X}>" for ch in BIDI]


def trojan_records() -> dict[str, list]:
    """The war desk with TROJAN in a quoted sentence, a claim, a speaker, a note and a tag."""
    records = war_desk_records()
    sentences = (EN_SENTENCES[0], TROJAN, *EN_SENTENCES[2:])
    text, where = spans(sentences)
    records["sources"] = [
        s.replace(text=text, title=TROJAN) if s.id == "src1en" else s for s in records["sources"]
    ]
    records["statements"] = [
        st.replace(start=where[int(st.id[2:]) - 1][0], end=where[int(st.id[2:]) - 1][1])
        if st.source == "src1en"
        else st
        for st in records["statements"]
    ]
    records["claims"] = [
        c.replace(summary=TROJAN, tags=(*c.tags, TROJAN)) if c.id == "ccivil" else c
        for c in records["claims"]
    ]
    records["speakers"] = [
        s.replace(name=TROJAN, side=TROJAN) if s.id == "snk" else s for s in records["speakers"]
    ]
    records["links"] = [link.replace(note=TROJAN) for link in records["links"]]
    return records


@pytest.fixture
def trojan() -> Snapshot:
    return build(trojan_records())


TEXT_FORMATS = [
    pytest.param(f, marks=needs_dot) if f == "svg" else f
    for f, exporter in EXPORTERS.items()
    if not exporter.binary
]


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_no_format_writes_a_bidi_control(trojan: Snapshot, fmt: str) -> None:
    text = export(trojan, fmt).decode("utf-8")
    assert not set(text) & set(BIDI), fmt
    if fmt != "json":
        # each format escapes `<`, `+` or `\` its own way; the code itself is always there
        readable = text.replace("\\", "").replace("#lt;", "<").replace("#gt;", ">")
        readable = readable.replace("&lt;", "<").replace("&gt;", ">")
        assert "<U+202E>54<U+202C>" in readable, fmt


def test_json_keeps_the_text_exactly_for_import(trojan: Snapshot) -> None:
    raw = export(trojan, "json").decode("utf-8")
    assert "\\u202e54\\u202c" in raw  # seen as an escape in an editor, restored by a reader
    claims = {n["id"]: n for n in json.loads(raw)["nodes"] if n["type"] == "claim"}
    assert claims["ccivil"]["record"]["summary"] == TROJAN


def test_csv_shows_each_code_in_the_cell(trojan: Snapshot) -> None:
    rows = list(csv.DictReader(io.StringIO(export(trojan, "csv").decode("utf-8"), newline="")))
    (civil,) = [r for r in rows if r["id"] == "ccivil"]
    assert civil["summary"].startswith(SHOWN)
    assert all(code in civil["summary"] for code in CODES)
    assert civil["speaker"] == civil["summary"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_readers_get_the_visible_codes(trojan: Snapshot, fmt: str) -> None:
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    g = read(io.BytesIO(export(trojan, fmt)))
    assert g.nodes["ccivil"]["summary"] == clean_text(TROJAN)
    assert g.nodes["ccivil"]["summary"].startswith(SHOWN)
    assert all(code in g.nodes["snk"]["label"] for code in CODES)


@needs_dot
def test_graphviz_draws_the_codes(trojan: Snapshot) -> None:
    root = ET.fromstring(export(trojan, "svg"))
    drawn = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "<U+202E>54<U+202C>" in drawn and not set(drawn) & set(BIDI)


@pytest.mark.parametrize("fmt", ["claimreview", "aif", "cytoscape"])
def test_json_ld_and_graph_json_carry_the_codes_not_escapes(trojan: Snapshot, fmt: str) -> None:
    text = json.dumps(json.loads(export(trojan, fmt)), ensure_ascii=False)
    assert not set(text) & set(BIDI) and SHOWN in text


def test_mermaid_and_argdown_labels_show_the_codes(trojan: Snapshot) -> None:
    mermaid = export(trojan, "mermaid").decode()
    assert "#lt;U+202E#gt;54#lt;U+202C#gt;" in mermaid  # Mermaid renders #lt; as <
    argdown = export(trojan, "argdown").decode()
    assert re.search(r"\\<U\\\+202E\\>54\\<U\\\+202C\\>", argdown)
    titles = [line.split("]")[0] for line in argdown.splitlines() if line.startswith("[")]
    assert not any("U 202" in t for t in titles)  # a title drops them with the punctuation


def test_helpers() -> None:
    assert clean_text("a\u202eb\u061c") == "a<U+202E>b<U+061C>"
    assert plain_title("Officials \u202esaid\u202c x") == "Officials said x"
    assert safe_url("https://example.org/\u2066a") is None
    assert safe_url("https://example.org/a") == "https://example.org/a"
