"""An import segments each new text once, and a text already stored not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.errors import IngestError
from claimtrack.ingest import prepare as prep
from claimtrack.ingest.prepare import prepare
from claimtrack.model import Source, Statement
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store
from tests.ingest.conftest import INDONESIAN, SEED

ENGLISH = (
    "Officials said the town was shelled overnight. The ministry denied it.\n\n"
    "By Jane Roe\n\n"
    "“We will go to the end,” the president said. Reporting by John Doe; editing by Ann Poe\n"
)
RUSSIAN = (
    "Алиев заявил, что Азербайджан пойдёт до конца. Минобороны опровергло обстрел города.\n\n"
    "По словам Путина, число погибших приближается к 5 тысячам.\n"
)


def _files() -> list[tuple[bytes, str | None, str | None]]:
    return [
        (SEED.read_bytes(), "seed.txt", None),
        (ENGLISH.encode(), "en.txt", None),
        (RUSSIAN.encode("cp1251"), "ru.txt", None),
        (INDONESIAN.encode(), "id.txt", "id"),
        (ENGLISH.encode(), "en-again.txt", None),  # the same text twice in one batch
    ]


def _segmented(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts segmented from here on."""
    done: list[str] = []
    real = prep.segment

    def counted(text: str, lang: str) -> list[tuple[int, int]]:
        done.append(text)
        return real(text, lang)

    monkeypatch.setattr(prep, "segment", counted)
    monkeypatch.setattr("claimtrack.ingest.segment", counted)  # the importer's own calls
    return done


def test_each_new_text_is_segmented_once_and_its_furniture_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    segmented = _segmented(monkeypatch)
    got = prepare(_files())
    assert [p.doc.lang for p in got] == ["id", "en", "ru", "id", "en"]
    assert len(segmented) == 4  # the English text once
    assert got[4].spans is None and got[1].spans
    by_text = {got[1].doc.text[a:b]: k for k, (a, b) in enumerate(got[1].spans)}
    assert got[1].narration == {by_text["By Jane Roe"]}  # the byline


def test_texts_already_stored_are_read_but_not_segmented(monkeypatch: pytest.MonkeyPatch) -> None:
    first = prepare(_files())
    segmented = _segmented(monkeypatch)
    again = prepare(_files(), {first[0].doc.hash, first[1].doc.hash})
    assert [p.doc for p in again] == [p.doc for p in first]
    assert [p.spans is None for p in again] == [True, True, False, False, True]
    assert len(segmented) == 2


def test_progress_counts_every_file_read_and_a_bad_file_is_named() -> None:
    seen: list[int] = []
    prepare(_files(), progress=seen.append)
    assert seen == [1, 2, 3, 4, 5]
    files = _files()
    files[2] = (b"\x00\x01\x02 binary \xff\xfe" * 50, "blob.bin", None)
    with pytest.raises(IngestError, match=r"blob\.bin"):
        prepare(files)


def test_a_folder_imported_again_is_not_segmented_again_and_reports_its_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raws = [RawDocument(data=d, filename=n, lang=lang) for d, n, lang in _files()]
    store = Store.open(tmp_path / "s.json", create=True, analyst="t")
    first = import_documents(store, raws)
    assert [r.duplicate for r in first] == [False, False, False, False, True]
    assert first[4].source.id == first[1].source.id
    segmented = _segmented(monkeypatch)
    again = import_documents(store, raws)
    assert not segmented
    assert all(r.duplicate for r in again)
    assert [r.statements for r in again] == [r.statements for r in first[:4]] + [
        first[1].statements
    ]
    assert store.count(Source.TABLE) == 4
    assert store.count(Statement.TABLE) == sum(r.statements for r in first[:4])


def test_a_stored_text_removed_before_the_write_is_segmented_then(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read as stored, then undone by another writer before the import takes the lock: the
    import stores it with its sentences and furniture all the same."""
    from claimtrack.services import history

    raw = RawDocument(data=ENGLISH.encode(), filename="en.txt")
    path = tmp_path / "s.json"
    store = Store.open(path, create=True, analyst="t")
    (first,) = import_documents(store, [raw])
    rows = sorted((s.start, s.end, s.narration) for s in store.all(Statement))
    real = prep.prepare

    def then_undone(*args: object, **kwargs: object) -> list[prep.Prepared]:
        got = real(*args, **kwargs)  # type: ignore[arg-type]
        other = Store.open(path, analyst="other")
        history.undo(other)
        other.close()
        return got

    monkeypatch.setattr("claimtrack.services.importing.prepare", then_undone)
    (again,) = import_documents(store, [raw])
    assert not again.duplicate and again.statements == first.statements
    assert sorted((s.start, s.end, s.narration) for s in store.all(Statement)) == rows


def test_a_stored_text_removed_while_the_batch_was_read_is_segmented_before_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer waits 3 s at most for the lock: segmenting a folder its import was undone
    of, under the lock, kept the TUI's every change "busy" meanwhile."""
    from claimtrack.errors import StoreError
    from claimtrack.services import history

    raw = RawDocument(data=ENGLISH.encode(), filename="en.txt")
    path = tmp_path / "s.json"
    store = Store.open(path, create=True, analyst="t")
    import_documents(store, [raw])
    real = prep.prepare

    def then_undone(*args: object, **kwargs: object) -> list[prep.Prepared]:
        got = real(*args, **kwargs)  # type: ignore[arg-type]
        other = Store.open(path, analyst="other")
        history.undo(other)
        other.close()
        return got

    monkeypatch.setattr("claimtrack.services.importing.prepare", then_undone)
    waiting = Store.open(path, analyst="other", lock_timeout=0.05)
    kept_waiting: list[bool] = []
    segment = prep.segment

    def segmented(text: str, lang: str) -> list[tuple[int, int]]:
        try:
            with waiting.transaction("look", "another writer's change"):
                pass
            kept_waiting.append(False)
        except StoreError:
            kept_waiting.append(True)
        return segment(text, lang)

    monkeypatch.setattr(prep, "segment", segmented)
    monkeypatch.setattr("claimtrack.ingest.segment", segmented)
    (again,) = import_documents(store, [raw])
    assert not again.duplicate
    assert kept_waiting == [False]
