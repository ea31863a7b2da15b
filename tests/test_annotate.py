"""Annotation services: changes an analyst makes in one step are one change, undone in one step."""

from __future__ import annotations

import pytest

from claimtrack.attribution.attributor import SpeakerSuggestion
from claimtrack.attribution.proposals import NewSpeaker
from claimtrack.errors import ValidationError
from claimtrack.model import Claim, Event, Link, Source, Speaker, Statement
from claimtrack.quantities import describe
from claimtrack.services import annotate, history
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.queries import SuggestionCache
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store

TEXT = (
    "Karabakh officials accused Azerbaijan of shelling Martuni. "
    "Pemimpin Nagorno-Karabakh mengatakan pasukan Azerbaijan telah maju. "
    "The ministry said 1,166 troops had died."
)


def imported(text: str, lang: str) -> Store:
    """A memory store holding one document."""
    s = Store.memory()
    import_documents(s, [RawDocument(text.encode(), "a.txt", lang=lang)])
    return s


@pytest.fixture
def store() -> Store:
    s = imported(TEXT, "en")
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


def proposing(text: str) -> tuple[Store, Statement, Statement, NewSpeaker]:
    """An Indonesian document of two statements and the new speaker the first proposes."""
    store = imported(text, "id")
    first, second = statements(store)
    proposal = SuggestionCache(store).for_source(first.source)[first.id].proposal
    assert proposal is not None
    return store, first, second, proposal


@pytest.mark.parametrize(
    ("text", "typed", "learned"),
    [
        ("Pejabat Nagorno-Karabakh menuduh Azerbaijan menargetkan kota Martuni. "
         "Menurut pejabat Nagorno-Karabakh, 1.166 pasukan mereka telah tewas.",
         "Nagorno-Karabakh officials", "Pejabat Nagorno-Karabakh"),
        # no word shared, one office of one country: `s` with "Russian Foreign Ministry"
        # registered no alias, so the next article proposed the Indonesian name again
        ("Kementerian luar negeri Rusia mengatakan Moskow siap menjadi penengah. "
         "Kementerian luar negeri Rusia juga menyerukan gencatan senjata.",
         "Russian Foreign Ministry", "Kementerian luar negeri Rusia"),
        # the proposal's initials in the name typed: "NK officials" (a TUI trial)
        ("Pejabat Nagorno-Karabakh menuduh Azerbaijan menargetkan kota Martuni. "
         "Menurut pejabat Nagorno-Karabakh, 1.166 pasukan mereka telah tewas.",
         "NK officials", "Pejabat Nagorno-Karabakh"),
    ],
)  # fmt: skip
def test_a_speaker_created_in_the_analysts_words_learns_the_proposed_name(
    text: str, typed: str, learned: str
) -> None:
    store, first, second, proposal = proposing(text)
    _, speaker, _ = annotate.tag_as_new_speaker(store, first.id, typed, proposal)
    assert learned.casefold() in [a.casefold() for a in speaker.aliases]
    # the next mention now names the registered speaker instead of proposing a duplicate
    later = SuggestionCache(store).for_source(first.source)[second.id]
    assert later is not None and later.speaker == speaker.id


def test_a_speaker_created_in_the_analysts_words_keeps_what_the_proposal_knew() -> None:
    store, first, _, proposal = proposing(
        "Pejabat Nagorno-Karabakh menuduh Azerbaijan menargetkan kota Martuni. "
        "Menurut pejabat Nagorno-Karabakh, 1.166 pasukan mereka telah tewas."
    )
    _, speaker, _ = annotate.tag_as_new_speaker(
        store, first.id, "Nagorno-Karabakh officials", proposal
    )
    assert speaker.side == "Nagorno-Karabakh"
    # another country's ministry is another body: nothing carried over
    store, first, _, proposal = proposing(
        "Kementerian luar negeri Rusia mengatakan Moskow siap menjadi penengah. "
        "Kementerian luar negeri Rusia juga menyerukan gencatan senjata."
    )
    _, other, _ = annotate.tag_as_new_speaker(
        store, first.id, "Armenian Foreign Ministry", proposal
    )
    assert other.aliases == ()
    # a name that shares no word with the proposal is another speaker: nothing carried over
    store = imported("Pejabat Nagorno-Karabakh menuduh Azerbaijan menembaki Martuni.", "id")
    (only,) = statements(store)
    proposal = SuggestionCache(store).for_source(only.source)[only.id].proposal
    _, other, _ = annotate.tag_as_new_speaker(store, only.id, "Arayik Harutyunyan", proposal)
    assert (other.aliases, other.side) == ((), None)
    # initials that are not the proposal's are another body's
    _, other, _ = annotate.tag_as_new_speaker(store, only.id, "AA officials", proposal)
    assert (other.aliases, other.side) == ((), None)
    history.undo(store)
    # two words' initials are too often another body's, typed to correct a wrong proposal
    # ("AP" for "Armenian Parliament", "UN" for "Ukrainian Navy", a review)
    for text, typed in (
        ("The Armenian Parliament said the vote was postponed.", "AP"),
        ("The Ukrainian Navy said two boats were sunk.", "UN"),
        ("The Ukrainian Security Service said it detained two agents.", "US officials"),
    ):
        store = imported(text, "en")
        (only,) = statements(store)
        proposal = SuggestionCache(store).for_source(only.source)[only.id].proposal
        assert proposal is not None
        _, other, _ = annotate.tag_as_new_speaker(store, only.id, typed, proposal)
        assert other.aliases == (), (typed, other.aliases)
    # three words' initials are the analyst's short form
    store = imported("The Rapid Support Forces said the town was taken.", "en")
    (only,) = statements(store)
    proposal = SuggestionCache(store).for_source(only.source)[only.id].proposal
    assert proposal is not None
    _, rsf, _ = annotate.tag_as_new_speaker(store, only.id, "RSF", proposal)
    assert "Rapid Support Forces" in rsf.aliases
    # one person's office ("the leader of Nagorno-Karabakh"): the name typed is who holds it
    store = imported("Pemimpin Nagorno-Karabakh mengatakan kota itu diserang.", "id")
    (only,) = statements(store)
    proposal = SuggestionCache(store).for_source(only.source)[only.id].proposal
    assert proposal is not None and proposal.kind == "other"
    _, leader, _ = annotate.tag_as_new_speaker(store, only.id, "Arayik Harutyunyan", proposal)
    assert (leader.aliases, leader.side) == (("Pemimpin Nagorno-Karabakh",), "Nagorno-Karabakh")


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
    # its numbers join the claim's, as a merge keeps every number ("1,166 troops had died")
    kept = store.get(Claim, claim.id)
    assert kept is not None and [q.low for q in kept.quantities] == [1166]
    history.undo(store)
    assert store.get(Statement, third.id) == third
    assert store.get(Claim, claim.id) == claim


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


def test_retagging_one_appearance_of_a_shared_claim_splits_it(store: Store) -> None:
    from claimtrack.services.integrity import check_store

    add_speaker(store, "Azerbaijan Ministry of Defence", side="azerbaijan")
    first, _, third = statements(store)
    _, _, claim = annotate.tag(store, first.id, "Karabakh officials")
    annotate.attach(store, third.id, claim.id)
    retagged, _, new_claim = annotate.tag(store, third.id, "Ministry of Defence")
    assert new_claim.id != claim.id
    assert store.get(Claim, claim.id).speaker == store.get(Statement, first.id).speaker  # type: ignore[union-attr]
    assert retagged.claim == new_claim.id
    assert check_store(store) == []


def test_claims_of_different_speakers_cannot_be_merged(store: Store) -> None:
    add_speaker(store, "Azerbaijan Ministry of Defence", side="azerbaijan")
    first, second, _ = statements(store)
    _, _, a = annotate.tag(store, first.id, "Karabakh officials")
    _, _, b = annotate.tag(store, second.id, "Ministry of Defence")
    with pytest.raises(ValidationError, match="different speakers"):
        annotate.merge_claims(store, a.id, [b.id])


def test_a_merge_never_loses_a_link_unseen_nor_makes_opposite_ones(store: Store) -> None:
    a, b, x = (annotate.tag(store, st.id, "Karabakh officials")[2].id for st in statements(store))
    link = annotate.link_claims(store, a, b, "supports")
    before = store.version
    with pytest.raises(ValidationError, match=f"linked \\({link.id}: supports\\); unlink it"):
        annotate.merge_claims(store, a, [b])
    assert store.version == before
    annotate.unlink(store, link.id)
    annotate.link_claims(store, a, x, "supports")
    annotate.link_claims(store, x, b, "contradicts")
    before = store.version
    with pytest.raises(ValidationError, match=f"would both contradict and support claim {x}"):
        annotate.merge_claims(store, a, [b])
    assert store.version == before
    assert {c.id for c in store.all(Claim)} == {a, b, x}


def _noted(store: Store, link: Link, note: str) -> Link:
    """`link` with a note written on it (as `link --note` would have)."""
    with store.transaction("note", "note a link") as tx:
        tx.put(link := link.replace(note=note))
    return link


@pytest.mark.parametrize("noted_one", ["first", "second"])
def test_a_merge_that_makes_two_links_one_keeps_the_note_and_undo_restores_both(
    store: Store, noted_one: str
) -> None:
    """Linked to B with a note and to C without, A kept only the link without when B
    and C were merged: the note ("no weapons in the basement") was gone unseen. Which of
    the two is kept follows their ids: the note is put on each in turn."""
    a, b, c = (annotate.tag(store, st.id, "Karabakh officials")[2].id for st in statements(store))
    links = sorted(
        [
            annotate.link_claims(store, a, b, "contradicts"),
            annotate.link_claims(store, a, c, "contradicts"),
        ],
        key=lambda lk: lk.id,
    )
    noted = _noted(store, links[0 if noted_one == "first" else 1], "JCMC found no weapons")
    before = {lk.id: lk for lk in store.all(Link)}
    annotate.merge_claims(store, c, [b])
    (kept,) = store.all(Link)
    assert {kept.a, kept.b} == {a, c} and kept.note == "JCMC found no weapons"
    assert kept.analyst and kept.created
    history.undo(store)
    assert {lk.id: lk for lk in store.all(Link)} == before
    assert store.get(Link, noted.id) == noted


def test_a_merge_folds_link_notes_once_each() -> None:
    """Both links noted: the one kept says both; a note the kept one already says stays once."""
    store = imported(TEXT, "en")
    add_speaker(store, "Karabakh officials", side="armenia")
    a, b, c = (annotate.tag(store, st.id, "Karabakh officials")[2].id for st in statements(store))
    annotate.link_claims(store, a, b, "supports", note="OSCE saw it")
    annotate.link_claims(store, a, c, "supports", note="Reuters photo")
    annotate.merge_claims(store, c, [b])
    (kept,) = store.all(Link)
    assert sorted(kept.note.split("; ")) == ["OSCE saw it", "Reuters photo"]  # type: ignore[union-attr]
    store2 = imported(TEXT, "en")
    add_speaker(store2, "Karabakh officials", side="armenia")
    a, b, c = (annotate.tag(store2, st.id, "Karabakh officials")[2].id for st in statements(store2))
    annotate.link_claims(store2, a, b, "supports", note="OSCE saw it")
    annotate.link_claims(store2, a, c, "supports", note="osce saw it ")
    annotate.merge_claims(store2, c, [b])
    (kept,) = store2.all(Link)
    assert kept.note is not None and kept.note.casefold().strip() == "osce saw it"


def test_a_merge_keeps_every_number_once_whatever_its_spelling() -> None:
    store = imported("Karabakh officials said 1,166 troops had died.", "en")
    text = b"Pejabat Nagorno-Karabakh mengatakan 1.166 pasukan dan 45 warga sipil telah tewas."
    import_documents(store, [RawDocument(text, "b.txt", lang="id")])
    add_speaker(store, "Karabakh officials", side="armenia")
    lang = {sid: doc["lang"] for sid, doc in store.docs("sources").items()}
    en, id_ = sorted(statements(store), key=lambda st: lang[st.source])
    keep = annotate.tag(store, en.id, "Karabakh officials")[2]
    drop = annotate.tag(store, id_.id, "Karabakh officials")[2]
    assert [q.low for q in keep.quantities] == [1166]
    assert sorted(q.low for q in drop.quantities) == [45, 1166]
    merged = annotate.merge_claims(store, keep.id, [drop.id])
    assert sorted(q.low for q in merged.quantities) == [45, 1166]
    assert merged.quantities[0].text == "1,166"  # the kept claim's own wording first


def test_a_merged_toll_is_listed_once_with_the_most_said_of_it() -> None:
    """Three reports of one toll ("120 civilians", "120 civilians killed", "120 people were
    killed") merged into one claim listed it three times in `show` and the brief (a desk
    trial): the figure said with the most stays, once; another figure stays beside it."""
    store = imported(
        "The RSF said the army shelled 120 civilians in the market. "
        "The RSF said army drones killed 120 civilians. "
        "The RSF said 120 people were killed and 35 wounded.",
        "en",
    )
    add_speaker(store, "RSF", side="RSF")
    a, b, c = (annotate.tag(store, st.id, "RSF")[2] for st in statements(store))
    merged = annotate.merge_claims(store, a.id, [b.id, c.id])
    described = [describe(q) for q in merged.quantities]
    assert described == ["120 civilians killed", "35 people wounded"]


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        # a count of things (drones, hostages) says nothing of a toll of the same value
        ("12 drones were shot down", "12 soldiers were killed", ["12", "12 troops killed"]),
        ("Hamas released 3 hostages", "3 soldiers were killed", ["3", "3 troops killed"]),
        # people counted are no distance of the same value
        ("120 people gathered at the market", "the convoy drove 120 km", ["120 people", "120 km"]),
    ],
)
def test_a_merge_keeps_a_figure_of_something_else_of_the_same_value(
    first: str, second: str, kept: list[str]
) -> None:
    """Merging a claim's two tellings kept only "12 troops killed" of "12 drones were shot
    down" and "12 soldiers were killed": a number saying nothing of what it counts was read
    as the toll said with less, and the drones were gone from `show` and every export."""
    store = imported(f"The RSF said {first}. The RSF said {second}.", "en")
    add_speaker(store, "RSF", side="RSF")
    a, b = (annotate.tag(store, st.id, "RSF")[2] for st in statements(store))
    merged = annotate.merge_claims(store, a.id, [b.id])
    assert sorted(describe(q) for q in merged.quantities) == sorted(kept)
    # read again from its appearances, the claim keeps both too
    (again,) = annotate.reread_numbers(store, [merged.id]) or [store.get(Claim, merged.id)]
    assert again is not None
    assert sorted(describe(q) for q in again.quantities) == sorted(kept)


def test_a_claim_takes_no_number_another_speaker_gives_in_its_statement() -> None:
    """Tagged as the ministry's denial, the statement's 23 dead (the Dravanian officials'
    figure) went on the ministry's claim, and the brief showed the ministry admitting them."""
    store = imported(
        "Kementerian Pertahanan Kalmeria membantah tuduhan itu, sementara pejabat Dravania "
        "mengatakan sedikitnya 23 warga sipil tewas. Kementerian Pertahanan Kalmeria "
        "mengatakan 4 tentara tewas, namun membantah 23 warga sipil tewas.",
        "id",
    )
    add_speaker(store, "Kementerian Pertahanan Kalmeria", kind="ministry")
    denial, own = statements(store)
    claim = annotate.tag(store, denial.id, "Kementerian Pertahanan Kalmeria")[2]
    assert claim.quantities == ()
    officials = annotate.tag_as_new_speaker(store, denial.id, "Pejabat Dravania")[2]
    assert [(q.low, q.subject) for q in officials.quantities] == [(23, "civilians")]
    kept = annotate.tag(store, own.id, "Kementerian Pertahanan Kalmeria")[2]
    assert sorted(q.low for q in kept.quantities) == [4, 23]  # its own voice, both clauses


def merged_pair() -> tuple[Store, Statement, Statement, Claim]:
    """The Reuters count (12 killed, 30 wounded) and Kompas' (12 killed) as one claim kept
    from Reuters: (store, Reuters' statement, Kompas', the claim)."""
    store = imported("Twelve civilians were killed and 30 wounded, Karabakh officials said.", "en")
    text = "Menurut pejabat Nagorno-Karabakh, dua belas warga sipil tewas di Martuni."
    import_documents(store, [RawDocument(text.encode(), "b.txt", lang="id")])
    add_speaker(store, "Karabakh officials", side="armenia")
    add_speaker(store, "Beglaryan")
    lang = {sid: doc["lang"] for sid, doc in store.docs("sources").items()}
    en, id_ = sorted(statements(store), key=lambda st: lang[st.source])
    keep = annotate.tag(store, en.id, "Karabakh officials")[2]
    drop = annotate.tag(store, id_.id, "Karabakh officials")[2]
    return store, en, id_, annotate.merge_claims(store, keep.id, [drop.id])


@pytest.mark.parametrize("leave", ["retag", "untag", "narration"])
def test_a_claim_an_appearance_leaves_stops_quoting_and_counting_it(leave: str) -> None:
    """Re-tagging Reuters' appearance left the claim quoting Reuters' sentence and counting
    its 30 wounded, though only Kompas' sentence was left in it (and in every export)."""
    store, en, _, claim = merged_pair()
    assert "Twelve civilians" in claim.summary and len(claim.quantities) == 2
    if leave == "retag":
        annotate.tag(store, en.id, "Beglaryan")
    elif leave == "untag":
        annotate.untag(store, en.id)
    else:
        annotate.mark_narration(store, en.id)
    kept = store.get(Claim, claim.id)
    assert kept is not None and kept.summary.startswith("Menurut pejabat Nagorno-Karabakh")
    assert [q.meaning() for q in kept.quantities] == [claim.quantities[0].meaning()]  # 12 killed
    history.undo(store)
    assert store.get(Claim, claim.id) == claim


def test_a_summary_the_analyst_wrote_stays_when_an_appearance_leaves() -> None:
    store, en, _, claim = merged_pair()
    annotate.edit_claim(store, claim.id, summary="Karabakh: 12 civilians killed in Martuni")
    annotate.tag(store, en.id, "Beglaryan")
    kept = store.get(Claim, claim.id)
    assert kept is not None and kept.summary == "Karabakh: 12 civilians killed in Martuni"


def test_a_merge_that_changes_the_verdict_in_force_says_so() -> None:
    """The merge printed only the appearances while claim A's 'mostly-true' became B's
    later 'true' (outcomes move with the appearances)."""
    store = imported("Karabakh officials said 12 civilians were killed in Martuni.", "en")
    text = b"Karabakh officials said twelve civilians had been killed in Martuni."
    import_documents(store, [RawDocument(text, "b.txt", lang="en")])
    add_speaker(store, "Karabakh officials")
    a, b = (annotate.tag(store, st.id, "Karabakh officials")[2] for st in statements(store))
    annotate.record_outcome(store, a.id, "mostly-true", date="2020-11-20")
    assert annotate.merge_verdict_note(store, a.id, [b.id]) is None  # B has no verdict
    annotate.record_outcome(store, b.id, "true", date="2020-11-21")
    note = annotate.merge_verdict_note(store, a.id, [b.id])
    assert note is not None and f"claim {a.id} is now judged true" in note
    assert "was mostly-true (2020-11-20)" in note
    assert annotate.merge_verdict_note(store, b.id, [a.id]) is None  # B's own verdict stays
    annotate.merge_claims(store, a.id, [b.id])
    in_force = annotate.verdict_in_force(store, a.id)
    assert in_force is not None and in_force.verdict == "true"


def test_check_reports_a_statement_whose_speaker_differs_from_its_claims(store: Store) -> None:
    from claimtrack.services.integrity import check_store

    add_speaker(store, "Azerbaijan Ministry of Defence", side="azerbaijan")
    first = statements(store)[0]
    tagged, _, _ = annotate.tag(store, first.id, "Karabakh officials")
    other = (
        store.all(Speaker)[0]
        if store.all(Speaker)[0].id != tagged.speaker
        else store.all(Speaker)[1]
    )
    with store.transaction("x", "corrupt by hand") as tx:
        tx.put(tagged.replace(speaker=other.id))
    assert any("its claim" in p for p in check_store(store))


def test_check_reports_a_pair_that_both_contradicts_and_supports(store: Store) -> None:
    from claimtrack.model import Link
    from claimtrack.services.integrity import check_store

    first, second = statements(store)[:2]
    a = annotate.tag(store, first.id, "Karabakh officials")[2].id
    b = annotate.tag(store, second.id, "Karabakh officials")[2].id
    annotate.link_claims(store, a, b, "contradicts")
    with store.transaction("x", "written by an older claimtrack") as tx:
        tx.put(Link(tx.new_id(), b, a, "supports"))
    assert any("both contradict and support" in p for p in check_store(store))


def test_editing_a_speaker_cannot_take_another_speakers_name(store: Store) -> None:
    from claimtrack.services.speakers import edit_speaker

    add_speaker(store, "Ilham Aliyev", ["Aliyev"])
    add_speaker(store, "Nikol Pashinyan")
    with pytest.raises(ValidationError, match="already exists"):
        edit_speaker(store, "Pashinyan", add_aliases=["aliyev"])
    with pytest.raises(ValidationError, match="already exists"):
        edit_speaker(store, "Pashinyan", name="Ilham Aliyev")
    assert edit_speaker(store, "Aliyev", add_aliases=["Алиев"]).aliases == ("Aliyev", "Алиев")


SEED_LIKE = (
    "Presiden Azerbaijan Ilham Aliyev mengatakan pasukannya akan berjuang sampai akhir.\n\n"
    "Aliyev, berbicara dalam pertemuan pada Minggu, juga mengatakan Armenia tidak berhak.\n\n"
    "Pemimpin Nagorno-Karabakh mengatakan pasukan Azerbaijan telah maju."
)


@pytest.fixture
def fresh() -> Store:
    return imported(SEED_LIKE, "id")


def _suggestions(store: Store) -> list[SpeakerSuggestion | None]:
    (source,) = store.docs(Source.TABLE)
    rows = SuggestionCache(store).for_source(source)
    return [rows[st.id] for st in statements(store)]


def test_accepting_a_proposal_registers_the_person_and_finds_the_surname_later(
    fresh: Store,
) -> None:
    first, second, _ = statements(fresh)
    proposal = _suggestions(fresh)[0]
    assert proposal is not None and proposal.proposal is not None
    before = len(fresh.all(Event))
    _, speaker, _ = annotate.tag_as_proposed(fresh, first.id, proposal.proposal)
    assert (speaker.name, speaker.aliases, speaker.kind, speaker.side) == (
        "Ilham Aliyev",
        ("Presiden Azerbaijan",),
        "person",
        "Azerbaijan",  # the country his office names
    )
    assert len(fresh.all(Event)) == before + 1
    later = _suggestions(fresh)[1]  # "Aliyev, berbicara ...": now the registered speaker
    assert later is not None and later.speaker == speaker.id
    annotate.tag(fresh, second.id, later.speaker)
    history.undo(fresh)  # the tag of the second statement
    history.undo(fresh)  # one step takes back the registration and its tag together
    assert fresh.get(Speaker, speaker.id) is None
    assert fresh.get(Statement, first.id) == first


def test_accepting_a_proposal_reuses_the_speaker_answering_to_its_name(fresh: Store) -> None:
    first = statements(fresh)[0]
    known = add_speaker(fresh, "Ilham Aliyev", ["Aliyev"], kind="person")
    proposal = NewSpeaker("Ilham Aliyev", ("Presiden Azerbaijan",), "person")
    _, speaker, _ = annotate.tag_as_proposed(fresh, first.id, proposal)
    assert speaker.id == known.id and len(fresh.all(Speaker)) == 1


def test_an_office_another_speaker_answers_to_is_not_taken_as_alias(fresh: Store) -> None:
    first = statements(fresh)[0]
    add_speaker(fresh, "Azerbaijani presidency", ["Presiden Azerbaijan"])
    proposal = NewSpeaker("Ilham Aliyev", ("Presiden Azerbaijan",), "person")
    _, speaker, _ = annotate.tag_as_proposed(fresh, first.id, proposal)
    assert speaker.name == "Ilham Aliyev" and speaker.aliases == ()


def test_a_russian_proposal_is_registered_in_the_nominative() -> None:
    store = imported("По словам Пескова, переговоры продолжаются практически ежедневно.", "ru")
    (st,) = statements(store)
    (suggestion,) = _suggestions(store)
    assert suggestion is not None and suggestion.proposed_name == "Песков"  # as registered
    assert suggestion.reason == 'unregistered "Пескова" after cue "По словам"'  # as found
    _, speaker, _ = annotate.accept_suggestion(store, st.id, suggestion)
    assert speaker.name == "Песков"


def test_a_body_named_mid_sentence_is_registered_with_a_capital() -> None:
    store = imported(
        "Menanggapi hal tersebut, kementerian luar negeri Rusia mengatakan pada Sabtu bahwa "
        "mereka akan memberikan semua bantuan yang diperlukan.",
        "id",
    )
    (st,) = statements(store)
    (suggestion,) = _suggestions(store)
    assert suggestion is not None and suggestion.proposal is not None
    assert suggestion.proposal.mention == "kementerian luar negeri Rusia"  # as found
    assert suggestion.proposed_name == "Kementerian luar negeri Rusia"  # as it will be named
    _, speaker, _ = annotate.accept_suggestion(store, st.id, suggestion)
    assert (speaker.name, speaker.kind) == ("Kementerian luar negeri Rusia", "ministry")


def test_tags_differing_only_in_case_or_spacing_are_one(store: Store) -> None:
    from claimtrack.services.queries import ClaimFilter, list_claims

    first = statements(store)[0]
    claim = annotate.tag(store, first.id, "Karabakh officials")[2].id
    edited = annotate.edit_claim(store, claim, add_tags=["Shushi", " shushi ", "front  line"])
    assert edited.tags == ("Shushi", "front line")
    assert [r["id"] for r in list_claims(store, ClaimFilter(tag="SHUSHI"))] == [claim]
    assert annotate.edit_claim(store, claim, remove_tags=["shushi"]).tags == ("front line",)
    other = annotate.tag(store, statements(store)[1].id, "Karabakh officials")[2].id
    annotate.edit_claim(store, other, add_tags=["Front Line", "Shushi"])
    merged = annotate.merge_claims(store, claim, [other])
    assert merged.tags == ("front line", "Shushi")  # one "front line", as first written


@pytest.mark.parametrize(
    ("lang", "sentence", "side"),
    [
        ("ru", "МИД Армении назвал эти заявления провокационными.", "Armenia"),
        ("id", "Menteri Luar Negeri Turki Mevlut Cavusoglu mengatakan Turki siap.", "Türkiye"),
        (
            "id",
            "Pejabat Nagorno-Karabakh menuduh Azerbaijan menembaki kota Martuni.",
            "Nagorno-Karabakh",
        ),
        ("ru", "Власти Карабаха обвинили Баку в обстреле Мартуни.", "Nagorno-Karabakh"),
        ("en", "Hikmet Hajiyev said the strikes hit civilians.", None),
    ],
)
def test_a_proposal_is_registered_on_the_side_its_words_name(
    lang: str, sentence: str, side: str | None
) -> None:
    """One English spelling whatever the language, so opposing sides meet across articles
    (CLDR's countries, and the lexicons' `places` for Nagorno-Karabakh); no guess where no
    place is named."""
    store = imported(sentence, lang)
    (st,) = statements(store)
    (suggestion,) = _suggestions(store)
    _, speaker, _ = annotate.accept_suggestion(store, st.id, suggestion)
    assert speaker.side == side


def test_a_rejection_outlives_a_merge_of_its_claims() -> None:
    from claimtrack.model import Rejection
    from claimtrack.services.linking import suggester

    store = imported(
        "Karabakh officials said 1,166 troops had died. "
        "Karabakh officials said 1,166 soldiers had been killed. "
        "The Azerbaijani defence ministry denied that 1,166 troops had died.",
        "en",
    )
    add_speaker(store, "Karabakh officials", side="Armenia")
    add_speaker(store, "Azerbaijani defence ministry", side="Azerbaijan")
    one, two, denial = statements(store)
    a = annotate.tag(store, one.id, "Karabakh officials")[2].id
    b = annotate.tag(store, two.id, "Karabakh officials")[2].id
    d = annotate.tag(store, denial.id, "Azerbaijani defence ministry")[2].id
    annotate.reject_candidate(store, b, d, "contradicts")
    annotate.merge_claims(store, a, [b])
    (rejection,) = store.all(Rejection)
    assert {rejection.a, rejection.b} == {a, d}  # now about the claim b became
    pairs = {(frozenset((c.a, c.b)), c.relation) for c in suggester(store).candidates()}
    assert (frozenset((a, d)), "contradicts") not in pairs


def test_a_body_found_by_another_name_is_suggested_and_picking_it_teaches_the_name() -> None:
    # A review: once the registered ministry was suggested (found by kind and country), the
    # picker no longer learned the article's name: it looked at the proposal only.
    store = imported("Azerbaijan's defence ministry denied shelling Martuni.", "en")
    ministry = add_speaker(store, "Kementerian pertahanan Azerbaijan", kind="ministry")
    (denial,) = statements(store)
    found = SuggestionCache(store).for_source(denial.source)[denial.id]
    assert found is not None and found.speaker == ministry.id and found.proposal is None
    assert found.named_as is not None
    assert annotate.learned_aliases(store, denial, found.named_as) == [
        "Azerbaijan defence ministry"
    ]


def test_picking_a_registered_speaker_for_a_proposal_teaches_its_name() -> None:
    store = imported("Azerbaijan's defence ministry denied shelling Martuni.", "en")
    # a name that is no kind of body plus a country: nothing says the two are one
    ministry = add_speaker(store, "Azerbaijani MoD", kind="ministry")
    (denial,) = statements(store)
    proposal = SuggestionCache(store).for_source(denial.source)[denial.id].proposal
    assert proposal is not None and proposal.name == "Azerbaijan defence ministry"
    _, speaker, _ = annotate.tag(store, denial.id, ministry.id, proposal)
    assert speaker.aliases == ("Azerbaijan defence ministry",)
    # the next article naming it so is suggested as the ministry
    text = "Azerbaijan's defence ministry said the front was quiet."
    (later,) = import_documents(store, [RawDocument(text.encode(), "b.txt", lang="en")])
    (st_id,) = store.ids_where("statements", "source", later.source.id)
    found = SuggestionCache(store).for_source(later.source.id)[st_id]
    assert found is not None and found.speaker == ministry.id
    # a name of common words alone names nobody: not learned
    generic = NewSpeaker("Officials", (), "officials", "Officials")
    assert annotate.learned_aliases(store, denial, generic) == []
    history.undo(store)  # the later import
    history.undo(store)  # the tag and the alias it taught: one step
    assert store.get(Speaker, ministry.id).aliases == ()
    assert store.get(Statement, denial.id).speaker is None


def test_a_verdict_decided_before_the_one_in_force_is_reported_as_not_taking_effect(
    store: Store,
) -> None:
    """Correcting a wrong verdict (dated today by default) with an earlier decision date
    keeps the wrong one in force: the analyst is told so, not "judged"."""
    _, _, claim = annotate.tag(store, statements(store)[0].id, "Karabakh officials")
    wrong = annotate.record_outcome(store, claim.id, "false")
    assert annotate.outcome_message(store, wrong) == (
        f"claim {claim.id} judged false on {wrong.date} ({wrong.id})",
        False,
    )
    earlier = annotate.record_outcome(store, claim.id, "true", date="2020-11-20")
    message, overruled = annotate.outcome_message(store, earlier)
    assert overruled
    assert f"false decided {wrong.date} is later and stays in force" in message
    later = annotate.record_outcome(store, claim.id, "true", date=wrong.date)
    assert annotate.outcome_message(store, later)[1] is False  # same day, recorded later


def test_a_sources_outlet_date_and_language_can_be_corrected_and_undone(store: Store) -> None:
    (src,) = store.all(Source)
    updated, changed = annotate.edit_source(
        store, src.id, outlet=" Gatra ", published="2020-10-05", lang="ID", title=None
    )
    assert changed == ["outlet", "published", "lang"]
    assert (updated.outlet, updated.published, updated.lang) == ("Gatra", "2020-10-05", "id")
    assert updated.text == src.text and updated.title == src.title
    assert annotate.edit_source(store, "gatra", outlet="Gatra")[1] == []  # already so
    assert annotate.edit_source(store, src.id, outlet="")[0].outlet is None  # "" clears
    for bad in ({"published": "2020-02-30"}, {"lang": "xx"}, {"title": " "},
                {"reliability": "Z"}, {"text": "new words"}):  # fmt: skip
        with pytest.raises(ValidationError):
            annotate.edit_source(store, src.id, **bad)
    history.undo(store)
    history.undo(store)
    assert store.get(Source, src.id) == src


def test_a_speaker_created_without_a_proposal_takes_the_kind_and_side_its_name_tells(
    store: Store,
) -> None:
    """`s`, "Azerbaijan defence ministry", create: it was kind "other" with no side, so
    `claims --side Azerbaijan` missed its claims."""
    st = statements(store)[2]
    _, ministry, _ = annotate.tag_as_new_speaker(store, st.id, "Azerbaijan defence ministry")
    assert (ministry.kind, ministry.side) == ("ministry", "Azerbaijan")
    _, person, _ = annotate.tag_as_new_speaker(store, statements(store)[0].id, "Hikmet Hajiyev")
    assert (person.kind, person.side) == ("person", None)


def test_a_tag_is_spelt_as_the_store_already_spells_it(store: Store) -> None:
    """ "Martuni" from the CLI on one claim and "martuni" typed in the TUI on another showed
    as two tags in the Claims view and the CSV."""
    add_speaker(store, "Azerbaijan defence ministry", side="azerbaijan")
    a = annotate.tag(store, statements(store)[0].id, "Karabakh officials")[2]
    b = annotate.tag(store, statements(store)[2].id, "Azerbaijan defence ministry")[2]
    annotate.edit_claim(store, a.id, add_tags=["Martuni"])
    assert annotate.edit_claim(store, b.id, add_tags=["martuni ", "shelling"]).tags == (
        "Martuni",
        "shelling",
    )


def test_a_speaker_is_found_by_name_in_another_script_as_the_picker_finds_it() -> None:
    """`tag X Zakharova` said "no speaker matches" for the registered "Мария Захарова"; the
    TUI's picker found her."""
    from claimtrack.errors import NotFoundError
    from claimtrack.services.lookup import find_speaker
    from claimtrack.store import Store

    store = Store.memory()
    zakharova = add_speaker(store, "Мария Захарова", kind="person")
    grigoryan = add_speaker(store, "Lilit Grigoryan", kind="person")
    add_speaker(store, "Dmitry Peskov", kind="person")
    for typed, found in (("Zakharova", zakharova), ("Maria Zakharova", zakharova),
                         ("Лилит Григорян", grigoryan), ("Захарова", zakharova)):  # fmt: skip
        assert find_speaker(store, typed).id == found.id, typed
    with pytest.raises(NotFoundError):
        find_speaker(store, "Lavrov")


def test_a_verdict_dated_before_the_claim_was_reported_is_pointed_out() -> None:
    """`outcome --date 2020-10-01` on a claim first reported on 2020-10-05 was taken without a
    word (a typo in the month, most likely)."""
    from claimtrack.store import Store

    store = Store.memory()
    text = "Martuni report\n\nOfficials said 12 civilians were killed in Martuni overnight."
    import_documents(
        store, [RawDocument(text.encode(), "a.txt", lang="en", published="2020-10-05")]
    )
    add_speaker(store, "Karabakh officials")
    statement = sorted(
        store.docs("statements"), key=lambda i: store.docs("statements")[i]["start"]
    )[1]
    claim = annotate.tag(store, statement, "Karabakh officials")[2]
    early = annotate.record_outcome(store, claim.id, "false", date="2020-10-01")
    message, warning = annotate.outcome_message(store, early)
    assert warning and "decided before the claim was first reported (2020-10-05)" in message
    later = annotate.record_outcome(store, claim.id, "true", date="2020-10-20")
    assert annotate.outcome_message(store, later) == (
        f"claim {claim.id} judged true on 2020-10-20 ({later.id})",
        False,
    )


def test_show_lists_a_claims_appearances_in_the_order_they_were_published() -> None:
    """`show` listed them by random source id: Reuters 10-29, TASS 10-30, Kompas 10-29."""
    from claimtrack.services.queries import claim_detail

    store = Store.memory()
    add_speaker(store, "Karabakh officials")
    texts = {"2020-10-30": "Karabakh officials said 12 civilians were killed.",
             "2020-10-29": "Karabakh officials said twelve civilians had been killed.",
             "2020-10-31": "Karabakh officials said 12 civilians died in Martuni."}  # fmt: skip
    claims = []
    for day, text in texts.items():
        raw = RawDocument(text.encode(), f"{day}.txt", lang="en", published=day)
        (result,) = import_documents(store, [raw])
        (sid,) = store.ids_where("statements", "source", result.source.id)
        claims.append(annotate.tag(store, sid, "Karabakh officials")[2].id)
    kept = annotate.merge_claims(store, claims[0], claims[1:])
    shown = claim_detail(store, kept)["appearances"]
    assert [a["published"] for a in shown] == ["2020-10-29", "2020-10-30", "2020-10-31"]


def test_a_prefix_of_a_merged_claims_id_names_the_claim_it_went_into() -> None:
    """`show 4tbj` of a claim merged away answered "no record with id '4tbj'", though the
    whole id named the claim kept; a prefix begins a removed id as it begins a stored one,
    and one beginning two removed ids asks for more of it."""
    from claimtrack.errors import NotFoundError
    from claimtrack.services.lookup import find_claim
    from claimtrack.services.queries import show

    store = Store.memory()
    speaker = add_speaker(store, "Lena Dovic")
    with store.transaction("test", "three claims") as tx:
        for cid in ("keep001", "gone1ab", "gone2cd"):  # each merge tags the claim kept
            tx.put(Claim(cid, f"claim {cid}", speaker=speaker.id, tags=(cid,)))
    annotate.merge_claims(store, "keep001", ["gone1ab"])
    annotate.merge_claims(store, "keep001", ["gone2cd"])
    for ask in (show, find_claim):
        with pytest.raises(NotFoundError, match="claim gone1ab was merged into claim keep001"):
            ask(store, "gone1ab")
        with pytest.raises(NotFoundError, match="claim gone2cd was merged into claim keep001"):
            ask(store, "gone2")
        with pytest.raises(NotFoundError, match=r"begins ids of .* gone1ab, gone2cd: give more"):
            ask(store, "gone")


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind", "side"),
    [
        ("Азербайджан отрицает обстрел Мартуни.", "ru", "Azerbaijani Defence Ministry",
         "ministry", None),
        ("Azerbaijan denied shelling Martuni.", "en", "Ilham Aliyev", "person", "Azerbaijan"),
        # a country no gazetteer knows: the country in the body's name, or a side
        ("Зюдмарк отрицает обстрел Кесселя.", "ru", "Sudmark Defence Ministry", "ministry", None),
        ("Sudmark denied shelling Kessel.", "en", "Sudmark Defence Ministry", "ministry", None),
        ("Sudmark denied shelling Kessel.", "en", "Erik Holm", "person", "Sudmark"),
    ],
)  # fmt: skip
def test_a_country_proposed_is_no_alias_of_the_body_or_person_picked(
    text: str, lang: str, name: str, kind: str, side: str | None
) -> None:
    """Picking a ministry for a bare «Зюдмарк» taught it "Зюдмарк": every later "Sudmark
    said" was the ministry's."""
    store = imported(text, lang)
    picked = add_speaker(store, name, kind=kind, side=side)
    (st,) = statements(store)
    proposal = SuggestionCache(store).for_source(st.source)[st.id].proposal
    assert proposal is not None and " " not in proposal.name  # the country alone
    assert annotate.learned_aliases(store, st, proposal, picked) == []
    _, speaker, _ = annotate.tag(store, st.id, picked.id, proposal)
    assert speaker.aliases == ()


def test_a_speaker_that_is_the_country_learns_its_other_names() -> None:
    store = imported("Зюдмарк отрицает обстрел Кесселя.", "ru")
    country = add_speaker(store, "Sudmark", kind="government", side="Sudmark")
    (st,) = statements(store)
    proposal = SuggestionCache(store).for_source(st.source)[st.id].proposal
    _, speaker, _ = annotate.tag(store, st.id, country.id, proposal)
    assert speaker.aliases == ("Зюдмарк",)


def test_a_place_typed_alone_names_no_speaker_that_only_carries_it() -> None:
    """`tag ST Sudmark` put the country's words in the Sudmark Defence Ministry's mouth,
    while a one-letter slip in a person's first name ("Ana Berg") was refused: a fuzzy name
    must be a typo of a speaker's name, and a place, a side or the country in a body's name
    is none (the typo rule itself is unchanged: "Ana" is another first name)."""
    from claimtrack.errors import AmbiguousError, UnknownSpeakerError
    from claimtrack.services.lookup import find_speaker

    store = Store.memory()
    ministry = add_speaker(store, "Sudmark Defence Ministry", kind="ministry")
    holm = add_speaker(store, "Erik Holm", aliases=["Nordland Defence Minister"], kind="person")
    berg = add_speaker(store, "Anna Berg", kind="person", side="Nordland")
    for typed in ("Sudmark", "Sudmrk", "Nordland"):
        with pytest.raises(AmbiguousError, match=r"it names .*, not one speaker"):
            find_speaker(store, typed)
    with pytest.raises(UnknownSpeakerError, match="only alike"):  # across scripts
        find_speaker(store, "Зюдмарк")
    assert find_speaker(store, "Sudmark defence") == ministry
    assert find_speaker(store, "Sudmrak Defence Ministry") == ministry
    assert find_speaker(store, "Holm") == holm
    assert find_speaker(store, "Anna Berg") == berg
    with pytest.raises(UnknownSpeakerError, match="only alike"):
        find_speaker(store, "Ana Berg")
    country = add_speaker(store, "Sudmark", kind="government")
    assert find_speaker(store, "Sudmrk") == country  # a typo of the place's own speaker


ORGANISATIONS = [
    ("Wagner Group", "organisation", "Wagner"),
    ("Amnesty International", "organisation", "Amnesty"),
    ("Gazprom company", "organisation", "Gazprom"),
    ("Azov Battalion", "military", "Azov"),
    ("Rosatom corporation", "organisation", "Rosatom"),
    ("Azatutyun radio", "media", "Azatutyun"),
    ("Al Jazeera", "media", "Jazeera"),
]


def test_an_organisations_short_name_is_no_country_in_its_name() -> None:
    """`tag ST Wagner` said "it names the country or place in Wagner Group's name": any word
    beside a group's, company's or radio's word was taken for a country. Only a state's
    body ("Sudmark Defence Ministry") says its country beside its words."""
    from claimtrack.errors import AmbiguousError
    from claimtrack.services.lookup import find_speaker

    store = Store.memory()
    added = {typed: add_speaker(store, name, kind=kind) for name, kind, typed in ORGANISATIONS}
    add_speaker(store, "Sudmark Defence Ministry", kind="ministry")
    for typed, speaker in added.items():
        assert find_speaker(store, typed) == speaker
    with pytest.raises(AmbiguousError, match="country or place in Sudmark Defence"):
        find_speaker(store, "Sudmark")


@pytest.mark.parametrize(("name", "kind", "said"), ORGANISATIONS[:2])
def test_an_organisations_short_name_said_for_it_is_learned(
    name: str, kind: str, said: str
) -> None:
    """ "Wagner said …" tagged as the Wagner Group taught it "Wagner" before the place rule."""
    store = imported(f"{said} said its people had left the city.", "en")
    picked = add_speaker(store, name, kind=kind)
    (st,) = statements(store)
    suggestion = SuggestionCache(store).for_source(st.source)[st.id]
    proposal = suggestion.proposal or suggestion.found_as
    assert proposal is not None and proposal.name == said
    _, speaker, _ = annotate.tag(store, st.id, picked.id, proposal)
    assert speaker.aliases == (said,)


@pytest.mark.parametrize(
    ("text", "lang", "country", "later"),
    [
        ("Kyiv said the strike hit a school.", "en", "Ukraine", "Kyiv said talks failed."),
        ("Moscow denied striking the school.", "en", "Russia", "Moscow said talks failed."),
        ("Киев заявил об ударе по школе.", "ru", "Ukraine", "Киев заявил о провале переговоров."),
        ("Baku said the strike hit a school.", "en", "Azerbaijan", "Baku said talks failed."),
    ],
)
def test_a_capital_said_for_its_country_is_learned_by_the_country(
    text: str, lang: str, country: str, later: str
) -> None:
    """ "Kyiv said …" tagged as Ukraine learned nothing, so the next "Kyiv said" was proposed
    as a new speaker "Kyiv" again: a capital speaks for the state named as its country, and
    is suggested as that state the first time (`data/places/capitals.json`)."""
    store = imported(text, lang)
    add_speaker(store, "Ukraine" if country != "Ukraine" else "Russia", side="x")
    picked = add_speaker(store, country, side=country)
    (st,) = statements(store)
    first = SuggestionCache(store).for_source(st.source)[st.id]
    assert first.speaker == picked.id and "the capital stands for" in first.reason
    proposal = first.named_as
    assert proposal is not None and " " not in proposal.name  # the capital alone
    _, speaker, _ = annotate.tag(store, st.id, picked.id, proposal)
    assert speaker.aliases == (proposal.name,)
    # the next article's "Kyiv said" is the country's, not a new speaker "Kyiv"
    import_documents(store, [RawDocument(later.encode(), "b.txt", lang=lang)])
    (next_st,) = [s for s in statements(store) if s.source != st.source]
    suggested = SuggestionCache(store).for_source(next_st.source)[next_st.id]
    assert suggested.speaker == picked.id and suggested.proposal is None


def test_a_capital_is_no_alias_of_a_ministry() -> None:
    """A ministry is not its country: "Kyiv" picked as its defence ministry is not learned."""
    store = imported("Kyiv said the strike hit a school.", "en")
    picked = add_speaker(store, "Ukrainian Defence Ministry", kind="ministry", side="Ukraine")
    (st,) = statements(store)
    proposal = SuggestionCache(store).for_source(st.source)[st.id].proposal
    assert proposal is not None
    assert annotate.learned_aliases(store, st, proposal, picked) == []


@pytest.mark.parametrize(("name", "learned"), [("Rapid Support Forces", ("RSF",)),
                                               ("Sudanese Armed Forces", ())])  # fmt: skip
def test_a_bodys_initials_are_learned_though_they_are_its_side(
    name: str, learned: tuple[str, ...]
) -> None:
    """ "The RSF said …" accepted as the Rapid Support Forces (side "RSF") learned nothing:
    "RSF" is a side, but the body's own initials and its own side. Another body of
    the side ("Sudanese Armed Forces" on "RSF") does not learn it."""
    store = imported("The RSF said it had taken the city.", "en")
    picked = add_speaker(store, name, kind="military", side="RSF")
    (st,) = statements(store)
    suggestion = SuggestionCache(store).for_source(st.source)[st.id]
    proposal = suggestion.proposal or suggestion.found_as
    assert proposal is not None and proposal.name == "RSF"
    _, speaker, _ = annotate.tag(store, st.id, picked.id, proposal)
    assert speaker.aliases == learned


@pytest.mark.parametrize(
    ("lang", "text", "picked", "learned"),
    [  # a state learns its own capital, in any of the spellings the press uses
        ("en", "Kyiv said the talks had failed.", "Ukraine", ["Kyiv"]),
        ("en", "Kiev said the talks had failed.", "Ukraine", ["Kiev"]),
        ("ru", "Киев заявил, что переговоры сорваны.", "Ukraine", ["Киев"]),
        ("ru", "Москва заявила, что переговоры сорваны.", "Россия", ["Москва"]),
        ("en", "Ankara said the talks had failed.", "Turkey", ["Ankara"]),
        ("en", "Brussels said the talks had failed.", "European Union", ["Brussels"]),
        ("en", "Baku said the talks had failed.", "Azerbaijani Government", ["Baku"]),
        # another town is not its name, nor another state's capital
        ("en", "Ganja said the strike hit a school.", "Azerbaijan", []),
        ("en", "Stepanakert said the strike hit a school.", "Azerbaijan", []),
        ("en", "Yerevan said the strike hit a school.", "Azerbaijan", []),
        ("en", "Kharkiv said the strike hit a school.", "Ukraine", []),
        ("ru", "Гянджа заявила, что удар пришелся по школе.", "Azerbaijan", []),
        # nor is a capital a ministry's name
        ("en", "Baku said the talks had failed.", "Azerbaijani Defence Ministry", []),
    ],
)
def test_a_town_said_for_a_state_is_learned_only_when_it_is_its_capital(
    lang: str, text: str, picked: str, learned: list[str]
) -> None:
    """Any town the analyst tagged as a state was learned as its name ("Ganja" for
    Azerbaijan), so the next "Ganja said" was suggested as Azerbaijan's: the gazetteer knew
    no capitals. `data/places/capitals.json` says which town is whose."""
    store = imported(text, lang)
    (st,) = statements(store)
    proposal = SuggestionCache(store).for_source(st.source)[st.id].proposal
    assert proposal is not None
    speaker = add_speaker(store, picked)
    assert annotate.learned_aliases(store, st, proposal, speaker) == learned
    withheld = annotate.withheld_towns(store, st, proposal, speaker)
    assert bool(withheld) == (not learned and "Ministry" not in picked)


def test_the_analyst_is_told_why_a_town_is_not_a_states_name() -> None:
    store = imported("Ganja said the strike hit a school. Yerevan said it was false.", "en")
    ganja, yerevan = statements(store)
    cache = SuggestionCache(store).for_source(ganja.source)
    azerbaijan = add_speaker(store, "Azerbaijan")
    assert annotate.withheld_towns(store, ganja, cache[ganja.id].proposal, azerbaijan) == [
        "Ganja is no capital listed for Azerbaijan"
    ]
    assert annotate.withheld_towns(store, yerevan, cache[yerevan.id].proposal, azerbaijan) == [
        "Yerevan is the capital listed for Armenia, not Azerbaijan"
    ]


def test_every_state_listed_with_capitals_is_one_the_attribution_knows() -> None:
    """A state spelt otherwise than attribution reads it would never learn its capital."""
    import json

    from claimtrack.attribution.bodies import country_alone
    from claimtrack.attribution.places import capital_of
    from claimtrack.resources import data_dir

    raw = json.loads((data_dir() / "places" / "capitals.json").read_text(encoding="utf-8"))
    assert raw["about"]
    for state, towns in raw["capitals"].items():
        assert country_alone(state) is not None, state
        assert towns and len(towns) == len(set(towns)), state
        for town in towns:
            assert country_alone(town) is None, f"{town} names a country, not its capital"
            assert country_alone(state) in capital_of(town), town


@pytest.mark.parametrize(
    ("lang", "text", "typed", "aliases"),
    [
        ("en", "Kyiv said the strike hit a school.", "Ukraine", ("Kyiv",)),
        ("en", "Baku said the strike hit a school.", "Azerbaijani government", ("Baku",)),
        ("ru", "Москва заявила, что удар пришелся по школе.", "Russia", ("Москва",)),
        ("en", "Ganja said the strike hit a school.", "Azerbaijan", ()),
        ("en", "Kyiv said the strike hit a school.", "Ukrainian Defence Ministry", ()),
    ],
)
def test_a_state_registered_for_its_capitals_words_learns_the_capital(
    lang: str, text: str, typed: str, aliases: tuple[str, ...]
) -> None:
    """ "Kyiv said" registered as a new speaker "Ukraine" learned nothing, though picking a
    registered Ukraine teaches it "Kyiv": the next "Kyiv said" was proposed again."""
    store = imported(text, lang)
    (st,) = statements(store)
    proposal = SuggestionCache(store).for_source(st.source)[st.id].proposal
    _, speaker, _ = annotate.tag_as_new_speaker(store, st.id, typed, proposal)
    assert speaker.aliases == aliases
