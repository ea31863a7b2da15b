"""Link suggestions on a protest story (Makassar, en/id/ru): counts, denials, quotes.

A fresh-user review of a desk tracking a deadly protest found suggestions a war desk never
needed: gunfire read as shelling, a court ruling months later never meeting the police's
count, the central "no live ammunition" denial never meeting the reports it denies.
"""

from __future__ import annotations

from claimtrack.model import Speaker
from claimtrack.suggest import LinkCandidate, LinkSuggester
from claimtrack.suggest.concepts import concepts_of
from tests.test_suggest import build

SPEAKERS = [
    Speaker("hartono", "R. Hartono", ("South Sulawesi police chief", "Р. Хартоно"), "person",
            "Government"),
    Speaker("bambang", "Bambang W. Prasetyo", ("Security Minister", "Бамбанг Прасетьо"),
            "person", "Government"),
    Speaker("arief", "Arief Nugroho", ("Ариф Нугрохо", "Opposition leader"), "person",
            "Opposition"),
    Speaker("rwa", "Rights Watch Asia", (), "organisation", "NGO"),
    Speaker("ortiz", "L. M. Ortiz", ("Ortiz",), "person", "NGO"),
    Speaker("judge", "A. Syamsuddin", ("Syamsuddin",), "person", "Court"),
    Speaker("court", "Pengadilan Negeri Makassar", ("Makassar District Court",), "government",
            "Court"),
    Speaker("siti", "Siti Rahmawati", ("Direktur RSUP Wahidin", "Сити Рахмавати"), "person",
            "Independent"),
]  # fmt: skip


def between(cands: list[LinkCandidate], a: str, b: str) -> dict[str, LinkCandidate]:
    """The candidates suggested for the pair, by relation."""
    return {c.relation: c for c in cands if {c.a, c.b} == {a, b}}


# --- gunfire is not shelling ------------------------------------------------------------


def test_gunshot_wounds_are_gunfire_not_shelling() -> None:
    for text in (
        "sebagian besar karena luka tembak",
        "17 of them by gunfire",
        "большинство из них - от огнестрельных ранений",
        "polisi menembak ke arah kerumunan",
    ):
        found = {key for key, _ in concepts_of(text)}
        assert "#gunfire" in found and "#shelling" not in found, (text, found)
    for text in ("Armenian forces shelled Terter", "menggempur Terter", "обстрел Тертера"):
        assert "#shelling" in {key for key, _ in concepts_of(text)}, text


def test_a_reason_about_gunshot_wounds_never_says_shelling() -> None:
    snap = build(
        [
            ("id1", "id", "2025-09-03", [
                ('"Kami mencatat sedikitnya 23 orang tewas, sebagian besar karena luka '
                 'tembak," kata Arief kepada wartawan.', "arief"),
            ]),
            ("id2", "id", "2025-09-10", [
                ("Majelis hakim yang dipimpin hakim A. Syamsuddin menyatakan 12 orang tewas, "
                 "sebagian besar akibat luka tembak.", "judge"),
            ]),
        ],
        SPEAKERS,
    )  # fmt: skip
    contra = between(LinkSuggester(snap).candidates(), "id1-0", "id2-0")["contradicts"]
    assert not any("shelling" in r for r in contra.reasons), contra.reasons
    assert any("subjects: gunfire" in r for r in contra.reasons), contra.reasons


# --- a later ruling settles an earlier count -------------------------------------------

POLICE_11 = ('"Eleven people died, most of them in a crush at the gate," South Sulawesi police '
             "chief Insp. Gen. R. Hartono said Tuesday at a news conference.")  # fmt: skip
COURT_22 = "Majelis hakim yang dipimpin hakim A. Syamsuddin menyatakan sedikitnya 22 orang tewas."


def test_a_court_ruling_months_later_contradicts_the_police_count() -> None:
    snap = build(
        [
            ("en1", "en", "2025-09-02", [(POLICE_11, "hartono")]),
            ("id1", "id", "2026-02-10", [(COURT_22, "judge")]),
        ],
        SPEAKERS,
    )
    contra = between(LinkSuggester(snap).candidates(), "en1-0", "id1-0")["contradicts"]
    assert "numbers conflict: 11 people killed vs at least 22 people killed" in contra.reasons


def test_counts_of_other_things_months_apart_do_not_meet() -> None:
    wounded = "Majelis hakim menyatakan sedikitnya 220 orang luka-luka."
    snap = build(
        [
            ("en1", "en", "2025-09-02", [(POLICE_11, "hartono")]),
            ("id1", "id", "2026-02-10", [(wounded, "judge")]),
        ],
        SPEAKERS,
    )
    assert between(LinkSuggester(snap).candidates(), "en1-0", "id1-0") == {}
