"""Link and merge candidates: ranking (suggest), accepting and rejecting them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from claimtrack.model import RELATIONS, Claim, Link, Rejection, check_choice
from claimtrack.services import annotate, merging
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
    claims became one. In order, the same test the suggester applies; a row whose pair was
    linked since by another relation says so and goes after the pairs not linked, as the
    suggester ranks it (`Decided.marked`)."""
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
        kept.append(decided.marked(c))
    return sorted(kept, key=decided.is_linked)  # stable: the order kept otherwise


def suggest_links(
    store: Store, claim_ids: Iterable[str] | None = None, limit: int = 50
) -> list[LinkCandidate]:
    """Ranked candidates (all claims, or only pairs touching `claim_ids`); a same-claim pair
    names the claim reported first first, the one `suggest accept A B` then keeps."""
    found = suggester(store).candidates(claim_ids, limit=limit)
    return [_reported_first(store, c) if c.relation == "same-claim" else c for c in found]


def _reported_first(store: Store, c: LinkCandidate) -> LinkCandidate:
    a, b = merging.first_reported_first(store, c.a, c.b)
    return c if a == c.a else replace(c, a=a, b=b)


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
    merged: tuple[str, ...] = ()
    """The claims merged into `claim`."""


def accept_candidate(
    store: Store, a: str, b: str, relation: str, note: str | None = None, *, named: bool = False
) -> Accepted:
    """Make a suggested link, or merge the two claims for `same-claim`. `named`: the analyst
    named the pair in this order (`suggest accept A B`), so the merge keeps `a`, as `claim
    merge A B` does; else (the Suggestions view, the suggester's id order) the claim reported
    first is kept (`merging`)."""
    relation = check_choice(relation, (*RELATIONS, "same-claim"), "relation")
    if relation == "same-claim":
        if not named:
            a, b = merging.first_reported_first(store, a, b)
        done = merging.merge(store, a, [b])
        return Accepted(done.message, claim=done.claim, warning=done.warning, merged=done.merged)
    link = annotate.link_claims(store, a, b, relation, note)
    told = link_named(store, link.a, link.relation, link.b)
    return Accepted(f"linked {told} ({link.id})", link=link)
