"""Merging claims as the analyst asked: the claim named first is kept, and the message says
which claim was kept and which went into it.

`claim merge KEEP DROP…` and `suggest accept A B --rel same-claim` are one act told two ways:
both keep the claim named first. Where nobody chose an order (the Suggestions view's `a`,
whose pair comes in the suggester's id order) the claim reported first is kept, and `suggest
links` lists each same-claim pair with that claim first, so accepting a row as listed keeps
it too: its summary and first appearance are what briefs and exports show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimtrack.model import Claim, Statement
from claimtrack.services import annotate
from claimtrack.services.lookup import find_claim
from claimtrack.services.naming import claim_named
from claimtrack.store import Store


@dataclass(frozen=True, slots=True)
class Merged:
    """What a merge did, told: the claim kept, the ids merged into it, what to say."""

    claim: Claim
    merged: tuple[str, ...]
    message: str
    warning: str | None = None
    """What the analyst must hear besides (a merge that changed the verdict in force)."""


def merge(store: Store, keep_ref: str, drop_refs: Sequence[str]) -> Merged:
    """Merge `drop_refs` into `keep_ref` (`annotate.merge_claims`), told as `merge_message`."""
    message = merge_message(store, keep_ref, drop_refs)
    warning = annotate.merge_verdict_note(store, keep_ref, drop_refs)
    keep_id = find_claim(store, keep_ref).id
    merged = tuple(
        dict.fromkeys(c.id for r in drop_refs if (c := find_claim(store, r)).id != keep_id)
    )
    kept = annotate.merge_claims(store, keep_ref, drop_refs)
    return Merged(kept, merged, message, warning)


def merge_message(store: Store, keep_ref: str, drop_refs: Sequence[str]) -> str:
    """`kept claim K (speaker: “summary…”), now N appearances; merged D into it`, asked
    before the merge (the merged claims' dates go with them); when a merged claim was
    reported before the kept one, how to keep that one instead."""
    keep = find_claim(store, keep_ref)
    drops = list(
        dict.fromkeys(c.id for r in drop_refs if (c := find_claim(store, r)).id != keep.id)
    )
    count = sum(len(store.ids_where(Statement.TABLE, "claim", cid)) for cid in (keep.id, *drops))
    told = (
        f"kept claim {claim_named(store, keep.id)}, now {count} appearance"
        f"{'' if count == 1 else 's'}; merged {', '.join(drops)} into it"
    )
    kept_date = annotate.first_reported(store, keep.id) or "9999"
    earlier = sorted(
        (date, cid)
        for cid in drops
        if (date := annotate.first_reported(store, cid)) and date < kept_date
    )
    if earlier:
        date, cid = earlier[0]
        told += (
            f" ({cid} was reported first, on {date}: to keep it instead, 'claimtrack undo' "
            "and name it first)"
        )
    return told


def first_reported_first(store: Store, a: str, b: str) -> tuple[str, str]:
    """The ids of claims `a` and `b`, the one reported first first (undated claims last; `a`
    first on a tie)."""
    a_id, b_id = find_claim(store, a).id, find_claim(store, b).id
    a_date = annotate.first_reported(store, a_id) or "9999"
    b_date = annotate.first_reported(store, b_id) or "9999"
    return (b_id, a_id) if b_date < a_date else (a_id, b_id)
