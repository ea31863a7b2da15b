"""Parses a store file written by our own writer batch by batch, never decoding it whole.

`dumps_store` writes sorted tables, one document per line, so the file's structure shows in
its bytes: a line `\\n "name": {` opens a table, `\\n }` closes it, `\\n  "` starts a document
(JSON strings never hold a raw newline). Files written by older versions (a one-space indent,
documents over several lines) have the same table and document starts. Parsing
~4 MB batches of documents keeps the raw bytes (1 byte per ASCII character) instead of a decoded
copy of the whole file (2 bytes per character as soon as one Cyrillic letter appears) beside
the parsed objects: the peak of opening a large store drops by about a file's size.
Anything that is not exactly this layout returns None, and the caller parses the whole file.

A JSON parser keeps the last of two equal keys. A git merge resolved by keeping both versions
of a record leaves its id twice in a table, and the first copy would vanish at the next fold
without a word; so each batch's document starts are counted against the documents parsed,
and a record found twice raises `DuplicateRecord`.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

BATCH_BYTES = 4 * 1024 * 1024
_HEADER = re.compile(rb' ("(?:[^"\\]|\\.)*"): \{(\})?,?')
_DOC_START = b'\n  "'
_DOC_KEY = re.compile(rb'\n  ("(?:[^"\\]|\\.)*"): ')


class DuplicateRecord(Exception):
    """A table of the file holds one id more than once."""

    def __init__(self, table: str, id_: str, lines: list[int]) -> None:
        super().__init__(table, id_, lines)
        self.table, self.id, self.lines = table, id_, lines


def parse_layout(
    raw: bytes | mmap.mmap,
    consumed: Callable[[int], None] | None = None,
    last: tuple[str, Callable[[dict[str, dict[str, Any]], dict[str, Any]], None]] | None = None,
    leave: tuple[str, dict[str, LeftTable]] | None = None,
) -> dict[str, dict[str, Any]] | None:
    """The store's tables, or None when `raw` is not in our writer's layout.

    `raw` may be a memory map of the file; `consumed(offset)` is then told after each batch
    that nothing before `offset` will be read again (so its pages can be released).
    `last = (table, adopt)` parses that table after all the others and hands `adopt(tables,
    batch)` each batch of its records, with every other table parsed, before they join it:
    the events then share the live records they equal (`store.sharing`), so those copies
    never all exist at once. `leave = (table, out)` does not parse that table when its records
    lie one per line: `out[table]` says where they are and holds their ids (`LeftTable`), and
    the table is missing from the result.
    """
    if raw[:4] != b'{\n "':
        return None
    data: dict[str, dict[str, Any]] = {}
    deferred: tuple[str, int, int] | None = None
    pos = 1  # at the newline before a table header, or before the final brace
    while True:
        if len(raw) - pos <= 4 and raw[pos:].rstrip(b"\n") == b"\n}":  # the final brace
            break
        if raw[pos : pos + 3] != b'\n "':
            return None
        eol = raw.find(b"\n", pos + 1)
        header = _HEADER.fullmatch(raw, pos + 1, eol if eol >= 0 else len(raw))
        if header is None or eol < 0:
            return None
        name = orjson.loads(header[1])
        if header[2]:  # `"name": {}`: an empty table on one line
            data[name] = {}
            pos = eol
            continue
        end = raw.find(b"\n }", eol)
        if end < 0:
            return None
        if leave is not None and name == leave[0] and (left := _left(raw, name, pos, eol, end)):
            leave[1][name] = left
        elif last is not None and name == last[0]:
            deferred = (name, eol, end)
        else:
            try:
                data[name] = _parse_documents(raw, name, eol, end, consumed)
            except _NotOurs:
                return None  # a record over several lines, two on one: the caller parses it
        pos = raw.find(b"\n", end + 1)  # past the ` }` or ` },` line
        if pos < 0:
            return None
    if deferred is not None and last is not None:
        name, start, end = deferred
        adopt = last[1]
        try:
            data[name] = _parse_documents(
                raw, name, start, end, consumed, lambda batch: adopt(data, batch)
            )
        except _NotOurs:
            return None
    return data


def _parse_documents(
    raw: bytes | mmap.mmap,
    name: str,
    start: int,
    end: int,
    consumed: Callable[[int], None] | None,
    adopt: Callable[[dict[str, Any]], None] | None = None,
    batch_bytes: int = BATCH_BYTES,
) -> dict[str, Any]:
    """The documents between `start` and `end`, parsed in batches cut at document starts."""
    table: dict[str, Any] = {}
    while start < end:
        cut = raw.find(_DOC_START, min(start + batch_bytes, end), end)
        cut = end if cut < 0 else cut
        piece = raw[start:cut].rstrip()
        if piece.endswith(b","):
            piece = piece[:-1]
        batch = orjson.loads(b"{" + piece + b"\n}")
        if adopt is not None:
            adopt(batch)
        before = len(table)
        table.update(batch)
        if len(batch) != piece.count(_DOC_START) or len(table) != before + len(batch):
            raise _duplicate(raw, name, start, cut) or _NotOurs()
        start = cut
        if consumed is not None:
            consumed(cut)
    return table


@dataclass(frozen=True)
class LeftTable:
    """A table `parse_layout` left unparsed: `start:end` holds its header line and records,
    one per line; `ids` are theirs, in file order."""

    name: str
    start: int
    end: int
    ids: list[str]


def _left(raw: bytes | mmap.mmap, name: str, pos: int, eol: int, end: int) -> LeftTable | None:
    """The table's ids when each of its records lies on one line, else None (parse it now).

    Every line between the header and the closing brace must start a record: a JSON string
    never holds a raw newline, so a line that does not is a record over several lines."""
    ids: list[str] = []
    at = eol  # the newline before a record's line
    while at != -1:
        if raw[at + 1 : at + 4] != b'  "':
            return None
        close = raw.find(b'": ', at + 4, end)
        key = raw[at + 4 : close]
        if close == -1 or b"\\" in key or b'"' in key:
            return None  # an escaped id: leave such a table to the parser
        ids.append(key.decode("utf-8", "surrogatepass"))
        at = raw.find(b"\n", close, end)
    if len(set(ids)) != len(ids):
        return None  # a record twice: parsing it now names both lines
    return LeftTable(name, pos, end, ids)


def parse_left(
    raw: bytes | mmap.mmap,
    left: LeftTable,
    consumed: Callable[[int], None] | None = None,
    adopt: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any] | None:
    """The records of a table `parse_layout` left, from the same file `raw`, or None when
    they are not one per line after all (`consumed` and `adopt` as there)."""
    eol = raw.find(b"\n", left.start + 1)
    try:  # smaller batches than at open: the store is whole by now, so the batch not yet
        # shared with its records is what the peak adds (~60 MB at 100k with 4 MB batches)
        return _parse_documents(raw, left.name, eol, left.end, consumed, adopt, BATCH_BYTES // 8)
    except _NotOurs:
        return None


class _NotOurs(Exception):
    """Record lines do not match the records parsed, and no id is there twice: a hand edit
    put a record over several lines (or two on one), so this is not our writer's layout."""


def _duplicate(raw: bytes | mmap.mmap, name: str, start: int, cut: int) -> DuplicateRecord | None:
    """The first id in `raw[start:cut]` seen before in its table, with the lines it is on."""
    table_start = raw.rfind(b'\n "', 0, start)
    seen: dict[str, list[int]] = {}
    for key in _DOC_KEY.finditer(raw[table_start:cut]):
        seen.setdefault(orjson.loads(key[1]), []).append(table_start + key.start() + 1)
    twice = next(((i, at) for i, at in seen.items() if len(at) > 1), None)
    if twice is None:
        return None
    id_, at = twice
    return DuplicateRecord(name, id_, [raw[:pos].count(b"\n") + 1 for pos in at])
