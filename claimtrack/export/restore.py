"""Rebuild a Snapshot from a `json` (node-link) export: the inverse of the json format."""

from __future__ import annotations

import re
from typing import Any

from claimtrack.errors import ClaimtrackError, MalformedRecordError, ValidationError
from claimtrack.export.nodelink import FORMAT_TAG
from claimtrack.model import Claim, Link, Outcome, Source, Speaker, Statement
from claimtrack.snapshot import Snapshot

_RECORD_TYPES = {"claim": Claim, "speaker": Speaker, "source": Source}

# What an id or a reference to one may be. claimtrack writes 7 characters of its id alphabet;
# this is wider (letters, digits, `_`, `-`) but keeps an id inert wherever it is shown: an
# export from elsewhere could otherwise carry Rich markup or a terminal escape sequence into
# every table, panel and view that names the record.
_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_REFERENCES = {
    "statement": ("source", "speaker", "claim"),
    "claim": ("speaker",),
    "link": ("a", "b"),
    "outcome": ("claim",),
}


def snapshot_from_node_link(data: dict[str, Any]) -> Snapshot:
    """Every record stored in a claimtrack node-link export, as a Snapshot.

    Raises ValidationError when `data` is not a claimtrack node-link export, comes from a
    newer version, or holds a record the model rejects.
    """
    if not isinstance(data, dict) or not isinstance(data.get("claimtrack"), dict):
        raise ValidationError("not a claimtrack node-link export (no 'claimtrack' header)")
    header = data["claimtrack"]
    if header.get("format") != FORMAT_TAG["format"]:
        raise ValidationError(f"unknown claimtrack export format {header.get('format')!r}")
    version = header.get("version")
    if not isinstance(version, int) or version > FORMAT_TAG["version"]:
        raise ValidationError(
            f"node-link export version {version!r} is newer than this claimtrack understands"
        )
    try:
        return _restore(data)
    except MalformedRecordError as exc:  # a record of the export, not of the store
        raise ValidationError(f"malformed node-link export: {exc.__cause__!r}") from exc
    except ClaimtrackError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValidationError(f"malformed node-link export: {exc!r}") from exc


def _restore(data: dict[str, Any]) -> Snapshot:
    records: dict[str, list[Any]] = {
        "claim": [],
        "speaker": [],
        "source": [],
        "statement": [],
        "link": [],
        "outcome": [],
    }
    for node in data.get("nodes") or []:
        kind = node.get("type")
        if kind not in _RECORD_TYPES:
            continue
        if "record" not in node:
            raise ValidationError(f"{kind} node {node.get('id')!r} carries no record")
        records[kind].append(_RECORD_TYPES[kind].from_doc(node["record"]))
        if kind == "claim":
            records["outcome"].extend(Outcome.from_doc(o) for o in node.get("outcomes") or [])
        elif kind == "source":
            records["statement"].extend(Statement.from_doc(s) for s in node.get("statements") or [])
    edges = data.get("edges", data.get("links")) or []
    for edge in edges:
        if "record" in edge:
            records["link"].append(Link.from_doc(edge["record"]))
    orphans = (data.get("graph") or {}).get("orphans") or {}
    records["statement"].extend(Statement.from_doc(s) for s in orphans.get("statements", []))
    records["link"].extend(Link.from_doc(x) for x in orphans.get("links", []))
    records["outcome"].extend(Outcome.from_doc(o) for o in orphans.get("outcomes", []))
    for kind, found in records.items():
        for record in found:
            for field in ("id", *_REFERENCES.get(kind, ())):
                value = getattr(record, field)
                if value is not None and not (isinstance(value, str) and _ID.fullmatch(value)):
                    raise ValidationError(
                        f"malformed node-link export: {kind} {field} {value!r} is no record id"
                    )
    return Snapshot.build(
        sources=records["source"],
        statements=records["statement"],
        speakers=records["speaker"],
        claims=records["claim"],
        links=records["link"],
        outcomes=records["outcome"],
    )
