"""Writing an export file: the CLI's `export -o` and the TUI's export dialog share it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from claimtrack.errors import ExportError
from claimtrack.export.filters import ExportFilter
from claimtrack.snapshot import Snapshot
from claimtrack.store import Store
from claimtrack.textnorm import counted

EXCEL_SUFFIXES = (".csv", ".txt", ".tsv")
"""Names under which Excel opens the `excel` table as text (a double-click opens .csv)."""


FORMAT_ALIASES: dict[str, str] = {
    "markdown": "md",
    "mmd": "mermaid",
    "graphviz": "dot",
    "gv": "dot",
    "jsonld": "claimreview",
    "json-ld": "claimreview",
    "cyjs": "cytoscape",
}
"""Other names a newcomer gives a format (its file suffix, the tool's name): `-f markdown`
was "unknown format" though md is the brief."""

JSON_FORMATS = frozenset({"json", "cytoscape", "claimreview", "aif"})
"""Formats whose output is JSON: any of them may be named .json."""

FAIR_NAMES = frozenset({("mermaid", ".md"), ("svg", ".html"), ("svg", ".htm")})
"""Another format's suffix that still suits: a Mermaid chart kept in a Markdown file, an
SVG drawing a browser shows as a page."""

NO_FORMAT_SUFFIXES: dict[str, str] = {
    ".html": "no format writes HTML: md writes the brief as Markdown, svg draws the graph",
    ".htm": "no format writes HTML: md writes the brief as Markdown, svg draws the graph",
    ".pdf": "no format writes PDF: md writes the brief, svg or png draw the graph",
    ".docx": "no format writes Word: md writes the brief as Markdown",
}
"""Names no export suits, each with what to write instead."""


def format_name(fmt: str) -> str:
    """The registered format `fmt` names, in any case or by another name it goes by
    (`FORMAT_ALIASES`); an ExportError listing the formats otherwise."""
    from claimtrack.export import EXPORTERS

    key = fmt.strip().lower()
    key = FORMAT_ALIASES.get(key, key)
    if key not in EXPORTERS:
        raise ExportError(f"unknown format {fmt!r} (expected one of: {', '.join(EXPORTERS)})")
    return key


def formats_named_by(path: Path) -> list[str]:
    """The formats whose file `path` is named as, by its suffix (`.aif.json` is aif's, other
    `.json` the node-link graph's; `.csv` both tables'); none for a suffix no format has."""
    from claimtrack.export import EXPORTERS

    name = path.name.lower()
    by_suffix = [f for f, e in EXPORTERS.items() if name.endswith(e.suffix) and e.suffix != ""]
    longest = max((len(EXPORTERS[f].suffix) for f in by_suffix), default=0)
    named = [f for f in by_suffix if len(EXPORTERS[f].suffix) == longest]
    alias = FORMAT_ALIASES.get(path.suffix.lower().lstrip("."))
    return named or ([alias] if alias else [])


def format_for(path: Path) -> str:
    """The format an `-o FILE` given without `--format` asks for, by the file's suffix; an
    ExportError when the suffix names none, or several (`.csv`: csv or excel)."""
    named = formats_named_by(path)
    if len(named) == 1:
        return named[0]
    if named:
        listed = " or ".join(f"-f {f}" for f in named)
        raise ExportError(f"{path.name} could be written by more than one format: give {listed}")
    raise ExportError(
        f"give --format: {path.name} does not say which format to write (see "
        "'claimtrack export --help')"
    )


def check_suffix(fmt: str, path: Path) -> None:
    """Refuse a table named as an Excel workbook: `csv` and `excel` write text Excel opens
    as a table, which it refuses under .xlsx or .xls; an `excel` table under any other name
    ("sudan.excel") is a file nothing opens by a double-click."""
    suffix = path.suffix.lower()
    if fmt in ("csv", "excel") and suffix in (".xlsx", ".xls"):
        raise ExportError(
            f"{fmt} writes a table Excel opens, not an {suffix} workbook: name the file "
            f"{path.stem}.csv"
        )
    if fmt == "excel" and suffix not in EXCEL_SUFFIXES and _a_file_to_name(path):
        raise ExportError(
            f"Excel opens this table by a double-click only as .csv: name the file "
            f"{path.name if not suffix else path.stem}.csv"
        )


def check_named(fmt: str, path: Path) -> None:
    """Refuse a file named for another format than the one written: `-f graphml -o war.gexf`
    wrote GraphML that Gephi then refused as GEXF, without a word; `-f md -o brief.html`
    Markdown a browser shows as one paragraph (a JSON format may be named .json)."""
    suffix = path.suffix.lower()
    if not _a_file_to_name(path):  # /dev/stdout, a pipe: no name to mislead anyone
        return
    if (fmt, suffix) in FAIR_NAMES:
        return
    if suffix in NO_FORMAT_SUFFIXES:
        raise ExportError(f"cannot write {fmt} as {path.name}: {NO_FORMAT_SUFFIXES[suffix]}")
    named = formats_named_by(path)
    if not named or fmt in named or (suffix == ".json" and fmt in JSON_FORMATS):
        return
    from claimtrack.export import EXPORTERS

    own = EXPORTERS[fmt].suffix
    theirs = EXPORTERS[named[0]].suffix  # ".aif.json" is one suffix: "r.aif.json" is "r"
    stem = path.name[: -len(theirs)] if path.name.lower().endswith(theirs) else path.stem
    raise ExportError(
        f"{path.name} is named as {' or '.join(named)}, but this writes {fmt}: name it "
        f"{stem}{own}, or give -f {named[0]}"
    )


def _a_file_to_name(path: Path) -> bool:
    """Whether `path` is a file a double-click would open: new or regular, not a pipe or a
    device (`-o /dev/stdout`, `>(gzip > t.gz)`), whose name is not the analyst's to choose."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True


def check_target(store: Store, path: Path, fmt: str | None = None) -> None:
    """Refuse a file an export cannot be written to: the store's own files (`Store.owns`),
    a file in a folder that does not exist, a folder, a table named as a workbook, a file
    named for another format (with `fmt`). Asked before the export is made, so a dialog
    can stay open on a mistyped path."""
    if fmt is not None:
        check_suffix(fmt, path)
    if store.owns(path):
        raise ExportError(
            f"{path} is the store itself (or its journal or lock); choose another file name"
        )
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: no such folder {path.parent}")
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder; name a file in it")
    if fmt is not None:
        check_named(fmt, path)


def write_export(
    snapshot: Snapshot, fmt: str, path: Path, filters: ExportFilter | None = None
) -> str:
    """Write one export file atomically (only the claims `filters` keeps); returns what it
    holds ("12 claims"). Call `check_target` first, while the store is at hand.

    A symbolic link's file is replaced, not the link; what is no regular file (a named
    pipe, /dev/stdout, /dev/null) is written to: renaming over it replaced it with a file."""
    from claimtrack.export import apply_filter, claims_written, export, get_exporter
    from claimtrack.store.storage import atomic_write

    if filters is not None:
        snapshot = apply_filter(snapshot, filters)
    data = export(snapshot, fmt)
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: no such folder {path.parent}")
    try:
        if path.exists() and not path.is_file():  # a pipe, /dev/stdout, /dev/null: write to it
            with open(path, "wb") as fh:
                fh.write(data)
        else:  # the store's own: temp file, fsync, rename; a link's file, not the link
            atomic_write(path.resolve() if path.is_symlink() else path, data)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return claims_written(get_exporter(fmt), snapshot)


def signature_note(snapshot: Snapshot, fmt: str, filters: ExportFilter | None = None) -> str | None:
    """What to tell the analyst when a ClaimReview export names a login name as the author
    of its reviews: each review is signed by whoever recorded the verdict, and without
    $CLAIMTRACK_ANALYST that was the login ("root"), published without a word. None when
    no review is signed so."""
    from claimtrack.export import apply_filter
    from claimtrack.export.claimreview import EXPORTER as CLAIMREVIEW
    from claimtrack.export.claimreview import judged
    from claimtrack.services.context import ANALYST_VARIABLE, fallback_analyst

    fallback = fallback_analyst()
    if fmt != CLAIMREVIEW.name or fallback is None:
        return None
    if filters is not None:
        snapshot = apply_filter(snapshot, filters)
    verdicts = [snapshot.verdict(c) for c in snapshot.claims if judged(snapshot, c)]
    signed = sum(1 for v in verdicts if v is not None and v.analyst == fallback)
    if not signed:
        return None
    said = f"{signed} of {counted(len(verdicts), 'review')} {'is' if signed == 1 else 'are'}"
    if chosen := os.environ.get(ANALYST_VARIABLE, "").strip():
        return (
            f"{said} signed {fallback!r}, the login name recorded before {ANALYST_VARIABLE} was "
            f"set; verdicts recorded now are signed {chosen!r}"
        )
    return (
        f"{said} signed {fallback!r}, the login name recorded when {ANALYST_VARIABLE} is not "
        f'set: set it (export {ANALYST_VARIABLE}="Your Name") before recording verdicts to '
        "sign them as you"
    )
