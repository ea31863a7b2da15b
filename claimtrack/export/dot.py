"""The `dot` format: a Graphviz digraph of claims coloured by side, with a legend."""

from __future__ import annotations

import textwrap

from claimtrack.export.describe import (
    NO_VERDICT,
    graph_links,
    sorted_claims,
    speaker_with_side,
    verdict_name,
)
from claimtrack.export.escape import dot_string, dot_tooltip, one_line, shorten
from claimtrack.export.registry import Exporter, register
from claimtrack.export.style import EDGE_STYLES, side_colours
from claimtrack.snapshot import Snapshot

LABEL_WIDTH = 36
SUMMARY_LIMIT = 160
NAME_LIMIT = 40
CLAIM_RELATIONS = ("contradicts", "supports", "responds-to")


def _attrs(**values: str) -> str:
    """`[k="v", …]` with every value DOT-quoted."""
    return "[" + ", ".join(f"{k}={dot_string(v)}" for k, v in values.items()) + "]"


def _wrap(text: str) -> str:
    return "\n".join(textwrap.wrap(text, LABEL_WIDTH) or [""])


def claim_lines(snapshot: Snapshot) -> list[str]:
    """One node statement per claim: wrapped summary, speaker and side, verdict and date."""
    sides = {snapshot.claim_side(cid) for cid in snapshot.claims}
    colours = side_colours(sides, snapshot.palette())
    lines = []
    for claim in sorted_claims(snapshot):
        side = snapshot.claim_side(claim.id)
        verdict = verdict_name(snapshot, claim.id)
        date = snapshot.first_date(claim.id) or "undated"
        summary = shorten(one_line(claim.summary), SUMMARY_LIMIT)
        label = f"{_wrap(summary)}\n— {speaker_with_side(snapshot, claim, NAME_LIMIT)}\n"
        label += f"{verdict} · first seen {date}"
        attrs = _attrs(
            label=label,
            fillcolor=colours[side],
            tooltip=dot_tooltip(f"{claim.id}: {claim.summary}"),
            # judged open is judged: the border tells "looked at" from "not yet"
            peripheries="1" if verdict == NO_VERDICT else "2",
        )
        lines.append(f"  {dot_string(claim.id)} {attrs};")
    return lines


def link_lines(snapshot: Snapshot) -> list[str]:
    """One edge per link, styled by relation (colour, line style and arrowheads)."""
    lines = []
    for link in graph_links(snapshot):
        style = EDGE_STYLES[link.relation]
        attrs = dict(
            color=style.colour,
            style=style.dot_style,
            arrowhead=style.dot_arrowhead,
            tooltip=dot_tooltip(f"{link.relation}: {link.note or ''}").rstrip(": "),
        )
        if style.dot_arrowtail != "none":
            attrs.update(dir="both", arrowtail=style.dot_arrowtail)
        lines.append(f"  {dot_string(link.a)} -> {dot_string(link.b)} {_attrs(**attrs)};")
    return lines


def legend_lines(snapshot: Snapshot) -> list[str]:
    """A legend cluster: one swatch per side present, one sample edge per relation."""
    sides = {snapshot.claim_side(cid) for cid in snapshot.claims}
    colours = side_colours(sides, snapshot.palette())
    lines = [
        '  subgraph "cluster_legend" {',
        '    label="Legend"; fontsize="12"; style="dashed"; color="#999999";',
        '    node [shape="box", style="rounded,filled", fontsize="10"];',
    ]
    for i, side in enumerate(sorted(sides, key=lambda s: (s is None, s or ""))):
        name = shorten(one_line(side), NAME_LIMIT) if side else "no side"
        attrs = _attrs(label=f"side: {name}", fillcolor=colours[side])
        lines.append(f"    {dot_string(f'legend side {i}')} {attrs};")
    for relation in CLAIM_RELATIONS:
        style = EDGE_STYLES[relation]
        a, b = f"legend {relation} a", f"legend {relation} b"
        # The relation names its sample's head, not the edge: Graphviz drops edge labels
        # from a packed graph (GRAPH_ATTRS), and the legend's lines said nothing.
        lines.append(f"    {dot_string(a)} {_attrs(label='', shape='point', width='0.05')};")
        lines.append(f"    {dot_string(b)} {_attrs(label=relation, shape='plaintext', style='')};")
        attrs = dict(
            color=style.colour,
            style=style.dot_style,
            arrowhead=style.dot_arrowhead,
        )
        if style.dot_arrowtail != "none":
            attrs.update(dir="both", arrowtail=style.dot_arrowtail)
        lines.append(f"    {dot_string(a)} -> {dot_string(b)} {_attrs(**attrs)};")
    lines.append("  }")
    return lines


PACKED = 'pack="true"'
"""Each group of linked claims, and each claim linked to none, laid out on its own and packed
beside the others: with `rankdir=LR` alone every loose claim stood at the first rank, the
30 of a desk's first day one column 3,840 px tall beside its few linked groups."""


def dot_source(snapshot: Snapshot) -> str:
    """The whole DOT document as text."""
    header = [
        'digraph "claimtrack" {',
        f'  graph [rankdir="LR", {PACKED}, fontname="Helvetica", label="Claims by side; '
        'verdict and first appearance under each claim (double border = judged)", '
        'labelloc="t"];',
        '  node [shape="box", style="rounded,filled", fontname="Helvetica", fontsize="11"];',
        '  edge [fontname="Helvetica", fontsize="10"];',
    ]
    body = claim_lines(snapshot) + link_lines(snapshot) + legend_lines(snapshot)
    return "\n".join([*header, *body, "}"]) + "\n"


def write(snapshot: Snapshot) -> bytes:
    """The DOT document as UTF-8."""
    return dot_source(snapshot).encode("utf-8")


EXPORTER = register(
    Exporter(
        name="dot",
        suffix=".dot",
        description="Graphviz DOT: claims coloured by side, relations by line style, legend",
        binary=False,
        write=write,
    )
)
