"""The README stays true: its keymap is the action table's, its test command is CI's."""

from __future__ import annotations

import re

from claimtrack.tui.keymap import keymap_markdown
from tests.conftest import REPO


def test_the_readme_keymap_is_generated_from_the_action_table() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    embedded = readme.split("<!-- keymap:start -->")[1].split("<!-- keymap:end -->")[0]
    assert embedded.strip() == keymap_markdown().strip()


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r"^uv run pytest.*$", ci, re.MULTILINE)
    assert command is not None
    assert command.group(0) in (REPO / "README.md").read_text(encoding="utf-8")
