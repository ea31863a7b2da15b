"""Benchmarks durable annotations and opening on a 100k-statement store against plain TinyDB.

Usage: python benchmarks/bench_store.py [--store FILE] [--statements 100000] [--ops 50]

Measured in one run, on a private copy of the store (generated unless `--store` is given):

* one durable annotation (tag, link, outcome through `claimtrack.services.annotate` on an open
  Store; each is one fsync'd journal line) — median and p95 over `--ops` operations of each
  kind — against TinyDB's default `JSONStorage` making the same kind of change on the same data
  (`update` of one statement for a tag, `insert` of one document for a link or an outcome).
  TinyDB's baseline is kind to TinyDB: it neither fsyncs nor records an event. Targets: >= 30x
  faster and <= 25 ms median;
* opening: `Store.open` until the first lookup answers, against a raw `json.load` of the same
  file (target <= 1.5x), also with the journal the annotations left behind, and with the
  same store written on one line by `json.dump` (TinyDB's own layout);
* the price of a checkpoint (the journal folded into the file every 1000 changes), and one
  `claimtrack tag` run through the CLI in a fresh process (what a shell user waits for).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generate import ensure_store
from tinydb import TinyDB

from claimtrack.model import Claim, Speaker, Statement
from claimtrack.services import annotate
from claimtrack.store import Store

TARGET_SPEEDUP = 30.0
TARGET_MEDIAN_MS = 25.0
TARGET_OPEN_RATIO = 1.5


def summary(seconds: list[float]) -> tuple[float, float]:
    """(median, p95) in milliseconds."""
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return statistics.median(ms), p95


def timed(fn: Callable[[], Any]) -> float:
    """Seconds one call takes."""
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def verdict(ok: bool) -> str:
    """PASS or MISS for a target."""
    return "PASS" if ok else "MISS"


def bench_open(path: Path, rounds: int) -> tuple[float, float]:
    """Median seconds of Store.open (to a first answered lookup) and of a raw json.load."""
    opens: list[float] = []
    loads: list[float] = []
    probe: str | None = None
    for _ in range(rounds):
        gc.collect()
        started = time.perf_counter()
        with path.open("rb") as fh:
            data = json.load(fh)
        loads.append(time.perf_counter() - started)
        probe = probe or next(iter(data["statements"]))
        del data
        gc.collect()
        started = time.perf_counter()
        store = Store.open(path)
        store.resolve(probe[:5], Statement)
        opens.append(time.perf_counter() - started)
        del store
    return statistics.median(opens), statistics.median(loads)


def bench_annotations(path: Path, ops: int, rng: random.Random) -> dict[str, list[float]]:
    """Time `ops` tags, links and outcomes through the services on one open store."""
    store = Store.open(path, analyst="bench")
    statements = store.docs(Statement.TABLE)
    untagged = sorted(i for i, d in statements.items() if d["claim"] is None and not d["narration"])
    speakers = sorted(store.docs(Speaker.TABLE))
    claims = sorted(store.docs(Claim.TABLE))
    times: dict[str, list[float]] = {"tag": [], "link": [], "outcome": []}
    for st in rng.sample(untagged, ops):
        sp = rng.choice(speakers)
        times["tag"].append(timed(lambda st=st, sp=sp: annotate.tag(store, st, sp)))
    done = 0
    while done < ops:
        a, b = rng.sample(claims, 2)
        if annotate.existing_link(store, a, b, "supports"):
            continue
        times["link"].append(
            timed(lambda a=a, b=b: annotate.link_claims(store, a, b, "supports", "bench"))
        )
        done += 1
    for cid in rng.sample(claims, ops):
        times["outcome"].append(
            timed(
                lambda cid=cid: annotate.record_outcome(
                    store, cid, "mixed", note="bench", evidence=["https://example.org/e"]
                )
            )
        )
    return times


def tinydb_copy(path: Path, workdir: Path) -> tuple[Path, dict[str, list[str]]]:
    """The same data laid out as TinyDB's default storage expects (integer document ids)."""
    data = json.loads(path.read_bytes())
    out: dict[str, dict[str, Any]] = {}
    ids: dict[str, list[str]] = {}
    for table, docs in data.items():
        out[table] = {str(n): doc for n, doc in enumerate(docs.values(), start=1)}
        ids[table] = list(out[table])
    target = workdir / "tinydb.json"
    target.write_text(json.dumps(out), encoding="utf-8")  # as JSONStorage writes it
    return target, ids


def bench_tinydb(path: Path, workdir: Path, ops: int, rng: random.Random) -> dict[str, list[float]]:
    """TinyDB 4.9 with its default JSONStorage: one update, one insert, `ops` times each."""
    target, ids = tinydb_copy(path, workdir)
    db = TinyDB(target)  # default: JSONStorage, re-reads and rewrites the file per operation
    statements = db.table("statements")
    links = db.table("links")
    times: dict[str, list[float]] = {"update": [], "insert": []}
    for doc_id in rng.sample(ids["statements"], ops):
        change = {"speaker": "bench00", "claim": "bench00"}
        times["update"].append(
            timed(lambda d=int(doc_id), c=change: statements.update(c, doc_ids=[d]))
        )
    for n in range(ops):
        doc = {"id": f"bl{n:05d}", "a": "x", "b": "y", "relation": "supports", "note": None}
        times["insert"].append(timed(lambda d=doc: links.insert(d)))
    db.close()
    return times


def bench_cli_tag(path: Path, runs: int, rng: random.Random) -> list[float]:
    """Wall time of `claimtrack tag ST SP` in a fresh process (open, write, exit)."""
    store = Store.open(path)
    statements = store.docs(Statement.TABLE)
    untagged = sorted(i for i, d in statements.items() if d["claim"] is None and not d["narration"])
    speakers = sorted(store.docs(Speaker.TABLE))
    del store
    code = "import sys; from claimtrack.cli.main import main; sys.exit(main(sys.argv[1:]))"
    out: list[float] = []
    for st in rng.sample(untagged, runs):
        argv = [sys.executable, "-c", code, "tag", st, rng.choice(speakers), "--db", str(path)]
        started = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        out.append(time.perf_counter() - started)
    return out


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print figures, ratios and targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="store file to copy (default: generate one)")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--ops", type=int, default=50, help="annotations of each kind")
    parser.add_argument("--baseline-ops", type=int, default=5, help="TinyDB operations each")
    parser.add_argument("--open-rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="ct-bench-") as tmp:
        work = Path(tmp)
        path = ensure_store(args.store, work, args.statements)
        size_mb = path.stat().st_size / 1e6
        print(f"store: {size_mb:.1f} MB", flush=True)

        opened, loaded = bench_open(path, args.open_rounds)
        ratio = opened / loaded
        ok = verdict(ratio <= TARGET_OPEN_RATIO)
        print(
            f"open: Store.open {opened * 1000:.0f} ms vs json.load {loaded * 1000:.0f} ms "
            f"= {ratio:.2f}x (target <= {TARGET_OPEN_RATIO}x: {ok})",
            flush=True,
        )

        one_line = work / "one-line.json"
        one_line.write_text(json.dumps(json.loads(path.read_bytes())), encoding="utf-8")
        opened_1, loaded_1 = bench_open(one_line, args.open_rounds)
        ratio = opened_1 / loaded_1
        print(
            f"open the same store written on one line by json.dump (as TinyDB's JSONStorage or "
            f"an outside generator writes it; {one_line.stat().st_size / 1e6:.1f} MB): "
            f"{opened_1 * 1000:.0f} ms vs json.load {loaded_1 * 1000:.0f} ms = {ratio:.2f}x "
            f"(target <= {TARGET_OPEN_RATIO}x: {verdict(ratio <= TARGET_OPEN_RATIO)})",
            flush=True,
        )
        one_line.unlink()

        ours = bench_annotations(path, args.ops, rng)
        base = bench_tinydb(path, work, args.baseline_ops, rng)
        base_for = {"tag": "update", "link": "insert", "outcome": "insert"}
        all_ms: list[float] = []
        for kind, times in ours.items():
            med, p95 = summary(times)
            all_ms += times
            b_med, _ = summary(base[base_for[kind]])
            speed = b_med / med
            ok = speed >= TARGET_SPEEDUP and med <= TARGET_MEDIAN_MS
            print(
                f"{kind}: median {med:.1f} ms, p95 {p95:.1f} ms (n={len(times)}) vs TinyDB "
                f"JSONStorage {base_for[kind]} {b_med:.0f} ms (n={len(base[base_for[kind]])}) "
                f"= {speed:.0f}x faster ({verdict(ok)})",
                flush=True,
            )
        med, p95 = summary(all_ms)
        b_all, _ = summary(base["update"] + base["insert"])
        print(
            f"all annotations: median {med:.1f} ms, p95 {p95:.1f} ms vs {b_all:.0f} ms "
            f"= {b_all / med:.0f}x faster (targets >= {TARGET_SPEEDUP:g}x and <= "
            f"{TARGET_MEDIAN_MS:g} ms: {verdict(b_all / med >= TARGET_SPEEDUP and med <= 25)})",
            flush=True,
        )

        journal = Path(str(path) + ".journal")
        store = Store.open(path)
        pending = store.pending_journal_entries
        del store
        opened_j, loaded_j = bench_open(path, 3)
        print(
            f"open with {pending} journal entries ({journal.stat().st_size / 1e6:.1f} MB): "
            f"{opened_j * 1000:.0f} ms vs json.load {loaded_j * 1000:.0f} ms "
            f"= {opened_j / loaded_j:.2f}x",
            flush=True,
        )

        store = Store.open(path)
        fold = timed(store.checkpoint)
        del store
        print(
            f"checkpoint (journal folded into the {size_mb:.0f} MB file, every "
            f"1000 changes): {fold * 1000:.0f} ms",
            flush=True,
        )

        cli = bench_cli_tag(path, 5, rng)
        cli_med, _ = summary(cli)
        print(f"CLI `claimtrack tag` in a fresh process: median {cli_med:.0f} ms (n=5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
