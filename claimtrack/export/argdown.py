"""The `argdown` format: claims as Argdown statements with support/attack/contradiction."""

from __future__ import annotations

from claimtrack.export.describe import (
    UNATTRIBUTED,
    graph_links,
    sorted_claims,
    speaker_of,
    verdict_name,
)
from claimtrack.export.escape import argdown_text, plain_title
from claimtrack.export.registry import Exporter, register
from claimtrack.model import Claim
from claimtrack.snapshot import Snapshot

# Outgoing relations written under the claim they start from.
RELATION_SYNTAX = {"supports": "+>", "contradicts": "><", "responds-to": "->"}


def titles(snapshot: Snapshot) -> dict[str, str]:
    """A unique Argdown title per claim: the speaker's name (safe characters) and the id."""
    result = {}
    for claim in sorted_claims(snapshot):
        speaker = speaker_of(snapshot, claim)
        who = plain_title(speaker.name if speaker else UNATTRIBUTED) or "Unknown"
        ident = plain_title(claim.id, 60) or "claim"
        result[claim.id] = f"{who} {ident}"
    # plain_title may map two hostile ids onto one title; number the repeats
    seen: dict[str, int] = {}
    for cid, title in result.items():
        seen[title] = seen.get(title, 0) + 1
        if seen[title] > 1:
            result[cid] = f"{title} {seen[title]}"
    return result


def _statement(claim: Claim, title: str, snapshot: Snapshot) -> str:
    verdict = verdict_name(snapshot, claim.id)
    date = snapshot.first_date(claim.id)
    extra = f"({verdict}, first seen {date})" if date else f"({verdict})"
    return f"[{title}]: {argdown_text(claim.summary)} {argdown_text(extra)}"


def argdown_source(snapshot: Snapshot) -> str:
    """The Argdown document: one statement per claim, its outgoing relations indented below.

    responds-to has no Argdown equivalent; it is written as an attack (a response disputes
    what it answers) with a comment saying so.
    """
    names = titles(snapshot)
    outgoing: dict[str, list[str]] = {cid: [] for cid in names}
    for link in graph_links(snapshot):
        if link.relation == "responds-to":
            outgoing[link.a].append("  // responds to")
        outgoing[link.a].append(f"  {RELATION_SYNTAX[link.relation]} [{names[link.b]}]")
    lines = ["# Claims", ""]
    for claim in sorted_claims(snapshot):
        lines.append(_statement(claim, names[claim.id], snapshot))
        lines.extend(outgoing[claim.id])
        lines.append("")
    return "\n".join(lines)


def write(snapshot: Snapshot) -> bytes:
    """The Argdown document as UTF-8."""
    return argdown_source(snapshot).encode("utf-8")


EXPORTER = register(
    Exporter(
        name="argdown",
        suffix=".argdown",
        description="Argdown statements with support, attack and contradiction",
        binary=False,
        write=write,
    )
)
