"""Findings of a new analyst's trial: people the article names lost to a state, to a man
quoted earlier, or to whoever spoke last. A wrong speaker costs the analyst more than none."""

from __future__ import annotations

import pytest

from claimtrack.attribution import SpeakerSuggestion
from claimtrack.model import Speaker
from tests.attribution.support import suggest, who

BREL = Speaker(id="brel", name="Jana Brel", kind="person")
HAKOBYAN = Speaker(id="hakobyan", name="Anna Hakobyan", kind="person")
AM_GOV = Speaker(
    id="am-gov", name="Armenian government", aliases=("Armenia",), kind="government",
    side="Armenia",
)  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the Armenian Health Ministry, Jana Brel, said the toll had risen to 19.",
        "Armenian officials, including Jana Brel, said the death toll had risen to 19.",
    ],
)
def test_a_registered_person_named_in_full_beats_a_countrys_adjective(sentence: str) -> None:
    """The state registered under its country ("Armenia") was suggested for both, from the
    adjective "Armenian", and "She added" then carried it on: the person named in full
    speaks, and she adds."""
    found = suggest("en", sentence, "She added that more were missing.", speakers=[BREL, AM_GOV])
    assert [who(f) for f in found] == ["brel", "brel"]


def test_a_countrys_adjective_inside_a_bodys_name_is_no_speaker_named_after_the_country() -> None:
    """ "the Armenian Health Ministry" is a ministry nobody registered, not the government
    registered with the alias "Armenia"; "Armenian officials" still are the state."""
    (ministry,) = suggest(
        "en", "A spokesman for the Armenian Health Ministry said the toll was 19.",
        speakers=[AM_GOV],
    )  # fmt: skip
    assert who(ministry) == "+Armenian Health Ministry"
    (state,) = suggest("en", "Armenian officials said the toll was 19.", speakers=[AM_GOV])
    assert who(state) == "am-gov"


SHOIGU = Speaker(id="shoigu", name="Sergei Shoigu", kind="person")
KONASHENKOV = Speaker(id="konashenkov", name="Igor Konashenkov", kind="person")
SHOIGU_SAID = "+Defence Minister Sergei Shoigu"  # proposed as Sergei Shoigu
STRIKE = (
    "Defence Minister Sergei Shoigu said the strike hit only military targets.",
    "A spokesman, Igor Konashenkov, added that 40 fighters were killed.",
    '"We will not stop," the minister said.',
    "The spokesman said more strikes would follow.",
)


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        ([], [SHOIGU_SAID, "+Igor Konashenkov", SHOIGU_SAID, "+Igor Konashenkov"]),
        ([SHOIGU, KONASHENKOV], ["shoigu", "konashenkov", "shoigu", "konashenkov"]),
    ],
)
def test_an_office_carries_the_nearest_speaker_named_with_it(
    speakers: list[Speaker], expected: list[str]
) -> None:
    """ "the minister said" after the spokesman spoke carried the spokesman over: the
    minister is the speaker named "Defence Minister", registered or not."""
    found = suggest("en", *STRIKE, speakers=speakers)
    assert [who(f) for f in found] == expected


ORLAN = Speaker(id="orlan", name="Виктор Орлан", kind="person")


def _speaker(found: SpeakerSuggestion | None) -> str | None:
    """The registered id, or the name a proposal would register."""
    return None if found is None else found.speaker or found.proposed_name


@pytest.mark.parametrize(
    ("lang", "sentences", "expected"),
    [
        ("en", ("Viktor Orlan said the hospital was a target.",
                "Dr. Elena Moravec, the chief surgeon, was in the theatre when the shell hit.",
                '"Nobody had seen weapons," she said.',
                '"We heard a whistle," Moravec told reporters.',
                '"There were patients in the corridor," she added.'),
         ["orlan", None, "Elena Moravec", "Elena Moravec", "Elena Moravec"]),
        ("en", ("Viktor Orlan said the hospital was a target.",
                "Back in the basement, Ms Petrosyan is counting the days.",
                '"I want my grandchildren to grow up here," she says.'),
         ["orlan", None, "Petrosyan"]),
        ("ru", ("Министр обороны Виктор Орлан заявил, что больница была целью.",
                "Анна Петрова была в операционной, когда упал снаряд.",
                "«Никто не видел оружия», — сказала она."),
         ["orlan", None, "Анна Петрова"]),
    ],
)  # fmt: skip
def test_she_is_the_woman_the_narration_introduced_not_the_man_quoted_before(
    lang: str, sentences: tuple[str, ...], expected: list[str | None]
) -> None:
    """ "she said" carried Viktor Orlan over, a man quoted before the narration introduced
    the surgeon; "Moravec told reporters" then proposed a new speaker "Moravec"."""
    found = suggest(lang, *sentences, speakers=[ORLAN])
    assert [_speaker(f) for f in found] == expected


def test_she_is_nobody_rather_than_the_man_quoted_before() -> None:
    """With no woman named, "she said" is left to the analyst, not given to Orlan."""
    found = suggest(
        "en", "Viktor Orlan said the hospital was a target.", "The shell hit at noon.",
        '"Nobody had seen weapons," she said.', speakers=[ORLAN],
    )  # fmt: skip
    assert [_speaker(f) for f in found] == ["orlan", None, None]


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"')])
def test_a_quotation_over_several_paragraphs_belongs_to_its_closing_attribution(
    opening: str, closing: str
) -> None:
    """A quotation over paragraphs closes only in its last, each paragraph reopening it: the
    paragraphs before '"… oxygen," she said.' had no speaker."""
    found = suggest(
        "en",
        "Dr. Elena Moravec, the chief surgeon, was in the theatre when the shell hit.",
        f"\n{opening}We heard a whistle and then the ceiling came down.",
        "There were patients in the corridor.",
        f"\n{opening}The wards were full.",
        f"\n{opening}Nobody here had seen weapons. The only thing stored was oxygen,{closing} "
        "she said.",
        "\nHer account contradicts the ministry.",
        speakers=[],
    )
    assert [_speaker(f) for f in found] == [None, *["Elena Moravec"] * 4, None]


def test_he_may_be_a_man_with_a_spanish_surname() -> None:
    """ "Villanueva" ends like "Zakharova": "he said" passed over Teodoro Villanueva (a first
    name not listed leaves the surname to tell) as a woman, back to the man before him."""
    villanueva = Speaker("tv", "Teodoro Villanueva", (), "person")
    found = suggest(
        "en", "Viktor Orlan said the hospital was a target.",
        "Teodoro Villanueva said the convoy was turned back.",
        '"We waited for six hours," he said.', speakers=[ORLAN, villanueva],
    )  # fmt: skip
    assert [_speaker(f) for f in found] == ["orlan", "tv", "tv"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Marco Casanova", "mc"),  # an Italian surname: no woman's, he may be the man
        ("Paolo Villanova", "mc"),
        ("Yevgenia Zakharova", "orlan"),  # the man's form Захаров: a woman, not "he"
        ("Anna Petrova", "orlan"),
    ],
)
def test_only_a_russian_surname_ending_in_ova_tells_a_woman(name: str, expected: str) -> None:
    """ "Casanova" ends like "Zakharova": "he said" passed over Marco Casanova (a first name
    not listed leaves the surname to tell) as a woman, back to the man before him. In Latin
    letters the ending tells only on a surname the Russian dictionary knows in the man's
    form; a listed first name ("Anna") tells by itself."""
    found = suggest(
        "en", "Viktor Orlan said the hospital was a target.",
        f"{name} said the convoy was turned back.",
        '"We waited for six hours," he said.', speakers=[ORLAN, Speaker("mc", name, (), "person")],
    )  # fmt: skip
    assert [_speaker(f) for f in found] == ["orlan", "mc", expected]


@pytest.mark.parametrize(
    ("lang", "sentences", "expected"),
    [
        ("ru", ("Министр обороны Виктор Орлан заявил, что больница была целью.",
                "Хирург Елена Моравец была в операционной, когда упал снаряд.",
                "«Никто не видел оружия», — сказала она."),
         ["orlan", None, "Елена Моравец"]),
        ("ru", ("Министр обороны Виктор Орлан заявил, что больница была целью.",
                "Медсестра Анна Брель рассказала, что раненых было много.",
                "«Мы ждали шесть часов», — сказала она."),
         ["orlan", "Анна Брель", "Анна Брель"]),
        ("en", ("Viktor Orlan said the hospital was a target.",
                "Surgeon Elena Moravec was in the theatre when the shell hit.",
                '"Nobody had seen weapons," she said.'),
         ["orlan", None, "Elena Moravec"]),
        ("en", ("Viktor Orlan said the hospital was a target.",
                "Nurse Anna Brel said the wounded kept coming.",
                '"We waited for six hours," she said.'),
         ["orlan", "Anna Brel", "Anna Brel"]),
    ],
)  # fmt: skip
def test_a_job_no_list_holds_before_a_name_still_introduces_the_person(
    lang: str, sentences: tuple[str, ...], expected: list[str | None]
) -> None:
    """ "Хирург Елена Моравец была в операционной" introduced nobody for "сказала она": the
    job, listed nowhere, was read as her first name, which told no gender. The first known
    first name tells it past such a word, and the person registered is "Елена Моравец",
    "Elena Moravec": in Russian the dictionary knows the job for a common noun, in English
    the lexicon lists it (`titles`: "surgeon", "nurse"); no office of hers, no alias."""
    found = suggest(lang, *sentences, speakers=[ORLAN])
    assert [_speaker(f) for f in found] == expected


@pytest.mark.parametrize(
    ("lang", "sentences", "expected"),
    [
        ("en", ("Viktor Orlan said surgeon Elena Moravec had been detained at the border.",
                '"They kept us for six hours," she said.'),
         ["orlan", "Elena Moravec"]),
        ("en", ("Colonel Ivan Petrov told reporters that Dr. Elena Moravec had been detained.",
                '"They kept us for six hours," she said.'),
         ["Ivan Petrov", "Elena Moravec"]),
        ("ru", ("Министр обороны Виктор Орлан заявил, что хирург Елена Моравец задержана.",
                "«Нас держали шесть часов», — сказала она."),
         ["orlan", "Елена Моравец"]),
        # a woman who spoke before is still "she", as after narration
        ("en", ("Anna Brel said the convoy was stopped.",
                "Viktor Orlan said surgeon Elena Moravec had been detained at the border.",
                '"They kept us for six hours," she said.'),
         ["Anna Brel", "orlan", "Anna Brel"]),
    ],
)  # fmt: skip
def test_she_may_be_the_woman_a_man_spoke_of(
    lang: str, sentences: tuple[str, ...], expected: list[str | None]
) -> None:
    """ "she said" after "Viktor Orlan said surgeon Elena Moravec had been detained" was
    nobody: a sentence whose speaker is a man offered no one else, though the narration's
    woman would have been "she". The woman a speaking sentence names is, as hers is."""
    found = suggest(lang, *sentences, speakers=[ORLAN])
    assert [_speaker(f) for f in found] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Как рассказала хирург Елена Моравец, раненых было много.",
        "По словам хирурга Елены Моравец, раненых было много.",
        "Раненых было много, рассказала медсестра Елена Моравец.",
        # an adjective describing the job goes with it ("Главный врач" was kept in the name)
        "Главный врач Елена Моравец заявила, что раненых было много.",
        "Как рассказала опытный врач Елена Моравец, раненых было много.",
    ],
)
def test_a_russian_job_in_lower_case_is_no_word_of_the_name(sentence: str) -> None:
    """ "Как рассказала хирург Елена Моравец" proposed "Хирург Елена Моравец": only a job
    opening the sentence, capitalised, was told from her name. Inside it, in any case, the
    dictionary knows the common noun as well."""
    found = suggest("ru", sentence, '"Нас держали шесть часов", — сказала она.', speakers=[])
    assert [_speaker(f) for f in found] == ["Елена Моравец", "Елена Моравец"]


@pytest.mark.parametrize(
    "sentence",
    [
        "В больнице хирург Елена Моравец заявила, что раненых много.",
        "В Москве хирург Елена Моравец заявила, что раненых много.",
        "В региональной больнице хирург Елена Моравец заявила, что раненых много.",
        "В Москве Елена Моравец заявила, что раненых много.",
    ],
)
def test_where_a_russian_sentence_opens_is_no_word_of_the_name(sentence: str) -> None:
    """ "В больнице хирург Елена Моравец заявила" proposed "Больница хирург Елена Моравец"
    (and "В Москве хирург …" nobody): what the preposition governs says where she spoke,
    and the job after it is hers, neither a word of her name."""
    (found,) = suggest("ru", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.kind) == ("Елена Моравец", "person")
