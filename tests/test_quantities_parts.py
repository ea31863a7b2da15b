"""Tolls said as some of a group, as others beside a group, and ages in lists of victims."""

from __future__ import annotations

import pytest

from claimtrack.quantities import comparable, describe, extract_quantities


def _read(text: str, lang: str = "en") -> list[str]:
    return [describe(q) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Five of the 14 soldiers were killed in the ambush.",
         ["5 troops killed", "14 troops"]),
        ("en", "5 of the 14 soldiers were killed.", ["5 troops killed", "14 troops"]),
        ("en", "Five of the 14 soldiers died.", ["5 troops killed", "14 troops"]),
        ("id", "Lima dari 14 tentara tewas dalam serangan itu.", ["5 troops killed", "14 troops"]),
        ("ru", "Пятеро из 14 военных погибли при обстреле.", ["5 troops killed", "14 troops"]),
        ("ru", "Погибли пятеро из 14 военных.", ["5 troops killed", "14 troops"]),
        # a casualty word that only says which of the group: the whole is the dead
        ("en", "Five of the 14 soldiers killed in the ambush were from Aceh.",
         ["14 troops killed"]),
        ("id", "Lima dari 14 tentara yang tewas berasal dari Aceh.", ["14 troops killed"]),
        ("ru", "Пятеро из 14 погибших военных были из Дагестана.", ["14 troops killed"]),
        ("en", "Two of the 40 people killed were children.", ["40 people killed"]),
    ],
)  # fmt: skip
def test_some_of_a_group_killed_is_the_toll(lang: str, text: str, expected: list[str]) -> None:
    """ "Five of the 14 soldiers were killed" stored "14 troops killed": the 14 are the
    group, five is the toll."""
    assert _read(text, lang) == expected


def test_the_group_of_a_toll_is_no_rival_toll() -> None:
    part, whole = extract_quantities("Five of the 14 soldiers were killed in the ambush.", "en")
    (other,) = extract_quantities("14 soldiers were killed in the ambush.", "en")
    assert comparable(part, other)
    assert not comparable(whole, other)
