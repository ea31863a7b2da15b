"""Claims named for people: its id with its speaker and summary, so a message about a link,
an unlink or an undo says which claims it means (a desk knows claims by what they say, not by
their ids)."""

from __future__ import annotations

import re
from typing import Any

from claimtrack.model import Claim, Event, Link, Speaker
from claimtrack.store import Store
from claimtrack.textnorm import shorten

SPEAKER_WIDTH = 30
SUMMARY_WIDTH = 38

_WORD = re.compile(r"[0-9a-z]+")


def _name_of(store: Store, speaker_id: str | None, known: dict[str, dict[str, Any]]) -> str:
    doc = store.doc(Speaker.TABLE, speaker_id) if speaker_id else None
    doc = doc or known.get(speaker_id or "")
    return doc["name"] if doc else "no speaker"


def claim_named(
    store: Store,
    claim_id: str,
    doc: dict[str, Any] | None = None,
    speakers: dict[str, dict[str, Any]] | None = None,
) -> str:
    """`id (speaker: “summary…”)`; the id alone for a claim no longer stored (and not given
    as `doc`). `speakers`: speaker documents the store may have lost since (an undone
    registration)."""
    doc = doc or store.doc(Claim.TABLE, claim_id)
    if doc is None:
        return claim_id
    who = shorten(_name_of(store, doc.get("speaker"), speakers or {}), SPEAKER_WIDTH)
    said = shorten(str(doc.get("summary") or ""), SUMMARY_WIDTH)
    return f"{claim_id} ({who}: “{said}”)"


def link_named(store: Store, a: str, relation: str, b: str) -> str:
    """`A (…) relation B (…)`: a link in its own direction, each claim named."""
    return f"{claim_named(store, a)} {relation} {claim_named(store, b)}"


def _docs_in(event: Event, table: str) -> dict[str, dict[str, Any]]:
    """The documents of `table` an event wrote or removed (its newest side first)."""
    found: dict[str, dict[str, Any]] = {}
    for change in event.changes:
        doc = change.after or change.before
        if change.table == table and doc is not None:
            found[change.id] = doc
    return found


def event_named(store: Store, event: Event, what: str | None = None) -> str:
    """`what` (else the event's summary) with every claim it names by id followed by its
    speaker and summary, and a removed link's id by the claims it joined: "undone: remove
    link 7hq2" told the desk nothing it could check on screen."""
    text = event.summary if what is None else what
    claims = _docs_in(event, Claim.TABLE)
    links = _docs_in(event, Link.TABLE)
    speakers = _docs_in(event, Speaker.TABLE)
    for doc in links.values():
        for end in (doc.get("a"), doc.get("b")):
            if end and end not in claims and (found := store.doc(Claim.TABLE, end)) is not None:
                claims[end] = found

    def named(m: re.Match[str]) -> str:
        token = m.group()
        if token in claims:
            return claim_named(store, token, claims[token], speakers)
        if token in links and text.startswith("remove link"):
            lk = links[token]
            a = claim_named(store, lk["a"], claims.get(lk["a"]), speakers)
            b = claim_named(store, lk["b"], claims.get(lk["b"]), speakers)
            return f"{token}: {a} {lk['relation']} {b}"
        return token

    done: set[str] = set()

    def once(m: re.Match[str]) -> str:  # a claim named twice is described once
        if m.group() in done:
            return m.group()
        done.add(m.group())
        return named(m)

    return _WORD.sub(once, text)
