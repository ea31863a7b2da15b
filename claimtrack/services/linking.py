"""Link and merge candidates: ranking (suggest), accepting and rejecting them."""

from __future__ import annotations

from collections.abc import Iterable

from claimtrack.model import Link, Rejection
from claimtrack.services import annotate
from claimtrack.store import Store
from claimtrack.suggest import LinkCandidate, LinkSuggester


def suggester(store: Store) -> LinkSuggester:
    """A suggester over the current store, knowing rejected candidates and existing links."""
    rejected = [(r.a, r.b, r.relation) for r in store.all(Rejection)]
    existing = [(lk.a, lk.b, lk.relation) for lk in store.all(Link)]
    return LinkSuggester(store.snapshot(), rejected=rejected, existing=existing)


def suggest_links(
    store: Store, claim_ids: Iterable[str] | None = None, limit: int = 50
) -> list[LinkCandidate]:
    """Ranked candidates (all claims, or only pairs touching `claim_ids`)."""
    return suggester(store).candidates(claim_ids, limit=limit)


def accept_candidate(store: Store, a: str, b: str, relation: str, note: str | None = None) -> str:
    """Make a suggested link, or merge the two claims for `same-claim`; returns what was done."""
    if relation == "same-claim":
        kept = annotate.merge_claims(store, a, [b])
        return f"merged into claim {kept.id}"
    link = annotate.link_claims(store, a, b, relation, note)
    return f"linked {link.a} {link.relation} {link.b} ({link.id})"
