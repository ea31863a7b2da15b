"""Concepts that meet across languages, and stances that only phrases show."""

from __future__ import annotations

import pytest

from claimtrack.suggest.concepts import concepts_of, phrase_stances


@pytest.mark.parametrize(
    "text",
    [
        "used cluster munitions in Stepanakert",
        "menggunakan bom tandan di Stepanakert",
        "применили кассетные боеприпасы в Степанакерте",
    ],
)
def test_cluster_munitions_meet_across_languages(text: str) -> None:
    assert "#cluster" in {key for key, _ in concepts_of(text)}


def test_whole_word_stems_do_not_match_longer_words() -> None:
    assert "#villages" not in {k for k, _ in concepts_of("сельское хозяйство")}
    assert "#villages" in {k for k, _ in concepts_of("освободила еще 13 сел")}


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("This is not a victory, but it is not a defeat either", "deny"),
        ("Musuh belum menguasai kota", "deny"),
        ("The army strikes only legitimate military targets", "deny"),
        ("We are not fighting against civilians", "deny"),
        ("jumlah korban jauh lebih tinggi dari angka resmi", "dispute"),
    ],
)
def test_phrase_stances(text: str, stance: str) -> None:
    assert stance in phrase_stances(text)


def test_plain_reports_show_no_phrase_stance() -> None:
    assert phrase_stances("Armenian forces shelled Terter overnight") == {}


def test_a_dispute_word_is_a_whole_word_and_quoted_as_written() -> None:
    """The reason for Orvana's "число погибших … «завышено в несколько раз»" quoted "выше"
    (higher), found inside "завышено" (inflated); "превышен" (exceeded) disputed a count."""
    inflated = 'число погибших, названное Талмерией, "завышено в несколько раз"'
    assert phrase_stances(inflated) == {"dispute": "завышено"}
    assert phrase_stances("Лимит скорости превышен") == {}
    assert phrase_stances("the figures are inflated") == {"dispute": "inflated"}
    assert phrase_stances("angka itu dibesar-besarkan") == {"dispute": "dibesar-besarkan"}
    assert phrase_stances("потери намного выше официальных") == {"dispute": "выше"}
    assert phrase_stances("the toll was grossly underestimated") == {"dispute": "underestimated"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Помощник министра заявил журналистам о новых ударах", "#help"),
        ("Противник понес значительные потери в живой силе", "#capture"),
        ("Войска понесли потери под Физули", "#capture"),
        ("Армия избежала больших потерь на севере", "#capture"),
    ],
)
def test_words_that_only_start_like_a_concept_are_not_it(text: str, concept: str) -> None:
    # An aide is no help; losses in men are no town lost.
    assert concept not in {k for k, _ in concepts_of(text)}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Москва окажет Еревану необходимую помощь", "#help"),
        ("Власти опровергли сообщения о потере Физули", "#capture"),
        ("Угроза потери города сохраняется", "#capture"),
    ],
)
def test_the_concepts_themselves_are_still_found(text: str, concept: str) -> None:
    assert concept in {k for k, _ in concepts_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's defence ministry denied striking Stepanakert.",
        "The army carried out an air strike on Stepanakert.",
        "A drone strike hit a house in Martuni.",
        "Karabakh accuses Baku of overnight strikes on Martuni",
        "Минобороны Азербайджана опровергло нанесение авиаудара по Степанакерту.",
        "Азербайджанские войска нанесли удар по Степанакерту.",
        "удар беспилотника по жилому дому",
        "Kementerian Pertahanan Azerbaijan membantah melakukan serangan udara ke Stepanakert.",
        "menggunakan bom tandan dalam serangan ke Stepanakert",
        "Pengeboman di Stepanakert menewaskan dua orang",
    ],
)
def test_strikes_in_three_languages(text: str) -> None:
    assert "#strike" in {key for key, _ in concepts_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Workers went on strike on Monday.",
        "The union called a general strike.",
        "The two sides struck a deal on Tuesday.",
        "The court struck down the law.",
        "Это удар по экономике страны.",
        "Город находится под ударом.",
        "pasukan Armenia berhasil menghalau beberapa serangan di arah selatan",
        "Ia terkena serangan jantung",
        "Бомбардировщик пролетел над городом",
        "polisi menembak ke arah kerumunan",
    ],
)
def test_a_strike_word_that_is_no_attack_on_a_place(text: str) -> None:
    """A labour strike, a deal struck, a blow to the economy, attacks repelled on a front,
    a heart attack, a bomber, the police shooting at a crowd: no strike on a place."""
    found = {key for key, _ in concepts_of(text)}
    assert "#strike" not in found and "#shelling" not in found, found
