"""Human rendering of `show`: a record, its appearances, links, outcomes and provenance."""

from __future__ import annotations

import sys
from typing import Any

from rich.panel import Panel
from rich.text import Text

from claimtrack.cli.output import inert, stdout_console, table, to_terminal

_LABELS = {"speaker_name": "speaker", "track_record": "track record", "as_of": "as of"}


def _kv(data: dict[str, Any], keys: list[str]) -> Text:
    """`label: value` lines for people: no Python reprs (a dict is `k v, …`, a flag `yes`),
    a speaker by name with its id, empty and false fields left out."""
    out = Text()
    for k in keys:
        v = data.get(k)
        if v is None or v is False or (isinstance(v, (str, list, tuple, dict)) and not v):
            continue  # (a start offset of 0 is shown)
        if k == "speaker" and data.get("speaker_name"):
            v = f"{data['speaker_name']} ({v})"
        elif isinstance(v, bool):
            v = "yes"
        elif isinstance(v, dict):
            v = ", ".join(f"{key} {value}" for key, value in v.items())
        elif isinstance(v, (list, tuple)):
            v = ", ".join(str(x) for x in v)
        out.append(f"{_LABELS.get(k, k)}: ", style="bold")
        out.append(inert(v) + "\n")
    return out


def _record(body: Text, title: str) -> None:
    """A record's fields in a box on a terminal; into a pipe, its title and `label: value`
    lines as they are (a box's borders and folds are noise to `grep` and `cut`).

    The title holds the record's id, which a restored export or a merged store can make
    anything: it is inert text on one line, since Rich reads a `str` panel title as markup.
    """
    shown = inert(" ".join(title.split()))
    if to_terminal():
        stdout_console().print(Panel(body, title=Text(shown), title_align="left"))
    else:
        sys.stdout.write(f"{shown}\n{body.plain.rstrip()}\n")


def _quantity(q: dict[str, Any]) -> str:
    """ "27 (exact, crew on board)", "24 (exact)": no empty what."""
    what = " ".join(str(q[k]) for k in ("subject", "unit") if q.get(k))
    told = ", ".join(str(x) for x in (q.get("qualifier"), what) if x)
    number = q.get("text") or q["low"]
    return f"{number} ({told})" if told else str(number)


def render_detail(data: dict[str, Any]) -> None:
    """Print the result of `show` for people."""
    kind = data["type"]
    if kind == "statement":
        body = _kv(data, ["id", "source", "start", "end", "speaker", "claim", "narration", "note"])
        body.append("\n")
        body.append(inert(data["text"]))
        _record(body, f"statement {data['id']}")
        _history(data)  # its own provenance: a narration or a note is no claim's history
        if "claim_detail" in data:
            render_detail(data["claim_detail"])
        return
    if kind == "claim":
        as_of = data.get("as_of")
        if as_of:  # "verdict: none as of 2025-03-11": the line says what the view is of
            data = {**data, "verdict": f"{data.get('verdict') or 'none'} as of {as_of}"}
        head = _kv(data, ["id", "speaker_name", "tags", "verdict", "note"])
        quantities = [_quantity(q) for q in data.get("quantities", [])]
        if quantities:
            head.append("numbers: ", style="bold")
            head.append(inert("; ".join(quantities)) + "\n")
        head.append("\n" + inert(data["summary"]))
        _record(head, f"claim {data['id']}")
        table(
            "appearances",
            ["statement", "outlet", "published", "lang", "text"],
            [
                [
                    a["statement"],
                    a["outlet"] or "",
                    a["published"] or "",
                    a["lang"] or "",
                    a["text"],
                ]
                for a in data["appearances"]
            ],
            cut={"text": 400},
        )
        if data["links"]:
            table(
                "links",
                ["id", "a", "relation", "b", "note"],
                [
                    [x["id"], x["a"], x["relation"], x["b"], x.get("note") or ""]
                    for x in data["links"]
                ],
                cut={"note": 200},
            )
        if data["outcomes"]:
            table(
                "outcome history",
                ["date", "verdict", "analyst", "note", "evidence"],
                [
                    [
                        o["date"],
                        f"{o['verdict']} (not yet in force on {as_of})"
                        if o.get("after_as_of")
                        else o["verdict"],
                        o["analyst"],
                        o.get("note") or "",
                        " ".join(e["url"] for e in o.get("evidence", [])),
                    ]
                    for o in data["outcomes"]
                ],
                cut={"note": 200, "evidence": 200},
            )
    else:
        keys = [k for k in data if k not in {"events", "text", "type"}]
        _record(_kv(data, keys), f"{kind} {data['id']}")
    _history(data)


def _history(data: dict[str, Any]) -> None:
    """The record's events, oldest first: who changed it, when."""
    if data.get("events"):
        table(
            "history",
            ["seq", "when", "who", "op", "summary"],
            [
                [e["seq"], str(e["ts"])[:19], e["analyst"], e["op"], e["summary"]]
                for e in data["events"]
            ],
            cut={"summary": 200},
        )
