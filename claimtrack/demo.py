"""Builds the demo investigation store from the documents and speakers in `data/demo/`."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from claimtrack.errors import ValidationError
from claimtrack.resources import data_dir
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store


def demo_manifest() -> list[dict[str, Any]]:
    """The demo documents with their outlet, url, date, language and reliability."""
    return json.loads((data_dir() / "demo" / "manifest.json").read_text(encoding="utf-8"))


def demo_speakers() -> list[dict[str, Any]]:
    """The speakers an analyst would register for the demo documents."""
    gold = json.loads((data_dir() / "gold" / "speakers.json").read_text(encoding="utf-8"))
    return list(gold["speakers"])


def populate(store: Store, *, speakers: bool = True) -> None:
    """Import every demo document (one write) and register the demo speakers (unless not
    `speakers`: a desk starting from nobody, as `benchmarks/keystrokes.py --from-scratch`)."""
    folder = data_dir() / "demo"
    raws = [
        RawDocument(
            data=(folder / m["file"]).read_bytes(),
            filename=m["file"],
            outlet=m.get("outlet"),
            url=m.get("url"),
            published=m.get("published"),
            lang=m.get("lang"),
            reliability=m.get("reliability"),
        )
        for m in demo_manifest()
    ]
    import_documents(store, raws)
    for sp in demo_speakers() if speakers else ():
        add_speaker(
            store,
            sp["name"],
            sp.get("aliases", ()),
            side=sp.get("side"),
            kind=sp.get("kind", "other"),
        )


def build_demo_store(path: Path | None = None) -> Path:
    """A fresh demo store at `path` (default: a new temp folder); returns its path.

    Refuses a path where anything is already: it deleted whatever store was there (and,
    with a journal beside it, left an empty one)."""
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="claimtrack-demo-")) / "demo.json"
    journal = Path(f"{path}.journal")
    for taken in (path, journal):
        if taken.exists() or taken.is_symlink():
            raise ValidationError(
                f"{taken} already exists: the demo is written to a new file only "
                "(give another --path)"
            )
    store = Store.open(path, create=True, analyst="demo")
    populate(store)
    store.checkpoint()
    return path
