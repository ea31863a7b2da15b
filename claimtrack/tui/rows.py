"""Row formatting for the views: read a few documents, return safe Rich Text (painted lazily)."""

from __future__ import annotations

from rich.text import Text

from claimtrack.model import Claim, Source, Speaker
from claimtrack.services.queries import ClaimFacts
from claimtrack.store import Store
from claimtrack.tui.text import clean, fit, plain, verdict_badge


def speaker_name(store: Store, speaker_id: str | None) -> str:
    """A speaker's name, or "—"."""
    doc = store.doc(Speaker.TABLE, speaker_id) if speaker_id else None
    return clean(doc["name"], one_line=True) if doc else "—"


def claim_row(store: Store, facts: ClaimFacts, claim_id: str, width: int) -> Text:
    """`✗ false  ⇄ Aliyev          ×3  summary…`."""
    doc = store.doc(Claim.TABLE, claim_id)
    if doc is None:
        return Text("(deleted)", style="dim")
    appearances = len(store.indexed_values("statements", "claim").get(claim_id, ()))
    text = verdict_badge(facts.verdict(claim_id))
    text.append("⇄ " if claim_id in facts.contested else "  ", style="bold")
    name_width = 10 if width < 70 else 16 if width < 110 else 26  # whole names when room
    text.append(fit(speaker_name(store, doc.get("speaker")), name_width), style="bold")
    text.append(f" ×{appearances:<2} ", style="dim")
    tags = doc.get("tags") or ()
    if tags:
        text.append_text(plain(" ".join(f"#{t}" for t in tags) + " ", "italic"))
    text.append_text(plain(doc["summary"]))
    return text


def claim_label(store: Store, facts: ClaimFacts, claim_id: str) -> Text:
    """A claim on one line for pickers and the graph: badge, speaker, summary."""
    doc = store.doc(Claim.TABLE, claim_id)
    if doc is None:
        return Text(f"{clean(claim_id)} (deleted)", style="dim")
    text = verdict_badge(facts.verdict(claim_id), 0)
    text.append(" ")
    text.append(speaker_name(store, doc.get("speaker")), style="bold")
    text.append(": ")
    text.append_text(plain(doc["summary"]))
    return text


def source_row(store: Store, source_id: str, tagged: int, total: int, width: int) -> Text:
    """`Outlet  2020-10-31 en  B   12/30 Title` (B: the Admiralty reliability grade)."""
    doc = store.doc(Source.TABLE, source_id)
    if doc is None:
        return Text("(deleted)", style="dim")
    outlet_width = 12 if width < 70 else 18 if width < 120 else 28  # wide screens show more
    text = Text(fit(clean(doc.get("outlet") or "—", one_line=True), outlet_width), style="bold")
    text.append(f" {doc.get('published') or '—':<10} {doc.get('lang', 'und'):<3} ")
    grade = doc.get("reliability")
    text.append(f"{grade or '·'} ", style="bold" if grade else "dim")
    text.append(f"{tagged:>4}/{total:<4} ", style="dim")
    text.append_text(plain(doc.get("title")))
    return text
