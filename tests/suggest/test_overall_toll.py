"""Two counts of one event told side by side in one report (a new-analyst trial, p7): "put
the overall toll at 21" read as a total over a span, which holds any smaller count as a part,
so the general's "no more than five" beside it was never set against it."""

from __future__ import annotations

from claimtrack.model import Speaker
from claimtrack.suggest import LinkCandidate, LinkSuggester
from tests.test_suggest import build

SPEAKERS = [
    Speaker("sirko", "Pavel Sirko", (), "person", None),
    Speaker("kastan", "Ivo Kastan", (), "person", None),
    Speaker("docs", "Hospital doctors", ("doctors",), "other", None),
    Speaker("moh", "Health ministry", ("the ministry",), "ministry", None),
]

OVERALL = "The hospital director, Pavel Sirko, put the overall toll at 21."
CEILING = (
    "General Ivo Kastan, of Kelmar, told state television that no more than five people had died."
)


def suggested(sentences: list[tuple[str, str]]) -> list[LinkCandidate]:
    return LinkSuggester(build([("bbc", "en", "2025-03-05", sentences)], SPEAKERS)).candidates()


def test_a_ceiling_beside_the_overall_toll_contradicts_it() -> None:
    cands = suggested([(OVERALL, "sirko"), (CEILING, "kastan")])
    [c] = [c for c in cands if {c.a, c.b} == {"bbc-0", "bbc-1"}]
    assert c.relation == "contradicts"
    assert "numbers conflict: 21 killed vs up to 5 people killed" in c.reasons
    assert "1 sentence apart in the same report" in c.reasons


def test_the_overall_toll_told_after_the_ceiling_contradicts_it_too() -> None:
    cands = suggested([(CEILING, "kastan"), (OVERALL, "sirko")])
    assert [c.relation for c in cands if {c.a, c.b} == {"bbc-0", "bbc-1"}] == ["contradicts"]


def test_a_total_since_january_still_holds_one_attack_s_toll() -> None:
    """A count naming its place is a part of a total over months, not a rival figure."""
    cands = suggested(
        [
            ("Doctors said 200 people had been killed in the region since January.", "docs"),
            ("The ministry said 61 people were killed in Um Sayala on Tuesday.", "moh"),
        ]
    )
    assert not [c for c in cands if c.relation == "contradicts"]
