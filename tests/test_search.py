"""Searching claims and statements: case, accents and Russian case endings ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.textnorm import fold, matches, search_terms
from tests.conftest import Runner


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Мирна", "По словам Варена, из Мирны бежали более 120 человек.", True),
        ("Алиев", "Алиевым ранее было заявлено", True),
        ("мирных жителей", "погибли 45 мирных жителей", True),
        ("обороны", "сообщили в Минобороны", True),  # anywhere in a word
        ("Песков", "машина застряла в песке", False),  # "-ов" ends a surname, not a case
        ("Иванов", "Иван Сидоренко", False),
        ("Баку", "в Баку заявили", True),
        ("Martuni", "the shelling of MARTUNI", True),
        ("Ganja", "the shelling of Martuni", False),
        ("Çavuşoğlu", "Cavusoglu said", True),  # accents
        # a participle or its adjective finds the verb's other forms, and the other way round
        ("задержанных", "Двое были задержаны полицией", True),
        ("задержанных", "задержанный журналист", True),
        ("задержанных", "полиция задержала и допросила их", True),
        ("задержанным", "Двое были задержаны полицией", True),
        ("задержанный", "полиция задержала двоих", True),
        ("задержавших", "полиция задержала двоих", True),
        ("задержан", "число задержанных выросло", True),
        ("задержаны", "число задержанных выросло", True),
        ("уничтоженных", "ВСУ уничтожили склад", True),
        ("погибших", "в Мирне погибли 12 человек", True),
        ("российских", "по данным российской стороны", True),
        ("странных", "другие страны", False),  # "стра-" is too short a stem to stand alone
        ("бывших", "были задержаны", False),
        ("Максим", "по словам Макса Вебера", False),  # "-им" ends a first name too
        ("Григорий", "Ашот Григорян", False),
        ("в Германии", "Герман Греф", False),
    ],
)
def test_a_search_finds_what_an_analyst_means(query: str, text: str, found: bool) -> None:
    assert matches(search_terms(query), fold(text)) is found


def test_claims_and_statements_are_found_by_a_word_in_another_case(
    cli: Runner, tmp_path: Path
) -> None:
    """ "Мирна" found nothing in "из Мирны бежали …": a fresh-user review."""
    article = tmp_path / "ru.txt"
    article.write_text("По словам Варена, из Мирны бежали более 120 человек.\n", "utf-8")
    assert cli("import", str(article), "--lang", "ru").code == 0
    cli("speaker", "add", "Илка Варен", "--kind", "person")
    (row,) = cli("statements", "--grep", "Мирна", "--json").json()
    assert cli("tag", row["id"], "Илка Варен").code == 0
    (claim,) = cli("claims", "--grep", "Мирна", "--json").json()
    assert "Мирны" in claim["summary"]


def test_statements_and_claims_are_found_by_another_form_of_the_verb(
    cli: Runner, tmp_path: Path
) -> None:
    """ "задержанных" found neither "задержаны" nor "задержали": a participle kept its
    suffix ("задержанн-"), which the verb's other forms do not have."""
    article = tmp_path / "ru.txt"
    sentences = (
        "По словам Варена, в Мирне были задержаны двое журналистов.",
        "Полиция задержала ещё троих.",
        "Число задержанных выросло до пяти.",
        "Машина застряла в песке.",
    )
    article.write_text("\n\n".join(sentences) + "\n", "utf-8")
    assert cli("import", str(article), "--lang", "ru").code == 0
    found = [r["text"] for r in cli("statements", "--grep", "задержанных", "--json").json()]
    assert found == list(sentences[:3])
    found = [r["text"] for r in cli("statements", "--grep", "задержан", "--json").json()]
    assert found == [sentences[0], sentences[2]]
    assert cli("statements", "--grep", "Песков", "--json").json() == []
    cli("speaker", "add", "Илка Варен", "--kind", "person")
    first = cli("statements", "--json").json()[0]["id"]
    assert cli("tag", first, "Илка Варен").code == 0
    (claim,) = cli("claims", "--grep", "задержанных", "--json").json()
    assert "задержаны" in claim["summary"]
