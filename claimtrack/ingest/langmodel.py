"""py3langid's model, scored with numpy over many texts at once.

py3langid counts n-gram features by walking an automaton one byte at a time in Python
(~50 µs for a 400-character window) and then scores them with a few small numpy calls
(~130 µs more); detection was the largest cost of importing a batch of articles. The
automaton forgets: after `depth` bytes (6 in py3langid 0.4's model) its state no longer
depends on anything read before them. So the state at every byte is the state reached from
the start over the `depth` bytes ending there, and `depth` numpy gathers compute it for every
byte of every text of a batch at once. The features counted are the same as py3langid's,
and the scores are py3langid's own formula (up to the order floats are summed in): about
35 µs per article instead of ~330 µs.

py3langid ships its model LZMA-compressed: decompressing it, finding the automaton's depth and
cutting the tables down to our languages take ~1 s. The first load keeps the result in the
cache folder (`resources.cache_dir()`) as plain .npy files, which later processes map into
memory in a millisecond: a `claimtrack import` reads only the pages its texts touch.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

_BATCH_BYTES = 32_000
"""Texts are scored in groups of about this many bytes: bounded memory, and temporaries small
enough to stay in the CPU cache and be reused by malloc (groups of 4 MB were 15% slower, the
kernel mapping in fresh pages for every group)."""
_FORMAT = 3  # layout of the cached arrays (part of the folder name)


@dataclass(frozen=True, slots=True)
class LanguageModel:
    """The n-gram automaton and Naive Bayes tables, restricted to some languages."""

    nextmove: np.ndarray
    """Flat transition table: the state after byte b in state s is nextmove[rowbase[s] + b]."""
    rowbase: np.ndarray
    output: np.ndarray
    """The feature counted on entering each state, or -1."""
    depth: int
    """Bytes after which the automaton's state no longer depends on earlier input."""
    ptc: np.ndarray
    """(features, columns) log-probability of each feature per language column."""
    pc: np.ndarray
    """(columns,) prior log-probability of each language column."""
    columns: tuple[str, ...]
    """Language of each column; py3langid keeps some languages in two columns (scripts)."""
    labels: tuple[str, ...]
    """The distinct languages, in the order of `probabilities`' columns."""

    def features(self, texts: Sequence[bytes]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text, the features it contains and how often (as py3langid counts them)."""
        found: list[tuple[np.ndarray, np.ndarray]] = []
        for group in _groups(texts):
            feats, counts, bounds = self._features(group)
            feats = feats.astype(np.int64)
            found.extend((feats[lo:hi], counts[lo:hi]) for lo, hi in pairwise(bounds))
        return found

    def _features(self, texts: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """The features of all `texts` and their counts, text after text, each text's in
        ascending order; text i's are [bounds[i], bounds[i + 1]).

        Few and small temporaries, written in place where numpy allows: a fresh array of a
        megabyte is memory the kernel maps in page by page on every call.
        """
        count = len(texts)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=count)
        x = np.frombuffer(b"".join(texts), dtype=np.uint8)
        n = len(x)
        starts = np.zeros(count, dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        nm, rowbase = self.nextmove, self.rowbase
        state = np.zeros(n, dtype=nm.dtype)
        index = np.empty(n, dtype=np.int64)
        for back in range(self.depth - 1, -1, -1):  # byte i - back, oldest first
            if back < n:
                # mode="clip": with the default "raise", numpy buffers `out` (a copy per pass);
                # the indices are in range anyway (states, and rows that fit: _open_prepared).
                at = index[: n - back]
                rowbase.take(state[back:], out=at, mode="clip")
                np.add(at, x[: n - back], out=at)
                nm.take(at, out=state[back:], mode="clip")
        # The first depth - 1 bytes of each text were read after the previous text's last
        # bytes: walk them again from the start state.
        walk = np.zeros(count, dtype=np.int64)
        for offset in range(self.depth - 1):
            inside = np.flatnonzero(offset < lengths)
            if not inside.size:
                break
            at = starts[inside] + offset
            walk[inside] = nm[rowbase[walk[inside]] + x[at]]
            state[at] = walk[inside]
        feats = self.output.take(state, out=index)
        # One key per counted byte, (text, feature), so one sort counts every text's
        # features; 32 bits when they fit (the sort is twice as fast).
        outputs = len(self.output)
        wide = count * outputs >= 2**31
        key_type = np.int64 if wide else np.int32
        keys = np.repeat(np.arange(count, dtype=key_type) * outputs, lengths)
        np.add(keys, feats, out=keys, casting="unsafe")  # no feature (-1) is dropped next
        keys = keys[feats >= 0]
        keys.sort()
        first = np.empty(keys.size, dtype=bool)
        first[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        found = np.flatnonzero(first)
        counts = np.diff(found, append=keys.size)
        keys = keys[found]
        bounds = np.searchsorted(keys, np.arange(count + 1, dtype=key_type) * outputs)
        return keys % outputs, counts, bounds.tolist()

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(texts, labels) posterior probabilities, as py3langid's `rank` with norm_probs.

        A text without any known feature gets the uniform distribution.
        """
        data = [_encode(text) for text in texts]
        raw = np.zeros((len(data), len(self.columns)), dtype=np.float32)
        scored = np.zeros(len(data), dtype=bool)
        row = 0
        for group in _groups(data):
            feats, counts, bounds = self._features(group)
            # Elementwise, so the same values as one text's counts at a time, in one call.
            weights = np.log1p(counts.astype(np.float32))
            ptc = self.ptc
            for lo, hi in pairwise(bounds):
                if hi > lo:
                    # Each text's own product on fresh arrays, as before: BLAS sums in an
                    # order of its own, and one product for the batch would round otherwise.
                    # (take copies the rows as indexing does, in a third less time.)
                    raw[row] = weights[lo:hi].copy() @ ptc.take(feats[lo:hi], axis=0)
                    scored[row] = True
                row += 1
        raw[scored] += self.pc  # elementwise float32 adds, as when added text by text
        # py3langid's temperature: sqrt(bytes) keeps the softmax calibrated across lengths.
        sizes = np.fromiter((len(d) or 1 for d in data), dtype=np.float32, count=len(data))
        raw *= (1.0 / np.sqrt(sizes))[:, None]
        raw -= raw.max(axis=1, keepdims=True)
        np.exp(raw, out=raw)
        raw /= raw.sum(axis=1, keepdims=True)
        first = {label: self.columns.index(label) for label in self.labels}
        merged = raw[:, [first[label] for label in self.labels]]
        for j, label in enumerate(self.columns):
            if first[label] != j:  # a second column of the same language adds to the first
                merged[:, self.labels.index(label)] += raw[:, j]
        return merged


def _groups(texts: Sequence[bytes]) -> list[Sequence[bytes]]:
    """Consecutive runs of `texts` of about _BATCH_BYTES each (one text may exceed it)."""
    groups: list[Sequence[bytes]] = []
    start, size = 0, 0
    for i, text in enumerate(texts):
        if size and size + len(text) > _BATCH_BYTES:
            groups.append(texts[start:i])
            start, size = i, 0
        size += len(text)
    if start < len(texts):
        groups.append(texts[start:])
    return groups


def _encode(text: str) -> bytes:
    """The bytes py3langid scores for `text`: lower-cased if all upper case, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")


def load(languages: Sequence[str]) -> LanguageModel:
    """The model restricted to `languages` (codes py3langid knows), from the cache if possible."""
    try:
        folder: Path | None = cache_folder(languages)
    except Exception:  # no home folder (a bare container): work without a cache
        folder = None
    cached = _open_prepared(folder, languages) if folder else None
    if cached is not None:
        return cached
    model = _prepare(_packaged(), languages)
    if folder:
        with suppress(Exception):  # a cache is an optimisation: never a reason to fail
            _save(folder, model)
    return model


def _prepare(arrays: dict[str, Any], languages: Sequence[str]) -> LanguageModel:
    """The model's arrays as scoring wants them, restricted to `languages`."""
    columns = [str(c) for c in arrays["classes"].tolist()]
    wanted = set(languages)
    keep = [i for i, c in enumerate(columns) if c in wanted]
    kept = tuple(columns[i] for i in keep)
    rowbase = arrays["row"].astype(np.int64) << 8
    return LanguageModel(
        nextmove=arrays["nextmove"],
        rowbase=rowbase,
        output=np.asarray(arrays["out"], dtype=np.int64),
        depth=memory_depth(arrays["nextmove"], rowbase, len(arrays["out"])),
        ptc=np.ascontiguousarray(arrays["ptc"][:, keep], dtype=np.float32),
        pc=np.asarray(arrays["pc"][keep], dtype=np.float32),
        columns=kept,
        labels=tuple(dict.fromkeys(kept)),
    )


def memory_depth(nextmove: np.ndarray, rowbase: np.ndarray, states: int) -> int:
    """How many bytes the automaton needs to reach any state from its start state.

    py3langid's automaton is an Aho-Corasick machine over byte n-grams: its state is the
    longest suffix of the input that starts one of its n-grams, so it is reached by no fewer
    bytes than that suffix is long, and after this many bytes it no longer depends on earlier
    input (tests check the second property on the installed model directly).
    """
    seen = np.zeros(states, dtype=bool)
    seen[0] = True
    frontier = np.zeros(1, dtype=np.int64)
    every_byte = np.arange(256, dtype=np.int64)
    depth = 0
    while True:
        reached = nextmove[(rowbase[frontier][:, None] + every_byte).ravel()]
        fresh = np.zeros(states, dtype=bool)
        fresh[reached] = True
        fresh &= ~seen
        frontier = np.flatnonzero(fresh)
        if not frontier.size:
            return depth
        seen |= fresh
        depth += 1


def _packaged() -> dict[str, Any]:
    """py3langid's packaged model as arrays (LZMA-decompressed: ~0.5 s)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    return {
        "ptc": np.asarray(ptc),
        "pc": np.asarray(pc),
        "classes": np.array(list(classes)),
        "nextmove": _numpy(nextmove),
        "row": _numpy(row),
        "out": output,
    }


def _numpy(values: Any) -> np.ndarray:
    """A numpy view of a stdlib array (or any sequence) of unsigned integers."""
    if hasattr(values, "itemsize") and hasattr(values, "tobytes"):
        return np.frombuffer(values, dtype=np.dtype(f"u{values.itemsize}"))
    return np.asarray(values)


_ARRAYS = ("nextmove", "rowbase", "output", "ptc", "pc")
_STALE_SECONDS = 3600  # a temp folder this old belongs to no live process


def cache_folder(languages: Sequence[str]) -> Path:
    """Where the prepared model for `languages` and the installed py3langid is kept."""
    import hashlib

    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from claimtrack.resources import cache_dir

    st = (MODEL_DIR / MODEL_FILE).stat()
    version = getattr(py3langid, "__version__", "0")
    chosen = hashlib.sha256(",".join(sorted(languages)).encode()).hexdigest()[:12]
    return cache_dir() / f"langid-{version}-{st.st_size}-{st.st_mtime_ns}-v{_FORMAT}-{chosen}"


def _save(folder: Path, model: LanguageModel) -> None:
    """Write the prepared arrays into `folder`, which appears whole (and synced) or not at all."""
    import json
    import shutil
    import time

    from claimtrack.durable import fsync_dir

    folder.parent.mkdir(parents=True, exist_ok=True)
    for stale in folder.parent.glob("py3langid-*.npz"):  # the cache of earlier versions
        stale.unlink(missing_ok=True)
    for stale in folder.parent.glob(".langid-*"):  # left by a process killed while saving
        with suppress(OSError):
            if time.time() - stale.stat().st_mtime > _STALE_SECONDS:
                shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=".langid-", dir=folder.parent))
    try:
        meta = {"depth": model.depth, "columns": list(model.columns)}
        files = {f"{name}.npy": getattr(model, name) for name in _ARRAYS}
        for name, value in [*files.items(), ("meta.json", meta)]:
            with open(tmp / name, "wb") as fh:
                if name.endswith(".npy"):
                    np.save(fh, value, allow_pickle=False)
                else:
                    fh.write(json.dumps(value).encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())  # a crash must not leave a whole-looking, empty file
        fsync_dir(tmp)
        if folder.exists():  # a bad copy: move it aside (readers may still map its files)
            aside = Path(tempfile.mkdtemp(prefix=".langid-old-", dir=folder.parent))
            os.replace(folder, aside / folder.name)
            shutil.rmtree(aside, ignore_errors=True)
        os.replace(tmp, folder)
        fsync_dir(folder.parent)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _open_prepared(folder: Path, languages: Sequence[str]) -> LanguageModel | None:
    """The cached model, its arrays memory-mapped (pages are read as scoring touches them).

    None, so the caller rebuilds it, for a copy that is missing, truncated, of another
    layout or for other languages, or whose automaton tables do not fit together (the small
    tables are read whole to check them; the large ones only by shape).
    """
    import json

    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        arrays = {  # plain views: results of indexing a np.memmap are memmaps, and slower
            name: np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r")) for name in _ARRAYS
        }
        columns = tuple(str(c) for c in meta["columns"])
        depth = int(meta["depth"])
        nextmove, rowbase, output = arrays["nextmove"], arrays["rowbase"], arrays["output"]
        ptc = arrays["ptc"]
        states = len(output)
        sound = (
            columns
            and set(columns) <= set(languages)
            and ptc.dtype == np.float32
            and ptc.ndim == 2
            and ptc.shape[1] == len(columns)
            and arrays["pc"].shape == (len(columns),)
            and nextmove.dtype.kind == "u"
            and nextmove.ndim == 1
            and rowbase.dtype == np.int64
            and output.dtype == np.int64
            and rowbase.shape == (states,)
            and states > 0
            and int(rowbase.min()) >= 0
            and int(rowbase.max()) + 256 <= nextmove.size
            and int(output.max()) < ptc.shape[0]
            and int(output.min()) >= -1
            and 0 < depth < 64
        )
        if not sound:
            return None
        return LanguageModel(
            depth=depth, columns=columns, labels=tuple(dict.fromkeys(columns)), **arrays
        )
    except Exception:  # missing, unreadable, truncated or from another layout: rebuild
        return None
