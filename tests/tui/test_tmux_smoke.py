"""The real thing: the app in a real terminal (tmux), keys sent, the result checked via the CLI."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack.demo import build_demo_store

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 30.0


class Tmux:
    """One private tmux server (its own socket) running one detached session."""

    def __init__(self, socket: str, env: dict[str, str]) -> None:
        self.socket = socket
        self.env = env

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a tmux command on our server."""
        return subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            env=self.env,
            check=check,
        )

    def screen(self) -> str:
        """What the terminal shows now."""
        return self.run("capture-pane", "-p", "-t", "app", check=False).stdout

    def alive(self) -> bool:
        """True while the session (the app) runs."""
        return self.run("has-session", "-t", "app", check=False).returncode == 0

    def send(self, *keys: str) -> None:
        """Type keys into the app."""
        self.run("send-keys", "-t", "app", *keys)

    def wait(self, what: str, ok: Callable[[], bool]) -> None:
        """Poll until `ok()` holds, failing with the screen after TIMEOUT seconds."""
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if ok():
                return
            time.sleep(0.1)
        pytest.fail(f"timed out waiting for {what}; screen:\n{self.screen()}")

    def wait_for(self, text: str) -> None:
        """Poll the screen until it shows `text`."""
        self.wait(repr(text), lambda: text in self.screen())


def claimtrack_command() -> list[str]:
    """How the analyst starts claimtrack: `uv run claimtrack`, or the venv's script."""
    uv = shutil.which("uv")
    if uv is not None:
        return [uv, "run", "--quiet", "claimtrack"]
    return [str(Path(sys.executable).with_name("claimtrack"))]


def cli_json(env: dict[str, str], *args: str) -> object:
    """`claimtrack ARGS --json` in a subprocess, as the analyst's shell would run it."""
    out = subprocess.run(
        [*claimtrack_command(), *args, "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout)


def test_tag_a_statement_in_a_real_terminal(tmp_path: Path) -> None:
    """s, type a speaker, ⏎, q: exactly the statement under the cursor is tagged."""
    db = build_demo_store(tmp_path / "desk.json")
    env = {**os.environ, "TERM": "xterm-256color", "CLAIMTRACK_ANALYST": "tester"}
    env.pop("NO_COLOR", None)
    tmux = Tmux(f"claimtrack-test-{os.getpid()}", env)
    command = shlex.join([*claimtrack_command(), "--db", str(db)])
    tmux.run("new-session", "-d", "-s", "app", "-x", "100", "-y", "30", "-c", str(REPO), command)
    try:
        tmux.wait_for("[2 Reader]")
        tmux.wait_for("reviewed")
        tmux.send("s")
        tmux.wait_for("Speaker of statement")
        tmux.send("-l", "Putin")
        tmux.wait_for("Vladimir Putin · Russia")
        tmux.send("Enter")
        tmux.wait_for("— Vladimir Putin")
        tmux.send("q")
        tmux.wait("the app to quit", lambda: not tmux.alive())
    finally:
        tmux.run("kill-server", check=False)

    statements = cli_json(env, "statements", "--db", str(db))
    assert isinstance(statements, list) and statements
    tagged = [s for s in statements if s["speaker"] is not None]
    assert [s["id"] for s in tagged] == [statements[0]["id"]]
    speakers = cli_json(env, "speaker", "list", "--db", str(db))
    assert isinstance(speakers, list)
    putin = next(s for s in speakers if s["name"] == "Vladimir Putin")
    assert tagged[0]["speaker"] == putin["id"]


def test_closing_the_terminal_deletes_the_demos_scratch_copy(tmp_path: Path) -> None:
    """A killed tmux session (SIGHUP) quits like `q`: the scratch copy named on screen goes."""
    scratch_root = tmp_path / "tmp"
    scratch_root.mkdir()
    env = {**os.environ, "TERM": "xterm-256color", "TMPDIR": str(scratch_root)}
    env.pop("NO_COLOR", None)
    tmux = Tmux(f"claimtrack-hup-{os.getpid()}", env)
    command = shlex.join([*claimtrack_command(), "demo"])
    tmux.run("new-session", "-d", "-s", "app", "-x", "160", "-y", "30", "-c", str(REPO), command)
    try:
        tmux.wait_for("[2 Reader]")
        tmux.wait("the scratch copy", lambda: any(scratch_root.glob("claimtrack-demo-*")))
    finally:
        tmux.run("kill-server", check=False)
    tmux.wait("the scratch copy to go", lambda: not any(scratch_root.glob("claimtrack-demo-*")))
