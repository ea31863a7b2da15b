"""`tag` never puts a new speaker's words in a registered speaker's mouth on a name only
alike (a new-analyst trial: "Foreign Ministry" was tagged as the Foreign Minister)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Runner, store_state


@pytest.fixture
def statement(cli: Runner, tmp_path: Path) -> str:
    """One untagged statement, and Lena Korsak registered with her office as an alias."""
    text = tmp_path / "a.txt"
    text.write_text("The Foreign Ministry said the images were fabricated.\n")
    cli("init")
    cli("import", str(text))
    minister = "Mersland's Foreign Minister"
    cli("speaker", "add", "Lena Korsak", "--alias", minister, "--kind", "person")
    cli("speaker", "add", "Mira Hale", "--alias", "OpenSight analyst", "--kind", "person")
    return str(cli("statements", "--json").json()[0]["id"])


@pytest.mark.parametrize(
    ("typed", "alike"),
    [
        ("Foreign Ministry", "Lena Korsak"),  # the ministry is not its minister
        ("Mersland Foreign Ministry", "Lena Korsak"),
        ("Korsakova", "Lena Korsak"),  # another surname, not "Korsak" in a case
        ("OpenSight", "Mira Hale"),  # the outlet, not its analyst
    ],
)
def test_a_name_only_alike_is_refused_with_the_speaker_it_looks_like(
    cli: Runner, db: Path, statement: str, typed: str, alike: str
) -> None:
    before = store_state(db)
    r = cli("tag", statement, typed)
    assert r.code != 0 and r.out == ""
    assert f"no speaker is clearly {typed!r}, only alike" in r.err and alike in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert store_state(db) == before


@pytest.mark.parametrize(
    ("typed", "speaker"),
    [
        ("Korsak", "Lena Korsak"),
        ("Korsaka", "Lena Korsak"),  # a case ending
        ("Korsk", "Lena Korsak"),  # a typo
        ("Foreign Minister", "Lena Korsak"),
        ("OpenSight analyst", "Mira Hale"),
        ("Hale", "Mira Hale"),
    ],
)
def test_a_name_a_typo_or_a_case_of_it_still_tags(
    cli: Runner, statement: str, typed: str, speaker: str
) -> None:
    r = cli("tag", statement, typed)
    assert r.code == 0, r.err
    assert f"said by {speaker}" in r.err  # the message, as every change is told
