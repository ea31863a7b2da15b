"""Realistic report sentences (en/id/ru) of kinds the other tests leave out, read as an
analyst would: who was counted, with what fate, and no rival toll where there is none."""

from __future__ import annotations

import pytest

from claimtrack.quantities import describe, extract_quantities


def _read(text: str, lang: str) -> list[str]:
    return [describe(q) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Of the 56 injured, 9 are in critical condition.",
         ["56 wounded", "9 of the wounded"]),
        ("en", "Two police officers were among the 14 injured.",
         ["2 police wounded", "14 wounded"]),
        ("en", "The military said it had killed 30 militants.", ["30 militants killed"]),
        ("id", "Pemerintah mengevakuasi 12.000 warga dari zona merah.",
         ["12,000 people displaced"]),
        ("id", "Sebanyak 23 pendaki berhasil dievakuasi, 11 di antaranya meninggal dunia.",
         ["23 rescued", "11 of the rescued killed"]),
        ("en", "The death toll from the quake climbed past 5,000.", ["more than 5,000 killed"]),
        ("id", "Dua anggota TNI gugur dan tiga lainnya luka-luka dalam kontak tembak.",
         ["2 troops killed", "3 troops wounded"]),
        ("ru", "Из 56 пострадавших 9 находятся в тяжелом состоянии.",
         ["56 wounded", "9 of the wounded"]),
        ("id", "Dari 56 korban luka, 9 orang dalam kondisi kritis.",
         ["56 people wounded", "9 of the wounded"]),
        ("en", "The toll crossed 1,000 on Tuesday.", ["more than 1,000 killed"]),
        ("id", "Jumlah korban tewas menembus 1.000 orang.", ["more than 1,000 people killed"]),
        ("ru", "Число погибших перевалило за тысячу.", ["more than 1,000 killed"]),
        ("en", "Israeli strikes killed 30 militants and 12 civilians.",
         ["30 militants killed", "12 civilians killed"]),
        ("ru", "Уничтожены 12 боевиков.", ["12 militants killed"]),
        ("id", "Aparat menembak mati 3 anggota KKB.", ["3 militants killed"]),
        ("id", "Dua anggota TNI gugur dan tiga lainnya luka-luka.",
         ["2 troops killed", "3 troops wounded"]),
        ("id", "Satu anggota Polri tewas dalam serangan itu.", ["1 police killed"]),
        ("id", "Dua polisi termasuk di antara 14 korban luka.",
         ["2 police wounded", "14 people wounded"]),
    ],
)  # fmt: skip
def test_misreads_an_analyst_noticed(lang: str, text: str, expected: list[str]) -> None:
    """Each read wrong before: "Of the 56 injured, 9 are in critical condition" (a bare 9;
    "Dari 56 korban luka, 9 orang dalam kondisi kritis" a rival 9 wounded), "Two police
    officers were among the 14 injured" (no fate), "killed 30 militants" (30 of the war's
    toll), "Dua anggota TNI gugur" (no troops), "menembak mati 3 anggota KKB" (a bare 3),
    "mengevakuasi 12.000 warga" (no fate), "berhasil dievakuasi" (brought out alive), "the
    toll climbed past 5,000", "crossed", "menembus", "перевалило за тысячу" (exactly 5,000 or
    1,000)."""
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A further 3 people died in hospital overnight, raising the toll to 15.",
         ["3 of the dead", "15 people killed"]),
        ("en", "The UN appealed for $45 million to help 300,000 people.",
         ["45,000,000 USD", "300,000 people"]),
        ("en", "Half of Gaza's 2.2 million people face famine.",
         ["50% of Gaza's 2.2 million people", "2,200,000 people"]),
        ("en", "Some 120 homes were destroyed and 3,400 people lost power.",
         ["about 120", "3,400 people"]),
        ("en", "Over 1,000 people have been arrested since the protests began.",
         ["more than 1,000 people detained"]),
        ("id", "Sebanyak 1.532 rumah rusak berat dan 4.000 warga mengungsi.",
         ["1,532", "4,000 people displaced"]),
        ("id", "Korban meninggal akibat banjir bertambah menjadi 57 orang, 3 orang masih "
               "hilang.",
         ["57 people killed", "3 people missing"]),
        ("ru", "В результате обстрела погибли двое мирных жителей, ещё пятеро получили "
               "ранения.",
         ["2 civilians killed", "5 civilians wounded"]),
        ("ru", "Число задержанных на акциях протеста превысило 1200 человек.",
         ["more than 1,200 people detained"]),
        ("ru", "По данным ООН, с начала конфликта погибли более 10 тысяч мирных жителей, в том "
               "числе 560 детей.",
         ["more than 10,000 civilians killed", "560 children killed"]),
        ("id", "Sedikitnya 5 orang dilaporkan hilang terseret arus.",
         ["at least 5 people missing"]),
        ("en", "The ministry said 48 of the 60 passengers had been identified.",
         ["48", "60 people"]),
        ("en", "Officials said 9 people drowned when their boat capsized.", ["9 people killed"]),
        ("en", "A 7-year-old girl and her 35-year-old mother were among the dead.", []),
        ("en", "Police fired tear gas at 5,000 demonstrators.", ["5,000 people"]),
        ("en", "The explosion injured 17 people, four of them seriously.",
         ["17 people wounded", "4 of the wounded"]),
        ("ru", "В Дагестане задержаны 60 человек, 15 из них арестованы на 10 суток.",
         ["60 people detained", "15 of the detained", "10 days"]),
        ("en", "The hospital is treating 45 patients, 12 of them children.",
         ["45 patients", "12 children"]),
        ("en", "Nearly 3,000 people have been reported missing since the quake.",
         ["nearly 3,000 people missing"]),
        ("ru", "Погибли 3 человека, пострадали ещё 12, из них 4 — дети.",
         ["3 people killed", "12 people wounded", "4 children wounded"]),
        ("en", "At least 30 people were killed in Monday's attack, the deadliest since 2019.",
         ["at least 30 people killed"]),
        ("en", "The number of refugees has doubled to 2 million.", ["2,000,000 displaced"]),
        ("id", "Lebih dari 300 orang terluka, 40 di antaranya dalam kondisi kritis.",
         ["more than 300 people wounded", "40 of the wounded"]),
        ("en", "More than 100 people have died of cholera since January.",
         ["more than 100 people killed"]),
        ("en", "Ukraine said it shot down 29 of 35 drones.", ["29", "35"]),
        ("en", "Police estimated the crowd at 20,000.", ["20,000"]),
        ("id", "Di antara 7 korban tewas terdapat 2 anak-anak.",
         ["7 people killed", "2 children killed"]),
        ("ru", "Пятеро военнослужащих погибли, ещё трое числятся пропавшими без вести.",
         ["5 troops killed", "3 troops missing"]),
        ("en", "Rescuers pulled 14 survivors from the rubble.", ["14 rescued"]),
        ("en", "A total of 2,345 people have been evacuated to 12 shelters.",
         ["2,345 people displaced", "12"]),
        ("en", "Authorities said 1,100 people had been detained, of whom 300 were later "
               "released.",
         ["1,100 people detained", "300"]),
        ("en", "He was sentenced to 15 years in prison for the killing of 3 protesters.",
         ["15 years", "3 people killed"]),
        ("en", "The war has displaced more than 10 million people, a quarter of the "
               "population.",
         ["more than 10,000,000 people displaced", "25% of the population"]),
        ("ru", "Только за последние сутки эвакуированы более 800 человек.",
         ["more than 800 people displaced"]),
        ("id", "Sekitar 60 persen korban adalah perempuan dan anak-anak.", ["about 60% of people"]),
        ("ru", "Погибли 12 человек, среди них 3 ребенка.",
         ["12 people killed", "3 children killed"]),
        ("en", "Two weeks after the quake, 230 people remain unaccounted for.",
         ["2 weeks", "230 people missing"]),
        ("ru", "Среди 14 раненых двое полицейских.", ["14 wounded", "2 police wounded"]),
        ("en", "Over 500 people were treated for smoke inhalation.",
         ["more than 500 people wounded"]),
        ("en", "Firefighters battled the blaze for 14 hours; 6 people died.",
         ["14 hours", "6 people killed"]),
        ("en", "Nine in ten residents have no access to clean water.", ["90% of people"]),
        ("en", "The 3 journalists were held for 40 days before being freed.",
         ["3 journalists", "40 days"]),
        ("id", "Sebanyak 3 wartawan ditahan selama 40 hari sebelum dibebaskan.",
         ["3 journalists detained", "40 days"]),
        ("en", "Police said the gunman shot dead 8 people.", ["8 people killed"]),
        ("en", "A suicide bomber killed 14 worshippers at a mosque.", ["14 killed"]),
        ("ru", "Жертвами теракта стали 14 человек.", ["14 people killed"]),
        ("id", "Korban jiwa mencapai 14 orang.", ["14 people killed"]),
        ("en", "An estimated 400,000 people are without electricity.", ["about 400,000 people"]),
        # an adjective of an armed group names no one counted
        ("ru", "12 погибших в результате террористического акта.", ["12 killed"]),
        ("en", "A terrorist attack killed 12 people.", ["12 people killed"]),
        ("en", "Near 5,000 dead, according to rebel sources.", ["nearly 5,000 killed"]),
    ],
)  # fmt: skip
def test_report_sentences_read_right(lang: str, text: str, expected: list[str]) -> None:
    """Sentences of other kinds (aid appeals, crowds, sentences, hospital states, bodies and
    survivors, changed tolls) that are read as an analyst would, kept so."""
    assert _read(text, lang) == expected
