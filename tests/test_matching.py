"""Fuzzy speaker lookup: what an analyst types finds the one speaker they mean, or says why not."""

from __future__ import annotations

import pytest

from claimtrack.errors import AmbiguousError, NotFoundError
from claimtrack.matching import rank
from claimtrack.services.lookup import find_speaker
from claimtrack.services.speakers import add_speaker, edit_speaker
from claimtrack.store import Store


@pytest.fixture
def store() -> Store:
    s = Store.memory()
    add_speaker(s, "Azerbaijan Ministry of Defence", ["Kementerian pertahanan Azerbaijan"])
    add_speaker(s, "Russian Foreign Ministry", ["kementerian luar negeri Rusia"])
    add_speaker(s, "Nagorno-Karabakh officials", ["Pejabat Nagorno-Karabakh"])
    add_speaker(s, "Karabakh army")
    add_speaker(s, "Ilham Aliyev", ["Aliyev", "Алиев"])
    add_speaker(s, "Vladimir Putin", ["Putin", "Путин"])
    return s


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("defence ministry", "Azerbaijan Ministry of Defence"),
        ("NK officials", "Nagorno-Karabakh officials"),
        ("Karabakh oficials", "Nagorno-Karabakh officials"),
        ("aliev", "Ilham Aliyev"),
        ("АЛИЕВ", "Ilham Aliyev"),
        ("putin", "Vladimir Putin"),
        ("kementerian pertahanan", "Azerbaijan Ministry of Defence"),
        ("Pejabat nagorno karabakh", "Nagorno-Karabakh officials"),
    ],
)
def test_what_the_analyst_types_finds_the_speaker(store: Store, typed: str, expected: str) -> None:
    assert find_speaker(store, typed).name == expected


@pytest.mark.parametrize("typed", ["Karabakh", "ministry"])
def test_a_name_shared_by_several_speakers_is_ambiguous(store: Store, typed: str) -> None:
    with pytest.raises(AmbiguousError) as exc:
        find_speaker(store, typed)
    assert len(exc.value.candidates) >= 2


@pytest.mark.parametrize(
    "typed",
    ["Emmanuel Macron", "kementerian luar negeri Armenia", "Menteri Luar Negeri Turki"],
)
def test_a_name_no_speaker_has_is_not_found(store: Store, typed: str) -> None:
    with pytest.raises(NotFoundError):
        find_speaker(store, typed)


def test_ranking_as_you_type_puts_prefix_matches_first() -> None:
    names = [("a", "Ilham Aliyev"), ("b", "Vladimir Putin"), ("c", "Nikol Pashinyan")]
    assert [m.key for m in rank("pu", names)][:1] == ["b"]
    assert [m.key for m in rank("pash", names)][:1] == ["c"]


def test_names_rank_across_scripts() -> None:
    from claimtrack.matching import rank_across_scripts, romanised_names

    names = romanised_names(
        [("nk", "Nagorno-Karabakh officials"), ("ht", "Унан Татевосян"), ("pu", "Vladimir Putin")]
    )
    assert rank_across_scripts("карабах", names)[0].key == "nk"
    assert rank_across_scripts("tatevosyan", names)[0].key == "ht"
    assert rank_across_scripts("Путин", names)[0].key == "pu"
    assert rank("карабах", names) == []  # plain ranking stays within a script


def test_a_name_spelt_with_z_in_one_script_and_ts_in_the_other_is_found_both_ways() -> None:
    """ "Ренц" romanises as "rents": typing "Renz" (as the press spells him) found nobody."""
    from claimtrack.matching import rank_across_scripts, romanised_names

    cyrillic = romanised_names([("renz", "Ренц"), ("other", "Рената Литвинова")])
    assert [m.key for m in rank_across_scripts("Renz", cyrillic, cutoff=80)] == ["renz"]
    latin = romanised_names([("renz", "Arkady Renz"), ("other", "Arkady Volkov")])
    assert [m.key for m in rank_across_scripts("Аркадий Ренц", latin, cutoff=80)] == ["renz"]


def test_a_name_outranks_another_speakers_alias(store: Store) -> None:
    """Two analysts' stores merged in git: one registered "Aliyev" as Ilham Aliyev's alias,
    the other a speaker named "Aliyev". Typing the name was refused as ambiguous."""
    from claimtrack.model import Speaker

    with store.transaction("speaker.add", "add speaker Aliyev") as tx:  # as the merge left it
        tx.put(Speaker(id=tx.new_id(), name="Aliyev", kind="person"))
    assert find_speaker(store, "aliyev").name == "Aliyev"
    assert find_speaker(store, "Ilham Aliyev").name == "Ilham Aliyev"


def test_a_name_ranks_above_an_alias_it_ties_with() -> None:
    """Equal scores went alphabetically: "putin" listed the Kremlin (alias "Putin's office")
    above Vladimir Putin."""
    names = [("k", "Kremlin"), ("k", "Putin's office"), ("p", "Vladimir Putin")]
    ranked = rank("putin", names)
    assert [m.key for m in ranked] == ["p", "k"] and ranked[0].score == ranked[1].score


@pytest.mark.parametrize("typed", ["Polhukam", "Kemenko", "Kemenko Polhukam"])
def test_a_name_only_like_a_registered_one_is_not_taken_for_it(typed: str) -> None:
    """`tag ST Polhukam`, the ministry not registered, tagged its minister Bambang W.
    Prasetyo through his alias "Menko Polkam" (scores 86 and 83): no typo, another name."""
    from claimtrack.errors import UnknownSpeakerError

    store = Store.memory()
    minister = add_speaker(store, "Bambang W. Prasetyo", ["Security Minister", "Menko Polkam"])
    with pytest.raises(UnknownSpeakerError) as exc:
        find_speaker(store, typed)
    assert exc.value.candidates == [minister.id]
    assert 'Bambang W. Prasetyo (as "Menko Polkam")' in str(exc.value)
    assert find_speaker(store, "Menko").id == minister.id  # a word of it still finds it
    assert find_speaker(store, "Prasetio").id == minister.id  # and so does a typo


@pytest.mark.parametrize("typed", ["Aliyef", "Alyiev", "Ilham Aliev", "Алиева"])
def test_a_typo_or_an_ending_still_finds_the_speaker(store: Store, typed: str) -> None:
    assert find_speaker(store, typed).name == "Ilham Aliyev"


def test_a_typo_on_top_of_a_respelling_by_sound_is_no_name() -> None:
    """ "Aliyef" sounds as "alief", one letter from "Arief": it is neither."""
    from claimtrack.errors import UnknownSpeakerError

    store = Store.memory()
    add_speaker(store, "Arief Nugroho", kind="person")
    with pytest.raises(UnknownSpeakerError):
        find_speaker(store, "Aliyef")


def test_only_a_typed_word_clearly_in_a_name_makes_the_match_clear() -> None:
    names = [("m", "Kemenko Polhukam"), ("b", "Bambang W. Prasetyo")]
    assert not any(m.clear for m in rank("tempo", names, cutoff=40))
    assert all(rank(typed, names)[0].clear for typed in ("kemen", "Bambnag", "prasetio"))


def test_a_typed_word_only_sharing_letters_with_a_name_gives_it_no_score() -> None:
    """ "perawat" (a nurse) and "pasukan" (troops) scored ~70 against "Perdana Menteri
    Armenia" and "Pashinyan" by the letters they share, and "Kementerian Pertahanan Kestria"
    ranked Pashinyan's office above the ministry typed: a typed word no word of the name is,
    however written, adds nothing; one that is (a typo, a start, a case ending) still does."""
    names = [
        ("p", "Perdana Menteri Armenia"),
        ("p", "Nikol Pashinyan"),
        ("d", "Kementerian Pertahanan Azerbaijan"),
    ]
    assert [m.key for m in rank("perawat", names, cutoff=40)] == []
    assert [m.key for m in rank("pasukan", names, cutoff=40)] == []
    assert [m.key for m in rank("Kementerian Pertahanan Kestria", names, cutoff=40)] == ["d"]
    assert [m.key for m in rank("pashniyan", names, cutoff=40)] == ["p"]
    assert rank("Perdana Mentri", names, cutoff=40)[0].key == "p"


@pytest.mark.parametrize("typed", ["Алиева", "Алиеву", "Ильхама Алиева", "Aliev"])
def test_a_surname_in_a_russian_case_is_clearly_the_registered_name(typed: str) -> None:
    """`tag ST Алиева` was refused as "only alike" Ilham Aliyev once names had to be clear
    (a review): a case ending on a name spelt otherwise ("alieva" / "aliyev") is no other
    name."""
    store = Store.memory()
    aliyev = add_speaker(store, "Ilham Aliyev", kind="person")
    add_speaker(store, "Arief Nugroho", kind="person")
    assert find_speaker(store, typed).id == aliyev.id


@pytest.mark.parametrize(
    ("typed", "word", "clear"),
    [
        ("ministry", "minister", False),  # a body is no office misspelt
        ("presidency", "president", False),
        ("korsakova", "korsak", False),  # a name lengthened is another name
        ("korsaka", "korsak", True),  # a case ending
        ("alieva", "aliyev", True),  # a case ending on a name spelt otherwise
        ("ministy", "ministry", True),  # a typo
    ],
)
def test_a_word_alike_is_clearly_it_only_when_a_typo_or_an_ending(
    typed: str, word: str, clear: bool
) -> None:
    from claimtrack.matching import clearly

    assert clearly(typed, word) is clear


@pytest.fixture
def titled() -> Store:
    """People registered with their offices as aliases, or with none, and bodies beside them:
    no alias holds a title and a name together ("President Aliyev" is not registered)."""
    s = Store.memory()
    add_speaker(
        s,
        "Vladimir Putin",
        ["Putin", "Russian President", "Presiden Rusia", "Путин", "Президент России"],
        kind="person",
    )
    add_speaker(s, "Ilham Aliyev", ["Aliyev", "Azerbaijani President"], kind="person")
    add_speaker(s, "Nikol Pashinyan", ["Pashinyan", "Armenian Prime Minister"], kind="person")
    add_speaker(s, "Mevlut Cavusoglu", ["Cavusoglu"], kind="person")
    add_speaker(s, "Lena Korsak", ["Mersland's Foreign Minister"], kind="person")
    add_speaker(s, "Russian Foreign Ministry", kind="ministry")
    add_speaker(s, "Mindef", kind="ministry")  # a body's name with no body's word in it
    add_speaker(s, "Azertac", kind="media")
    return s


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("President Putin", "Vladimir Putin"),  # the title of one alias, the name of another
        ("Presiden Putin", "Vladimir Putin"),
        ("президент Путин", "Vladimir Putin"),
        ("президента России Путина", "Vladimir Putin"),  # a case, the place of the office
        ("Russian President Putin", "Vladimir Putin"),
        ("President Vladimir Putin", "Vladimir Putin"),
        ("President Putim", "Vladimir Putin"),  # a typo, as "Putim" alone finds him
        ("President Aliyev", "Ilham Aliyev"),  # both are presidents: the name says who
        ("Prime Minister Pashinyan", "Nikol Pashinyan"),
        ("премьер-министр Пашинян", "Nikol Pashinyan"),
        ("Foreign Minister Cavusoglu", "Mevlut Cavusoglu"),  # no office registered at all
        ("Mr. Cavusoglu", "Mevlut Cavusoglu"),
    ],
)
def test_a_title_before_a_persons_name_finds_them(titled: Store, typed: str, expected: str) -> None:
    """`tag ST "President Putin"` found nobody: no alias holds both words, "Putin" is no
    word of "Russian President" nor "President" one of "Vladimir Putin"."""
    assert find_speaker(titled, typed).name == expected


def test_a_title_before_a_name_only_alike_is_refused_with_whom_it_looks_like(
    titled: Store,
) -> None:
    """ "Korsakova" is another surname, not "Korsak" in a case, title or no title."""
    from claimtrack.errors import UnknownSpeakerError

    korsak = find_speaker(titled, "Lena Korsak")
    with pytest.raises(UnknownSpeakerError) as exc:
        find_speaker(titled, "President Korsakova")
    assert exc.value.candidates == [korsak.id]
    assert "no speaker is clearly 'President Korsakova', only alike: " in str(exc.value)


@pytest.mark.parametrize(
    "typed",
    [
        "Minister Mindef",  # a ministry is no person with a title
        "Spokesman Russian Foreign Ministry",
        "Minister Azertac",  # nor an outlet
        "Presiden Rusia Azerbaijan",  # nor a place
        "Minister Azerbaijani",  # the place in his office's name is not his
        "Prime",  # a title alone
    ],
)
def test_a_title_before_no_persons_name_finds_nobody(titled: Store, typed: str) -> None:
    with pytest.raises(NotFoundError):
        find_speaker(titled, typed)


@pytest.mark.parametrize("typed", ["President", "Presiden"])
def test_a_title_alone_two_people_hold_finds_neither(titled: Store, typed: str) -> None:
    with pytest.raises(AmbiguousError) as exc:
        find_speaker(titled, typed)
    assert len(exc.value.candidates) == 2


def test_a_title_before_a_surname_two_people_share_is_ambiguous() -> None:
    """Two Aliyevs: "President Aliyev" names neither, as "Aliyev" alone does not; the one
    registered under the surname alone is meant by it, title or no title."""
    store = Store.memory()
    heydar = add_speaker(store, "Heydar Aliyev", kind="person")
    ilham = add_speaker(store, "Ilham Aliyev", kind="person")
    add_speaker(store, "Vladimir Putin", ["Russian President"], kind="person")
    for typed in ("Aliyev", "President Aliyev"):
        with pytest.raises(AmbiguousError) as exc:
            find_speaker(store, typed)
        assert set(exc.value.candidates) == {heydar.id, ilham.id}
        assert str(exc.value).startswith(f"speaker {typed!r} is ambiguous: ")
        assert str(exc.value).endswith("; give an id or more of the name")
    edit_speaker(store, ilham.id, add_aliases=["Aliyev"])
    assert find_speaker(store, "Aliyev").id == ilham.id
    assert find_speaker(store, "President Aliyev").id == ilham.id


def test_a_title_before_a_name_no_alias_spells_finds_them_and_no_body() -> None:
    """A person registered with an honorific in the name ("Dr Ahmed Yusuf", of no kind
    told) is found under another title; a speaker of no kind told whose name reads as no
    person's is no person ("Ankara", the Turkish government as the press calls it)."""
    store = Store.memory()
    yusuf = add_speaker(store, "Dr Ahmed Yusuf")
    add_speaker(store, "Ankara")
    assert find_speaker(store, "Professor Yusuf").id == yusuf.id
    with pytest.raises(NotFoundError):
        find_speaker(store, "Minister Ankra")


@pytest.mark.parametrize("typed", ["Kementerian Pertahanan Kestria", "Минобороны Кестрии"])
def test_a_ministry_named_in_another_language_is_the_one_registered(typed: str) -> None:
    """`tag ST "Kementerian Pertahanan Kestria"` found no speaker with "Defence Ministry of
    Kestria" registered (a country no list knows, so no body key): one kind of body of one
    country is that speaker, in any language. Another kind of body of it is not."""
    store = Store.memory()
    ministry = add_speaker(store, "Defence Ministry of Kestria", side="Kestria", kind="ministry")
    add_speaker(store, "Nikol Pashinyan", ["Perdana Menteri Armenia"], "Armenia", "person")
    assert find_speaker(store, typed).id == ministry.id
    with pytest.raises(NotFoundError):
        find_speaker(store, "Kementerian Luar Negeri Kestria")
