"""A trial on disaster coverage: bodies in charge of something (emergencies, disaster relief)
and those who speak for them, in wire, Russian and Indonesian prose. Each sentence is as
the article wrote it; each test names what the Reader proposed instead."""

from __future__ import annotations

import pytest

from tests.attribution.support import suggest


def proposal(lang: str, sentence: str) -> tuple[str, str] | None:
    """The (name, kind) proposed for one sentence with no speaker registered."""
    (found,) = suggest(lang, sentence, speakers=[])
    return (found.proposal.name, found.proposal.kind) if found and found.proposal else None


@pytest.mark.parametrize(
    ("lang", "sentence", "name", "kind"),
    [
        ("en", "A spokesman for the Emergencies Ministry said the dam had burst.",
         "Emergencies Ministry", "ministry"),
        ("ru", "Представитель Министерства по чрезвычайным ситуациям заявил, что дамба прорвана.",
         "Министерство по чрезвычайным ситуациям", "ministry"),
        ("ru", "Представитель МЧС заявил, что дамба прорвана.", "МЧС", "ministry"),
        ("ru", "Пресс-секретарь МЧС заявил, что дамба прорвана.", "МЧС", "ministry"),
        # a press service speaks for its body as a spokesman does («Пресс-служба МЧС» was
        # proposed whole, and only «пресс-служба МЧС России» after its verb was not)
        ("ru", "Пресс-служба МЧС сообщила, что дамба прорвана.", "МЧС", "ministry"),
        ("ru", "Как сообщила пресс-служба МЧС, дамба прорвана.", "МЧС", "ministry"),
        ("ru", "Официальный представитель Министерства обороны Армении заявил, что дамба цела.",
         "Министерство обороны Армении", "ministry"),
        ("ru", "По словам представителя Министерства по чрезвычайным ситуациям, дамба прорвана.",
         "Министерство по чрезвычайным ситуациям", "ministry"),
        ("ru", "Дамба прорвана, заявила представительница Комиссии по правам человека.",
         "Комиссия по правам человека", "government"),
        ("id", "Juru bicara TNI mengatakan bendungan itu jebol.", "TNI", "military"),
    ],
)  # fmt: skip
def test_a_spokesman_of_a_named_body_proposes_the_body(
    lang: str, sentence: str, name: str, kind: str
) -> None:
    """«Представитель МЧС заявил» proposed "Представитель МЧС", of kind other, where "A
    spokesman for the Emergencies Ministry said" proposed the ministry: English links the
    body to its spokesman ("for", `voice_links`), Russian and Indonesian put it right after
    him in the genitive, and only a body the lists know with its country ("Министерства
    обороны Армении") was taken from the phrase, left in the genitive."""
    assert proposal(lang, sentence) == (name, kind)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Представитель МЧС Иван Петров заявил, что дамба прорвана.", "Иван Петров"),
        ("Глава представительства ООН заявил, что дамба прорвана.",
         "Глава представительства ООН"),
        ("Представители Красного Креста заявили, что дамба прорвана.",
         "Представители Красного Креста"),
    ],
)  # fmt: skip
def test_whoever_is_more_than_a_bodys_voice_keeps_the_phrase(sentence: str, name: str) -> None:
    """A spokesman named is a person; a mission's head holds an office of his own; several
    representatives are people, as "spokesmen" are."""
    found = proposal("ru", sentence)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "A spokesman for the defence ministry said the dam had burst."),
        ("ru", "Представитель министерства обороны заявил, что дамба прорвана."),
    ],
)
def test_a_spokesman_of_a_ministry_of_no_country_is_nobody(lang: str, sentence: str) -> None:
    """A ministry described by its kind alone, with none the article names, is nobody, with
    or without its spokesman (`test_back_references`); «Представитель министерства обороны»
    was proposed whole."""
    assert proposal(lang, sentence) is None


AGENCY = "Национальное агентство по ликвидации последствий стихийных бедствий"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (f"{AGENCY} сообщило о 27 погибших.", AGENCY, "government"),
        ("Представитель Национального агентства по ликвидации последствий стихийных бедствий "
         "заявил, что дамба прорвана.", AGENCY, "government"),
        ("Национальная комиссия по правам человека заявила, что дамба прорвана.",
         "Национальная комиссия по правам человека", "government"),
        ("Информационное агентство ТАСС сообщило, что дамба прорвана.",
         "Информационное агентство ТАСС", "media"),
    ],
)  # fmt: skip
def test_a_body_named_by_its_remit_is_proposed_whole(sentence: str, name: str, kind: str) -> None:
    """«Национальное агентство по ликвидации …» proposed nobody: «по ликвидации …» was read
    as an adverbial ("по итогам заседания": no word of a remit, `remit_words`), a remit only
    made a name of a body word opening the phrase («Комиссия по правам человека»), never
    past an adjective, and «агентство» is a news agency's word: one in charge of something
    («агентство по», `kind_words`) is a state body. A news agency stays media."""
    assert proposal("ru", sentence) == (name, kind)


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (("Министерство по чрезвычайным ситуациям заявило, что дамба прорвана.",), None),
        (("МЧС Армении опубликовало видео.",
          "Министерство по чрезвычайным ситуациям заявило, что дамба прорвана."), "МЧС Армении"),
    ],
)  # fmt: skip
def test_an_emergencies_ministry_of_no_country_is_the_one_the_article_names(
    sentences: tuple[str, ...], name: str | None
) -> None:
    """«Министерство по чрезвычайным ситуациям» is the kind of ministry, as «Министерство
    обороны» is (`data/bodies`): opening a sentence with no country it is a description, the
    one ministry of that kind the article names, or nobody (`test_back_references`)."""
    found = suggest("ru", *sentences, speakers=[])[-1]
    assert (found.proposal.name if found and found.proposal else None) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Indonesian Forum for the Environment (Walhi) said the dam was poorly built.",
         "Indonesian Forum for the Environment"),
        ("The Forum for Democratic Change said the count was rigged.",
         "Forum for Democratic Change"),
    ],
)  # fmt: skip
def test_a_forum_named_by_its_remit_is_proposed_whole(sentence: str, name: str) -> None:
    """ "The Indonesian Forum for the Environment (Walhi) said" proposed "Indonesian Forum":
    "forum" was no body word (`kind_words`), so "for" ended the name as a preposition, where
    "the Commission on Human Rights" goes on to its remit (`remit_links`)."""
    assert proposal("en", sentence) == (name, "organisation")


@pytest.mark.parametrize(
    ("sentence", "name", "aliases"),
    [
        ("The Indonesian Forum for the Environment (Walhi) said the dam was poorly built.",
         "Indonesian Forum for the Environment", ("Walhi",)),
        ("Human Rights Watch (Reuters) said the dam was poorly built.", "Human Rights Watch", ()),
        # Indonesian NGOs' words ("wahana", "yayasan") were no body words: no short name
        ("Wahana Lingkungan Hidup Indonesia (Walhi) mengatakan bendungan itu dibangun buruk.",
         "Wahana Lingkungan Hidup Indonesia", ("Walhi",)),
        ("Yayasan Lembaga Bantuan Hukum Indonesia (YLBHI) menyatakan penangkapan itu melanggar "
         "hukum.", "Yayasan Lembaga Bantuan Hukum Indonesia", ("YLBHI",)),
        ("John Smith (Labour) said the dam was poorly built.", "John Smith", ()),
    ],
)  # fmt: skip
def test_initials_read_as_a_word_are_a_bodys_short_name(
    sentence: str, name: str, aliases: tuple[str, ...]
) -> None:
    """ "(Walhi)" was no short name: one with no two capitals was taken for a word such as
    "(Reuters)". After a body's name, a capitalised word no list knows as an outlet, title
    or place is its initials read as a word; after a person's it is none."""
    lang = "en" if " said " in sentence else "id"
    (found,) = suggest(lang, sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.aliases) == (name, aliases)


@pytest.mark.parametrize(
    "sentence",
    [
        "Агентство ООН по делам беженцев заявило, что тысячи людей бежали.",
        "Как сообщило Агентство ООН по делам беженцев, тысячи людей бежали.",
    ],
)
def test_a_un_agency_is_an_organisation_not_a_news_agency(sentence: str) -> None:
    """«Агентство ООН …» was filed as media (an «агентство» is a news agency), and after its
    verb it was taken for an outlet telling "ООН по делам беженцев", the speaker."""
    assert proposal("ru", sentence) == ("Агентство ООН по делам беженцев", "organisation")
