"""A new analyst's trial: three articles on a strike on a dam (Nordland vs Sudmark, two
countries no place list knows), each imported into an empty store. Every proposal asserted
is what the Reader offered (or should have) for the sentence as written there."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.attribution import Attributor
from claimtrack.evaluation.attribution import sentence_spans

ARTICLES = Path(__file__).parent / "data" / "dam"


def proposals(name: str, lang: str) -> dict[str, tuple[str, str] | None]:
    """Each sentence of an article as the importer cuts it -> (name, kind) proposed or None
    (a registered speaker never comes up: the store starts empty)."""
    text = (ARTICLES / name).read_text(encoding="utf-8")
    spans = sentence_spans(text, lang)
    found = Attributor([]).suggest(text, spans, lang)
    return {
        text[start:end]: (f.proposal.name, f.proposal.kind) if f and f.proposal else None
        for (start, end), f in zip(spans, found, strict=True)
    }


def proposed(name: str, lang: str, opening: str) -> tuple[str, str] | None:
    """What was proposed for the one sentence of an article opening with `opening`."""
    (sentence,) = [s for s in proposals(name, lang) if s.startswith(opening)]
    return proposals(name, lang)[sentence]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # "генерала Петра Васка" after "По словам": the general, in the nominative
        ("По словам представителя армии", ("Пётр Васк", "person")),
        # his surname alone in the next sentence is the same man
        ("Васк также сообщил", ("Пётр Васк", "person")),
        ("Министр внутренних дел Нордланда", ("Анна Берг", "person")),
        ("Министерство обороны Зюдмарка", ("Министерство обороны Зюдмарка", "ministry")),
    ],
)
def test_the_russian_article_proposes_its_speakers_in_the_nominative(
    opening: str, expected: tuple[str, str]
) -> None:
    assert proposed("ru_vestnik.txt", "ru", opening) == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # "Sudmark" is in no place list: the ministry's country, no person "Sudmark"
        (
            "Kementerian Pertahanan Sudmark",
            ("Kementerian Pertahanan Sudmark", "ministry"),
        ),
        ("Menteri Dalam Negeri Nordland", ("Anna Berg", "person")),
        ("Menurut Komite Internasional", ("Komite Internasional Palang Merah", "organisation")),
    ],
)
def test_the_indonesian_article_proposes_its_speakers(
    opening: str, expected: tuple[str, str]
) -> None:
    assert proposed("id_warta.txt", "id", opening) == expected


def test_the_indonesian_articles_team_report_speaks_for_the_un_team() -> None:
    """ "Laporan tim yang dirilis pada Rabu menyebutkan …" got no suggestion."""
    team = ("Tim penyelidik Perserikatan Bangsa-Bangsa", "other")
    assert proposed("id_warta.txt", "id", "Tim penyelidik") == team
    assert proposed("id_warta.txt", "id", "Laporan tim") == team


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Nordland's Interior Ministry", ("Nordland Interior Ministry", "ministry")),
        ('"This was a deliberate attack', ("Anna Berg", "person")),
        ("Sudmark's Defence Ministry", ("Sudmark Defence Ministry", "ministry")),
        ("General Piotr Vask", ("Piotr Vask", "person")),
        ("The International", ("International Committee of the Red Cross", "organisation")),
        ("Independent verification", None),
    ],
)
def test_the_english_article_proposes_its_speakers(
    opening: str, expected: tuple[str, str] | None
) -> None:
    assert proposed("en_harbour.txt", "en", opening) == expected
