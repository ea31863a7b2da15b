"""Language identification of imported text with py3langid, restricted to news languages.

Why the candidate set is restricted: py3langid knows ~140 labels, many of them regional
varieties or dialects (Nigerian Pidgin, Central Bikol, Ligurian, Wu Chinese...) that steal
probability from the standard language on short news sentences ("The ministry denied it." is
barely English against the full set). Analysts track news outlets, so we keep the languages of
the world's news output and map everything to ISO 639-1.

Why "ms" becomes "id" unless the model is sure: standard Indonesian and standard Malay are two
norms of one language and py3langid splits short Indonesian sentences roughly 50/50 between
them (a sentence of the seed article scores ms 0.65 / id 0.34). Indonesian news is far more
common in our material, so the pair's combined probability decides whether the text is
Malay/Indonesian at all, and "ms" is only returned when it holds at least `MALAY_SHARE` of that
mass (real Malaysian text, with "kerajaan", "bahawa", "berkata", scores ~0.98).
"""

from __future__ import annotations

import math
import os
import tempfile
from array import array
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

NEWS_LANGUAGES: tuple[str, ...] = (
    "af", "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en",
    "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "gu", "ha", "he", "hi", "hr", "hu", "hy",
    "id", "is", "it", "ja", "ka", "kk", "km", "kn", "ko", "ku", "ky", "lt", "lv", "mk", "ml",
    "mn", "mr", "ms", "my", "ne", "nl", "no", "pa", "pl", "ps", "pt", "ro", "ru", "si", "sk",
    "sl", "so", "sq", "sr", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl", "tr", "uk", "ur",
    "uz", "vi", "yo", "zh", "zu",
)  # fmt: skip
UNDETERMINED = "und"
MIN_LETTERS = 12  # fewer letters than this is a name or a number, not a language sample
MIN_CONFIDENCE = 0.6  # below this the best guess is returned as "und"
MALAY_SHARE = 0.9
_SAMPLE = 1500  # characters per window: plenty for py3langid, whose DFA walk is pure Python
# A long text first gets a quick look at one window from its middle (article body, not the
# headline or navigation); only an unsure quick look pays for the full sample. Detection was
# the largest cost of importing a batch of articles.
_QUICK = 400
_SURE = 0.99


@lru_cache(maxsize=1)
def identifier() -> Any:
    """The py3langid model restricted to `NEWS_LANGUAGES`, loaded once per process.

    py3langid ships its model LZMA-compressed, and decompressing it took half a second of
    every `claimtrack import`; the first load keeps an uncompressed copy in the cache folder
    (`resources.cache_dir()`), which later processes read in a tenth of the time. Any problem
    with the copy falls back to the packaged model.
    """
    ident = _cached_model() or _packaged_model()
    ident.set_languages(list(NEWS_LANGUAGES))
    return ident


def _packaged_model() -> Any:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    with suppress(Exception):  # a cache is an optimisation: never a reason to fail
        _save_model(ident)
    return ident


def _model_cache_file() -> Path:
    import py3langid
    from py3langid.langid import MODEL_DIR

    from claimtrack.resources import cache_dir

    packaged = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() else MODEL_DIR / MODEL_FILE
    st = packaged.stat()
    version = getattr(py3langid, "__version__", "0")
    return cache_dir() / f"py3langid-{version}-{st.st_size}-{st.st_mtime_ns}.npz"


def _save_model(ident: Any) -> None:
    """Write the full (unrestricted) model uncompressed, atomically (replacing a bad copy)."""
    import numpy as np

    target = _model_cache_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    arrays = {
        "ptc": np.asarray(ident.nb_ptc),
        "pc": np.asarray(ident.nb_pc),
        "classes": np.array(ident.nb_classes),
        "nextmove": _as_numpy(ident.tk_nextmove),
        "row": _as_numpy(ident.tk_row),
        "out": np.asarray(ident.tk_output, dtype=np.int32),
    }
    fd, tmp = tempfile.mkstemp(prefix=".langid-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cached_model() -> Any | None:
    import numpy as np

    try:
        with np.load(_model_cache_file(), allow_pickle=False) as data:
            return LanguageIdentifier(
                data["ptc"],
                data["pc"],
                data["classes"].tolist(),
                _as_array(data["nextmove"]),
                data["out"].tolist(),
                norm_probs=True,
                tk_row=_as_array(data["row"]),
            )
    except Exception:  # missing, unreadable, truncated or from another layout: rebuild
        return None


def _as_numpy(values: array) -> Any:
    import numpy as np

    return np.frombuffer(values, dtype=np.dtype(f"u{values.itemsize}"))


def _as_array(values: Any) -> array:
    """The stdlib array py3langid walks its DFA over (indexing it beats numpy's scalars)."""
    return array({2: "H", 4: "I", 8: "Q"}[values.dtype.itemsize], values.tobytes())


def _sample(text: str) -> str:
    """At most three windows (start, middle, end) so long documents stay fast."""
    if len(text) <= 3 * _SAMPLE:
        return text
    middle = len(text) // 2 - _SAMPLE // 2
    return "\n".join((text[:_SAMPLE], text[middle : middle + _SAMPLE], text[-_SAMPLE:]))


def _has_letters(text: str, wanted: int) -> bool:
    """True once `wanted` letters are seen (stops early: counting all was a hot spot)."""
    for ch in text:
        if ch.isalpha():
            wanted -= 1
            if wanted <= 0:
                return True
    return False


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`'s language, or "und" when it is too short or unclear.

    Uses py3langid over `NEWS_LANGUAGES`; Malay/Indonesian are resolved as explained in the
    module docstring.
    """
    if len(text) > 4 * _QUICK:
        middle = len(text) // 2 - _QUICK // 2
        lang, sure = _decide(text[middle : middle + _QUICK])
        if sure:
            return lang
    return _decide(_sample(text))[0]


def _decide(sample: str) -> tuple[str, bool]:
    """The language of `sample` and whether the model is sure of it (see _SURE)."""
    if not _has_letters(sample, MIN_LETTERS):
        return UNDETERMINED, False
    scores = dict(identifier().rank(sample))
    best = max(scores, key=scores.__getitem__)
    if best in ("id", "ms"):
        pair = scores["id"] + scores["ms"]
        if pair < MIN_CONFIDENCE:
            return UNDETERMINED, False
        if scores["ms"] >= MALAY_SHARE * pair:
            return "ms", False  # Malay is only trusted from the full sample
        return "id", pair >= _SURE and scores["ms"] < 0.5 * pair
    if scores[best] < MIN_CONFIDENCE:
        return UNDETERMINED, False
    return best, scores[best] >= _SURE


def fit(text: str) -> float | None:
    """How well `text` looks like real language: mean log-probability per n-gram feature.

    Used to choose between candidate decodings of the same bytes (the right code page gives
    real words, the wrong ones give unusual n-grams). Normalised per feature, unlike the
    posterior, so an unknown-looking Greek or Hebrew string cannot win just because its script
    has a single language. Returns None when the installed py3langid lacks the internals this
    needs (it was written against 0.4) or the text has no features.
    """
    try:
        import numpy as np
        from py3langid.langid import visit_counts

        ident = identifier()
        visits = visit_counts(
            ident.tk_nextmove, ident._rowbase, ident.tk_output, text.encode("utf-8")
        )
        if not visits:
            return None
        index = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
        counts = np.fromiter(visits.values(), dtype=np.float64, count=len(visits))
        per_language = (counts @ ident.nb_ptc[index]) / counts.sum()
        value = float(per_language.max())
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):
        return None
    return value if math.isfinite(value) else None
