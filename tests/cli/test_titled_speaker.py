"""`tag ST "President Putin"` on the demo store: a title typed before a registered person's
name finds them, though no alias holds both words ("Russian President" and "Putin" are two
aliases; Mevlut Cavusoglu has no office registered at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Runner, store_state


@pytest.fixture
def statement(cli: Runner, db: Path) -> str:
    """The demo investigation, and the first statement nobody is tagged with."""
    assert cli("demo", "--path", str(db), "--no-tui", use_db=False).code == 0
    return str(cli("statements", "--untagged", "--json").json()[0]["id"])


@pytest.mark.parametrize(
    ("typed", "speaker"),
    [
        ("President Putin", "Vladimir Putin"),
        ("Presiden Putin", "Vladimir Putin"),  # Indonesian
        ("президент Путин", "Vladimir Putin"),  # Russian
        ("Prime Minister Pashinyan", "Nikol Pashinyan"),  # alias "Armenian Prime Minister"
        ("Foreign Minister Cavusoglu", "Mevlut Cavusoglu"),  # no office registered
        ("President Aliyev", "Ilham Aliyev"),  # his alias: never Putin, the other president
    ],
)
def test_a_title_before_a_registered_persons_name_tags_them(
    cli: Runner, statement: str, typed: str, speaker: str
) -> None:
    r = cli("tag", statement, typed)
    assert r.code == 0, r.err
    assert f"{statement} said by {speaker} (claim " in r.err


@pytest.mark.parametrize(
    ("typed", "refused"),
    [
        ("President Putinova", "no speaker matches 'President Putinova'"),  # no case of his
        ("Minister Azertac", "no speaker matches 'Minister Azertac'"),  # an outlet
        ("Prime", "no speaker is clearly 'Prime', only alike: "),  # a title alone
        ("President", "speaker 'President' is ambiguous: "),  # Aliyev and Putin both are
    ],
)
def test_a_title_before_no_registered_persons_name_tags_nobody(
    cli: Runner, db: Path, statement: str, typed: str, refused: str
) -> None:
    before = store_state(db)
    r = cli("tag", statement, typed)
    assert r.code != 0 and r.out == ""
    assert refused in r.err and len(r.err.strip().splitlines()) == 1
    assert store_state(db) == before
