"""The `mermaid` format: a `flowchart LR` of claims for Markdown documents."""

from __future__ import annotations

import re

from claimtrack.export.describe import (
    graph_links,
    sorted_claims,
    speaker_with_side,
    verdict_name,
)
from claimtrack.export.escape import mermaid_label, one_line, shorten
from claimtrack.export.registry import Exporter, register
from claimtrack.export.style import EDGE_STYLES, side_colours
from claimtrack.snapshot import Snapshot

SUMMARY_LIMIT = 120
NAME_LIMIT = 40
NOTE_LIMIT = 40
_PLAIN_ID = re.compile(r"[A-Za-z0-9]+")
# The arrow carries the meaning in text and line shape; colour (linkStyle) only repeats it.
ARROWS = {"contradicts": "<-.->", "supports": "==>", "responds-to": "-.->"}
# Mermaid's defaults, which a diagram cannot raise for itself (both are "secure" settings):
# longer text is drawn as an error message, the 501st link fails the parse.
MAX_TEXT_SIZE = 50_000
"""Counted as JavaScript counts a string's length: UTF-16 code units."""
MAX_EDGES = 500


def mermaid_ids(snapshot: Snapshot) -> dict[str, str]:
    """A Mermaid node id per claim: `c_<id>` for plain ids, `cx<n>` for anything else."""
    ids = {}
    for n, claim in enumerate(sorted_claims(snapshot)):
        plain = _PLAIN_ID.fullmatch(claim.id)
        ids[claim.id] = f"c_{claim.id}" if plain else f"cx{n}"
    return ids


def mermaid_source(snapshot: Snapshot) -> str:
    """The flowchart text: nodes labelled `Speaker (side): summary`, edges labelled."""
    ids = mermaid_ids(snapshot)
    sides = sorted({snapshot.claim_side(c) for c in snapshot.claims}, key=lambda s: s or "")
    colours = side_colours(set(sides), snapshot.palette())
    side_class = {side: f"side{i}" for i, side in enumerate(sides)}
    lines = ["flowchart LR"]
    for claim in sorted_claims(snapshot):
        side = snapshot.claim_side(claim.id)
        text = (
            f"{speaker_with_side(snapshot, claim, NAME_LIMIT)}: "
            f"{shorten(one_line(claim.summary), SUMMARY_LIMIT)} "
            f"[{verdict_name(snapshot, claim.id)}]"
        )
        lines.append(f"  {ids[claim.id]}[{mermaid_label(text)}]:::{side_class[side]}")
    styles = []
    for n, link in enumerate(graph_links(snapshot)):
        arrow = ARROWS[link.relation]
        said = link.relation  # the analyst's note says why: "figures differ"
        if link.note:
            said += f": {shorten(one_line(link.note), NOTE_LIMIT)}"
        lines.append(f"  {ids[link.a]} {arrow}|{mermaid_label(said)}| {ids[link.b]}")
        style = EDGE_STYLES[link.relation]
        styles.append(f"  linkStyle {n} stroke:{style.colour},stroke-width:{style.width:g}px")
    lines.extend(styles)
    for side in sides:
        lines.append(f"  classDef {side_class[side]} fill:{colours[side]},stroke:#333")
    return "\n".join(lines) + "\n"


def limits_exceeded(snapshot: Snapshot) -> str | None:
    """What of Mermaid's default limits the flowchart passes (GitHub, mermaid.live and editors
    keep them), or None: the file is written, but would only show an error there."""
    over = []
    links = len(graph_links(snapshot))
    if links > MAX_EDGES:
        over.append(f"{links:,} links (at most {MAX_EDGES:,})")
    size = len(mermaid_source(snapshot).encode("utf-16-le")) // 2
    if size > MAX_TEXT_SIZE:
        over.append(f"{size:,} characters (at most {MAX_TEXT_SIZE:,})")
    if not over:
        return None
    return (
        f"too big for Mermaid's default settings: {' and '.join(over)}; "
        "export fewer claims (one side, or those around one claim)"
    )


def write(snapshot: Snapshot) -> bytes:
    """The flowchart as UTF-8 (wrap it in a ```mermaid fence to embed it in Markdown)."""
    return mermaid_source(snapshot).encode("utf-8")


EXPORTER = register(
    Exporter(
        name="mermaid",
        suffix=".mmd",
        description="Mermaid flowchart of the claims for Markdown",
        binary=False,
        write=write,
        caveat=limits_exceeded,
    )
)
