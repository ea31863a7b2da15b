"""Benchmarks peak memory of opening the 100k-statement store and working on it, vs its file size.

Usage: python benchmarks/bench_memory.py [--store FILE] [--statements 100000]

Each measurement runs in a fresh child process so nothing else inflates its peak. Reported
per stage, cumulatively (the peak so far):

* peak RSS (VmHWM) above the interpreter with claimtrack already imported — the memory the
  store costs — and its ratio to the store file's size (target <= 4x after opening and
  annotating); the whole process's peak is printed too;
* peak traced Python allocations (`tracemalloc`, in a second child: it slows Python down).

Stages: open the store; annotate (tag, link, outcome); list one source's statements with
speaker suggestions; fold the journal into the file (checkpoint); build the full model snapshot
(what exports and the TUI's graph use).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

from generate import ensure_store

TARGET_RATIO = 4.0
STAGES = ("open", "annotate", "list", "checkpoint", "snapshot")


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB.

    Linux's VmHWM, because `ru_maxrss` survives `execve` and would report the parent's peak;
    `getrusage` elsewhere.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(path: Path, traced: bool) -> dict[str, float]:
    """Open and work on the store; the peak (MB) after each stage."""
    from claimtrack.model import Claim, Source, Speaker, Statement
    from claimtrack.services import annotate
    from claimtrack.services.queries import list_statements
    from claimtrack.store import Store

    rng = random.Random(3)
    out: dict[str, float] = {}

    def mark(stage: str) -> None:
        out[stage] = tracemalloc.get_traced_memory()[1] / 1e6 if traced else rss_mb()

    if traced:
        tracemalloc.start()
    mark("baseline")
    store = Store.open(path, analyst="bench")
    store.resolve(next(iter(store.docs(Statement.TABLE)))[:5])
    mark("open")
    statements = store.docs(Statement.TABLE)
    untagged = sorted(i for i, d in statements.items() if d["claim"] is None)
    speakers = sorted(store.docs(Speaker.TABLE))
    for st in rng.sample(untagged, 5):
        annotate.tag(store, st, rng.choice(speakers))
    claims = sorted(store.docs(Claim.TABLE))
    for _ in range(5):
        a, b = rng.sample(claims, 2)
        if not annotate.existing_link(store, a, b, "supports"):
            annotate.link_claims(store, a, b, "supports")
        annotate.record_outcome(store, a, "open")
    mark("annotate")
    source = sorted(store.docs(Source.TABLE))[0]
    list_statements(store, source=source)
    mark("list")
    store.checkpoint()
    mark("checkpoint")
    store.snapshot()
    mark("snapshot")
    return out


def run_child(path: Path, traced: bool) -> dict[str, float]:
    """Run `child` in a fresh interpreter and read its JSON answer."""
    argv = [sys.executable, __file__, "--child", str(path)] + (["--traced"] if traced else [])
    done = subprocess.run(argv, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    """Measure in child processes and print figures, ratios and the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="store file to copy (default: generate one)")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.traced)))
        return 0
    with tempfile.TemporaryDirectory(prefix="ct-mem-") as tmp:
        work = Path(tmp)
        path = ensure_store(args.store, work, args.statements)
        size = path.stat().st_size / 1e6
        pristine = work / "pristine.json"
        shutil.copyfile(path, pristine)
        rss = run_child(path, traced=False)
        shutil.copyfile(pristine, path)
        Path(str(path) + ".journal").unlink(missing_ok=True)
        traced = run_child(path, traced=True)
    base = rss["baseline"]
    print(f"store file: {size:.1f} MB; interpreter with claimtrack imported: {base:.0f} MB RSS")
    for stage in STAGES:
        grown = rss[stage] - base
        line = (
            f"after {stage}: peak RSS {rss[stage]:.0f} MB (+{grown:.0f} MB = {grown / size:.2f}x "
            f"the file; whole process {rss[stage] / size:.2f}x), "
            f"peak Python allocations {traced[stage]:.0f} MB ({traced[stage] / size:.2f}x)"
        )
        if stage == "annotate":
            ok = grown / size <= TARGET_RATIO
            line += f" (target <= {TARGET_RATIO:g}x: {'PASS' if ok else 'MISS'})"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
