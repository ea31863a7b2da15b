"""Language detection and the language override."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.ingest import detect_language, read_document
from tests.ingest.conftest import ENGLISH, INDONESIAN, RUSSIAN


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (ENGLISH, "en"),
        (INDONESIAN, "id"),
        (RUSSIAN, "ru"),
        ("The ministry denied it.", "en"),
        ("Pasukan Azerbaijan terus menembaki pemukiman sipil, kata mereka.", "id"),
        ("Путин заявил об этом в понедельник.", "ru"),
        ("Міністерство оборони заявило, що загинули військові.", "uk"),
        ("Azərbaycan Müdafiə Nazirliyi bildirib ki, hücum dəf edilib.", "az"),
        ("Le ministère de la Défense a démenti ces informations.", "fr"),
    ],
)
def test_languages_of_a_sentence_or_more(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "OK", "1.166 5.000 2020", "Vladimir Putin", "[bold]x[/]"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_short_indonesian_is_not_called_malay() -> None:
    # py3langid alone scores this ms 0.66 / id 0.34.
    assert detect_language("Pasukan terus menembaki pemukiman sipil, kata mereka.") == "id"


def test_clearly_malaysian_text_stays_malay() -> None:
    text = (
        "Kerajaan Malaysia telah mengumumkan bahawa sekolah akan dibuka semula minggu "
        "hadapan, kata menteri pendidikan."
    )
    assert detect_language(text) == "ms"


def test_the_seed_is_indonesian(seed_text: str) -> None:
    doc = read_document(seed_text.encode(), "seed.txt")
    assert doc.lang == "id"
    assert doc.title == "Presiden Azerbaijan Bersumpah Akan Merebut Nagorno-Karabakh"


class _Spy:
    """Records what text the language model is shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from claimtrack.ingest import language

        self.shown: list[str] = []
        self._model = language.model()
        self.labels = self._model.labels
        monkeypatch.setattr(language, "model", lambda: self)

    def probabilities(self, texts: list[str]) -> object:
        self.shown.extend(texts)
        return self._model.probabilities(texts)


def test_a_long_clear_text_is_decided_from_one_window_of_its_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _Spy(monkeypatch)
    text = "Home | World | Sport\n" + INDONESIAN * 3000  # ~1 MB behind an English menu
    assert detect_language(text) == "id"
    assert len(spy.shown) == 1 and len(spy.shown[0]) <= 400
    assert "Home" not in spy.shown[0]


def test_an_unclear_window_falls_back_to_samples_from_start_middle_and_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _Spy(monkeypatch)
    middle = "1.166 — 5.000 — 2020 — " * 40  # the quick look sees only numbers
    text = ENGLISH * 5 + middle * 6 + ENGLISH * 5
    assert detect_language(text) == "en"
    full = spy.shown[-1]  # the number-only window may not even reach the model
    assert len(full) <= 3 * 1500 + 2 and full.startswith(ENGLISH[:40]) and full.endswith("said.")


@pytest.mark.parametrize(
    ("given", "stored"),
    [("en", "en"), ("RU", "ru"), (" id ", "id"), ("und", "und"), ("ace", "ace")],
)
def test_an_explicit_language_wins_over_detection(given: str, stored: str) -> None:
    assert read_document(ENGLISH.encode(), "a.txt", lang=given).lang == stored


def test_a_batch_decides_each_text_as_if_it_were_alone(seed_text: str) -> None:
    from claimtrack.ingest import detect_languages

    long_english = "Home | World | Sport\n" + ENGLISH * 40  # decided from its middle
    texts = [RUSSIAN, "", "OK", INDONESIAN, long_english, seed_text, ENGLISH[:60], "Путин"]
    assert detect_languages(texts) == [detect_language(t) for t in texts]
    assert detect_languages(texts)[:6] == ["ru", "und", "und", "id", "en", "id"]
    assert detect_languages([]) == []


def test_the_model_is_cached_prepared_and_a_bad_copy_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.ingest import langmodel, language

    texts = [ENGLISH, INDONESIAN, RUSSIAN, "Kerajaan Malaysia berkata bahawa beliau tidak hadir."]
    expected = language.model().probabilities(texts).tolist()
    monkeypatch.setenv("CLAIMTRACK_CACHE", str(tmp_path))
    (tmp_path / "py3langid-0.4.0-1-2.npz").write_bytes(b"the cache of an earlier version")
    language.model.cache_clear()
    packaged = langmodel._packaged
    try:
        language.model()  # the first load writes the copy
        (copy,) = tmp_path.glob("langid-*")
        assert not list(tmp_path.glob("py3langid-*.npz"))  # the earlier cache is gone
        assert sorted(p.name for p in tmp_path.iterdir()) == [copy.name]  # no temp left
        language.model.cache_clear()

        def refuse() -> None:
            raise AssertionError("the packaged model was loaded although a copy exists")

        monkeypatch.setattr(langmodel, "_packaged", refuse)
        assert language.model().probabilities(texts).tolist() == expected  # read from the copy
        monkeypatch.setattr(langmodel, "_packaged", packaged)
        table = copy / "ptc.npy"
        size = table.stat().st_size
        table.write_bytes(table.read_bytes()[:1000])  # truncated (a full disk, a crash)
        language.model.cache_clear()
        assert language.model().probabilities(texts).tolist() == expected
        assert table.stat().st_size == size  # the bad copy was replaced
        assert sorted(p.name for p in tmp_path.iterdir()) == [copy.name]
    finally:
        language.model.cache_clear()


def test_detection_works_without_any_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.ingest import language

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory")

    monkeypatch.delenv("CLAIMTRACK_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    language.model.cache_clear()
    try:
        assert detect_language(ENGLISH) == "en"
    finally:
        language.model.cache_clear()
