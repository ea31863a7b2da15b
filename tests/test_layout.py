"""Batch parsing of our own store layout gives exactly what json.loads gives, or declines."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.store import layout
from claimtrack.store.layout import parse_layout
from claimtrack.store.storage import dumps_store

TRICKY = ["\n }", '\n  "', "\\", '"', "},", "{\n", "Алиев", "\u202e", "\x00", "\n }\n}"]
text = st.one_of(st.text(max_size=20), st.sampled_from(TRICKY))
value = st.recursive(
    # Integers within 64 bits: the store's documents come from its own JSON encoder.
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**63), 2**64 - 1),
        st.floats(allow_nan=False, allow_infinity=False),
        text,
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(text, inner, max_size=4)),
    max_leaves=12,
)
tables = st.dictionaries(
    text,
    st.dictionaries(text, st.one_of(value, st.dictionaries(text, value)), max_size=6),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(tables)
def test_batch_parse_equals_a_whole_file_parse(data: dict) -> None:
    raw = dumps_store(data)
    # Stores written before one-record-per-line used a one-space indent: still batch-parsed.
    older = (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()
    old = layout.BATCH_BYTES
    layout.BATCH_BYTES = 16  # many tiny batches: every cut point gets exercised
    try:
        assert parse_layout(raw) == json.loads(raw) == data
        assert parse_layout(older) == data
        # A table parsed last sees every other table whole, and still parses to the same.
        last, seen = min(data), []
        adopt = (last, lambda tables, batch: seen.append(sorted(tables)))
        assert parse_layout(raw, None, adopt) == data
        others = sorted(n for n in data if n != last)
        assert all(names == others for names in seen)
    finally:
        layout.BATCH_BYTES = old


@pytest.mark.parametrize(
    "raw",
    [
        b'{"meta": {"store": {}}}',  # compact (TinyDB's own writer)
        b'{\n    "meta": {}\n}\n',  # another indent
        b"[1, 2]",
        b'{\n "meta": {\n  "store": {\n   "app": "claimtrack"\n  }\n',  # truncated
    ],
)
def test_other_layouts_are_declined(raw: bytes) -> None:
    assert parse_layout(raw) is None


def test_a_broken_document_is_an_error_not_a_guess() -> None:
    raw = dumps_store({"meta": {"store": {"app": "claimtrack"}}}).replace(b'"app"', b"app")
    with pytest.raises(ValueError):
        parse_layout(raw)


def test_a_store_file_is_read_through_a_memory_map_batch_by_batch(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claimtrack.store.storage import read_store_file

    data = {
        "meta": {"store": {"app": "claimtrack"}},
        "statements": {
            f"s{i:05d}": {"id": f"s{i:05d}", "start": i, "note": "Алиев"} for i in range(3000)
        },
    }
    path = tmp_path / "s.json"
    path.write_bytes(dumps_store(data))
    old = layout.BATCH_BYTES
    layout.BATCH_BYTES = 5000  # pages are released behind many batch cuts
    try:
        assert read_store_file(path)[0] == data
    finally:
        layout.BATCH_BYTES = old


@pytest.mark.parametrize("batch_bytes", [16, 1 << 20], ids=["across batches", "in one batch"])
def test_a_record_kept_twice_by_a_merge_is_found_not_silently_dropped(batch_bytes: int) -> None:
    """orjson keeps the last of two equal keys: the first version vanished at the next fold."""
    data = {
        "meta": {"store": {"app": "claimtrack"}},
        "speakers": {f"sp{i}": {"id": f"sp{i}", "note": None} for i in range(6)},
    }
    lines = dumps_store(data).split(b"\n")
    mine = lines.index(b'  "sp1": {"id":"sp1","note":null},')
    lines.insert(mine + 3, lines[mine].replace(b"null", b'"their version"'))  # line mine + 4
    old = layout.BATCH_BYTES
    layout.BATCH_BYTES = batch_bytes
    try:
        with pytest.raises(layout.DuplicateRecord) as found:
            parse_layout(b"\n".join(lines))
    finally:
        layout.BATCH_BYTES = old
    assert (found.value.table, found.value.id) == ("speakers", "sp1")
    assert found.value.lines == [mine + 1, mine + 4]


@pytest.mark.parametrize(
    "edit",
    [
        (b'"note":null}', b'"note":null,\n  "desk_ref":"R-12"}'),  # a field on a line of its own
        (b'},\n  "sp2"', b'}, "sp2"'),  # two records on one line
    ],
    ids=["record over two lines", "two records on one line"],
)
def test_a_hand_edited_layout_is_parsed_whole_not_refused(edit: tuple[bytes, bytes]) -> None:
    """A record line count off by a hand edit, with no id twice, crashed the open."""
    data = {
        "meta": {"store": {"app": "claimtrack"}},
        "speakers": {f"sp{i}": {"id": f"sp{i}", "note": None} for i in range(4)},
    }
    raw = dumps_store(data).replace(*edit, 1)
    parsed = json.loads(raw)
    assert parsed["speakers"].keys() == data["speakers"].keys()
    assert parse_layout(raw) is None  # the caller parses the whole file
