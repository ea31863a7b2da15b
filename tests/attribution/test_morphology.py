"""Russian proposed speakers are registered in the nominative, and never made worse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.attribution.morphology import nominative
from claimtrack.attribution.proposals import NewSpeaker, registered_form
from claimtrack.model import Speaker
from tests.attribution.support import suggest


@pytest.mark.parametrize(
    ("found", "registered"),
    [
        ("Пескова", "Песков"),  # "По словам Пескова"
        ("Алиевым", "Алиев"),  # "Алиевым ранее было заявлено"
        ("Кремле", "Кремль"),  # "В Кремле заявили"
        ("Генпрокуратуры Азербайджана", "Генпрокуратура Азербайджана"),  # the genitive stays
        ("пресс-службе Кремля", "пресс-служба Кремля"),
        ("азербайджанской стороны", "азербайджанская сторона"),  # adjective and noun agree
        ("Ильхама Алиева", "Ильхам Алиев"),  # a first name and surname agree
        ("лидера Нагорного Карабаха", "лидер Нагорного Карабаха"),
        # Armenian surnames the dictionary only guesses from "-ян" (a reviewer's TASS copy
        # registered "Давида Аванесяна" in the genitive)
        ("Давида Аванесяна", "Давид Аванесян"),
        ("Арцруна Ованнисяна", "Арцрун Ованнисян"),
        # the adjective takes the noun's gender ("Региональный управление" was registered)
        ("региональном управлении МЧС", "региональное управление МЧС"),
        ("Центрального военного округа", "Центральный военный округ"),
    ],
)
def test_the_head_of_an_oblique_phrase_becomes_nominative(found: str, registered: str) -> None:
    assert nominative(found) == registered


@pytest.mark.parametrize(
    "phrase",
    [
        "Лаврова",  # a woman's name in the nominative, or his genitive: left alone
        "Пашиняном",  # not in the dictionary
        "Ильхама Гейдар оглы Алиева",  # half a name would change: none of it does
        "Минобороны Азербайджана",  # indeclinable
        "МИД России",
        "Власти Карабаха",  # already a nominative (plural)
        "Президент Азербайджана",
        "Presiden Azerbaijan",
    ],
)
def test_a_phrase_that_may_already_be_nominative_is_left_as_written(phrase: str) -> None:
    assert nominative(phrase) == phrase


def test_registration_declines_russian_only_and_starts_every_name_with_a_capital() -> None:
    proposal = NewSpeaker("Пескова", ("пресс-секретаря Кремля",), "person", "Пескова")
    assert registered_form(proposal, "ru") == NewSpeaker(
        "Песков", ("Пресс-секретарь Кремля",), "person", "Пескова"
    )
    assert registered_form(proposal, "id") == NewSpeaker(
        "Пескова", ("Пресс-секретаря Кремля",), "person", "Пескова"
    )
    office = NewSpeaker("Ilham Aliyev", ("Presiden Azerbaijan",), "person", "Ilham Aliyev")
    assert registered_form(office, "id") == office


def test_a_russian_body_found_in_another_case_gets_the_kind_its_nominative_names() -> None:
    proposal = NewSpeaker("Генпрокуратуры Азербайджана", (), "other", "Генпрокуратуры Азербайджана")
    registered = registered_form(proposal, "ru")
    assert (registered.name, registered.kind) == ("Генпрокуратура Азербайджана", "government")


@pytest.mark.parametrize(
    ("found", "registered"),
    [
        # "По данным Министерства обороны Армении": "Министерства" is also a plural
        # nominative, so without the cue it stays; after it, it is a genitive
        ("Министерства обороны Армении", "Министерство обороны Армении"),
        ("группы мониторинга", "группа мониторинга"),
        # an invented place's adjective, known only by its ending
        ("Велесской группы мониторинга", "Велесская группа мониторинга"),
        ("Лаврова", "Лавров"),  # "по словам Лаврова": his genitive
        ("Минобороны Армении", "Минобороны Армении"),  # indeclinable all the same
        ("Telegram-канала Baza", "Telegram-канал Baza"),  # the Russian part declines
    ],
)
def test_genitive_phrases_are_put_in_the_nominative(found: str, registered: str) -> None:
    assert nominative(found, "gent") == registered


def test_a_speaker_after_a_genitive_cue_is_proposed_in_the_nominative() -> None:
    (found,) = suggest("ru", "По данным Велесской группы мониторинга, погибли 14 человек.")
    assert found is not None and found.proposal is not None
    assert found.proposal.name == "Велесская группа мониторинга"


def test_a_telegram_channel_is_media() -> None:
    (found,) = suggest(
        "ru", "По данным Telegram-канала Baza, пожар начался в автосервисе.", speakers=[]
    )
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.kind) == ("Telegram-канал Baza", "media")


@pytest.mark.parametrize(
    ("found", "registered"),
    [
        # a first name the dictionary only guesses, a surname it reads as a first name
        ("Набиля Абдаллы", "Набиль Абдалла"),
        ("Марии Захаровой", "Мария Захарова"),
        ("Мариам Осман", "Мариам Осман"),  # indeclinable: as written
    ],
)
def test_a_foreign_name_after_a_genitive_cue_is_put_in_the_nominative(
    found: str, registered: str
) -> None:
    assert nominative(found, "gent") == registered


def test_an_office_holder_after_po_slovam_is_proposed_in_the_nominative() -> None:
    """ "По словам официального представителя армии Набиля Абдаллы" proposed "Набиля Абдаллы"
    (a desk trial), where "По словам Пескова" gives Песков; "заявил Абдалла" is then him."""
    found = suggest(
        "ru",
        "По словам официального представителя армии Набиля Абдаллы, армия не наносила ударов "
        "по рынку.",
        "«Это провокация мятежников», — заявил Абдалла.",
        speakers=[],
    )
    assert [f.proposal.name if f and f.proposal else None for f in found] == [
        "Набиль Абдалла", "Набиль Абдалла",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("said", "registered"),
    [
        # what the dictionary already knew stays as it was
        ("Джона Кирби", "Джон Кирби"),
        ("Марии Захаровой", "Мария Захарова"),
        # foreign names it does not know: the endings of a noun declined as Russian ones
        ("Альберто Фернандеса", "Альберто Фернандес"),  # an indeclinable first name
        ("Эммануэля Макрона", "Эммануэль Макрон"),  # "Макрона" read as a thing
        ("Антониу Гутерриша", "Антониу Гутерриш"),
        ("Реджепа Тайипа Эрдогана", "Реджеп Тайип Эрдоган"),
        ("Жозепа Борреля", "Жозеп Боррель"),
        ("Ллойда Остина", "Ллойд Остин"),
        ("Хакана Фидана", "Хакан Фидан"),  # the dictionary changed only "Хакана" (a khagan)
        ("Мусы Факи Махамата", "Муса Факи Махамат"),
        ("Линды Томас-Гринфилд", "Линда Томас-Гринфилд"),  # her surname does not decline
        ("Нахлы Осман", "Нахла Осман"),
        ("Жан-Ива Ле Дриана", "Жан-Ив Ле Дриан"),  # each capitalised part, as written
        # names that do not decline, or are not in the genitive, stay as written
        ("Рафаэля Гросси", "Рафаэль Гросси"),  # was "Рафаэль Гросся", a woman's genitive
        ("Нэнси Пелоси", "Нэнси Пелоси"),
        ("Карин Жан-Пьер", "Карин Жан-Пьер"),
    ],
)
def test_a_foreign_name_after_po_slovam_is_proposed_in_the_nominative(
    said: str, registered: str
) -> None:
    """ "По словам Альберто Фернандеса" proposed "Альберто Фернандеса": only names the
    dictionary knows were put in the nominative, so the register held foreign names in the
    genitive and "заявил Фернандес" later did not read as the same man."""
    (found,) = suggest("ru", f"По словам {said}, переговоры продолжатся на следующей неделе.")
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.kind) == (registered, "person")


@pytest.mark.parametrize(
    ("said", "registered"),
    [
        ("Валерия Залужного", "Валерий Залужный"),  # was "Валерий Залужного"
        ("Максима Горького", "Максим Горький"),
        ("Юлии Навальной", "Юлия Навальная"),  # was "Юлия Навальной"
        ("Ирины Яровой", "Ирина Яровая"),  # was "Ирина Ярова", as of "Захаровой"
        ("Анны Высоцкой", "Анна Высоцкая"),
        ("Исмаила Хании", "Исмаил Хания"),  # was "Исмаил Хании"
        ("Марины Гарсии", "Марина Гарсия"),
        ("Ким Чен Ына", "Ким Чен Ын"),  # was "Ким Чен Ына", kind other: "Чен" a town
        # what was right stays
        ("Марии Захаровой", "Мария Захарова"),
        ("Сергея Лаврова", "Сергей Лавров"),
        ("Нэнси Пелоси", "Нэнси Пелоси"),
        ("Рафаэля Гросси", "Рафаэль Гросси"),
        ("Ли Куан Ю", "Ли Куан Ю"),
        ("Джорджи Мелони", "Джорджи Мелони"),
    ],
)
def test_a_surname_declined_as_an_adjective_or_in_ii_is_proposed_in_the_nominative(
    said: str, registered: str
) -> None:
    """ "По словам Валерия Залужного" proposed "Валерий Залужного", "Юлии Навальной" "Юлия
    Навальной": the first name was put in the nominative, the surname declined as an
    adjective ("-ого", a woman's "-ой") or a noun in "-ия" ("Хании") was left as written."""
    (found,) = suggest("ru", f"По словам {said}, переговоры продолжатся на следующей неделе.")
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.kind) == (registered, "person")


def test_the_nominative_of_a_foreign_name_is_the_one_his_surname_finds_later() -> None:
    found = suggest(
        "ru",
        "По словам Альберто Фернандеса, переговоры с МВФ завершены.",
        "«Мы договорились о главном», — заявил Фернандес.",
        speakers=[],
    )
    assert [f.proposal.name if f and f.proposal else None for f in found] == [
        "Альберто Фернандес", "Альберто Фернандес",
    ]  # fmt: skip


def test_the_holder_of_a_un_office_after_po_slovam_is_proposed_in_the_nominative() -> None:
    (found,) = suggest(
        "ru",
        "По словам координатора ООН по гуманитарным вопросам в Судане Клементины Нкветы-Салами, "
        "команда ООН обнаружила воронки.",
        speakers=[],
    )
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.aliases) == (
        "Клементина Нквета-Салами", ("Координатор ООН по гуманитарным вопросам в Судане",),
    )  # fmt: skip


def test_a_name_after_po_imeni_is_a_nominative_whatever_the_cue_governs() -> None:
    """ "по словам жительницы по имени Нахла Осман": she is named as she is called, not "Нахл"."""
    (found,) = suggest("ru", "По словам жительницы по имени Нахла Осман, рынок горел.", speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == "Нахла Осман"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the cue governs no case, but the office before the name is in the genitive
        (
            "В заявлении министра обороны Петра Васка говорится, что потерь нет.",
            "Пётр Васк",
        ),
        (
            "Об этом говорится в заявлении министра обороны Нордланда Анны Берг.",
            "Анна Берг",
        ),
        (
            "ТАСС приводит слова генерала Петра Васка, который назвал данные выдуманными.",
            "Пётр Васк",
        ),
        (
            "Заявление министра обороны Петра Васка опубликовано на сайте ведомства.",
            "Пётр Васк",
        ),
        # a cue that governs it, with the office's country one no list knows
        (
            "Согласно заявлению главы МИД Зюдмарка Марии Ковальской, удара по плотине не было.",
            "Мария Ковальская",
        ),
        (
            "По словам представителя армии генерала Петра Васка, плотину повредил взрыв.",
            "Пётр Васк",
        ),
    ],
)
def test_a_name_after_an_office_in_the_genitive_is_proposed_in_the_nominative(
    sentence: str, name: str
) -> None:
    """ "В заявлении министра обороны Петра Васка говорится" registered "Петра Васка": only a
    cue that governs the genitive ("по словам") put the name in the nominative, though the
    office before it says its case; and "главы МИД Зюдмарка Марии Ковальской" registered
    "Зюдмарк Марии Ковальской", a country no list knows read as a first name."""
    (found,) = suggest("ru", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.kind) == (name, "person")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "В докладе группы наблюдателей ООН говорится, что погибли 16 человек.",
            "Группа наблюдателей ООН",
        ),
        (
            "В заявлении Министерства обороны Нордланда говорится, что потерь нет.",
            "Министерство обороны Нордланда",
        ),
        # the Kremlin's press service speaks for the Kremlin, a known body (`data/bodies`)
        ("В сообщении пресс-службы Кремля говорится, что переговоры идут.", "Кремль"),
    ],
)
def test_a_body_after_a_statement_or_report_is_proposed_in_the_nominative(
    sentence: str, name: str
) -> None:
    """What follows a statement or a report is in the genitive ("в докладе **группы**"),
    which "группы" or "Министерства" might not be elsewhere (a plural nominative)."""
    (found,) = suggest("ru", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == name


def test_an_office_in_the_nominative_leaves_the_name_after_it_as_written() -> None:
    """ "пресс-секретарь **президента** Никола Пашич": the name agrees with the head of the
    office, not with the genitive that completes it."""
    (found,) = suggest("ru", "Об этом заявил пресс-секретарь президента Никола Пашич.", speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == "Никола Пашич"


def _proposed(*sentences: str, speakers: list[Speaker] | None = None) -> list[str | None]:
    """The name each sentence's suggestion would register, or its registered speaker's id."""
    found = suggest("ru", *sentences, speakers=[] if speakers is None else speakers)
    return [(f.proposed_name or f.speaker) if f else None for f in found]


@pytest.mark.parametrize(
    ("said", "registered"),
    [
        ("Толстого", "Толстой"),  # was "Толстое": the adjective "толстый", in the neuter
        ("Льва Толстого", "Лев Толстой"),  # was "Лев Толстый"
        ("Донского", "Донской"),  # was "Донский": the dictionary knows the surname
        ("Ланового", "Лановой"),  # was "Лановый": in data/names/ru.json
        ("Чёрного", "Чёрный"),  # was "Чёрное"
        ("Крайнего", "Крайний"),  # was "Крайнее"
        # what was right stays
        ("Достоевского", "Достоевский"),
        ("Белого", "Белый"),
        ("Горького", "Горький"),
        ("Трубецкого", "Трубецкой"),
        ("Анны Толстой", "Анна Толстая"),  # her genitive: the surname's "-ой" is hers
        ("Ирины Яровой", "Ирина Яровая"),
    ],
)
def test_a_surname_declined_as_an_adjective_gets_its_own_nominative_ending(
    said: str, registered: str
) -> None:
    """ "По словам Толстого" proposed "Толстое", "По словам Льва Толстого" "Лев Толстый": a
    genitive in "-ого" was read as the adjective "толстый", though the surname is Толстой."""
    assert _proposed(f"По словам {said}, переговоры продолжатся на следующей неделе.") == [
        registered
    ]


@pytest.mark.parametrize(
    ("sentence", "registered"),
    [
        ("Толстым было заявлено, что переговоры продолжатся.", "Толстой"),  # was "Толстый"
        ("Белым было заявлено, что переговоры продолжатся.", "Белый"),
        ("Горьким было заявлено, что переговоры продолжатся.", "Горький"),
    ],
)
def test_a_surname_in_the_instrumental_gets_its_own_nominative_ending(
    sentence: str, registered: str
) -> None:
    assert _proposed(sentence) == [registered]


def test_a_surname_in_the_dative_is_never_proposed_as_the_adjective() -> None:
    """ "Об этом сообщил Толстому." proposed "Толстый", then "Толстой". Tolstoy is told
    here, not telling: nobody is proposed (`rules._past_addressee`)."""
    assert _proposed("Об этом сообщил Толстому.") == [None]


@pytest.mark.parametrize(
    ("found", "case", "registered"),
    [
        ("Толстого", "gent", "Толстой"),
        ("Толстому", "datv", "Толстой"),
        ("Толстым", "ablt", "Толстой"),
        ("Толстом", "loct", "Толстой"),  # "о Толстом"
        ("Горькому", "datv", "Горький"),
        ("Горьком", "loct", "Горький"),
        ("Достоевскому", "datv", "Достоевский"),
        ("Белому", "datv", "Белый"),
        ("Белом", "loct", "Белый"),
        ("Полевым", "ablt", "Полевой"),
        ("Лановому", "datv", "Лановой"),
        # after "ж", "ш", "ч", "щ" an unstressed "-ий" declines in "-его", so "-ого" is "-ой"
        ("Большого", "gent", "Большой"),
        ("Рыжего", "gent", "Рыжий"),
        # a surname declined as a noun is no adjective: "-ым", "-ом" are its endings too
        ("Лавровым", "ablt", "Лавров"),
        ("Путиным", "ablt", "Путин"),
        # hers: "-ой" in every oblique case
        ("Толстой", "gent", "Толстая"),
        ("Толстой", "datv", "Толстая"),
    ],
)
def test_each_case_of_an_adjectival_surname_is_put_in_the_nominative(
    found: str, case: str, registered: str
) -> None:
    proposal = NewSpeaker(found, (), "person", found)
    assert registered_form(proposal, "ru", case).name == registered


def test_a_surname_nothing_tells_takes_the_plain_adjectival_ending() -> None:
    """No document, register, dictionary or list says "Лесовой": "-ого" is read as "-ый",
    the commoner ending after a hard consonant, not guessed from the adjective's stress."""
    assert _proposed("По словам Лесового, переговоры продолжатся.") == ["Лесовый"]


def test_the_nominative_the_document_writes_decides_the_ending() -> None:
    """ "Андрей Лесовой" later in the article (a first name in the nominative before it),
    or "Лесовой заявил" before: «По словам Лесового» is Лесовой, one person, not a
    second speaker "Лесовый" (the deputy the narration introduces, in full: "Депутат" is
    his job, no word of his name)."""
    assert _proposed(
        "По словам Лесового, переговоры продолжатся.",
        "Депутат Андрей Лесовой выступил в Думе в среду.",
    ) == ["Андрей Лесовой", None]
    assert _proposed(
        "Лесовой заявил, что переговоры продолжатся.",
        "По словам Лесового, переговоры продолжатся.",
    ) == ["Лесовой", "Лесовой"]
    # her name in another case tells nothing of his ending: hers is "-ой" in every one
    assert _proposed(
        "Депутат встретился с Анной Лесовой в среду.",
        "По словам Лесового, переговоры продолжатся.",
    ) == [None, "Лесовый"]


def test_the_nominative_a_registered_speaker_is_named_by_decides_the_ending() -> None:
    """Registered from an English article as "Andrei Lesovoy": «По словам Лесового» is him,
    not a new "Лесовое"; registered as "Лев Толстой", «Толстого» is him."""
    lesovoy = Speaker(id="lesovoy", name="Andrei Lesovoy", kind="person")
    assert _proposed("По словам Лесового, переговоры продолжатся.", speakers=[lesovoy]) == [
        "lesovoy"
    ]
    tolstoy = Speaker(id="tolstoy", name="Лев Толстой", kind="person")
    assert _proposed("По словам Толстого, переговоры продолжатся.", speakers=[tolstoy]) == [
        "tolstoy"
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Аая Ёё\tЛевТолстойab.,\n", max_size=60), st.data())
def test_the_word_before_a_surname_is_found_as_a_search_from_the_start_finds_it(
    text: str, data: st.DataObject
) -> None:
    """Stepping back from the surname finds what searching the whole text before it found
    (that search made a long Russian document quadratic: 16 s for 300 KB); only spaces
    stand between, never a line break ("Лев\nТолстой" is no first name and surname)."""
    import re

    from claimtrack.attribution import morphology

    end = data.draw(st.integers(0, len(text)))
    want = re.compile(r"([А-ЯЁа-яё]+)[ \t]+\Z").search(text[:end])
    got = morphology._word_before(text, end)
    assert (got and (got.start(), got.group(1))) == (want and (want.start(), want.group(1)))


def test_a_first_name_ending_the_line_before_is_not_the_surname_s() -> None:
    from claimtrack.attribution.morphology import attested_in

    assert not attested_in("Сказал Андрей \nЛесовой.")  # a line ending in a space, then a name
    assert attested_in("Сказал Андрей Лесовой.")
