"""Annotation commands: speakers, tagging, claims, links, outcomes, notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

import click

from claimtrack.cli.main import (
    cli,
    db_option,
    db_words,
    json_option,
    session,
    source_options,
    wants_json,
)
from claimtrack.cli.output import emit_json, say, table
from claimtrack.errors import (
    ClaimtrackError,
    NotFoundError,
    UnknownSpeakerError,
    ValidationError,
)
from claimtrack.ids import id_shaped
from claimtrack.model import (
    RELATIONS,
    SPEAKER_KINDS,
    VERDICTS,
    Claim,
    Link,
    Speaker,
    Statement,
    check_choice,
)
from claimtrack.textnorm import counted, fold, shorten

if TYPE_CHECKING:
    from claimtrack.store import Store

T = TypeVar("T")


def speaker_json(sp: Speaker) -> dict[str, object]:
    """The contract's speaker object."""
    return {
        "id": sp.id,
        "name": sp.name,
        "aliases": list(sp.aliases),
        "side": sp.side,
        "kind": sp.kind,
        "note": sp.note,
    }


def shell_word(text: str) -> str:
    """`text` as one word to paste into a shell: "New Name" in double quotes, as the help's
    examples write names; anything a shell would expand inside them in single quotes."""
    import shlex

    if shlex.quote(text) == text:
        return text
    if not set(text) & set('"$`\\!'):
        return f'"{text}"'
    return shlex.quote(text)


# Choices are checked by the services (one clear line), so options stay plain strings here.
KIND_HELP = (
    f"Kind: {', '.join(SPEAKER_KINDS)} (its start will do: gov; one official is a person, "
    "officials a body's unnamed officials)."
)
NEW_SIDE_HELP = (
    "Keep --side as typed though it looks like a typo of a side in use or of a country "
    "(refused otherwise)."
)


def _side_checked(store: Store, side: str | None, new_side: bool) -> str | None:
    """Refuse a side that looks like a typo of a side in use or of a country ("Goverment"
    beside "Government", "Azerbajan"): stored as typed it splits a side in two, in the
    Claims view, `--side` filters and exports. With --new-side, only say so."""
    from claimtrack.services import speakers

    hint = speakers.side_hint(store, side)
    if hint is not None and not new_side:
        raise ValidationError(f"{hint}; to keep {side!r} as typed, give --new-side too")
    return hint


@cli.group()
def speaker() -> None:
    """Register, list, edit and merge speakers."""


@speaker.command("add")
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@click.option("--side", help="Which side the speaker is on (free text, e.g. armenia).")
@click.option("--new-side", is_flag=True, help=NEW_SIDE_HELP)
@click.option("--kind", help=KIND_HELP + " Default: what the name tells, else other.")
@click.option("--note", help="A note about the speaker.")
@db_option
@json_option
def speaker_add(
    name: str,
    aliases: tuple[str, ...],
    side: str | None,
    new_side: bool,
    kind: str | None,
    note: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Add a speaker with aliases in every language you meet.

    Without --kind or --side, a body's name tells them: "Armenian Foreign Ministry" is a
    ministry on the side Armenia. Give a person --kind person: their surname alone then
    finds them, in any script ("Renz", "Ренц").

    \b
    Example:
      claimtrack speaker add "Ilham Aliyev" --alias Aliyev --alias Алиев --side Azerbaijan
    """
    from claimtrack.services import speakers

    # cleaned as imported text is, and refused before a missing store is created
    name = speakers.checked_name(name)
    aliases = tuple(speakers.typed_aliases(aliases))
    side, note = speakers.typed_side(side), speakers.typed_note(note)
    told_kind, told_side, person = speakers.told_by_name(name)
    told = [
        f"{what} {value}"
        for what, value, given in (("kind", told_kind, kind), ("side", told_side, side))
        if given is None and value is not None and value != "other"
    ]
    hint_person = person and kind is None
    kind = kind if kind is not None else told_kind
    side = side if side is not None else told_side
    kind = check_choice(kind, SPEAKER_KINDS, "speaker kind")
    with session(db, create=True) as store:
        hint = _side_checked(store, side, new_side)
        taken = speakers.answering(store, [name, *aliases])
        if taken:  # the name is known: what the analyst likely wants is to edit that one
            clash = min(taken, key=fold)
            doc = taken[clash]
            edit = (
                f"; to give it more names, a side or a kind: claimtrack speaker edit "
                f"{doc['id']}{db_words(db)}"
                if fold(clash) == fold(name)
                else ""  # an alias clash: an alias names one speaker, so leave it out
            )
            raise ValidationError(
                f"speaker {clash!r} already exists as {doc['id']} {doc['name']}{edit}"
            )
        sp = speakers.add_speaker(store, name, aliases, side, kind, note)
        shared = speakers.alias_hint(store, aliases, sp.id)
        twin = _likely_twin(store, sp, db)
    if wants_json(as_json):
        emit_json(speaker_json(sp))
    else:
        from_name = f" ({', '.join(told)}: from its name)" if told else ""
        say(f"added speaker {sp.id} {sp.name}{from_name}")
        if hint_person:
            say(
                "if this is a person, this lets their surname alone find them, in any "
                f"script: claimtrack speaker edit {sp.id} --kind person{db_words(db)}"
            )
    for warning in (hint, shared, twin):
        if warning:
            say(warning)


def _likely_twin(store: Store, sp: Speaker, db: str | None) -> str | None:
    """A warning when the speaker just added is likely one already registered ("Tasov"
    beside "Mirek Tasov", "Владимир Путин" beside "Vladimir Putin"), with the merge that
    makes them one: found only later by `speaker similar`, the two split its claims."""
    from claimtrack.services import speakers

    found = speakers.similar(store.all(Speaker), only=sp.id).get(sp.id)
    if not found:
        return None
    best = found[0]
    other = store.get(Speaker, best.other)
    return (
        f"warning: {sp.name} may be {other.name} ({other.id}), already registered "
        f"({best.name} ~ {best.other_name}); to make them one: claimtrack speaker merge "
        f"{other.id} {sp.id}{db_words(db)}"
    )


@speaker.command("list")
@db_option
@json_option
def speaker_list(db: str | None, as_json: bool) -> None:
    """List speakers with their aliases, side and kind.

    \b
    Example:
      claimtrack speaker list --json
    """
    from claimtrack.services.queries import track_record

    with session(db) as store:
        rows = sorted(store.all(Speaker), key=lambda s: (s.name.casefold(), s.id))
        records = {s.id: track_record(store, s.id) for s in rows}
    if wants_json(as_json):
        # the track record the table shows, under the key `show SPEAKER --json` uses
        emit_json([speaker_json(s) | {"track_record": records[s.id]} for s in rows])
        return
    table(
        None,
        ["id", "name", "aliases", "side", "kind", "claims"],
        [
            [
                s.id,
                s.name,
                ", ".join(s.aliases),
                s.side or "",
                s.kind,
                " ".join(f"{k}:{v}" for k, v in records[s.id].items()),
            ]
            for s in rows
        ],
        cut={"name": 80, "aliases": 200, "side": 40, "claims": 200},
    )


@speaker.command("similar")
@db_option
@json_option
def speaker_similar(db: str | None, as_json: bool) -> None:
    """Pairs of speakers that are likely one, registered under a Latin and a Cyrillic name
    ("Vladimir Putin" / "Владимир Путин"), spelt two ways, or by one name alone and after a
    title ("Fajar" / "Alliance coordinator Fajar"); a body and a person never are. Merge
    them with `speaker merge`.

    \b
    Example:
      claimtrack speaker similar
    """
    from claimtrack.services import speakers

    with session(db) as store:
        everyone = store.all(Speaker)
    names = {s.id: s.name for s in everyone}
    pairs = [
        (a, found)
        for a, matches in sorted(speakers.similar(everyone).items())
        for found in matches
        if a < found.other  # each pair once
    ]
    if wants_json(as_json):
        emit_json(
            [
                {
                    "speakers": [a, found.other],
                    "speaker_names": [names[a], names[found.other]],  # as the table shows
                    "names": [found.name, found.other_name],
                    "score": round(found.score, 1),
                }
                for a, found in pairs
            ]
        )
        return
    if not pairs:
        say("no two speakers look alike")
        return
    table(
        None,
        ["id", "name", "id", "name", "alike by", "score"],
        [
            [
                a,
                names[a],
                found.other,
                names[found.other],
                f"{found.name} ~ {found.other_name}",
                f"{found.score:.0f}",
            ]
            for a, found in pairs
        ],
        cut={"name": 80, "alike by": 120},
    )


@speaker.command("edit")
@click.argument("ref")
@click.option("--name", help="New name (the old one becomes an alias).")
@click.option("--alias", "add_aliases", multiple=True, help="Alias to add (repeatable).")
@click.option("--remove-alias", "remove_aliases", multiple=True, help="Alias to remove.")
@click.option("--side", help="New side ('' clears it).")
@click.option("--new-side", is_flag=True, help=NEW_SIDE_HELP)
@click.option("--kind", help=KIND_HELP)
@click.option("--note", help="New note ('' clears it).")
@db_option
@json_option
def speaker_edit(
    ref: str,
    name: str | None,
    add_aliases: tuple[str, ...],
    remove_aliases: tuple[str, ...],
    side: str | None,
    new_side: bool,
    kind: str | None,
    note: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Edit a speaker (by id, name or alias).

    \b
    Example:
      claimtrack speaker edit Aliyev --alias "Presiden Azerbaijan"
    """
    from claimtrack.services import speakers
    from claimtrack.services.lookup import find_speaker

    if name is None and not add_aliases and not remove_aliases and (side, kind, note) == (
        None, None, None
    ):  # fmt: skip
        raise click.UsageError(
            "nothing to change: give --name, --alias, --remove-alias, --side, --kind or --note"
        )
    name = None if name is None else speakers.checked_name(name)  # cleaned as imported text
    add_aliases = tuple(speakers.typed_aliases(add_aliases))
    side, note = speakers.typed_side(side), speakers.typed_note(note)
    with session(db) as store:
        hint = _side_checked(store, side, new_side)
        had = {fold(n) for n in find_speaker(store, ref).names}
        sp = speakers.edit_speaker(
            store,
            ref,
            name=name,
            add_aliases=add_aliases,
            remove_aliases=remove_aliases,
            side=side,
            kind=kind,
            note=note,
        )
        shared = speakers.alias_hint(store, [a for a in add_aliases if fold(a) not in had], sp.id)
    if wants_json(as_json):
        emit_json(speaker_json(sp))
    else:
        say(f"updated speaker {sp.id} {sp.name}")
    for warning in (hint, shared):
        if warning:
            say(warning)


@speaker.command("merge")
@click.argument("keep")
@click.argument("drop", nargs=-1, required=True)
@db_option
@json_option
def speaker_merge(keep: str, drop: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """Merge speakers into KEEP: their names become aliases, their statements move over.

    \b
    Example:
      claimtrack speaker merge "Ilham Aliyev" "Presiden Azerbaijan"
    """
    from claimtrack.services import speakers

    with session(db) as store:
        sp = speakers.merge_speakers(store, keep, drop)
    if wants_json(as_json):
        emit_json(speaker_json(sp))
    else:
        say(f"merged into {sp.id} {sp.name}")


@cli.command()
@click.argument("refs", metavar="STATEMENT… [SPEAKER]", nargs=-1, required=True)
@click.option(
    "--suggested",
    is_flag=True,
    help="Take the suggested speaker instead (a proposed new one is registered); takes several "
    "statements, tagged in one change.",
)
@db_option
@json_option
def tag(refs: tuple[str, ...], suggested: bool, db: str | None, as_json: bool) -> None:
    """Attribute STATEMENT to SPEAKER (id, name or alias; fuzzy but unambiguous).

    The statement becomes an appearance of a claim (a new one unless it already has one).
    With --suggested it takes the speaker `statements` suggests, as ⏎ does in the Reader: a
    proposed "Presiden Azerbaijan Ilham Aliyev" registers the person "Ilham Aliyev" with
    the office as an alias. Naming a registered speaker where a new one was proposed
    teaches it the proposed names, as picking it in the Reader does (a bare country or
    side only to the speaker that is it).

    With --suggested, several statements are tagged one after another, as ⏎ on each would,
    in one change: `claimtrack undo` takes the whole command back. If one cannot be
    tagged (no suggestion, already tagged), none is.

    \b
    Examples:
      claimtrack tag 3fk2 "NK officials"
      claimtrack tag 3fk2 --suggested
      claimtrack tag --suggested 3fk2 9qw1 5mx0
    """
    from claimtrack.services import annotate
    from claimtrack.services.queries import suggestion_for

    if suggested and len(refs) > 1:
        _tag_suggested_many(refs, db, as_json)
        return
    if len(refs) > 2 or (len(refs) == 2 and suggested):
        if suggested:
            raise click.UsageError("name a SPEAKER or pass --suggested, not both")
        raise click.UsageError(
            "give one STATEMENT and one SPEAKER (quote a name of several words: "
            '"Karabakh officials"); several statements take --suggested'
        )
    statement, speaker_ref = refs[0], (refs[1] if len(refs) == 2 else None)
    if speaker_ref is None and not suggested:
        raise click.UsageError("name a SPEAKER or pass --suggested to take the suggested one")
    learned: list[str] = []
    withheld: list[str] = []  # towns said for a state that are not its capital
    registered = False  # whether --suggested registered a proposed new speaker
    replaced: str | None = None  # what a re-tag took the statement from, to say so
    unchanged = False  # already so: nothing is logged, so `undo` would take back another
    with session(db) as store:
        if speaker_ref is not None:
            # As picking in the Reader: the names a proposed new speaker was found under
            # become the chosen speaker's aliases ("Министр иностранных дел Остревии").
            found = _statement_first(store, statement, speaker_ref, db)
            suggestion = suggestion_for(store, found)
            proposal = suggestion.named_as if suggestion is not None else None
            learned = annotate.learned_aliases(store, found, proposal)
            unchanged = annotate.already_tagged(store, found, speaker_ref, proposal) is not None
            try:
                st, sp, claim = annotate.tag(store, found.id, speaker_ref, proposal)
            except UnknownSpeakerError as exc:  # a first-time user's name: say how to add it
                if fold(exc.name) in NOT_A_SPEAKER:  # registering "narration" is no answer
                    raise click.UsageError(
                        f"the outlet's own narration has no speaker: claimtrack narration "
                        f"{found.id}{db_words(db)}"
                    ) from None
                known = (
                    f"no speaker is clearly {exc.name!r}, only alike: {exc.alike}; to tag "
                    f"one: claimtrack tag {found.id} ID{db_words(db)}"
                    if exc.alike
                    else f"no speaker matches {exc.name!r} (the registered ones: claimtrack "
                    f"speaker list{db_words(db)})"
                )
                raise UnknownSpeakerError(
                    f"{known}; to register it: claimtrack speaker add "
                    f"{shell_word(exc.name)}{db_words(db)}",
                    exc.name,
                    exc.candidates,
                    exc.alike,
                ) from None
            learned = [name for name in learned if name in sp.aliases]
            withheld = annotate.withheld_towns(store, found, proposal, sp)
            replaced = _replaced(store, found, sp, claim)
        else:
            st, sp, claim, registered, learned = _accept_suggested(store, statement)
    if wants_json(as_json):
        one = {
            "statement": st.id,
            "speaker": sp.id,
            "claim": claim.id,
            "learned": learned,
            "new_speaker": registered,
        }
        emit_json({**one, "tagged": [one]})  # `tagged` as several statements list them
    elif unchanged:
        say(f"{st.id} already said by {sp.name} (claim {claim.id}); nothing changed")
    else:
        _say_tagged(st, sp, claim, registered, db)
        if replaced:
            say(replaced)
        _say_learned(sp, learned)
        for why in withheld:
            say(f"not learned: {why} (data/places/capitals.json)")


def _say_learned(sp: Speaker, learned: Sequence[str]) -> None:
    """The names a tag taught `sp`, one line: said whether the analyst named the speaker or
    took the suggested one ("Moscow warned" accepted as Russia learns "Moscow")."""
    if learned:
        say(f"learned: {', '.join(learned)} is {sp.name} too ('claimtrack undo' forgets it)")


NOT_A_SPEAKER = frozenset({"narration", "narrator", "narrative", "none", "nobody", "outlet"})
"""What a newcomer types as the SPEAKER of the outlet's own lines, when no speaker is called
so: `tag ST narration` answered "to register it: claimtrack speaker add narration"."""


def _replaced(store: Store, before: Statement, sp: Speaker, claim: Claim) -> str | None:
    """What a tag over an earlier annotation replaced, said in one line: re-tagging a
    statement another speaker held (or marked narration) moved it without a word, and a
    claim it took along (its links and verdict) now counts in another track record."""
    if before.speaker is not None and before.speaker != sp.id:
        old = store.get(Speaker, before.speaker)
        was = old.name if old is not None else before.speaker
        if before.claim == claim.id:
            moved = f"claim {claim.id} is now {sp.name}'s"
        else:
            moved = f"it left claim {before.claim} for claim {claim.id}"
        return f"was {was}; {moved} ('claimtrack undo' takes it back)"
    if before.narration:
        return "was narration ('claimtrack undo' takes it back)"
    return None


def _statement_first(store: Store, ref: str, speaker_ref: str, db: str | None) -> Statement:
    """`tag`'s STATEMENT; the two words given the other way round (`tag RSF 3fk2`) are
    refused with the command in the right order, not as "no statement 'rsf'"."""
    from claimtrack.services.lookup import find_statement

    try:
        return find_statement(store, ref)
    except NotFoundError as exc:
        if len(speaker_ref.strip()) < 4 or not id_shaped(speaker_ref.strip().lower()):
            raise  # a letter or two, or words: no statement id given the other way round
        try:
            other = find_statement(store, speaker_ref)
        except ClaimtrackError:
            raise exc from None
        raise click.UsageError(
            f"the STATEMENT comes first: claimtrack tag {other.id} {shell_word(ref)}{db_words(db)}"
        ) from None


Accepted = tuple[Statement, Speaker, Claim, bool, list[str]]
"""One suggestion taken: the statement, its speaker, its claim, whether the speaker was
registered for it, and the names the speaker learned."""


def _accept_suggested(store: Store, ref: str) -> Accepted:
    """Tag one statement with its suggested speaker; whether that registered it, and the
    names a registered speaker learned by it ("Moscow" for Russia, as `tag ST Russia`
    teaches and says: `annotate.learned_aliases`)."""
    from claimtrack.services import annotate
    from claimtrack.services.lookup import find_statement
    from claimtrack.services.queries import suggestion_for

    found = find_statement(store, ref)
    known = set(store.docs(Speaker.TABLE))
    suggestion = suggestion_for(store, found)
    learned: list[str] = []
    if suggestion is not None and suggestion.speaker is not None and not found.speaker:
        chosen = store.get(Speaker, suggestion.speaker)
        learned = annotate.learned_aliases(store, found, suggestion.found_as, chosen)
    st, sp, claim = annotate.accept_suggestion(store, found.id, suggestion)
    return st, sp, claim, sp.id not in known, [n for n in learned if n in sp.aliases]


def _say_tagged(st: Statement, sp: Speaker, claim: Claim, registered: bool, db: str | None) -> None:
    say(f"{st.id} said by {sp.name} (claim {claim.id})")
    if registered:  # a proposal's kind and side are guesses: say how to correct them
        told = ", ".join(filter(None, [sp.kind, f"side {sp.side}" if sp.side else "no side"]))
        say(
            f"registered new speaker {sp.id} {sp.name} ({told}); to correct it: "
            f"claimtrack speaker edit {sp.id} --kind KIND --side SIDE{db_words(db)}"
        )


def _as_statements(store: Store, refs: tuple[str, ...]) -> list[str]:
    """The statements `refs` name, each once, in the order given; a speaker's name among
    them is the old usage error (`tag ST --suggested SPEAKER`), not "no statement"."""
    from claimtrack.services.lookup import find_statement

    ids: list[str] = []
    for n, ref in enumerate(refs):
        try:
            ids.append(find_statement(store, ref).id)
        except ClaimtrackError:
            # `tag ST SPEAKER --suggested` was refused so before several statements were taken;
            # a second id mistyped ("zzzzq") is no speaker's name: "no statement" says so
            as_name = len(refs) == 2 and n == 1 and not id_shaped(ref)
            if as_name or _names_a_speaker(store, ref):
                raise click.UsageError("name a SPEAKER or pass --suggested, not both") from None
            raise
    return list(dict.fromkeys(ids))


def _names_a_speaker(store: Store, ref: str) -> bool:
    from claimtrack.services.lookup import find_speaker

    try:
        find_speaker(store, ref)
    except ClaimtrackError:
        return False
    return True


def _one_change(
    store: Store, op: str, verb: str, ids: list[str], step: Callable[[Store, str], T]
) -> list[T]:
    """`step` for each statement, written as one change (`services.batch`); a statement that
    fails refuses them all, saying so."""
    from claimtrack.services.batch import as_one_change

    def steps(scratch: Store) -> list[T]:
        done: list[T] = []
        for sid in ids:
            try:
                done.append(step(scratch, sid))
            except ClaimtrackError as exc:
                if exc.exit_code != 1:
                    raise
                raise ValidationError(
                    f"{exc}; nothing was {verb} (the {len(ids)} statements are one change: "
                    "leave that one out, or deal with it first)"
                ) from None
        return done

    from claimtrack.textnorm import counted

    summary = f"{op} {counted(len(ids), 'statement')}: {', '.join(ids)}"
    return as_one_change(store, op, steps, lambda _: shorten(summary, 200))


def _tag_suggested_many(refs: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """`tag --suggested A B C`: each statement's suggestion accepted in turn, one change."""
    with session(db) as store:
        ids = _as_statements(store, refs)
        listed = _listed_suggestions(store, ids)
        done = _one_change(store, "tag", "tagged", ids, _accept_suggested)
    changed = {st.id: who for st, sp, _, _, _ in done if (who := _not_as_listed(listed, st, sp))}
    if wants_json(as_json):
        emit_json(
            {
                "tagged": [
                    {
                        "statement": st.id,
                        "speaker": sp.id,
                        "claim": claim.id,
                        "learned": learned,
                        "new_speaker": registered,
                        "listed_as": changed.get(st.id),
                    }
                    for st, sp, claim, registered, learned in done
                ]
            }
        )
        return
    for st, sp, claim, registered, learned in done:
        _say_tagged(st, sp, claim, registered, db)
        _say_learned(sp, learned)
        if st.id in changed:
            say(
                f"check {st.id}: suggested {changed[st.id]} when this command began, "
                f"{sp.name} once the statements before it were tagged; if that is wrong: "
                f"claimtrack tag {st.id} SPEAKER{db_words(db)}"
            )
    from claimtrack.textnorm import counted

    say(
        f"tagged {counted(len(done), 'statement')} in one change ('claimtrack undo' takes all back)"
    )


Listed = dict[str, tuple[str | None, str]]
"""Per statement id, the suggestion `statements` showed: (registered speaker id or None for
a proposed new one, the name shown)."""


def _listed_suggestions(store: Store, ids: list[str]) -> Listed:
    """The suggestions as `statements` lists them before a batch tags anything: what the
    analyst reviewed before typing `tag --suggested A B C`."""
    from claimtrack.services.lookup import find_statement
    from claimtrack.services.queries import SuggestionCache

    cache = SuggestionCache(store)
    names = {i: d["name"] for i, d in store.docs(Speaker.TABLE).items()}
    listed: Listed = {}
    for sid in ids:
        st = find_statement(store, sid)
        s = cache.for_source(st.source).get(sid)
        if s is not None and s.speaker is not None:
            listed[sid] = (s.speaker, names.get(s.speaker, s.speaker))
        elif s is not None and s.proposed_name:
            listed[sid] = (None, s.proposed_name)
    return listed


def _not_as_listed(listed: Listed, st: Statement, sp: Speaker) -> str | None:
    """The name `st` was listed with, when the batch tagged it with someone else: a tag
    earlier in the batch can change the suggestion of a later statement ("she said" carried
    over another speaker once the resident before it was registered), and the analyst, who
    reviewed the list, was not told. A proposal registered as itself is no change."""
    if st.id not in listed:
        return None
    speaker_id, name = listed[st.id]
    if speaker_id is not None:
        return None if speaker_id == sp.id else name
    return None if fold(name) in {fold(n) for n in sp.names} else f"{name} (new)"


@cli.command()
@click.argument("statements", metavar="STATEMENT…", nargs=-1, required=True)
@db_option
@json_option
def narration(statements: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """Mark STATEMENT as the outlet's own narration (no speaker, not a claim).

    Several statements are marked in one change: `claimtrack undo` takes the whole command
    back. If one cannot be marked, none is.

    \b
    Examples:
      claimtrack narration 3fk2
      claimtrack narration 3fk2 9qw1 5mx0
    """
    from claimtrack.services import annotate
    from claimtrack.services.lookup import find_statement

    if len(statements) == 1:
        with session(db) as store:
            st = annotate.mark_narration(store, statements[0])
        if wants_json(as_json):
            emit_json({"statement": st.id, "narration": True, "statements": [st.id]})
        else:
            say(f"{st.id} marked as narration")
        return
    with session(db) as store:
        ids = list(dict.fromkeys(find_statement(store, ref).id for ref in statements))
        done = _one_change(store, "narration", "marked", ids, annotate.mark_narration)
    if wants_json(as_json):
        emit_json({"statements": [st.id for st in done], "narration": True})
    else:
        say(f"{', '.join(st.id for st in done)} marked as narration, in one change")


@cli.command()
@click.argument("statement")
@db_option
@json_option
def untag(statement: str, db: str | None, as_json: bool) -> None:
    """Clear STATEMENT's speaker and claim.

    \b
    Example:
      claimtrack untag 3fk2
    """
    from claimtrack.services import annotate

    with session(db) as store:
        st = annotate.untag(store, statement)
    if wants_json(as_json):
        emit_json({"statement": st.id, "speaker": None, "claim": None})
    else:
        say(f"{st.id} untagged")


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option(
    "--rel", "relation", required=True, help=f"One of: {', '.join(RELATIONS)} (or its start)."
)
@click.option("--note", help="Why they are related.")
@db_option
@json_option
def link(a: str, b: str, relation: str, note: str | None, db: str | None, as_json: bool) -> None:
    """Link two claims (statement ids resolve to their claims).

    \b
    Example:
      claimtrack link 3fk2 9qw1 --rel contradicts --note "denial of the shelling"
    """
    from claimtrack.services import annotate
    from claimtrack.services.naming import link_named

    with session(db) as store:
        lk = annotate.link_claims(store, a, b, relation, note)
        told = link_named(store, lk.a, lk.relation, lk.b)
    if wants_json(as_json):
        emit_json({"id": lk.id, "a": lk.a, "b": lk.b, "relation": lk.relation, "note": lk.note})
    else:
        say(f"linked {told} ({lk.id})")


@cli.command()
@click.argument("link_id", metavar="LINK | A B")
@click.argument("other", metavar="", required=False)
@click.option(
    "--rel",
    "relation",
    help="With A B: which of their links to remove, when they have several (or its start).",
)
@db_option
@json_option
def unlink(
    link_id: str, other: str | None, relation: str | None, db: str | None, as_json: bool
) -> None:
    """Remove a link: by its id, or by the two claims it joins (statement ids resolve to
    their claims, as `link` takes them).

    \b
    Examples:
      claimtrack unlink 7hq2
      claimtrack unlink 3fk2 9qw1
      claimtrack unlink 3fk2 9qw1 --rel supports
    """
    from claimtrack.services import annotate
    from claimtrack.services.naming import link_named

    if other is None and relation is not None:
        raise click.UsageError("--rel chooses among the links of two claims: give A B")
    with session(db) as store:
        if other is None:
            target = _link_named(store, link_id, db)
        else:
            target = _link_between(store, link_id, other, relation, db)
        lk = annotate.unlink(store, target)
        told = link_named(store, lk.a, lk.relation, lk.b)
    if wants_json(as_json):
        emit_json({"removed": lk.id, "a": lk.a, "b": lk.b, "relation": lk.relation})
    else:
        say(f"removed link {lk.id}: {told}")


def _links_of(store: Store, claim_id: str) -> list[Link]:
    """Every link touching a claim, in id order."""
    ids = store.ids_where("links", "a", claim_id) | store.ids_where("links", "b", claim_id)
    return [store.get(Link, i) for i in sorted(ids)]


def _listed(links: list[Link]) -> str:
    return ", ".join(f"{x.id} ({x.a} {x.relation} {x.b})" for x in links)


def _link_named(store: Store, ref: str, db: str | None) -> str:
    """The link `ref` names; a claim's (or a statement's) id, the natural thing to type after
    `link A B`, is answered with that claim's links instead of "no link with id"."""
    from claimtrack.errors import NotFoundError
    from claimtrack.services.lookup import find_claim

    try:
        store.resolve(ref, Link)
    except NotFoundError:
        try:
            claim = find_claim(store, ref)
        except ClaimtrackError:  # no claim either: `annotate.unlink` says what became of it
            return ref
        links = _links_of(store, claim.id)
        if not links:
            raise NotFoundError(f"{ref!r} names claim {claim.id}, which has no links") from None
        raise NotFoundError(
            f"{ref!r} names claim {claim.id}, not a link; its links: {_listed(links)}; "
            f"to remove one: claimtrack unlink LINK{db_words(db)}"
        ) from None
    return ref


def _link_between(store: Store, a: str, b: str, relation: str | None, db: str | None) -> str:
    """The one link joining claims `a` and `b` (either way round), of `relation` if given."""
    from claimtrack.errors import NotFoundError
    from claimtrack.services.lookup import find_claim

    first, second = find_claim(store, a), find_claim(store, b)
    if first.id == second.id:  # two appearances of one claim: no link joins it to itself
        raise ValidationError(
            f"{a} and {b} are both claim {first.id}: give two different claims, or the "
            f"link's id: claimtrack unlink LINK{db_words(db)}"
        )
    links = [x for x in _links_of(store, first.id) if second.id in (x.a, x.b)]
    if relation is not None:
        relation = check_choice(relation, RELATIONS, "relation")
        links = [x for x in links if x.relation == relation]
    if not links:
        what = f"by {relation} " if relation else ""
        raise NotFoundError(f"claims {first.id} and {second.id} are not linked {what}".strip())
    if len(links) > 1:
        raise ValidationError(
            f"claims {first.id} and {second.id} have {len(links)} links: {_listed(links)}; "
            f"give --rel or the link's id: claimtrack unlink LINK{db_words(db)}"
        )
    return links[0].id


@cli.command()
@click.argument("ref", metavar="CLAIM")
@click.option("--verdict", required=True, help=f"One of: {', '.join(VERDICTS)} (or its start).")
@click.option("--note", help="Rationale.")
@click.option("--evidence", multiple=True, metavar="URL", help="Evidence URL (repeatable).")
@click.option(
    "--date",
    metavar="DATE",
    help="Decision date: YYYY-MM-DD, 14.10.2025 or as printed (14 March 2025), from 1900 "
    "to tomorrow; default today.",
)
@db_option
@json_option
def outcome(
    ref: str,
    verdict: str,
    note: str | None,
    evidence: tuple[str, ...],
    date: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Record a verdict on a claim (or a statement's claim); earlier verdicts are kept.

    \b
    Example:
      claimtrack outcome 3fk2 --verdict true --evidence https://example.org/report --date 2020-11-10
    """
    from claimtrack.services import annotate

    if any(not url.strip() for url in evidence):  # a shell variable that was never set
        raise ValidationError("--evidence is empty: give the address of the evidence")
    with session(db) as store:
        oc = annotate.record_outcome(store, ref, verdict, note=note, evidence=evidence, date=date)
        message, overruled = annotate.outcome_message(store, oc)
    if wants_json(as_json):
        emit_json({"id": oc.id, "claim": oc.claim, "verdict": oc.verdict, "date": oc.date,
                   "note": oc.note, "evidence": [e.url for e in oc.evidence]})  # fmt: skip
    else:
        say(f"warning: {message}" if overruled else message)


@cli.command()
@click.argument("statement")
@click.argument("text")
@db_option
@json_option
def note(statement: str, text: str, db: str | None, as_json: bool) -> None:
    """Attach a note to a statement ('' clears it).

    \b
    Example:
      claimtrack note 3fk2 "figure contradicts the ministry's own count"
    """
    from claimtrack.services import annotate
    from claimtrack.services.lookup import find_statement

    with session(db) as store:
        had = find_statement(store, statement).note
        st = annotate.set_statement_note(store, statement, text)
    if wants_json(as_json):
        emit_json({"statement": st.id, "note": st.note})
    elif st.note:
        say(f"note saved on {st.id}")
    else:
        say(f"note cleared on {st.id}" if had else f"{st.id} has no note: nothing to clear")


@cli.group()
def claim() -> None:
    """Merge and edit claims."""


@claim.command("merge")
@click.argument("keep")
@click.argument("drop", nargs=-1, required=True)
@db_option
@json_option
def claim_merge(keep: str, drop: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """Merge claims into KEEP (the same claim seen in several sources).

    Appearances, links and outcomes move to KEEP, the claim named first (as `suggest accept
    A B --rel same-claim` keeps A); the others disappear, and their ids name KEEP in `show`.

    \b
    Example:
      claimtrack claim merge 3fk2 9qw1
    """
    from claimtrack.services.merging import merge

    with session(db) as store:
        done = merge(store, keep, drop)
        apps = sorted(store.ids_where("statements", "claim", done.claim.id))
    if wants_json(as_json):
        emit_json({"id": done.claim.id, "appearances": apps, "merged": list(done.merged)})
    else:
        say(done.message)
    if done.warning:
        say(f"warning: {done.warning}")


@claim.command("edit")
@click.argument("ref")
@click.option("--summary", help="New summary.")
@click.option("--tag", "add_tags", multiple=True, help="Tag to add (repeatable).")
@click.option("--untag", "remove_tags", multiple=True, help="Tag to remove.")
@click.option("--note", help="Note ('' clears it).")
@db_option
@json_option
def claim_edit(
    ref: str,
    summary: str | None,
    add_tags: tuple[str, ...],
    remove_tags: tuple[str, ...],
    note: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Edit a claim's summary, tags or note.

    \b
    Example:
      claimtrack claim edit 3fk2 --summary "NK: Martuni hit by airstrikes" --tag martuni
    """
    from claimtrack.services import annotate

    if summary is None and not add_tags and not remove_tags and note is None:
        raise click.UsageError("nothing to change: give --summary, --tag, --untag or --note")
    with session(db) as store:
        c = annotate.edit_claim(
            store, ref, summary=summary, add_tags=add_tags, remove_tags=remove_tags, note=note
        )
    if wants_json(as_json):
        emit_json(c.to_doc())
    else:
        say(f"updated claim {c.id}")


@claim.command("reread")
@click.argument("refs", nargs=-1)
@db_option
@json_option
def claim_reread(refs: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """Read the numbers of claims (all, or those named) again from their appearances.

    A claim keeps the numbers read when it was tagged: after an upgrade that reads numbers
    better, this brings older claims up to date (suggestions, the brief and the exports use
    them). One change: `claimtrack undo` takes it back.

    \b
    Example:
      claimtrack claim reread
    """
    from claimtrack.quantities import describe
    from claimtrack.services import annotate

    with session(db) as store:
        changed = annotate.reread_numbers(store, refs)
    if wants_json(as_json):
        emit_json([c.to_doc() for c in changed])
    elif not changed:
        which = "the numbers of " + ", ".join(refs) if refs else "every claim's numbers"
        say(f"nothing to change: {which} already read as this version reads them")
    else:
        rows = [(c.id, "; ".join(map(describe, c.quantities)) or "none", c.summary)
                for c in changed]  # fmt: skip
        table(None, ["claim", "numbers now", "summary"], rows, cut={"summary": 60})
        say(f"read again: {len(changed)} claim{'s' if len(changed) != 1 else ''} changed")


@cli.group()
def source() -> None:
    """Correct an imported source's metadata, or carry an earlier version's annotations."""


@source.command("edit")
@click.argument("ref")
@click.option("--title", help="Title (the headline).")
@source_options(editing=True)
@db_option
@json_option
def source_edit(
    ref: str,
    title: str | None,
    outlet: str | None,
    url: str | None,
    published: str | None,
    lang: str | None,
    reliability: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Correct a source's title, outlet, address, date, language or reliability.

    REF is an id, or an outlet or part of a title naming one source. Re-importing the same
    text changes nothing, so this is how an outlet or a date is added afterwards.

    \b
    Example:
      claimtrack source edit "Presiden Azerbaijan" --outlet Gatra --published 2020-10-05
    """
    from claimtrack.services import annotate

    fields = {"title": title, "outlet": outlet, "url": url, "published": published,
              "lang": lang, "reliability": reliability}  # fmt: skip
    if all(v is None for v in fields.values()):
        raise click.UsageError(
            "nothing to change: give --title, --outlet, --url, --published, --lang or --reliability"
        )
    with session(db) as store:
        src, changed = annotate.edit_source(store, ref, **fields)
    if wants_json(as_json):
        emit_json({k: v for k, v in src.to_doc().items() if k != "text"} | {"changed": changed})
    elif changed:
        say(f"source {src.id}: {', '.join(changed)} updated")
    else:
        say(f"source {src.id}: already so (no change)")


@source.command("carry")
@click.argument("earlier", metavar="FROM")
@click.argument("later", metavar="TO")
@db_option
@json_option
def source_carry(earlier: str, later: str, db: str | None, as_json: bool) -> None:
    """Carry the annotations of FROM onto TO, a later version of it already imported.

    Each statement of TO that FROM has word for word takes over its speaker, claim (one
    more appearance of it), narration mark and note, as 'import --update-of' does; one
    imported without it need not be imported again. A statement of TO annotated since keeps
    its own (said). FROM and TO are ids, or an outlet or part of a title naming one source.
    One change: `claimtrack undo` takes it back. TO sharing no statement with FROM is
    refused.

    \b
    Example:
      claimtrack source carry qar6cpd 7hx2k4m
    """
    from claimtrack.services.updates import carry

    with session(db) as store:
        done = carry(store, earlier, later)
    if wants_json(as_json):
        emit_json(
            {
                "from": done.earlier,
                "to": done.later,
                "unchanged": done.unchanged,
                "annotated": done.annotated,
                "carried": list(done.carried),
                "kept": list(done.kept),
            }
        )
        return
    same = (
        f"the {counted(done.unchanged, 'statement')} of {done.later} unchanged from {done.earlier}"
    )
    if done.carried:
        say(
            f"carried the annotations of {done.earlier} onto {len(done.carried)} of {same} "
            "(speaker, claim, narration, note; claimtrack undo takes it back)"
        )
    else:
        why = "already have its annotations" if done.annotated else "have no annotations there"
        say(f"nothing to carry: {same} {why}")
    if done.kept:
        listed = ", ".join(done.kept[:8])
        more = f" and {len(done.kept) - 8} more" if len(done.kept) > 8 else ""
        say(f"kept their own annotations, unlike {done.earlier}'s: {listed}{more}")


@cli.group()
def statement() -> None:
    """Split a statement in two, or join two neighbours into one."""


def _span_json(store: Store, st: Statement) -> dict[str, object]:
    """A statement as `statements --json` gives it, but for the suggestion (which would
    load the attribution rules for an answer the next listing gives anyway)."""
    from claimtrack.services.spans import statement_text

    return {
        "id": st.id,
        "source": st.source,
        "start": st.start,
        "end": st.end,
        "text": statement_text(store, st),
        "speaker": st.speaker,
        "claim": st.claim,
        "narration": st.narration,
        "note": st.note,
    }


def _span_rows(store: Store, statements: Sequence[Statement]) -> list[tuple[str, str, str]]:
    """The statements a split or join left, as `statements` lists them: id, speaker, text."""
    from claimtrack.services.spans import statement_text

    names = {i: d["name"] for i, d in store.docs("speakers").items()}
    who = {True: "narration", False: "—"}
    return [
        (st.id, names.get(st.speaker, st.speaker) if st.speaker else who[st.narration],
         statement_text(store, st))
        for st in statements
    ]  # fmt: skip


def _say_spans(as_json: bool, data: dict[str, object], rows: list[tuple[str, str, str]],
               message: str) -> None:  # fmt: skip
    """Print what a split or join left: `data` with --json, else the table and `message`."""
    if wants_json(as_json):
        emit_json(data)
        return
    table(None, ["id", "speaker", "text"], rows, cut={"text": 200})
    say(message)


@statement.command("split")
@click.argument("ref", metavar="STATEMENT")
@click.option("--at", "at", type=int, metavar="OFFSET",
              help="Cut at this offset in the source's text (as `start` and `end` count it in "
              "'statements --json'), strictly inside the statement.")  # fmt: skip
@click.option("--before", "before", metavar="TEXT",
              help="Cut just before the first occurrence of TEXT in the statement (after its "
              "first character; case and spacing count).")  # fmt: skip
@db_option
@json_option
def statement_split(
    ref: str, at: int | None, before: str | None, db: str | None, as_json: bool
) -> None:
    """Cut STATEMENT in two: a sentence of two speakers, two claims.

    The first part keeps the id, the speaker, the claim, the note and the narration mark;
    the second is a new statement, not yet reviewed. Whitespace at the cut belongs to
    neither. A claim the statement is an appearance of reads its numbers again from what
    is left, and a summary cut from the sentence is cut again. One change: `claimtrack
    undo` takes it back.

    \b
    Example:
      claimtrack statement split 3fk2 --before "a claim Valdoria's"
    """
    from claimtrack.services import spans

    if (at is None) == (before is None):
        raise click.UsageError("give where to cut: --at OFFSET or --before TEXT (one of them)")
    with session(db) as store:
        cut = at if at is not None else spans.offset_before(store, ref, before or "")
        first, second = spans.split(store, ref, cut)
        data = {"statement": first.id,
                "statements": [_span_json(store, first), _span_json(store, second)]}  # fmt: skip
        rows = _span_rows(store, [first, second])
    _say_spans(as_json, data, rows,
               f"split {first.id} in two: {second.id} is new, to review "
               "(claimtrack undo takes it back)")  # fmt: skip


@statement.command("join")
@click.argument("first", metavar="STATEMENT")
@click.argument("second", metavar="OTHER")
@db_option
@json_option
def statement_join(first: str, second: str, db: str | None, as_json: bool) -> None:
    """Join OTHER into STATEMENT, its neighbour in the same source: one quote the
    segmenter cut in two.

    STATEMENT keeps its id, speaker, claim and narration mark and spans both (whichever
    comes first in the text); OTHER goes, its note joined to STATEMENT's. OTHER must say
    nothing STATEMENT would lose: an appearance of another claim, another speaker or
    narration is refused (untag it first, or name it first). One change: `claimtrack undo`
    takes it back.

    \b
    Example:
      claimtrack statement join 3fk2 9qw1
    """
    from claimtrack.services import spans

    with session(db) as store:
        joined, gone = spans.join(store, first, second)
        data = {"statement": joined.id, "joined": gone.id,
                "statements": [_span_json(store, joined)]}  # fmt: skip
        rows = _span_rows(store, [joined])
    _say_spans(as_json, data, rows, f"joined {gone.id} into {joined.id} "
               "(claimtrack undo takes it back)")  # fmt: skip
