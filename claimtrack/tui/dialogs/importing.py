"""The import dialog: paths, plus what the analyst knows about the documents (as `import`'s
options: outlet, date, language, reliability, address)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from claimtrack.errors import ClaimtrackError, IngestError
from claimtrack.model import check_published, check_reliability, check_url, read_date
from claimtrack.tui.dialogs.fields import labelled_fields, refuse


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """Files or folders to import and the metadata to give every one of them (None = unset)."""

    paths: str
    outlet: str | None = None
    published: str | None = None
    lang: str | None = None
    url: str | None = None
    reliability: str | None = None


def check_paths(typed: str) -> None:
    """Refuse paths that do not exist, read as the import reads them (quotes, ~)."""
    from claimtrack.tui.jobs import split_paths  # imports the ingest pipeline: only when asked

    missing = [path for path in split_paths(typed) if not _exists(path)]
    if missing:
        raise IngestError("; ".join(f"{path}: no such file" for path in missing))


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # unreadable: not ours to judge, the import job reports why
        return True


FIELDS: tuple[tuple[str, str], ...] = (
    ("paths", 'files or a folder ("quote" a path with spaces)'),
    ("outlet", "outlet (optional)"),
    ("published", "YYYY-MM-DD (optional)"),
    ("lang", "e.g. id (detected)"),
    ("reliability", "A–F (Admiralty)"),
    ("url", "address, https://… (optional)"),
)
"""The fields in tab order, with their placeholders."""


class ImportDialog(ModalScreen[ImportRequest | None]):
    """Paths first; tab to outlet, date, language, reliability and address; ⏎ imports from any
    field."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel", show=False)]

    def __init__(self, typed: ImportRequest | None = None, refused: str = "") -> None:
        """`typed`: the fields as the analyst filled them for an import the job refused (a file
        found empty once read), shown again with `refused`, why: the batch failing closed the
        dialog and lost every field typed."""
        super().__init__()
        self._typed = typed
        self._refused = refused

    def compose(self) -> ComposeResult:
        """The paths field and the optional metadata fields."""
        typed = self._typed
        values = {} if typed is None else {n: getattr(typed, n) or "" for n, _ in FIELDS}
        with Vertical(classes="dialog prompt labelled"):
            yield Label(Text("Import files or a folder"), classes="dialog-title")
            yield from labelled_fields(FIELDS, values)
            yield Label(Text("⏎ import · tab next field · esc cancel"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Focus the paths (saying first why an import of them was refused, if it was)."""
        paths = self.query_one("#paths", Input)
        if self._refused:
            refuse(self, self._refused, paths)
        else:
            paths.focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        paths = self.query_one("#paths", Input).value.strip()
        if not paths:  # ⏎ on an empty form did nothing, and said nothing
            refuse(
                self,
                "type a file or a folder to import",
                self.query_one("#paths", Input),
            )
            return

        def field(name: str) -> str | None:
            return self.query_one(f"#{name}", Input).value.strip() or None

        # Refused here, not by the import job, so that nothing typed is lost.
        grade = field("reliability")
        checks = (
            (
                "published",
                lambda: check_published(read_date(field("published"), "publication date")),
            ),
            ("url", lambda: check_url(field("url"), "source URL")),
            ("reliability", lambda: grade and check_reliability(grade)),
            ("paths", lambda: check_paths(paths)),
        )
        for name, check in checks:
            try:
                check()
            except ClaimtrackError as exc:  # say so and keep what was typed
                refuse(self, str(exc), self.query_one(f"#{name}", Input))
                return
        lang = field("lang")
        self.dismiss(
            ImportRequest(
                paths,
                field("outlet"),
                field("published"),
                lang.lower() if lang else None,
                field("url"),
                grade,
            )
        )

    def action_cancel(self) -> None:
        """Close without importing."""
        self.dismiss(None)
