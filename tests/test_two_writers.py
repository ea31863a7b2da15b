"""Two analysts' processes writing one store: each service reads what it changes again under
the writer's lock (`store.transaction` catches up with the other process first), so a change
a colleague made between our lookup and our write is neither lost nor overwritten (issue #6:
no lost update). `services.spans` is tested so in its own file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimtrack.attribution.attributor import SpeakerSuggestion
from claimtrack.errors import NotFoundError, ValidationError
from claimtrack.model import Claim, Link, Speaker, Statement
from claimtrack.services import annotate
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.integrity import check_store
from claimtrack.services.speakers import add_speaker, edit_speaker, merge_speakers
from claimtrack.store import Store
from tests.conftest import another_writer_first

TEXT = (
    "Hahn said 12 soldiers were killed in the attack. "
    "Ruiz said the attack was staged. "
    "Lind said nobody was killed."
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "desk.json", create=True)
    import_documents(s, [RawDocument(TEXT.encode(), "a.txt", lang="en")])
    add_speaker(s, "Viktor Hahn", aliases=["Hahn"], kind="person")
    add_speaker(s, "Ana Ruiz", aliases=["Ruiz"], kind="person")
    return s


def said_by(store: Store, name: str) -> Statement:
    """The statement that begins with `name`."""
    (src,) = store.docs("sources").values()
    (found,) = [
        st for st in store.all(Statement) if src["text"][st.start : st.end].startswith(name)
    ]
    return found


def claim_of(store: Store, st: Statement) -> Claim:
    now = store.get(Statement, st.id)
    assert now is not None and now.claim is not None
    claim = store.get(Claim, now.claim)
    assert claim is not None
    return claim


def test_a_tag_re_attributes_the_claim_a_colleague_just_made_of_the_statement(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read before the lock, the statement looked untagged: a second claim was made of it and
    the colleague's was left with no appearance ('check' complained)."""
    st = said_by(store, "Hahn")
    made: list[str] = []
    another_writer_first(
        store, monkeypatch, lambda other: made.append(annotate.tag(other, st.id, "Hahn")[2].id)
    )
    annotate.tag(store, st.id, "Ruiz")
    (ruiz,) = [sp for sp in store.all(Speaker) if sp.name == "Ana Ruiz"]
    assert [c.id for c in store.all(Claim)] == made  # one claim, theirs
    assert claim_of(store, st).speaker == ruiz.id  # now Ruiz's
    assert check_store(store) == []


@pytest.mark.parametrize("clear", [annotate.untag, annotate.mark_narration])
def test_untag_and_narration_take_away_the_claim_a_colleague_just_made(
    store: Store, monkeypatch: pytest.MonkeyPatch, clear: Any
) -> None:
    """The statement as read before the lock had no claim: the colleague's was left with no
    appearance."""
    st = said_by(store, "Hahn")
    another_writer_first(store, monkeypatch, lambda other: annotate.tag(other, st.id, "Hahn"))
    cleared = clear(store, st.id)
    assert cleared.claim is None and cleared.speaker is None
    assert store.all(Claim) == []
    assert check_store(store) == []


def test_attach_refuses_a_statement_a_colleague_just_tagged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked before the lock, the statement was moved into the claim named and the claim
    the colleague had just made of it was left with no appearance."""
    _, _, hahn = annotate.tag(store, said_by(store, "Hahn").id, "Hahn")
    lind = said_by(store, "Lind")
    another_writer_first(store, monkeypatch, lambda other: annotate.tag(other, lind.id, "Ruiz"))
    with pytest.raises(ValidationError, match="merge the claims instead"):
        annotate.attach(store, lind.id, hahn.id)
    assert claim_of(store, lind).id != hahn.id  # still the colleague's claim
    assert check_store(store) == []


def test_a_claim_merge_keeps_a_tag_a_colleague_just_gave_the_kept_claim(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, keep = annotate.tag(store, said_by(store, "Hahn").id, "Hahn")
    _, _, drop = annotate.tag(store, said_by(store, "Lind").id, "Hahn")
    another_writer_first(
        store, monkeypatch, lambda other: annotate.edit_claim(other, keep.id, add_tags=["Shushi"])
    )
    merged = annotate.merge_claims(store, keep.id, [drop.id])
    assert merged.tags == ("Shushi",)
    assert claim_of(store, said_by(store, "Lind")).tags == ("Shushi",)
    assert check_store(store) == []


def test_a_claim_merge_refuses_a_claim_a_colleague_just_re_attributed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One claim has one speaker: checked before the lock, Ruiz's claim became Hahn's."""
    _, _, keep = annotate.tag(store, said_by(store, "Hahn").id, "Hahn")
    lind = said_by(store, "Lind")
    _, _, drop = annotate.tag(store, lind.id, "Hahn")
    another_writer_first(store, monkeypatch, lambda other: annotate.tag(other, lind.id, "Ruiz"))
    with pytest.raises(ValidationError, match="different speakers"):
        annotate.merge_claims(store, keep.id, [drop.id])
    assert len(store.all(Claim)) == 2


def test_a_speaker_merge_keeps_an_alias_a_colleague_just_gave_the_kept_speaker(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    another_writer_first(
        store, monkeypatch, lambda other: edit_speaker(other, "Hahn", add_aliases=["Vik"])
    )
    merged = merge_speakers(store, "Hahn", ["Ruiz"])
    assert set(merged.aliases) == {"Hahn", "Vik", "Ana Ruiz", "Ruiz"}
    (only,) = store.all(Speaker)
    assert only == merged


def test_a_speaker_edit_keeps_an_alias_a_colleague_just_added(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    another_writer_first(
        store, monkeypatch, lambda other: edit_speaker(other, "Hahn", add_aliases=["Vik"])
    )
    edited = edit_speaker(store, "Hahn", note="Mersland's president")
    assert "Vik" in edited.aliases and edited.note == "Mersland's president"


def test_a_note_keeps_the_tag_a_colleague_just_made(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The statement written back as read before the lock lost the tag; its claim was left
    with no appearance."""
    st = said_by(store, "Hahn")
    another_writer_first(store, monkeypatch, lambda other: annotate.tag(other, st.id, "Hahn"))
    noted = annotate.set_statement_note(store, st.id, "check the count")
    assert noted.claim is not None and noted.note == "check the count"
    assert check_store(store) == []


def test_a_link_to_a_claim_a_colleague_just_merged_away_is_refused(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made anyway, the link pointed at a claim no longer there."""
    _, _, a = annotate.tag(store, said_by(store, "Hahn").id, "Hahn")
    _, _, b = annotate.tag(store, said_by(store, "Lind").id, "Hahn")
    _, _, c = annotate.tag(store, said_by(store, "Ruiz").id, "Ruiz")
    another_writer_first(
        store, monkeypatch, lambda other: annotate.merge_claims(other, a.id, [b.id])
    )
    with pytest.raises(NotFoundError, match=f"merged into claim {a.id}|{a.id}"):
        annotate.link_claims(store, b.id, c.id, "contradicts")
    assert store.all(Link) == []
    assert check_store(store) == []


def test_a_suggestion_is_not_accepted_for_a_statement_a_colleague_just_tagged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Accepting a suggestion is for an untagged statement (else "untag it first"): checked
    before the lock, the colleague's Hahn became the suggested Ruiz without a word."""
    st = said_by(store, "Hahn")
    (ruiz,) = [sp for sp in store.all(Speaker) if sp.name == "Ana Ruiz"]
    another_writer_first(store, monkeypatch, lambda other: annotate.tag(other, st.id, "Hahn"))
    with pytest.raises(ValidationError, match="already has a speaker: untag it first"):
        annotate.accept_suggestion(store, st.id, SpeakerSuggestion(ruiz.id, 0.9, "test"))
    assert claim_of(store, st).speaker != ruiz.id
    assert check_store(store) == []


def test_a_suggestion_is_not_accepted_for_a_statement_a_colleague_just_marked_narration(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """⏎ (and `tag --suggested`) is refused on a narration statement (it has no suggestion):
    checked before the lock only for a speaker, the colleague's "nobody's claim" became the
    suggested Ruiz's claim without a word."""
    st = said_by(store, "Hahn")
    (ruiz,) = [sp for sp in store.all(Speaker) if sp.name == "Ana Ruiz"]
    another_writer_first(store, monkeypatch, lambda other: annotate.mark_narration(other, st.id))
    with pytest.raises(ValidationError, match="narration"):
        annotate.accept_suggestion(store, st.id, SpeakerSuggestion(ruiz.id, 0.9, "test"))
    now = store.get(Statement, st.id)
    assert now is not None and now.narration and now.speaker is None
    assert store.all(Claim) == []
