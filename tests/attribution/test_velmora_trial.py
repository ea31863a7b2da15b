"""Sentences of the Velmora hospital trial (Reuters, BBC, TASS) that suggested nobody, or a
made-up speaker, where the article said who spoke."""

from __future__ import annotations

import pytest

from claimtrack.model import Speaker
from tests.attribution.support import RU_MOD, suggest, who

STRIKE = "An air strike hit the main district hospital, killing at least 42 people"


@pytest.mark.parametrize(
    ("lang", "sentences", "speakers", "expected", "name"),
    [
        (  # nothing before: the words name the ministry
            "en", (f"{STRIKE}, the regional health ministry said.",), [],
            ["+regional health ministry"], "Regional health ministry",
        ),
        (  # opening the sentence, in Russian ("настаивает, что" is the cue)
            "ru", ("Региональный минздрав настаивает, что погибли не менее 42 человек.",), [],
            ["+Региональный минздрав"], "Региональный минздрав",
        ),
        (  # Indonesian puts the word after the kind
            "id", ("Sementara itu, kementerian kesehatan regional mengatakan 42 orang tewas.",),
            [], ["+kementerian kesehatan regional"], "Kementerian kesehatan regional",
        ),
        (  # the one health ministry the article named before
            "en", ("Sudan's health ministry released figures on Monday.",
                   f"{STRIKE}, the regional health ministry said."), [],
            [None, "+regional health ministry"], "Sudan health ministry",
        ),
        (  # a defence ministry spoke last: no health ministry
            "en", ("Russia's defence ministry said 12 soldiers died.",
                   f"{STRIKE}, the regional health ministry said."), [RU_MOD],
            ["ru-mod", "+regional health ministry"], "Regional health ministry",
        ),
    ],
)  # fmt: skip
def test_a_described_ministry_is_proposed_as_the_sentence_names_it(
    lang: str,
    sentences: tuple[str, ...],
    speakers: list[Speaker],
    expected: list[str | None],
    name: str,
) -> None:
    """ "…, the regional health ministry said" suggested nobody (or the defence ministry
    that spoke before): a ministry of a kind with a word before it is the one ministry of
    that kind the article named, else the ministry the sentence names, to register."""
    found = suggest(lang, *sentences, speakers=speakers)
    assert [who(f) for f in found] == expected
    assert found[-1] is not None and found[-1].proposal is not None
    assert (found[-1].proposal.name, found[-1].proposal.kind) == (name, "ministry")


REGIONAL_HEALTH = Speaker(id="rhm", name="Regional Health Ministry", kind="ministry")
ARMENIAN_HEALTH = Speaker(id="ahm", name="Armenian Health Ministry", kind="ministry")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Региональный минздрав настаивает, что погибли не менее 42 человек."),
        ("ru", "В региональном минздраве сообщили, что погибли не менее 42 человек."),
        ("id", "Sementara itu, kementerian kesehatan regional mengatakan 42 orang tewas."),
        ("en", f"{STRIKE}, the regional health ministry said."),
    ],
)
def test_a_described_ministry_registered_in_another_language_is_that_speaker(
    lang: str, sentence: str
) -> None:
    """ "Региональный минздрав настаивает" proposed a new speaker though "Regional Health
    Ministry" was registered: its kind and the word describing it, alike in both languages,
    name one body, as a kind and a country do; accepting teaches it the Russian name."""
    (found,) = suggest(lang, sentence, speakers=[REGIONAL_HEALTH, ARMENIAN_HEALTH])
    assert who(found) == "rhm"
    assert found is not None
    assert lang == "en" or (found.found_as is not None and found.found_as.kind == "ministry")


def test_a_described_ministry_is_no_other_of_its_kind() -> None:
    """Another health ministry (Armenia's) is not the regional one."""
    (found,) = suggest(
        "ru", "Региональный минздрав настаивает, что погибли не менее 42 человек.",
        speakers=[ARMENIAN_HEALTH],
    )  # fmt: skip
    assert who(found) == "+Региональный минздрав"


def test_a_country_no_list_knows_is_no_word_describing_its_ministry() -> None:
    """ "Kestria", the side of "Defence Ministry of Kestria", is its country: a ministry is
    matched across languages by a country only the lists know (the analyst's picker ranks
    it first, `services.placenames.bodies_called`), never by one word alike."""
    kestria = Speaker(
        id="kestria", name="Defence Ministry of Kestria", side="Kestria", kind="ministry"
    )
    (found,) = suggest(
        "id", "Kementerian Pertahanan Kestria membantah telah menyerang rumah sakit.",
        speakers=[kestria],
    )  # fmt: skip
    assert who(found) == "+Kementerian Pertahanan Kestria"


def test_the_health_ministry_alone_is_still_no_guess() -> None:
    """Its kind alone names no ministry when the article named none of that kind."""
    (found,) = suggest("en", f"{STRIKE}, the health ministry said.", speakers=[])
    assert found is None


VOSS = Speaker(id="voss", name="Arkady Voss", kind="person")
ACCUSED = "Voss accused the regional authorities of inflating the toll,"
REJECTED = 'a claim Dovgal rejected as "cynical".'


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (REJECTED, "Dovgal"),
        ("The jurist Helena Marsh said the hospital was hit directly.", "Helena Marsh"),
    ],
)
def test_a_common_noun_in_lower_case_opens_no_proposed_name(sentence: str, name: str) -> None:
    """ "a claim Dovgal rejected" proposed a speaker "Claim Dovgal": the noun the clause
    hangs on is no word of the name after it."""
    found = suggest("en", ACCUSED, sentence, speakers=[VOSS])
    assert who(found[0]) == "voss"
    assert found[1] is not None and found[1].proposal is not None
    assert found[1].proposal.name == name


@pytest.mark.parametrize("kind", ["officials", "ministry", "organisation", "other"])
def test_a_person_registered_as_another_kind_is_found_by_her_surname(kind: str) -> None:
    """Irina Dovgal filed under the health ministry's officials: "Dovgal" is still her, not
    a new speaker."""
    dovgal = Speaker(id="dovgal", name="Irina Dovgal", kind=kind)
    found = suggest("en", ACCUSED, REJECTED, speakers=[VOSS, dovgal])
    assert [who(f) for f in found] == ["voss", "dovgal"]


@pytest.mark.parametrize("kind", ["officials", "other"])
@pytest.mark.parametrize(
    "sentence", [REJECTED, "Dovgal said the toll was inflated.", "Irina Dovgal said so."]
)
def test_a_person_registered_as_another_kind_in_cyrillic_is_found_in_latin(
    kind: str, sentence: str
) -> None:
    """With «Ирина Довгаль» filed under officials, "Dovgal said …" proposed a new speaker
    "Dovgal": only speakers of kind person were compared across scripts. Her name says she
    is one (`aliases.named_as_person`), as it does for her surname in her own script; a
    body's kind is no person's filing (`test_a_person_proposed_in_another_script_…`)."""
    dovgal = Speaker(id="dovgal", name="Ирина Довгаль", kind=kind)
    found = suggest("en", ACCUSED, sentence, speakers=[VOSS, dovgal])
    assert [who(f) for f in found] == ["voss", "dovgal"]
