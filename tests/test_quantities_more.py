"""Misreads found in realistic reports (en/id/ru): ranges, rates, written numbers, fates."""

from __future__ import annotations

import pytest

from claimtrack.quantities import describe, extract_quantities


def _read(text: str, lang: str = "en") -> list[str]:
    return [describe(q) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Between 30 to 40 people were killed.", ["30–40 people killed"]),
        ("en", "Between 20-30 people were killed.", ["20–30 people killed"]),
        ("id", "Antara 20 hingga 30 orang tewas dalam serangan itu.", ["20–30 people killed"]),
        ("id", "Antara 20 sampai 30 orang tewas.", ["20–30 people killed"]),
        ("id", "Antara 20-30 orang tewas.", ["20–30 people killed"]),
        ("id", "Antara 20 dan 30 orang tewas.", ["20–30 people killed"]),
    ],
)
def test_a_range_opened_by_between_closes_with_any_joiner(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "Antara 20 hingga 30 orang tewas" stored a bare 20 and "up to 30 killed"; "Antara
    20-30 orang" two tolls, 20 and 30."""
    assert _read(text, lang) == expected
