"""One object for a record and the events that last wrote it as it still is.

An event's `after` is the record as that change left it; parsed from the file it is an equal
but separate object from the live record, and the import events alone hold a copy of every
statement never annotated since. Sharing them saves about a fifth of a large store's memory;
documents are never mutated in place, so sharing is safe. Reading our own layout parses the
events last, batch by batch, and shares each batch at once (`share_events`), so the copies
never all exist together (they set the peak memory of opening a large store); a file parsed
otherwise (a hand edit, another tool's layout) is shared whole afterwards.
"""

from __future__ import annotations

from typing import Any

from claimtrack.model import Event

Data = dict[str, dict[str, Any]]


def share_events(tables: Data, events: dict[str, Any]) -> None:
    """Let each event's `after` be the live record of `tables` when that record has not
    changed since (see the module docstring)."""
    for event in events.values():
        try:
            for change in event["changes"]:
                after = change["after"]
                if after is None:
                    continue
                live = tables[change["table"]].get(change["id"])
                if live is not after and live == after:
                    change["after"] = live
        except (KeyError, TypeError, AttributeError):
            continue  # not our event layout: leave it as it is ('check' reports it)


def share_unchanged_documents(data: Data) -> None:
    """`share_events` over a whole store's events."""
    events = data.get(Event.TABLE)
    if isinstance(events, dict):
        share_events({n: t for n, t in data.items() if n != Event.TABLE}, events)
