"""A file saved with Windows line ends or a UTF-8 BOM is the same article as its LF copy.

What is stored is the file's text normalised (README, "What an import stores"): line ends
become "\\n" and a byte-order mark is dropped, so quotes and statement offsets are the same
whichever copy came first, and the second copy is the article already imported.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from tests.cli.desk import EN
from tests.conftest import Runner


def copies(tmp_path: Path) -> tuple[Path, Path]:
    """The demo's English report as saved on Linux, and as saved by Notepad (CRLF, BOM)."""
    text = EN.read_bytes().replace(b"\r\n", b"\n")
    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    lf.write_bytes(text)
    crlf.write_bytes(codecs.BOM_UTF8 + text.replace(b"\n", b"\r\n"))
    return lf, crlf


def statements(cli: Runner) -> list[tuple[int, int, str]]:
    return [(s["start"], s["end"], s["text"]) for s in cli("statements", "--json").json()]


def test_a_crlf_copy_with_a_bom_is_the_article_already_imported(
    cli: Runner, tmp_path: Path
) -> None:
    lf, crlf = copies(tmp_path)
    first = cli("import", str(lf), "--json").json()["sources"][0]
    listed = statements(cli)
    again = cli("import", str(crlf), "--json").json()["sources"][0]
    assert again["duplicate"] and again["id"] == first["id"]
    assert statements(cli) == listed


def test_the_crlf_copy_first_stores_what_the_lf_copy_does(cli: Runner, tmp_path: Path) -> None:
    lf, crlf = copies(tmp_path)
    both = cli("import", str(crlf), str(lf), "--json").json()["sources"]
    assert [s["duplicate"] for s in both] == [False, True]
    stored = statements(cli)
    assert not any("\r" in text or "\ufeff" in text for _, _, text in stored)
    # the same quotes at the same offsets as an import of the LF copy alone
    cli("undo")
    cli("import", str(lf))
    assert statements(cli) == stored
