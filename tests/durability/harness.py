"""Crash-trial harness: a child writes through the CLI, acknowledging each commit; we kill it.

The child (`worker.py`, run as a script) loops over import / speaker add / tag / link / outcome,
each one a full in-process `claimtrack` command (open the store, write, fold the journal on
close), and prints `ACK {json}` on stdout only after the command returned 0. The parent kills it
with SIGKILL — after a random delay, or the child kills itself at an injected crash point inside
the store's write path — then checks that the store opens, `claimtrack check` exits 0 and every
acknowledged change is there.

Used by tests/durability/test_crash.py (a bounded run) and benchmarks/crash_trials.py (1,000).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WORKER = Path(__file__).resolve().parent / "worker.py"

# Where the child may kill itself (see worker.py); "timer" means a SIGKILL from the parent.
CRASH_POINTS = (
    "timer",
    "journal-torn",  # half a journal line written
    "journal-unsynced",  # whole line written, process dies before fsync returns
    "fold-before-rename",  # checkpoint temp file written, not yet renamed over the store
    "fold-after-rename",  # store file replaced, journal not yet emptied
    "fold-torn-temp",  # checkpoint temp file half written
)
# "small": every command folds the journal into the file on close (stores under 8 MB);
# "journal": no fold on close, a fold every few entries (what large stores do every 1000).
MODES = ("small", "journal")


@dataclass
class Trial:
    """What one killed child acknowledged and how it ended."""

    acks: list[dict[str, Any]]
    returncode: int | None
    stderr: str
    refusals: list[str] = field(default_factory=list)


def run_trial(
    db: Path,
    seed: int,
    *,
    mode: str = "small",
    crash: str = "timer",
    max_delay: float = 0.8,
    timeout: float = 30.0,
) -> Trial:
    """Run one child against `db` until it is killed (or kills itself); collect its ACKs."""
    rng = random.Random(seed)
    env = dict(os.environ, NO_COLOR="1", CLAIMTRACK_ANALYST="crash", PYTHONHASHSEED="0")
    env.pop("CLAIMTRACK_DB", None)
    argv = [sys.executable, str(WORKER), str(db), str(seed), mode, crash]
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.decode("utf-8", "replace")
            if line.startswith("READY"):
                ready.set()
            lines.append(line)
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    err_chunks: list[bytes] = []
    err_reader = threading.Thread(
        target=lambda: err_chunks.append(proc.stderr.read() if proc.stderr else b""), daemon=True
    )
    err_reader.start()
    ready.wait(timeout)
    if crash == "timer":
        # A few acknowledged commands first, then a random moment: on a busy machine a
        # command can take longer than `max_delay`, and a kill that always lands in the first
        # one would never test a crash on top of acknowledged work.
        wait_for = rng.randint(0, 3)
        deadline = time.monotonic() + timeout
        while (
            sum(line.startswith("ACK ") for line in list(lines)) < wait_for
            and proc.poll() is None
            and time.monotonic() < deadline
        ):
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, max_delay))
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    reader.join(timeout)
    err_reader.join(timeout)
    acks: list[dict[str, Any]] = []
    refusals: list[str] = []
    for line in lines:
        if line.startswith("ACK ") and line.endswith("\n"):
            acks.append(json.loads(line[4:]))
        elif line.startswith("REFUSED ") and line.endswith("\n"):
            refusals.append(line[8:].strip())
    stderr = b"".join(err_chunks).decode("utf-8", "replace")
    return Trial(acks, proc.returncode, stderr, refusals)


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Run `claimtrack ARGV` in this process; (exit code, stdout, stderr)."""
    from claimtrack.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def verify(db: Path, acks: list[dict[str, Any]]) -> list[str]:
    """Problems with the store after a crash: it must open, pass `check` and hold every ACK."""
    from claimtrack.errors import ClaimtrackError
    from claimtrack.store import Store

    problems: list[str] = []
    try:
        store = Store.open(db)
    except ClaimtrackError as exc:
        return [f"store does not open: {exc}"]
    for ack in acks:
        problems += _missing(store, ack)
    code, out, err = run_cli("check", "--json", "--db", str(db))
    if code != 0:
        problems.append(f"check exit {code}: {out.strip()} {err.strip()}")
    return problems


def _missing(store: Any, ack: dict[str, Any]) -> list[str]:
    """How the store disagrees with one acknowledged change (empty when it holds it)."""
    op = ack["op"]

    def doc(table: str, id_: str) -> dict[str, Any]:
        return store.doc(table, id_) or {}

    if op == "import":
        src = doc("sources", ack["source"])
        n = len(store.ids_where("statements", "source", ack["source"]))
        if not src or src.get("hash") != ack["hash"] or n != ack["statements"]:
            return [f"acknowledged import {ack} missing (source {bool(src)}, {n} statements)"]
    elif op == "speaker":
        if doc("speakers", ack["id"]).get("name") != ack["name"]:
            return [f"acknowledged speaker {ack} missing"]
    elif op == "tag":
        st = doc("statements", ack["statement"])
        if st.get("speaker") != ack["speaker"] or st.get("claim") != ack["claim"]:
            return [f"acknowledged tag {ack} missing: {st}"]
        if not doc("claims", ack["claim"]):
            return [f"acknowledged tag {ack}: claim missing"]
    elif op == "link":
        lk = doc("links", ack["id"])
        if (lk.get("a"), lk.get("b"), lk.get("relation")) != (ack["a"], ack["b"], ack["rel"]):
            return [f"acknowledged link {ack} missing: {lk}"]
    elif op == "outcome":
        oc = doc("outcomes", ack["id"])
        if (oc.get("claim"), oc.get("verdict")) != (ack["claim"], ack["verdict"]):
            return [f"acknowledged outcome {ack} missing: {oc}"]
    else:
        return [f"unknown acknowledgement {ack}"]
    return []


def leftovers(db: Path) -> list[str]:
    """Stray checkpoint temp files beside the store (a crash mid-fold leaves one)."""
    return sorted(p.name for p in db.parent.glob(f".{db.name}.*.tmp"))
