"""A statement's clause another speaker says: its numbers are not the tagged speaker's."""

from __future__ import annotations

import pytest

from claimtrack.attribution.voices import others_clauses
from claimtrack.model import Speaker

MINISTRY = Speaker(
    id="mod",
    name="Kalmeria Ministry of Defence",
    aliases=("Kementerian Pertahanan Kalmeria", "Минобороны Кальмерии"),
    kind="ministry",
)
OFFICIALS = Speaker(id="dra", name="Dravania officials", aliases=("pejabat Dravania",))


@pytest.mark.parametrize(
    ("lang", "text", "theirs"),
    [
        (
            "id",
            "Kementerian Pertahanan Kalmeria membantah tuduhan itu, sementara pejabat "
            "Dravania mengatakan sedikitnya 23 warga sipil tewas.",
            ", sementara pejabat Dravania mengatakan sedikitnya 23 warga sipil tewas.",
        ),
        (
            "en",
            "The Kalmeria Ministry of Defence denied the strike, while Dravania officials "
            "said 23 civilians were killed.",
            ", while Dravania officials said 23 civilians were killed.",
        ),
        (  # a vague or unregistered source is still not the ministry
            "en",
            "The Kalmeria Ministry of Defence denied the strike, while local officials said "
            "23 civilians were killed.",
            ", while local officials said 23 civilians were killed.",
        ),
        (  # the ministry named later: the main clause is the officials'
            "en",
            "Dravania officials said 12 died, while the Kalmeria Ministry of Defence denied it.",
            "Dravania officials said 12 died",
        ),
        (
            "ru",
            "Минобороны Кальмерии опровергло это, а по данным дравенийских властей, погибли "
            "23 человека.",
            ", а по данным дравенийских властей, погибли 23 человека.",
        ),
    ],
)
def test_a_contrasted_clause_with_its_own_speaker_is_theirs(
    lang: str, text: str, theirs: str
) -> None:
    spans = others_clauses(text, lang, lambda: [MINISTRY, OFFICIALS], "mod")
    assert [text[a:b] for a, b in spans] == [theirs]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the speaker's own clauses, however they are joined
        ("en", "The ministry denied the strike, while insisting 23 soldiers died."),
        ("id", "Kementerian Pertahanan Kalmeria mengatakan 23 tentara tewas, namun membantah."),
        ("en", "The Kalmeria Ministry of Defence said 23 died."),  # no contrast at all
        # the main clause is the tag's, whoever it names (a spokeswoman for the ministry)
        ("en", "Spokeswoman Shushan Stepanyan said 12 soldiers were killed, but gave no details."),
        (
            "en",
            "Spokeswoman Shushan Stepanyan said 12 soldiers were killed, while she said 30 more "
            "were wounded.",
        ),
    ],
)
def test_a_statement_without_another_voice_is_all_its_speakers(lang: str, text: str) -> None:
    def never() -> list[Speaker]:
        raise AssertionError("no contrast: the speakers are not needed")

    speakers = never if "," not in text else (lambda: [MINISTRY, OFFICIALS])
    assert others_clauses(text, lang, speakers, "mod") == []
