"""What "the union", "the defence ministry" and their like refer back to, and when they refer
to nobody: a wrong speaker costs the analyst more than none."""

from __future__ import annotations

import pytest

from claimtrack.model import Speaker
from tests.attribution.support import suggest, who

EU = Speaker(id="eu", name="European Union", aliases=("EU",), kind="organisation")


@pytest.mark.parametrize(
    ("sentences", "speakers"),
    [
        (  # a trade union nobody named, after the EU spoke
            ("The European Union said on Monday it would send observers.",
             "Workers at the plant went on strike.",
             "The union said the strike would continue."),
            [],
        ),
        (
            ("The European Union (EU) said it would send observers.",
             "The union said the strike would continue."),
            [],
        ),
        (  # the EU registered under its full name
            ("The EU said it would send observers.", "The union said the strike would continue."),
            [EU],
        ),
        (  # named without speaking
            ("The European Union imposed new tariffs on Monday.",
             "The union said its members would strike."),
            [EU],
        ),
        (
            ("The African Union said it would mediate.", "The union said talks had failed."),
            [],
        ),
    ],
)  # fmt: skip
def test_the_union_is_never_a_union_of_states(
    sentences: tuple[str, ...], speakers: list[Speaker]
) -> None:
    """ "The union said" after the European Union spoke was given to the EU: in the news
    "the union" is a trade union (the EU is "the bloc"), so no speaker is proposed."""
    assert who(suggest("en", *sentences, speakers=speakers)[-1]) is None


@pytest.mark.parametrize(
    "opening",
    [
        "The National Union of Mineworkers said the strike would go on.",
        "The National Union of Mineworkers held a ballot on Monday.",
    ],
)
def test_the_union_still_refers_back_to_a_trade_union(opening: str) -> None:
    found = suggest("en", opening, "The union said talks had failed.", speakers=[])
    assert who(found[-1]) == "+National Union of Mineworkers"
