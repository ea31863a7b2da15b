"""Counts the keys it takes to annotate the whole demo investigation in the TUI, by pressing them.

Usage: uv run python benchmarks/keystrokes.py [--from-scratch]

The demo store is built, the app is driven with Textual's Pilot through every statement of
every document in the Reader, and each key really pressed is counted. For each statement the
analyst's shortest path is taken, using the gold attribution in `data/gold/speakers.json`:

* narration → `x`;
* the suggested speaker is right → `⏎`;
* otherwise → `s`, the shortest prefix of the speaker's name that puts it first in the fuzzy
  picker (claimtrack.matching.rank, which the picker uses), `⏎`;
* `]` to move to the next document.

After each of those the Reader puts the cursor on the next statement still to review (a
dateline marked narration at import is skipped, no key pressed), so the statements are
annotated in the order the cursor offers them until none of the document is left.

At the end the store is checked against the gold, so the figure is for a correct annotation.
The baseline is the spreadsheet way: typing every speaker's name in full.

`--from-scratch` starts with no speaker registered, as a desk starting a story does. A gold
speaker not registered yet is registered by `⏎` when the suggestion proposes it (the proposal
answers to one of its gold names), else by `s`, its name typed in full and the picker's
"create" row; from then on it is picked or accepted like any other. The check then maps each
gold speaker to the one speaker registered for it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList

from claimtrack.attribution import SpeakerSuggestion
from claimtrack.demo import populate
from claimtrack.evaluation.attribution import names_match
from claimtrack.ids import seed_ids
from claimtrack.matching import rank_across_scripts, romanised_names
from claimtrack.model import Source, Speaker, Statement
from claimtrack.resources import data_dir
from claimtrack.services.queries import is_reviewed
from claimtrack.store import Store
from claimtrack.textnorm import fold
from claimtrack.tui.app import make_app

Gold = dict[str, list[dict[str, str | None]]]


def gold_speaker(gold: Gold, src: Source, text: str) -> str | None:
    """The gold speaker name of a statement (None: narration)."""
    hits = [g for g in gold[src.filename or ""] if g["text"] and g["text"] in text]
    if len(hits) != 1:
        raise SystemExit(f"gold does not identify one sentence for {text[:60]!r}")
    return hits[0]["speaker"]


def shortest_prefix(name: str, target: str, names: list[tuple[str, str]]) -> str:
    """The fewest leading characters of `name` that rank `target` first in the speaker
    picker (which also matches names romanised)."""
    names = romanised_names(names)
    for n in range(1, len(name) + 1):
        ranked = rank_across_scripts(name[:n], names, limit=2)
        if ranked and ranked[0].key == target:
            return name[:n]
    return name


def gold_names() -> dict[str, tuple[str, ...]]:
    """Every gold speaker's name and aliases, by name."""
    raw = json.loads((data_dir() / "gold" / "speakers.json").read_text())["speakers"]
    return {s["name"]: (s["name"], *s.get("aliases", ())) for s in raw}


async def annotate(store: Store) -> tuple[int, int, int, int, dict[str, str], int, int]:
    """(keys pressed, statements, accepted suggestions, picked speakers, gold name -> id,
    speakers registered by accepting their proposal, narration marked with `x`).

    A gold speaker missing from the store is registered on the way (see --from-scratch).
    """
    gold = json.loads((data_dir() / "gold" / "speakers.json").read_text())["documents"]
    known = gold_names()
    registered = {s.name: s.id for s in store.all(Speaker)}  # gold name -> speaker id
    keys = accepted = picked = proposed = narration = 0
    app = make_app(store, poll=False, start="reader")
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen
        for index in range(len(reader._sources())):
            if index:
                await pilot.press("right_square_bracket")
                keys += 1
            await pilot.pause()
            shown = reader._source_id()
            ids = store.ids_where("statements", "source", shown)
            for _ in range(2 * len(ids)):
                if all(is_reviewed(store.doc(Statement.TABLE, i) or {}) for i in ids):
                    break
                st = reader.current_statement()
                assert st is not None
                if st.speaker or st.narration:  # only where the document opens: j to the next
                    await pilot.press("j")
                    await pilot.pause()
                    keys += 1
                    continue
                src = store.get(Source, st.source)
                assert src is not None
                want = gold_speaker(gold, src, src.text[st.start : st.end])
                sugg = reader._suggestions.get(st.id)
                if want is None:
                    await pilot.press("x")
                    keys += 1
                    narration += 1
                elif want in registered:
                    target = registered[want]
                    if sugg is not None and sugg.speaker == target:
                        await pilot.press("enter")
                        keys += 1
                        accepted += 1
                    else:
                        speaker = store.get(Speaker, target)
                        assert speaker is not None
                        names = [(s.id, n) for s in store.all(Speaker) for n in s.names]
                        prefix = shortest_prefix(speaker.name, target, names)
                        keys += await pick(pilot, prefix)
                        picked += 1
                elif proposes(store, sugg, known[want]):
                    await pilot.press("enter")  # registers the proposed speaker
                    keys += 1
                    accepted += 1
                    proposed += 1
                else:
                    keys += await pick(pilot, want, create=True)
                    picked += 1
                await pilot.pause()
                if want is not None and want not in registered:
                    done = store.get(Statement, st.id)
                    assert done is not None and done.speaker, f"no speaker for {st.id}"
                    registered[want] = done.speaker
            else:
                raise SystemExit(f"source {shown}: statements left unreviewed")
    return keys, len(store.all(Statement)), accepted, picked, registered, proposed, narration


def proposes(store: Store, sugg: SpeakerSuggestion | None, names: tuple[str, ...]) -> bool:
    """Would ⏎ register a new speaker answering to one of the gold speaker's `names`?"""
    if sugg is None or sugg.proposal is None:
        return False
    taken = {fold(n) for s in store.all(Speaker) for n in s.names}
    proposal = sugg.proposal
    return fold(proposal.name) not in taken and any(
        names_match(n, names) for n in (proposal.name, *proposal.aliases)
    )


async def pick(pilot: Pilot[None], typed: str, *, create: bool = False) -> int:
    """Press `s`, type, move to the "create" row when creating, press ⏎; keys pressed."""
    await pilot.press("s")
    await pilot.pause()
    await pilot.press(*typed)
    await pilot.pause(0.3)
    moves = 0
    if create:
        options = pilot.app.screen.query_one(OptionList)
        moves = options.option_count - 1 - (options.highlighted or 0)
        for _ in range(moves):
            await pilot.press("down")
    await pilot.press("enter")
    return 1 + len(typed) + moves + 1


def verify(store: Store, registered: dict[str, str]) -> int:
    """How many statements disagree with the gold (each gold speaker has one speaker id)."""
    gold = json.loads((data_dir() / "gold" / "speakers.json").read_text())["documents"]
    wrong = 0
    for st in store.all(Statement):
        src = store.get(Source, st.source)
        assert src is not None
        want = gold_speaker(gold, src, src.text[st.start : st.end])
        expected = registered.get(want) if want else None
        if st.speaker != expected or (want is None and not st.narration):
            wrong += 1
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from-scratch", action="store_true", help="no speaker registered")
    args = parser.parse_args(argv)
    seed_ids(7)
    store = Store.open(Path(tempfile.mkdtemp()) / "demo.json", create=True, analyst="bench")
    populate(store, speakers=not args.from_scratch)
    keys, statements, accepted, picked, registered, proposed, narration = asyncio.run(
        annotate(store)
    )
    wrong = verify(store, registered)
    typed = sum(
        len(g["speaker"]) + 1 if g["speaker"] else 1
        for doc in json.loads((data_dir() / "gold" / "speakers.json").read_text())[
            "documents"
        ].values()
        for g in doc
    )
    start = "from no speaker registered" if args.from_scratch else "with the speakers registered"
    print(
        f"{start}: statements: {statements}; suggestion accepted with one key: {accepted}; "
        f"speaker picked or created: {picked}; narration: {narration} with x, "
        f"{statements - accepted - picked - narration} marked at import; "
        f"speakers registered: {len(store.all(Speaker))} ({proposed} by accepting a proposal)"
    )
    per = keys / statements
    print(f"keys pressed to annotate the whole demo: {keys} ({per:.2f} per statement)")
    print(f"baseline, typing every speaker's name in full: {typed} keys = {typed / keys:.1f}x more")
    print(f"statements disagreeing with the gold afterwards: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
