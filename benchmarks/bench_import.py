"""Benchmarks import throughput against the sentence segmenter alone on the same articles.

Usage: python benchmarks/bench_import.py [--articles 300] [--large-store FILE] [--one-by-one 20]

The articles are generated (benchmarks/generate.py) and handed over as UTF-8 bytes without a
language, as `claimtrack import *.txt` does. Measured in one run:

* the baseline: `claimtrack.ingest.segment` over every article's text (language given);
* `services.importing.import_documents` of all the articles in one call (decoding, language
  detection, segmentation, one durable journal line) into a fresh store, plus the close that
  folds a small store's journal into its file. Target: import <= 2x the segmenter; the whole
  ingest pipeline without the store (`read_documents` + `segment`) is printed as a second
  reference;
* the same import with the language given (`claimtrack import --lang`), as the segmenter is;
* importing articles one at a time (one transaction each) into the 100k-statement store, as
  the TUI or a script does: median and p95 per article.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from generate import ensure_store, generate

from claimtrack.ingest import read_documents, segment
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store

TARGET_RATIO = 2.0


def articles(n: int, seed: int) -> list[tuple[str, str]]:
    """`n` generated articles as (text, language)."""
    g = generate(max(10, round(n * 33.3)), seed)
    return [(s.text, s.lang) for s in g.sources[:n]]


def raws_of(docs: list[tuple[str, str]], tag: str, given: bool = False) -> list[RawDocument]:
    """The articles as files handed to the importer (language detected unless `given`)."""
    return [
        RawDocument(
            data=text.encode("utf-8"),
            filename=f"{tag}{i:05d}.txt",
            outlet="Bench Wire",
            lang=lang if given else None,
        )
        for i, (text, lang) in enumerate(docs)
    ]


def timed_import(docs: list[tuple[str, str]], tag: str, given: bool) -> tuple[float, float]:
    """Seconds to import every article into a fresh store in one call, and to close it."""
    with tempfile.TemporaryDirectory(prefix="ct-import-") as tmp:
        store = Store.open(Path(tmp) / "s.json", create=True, analyst="bench")
        raws = raws_of(docs, tag, given)
        started = time.perf_counter()
        results = import_documents(store, raws)
        imported = time.perf_counter() - started
        started = time.perf_counter()
        store.close()
        assert not any(res.duplicate for res in results)
        return imported, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print figures, ratios and targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles per batch")
    parser.add_argument("--rounds", type=int, default=3, help="repeat the batch measurement")
    parser.add_argument("--large-store", type=Path, help="100k store to copy (default: generate)")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--one-by-one", type=int, default=20, help="single-article imports")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    docs = articles(args.articles, args.seed)
    chars = sum(len(t) for t, _ in docs)
    print(f"{len(docs)} articles, {chars / 1e6:.2f} M characters", flush=True)

    seg_times: list[float] = []
    pipe_times: list[float] = []
    imp_times: list[float] = []
    given_times: list[float] = []
    close_times: list[float] = []
    n_statements = 0
    for r in range(args.rounds):
        started = time.perf_counter()
        n_statements = sum(len(segment(text, lang)) for text, lang in docs)
        seg_times.append(time.perf_counter() - started)
        raws = raws_of(docs, "p")
        started = time.perf_counter()
        for doc in read_documents([(raw.data, raw.filename, raw.lang) for raw in raws]):
            segment(doc.text, doc.lang)
        pipe_times.append(time.perf_counter() - started)
        imported, closed = timed_import(docs, f"r{r}-", given=False)
        imp_times.append(imported)
        close_times.append(closed)
        given_times.append(timed_import(docs, f"g{r}-", given=True)[0])
    seg = statistics.median(seg_times)
    pipe = statistics.median(pipe_times)
    imp = statistics.median(imp_times)
    fold = statistics.median(close_times)
    given = statistics.median(given_times)
    ratio = imp / seg
    print(
        f"segmenter alone: {seg * 1000:.0f} ms ({n_statements} sentences, "
        f"{len(docs) / seg:.0f} articles/s)",
        flush=True,
    )
    print(
        f"import_documents: {imp * 1000:.0f} ms ({len(docs) / imp:.0f} articles/s, "
        f"{n_statements / imp:.0f} statements/s) = {ratio:.2f}x the segmenter "
        f"(target <= {TARGET_RATIO:g}x: {'PASS' if ratio <= TARGET_RATIO else 'MISS'}); "
        f"close (fold into the file) {fold * 1000:.0f} ms",
        flush=True,
    )
    print(
        f"import_documents with the language given: {given * 1000:.0f} ms "
        f"({len(docs) / given:.0f} articles/s) = {given / seg:.2f}x the segmenter",
        flush=True,
    )
    print(
        f"ingest pipeline alone (read_documents: decode, clean, detect languages; then segment): "
        f"{pipe * 1000:.0f} ms; import = {imp / pipe:.2f}x the pipeline",
        flush=True,
    )

    if args.one_by_one:
        with tempfile.TemporaryDirectory(prefix="ct-import-") as tmp:
            path = ensure_store(args.large_store, Path(tmp), args.statements)
            store = Store.open(path, analyst="bench")
            singles = raws_of(articles(args.one_by_one, args.seed + 1), "single-")
            seg_one: list[float] = []
            one: list[float] = []
            for raw in singles:
                started = time.perf_counter()
                import_documents(store, [raw])
                one.append(time.perf_counter() - started)
            for raw in singles:
                text = raw.data.decode("utf-8")
                started = time.perf_counter()
                segment(text, "en")
                seg_one.append(time.perf_counter() - started)
            ms = sorted(t * 1000 for t in one)
            p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
            seg_med = statistics.median(seg_one) * 1000
            print(
                f"one article per import into the {store.count('statements')}-statement store: "
                f"median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms (n={len(ms)}); "
                f"segmenter alone {seg_med:.1f} ms = {statistics.median(ms) / seg_med:.1f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
