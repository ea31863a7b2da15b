"""A named person holding a body's office speaks, not the body: "NATO's Secretary General Mark
Rutte said" is Rutte's statement whether or not NATO is registered, as "Генсек НАТО Марк
Рютте заявил" and "Juru bicara Hamas Abu Obaida mengatakan" already were. A new analyst's
trial found English possessives ("NATO's", "Hahn's spokesman, Peter Lind,") and a long
Indonesian office ("Juru bicara Kementerian Luar Negeri Indonesia Lalu Muhamad Iqbal") giving
the statement to the body, and proposed names keeping the possessive ("Valdoria's Defence
Ministry")."""

from __future__ import annotations

import pytest

from claimtrack.model import Speaker
from tests.attribution.support import suggest, who

NATO = Speaker(id="nato", name="NATO", kind="organisation")
HAMAS = Speaker(id="hamas", name="Hamas", kind="organisation")
KREMLIN = Speaker(id="kremlin", name="Kremlin", kind="organisation")
MERSLAND = Speaker(id="mersland", name="Mersland", kind="organisation")
BODIES = [NATO, HAMAS, KREMLIN, MERSLAND]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("NATO's Secretary General Mark Rutte said the alliance would respond.", "Mark Rutte"),
        ("Hamas's political chief Ismail Haniyeh said talks had stalled.", "Ismail Haniyeh"),
        ("The Kremlin's spokesman Dmitry Peskov said there was no plan.", "Dmitry Peskov"),
        (
            "Mersland Foreign Ministry spokeswoman Eva Stone said the report was false.",
            "Eva Stone",
        ),
        (
            "NATO's Secretary General Mark Rutte later said the alliance would respond.",
            "Mark Rutte",
        ),
    ],
)
def test_a_registered_body_does_not_take_over_the_person_holding_its_office(
    sentence: str, person: str
) -> None:
    """Registering NATO made "NATO's Secretary General Mark Rutte said" NATO's (0.90)."""
    (found,) = suggest("en", sentence, speakers=BODIES)
    assert found is not None and found.speaker is None and found.proposal is not None
    assert (found.proposal.name, found.proposal.kind) == (person, "person")


def test_the_registered_holder_of_a_bodys_office_is_proposed() -> None:
    rutte = Speaker(id="rutte", name="Mark Rutte", kind="person")
    sentence = "NATO's Secretary General Mark Rutte said the alliance would respond."
    assert who(suggest("en", sentence, speakers=[*BODIES, rutte])[0]) == "rutte"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Hamas's spokesman said talks had stalled.", "hamas"),
        ("NATO's chief said the alliance would respond.", "nato"),
    ],
)
def test_an_unnamed_holder_of_a_bodys_office_still_speaks_for_it(sentence: str, body: str) -> None:
    assert who(suggest("en", sentence, speakers=BODIES)[0]) == body


def test_a_spokesman_named_after_his_principals_possessive_speaks_himself() -> None:
    """ "Hahn's spokesman, Peter Lind, later said" was suggested as Viktor Hahn even with
    Peter Lind registered."""
    hahn = Speaker(id="hahn", name="Viktor Hahn", kind="person")
    lind = Speaker(id="lind", name="Peter Lind", kind="person")
    sentences = (
        "President Viktor Hahn spoke at the summit on Monday.",
        "Hahn's spokesman, Peter Lind, later said the president had been misquoted.",
    )
    assert who(suggest("en", *sentences, speakers=[hahn, lind])[1]) == "lind"
    proposed = suggest("en", *sentences, speakers=[hahn])[1]
    assert proposed is not None and proposed.proposal is not None
    assert (proposed.proposal.name, proposed.proposal.kind) == ("Peter Lind", "person")


KEMLU = Speaker(
    id="kemlu", name="Kementerian Luar Negeri Indonesia", aliases=("Kemlu",), kind="ministry"
)
IQBAL = (
    "Juru bicara Kementerian Luar Negeri Indonesia Lalu Muhamad Iqbal mengatakan pemerintah "
    "memantau situasi.",
    '"Kami mengimbau WNI tetap tenang," kata Iqbal.',
)


@pytest.mark.parametrize("speakers", [[], [KEMLU]], ids=["nothing registered", "ministry"])
def test_a_named_indonesian_spokesman_after_a_long_office_is_the_person(
    speakers: list[Speaker],
) -> None:
    """The holder's first name "Lalu" is also "then", and the office's eight words left no
    room for him: the ministry was proposed ("speaks for"), then a new speaker "Iqbal"."""
    first, second = suggest("id", *IQBAL, speakers=speakers)
    for found in (first, second):
        assert found is not None and found.speaker is None and found.proposal is not None
        assert (found.proposal.name, found.proposal.kind) == ("Lalu Muhamad Iqbal", "person")


def test_an_unnamed_indonesian_spokesman_still_speaks_for_the_ministry() -> None:
    sentence = "Sementara itu, juru bicara Kemlu mengatakan pihaknya terus berkoordinasi."
    assert who(suggest("id", sentence, speakers=[KEMLU])[0]) == "kemlu"


@pytest.mark.parametrize(
    ("sentence", "name", "aliases"),
    [
        (
            "Valdoria's Defence Ministry said the drills were routine.",
            "Valdoria Defence Ministry",
            (),
        ),
        (
            "Mersland's Foreign Minister Ola Berg said the talks would go on.",
            "Ola Berg",
            ("Mersland Foreign Minister",),
        ),
        ("Hamas's spokesman said talks had stalled.", "Hamas", ()),
    ],
)
def test_a_proposed_name_drops_its_owners_possessive(
    sentence: str, name: str, aliases: tuple[str, ...]
) -> None:
    """Accepting gave the speaker "Valdoria's Defence Ministry", the alias "Mersland's
    Foreign Minister" (the text that writes the possessive still finds either)."""
    (found,) = suggest("en", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.aliases) == (name, aliases)
    registered = Speaker(id="it", name=name, aliases=aliases, kind=found.proposal.kind)
    assert suggest("en", sentence, speakers=[registered])[0].speaker == "it"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The People's Liberation Army said the drills were routine.", "People's Liberation Army"),
        ("St. Mary's Hospital said 12 people were treated.", "St. Mary's Hospital"),
        ("Moody's analyst said the rating would hold.", "Moody's analyst"),
        ("A McDonald's spokesman said the outlets would reopen.", "McDonald's spokesman"),
    ],
)
def test_a_possessive_inside_a_name_stays(sentence: str, name: str) -> None:
    (found,) = suggest("en", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "«Ситуация под контролем», — написал губернатор Белгородской области Вячеслав Гладков "
        "в Telegram.",
        "Об этом написал губернатор Белгородской области Вячеслав Гладков в Telegram.",
    ],
)
def test_a_russian_holder_writing_in_a_latin_named_channel_is_not_posted_there(
    sentence: str,
) -> None:
    """«в Telegram» after the governor's name is where he wrote, not where he is posted
    (as «Посол России в Судане» is): the proposal was the governor «… в Telegram»."""
    (found,) = suggest("ru", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == "Вячеслав Гладков"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("McDonald's said on Monday it would close the stores.", "McDonald's"),
        ("Sotheby's said the sale would go ahead.", "Sotheby's"),
    ],
)
def test_a_brand_with_its_own_possessive_speaks_alone(sentence: str, name: str) -> None:
    """ "McDonald's said …" proposed nobody: opening the sentence, a name needs a word after
    its possessive ("Azerbaijan's defence ministry"), and a lone capital is no name there."""
    (found,) = suggest("en", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters' correspondent said the town was quiet.",
        "Reuters's correspondent said the town was quiet.",
        "A Reuters correspondent said the town was quiet.",
    ],
)
def test_an_outlets_correspondent_is_proposed_whatever_its_possessive(sentence: str) -> None:
    """ "Reuters' correspondent said" proposed nobody, where "Reuters's correspondent" and "a
    Reuters correspondent" propose the correspondent (and find Reuters once registered): the
    apostrophe alone after an "s" was no possessive opening a name."""
    (found,) = suggest("en", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == "Reuters correspondent"
    reuters = Speaker(id="reuters", name="Reuters", kind="media")
    assert who(suggest("en", sentence, speakers=[reuters])[0]) == "reuters"


def test_a_plural_owner_opening_the_sentence_is_still_no_name() -> None:
    """Only before an office does "s'" open a name: "Farmers' union" is anybody's."""
    (found,) = suggest("en", "Farmers' union said prices were too low.", speakers=[])
    assert found is None


def test_an_unnamed_holder_of_a_bodys_office_loses_its_possessive_past_a_description() -> None:
    """ "Red Cross's regional director said" proposed "Red Cross's regional director": the
    possessive was dropped only right before an office ("NATO's Secretary General"), and
    "regional" is none. A registered Red Cross speaks, as NATO does for its Secretary
    General."""
    sentence = "Red Cross's regional director said aid was blocked."
    (found,) = suggest("en", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == "Red Cross regional director"
    red_cross = Speaker(id="rc", name="Red Cross", kind="organisation")
    assert who(suggest("en", sentence, speakers=[red_cross])[0]) == "rc"
    (hospital,) = suggest("en", "St. Mary's Hospital director said 12 were hurt.", speakers=[])
    assert hospital is not None and hospital.proposal is not None
    assert hospital.proposal.name == "St. Mary's Hospital director"
