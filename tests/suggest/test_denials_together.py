"""Two denials by one side of one accusation support each other: the defence ministry's
"denied shelling Stepanakert" and the president's "rejected claims that Azerbaijani forces
shelled Stepanakert", or a spokeswoman's "yet another fabrication" right after her ministry's
denial. Stepanakert and its shelling are in many claims of the desk, so what the two share
never made them meet."""

from __future__ import annotations

from claimtrack.model import Speaker
from claimtrack.suggest import LinkCandidate, LinkSuggester
from tests.test_suggest import build

SPEAKERS = [
    Speaker("nk", "Nagorno-Karabakh officials", ("Karabakh officials",), "officials", "Armenia"),
    Speaker("armmod", "Armenian Defence Ministry", (), "ministry", "Armenia"),
    Speaker("stepanyan", "Shushan Stepanyan", ("Stepanyan",), "person", "Armenia"),
    Speaker("azmod", "Azerbaijani Defence Ministry", (), "ministry", "Azerbaijan"),
    Speaker("aliyev", "Ilham Aliyev", ("Aliyev",), "person", "Azerbaijan"),
    Speaker("azpros", "Azerbaijani Prosecutor General's Office", (), "officials", "Azerbaijan"),
]

# What the desk has told of Stepanakert and its shelling besides.
BACKGROUND = [
    ("Karabakh officials said residents of Stepanakert spent the night in shelters.", "nk"),
    ("Karabakh officials said power was cut in parts of Stepanakert.", "nk"),
    ("Karabakh officials said aid convoys reached Stepanakert on Sunday.", "nk"),
    ("Karabakh officials said schools in Stepanakert would stay closed.", "nk"),
    ("Karabakh officials said shelling had damaged the maternity hospital.", "nk"),
    ("Karabakh officials said artillery shells hit a bakery in Stepanakert last week.", "nk"),
]
ACCUSE = "Karabakh officials accused Azerbaijan of shelling Stepanakert overnight."
MOD_DENIES = "Azerbaijan's defence ministry denied shelling Stepanakert."
ALIYEV_REJECTS = (
    "President Ilham Aliyev rejected claims that Azerbaijani forces shelled Stepanakert."
)
ALIYEV_MARTUNI = "President Ilham Aliyev rejected claims that his forces shelled Martuni."
CLUSTER_DENIED = "The prosecutor's office denied using cluster munitions in Stepanakert."

ROCKETS = "Azerbaijan's prosecutor said Armenian forces fired rockets at Barda."
MINING = "Azerbaijan's prosecutor accused Armenia of mining the road to Lachin."
BARDA_DENIED = "Armenia's defence ministry denied that its forces had fired on Barda."
FABRICATION = '"This is yet another fabrication by Baku," Shushan Stepanyan wrote.'


def suggested(docs: list) -> list[LinkCandidate]:
    return LinkSuggester(build(docs, SPEAKERS)).candidates(limit=500)


def supports(cands: list[LinkCandidate], a: str, b: str) -> LinkCandidate | None:
    return next((c for c in cands if c.relation == "supports" and {c.a, c.b} == {a, b}), None)


def test_two_denials_of_one_attack_in_two_reports_support_each_other() -> None:
    cands = suggested(
        [
            ("bg", "en", "2020-10-03", BACKGROUND),
            ("acc", "en", "2020-10-04", [(ACCUSE, "nk")]),
            ("mod", "en", "2020-10-04", [(MOD_DENIES, "azmod")]),
            ("pres", "en", "2020-10-05", [(ALIYEV_REJECTS, "aliyev")]),
        ]
    )
    found = supports(cands, "mod-0", "pres-0")
    assert found is not None
    assert (found.a, found.b) == ("pres-0", "mod-0")  # the later supports the earlier
    assert "same side (Azerbaijan)" in found.reasons
    assert 'both deny, of Stepanakert ("denied" / "rejected")' in found.reasons


def test_a_denial_right_after_another_of_its_side_supports_it() -> None:
    wire = [(ROCKETS, "azpros"), (BARDA_DENIED, "armmod"), (FABRICATION, "stepanyan")]
    cands = suggested([("bg", "en", "2020-10-03", BACKGROUND), ("wire", "en", "2020-10-04", wire)])
    found = supports(cands, "wire-1", "wire-2")
    assert found is not None
    assert 'both deny, one right after the other ("denied" / "fabrication")' in found.reasons


def test_denials_of_two_towns_or_two_things_do_not_support_each_other() -> None:
    cands = suggested(
        [
            ("bg", "en", "2020-10-03", BACKGROUND),
            ("mod", "en", "2020-10-04", [(MOD_DENIES, "azmod")]),
            ("pres", "en", "2020-10-04", [(ALIYEV_MARTUNI, "aliyev")]),
            ("pros", "en", "2020-10-04", [(CLUSTER_DENIED, "azpros")]),
        ]
    )
    assert supports(cands, "mod-0", "pres-0") is None
    assert supports(cands, "mod-0", "pros-0") is None


def test_a_denial_after_the_other_side_s_next_accusation_answers_that_one() -> None:
    """The second denial follows a new accusation: it denies that, not the first one."""
    wire = [(BARDA_DENIED, "armmod"), (MINING, "azpros"), (FABRICATION, "stepanyan")]
    cands = suggested([("bg", "en", "2020-10-03", BACKGROUND), ("wire", "en", "2020-10-04", wire)])
    assert supports(cands, "wire-0", "wire-2") is None
