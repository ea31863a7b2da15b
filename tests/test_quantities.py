"""Tests for locale-aware quantity extraction and comparison (claimtrack.quantities)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.model import Quantity
from claimtrack.quantities import (
    UNBOUNDED,
    comparable,
    conflicts,
    describe,
    extract_quantities,
    parse_number,
    totals,
)

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_0ff45245f30cb870.txt"
INF = UNBOUNDED


@pytest.mark.parametrize(
    ("token", "lang", "expected"),
    [
        ("1.166", "id", 1166),
        ("5.000", "id", 5000),
        ("2,5", "id", 2.5),
        ("1.234,5", "id", 1234.5),
        ("1.166", "ru", 1166),
        ("1.234.567", "de", 1234567),
        ("1,166", "en", 1166),
        ("2.5", "en", 2.5),
        ("1,234.5", "en", 1234.5),
        ("1,234,567", "en", 1234567),
        ("2.5", "id", 2.5),  # not three digits after the dot: a decimal point anywhere
        ("0.166", "id", 0.166),
        ("1 166", "ru", 1166),
        ("1\u00a0166", "ru", 1166),
        ("1\u202f166", "ru", 1166),
        ("5 тыс.", "ru", 5000),
        ("5 тысяч", "ru", 5000),
        ("2,5 juta", "id", 2_500_000),
        ("2.5 million", "en", 2_500_000),
        ("three", "en", 3),
        ("tiga", "id", 3),
        ("три", "ru", 3),
        ("1.11.2020", "id", None),
        ("12 34", "ru", None),
        ("abc", "en", None),
        ("5 apples", "en", None),
    ],
)
def test_parse_number(token: str, lang: str, expected: float | None) -> None:
    assert parse_number(token, lang) == expected


def q(low, high, unit=None, subject=None, qualifier="exact"):
    """The comparable part of a Quantity (its surface text is checked separately)."""
    return (low, high, unit, subject, qualifier)


def shape(qs: list[Quantity]) -> list[tuple]:
    return [(x.low, x.high, x.unit, x.subject, x.qualifier) for x in qs]


CASES = [
    # English
    (
        "en",
        "1,166 troops and 45 civilians have been killed",
        [q(1166, 1166, "killed", "troops"), q(45, 45, "killed", "civilians")],
    ),
    (
        "en",
        "Attacks killed at least 91 civilians and wounded 400 others.",
        [q(91, INF, "killed", "civilians", "at-least"), q(400, 400, "wounded", "civilians")],
    ),
    (
        "en",
        "Putin said nearly 5,000 people have been killed.",
        [q(4500, 5000, "killed", "people", "nearly")],
    ),
    ("en", "30 were killed and 40 wounded.", [q(30, 30, "killed"), q(40, 40, "wounded")]),
    ("en", "between 400 and 500 soldiers died", [q(400, 500, "killed", "troops")]),
    ("en", "400-500 soldiers died", [q(400, 500, "killed", "troops")]),
    ("en", "more than 25 years", [q(25, INF, "years", None, "more-than")]),
    ("en", "up to 5 km", [q(0, 5, "km", None, "at-most")]),
    # a toll that could reach a figure has not reached it: stored as exact, it set "20 killed"
    # against "nearly 5,000" as a conflict
    ("en", "The death toll could reach 20.", [q(0, 20, "killed", None, "at-most")]),
    ("en", "The death toll reached 20.", [q(20, 20, "killed")]),
    ("id", "jumlah korban tewas bisa mencapai 20 orang", [q(0, 20, "killed", "people", "at-most")]),
    (
        "ru",
        "Число погибших может достигнуть 20 человек.",
        [q(0, 20, "killed", "people", "at-most")],
    ),
    ("en", "about 30 km east of the town", [q(27, 33, "km", None, "about")]),
    (
        "en",
        "hundreds if not thousands dead",
        [q(200, 999, "killed", None, "vague"), q(2000, 9999, "killed", None, "vague")],
    ),
    ("en", "dozens of soldiers were wounded", [q(24, 99, "wounded", "troops", "vague")]),
    ("en", "three soldiers were killed", [q(3, 3, "killed", "troops")]),
    ("en", "thousands of civilians have fled", [q(2000, 9999, "displaced", "civilians", "vague")]),
    ("en", "5 km (3 miles) from Shushi", [q(5, 5, "km")]),
    # Indonesian
    (
        "id",
        "1.166 pasukan mereka dan 45 warga sipil telah tewas.",
        [q(1166, 1166, "killed", "troops"), q(45, 45, "killed", "civilians")],
    ),
    (
        "id",
        "pertempuran itu telah menewaskan sedikitnya 91 warga sipil dan melukai 400 lainnya",
        [q(91, INF, "killed", "civilians", "at-least"), q(400, 400, "wounded", "civilians")],
    ),
    (
        "id",
        "sedikitnya 91 warga sipil tewas dan 400 lainnya luka-luka",
        [q(91, INF, "killed", "civilians", "at-least"), q(400, 400, "wounded", "civilians")],
    ),
    (
        "id",
        "jumlah korban tewas sebenarnya lebih tinggi dan mendekati 5.000",
        [q(4500, 5000, "killed", "people", "nearly")],
    ),
    (
        "id",
        "setidaknya 2,5 juta orang mengungsi",
        [q(2_500_000, INF, "displaced", "people", "at-least")],
    ),
    (
        "id",
        "telah menyebabkan ratusan - jika bukan ribuan - tewas",
        [q(200, 999, "killed", None, "vague"), q(2000, 9999, "killed", None, "vague")],
    ),
    (
        "id",
        "puluhan ribu warga sipil mengungsi",
        [q(24_000, 99_000, "displaced", "civilians", "vague")],
    ),
    ("id", "maju hingga sekitar 5 km dari kota", [q(4.5, 5.5, "km", None, "about")]),
    ("id", "antara 400 dan 500 tentara gugur", [q(400, 500, "killed", "troops")]),
    ("id", "tiga tentara tewas", [q(3, 3, "killed", "troops")]),
    ("id", "jarak 5 km (3 mil) dari kota", [q(5, 5, "km")]),
    # Russian
    (
        "ru",
        "погибли 1 166 военнослужащих и 45 мирных жителей",
        [q(1166, 1166, "killed", "troops"), q(45, 45, "killed", "civilians")],
    ),
    ("ru", "погибли 1\u00a0166 военнослужащих", [q(1166, 1166, "killed", "troops")]),
    ("ru", "погибли 1\u202f166 военнослужащих", [q(1166, 1166, "killed", "troops")]),
    ("ru", "погибли почти 5 тысяч человек", [q(4500, 5000, "killed", "people", "nearly")]),
    ("ru", "погибли около 5 тыс. человек", [q(4500, 5500, "killed", "people", "about")]),
    (
        "ru",
        "погиб по меньшей мере 91 мирный житель, ещё 400 человек получили ранения",
        [q(91, INF, "killed", "civilians", "at-least"), q(400, 400, "wounded", "civilians")],
    ),
    ("ru", "не менее 91 мирного жителя погибли", [q(91, INF, "killed", "civilians", "at-least")]),
    ("ru", "свыше 25 лет", [q(25, INF, "years", None, "more-than")]),
    ("ru", "сотни военных убиты", [q(200, 999, "killed", "troops", "vague")]),
    ("ru", "десятки мирных жителей ранены", [q(24, 99, "wounded", "civilians", "vague")]),
    ("ru", "в пяти километрах от Шуши", [q(5, 5, "km")]),
    ("ru", "от 400 до 500 военных погибли", [q(400, 500, "killed", "troops")]),
    # a spelled number takes its scale word: not "nearly 5", nor "2" and "thousands"
    (
        "ru",
        "число погибших приближается к пяти тысячам",
        [q(4500, 5000, "killed", None, "nearly")],
    ),
    ("ru", "погибли две тысячи военных", [q(2000, 2000, "killed", "troops")]),
    (
        "en",
        "nearly five thousand people were killed",
        [q(4500, 5000, "killed", "people", "nearly")],
    ),
    ("ru", "продвинулись более чем на 20 километров", [q(20, INF, "km", None, "more-than")]),
    # "dini hari" is early morning and "hari Minggu" Sunday: the people after the number
    # make it a count, not "day 12" (the 12 was lost).
    ("id", "Jam 2 dini hari 12 warga tewas", [q(12, 12, "killed", "people")]),
    ("id", "Sejak hari Minggu 12 warga tewas", [q(12, 12, "killed", "people")]),
    ("ru", "В день 12 погибли 3 человека", [q(3, 3, "killed", "people")]),  # 2–4: "человека"
    ("en", "On day 12 people were killed", []),  # English "day 12" is the twelfth day
    # a count that rose "до"/"hingga" a figure reached it: not "up to 31"
    ("ru", "число погибших выросло до 31 человека", [q(31, 31, "killed", "people")]),
    ("id", "korban tewas meningkat hingga 31 orang", [q(31, 31, "killed", "people")]),
    ("en", "the toll could rise to 40 dead", [q(0, 40, "killed", None, "at-most")]),
    # a number counting things takes no casualty word from the rest of the clause
    (
        "en",
        "drones struck two border posts near Sedlo, killing 12 Ostrevian border guards",
        [q(12, 12, "killed", None)],
    ),
    ("id", "dua pos perbatasan hancur dan 12 penjaga tewas", [q(12, 12, "killed", None)]),
    ("ru", "уничтожены два поста, погибли 12 пограничников", [q(12, 12, "killed", None)]),
    ("ru", "погибли 14 человек, разрушены 20 домов", [q(14, 14, "killed", "people"), q(20, 20)]),
    ("en", "destroyed 3 tanks and killed 7 soldiers", [q(3, 3), q(7, 7, "killed", "troops")]),
    # a thing word that only modifies the people counted, or follows a preposition, leaves a
    # count of people (a review of the rule above)
    ("en", "Artillery killed 8 in houses near the front.", [q(8, 8, "killed", None)]),
    ("id", "Serangan itu menewaskan 5 di rumah mereka.", [q(5, 5, "killed", None)]),
    ("en", "12 school children were killed", [q(12, 12, "killed", "children")]),
    ("en", "4 drone operators were killed", [q(4, 4, "killed", None)]),
    ("ru", "Погибли 3 сотрудника больницы.", [q(3, 3, "killed", None)]),
    ("id", "12 guru sekolah tewas", [q(12, 12, "killed", None)]),
    (
        "en",
        "Of the 40 killed, 12 were children.",
        [q(40, 40, "killed"), q(12, 12, "killed", "children")],
    ),
    (
        "en",
        "The fighting cost $2 billion and 3,000 soldiers.",
        [q(2e9, 2e9, "USD"), q(3000, 3000, None, "troops")],
    ),
    # money is counted in its currency, and lends no casualty word to the next figure
    (
        "id",
        "Brask mengatakan Rp 1,5 triliun hilang dan 2,5 juta orang terdampak.",
        [q(1.5e12, 1.5e12, "IDR"), q(2.5e6, 2.5e6, None, "people")],
    ),
    (
        "en",
        "damage estimated at $5 billion and 40 people missing",
        [q(5e9, 5e9, "USD"), q(40, 40, "missing", "people")],
    ),
    (
        "ru",
        "ущерб в 3 млрд рублей, погибли 12 человек",
        [q(3e9, 3e9, "RUB"), q(12, 12, "killed", "people")],
    ),
    ("en", "aid of US$ 3 million", [q(3e6, 3e6, "USD")]),
    # a count that changed "from 12 to 31" is 31 now: 12 is history, not a range
    ("ru", "число погибших выросло с 12 до 31 человека", [q(31, 31, "killed", "people")]),
    ("en", "the death toll rose from 12 to 31", [q(31, 31, "killed", None)]),
    ("id", "jumlah korban tewas naik dari 12 menjadi 31 orang", [q(31, 31, "killed", "people")]),
    ("en", "the toll was revised from 5,000 to 1,166 dead", [q(1166, 1166, "killed", None)]),
    ("en", "the death toll rose from 12 to 31 or more", [q(31, INF, "killed", None, "at-least")]),
    ("en", "the death toll rose from 12 to 30-35", [q(30, 35, "killed", None)]),
    (
        "id",
        "jumlah korban tewas naik dari 12 menjadi sedikitnya 31 orang",
        [q(31, INF, "killed", "people", "at-least")],
    ),
    ("id", "korban tewas naik dari 12 ke 31 orang", [q(31, 31, "killed", "people")]),
    ("en", "between 12 and 31 people died", [q(12, 31, "killed", "people")]),
    ("id", "korban tewas bisa naik hingga 100 orang", [q(0, 100, "killed", "people", "at-most")]),
    (
        "id",
        "diperkirakan akan meningkat hingga 50 orang tewas",
        [q(0, 50, "killed", "people", "at-most")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_extract(lang: str, text: str, expected: list[tuple]) -> None:
    assert shape(extract_quantities(text, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The fighting broke out on September 27 and a war ended in 1994."),
        ("en", "Talks resumed on 27 September at 10:30 GMT."),
        ("en", "Fighting began on Sept. 27 and resumed on Oct. 4."),  # abbreviated months
        ("en", "Forces entered the 6th week of fighting; week 6 began on 1/11."),
        ("en", "Turnout was 45% according to the ministry."),
        ("en", "Drones such as the TB2 and S-300 systems were used."),
        ("id", "Ledakan permusuhan dimulai pada 27 September, perang berakhir pada tahun 1994."),
        ("id", "Aljazeera, 1/11. Pertemuan dimulai pukul 10.30 WIB."),
        ("id", "Konflik memasuki minggu ke-6 dan pekan 6."),
        ("id", "Tiga gencatan senjata gagal dipertahankan."),
        ("ru", "Обострение началось 27 сентября; конфликт длится с конца 1980-х годов."),
        ("ru", "В 2020 году переговоры прошли 1.11.2020."),
        # a Russian dateline's abbreviated month: "4 мар" was the figure "4 (exact)"
        ("ru", "МОСКВА, 4 мар — Заместитель министра выступил в Думе."),
        ("ru", "КИРСК, 12 янв. — Переговоры прошли 1 сент., 3 нояб. и 14 февр."),
        ("ru", "ДЖАКАРТА, 6 марта. /Интерфакс/ - Заместитель министра выступил."),
    ],
)
def test_ignores_dates_times_ordinals_and_names(lang: str, text: str) -> None:
    assert extract_quantities(text, lang) == []


def test_surface_text_keeps_the_qualifier() -> None:
    [killed, wounded] = extract_quantities(
        "menewaskan sedikitnya 91 warga sipil dan melukai 400 lainnya", "id"
    )
    assert killed.text == "sedikitnya 91"
    assert wounded.text == "400"
    [near] = extract_quantities("погибли почти 5 тысяч человек", "ru")
    assert near.text == "почти 5 тысяч"


def test_unbounded_survives_json() -> None:
    [x] = extract_quantities("at least 91 civilians were killed", "en")
    doc = json.loads(json.dumps(x.to_doc(), allow_nan=False))
    assert Quantity.from_doc(doc) == x
    assert x.high == UNBOUNDED


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed_casualty_sentences() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = [(describe(x), x.text) for x in extract_quantities(text, "id")]
    for expected in [
        ("1,166 troops killed", "1.166"),
        ("45 civilians killed", "45"),
        ("at least 91 civilians killed", "sedikitnya 91"),
        ("400 civilians wounded", "400"),
        ("nearly 5,000 people killed", "mendekati 5.000"),
        ("5 km", "5"),
    ]:
        assert expected in found
    assert all("3 miles" not in d and "1,994" not in d for d, _ in found)


def _one(text: str, lang: str = "en") -> Quantity:
    [x] = extract_quantities(text, lang)
    return x


def test_parts_sum_to_a_total_that_conflicts_with_nearly_5000() -> None:
    karabakh = extract_quantities("1.166 pasukan mereka dan 45 warga sipil telah tewas", "id")
    putin = _one("jumlah korban tewas mendekati 5.000", "id")
    [total] = totals(karabakh)
    assert (total.low, total.high, total.unit, total.subject) == (1211, 1211, "killed", "people")
    assert comparable(total, putin)
    assert conflicts(total, putin)
    assert describe(total) == "1,211 people killed"
    # A part is not comparable with a total: 1,166 troops is not "the" death toll.
    assert not comparable(karabakh[0], putin)
    assert not conflicts(karabakh[0], putin)


def test_at_least_does_not_conflict_with_more() -> None:
    assert not conflicts(_one("at least 91 civilians killed"), _one("100 civilians killed"))
    assert conflicts(_one("at least 91 civilians killed"), _one("45 civilians killed"))


def test_open_ends() -> None:
    assert conflicts(_one("more than 100 civilians killed"), _one("100 civilians killed"))
    assert not conflicts(_one("at least 100 civilians killed"), _one("100 civilians killed"))
    assert conflicts(_one("fewer than 100 civilians killed"), _one("100 civilians killed"))
    assert not conflicts(_one("about 5,000 people killed"), _one("nearly 5,000 people killed"))


def test_comparable_needs_the_same_kind() -> None:
    assert not comparable(_one("45 civilians killed"), _one("45 civilians wounded"))
    assert not comparable(_one("45 civilians killed"), _one("45 soldiers killed"))
    assert comparable(_one("about 5 km"), _one("10 km"))
    assert not conflicts(_one("about 5 km"), _one("within 5 km"))
    no_unit = Quantity(5, 5)
    assert not comparable(no_unit, no_unit)


def test_totals_need_both_parts_and_no_stated_total() -> None:
    assert totals(extract_quantities("1,166 troops were killed", "en")) == []
    both = extract_quantities("1,166 troops and 45 civilians killed, 1,300 people died", "en")
    assert totals(both) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 91 civilians killed", "at least 91 civilians killed"),
        ("nearly 5,000 people killed", "nearly 5,000 people killed"),
        ("about 30 km", "about 30 km"),
        ("400-500 soldiers died", "400–500 troops killed"),
        ("up to 2.5 km", "up to 2.5 km"),
    ],
)
def test_describe(text: str, expected: str) -> None:
    assert describe(_one(text)) == expected


@given(st.text(max_size=200), st.sampled_from(["en", "id", "ru", "und"]))
def test_never_raises_and_intervals_are_ordered(text: str, lang: str) -> None:
    for x in extract_quantities(text, lang):
        assert 0 <= x.low <= x.high <= UNBOUNDED
        assert x.text and x.text in text


def test_a_hand_entered_about_range_is_described_as_entered() -> None:
    from claimtrack.model import Quantity
    from claimtrack.quantities import describe

    assert (
        describe(Quantity(100, 300, "killed", "troops", "about")) == "about 100–300 troops killed"
    )
    extracted = extract_quantities("about 5,000 people were killed", "en")[0]
    assert describe(extracted) == "about 5,000 people killed"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "more than 1,000 people were killed", ["more than 1,000 people killed"]),
        ("en", "dozens of civilians were wounded", ["dozens (24–99) civilians wounded"]),
        ("id", "ratusan orang tewas", ["hundreds (200–999) people killed"]),
        ("ru", "погибли несколько сотен человек", ["hundreds (200–999) people killed"]),
        ("en", "at least 2,300 soldiers were killed", ["at least 2,300 troops killed"]),
        ("en", "the death toll rose to 147", ["147 killed"]),
        ("ru", "жертвами стали 12 человек", ["12 people killed"]),
        ("id", "korban jiwa mencapai 35 orang", ["35 people killed"]),
        ("en", "two-thirds of the residents fled", ["66.7% of people"]),
        ("en", "20 to 30 soldiers were killed", ["20–30 troops killed"]),
        ("ru", "около 90 тыс. человек бежали", ["about 90,000 people displaced"]),
        ("id", "2,5 juta orang", ["2,500,000 people"]),
        ("en", "tens of thousands of people fled",
         ["tens of thousands (24,000–99,000) people displaced"]),
        ("en", "twenty-five soldiers were killed", ["25 troops killed"]),
        ("ru", "двадцать пять военных погибли", ["25 troops killed"]),
        ("id", "dua puluh lima tentara tewas", ["25 troops killed"]),
        ("ru", "пострадали трое мирных жителей", ["3 civilians wounded"]),
        ("ru", "противник в нескольких километрах от Шуши", ["several (2–9) km"]),
        ("ru", "погибли 65 мирных жителей, ранены 297 человек",
         ["65 civilians killed", "297 people wounded"]),
        ("en", "30 were killed and 40 wounded", ["30 killed", "40 wounded"]),
        ("ru", "конфликт унес жизни нескольких тысяч человек",
         ["thousands (2,000–9,999) people killed"]),
        ("id", "membebaskan lebih dari 200 desa", ["more than 200 villages"]),
    ],
)  # fmt: skip
def test_real_prose_phrases(lang: str, text: str, expected: list[str]) -> None:
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "МОСКВА, 29 окт — Вестник."),
        ("en", "Three ceasefires brokered by Moscow have collapsed within hours."),
        ("en", "teams were unable to reach several villages"),
        ("id", "Saya berbicara dengan mereka beberapa kali dalam sehari"),
        ("id", "konflik yang telah berlangsung puluhan tahun"),
        ("id", "485"),
    ],
)
def test_not_quantities_in_real_prose(lang: str, text: str) -> None:
    assert extract_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("«Погибли мирные жители, среди них двое детей», — заявила Лилит Григорян.", "ru"),
        ("Two children were among the dead.", "en"),
        ("Di antara korban tewas terdapat dua anak-anak.", "id"),
    ],
)
def test_children_among_the_dead_are_no_rival_count_to_the_toll(text: str, lang: str) -> None:
    """ "двое детей" among the dead was read as "2 people killed" and suggested as contradicting
    an ombudsman's "12 killed" (found by a review)."""
    toll = extract_quantities("The ombudsman said 12 people were killed.", "en")
    (part,) = extract_quantities(text, lang)
    assert (part.low, part.unit, part.subject) == (2, "killed", "children")
    assert not any(conflicts(part, q) for q in toll)


@pytest.mark.parametrize(
    ("text", "lang", "counted"),
    [
        ("The town was hit at around 2 a.m. by rockets.", "en", []),
        ("Hospital No. 5 in Stepanakert received 37 wounded.", "en", [37]),
        ("Больница № 5 приняла 37 раненых.", "ru", [37]),
        ("Rumah sakit nomor 5 menerima 37 korban luka.", "id", [37]),
        ("No, 5 soldiers were killed.", "en", [5]),
        ("No. 5 soldiers survived.", "en", [5]),  # a sign before a counted noun still counts
        ("Около 5 утра были убиты 12 мирных жителей.", "ru", [12]),
        ("At 5 o'clock 12 died.", "en", [12]),
        ("Pukul 5 pagi, 12 warga tewas.", "id", [12]),
    ],
)
def test_clock_times_and_numbered_names_are_not_counts(
    text: str, lang: str, counted: list[int]
) -> None:
    """ "at around 2 a.m." was the quantity "about 2", "hospital No. 5" the quantity 5."""
    assert [q.low for q in extract_quantities(text, lang)] == counted


def test_indonesian_teens_are_one_number() -> None:
    """ "Dua belas warga tewas" is twelve dead; it was read as two."""
    (q,) = extract_quantities("Dua belas warga tewas dalam serangan itu.", "id")
    assert (q.low, q.unit) == (12, "killed")
    (q,) = extract_quantities("Tiga belas ribu orang mengungsi.", "id")
    assert q.low == 13_000


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "at least 1,200 tonnes of crude were pumped", ["at least 1,200 tonnes"]),
        ("en", "no more than 10 tons of oil", ["up to 10 tonnes"]),
        ("id", "sedikitnya 1.200 ton minyak mentah telah dipindahkan", ["at least 1,200 tonnes"]),
        ("ru", "перекачано около 1200 тонн нефти", ["about 1,200 tonnes"]),
        ("ru", "попало 40 тонны нефти", ["40 tonnes"]),
        ("en", "500,000 barrels of oil and 2,000 litres of fuel",
         ["500,000 barrels", "2,000 litres"]),
        ("id", "500 ribu barel minyak dan 2.000 liter solar", ["500,000 barrels", "2,000 litres"]),
        ("ru", "500 тысяч баррелей нефти и 2000 литров топлива",
         ["500,000 barrels", "2,000 litres"]),
        ("en", "about 12 nautical miles (22 km) northeast of Batam",
         ["about 12 nautical miles"]),
        ("id", "berada 12 mil laut dari Batam", ["12 nautical miles"]),
        ("ru", "в 12 морских милях от берега", ["12 nautical miles"]),
        ("ru", "в 12 морских миль от берега", ["12 nautical miles"]),
        ("en", "5 km (3 miles) from Shushi", ["5 km"]),  # land miles stay miles
        ("en", "with 27 crew on board", ["27 crew on board"]),
        ("en", "27 crew members and 3 seafarers", ["27 crew", "3 crew"]),
        ("en", "the crew of 24 was being held", ["24 crew"]),
        ("en", "24 sailors", ["24 crew"]),
        ("id", "Ada 27 awak kapal, semuanya warga negara Rusia", ["27 crew"]),
        ("id", "27 anak buah kapal", ["27 crew"]),
        ("id", "Sebanyak 27 ABK diamankan.", ["27 crew detained"]),
        ("ru", "на борту судна находятся 24 члена экипажа", ["24 crew on board"]),
        ("ru", "освобождение всех 24 моряков", ["24 crew"]),
        ("ru", "экипаж из 24 человек", ["24 crew"]),
        ("en", "27 people were on board the tanker", ["27 people on board"]),
    ],
)  # fmt: skip
def test_amounts_distances_at_sea_and_crews(lang: str, text: str, expected: list[str]) -> None:
    """Tonnes, barrels and litres were no units, nautical miles were land miles, and a crew
    no subject: "at least 1,200 tonnes" and "27 crew" were stored as bare numbers (found by a
    review of a tanker seized off Batam)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "за двое суток выпало почти 400 миллиметров осадков", ["2 days", "nearly 400 mm"]),
        ("en", "nearly 400 millimetres of rain fell", ["nearly 400 mm"]),
        ("id", "hampir 400 milimeter hujan turun", ["nearly 400 mm"]),
        ("en", "the water rose by 3 metres and 120 mm of rain fell overnight",
         ["3 metres", "120 mm"]),
        ("ru", "выпало 120 мм осадков и 15 сантиметров снега", ["120 mm", "15 cm"]),
        ("en", "15 centimetres of snow, 5 cm of ice", ["15 cm", "5 cm"]),
        ("id", "genangan air 50 sentimeter", ["50 cm"]),
        ("ru", "в 7 милях от берега", ["7 miles"]),
        ("ru", "погибли 3 милиционера", ["3 killed"]),
    ],
)  # fmt: skip
def test_millimetres_and_centimetres_are_no_miles(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "почти 400 миллиметров осадков" was "nearly 400 miles" (every word opening "мил" was a
    mile, a militiaman too), "400 millimetres" and "120 mm" bare numbers (a new analyst's
    trial)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_a_crews_size_is_one_thing_however_it_is_said() -> None:
    on_board = _one("with 27 crew on board")
    assert comparable(on_board, _one("the crew of 24", "en"))
    assert conflicts(on_board, _one("освобождение всех 24 моряков", "ru"))
    assert conflicts(on_board, _one("на борту судна находятся 24 члена экипажа", "ru"))
    assert not conflicts(on_board, _one("Ada 27 awak kapal", "id"))
    # people on board are no crew (a ferry's passengers), bare people are no count of anything
    assert not comparable(on_board, _one("24 people were on board"))
    assert not comparable(_one("300 people"), _one("24 people"))
    assert comparable(_one("27 people were on board"), _one("24 people on board"))
    # nor is a crew's toll its size
    assert not comparable(_one("2 crew were killed"), _one("the crew of 24"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Flight MH 17, 298 people on board", ["298 people on board"]),
        ("en", "Flight 17 crashed with 298 people on board", ["298 people on board"]),
        ("en", "A Boeing 737 crashed with 176 people on board.", ["176 people on board"]),
        ("ru", "На борту рейса MH 17 находились 298 человек.", ["298 people on board"]),
        ("id", "Pesawat MH 17 membawa 298 orang di atas kapal.", ["298 people on board"]),
        ("en", "5 ships were seized and 12 people were detained", ["5", "12 people detained"]),
        ("id", "5 kapal disita dan 12 orang ditahan", ["5", "12 people detained"]),
        ("ru", "5 судов задержаны, 12 человек арестованы", ["5", "12 people detained"]),
        ("en", "5 journalists were beaten and 12 people were detained",
         ["5 journalists", "12 people detained"]),
        ("en", "27 crew were detained and 3 ships seized.", ["27 crew detained", "3"]),
        # a casualty word reaches past a count of things
        ("en", "The coast guard detained 2 vessels and 27 crew.", ["2", "27 crew detained"]),
        ("ru", "5 журналистов были избиты, 12 человек задержаны",
         ["5 journalists", "12 people detained"]),
        ("en", "The ship had 27 crew and 3 passengers on board",
         ["27 crew on board", "3 people on board"]),
        # a coordination still shares its unit
        ("en", "27 crew and 3 passengers were detained", ["27 crew detained", "3 people detained"]),
        # a Russian thing right after the number is what it counts; a person noun is none
        ("ru", "20 домов пострадали", ["20"]),
        ("ru", "12 школьников погибли", ["12 killed"]),
        ("ru", "погибли 12 школьников", ["12 killed"]),
        ("ru", "5 ракетчиков убиты", ["5 killed"]),
        # a market town's losses are things: the wounded are only the 200 (a desk trial)
        ("en", "Nearly 200 people were wounded and 35 shops were destroyed.",
         ["nearly 200 people wounded", "35"]),
        ("id", "Sekitar 200 orang terluka dan 35 toko hancur.", ["about 200 people wounded", "35"]),
        ("ru", "Около 200 человек ранены, 35 магазинов разрушены.",
         ["about 200 people wounded", "35"]),
        ("en", "12 market traders were killed.", ["12 killed"]),
        ("ru", "Погибли 3 продавца магазина.", ["3 killed"]),
    ],
)  # fmt: skip
def test_on_board_and_detained_count_only_their_own_number(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "Flight MH 17, 298 people on board" stored 17 on board, and "5 ships were seized and
    12 people were detained" 5 detained (found by a review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Police detained protesters in two other cities", []),
        ("en", "At least 214 people were detained in Vestria and two other cities.",
         ["at least 214 people detained"]),
        ("en", "Protesters were detained in 3 regions", ["3"]),
        ("id", "Pengunjuk rasa ditangkap di dua kota lain", []),
        ("id", "Sedikitnya 214 orang ditahan di Vestria dan dua kota lain.",
         ["at least 214 people detained"]),
        ("id", "Pengunjuk rasa ditangkap di 3 provinsi", ["3"]),
        ("ru", "Протестующие задержаны в двух других городах", []),
        ("ru", "Задержаны 214 человек в Вестрии и двух других городах.",
         ["214 people detained"]),
        ("ru", "Протестующие задержаны в 3 регионах", ["3"]),
        ("en", "12 town residents were detained", ["12 people detained"]),  # a place modifies
    ],
)  # fmt: skip
def test_a_count_of_places_is_no_count_of_people(lang: str, text: str, expected: list[str]) -> None:
    """ "Police detained protesters in two other cities" stored "2 people detained" (a review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Varga won 52.3% of the vote", ["52.3% of the vote"]),
        ("en", "Varga won 52.3 percent of the vote", ["52.3% of the vote"]),
        ("ru", "Варга набрал 52,3% голосов", ["52.3% of the vote"]),
        ("ru", "Варга набрал 52,3 процента голосов", ["52.3% of the vote"]),
        ("id", "Varga meraih 52,3 persen suara", ["52.3% of the vote"]),
        ("id", "Varga meraih 52,3% suara", ["52.3% of the vote"]),
        # a vote count by a percentage: it took the percentage's unit and was dropped with it
        ("en", "Varga won 52.3% of the vote, or 2,418,906 votes",
         ["52.3% of the vote", "2,418,906 votes"]),
        ("ru", "Варга набрал 52,3% голосов, или 2 418 906 голосов",
         ["52.3% of the vote", "2,418,906 votes"]),
        ("id", "Varga meraih 52,3 persen suara atau 2.418.906 suara",
         ["52.3% of the vote", "2,418,906 votes"]),
        ("en", "He received 1,204,331 votes (52.3%)", ["1,204,331 votes", "52.3% of the vote"]),
        ("ru", "Он получил 1 204 331 голосов (52,3%)", ["1,204,331 votes", "52.3% of the vote"]),
        ("id", "Ia memperoleh 1.204.331 suara (52,3 persen)",
         ["1,204,331 votes", "52.3% of the vote"]),
        ("id", "Varga memperoleh 2.418.906 suara atau 52,3 persen.",
         ["2,418,906 votes", "52.3% of the vote"]),
        ("ru", "Варга набрал 2 418 906 голосов, то есть 52,3%.",
         ["2,418,906 votes", "52.3% of the vote"]),
        # a share of nothing named is still no figure
        ("en", "Turnout was 61.4%, the commission said.", []),
        ("en", "45% of residents fled", ["45% of people"]),
    ],
)  # fmt: skip
def test_a_share_of_the_vote_is_a_figure(lang: str, text: str, expected: list[str]) -> None:
    """ "won 52.3% of the vote", "52,3% голосов", "52,3 persen suara" gave no figure, and "or
    2,418,906 votes" beside it was dropped too (found by a review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_shares_of_the_vote_compare_only_with_shares_of_the_vote() -> None:
    from claimtrack.quantities import count_kind

    won = _one("Varga won 52.3% of the vote")
    assert conflicts(won, _one("Varga won 48% of the vote"))
    assert conflicts(won, _one("Варга получил лишь 48,1% голосов", "ru"))
    assert not conflicts(won, _one("Varga meraih 52,3 persen suara", "id"))
    assert not comparable(won, _one("45% of residents fled"))
    assert not comparable(won, _one("2,418,906 votes"))
    assert conflicts(_one("2,418,906 votes"), _one("2.100.000 suara", "id"))
    assert count_kind(won) == "percent:votes"


def test_a_detained_part_of_a_crew_is_not_its_size() -> None:
    """ "3 crew members were detained" was the crew's size, contradicting "28 crew on board"."""
    detained = _one("3 crew members were detained")
    assert not comparable(detained, _one("28 crew on board"))
    assert not comparable(detained, _one("28 people on board"))
    assert not comparable(_one("Sebanyak 3 ABK diamankan.", "id"), _one("the crew of 28"))
    assert conflicts(detained, _one("27 crew were detained"))


def test_amounts_of_cargo_conflict_beyond_their_qualifiers() -> None:
    assert conflicts(_one("1,200 tonnes were pumped"), _one("no more than 10 tonnes"))
    assert not conflicts(_one("at least 1,200 tonnes"), _one("about 1,300 tonnes"))
    assert not comparable(_one("1,200 tonnes"), _one("1,200 barrels"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", '"The sea is black for almost 3 km. Our nets are ruined," said Sulaiman, 52, '
               "head of the Nongsa fishermen's association.", ["nearly 3 km"]),
        ("en", "said Sulaiman, 52.", []),
        ("en", "Sulaiman, 52, a fisherman, said 300 fishermen lost their income.", ["300"]),
        ("en", "Sulaiman (52) said the sea was black.", []),
        ("en", "a fisherman aged 52 said", []),
        ("en", "He is 52 years old.", []),
        ("en", "The 52-year-old fisherman said so.", []),
        ("id", "Sulaiman, yang berusia 52 tahun, mengatakan laut hitam.", []),
        ("id", "Sulaiman, 52 tahun, nelayan Nongsa", []),
        ("ru", "52-летний Сулейман сказал, что море черное.", []),
        ("ru", "Сулейман, 52 года, рыбак", []),
        ("ru", "мужчина в возрасте 52 лет", []),
        # counts in the same shapes stay counts
        ("en", "Killed: Armenia, 12, Azerbaijan, 5.", ["12", "5"]),
        ("id", "Korban tewas (12) dimakamkan", ["12 people killed"]),
        ("en", "In Batam, 27 crew were detained.", ["27 crew detained"]),
        # a toll by place in commas is no age (found by a review): only a name may have one
        ("en", "Deaths in Stepanakert, 12, and in Martuni, 5", ["12 killed", "5 killed"]),
        ("en", "In Ganja, 12, including two children, were killed",
         ["12 killed", "2 children killed"]),
        ("en", "Killed: Armenia (12), Azerbaijan (5).", ["12", "5"]),
        ("id", "Di Ganja, 12, termasuk dua anak-anak, tewas.", ["12 killed", "2 children killed"]),
        ("ru", "В Степанакерте, 12, и в Мартуни, 5, погибли.", ["12 killed", "5 killed"]),
        # … and a name keeps its age
        ("en", "Ahmad Sulaiman, 52, and Budi, 40, said the sea was black.", []),
        ("en", "According to Sulaiman, 52, a fisherman, the sea is black.", []),
        ("en", "Sulaiman, 52, whose son was killed, spoke.", []),
        ("en", "Sulaiman (52) was killed.", []),
        ("en", "Ahmad, 52, was killed in the strike.", []),  # a verb for one: a victim's age
        ("ru", "Ахмед, 52, погиб.", []),
        # … whatever the verb after it says (found by a review): "died", "meninggal",
        # "terluka", "were" may all be the person's, and a list of people is people
        ("en", "Sulaiman, 52, died in the strike.", []),
        ("id", "Ahmad, 34, meninggal di tempat.", []),
        ("id", "Sulaiman, 52, terluka", []),
        ("en", "Maria, 7, and Anna, 9, were killed.", []),
        ("ru", "Мария, 7, и Анна, 9, погибли.", []),
        ("ru", "Сулейман, 52, скончался в больнице.", []),
        ("en", "Stepanakert, 12, were killed.", []),  # a place without "in" reads as a name
        # a part after "including" is not who the toll counts
        ("en", "According to Reuters, 12, including a child, were killed.", ["12 killed"]),
        ("en", "12 killed, including a child", ["12 killed"]),
        ("ru", "погибли 12, включая ребенка", ["12 killed"]),
        ("id", "Menurut Sulaiman, 52, nelayan setempat, laut hitam.", []),
        ("ru", "По словам Сулеймана, 52, рыбака, море черное.", []),
    ],
)  # fmt: skip
def test_ages_are_not_claim_figures(lang: str, text: str, expected: list[str]) -> None:
    """ "said Sulaiman, 52, head of the Nongsa fishermen's association" stored 52 on the
    fisherman's claim (found by a review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("en", "about 12 nautical miles (22 km) northeast", "about 12 nautical miles"),
        ("en", "for more than two hours,", "more than two hours"),
        ("en", "with 27 crew on board, he said", "27 crew on board"),
        ("id", "Ada 27 awak kapal, semuanya", "27 awak kapal"),
        ("ru", "около 1200 тонн нефти", "около 1200 тонн"),
        ("en", "Turnout: 45% of residents fled", "45%"),
        ("id", "1.166 pasukan dan 45 warga sipil telah tewas", "1.166"),  # unit later
        ("en", "27 people were on board", "27"),
    ],
)
def test_phrase_end_takes_the_words_that_complete_the_reading(
    lang: str, text: str, phrase: str
) -> None:
    from claimtrack.quantities import phrase_end

    x = extract_quantities(text, lang)[0]
    at = text.index(x.text)
    assert text[at : phrase_end(text, x, at + len(x.text))] == phrase


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "погибших было не больше пяти", ["up to 5 killed"]),
        ("ru", "не более пяти человек погибли", ["up to 5 people killed"]),
        ("ru", "погибли не больше 5 человек", ["up to 5 people killed"]),
        ("ru", "погибли не более чем 5 человек", ["up to 5 people killed"]),
        ("ru", "погибли максимум пять человек", ["up to 5 people killed"]),
        ("id", "korban tewas tidak lebih dari lima orang", ["up to 5 people killed"]),
        ("id", "korban tewas paling banyak lima orang", ["up to 5 people killed"]),
        ("en", "the real number of dead is no more than five", ["up to 5 killed"]),
        ("en", "at most five people were killed", ["up to 5 people killed"]),
        ("en", "not more than five people were killed", ["up to 5 people killed"]),
        # … and a negated "fewer" is a floor
        ("ru", "погибли не меньше 5 человек", ["at least 5 people killed"]),
        ("id", "korban tewas tidak kurang dari lima orang", ["at least 5 people killed"]),
        ("en", "not less than five people were killed", ["at least 5 people killed"]),
        # any negation turns any "more" around (found by a code review): "tak" is "tidak",
        # and "не более чем в" is "более чем в" negated
        ("id", "Korban tewas tak lebih dari 20 orang.", ["up to 20 people killed"]),
        ("id", "korban tewas tak kurang dari lima orang", ["at least 5 people killed"]),
        ("ru", "Не более чем в 20 км от города", ["up to 20 km"]),
        ("ru", "Не больше чем в 20 км от города", ["up to 20 km"]),
        ("ru", "Не менее чем в 20 км от города", ["at least 20 km"]),
        ("en", "The shelling was not over 20 km from the border.", ["up to 20 km"]),
    ],
)
def test_a_negated_more_is_a_ceiling(lang: str, text: str, expected: list[str]) -> None:
    """ "погибших было не больше пяти" and "tidak lebih dari lima orang" read "more than 5
    killed": the negation was not part of the qualifier (found by a fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected
    ceiling = extract_quantities("the real number of dead is no more than five", "en")[0]
    assert conflicts(extract_quantities(text, lang)[0], ceiling) is False


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "По данным ВОЗ, уничтожены три из пяти грузовиков гуманитарного конвоя, погибли "
               "два водителя.", ["2 drivers killed"]),
        ("en", "The WHO said three of its five trucks carrying medical supplies were destroyed "
               "and two drivers were killed.", ["2 drivers killed"]),
        ("id", "WHO menyatakan tiga dari lima truk bantuan medis hancur dan dua sopir tewas.",
         ["2 drivers killed"]),
        # a part of a count of things is a count of things: no casualty word reaches it
        ("ru", "Погибли водители, уничтожены 3 из 5 грузовиков", ["3", "5"]),
        ("en", "Drivers were killed and 3 of the 5 trucks were destroyed", ["3", "5"]),
        ("id", "Dua sopir tewas dan 3 dari 5 truk hancur", ["2 drivers killed", "3", "5"]),
    ],
)  # fmt: skip
def test_some_of_a_convoys_trucks_are_no_casualties(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "уничтожены три из пяти грузовиков …, погибли два водителя" stored "5 killed; 2
    killed": trucks were no things, and a part of things ("3 of the 5 trucks") took the
    clause's casualty word (found by a fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", 'число погибших, названное Талмерией, "завышено в несколько раз"', []),
        ("ru", "число погибших завышено в 5 раз", ["5"]),
        ("en", "the death toll was inflated several times over", []),
        ("en", "the death toll is 10 times higher than reported", ["10"]),
        ("id", "jumlah korban tewas dibesar-besarkan beberapa kali lipat", []),
        ("id", "jumlah korban tewas dilebih-lebihkan lima kali", []),
        # how often counts no one either, and takes no unit from the clause
        ("en", "the ceasefire was violated at least 14 times and 3 people were killed",
         ["at least 14", "3 people killed"]),
        ("ru", "режим нарушен не менее 14 раз за сутки", ["at least 14"]),
    ],
)  # fmt: skip
def test_how_many_times_is_no_count(lang: str, text: str, expected: list[str]) -> None:
    """ "число погибших … «завышено в несколько раз»" stored "2–9 killed": a multiplier
    took the clause's casualty word (found by a fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", '"Several of the wounded died overnight, and we are still pulling bodies from the '
               'collapsed surgical wing," said Dr. Samir Haddi.',
         ["several (2–9) of the wounded killed"]),
        ("ru", "несколько раненых скончались ночью", ["several (2–9) of the wounded killed"]),
        ("ru", "трое раненых умерли в больнице", ["3 of the wounded killed"]),
        ("id", "beberapa korban luka meninggal dunia semalam",
         ["several (2–9) of the wounded killed"]),
        ("en", "the 12 missing were found dead", ["12 of the missing killed"]),
        # a casualty word with no fate after it is still what the number counts
        ("en", "30 were killed and 40 wounded.", ["30 killed", "40 wounded"]),
        ("en", "12 killed and wounded", ["12 killed"]),
        ("en", "3 soldiers died of their wounds", ["3 troops killed"]),
        ("en", "more than 60 people were wounded and the toll may rise",
         ["more than 60 people wounded"]),
    ],
)  # fmt: skip
def test_who_they_were_and_what_befell_them(lang: str, text: str, expected: list[str]) -> None:
    """ "Several of the wounded died overnight" stored "2–9 wounded": the first casualty word
    names who they were, the verb after it what befell them (found by a fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_some_of_the_wounded_dying_is_no_rival_toll() -> None:
    died = _one("Several of the wounded died overnight")
    assert not comparable(died, _one("at least 27 people were killed"))
    assert not comparable(died, _one("more than 60 people were wounded"))
    assert comparable(died, _one("несколько раненых скончались ночью", "ru"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Five of the 14 wounded soldiers died.", ["5 troops killed", "14 troops wounded"]),
        ("en", "Three of the 12 people on board were killed.",
         ["3 of those on board killed", "12 people on board"]),
        ("ru", "Трое из 12 человек на борту погибли", ["3 of those on board killed",
                                                      "12 people on board"]),
        ("ru", "Двое из 14 раненых умерли в больнице.", ["2 of the wounded killed", "14 wounded"]),
        ("id", "Lima dari 14 prajurit terluka meninggal dunia.",
         ["5 troops killed", "14 troops wounded"]),
        ("id", "Tiga dari 12 orang di kapal tewas.", ["3 of those on board killed",
                                                     "12 people on board"]),
        # a whole that is a toll itself keeps it
        ("en", "Of the 14 wounded soldiers, five died.", ["14 troops wounded", "5 troops killed"]),
        ("en", "Two of the 40 people killed were children.", ["40 people killed"]),
    ],
)  # fmt: skip
def test_a_fate_after_a_whole_befalls_its_part(lang: str, text: str, expected: list[str]) -> None:
    """ "Five of the 14 wounded soldiers died" stored "14 troops killed" and "three of the 12
    people on board were killed" "12 of those on board killed" (found by a code review): the
    whole took the fate of the part before it."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_the_whole_of_a_part_is_no_toll() -> None:
    part, whole = extract_quantities("Three of the 12 people on board were killed.", "en")
    assert not comparable(whole, _one("at least 12 people were killed"))
    assert conflicts(whole, _one("27 people on board"))
    assert not conflicts(whole, _one("12 people were on board"))
    assert not comparable(part, _one("at least 27 people were killed"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "погибли около полутора тысяч человек", ["about 1,500 people killed"]),
        ("ru", "полторы тысячи человек бежали", ["1,500 people displaced"]),
        ("ru", "погибли полтора десятка человек", ["15 people killed"]),
        ("ru", "два десятка человек погибли", ["20 people killed"]),
        ("en", "two dozen soldiers were wounded", ["24 troops wounded"]),
        ("en", "a dozen soldiers were wounded", ["12 troops wounded"]),
        ("en", "half a dozen soldiers were wounded", ["6 troops wounded"]),
        ("id", "dua lusin tentara terluka", ["24 troops wounded"]),
        # "several dozen" are dozens, like "dozens", "десятки", "puluhan"
        ("en", "several dozen soldiers were wounded", ["dozens (24–99) troops wounded"]),
        ("en", "dozens of soldiers were wounded", ["dozens (24–99) troops wounded"]),
        ("ru", "несколько десятков человек погибли", ["dozens (24–99) people killed"]),
        ("ru", "десятки человек погибли", ["dozens (24–99) people killed"]),
        ("id", "beberapa puluh orang tewas", ["dozens (24–99) people killed"]),
        ("id", "puluhan orang tewas", ["dozens (24–99) people killed"]),
        ("en", "several hundred people were killed", ["hundreds (200–999) people killed"]),
        ("id", "beberapa ratus orang tewas", ["hundreds (200–999) people killed"]),
        # hundreds and halves of a scale
        ("en", "two hundred people were killed", ["200 people killed"]),
        ("en", "one hundred and fifty people were killed", ["150 people killed"]),
        ("en", "three hundred thousand people fled", ["300,000 people displaced"]),
        ("id", "dua ratus lima puluh orang tewas", ["250 people killed"]),
        ("id", "seratus lima puluh orang tewas", ["150 people killed"]),
        ("ru", "более ста человек погибли", ["more than 100 people killed"]),
        ("ru", "двести пятьдесят пять человек погибли", ["255 people killed"]),
        ("en", "half a million people fled", ["500,000 people displaced"]),
        ("id", "setengah juta orang mengungsi", ["500,000 people displaced"]),
        ("en", "half of the residents fled", ["50% of people"]),
        # … and "and a half" adds a half to the number before it (found by a code review:
        # "one and a half million" was 1 and 500,000)
        ("en", "One and a half million people were displaced.", ["1,500,000 people displaced"]),
        ("en", "Two and a half million people were displaced.", ["2,500,000 people displaced"]),
        ("en", "one and a half thousand soldiers were killed", ["1,500 troops killed"]),
        ("en", "2 and a half million people fled", ["2,500,000 people displaced"]),
        ("id", "Satu setengah juta orang mengungsi", ["1,500,000 people displaced"]),
        ("id", "Dua setengah juta orang mengungsi", ["2,500,000 people displaced"]),
        ("ru", "Полтора миллиона человек бежали.", ["1,500,000 people displaced"]),
        ("ru", "Два с половиной миллиона человек бежали.", ["2,500,000 people displaced"]),
        ("ru", "пять с половиной тысяч человек погибли", ["5,500 people killed"]),
    ],
)
def test_magnitudes_in_words(lang: str, text: str, expected: list[str]) -> None:
    """ "около полутора тысяч человек" was 2,000–9,999 and "two dozen soldiers" 2 (found by a
    fresh-user review); "two hundred" was 100 and "half a million people" 50%."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The number of people killed in the strike on Brenzi District Hospital has risen "
               "to 41, said Talmeria's Health Ministry on Sunday, up from the 27 reported on "
               "Friday.", ["41 people killed"]),
        ("en", "The toll now stands at 41 dead, up from 27 on Tuesday.", ["41 killed"]),
        # a live blog's update (a new-analyst trial): the count is 17, not the earlier 15
        ("en", "Valdoria's Defence Ministry now says 17 civilians were killed in Kesh, up from "
               "15.", ["17 civilians killed"]),
        ("en", "the death toll rose to 41 from 27 earlier", ["41 killed"]),
        ("id", "jumlah korban tewas naik menjadi 41 orang dari sebelumnya 27 orang",
         ["41 people killed"]),
        ("id", "jumlah korban tewas naik menjadi 41 orang dari 27 orang sebelumnya",
         ["41 people killed"]),
        ("ru", "число погибших выросло до 41, ранее сообщалось о 27", ["41 killed"]),
        ("ru", "число погибших выросло до 41 человека, ранее сообщалось о гибели 27 человек",
         ["41 people killed"]),
        # an earlier report alone is what the sentence reports
        ("ru", "Ранее сообщалось о 27 погибших.", ["27 killed"]),
    ],
)  # fmt: skip
def test_an_earlier_figure_is_no_current_count(lang: str, text: str, expected: list[str]) -> None:
    """ "has risen to 41, … up from the 27 reported on Friday" kept 27 as the claim's figure,
    as "rose from 12 to 31" no longer did (found by a fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Around 70% of the hospital's beds are now unusable, according to the Health "
               "Ministry.", ["about 70% of the hospital's beds"]),
        ("en", "80% of the city destroyed", ["80% of the city"]),
        ("id", "sekitar 70 persen tempat tidur rumah sakit hancur",
         ["about 70% of tempat tidur rumah sakit"]),
        ("id", "WHO menyatakan sekitar 70 persen fasilitas rumah sakit masih belum bisa "
               "digunakan.", ["about 70% of fasilitas rumah sakit"]),
        ("ru", "разрушено более 40% зданий", ["more than 40% of зданий"]),
        ("ru", "более 40% зданий в городе разрушены", ["more than 40% of зданий"]),
        ("ru", "около 40% жилых домов повреждены", ["about 40% of жилых домов"]),
        # a share of nothing named is still no figure, as "Turnout was 45%" is not
        ("en", "Prices rose 5% from a year earlier", []),
        ("id", "inflasi naik 5 persen dibanding tahun lalu", []),
        ("id", "partisipasi pemilih 45 persen.", []),
        ("ru", "явка составила 45%", []),
        ("ru", "цены выросли на 5% за год", []),
        ("ru", "40% разрушены", []),
    ],
)  # fmt: skip
def test_a_share_of_a_named_whole_is_a_figure(lang: str, text: str, expected: list[str]) -> None:
    """ "Around 70% of the hospital's beds", "sekitar 70 persen fasilitas rumah sakit", "более
    40% зданий" were dropped: only a share of the vote was kept (found by a fresh-user
    review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_a_share_compares_only_with_a_share_of_the_same_whole() -> None:
    beds = _one("Around 70% of the hospital's beds were destroyed")
    assert conflicts(beds, _one("Only 20% of the hospital's beds were destroyed"))
    assert not comparable(beds, _one("Around 70% of the hospital's wards were destroyed"))
    assert not comparable(beds, _one("70 people were killed"))
    assert not comparable(beds, _one("Varga won 70% of the vote"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The WHO said two drivers were killed.", ["2 drivers killed"]),
        ("id", "WHO menyatakan dua sopir tewas.", ["2 drivers killed"]),
        ("ru", "По данным ВОЗ, погибли два водителя.", ["2 drivers killed"]),
        ("en", "3 journalists and 2 medics were killed", ["3 journalists killed",
                                                          "2 medics killed"]),
        ("ru", "погибли 3 врача и 5 пациентов", ["3 medics killed", "5 patients killed"]),
        ("id", "3 wartawan dan 2 perawat tewas", ["3 journalists killed", "2 medics killed"]),
        # "other" with a noun of its own is no more of the group before it (found by a code
        # review: "4 other people" were "4 drivers killed"), nor a rival total: others
        ("en", "5 medics, 3 drivers and 4 other people were killed.",
         ["5 medics killed", "3 drivers killed", "4 others killed"]),
        ("en", "killing 3 drivers and 4 other civilians", ["3 drivers killed",
                                                           "4 civilians killed"]),
        ("ru", "Погибли 5 медиков, 3 водителя и 4 других человека.",
         ["5 medics killed", "3 drivers killed", "4 others killed"]),
        ("id", "5 dokter, 3 sopir dan 4 orang lainnya tewas.",
         ["5 medics killed", "3 drivers killed", "4 others killed"]),
    ],
)  # fmt: skip
def test_a_group_a_toll_singles_out_is_its_subject(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_a_group_among_the_dead_is_no_rival_to_the_toll() -> None:
    """ "41 people killed" was suggested as contradicting "two drivers were killed": drivers
    had no subject, so the two were both totals (found by a fresh-user review)."""
    drivers = _one("two drivers were killed")
    assert not comparable(drivers, _one("41 people were killed"))
    assert not comparable(drivers, _one("at least 27 killed"))
    assert not comparable(drivers, _one("3 journalists were killed"))
    assert conflicts(drivers, _one("погибли пять водителей", "ru"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Shelling struck a hospital and a United Nations aid convoy in Talmeria's "
               "Kelvash border region overnight, killing at least 27 people, including nine "
               "children, less than two weeks after a ceasefire with neighbouring Orvana took "
               "effect.",
         ["at least 27 people killed", "9 children killed", "fewer than 2 weeks"]),
        ("en", "27 people, including nine children, less than two weeks after the truce",
         ["27 people", "9 children", "fewer than 2 weeks"]),
        ("en", "12 died, including 5 soldiers and 4 civilians",
         ["12 killed", "5 troops killed", "4 civilians killed"]),
        ("ru", "погибли по меньшей мере 27 человек, в том числе девять детей, через две недели",
         ["at least 27 people killed", "9 children killed", "2 weeks"]),
    ],
)  # fmt: skip
def test_a_part_after_including_counts_what_its_whole_counts(
    lang: str, text: str, expected: list[str]
) -> None:
    """The wire's lede read "nine ⟨9 children weeks⟩" in the Reader: the part after
    "including" took "weeks" from "less than two weeks" across the comma (found by a
    fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Dr. Siti Rahmawati, director of Wahidin General Hospital, said her hospital alone "
               "had received 19 bodies and nearly 200 injured people since Monday night.",
         ["19 killed", "nearly 200 people wounded"]),
        ("en", "the morgue had recorded 21 bodies by Sept. 2", ["21 killed"]),
        ("en", "21 unidentified bodies were found", ["21 killed"]),
        ("id", "rumah sakit menerima 19 jenazah dan hampir 200 korban luka",
         ["19 killed", "nearly 200 people wounded"]),
        ("ru", "в больницу доставили 19 тел и почти 200 раненых",
         ["19 killed", "nearly 200 wounded"]),
        # a number with a noun of its own takes no unit word from across "and"
        ("en", "received 19 stretchers and nearly 200 injured people",
         ["19", "nearly 200 people wounded"]),
        ("id", "menerima 19 tandu dan 200 korban luka", ["19", "200 people wounded"]),
        ("ru", "доставили 19 носилок и 200 раненых", ["19", "200 wounded"]),
        # people words still share: "12 Armenian soldiers and 5 civilians were killed"
        ("en", "12 Armenian soldiers and 5 civilians were killed",
         ["12 troops killed", "5 civilians killed"]),
        # a body elsewhere in the clause counts no one
        ("en", "a body of 12 experts was formed", ["12"]),
        ("id", "petugas kamar mayat menerima 5 pasien", ["5 patients"]),
    ],
)  # fmt: skip
def test_bodies_count_the_dead(lang: str, text: str, expected: list[str]) -> None:
    """ "her hospital alone had received 19 bodies and nearly 200 injured" stored "19 wounded":
    "bodies" was no casualty word and "injured" reached back across "and" (found by a
    fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", '"Kami mencatat sedikitnya 23 orang tewas, sebagian besar karena luka tembak," kata '
               "Arief kepada wartawan di Jakarta.", ["at least 23 people killed"]),
        ("id", "23 orang tewas akibat luka tembak", ["23 people killed"]),
        ("en", "23 people died from their injuries", ["23 people killed"]),
        ("ru", "23 человека скончались от ранений", ["23 people killed"]),
        ("ru", "Погибли не менее 23 человек, и большинство из них - от огнестрельных ранений",
         ["at least 23 people killed"]),
    ],
)  # fmt: skip
def test_a_wound_that_killed_is_how_they_died(lang: str, text: str, expected: list[str]) -> None:
    """ "sedikitnya 23 orang tewas, sebagian besar karena luka tembak" stored "at least 23 of the
    dead wounded": the gunshot wounds after "karena" (because of) were read as what befell the
    dead (found by a fresh-user review). The Indonesian and Russian copies now agree."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected
    assert all(conflicts(q, _one("11 people were killed")) for q in extract_quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Police revised their count to fourteen deaths last week, but still insist no live "
               "rounds were fired.", ["14 killed"]),
        ("en", "Police revise death toll to 14", ["14 killed"]),
        ("en", "police said 14 died", ["14 killed"]),
        ("id", "polisi mengatakan 14 tewas", ["14 killed"]),
        ("ru", "полицейские сообщили, что погибли 14", ["14 killed"]),
        # people words beside the casualty word still say who died
        ("id", "jumlah korban tewas mendekati 5.000", ["nearly 5,000 people killed"]),
        ("ru", "число погибших военнослужащих достигло 500", ["500 troops killed"]),
        ("en", "13 civilians were killed and more than 50 were wounded",
         ["13 civilians killed", "more than 50 civilians wounded"]),
        ("en", "The death toll among civilians rose to 45", ["45 civilians killed"]),
        ("id", "Korban tewas di kalangan warga sipil bertambah menjadi 45",
         ["45 civilians killed"]),
        ("ru", "Число погибших среди мирных жителей выросло до 45", ["45 civilians killed"]),
        ("id", "jumlah prajurit yang gugur mencapai 300", ["300 troops killed"]),
        ("en", "Troops lost 40 men killed", ["40 troops killed"]),
        # who acted is no more who died than who counted
        ("en", "Police opened fire on the crowd, killing 11", ["11 killed"]),
        ("en", "the head of police said 14 died", ["14 killed"]),
    ],
)  # fmt: skip
def test_whose_count_it_is_is_not_who_died(lang: str, text: str, expected: list[str]) -> None:
    """ "Police revised their count to fourteen deaths" stored "14 police killed": the people
    word before the number named whose count it was (found by a fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_a_polices_revised_toll_is_a_rival_total() -> None:
    revised = _one("Police revised their count to fourteen deaths last week")
    assert conflicts(revised, _one("at least 24 people were killed"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", '"Fourteen lives lost, and each one is being investigated," national police '
               "spokesman Brig. Gen. Hendarto wrote on X.", ["14 killed"]),
        ("en", "every one of the 14 deaths is being investigated", ["14 killed"]),
        ("en", "14 killed, and not one was armed", ["14 killed"]),
        ("en", "no one was killed", []),
        ("id", "14 orang tewas, masing-masing akan diselidiki", ["14 people killed"]),
        ("id", "14 orang tewas, salah satu di antaranya anak-anak", ["14 people killed"]),
        ("id", "tidak ada satu pun yang tewas", []),
        ("ru", "ни один человек не погиб", []),
        # a "one" that counts is still one
        ("id", "satu orang tewas", ["1 people killed"]),
        ("ru", "погиб один человек", ["1 people killed"]),
    ],
)  # fmt: skip
def test_each_one_is_no_number(lang: str, text: str, expected: list[str]) -> None:
    """ "Fourteen lives lost, and each one is being investigated" stored an extra "1 killed"
    (found by a fresh-user review); "no one was killed" stored "1 killed"."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", '"Sekitar 40 persen di antaranya mengalami luka akibat proyektil," tutur Siti.',
         ["about 40% of them"]),
        ("ru", "около 40% из них ранены пулями", ["about 40% of them"]),
        ("en", "nearly 200 were injured, 40 percent of them by live rounds",
         ["nearly 200 wounded", "40% of the wounded"]),
        ("en", "Up to a third of the injured are still in hospital, according to the Makassar "
               "Legal Aid Institute.", ["up to 33.3% of the wounded"]),
        ("en", "half of the wounded were children", ["50% of the wounded"]),
        ("id", "sepertiga korban luka masih dirawat", ["33.3% of the wounded"]),
        ("ru", "треть раненых остаются в больнице", ["33.3% of the wounded"]),
        ("id", "dua pertiga warga mengungsi", ["66.7% of people"]),
        # a share of people who fled is still a share of the people; a quarter century no share
        ("en", "two-thirds of the residents fled", ["66.7% of people"]),
        ("en", "on a third day of talks", []),
        ("ru", "самым серьёзным за последние четверть века", []),
    ],
)  # fmt: skip
def test_a_share_of_them_or_of_a_casualty_group_is_a_figure(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "Sekitar 40 persen di antaranya" and "Up to a third of the injured" gave no figure
    (found by a fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_a_share_of_them_is_no_other_claims_share() -> None:
    """What "of them" are is the claim's own predicate: two such shares are no rival figures."""
    third = _one("Up to a third of the injured are still in hospital")
    assert not comparable(third, _one("half of the wounded were children"))
    assert not comparable(_one("40 persen di antaranya", "id"), _one("10% of them", "en"))
    assert not comparable(third, _one("nearly 300 were injured"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "At least 11 people were killed when police fired tear gas and rubber bullets at a "
               "protest outside the South Sulawesi provincial parliament, police said Tuesday, "
               "while organisers put the death toll as high as 27.",
         ["at least 11 people killed", "up to 27 killed"]),
        ("id", "korban tewas bisa setinggi 30 orang", ["up to 30 people killed"]),
        ("en", "as much as 5 km", ["up to 5 km"]),
        # money keeps its currency and the qualifier before it
        ("id", "Pengadilan juga memerintahkan negara membayar ganti rugi hingga Rp 500 juta kepada "
               "tiap keluarga korban.", ["up to 500,000,000 IDR"]),
        ("id", "sedikitnya Rp. 2 miliar", ["at least 2,000,000,000 IDR"]),
        ("en", "up to US$ 5 million in damages", ["up to 5,000,000 USD"]),
        ("ru", "ущерб до 5 млрд рублей", ["up to 5,000,000,000 RUB"]),
    ],
)  # fmt: skip
def test_qualifiers_of_a_top_figure_and_of_money(lang: str, text: str, expected: list[str]) -> None:
    """ "as high as 27" stored 27 exact and "hingga Rp 500 juta" 500,000,000 IDR exact: the
    qualifier was unknown, or stood before the currency (found by a fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_an_amounts_qualifier_is_part_of_its_phrase() -> None:
    """The Reader underlines the amount with its qualifier, as it does a count's."""
    amount = _one("membayar ganti rugi hingga Rp 500 juta kepada tiap keluarga", "id")
    assert amount.text == "hingga Rp 500 juta"
    assert amount.high == 500_000_000 and amount.low == 0


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "According to a report released Thursday by Rights Watch Asia, at least 24 people "
               "were killed, 17 of them by gunfire, and nearly 300 were injured.",
         ["at least 24 people killed", "17 of the dead", "nearly 300 wounded"]),
        ("id", "24 orang tewas, 17 di antaranya karena tembakan",
         ["24 people killed", "17 of the dead"]),
        ("id", "Majelis hakim yang dipimpin hakim A. Syamsuddin menyatakan sedikitnya 22 orang "
               "tewas, 16 di antaranya akibat luka tembak.",
         ["at least 22 people killed", "16 of the dead"]),
        ("ru", "погибли 24 человека, 17 из них от огнестрельных ранений",
         ["24 people killed", "17 of the dead"]),
        # a part with a group of its own is that group; one with a fate of its own, that fate
        ("id", "24 orang tewas, 5 di antaranya anak-anak",
         ["24 people killed", "5 children killed"]),
        ("ru", "погибли 24 человека, 17 из них - дети", ["24 people killed", "17 children killed"]),
        ("en", "nearly 200 were injured, 17 of them died",
         ["nearly 200 wounded", "17 of the wounded killed"]),
        # as after "including": a part of the toll, no rival toll
        ("en", "12 died, including 5", ["12 killed", "5 of the dead"]),
        ("en", "17 of them were killed", ["17 of them killed"]),
        ("en", "civilians, 45 of whom were killed", ["45 civilians killed"]),
    ],
)  # fmt: skip
def test_some_of_a_count_before_is_a_part_of_it(lang: str, text: str, expected: list[str]) -> None:
    """ "at least 24 people were killed, 17 of them by gunfire" stored "17 people killed", a
    rival to the toll it is part of (found by a fresh-user review)."""
    assert [describe(q) for q in extract_quantities(text, lang)] == expected


def test_a_part_of_a_toll_is_no_rival_toll() -> None:
    """What sets the 17 apart ("by gunfire") is the claim's own: no other figure is theirs."""
    _, part, _ = extract_quantities(
        "at least 24 people were killed, 17 of them by gunfire, and nearly 300 were injured", "en"
    )
    assert not comparable(part, _one("at least 11 people were killed"))
    assert not comparable(part, _one("14 people died"))
    _, other = extract_quantities(
        "sedikitnya 22 orang tewas, 16 di antaranya akibat luka tembak", "id"
    )
    assert not conflicts(part, other)
    assert not comparable(_one("17 of them were killed"), _one("12 of them were killed"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Как заявил глава полиции провинции Южный Сулавеси генерал Р. Хартоно, число "
               "погибших может возрасти до 14, так как несколько раненых находятся в тяжелом "
               "состоянии.",
         ["up to 14 killed", "several (2–9) wounded"]),
        ("en", "several protesters were injured", ["several (2–9) people wounded"]),
        ("id", "beberapa orang terluka", ["several (2–9) people wounded"]),
        ("id", "Sidang dihadiri puluhan keluarga korban.", ["dozens (24–99) people"]),
        ("id", "ratusan ribu warga mengungsi",
         ["hundreds of thousands (200,000–999,000) people displaced"]),
        ("ru", "несколько тысяч человек бежали", ["thousands (2,000–9,999) people displaced"]),
        # a qualifier the claim states is kept
        ("en", "more than several dozen soldiers were wounded", ["more than 24 troops wounded"]),
    ],
)  # fmt: skip
def test_a_vague_word_is_never_read_as_a_figure(lang: str, text: str, expected: list[str]) -> None:
    """ "несколько раненых" stored "2–9 wounded", qualifier exact, as if the claim had said 2 to
    9 (found by a fresh-user review)."""
    found = extract_quantities(text, lang)
    assert [describe(q) for q in found] == expected
    assert all((q.qualifier == "vague") == ("(" in describe(q)) for q in found)


def test_a_hand_entered_vague_range_reads_as_vague() -> None:
    assert describe(Quantity(5, 20, "killed", None, "vague")) == "some (5–20) killed"
