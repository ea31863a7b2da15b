"""The drawn graph (dot, svg, png) of a desk's first day: many claims linked to nothing yet
beside a few linked groups."""

from __future__ import annotations

import re

from claimtrack.export import export
from claimtrack.model import Claim
from tests.export.desk import build, needs_dot, war_desk_records

LOOSE = 30


def _desk_with_loose_claims() -> dict[str, list]:
    records = war_desk_records()
    speaker = records["claims"][0].speaker
    records["claims"] = [
        *records["claims"],
        *(
            Claim(
                id=f"loose{i:02}",
                summary=f"Loose claim number {i} about the shelling",
                speaker=speaker,
            )
            for i in range(LOOSE)
        ),
    ]
    return records


def _size(svg: str) -> tuple[float, float]:
    found = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg)
    assert found is not None, svg[:300]
    return float(found.group(1)), float(found.group(2))


@needs_dot
def test_claims_linked_to_nothing_are_packed_not_stacked_in_one_column() -> None:
    """`export -f png` with no filter drew 30 unlinked claims one under another, a picture
    1292 × 3840 px: each loose claim stood at the first rank of a left-to-right layout. They
    are packed beside the linked groups, into a picture about as wide as it is tall."""
    svg = export(build(_desk_with_loose_claims()), "svg").decode()
    width, height = _size(svg)
    assert height < 1.5 * width, (width, height)
    assert all(f"loose{i:02}" in svg for i in range(LOOSE))  # every claim drawn


@needs_dot
def test_the_packed_legend_still_names_each_relation(war_desk) -> None:  # type: ignore[no-untyped-def]
    """Graphviz drops edge labels from a packed graph: the legend's sample lines named no
    relation. Each is named beside its line."""
    svg = export(war_desk, "svg").decode()
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    for relation in ("contradicts", "supports", "responds&#45;to"):
        assert relation in texts, texts
