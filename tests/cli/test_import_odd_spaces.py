"""`claimtrack import` of a web page's no-break and thin spaces: stderr holds only our lines.

sentencex panicked on a one-letter capital, a non-ASCII space and a full stop ("checkpoint
Z&nbsp;."). The panic was caught, but Rust had already written "thread '<unnamed>' panicked
at ..." (and a backtrace) to the process's stderr: past Python's `sys.stderr`, so only a real
process shows it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO, Runner

ARTICLE = (
    "Convoy stopped at checkpoint Z\u00a0. Nobody was hurt, officials said.\n\n"
    "The envoy flew back to the U.S\u2009. His deputy stayed in Baku\u202f.\n\n"
    "Troops painted the letter Z\u3000. Residents filmed them.\n"
)


def claimtrack(*argv: str) -> subprocess.CompletedProcess[str]:
    """`claimtrack ARGV` in a process of its own, as a desk runs it."""
    return subprocess.run(
        [sys.executable, "-c", "from claimtrack.cli.main import entry; entry()", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "RUST_BACKTRACE": "1"},  # a panic would print its backtrace too
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_an_article_with_odd_spaces_is_imported_with_nothing_else_on_stderr(
    cli: Runner, db: Path, tmp_path: Path, as_json: bool
) -> None:
    assert cli("import", str(DEMO / "01_yerevan-herald_en.txt")).code == 0  # the store exists
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, "utf-8")
    done = claimtrack("import", str(page), "--db", str(db), *(["--json"] if as_json else []))
    assert done.returncode == 0, done.stderr
    if as_json:
        assert done.stderr == ""
        (source,) = json.loads(done.stdout)["sources"]
        assert source["statements"] == 6
    else:
        assert done.stderr.startswith("imported ") and done.stderr.count("\n") == 1, done.stderr
    texts = [row["text"] for row in cli("statements", "--json").json()]
    assert "Convoy stopped at checkpoint Z\u00a0." in texts
    assert "Nobody was hurt, officials said." in texts
    assert "The envoy flew back to the U.S\u2009." in texts
    assert "Troops painted the letter Z\u3000." in texts
