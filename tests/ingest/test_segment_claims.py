"""Sentences a paragraph's line or a quotation's dash used to split or merge wrongly."""

from __future__ import annotations

import pytest

from claimtrack.ingest import furniture, segment


def _sentences(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in segment(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "«Кто виноват?» — спросил Песков.",
            ["«Кто виноват?» — спросил Песков."],
        ),
        (
            "ru",
            "— Сколько погибших? — спросил корреспондент.\n— Потерь нет, — ответил он.",
            ["— Сколько погибших? — спросил корреспондент.", "— Потерь нет, — ответил он."],
        ),
        (
            "ru",
            "— Будет ли ответ! — воскликнула Захарова.",
            ["— Будет ли ответ! — воскликнула Захарова."],
        ),
        # a reply opens with a capital: another speaker, another sentence
        ("ru", "— Когда? — В понедельник.", ["— Когда?", "— В понедельник."]),
    ],
)
def test_a_quotations_attribution_after_its_dash_stays_with_it(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "— спросил Песков." waited in the queue as a sentence of its own, the question
    without the speaker who asked it."""
    assert _sentences(text, lang) == expected


def test_a_line_opening_in_lower_case_after_a_sentence_is_a_sentence_of_its_own() -> None:
    """Each paragraph on a line: a line that opens in lower case ("iPhone", "eSports", a
    typo) after a line ending a sentence was run into it, two claims in one statement."""
    text = (
        "Drones downed\n"
        '"All targets were destroyed," spokesman Yuriy Ihnat said.\n'
        "iPhone footage showed a drone hitting a building in Odesa.\n"
        "eSports tournament cancelled after strike, organisers said.\n"
    )
    assert _sentences(text, "en") == [
        "Drones downed",
        '"All targets were destroyed," spokesman Yuriy Ihnat said.',
        "iPhone footage showed a drone hitting a building in Odesa.",
        "eSports tournament cancelled after strike, organisers said.",
    ]
    text = '"Tidak benar," ujarnya.\npernyataan itu disampaikan di Jakarta, Senin.'
    assert _sentences(text, "id") == [
        '"Tidak benar," ujarnya.',
        "pernyataan itu disampaikan di Jakarta, Senin.",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sentence goes on after a line break that ends in no sentence's end
        ("id", "KPK menyatakan akan memeriksa 5 saksi\npekan depan."),
        # nor after an abbreviation
        ("id", "Korban tewas tersebar di Kab.\nagam, kata BNPB."),
        ("en", "Officials cited other towns, e.g.\nthe port of Mariupol."),
    ],
)
def test_a_sentence_broken_across_lines_stays_one(lang: str, text: str) -> None:
    assert _sentences(text, lang) == [text]


@pytest.mark.parametrize(
    "line",
    [
        "Jakarta - Nusantara berjarak sekitar 1.200 km, kata Menteri PUPR.",
        "Jakarta - IKN ditempuh dua jam dengan pesawat, kata Otorita IKN.",
    ],
)
def test_a_route_to_the_new_capital_is_no_dateline(line: str) -> None:
    """The capital's new city is a place: the dash between it and Jakarta is a route's, and
    the sentence kept its subject instead of losing "Jakarta -" to narration."""
    text = f"Ibu Kota Baru\n\n{line}\n"
    assert _sentences(text, "id") == ["Ibu Kota Baru", line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("id", "Komisi Pemilihan Umum (KPU) - Lembaga itu menetapkan 204 juta pemilih."),
        ("id", "Tentara Nasional Indonesia (TNI) — Panglima menyebut 3 prajurit gugur."),
    ],
)
def test_an_organisation_and_its_acronym_before_a_dash_is_no_dateline(lang: str, line: str) -> None:
    """ "(KPU)" read as an agency's name in a dateline ("Jakarta (ANTARA) -"): the commission,
    the sentence's subject, went to narration as the lead."""
    text = f"Headline of the story\n\n{line}\n"
    spans = segment(text, lang)
    assert [text[a:b] for a, b in spans] == ["Headline of the story", line]
    assert furniture(text, spans) == set()
    # an agency's dateline is still cut off its story
    text = "Headline\n\nJakarta (ANTARA) - Presiden meminta maaf.\n"
    assert [text[a:b] for a, b in segment(text, "id")][1:] == [
        "Jakarta (ANTARA) -",
        "Presiden meminta maaf.",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # a review: a short abbreviation ending a line goes on to the next, lower-case line
        ("ru", "Губернатор заявил, что с 2014 г.\nв регионе погибли более 300 мирных жителей."),
        ("ru", "Из региона бежали более 300 тыс.\nчеловек, сообщили власти."),
        ("en", "The blast happened on Main St.\nnear the market, wounding 30 people."),
        ("id", "Kerugian mencapai Rp 2 miliar dll.\ndan jumlah pengungsi bertambah menjadi 400."),
    ],
)
def test_a_line_ending_in_a_short_abbreviation_goes_on(lang: str, text: str) -> None:
    assert segment(text, lang) == [(0, len(text))]
