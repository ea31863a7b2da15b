"""One attack told in other words: a denial of striking a town meets the report of its
shelling, in en/ru/id, and a denial naming no place is merged with its speaker's telling
that names it.

The desk is a war over Karabakh: Stepanakert is in many claims (shelters, aid, power cuts,
shelling on other days), so naming it is no evidence by itself.
"""

from __future__ import annotations

import pytest

from claimtrack.model import Speaker
from claimtrack.snapshot import Snapshot
from claimtrack.suggest import LinkCandidate, LinkSuggester
from claimtrack.suggest.concepts import concepts_of
from tests.test_suggest import build

SPEAKERS = [
    Speaker("nk", "Nagorno-Karabakh officials", ("Karabakh officials", "власти Карабаха",
            "pejabat Karabakh"), "officials", "Armenia"),
    Speaker("azmod", "Azerbaijani Defence Ministry", ("Azerbaijan's defence ministry",
            "Минобороны Азербайджана", "Kementerian Pertahanan Azerbaijan"), "ministry",
            "Azerbaijan"),
    Speaker("ems", "Karabakh emergency service", ("emergency service",), "government", "Armenia"),
    Speaker("icrc", "Red Cross", ("ICRC", "Palang Merah", "Красный Крест"), "organisation",
            "neutral"),
]  # fmt: skip

BACKGROUND = [
    ("bg1", "en", "2020-09-29", [
        ("Residents of Stepanakert spent the night in basements, the emergency service said.",
         "ems"),
        ("The Red Cross said it had delivered medical supplies to the hospital in Stepanakert.",
         "icrc"),
    ]),
    ("bg2", "ru", "2020-10-01", [
        ("В Степанакерте второй день нет электричества, сообщила служба спасения.", "ems"),
        ("Красный Крест доставил в Степанакерт генераторы и одеяла.", "icrc"),
    ]),
    ("bg3", "id", "2020-10-02", [
        ("Palang Merah mengatakan ribuan warga telah meninggalkan Stepanakert.", "icrc"),
        ("Sekolah-sekolah di Stepanakert ditutup sampai pemberitahuan lebih lanjut.", "ems"),
    ]),
    ("bg4", "en", "2020-10-20", [
        ("Karabakh officials said Azerbaijani forces shelled Stepanakert again overnight.",
         "nk"),
        ("The emergency service said water supply in Stepanakert had been cut.", "ems"),
    ]),
    ("bg5", "ru", "2020-10-28", [
        ("Власти Карабаха сообщили, что Степанакерт снова подвергся обстрелу.", "nk"),
        ("Красный Крест призвал стороны пропустить гуманитарные грузы в Степанакерт.", "icrc"),
    ]),
    ("bg6", "en", "2020-11-02", [
        ("Shops in Stepanakert reopened for a few hours, the emergency service said.", "ems"),
        ("The Red Cross said two of its staff were working in Stepanakert and Martuni.", "icrc"),
    ]),
    ("bg7", "en", "2020-10-03", [
        ("Azerbaijan's defence ministry said its troops had taken several villages in the "
         "south.", "azmod"),
        ("Karabakh officials said Azerbaijani troops had been pushed back near Hadrut.", "nk"),
    ]),
    ("bg8", "ru", "2020-10-05", [
        ("Минобороны Азербайджана сообщило о взятии под контроль высот у Физули.", "azmod"),
        ("Власти Карабаха заявили, что Азербайджан перебросил к фронту новые силы.", "nk"),
    ]),
    ("bg9", "id", "2020-10-06", [
        ("Kementerian Pertahanan Azerbaijan mengatakan pasukannya maju di arah Jabrail.",
         "azmod"),
        ("Pejabat Karabakh mengatakan Azerbaijan mengerahkan tentara bayaran dari Suriah.", "nk"),
    ]),
]  # fmt: skip
"""Stepanakert in a dozen claims (shelters, aid, power, its shelling on other days) and
Azerbaijan in half as many: at a desk's scale, in hundreds."""

DENIED_STRIKE = {
    "en": "Azerbaijan's defence ministry denied striking Stepanakert, calling it propaganda.",
    "ru": "Минобороны Азербайджана опровергло нанесение авиаудара по Степанакерту.",
    "id": "Kementerian Pertahanan Azerbaijan membantah melakukan serangan udara ke Stepanakert.",
}
SHELLED = {
    "en": "Karabakh officials said Azerbaijani forces shelled Stepanakert on Sunday.",
    "ru": "Власти Карабаха заявили, что азербайджанские войска в воскресенье обстреляли "
    "Степанакерт.",
    "id": "Pejabat Karabakh mengatakan pasukan Azerbaijan melakukan pengeboman di Stepanakert "
    "pada hari Minggu.",
}


def desk(*docs: tuple[str, str, str, list[tuple[str, str | None]]]) -> Snapshot:
    return build([*BACKGROUND, *docs], SPEAKERS)


def between(cands: list[LinkCandidate], a: str, b: str) -> dict[str, LinkCandidate]:
    return {c.relation: c for c in cands if {c.a, c.b} == {a, b}}


def suggested(snap: Snapshot) -> list[LinkCandidate]:
    return LinkSuggester(snap).candidates(limit=500)


# --- a strike and shelling are one attack -----------------------------------------------


@pytest.mark.parametrize(
    ("deny_lang", "report_lang"),
    [("en", "en"), ("en", "ru"), ("ru", "id"), ("id", "en"), ("ru", "en"), ("id", "ru")],
)
def test_a_denial_of_striking_a_town_contradicts_its_shelling_that_day(
    deny_lang: str, report_lang: str
) -> None:
    """ "denied striking Stepanakert" and "Azerbaijani forces shelled Stepanakert on Sunday"
    shared no word: in a desk where Stepanakert is everywhere they were never linked."""
    snap = desk(
        ("caspian", deny_lang, "2020-10-04", [(DENIED_STRIKE[deny_lang], "azmod")]),
        ("herald", report_lang, "2020-10-04", [(SHELLED[report_lang], "nk")]),
    )
    cands = suggested(snap)
    contra = between(cands, "caspian-0", "herald-0")["contradicts"]
    assert any(r.startswith("denies what it states") for r in contra.reasons), contra.reasons
    # the same town shelled weeks later is another attack, the same denial is not its answer
    assert "contradicts" not in between(cands, "caspian-0", "bg4-0")
    assert "contradicts" not in between(cands, "caspian-0", "bg5-0")


def test_an_accusation_of_an_air_strike_meets_a_denial_of_shelling() -> None:
    snap = desk(
        ("herald", "en", "2020-10-04", [
            ("Karabakh officials accused Azerbaijan of an air strike on a residential area of "
             "Stepanakert.", "nk"),
        ]),
        ("caspian", "ru", "2020-10-05", [
            ("Минобороны Азербайджана опровергло информацию об обстреле Степанакерта.", "azmod"),
        ]),
    )  # fmt: skip
    cands = suggested(snap)
    assert {"contradicts", "responds-to"} <= between(cands, "herald-0", "caspian-0").keys()


def test_a_strike_on_one_town_is_not_the_shelling_of_another() -> None:
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_STRIKE["en"], "azmod")]),
        (
            "herald",
            "en",
            "2020-10-04",
            [
                ("Karabakh officials said Azerbaijani forces shelled Martuni on Sunday.", "nk"),
            ],
        ),
    )
    assert "contradicts" not in between(suggested(snap), "caspian-0", "herald-0")


def test_a_denial_of_a_weapon_is_not_one_of_an_attack() -> None:
    """Cluster munitions are a weapon, not the attack: "denied using cluster munitions in
    Stepanakert" does not deny that the town was shelled."""
    snap = desk(
        ("caspian", "en", "2020-10-04", [
            ("Azerbaijan's defence ministry denied using cluster munitions in Stepanakert.",
             "azmod"),
        ]),
        ("herald", "en", "2020-10-04", [(SHELLED["en"], "nk")]),
    )  # fmt: skip
    found = between(suggested(snap), "caspian-0", "herald-0")
    assert not any("denies what it states" in r for c in found.values() for r in c.reasons)


def test_other_military_news_of_the_town_is_no_attack_denied() -> None:
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_STRIKE["en"], "azmod")]),
        ("herald", "en", "2020-10-04", [
            ("Karabakh officials said Azerbaijani troops had advanced towards Stepanakert.",
             "nk"),
        ]),
    )  # fmt: skip
    assert "contradicts" not in between(suggested(snap), "caspian-0", "herald-0")


def test_one_speaker_denying_a_strike_and_the_shelling_is_one_denial() -> None:
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_STRIKE["en"], "azmod")]),
        (
            "baku",
            "ru",
            "2020-10-05",
            [
                ("Минобороны Азербайджана опровергло обстрел Степанакерта.", "azmod"),
            ],
        ),
    )
    merge = between(suggested(snap), "caspian-0", "baku-0")["same-claim"]
    assert any(r.startswith("both deny, of Степанакерта") for r in merge.reasons), merge.reasons


def test_the_denial_meets_the_report_when_the_town_is_in_too_many_claims_to_block_on() -> None:
    """In a large desk "Stepanakert" is in more claims than a block holds (`max_block`): the
    two met by no key at all, the town's block skipped and no word shared across languages."""
    snap = desk(
        ("caspian", "ru", "2020-10-04", [(DENIED_STRIKE["ru"], "azmod")]),
        ("herald", "en", "2020-10-04", [(SHELLED["en"], "nk")]),
    )
    cands = LinkSuggester(snap, max_block=5).candidates(limit=500)
    assert "contradicts" in between(cands, "caspian-0", "herald-0")


# --- a denial naming no place, told again ----------------------------------------------

DENIED_SHELLING = (
    "Azerbaijan's defence ministry denied shelling Stepanakert, calling it propaganda."
)
REPORTED = "Karabakh officials said Azerbaijani forces shelled Stepanakert on Sunday."
REPORTS_DENIED = "The ministry denied the reports."


def merge(snap: Snapshot, a: str, b: str) -> LinkCandidate | None:
    return between(suggested(snap), a, b).get("same-claim")


def test_a_denial_of_the_reports_is_the_ministry_s_denial_of_shelling_told_that_day() -> None:
    """ "The ministry denied the reports", after the report of Stepanakert's shelling, is the
    denial another outlet quoted that day as "denied shelling Stepanakert": one claim."""
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_SHELLING, "azmod")]),
        ("herald", "en", "2020-10-04", [(REPORTED, "nk"), (REPORTS_DENIED, "azmod")]),
    )
    found = merge(snap, "caspian-0", "herald-1")
    assert found is not None
    assert any(
        r.startswith("one denial told twice, the same day") and "its report names Stepanakert" in r
        for r in found.reasons
    ), found.reasons


SHELLED_RU = "Власти Карабаха заявили, что Степанакерт подвергся обстрелу."
THESE_DENIED_RU = "Минобороны Азербайджана опровергло эти сообщения."


def test_a_denial_of_these_reports_in_russian_the_next_day_is_the_same_denial() -> None:
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_SHELLING, "azmod")]),
        ("vesti", "ru", "2020-10-05", [(SHELLED_RU, "nk"), (THESE_DENIED_RU, "azmod")]),
    )
    found = merge(snap, "caspian-0", "vesti-1")
    assert found is not None
    assert any("one denial told twice, a day apart" in r for r in found.reasons), found.reasons


def test_a_denial_under_the_report_of_another_town_is_not_merged() -> None:
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_SHELLING, "azmod")]),
        ("herald", "en", "2020-10-04", [
            ("Karabakh officials said Azerbaijani drones hit Martuni on Sunday.", "nk"),
            (REPORTS_DENIED, "azmod"),
        ]),
    )  # fmt: skip
    assert merge(snap, "caspian-0", "herald-1") is None


def test_a_denial_of_nothing_named_is_not_merged_when_its_speaker_denied_two_things() -> None:
    """That day the ministry also denied shelling Martuni: which one "these reports" are, no
    word says."""
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_SHELLING, "azmod")]),
        ("baku", "en", "2020-10-04", [
            ("Azerbaijan's defence ministry denied that its forces had shelled Martuni.",
             "azmod"),
        ]),
        ("vesti", "ru", "2020-10-04", [("Минобороны Азербайджана опровергло эти сообщения.",
                                        "azmod")]),
    )  # fmt: skip
    assert merge(snap, "caspian-0", "vesti-0") is None
    assert merge(snap, "baku-0", "vesti-0") is None


def test_a_denial_days_later_or_of_another_thing_is_not_merged() -> None:
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_SHELLING, "azmod")]),
        ("vesti", "ru", "2020-10-08", [("Минобороны Азербайджана опровергло эти сообщения.",
                                        "azmod")]),
        ("baku", "en", "2020-10-04", [
            ("The ministry denied using cluster munitions.", "azmod"),
        ]),
    )  # fmt: skip
    assert merge(snap, "caspian-0", "vesti-0") is None
    assert merge(snap, "baku-0", "caspian-0") is None


def test_the_denials_meet_when_the_speaker_has_too_many_claims_to_block_on() -> None:
    """A ministry quoted hundreds of times: its claims' shared speaker is no usable key."""
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_SHELLING, "azmod")]),
        ("vesti", "ru", "2020-10-05", [(SHELLED_RU, "nk"), (THESE_DENIED_RU, "azmod")]),
    )
    cands = LinkSuggester(snap, max_block=3).candidates(limit=500)
    assert "same-claim" in between(cands, "caspian-0", "vesti-1")


# --- review: a placeless denial answers what was told before it -------------------------


@pytest.mark.parametrize(
    ("before", "denial"),
    [
        (  # casualty figures
            [("Karabakh officials said Azerbaijan had lost 300 soldiers.", "nk")],
            ("Azerbaijan's defence ministry denied the figures.", "azmod"),
        ),
        (  # looting, told by Stepanakert's residents
            [("Residents of Stepanakert said Azerbaijani soldiers had looted shops.", "nk")],
            ("The ministry denied the accusations.", "azmod"),
        ),
        (  # rumours of mobilisation
            [("В соцсетях распространились слухи о всеобщей мобилизации.", None)],
            ("Минобороны Азербайджана опровергло эти слухи.", "azmod"),
        ),
        (  # a missile on a school in Martuni, three sentences before
            [
                ("Karabakh officials said a missile hit a school in Martuni.", "nk"),
                ("Two children were wounded, the emergency service said.", "ems"),
                ("Rescuers worked through the night.", None),
            ],
            (REPORTS_DENIED, "azmod"),
        ),
        ([], (THESE_DENIED_RU, "azmod")),  # nothing before it at all
    ],
    ids=["casualties", "looting", "mobilisation", "three-sentences-after", "nothing-before"],
)
def test_a_placeless_denial_of_something_else_is_not_the_denial_of_shelling(
    before: list[tuple[str, str | None]], denial: tuple[str, str]
) -> None:
    """ "The ministry denied the figures" under a report of losses is no denial of shelling
    Stepanakert told the same day: what it denies is what was told before it."""
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_SHELLING, "azmod")]),
        ("vesti", "en", "2020-10-04", [*before, denial]),
    )
    assert merge(snap, "caspian-0", f"vesti-{len(before)}") is None


@pytest.mark.parametrize(
    "other",
    [
        "The ministry denied using cluster munitions.",
        "Azerbaijan's defence ministry denied shelling Martuni.",
    ],
)
def test_a_denial_of_these_reports_is_not_merged_when_the_speaker_denied_more(
    other: str,
) -> None:
    """That day the ministry also denied using cluster munitions (or shelling Martuni):
    "эти сообщения", even under a report of Stepanakert's shelling, may be those."""
    snap = desk(
        ("caspian", "en", "2020-10-04", [(DENIED_SHELLING, "azmod")]),
        ("baku", "en", "2020-10-04", [(other, "azmod")]),
        ("vesti", "ru", "2020-10-04", [(SHELLED_RU, "nk"), (THESE_DENIED_RU, "azmod")]),
    )
    assert merge(snap, "caspian-0", "vesti-1") is None


# --- review: an undated report has no days to be one attack within --------------------


def test_an_undated_denial_of_striking_is_not_one_attack_with_shelling_weeks_apart() -> None:
    """With no date, "denied striking Stepanakert" was read as one attack with every report
    of the town's shelling, whenever told (bg4 on 20 October, bg5 on 28 October)."""
    snap = desk(("caspian", "en", None, [(DENIED_STRIKE["en"], "azmod")]))
    cands = suggested(snap)
    for other in ("bg4-0", "bg5-0"):
        found = between(cands, "caspian-0", other)
        assert not any("one attack" in r for c in found.values() for r in c.reasons), found


def test_an_undated_denial_of_striking_is_not_one_with_a_denial_of_shelling() -> None:
    snap = desk(
        ("caspian", "en", None, [(DENIED_STRIKE["en"], "azmod")]),
        ("baku", "ru", "2020-10-05", [("Минобороны Азербайджана опровергло обстрел Степанакерта.",
                                       "azmod")]),
    )  # fmt: skip
    assert merge(snap, "caspian-0", "baku-0") is None


# --- review: a strike with no army is no attack ----------------------------------------

DENIED_SHELLING_RU = "Минобороны Азербайджана опровергло обстрел Степанакерта."


@pytest.mark.parametrize(
    ("lang", "report"),
    [
        ("en", "Karabakh officials said an earthquake struck the town of Stepanakert overnight."),
        ("en", "Karabakh officials said a storm struck the city of Stepanakert, cutting power."),
        ("en", "Karabakh officials said striking Stepanakert hospital staff had returned to work."),
        ("en", "Karabakh officials said the blockade was a strike on Stepanakert's economy."),
        ("ru", "Власти Карабаха заявили, что война нанесла удар по туризму в Степанакерте."),
        ("ru", "Власти Карабаха заявили, что блокада нанесла серьезный удар по бюджету "
         "Степанакерта."),
        ("id", "Pejabat Karabakh mengatakan serangan terhadap jurnalis di Stepanakert dilakukan "
         "oleh tentara."),
        ("id", "Pejabat Karabakh mengatakan peretas melancarkan serangan ke situs pemerintah "
         "Stepanakert."),
        ("id", "Pejabat Karabakh mengatakan gempa menyerang kota Stepanakert."),
    ],
)  # fmt: skip
def test_a_strike_by_no_army_is_not_the_shelling_denied(lang: str, report: str) -> None:
    """An earthquake, a storm, a labour strike or a blow to the town's economy "struck
    Stepanakert": each was read as the attack the ministry denied shelling that day."""
    denial = DENIED_SHELLING_RU if lang == "ru" else DENIED_SHELLING
    snap = desk(
        ("caspian", "ru" if lang == "ru" else "en", "2020-10-04", [(denial, "azmod")]),
        ("herald", lang, "2020-10-04", [(report, "nk")]),
    )
    found = between(suggested(snap), "caspian-0", "herald-0")
    assert not any("one attack" in r for c in found.values() for r in c.reasons), found


def test_a_denial_that_a_labour_strike_was_political_denies_no_attack() -> None:
    snap = desk(
        ("caspian", "en", "2020-10-04", [
            ("Azerbaijan's defence ministry denied that the strike in Stepanakert was "
             "political.", "azmod"),
        ]),
        ("herald", "en", "2020-10-04", [(REPORTED, "nk")]),
    )  # fmt: skip
    found = between(suggested(snap), "caspian-0", "herald-0")
    assert not any("one attack" in r for c in found.values() for r in c.reasons), found


@pytest.mark.parametrize(
    ("lang", "report"),
    [
        ("en", "Karabakh officials said Azerbaijani drones carried out strikes on Stepanakert."),
        ("en", "Karabakh officials said Azerbaijan had struck Stepanakert overnight."),
        ("en", "Karabakh officials said Azerbaijan's strikes on Stepanakert went on all night."),
        ("ru", "Власти Карабаха заявили, что ВС Азербайджана нанесли удар по Степанакерту."),
        ("ru", "Власти Карабаха заявили, что Азербайджан нанес удар по Степанакерту."),
        ("id", "Pejabat Karabakh mengatakan pasukan Azerbaijan melancarkan serangan ke "
         "Stepanakert."),
    ],
)  # fmt: skip
def test_a_strike_by_an_army_or_a_side_is_still_the_shelling_denied(lang: str, report: str) -> None:
    denial = DENIED_SHELLING_RU if lang == "ru" else DENIED_SHELLING
    snap = desk(
        ("caspian", "ru" if lang == "ru" else "en", "2020-10-04", [(denial, "azmod")]),
        ("herald", lang, "2020-10-04", [(report, "nk")]),
    )
    contra = between(suggested(snap), "caspian-0", "herald-0")["contradicts"]
    assert any("one attack on" in r for r in contra.reasons), contra.reasons


def test_a_side_accused_of_strikes_is_their_striker() -> None:
    """The demo's headline names no army: the side accused is the one striking."""
    found = dict(concepts_of("Karabakh accuses Baku of overnight strikes on Martuni"))
    assert found.get("#strike") == "strikes"
