"""Scoring the suggester and quantity extraction against gold: the demo and the held-out set.

It builds a `Snapshot` of a gold corpus with one claim per gold-attributed sentence, then
measures suggestions and extracted quantities against its `pairs.json` and `quantities.json`:

* demo: data/demo with data/gold/{speakers,pairs,quantities}.json;
* held-out: data/gold/heldout (articles in other styles, and the shared seed article when
  it is present next to the checkout) with data/gold/heldout/*.json.

Gold sentences are named by a substring unique across the corpus, or, for the seed (whose
text is never copied into the repository), by "sha256:" and the 12-hex key of the sentence.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrack.evaluation.gold import find_label, sentence_key
from claimtrack.ingest import segment
from claimtrack.model import Claim, Quantity, Source, Speaker, Statement
from claimtrack.quantities import describe, extract_quantities, stated
from claimtrack.snapshot import Snapshot
from claimtrack.suggest.suggester import LinkCandidate, LinkSuggester

SEED_PREFIX = "sha256:"
"""Gold keys naming a seed sentence by hash rather than by substring."""


@dataclass
class Demo:
    """A gold corpus as a snapshot, and where each gold sentence key landed."""

    snapshot: Snapshot
    claim_of: dict[str, str]
    """Gold key (substring or sha256:…) → claim id."""
    statement_of: dict[str, str] = field(default_factory=dict)
    """Gold key → statement id (attributed or not)."""
    gold: Path = Path()
    """The folder holding this corpus' pairs.json and quantities.json."""


@dataclass(frozen=True)
class _Document:
    name: str
    lang: str
    text: str
    labels: list[dict[str, Any]]
    published: str | None = None
    outlet: str | None = None
    url: str | None = None


def load_demo(data: Path) -> Demo:
    """Sources from data/demo, speakers and one claim per attributed sentence from the gold."""
    manifest = json.loads((data / "demo" / "manifest.json").read_text(encoding="utf-8"))
    gold = json.loads((data / "gold" / "speakers.json").read_text(encoding="utf-8"))
    docs = [
        _Document(
            entry["file"],
            entry["lang"],
            (data / "demo" / entry["file"]).read_text(encoding="utf-8"),
            gold["documents"].get(entry["file"], []),
            entry.get("published"),
            entry.get("outlet"),
            entry.get("url"),
        )
        for entry in manifest
    ]
    return _build(gold["speakers"], docs, data / "gold")


def load_heldout(data: Path) -> Demo:
    """The held-out articles (and the seed, when present) with their gold speakers."""
    folder = data / "gold" / "heldout"
    gold = json.loads((folder / "speakers.json").read_text(encoding="utf-8"))
    docs = [
        _Document(name, name.rsplit("_", 1)[1].split(".")[0],
                  (folder / name).read_text(encoding="utf-8"), labels)
        for name, labels in sorted(gold["documents"].items())
    ]  # fmt: skip
    seed_gold = folder / "seed.json"
    if seed_gold.is_file():
        raw = json.loads(seed_gold.read_text(encoding="utf-8"))
        seed = (data.parent / raw["path"]).resolve()
        if seed.is_file():
            docs.append(_Document("seed", raw["lang"], seed.read_text(encoding="utf-8"),
                                  raw["sentences"]))  # fmt: skip
    return _build(gold["speakers"], docs, folder)


def has_seed(demo: Demo) -> bool:
    """Whether the shared seed article was found and loaded."""
    return any(s.outlet == "seed" for s in demo.snapshot.sources.values())


def _build(raw_speakers: list[dict[str, Any]], docs: list[_Document], gold: Path) -> Demo:
    # Every gold speaker is tagged, registered or not: an analyst registers them first.
    speakers = [
        Speaker(
            id=f"p{i:02d}",
            name=s["name"],
            aliases=tuple(s.get("aliases", ())),
            kind=s.get("kind", "other"),
            side=s.get("side"),
        )
        for i, s in enumerate(raw_speakers, start=1)
    ]
    by_name = {s.name: s.id for s in speakers}
    sources, statements, claims = [], [], []
    keyed: list[tuple[str, str, str | None, bool]] = []  # (statement, sentence, claim, seed)
    for n, doc in enumerate(docs, start=1):
        sid = f"s{n:02d}"
        sources.append(
            Source(
                id=sid,
                title=doc.text.split("\n", 1)[0].strip(),
                text=doc.text,
                hash=hashlib.sha256(doc.text.encode()).hexdigest(),
                lang=doc.lang,
                outlet="seed" if doc.name == "seed" else doc.outlet,
                url=doc.url,
                published=doc.published,
            )
        )
        for k, (start, end) in enumerate(segment(doc.text, doc.lang)):  # as `import` cuts it
            sentence = doc.text[start:end]
            label = find_label(doc.labels, sentence)
            speaker = by_name.get(label["speaker"]) if label and label["speaker"] else None
            claim_id = f"c{n:02d}{k:03d}" if speaker else None
            st_id = f"{sid}-{k:03d}"
            statements.append(Statement(st_id, sid, start, end, speaker=speaker, claim=claim_id))
            if claim_id:
                claims.append(Claim(claim_id, sentence, speaker=speaker))
            keyed.append((st_id, sentence, claim_id, doc.name == "seed"))
    snapshot = Snapshot.build(sources, statements, speakers, claims)
    claim_of: dict[str, str] = {}
    statement_of: dict[str, str] = {}
    for key in _gold_keys(gold):
        hits = [
            (st, claim)
            for st, sentence, claim, seed in keyed
            if (key[len(SEED_PREFIX) :] == sentence_key(sentence) if key.startswith(SEED_PREFIX)
                else key in sentence and not seed)
        ]  # fmt: skip
        if len(hits) > 1:
            raise ValueError(f"gold key matches {len(hits)} sentences: {key!r}")
        if hits:
            statement_of[key] = hits[0][0]
            if hits[0][1]:
                claim_of[key] = hits[0][1]
    return Demo(snapshot, claim_of, statement_of, gold)


def _gold_keys(gold: Path) -> list[str]:
    keys: list[str] = []
    if (gold / "pairs.json").is_file():
        pairs = json.loads((gold / "pairs.json").read_text(encoding="utf-8"))
        keys += [s for group in pairs["claims"].values() for s in group]
    if (gold / "quantities.json").is_file():
        qty = json.loads((gold / "quantities.json").read_text(encoding="utf-8"))
        keys += [s["text"] for s in qty["sentences"]]
    return list(dict.fromkeys(keys))


def _corpus(data: Path, heldout: bool) -> Demo:
    return load_heldout(data) if heldout else load_demo(data)


# --- link suggestions ------------------------------------------------------------------


@dataclass(frozen=True)
class LinkScores:
    """How the suggestions over a gold corpus compare with its gold."""

    contradiction_recall_at_10: float
    recall: dict[str, float]
    precision: dict[str, float]
    found: int
    expected: int
    suggested: int
    missed: tuple[str, ...]
    skipped: tuple[str, ...] = ()
    """Gold keys not found as attributed sentences (the seed is absent, or segmentation moved)."""
    wrong: tuple[str, ...] = ()
    """Suggestions matching no gold link, as 'relation: group-or-text / group-or-text'."""


def evaluate_links(data: Path, limit: int = 1000, *, heldout: bool = False) -> LinkScores:
    """Run the suggester over the demo (or held-out set) and score it against its pairs.json."""
    demo = _corpus(data, heldout)
    gold = json.loads((demo.gold / "pairs.json").read_text(encoding="utf-8"))
    group_of: dict[str, str] = {}
    skipped: list[str] = []
    groups: dict[str, list[str]] = {}
    for name, subs in gold["claims"].items():
        for sub in subs:
            if sub not in demo.claim_of:
                if heldout:  # the seed may be absent; the demo gold must always resolve
                    skipped.append(sub)
                    continue
                raise ValueError(f"gold substring not found as an attributed sentence: {sub!r}")
            group_of[demo.claim_of[sub]] = name
            groups.setdefault(name, []).append(sub)
    expected: dict[tuple[str, str, str], set[str]] = {}
    for name, subs in groups.items():
        if len(subs) > 1:
            expected[(name, name, "same-claim")] = {"same-claim"}
    for link in gold["links"]:
        if link["a"] in groups and link["b"] in groups:
            expected[(link["a"], link["b"], link["relation"])] = {
                link["relation"],
                *link.get("also", ()),
            }
    suggester = LinkSuggester(demo.snapshot)
    cands = suggester.candidates(None, limit=limit)
    hits = {key: False for key in expected}
    correct: dict[str, list[bool]] = {}
    wrong: list[str] = []
    for c in cands:
        ok = told_twice(c, group_of, demo.snapshot)
        for key, accepted in expected.items():
            if c.relation in accepted and _matches(c, key, group_of):
                hits[key] = True
                ok = True
        correct.setdefault(c.relation, []).append(ok)
        if not ok:
            wrong.append(f"{c.relation} {c.score:.2f}: {_name(demo, group_of, c.a)} / "
                         f"{_name(demo, group_of, c.b)}")  # fmt: skip
    recall: dict[str, list[bool]] = {}
    for (_, _, rel), hit in hits.items():
        recall.setdefault(rel, []).append(hit)
        recall.setdefault("all", []).append(hit)
    for flags in list(correct.values()):
        correct.setdefault("all", []).extend(flags)
    return LinkScores(
        contradiction_recall_at_10=_recall_at(suggester, expected, group_of, 10),
        recall={k: sum(v) / len(v) for k, v in sorted(recall.items())},
        precision={k: sum(v) / len(v) for k, v in sorted(correct.items())},
        found=sum(hits.values()),
        expected=len(hits),
        suggested=len(cands),
        missed=tuple(f"{rel}: {a} / {b}" for (a, b, rel), hit in hits.items() if not hit),
        skipped=tuple(skipped),
        wrong=tuple(wrong),
    )


def told_twice(c: LinkCandidate, group_of: dict[str, str], snapshot: Snapshot) -> bool:
    """Whether `c` is a "supports" between two speakers' tellings of one gold claim: a claim
    has one speaker, so the suggester offers what gold files as one claim told by two (the
    government and the president both saying Shushi is taken) as the later supporting the
    earlier, never as a merge the store would refuse. Right for precision; it finds no gold
    merge for recall."""
    if c.relation != "supports" or group_of.get(c.a) is None:
        return False
    if group_of.get(c.a) != group_of.get(c.b):
        return False
    claims = snapshot.claims
    return claims[c.a].speaker != claims[c.b].speaker


def _name(demo: Demo, group_of: dict[str, str], claim_id: str) -> str:
    if claim_id in group_of:
        return group_of[claim_id]
    return repr(demo.snapshot.claims[claim_id].summary[:60])


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
    """Extraction against a quantities.json."""

    sentence_accuracy: float
    precision: float
    recall: float
    sentences: int
    wrong: tuple[str, ...]


def evaluate_quantities(data: Path, *, heldout: bool = False) -> QuantityScores:
    """Extract quantities from each gold sentence and compare them with the gold.

    The demo gold lists `describe()` strings; the held-out gold lists value or range,
    qualifier, unit and subject, compared as stated (before the qualifier widens them).
    """
    demo = _corpus(data, heldout)
    gold = json.loads((demo.gold / "quantities.json").read_text(encoding="utf-8"))
    snap = demo.snapshot
    right = tp = n_found = n_expected = total = 0
    wrong: list[str] = []
    for entry in gold["sentences"]:
        if entry["text"] not in demo.statement_of:
            if heldout:
                continue  # the seed is absent
            raise ValueError(f"gold sentence not found: {entry['text']!r}")
        total += 1
        st = snap.statements[demo.statement_of[entry["text"]]]
        lang = snap.sources[st.source].lang
        found = extract_quantities(snap.text(st), lang)
        if heldout:
            got, want = [_as_gold(q) for q in found], [_gold_tuple(g) for g in entry["quantities"]]
        else:
            got, want = [describe(q) for q in found], list(entry["quantities"])
        n_found += len(got)
        n_expected += len(want)
        tp += sum(min(got.count(x), want.count(x)) for x in set(want))
        if got == want:
            right += 1
        else:
            wrong.append(f"{entry['text']!r}: got {got}, expected {want}")
    return QuantityScores(
        sentence_accuracy=right / total if total else 1.0,
        precision=tp / n_found if n_found else 1.0,
        recall=tp / n_expected if n_expected else 1.0,
        sentences=total,
        wrong=tuple(wrong),
    )


def _as_gold(q: Quantity) -> tuple:
    lo, hi = stated(q)
    return (round(lo, 6), round(hi, 6), q.qualifier, q.unit, q.subject)


def _gold_tuple(g: dict[str, Any]) -> tuple:
    lo, hi = g["range"] if "range" in g else (g["value"], g["value"])
    return (float(lo), float(hi), g.get("qualifier", "exact"), g.get("unit"), g.get("subject"))
