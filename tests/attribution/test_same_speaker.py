"""One speaker registered twice under a Latin and a Cyrillic name is noticed; others are not."""

from __future__ import annotations

import pytest

from claimtrack.attribution.same_speaker import likely_same, romanised, same_spelling
from claimtrack.model import Speaker


def speakers(*names: str) -> list[Speaker]:
    return [Speaker(id=f"s{i}", name=name) for i, name in enumerate(names)]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Vladimir Putin", "Владимир Путин"),
        ("Ilham Aliyev", "Ильхам Алиев"),
        ("Mevlüt Çavuşoğlu", "Мевлют Чавушоглу"),
        ("Arayik Harutyunyan", "Араик Арутюнян"),
        ("Armenpress", "Арменпресс"),
    ],
)
def test_a_name_and_its_transliteration_are_likely_one_speaker(latin: str, cyrillic: str) -> None:
    found = likely_same(speakers(latin, cyrillic, "Dmitry Peskov"))
    assert [m.other for m in found["s0"]] == ["s1"]
    assert [m.other for m in found["s1"]] == ["s0"]
    assert "s2" not in found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ministry of Defence of Armenia", "Ministry of Defence of Azerbaijan"),
        ("District administration 12", "District administration 13"),
        ("МИД", "MID"),  # too short to tell
        ("Vladimir Putin", "Дмитрий Песков"),
    ],
)
def test_alike_strings_that_are_different_names_are_not(a: str, b: str) -> None:
    assert likely_same(speakers(a, b)) == {}


def test_aliases_count_and_one_speaker_can_be_asked_about() -> None:
    people = [
        Speaker(id="a", name="Vladimir Putin", aliases=("Presiden Rusia",)),
        Speaker(id="b", name="Президент России", aliases=("Владимир Путин",)),
        Speaker(id="c", name="Ilham Aliyev"),
    ]
    found = likely_same(people, only="b")
    assert list(found) == ["b"]
    (match,) = found["b"]
    assert (match.other, match.name, match.other_name) == ("a", "Владимир Путин", "Vladimir Putin")
    assert romanised("Mevlüt Çavuşoğlu") == "mevlut cavusoglu"


@pytest.mark.parametrize(
    ("alone", "kind", "full"),
    [
        ("Pashinyan", "other", "Nikol Pashinyan"),  # "Pashinyan, berbicara ...": no kind
        ("Эрдоган", "person", "Recep Tayyip Erdogan"),
    ],
)
def test_a_surname_registered_alone_is_likely_the_person_with_that_last_name(
    alone: str, kind: str, full: str
) -> None:
    people = [
        Speaker(id="a", name=alone, kind=kind),
        Speaker(id="b", name=full, kind="person"),
        Speaker(id="c", name="Armenia", kind="other"),
    ]
    found = likely_same(people)
    assert [(m.other, m.other_name) for m in found["a"]] == [("b", full)]
    assert [m.other for m in found["b"]] == ["a"]
    assert likely_same(people, only="b")["b"][0].other == "a"
    assert "c" not in found


def test_a_last_word_of_a_body_is_no_surname() -> None:
    bodies = [
        Speaker(id="a", name="Armenia", kind="other"),
        Speaker(id="b", name="Ministry of Defence of Armenia", kind="ministry"),
    ]
    assert likely_same(bodies) == {}


def test_people_spelt_through_another_script_are_likely_one() -> None:
    """ "Реджеп Тайип Эрдоган" romanises to "redzhep taiip erdogan": only people get the
    looser word-by-word test (first names alike from their first letter on)."""
    people = [
        Speaker(id="a", name="Recep Tayyip Erdogan", kind="person"),
        Speaker(id="b", name="Реджеп Тайип Эрдоган", kind="person"),
    ]
    assert [m.other for m in likely_same(people)["a"]] == ["b"]
    bodies = [
        Speaker(id="a", name="Russian Foreign Ministry", kind="ministry"),
        Speaker(id="b", name="Romanian Foreign Ministry", kind="ministry"),
    ]
    assert likely_same(bodies) == {}
    cousins = [
        Speaker(id="a", name="Ilham Aliyev", kind="person"),
        Speaker(id="b", name="Heydar Aliyev", kind="person"),
    ]
    assert likely_same(cousins) == {}


def test_a_country_is_nobodys_surname() -> None:
    """`speaker similar` offered to merge Pashinyan and his spokeswoman into "Armenia": the
    last word of their offices ("Perdana Menteri Armenia") matched the country's name."""
    armenia = Speaker(id="am", name="Armenia", kind="other")
    pashinyan = Speaker(
        id="np", name="Nikol Pashinyan", aliases=("Perdana Menteri Armenia",), kind="person"
    )
    surname = Speaker(id="s", name="Pashinyan", kind="person")
    found = likely_same([armenia, pashinyan, surname])
    assert "am" not in found
    assert [f.other for f in found["np"]] == ["s"]


def test_a_name_spelt_through_russian_meets_its_press_spelling() -> None:
    """ "Хикмет Гаджиев" (romanised "khikmet gadzhiev") is "Hikmet Hajiyev": accepting both
    proposals registered one man twice, and `speaker similar` did not say so."""
    ru = Speaker(id="ru", name="Хикмет Гаджиев", kind="person")
    en = Speaker(id="en", name="Hikmet Hajiyev", kind="person")
    other = Speaker(id="o", name="Hikmet Cetin", kind="person")
    found = likely_same([ru, en, other])
    assert [f.other for f in found["ru"]] == ["en"]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Tayyip Erdogan", "Recep Tayyip Erdogan"),  # the wires' spelling
        ("Tayyip Erdogan", "Реджеп Тайип Эрдоган"),
        ("Тайип Эрдоган", "Recep Tayyip Erdogan"),
    ],
)
def test_a_name_that_leaves_out_a_given_name_is_likely_the_same_person(
    short: str, full: str
) -> None:
    people = [
        Speaker(id="a", name=short, kind="person"),
        Speaker(id="b", name=full, kind="person"),
        Speaker(id="c", name="Emine Erdogan", kind="person"),  # his wife: another given name
        Speaker(id="d", name="Recep Tayyip Erdogan Stadium", kind="other"),
    ]
    found = likely_same(people)
    assert [(m.other, m.other_name) for m in found["a"]] == [("b", full)]
    assert [m.other for m in found["b"]] == ["a"]
    assert [m.other for m in likely_same(people, only="b")["b"]] == ["a"]
    assert [m.other for m in likely_same(people, only="a")["a"]] == ["b"]
    assert "c" not in found and "d" not in found


def test_one_office_named_in_three_languages_is_likely_one_speaker() -> None:
    """A desk reading English, Indonesian and Russian copy registered Azerbaijan's defence
    ministry three times; the names share no letters, and `speaker similar` said nothing."""
    bodies = [
        Speaker(id="en", name="Azerbaijan's defence ministry", kind="ministry"),
        Speaker(id="ru", name="Министерство обороны Азербайджана", kind="ministry"),
        Speaker(id="id", name="Kementerian Pertahanan Azerbaijan", kind="ministry"),
        Speaker(id="am", name="Минобороны Армении", kind="ministry"),  # another country's
        Speaker(id="mfa", name="МИД Азербайджана", kind="ministry"),  # another office
    ]
    found = likely_same(bodies)
    assert sorted(m.other for m in found["en"]) == ["id", "ru"]
    assert [m.other for m in likely_same(bodies, only="ru")["ru"]] == ["en", "id"]
    assert "am" not in found and "mfa" not in found


def test_a_places_officials_named_in_three_languages_are_likely_one_speaker() -> None:
    """`speaker similar` did not pair "Officials in Nagorno-Karabakh" with "Pejabat
    Nagorno-Karabakh"."""
    bodies = [
        Speaker(id="en", name="Officials in Nagorno-Karabakh", kind="officials"),
        Speaker(id="id", name="Pejabat Nagorno-Karabakh", kind="officials"),
        Speaker(id="ru", name="Власти Карабаха", kind="government"),
        Speaker(id="az", name="Azerbaijani officials", kind="officials"),  # another place's
        Speaker(id="mod", name="Kementerian Pertahanan Armenia", kind="ministry"),
    ]
    found = likely_same(bodies)
    assert sorted(m.other for m in found["en"]) == ["id", "ru"]
    assert "az" not in found and "mod" not in found


def test_a_patronymic_is_no_given_name_and_a_spokeswoman_no_ministry() -> None:
    """ "Ilham Heydar oglu Aliyev" was paired with his father Heydar Aliyev, and the ministry's
    spokeswoman with her ministry (found by a review)."""
    people = [
        Speaker(id="ilham", name="Ilham Heydar oglu Aliyev", kind="person"),
        Speaker(id="father", name="Heydar Aliyev", kind="person"),
        Speaker(id="short", name="Ilham Aliyev", kind="person"),
        Speaker(id="lavrov", name="Sergei Viktorovich Lavrov", kind="person"),
        Speaker(id="sergey", name="Sergey Lavrov", kind="person"),
        Speaker(id="voice", name="Armenian defence ministry spokeswoman", kind="other"),
        Speaker(id="mod", name="Armenia's defence ministry", kind="ministry"),
        Speaker(id="mod-ru", name="Министерство обороны Армении", kind="ministry"),
    ]
    found = likely_same(people)
    assert [m.other for m in found["ilham"]] == ["short"]
    assert [m.other for m in found["lavrov"]] == ["sergey"]
    assert "father" not in found and "voice" not in found
    assert [m.other for m in found["mod"]] == ["mod-ru"]


def test_a_one_word_body_and_its_russian_stem_are_likely_one_speaker() -> None:
    """ "Кремль" (romanised "kreml") and "Kremlin" were never paired: too short apart for a
    ratio. A place is no such stem: "Armen" is not "Armenia"."""
    bodies = [
        Speaker(id="ru", name="Кремль", kind="government"),
        Speaker(id="en", name="Kremlin", kind="government"),
        Speaker(id="am", name="Armenia", kind="other"),
        Speaker(id="armen", name="Armen", kind="other"),
    ]
    found = likely_same(bodies)
    assert [m.other for m in found["ru"]] == ["en"]
    assert [m.other for m in likely_same(bodies, only="en")["en"]] == ["ru"]
    assert "am" not in found and "armen" not in found


def test_two_people_whose_offices_read_alike_are_not_one() -> None:
    """Ilham Aliyev, registered with the alias "Presiden Azerbaijan", was suggested for
    "Помощник президента Азербайджана Хикмет Гаджиев" (his aide), with the reason that
    Hajiyev "is registered as" Aliyev: the two offices read alike once romanised."""
    aliyev = Speaker(id="al", name="Ilham Aliyev", aliases=("Presiden Azerbaijan",), kind="person")
    aide = Speaker(
        id="hh", name="Хикмет Гаджиев", aliases=("Помощник президента Азербайджана",),
        kind="person",
    )  # fmt: skip
    assert likely_same([aliyev, aide]) == {}
    same = Speaker(id="ia", name="Ильхам Алиев", aliases=("Президент Азербайджана",), kind="person")
    assert [m.other for m in likely_same([aliyev, same], only="ia")["ia"]] == ["al"]


def test_a_first_name_registered_alone_is_likely_the_person_it_opens() -> None:
    """Accepting "…, kata Arif" registered "Arif" beside "Arif Santoso", and `speaker
    similar` said no two speakers looked alike (a fresh-user review)."""
    people = [
        Speaker(id="a", name="Arif", kind="other"),
        Speaker(id="b", name="Arif Santoso", kind="person"),
        Speaker(id="c", name="Arifin Hasan", kind="person"),  # another name, not a first name
        Speaker(id="d", name="Hendra Wijaya", kind="person"),
    ]
    found = likely_same(people)
    assert [(m.other, m.other_name) for m in found["a"]] == [("b", "Arif Santoso")]
    assert found["a"][0].score < 100  # below a surname: many people share a first name
    assert [m.other for m in likely_same(people, only="b")["b"]] == ["a"]
    assert "d" not in found


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Андрей Луговой", "Andrei Lugovoy"), ("Толстой", "Tolstoy"), ("Бойко", "Boyko")],
)
def test_russian_oi_is_the_press_spelling_oy(cyrillic: str, latin: str) -> None:
    """ "Толстой" romanises as "tolstoi", the press writes "Tolstoy": one spelling, so a
    surname proposed alone ("По словам Толстого") finds the person registered in English."""
    assert same_spelling(cyrillic, latin)
