"""A word a claim shares with a speaker's name names that speaker only when the words
written beside it are of that name too: "Nusa" in "East Nusa Tenggara" (a province) is no
"PT Karya Nusa Beton" (a builder), whose denial then seemed aimed at every toll told there."""

from __future__ import annotations

from claimtrack.model import Speaker
from claimtrack.suggest import LinkSuggester
from claimtrack.suggest.features import name_companions
from tests.test_suggest import SPEAKERS, build

BUILDER = Speaker("knb", "PT Karya Nusa Beton", (), "organisation", "Builder")
LOCAL = Speaker("local", "Local authorities", (), "officials", None)
TOLL = "At least 27 people were killed when the Wae Ruto dam in East Nusa Tenggara collapsed."
DENIAL = "The builder, PT Karya Nusa Beton, rejected the sabotage theory."
NAMED = "Local officials blamed Karya Nusa Beton for the collapse."


def reasons_between(sentences: list[tuple[str, str | None]]) -> list[str]:
    snap = build([("en1", "en", "2024-03-04", sentences)], [*SPEAKERS, BUILDER, LOCAL])
    return [r for c in LinkSuggester(snap).candidates() for r in c.reasons]


def test_a_word_of_a_province_does_not_name_the_builder() -> None:
    reasons = reasons_between([(TOLL, "local"), (DENIAL, "knb")])
    assert not [r for r in reasons if "names the denier" in r]


def test_the_builder_named_in_full_is_still_named() -> None:
    reasons = reasons_between([(NAMED, "local"), (DENIAL, "knb")])
    assert [r for r in reasons if "names the denier" in r]


def test_runs_of_capitalised_words_keep_their_neighbours() -> None:
    found = name_companions("Officials in East Nusa Tenggara accused Azerbaijan of it.")
    assert found["nusa"] == {"east", "tengara"}
    assert "azerbaijan" not in found  # written alone
