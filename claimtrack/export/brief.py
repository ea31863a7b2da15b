"""The `md` format: an analyst's brief in Markdown, every imported text escaped."""

from __future__ import annotations

from collections import Counter

from claimtrack.export.describe import (
    NO_VERDICT,
    claim_appearances,
    claims_in_story_order,
    graph_links,
    sorted_speakers,
    speaker_name,
    story_key,
    verdict_name,
)
from claimtrack.export.escape import markdown_text as md
from claimtrack.export.escape import safe_url, shorten, shorten_words
from claimtrack.export.registry import Exporter, register
from claimtrack.model import (
    CONTESTING_RELATIONS,
    RELATIONS,
    VERDICTS,
    Claim,
    Evidence,
    Outcome,
    Source,
)
from claimtrack.quantities import value_text, who
from claimtrack.snapshot import Snapshot

CONTESTING = CONTESTING_RELATIONS


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


def _claim_ref(claim: Claim) -> str:
    return f"{md(shorten(claim.summary, 120))} ({md(claim.id)})"


def events(snapshot: Snapshot) -> list[list[Claim]]:
    """Connected groups of linked claims that hold at least one contradicts/responds-to link."""
    import networkx as nx  # here, not at import: listing the formats loaded it (0.5 s)

    g = nx.Graph()
    contested: set[str] = set()
    for link in graph_links(snapshot):
        g.add_edge(link.a, link.b)
        if link.relation in CONTESTING:
            contested.update((link.a, link.b))
    groups = []
    for component in nx.connected_components(g):
        if component & contested:
            claims = sorted(
                (snapshot.claims[c] for c in component), key=lambda c: story_key(snapshot, c)
            )
            groups.append(claims)
    return sorted(groups, key=lambda claims: story_key(snapshot, claims[0]))


EVENT_TITLE_WIDTH = 70
"""How much of an event's first claim its heading quotes (cut after a whole word)."""


def event_title(claims: list[Claim]) -> str:
    """What the event is about: the tag most of its claims share (ties alphabetical) before
    its first claim, cut after a whole word ("martuni — Azerbaijan targeted Martuni; …"). A
    bare tag ("dravsk") said nothing of what was contested, and a first claim alone was cut
    mid-word ("rescue crew…")."""
    counts = Counter(tag for claim in claims for tag in set(claim.tags))
    shared = sorted((-n, tag) for tag, n in counts.items() if n > 1)
    first = shorten_words(claims[0].summary, EVENT_TITLE_WIDTH)
    return f"{shared[0][1]} — {first}" if shared else first


def event_days(snapshot: Snapshot, claims: list[Claim]) -> str | None:
    """The days the event's claims were first reported ("2020-10-29 to 2020-11-01")."""
    dates = sorted(d for c in claims if (d := snapshot.first_date(c.id)))
    if not dates:
        return None
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"


def source_name(source: Source) -> str:
    """How the brief names a source: its outlet, else its title (shortened), else its id."""
    return source.outlet or shorten_words(source.title, 40) or source.id


def claim_outlets(snapshot: Snapshot, claim: Claim) -> list[str]:
    """The outlets (`source_name`) a claim appeared in, each once, earliest first."""
    names = (
        source_name(snapshot.sources[st.source]) for st in claim_appearances(snapshot, claim.id)
    )
    return list(dict.fromkeys(names))


def _table_url(url: str | None) -> str:
    """A source's address as a Markdown autolink inside a table cell, or "—" when no link
    can carry it: `|` (which ends a cell even inside a link) is percent-encoded, as a
    browser would send it."""
    url = safe_url(url)
    return f"<{url.replace('|', '%7C')}>" if url else "—"


def _sources(snapshot: Snapshot) -> list[str]:
    """A row per source: where the brief's statements come from, when, how reliable the
    outlet is graded, and how much of it was read (a brief had no list of its sources)."""
    statements = Counter(st.source for st in snapshot.statements.values())
    ordered = sorted(
        snapshot.sources.values(),
        key=lambda s: (s.published or "9999-99-99", source_name(s).casefold(), s.id),
    )
    rows = [
        [
            md(source_name(source)),
            md(shorten_words(source.title, 80) or "—"),
            md(source.published or "—"),
            md(source.reliability or "—"),
            str(statements.get(source.id, 0)),
            _table_url(source.url),
        ]
        for source in ordered
    ]
    if not rows:
        return ["No sources imported yet.", ""]
    header = ["Outlet", "Title", "Published", "Reliability", "Statements", "URL"]
    return [*_table(header, rows), ""]


def _summary(snapshot: Snapshot) -> list[str]:
    dates = sorted(s.published for s in snapshot.sources.values() if s.published)
    tagged = sum(1 for s in snapshot.statements.values() if s.claim)
    relations = Counter(link.relation for link in graph_links(snapshot))
    # A rival a filter left out still contests the claim (`Snapshot.outside_links`).
    every = (*graph_links(snapshot), *snapshot.outside_links)
    contested = {
        c
        for link in every
        if link.relation in CONTESTING
        for c in (link.a, link.b)
        if c in snapshot.claims
    }
    judged = sum(1 for c in snapshot.claims if snapshot.verdict(c) is not None)
    span = f", published {dates[0]} to {dates[-1]}" if dates else ""
    links = "- Links: " + ", ".join(f"{relations.get(r, 0)} {r}" for r in RELATIONS)
    if snapshot.outside_links:
        links += f"; {len(snapshot.outside_links)} more to claims outside this selection"
    return [
        f"- Sources: {len(snapshot.sources)}{span}",
        f"- Statements: {len(snapshot.statements)} ({tagged} attributed to claims)",
        f"- Speakers: {len(snapshot.speakers)}",
        f"- Claims: {len(snapshot.claims)} ({len(contested)} contested, {judged} judged)",
        links,
    ]


def _event_section(snapshot: Snapshot, number: int, claims: list[Claim]) -> list[str]:
    days = event_days(snapshot, claims)
    when = f" ({md(days)})" if days else ""
    lines = [f"### Event {number}: {md(event_title(claims))}{when}", ""]
    rows = []
    for claim in claims:
        speaker = snapshot.speakers.get(claim.speaker or "")
        rows.append(
            [
                _claim_ref(claim),
                md(speaker_name(snapshot, claim)),
                md(snapshot.side(speaker) or "—"),
                snapshot.first_date(claim.id) or "—",
                str(len(claim_appearances(snapshot, claim.id))),
                md(", ".join(claim_outlets(snapshot, claim)) or "—"),
                verdict_name(snapshot, claim.id),
            ]
        )
    header = ["Claim", "Speaker", "Side", "First seen", "Appearances", "Outlets", "Verdict"]
    lines += [*_table(header, rows), ""]
    ids = {c.id for c in claims}
    links = {x.id: x for c in claims for x in snapshot.links_of(c.id) if x.b in snapshot.claims}
    for link in (links[k] for k in sorted(links)):
        if link.a in ids:
            a, b = snapshot.claims[link.a], snapshot.claims[link.b]
            note = f" — {md(link.note)}" if link.note else ""
            lines.append(f"- {md(a.id)} **{link.relation}** {md(b.id)}{note}")
    lines.append("")
    numbers = [
        [
            md(speaker_name(snapshot, claim)),
            md(snapshot.claim_side(claim.id) or "—"),
            md(who(q) or "—"),
            md(q.unit or "—"),
            md(value_text(q)),
            md(q.text or "—"),
            md(claim.id),
        ]
        for claim in claims
        for q in claim.quantities
    ]
    if numbers:
        numbers.sort(key=lambda r: (r[2], r[3], r[1], r[0]))
        lines += ["Numbers side by side:", ""]
        header = ["Speaker", "Side", "Who", "What", "Value", "As reported", "Claim"]
        lines += [*_table(header, numbers), ""]
    return lines


def _evidence(e: Evidence) -> str:
    url = safe_url(e.url)
    title = md(e.title or e.url)
    if url:
        text = f"[{title}](<{url}>)"
    else:  # a citation typed as text, not an address: no link, said once
        text = title if not e.title or e.title == e.url else f"{title} ({md(e.url)})"
    # a date no command typed: a restored export or a merged store can hold any text there
    return text + (f" ({md(e.date)})" if e.date else "")


def _outcome_section(snapshot: Snapshot, claim: Claim, history: list[Outcome]) -> list[str]:
    now = snapshot.verdict(claim.id) or history[-1]
    by = f", {md(now.analyst)}" if now.analyst else ""
    lines = [
        f"### {_claim_ref(claim)}",
        "",
        f"- Speaker: {md(speaker_name(snapshot, claim))}",
        f"- Reported by: {md(', '.join(claim_outlets(snapshot, claim)) or '—')}",
        f"- Verdict: **{now.verdict}** ({now.date}{by})",
    ]
    if now.note:
        lines.append(f"- Rationale: {md(now.note)}")
    lines.extend(f"- Evidence: {_evidence(e)}" for e in now.evidence)
    if len(history) > 1:
        lines.append("- History: " + " → ".join(f"{o.verdict} ({o.date})" for o in history))
    return [*lines, ""]


def _track_records(snapshot: Snapshot) -> list[str]:
    by_speaker: dict[str, Counter[str]] = {}
    for claim in snapshot.claims.values():
        if claim.speaker:
            by_speaker.setdefault(claim.speaker, Counter())[verdict_name(snapshot, claim.id)] += 1
    rows = []
    ranked = sorted(  # the most prolific first, then by name
        sorted_speakers(snapshot),
        key=lambda sp: (-sum(by_speaker.get(sp.id, Counter()).values()), sp.name.casefold()),
    )
    for speaker in ranked:
        verdicts = by_speaker.get(speaker.id, Counter())
        total = sum(verdicts.values())
        if total:
            counts = [str(verdicts.get(v, 0)) for v in (*VERDICTS, NO_VERDICT)]
            side = snapshot.side(speaker) or "—"
            rows.append([md(speaker.name), md(side), str(total), *counts])
    if not rows:
        return ["No claims are attributed yet.", ""]
    return [*_table(["Speaker", "Side", "Claims", *VERDICTS, NO_VERDICT], rows), ""]


def _contested_from_outside(snapshot: Snapshot) -> list[str]:
    """A line per kept claim a claim left out by the filter contradicts or answers: the
    summary counts it contested, so the section must say by what."""
    lines = []
    for link in snapshot.outside_links:
        if link.relation not in CONTESTING:
            continue
        kept, other = (link.a, link.b) if link.a in snapshot.claims else (link.b, link.a)
        claim = snapshot.claims[kept]
        who = md(speaker_name(snapshot, claim))
        if link.relation == "contradicts":
            how = "contradicts"
        else:
            how = "responds to" if kept == link.a else "answered by"
        lines.append(f"- {who}: {_claim_ref(claim)} — {how} claim {md(other)}")
    return lines


def brief(snapshot: Snapshot) -> str:
    """The whole brief: counts, contested events, outcomes and speaker track records."""
    lines = ["# Claim brief", "", "## Summary", "", *_summary(snapshot), ""]
    lines += ["## Sources", "", *_sources(snapshot)]
    lines += ["## Contested claims", ""]
    groups = events(snapshot)
    for n, claims in enumerate(groups, start=1):
        lines += _event_section(snapshot, n, claims)
    outside = _contested_from_outside(snapshot)
    if outside:
        lines += ["### Contested by claims outside this selection", "", *outside, ""]
    if not groups and not outside:
        lines += ["No claim is contradicted or answered yet.", ""]
    lines += ["## Outcomes", ""]
    in_order = claims_in_story_order(snapshot)
    judged = [(c, snapshot.outcome_history(c.id)) for c in in_order]
    judged = [(c, h) for c, h in judged if h]
    for claim, history in judged:
        lines += _outcome_section(snapshot, claim, history)
    if not judged:
        lines += ["No verdicts recorded yet.", ""]
    lines += ["## Speaker track records", "", *_track_records(snapshot)]
    return "\n".join(lines).rstrip("\n") + "\n"


def write(snapshot: Snapshot) -> bytes:
    """The brief as UTF-8 Markdown."""
    return brief(snapshot).encode("utf-8")


EXPORTER = register(
    Exporter(
        name="md",
        suffix=".md",
        description="Analyst brief in Markdown: contested events, numbers, outcomes, records",
        binary=False,
        write=write,
    )
)
