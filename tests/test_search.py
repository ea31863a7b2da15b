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
