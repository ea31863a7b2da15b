"""Scoring the suggester and quantity extraction against the demo gold (data/gold/*.json).

The one module of the package that reads files: it builds a `Snapshot` of the demo
documents with one claim per gold-attributed sentence, then measures suggestions and
extracted quantities against `data/gold/pairs.json` and `data/gold/quantities.json`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack.ingest import segment
from claimtrack.model import Claim, Source, Speaker, Statement
from claimtrack.quantities import describe, extract_quantities
from claimtrack.snapshot import Snapshot
from claimtrack.suggest.suggester import LinkCandidate, LinkSuggester


@dataclass
class Demo:
    """The demo investigation as a snapshot, and where each gold substring landed."""

    snapshot: Snapshot
    claim_of: dict[str, str]
    """Gold substring → claim id."""
    statement_of: dict[str, str] = field(default_factory=dict)
    """Gold substring → statement id (attributed or not)."""


def load_demo(data: Path) -> Demo:
    """Sources from data/demo, speakers and one claim per attributed sentence from the gold."""
    manifest = json.loads((data / "demo" / "manifest.json").read_text(encoding="utf-8"))
    gold = json.loads((data / "gold" / "speakers.json").read_text(encoding="utf-8"))
    speakers = [
        Speaker(
            id=f"p{i:02d}",
            name=s["name"],
            aliases=tuple(s.get("aliases", ())),
            kind=s.get("kind", "other"),
            side=s.get("side"),
        )
        for i, s in enumerate(gold["speakers"], start=1)
    ]
    by_name = {s.name: s.id for s in speakers}
    sources, statements, claims = [], [], []
    claim_of: dict[str, str] = {}
    statement_of: dict[str, str] = {}
    for n, entry in enumerate(manifest, start=1):
        text = (data / "demo" / entry["file"]).read_text(encoding="utf-8")
        sid = f"s{n:02d}"
        sources.append(
            Source(
                id=sid,
                title=text.split("\n", 1)[0].strip(),
                text=text,
                hash=hashlib.sha256(text.encode()).hexdigest(),
                lang=entry["lang"],
                outlet=entry.get("outlet"),
                url=entry.get("url"),
                published=entry.get("published"),
            )
        )
        spans = segment(text, entry["lang"])  # as `claimtrack import` cuts it
        attributed = {
            _span_of(text, spans, g["text"]): g for g in gold["documents"].get(entry["file"], ())
        }
        for k, (start, end) in enumerate(spans):
            st_id = f"{sid}-{k:03d}"
            g = attributed.get((start, end))
            speaker = by_name.get(g["speaker"]) if g and g["speaker"] else None
            claim_id = f"c{n:02d}{k:03d}" if speaker else None
            statements.append(Statement(st_id, sid, start, end, speaker=speaker, claim=claim_id))
            if claim_id:
                claims.append(Claim(claim_id, text[start:end], speaker=speaker))
    snapshot = Snapshot.build(sources, statements, speakers, claims)
    for st in snapshot.statements.values():
        sentence = snapshot.text(st)
        for sub in _gold_substrings(data):
            if sub in sentence:
                statement_of[sub] = st.id
                if st.claim:
                    claim_of[sub] = st.claim
    return Demo(snapshot, claim_of, statement_of)


def _span_of(text: str, spans: list[tuple[int, int]], sub: str) -> tuple[int, int] | None:
    at = text.find(sub)
    return next(((s, e) for s, e in spans if s <= at < e), None) if at >= 0 else None


_GOLD_CACHE: dict[Path, list[str]] = {}


def _gold_substrings(data: Path) -> list[str]:
    if data not in _GOLD_CACHE:
        pairs = json.loads((data / "gold" / "pairs.json").read_text(encoding="utf-8"))
        qty = json.loads((data / "gold" / "quantities.json").read_text(encoding="utf-8"))
        subs = [s for group in pairs["claims"].values() for s in group]
        subs += [s["text"] for s in qty["sentences"]]
        _GOLD_CACHE[data] = subs
    return _GOLD_CACHE[data]


# --- link suggestions ------------------------------------------------------------------


@dataclass(frozen=True)
class LinkScores:
    """How the suggestions over the demo compare with the gold."""

    contradiction_recall_at_10: float
    recall: dict[str, float]
    precision: dict[str, float]
    found: int
    expected: int
    suggested: int
    missed: tuple[str, ...]


def evaluate_links(data: Path, limit: int = 1000) -> LinkScores:
    """Run the suggester over the demo and score it against data/gold/pairs.json."""
    demo = load_demo(data)
    gold = json.loads((data / "gold" / "pairs.json").read_text(encoding="utf-8"))
    group_of: dict[str, str] = {}
    for name, subs in gold["claims"].items():
        for sub in subs:
            if sub not in demo.claim_of:
                raise ValueError(f"gold substring not found as an attributed sentence: {sub!r}")
            group_of[demo.claim_of[sub]] = name
    expected: dict[tuple[str, str, str], set[str]] = {}
    for name, subs in gold["claims"].items():
        if len(subs) > 1:
            expected[(name, name, "same-claim")] = {"same-claim"}
    for link in gold["links"]:
        expected[(link["a"], link["b"], link["relation"])] = {
            link["relation"],
            *link.get("also", ()),
        }
    suggester = LinkSuggester(demo.snapshot)
    cands = suggester.candidates(None, limit=limit)
    hits = {key: False for key in expected}
    correct: dict[str, list[bool]] = {}
    for c in cands:
        ok = False
        for key, accepted in expected.items():
            if c.relation in accepted and _matches(c, key, group_of):
                hits[key] = True
                ok = True
        correct.setdefault(c.relation, []).append(ok)
    recall: dict[str, list[bool]] = {}
    for (_, _, rel), hit in hits.items():
        recall.setdefault(rel, []).append(hit)
        recall.setdefault("all", []).append(hit)
    for flags in list(correct.values()):
        correct.setdefault("all", []).extend(flags)
    return LinkScores(
        contradiction_recall_at_10=_recall_at(suggester, expected, group_of, gold, 10),
        recall={k: sum(v) / len(v) for k, v in sorted(recall.items())},
        precision={k: sum(v) / len(v) for k, v in sorted(correct.items())},
        found=sum(hits.values()),
        expected=len(hits),
        suggested=len(cands),
        missed=tuple(f"{rel}: {a} / {b}" for (a, b, rel), hit in hits.items() if not hit),
    )


def _matches(c: LinkCandidate, key: tuple[str, str, str], group_of: dict[str, str]) -> bool:
    a, b, relation = key
    ga, gb = group_of.get(c.a), group_of.get(c.b)
    if ga is None or gb is None:
        return False
    if relation == "responds-to" and c.relation == "responds-to":
        return (ga, gb) == (a, b)
    return {ga, gb} == {a, b} and (ga != gb or a == b)


def _recall_at(
    suggester: LinkSuggester,
    expected: dict[tuple[str, str, str], set[str]],
    group_of: dict[str, str],
    gold: dict,
    k: int,
) -> float:
    """Share of gold contradictions found among the top k candidates of a claim in them."""
    members: dict[str, list[str]] = {}
    for cid, name in group_of.items():
        members.setdefault(name, []).append(cid)
    wanted = [key for key, acc in expected.items() if "contradicts" in acc]
    found = 0
    for key in wanted:
        a, b, _ = key
        ok = False
        for cid in sorted(members[a] + members[b]):
            top = suggester.candidates([cid], limit=k)
            if any(c.relation == "contradicts" and _matches(c, key, group_of) for c in top):
                ok = True
                break
        found += ok
    return found / len(wanted) if wanted else 1.0


# --- quantities ------------------------------------------------------------------------


@dataclass(frozen=True)
class QuantityScores:
    """Extraction against data/gold/quantities.json."""

    sentence_accuracy: float
    precision: float
    recall: float
    sentences: int
    wrong: tuple[str, ...]


def evaluate_quantities(data: Path) -> QuantityScores:
    """Extract quantities from each gold sentence of the demo and compare the descriptions."""
    demo = load_demo(data)
    gold = json.loads((data / "gold" / "quantities.json").read_text(encoding="utf-8"))
    snap = demo.snapshot
    right = tp = n_found = n_expected = 0
    wrong: list[str] = []
    for entry in gold["sentences"]:
        st = snap.statements[demo.statement_of[entry["text"]]]
        lang = snap.sources[st.source].lang
        got = [describe(q) for q in extract_quantities(snap.text(st), lang)]
        want = list(entry["quantities"])
        n_found += len(got)
        n_expected += len(want)
        tp += sum(min(got.count(x), want.count(x)) for x in set(want))
        if got == want:
            right += 1
        else:
            wrong.append(f"{entry['text']!r}: got {got}, expected {want}")
    total = len(gold["sentences"])
    return QuantityScores(
        sentence_accuracy=right / total if total else 1.0,
        precision=tp / n_found if n_found else 1.0,
        recall=tp / n_expected if n_expected else 1.0,
        sentences=total,
        wrong=tuple(wrong),
    )
