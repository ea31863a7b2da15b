"""A side typed in lower case ("--side armenia", as the CLI's examples type it) is the same
side as "Armenia" (`model.side_key`), and its name must count as one too: names are found by
their capital, so "armenia" was read as no name at all."""

from __future__ import annotations

import pytest

from claimtrack.model import Speaker
from claimtrack.suggest import LinkCandidate, LinkSuggester
from tests.test_suggest import build

ACCUSE = "Karabakh officials accused Azerbaijan of shelling Martuni."
REPORT_DENIED = "Azerbaijan's foreign ministry called the Armenian report on Martuni biased."
HAJIYEV_DENIES = "Hikmet Hajiyev denied the claims about Martuni."


def suggested(
    sentences: list[tuple[str, str]], armenia: str, azerbaijan: str
) -> dict[str, LinkCandidate]:
    """The relations suggested between the accusation and the denial, told in two reports
    a day apart, the sides typed as given."""
    speakers = [
        Speaker("nk", "Karabakh officials", ("Nagorno-Karabakh officials",), "officials", armenia),
        Speaker("azfm", "Azerbaijani Foreign Ministry", (), "ministry", azerbaijan),
        Speaker("hh", "Hikmet Hajiyev", ("Hajiyev",), "person", azerbaijan),
    ]
    docs = [
        (f"r{k}", "en", f"2020-10-0{4 + k}", [(text, speaker)])
        for k, (text, speaker) in enumerate(sentences)
    ]
    cands: list[LinkCandidate] = LinkSuggester(build(docs, speakers)).candidates()
    return {c.relation: c for c in cands if {c.a, c.b} == {"r0-0", "r1-0"}}


@pytest.mark.parametrize("armenia", ["Armenia", "armenia"])
def test_a_denial_of_the_armenian_report_answers_an_armenian_accusation(armenia: str) -> None:
    """ "called the Armenian report biased", told apart from the report: the report is the
    side's that "Armenian" names, whichever way the side was typed."""
    found = suggested([(ACCUSE, "nk"), (REPORT_DENIED, "azfm")], armenia, "Azerbaijan")
    assert {"contradicts", "responds-to"} <= found.keys()
    assert found["responds-to"].a == "r1-0"


@pytest.mark.parametrize("azerbaijan", ["Azerbaijan", "azerbaijan"])
def test_an_accusation_naming_the_denier_s_side_says_so(azerbaijan: str) -> None:
    """Hajiyev's name says no country: only his side tells that "accused Azerbaijan" is
    aimed at him, which ranks his denial higher and is shown as a reason."""
    found = suggested([(ACCUSE, "nk"), (HAJIYEV_DENIES, "hh")], "Armenia", azerbaijan)
    reply = found["responds-to"]
    assert f"the claim names the denier's side ({azerbaijan})" in reply.reasons
