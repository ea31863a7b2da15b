"""`check`: everything that must hold in a sound store, reported as plain problems."""

from __future__ import annotations

from collections import Counter
from typing import Any

from claimtrack.errors import ClaimtrackError, MalformedRecordError
from claimtrack.model import (
    OPPOSED_RELATIONS,
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
    field_problem,
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
    malformed: set[str] = set()
    for cls in tables:
        for id_, doc in store.docs(cls.TABLE).items():
            seen[id_] += 1
            if not isinstance(doc, dict):
                problems.append(f"{cls.TABLE[:-1]} {id_} is not a record")
                malformed.add(id_)
                continue
            if doc.get("id") != id_:
                problems.append(f"{cls.TABLE[:-1]} {id_} is stored under a different id")
            shape = _shape_problem(cls, doc)
            if shape:
                problems.append(f"{cls.TABLE[:-1]} {id_} is malformed: {shape}")
                malformed.add(id_)
    problems += [f"duplicate id {i} in {n} tables" for i, n in sorted(seen.items()) if n > 1]

    def records(cls: type) -> list[tuple[str, dict[str, Any]]]:
        """The well-formed records of a table, by id (the rest are reported above)."""
        docs = store.docs(cls.TABLE)  # type: ignore[attr-defined]
        return [(i, docs[i]) for i in sorted(docs) if i not in malformed]

    def exists(cls: type, id_: str | None) -> bool:
        return id_ is not None and store.doc(cls.TABLE, id_) is not None  # type: ignore[attr-defined]

    for id_, d in records(Statement):
        src = store.doc(Source.TABLE, d["source"])
        if src is None:
            problems.append(f"statement {id_} points to missing source {d['source']}")
        elif d["source"] not in malformed and not (0 <= d["start"] < d["end"] <= len(src["text"])):
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
    for id_, d in records(Claim):
        if not store.ids_where("statements", "claim", id_):
            problems.append(f"claim {id_} has no appearances")
        if d.get("speaker") and not exists(Speaker, d["speaker"]):
            problems.append(f"claim {id_} points to missing speaker {d['speaker']}")
    for id_, d in records(Link):
        for end in ("a", "b"):
            if not exists(Claim, d.get(end)):
                problems.append(f"link {id_} points to missing claim {d.get(end)}")
        if d.get("relation") not in RELATIONS:
            problems.append(f"link {id_} has unknown relation {d.get('relation')!r}")
        if d.get("a") == d.get("b"):
            problems.append(f"link {id_} links a claim to itself")
    relations: dict[frozenset[str], dict[str, str]] = {}
    for id_, d in records(Link):
        relations.setdefault(frozenset((d.get("a"), d.get("b"))), {})[d.get("relation")] = id_
    for pair in relations.values():
        for relation, opposed in OPPOSED_RELATIONS.items():
            if relation < opposed and relation in pair and opposed in pair:
                problems.append(
                    f"links {pair[relation]} and {pair[opposed]} say one pair of claims both "
                    f"{relation.removesuffix('s')} and {opposed.removesuffix('s')}"
                )
    for id_, d in records(Outcome):
        if not exists(Claim, d.get("claim")):
            problems.append(f"outcome {id_} points to missing claim {d.get('claim')}")
        if d.get("verdict") not in VERDICTS:
            problems.append(f"outcome {id_} has unknown verdict {d.get('verdict')!r}")
    for id_, d in records(Event):
        for field in ("undoes", "redoes"):
            if d.get(field) and not exists(Event, d[field]):
                problems.append(f"event {id_} is malformed: {field} missing event {d[field]}")
    hashes = Counter(d["hash"] for _, d in records(Source))
    problems += [f"{n} sources share the text hash {h[:12]}" for h, n in hashes.items() if n > 1]
    return problems


def _shape_problem(cls: type, doc: dict[str, Any]) -> str | None:
    """Why a stored document cannot be read as a record of `cls` (a field missing, a value of
    the wrong type), or None."""
    if cls is Event:  # an import's event holds every statement: not built as a record
        return _event_problem(doc)
    problem = field_problem(cls, doc)  # "tags": "shushi" builds a claim, and is wrong
    if problem:
        return problem
    try:
        cls.from_doc(doc)  # type: ignore[attr-defined]
    except MalformedRecordError as exc:
        return exc.why
    except ClaimtrackError:
        return None  # a value the checks below name (an unknown verdict...)
    return None


def _event_problem(doc: dict[str, Any]) -> str | None:
    """Why a stored event cannot be shown, listed or undone: a review's hand edits ("ts": 5,
    no "changes") passed `check` and then crashed `log`, `show` and `undo`."""
    missing = [f for f in ("id", "seq", "ts", "op", "summary", "changes") if f not in doc]
    if missing:
        return f"missing {', '.join(missing)}"
    problem = field_problem(Event, {k: v for k, v in doc.items() if k != "changes"})
    if problem:
        return problem
    changes = doc["changes"]
    if not isinstance(changes, list):
        return "changes is not a list"
    for change in changes:
        if not isinstance(change, dict) or not (
            isinstance(change.get("table"), str)
            and isinstance(change.get("id"), str)
            and all(isinstance(change.get(k), dict | None) for k in ("before", "after"))
            and {"before", "after"} <= change.keys()
        ):
            return "a change without a table, id, before and after"
    return None
