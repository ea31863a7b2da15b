"""Sentences a new analyst's trial found unattributed or misnamed, in the three languages."""

from __future__ import annotations

import pytest

from claimtrack.attribution import Attributor
from claimtrack.attribution.same_speaker import likely_same
from claimtrack.model import Speaker
from tests.attribution.support import SPEAKERS, suggest, who

ORLAN = Speaker(id="orlan", name="Виктор Орлан", kind="person")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Kelmar's Defence Minister Viktor Orlan repeated on Wednesday that \"the "
               "strike was lawful\"."),
        ("en", "Viktor Orlan repeats that the strike was lawful."),
        ("en", "Viktor Orlan restated the strike was lawful."),
        ("en", "Viktor Orlan conceded the strike had hit the hospital."),
        ("ru", "Виктор Орлан повторил, что удар был законным."),
        ("ru", "«Удар был законным», — повторил Виктор Орлан."),
        ("ru", "Виктор Орлан настоял на том, что удар был законным."),
        ("id", "Viktor Orlan mengulangi bahwa serangan itu sah."),
        ("id", "Viktor Orlan bersikeras serangan itu sah."),
    ],
)  # fmt: skip
def test_repeating_insisting_and_conceding_are_speech(lang: str, sentence: str) -> None:
    """The registered person, written in another script, speaks: the verb was no cue."""
    (found,) = suggest(lang, sentence, speakers=[*SPEAKERS, ORLAN])
    assert who(found) == "orlan"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Армия повторила удар по городу."),
        ("id", "Pasukan itu mengulangi serangan ke desa itu."),
        ("en", "The town suffered repeated shelling overnight."),
    ],
)
def test_repeating_an_action_quotes_nobody(lang: str, sentence: str) -> None:
    """«повторил» and "mengulangi" repeat deeds as often as words: only with what was said
    after them (", что", "bahwa") or closing a quote are they speech."""
    (found,) = suggest(lang, sentence, speakers=[])
    assert found is None


@pytest.mark.parametrize(
    ("lang", "sentence", "speaker"),
    [
        ("en", "The hospital director, Pavel Sirko, put the overall toll at 21.", "+Pavel Sirko"),
        ("en", "Pavel Sirko puts the official death toll at 21.", "+Pavel Sirko"),
        ("en", "Pavel Sirko gave a death toll of 21.", "+Pavel Sirko"),
        ("en", "Pavel Sirko counted at least 21 dead.", "+Pavel Sirko"),
        ("ru", "Павел Сирко оценил число погибших в 21 человек.", "+Павел Сирко"),
        ("id", "Pavel Sirko menyebut jumlah korban mencapai 21 orang.", "+Pavel Sirko"),
    ],
)  # fmt: skip
def test_a_figure_given_is_a_claim(lang: str, sentence: str, speaker: str) -> None:
    """Who puts a toll at a number claims it: the sentence is theirs, not narration."""
    (found,) = suggest(lang, sentence, speakers=[])
    assert who(found) == speaker


def test_a_count_nobody_gives_quotes_nobody() -> None:
    (found,) = suggest("en", "Votes counted so far show a narrow lead.", speakers=[])
    assert found is None


def test_a_statement_split_before_while_names_no_while() -> None:
    """`statement split ST --before "while Kelmar"` leaves a statement opening with "while":
    the conjunction joined the clauses and is no part of the government's name."""
    text = (
        "Ostravia said the hospital was shelled deliberately, while Kelmar's government "
        "insisted the blast came from an ammunition depot."
    )
    cut = text.index("while")
    _, second = Attributor([]).suggest(text, [(0, cut - 1), (cut, len(text))], "en")
    assert second is not None and second.proposal is not None
    assert second.proposal.name == "Kelmar government"


@pytest.mark.parametrize(
    ("lang", "sentence", "name"),
    [
        ("en", "Whereas Kelmar's government insisted the blast was an accident.",
         "Kelmar government"),
        ("ru", "тогда как правительство Кельмара заявило, что взрыв был случайным.",
         "Правительство Кельмара"),
        ("ru", "в то время как Минобороны Кельмара заявило, что взрыв был случайным.",
         "Минобороны Кельмара"),
        ("id", "padahal pemerintah Kelmar menegaskan ledakan itu kecelakaan.",
         "Pemerintah Kelmar"),
    ],
)  # fmt: skip
def test_a_clause_opener_never_starts_a_name(lang: str, sentence: str, name: str) -> None:
    (found,) = suggest(lang, sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Defence Minister Marek Halas [of Ostravia] said the strike was deliberate.",
         "Marek Halas"),
        ("[link=evil.example]Ivan Petrov[/link] said the strike was deliberate.", "Ivan Petrov"),
        ("[bold]General Mark Stone[/bold] told reporters that 40 tanks were destroyed.",
         "Mark Stone"),
        ("Ivan Petrov] said the strike was deliberate.", "Ivan Petrov"),
        # The editor's substitution of who spoke keeps its name (blanked, nobody spoke).
        ("The talks failed, [Dmitry Peskov] said.", "Dmitry Peskov"),
        ("[The Kelmar defence ministry] said the strike was lawful.", "Kelmar defence ministry"),
    ],
)  # fmt: skip
def test_a_bracketed_insertion_is_no_part_of_a_name(sentence: str, name: str) -> None:
    """An editor's insertion or pasted markup in square brackets is read past: the name
    proposed, and the phrase it was found as, hold no bracket."""
    (found,) = suggest("en", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == name
    assert not set("[]") & set(found.proposal.mention + "".join(found.proposal.aliases))


def test_the_red_cross_is_the_icrc_in_every_language() -> None:
    """`speaker similar` pairs "Red Cross" with "Palang Merah Internasional" and «МККК»; a
    national society ("Palang Merah Indonesia", "Ukrainian Red Cross") is another body."""
    names = [
        "Red Cross",
        "Palang Merah Internasional",
        "МККК",
        "Красный Крест",
        "Palang Merah Indonesia",
        "Ukrainian Red Cross",
    ]
    speakers = [Speaker(id=str(n), name=name, kind="organisation") for n, name in enumerate(names)]
    alike = likely_same(speakers)
    assert {m.other for m in alike["0"]} == {"1", "2", "3"}
    assert "4" not in alike and "5" not in alike


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Kremlin officials said talks would resume.", "Kremlin officials", "officials"),
        ("White House officials said talks would resume.", "White House officials",
         "officials"),
        ("Kremlin spokesman said talks would resume.", "Kremlin", "government"),
        ("A Kremlin spokesman said talks would resume.", "Kremlin", "government"),
        ("Kremlin spokesman Dmitry Peskov said talks would resume.", "Dmitry Peskov", "person"),
    ],
)  # fmt: skip
def test_a_seat_of_government_speaks_for_its_state(sentence: str, name: str, kind: str) -> None:
    """ "Kremlin officials said" proposed nobody: a capital only opening the sentence is no
    sign of a name ("Local officials"), but the Kremlin is a known body, as the White
    House, two capitalised words, already was; its unnamed spokesman speaks for it."""
    (found,) = suggest("en", sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert (found.proposal.name, found.proposal.kind) == (name, kind)


def test_the_kremlin_is_one_body_in_every_script() -> None:
    names = ["Kremlin", "Кремль", "Администрация президента России", "White House"]
    speakers = [Speaker(id=str(n), name=name, kind="government") for n, name in enumerate(names)]
    alike = likely_same(speakers)
    assert {m.other for m in alike["0"]} == {"1", "2"}
