"""Misreads of fates, labels, shares and totals found in realistic reports (en/id/ru)."""

from __future__ import annotations

import pytest

from claimtrack.quantities import conflicts, count_kind, describe, extract_quantities


def _read(text: str, lang: str = "en") -> list[str]:
    return [describe(q) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "40 hostages, including 10 children, were released on Sunday.",
         ["40", "10 children"]),
        ("en", "40 hostages were released, including 10 children.", ["40", "10 children"]),
        ("id", "Sebanyak 40 sandera, termasuk 10 anak-anak, telah dibebaskan.",
         ["40", "10 children"]),
        ("ru", "40 заложников, в том числе 10 детей, были освобождены.", ["40", "10 children"]),
        # taken, not released: still a count of the captured and some of them
        ("en", "Gunmen seized 40 hostages, including 10 children, on Sunday.",
         ["40 captured", "10 children captured"]),
    ],
)  # fmt: skip
def test_hostages_released_with_a_part_between_commas_are_no_count_held(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "40 hostages, including 10 children, were released" stored "40 captured", a rival to
    the count of those taken: the release word past the part is the whole's."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "12 wounded soldiers were evacuated to the capital.", ["12 troops wounded"]),
        ("ru", "12 раненых военных эвакуированы в Москву.", ["12 troops wounded"]),
        # a fate that is one: the wounded who died
        ("en", "Several of the wounded died in hospital.",
         ["several (2–9) of the wounded killed"]),
    ],
)  # fmt: skip
def test_the_wounded_evacuated_are_still_the_wounded(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "12 wounded soldiers were evacuated" stored "12 troops displaced": moving the wounded
    displaces no one."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Sebanyak 12 orang tewas, sementara ratusan perempuan menjadi korban kekerasan.",
         ["12 people killed", "hundreds (200–999) women"]),
        ("id", "Sedikitnya 12 orang tewas dalam bentrokan itu dan ratusan perempuan menjadi "
               "korban kekerasan seksual.",
         ["at least 12 people killed", "hundreds (200–999) women"]),
        ("en", "At least 12 people were killed and hundreds of women became victims of sexual "
               "violence.",
         ["at least 12 people killed", "hundreds (200–999) women"]),
        # ", sementara" (while) ends the clause before it
        ("id", "Sebanyak 12 orang tewas, sementara ratusan warga lainnya masih bertahan di "
               "gedung itu.",
         ["12 people killed", "hundreds (200–999) people"]),
        # "sementara" elsewhere is "for now": the toll keeps its casualty word
        ("id", "Jumlah korban tewas sementara mencapai 23 orang.", ["23 people killed"]),
    ],
)  # fmt: skip
def test_victims_of_something_else_take_no_fate_from_the_clause_before(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "ratusan perempuan menjadi korban kekerasan" (hundreds of women became victims of
    violence) stored "hundreds of women killed" from the clause before."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Tim SAR menemukan 4 jenazah lagi sehingga total korban meninggal menjadi 23 "
               "orang.",
         ["4 of the dead", "23 people killed"]),
        ("id", "Tim SAR kembali menemukan 4 jenazah, sehingga total korban meninggal 23 orang.",
         ["4 of the dead", "23 people killed"]),
        ("en", "Rescuers found 4 more bodies, bringing the death toll to 23.",
         ["4 of the dead", "23 killed"]),
        ("ru", "Спасатели обнаружили еще 4 тела, число погибших достигло 23.",
         ["4 of the dead", "23 killed"]),
    ],
)  # fmt: skip
def test_bodies_found_that_bring_the_toll_up_are_some_of_it(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "menemukan 4 jenazah … sehingga total korban meninggal 23" stored two rival tolls, 4
    and 23: the 4 found are some of the 23."""
    assert _read(text, lang) == expected
    assert not any(
        conflicts(a, b)
        for a in extract_quantities(text, lang)
        for b in extract_quantities(text, lang)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 people were killed and 40 were wounded.", ["12 people killed", "40 people wounded"]),
        ("Gunmen killed 5, taking 12 hostages and killing 3 more.",
         ["5 killed", "12 captured", "3 killed"]),
    ],
)  # fmt: skip
def test_counts_with_no_total_named_after_them_stay_counts(text: str, expected: list[str]) -> None:
    """Only a total named after a count ("the toll", "total korban") takes it in."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Около 1,5 млн человек покинули регион.", ["about 1,500,000 people displaced"]),
        ("en", "About 1.5 million people have left their homes.",
         ["about 1,500,000 people displaced"]),
        ("id", "Sekitar 2.000 warga meninggalkan rumah mereka.", ["about 2,000 people displaced"]),
        ("en", "7,000 to 10,000 people remain trapped under the rubble.",
         ["7,000–10,000 people trapped"]),
        ("ru", "Под завалами остаются около 200 человек.", ["about 200 people trapped"]),
        ("id", "Sekitar 200 orang masih terjebak di bawah reruntuhan.",
         ["about 200 people trapped"]),
    ],
)  # fmt: skip
def test_people_who_left_or_are_trapped_are_counted(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "Около 1,5 млн человек покинули регион" and "7,000 to 10,000 people remain trapped"
    stored bare people, with no fate to compare."""
    assert _read(text, lang) == expected


def test_trapped_counts_meet_only_trapped_counts() -> None:
    """Two counts of the trapped clash; the trapped are no rival to the dead."""
    a = extract_quantities("About 200 people remain trapped.", "en")[0]
    b = extract_quantities("Sekitar 1.000 orang masih terjebak.", "id")[0]
    dead = extract_quantities("1,000 people were killed.", "en")[0]
    assert conflicts(a, b)
    assert not conflicts(a, dead)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Usia korban berkisar antara 20 hingga 45 tahun.", []),
        ("en", "The victims' ages ranged from 20 to 45.", []),
        ("ru", "Возраст погибших — от 20 до 45 лет.", []),
        ("id", "Usia para korban antara 20 hingga 45 tahun, kata polisi.", []),
        # an age word in another clause leaves a toll a toll
        ("en", "A man aged 40 died and 12 soldiers were wounded.", ["12 troops wounded"]),
    ],
)
def test_an_age_range_after_an_age_noun_is_no_count(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "Usia korban … antara 20 hingga 45 tahun" (the victims' ages ranged from 20 to 45)
    stored "20–45 years"."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack left 35 casualties.", ["35 casualties"]),
        ("There were 35 casualties in the attack.", ["35 casualties"]),
        ("Casualties reached 120, including 40 dead.",
         ["120 casualties", "40 of the casualties killed"]),
        ("Moscow was concerned by the rising number of civilian casualties.", []),
    ],
)  # fmt: skip
def test_casualties_are_counted_apart_from_the_dead(text: str, expected: list[str]) -> None:
    """ "35 casualties" (killed and wounded together) stored a bare 35."""
    assert _read(text) == expected


def test_casualties_are_no_rival_to_the_dead() -> None:
    """35 casualties may hold 12 dead: no contradiction; 35 and 50 casualties clash."""
    (c35,) = extract_quantities("The attack left 35 casualties.", "en")
    (c50,) = extract_quantities("There were 50 casualties.", "en")
    (k12,) = extract_quantities("12 people were killed.", "en")
    assert conflicts(c35, c50)
    assert not conflicts(c35, k12)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Killed: 7 — 4 soldiers and 3 civilians.",
         ["7 killed", "4 troops killed", "3 civilians killed"]),
        ("ru", "Погибших: 12, раненых: 30.", ["12 killed", "30 wounded"]),
        ("en", "Death toll: 12.", ["12 killed"]),
        ("id", "Korban tewas: 12 orang.", ["12 people killed"]),
    ],
)  # fmt: skip
def test_a_count_under_a_casualty_label_takes_it(lang: str, text: str, expected: list[str]) -> None:
    """ "Killed: 7 — 4 soldiers…" stored a bare 7, and "Погибших: 12, раненых: 30" "12
    wounded" and a bare 30: a label before a colon is what the number after it counts."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The shelling began between 2 and 3 a.m. and killed 5 people.",
         ["5 people killed"]),
        ("en", "The curfew runs from 10 to 11 pm; police said 12 were detained.",
         ["12 detained"]),
        # an hour after "pukul" was already no count; the range keeps it so
        ("id", "Serangan terjadi antara pukul 2 dan 3 dini hari, menewaskan 5 orang.",
         ["5 people killed"]),
    ],
)  # fmt: skip
def test_a_range_of_hours_is_no_count(lang: str, text: str, expected: list[str]) -> None:
    """ "between 2 and 3 a.m." stored a bare 2–3."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two thirds of the 900 displaced families are sheltering in schools.",
         ["66.7% of the 900 displaced families", "900"]),
        ("40% of the 200 buildings were destroyed.", ["40% of the 200 buildings", "200"]),
        ("1 in 5 protesters detained were minors.", ["20% of people"]),
        ("3 in 10 of the wounded are children.", ["30% of the wounded"]),
        ("One in four of the dead was a child.", ["25% of the dead"]),
        # a span or a year is no ratio
        ("Militants killed 2 in 3 days.", ["2 killed", "3 days"]),
        ("Police detained 12 in 3 cities.", ["12 detained", "3"]),
    ],
)  # fmt: skip
def test_shares_of_things_and_one_in_five(text: str, expected: list[str]) -> None:
    """ "Two thirds of the 900 displaced families" lost the two thirds, "1 in 5 protesters"
    and "3 in 10 of the wounded" stored a bare 1 or 3 beside a count of 5 or 10."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "The fighting is killing 15 people a day.", "killed a day:total"),
        ("ru", "Ежедневно погибают до 10 мирных жителей.", "killed a day:civilians"),
        ("en", "Up to 2,000 refugees cross the border every day.", "displaced a day:total"),
    ],
)
def test_rates_are_filed_with_rates(lang: str, text: str, kind: str) -> None:
    """Rates were compared with rates but not filed (`count_kind` None), so link suggestions
    never met two clashing daily tolls."""
    (q,) = extract_quantities(text, lang)
    assert count_kind(q) == kind


def test_clashing_rates_share_a_filing_key_and_conflict() -> None:
    """ "15 killed a day" and "40 killed a day" are filed alike and clash; a toll is filed
    apart."""
    (a,) = extract_quantities("The fighting is killing 15 people a day.", "en")
    (b,) = extract_quantities("Setiap hari 40 orang meninggal.", "id")
    (toll,) = extract_quantities("40 people were killed.", "en")
    assert count_kind(a) is not None
    assert count_kind(a) == count_kind(b) != count_kind(toll)
    assert conflicts(a, b)
