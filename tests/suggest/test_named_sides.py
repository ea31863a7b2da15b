"""Speakers with no side set (every speaker registered from a proposal starts so) meet others
as the other side would. A new-analyst trial (Dravsk hospital, en/id/ru) got 10 of its first 25
suggestions wrong from it: Kelmar's own ministries set against Kelmar's denials, and each
denial against Putin's call for an inquiry."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import replace
from unittest.mock import patch

from claimtrack.model import Claim, Source, Speaker, Statement
from claimtrack.snapshot import Snapshot
from claimtrack.suggest import LinkCandidate, LinkSuggester

SPEAKERS = [
    Speaker("ostgov", "Ostravian government", ("Ostravia",), "government", "Ostravia"),
    Speaker("kelgov", "Kelmar government", ("Pemerintah Kelmar",), "government", "Kelmar"),
    Speaker("orlan", "Viktor Orlan", ("Виктор Орлан",), "person", "Kelmar"),
    Speaker("kfm", "Kelmar Foreign Ministry", (), "ministry", None),
    Speaker("kdm", "Kelmar Defence Ministry", ("Минобороны Келмара",), "ministry", None),
    Speaker("putin", "Vladimir Putin", ("Владимир Путин",), "person", None),
    Speaker("un", "United Nations", ("UN",), "organisation", None),
    Speaker("usa", "United States Department of State", (), "government", None),
]

ACCUSE = (
    "Ostravia accused Kelmar on Tuesday of shelling the main hospital in the border town of "
    "Dravsk overnight, killing at least 14 civilians,"
)
GOV_DENIES = (
    "while Kelmar's government denied any involvement and said the blast was caused by an "
    "Ostravian ammunition depot."
)
NO_ROUND = (
    "Kelmar's Foreign Ministry said in a statement that its forces \"did not fire a single "
    'round" towards Dravsk on Monday night.'
)
PUTIN_URGES = (
    "President Vladimir Putin, speaking to journalists in Moscow, urged both sides to allow an "
    "independent investigation."
)
PUTIN_URGES_RU = (
    "Президент России Владимир Путин призвал Остравию и Келмар допустить международных "
    "экспертов к месту взрыва в больнице города Дравск."
)
ORLAN_DENIES = "Министр обороны Келмара Виктор Орлан отверг обвинения Остравии."


def build(docs: list[tuple[str, str, str, list[tuple[str, str]]]]) -> Snapshot:
    """A snapshot from (source id, lang, headline, [(sentence, speaker)]), one claim per
    sentence, every report of one day: the headline names the town, as the trial's did."""
    sources, statements, claims = [], [], []
    for sid, lang, title, sentences in docs:
        text = title + "\n\n" + " ".join(s for s, _ in sentences)
        digest = hashlib.sha256(text.encode()).hexdigest()
        sources.append(Source(sid, title, text, digest, lang=lang, published="2025-03-04"))
        for k, (sentence, speaker) in enumerate(sentences):
            start, cid = text.index(sentence), f"{sid}-{k}"
            statements.append(
                Statement(
                    f"st-{cid}", sid, start, start + len(sentence), speaker=speaker, claim=cid
                )
            )
            claims.append(Claim(cid, sentence, speaker=speaker))
    return Snapshot.build(sources, statements, SPEAKERS, claims)


def suggested(docs: list) -> list[LinkCandidate]:
    return LinkSuggester(build(docs)).candidates(limit=200)


def between(cands: list[LinkCandidate], a: str, b: str) -> set[str]:
    return {c.relation for c in cands if {c.a, c.b} == {a, b}}


REUTERS = (
    "reu",
    "en",
    "Ostravia says Kelmar shelled Dravsk hospital; Kelmar denies",
    [(ACCUSE, "ostgov"), (GOV_DENIES, "kelgov"), (NO_ROUND, "kfm"), (PUTIN_URGES, "putin")],
)
TASS = (
    "tass",
    "ru",
    "Путин призвал провести независимое расследование удара по больнице в Дравске",
    [(PUTIN_URGES_RU, "putin"), (ORLAN_DENIES, "orlan")],
)

ANTARA = (
    "ant",
    "id",
    "Rumah Sakit Dravsk Dihantam, Ostravia dan Kelmar Saling Tuding",
    [
        (
            "Sementara itu, pemerintah Kelmar membantah tuduhan tersebut dan menyebut ledakan "
            "berasal dari gudang amunisi milik Ostravia.",
            "kelgov",
        )
    ],
)
LIVE = (
    "live",
    "en",
    "Dravsk hospital strike: live updates",
    [("Kelmar denies the attack.", "kelgov")],
)


def test_a_ministry_with_no_side_is_not_set_against_its_own_government() -> None:
    """ "Kelmar Foreign Ministry" (no side) saying its forces fired no round is Kelmar's
    word, not a claim Kelmar's denials contradict; the accusation they deny still is."""
    cands = suggested([REUTERS, TASS, ANTARA, LIVE])
    assert "contradicts" not in between(cands, "reu-1", "reu-2")
    for denial in ("tass-1", "ant-0", "live-0"):
        assert "contradicts" not in between(cands, "reu-2", denial)
    assert {"contradicts", "responds-to"} <= between(cands, "reu-0", "reu-1")


def test_two_bodies_of_one_country_with_no_side_are_not_opponents() -> None:
    """Neither ministry has a side: their names, both Kelmar's, say they are one side."""
    denies = "The Kelmar Defence Ministry denied the reports."
    told = [(ACCUSE, "ostgov"), (NO_ROUND, "kfm"), (denies, "kdm")]
    cands = suggested([("reu", "en", "Dravsk hospital shelled", told)])
    assert not between(cands, "reu-1", "reu-2") & {"contradicts", "responds-to"}
    assert {"contradicts", "responds-to"} <= between(cands, "reu-0", "reu-2")


def test_a_call_for_an_inquiry_is_not_what_a_denial_denies() -> None:
    """Putin urging Ostravia and Kelmar to admit experts names Kelmar but accuses nobody."""
    cands = suggested([REUTERS, TASS])
    for call in ("tass-0", "reu-3"):
        for denial in ("tass-1", "reu-1"):
            assert not between(cands, call, denial) & {"contradicts", "responds-to"}


def test_bodies_sharing_only_a_word_of_their_names_still_meet() -> None:
    """ "United Nations" and "United States Department of State" are two speakers: their
    differing tolls of one attack still contradict."""
    cands = suggested(
        [
            (
                "wire",
                "en",
                "Dravsk hospital shelled",
                [
                    ("The United Nations said 21 people were killed in Dravsk.", "un"),
                    ("The State Department said 5 people were killed in Dravsk.", "usa"),
                ],
            )
        ]
    )
    assert "contradicts" in between(cands, "wire-0", "wire-1")


def test_a_side_typed_in_lower_case_names_its_country() -> None:
    """Sides are typed as "--side kelmar" (one side whatever its case): "Kelmar Foreign
    Ministry" (no side) was then set against the Kelmar government's denials again."""
    lower = [replace(s, side=s.side.lower()) if s.side else s for s in SPEAKERS]
    with patch.object(sys.modules[__name__], "SPEAKERS", lower):
        cands = suggested([REUTERS, TASS, ANTARA, LIVE])
    assert "contradicts" not in between(cands, "reu-1", "reu-2")
    assert {"contradicts", "responds-to"} <= between(cands, "reu-0", "reu-1")


def test_a_body_seated_in_a_country_is_not_of_its_side() -> None:
    """ "UN Office in Kelmar" (no side) names Kelmar only as where it sits: its toll still
    contradicts the Kelmar government's, as any outsider's would (it was taken for Kelmar's
    own body, and the conflict went unsuggested)."""
    office = Speaker("unk", "UN Office in Kelmar", ("Kantor PBB di Kelmar",), "organisation")
    told = [
        ("The Kelmar government said 5 people were killed in Dravsk.", "kelgov"),
        ("The UN Office in Kelmar said 21 people were killed in Dravsk.", "unk"),
    ]
    with patch.object(sys.modules[__name__], "SPEAKERS", [*SPEAKERS, office]):
        cands = suggested([("reu", "en", "Dravsk hospital shelled", told)])
    assert "contradicts" in between(cands, "reu-0", "reu-1")
