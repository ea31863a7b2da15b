"""A store damaged by hand (or a bad merge) under an open TUI: one line, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.demo import populate
from claimtrack.model import Source
from claimtrack.store import Store
from claimtrack.tui.widgets.document import DocumentView
from claimtrack.tui.widgets.lazy_list import LazyList

from .conftest import app_for, fixed_clock, press, reader_lines, reader_statements, settle


@pytest.mark.parametrize(("field", "value"), [("start", 9999), ("end", "abc")])
async def test_a_span_damaged_under_the_open_tui_is_named_and_the_reader_still_reads(
    tmp_path: Path, field: str, value: object
) -> None:
    """A trial: a statement edited to "start": 9999 (or "end": "abc"), then `1`, the source,
    ⏎: the TUI died with a Rich traceback ("statement span [9999, 347) is empty or
    negative", or a MalformedRecordError). The rewrite is refused in one line naming the
    record, and the Reader goes on with the store as it was."""
    path = tmp_path / "desk.json"
    store = Store.open(path, create=True, analyst="tester", clock=fixed_clock)
    populate(store)
    store.checkpoint()
    docs = store.docs(Source.TABLE)
    source = sorted(docs, key=lambda i: (docs[i].get("published") or "", i))[-1]  # not the first
    victim = reader_statements(store, source)[2]
    app = app_for(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        data = json.loads(path.read_text(encoding="utf-8"))
        data["statements"][victim][field] = value  # a hand edit, a git checkout
        path.write_text(json.dumps(data, indent=1), encoding="utf-8")
        app.poll_store()  # the timer's poll (tests call it themselves)
        await settle(pilot)
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1 and "\n" not in errors[0], errors
        assert errors[0].startswith(f"statements record {victim} has {field} {value!r}")
        await press(pilot, "1")
        app.screen.query_one(LazyList).select_key(source)
        await settle(pilot)
        await press(pilot, "enter")
        assert isinstance(app.screen.query_one(DocumentView), DocumentView)
        assert len(reader_lines(app)) == len(reader_statements(store, source))
    assert app.return_code in (0, None)
    store.close()
