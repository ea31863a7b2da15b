"""`show CLAIM --as-of DATE`: the verdict in force on that date, said even when none was."""

from __future__ import annotations

from tests.cli.desk import accusation_and_denial, statement_with
from tests.conftest import Runner


def _judged_claim(cli: Runner) -> str:
    """A claim judged mixed on 2025-03-01 and false on 2025-03-12."""
    accusation_and_denial(cli)
    claim = cli("tag", statement_with(cli, "repelled two attacks")["id"], "Karabakh officials",
                "--json").json()["claim"]  # fmt: skip
    for verdict, date in (("mixed", "2025-03-01"), ("false", "2025-03-12")):
        r = cli("outcome", claim, "--verdict", verdict, "--date", date, "--note", "checked")
        assert r.code == 0, r.err
    return claim


def test_a_view_before_any_verdict_says_none_and_marks_the_later_ones(cli: Runner) -> None:
    """A trial: `show CLAIM --as-of 2025-02-11` had no verdict line at all, and its outcome
    table listed the verdicts of March as if they were in force."""
    claim = _judged_claim(cli)
    out = cli("show", claim, "--as-of", "2025-02-11").out
    assert "verdict: none as of 2025-02-11\n" in out, out
    assert "\t" + "mixed (not yet in force on 2025-02-11)\t" in out, out
    assert "\tfalse (not yet in force on 2025-02-11)\t" in out, out


def test_a_view_between_two_verdicts_marks_only_the_later_one(cli: Runner) -> None:
    """An analyst reading the desk as of 11 March sees the verdict then in force and that a
    later one came, marked, rather than the history cut at that date or shown as current:
    `show` keeps a record's whole history (its events are not cut either)."""
    claim = _judged_claim(cli)
    out = cli("show", claim, "--as-of", "2025-03-11").out
    assert "verdict: mixed as of 2025-03-11\n" in out, out
    assert "2025-03-01\tmixed\t" in out, out
    assert "2025-03-12\tfalse (not yet in force on 2025-03-11)\t" in out, out
    shown = cli("show", claim, "--as-of", "2025-03-11", "--json").json()
    assert shown["verdict"] == "mixed"
    assert [(o["verdict"], o["after_as_of"]) for o in shown["outcomes"]] == [
        ("mixed", False),
        ("false", True),
    ]
    on_the_day = cli("show", claim, "--as-of", "2025-03-12").out
    assert "verdict: false as of 2025-03-12\n" in on_the_day and "not yet" not in on_the_day
    now = cli("show", claim).out
    assert "verdict: false\n" in now and "as of" not in now and "not yet" not in now
    assert "after_as_of" not in cli("show", claim, "--json").json()["outcomes"][0]
