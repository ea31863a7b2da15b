"""A side is one side however it is typed: stored as the store spells it, compared ignoring
case and spacing everywhere (suggestions, colours, tables), and a likely typo is pointed out."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.errors import ValidationError
from claimtrack.export import export
from claimtrack.model import Speaker
from claimtrack.services.speakers import add_speaker, edit_speaker, side_hint
from claimtrack.snapshot import Snapshot
from claimtrack.store import Store
from claimtrack.suggest import LinkSuggester
from tests.conftest import Runner, store_state
from tests.test_suggest import ACCUSE, SPEAKERS, build


@pytest.fixture
def store() -> Store:
    s = Store.memory()
    add_speaker(s, "Arayik Harutyunyan", side="Armenia")
    add_speaker(s, "Azerbaijani Defence Ministry", side="Azerbaijan")
    return s


def test_a_side_typed_in_another_case_is_stored_as_the_store_spells_it(store: Store) -> None:
    assert add_speaker(store, "Armenian MoD", side=" armenia ").side == "Armenia"
    assert add_speaker(store, "Kremlin", side="Russia ").side == "Russia"  # new: as typed
    edited = edit_speaker(store, "Kremlin", side="AZERBAIJAN")
    assert edited.side == "Azerbaijan"
    assert edit_speaker(store, "Kremlin", side="").side is None  # blank clears it


def test_a_new_side_close_to_a_known_one_is_pointed_out(store: Store) -> None:
    hint = side_hint(store, "armnia")
    assert hint is not None and "did you mean 'Armenia'" in hint
    assert side_hint(store, "ARMENIA") is None  # known, only spelt otherwise
    assert side_hint(store, "Russia") is None  # new, and like no known side
    assert side_hint(store, None) is None


@pytest.mark.parametrize("name", ["\u200b", "\u202e", " \u200e "])
def test_a_speaker_name_must_have_a_visible_character(store: Store, name: str) -> None:
    before = store.version
    with pytest.raises(ValidationError, match="visible character"):
        add_speaker(store, name)
    assert store.version == before
    assert add_speaker(store, "Hikmet Hajiyev", aliases=["\u200b", "Hajiyev"]).aliases == (
        "Hajiyev",
    )


def _mixed_case(snapshot: Snapshot) -> Snapshot:
    """The same investigation where one analyst typed the other side in lower case."""
    speakers = {s.id: s for s in SPEAKERS}
    speakers["azmod"] = speakers["azmod"].replace(side="azerbaijan")
    speakers["azgov"] = Speaker("azgov", "Hikmet Hajiyev", side="Azerbaijan", kind="person")
    speakers["azpres"] = Speaker("azpres", "Ilham Aliyev", side="Azerbaijan", kind="person")
    return Snapshot(snapshot.sources, snapshot.statements, speakers, snapshot.claims)


def test_suggestions_and_exports_see_one_side_whatever_its_case() -> None:
    deny_own = "Azerbaijani Defence Ministry denied shelling Martuni."
    snap = _mixed_case(build([("en1", "en", "2020-10-31", [(ACCUSE, "azpres"),
                                                          (deny_own, "azmod")])]))  # fmt: skip
    assert snap.claim_side("en1-1") == "Azerbaijan"  # as most speakers spell it
    # one side: an accusation and a denial by the same side never contradict
    relations = {c.relation for c in LinkSuggester(snap).candidates()}
    assert "contradicts" not in relations
    dot = export(snap, "dot").decode()
    assert "side: Azerbaijan" in dot and "side: azerbaijan" not in dot


def test_the_cli_stores_the_known_spelling_and_refuses_a_likely_typo(cli: Runner, db: Path) -> None:
    """`--side Goverment` only warned, and stored the typo as a side of its own."""
    cli("speaker", "add", "Arayik Harutyunyan", "--side", "Armenia")
    added = cli("speaker", "add", "Armenian MoD", "--side", "armenia", "--json")
    assert added.json()["side"] == "Armenia" and "did you mean" not in added.err
    before = store_state(db)
    typo = cli("speaker", "add", "Shushan Stepanyan", "--side", "Armnia")
    assert typo.code == 1 and "did you mean 'Armenia'" in typo.err and "--new-side" in typo.err
    place = cli("speaker", "add", "Hikmet Hajiyev", "--side", "Azerbajan")
    assert place.code == 1 and "did you mean the place 'Azerbaijan'" in place.err
    edit = cli("speaker", "edit", "Armenian MoD", "--side", "Armenian")  # names Armenia
    assert edit.code == 1 and "did you mean 'Armenia'" in edit.err
    assert store_state(db) == before
    for other_place in ("Iran", "Iraq"):  # a place of its own is no typo ("Iraq" ~ "Iran")
        assert cli("speaker", "add", f"{other_place} MoD", "--side", other_place).code == 0
    kept = cli("speaker", "add", "Shushan Stepanyan", "--side", "Armnia", "--new-side", "--json")
    assert kept.code == 0 and kept.json()["side"] == "Armnia" and "did you mean" in kept.err
    assert cli("speaker", "add", "\u200b").code != 0
