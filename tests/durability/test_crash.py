"""Crash safety: a writer killed at any moment never corrupts the store or loses an ACK'd change.

A child process writes through the real CLI (import / speaker add / tag / link / outcome) and
acknowledges each committed command on stdout; it is SIGKILLed at random moments, or dies at an
injected point inside the write path (torn journal line, before/after the checkpoint's rename,
torn checkpoint temp file). After every death the store must open, `claimtrack check` must exit
0, and every acknowledged change must be there. Trials accumulate on one store per test, so
later trials crash on top of earlier crashes. benchmarks/crash_trials.py runs 1,000 of these.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.durability.harness import CRASH_POINTS, MODES, leftovers, run_cli, run_trial, verify

TIMER_TRIALS = 12  # per mode
INJECTED_TRIALS = 2  # per crash point and mode


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """An empty store created through the CLI."""
    path = tmp_path / "desk.json"
    code, _, err = run_cli("init", "--db", str(path))
    assert code == 0, err
    return path


def trials(store_path: Path, seeds: range, *, mode: str, crash: str) -> int:
    """Run killed children one after another on one store; returns how many changes were ACK'd."""
    acks: list[dict[str, object]] = []
    for seed in seeds:
        trial = run_trial(store_path, seed, mode=mode, crash=crash)
        assert "BUG" not in "".join(trial.refusals), trial.refusals
        assert not trial.refusals, f"the worker's commands were refused: {trial.refusals}"
        assert "Traceback" not in trial.stderr, trial.stderr
        assert trial.returncode in (-9, 137), (trial.returncode, trial.stderr[-2000:])
        acks += trial.acks
        problems = verify(store_path, acks)
        assert not problems, f"after trial {seed} ({mode}, {crash}): {problems[:5]}"
    return len(acks)


@pytest.mark.parametrize("mode", MODES)
def test_acknowledged_changes_survive_sigkill_at_random_moments(
    store_path: Path, mode: str
) -> None:
    acked = trials(store_path, range(TIMER_TRIALS), mode=mode, crash="timer")
    assert acked > TIMER_TRIALS  # the children got real work done before dying


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("crash", [c for c in CRASH_POINTS if c != "timer"])
def test_acknowledged_changes_survive_a_death_inside_the_write_path(
    store_path: Path, mode: str, crash: str
) -> None:
    trials(store_path, range(100, 100 + INJECTED_TRIALS), mode=mode, crash=crash)


def test_a_crash_mid_checkpoint_leaves_no_stray_temp_file_once_the_store_is_used_again(
    store_path: Path,
) -> None:
    trials(store_path, range(200, 201), mode="small", crash="fold-before-rename")
    code, _, err = run_cli("speaker", "add", "After the crash", "--db", str(store_path))
    assert code == 0, err
    assert leftovers(store_path) == []
