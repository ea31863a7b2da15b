"""The batched language model scores exactly what py3langid's own byte walk scores."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any
from unittest.mock import patch

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.ingest import langmodel
from claimtrack.ingest.language import NEWS_LANGUAGES, model
from tests.conftest import DEMO, REPO, SEED
from tests.ingest.conftest import ENGLISH, INDONESIAN, RUSSIAN


@lru_cache(maxsize=1)
def reference() -> Any:
    """py3langid's own identifier over the same languages (its pure-Python walk)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(NEWS_LANGUAGES))
    return ident


def walked_features(data: bytes) -> Counter[int]:
    """Feature counts from py3langid's walk, one byte at a time from the start state."""
    from py3langid.langid import visit_counts

    ident = reference()
    return visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data) or Counter()


def test_the_automaton_forgets_everything_older_than_its_depth() -> None:
    # From ANY state, `depth` bytes lead where they lead from the start state: so every
    # byte's state can be computed from the `depth` bytes ending at it, in parallel.
    m = model()
    states = len(m.output)
    every_byte = np.arange(256, dtype=np.int64)
    pairs = np.arange(1, states, dtype=np.int64)  # (state, start state) still apart
    others = np.zeros_like(pairs)
    steps = 0
    while pairs.size:
        steps += 1
        assert steps <= m.depth, "the automaton remembers more than `depth` bytes"
        a = m.nextmove[(m.rowbase[pairs][:, None] + every_byte).ravel()].astype(np.int64)
        b = m.nextmove[(m.rowbase[others][:, None] + every_byte).ravel()].astype(np.int64)
        apart = np.unique(a[a != b] * states + b[a != b])
        pairs, others = apart // states, apart % states
    assert steps == m.depth  # and it is the smallest such number


texts_strategy = st.lists(
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["L", "M", "N", "P", "Z"]),
        max_size=40,
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(texts_strategy)
def test_features_of_a_batch_are_each_texts_own(texts: list[str]) -> None:
    data = [t.encode("utf-8") for t in texts]
    found = model().features(data)
    assert len(found) == len(data)
    for raw, (feats, counts) in zip(data, found, strict=True):
        assert dict(zip(feats.tolist(), counts.tolist(), strict=True)) == walked_features(raw)


def test_a_text_never_continues_the_n_grams_of_the_text_before_it() -> None:
    # Every cut of real sentences: the bytes before the cut would extend the n-grams after it.
    for sentence in ("The ministry denied it.", "Путин заявил об этом.", "この本がある。"):
        data = sentence.encode("utf-8")
        for cut in range(1, len(data)):
            head, tail = data[:cut], data[cut:]
            found = model().features([head, tail])
            for raw, (feats, counts) in zip((head, tail), found, strict=True):
                assert dict(zip(feats.tolist(), counts.tolist(), strict=True)) == (
                    walked_features(raw)
                )


HELDOUT = REPO / "data" / "gold" / "heldout"


def test_probabilities_are_py3langids_on_real_articles() -> None:
    texts = [ENGLISH, INDONESIAN, RUSSIAN, "", "OK", "ПУТИН"]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(HELDOUT.glob("*.txt"))]
    if SEED.is_file():  # the shared seed sits beside the checkout, never in it
        texts.append(SEED.read_text(encoding="utf-8"))
    assert len(texts) > 10
    m = model()
    for text, row in zip(texts, m.probabilities(texts).tolist(), strict=True):
        ranked = reference().rank(text)
        mine = dict(zip(m.labels, row, strict=True))
        assert mine.keys() == dict(ranked).keys()
        assert max(range(len(row)), key=row.__getitem__) == m.labels.index(ranked[0][0])
        assert all(abs(mine[lang] - p) < 1e-4 for lang, p in ranked)


def assert_scored_alone_and_in_batches(texts: list[str]) -> None:
    """Each text's probabilities, to the bit, alone and in batches cut every few bytes."""
    m = model()
    alone = [m.probabilities([text])[0].tobytes() for text in texts]
    for size in (1, 100, 2_000, langmodel._BATCH_BYTES):
        with patch.object(langmodel, "_BATCH_BYTES", size):
            batch = m.probabilities(texts)
        assert [row.tobytes() for row in batch] == alone


@settings(max_examples=60, deadline=None)
@given(texts_strategy)
def test_a_text_scores_the_same_alone_and_in_any_batch(texts: list[str]) -> None:
    """A language is never decided differently for an article imported with others."""
    assert_scored_alone_and_in_batches(texts)


def test_real_articles_score_the_same_alone_and_in_any_batch() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(HELDOUT.glob("*.txt"))]
    texts += [text[len(text) // 3 : len(text) // 3 + 400] for text in texts]  # quick looks
    assert_scored_alone_and_in_batches(texts)
