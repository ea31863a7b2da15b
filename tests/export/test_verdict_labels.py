"""A claim nobody has judged reads `none` in every export, one judged open reads `open`:
the drawings labelled both `open`, so "not looked at" looked like "investigated, still open"."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from claimtrack.export import export
from claimtrack.snapshot import Snapshot

# In the war desk, clower was judged open (ben, 2020-11-10) and nobody judged cshell.
JUDGED_OPEN, UNJUDGED = "clower", "cshell"


# Where each drawing writes a claim's verdict: "…\nopen · first seen", "(open\, first
# seen …)", "[open]".
VERDICT_AT = {
    "dot": re.compile(r"\\n([\w-]+) · first seen"),
    "argdown": re.compile(r"\\\(([\w-]+)\\, first seen"),
    "mermaid": re.compile(r"#91;([\w-]+)#93;"),
}


def _line_of(text: str, claim_id: str) -> str:
    node = re.compile(rf"(?<![a-z0-9]){claim_id}\b.*(seen|#93;)")
    (line,) = [ln for ln in text.splitlines() if node.search(ln)]
    return line


@pytest.mark.parametrize("fmt", sorted(VERDICT_AT))
def test_a_drawn_claim_says_whether_anybody_judged_it(war_desk: Snapshot, fmt: str) -> None:
    text = export(war_desk, fmt).decode("utf-8")
    said = {cid: VERDICT_AT[fmt].findall(_line_of(text, cid)) for cid in (UNJUDGED, JUDGED_OPEN)}
    assert said == {UNJUDGED: ["none"], JUDGED_OPEN: ["open"]}


def test_the_dot_border_marks_a_claim_judged_open_as_judged(war_desk: Snapshot) -> None:
    """The legend says "double border = judged": a verdict of open is a judgement."""
    text = export(war_desk, "dot").decode("utf-8")
    assert 'peripheries="2"' in _line_of(text, JUDGED_OPEN)
    assert 'peripheries="1"' in _line_of(text, UNJUDGED)


def test_graph_formats_carry_the_same_verdict_attribute(war_desk: Snapshot) -> None:
    nodes = {n["id"]: n for n in json.loads(export(war_desk, "json"))["nodes"]}
    assert nodes[UNJUDGED]["verdict"] == "none" and nodes[JUDGED_OPEN]["verdict"] == "open"
    root = ET.fromstring(export(war_desk, "graphml"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    (key,) = [k.get("id") for k in root.iterfind("g:key", ns) if k.get("attr.name") == "verdict"]
    verdicts = {
        node.get("id"): node.findtext(f"g:data[@key='{key}']", namespaces=ns)
        for node in root.iter("{http://graphml.graphdrawing.org/xmlns}node")
    }
    assert verdicts[UNJUDGED] == "none" and verdicts[JUDGED_OPEN] == "open"


def test_tables_and_drawings_agree_on_every_claims_verdict(war_desk: Snapshot) -> None:
    rows = csv.DictReader(io.StringIO(export(war_desk, "csv").decode("utf-8")))
    table = {r["id"]: r["verdict"] for r in rows}
    nodes = json.loads(export(war_desk, "json"))["nodes"]
    drawn = {n["id"]: n["verdict"] for n in nodes if n.get("type") == "claim"}
    assert drawn == table
