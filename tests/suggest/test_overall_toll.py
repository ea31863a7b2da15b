"""Two counts of one event told side by side in one report (a new-analyst trial, p7): "put
the overall toll at 21" read as a total over a span, which holds any smaller count as a part,
so the general's "no more than five" beside it was never set against it."""

from __future__ import annotations

import pytest

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


# A toll told as a count of a group of nouns ("staff and patients") is a count of people: at
# least that many died, whatever the other side's total says (a new-analyst trial, p7).
GROUP_TOLLS = {
    "en": "The hospital director, Pavel Sirko, said 17 staff and patients died in the strike.",
    "id": "Direktur rumah sakit, Pavel Sirko, mengatakan 17 staf dan pasien tewas dalam serangan.",
    "ru": "Главврач Павел Сирко сообщил, что при ударе погибли 17 сотрудников и пациентов.",
}
GROUP_READ = {
    "en": "17 staff and patients",
    "id": "17 staf dan pasien",
    "ru": "17 сотрудников и пациентов",
}
CEILINGS = {
    "en": "General Ivo Kastan, of Kelmar, told state television that the strike killed no more "
    "than five people.",
    "id": "Jenderal Ivo Kastan dari Kelmar mengatakan kepada televisi pemerintah bahwa serangan "
    "itu menewaskan tidak lebih dari lima orang.",
    "ru": "Генерал Иво Кастан из Келмара заявил государственному телевидению, что при ударе "
    "погибли не более пяти человек.",
}


@pytest.mark.parametrize("lang", ["en", "id", "ru"])
def test_a_group_s_toll_above_the_other_side_s_ceiling_contradicts_it(lang: str) -> None:
    sentences = [(GROUP_TOLLS[lang], "sirko"), (CEILINGS[lang], "kastan")]
    cands = LinkSuggester(build([("wire", lang, "2025-03-05", sentences)], SPEAKERS)).candidates()
    [c] = [c for c in cands if {c.a, c.b} == {"wire-0", "wire-1"}]
    assert c.relation == "contradicts"
    group = GROUP_READ[lang]
    assert f"numbers conflict: {group} = at least 17 people killed vs up to 5 people killed" in (
        c.reasons
    )


def test_a_group_s_toll_below_the_whole_toll_may_be_part_of_it() -> None:
    """Others than staff and patients may have died: 17 of them is no rival of 40 people."""
    whole = "General Ivo Kastan, of Kelmar, told state television that the strike killed 40 people."
    cands = suggested([(GROUP_TOLLS["en"], "sirko"), (whole, "kastan")])
    assert not [c for c in cands if c.relation == "contradicts"]


def test_counts_of_two_groups_are_no_group_of_nouns() -> None:
    """ "12 soldiers and two civilians" are two counts, not one group of twelve."""
    two = "The hospital director, Pavel Sirko, said 12 soldiers and two civilians died there."
    total = "General Ivo Kastan, of Kelmar, told state television that at most ten died."
    cands = suggested([(two, "sirko"), (total, "kastan")])
    [c] = [c for c in cands if c.relation == "contradicts"]
    numbers = [r for r in c.reasons if r.startswith("numbers conflict")]
    assert numbers == [
        "numbers conflict: 12 troops killed + 2 civilians killed = 14 people killed vs up to 10 "
        "killed"
    ]


def test_a_group_s_toll_meets_the_other_side_s_total_in_another_report() -> None:
    speakers = [
        Speaker("osmoh", "Ostravian Health Ministry", (), "ministry", "Ostravia"),
        Speaker("kmod", "Kelmar Defence Ministry", (), "ministry", "Kelmar"),
    ]
    told = "Ostravia's health ministry said 17 staff and patients died in the strike on Dravsk."
    denied = "Минобороны Келмара заявило, что удар по Дравску унёс жизни не более пяти человек."
    docs = [
        ("a", "en", "2025-03-04", [(told, "osmoh")]),
        ("b", "ru", "2025-03-05", [(denied, "kmod")]),
    ]
    cands = LinkSuggester(build(docs, speakers)).candidates()
    [c] = [c for c in cands if {c.a, c.b} == {"a-0", "b-0"}]
    assert c.relation == "contradicts"
    assert "shared names: Dravsk" in c.reasons
