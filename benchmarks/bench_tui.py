"""Benchmarks the TUI on a 100k-statement / 5k-claim store against a DataTable holding every row.

Usage: python benchmarks/bench_tui.py [--store FILE] [--statements 100000] [--keys 100]

Measured in one process, on a store generated in memory by `generate.py` (or a private copy of
the claimtrack store file named by `--store`):

* opening the store file to the first painted screen (the Reader, as `claimtrack` opens),
  against a raw `json.load` of the same file (target <= 1.5x); the file is generated with
  its event log (`generate.py`) unless `--store` names one;
* "Claims view ready": from starting the app on the Claims view until its first screen is
  painted, against a bare Textual app whose DataTable is filled with every claim's row (the
  same columns) — the obvious way to build the view. Target: <= 0.3 s;
* 100 key presses (cursor down) through Pilot, each awaited until the app is idle again, on
  both; the figure is milliseconds per key;
* switching to the Reader, the Speakers and the Sources views once the app runs;
* what a search and the Suggestions view or an export ask of the screen's thread, each against
  the way it was done before, measured in the same run (`measure_reads`): a Reader search that
  matches nothing in the document shown (every other statement is searched to say where it
  matches), a Claims search by words, and the snapshot after tagging one statement (the
  screen's thread now only fixes the store's state; the worker builds the records, only those
  changed since the last snapshot).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import DataTable

from claimtrack.store import Store
from claimtrack.tui.app import make_app
from claimtrack.tui.rows import ClaimFacts, claim_row

SIZE = (100, 30)
TARGET_READY = 0.3
TARGET_OPEN_RATIO = 1.5


def load_store(path: Path | None, n_statements: int, seed: int) -> Store:
    """The benchmark store: a private copy of `path` opened as a store, or generated in memory."""
    if path is not None:
        copy = Path(tempfile.mkdtemp(prefix="bench-tui-")) / "store.json"
        shutil.copyfile(path, copy)
        journal = Path(str(path) + ".journal")
        if journal.exists():
            shutil.copyfile(journal, Path(str(copy) + ".journal"))
        started = time.perf_counter()
        store = Store.open(copy, analyst="bench")
        print(f"opened {path} in {time.perf_counter() - started:.2f} s")
        return store
    try:
        from generate import generate, store_data
    except ImportError:  # the shared generator is missing: use the tiny private one
        return _private_store(n_statements, seed)
    started = time.perf_counter()
    data = store_data(generate(n_statements, seed), with_events=False, seed=seed)
    print(f"generated {n_statements} statements in {time.perf_counter() - started:.1f} s")
    return Store(None, data, analyst="bench")


def _private_store(n_statements: int, seed: int) -> Store:
    """A plain synthetic store (one source per 33 statements, a claim every 20 statements)."""
    import random

    from claimtrack.model import Claim, Source, Speaker, Statement
    from claimtrack.store.store import new_store_data

    rng = random.Random(seed)
    data = new_store_data()
    speakers = [Speaker(f"sp{i:05d}", f"Speaker {i}", side=rng.choice("AB")) for i in range(40)]
    data["speakers"] = {s.id: s.to_doc() for s in speakers}
    data["sources"], data["statements"], data["claims"] = {}, {}, {}
    sentence = "Officials said 12 people were killed near the town on Sunday. "
    for n in range(0, n_statements, 33):
        src = Source(f"so{n:06d}", f"Report {n}", sentence * 33, f"h{n}", "en")
        data["sources"][src.id] = src.to_doc()
        for k in range(min(33, n_statements - n)):
            sid = f"st{n + k:06d}"
            claim = None
            if (n + k) % 20 == 0:
                speaker = rng.choice(speakers).id
                claim = Claim(f"cl{n + k:06d}", f"Claim number {n + k}", speaker)
                data["claims"][claim.id] = claim.to_doc()
            st = Statement(sid, src.id, k * 62, k * 62 + 61, claim.speaker if claim else None,
                           claim.id if claim else None)  # fmt: skip
            data["statements"][sid] = st.to_doc()
    return Store(None, data, analyst="bench")


class TableApp(App[None]):
    """The baseline: every claim row in a DataTable."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        """One table."""
        yield DataTable(cursor_type="row")

    def on_mount(self) -> None:
        """Fill it with every claim, formatted the same way as the Claims view."""
        table = self.query_one(DataTable)
        table.add_columns("verdict", "speaker", "appearances", "summary")
        facts = ClaimFacts(self.store)
        docs = self.store.docs("claims")
        for cid in sorted(docs):
            row = claim_row(self.store, facts, cid, 100).plain
            table.add_row(row[:10], row[12:28], row[29:33], row[33:], key=cid)
        table.focus()


class FloorApp(App[None]):
    """The floor: an app with nothing in it, to show what Pilot itself costs per key."""

    def compose(self) -> ComposeResult:
        """Nothing to show."""
        yield from ()


def paint_cost(app: App[Any], keys: int) -> float:
    """Median seconds for the focused list to move its cursor and paint every visible line."""
    widget: Any = app.focused
    if widget is None:
        return 0.0
    region = Region(0, 0, widget.size.width, widget.size.height)
    times = []
    for _ in range(keys):
        t = time.perf_counter()
        widget.action_cursor_down()
        widget._styles_cache.clear()  # force a full repaint, as a real frame would do
        widget.render_lines(region)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


async def measure(app: App[Any], keys: int, switch: bool) -> dict[str, float]:
    """Time to the first painted screen, then per key press, then (optionally) view switches."""
    out: dict[str, float] = {}
    started = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        out["ready"] = time.perf_counter() - started
        times = []
        for _ in range(keys):
            t = time.perf_counter()
            await pilot.press("down")
            await pilot.pause()
            times.append(time.perf_counter() - t)
        out["key_median"] = statistics.median(times)
        out["paint_median"] = paint_cost(app, keys)
        out["key_p95"] = sorted(times)[int(len(times) * 0.95) - 1]
        if switch:
            for key, name in (
                ("2", "reader"),
                ("4", "speakers"),
                ("1", "sources"),
                ("3", "claims"),
            ):
                t = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                out[f"switch_{name}"] = time.perf_counter() - t
    return out


def _median_ms(fn: Any, rounds: int = 5) -> float:
    """Median milliseconds of `fn()` over `rounds` calls."""
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def measure_reads(store: Store) -> list[tuple[str, float, float]]:
    """(what, ours ms, the former way ms) for the searches and the snapshot."""
    from claimtrack.model import Source
    from claimtrack.services import annotate
    from claimtrack.services.queries import (
        ClaimFacts,
        ClaimFilter,
        ClaimTexts,
        claim_ids,
        sources_in_order,
        statements_of_source,
    )
    from claimtrack.snapshot import SNAPSHOT_TYPES, snapshot_from_docs
    from claimtrack.textnorm import fold, matches, search_terms
    from claimtrack.tui.screens.reader import ReaderScreen

    out = []
    shown = sources_in_order(store)[0]

    class Reader(ReaderScreen):
        """The Reader's search reading `store`, outside an app."""

        store = property(lambda _: store)  # type: ignore[assignment]

    screen = Reader()
    for word in ("said", "погибли"):
        needle = search_terms(word)

        def ours(needle: Any = needle) -> int:
            docs = store.docs("statements")
            by_source = store.indexed_values("statements", "source")
            return sum(
                sum(
                    1
                    for f in screen._folded_statements(
                        sid,
                        (store.doc(Source.TABLE, sid) or {}).get("text", ""),
                        [docs[i] for i in by_source.get(sid, ())],
                    )
                    if matches(needle, f)
                )
                for sid in sources_in_order(store)
                if sid != shown
            )

        def before(needle: Any = needle) -> int:  # the Reader's search until this release
            found = 0
            for sid in sources_in_order(store):
                if sid == shown:
                    continue
                text = (store.doc(Source.TABLE, sid) or {}).get("text", "")
                found += sum(
                    1
                    for st in statements_of_source(store, sid)
                    if matches(needle, fold(text[st.start : st.end]))
                )
            return found

        assert ours() == before()
        out.append((f"Reader search elsewhere '{word}'", _median_ms(ours), _median_ms(before, 3)))
    facts = ClaimFacts(store)
    texts = ClaimTexts()
    for word in ("said", "погибли"):
        flt = ClaimFilter(words=(word,))
        assert claim_ids(store, flt, "reported", facts, texts) == claim_ids(
            store, flt, "reported", facts
        )
        out.append(
            (
                f"Claims search '{word}'",
                _median_ms(lambda flt=flt: claim_ids(store, flt, "reported", facts, texts)),
                _median_ms(lambda flt=flt: claim_ids(store, flt, "reported", facts), 3),
            )
        )
    store.snapshot()
    docs = store.docs("statements")
    untagged = [i for i, d in docs.items() if not d.get("speaker") and not d.get("narration")]
    speaker = next(iter(store.docs("speakers")))
    build_ms, fix_ms = [], []
    for sid in untagged[:5]:
        annotate.tag(store, sid, speaker)
        t = time.perf_counter()
        build = store.snapshot_builder()
        fix_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        build()
        build_ms.append((time.perf_counter() - t) * 1000)
    tables = {cls.TABLE: dict(store.docs(cls.TABLE)) for cls in SNAPSHOT_TYPES}
    whole = _median_ms(lambda: snapshot_from_docs(tables), 3)
    out.append(("snapshot after a tag: screen's thread", statistics.median(fix_ms), whole))
    out.append(("snapshot after a tag: built (in the worker)", statistics.median(build_ms), whole))
    return out


async def _painted(store: Store) -> None:
    """Run the app on its first view (the Reader) until the first screen is painted."""
    async with make_app(store, poll=False).run_test(size=SIZE) as pilot:
        await pilot.pause()


def measure_first_paint(path: Path | None, n_statements: int, rounds: int) -> None:
    """Opening the store FILE to the first painted screen, against a raw `json.load` of it."""
    import gc
    import json

    from generate import ensure_store

    with tempfile.TemporaryDirectory(prefix="bench-paint-") as tmp:
        target = ensure_store(path, Path(tmp), n_statements)
        loads, opens, paints = [], [], []
        for _ in range(rounds):
            gc.collect()
            started = time.perf_counter()
            with target.open("rb") as fh:
                json.load(fh)
            loads.append(time.perf_counter() - started)
            gc.collect()
            started = time.perf_counter()
            store = Store.open(target)
            opens.append(time.perf_counter() - started)
            asyncio.run(_painted(store))
            paints.append(time.perf_counter() - started)
            del store
        load, opened, painted = map(statistics.median, (loads, opens, paints))
        verdict = "OK" if painted / load <= TARGET_OPEN_RATIO else "MISSED"
        print(
            f"open the file to the first painted screen (Reader): {painted:.2f} s (Store.open "
            f"{opened:.2f} s) vs json.load {load:.2f} s ({target.stat().st_size / 1e6:.0f} MB) "
            f"= {painted / load:.2f}x (target <= {TARGET_OPEN_RATIO}x: {verdict})",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    """Run both apps and print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a claimtrack store file to read")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keys", type=int, default=100)
    parser.add_argument("--paint-rounds", type=int, default=3, help="0: skip the file's open")
    args = parser.parse_args(argv)
    if args.paint_rounds:
        measure_first_paint(args.store, args.statements, args.paint_rounds)

    store = load_store(args.store, args.statements, args.seed)
    print(
        f"store: {store.count('statements')} statements, {store.count('claims')} claims, "
        f"{store.count('sources')} sources, {store.count('links')} links"
    )
    ours = asyncio.run(measure(make_app(store, poll=False, start="claims"), args.keys, True))
    base = asyncio.run(measure(TableApp(store), args.keys, False))
    floor = asyncio.run(measure(FloorApp(), args.keys, False))

    ms = 1000.0
    print(
        f"Claims view ready:     {ours['ready']:.3f} s   (DataTable: {base['ready']:.3f} s, "
        f"{base['ready'] / ours['ready']:.1f}x faster)"
    )
    print(
        f"key press (median):    {ours['key_median'] * ms:.1f} ms  (DataTable: "
        f"{base['key_median'] * ms:.1f} ms, ratio {base['key_median'] / ours['key_median']:.1f}x)"
    )
    print(
        f"  (an empty app: ready {floor['ready']:.3f} s, key {floor['key_median'] * ms:.1f} ms: "
        "Pilot's own cost per key)"
    )
    print(
        f"list repaint per key:  {ours['paint_median'] * ms:.2f} ms  (DataTable: "
        f"{base['paint_median'] * ms:.2f} ms) — the widget alone, without Pilot"
    )
    print(
        f"key press (p95):       {ours['key_p95'] * ms:.1f} ms  (DataTable: "
        f"{base['key_p95'] * ms:.1f} ms)"
    )
    for name in ("reader", "speakers", "sources", "claims"):
        print(f"switch to {name + ':':<12} {ours[f'switch_{name}'] * 1000:.0f} ms")
    print("searches and snapshots (median ms; the former way measured in this run):")
    for what, now, before in measure_reads(store):
        print(f"  {what:<46} {now:8.1f} ms  (before: {before:8.1f} ms, {before / now:6.1f}x)")
    verdict = "OK" if ours["ready"] <= TARGET_READY else "MISSED"
    print(f"target ready <= {TARGET_READY} s: {verdict}")
    return 0 if ours["ready"] <= TARGET_READY else 1


if __name__ == "__main__":
    sys.exit(main())
