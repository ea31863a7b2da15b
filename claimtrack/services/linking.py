"""Link and merge candidates: ranking (suggest), accepting and rejecting them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimtrack.model import RELATIONS, Claim, Link, Rejection, check_choice
from claimtrack.services import annotate
from claimtrack.services.naming import link_named
from claimtrack.store import Store
from claimtrack.suggest import Decided, LinkCandidate, LinkSuggester


def decisions(store: Store) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(rejected candidates, links made) as (a, b, relation): what a suggester leaves out."""
    rejected = [(r.a, r.b, r.relation) for r in store.all(Rejection)]
    existing = [(lk.a, lk.b, lk.relation) for lk in store.all(Link)]
    return rejected, existing


def suggester(store: Store) -> LinkSuggester:
    """A suggester over the current store, knowing rejected candidates and existing links."""
    rejected, existing = decisions(store)
    return LinkSuggester(store.snapshot(), rejected=rejected, existing=existing)


def still_open(store: Store, candidates: Iterable[LinkCandidate]) -> list[LinkCandidate]:
    """`candidates` (computed from an earlier state of the store) less those it has settled
    since: a claim gone (merged, untagged), a pair linked or rejected, rows repeated once two
    claims became one. In order; the same test the suggester applies."""
    claims = store.docs(Claim.TABLE)
    decided = Decided(*decisions(store))
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for c in candidates:
        key = (c.a, c.b, c.relation)
        if c.a == c.b or c.a not in claims or c.b not in claims or key in seen:
            continue
        if decided.settles(c):
            continue
        seen.add(key)
        kept.append(c)
    return kept


def suggest_links(
    store: Store, claim_ids: Iterable[str] | None = None, limit: int = 50
) -> list[LinkCandidate]:
    """Ranked candidates (all claims, or only pairs touching `claim_ids`)."""
    return suggester(store).candidates(claim_ids, limit=limit)


def suggested_for_pair(store: Store, a_ref: str, b_ref: str) -> list[LinkCandidate]:
    """Every candidate suggested for two claims (in either order), best first; refused when
    none is."""
    from claimtrack.errors import ValidationError
    from claimtrack.services.lookup import find_claim

    a, b = find_claim(store, a_ref).id, find_claim(store, b_ref).id
    found = [c for c in suggest_links(store, [a], limit=10_000) if {c.a, c.b} == {a, b}]
    if not found:
        raise ValidationError(f"nothing is suggested between {a} and {b}: give --rel")
    return found


def suggested_between(store: Store, a_ref: str, b_ref: str) -> LinkCandidate:
    """The one candidate suggested for two claims (in either order), so accepting it needs no
    relation typed again; refused when none or several are suggested."""
    from claimtrack.errors import ValidationError

    found = suggested_for_pair(store, a_ref, b_ref)
    if len(found) > 1:
        rels = ", ".join(f"{c.relation} {c.score:.2f}" for c in found)
        choices = " or ".join(f"--rel {c.relation}" for c in found)
        raise ValidationError(
            f"{len(found)} relations are suggested between {found[0].a} and {found[0].b} "
            f"({rels}): give {choices}"
        )
    return found[0]


@dataclass(frozen=True, slots=True)
class Accepted:
    """What accepting a candidate did: a new link, or the claim the two were merged into."""

    message: str
    link: Link | None = None
    claim: Claim | None = None
    warning: str | None = None
    """What the analyst must hear besides (a merge that changed the verdict in force)."""


def accept_candidate(
    store: Store, a: str, b: str, relation: str, note: str | None = None
) -> Accepted:
    """Make a suggested link, or merge the two claims for `same-claim` into the one reported
    first (its summary and its first appearance are what briefs and exports show)."""
    relation = check_choice(relation, (*RELATIONS, "same-claim"), "relation")
    if relation == "same-claim":
        a, b = _first_reported_first(store, a, b)
        note = annotate.merge_verdict_note(store, a, [b])
        kept = annotate.merge_claims(store, a, [b])
        return Accepted(f"merged into claim {kept.id}", claim=kept, warning=note)
    link = annotate.link_claims(store, a, b, relation, note)
    told = link_named(store, link.a, link.relation, link.b)
    return Accepted(f"linked {told} ({link.id})", link=link)


def _first_reported_first(store: Store, a: str, b: str) -> tuple[str, str]:
    """(a, b), or (b, a) when b was published earlier; undated claims come last."""
    from claimtrack.services.lookup import find_claim

    a_id, b_id = find_claim(store, a).id, find_claim(store, b).id
    a_date = annotate.first_reported(store, a_id) or "9999"
    b_date = annotate.first_reported(store, b_id) or "9999"
    return (b_id, a_id) if b_date < a_date else (a_id, b_id)
