"""Concurrency: several processes writing through the CLI lose nothing, readers catch up, a held
lock makes a writer wait briefly and fail with one clear line, leaving the store untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import filelock
import pytest

from claimtrack.store import Store
from tests.conftest import store_state
from tests.durability.harness import run_cli

CLI_LOOP = Path(__file__).resolve().parent / "cli_loop.py"
PER_WRITER = 20


def article(n: int) -> str:
    """An English article of `n` distinct sentences."""
    body = " ".join(
        f"Officials said {i + 3} shells hit district number {i} overnight, residents reported."
        for i in range(n)
    )
    return "Concurrency report\n\n" + body


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store with one speaker and one imported article of 70 statements."""
    path = tmp_path / "desk.json"
    doc = tmp_path / "article.txt"
    doc.write_text(article(69), encoding="utf-8")
    for argv in (
        ("init",),
        ("import", str(doc), "--lang", "en"),
        ("speaker", "add", "Base Speaker", "--alias", "Base"),
    ):
        code, _, err = run_cli(*argv, "--db", str(path))
        assert code == 0, err
    return path


def statement_ids(path: Path) -> list[str]:
    """Every statement id, in text order."""
    store = Store.open(path)
    docs = store.docs("statements")
    return sorted(docs, key=lambda i: docs[i]["start"])


def run_together(
    commands: list[list[list[str]]], tmp_path: Path, env: dict[str, str] | None = None
) -> list[list[str]]:
    """Start one child per command list, release them at once, return each one's result lines."""
    start = tmp_path / "go"
    children = []
    for cmds in commands:
        child = subprocess.Popen(
            [sys.executable, str(CLI_LOOP), json.dumps(cmds), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "READY"
        children.append(child)
    start.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert "Traceback" not in err, err
        results.append(out.splitlines())
    return results


def test_inits_started_together_create_the_store_once(tmp_path: Path) -> None:
    """Six `init`s on a new path at once: each looked for the file before opening it, so
    most said "created empty store" of a store only one of them made."""
    db = tmp_path / "new.json"
    results = run_together([[["init", "--json", "--db", str(db)]] for _ in range(6)], tmp_path)
    said = [line for lines in results for line in lines]
    assert all(line.startswith("OK ") for line in said), said
    created = sorted(json.loads(line[3:])["created"] for line in said)
    assert created == [False] * 5 + [True]
    assert run_cli("check", "--db", str(db))[0] == 0


@pytest.mark.parametrize(
    ("writers", "env"),
    [(2, {}), (3, {"CT_JOURNAL_EVERY": "5"})],
    ids=["2-writers-fold-on-close", "3-writers-periodic-folds"],
)
def test_concurrent_cli_writers_lose_no_update(
    store_path: Path, tmp_path: Path, writers: int, env: dict[str, str]
) -> None:
    statements = statement_ids(store_path)
    db = ["--db", str(store_path)]
    commands = []
    for w in range(writers):
        cmds: list[list[str]] = []
        for k in range(PER_WRITER):
            cmds.append(["speaker", "add", f"Writer {w}-{k}", "--json", *db])
            cmds.append(["tag", statements[w * PER_WRITER + k], "Base", "--json", *db])
        commands.append(cmds)
    results = run_together(commands, tmp_path, env)
    for lines in results:
        assert [line for line in lines if not line.startswith("OK ")] == []
        assert len(lines) == 2 * PER_WRITER

    json.loads(store_path.read_bytes())  # the file itself is whole, parseable JSON
    store = Store.open(store_path)
    names = {d["name"] for d in store.docs("speakers").values()}
    assert names == {"Base Speaker"} | {
        f"Writer {w}-{k}" for w in range(writers) for k in range(PER_WRITER)
    }
    base = next(i for i, d in store.docs("speakers").items() if d["name"] == "Base Speaker")
    for sid in statements[: writers * PER_WRITER]:
        doc = store.doc("statements", sid)
        assert doc is not None and doc["speaker"] == base and doc["claim"] is not None
    seqs = sorted(e["seq"] for e in store.docs("events").values())
    assert seqs == list(range(1, 3 + 2 * writers * PER_WRITER))  # import, speaker, then ours
    code, out, err = run_cli("check", "--json", *db)
    assert code == 0, out + err


READER = """
import sys, time
from pathlib import Path
from claimtrack.store import Store
store = Store.open(Path(sys.argv[1]))
want = int(sys.argv[2])
print("READY", flush=True)
deadline = time.monotonic() + 30
seen = -1
while time.monotonic() < deadline:
    store.refresh()
    names = sorted(d["name"] for d in store.docs("speakers").values())
    names = [n for n in names if n.startswith("Live")]
    if len(names) != seen:
        seen = len(names)
        print("SAW " + "|".join(names), flush=True)
    if seen == want:
        break
    time.sleep(0.01)
"""


def test_a_polling_reader_sees_another_processes_changes_across_folds(store_path: Path) -> None:
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(store_path), "6"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout is not None and reader.stdout.readline().strip() == "READY"
    db = ["--db", str(store_path)]
    # Large-store behaviour in the writer: the journal is only folded when asked to.
    store = Store.open(store_path, analyst="writer")
    from claimtrack.services.speakers import add_speaker

    for k in range(3):
        add_speaker(store, f"Live {k}")  # journalled, not folded
        time.sleep(0.05)
    assert run_cli("checkpoint", *db)[0] == 0  # folded and the journal emptied under the reader
    for k in range(3, 6):
        add_speaker(store, f"Live {k}")
        time.sleep(0.05)
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0 and "Traceback" not in err, err
    seen = [line[4:].split("|") if line[4:] else [] for line in out.splitlines()]
    assert seen[-1] == [f"Live {k}" for k in range(6)]
    # Each view the reader had was a prefix of the writer's order: never torn, never reordered.
    for names in seen:
        assert names == [f"Live {k}" for k in range(len(names))]


HOLDER = """
import sys, time, filelock
lock = filelock.FileLock(sys.argv[1])
lock.acquire()
print("HELD", flush=True)
time.sleep(60)
"""


@pytest.fixture
def held_lock(store_path: Path):  # type: ignore[no-untyped-def]
    """Another process holding the store's writer lock."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_path) + ".lock"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
    yield holder
    holder.kill()
    holder.wait()


@pytest.mark.usefixtures("held_lock")
def test_a_writer_facing_a_held_lock_waits_then_fails_with_one_line(store_path: Path) -> None:
    before = store_state(store_path)
    started = time.monotonic()
    code, out, err = run_cli("speaker", "add", "Blocked", "--db", str(store_path))
    waited = time.monotonic() - started
    assert code not in (0, 70) and 0 < code < 64
    assert err.count("\n") == 1 and "store is busy" in err, err
    assert out == ""
    assert 1.0 <= waited < 10.0  # it waited briefly, then gave up
    assert store_state(store_path) == before


@pytest.mark.usefixtures("held_lock")
def test_reading_while_another_process_holds_the_lock_works_and_changes_nothing(
    store_path: Path,
) -> None:
    before = store_state(store_path)
    code, out, err = run_cli("speaker", "list", "--json", "--db", str(store_path))
    assert code == 0, err
    assert [s["name"] for s in json.loads(out)] == ["Base Speaker"]
    assert store_state(store_path) == before


def test_a_lock_left_by_a_killed_writer_does_not_block_the_next(store_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_path) + ".lock"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
    holder.kill()
    holder.wait()
    # The lock file may stay behind; the lock itself died with its holder.
    with filelock.FileLock(str(store_path) + ".lock").acquire(timeout=1):
        pass
    code, _, err = run_cli("speaker", "add", "After", "--db", str(store_path))
    assert code == 0, err


def test_an_undo_waiting_for_the_lock_never_overwrites_what_landed_meanwhile(
    store_path: Path,
) -> None:
    """`undo` checked its target before taking the lock: a colleague's tag committed while it
    waited was wiped by the undo of the edit below it, and nobody was told."""
    import threading

    from claimtrack.model import Claim
    from claimtrack.services import annotate, history

    alice = Store.open(store_path, analyst="alice")
    bob = Store.open(store_path, analyst="bob")
    first = statement_ids(store_path)[0]
    claim_id = annotate.tag(alice, first, "Base Speaker")[2].id
    annotate.edit_claim(alice, claim_id, add_tags=["martuni"])  # what alice means to undo
    undone: list[object] = []
    with bob.transaction("claim.edit", f"edit claim {claim_id}") as tx:  # bob holds the lock
        waiting = threading.Thread(target=lambda: undone.append(history.undo(alice)))
        waiting.start()
        time.sleep(0.3)  # alice's undo is now waiting for the lock
        claim = bob.get(Claim, claim_id)
        assert claim is not None
        tx.put(claim.replace(tags=("martuni", "shelling")))
    waiting.join(timeout=30)
    (event,) = undone
    assert event.analyst == "bob"  # type: ignore[attr-defined]  # the newest change, undone in the log
    fresh = Store.open(store_path)
    assert fresh.docs("claims")[claim_id]["tags"] == ["martuni"]  # alice's edit still stands
    log = sorted(fresh.docs("events").values(), key=lambda d: d["seq"])
    assert log[-1]["undoes"] == event.id  # type: ignore[attr-defined]
