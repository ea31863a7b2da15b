"""Narrowing a snapshot before export: by speaker, side, tag, verdict, date, neighbourhood
or links."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from claimtrack.errors import AmbiguousError, NotFoundError, ValidationError
from claimtrack.model import check_date, sides_match, tag_key, verdict_matches
from claimtrack.snapshot import Snapshot


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which claims to export; empty fields do not filter. All given criteria must hold."""

    claims: tuple[str, ...] = ()
    """Claim ids; only these are considered (e.g. the claims a TUI view lists)."""
    speakers: tuple[str, ...] = ()
    """Speaker ids; a claim is kept when its speaker is one of them."""
    sides: tuple[str, ...] = ()
    """Sides; a claim is kept when its speaker's side is one of them."""
    tags: tuple[str, ...] = ()
    """A claim is kept when it carries any of these tags."""
    verdicts: tuple[str, ...] = ()
    """Verdicts in force (`none`: claims never judged; `open`: only those judged open)."""
    since: str | None = None
    """YYYY-MM-DD; claims first seen on or after it (undated claims are dropped)."""
    until: str | None = None
    """YYYY-MM-DD; claims first seen on or before it (undated claims are dropped)."""
    around: str | None = None
    """A claim id (or unique prefix, or a statement id): keep its neighbourhood over links."""
    depth: int = 1
    """How many links away from `around` to go (0 = the claim alone)."""
    linked: bool = False
    """Only claims linked to another kept claim: a drawing without the claims nobody has
    related yet."""

    def __post_init__(self) -> None:
        check_date(self.since, "--since")
        check_date(self.until, "--until")
        if self.depth < 0:
            raise ValidationError(f"depth must be 0 or more, got {self.depth}")

    @property
    def is_empty(self) -> bool:
        """True when nothing is filtered."""
        return self == ExportFilter()


def resolve_claim(snapshot: Snapshot, ref: str) -> str:
    """A claim id from an exact id, a statement id (its claim) or a unique id prefix."""
    if ref in snapshot.claims:
        return ref
    statement = snapshot.statements.get(ref)
    if statement is not None and statement.claim in snapshot.claims:
        return statement.claim
    matches = sorted(cid for cid in snapshot.claims if cid.startswith(ref))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AmbiguousError(f"claim prefix {ref!r} matches {len(matches)} claims", matches)
    raise NotFoundError(f"no claim matches {ref!r}")


def neighbourhood(snapshot: Snapshot, start: str, depth: int) -> set[str]:
    """Claims at most `depth` links away from `start`, in either direction."""
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        cid, dist = queue.popleft()
        if dist == depth:
            continue
        for link in snapshot.links_of(cid):
            other = link.b if link.a == cid else link.a
            if other in snapshot.claims and other not in seen:
                seen.add(other)
                queue.append((other, dist + 1))
    return seen


def _keeps(snapshot: Snapshot, f: ExportFilter, claim_id: str) -> bool:
    claim = snapshot.claims[claim_id]
    if f.speakers and claim.speaker not in f.speakers:
        return False
    if f.sides and not any(sides_match(snapshot.claim_side(claim_id), s) for s in f.sides):
        return False
    if f.tags and not {tag_key(t) for t in claim.tags} & {tag_key(t) for t in f.tags}:
        return False
    if f.verdicts:
        outcome = snapshot.verdict(claim_id)
        verdict = outcome.verdict if outcome else None
        if not any(verdict_matches(verdict, wanted) for wanted in f.verdicts):
            return False
    if f.since or f.until:
        first = snapshot.first_date(claim_id)
        if first is None or (f.since and first < f.since) or (f.until and first > f.until):
            return False
    return True


def apply_filter(snapshot: Snapshot, f: ExportFilter) -> Snapshot:
    """The sub-snapshot of the kept claims with what hangs off them.

    Kept: the claims, their speakers, their appearances and those statements' sources,
    links between two kept claims, and the kept claims' outcomes; links to a claim left out
    are kept aside as `outside_links` (for tables and briefs). An empty filter returns
    the snapshot unchanged (untagged statements included).
    """
    if f.is_empty:
        return snapshot
    candidates = set(snapshot.claims)
    if f.claims:
        candidates &= set(f.claims)
    if f.around is not None:
        candidates &= neighbourhood(snapshot, resolve_claim(snapshot, f.around), f.depth)
    kept = {cid for cid in candidates if _keeps(snapshot, f, cid)}
    if f.linked:
        kept = {
            cid
            for cid in kept
            if any((x.b if x.a == cid else x.a) in kept for x in snapshot.links_of(cid))
        }
    statements = [s for s in snapshot.statements.values() if s.claim in kept]
    source_ids = {s.source for s in statements}
    speaker_ids = {snapshot.claims[c].speaker for c in kept}
    return Snapshot.build(
        sources=(s for k, s in snapshot.sources.items() if k in source_ids),
        statements=statements,
        speakers=(s for k, s in snapshot.speakers.items() if k in speaker_ids),
        claims=(snapshot.claims[c] for c in kept),
        links=(x for x in snapshot.links.values() if x.a in kept and x.b in kept),
        outcomes=(o for o in snapshot.outcomes.values() if o.claim in kept),
        outside_links=(x for x in snapshot.links.values() if (x.a in kept) != (x.b in kept)),
        palette_sides={side for c in snapshot.claims if (side := snapshot.claim_side(c))},
    )
