"""Suggestions for claims of speakers with no side (the UN, doctors, an intelligence
assessment, witnesses): analysts rarely set one for them, and their claims met nobody's."""

from __future__ import annotations

from claimtrack.model import Speaker
from claimtrack.suggest import LinkCandidate, LinkSuggester
from tests.test_suggest import build

SPEAKERS = [
    Speaker("moh", "Gaza health ministry", ("health ministry",), "ministry", "Palestinians"),
    Speaker("army", "Israeli military", ("the military",), "military", "Israel"),
    Speaker("usint", "U.S. intelligence", (), "government", None),
    Speaker("un", "United Nations", ("UN", "PBB", "ООН"), "organisation", None),
    Speaker("docs", "Hospital doctors", ("doctors",), "other", None),
    Speaker("wit", "Witnesses", (), "other", None),
]

MINISTRY_TOLL = (
    "A blast at the Al-Noor hospital in Khan Yunis killed at least 300 people on Monday, "
    "the health ministry said."
)
MISSILE_TOLL = (
    "A missile struck the Al-Noor hospital in Khan Yunis, killing at least 300 people, "
    "the health ministry said."
)
MARKET_TOLL = "A missile hit a market in Deir al-Balah, killing 13 people, the ministry said."
UN_NOOR = "The United Nations said 300 people were killed at the Al-Noor hospital."
DOCTORS_NOOR = "Doctors said 80 people were killed at Al-Noor."
UN_RAFAH = "The United Nations said 40 people were killed in Rafah."
TOLL_ID = (
    "Kementerian Kesehatan Gaza mengatakan sedikitnya 300 orang tewas dalam ledakan di rumah "
    "sakit Al-Noor."
)
ASSESSMENT = "An assessment by U.S. intelligence put the likely death toll at between 50 and 120."


def suggested(docs: list) -> list[LinkCandidate]:
    return LinkSuggester(build(docs, SPEAKERS)).candidates()


def between(cands: list[LinkCandidate], a: str, b: str, relation: str) -> LinkCandidate:
    [found] = [c for c in cands if {c.a, c.b} == {a, b} and c.relation == relation]
    return found


def test_a_sideless_estimate_contradicts_the_toll_it_follows() -> None:
    """The brief's case: a ministry's toll, then an assessment with no side one sentence on."""
    cands = suggested(
        [("en1", "en", "2023-10-18", [(MINISTRY_TOLL, "moh"), (ASSESSMENT, "usint")])]
    )
    c = between(cands, "en1-0", "en1-1", "contradicts")
    assert c.score >= 0.5
    assert "speaker without a side (U.S. intelligence)" in c.reasons
    assert "numbers conflict: at least 300 people killed vs 50–120 killed" in c.reasons
    assert "1 sentence apart in the same report" in c.reasons


def test_a_later_toll_naming_no_incident_refers_back_to_the_strike() -> None:
    """ "the likely death toll" after "a missile struck the hospital, killing …" is that
    strike's toll, though only the first names a missile."""
    cands = suggested([("en1", "en", "2023-10-18", [(MISSILE_TOLL, "moh"), (ASSESSMENT, "usint")])])
    between(cands, "en1-0", "en1-1", "contradicts")


def test_a_war_total_after_an_incident_is_no_contradiction_of_it() -> None:
    """ "Nearly 5,000 killed" a sentence after "13 killed when a missile hit" is another count."""
    cands = suggested(
        [
            (
                "en1",
                "en",
                "2023-10-18",
                [
                    (MARKET_TOLL, "moh"),
                    (
                        "UN officials estimate that nearly 5,000 people have been killed so far.",
                        "un",
                    ),
                ],
            )
        ]
    )
    assert not [c for c in cands if c.relation == "contradicts"]


def test_a_sideless_count_elsewhere_contradicts_nothing() -> None:
    """Another town's toll, or a toll in another report naming no place, is no clash: nothing
    says the two count one event."""
    cands = suggested(
        [
            ("en1", "en", "2023-10-18", [(MINISTRY_TOLL, "moh")]),
            ("en2", "en", "2023-10-19", [(UN_RAFAH, "un")]),
            ("en3", "en", "2023-10-19", [("Witnesses said 40 people were killed.", "wit")]),
        ]
    )
    assert not [c for c in cands if "en1-0" in (c.a, c.b)]


def test_a_sideless_confirmation_supports_what_it_follows_id() -> None:
    cands = suggested(
        [
            (
                "id1",
                "id",
                "2023-10-18",
                [
                    (TOLL_ID, "moh"),
                    ("PBB membenarkan jumlah korban tersebut.", "un"),
                ],
            )
        ]
    )
    c = between(cands, "id1-1", "id1-0", "supports")
    assert (c.a, c.b) == ("id1-1", "id1-0")  # the confirmation supports the toll
    assert 'confirmation ("membenarkan")' in c.reasons
    assert "speaker without a side (United Nations)" in c.reasons


def test_a_sideless_figure_for_the_same_place_supports_the_toll_ru() -> None:
    cands = suggested(
        [
            ("ru1", "ru", "2023-10-18", [("Минздрав Газы сообщил, что при взрыве в больнице "
                                          "Аль-Нур в Хан-Юнисе погибли 300 человек.", "moh")]),
            ("ru2", "ru", "2023-10-19", [("Врачи сообщили, что в больнице Аль-Нур в Хан-Юнисе "
                                          "погибли 300 человек.", "docs")]),
        ]
    )  # fmt: skip
    c = between(cands, "ru2-0", "ru1-0", "supports")
    assert (c.a, c.b) == ("ru2-0", "ru1-0")  # the later supports the earlier
    assert "numbers agree: 300 people killed / 300 people killed" in c.reasons
    assert any(r.startswith("shared names: ") for r in c.reasons)


def test_a_denial_after_a_bystander_does_not_answer_the_bystander() -> None:
    """A side's denial just after a witness's words that accuse nobody denies the other
    side, not the witness."""
    cands = suggested(
        [
            (
                "en1",
                "en",
                "2023-10-18",
                [
                    ("Witnesses said the road to the hospital was blocked for hours.", "wit"),
                    ("The military denied the claims, calling them propaganda.", "army"),
                ],
            )
        ]
    )
    assert cands == []


def test_a_denial_answers_a_sideless_report_naming_the_denier() -> None:
    cands = suggested(
        [
            (
                "en1",
                "en",
                "2023-10-18",
                [
                    (
                        "Witnesses said Israeli troops fired on the crowd outside the hospital.",
                        "wit",
                    ),
                    ("The Israeli military denied firing on the crowd.", "army"),
                ],
            )
        ]
    )
    c = between(cands, "en1-1", "en1-0", "responds-to")
    assert "speaker without a side (Witnesses)" in c.reasons


def test_a_confirmation_in_a_later_report_supports_the_figure_it_repeats() -> None:
    un = "The United Nations confirmed that at least 300 people were killed "
    un += "at the Al-Noor hospital."
    cands = suggested(
        [
            ("en1", "en", "2023-10-18", [(MINISTRY_TOLL, "moh")]),
            ("en2", "en", "2023-10-20", [(un, "un")]),
        ]
    )
    c = between(cands, "en2-0", "en1-0", "supports")
    assert (c.a, c.b) == ("en2-0", "en1-0")
    assert c.reasons[0] == 'confirmation ("confirmed")'
    assert "numbers agree: at least 300 people killed / at least 300 people killed" in c.reasons


def test_two_speakers_without_sides_contradict_on_one_place() -> None:
    cands = suggested(
        [
            ("en1", "en", "2023-10-18", [(UN_NOOR, "un")]),
            ("en2", "en", "2023-10-20", [(DOCTORS_NOOR, "docs")]),
        ]
    )
    c = between(cands, "en1-0", "en2-0", "contradicts")
    assert "speaker without a side (United Nations, Hospital doctors)" in c.reasons
    assert "numbers conflict: 300 people killed vs 80 people killed" in c.reasons


def test_a_witness_disputing_the_count_just_given_contradicts_it() -> None:
    higher = "Witnesses said the real toll was far higher than the official figures."
    cands = suggested([("en1", "en", "2023-10-18", [(MINISTRY_TOLL, "moh"), (higher, "wit")])])
    c = between(cands, "en1-0", "en1-1", "contradicts")
    assert 'disputes the count ("higher than" vs at least 300 people killed)' in c.reasons


def _pairs(cands: list[LinkCandidate], a: str, b: str) -> set[str]:
    return {c.relation for c in cands if {c.a, c.b} == {a, b}}


def test_a_review_s_false_suggestions_with_a_sideless_speaker() -> None:
    cands = suggested(
        [
            ("en1", "en", "2023-10-18", [
                (MARKET_TOLL, "moh"),
                # a total over a span and an area is no one strike's toll
                ("The United Nations said at least 100 civilians had been killed across the "
                 "region since the start of the month.", "un"),
            ]),
            ("en2", "en", "2023-10-19", [
                ("The Israeli military accused the ministry of inflating the toll.", "army"),
                # a denier with no side answers no accusation aimed at someone else
                ("The United Nations rejected reports that it had suspended aid deliveries.",
                 "un"),
            ]),
            ("en3", "en", "2023-10-20", [
                # another report sharing only the kind of strike: another incident
                ("The United Nations said 5 people were killed in a missile strike on a "
                 "village near the border.", "un"),
            ]),
        ]
    )  # fmt: skip
    assert _pairs(cands, "en1-0", "en1-1") == set()
    assert _pairs(cands, "en2-0", "en2-1") == set()
    assert "contradicts" not in _pairs(cands, "en1-0", "en3-0")
