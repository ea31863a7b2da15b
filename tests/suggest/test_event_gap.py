"""Claims of two events years apart are not linked for a subject or a count they share.

A trial desk held an article on the 2020 Karabakh war beside 2025 reports of a strike on a
hospital in Velmora: Kestria's denial of striking the hospital was offered as the answer to
an accusation over Martuni ("shared subjects: strike"), and the 2025 toll of 42 as a rival
figure for the 2020 toll of 1,166 troops and 45 civilians. An article that names the place
again years later still meets the old claims.
"""

from __future__ import annotations

import pytest

from claimtrack.model import Statement
from claimtrack.services import annotate
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.linking import suggest_links
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store
from claimtrack.suggest import LinkCandidate
from claimtrack.suggest.lexicon import keys_match, phonetic_key

SPEAKERS = [  # name, aliases, side, kind
    ("Nagorno-Karabakh officials", (), "Nagorno-Karabakh", "officials"),
    ("Azerbaijani authorities", (), "Azerbaijan", "officials"),
    ("Defence Ministry of Kestria", ("Kestria's Defence Ministry",), "Kestria", "military"),
    ("Arkady Voss", ("Voss",), "Kestria", "person"),
    ("Regional Health Ministry", (), "Velmora", "officials"),
]

KARABAKH = (
    "Fighting over Nagorno-Karabakh enters second month\n\n"
    "Nagorno-Karabakh officials accused Azerbaijan of targeting the town of Martuni with "
    "military aircraft and other areas with missile strikes overnight.\n\n"
    "According to Nagorno-Karabakh officials, 1,166 of their troops and 45 civilians have "
    "been killed.\n"
)
VELMORA = (
    "Strike hits hospital in Velmora, dozens reported dead\n\n"
    "An air strike hit the main district hospital in Velmora late on Monday, killing at "
    "least 42 people, the regional health ministry said.\n\n"
    "The Defence Ministry of Kestria denied that its aircraft had struck the hospital.\n\n"
    'Voss said the figure of 42 dead was "a gross falsification".\n'
)
TAGS = {  # words of a statement -> its speaker
    "accused Azerbaijan": "Nagorno-Karabakh officials",
    "1,166": "Nagorno-Karabakh officials",
    "least 42": "Regional Health Ministry",
    "denied that": "Defence Ministry of Kestria",
    "figure of 42": "Arkady Voss",
}
OLD = ("accused Azerbaijan", "1,166")
NEW = ("least 42", "denied that", "figure of 42")


def desk(
    velmora: str = VELMORA, published: str | None = "2025-03-04", karabakh: str = KARABAKH
) -> tuple[dict[str, str], list[LinkCandidate]]:
    """The claims by the words of their statement, and every candidate, in a store holding
    the 2020 article (dated) and the 2025 one (published `published`)."""
    store = Store.memory()
    for name, aliases, side, kind in SPEAKERS:
        add_speaker(store, name, aliases, side=side, kind=kind)
    import_documents(
        store,
        [
            RawDocument(karabakh.encode(), "gatra.txt", outlet="Gatra", published="2020-11-01"),
            RawDocument(velmora.encode(), "reuters.txt", outlet="Reuters", published=published),
        ],
    )
    claims = {}
    for st in store.all(Statement):
        text = annotate.statement_text(store, st)
        for words, speaker in TAGS.items():
            if words in text:
                claims[words] = annotate.tag(store, st.id, speaker)[2].id
    assert set(claims) == set(TAGS), set(TAGS) - set(claims)
    return claims, suggest_links(store, limit=1000)


def across(claims: dict[str, str], cands: list[LinkCandidate]) -> list[LinkCandidate]:
    """The candidates pairing a 2020 claim with a 2025 one."""
    old, new = {claims[w] for w in OLD}, {claims[w] for w in NEW}
    return [c for c in cands if {c.a, c.b} & old and {c.a, c.b} & new]


def test_claims_years_apart_naming_nothing_in_common_are_not_paired() -> None:
    claims, cands = desk()
    assert across(claims, cands) == []
    # the 2025 claims still meet one another: the denial answers the strike told before it
    denial, strike = claims["denied that"], claims["least 42"]
    assert any(c.relation == "responds-to" and (c.a, c.b) == (denial, strike) for c in cands)


def test_an_article_naming_the_same_place_years_later_is_paired() -> None:
    claims, cands = desk(VELMORA.replace("struck the hospital", "struck Martuni"))
    denial, accusation = claims["denied that"], claims["accused Azerbaijan"]
    found = {c.relation: c for c in across(claims, cands) if {c.a, c.b} == {denial, accusation}}
    assert "responds-to" in found
    assert any("Martuni" in reason for reason in found["responds-to"].reasons)


def test_an_undated_toll_naming_nothing_in_common_is_no_rival_count() -> None:
    """With no date to part them, "42 dead" in Velmora and Karabakh's 1,166 troops and 45
    civilians share no place, person or side: two wars' tolls, not a numbers conflict."""
    claims, cands = desk(published=None)
    tolls = {claims["1,166"], claims["least 42"], claims["figure of 42"]}
    assert not [c for c in cands if c.relation == "contradicts" and {c.a, c.b} <= tolls]


def test_a_strike_alone_does_not_make_a_denial_answer_an_undated_accusation() -> None:
    """With no date to part them, the subject both share ("strike") is still no answer: a
    denial of striking a hospital meets no strike on Martuni."""
    claims, cands = desk(published=None)
    denial, accusation = claims["denied that"], claims["accused Azerbaijan"]
    assert not [c for c in cands if {c.a, c.b} == {denial, accusation}]


def test_a_persons_name_like_a_towns_keeps_no_pair_years_apart() -> None:
    """ "Shushan" (a nurse) is no "Shusha" (the town): the 2025 figure she gave is no rival to
    the 2020 toll told of Shusha, and no reason may say "shared names: Shushan"."""
    karabakh = KARABAKH.replace("have been killed.", "have been killed in Shusha.")
    velmora = VELMORA.replace(
        "the figure of 42 dead", "the figure of 42 dead, given by a nurse, Shushan Melikyan,"
    )
    claims, cands = desk(velmora, karabakh=karabakh)
    assert across(claims, cands) == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Shushan", "Shusha", False),
        ("Шушан", "Шуши", False),
        ("Shusha's", "Шуше", True),
        ("Shushi", "Şuşa", True),
        ("Ганджи", "Ganja", True),
    ],
)
def test_a_name_beginning_like_a_town_is_not_the_town(a: str, b: str, same: bool) -> None:
    assert keys_match(phonetic_key(a), phonetic_key(b)) is same
