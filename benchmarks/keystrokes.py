"""Counts the keys it takes to annotate the whole demo investigation in the TUI, by pressing them.

Usage: uv run python benchmarks/keystrokes.py

The demo store is built, the app is driven with Textual's Pilot through every statement of
every document in the Reader, and each key really pressed is counted. For each statement the
analyst's shortest path is taken, using the gold attribution in `data/gold/speakers.json`:

* narration → `x`;
* the suggested speaker is right → `⏎`;
* otherwise → `s`, the shortest prefix of the speaker's name that puts it first in the fuzzy
  picker (claimtrack.matching.rank, which the picker uses), `⏎`;
* `]` to move to the next document.

At the end the store is checked against the gold, so the figure is for a correct annotation.
The baseline is the spreadsheet way: typing every speaker's name in full.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path

from claimtrack.demo import populate
from claimtrack.ids import seed_ids
from claimtrack.matching import rank
from claimtrack.model import Source, Speaker, Statement
from claimtrack.resources import data_dir
from claimtrack.store import Store
from claimtrack.tui.app import make_app

Gold = dict[str, list[dict[str, str | None]]]


def gold_speaker(gold: Gold, src: Source, text: str) -> str | None:
    """The gold speaker name of a statement (None: narration)."""
    hits = [g for g in gold[src.filename or ""] if g["text"] and g["text"] in text]
    if len(hits) != 1:
        raise SystemExit(f"gold does not identify one sentence for {text[:60]!r}")
    return hits[0]["speaker"]


def shortest_prefix(name: str, target: str, names: list[tuple[str, str]]) -> str:
    """The fewest leading characters of `name` that rank `target` first."""
    for n in range(1, len(name) + 1):
        ranked = rank(name[:n], names, limit=2)
        if ranked and ranked[0].key == target:
            return name[:n]
    return name


async def annotate(store: Store) -> tuple[int, int, int, int]:
    """(keys pressed, statements, accepted suggestions, picked speakers)."""
    gold = json.loads((data_dir() / "gold" / "speakers.json").read_text())["documents"]
    speakers = {s.name: s for s in store.all(Speaker)}
    names = [(s.id, n) for s in speakers.values() for n in s.names]
    keys = accepted = picked = 0
    app = make_app(store, poll=False, start="reader")
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen
        for index in range(len(reader._sources())):
            if index:
                await pilot.press("right_square_bracket")
                keys += 1
            await pilot.pause()
            shown = reader._source_id()
            for _ in range(len(store.ids_where("statements", "source", shown))):
                st = reader.current_statement()
                assert st is not None
                src = store.get(Source, st.source)
                assert src is not None
                want = gold_speaker(gold, src, src.text[st.start : st.end])
                sugg = reader._suggestions.get(st.id)
                if want is None:
                    await pilot.press("x")
                    keys += 1
                elif sugg is not None and sugg.speaker == speakers[want].id:
                    await pilot.press("enter")
                    keys += 1
                    accepted += 1
                else:
                    prefix = shortest_prefix(want, speakers[want].id, names)
                    await pilot.press("s")
                    await pilot.pause()
                    await pilot.press(*prefix)
                    await pilot.pause(0.3)
                    await pilot.press("enter")
                    keys += len(prefix) + 2
                    picked += 1
                await pilot.pause()
    return keys, len(store.all(Statement)), accepted, picked


def verify(store: Store) -> int:
    """How many statements disagree with the gold."""
    gold = json.loads((data_dir() / "gold" / "speakers.json").read_text())["documents"]
    names = {s.id: s.name for s in store.all(Speaker)}
    wrong = 0
    for st in store.all(Statement):
        src = store.get(Source, st.source)
        assert src is not None
        want = gold_speaker(gold, src, src.text[st.start : st.end])
        got = names.get(st.speaker or "") if st.speaker else None
        if got != want or (want is None and not st.narration):
            wrong += 1
    return wrong


def main() -> int:
    seed_ids(7)
    store = Store.open(Path(tempfile.mkdtemp()) / "demo.json", create=True, analyst="bench")
    populate(store)
    keys, statements, accepted, picked = asyncio.run(annotate(store))
    wrong = verify(store)
    typed = sum(
        len(g["speaker"]) + 1 if g["speaker"] else 1
        for doc in json.loads((data_dir() / "gold" / "speakers.json").read_text())[
            "documents"
        ].values()
        for g in doc
    )
    print(
        f"statements: {statements}; suggestion accepted with one key: {accepted}; "
        f"speaker picked: {picked}; narration: {statements - accepted - picked}"
    )
    per = keys / statements
    print(f"keys pressed to annotate the whole demo: {keys} ({per:.2f} per statement)")
    print(f"baseline, typing every speaker's name in full: {typed} keys = {typed / keys:.1f}x more")
    print(f"statements disagreeing with the gold afterwards: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
