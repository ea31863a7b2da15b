"""Where an id no longer in the store went: the claim, speaker or link a merge folded it into,
or the statement a join made it part of.

An id copied into a note, a script or an export before a merge stays in use: refusing it
with "no record with id" (or "merged away" without saying into what) left the analyst to
dig through `claimtrack log`. The event log knows, and a merged claim may have been merged
again since, so the answer follows the merges to the record that holds it now. A joined
statement is one more such merge: its text is now part of the statement it was joined into,
unless a split since cut it out again; then the answer names where its text is now.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

from claimtrack.errors import NotFoundError
from claimtrack.model import Event, Record, event_order
from claimtrack.store import Store

_MERGES = {"claims": "claim.merge", "speakers": "speaker.merge", "statements": "statement.join"}
"""The merge that deletes records of a table, folding them into one of its kind."""

_MERGED = {"statements": "joined"}
"""How a merge of the table is said, where not "merged" (`statement join`)."""

_FIELD = {"claims": "claim", "speakers": "speaker", "links": "link", "statements": "statement"}
"""How a record of the table is named in a message (and the field pointing at it)."""

_MAX_HOPS = 50
"""Merges to follow at most (a hand-edited log could loop)."""

Doc = dict[str, Any]


R = TypeVar("R", bound=Record)


def current(store: Store, cls: type[R], id_: str) -> R:
    """The record `id_` as the store holds it now: what a service read before its
    transaction, read again inside it (under the writer's lock, caught up with the other
    processes). Written back as read before the lock, a change a colleague made in between
    was lost (a tag overwritten, their claim left with no appearance). One removed meanwhile
    (merged, joined, untagged away) is refused as a lookup refuses it, so nothing is written."""
    found = store.get(cls, id_)
    if found is None:
        what = cls.TABLE.rstrip("s")
        raise gone(store, id_, (cls.TABLE,)) or NotFoundError(
            f"{what} {id_} was removed by another change meanwhile"
        )
    return found


def gone(store: Store, ref: str, tables: Collection[str] = tuple(_FIELD)) -> NotFoundError | None:
    """The refusal for the id of a record of `tables` a merge (or a statement join) removed:
    which record it went into (followed through later merges), and when; one removed
    otherwise says by which change. None if no such record was ever removed. `tables`: what
    the caller could take (a claim's lookup must not answer with a merged speaker, whose id it
    could not use)."""
    ref = ref.strip().lower()
    if not ref:
        return None
    events = sorted(store.docs(Event.TABLE).values(), key=event_order, reverse=True)
    removed = _removed_ids(store, events, tables, ref)
    if len(removed) > 1:  # the prefix begins several removed ids: which is meant?
        return NotFoundError(
            f"no record with id {ref!r} now; it begins ids of records merged, joined or removed: "
            f"{', '.join(removed[:8])}: give more of the id"
        )
    if removed:  # a prefix, as any id is taken: "4tbj" for the claim 4tbjq2x merged away
        ref = removed[0]
    for table in tables:
        found = _removal(store, events, table, ref)
        if found is None:
            continue
        event, before = found
        if table == "links":
            return _link_gone(store, events, ref, event, before)
        if _op(store, event) == _MERGES[table]:
            return NotFoundError(_forwarded(store, events, table, ref))
        # removed otherwise (a claim whose only appearance was untagged or retagged, an
        # undone add): "no record" would read as a typo of an id that did exist
        date = event["ts"][:10]
        return NotFoundError(f"{_FIELD[table]} {ref} was removed on {date} ({_change(event)})")
    return None


def _removed_ids(store: Store, events: list[Doc], tables: Collection[str], ref: str) -> list[str]:
    """The ids of records of `tables` that some change removed and that are not stored now,
    `ref` itself or those it begins (sorted); a prefix names removed records as `resolve`
    names stored ones."""
    wanted = set(tables)
    found = {
        c["id"]
        for event in events
        for c in event.get("changes") or ()
        if c["table"] in wanted and c["after"] is None and str(c["id"]).startswith(ref)
    }
    if ref in found:
        found = {ref}
    return sorted(i for i in found if all(store.doc(t, i) is None for t in wanted))


def _forwarded(store: Store, events: list[Doc], table: str, ref: str) -> str:
    """`claim a was merged into claim b on D, and b into c on D2: use c` (`statement a was
    joined into statement b …`); a merge that does not say what it kept, or a record it went
    into removed since, is said so rather than named as if it were there."""
    kind = _FIELD[table]
    said, current = f"{kind} {ref} was {_MERGED.get(table, 'merged')}", ref
    first: Doc | None = None
    for hop in range(_MAX_HOPS):
        event, _ = _removal(store, events, table, current) or (None, None)
        if event is None:
            if table == "statements" and first is not None:
                return said + _text_now(store, events, ref, current, first)
            return f"{said}: use {current}"
        first = first or event
        if hop and _op(store, event) != _MERGES[table]:
            return f"{said}; {kind} {current} was removed since ({_change(event)})"
        kept = _kept(event, table, current)
        date = event["ts"][:10]
        if kept is None:
            return f"{said} away on {date}" if not hop else f"{said}, then {current} away on {date}"
        said += (
            f" into {kind} {kept} on {date}"
            if not hop
            else f", and {current} into {kept} on {date}"
        )
        current = kept
    return said


def _text_now(store: Store, events: list[Doc], ref: str, holder: str, joined: Doc) -> str:
    """The end of a joined statement's forward: `: use A` while `holder`, the statement the
    joins led to, still holds all of `ref`'s text. A split since may have cut it out again
    (join, then split at the same place: the second part is a new statement): "use A" then
    sent the analyst to a statement no longer saying it, so the split is named, and the
    statement (or statements) holding the text now. Read from the store as it is, so an undo
    or redo of either change answers as the text then lies."""
    found = _removal(store, events, "statements", ref)
    if found is None:
        return f": use {holder}"
    was = found[1]
    start, end = int(was["start"]), int(was["end"])
    docs = store.docs("statements")
    now = sorted(
        (doc["start"], sid)
        for sid in store.ids_where("statements", "source", was["source"])
        if (doc := docs[sid])["start"] < end and doc["end"] > start
    )
    holders = [sid for _, sid in now]
    if not holders or holders == [holder]:
        return f": use {holder}"
    split = _split_out(store, events, joined, was["source"], (start, end))
    said = (
        f", and {_split_statement(split)} was split on {split['ts'][:10]} (change {split['seq']})"
        if split is not None
        else f", and {holder} no longer holds all of it"
    )
    if len(holders) == 1:
        return f"{said}: its text is now in statement {holders[0]}: use {holders[0]}"
    return f"{said}: its text is now in statements {', '.join(holders[:-1])} and {holders[-1]}"


def _split_out(
    store: Store, events: list[Doc], since: Doc, source: str, span: tuple[int, int]
) -> Doc | None:
    """The newest split after `since` that cut part of `span` (of `source`'s text) out of the
    statement holding it (a redo stands for the split it re-applies)."""

    def held(doc: Doc) -> int:
        if doc.get("source") != source:
            return 0
        return max(0, min(span[1], doc["end"]) - max(span[0], doc["start"]))

    for event in events:  # newest first
        if event_order(event) <= event_order(since):
            return None
        if _op(store, event) != "statement.split":
            continue
        for c in event.get("changes") or ():
            before, after = c["before"], c["after"]
            if c["table"] == "statements" and before and after and held(after) < held(before):
                return event
    return None


def _split_statement(event: Doc) -> str:
    """The statement a split event cut (the one it shortened)."""
    for c in event.get("changes") or ():
        if c["table"] == "statements" and c["before"] and c["after"]:
            return str(c["id"])
    return "?"


def _link_gone(store: Store, events: list[Doc], ref: str, event: Doc, before: Doc) -> NotFoundError:
    """A link removed by a claim merge names the link now relating the same claims (it
    carries the removed one's note), or the claims if that one is gone too; one removed
    otherwise (unlinked, an undone link) names the change."""
    date = event["ts"][:10]
    if _op(store, event) != _MERGES["claims"]:
        return NotFoundError(f"link {ref} was removed on {date} ({_change(event)})")
    into = {
        c["id"]: kept
        for c in event["changes"]
        if c["table"] == "claims" and c["after"] is None
        if (kept := _kept(event, "claims", c["id"]))
    }
    ends = [_now_claim(store, events, into.get(x, x)) for x in (before["a"], before["b"])]
    merged = (
        f"claim {', '.join(sorted(into))} was"
        if len(into) < 2
        else f"claims {', '.join(sorted(into))} were"
    )
    why = f"when {merged} merged into claim {next(iter(into.values()), '?')} on {date}"
    now = _link_between(store, ends[0], ends[1], before["relation"])
    if now is not None and _created_after(events, now, event):
        now = None  # a link made since between the same claims never held this one's note
    if now is None:
        return NotFoundError(
            f"link {ref} was folded into the link between claims {ends[0]} and {ends[1]} "
            f"({before['relation']}) {why}; that link was removed since"
        )
    return NotFoundError(f"link {ref} was merged into link {now} {why}: use {now}")


def _created_after(events: list[Doc], link: str, event: Doc) -> bool:
    """Whether `link` was first written by a change after `event` (events newest first)."""
    created = next(
        (
            e
            for e in reversed(events)
            for c in e.get("changes") or ()
            if c["table"] == "links" and c["id"] == link and c["before"] is None
        ),
        None,
    )
    return created is not None and event_order(created) > event_order(event)


def _now_claim(store: Store, events: list[Doc], claim: str) -> str:
    """The claim holding `claim` now: itself, or the one the merges folded it into."""
    for _ in range(_MAX_HOPS):
        if store.doc("claims", claim) is not None:
            return claim
        found = _removal(store, events, "claims", claim)
        if found is None or _op(store, found[0]) != _MERGES["claims"]:
            return claim
        kept = _kept(found[0], "claims", claim)
        if kept is None:
            return claim
        claim = kept
    return claim


def _link_between(store: Store, a: str, b: str, relation: str) -> str | None:
    """The id of the link of `relation` from `a` to `b` (either way: a merge can turn it)."""
    ids = store.ids_where("links", "a", a) | store.ids_where("links", "b", a)
    for lid in sorted(ids):
        doc = store.doc("links", lid)
        if doc is not None and doc["relation"] == relation and {doc["a"], doc["b"]} == {a, b}:
            return lid
    return None


def _removal(store: Store, events: list[Doc], table: str, id_: str) -> tuple[Doc, Doc] | None:
    """The newest event that removed the record, and the record as it was; None when it is
    in the store, or the newest change to it did not remove it."""
    if store.doc(table, id_) is not None:
        return None
    for event in events:
        for c in event.get("changes") or ():
            if c["table"] == table and c["id"] == id_:
                return (event, c["before"]) if c["after"] is None and c["before"] else None
    return None


def _kept(event: Doc, table: str, dropped: str) -> str | None:
    """The record a merge event folded `dropped` into: where the records pointing at it now
    point (statements, a claim's outcomes or speaker), else the one record of the table the
    merge wrote."""
    field = _FIELD[table]
    for c in event["changes"]:
        before, after = c["before"], c["after"]
        if before and after and before.get(field) == dropped and after.get(field):
            return str(after[field])
    for c in event["changes"]:
        if c["table"] == table and c["after"] is not None and c["id"] != dropped:
            return str(c["id"])
    return None


def _op(store: Store, event: Doc) -> str:
    """What the event did: a redo stands for the change it re-applies."""
    docs = store.docs(Event.TABLE)
    for _ in range(_MAX_HOPS):
        target = docs.get(event.get("redoes") or "")
        if target is None:
            break
        event = target
    return str(event["op"])


def _change(event: Doc) -> str:
    """`change 57: remove link 3fk…`, as `claimtrack log` numbers and sums it up."""
    return f"change {event['seq']}: {event['summary']}"
