"""Exports of desks built through the CLI with hostile names, notes and summaries."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from markdown_it import MarkdownIt

from claimtrack.model import Speaker
from claimtrack.store import Store
from tests.conftest import Runner
from tests.export.desk import needs_dot

# DEL and the C1 controls: U+009B is a terminal's CSI (as ESC [ is), U+009D its OSC.
C1 = "\x7f\x85\x9b\x9d"


def _desk(cli: Runner, tmp_path: Path, speaker: str) -> str:
    """One statement said by `speaker`; its claim's id."""
    doc = tmp_path / "wire.txt"
    doc.write_text("The ministry said the bridge was hit.\n", "utf-8")
    cli("import", str(doc))
    (st,) = cli("statements", "--json").json()
    cli("speaker", "add", speaker, "--kind", "ministry")
    return cli("tag", st["id"], speaker, "--json").json()["claim"]


def test_the_json_export_writes_no_raw_c1_control(cli: Runner, db: Path, tmp_path: Path) -> None:
    """`export -f json` (to a terminal by default) wrote DEL and C1 controls of a name raw,
    where the terminal obeys them; now each is a `\\u` escape that restores exactly. A name
    typed today loses them (`model.check_typed`); one stored by an older claimtrack, a
    restored export or a hand edit still has them."""
    name = f"Defence{C1}31mMinistry"
    _desk(cli, tmp_path, "Defence Ministry")
    store = Store.open(db)
    try:
        (speaker,) = store.all(Speaker)
        with store.transaction("speaker.edit", "a name stored with controls") as tx:
            tx.put(speaker.replace(name=name))
    finally:
        store.close()
    for fmt in ("json", "cytoscape", "aif", "claimreview"):
        out = cli("export", "-f", fmt).out
        assert not re.search("[\x7f-\x9f]", out), fmt
    out = cli("export", "-f", "json").out
    assert "Defence\\u007f\\u0085\\u009b\\u009d31mMinistry" in out
    speakers = [n["record"] for n in json.loads(out)["nodes"] if n["type"] == "speaker"]
    assert [s["name"] for s in speakers] == [name]  # the restore gets the name back whole


@needs_dot
def test_graphviz_draws_a_claim_with_a_very_long_summary(cli: Runner, tmp_path: Path) -> None:
    """The DOT tooltip carried the whole summary and link note; Graphviz refuses a quoted
    string holding more than 16 KiB without a quote or backslash, so `export -f svg` failed
    ("syntax error … longer than 16384?") for the whole desk."""
    claim = _desk(cli, tmp_path, "Defence Ministry")
    doc = tmp_path / "reply.txt"
    doc.write_text("The army said the bridge stood.\n", "utf-8")
    cli("import", str(doc))
    other = next(s for s in cli("statements", "--json").json() if not s["claim"])
    rival = cli("tag", other["id"], "Defence Ministry", "--json").json()["claim"]
    summary = "Кто " + "ab" * 9000 + " — конец"  # 18,000 characters, 18 KiB in one piece
    assert cli("claim", "edit", claim, "--summary", summary).code == 0
    assert cli("link", claim, rival, "--rel", "contradicts", "--note", "y" * 20_000).code == 0
    dot = tmp_path / "desk.dot"
    assert cli("export", "-f", "dot", "-o", str(dot)).code == 0
    done = subprocess.run(["dot", "-Tsvg", str(dot)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    svg = tmp_path / "desk.svg"
    r = cli("export", "-f", "svg", "-o", str(svg))
    assert r.code == 0, r.err
    ns, xlink = "{http://www.w3.org/2000/svg}", "{http://www.w3.org/1999/xlink}title"
    tips = [a.get(xlink) for a in ET.parse(svg).iter(f"{ns}a") if a.get(xlink)]
    assert any(t.startswith(f"{claim}: Кто abab") and t.endswith("…") for t in tips)
    assert any(t.startswith("contradicts: yyy") for t in tips)


def test_the_brief_escapes_an_evidence_date_from_a_restored_export(
    cli: Runner, tmp_path: Path
) -> None:
    """No command types an evidence's title or date, but a colleague's `json` export carries
    both; the brief escaped the title and wrote the date as it was, so a restored export put
    raw HTML (an `<img onerror>`) into the Markdown brief."""
    claim = _desk(cli, tmp_path, "Defence Ministry")
    cli("outcome", claim, "--verdict", "false", "--evidence", "https://example.org/r")
    export = tmp_path / "colleague.json"
    cli("export", "-f", "json", "-o", str(export))
    data = json.loads(export.read_text("utf-8"))
    (node,) = [n for n in data["nodes"] if n["type"] == "claim"]
    payload = '<img src=x onerror="alert(1)">'
    node["outcomes"][0]["evidence"][0].update(title=f"Report {payload}", date=payload)
    export.write_text(json.dumps(data), "utf-8")
    mine = str(tmp_path / "mine.json")
    assert cli("import", str(export), "--db", mine, use_db=False).code == 0
    brief = cli("export", "-f", "md", "--db", mine, use_db=False).out
    html = MarkdownIt("gfm-like").render(brief)
    assert "<img" not in html
    assert html.count("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;") == 2  # shown, twice


def _rows(data: bytes, excel: bool) -> list[dict[str, str]]:
    text = data[2:].decode("utf-16-le") if excel else data.decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if excel else ","))


def test_a_full_width_or_hidden_formula_sign_is_neutralised(cli: Runner, tmp_path: Path) -> None:
    """A cell starting with a full-width `＝` (U+FF1D), or with `=` behind a zero-width space,
    went into the csv and excel tables as it was; a spreadsheet that reads either as a sign
    runs the formula."""
    claim = _desk(cli, tmp_path, '\u200b=HYPERLINK("http://x","y")')
    cli("claim", "edit", claim, "--summary", "＝SUM(1+1) said the ministry", "--tag", "＠x")
    cli("claim", "edit", claim, "--note", '\ufeff\u3000＋1 «цитата» "quoted"')
    for fmt, excel in (("csv", False), ("excel", True)):
        out = tmp_path / f"{fmt}.csv"
        assert cli("export", "-f", fmt, "-o", str(out)).code == 0
        (row,) = _rows(out.read_bytes(), excel)
        assert row["summary"] == "'＝SUM(1+1) said the ministry"
        assert row["speaker"] == '\'\u200b=HYPERLINK("http://x","y")'
        assert row["tags"] == "'＠x"
        assert row["note"] == '\'\ufeff\u3000＋1 «цитата» "quoted"'
        assert row["sources"] == "The ministry said the bridge was hit. (undated)"  # as is


def test_yed_never_reads_a_name_or_title_as_html(cli: Runner, tmp_path: Path) -> None:
    """yEd draws a label opening with `<html>` as Swing HTML, fetching any `<img src>` it
    names when the file is opened; a speaker's name or a source's title made the labels of
    their nodes (and of the claims they said) such HTML. The plain `label` data keeps it."""
    name = "<html><img src='http://evil.example/t.png'>Defence Ministry"
    _desk(cli, tmp_path, name)
    doc = tmp_path / "reply.txt"
    doc.write_text("The army said the bridge stood.\n", "utf-8")
    (reply,) = cli("import", str(doc), "--json").json()["sources"]
    cli("source", "edit", reply["id"], "--title", "  <HTML><b>Breaking</b>")
    out = tmp_path / "desk.graphml"
    assert cli("export", "-f", "graphml", "-o", str(out)).code == 0
    y = "{http://www.yworks.com/xml/graphml}"
    labels = [e.text or "" for e in ET.parse(out).iter(f"{y}NodeLabel")]
    assert len(labels) == 4
    assert not [t for t in labels if t.lstrip().lower().startswith("<html")], labels
    assert f"\u200b{name}" in labels and f"\u200b{name}: The ministry said" in "".join(labels)
    assert "\u200b<HTML><b>Breaking</b>" in labels  # the title as stored (trimmed)
    assert "The ministry said the bridge was hit." in labels  # plain titles as they are
    g = "{http://graphml.graphdrawing.org/xmlns}"
    root = ET.parse(out).getroot()
    keys = root.iter(f"{g}key")
    (key,) = [k.get("id") for k in keys if (k.get("for"), k.get("attr.name")) == ("node", "label")]
    plain = {d.text for d in root.iter(f"{g}data") if d.get("key") == key}
    assert name in plain  # the label Gephi and Cytoscape read, as it was
