"""The claim graph shared by the graph formats: typed nodes, typed edges, flat attributes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimtrack.export.describe import (
    claim_appearances,
    claim_label,
    graph_links,
    sorted_claims,
    sorted_sources,
    sorted_speakers,
    speaker_of,
    verdict_name,
)
from claimtrack.export.escape import clean_text
from claimtrack.quantities import describe
from claimtrack.snapshot import Snapshot

if TYPE_CHECKING:
    import networkx as nx

NODE_TYPES: tuple[str, ...] = ("claim", "speaker", "source")
JOIN = "; "


def node_ids(snapshot: Snapshot, clean: Callable[[str], str]) -> dict[tuple[str, str], str]:
    """Graph node id per (type, record id): the record id itself, made unique if needed.

    Ids of different tables could in principle collide (they are random), and cleaning can
    merge two hostile ids; such nodes get a `type:` prefix (and a counter if still taken).
    """
    wanted: dict[tuple[str, str], str] = {}
    for kind, ids in (
        ("claim", snapshot.claims),
        ("speaker", snapshot.speakers),
        ("source", snapshot.sources),
    ):
        for rid in sorted(ids):
            wanted[(kind, rid)] = clean(rid)
    counts: dict[str, int] = {}
    for nid in wanted.values():
        counts[nid] = counts.get(nid, 0) + 1
    result: dict[tuple[str, str], str] = {}
    taken = {nid for nid, n in counts.items() if n == 1}
    for (kind, rid), nid in wanted.items():
        if counts[nid] > 1:
            candidate, n = f"{kind}:{nid}", 1
            while candidate in taken:
                n += 1
                candidate = f"{kind}:{nid}#{n}"
            nid = candidate
            taken.add(nid)
        result[(kind, rid)] = nid
    return result


def _attrs(**values: object) -> dict[str, object]:
    """Attributes without empty values (GraphML and GEXF cannot store None)."""
    return {k: v for k, v in values.items() if v is not None and v != ""}


def build_graph(
    snapshot: Snapshot, clean: Callable[[str], str] = clean_text
) -> tuple[nx.MultiDiGraph, dict[tuple[str, str], str]]:
    """The claim graph with display attributes passed through `clean`, and its node ids.

    Nodes: claims, speakers and sources (`type`), inserted sorted by id. Edges, keyed by the
    record they come from: claim→claim links (`relation` = the link's), claim→speaker
    `said-by`, claim→source `appears-in` (one per appearance, with statement, start, end).
    """
    ids = node_ids(snapshot, clean)
    import networkx as nx  # here, not at import: listing the formats loaded it (0.5 s)

    g = nx.MultiDiGraph(name="claimtrack")
    for claim in sorted_claims(snapshot):
        speaker = speaker_of(snapshot, claim)
        g.add_node(
            ids[("claim", claim.id)],
            **_attrs(
                type="claim",
                label=clean(claim_label(snapshot, claim)),
                summary=clean(claim.summary),
                speaker=clean(speaker.name) if speaker else None,
                side=clean(side) if (side := snapshot.side(speaker)) else None,
                verdict=verdict_name(snapshot, claim.id),
                first_date=snapshot.first_date(claim.id),
                tags=clean(JOIN.join(claim.tags)),
                quantities=clean(JOIN.join(describe(q) for q in claim.quantities)),
                appearances=len(claim_appearances(snapshot, claim.id)),
                note=clean(claim.note) if claim.note else None,
            ),
        )
    for speaker in sorted_speakers(snapshot):
        g.add_node(
            ids[("speaker", speaker.id)],
            **_attrs(
                type="speaker",
                label=clean(speaker.name),
                kind=speaker.kind,
                side=clean(side) if (side := snapshot.side(speaker)) else None,
                aliases=clean(JOIN.join(speaker.aliases)),
            ),
        )
    for source in sorted_sources(snapshot):
        g.add_node(
            ids[("source", source.id)],
            **_attrs(
                type="source",
                label=clean(source.title),
                outlet=clean(source.outlet) if source.outlet else None,
                url=clean(source.url) if source.url else None,
                published=source.published,
                lang=clean(source.lang),
                reliability=source.reliability,
            ),
        )
    for link in graph_links(snapshot):
        g.add_edge(
            ids[("claim", link.a)],
            ids[("claim", link.b)],
            key=clean(link.id),
            **_attrs(
                relation=link.relation,
                label=link.relation,
                note=clean(link.note) if link.note else None,
            ),
        )
    for claim in sorted_claims(snapshot):
        cid = ids[("claim", claim.id)]
        if claim.speaker in snapshot.speakers:
            g.add_edge(
                cid,
                ids[("speaker", claim.speaker)],
                key=f"said-by:{cid}",
                relation="said-by",
                label="said-by",
            )
        for st in sorted(claim_appearances(snapshot, claim.id), key=lambda s: s.id):
            g.add_edge(
                cid,
                ids[("source", st.source)],
                key=clean(st.id),
                relation="appears-in",
                label="appears-in",
                statement=clean(st.id),
                start=st.start,
                end=st.end,
            )
    return g, ids
