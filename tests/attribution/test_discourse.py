"""Cross-sentence rules: back-references, quotations over several sentences, statements."""

from __future__ import annotations

import pytest

from claimtrack.attribution.discourse import is_quotation
from claimtrack.model import Speaker
from tests.attribution.support import SPEAKERS, suggest, who


def speakers(lang: str, *sentences: str) -> list[str | None]:
    return [who(g) for g in suggest(lang, *sentences)]


def test_a_back_reference_gives_the_previous_sentence_its_speaker():
    assert speakers(
        "ru",
        "Президент России регулярно обсуждает ситуацию с лидерами двух стран.",
        "Об этом сообщил журналистам пресс-секретарь Дмитрий Песков.",
    ) == ["peskov", "peskov"]


def test_an_indonesian_back_reference_may_open_the_next_paragraph():
    got = suggest(
        "id",
        "“Penggunaan senjata terlarang adalah kejahatan perang.”",
        "\nHal itu disampaikan Presiden Aliyev dalam keterangan tertulis.",
    )
    assert [who(g) for g in got] == ["aliyev", "aliyev"]
    assert got[0] is not None and "refers back" in got[0].reason


def test_a_back_reference_never_overrides_a_speaker_of_its_own():
    assert speakers("ru", "Баку обвинил Ереван в обстреле.", "Об этом сообщил Песков.") == [
        "az",
        "peskov",
    ]


@pytest.mark.parametrize("quote", ["“", '"'])
def test_a_quotation_split_over_sentences_belongs_to_the_closing_attribution(quote):
    closing = "”" if quote == "“" else '"'
    assert speakers(
        "en",
        f"{quote}We will not stop.",
        "Our army is only answering fire.",
        f"We will go to the end,{closing} Aliyev said.",
    ) == ["aliyev", "aliyev", "aliyev"]


def test_a_quotation_standing_alone_continues_its_speaker_in_the_same_paragraph():
    assert speakers("en", "Aliyev said the army would continue.", "“We will go to the end.”") == [
        "aliyev",
        "aliyev",
    ]
    assert speakers("en", "Aliyev said the army would continue.", "\n“We will go to the end.”") == [
        "aliyev",
        None,
    ]
    assert speakers("en", "Fighting continued overnight.", "“It was terrible.”") == [None, None]


def test_is_quotation():
    assert is_quotation("“Every night it is the same.”")
    assert is_quotation("«Это ложь».")
    assert is_quotation('"Kami siap."')
    assert not is_quotation("“We are ready,” he said.")
    assert not is_quotation("“A.” And “B.”")


def test_a_statement_speaks_in_its_issuers_voice():
    got = suggest(
        "en",
        "Statement of the Ministry of Foreign Affairs of Armenia on the shelling of Stepanakert",
        "\nOn 28 October, Azerbaijan once again shelled Stepanakert.",
        "\nWe call on the co-chairs to act.",
        "\nYerevan, 28 October 2020",
    )
    assert [who(g) for g in got] == ["am-mfa", "am-mfa", "am-mfa", None]
    assert got[1] is not None and "statement of" in got[1].reason and got[1].score < 0.7


def test_a_headline_about_a_statement_is_not_a_statement():
    assert speakers(
        "en",
        "Statement of Armenia's foreign ministry angers Baku",
        "\nThe statement was published on Monday.",
    ) == [None, None]
    assert speakers(
        "ru", "Заявление МИД России в связи с обстрелом Степанакерта", "\nМосква обеспокоена."
    ) == ["ru-mfa", "ru-mfa"]


LAVROV = Speaker(
    id="lavrov",
    name="Sergei Lavrov",
    aliases=("Лавров", "Foreign Minister", "Министр иностранных дел России"),
    kind="person",
)
PUTIN = Speaker(id="putin", name="Vladimir Putin", aliases=("Путин", "Putin"), kind="person")
PASHINYAN = Speaker(id="pashinyan", name="Nikol Pashinyan", aliases=("Пашинян",), kind="person")


@pytest.mark.parametrize(
    ("lang", "sentences"),
    [  # "the minister" went to the last person quoted, Pashinyan, not to Lavrov named since
        ("ru", ("Пашинян заявил, что Ереван готов к переговорам.",
                "Вечером Лавров провел телефонные переговоры с турецким коллегой.",
                "«Мы не допустим новой войны», - отметил министр.")),
        ("en", ("Pashinyan said Yerevan was ready for talks.",
                "Lavrov met his Turkish counterpart in Moscow on Monday.",
                "The minister told reporters afterwards that a new war would not be allowed.")),
    ],
)  # fmt: skip
def test_an_office_names_the_person_an_earlier_sentence_mentions(
    lang: str, sentences: tuple[str, ...]
) -> None:
    got = suggest(lang, *sentences, speakers=[*SPEAKERS, LAVROV, PASHINYAN])
    assert [who(g) for g in got] == ["pashinyan", None, "lavrov"]


def test_a_pronoun_still_carries_the_last_speaker_quoted() -> None:
    got = suggest(
        "en",
        "Pashinyan said Yerevan was ready for talks.",
        "Lavrov met his Turkish counterpart in Moscow on Monday.",
        "He added that talks could start within days.",
        speakers=[*SPEAKERS, LAVROV, PASHINYAN],
    )
    assert [who(g) for g in got] == ["pashinyan", None, "pashinyan"]


@pytest.mark.parametrize(
    ("lang", "sentences"),
    [  # Putin holds no office of spokesman: Peskov, quoted before, still speaks
        ("en", ("Peskov said the talks had been useful.",
                "Putin met Aliyev in Moscow on Monday.",
                "The spokesman said a new round was planned.")),
        ("ru", ("Песков заявил, что переговоры были полезными.",
                "Путин встретился с Алиевым в Москве.",
                "Пресс-секретарь добавил, что новый раунд запланирован.")),
    ],
)  # fmt: skip
def test_a_person_merely_mentioned_does_not_take_an_office_they_do_not_hold(
    lang: str, sentences: tuple[str, ...]
) -> None:
    got = suggest(lang, *sentences, speakers=[*SPEAKERS, PUTIN])
    assert [who(g) for g in got] == ["peskov", None, "peskov"]


def test_an_indonesian_office_names_the_minister_an_earlier_sentence_mentions() -> None:
    """ "Menteri itu" took "itu" for the office word and matched nobody."""
    lavrov = Speaker(
        id="lavrov", name="Sergei Lavrov", aliases=("Lavrov", "Menteri Luar Negeri Sergei Lavrov"),
        kind="person",
    )  # fmt: skip
    got = suggest(
        "id",
        "Lavrov bertemu dengan mitranya dari Turki pada hari Senin.",
        "Menteri itu mengatakan pembicaraan berjalan baik.",
        speakers=[*SPEAKERS, lavrov],
    )
    assert [who(g) for g in got] == [None, "lavrov"]
