"""Shared test texts for the ingest package: short en/id/ru articles with the tricky features."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.model import Statement
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_0ff45245f30cb870.txt"

# Written for these tests; same traps as the seed article: "1.166" (Indonesian thousands),
# "5 km (3 mil)", a quote with trailing attribution, "..., kata mereka.", a lower-case continuation.
INDONESIAN = (
    "Presiden Bersumpah Akan Merebut Wilayah\n"
    "\n"
    "Menurut pejabat setempat, 1.166 pasukan mereka dan 45 warga sipil telah tewas. "
    "Pihak berwenang belum mengungkapkan kerugian militer mereka, tetapi mengatakan pertempuran "
    "itu telah menewaskan sedikitnya 91 warga sipil. Presiden Rusia mengatakan, menurut "
    "informasi Moskow, jumlah korban tewas mendekati 5.000.\n"
    "\n"
    "Dia ingin menyelesaikan konflik melalui negosiasi. “Jika tidak,” katanya, “kami akan "
    "melanjutkan dengan cara apa pun dan… kami akan pergi sampai akhir.”\n"
    "\n"
    "Pasukan terus menembaki pemukiman sipil di kawasan itu di pagi hari, kata mereka. "
    "Pasukan telah maju ke dalam jarak 5 km (3 mil) dari kota utama.\n"
)
INDONESIAN_SENTENCES = [
    "Presiden Bersumpah Akan Merebut Wilayah",
    "Menurut pejabat setempat, 1.166 pasukan mereka dan 45 warga sipil telah tewas.",
    "Pihak berwenang belum mengungkapkan kerugian militer mereka, tetapi mengatakan pertempuran "
    "itu telah menewaskan sedikitnya 91 warga sipil.",
    "Presiden Rusia mengatakan, menurut informasi Moskow, jumlah korban tewas mendekati 5.000.",
    "Dia ingin menyelesaikan konflik melalui negosiasi.",
    "“Jika tidak,” katanya, “kami akan melanjutkan dengan cara apa pun dan… kami akan pergi "
    "sampai akhir.”",
    "Pasukan terus menembaki pemukiman sipil di kawasan itu di pagi hari, kata mereka.",
    "Pasukan telah maju ke dalam jarak 5 km (3 mil) dari kota utama.",
]
ENGLISH = (
    "Officials said 1,166 troops died. Mr. Putin said the real toll was close to 5,000. "
    "“If not,” he said, “we will go to the end.” The ministry denied the claims, they said."
)
ENGLISH_SENTENCES = [
    "Officials said 1,166 troops died.",
    "Mr. Putin said the real toll was close to 5,000.",
    "“If not,” he said, “we will go to the end.”",
    "The ministry denied the claims, they said.",
]
RUSSIAN = (
    "По данным Минобороны, погибли 1 166 военных. Бои шли в 2020 г. в Карабахе, т.е. на "
    "Кавказе. Путин заявил, что число жертв приближается к 5 тыс."
)
RUSSIAN_SENTENCES = [
    "По данным Минобороны, погибли 1 166 военных.",
    "Бои шли в 2020 г. в Карабахе, т.е. на Кавказе.",
    "Путин заявил, что число жертв приближается к 5 тыс.",
]


@pytest.fixture
def seed_text() -> str:
    """The seed article (Indonesian); tests using it are skipped in clones without it."""
    if not SEED.is_file():
        pytest.skip(f"seed article not present at {SEED}")
    return SEED.read_text(encoding="utf-8")


def imported_rows(folder: Path, text: str, lang: str) -> tuple[Store, list[tuple[str, bool]]]:
    """Import `text` into a new store in `folder`: the store, and each statement's text with
    whether it was marked narration, in reading order."""
    store = Store.open(folder / "s.json", create=True, analyst="t")
    (result,) = import_documents(store, [RawDocument(text.encode(), "a.txt", lang=lang)])
    statements = sorted(store.all(Statement), key=lambda s: s.start)
    return store, [(result.source.text[s.start : s.end], s.narration) for s in statements]
