"""Tolls said as some of a group, as others beside a group, and ages in lists of victims."""

from __future__ import annotations

import pytest

from claimtrack.model import Quantity
from claimtrack.quantities import comparable, conflicts, describe, extract_quantities, totals


def _one(text: str, lang: str = "en") -> Quantity:
    (q,) = extract_quantities(text, lang)
    return q


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
        ("id", "Sebanyak 3 dari 7 korban luka masih dirawat intensif.", ["3", "7 people wounded"]),
        ("id", "Lima dari 14 pendaki hilang masih dicari.", ["14 missing"]),
        # a verb after "and" is the next clause's
        ("en", "Five of the 14 soldiers were killed, and the rest are missing.",
         ["5 troops killed", "14 troops"]),
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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Five civilians were killed in the strike and 4 others were killed in a second "
               "attack.", ["5 civilians killed", "4 others killed"]),
        ("en", "5 civilians and 4 others were killed.", ["5 civilians killed", "4 others killed"]),
        ("en", "5 people were killed in Martuni and 4 others in Ganja.",
         ["5 people killed", "4 others killed"]),
        ("id", "5 warga sipil dan 4 lainnya tewas.", ["5 civilians killed", "4 others killed"]),
        ("ru", "Погибли 5 мирных жителей и ещё 4 человека.",
         ["5 civilians killed", "4 others killed"]),
        # others with another fate are the same people's count; a noun of their own is theirs
        ("en", "The attack killed 27 people and wounded 400 others.",
         ["27 people killed", "400 people wounded"]),
        ("en", "killing 3 drivers and 4 other civilians", ["3 drivers killed",
                                                           "4 civilians killed"]),
    ],
)  # fmt: skip
def test_others_beside_a_count_are_not_its_group(lang: str, text: str, expected: list[str]) -> None:
    """ "5 civilians ... and 4 others were killed" stored "4 civilians killed": the others
    are more of the toll, not the group before them."""
    assert _read(text, lang) == expected


def test_others_add_to_the_toll_and_rival_no_one() -> None:
    civilians, others = extract_quantities("5 civilians and 4 others were killed.", "en")
    (total,) = totals([civilians, others])
    assert (describe(total), total.text) == (
        "9 people killed",
        "5 civilians killed + 4 others killed",
    )
    assert conflicts(total, _one("12 people were killed"))
    assert not comparable(others, _one("4 civilians were killed"))
    assert not comparable(others, _one("4 people were killed"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The dead: Ahmad, 34, Budi, 29, and Sari, 41.", []),
        ("en", "The victims were identified as Ahmad, 34, Budi, 29, and Sari, 41.", []),
        ("en", "Three people were killed: Ahmad Yani, 34, Budi Santoso, 29, and Sari, 41.",
         ["3 people killed"]),
        ("en", "The dead: Ahmad (34), Budi (29) and Sari (41).", []),
        ("id", "Korban tewas: Ahmad, 34, Budi, 29, dan Sari, 41.", []),
        ("ru", "Погибшие: Ахмед, 34, Буди, 29, и Сари, 41.", []),
        ("ru", "Погибшие: Ахмед, 34 года, Буди, 29 лет, и Сари, 41 год.", []),
        # a toll by country, or a number no age can be, stays a figure
        ("en", "Killed: Armenia, 12, Azerbaijan, 5.", ["12", "5"]),
        ("en", "Killed: Armenia (12), Azerbaijan (5).", ["12", "5"]),
        ("en", "Killed: Ahmad, 34, Budi, 290.", ["34", "290"]),
        ("en", "According to Reuters, 12, including a child, were killed.", ["12 killed"]),
    ],
)  # fmt: skip
def test_ages_in_a_list_of_victims_are_no_figures(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "The dead: Ahmad, 34, Budi, 29, ..." stored 34 and 29 as the claim's figures."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The ministry revised the toll down to 19 from 27.", ["19 killed"]),
        ("en", "The death toll rose to 41 from 27.", ["41 killed"]),
        ("en", "The toll rose to 1,342 from 1,100 on Monday.", ["1,342 killed"]),
        ("id", "Jumlah korban tewas direvisi menjadi 19 dari 27.", ["19 people killed"]),
        ("ru", "Число погибших снизилось до 19 с 27.", ["19 killed"]),
        # drowning is dying
        ("en", "Around 30 people drowned when the boat capsized 20 km off the coast.",
         ["about 30 people killed", "20 km"]),
    ],
)  # fmt: skip
def test_a_toll_revised_to_a_figure_from_another(lang: str, text: str, expected: list[str]) -> None:
    """ "revised the toll down to 19 from 27" stored "27 killed" and a bare 19: the figure
    after "from" is the earlier one, and "the toll" is a death toll."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Up to 40 miners remain missing after the collapse 300 metres underground.",
         ["up to 40 missing", "300 metres"]),
        ("id", "Sedikitnya 23 orang tewas dan 57 lainnya luka-luka akibat gempa berkekuatan 5,6 "
               "magnitudo di Cianjur.",
         ["at least 23 people killed", "57 people wounded", "5.6 magnitude"]),
        ("id", "Sebanyak 1.200 warga mengungsi ke 14 titik pengungsian.",
         ["1,200 people displaced", "14"]),
        ("id", "Polisi menangkap 45 orang terkait kerusuhan di Wamena.", ["45 people detained"]),
        ("id", "Batalyon 753 kehilangan empat personel.", ["4 troops"]),
        ("en", "Unit 731 said 11 soldiers were wounded.", ["11 troops wounded"]),
        ("ru", "Более 200 военнослужащих попали в плен.", ["more than 200 troops captured"]),
        ("ru", "Госпитализированы 14 пострадавших.", ["14 wounded"]),
    ],
)  # fmt: skip
def test_what_a_number_beside_a_toll_counts(lang: str, text: str, expected: list[str]) -> None:
    """Numbers in real casualty reports that read as tolls or lost theirs: "300 metres
    underground" was "300 missing", a quake's 5.6 magnitude "5.6 wounded", 14 evacuation
    sites "14 people displaced", "Unit 731" a figure, "попали в плен" no capture."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Погибли 18 человек, из них 6 детей; ранены ещё 40.",
         ["18 people killed", "6 children killed", "40 people wounded"]),
        ("en", "At least 18 people were killed, including 6 children, and 40 others were "
               "wounded.", ["at least 18 people killed", "6 children killed",
                            "40 people wounded"]),
        ("id", "18 orang tewas, 6 di antaranya anak-anak, dan 40 lainnya terluka.",
         ["18 people killed", "6 children killed", "40 people wounded"]),
    ],
)  # fmt: skip
def test_others_after_a_part_are_of_the_whole(lang: str, text: str, expected: list[str]) -> None:
    """ "Погибли 18 человек, из них 6 детей; ранены ещё 40" stored "40 children wounded":
    the others took the group of the part before them, not of the toll it is part of."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Victims aged 5, 7 and 9 were among the dead.", []),
        ("en", "Gunmen killed 12 villagers and two children aged 5 and 7.",
         ["12 killed", "2 children killed"]),
        ("id", "Dua anak-anak berusia 5 dan 7 tahun tewas.", ["2 children"]),
        ("id", "Dua anak berusia 5 dan 7 tahun tewas.", ["2 children"]),
        ("ru", "Погибли двое детей в возрасте 5 и 7 лет.", ["2 children killed"]),
        ("en", "A man aged 40 and 12 soldiers were killed.", ["12 troops killed"]),
    ],
)  # fmt: skip
def test_every_age_after_aged_is_an_age(lang: str, text: str, expected: list[str]) -> None:
    """ "Victims aged 5, 7 and 9 were among the dead" stored "7 killed" and "9 killed"."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Of the 1,200 people on board, 800 were rescued, 300 are missing and at least 100 "
               "died.", ["1,200 people on board", "800 people rescued", "300 missing",
                         "at least 100 killed"]),
        ("id", "Kapal itu membawa 80 penumpang; 62 orang berhasil diselamatkan dan 18 lainnya "
               "hilang.", ["80 people", "62 people rescued", "18 people missing"]),
        ("ru", "Из 50 человек, находившихся на борту, спасены 38, тела 7 погибших найдены.",
         ["50 people on board", "38 rescued", "7 killed"]),
    ],
)  # fmt: skip
def test_the_rescued_are_a_count_of_their_own(lang: str, text: str, expected: list[str]) -> None:
    """ "62 orang berhasil diselamatkan dan 18 lainnya hilang" stored "62 people missing",
    and "800 were rescued" of 1,200 on board "800 people on board", a rival to the 1,200."""
    assert _read(text, lang) == expected


def test_the_rescued_rival_no_count_of_those_on_board() -> None:
    rescued = extract_quantities("Of the 1,200 people on board, 800 were rescued.", "en")[1]
    assert not comparable(rescued, _one("1,200 people were on board"))
    assert conflicts(rescued, _one("only 300 people were rescued"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Officials said 62 people were killed; four of the dead were police officers.",
         ["62 people killed", "4 of the dead"]),
        ("id", "Empat dari korban tewas adalah polisi.", ["4 of the dead"]),
        ("ru", "Четверо из погибших — полицейские.", ["4 police killed"]),
        ("en", "Three of the wounded are in critical condition.", ["3 of the wounded"]),
    ],
)  # fmt: skip
def test_some_of_the_dead_is_no_toll(lang: str, text: str, expected: list[str]) -> None:
    """ "four of the dead were police officers" stored "4 killed", a rival to the toll of 62."""
    assert _read(text, lang) == expected
    assert not comparable(extract_quantities(text, lang)[-1], _one("62 people were killed"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Four soldiers were wounded in the 10-hour battle.", ["4 troops wounded"]),
        ("en", "Three soldiers were wounded in a 5-km convoy.", ["3 troops wounded"]),
        ("en", "The army lost 4 soldiers in the 10-hour battle.", ["4 troops"]),
    ],
)  # fmt: skip
def test_a_unit_glued_to_another_number_is_not_this_ones(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "lost 4 soldiers in the 10-hour battle" stored "4 troops hours"."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Aid agencies estimate that 70% of the city's 400,000 residents have fled.",
         ["70% of the city's 400,000 residents", "400,000 people"]),
        ("id", "Sekitar 40 persen dari 2.000 warga mengungsi.",
         ["about 40% of 2.000 warga", "2,000 people"]),
        ("ru", "40% из 2000 жителей эвакуированы.", ["40% of 2000 жителей", "2,000 people"]),
        # a casualty word that names the whole keeps it the count
        ("en", "About 40% of the 2,000 injured were treated at the hospital.",
         ["about 40% of the 2,000 injured", "2,000 wounded"]),
        ("id", "Hampir 40 persen dari 2.000 korban luka dirawat di RSUD Kanjuruhan.",
         ["nearly 40% of 2.000 korban luka", "2,000 people wounded"]),
    ],
)  # fmt: skip
def test_a_share_of_a_count_is_the_share_that_befell(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "70% of the city's 400,000 residents have fled" stored "400,000 people displaced"
    and lost the 70%: the fate is the share's, the count its whole."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "По данным МЧС, из-под завалов извлечены тела 19 человек, спасены 7.",
         ["19 people killed", "7 rescued"]),
        ("en", "Rescuers recovered the bodies of 19 people.", ["19 people killed"]),
        ("id", "Sebanyak 12 personel Brimob terluka, 3 di antaranya luka berat, dalam bentrok di "
               "Km 45.", ["12 troops wounded", "3 of the wounded"]),
        ("en", "The blast killed 11 people and injured 29 on Route 7, 12 miles north of the city.",
         ["11 people killed", "29 wounded", "12 miles"]),
        ("id", "Tiga dari lima korban yang tewas merupakan anggota satu keluarga.",
         ["5 people killed"]),
        ("en", "Two rockets hit the building, killing a family of five.", ["5 killed"]),
        ("en", "3 bus drivers were killed.", ["3 drivers killed"]),
        ("ru", "Число жертв теракта в «Крокус Сити Холле» выросло до 144, пострадали 551 человек.",
         ["144 killed", "551 people wounded"]),
    ],
)  # fmt: skip
def test_tolls_in_reports_with_other_numbers(lang: str, text: str, expected: list[str]) -> None:
    """Misreads found in real-style reports: "тела 19 человек" was "19 people rescued", "Km
    45" "45 wounded", "satu keluarga" "1 people killed", "Two rockets hit …, killing" "2
    killed", and "выросло до 144, пострадали 551" "144 wounded"."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Число погибших, по данным агентства, достигло 1 166 человек, пострадавших — "
               "2 400, сообщил представитель агентства Ари Сантосо.",
         ["1,166 people killed", "2,400 wounded"]),
        ("ru", "Число погибших достигло 1 166 человек, пострадавших - около 2 400.",
         ["1,166 people killed", "about 2,400 wounded"]),
        ("ru", "Число погибших достигло 1 166 человек, пострадавших: 2 400.",
         ["1,166 people killed", "2,400 wounded"]),
        ("ru", "Число погибших, по данным агентства, достигло 1 166 человек, сообщил "
               "представитель агентства.", ["1,166 people killed"]),
        ("id", "BPBD mengatakan jumlah korban tewas mencapai 1.166 orang, sedangkan korban luka "
               "2.400 orang.", ["1,166 people killed", "2,400 people wounded"]),
        ("en", "The death toll reached 1,166, with 2,400 injured.",
         ["1,166 killed", "2,400 wounded"]),
    ],
)  # fmt: skip
def test_a_casualty_word_labelling_the_next_number_is_its_own(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "достигло 1 166 человек, пострадавших — 2 400" stored "1,166 people wounded": the
    word labelling the 2,400 was nearer the 1,166 than "погибших" (a new analyst's trial)."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "По уточнённым данным, погибли не 12, а 14 человек.", ["14 people killed"]),
        ("en", "Officials said not 12 but 14 people were killed.", ["14 people killed"]),
        ("id", "Korban tewas bukan 12, melainkan 14 orang.", ["14 people killed"]),
        ("en", "The toll was 12, but 14 more were wounded.", ["12 killed", "14 wounded"]),
    ],
)  # fmt: skip
def test_a_denied_figure_is_no_toll(lang: str, text: str, expected: list[str]) -> None:
    """ "погибли не 12, а 14 человек" stored "12 killed" and "14 people" with no fate."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The storm left at least 98 dead, about 200 injured and nearly 1 million without "
               "power.", ["at least 98 killed", "about 200 wounded", "nearly 1,000,000"]),
        ("en", "Israel says about 1,200 people were killed in the October 7 attack, and 253 taken "
               "hostage.", ["about 1,200 people killed", "253 captured"]),
        ("en", "Three firefighters died and 11 were treated for smoke inhalation.",
         ["3 killed", "11 wounded"]),
        ("en", "The bus, carrying 52 passengers, plunged 100 metres into a ravine, killing 21.",
         ["52 people", "100 metres", "21 killed"]),
        ("en", "The toll climbed to 45 on Sunday, with 12 still unaccounted for.",
         ["45 killed", "12 missing"]),
        ("id", "Empat warga luka ringan akibat gempa M 5,2.", ["4 people wounded"]),
        ("ru", "По данным ООН, с февраля 2022 года погибли не менее 10 тысяч мирных жителей.",
         ["at least 10,000 civilians killed"]),
        ("ru", "Подразделения 58-й армии уничтожили до 30 военнослужащих противника.",
         ["up to 30 troops killed"]),
    ],
)  # fmt: skip
def test_more_tolls_in_reports(lang: str, text: str, expected: list[str]) -> None:
    """ "nearly 1 million without power" was "wounded", "253 taken hostage" "253 killed",
    "11 were treated" "11 killed", "52 passengers, plunged 100 metres" "52 people metres",
    "M 5,2" "5.2 people wounded", "с февраля 2022 года погибли" "2,022 killed"."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The number of injured has been revised up to 230 from an earlier 180.",
         ["230 wounded"]),
        ("id", "Kepolisian memperkirakan jumlah massa mencapai 10.000 orang, 150 di antaranya "
               "diamankan.", ["10,000 people", "150 of them detained"]),
        ("en", "24 people, 17 of them by gunfire, were killed", ["24 people killed",
                                                                "17 of them killed"]),
        ("en", "Eleven members of one family, including 6 children under 10, were killed.",
         ["6 children killed"]),
        ("ru", "Погибли 5 человек, в том числе трое детей до 10 лет.",
         ["5 people killed", "3 children killed"]),
    ],
)  # fmt: skip
def test_revisions_crowds_and_childrens_ages(lang: str, text: str, expected: list[str]) -> None:
    """ "revised up to 230" was "up to 230" (at most), "massa mencapai 10.000 orang, 150 di
    antaranya diamankan" "10,000 people detained", and "6 children under 10, were killed"
    "fewer than 10 killed"."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Двое из 12 членов экипажа погибли, остальные спасены.", ["2 crew killed",
                                                                     "12 crew"]),
        ("en", "Two of the 12 crew died and the rest were rescued.", ["2 crew killed", "12 crew"]),
        ("id", "Dua dari 12 ABK tewas, sisanya selamat.", ["2 crew killed", "12 crew"]),
    ],
)  # fmt: skip
def test_what_befell_the_rest_is_not_the_groups_fate(
    lang: str, text: str, expected: list[str]
) -> None:
    """With the rescued counted, "двое из 12 членов экипажа погибли, остальные спасены" read
    "2 crew rescued" and "12 crew killed": the rest's fate is neither the part's nor the
    whole's."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Из 120 человек, находившихся в здании, эвакуировать удалось 85, судьба 35 "
               "неизвестна.", ["120 people", "85 displaced", "35"]),
        ("id", "Dari 52 penumpang, 30 orang tewas.", ["52 people", "30 people killed"]),
        ("en", "Of the 300 people evacuated, 40 were injured.",
         ["300 people displaced", "40 people wounded"]),
    ],
)  # fmt: skip
def test_the_whole_a_sentence_opens_with_keeps_its_own_fate(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "Из 120 человек, находившихся в здании, эвакуировать удалось 85" stored "120 people
    displaced", and "Dari 52 penumpang, 30 orang tewas" "52 people killed": a whole opened
    with "of"/"из"/"dari" takes no fate from after its comma."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [  # "one day" read as one more dead beside the toll
        ("en", "The clashes lasted one day and killed 12 people.", ["1 days", "12 people killed"]),
        ("ru", "Бои продолжались три дня, погибли 12 человек.", ["3 days", "12 people killed"]),
        ("ru", "За один день погибли 12 человек.", ["1 days", "12 people killed"]),
    ],
)
def test_a_day_is_a_duration_not_a_casualty(lang: str, text: str, expected: list[str]) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [  # a review: a quake's magnitude glued to "M", after "M" before a casualty verb, or
        # after "магнитудой" was read as one more toll
        ("en", "A M7.8 earthquake killed 40 people.", ["40 people killed"]),
        ("id", "Gempa M 6,2 menewaskan 40 orang.", ["40 people killed"]),
        ("ru", "Землетрясение магнитудой 6,2 унесло жизни 40 человек.", ["40 people killed"]),
        ("en", "A 7.8-magnitude quake killed 40 people.", ["40 people killed"]),
    ],
)
def test_a_magnitude_is_no_toll(lang: str, text: str, expected: list[str]) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "whole"),
    [  # a review: a whole with a verb of its own kept it no longer
        ("ru", "Погибли 27 человек, в том числе 9 детей, ранены 40.", "27 people killed"),
        ("en", "The strike killed 27 people, including nine children, injuring 40 more.",
         "27 people killed"),
        ("en", "The attack killed 12, including 3 soldiers wounded earlier.", "12 killed"),
        ("en", "27 people died, including 9 children who were wounded in the blast.",
         "27 people killed"),
    ],
)  # fmt: skip
def test_a_whole_with_its_own_verb_keeps_its_fate(lang: str, text: str, whole: str) -> None:
    assert _read(text, lang)[0] == whole


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [  # a review: the fate after an "including" part is the whole's too
        ("en", "Six people were killed and 4 others, including 2 children, were injured.",
         ["6 people killed", "4 people wounded", "2 children wounded"]),
        ("en", "The strike killed 27 people, including nine children, and wounded 40.",
         ["27 people killed", "9 children killed", "40 wounded"]),
    ],
)  # fmt: skip
def test_a_whole_shares_the_fate_told_after_its_part(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [  # the part of a whole after "including" shares its fate, not the next clause's verb
        ("ru", "Погибли 27 человек, в том числе 9 детей, ранены 40.",
         ["27 people killed", "9 children killed", "40 wounded"]),
        ("ru", "Погибли 27 человек, из них 9 детей, ранены 40.",
         ["27 people killed", "9 children killed", "40 wounded"]),
        ("ru", "Ранены 40 человек, в том числе 12 детей, погибли 5.",
         ["40 people wounded", "12 children wounded", "5 killed"]),
        ("en", "The strike killed 27 people, including nine children, injuring 40 more.",
         ["27 people killed", "9 children killed", "40 people wounded"]),
        # some of the dead are dead, whatever befell them before
        ("en", "The attack killed 12, including 3 soldiers wounded earlier.",
         ["12 killed", "3 troops killed"]),
        ("en", "27 people died, including 9 children who were wounded in the blast.",
         ["27 people killed", "9 children killed"]),
        # a later fate of some of the wounded is theirs
        ("en", "Twelve people were hurt, including 3 who later died.",
         ["12 people wounded", "3 of the wounded killed"]),
    ],
)  # fmt: skip
def test_a_part_after_including_takes_its_wholes_fate(
    lang: str, text: str, expected: list[str]
) -> None:
    """ "Погибли 27 человек, в том числе 9 детей, ранены 40" read the nine children as
    wounded: the verb after the part's closing comma is the 40's."""
    assert _read(text, lang) == expected
