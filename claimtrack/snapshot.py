"""A read-only, in-memory view of a whole investigation, with the derived indexes readers need.

Exports, suggestions and reports take a `Snapshot` rather than the store, so they stay pure
and testable with hand-built data. Indexes (appearances per claim, links per claim, outcomes
per claim) are built once, lazily.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from claimtrack.model import (
    Claim,
    Link,
    Outcome,
    Record,
    Source,
    Speaker,
    Statement,
    appearance_order,
    current_outcome,
    side_key,
)


@dataclass(frozen=True)
class Snapshot:
    """Every record of an investigation keyed by id. Treat as immutable."""

    sources: dict[str, Source] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)
    speakers: dict[str, Speaker] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    palette_sides: tuple[str, ...] = ()
    """In a filtered export, every side of the whole investigation: drawings colour sides
    by it, so one side keeps its colour in every export (`export.style.side_colours`)."""
    outside_links: tuple[Link, ...] = ()
    """In a filtered export (`export.filters.apply_filter`), the links between a kept claim
    and one left out: graphs draw none of them (the other end is no node), but a table or
    a brief must not pretend a claim is uncontested because its rival was filtered out."""

    @classmethod
    def build(
        cls,
        sources: Iterable[Source] = (),
        statements: Iterable[Statement] = (),
        speakers: Iterable[Speaker] = (),
        claims: Iterable[Claim] = (),
        links: Iterable[Link] = (),
        outcomes: Iterable[Outcome] = (),
        outside_links: Iterable[Link] = (),
        palette_sides: Iterable[str] = (),
    ) -> Snapshot:
        """Build from iterables of records (handy in tests)."""
        return cls(
            sources={r.id: r for r in sources},
            statements={r.id: r for r in statements},
            speakers={r.id: r for r in speakers},
            claims={r.id: r for r in claims},
            links={r.id: r for r in links},
            outcomes={r.id: r for r in outcomes},
            outside_links=tuple(sorted(outside_links, key=lambda x: x.id)),
            palette_sides=tuple(sorted(set(palette_sides))),
        )

    def text(self, statement: Statement) -> str:
        """The exact text of a statement, cut from its source."""
        return self.sources[statement.source].text[statement.start : statement.end]

    @cached_property
    def _appearances(self) -> dict[str, list[Statement]]:
        index: dict[str, list[Statement]] = defaultdict(list)
        for st in self.statements.values():
            if st.claim is not None:
                index[st.claim].append(st)
        for sts in index.values():
            sts.sort(key=self._appearance_order)
        return index

    def _appearance_order(self, st: Statement) -> tuple[str, str, int]:
        src = self.sources.get(st.source)
        return appearance_order(src.published if src else None, st.source, st.start)

    def appearances(self, claim_id: str) -> list[Statement]:
        """Statements that report a claim, earliest publication first."""
        return self._appearances.get(claim_id, [])

    @cached_property
    def _links_by_claim(self) -> dict[str, list[Link]]:
        index: dict[str, list[Link]] = defaultdict(list)
        for link in sorted(self.links.values(), key=lambda x: x.id):
            index[link.a].append(link)
            index[link.b].append(link)
        return index

    def links_of(self, claim_id: str) -> list[Link]:
        """Links touching a claim, in either direction."""
        return self._links_by_claim.get(claim_id, [])

    def palette(self) -> tuple[str, ...]:
        """The sides drawings deal colours to: those of the whole investigation's claims
        (`palette_sides` when a filter made this snapshot)."""
        if self.palette_sides:
            return self.palette_sides
        return tuple(sorted({side for c in self.claims if (side := self.claim_side(c))}))

    def links_out_of(self, claim_id: str) -> list[Link]:
        """`outside_links` touching a claim: to claims a filter left out of this snapshot."""
        return [x for x in self.outside_links if claim_id in (x.a, x.b)]

    @cached_property
    def _outcomes_by_claim(self) -> dict[str, list[Outcome]]:
        index: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes.values():
            index[outcome.claim].append(outcome)
        for lst in index.values():
            lst.sort(key=lambda o: (o.date, o.recorded, o.id))
        return index

    def outcome_history(self, claim_id: str) -> list[Outcome]:
        """Every verdict recorded on a claim, oldest first."""
        return self._outcomes_by_claim.get(claim_id, [])

    def verdict(self, claim_id: str, as_of: str | None = None) -> Outcome | None:
        """The verdict in force on a claim (optionally as of a date)."""
        return current_outcome(self.outcome_history(claim_id), as_of)

    def first_date(self, claim_id: str) -> str | None:
        """Publication date of a claim's earliest dated appearance."""
        dates = [
            self.sources[st.source].published
            for st in self.appearances(claim_id)
            if st.source in self.sources and self.sources[st.source].published
        ]
        return min(dates) if dates else None  # type: ignore[type-var]

    def claim_side(self, claim_id: str) -> str | None:
        """The side of the claim's speaker, if known (spelt as by `side`)."""
        claim = self.claims.get(claim_id)
        if claim is None or claim.speaker is None:
            return None
        return self.side(self.speakers.get(claim.speaker))

    def side(self, speaker: Speaker | None) -> str | None:
        """The speaker's side spelt as most speakers spell it: "armenia" and "Armenia" typed
        by two analysts are one side in every suggestion, colour and table."""
        if speaker is None or not speaker.side:
            return None
        return self._side_spellings[side_key(speaker.side)]

    @cached_property
    def _side_spellings(self) -> dict[str, str]:
        counts = Counter(sp.side for sp in self.speakers.values() if sp.side)
        best: dict[str, str] = {}
        for spelling, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            best.setdefault(side_key(spelling), spelling)
        return best


SNAPSHOT_TYPES: tuple[type[Record], ...] = (Source, Statement, Speaker, Claim, Link, Outcome)
"""The record types a snapshot holds, in its fields' order."""

Tables = dict[str, dict[str, dict[str, Any]]]
"""Stored documents per table (table → id → document)."""


def snapshot_from_docs(tables: Tables, previous: tuple[Tables, Snapshot] | None = None) -> Snapshot:
    """The snapshot of `tables`; a record whose document is the very one `previous` was built
    from is taken from it rather than built again. The store replaces a document on every
    write and never changes one in place, so the same document object means the same record:
    after tagging one statement of 100k, only that statement (and its claim) are rebuilt,
    not 113k records (0.5 s of a frozen screen on each visit to Suggestions)."""
    parts: dict[str, dict[str, Record]] = {}
    for cls in SNAPSHOT_TYPES:
        docs = tables.get(cls.TABLE, {})
        old_docs = previous[0].get(cls.TABLE) if previous is not None else None
        if previous is None or old_docs is None:
            parts[cls.TABLE] = {i: cls.from_doc(d) for i, d in docs.items()}
            continue
        old: dict[str, Record] = getattr(previous[1], cls.TABLE)
        get = old_docs.get
        parts[cls.TABLE] = {i: old[i] if get(i) is d else cls.from_doc(d) for i, d in docs.items()}
    return Snapshot(**parts)  # type: ignore[arg-type]
