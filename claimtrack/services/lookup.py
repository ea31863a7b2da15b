"""Resolving what the analyst typed (ids, prefixes, names, aliases) into records."""

from __future__ import annotations

from claimtrack.errors import AmbiguousError, NotFoundError
from claimtrack.matching import SPEAKER_CUTOFF, SPEAKER_MARGIN, WORD_FLOOR, rank
from claimtrack.model import Claim, Record, Speaker, Statement
from claimtrack.store import Store
from claimtrack.textnorm import fold


def find_speaker(store: Store, ref: str) -> Speaker:
    """A speaker by id (or unique prefix), exact name/alias, or an unambiguous fuzzy match."""
    ref = ref.strip()
    if not ref:
        raise NotFoundError("empty speaker name")
    docs = store.docs(Speaker.TABLE)
    if ref.lower() in docs:
        return Speaker.from_doc(docs[ref.lower()])
    target = fold(ref)
    exact = sorted(
        i for i, d in docs.items() if any(fold(n) == target for n in (d["name"], *d["aliases"]))
    )
    if len(exact) == 1:
        return Speaker.from_doc(docs[exact[0]])
    if len(exact) > 1:
        raise _ambiguous_speaker(store, ref, exact)
    try:
        found = store.resolve(ref, Speaker)
        assert isinstance(found, Speaker)
        return found
    except NotFoundError:
        pass
    names = [(i, n) for i, d in docs.items() for n in (d["name"], *d["aliases"])]
    matches = rank(ref, names, limit=5, cutoff=SPEAKER_CUTOFF, word_floor=WORD_FLOOR)
    if not matches:
        raise NotFoundError(f"no speaker matches {ref!r} (see 'claimtrack speaker list')")
    if len(matches) > 1 and matches[0].score - matches[1].score < SPEAKER_MARGIN:
        raise _ambiguous_speaker(store, ref, [m.key for m in matches])
    return Speaker.from_doc(docs[matches[0].key])


def _ambiguous_speaker(store: Store, ref: str, ids: list[str]) -> AmbiguousError:
    docs = store.docs(Speaker.TABLE)
    listed = "; ".join(f"{i} {docs[i]['name']}" for i in ids[:8])
    return AmbiguousError(f"speaker {ref!r} is ambiguous: {listed}", candidates=ids)


def find_statement(store: Store, ref: str) -> Statement:
    """A statement by id or unique prefix."""
    found = store.resolve(ref, Statement)
    assert isinstance(found, Statement)
    return found


def find_claim(store: Store, ref: str) -> Claim:
    """A claim by its id, or the claim a statement id belongs to."""
    found: Record = store.resolve(ref, Claim, Statement)
    if isinstance(found, Statement):
        if found.claim is None:
            raise NotFoundError(
                f"statement {found.id} is not part of a claim yet: tag it with a speaker first"
            )
        claim = store.get(Claim, found.claim)
        if claim is None:
            raise NotFoundError(f"statement {found.id} points to missing claim {found.claim}")
        return claim
    assert isinstance(found, Claim)
    return found
