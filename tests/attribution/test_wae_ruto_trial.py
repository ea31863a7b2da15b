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
