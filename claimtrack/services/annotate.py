"""Annotation: attributing statements, building claims, linking them and judging them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claimtrack.attribution.attributor import SpeakerSuggestion, body_initials
from claimtrack.attribution.cues import load_lexicon
from claimtrack.attribution.places import country_named
from claimtrack.attribution.proposals import NewSpeaker, registered_form
from claimtrack.attribution.same_speaker import likely_same, same_spelling
from claimtrack.attribution.text import words
from claimtrack.attribution.voices import others_clauses
from claimtrack.errors import ClaimtrackError, NotFoundError, ValidationError
from claimtrack.model import (
    OPPOSED_RELATIONS,
    RELATIONS,
    VERDICTS,
    Claim,
    Evidence,
    Link,
    Outcome,
    Quantity,
    Rejection,
    Source,
    Speaker,
    Statement,
    appearance_order,
    check_choice,
    check_evidence,
    check_known_by,
    check_published,
    check_typed,
    check_url,
    current_outcome,
    read_date,
    tag_key,
)
from claimtrack.quantities import extract_quantities, says_less
from claimtrack.services.forwarding import current, gone
from claimtrack.services.lookup import (
    find_claim,
    find_source,
    find_speaker,
    find_statement,
    nothing_to_merge,
    publication_date,
)
from claimtrack.services.placenames import not_its_capital, only_a_place, stands_for
from claimtrack.services.speakers import (
    answering,
    checked_name,
    described,
    register_speaker,
    typed_note,
)
from claimtrack.store import Store, Transaction
from claimtrack.textnorm import shorten

SUMMARY_WIDTH = 280


def statement_text(store: Store, st: Statement) -> str:
    """The exact text of a statement, cut from its source."""
    src = store.doc(Source.TABLE, st.source)
    return src["text"][st.start : st.end] if src else ""


def _new_claim(store: Store, tx: Transaction, st: Statement, speaker_id: str) -> Claim:
    return Claim(
        id=tx.new_id(),
        summary=shorten(statement_text(store, st), SUMMARY_WIDTH),
        speaker=speaker_id,
        quantities=tuple(_numbers_of(store, st, speaker_id, tx)),
        created=store.now(),
    )


def tag(
    store: Store,
    statement_ref: str,
    speaker_ref: str,
    proposal: NewSpeaker | None = None,
    *,
    untagged: bool = False,
) -> tuple[Statement, Speaker, Claim]:
    """Attribute a statement to a speaker; the statement becomes (or stays) a claim's appearance.

    `proposal`: the unregistered speaker the statement suggested, when the analyst picked an
    existing one instead ("Azerbaijan's defence ministry" → the registered ministry). Its
    names nobody answers to yet become the speaker's aliases in the same change, so the next
    article naming it that way is suggested rightly (`learned_aliases` says which).
    `untagged`: refuse a statement that has a speaker by the time the lock is taken (a
    suggestion accepted for what was untagged when it was made).
    """
    st = find_statement(store, statement_ref)
    speaker = find_speaker(store, speaker_ref)
    # worked out once before the lock too: the first call loads attribution (and Russian
    # morphology), which other writers must not wait for; the one inside is then quick
    learned_aliases(store, st, proposal, speaker)
    with store.transaction("tag", f"tag {st.id} as {speaker.name}") as tx:
        # its aliases as they are now: an alias a colleague added meanwhile stays
        speaker = current(store, Speaker, speaker.id)
        learned = learned_aliases(store, st, proposal, speaker)
        if learned:
            speaker = speaker.replace(aliases=(*speaker.aliases, *learned))
            tx.put(speaker)
        st, claim = _tag(store, tx, st, speaker.id, untagged=untagged)
    return st, speaker, claim


def already_tagged(
    store: Store, st: Statement, speaker_ref: str, proposal: NewSpeaker | None = None
) -> Speaker | None:
    """The speaker `speaker_ref` names when `st` is already theirs, an appearance of their
    claim, and `tag` would learn none of `proposal`'s names: tagging it so again changes
    nothing and logs nothing, so the next `undo` takes back an older change (a desk read
    "said by" as done). None otherwise, or when the name finds nobody (`tag` says why)."""
    if st.speaker is None or st.narration or st.claim is None:
        return None
    try:
        speaker = find_speaker(store, speaker_ref)
    except ClaimtrackError:
        return None
    claim = store.get(Claim, st.claim)
    if speaker.id != st.speaker or claim is None or claim.speaker != speaker.id:
        return None
    return None if learned_aliases(store, st, proposal, speaker) else speaker


def learned_aliases(
    store: Store, st: Statement, proposal: NewSpeaker | None, speaker: Speaker | None = None
) -> list[str]:
    """The names of `proposal` (as it would be registered) that no speaker answers to, but for
    names made only of common words ("Officials", "the ministry"): those name nobody; and
    but for a name that is only a place, a side or the country in `speaker`'s name
    ("Зюдмарк" proposed, "Sudmark Defence Ministry" picked: `placenames.only_a_place`),
    which would make every later "Sudmark said" the ministry's. A proposed person named
    otherwise than `speaker` is someone else ("…, Hikmet Hajiyev said" tagged as Aliyev):
    nothing of theirs is learned; but for the capital of the state `speaker` is, read as a
    person's name ("Abu Dhabi said" for the UAE: `placenames.stands_for`)."""
    if proposal is None:
        return []
    if (
        speaker is not None
        and proposal.kind == "person"
        and not any(same_spelling(proposal.name, name) for name in speaker.names)
        and not stands_for(speaker, proposal.name)
    ):
        return []
    names = _proposed_names(store, st, proposal)
    if speaker is not None:  # else the caller judges them by the speaker it registers
        names = [n for n in names if not only_a_place(store, n, speaker)]
    taken = answering(store, names)
    return [n for n in names if n not in taken]


def withheld_towns(
    store: Store, st: Statement, proposal: NewSpeaker | None, speaker: Speaker
) -> list[str]:
    """Why each town `proposal` named, nobody's name yet, is not learned by `speaker`, a
    state, when it is no capital of the state's (`placenames.not_its_capital`: "Ganja is no
    capital listed for Azerbaijan"): said beside what was learned, so the analyst knows
    "Ganja said" will not find Azerbaijan next time. Empty when nothing was withheld so."""
    if proposal is None:
        return []
    names = _proposed_names(store, st, proposal)
    taken = answering(store, names)
    return [why for n in names if n not in taken and (why := not_its_capital(speaker, n))]


def _proposed_names(store: Store, st: Statement, proposal: NewSpeaker) -> list[str]:
    """The names `proposal` would be registered under, but for those made only of common
    words ("Officials", "the ministry"), which name nobody."""
    lang = _lang_of(store, st)
    lexicon = load_lexicon(lang)
    common = (
        lexicon.official_nouns | lexicon.kind_words.keys() | lexicon.titles | lexicon.determiners
    )
    proposal = registered_form(proposal, lang)
    names = list(dict.fromkeys(" ".join(n.split()) for n in (proposal.name, *proposal.aliases)))
    return [n for n in names if n and not _words_of(n) <= common]


def tag_as_new_speaker(
    store: Store, statement_ref: str, name: str, proposal: NewSpeaker | None = None
) -> tuple[Statement, Speaker, Claim]:
    """Register a speaker and attribute the statement to it in one change (one undo step).

    `proposal`: the new speaker the statement suggested. When the typed name shares a word
    with it ("Nagorno-Karabakh officials" for "Pejabat Nagorno-Karabakh"), the analyst is
    naming the same speaker their way: the proposal's names become aliases (so the next
    "Pejabat Nagorno-Karabakh" finds it), its kind the kind and its country the side, as
    accepting it would. Otherwise, when the proposal is one person's office rather than a
    body ("Pemimpin Nagorno-Karabakh", kind person or unknown; not "Pejabat ..." officials)
    and the name typed is no body's, the analyst is saying who holds it ("Arayik
    Harutyunyan"): its names become aliases as
    picking a registered speaker teaches them (`learned_aliases`), and its country the side.
    A body's proposal names another speaker: nothing is carried over. A state typed for its
    capital ("Ukraine" for "Kyiv said") learns the capital, as picking it would; for another
    town, nothing.
    """
    st = find_statement(store, statement_ref)
    name = checked_name(name)  # cleaned as imported text is: it names the change too
    lang = _lang_of(store, st)
    aliases: list[str] = []
    kind, side = described(name, (lang, "en"))  # "Azerbaijan defence ministry": a ministry
    if proposal is not None:
        proposal = registered_form(proposal, lang)
        proposed = (proposal.name, *proposal.aliases)
        shared = _words_of(name) & _words_of(" ".join(proposed))
        if shared or _initials_of(name, proposed) or _one_office(name, kind, proposal):
            # "Sudmark Defence Ministry" typed for a bare "Sudmark": the place is no alias
            typed = Speaker(id="typed", name=name, kind=kind)
            aliases = [
                a
                for a in (" ".join(a.split()) for a in (proposal.name, *proposal.aliases))
                if not only_a_place(store, a, typed)
            ]
            side = _side_named(proposal, lang) or side
            kind = proposal.kind if proposal.kind != "other" else kind
        elif proposal.kind in ("person", "other") and kind in ("person", "other"):
            # who holds the office proposed; a body typed ("US officials" for "Ukrainian
            # Security Service") is another speaker, not its holder
            typed = Speaker(id="typed", name=name, kind=kind)
            aliases = [
                a for a in learned_aliases(store, st, proposal) if not only_a_place(store, a, typed)
            ]
            side = side or _side_named(proposal, lang)
        else:  # "Kyiv said" registered as "Ukraine": its capital is its name (`stands_for`)
            typed = Speaker(id="typed", name=name, kind=kind)
            aliases = [a for a in learned_aliases(store, st, proposal) if stands_for(typed, a)]
    with store.transaction("tag", f"tag {st.id} as new speaker {name}") as tx:
        taken = answering(store, aliases)
        aliases = [a for a in aliases if a not in taken]
        speaker = register_speaker(store, tx, name, aliases, side=side, kind=kind)
        st, claim = _tag(store, tx, st, speaker.id)
    return st, speaker, claim


_INITIALS_WORD = re.compile(r"\b[A-ZА-ЯЁ]{2,5}\b")
_HYPHENS = re.compile(r"[-–—]")


def _initials_of(name: str, proposed: Sequence[str]) -> bool:
    """Whether a word in capitals of the name typed is a proposed name's short form, or the
    other way round: the initials a body's name makes (`body_initials`: "RSF" for "Rapid
    Support Forces"), or those of one hyphenated name ("NK officials" for "Pejabat
    Nagorno-Karabakh"). Two separate words' initials are too often another body's ("AP"
    for "Armenian Parliament", "UN" for "Ukrainian Navy"), typed to correct a wrong
    proposal, whose name must not become the new speaker's alias."""

    def short_forms(text: str) -> set[str]:
        compounds = (
            "".join(part[0] for part in parts).casefold()
            for word in text.split()
            if len(parts := [p for p in _HYPHENS.split(word) if p]) >= 2
            and all(part[:1].isupper() for part in parts)
        )
        return {*body_initials(text), *compounds}

    def abbreviated(short: str, longer: Sequence[str]) -> bool:
        typed = {w.casefold() for w in _INITIALS_WORD.findall(short)}
        return bool(typed) and any(typed & short_forms(text) for text in longer)

    return abbreviated(name, proposed) or any(abbreviated(text, (name,)) for text in proposed)


def _one_office(name: str, kind: str, proposal: NewSpeaker) -> bool:
    """Whether the name typed and the body proposed are one office of one country in two
    languages ("Russian Foreign Ministry" for "Kementerian luar negeri Rusia"): the analyst
    is naming it in their words, and the proposal's name should find it next time."""
    typed = Speaker(id="typed", name=name, kind=kind)
    proposed = Speaker(id="proposed", name=proposal.name, aliases=proposal.aliases,
                       kind=proposal.kind)  # fmt: skip
    if "person" in (typed.kind, proposed.kind):
        return False
    return any(m.other == "proposed" for m in likely_same([typed, proposed]).get("typed", []))


def _lang_of(store: Store, st: Statement) -> str:
    source = store.doc(Source.TABLE, st.source)
    return source["lang"] if source else "und"


def _words_of(text: str) -> set[str]:
    """The words of a name that can tell it (folded; not "of", "di" or "и")."""
    return {w for w in words(text) if len(w) > 2}


def _side_named(proposal: NewSpeaker, lang: str) -> str | None:
    """The side the proposal's office names ("Presiden Azerbaijan ...", "МИД Армении"), so
    contradiction suggestions work for a desk that registers as it reads."""
    return country_named(" ".join((proposal.mention, *proposal.aliases)), load_lexicon(lang))


def tag_as_proposed(
    store: Store, statement_ref: str, proposal: NewSpeaker, *, untagged: bool = False
) -> tuple[Statement, Speaker, Claim]:
    """Accept a proposed new speaker in one change: the speaker already answering to its name
    if there is one, else a new speaker with the proposal's kind and the aliases nobody else
    answers to ("Presiden Azerbaijan" may already be someone's), on the side of the country
    its words name (`attribution.places.country_named`). Russian names are registered in the
    nominative ("По словам Пескова" registers "Песков"). `untagged` as for `tag`."""
    st = find_statement(store, statement_ref)
    lang = _lang_of(store, st)
    proposal = registered_form(proposal, lang)
    side = _side_named(proposal, lang)
    name = " ".join(proposal.name.split())
    known = answering(store, [name]).get(name)
    if known is not None:
        return tag(store, st.id, known["id"], untagged=untagged)
    aliases = [" ".join(a.split()) for a in proposal.aliases]
    with store.transaction("tag", f"tag {st.id} as new speaker {name}") as tx:
        taken = answering(store, aliases)  # caught up with other writers by now
        aliases = [a for a in aliases if a not in taken]
        speaker = register_speaker(store, tx, name, aliases, side=side, kind=proposal.kind)
        st, claim = _tag(store, tx, st, speaker.id, untagged=untagged)
    return st, speaker, claim


def accept_suggestion(
    store: Store, statement_ref: str, suggestion: SpeakerSuggestion | None
) -> tuple[Statement, Speaker, Claim]:
    """Tag a statement with its suggested speaker, registering a proposed new one (⏎ in the
    Reader, `claimtrack tag ST --suggested`)."""
    st = find_statement(store, statement_ref)
    if st.speaker:
        raise ValidationError(f"statement {st.id} already has a speaker: untag it first")
    if suggestion is not None and suggestion.speaker is not None:
        return tag(store, st.id, suggestion.speaker, suggestion.found_as, untagged=True)
    if suggestion is not None and suggestion.proposal is not None:
        return tag_as_proposed(store, st.id, suggestion.proposal, untagged=True)
    raise ValidationError(f"no speaker is suggested for statement {st.id}: name one")


def _tag(
    store: Store, tx: Transaction, st: Statement, speaker_id: str, *, untagged: bool = False
) -> tuple[Statement, Claim]:
    """Set the speaker; a claim's statements always share its speaker.

    Re-attributing one appearance of a claim that others report too makes it a claim of its
    own (the others still say the first speaker said it). `st` is read again here, under
    the writer's lock: as read before it, a claim a colleague had just tagged it into was left
    with no appearance. `untagged`: refuse it if it has a speaker, or is narration, by now
    (an accepted suggestion was for a statement still to attribute).
    """
    st = current(store, Statement, st.id)
    if untagged and st.speaker:
        raise ValidationError(f"statement {st.id} already has a speaker: untag it first")
    if untagged and st.narration:  # a colleague's "nobody's claim" stands, as ⏎ keeps it
        raise ValidationError(
            f"statement {st.id} is narration, nobody's claim: untag it first to give it a speaker"
        )
    claim = store.get(Claim, st.claim) if st.claim else None
    shared = claim is not None and bool(store.ids_where("statements", "claim", claim.id) - {st.id})
    if claim is not None and shared and claim.speaker != speaker_id:
        _left_by(store, tx, claim, st)
    if claim is None or (shared and claim.speaker != speaker_id):
        claim = _new_claim(store, tx, st, speaker_id)
    elif claim.speaker != speaker_id:  # its one appearance, said by someone else now
        claim = claim.replace(
            speaker=speaker_id, quantities=tuple(_numbers_of(store, st, speaker_id, tx))
        )

    tx.put(claim)
    st = st.replace(speaker=speaker_id, claim=claim.id, narration=False)
    tx.put(st)
    return st, claim


def _left_by(store: Store, tx: Transaction, claim: Claim, st: Statement) -> None:
    """`st` leaves `claim`, which keeps other appearances: a summary cut from `st` (not one
    the analyst wrote) is cut from the first appearance left instead, and the numbers are
    those the appearances left state; otherwise the claim would still quote and count what
    only the statement now gone said (and every export with it)."""
    left = [
        other
        for sid in sorted(store.ids_where("statements", "claim", claim.id) - {st.id})
        if (other := store.get(Statement, sid)) is not None
    ]
    if not left:
        return
    left.sort(key=lambda o: appearance_order(publication_date(store, o.source), o.source, o.start))
    summary = claim.summary
    if summary == shorten(statement_text(store, st), SUMMARY_WIDTH):
        summary = shorten(statement_text(store, left[0]), SUMMARY_WIDTH)
    tx.put(claim.replace(summary=summary, quantities=_numbers_of_all(store, left, claim.speaker)))


def _numbers_of_all(
    store: Store, appearances: Sequence[Statement], speaker_id: str | None
) -> tuple[Quantity, ...]:
    """The numbers a claim's appearances (in the order they were reported) state."""
    numbers: tuple[Quantity, ...] = ()
    for st in appearances:
        numbers = with_numbers(numbers, _numbers_of(store, st, speaker_id))
    return numbers


def reread_numbers(store: Store, claim_refs: Sequence[str] = ()) -> list[Claim]:
    """Read the numbers of the named claims (all when none is named) again from their
    appearances, as this version reads them: a claim keeps the numbers read when it was
    tagged, so a better reading only reaches older claims this way. One undoable change;
    returns the claims whose numbers changed."""
    wanted = [find_claim(store, ref) for ref in claim_refs]
    changed: list[Claim] = []
    with store.transaction("claim.numbers", "read the claims' numbers again") as tx:
        for claim in wanted or list(store.all(Claim)):
            claim = store.get(Claim, claim.id) or claim
            appearances = [
                st
                for sid in store.ids_where("statements", "claim", claim.id)
                if (st := store.get(Statement, sid)) is not None
            ]
            appearances.sort(
                key=lambda o: appearance_order(publication_date(store, o.source), o.source, o.start)
            )
            numbers = _numbers_of_all(store, appearances, claim.speaker)
            if numbers != claim.quantities:
                changed.append(claim.replace(quantities=numbers))
                tx.put(changed[-1])
    return changed


def with_numbers(numbers: Sequence[Quantity], more: Sequence[Quantity]) -> tuple[Quantity, ...]:
    """`numbers`, then those of `more` they do not already state, whatever the spelling ("1.166"
    and "1,166"): a claim keeps every number its appearances give once (merge, attach, an
    appearance leaving). A figure said with less ("120 civilians", "120 people killed") gives
    way to the same figure said with more ("120 civilians killed"), wherever it stands."""
    kept = list(numbers)
    for q in more:
        if any(k.meaning() == q.meaning() or says_less(q, k) for k in kept):
            continue
        wider = [n for n, k in enumerate(kept) if says_less(k, q)]
        if wider:
            kept[wider[0]] = q
            kept = [k for n, k in enumerate(kept) if n not in wider[1:]]
        else:
            kept.append(q)
    return tuple(kept)


def _numbers_of(
    store: Store, st: Statement, speaker_id: str | None, tx: Transaction | None = None
) -> list[Quantity]:
    """The numbers the statement gives as `speaker_id`'s: not those of a clause another
    speaker says ("…, sementara pejabat Dravania mengatakan sedikitnya 23 warga tewas").
    `tx` holds speakers registered in the same change (tagging as a new speaker)."""
    text, lang = statement_text(store, st), _lang_of(store, st)
    numbers = extract_quantities(text, lang)
    if not numbers:
        return numbers

    def speakers() -> list[Speaker]:
        new = [Speaker.from_doc(d) for d in (tx.puts(Speaker.TABLE) if tx else ())]
        return [*store.all(Speaker), *new]

    theirs = others_clauses(text, lang, speakers, speaker_id)
    for start, end in theirs:
        text = text[:start] + " " * (end - start) + text[end:]
    return extract_quantities(text, lang) if theirs else numbers


def check_mergeable(st: Statement) -> Statement:
    """`st`, unless it is narration (the outlet's voice, page furniture): the analyst said it
    is nobody's claim, so it becomes an appearance of one only once untagged."""
    if st.narration:
        raise ValidationError(
            f"statement {st.id} is narration, nobody's claim: untag it (⌫, or 'claimtrack "
            "untag') before making it an appearance of a claim"
        )
    return st


def attach(store: Store, statement_ref: str, claim_ref: str) -> Statement:
    """Make a statement one more appearance of an existing claim, said by the claim's speaker.

    For a statement that already belongs to a claim, merging the two claims is the operation
    (`merge_claims`): it keeps both claims' links and outcomes.
    """
    sid = find_statement(store, statement_ref).id
    cid = find_claim(store, claim_ref).id
    with store.transaction("attach", f"{sid} is claim {cid}") as tx:
        # checked under the writer's lock: a statement a colleague tagged meanwhile was
        # moved out of their claim, leaving it with no appearance
        st = check_mergeable(current(store, Statement, sid))
        claim = current(store, Claim, cid)
        if st.claim is not None:
            raise ValidationError(
                f"statement {st.id} already belongs to claim {st.claim}: merge the claims instead"
            )
        st = st.replace(claim=claim.id, speaker=claim.speaker, narration=False)
        tx.put(st)
        numbers = with_numbers(claim.quantities, _numbers_of(store, st, claim.speaker))
        if numbers != claim.quantities:
            tx.put(claim.replace(quantities=numbers))
    return st


def _detach(store: Store, tx: Transaction, st: Statement) -> None:
    """Remove a statement from its claim; a claim left without appearances goes too."""
    if st.claim is None:
        return
    others = store.ids_where("statements", "claim", st.claim) - {st.id}
    if others:
        claim = store.get(Claim, st.claim)
        if claim is not None:
            _left_by(store, tx, claim, st)
        return
    if store.ids_where("links", "a", st.claim) | store.ids_where("links", "b", st.claim):
        raise ValidationError(
            f"claim {st.claim} has links; unlink them (x in the Graph view, or "
            f"'claimtrack unlink') or merge the claim before detaching its only appearance {st.id}"
        )
    if store.ids_where("outcomes", "claim", st.claim):
        raise ValidationError(f"claim {st.claim} has a recorded outcome; it cannot be emptied")
    tx.delete(Claim.TABLE, st.claim)


def mark_narration(store: Store, statement_ref: str) -> Statement:
    """Mark a statement as the outlet's own narration: no speaker, not a claim."""
    return _clear(store, statement_ref, narration=True)


def untag(store: Store, statement_ref: str) -> Statement:
    """Clear a statement's speaker and claim (back to unreviewed)."""
    return _clear(store, statement_ref, narration=False)


def _clear(store: Store, statement_ref: str, *, narration: bool) -> Statement:
    sid = find_statement(store, statement_ref).id
    op = "narration" if narration else "untag"
    summary = f"mark {sid} as narration" if narration else f"untag {sid}"
    with store.transaction(op, summary) as tx:
        st = current(store, Statement, sid)  # a claim a colleague just made of it goes too
        _detach(store, tx, st)
        st = st.replace(speaker=None, claim=None, narration=narration)
        tx.put(st)
    return st


def merge_claims(store: Store, keep_ref: str, drop_refs: Sequence[str]) -> Claim:
    """One claim seen in several sources: move appearances, links and outcomes to `keep`,
    which gains the others' tags and numbers it does not have yet."""
    keep_id = find_claim(store, keep_ref).id
    drop_ids = [c.id for c in (find_claim(store, r) for r in drop_refs) if c.id != keep_id]
    if not drop_ids:  # a statement id names the claim it belongs to: say so
        raise nothing_to_merge("claim", drop_refs, f"claim {keep_id}")
    summary = f"merge {', '.join(dict.fromkeys(drop_ids))} into {keep_id}"
    with store.transaction("claim.merge", summary) as tx:
        # read and checked under the writer's lock: as read before it, a tag or note a
        # colleague gave the kept claim meanwhile was lost, a claim re-tagged to another
        # speaker was merged all the same
        keep = current(store, Claim, keep_id)
        drops = {i: current(store, Claim, i) for i in drop_ids}
        return _merged_claims(store, tx, keep, drops)


def _merged_claims(store: Store, tx: Transaction, keep: Claim, drops: dict[str, Claim]) -> Claim:
    """`merge_claims`' checks and writes, inside its transaction."""
    for drop in drops.values():
        if not keep.mergeable(drop):
            names = {
                i: (store.doc(Speaker.TABLE, i) or {}).get("name", i)
                for i in (keep.speaker, drop.speaker)
            }
            raise ValidationError(
                f"claims {keep.id} and {drop.id} have different speakers "
                f"({names[keep.speaker]} vs {names[drop.speaker]}): one claim has one speaker; "
                "link them instead, or re-tag first"
            )
    merged_ids = {keep.id, *drops}
    _check_merged_links(store, merged_ids, keep.id)
    tags = list(keep.tags)
    numbers = keep.quantities
    for drop in drops.values():
        tags += [t for t in drop.tags if tag_key(t) not in {tag_key(k) for k in tags}]
        numbers = with_numbers(numbers, drop.quantities)
        for sid in store.ids_where("statements", "claim", drop.id):
            st = store.get(Statement, sid)
            assert st is not None
            tx.put(st.replace(claim=keep.id))
        for oid in store.ids_where("outcomes", "claim", drop.id):
            outcome = store.get(Outcome, oid)
            assert outcome is not None
            tx.put(outcome.replace(claim=keep.id))
        tx.delete(Claim.TABLE, drop.id)
    _repoint_links(store, tx, merged_ids, keep.id)
    _repoint_rejections(store, tx, merged_ids, keep.id)
    keep = keep.replace(tags=tuple(tags), quantities=numbers)
    tx.put(keep)
    return keep


def merge_verdict_note(store: Store, keep_ref: str, drop_refs: Sequence[str]) -> str | None:
    """What merging would do to KEEP's verdict in force, asked before the merge: a later
    verdict on a merged claim takes over (the outcomes move with the appearances), and the
    analyst should hear it rather than find it in `claims` later. None when it stays."""
    keep = find_claim(store, keep_ref)
    merged = {keep.id, *(find_claim(store, r).id for r in drop_refs)}
    before = verdict_in_force(store, keep.id)
    after = current_outcome([o for cid in sorted(merged) for o in _outcomes_of(store, cid)])
    if after is None or after.claim == keep.id or (before and before.verdict == after.verdict):
        return None
    was = f"was {before.verdict} ({before.date})" if before else "was not judged"
    return (
        f"claim {keep.id} is now judged {after.verdict}: claim {after.claim}'s verdict of "
        f"{after.date} is the latest ({was}); undo ('claimtrack undo', u in the TUI) takes "
        "the merge back"
    )


def verdict_in_force(store: Store, claim_id: str) -> Outcome | None:
    """The claim's verdict in force (`current_outcome` of its history)."""
    return current_outcome(_outcomes_of(store, claim_id))


def _outcomes_of(store: Store, claim_id: str) -> list[Outcome]:
    return [
        o for oid in store.ids_where(Outcome.TABLE, "claim", claim_id)
        if (o := store.get(Outcome, oid)) is not None
    ]  # fmt: skip


def _check_merged_links(store: Store, merged: set[str], keep: str) -> None:
    """Refuse a merge that would lose or contradict a link: claims linked to each other
    (the link would vanish, unseen), or linked to one claim in opposite ways."""
    relations: dict[tuple[str, str], Link] = {}
    for lid in sorted(_links_of(store, merged)):
        link = store.get(Link, lid)
        assert link is not None
        if link.a in merged and link.b in merged:
            raise ValidationError(
                f"claims {link.a} and {link.b} are linked ({link.id}: {link.relation}); "
                f"unlink it first ('claimtrack unlink {link.id}', or x in the Graph view) to say "
                "they are one claim"
            )
        other = link.b if link.a in merged else link.a
        relations[(other, link.relation)] = link
        clash = relations.get((other, OPPOSED_RELATIONS.get(link.relation, "")))
        if clash is not None:
            first, second = sorted((clash, link), key=lambda lk: lk.relation)
            raise ValidationError(
                f"claim {keep} would both {first.relation.removesuffix('s')} and "
                f"{second.relation.removesuffix('s')} claim {other} ({first.id}, {second.id}); "
                "unlink one first"
            )


def _links_of(store: Store, claims: set[str]) -> set[str]:
    """Ids of the links touching any of `claims`."""
    found: set[str] = set()
    for cid in claims:
        found |= store.ids_where("links", "a", cid) | store.ids_where("links", "b", cid)
    return found


def _repoint_links(store: Store, tx: Transaction, merged: set[str], keep: str) -> None:
    """Links of merged claims now start/end at `keep`. Two that become the same relation are
    folded into the first by id (links between the merged claims were refused by
    `_check_merged_links`): it takes the other's note and whatever it lacks, else a note
    written on the dropped one ("found no weapons in the basement") vanished unseen."""
    groups: dict[tuple[str, str, str], list[tuple[Link, dict[str, Any]]]] = {}
    for lid in sorted(_links_of(store, merged)):
        link = store.get(Link, lid)
        doc = store.doc(Link.TABLE, lid)
        assert link is not None and doc is not None
        a = keep if link.a in merged else link.a
        b = keep if link.b in merged else link.b
        moved = link.replace(a=a, b=b)
        groups.setdefault(moved.key(), []).append((moved, {**doc, "a": a, "b": b}))
    for (kept, doc), *folded in groups.values():
        for other, other_doc in folded:
            tx.delete(Link.TABLE, other.id)
            doc = _folded_link(doc, other_doc)
        if doc != store.doc(Link.TABLE, kept.id):
            Link.from_doc(doc)  # still a valid link (a field filled in by hand is checked too)
            tx.put_doc(Link.TABLE, doc)


def _folded_link(kept: dict[str, Any], dropped: dict[str, Any]) -> dict[str, Any]:
    """The stored link `kept` once it stands for `dropped` too: both notes (each once), and
    every field the dropped one has and the kept one leaves empty (an analyst, a date, a
    field added by hand)."""
    out = dict(kept)
    for field, value in dropped.items():
        if field == "note":
            out["note"] = _joined_notes(kept.get("note"), value)
        elif out.get(field) in (None, "", [], ()) and value not in (None, "", [], ()):
            out[field] = value
    return out


def _joined_notes(kept: str | None, dropped: str | None) -> str | None:
    """Both notes once each ("a; b"), whatever their case; one already folded in stays once."""
    extra = (dropped or "").strip()
    if not kept or not kept.strip():
        return extra or None
    known = {n.strip().casefold() for n in kept.split(NOTE_GLUE)}
    return kept if not extra or extra.casefold() in known else f"{kept}{NOTE_GLUE}{extra}"


NOTE_GLUE = "; "
"""Between the notes of links folded into one by a merge."""


def _repoint_rejections(store: Store, tx: Transaction, merged: set[str], keep: str) -> None:
    """A suggestion rejected for a merged claim stays rejected for the claim it became (else
    the same pair came back under the kept claim's id); one between the merged claims goes."""
    seen: set[tuple[str, str, str]] = set()
    for rid, doc in sorted(store.docs(Rejection.TABLE).items()):
        a = keep if doc["a"] in merged else doc["a"]
        b = keep if doc["b"] in merged else doc["b"]
        x, y = sorted((a, b))
        if x == y or (x, y, doc["relation"]) in seen:
            tx.delete(Rejection.TABLE, rid)
            continue
        seen.add((x, y, doc["relation"]))
        if (x, y) != (doc["a"], doc["b"]):
            tx.put(Rejection.from_doc({**doc, "a": x, "b": y}))


def existing_link(store: Store, a: str, b: str, relation: str) -> Link | None:
    """The link of this relation between two claims, if any (either way when symmetric)."""
    probe = Link("probe", a, b, relation)
    for lid in store.ids_where("links", "a", a) | store.ids_where("links", "b", a):
        link = store.get(Link, lid)
        if link is not None and link.key() == probe.key():
            return link
    return None


def link_claims(
    store: Store, a_ref: str, b_ref: str, relation: str, note: str | None = None
) -> Link:
    """Relate two claims (statement ids resolve to their claims)."""
    note = typed_note(note)  # cleaned as imported text is (escapes, controls)
    a, b, relation = check_link(store, a_ref, b_ref, relation)
    with store.transaction("link", f"{a.id} {relation} {b.id}") as tx:
        # checked again under the writer's lock: a claim merged away meanwhile, or the same
        # link made by a colleague, would leave a dangling or a doubled link
        a, b, relation = check_link(store, a.id, b.id, relation)
        link = Link(
            id=tx.new_id(),
            a=a.id,
            b=b.id,
            relation=relation,
            note=note or None,
            analyst=store.analyst,
            created=store.now(),
        )
        tx.put(link)
    return link


def check_link(store: Store, a_ref: str, b_ref: str, relation: str) -> tuple[Claim, Claim, str]:
    """The two claims and the relation `link_claims` would record; refuses a claim linked to
    itself, a link already made and one the opposite relation contradicts (a dialog asks
    before it closes, so a note typed for the link is not lost)."""
    relation = check_choice(relation, RELATIONS, "relation")
    a = find_claim(store, a_ref)
    b = find_claim(store, b_ref)
    if a.id == b.id:
        raise ValidationError(f"cannot link claim {a.id} to itself")
    found = existing_link(store, a.id, b.id, relation)
    if found is not None:
        raise ValidationError(f"claims {a.id} and {b.id} are already linked ({found.id})")
    opposed = OPPOSED_RELATIONS.get(relation)
    clash = opposed and (
        existing_link(store, a.id, b.id, opposed) or existing_link(store, b.id, a.id, opposed)
    )
    if clash:
        raise ValidationError(
            f"claims {a.id} and {b.id} are linked as {opposed} ({clash.id}); unlink it first "
            f"to say they {relation.removesuffix('s')}"
        )
    return a, b, relation


def unlink(store: Store, link_ref: str) -> Link:
    """Remove a link."""
    try:
        link = store.resolve(link_ref, Link)
    except NotFoundError as exc:  # a link a merge folded into another: say which
        raise gone(store, link_ref, ("links",)) or exc from None
    assert isinstance(link, Link)
    with store.transaction("unlink", f"remove link {link.id}") as tx:
        link = current(store, Link, link.id)  # a merge may have folded it meanwhile
        tx.delete(Link.TABLE, link.id)
    return link


def record_outcome(
    store: Store,
    ref: str,
    verdict: str,
    *,
    note: str | None = None,
    evidence: Sequence[str] = (),
    date: str | None = None,
) -> Outcome:
    """Record a verdict; earlier verdicts stay in the history."""
    note = typed_note(note)  # cleaned as imported text is (escapes, controls)
    verdict = check_choice(verdict, VERDICTS, "verdict")
    date = read_date(date, "decision date")
    check_decision_date(store, date)
    urls = check_evidence(evidence)
    claim = find_claim(store, ref)
    day = date or store.now()[:10]
    with store.transaction("outcome", f"{claim.id} judged {verdict}") as tx:
        # under the writer's lock: a claim merged away meanwhile would hold a verdict no
        # claim shows, and the same verdict recorded by a colleague would be recorded twice
        claim = current(store, Claim, claim.id)
        was = verdict_in_force(store, claim.id)
        if was is not None and (was.verdict, was.date, was.note, _urls(was)) == (
            verdict,
            day,
            note or None,
            tuple(urls),
        ):  # a command run twice: the brief showed "false → false"
            raise ValidationError(
                f"claim {claim.id} already has this verdict ({verdict} decided {day}, "
                f"outcome {was.id}): nothing recorded"
            )
        outcome = Outcome(
            id=tx.new_id(),
            claim=claim.id,
            verdict=verdict,
            date=day,
            note=note or None,
            evidence=tuple(Evidence(url=u) for u in urls),
            analyst=store.analyst,
            recorded=store.now(),
        )
        tx.put(outcome)
    return outcome


def _urls(outcome: Outcome) -> tuple[str, ...]:
    return tuple(e.url for e in outcome.evidence)


def outcome_message(store: Store, outcome: Outcome) -> tuple[str, bool]:
    """What to tell the analyst about an outcome just recorded, and whether it is a warning:
    a verdict decided before the one in force is kept in the history but does not replace it
    (a correction dated earlier than a mistaken verdict dated today changes nothing shown)."""
    in_force = verdict_in_force(store, outcome.claim)
    said = f"claim {outcome.claim} judged {outcome.verdict} on {outcome.date} ({outcome.id})"
    if in_force is None or in_force.id == outcome.id:
        reported = first_reported(store, outcome.claim)
        if reported is not None and outcome.date < reported:  # a typo in the year, say
            return (
                f"{said}; note: decided before the claim was first reported ({reported}): "
                "check the date",
                True,
            )
        return said, False
    return (
        f"recorded {outcome.verdict} on {outcome.date} for claim {outcome.claim}, but "
        f"{in_force.verdict} decided {in_force.date} is later and stays in force; to correct "
        f"it, date the new verdict {in_force.date} or later",
        True,
    )


def first_reported(store: Store, claim_id: str) -> str | None:
    """The publication date of the earliest dated source a claim appears in."""
    dates = []
    for sid in store.ids_where(Statement.TABLE, "claim", claim_id):
        doc = store.doc(Statement.TABLE, sid)
        src = store.doc(Source.TABLE, doc["source"]) if doc else None
        if src and src.get("published"):
            dates.append(src["published"])
    return min(dates) if dates else None


def check_decision_date(store: Store, date: str | None) -> None:
    """Refuse a decision date that is no real day, or after tomorrow by the store's clock:
    a verdict is recorded once it is known."""
    day = read_date(date, "decision date")
    check_known_by(day, store.now(), "decision date", "a verdict is recorded once it is known")


def edit_claim(
    store: Store,
    ref: str,
    *,
    summary: str | None = None,
    add_tags: Sequence[str] = (),
    remove_tags: Sequence[str] = (),
    note: str | None = None,
) -> Claim:
    """Change a claim's summary, tags or note (to the claim as it is under the writer's lock:
    as read before it, a tag a colleague added meanwhile was lost)."""
    # cleaned as imported text is (escapes, controls): the summary and tags are one line
    note = typed_note(note)
    summary = None if summary is None else check_typed(summary, "claim summary")
    add_tags = [check_typed(t, "tag") for t in add_tags]
    cid = find_claim(store, ref).id
    with store.transaction("claim.edit", f"edit claim {cid}") as tx:
        claim = current(store, Claim, cid)
        if summary is not None and not summary.strip():
            raise ValidationError("claim summary must not be empty")
        removed = {tag_key(t) for t in remove_tags}
        missing = [t for t in remove_tags if tag_key(t) not in {tag_key(k) for k in claim.tags}]
        if missing:  # a typo: "updated" would say the tag went
            has = ", ".join(claim.tags) or "none"
            raise ValidationError(f"claim {claim.id} has no tag {missing[0]!r} (its tags: {has})")
        tags = [t for t in claim.tags if tag_key(t) not in removed]
        spelt = _tag_spellings(store) if add_tags else {}
        for tag in add_tags:
            tag = " ".join(tag.split())
            if tag and tag_key(tag) not in {tag_key(t) for t in tags}:
                # "Shushi" and "shushi " are one tag, written as the store first wrote it
                tags.append(spelt.get(tag_key(tag), tag))
        updated = claim.replace(
            summary=summary.strip() if summary is not None else claim.summary,
            tags=tuple(tags),
            note=claim.note if note is None else (note or None),
        )
        tx.put(updated)
    return updated


SOURCE_FIELDS = ("title", "outlet", "url", "published", "lang", "reliability")
"""What an analyst may correct on a source after import (its text never changes)."""


def edit_source(
    store: Store, ref: str, *, dry_run: bool = False, **fields: str | None
) -> tuple[Source, list[str]]:
    """Correct a source's metadata (`SOURCE_FIELDS`; None leaves a field, "" clears it, the
    title excepted); returns the source and the names of the fields that changed. With
    `dry_run`, only checks the fields (a dialog stays open on a bad one) and writes nothing.

    Its outlet and date are what filters, briefs and ClaimReview read; a re-import of the same
    text is a no-op, so this is the only way to add them later. A new `lang` changes which
    cues suggest speakers; statement boundaries stay as imported.
    """
    unknown = sorted(set(fields) - set(SOURCE_FIELDS))
    if unknown:
        raise ValidationError(f"a source has no field {unknown[0]!r}")
    src = find_source(store, ref)
    given = {k: (v.strip() if v is not None else None) for k, v in fields.items()}
    new = {k: (v or None) for k, v in given.items() if v is not None}
    if "title" in new and new["title"] is None:
        raise ValidationError("a source's title must not be empty")
    for name in ("title", "outlet"):  # cleaned as a typed name is (`check_typed`)
        if new.get(name):
            new[name] = check_typed(new[name], name)
    if "lang" in new:
        # here, not at the top: the ingest package (numpy, trafilatura) would load with
        # every command that tags or links
        from claimtrack.ingest.document import is_language_code

        new["lang"] = (new["lang"] or "und").lower()
        if not is_language_code(new["lang"]):
            raise ValidationError(f"unknown language code {new['lang']!r} (like 'en', 'id', 'ru')")
    if new.get("url"):
        check_url(new["url"], "source URL")
    if new.get("published"):
        new["published"] = read_date(new["published"], "published date")
        check_published(new["published"])
    updated = src.replace(**new)  # checks the date and the reliability grade
    changed = [k for k in SOURCE_FIELDS if getattr(updated, k) != getattr(src, k)]
    if not changed or dry_run:
        return (updated if changed else src), changed
    with store.transaction("source.edit", f"edit source {src.id}: {', '.join(changed)}") as tx:
        # the fields given, on the source as it is now: a colleague's edit of another stays
        updated = current(store, Source, src.id).replace(**new)
        tx.put(updated)
    return updated, changed


def _tag_spellings(store: Store) -> dict[str, str]:
    """Each tag in use (by `tag_key`) as the store spells it: the lowest claim id's spelling,
    so "Martuni" typed in the CLI and "martuni" in the TUI stay one tag in every export."""
    spelt: dict[str, str] = {}
    docs = store.docs(Claim.TABLE)
    for cid in sorted(docs):
        for tag in docs[cid].get("tags") or ():
            spelt.setdefault(tag_key(tag), tag)
    return spelt


def set_statement_note(store: Store, ref: str, note: str) -> Statement:
    """Attach (or clear, with an empty note) the analyst's note on a statement."""
    note = typed_note(note) or ""  # cleaned as imported text is (escapes, controls)
    st = find_statement(store, ref)
    with store.transaction("note", f"note on {st.id}") as tx:
        # as it is now: written back as read before the lock, a colleague's tag was undone
        st = current(store, Statement, st.id)
        st = st.replace(note=note or None)
        tx.put(st)
    return st


def reject_candidate(store: Store, a: str, b: str, relation: str) -> Rejection:
    """Remember that a suggested link or merge is wrong, so it is never proposed again."""
    return reject_candidates(store, a, b, [relation])[0]


def reject_candidates(store: Store, a: str, b: str, relations: Sequence[str]) -> list[Rejection]:
    """Reject several relations suggested for one pair of claims in one change (one undo)."""
    relations = list(dict.fromkeys(
        check_choice(r, (*RELATIONS, "same-claim"), "relation") for r in relations
    ))  # fmt: skip
    if not relations:
        raise ValidationError("no relation to reject")
    ca, cb = find_claim(store, a), find_claim(store, b)
    if ca.id == cb.id:
        raise ValidationError(f"claim {ca.id} cannot be paired with itself")
    x, y = sorted((ca.id, cb.id))
    rejections = []
    with store.transaction("reject", f"reject {' and '.join(relations)} {x} {y}") as tx:
        current(store, Claim, x), current(store, Claim, y)  # neither merged away meanwhile
        for relation in relations:
            rejection = Rejection(
                id=tx.new_id(),
                a=x,
                b=y,
                relation=relation,
                analyst=store.analyst,
                created=store.now(),
            )
            tx.put(rejection)
            rejections.append(rejection)
    return rejections
