"""Colours and line styles shared by the drawn formats (DOT, GraphML for yEd, Mermaid)."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.model import side_key

# Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. The three
# the relations draw their lines in (vermillion, green, blue) fill no side at full strength:
# after the other four, sides get pale tints of them, so a green claim never reads as "supports".
SIDE_COLOURS: tuple[str, ...] = (
    "#E69F00",
    "#56B4E9",
    "#F0E442",
    "#CC79A7",
    "#F2BFA0",
    "#99D8C7",
    "#99C7E0",
)
NO_SIDE_COLOUR = "#FFFFFF"
SOURCE_COLOUR = "#DDDDDD"


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    """How one relation is drawn: never by colour alone (line style and arrowheads differ)."""

    colour: str
    dot_style: str
    dot_arrowhead: str
    dot_arrowtail: str
    yed_line: str
    yed_source_arrow: str
    yed_target_arrow: str
    width: float
    description: str


EDGE_STYLES: dict[str, EdgeStyle] = {
    "contradicts": EdgeStyle(
        "#D55E00", "bold,dashed", "tee", "tee", "dashed", "t_shape", "t_shape", 3.0,
        "contradicts (dashed, bars at both ends)",
    ),
    "supports": EdgeStyle(
        "#009E73", "solid", "normal", "none", "line", "none", "standard", 2.0,
        "supports (solid, arrow to the supported claim)",
    ),
    "responds-to": EdgeStyle(
        "#0072B2", "dotted", "vee", "none", "dotted", "none", "plain", 2.0,
        "responds to (dotted, open arrow to the claim answered)",
    ),
    "said-by": EdgeStyle(
        "#777777", "solid", "none", "none", "line", "none", "none", 1.0, "said by",
    ),
    "appears-in": EdgeStyle(
        "#AAAAAA", "solid", "none", "none", "line", "none", "none", 1.0, "appears in",
    ),
}  # fmt: skip


def side_colours(sides: set[str | None], every: tuple[str, ...] = ()) -> dict[str | None, str]:
    """A stable colour per side: sides sorted by name, palette reused after seven.

    `every`: the sides of the investigation's claims (`Snapshot.palette`), dealt the palette
    first, so every drawing, filtered or not and in any format, gives a side one colour
    (Azerbaijan was blue in the full export and orange around one claim). Sides only
    speakers without claims hold come after them."""
    dealt = sorted({side_key(s) for s in every if s})  # "armenia" is "Armenia"
    order = dealt + sorted({side_key(s) for s in sides if s} - set(dealt))
    colours: dict[str | None, str] = {
        side: SIDE_COLOURS[order.index(side_key(side)) % len(SIDE_COLOURS)]
        for side in sides
        if side
    }
    colours[None] = NO_SIDE_COLOUR
    return colours
