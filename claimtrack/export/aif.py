"""The `aif` format: Argument Interchange Format JSON (AIFdb style) with locutions."""

from __future__ import annotations

from typing import Any

from claimtrack.export.describe import (
    claim_appearances,
    graph_links,
    sorted_claims,
    sorted_speakers,
    statement_text,
)
from claimtrack.export.escape import clean_text, json_bytes, one_line
from claimtrack.export.registry import Exporter, register
from claimtrack.model import Link
from claimtrack.snapshot import Snapshot

NO_DATE = "1970-01-01 00:00:00"  # AIF wants a timestamp; undated material gets the epoch
SCHEMES = {
    "supports": ("RA", "Default Inference"),
    "contradicts": ("CA", "Default Conflict"),
}


def _timestamp(date: str | None) -> str:
    return f"{date} 00:00:00" if date else NO_DATE


class _AifBuilder:
    """Accumulates nodes and edges with stable, readable ids (`I:<claim>`, `L:<statement>`)."""

    def __init__(self) -> None:
        self.nodes: list[dict[str, Any]] = []
        self.edges: list[dict[str, Any]] = []

    def node(self, node_id: str, kind: str, text: str, date: str | None) -> str:
        self.nodes.append(
            {"nodeID": node_id, "type": kind, "text": text, "timestamp": _timestamp(date)}
        )
        return node_id

    def edge(self, source: str, target: str) -> None:
        edge_id = f"E{len(self.edges) + 1}"
        self.edges.append({"edgeID": edge_id, "fromID": source, "toID": target, "formEdgeID": None})


def aif_graph(snapshot: Snapshot) -> dict[str, Any]:
    """I-nodes for claims; per appearance an L-node (`Speaker: text`) asserting it via YA.

    Supports become RA nodes, contradicts two CA nodes (conflict runs both ways), and
    responds-to a TA ("Default Transition") from the first locution answered to the first
    locution of the response, when both claims have appearances.
    """
    b = _AifBuilder()
    speakers = sorted_speakers(snapshot)
    person_ids = {s.id: str(n) for n, s in enumerate(speakers, start=1)}
    locutions: list[dict[str, Any]] = []
    first_locution: dict[str, str] = {}
    for claim in sorted_claims(snapshot):
        date = snapshot.first_date(claim.id)
        inode = b.node(f"I:{claim.id}", "I", clean_text(claim.summary), date)
        for st in claim_appearances(snapshot, claim.id):
            source = snapshot.sources[st.source]
            speaker = snapshot.speakers.get(st.speaker or claim.speaker or "")
            who = speaker.name if speaker else "Unknown"
            text = f"{one_line(who)}: {clean_text(statement_text(snapshot, st))}"
            lnode = b.node(f"L:{st.id}", "L", text, source.published)
            first_locution.setdefault(claim.id, lnode)
            ya = b.node(f"YA:{st.id}", "YA", "Asserting", source.published)
            b.edge(lnode, ya)
            b.edge(ya, inode)
            locution: dict[str, Any] = {
                "nodeID": lnode,
                "personID": person_ids.get(speaker.id, "0") if speaker else "0",
                "timestamp": _timestamp(source.published),
                "start": None,
                "end": None,
                "source": clean_text(source.url or source.title),
            }
            locutions.append(locution)
    for link in graph_links(snapshot):
        _add_link(b, snapshot, link, first_locution)
    participants = [
        {"participantID": person_ids[s.id], "firstname": clean_text(s.name), "surname": ""}
        for s in speakers
    ]
    if any(loc["personID"] == "0" for loc in locutions):
        participants.append({"participantID": "0", "firstname": "Unknown", "surname": ""})
    return {
        "nodes": b.nodes,
        "edges": b.edges,
        "locutions": locutions,
        "participants": participants,
    }


def _add_link(
    b: _AifBuilder, snapshot: Snapshot, link: Link, first_locution: dict[str, str]
) -> None:
    date = max(
        filter(None, (snapshot.first_date(link.a), snapshot.first_date(link.b))), default=None
    )
    if link.relation == "supports":
        kind, text = SCHEMES["supports"]
        s = b.node(f"{kind}:{link.id}", kind, text, date)
        b.edge(f"I:{link.a}", s)
        b.edge(s, f"I:{link.b}")
    elif link.relation == "contradicts":
        kind, text = SCHEMES["contradicts"]
        for suffix, (x, y) in (("ab", (link.a, link.b)), ("ba", (link.b, link.a))):
            s = b.node(f"{kind}:{link.id}:{suffix}", kind, text, date)
            b.edge(f"I:{x}", s)
            b.edge(s, f"I:{y}")
    elif link.a in first_locution and link.b in first_locution:
        s = b.node(f"TA:{link.id}", "TA", "Default Transition", date)
        b.edge(first_locution[link.b], s)
        b.edge(s, first_locution[link.a])


def write(snapshot: Snapshot) -> bytes:
    """AIF JSON, pretty and key-sorted."""
    return json_bytes(aif_graph(snapshot))


EXPORTER = register(
    Exporter(
        name="aif",
        suffix=".aif.json",
        description="Argument Interchange Format (AIF) JSON with locutions",
        binary=False,
        write=write,
    )
)
