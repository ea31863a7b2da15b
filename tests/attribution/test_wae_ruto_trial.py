"""A new analyst's trial: the Wae Ruto dam collapse (Indonesia) in wire, Indonesian, Russian
and HTML articles. Each sentence is as the article wrote it; each test names what the
Reader proposed instead."""

from __future__ import annotations

import pytest

from claimtrack.model import Speaker
from tests.attribution.support import suggest, who

DEPUTY_MINISTER = (
    "Замминистра общественных работ Хендра Виджая ранее заявил журналистам, что «кто-то "
    "перерезал кабели»."
)


@pytest.mark.parametrize("kind", ["person", "officials", "other"])
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [("ru", DEPUTY_MINISTER), ("en", "Wijaya said the cables had been cut.")],
    ids=["ru-full-name", "en-surname"],
)
def test_a_person_filed_as_officials_is_found_in_another_script(
    kind: str, lang: str, sentence: str
) -> None:
    """With "Hendra Wijaya" filed under officials (`speaker edit --kind official`), «Хендра
    Виджая» was proposed as a new speaker: his first name is on no list, so his name was not
    read as a person's (`aliases.named_as_person`). Every language reads it as one."""
    wijaya = Speaker(id="wijaya", name="Hendra Wijaya", kind=kind)
    (found,) = suggest(lang, sentence, speakers=[wijaya])
    assert who(found) == "wijaya"


@pytest.mark.parametrize("name", ["Karabakh officials", "Local authorities"])
def test_a_body_filed_as_officials_is_no_person(name: str) -> None:
    """A body's name is no person's: its last word is no surname to find it by."""
    officials = Speaker(id="body", name=name, kind="officials")
    (found,) = suggest("en", "Authorities said the cables had been cut.", speakers=[officials])
    assert who(found) != "body"


def proposal(lang: str, sentence: str) -> tuple[str, str] | None:
    """The (name, kind) proposed for one sentence with no speaker registered."""
    (found,) = suggest(lang, sentence, speakers=[])
    return (found.proposal.name, found.proposal.kind) if found and found.proposal else None


@pytest.mark.parametrize(
    ("lang", "sentence", "name"),
    [
        ("en", "Rescuer John Smith said the spillway gate was rusted shut.", "John Smith"),
        ("ru", "Спасатель Иван Петров сказал, что затвор заржавел.", "Иван Петров"),
        ("ru", "Как рассказал спасатель Иван Петров, затвор заржавел.", "Иван Петров"),
    ],
)
def test_a_rescuer_is_proposed_by_his_name_alone(lang: str, sentence: str, name: str) -> None:
    """ "Rescuer John Smith" and «Спасатель Иван Петров» were proposed with the job in the
    name, which no later "Smith" would find: a rescuer is one of a group (`group_members`),
    and the dictionary reads «спасатель» as a person too (and as a rescue device)."""
    assert proposal(lang, sentence) == (name, "person")


@pytest.mark.parametrize(
    "sentence",
    [
        "Представитель строительной компании Karya Nusa Beton Деви Лестари отвергла версию.",
        "Представитель компании Karya Nusa Beton Деви Лестари отвергла версию о диверсии.",
    ],
)
def test_a_company_named_in_latin_letters_is_no_word_of_a_cyrillic_name(sentence: str) -> None:
    """ "Beton Деви Лестари" was proposed: the last three capitalised words after the office,
    though a name is written in one script."""
    assert proposal("ru", sentence) == ("Деви Лестари", "person")


BPBD = Speaker(
    id="bpbd", name="Badan Penanggulangan Bencana Daerah", aliases=("BPBD", "МЧС"), kind="other"
)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("id", "Kepala BPBD NTT, Ambrosius Kodo, menyatakan pencarian korban masih berlangsung."),
        ("id", "Kepala BPBD, Ambrosius Kodo, menyatakan pencarian korban masih berlangsung."),
        ("en", "The head of BPBD, Ambrosius Kodo, said the search was continuing."),
    ],
)
def test_the_head_of_a_registered_body_named_after_it_speaks(lang: str, sentence: str) -> None:
    """With BPBD registered (by tagging an earlier statement of the same batch), "Kepala BPBD
    NTT, Ambrosius Kodo, menyatakan" was the agency's: the region after the body hid that
    the chunk names an office held at it, whose holder follows in apposition."""
    (found,) = suggest(lang, sentence, speakers=[BPBD])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == "Ambrosius Kodo"


def test_the_head_of_a_registered_body_in_russian_is_proposed_with_his_office() -> None:
    (found,) = suggest(
        "ru", "Глава МЧС Иван Петров заявил, что поиски продолжаются.", speakers=[BPBD]
    )
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.aliases) == ("Иван Петров", ("Глава МЧС",))
