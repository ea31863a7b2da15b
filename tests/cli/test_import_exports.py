"""claimtrack's own exports handed back to `import`: refused as not articles, as a graph
export, a PNG or a JSON file already were, and left out of a folder import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.desk import EN, accusation_and_denial, statement_with
from tests.conftest import DEMO, Runner, store_state

EXPORTS = {  # format -> (file name, what the refusal calls it)
    "csv": ("desk.csv", "a claimtrack claims table (an export)"),
    "excel": ("desk-excel.csv", "a claimtrack claims table (an export)"),
    "md": ("brief.md", "a claimtrack brief (an export)"),
    "mermaid": ("desk.mmd", "a Mermaid diagram"),
    "dot": ("desk.dot", "a Graphviz graph"),
    "argdown": ("desk.argdown", "an Argdown map"),
}
RENAMED = {  # an export saved under an article's name is still told by its first line
    "csv": "a claimtrack claims table (an export)",
    "md": "a claimtrack brief (an export)",
    "mermaid": "a Mermaid diagram",
    "dot": "a Graphviz graph",
}


@pytest.fixture
def exports(cli: Runner, tmp_path: Path) -> Path:
    """A folder holding one article and every text export of a desk with two claims."""
    accusation_and_denial(cli)
    cli("tag", statement_with(cli, "repelled two attacks")["id"], "Karabakh officials")
    cli("tag", statement_with(cli, "legitimate military targets")["id"],
        "Azerbaijan defence ministry")  # fmt: skip
    folder = tmp_path / "handed-on"
    folder.mkdir()
    for fmt, (name, _) in EXPORTS.items():
        assert cli("export", "-f", fmt, "-o", str(folder / name)).code == 0
    shutil.copy(DEMO / "07_meridian-wire_en.txt", folder / "article.txt")
    return folder


@pytest.mark.parametrize("fmt", list(EXPORTS))
def test_an_export_named_on_its_own_is_refused_in_one_line(
    cli: Runner, db: Path, exports: Path, fmt: str
) -> None:
    """A trial: `claimtrack import desk.csv` said "imported … ed7k2j7,Lena Korsak,…: 2
    statements"; the excel table came in as 40 statements, the brief and a .mmd likewise."""
    name, what = EXPORTS[fmt]
    before = store_state(db)
    r = cli("import", str(exports / name))
    assert (r.code, r.out) == (1, ""), r.err
    assert r.err == f"claimtrack: error: {name}: {what}, not an article; claimtrack imports " \
        "plain text, Markdown and HTML pages\n"  # fmt: skip
    assert store_state(db) == before


@pytest.mark.parametrize("fmt", list(RENAMED))
def test_an_export_saved_as_a_text_file_is_still_refused(
    cli: Runner, db: Path, exports: Path, fmt: str
) -> None:
    renamed = exports / "notes.txt"
    shutil.copy(exports / EXPORTS[fmt][0], renamed)
    before = store_state(db)
    r = cli("import", str(renamed))
    assert r.code == 1 and r.err.count("\n") == 1, r.err
    assert f"notes.txt: {RENAMED[fmt]}, not an article" in r.err
    assert store_state(db) == before


def test_a_folder_import_leaves_every_export_out_and_says_so(
    cli: Runner, db: Path, exports: Path
) -> None:
    """A folder already left a .csv out: the brief (a .md like an article), the diagrams and
    the excel table are left out alike, each named, and the article beside them imported."""
    r = cli("import", str(exports))
    assert r.code == 0, r.err
    assert r.err.count("imported ") == 1 and "taken Shushi" in r.err, r.err
    for name, what in EXPORTS.values():
        kind = "a CSV table" if name.endswith(".csv") else what  # told by the name alone
        assert f"skipped {exports / name}: {kind}, not an article" in r.err, r.err


def test_markdown_articles_are_still_imported(cli: Runner, tmp_path: Path) -> None:
    """Only the brief's own opening is an export: an article titled like it, one carrying a
    Mermaid block, and one opening with a table are articles."""
    folder = tmp_path / "articles"
    folder.mkdir()
    said = "Officials said 12 people died in Martuni overnight.\n"
    (folder / "a.md").write_text(f"# Claim brief: what Aliyev said\n\n{said}", "utf-8")
    (folder / "b.md").write_text(f"# Martuni\n\n```mermaid\nflowchart LR\n  a --> b\n```\n\n{said}",
                                 "utf-8")  # fmt: skip
    (folder / "c.md").write_text(f"| id | speaker |\n|---|---|\n| 1 | Aliyev |\n\n{said}", "utf-8")
    shutil.copy(EN, folder / "d.txt")
    r = cli("import", str(folder), "--json")
    assert r.code == 0 and "skipped" not in r.err, r.err
    assert len(r.json()["sources"]) == 4


def test_a_brief_resaved_with_a_byte_order_mark_is_left_out_of_a_folder(
    cli: Runner, db: Path, exports: Path
) -> None:
    """A brief opened and saved again in an editor that writes a UTF-8 byte order mark (as
    Windows Notepad long did) is still a brief: the folder's articles are imported and the
    brief left out, not the whole folder refused because of it."""
    for name, _ in EXPORTS.values():
        if name != "brief.md":
            (exports / name).unlink()
    brief = exports / "brief.md"
    brief.write_bytes(b"\xef\xbb\xbf" + brief.read_bytes())
    r = cli("import", str(exports))
    assert r.code == 0, r.err
    assert "taken Shushi" in r.err, r.err
    assert f"skipped {brief}: a claimtrack brief (an export), not an article" in r.err, r.err


@pytest.mark.parametrize("fmt", ["md", "csv"])
def test_an_export_saved_as_txt_is_left_out_of_a_folder(
    cli: Runner, db: Path, exports: Path, fmt: str
) -> None:
    """A brief or claims table saved under a .txt name among the articles: the folder's
    articles are imported and it is left out by its first line, as a .md brief is, not the
    whole folder refused because of it."""
    name, what = EXPORTS[fmt]
    for other, _ in EXPORTS.values():
        if other != name:
            (exports / other).unlink()
    saved = exports / "notes.txt"
    (exports / name).rename(saved)
    r = cli("import", str(exports))
    assert r.code == 0, r.err
    assert "taken Shushi" in r.err, r.err
    assert f"skipped {saved}: {what}, not an article" in r.err, r.err
