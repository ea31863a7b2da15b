"""`check`: everything that must hold in a sound store, reported as plain problems."""

from __future__ import annotations

from collections import Counter

from claimtrack.model import (
    RELATIONS,
    SCHEMA_VERSION,
    VERDICTS,
    Claim,
    Event,
    Link,
    Outcome,
    Source,
    Speaker,
    Statement,
)
from claimtrack.store import Store
from claimtrack.store.store import META_ID, META_TABLE


def check_store(store: Store) -> list[str]:
    """Every integrity problem found; an empty list means the store is sound."""
    problems: list[str] = []
    meta = store.doc(META_TABLE, META_ID) or {}
    if meta.get("schema") != SCHEMA_VERSION:
        problems.append(f"schema version is {meta.get('schema')!r}, expected {SCHEMA_VERSION}")
    tables = (Source, Statement, Speaker, Claim, Link, Outcome, Event)
    seen: Counter[str] = Counter()
    for cls in tables:
        for id_, doc in store.docs(cls.TABLE).items():
            seen[id_] += 1
            if doc.get("id") != id_:
                problems.append(f"{cls.TABLE[:-1]} {id_} is stored under a different id")
    problems += [f"duplicate id {i} in {n} tables" for i, n in sorted(seen.items()) if n > 1]

    def exists(cls: type, id_: str | None) -> bool:
        return id_ is not None and store.doc(cls.TABLE, id_) is not None  # type: ignore[attr-defined]

    for id_, d in sorted(store.docs(Statement.TABLE).items()):
        src = store.doc(Source.TABLE, d["source"])
        if src is None:
            problems.append(f"statement {id_} points to missing source {d['source']}")
        elif not (0 <= d["start"] < d["end"] <= len(src["text"])):
            problems.append(
                f"statement {id_} span [{d['start']}, {d['end']}) is outside its source"
            )
        if d.get("speaker") and not exists(Speaker, d["speaker"]):
            problems.append(f"statement {id_} points to missing speaker {d['speaker']}")
        if d.get("claim") and not exists(Claim, d["claim"]):
            problems.append(f"statement {id_} points to missing claim {d['claim']}")
        elif d.get("claim"):
            claim_speaker = store.doc(Claim.TABLE, d["claim"]).get("speaker")  # type: ignore[union-attr]
            if d.get("speaker") != claim_speaker:
                problems.append(
                    f"statement {id_} is said by {d.get('speaker')} but its claim {d['claim']} "
                    f"by {claim_speaker}"
                )
    for id_, d in sorted(store.docs(Claim.TABLE).items()):
        if not store.ids_where("statements", "claim", id_):
            problems.append(f"claim {id_} has no appearances")
        if d.get("speaker") and not exists(Speaker, d["speaker"]):
            problems.append(f"claim {id_} points to missing speaker {d['speaker']}")
    for id_, d in sorted(store.docs(Link.TABLE).items()):
        for end in ("a", "b"):
            if not exists(Claim, d.get(end)):
                problems.append(f"link {id_} points to missing claim {d.get(end)}")
        if d.get("relation") not in RELATIONS:
            problems.append(f"link {id_} has unknown relation {d.get('relation')!r}")
        if d.get("a") == d.get("b"):
            problems.append(f"link {id_} links a claim to itself")
    for id_, d in sorted(store.docs(Outcome.TABLE).items()):
        if not exists(Claim, d.get("claim")):
            problems.append(f"outcome {id_} points to missing claim {d.get('claim')}")
        if d.get("verdict") not in VERDICTS:
            problems.append(f"outcome {id_} has unknown verdict {d.get('verdict')!r}")
    hashes = Counter(d["hash"] for d in store.docs(Source.TABLE).values())
    problems += [f"{n} sources share the text hash {h[:12]}" for h, n in hashes.items() if n > 1]
    return problems
