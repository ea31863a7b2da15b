"""Runs 1,000 crash trials: writers killed at random moments must never lose an acknowledged change.

Usage: python benchmarks/crash_trials.py [--trials 1000] [--lanes 2] [--per-store 50] [--seed 0]

Each trial starts a child (tests/durability/worker.py) that writes through the real CLI
(import, speaker add, tag, link, outcome) and prints an acknowledgement after each committed
command. The child is SIGKILLed after a random delay (60% of the trials) or dies at an injected
point of the write path: a torn journal line, a journal line written but not fsync'd, a torn
checkpoint temp file, just before or just after the checkpoint's rename. Half the trials fold
the journal on every close (small stores), half only every few entries (large stores).
After every trial the store must open, `claimtrack check` must exit 0, and every change
acknowledged so far on that store must be present. Trials accumulate on one store for
`--per-store` trials, then a fresh store starts; `--lanes` stores are worked on in parallel.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# The harness lives with the tests; the line above puts the repository root on the path.
from tests.durability.harness import (
    CRASH_POINTS,
    MODES,
    leftovers,
    run_cli,
    run_trial,
    verify,
)

_VERIFY = threading.Lock()  # verification swaps sys.stdout: one at a time


def lane(
    lane_id: int, trials: int, per_store: int, seed: int, workdir: Path, report: dict[str, object]
) -> None:
    """Run `trials` trials on successive stores; record outcomes in `report`."""
    rng = random.Random(seed * 1000 + lane_id)
    kinds: Counter[str] = Counter()
    failures: list[str] = []
    acked = 0
    refusals = 0
    strays = 0
    db: Path | None = None
    acks: list[dict[str, object]] = []
    for t in range(trials):
        if t % per_store == 0:
            if db is not None:
                strays += len(leftovers(db))
            db = workdir / f"lane{lane_id}-{t // per_store}" / "desk.json"
            db.parent.mkdir(parents=True)
            with _VERIFY:
                run_cli("init", "--db", str(db))
            acks = []
        assert db is not None
        crash = "timer" if rng.random() < 0.6 else rng.choice(CRASH_POINTS[1:])
        mode = rng.choice(MODES)
        kinds[f"{crash}/{mode}"] += 1
        trial = run_trial(db, rng.randrange(10**9), mode=mode, crash=crash)
        acks += trial.acks
        acked += len(trial.acks)
        refusals += len(trial.refusals)
        if "Traceback" in trial.stderr or any(r.startswith("BUG") for r in trial.refusals):
            failures.append(f"lane {lane_id} trial {t}: {trial.stderr[-500:]} {trial.refusals}")
        with _VERIFY:
            problems = verify(db, acks)
        if problems:
            failures.append(f"lane {lane_id} trial {t} ({crash}, {mode}): {problems[:3]}")
    if db is not None:
        strays += len(leftovers(db))
    report[f"lane{lane_id}"] = (kinds, failures, acked, refusals, strays)


def main(argv: list[str] | None = None) -> int:
    """Run the lanes and print the tally; exit 1 on any lost change or corrupt store."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--lanes", type=int, default=2)
    parser.add_argument("--per-store", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="ct-crash-") as tmp:
        share = [
            args.trials // args.lanes + (i < args.trials % args.lanes) for i in range(args.lanes)
        ]
        threads = [
            threading.Thread(
                target=lane, args=(i, share[i], args.per_store, args.seed, Path(tmp), report)
            )
            for i in range(args.lanes)
        ]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    kinds: Counter[str] = Counter()
    failures: list[str] = []
    acked = refusals = strays = 0
    for k, f, a, r, s in report.values():  # type: ignore[misc]
        kinds += k
        failures += f
        acked += a
        refusals += r
        strays += s
    elapsed = time.perf_counter() - started
    print(f"{sum(kinds.values())} trials in {elapsed:.0f} s; {acked} acknowledged changes checked")
    for kind, n in sorted(kinds.items()):
        print(f"  {kind}: {n}")
    print(f"refused commands: {refusals}; stray checkpoint temp files left: {strays}")
    print(f"failures (store unreadable, check failed or acknowledged change lost): {len(failures)}")
    for line in failures[:20]:
        print("  " + line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
