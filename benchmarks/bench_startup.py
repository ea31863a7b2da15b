"""Benchmarks what a shell user waits for before a command does anything: its start-up.

Usage: python benchmarks/bench_startup.py [--store FILE] [--statements 100000] [--runs 7]
                                          [--full-listing] [--no-bytecode-cache]

Each figure is the median wall and CPU time of `--runs` fresh processes (after one discarded
run that fills a private bytecode cache, as an installed tool has one; `--no-bytecode-cache`
has every process compile every module, as under PYTHONDONTWRITEBYTECODE). The CPU time is
compared with two baselines measured in the same run (on a shared machine it varies far less
than the wall time): the bare interpreter (`python -c pass`), and the eager start every command
paid before the CLI imported per command (the services, the attribution and ingest packages
and Rich, imported up front). Measured:

* `claimtrack --version` and `--help`;
* `claimtrack tag ST SPEAKER` and `claimtrack claims` on the demo investigation;
* on a private copy of a large store (generated unless `--store` is given; `--statements 0`
  skips it): `claimtrack tag`, and the time to the first row of `claimtrack statements
  --untagged` read from a pipe (with `--full-listing`, also the time to its last row, once:
  the whole backlog's suggestions, ~15 s at 100k).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import ensure_store

from claimtrack.demo import build_demo_store
from claimtrack.model import Speaker, Statement
from claimtrack.store import Store

CLAIMTRACK = [
    sys.executable,
    "-c",
    "import sys; from claimtrack.cli.main import main; sys.exit(main(sys.argv[1:]))",
]
EAGER = (
    "import claimtrack.cli.main, claimtrack.services.annotate, claimtrack.services.queries, "
    "claimtrack.services.importing, claimtrack.services.integrity, claimtrack.services.history, "
    "claimtrack.attribution, claimtrack.ingest, rich.console, rich.table, rich.progress"
)
"""What every command imported before it started, whatever it needed."""


ENV = dict(os.environ)
"""The environment of every measured process (`main` sets where bytecode is cached)."""


def run(argv: list[str]) -> tuple[float, float]:
    """Seconds a fresh process takes from start to exit (it must succeed), and the CPU
    seconds it used: on a shared machine the CPU time varies less than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=ENV)
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return took, cpu


def medians(argvs: list[list[str]]) -> tuple[float, float]:
    """Median wall and CPU time in milliseconds of one fresh process per argv; the first is
    run but not counted (it fills the bytecode cache)."""
    run(argvs[0])
    times = [run(a) for a in argvs[1:]]
    return (
        statistics.median(t for t, _ in times) * 1000,
        statistics.median(c for _, c in times) * 1000,
    )


def first_row(argv: list[str]) -> tuple[float, str]:
    """Seconds until a process prints its first row (the line after the header) into a pipe,
    and that header; the process is then left to a closed pipe, as `| head -2` leaves it."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV)
    assert proc.stdout is not None
    header = proc.stdout.readline().decode()
    proc.stdout.readline()
    took = time.perf_counter() - started
    proc.stdout.close()
    proc.wait()
    return took, header


def untagged_and_speakers(path: Path) -> tuple[list[str], list[str]]:
    """Ids of the unreviewed statements and of the speakers, to tag in the runs."""
    store = Store.open(path)
    docs = store.docs(Statement.TABLE)
    untagged = sorted(i for i, d in docs.items() if not d.get("speaker") and not d["narration"])
    return untagged, sorted(store.docs(Speaker.TABLE))


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print figures with their ratios to both baselines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="large store to copy (default: generate one)")
    parser.add_argument("--statements", type=int, default=100_000, help="0: no large store")
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per figure")
    parser.add_argument("--full-listing", action="store_true", help="time the whole listing")
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="every process compiles every module"
    )
    args = parser.parse_args(argv)
    runs = args.runs
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.no_bytecode_cache:
            ENV["PYTHONDONTWRITEBYTECODE"] = "1"
            ENV["PYTHONPYCACHEPREFIX"] = str(work / "no-pycache")  # reads none written before
        else:
            ENV.pop("PYTHONDONTWRITEBYTECODE", None)
            ENV["PYTHONPYCACHEPREFIX"] = str(work / "pycache")  # never beside the sources
        python = medians([[sys.executable, "-c", "pass"]] * (runs + 1))
        eager = medians([[sys.executable, "-c", EAGER]] * (runs + 1))
        rows: list[tuple[str, tuple[float, float] | float]] = [
            ("claimtrack --version", medians([[*CLAIMTRACK, "--version"]] * (runs + 1))),
            ("claimtrack --help", medians([[*CLAIMTRACK, "--help"]] * (runs + 1))),
        ]
        demo = build_demo_store(work / "demo.json")
        untagged, speakers = untagged_and_speakers(demo)
        db = ["--db", str(demo)]
        tags = [[*CLAIMTRACK, "tag", st, speakers[0], *db] for st in untagged[: runs + 1]]
        rows.append(("claimtrack tag ST SPEAKER (demo store)", medians(tags)))
        claims = [[*CLAIMTRACK, "claims", *db]] * (runs + 1)
        rows.append(("claimtrack claims (demo store)", medians(claims)))
        if args.statements:
            big = ensure_store(args.store, work, args.statements)
            untagged, speakers = untagged_and_speakers(big)
            db = ["--db", str(big)]
            tags = [[*CLAIMTRACK, "tag", st, speakers[0], *db] for st in untagged[: runs + 1]]
            rows.append((f"claimtrack tag ({args.statements:,} statements)", medians(tags)))
            listing = [*CLAIMTRACK, "statements", "--untagged", *db]
            run([*CLAIMTRACK, "statements", "--untagged", "--limit", "1", *db])  # the cache
            firsts = [first_row(listing) for _ in range(max(3, runs // 2))]
            assert all(line.startswith("id\t") for _, line in firsts), firsts[0][1]
            first = statistics.median(t for t, _ in firsts) * 1000
            rows.append(("first row of statements --untagged (wall)", first))
            if args.full_listing:
                rows.append(("whole statements --untagged (once)", run(listing)[0] * 1000))
    cache = "none (every module compiled)" if args.no_bytecode_cache else "warm, private"
    print(f"bytecode cache: {cache}; medians of {runs} fresh processes each")
    print(f"python -c pass: {python[0]:.0f} ms wall, {python[1]:.0f} ms CPU")
    print(
        f"eager start (what every command imported): {eager[0]:.0f} ms wall, {eager[1]:.0f} ms CPU"
    )
    print(f"{'command':45} {'wall':>8} {'CPU':>8} {'CPU x python':>13} {'CPU x eager':>12}")
    for name, figure in rows:
        if isinstance(figure, float):  # a wall time alone
            print(f"{name:45} {figure:5.0f} ms")
            continue
        ms, cpu = figure
        print(
            f"{name:45} {ms:5.0f} ms {cpu:5.0f} ms {cpu / python[1]:12.1f}x {cpu / eager[1]:11.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
