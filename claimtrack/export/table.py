"""The `csv` format: one row per claim, every cell neutralised against formula injection."""

from __future__ import annotations

import csv
import io

from claimtrack.export.describe import (
    claim_appearances,
    claims_in_story_order,
    speaker_of,
    verdict_name,
)
from claimtrack.export.escape import csv_cell
from claimtrack.export.registry import Exporter, register
from claimtrack.quantities import describe
from claimtrack.snapshot import Snapshot

JOIN = "; "
COLUMNS: tuple[str, ...] = (
    "id",
    "speaker",
    "speaker_id",
    "side",
    "summary",
    "first_date",
    "appearances",
    "sources",
    "urls",
    "verdict",
    "verdict_date",
    "verdict_note",
    "evidence",
    "tags",
    "quantities",
    "contradicts",
    "supports",
    "supported_by",
    "responds_to",
    "responded_by",
    "note",
)


def _link_columns(snapshot: Snapshot, claim_id: str) -> dict[str, str]:
    """Ids of linked claims per relation and direction (contradicts is symmetric), also of
    claims a filter left out of the table: a rival on the other side stays named."""
    found: dict[str, list[str]] = {
        "contradicts": [],
        "supports": [],
        "supported_by": [],
        "responds_to": [],
        "responded_by": [],
    }
    for link in (*snapshot.links_of(claim_id), *snapshot.links_out_of(claim_id)):
        outgoing = link.a == claim_id
        other = link.b if outgoing else link.a
        if link.relation == "contradicts":
            found["contradicts"].append(other)
        elif link.relation == "supports":
            found["supports" if outgoing else "supported_by"].append(other)
        else:
            found["responds_to" if outgoing else "responded_by"].append(other)
    return {k: JOIN.join(sorted(v)) for k, v in found.items()}


def rows(snapshot: Snapshot) -> list[dict[str, str]]:
    """The table as dicts of plain (not yet neutralised) strings, one per claim."""
    result = []
    for claim in claims_in_story_order(snapshot):
        speaker = speaker_of(snapshot, claim)
        appearances = claim_appearances(snapshot, claim.id)
        # a source quoting the claim twice is still one source
        sources = list({st.source: snapshot.sources[st.source] for st in appearances}.values())
        outcome = snapshot.verdict(claim.id)
        row = {
            "id": claim.id,
            "speaker": speaker.name if speaker else "",
            "speaker_id": claim.speaker or "",
            "side": snapshot.side(speaker) or "",
            "summary": claim.summary,
            "first_date": snapshot.first_date(claim.id) or "",
            "appearances": str(len(appearances)),
            "sources": JOIN.join(
                f"{s.outlet or s.title} ({s.published or 'undated'})" for s in sources
            ),
            "urls": JOIN.join(dict.fromkeys(s.url for s in sources if s.url)),
            "verdict": verdict_name(snapshot, claim.id),
            "verdict_date": outcome.date if outcome else "",
            "verdict_note": (outcome.note or "") if outcome else "",
            "evidence": JOIN.join(e.url for e in outcome.evidence) if outcome else "",
            "tags": JOIN.join(claim.tags),
            "quantities": JOIN.join(describe(q) for q in claim.quantities),
            **_link_columns(snapshot, claim.id),
            "note": claim.note or "",
        }
        result.append(row)
    return result


def write(snapshot: Snapshot) -> bytes:
    """RFC 4180 CSV (CRLF line ends, quoted where needed), UTF-8, header row first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in rows(snapshot):
        writer.writerow([csv_cell(row[c]) for c in COLUMNS])
    return buffer.getvalue().encode("utf-8")


EXPORTER = register(
    Exporter(
        name="csv",
        suffix=".csv",
        description="Claims table for spreadsheets (formula-injection safe)",
        binary=False,
        write=write,
    )
)


def write_for_excel(snapshot: Snapshot) -> bytes:
    """The table as Excel opens it by a double-click in any locale: tab-separated UTF-16
    behind its byte-order mark. A UTF-8 CSV opens in the system's legacy code page
    (Cyrillic turns to mojibake), and Russian or Indonesian Excel splits on ";", not ","."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows(snapshot):
        writer.writerow([csv_cell(row[c]) for c in COLUMNS])
    return b"\xff\xfe" + buffer.getvalue().encode("utf-16-le")


EXCEL = register(
    Exporter(
        name="excel",
        suffix=".csv",
        description="The claims table for Excel in any language (tab-separated UTF-16)",
        binary=True,
        write=write_for_excel,
    )
)
