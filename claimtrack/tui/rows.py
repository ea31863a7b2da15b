"""Row formatting for the views: read a few documents, return safe Rich Text (painted lazily)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.text import Text

from claimtrack.model import Claim, Link, Outcome, Source, Speaker, current_outcome
from claimtrack.store import Store
from claimtrack.tui.text import clean, fit, plain, verdict_badge


class ClaimFacts:
    """Verdict in force and contested flag per claim, built once per store version.

    Outcomes and links are far fewer than statements, so this stays cheap at 100k statements.
    """

    def __init__(self, store: Store) -> None:
        self.version = store.version
        by_claim: dict[str, list[dict[str, Any]]] = {}
        for doc in store.docs(Outcome.TABLE).values():
            by_claim.setdefault(doc["claim"], []).append(doc)
        self.verdicts: dict[str, str] = {}
        for cid, docs in by_claim.items():
            if len(docs) == 1:  # the usual case: no need to build records
                self.verdicts[cid] = docs[0]["verdict"]
                continue
            found = current_outcome([Outcome.from_doc(d) for d in docs])
            if found is not None:
                self.verdicts[cid] = found.verdict
        self.contested: set[str] = set()
        for doc in store.docs(Link.TABLE).values():
            if doc["relation"] == "contradicts":
                self.contested.update((doc["a"], doc["b"]))

    def verdict(self, claim_id: str) -> str | None:
        """The verdict in force (None: never judged)."""
        return self.verdicts.get(claim_id)

    def verdict_counts(self, claim_ids: list[str]) -> Counter[str | None]:
        """How many of `claim_ids` carry each verdict."""
        return Counter(self.verdicts.get(c) for c in claim_ids)


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
    name_width = 16 if width >= 70 else 10
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
        return Text(f"{claim_id} (deleted)", style="dim")
    text = verdict_badge(facts.verdict(claim_id), 0)
    text.append(" ")
    text.append(speaker_name(store, doc.get("speaker")), style="bold")
    text.append(": ")
    text.append_text(plain(doc["summary"]))
    return text


def source_row(store: Store, source_id: str, tagged: int, total: int, width: int) -> Text:
    """`Outlet  2020-10-31 en  12/30 Title`."""
    doc = store.doc(Source.TABLE, source_id)
    if doc is None:
        return Text("(deleted)", style="dim")
    outlet_width = 18 if width >= 70 else 12
    text = Text(fit(clean(doc.get("outlet") or "—", one_line=True), outlet_width), style="bold")
    text.append(f" {doc.get('published') or '—':<10} {doc.get('lang', 'und'):<3} ")
    text.append(f"{tagged:>4}/{total:<4} ", style="dim")
    text.append_text(plain(doc.get("title")))
    return text
