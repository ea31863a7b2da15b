"""Human-readable facts about snapshot records, worded the same way by every format."""

from __future__ import annotations

from claimtrack.export.escape import one_line, shorten
from claimtrack.model import Claim, Link, Source, Speaker, Statement
from claimtrack.snapshot import Snapshot

UNATTRIBUTED = "(unattributed)"


def sorted_claims(snapshot: Snapshot) -> list[Claim]:
    """Every claim, by id."""
    return [snapshot.claims[k] for k in sorted(snapshot.claims)]


def story_key(snapshot: Snapshot, claim: Claim) -> tuple[str, str, int, str]:
    """First seen, then where it first appears (the order an article tells it), then id."""
    where = min(((st.source, st.start) for st in snapshot.appearances(claim.id)), default=("", 0))
    return (snapshot.first_date(claim.id) or "9999-99-99", *where, claim.id)


def claims_in_story_order(snapshot: Snapshot) -> list[Claim]:
    """Every claim in the order the story was reported, as the Claims view lists them: what
    a reader of a report or a spreadsheet expects, unlike random ids."""
    return sorted(snapshot.claims.values(), key=lambda c: story_key(snapshot, c))


def sorted_speakers(snapshot: Snapshot) -> list[Speaker]:
    """Every speaker, by id."""
    return [snapshot.speakers[k] for k in sorted(snapshot.speakers)]


def sorted_sources(snapshot: Snapshot) -> list[Source]:
    """Every source, by id."""
    return [snapshot.sources[k] for k in sorted(snapshot.sources)]


def graph_links(snapshot: Snapshot) -> list[Link]:
    """Links whose two claims are both in the snapshot, by id."""
    return [
        link
        for _, link in sorted(snapshot.links.items())
        if link.a in snapshot.claims and link.b in snapshot.claims
    ]


def claim_appearances(snapshot: Snapshot, claim_id: str) -> list[Statement]:
    """A claim's appearances whose source is in the snapshot, earliest first."""
    return [st for st in snapshot.appearances(claim_id) if st.source in snapshot.sources]


def speaker_of(snapshot: Snapshot, claim: Claim) -> Speaker | None:
    """The claim's speaker record, if attributed and known."""
    return snapshot.speakers.get(claim.speaker) if claim.speaker else None


def speaker_name(snapshot: Snapshot, claim: Claim) -> str:
    """The speaker's name, or a marker for an unattributed claim."""
    speaker = speaker_of(snapshot, claim)
    return speaker.name if speaker else UNATTRIBUTED


def claim_label(snapshot: Snapshot, claim: Claim) -> str:
    """`Speaker: summary`, the label every graph format shows for a claim."""
    return f"{speaker_name(snapshot, claim)}: {claim.summary}"


def speaker_with_side(snapshot: Snapshot, claim: Claim, limit: int = 40) -> str:
    """`Name (side)` on one line, each part shortened: the caption of a drawn claim."""
    speaker = speaker_of(snapshot, claim)
    who = speaker.name if speaker else UNATTRIBUTED
    side = snapshot.side(speaker) or "no side"
    return f"{shorten(one_line(who), limit)} ({shorten(one_line(side), limit)})"


NO_VERDICT = "none"
"""A claim nobody has judged, as the Claims view and `--verdict none` call it. A verdict of
`open` is a judgement (looked at, still open): every format tells the two apart."""


def verdict_name(snapshot: Snapshot, claim_id: str) -> str:
    """The verdict in force on a claim, `none` (NO_VERDICT) when nobody has judged it: the
    one label every export gives it, so "not looked at" never reads as "still open"."""
    outcome = snapshot.verdict(claim_id)
    return outcome.verdict if outcome else NO_VERDICT


def statement_text(snapshot: Snapshot, statement: Statement) -> str:
    """A statement's text, or an empty string when its source is missing."""
    if statement.source not in snapshot.sources:
        return ""
    return snapshot.text(statement)
