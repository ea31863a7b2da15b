"""Annotation services: changes an analyst makes in one step are one change, undone in one step."""

from __future__ import annotations

import pytest

from claimtrack.errors import ValidationError
from claimtrack.model import Claim, Event, Source, Speaker, Statement
from claimtrack.services import annotate, history
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store

TEXT = (
    "Karabakh officials accused Azerbaijan of shelling Martuni. "
    "Pemimpin Nagorno-Karabakh mengatakan pasukan Azerbaijan telah maju. "
    "The ministry said 1,166 troops had died."
)


@pytest.fixture
def store() -> Store:
    s = Store.memory()
    import_documents(s, [RawDocument(TEXT.encode(), "a.txt", lang="en")])
    add_speaker(s, "Karabakh officials", side="armenia")
    return s


def statements(store: Store) -> list[Statement]:
    return sorted(store.all(Statement), key=lambda st: st.start)


def test_tagging_with_a_new_speaker_is_one_change(store: Store) -> None:
    st = statements(store)[1]
    before = len(store.all(Event))
    tagged, speaker, claim = annotate.tag_as_new_speaker(store, st.id, "Pemimpin Nagorno-Karabakh")
    assert tagged.speaker == speaker.id and claim.speaker == speaker.id
    assert len(store.all(Event)) == before + 1
    history.undo(store)
    assert store.get(Speaker, speaker.id) is None
    assert store.get(Statement, st.id) == st


def test_a_new_speaker_must_not_already_exist(store: Store) -> None:
    st = statements(store)[1]
    with pytest.raises(ValidationError, match="already exists"):
        annotate.tag_as_new_speaker(store, st.id, "karabakh OFFICIALS")
    assert store.get(Statement, st.id) == st


def test_attaching_a_statement_to_a_claim_is_one_change(store: Store) -> None:
    first, _, third = statements(store)
    _, _, claim = annotate.tag(store, first.id, "Karabakh officials")
    attached = annotate.attach(store, third.id, claim.id)
    assert attached.claim == claim.id and attached.speaker == claim.speaker
    assert len(store.ids_where("statements", "claim", claim.id)) == 2
    assert len(store.all(Claim)) == 1
    history.undo(store)
    assert store.get(Statement, third.id) == third


def test_attaching_a_statement_that_has_a_claim_asks_for_a_merge(store: Store) -> None:
    first, second, _ = statements(store)
    _, _, claim = annotate.tag(store, first.id, "Karabakh officials")
    annotate.tag(store, second.id, "Karabakh officials")
    with pytest.raises(ValidationError, match="merge the claims"):
        annotate.attach(store, second.id, claim.id)


def test_the_source_is_untouched_by_annotation(store: Store) -> None:
    src = store.all(Source)[0]
    annotate.tag(store, statements(store)[0].id, "Karabakh officials")
    assert store.all(Source)[0] == src
