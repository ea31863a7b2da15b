"""The source dialog: correct an imported document's title, outlet, date, language, address
and reliability grade."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from claimtrack.errors import ClaimtrackError
from claimtrack.tui.dialogs.fields import labelled_fields, refuse

FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "title (the headline)"),
    ("outlet", "outlet (e.g. Gatra)"),
    ("published", "YYYY-MM-DD"),
    ("lang", "en, id, ru…"),
    ("reliability", "A–F (Admiralty)"),
    ("url", "address"),
)
"""The fields, in the order ⏎ walks them, with their placeholders."""


_REFUSED = (
    ("title", "title"),
    ("date", "published"),
    ("language", "lang"),
    ("URL", "url"),
    ("reliability", "reliability"),
)
"""A word of a refusal, and the field it is about (the focus goes back there)."""


@dataclass(frozen=True, slots=True)
class SourceInput:
    """A source's metadata as shown or typed (empty = none)."""

    title: str
    outlet: str = ""
    published: str = ""
    lang: str = ""
    reliability: str = ""
    url: str = ""


class SourceDialog(ModalScreen[SourceInput | None]):
    """One field per line; ⏎ moves on, ⏎ in the last one saves; escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel", show=False)]

    def __init__(
        self,
        source_id: str,
        now: SourceInput,
        check: Callable[[SourceInput], None] | None = None,
    ) -> None:
        """`check` refuses what was typed (ClaimtrackError) before the dialog closes."""
        super().__init__()
        self.source_id = source_id
        self.now = now
        self._check = check

    def compose(self) -> ComposeResult:
        """The fields, filled with what the source holds."""
        with Vertical(classes="dialog prompt labelled"):
            yield Label(Text(f"Edit source {self.source_id}"), classes="dialog-title")
            yield from labelled_fields(
                FIELDS, {name: getattr(self.now, name) for name, _ in FIELDS}
            )
            yield Label(Text("⏎ next / save · esc cancel"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Start at the first field, the title, as the speaker dialog starts at the name: ⏎
        then walks the fields in the order they are shown. Started at the outlet (the field
        a bare import lacks), ⏎ four times went one field past where the analyst counted,
        and the grade typed there was saved as the address."""
        self.query_one(f"#{FIELDS[0][0]}", Input).focus()

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        names = [name for name, _ in FIELDS]
        field = event.input.id or ""
        if field != names[-1]:
            self.query_one(f"#{names[names.index(field) + 1]}", Input).focus()
            return
        answer = SourceInput(*(self.query_one(f"#{name}", Input).value.strip() for name in names))
        if self._check is not None:
            try:
                self._check(answer)
            except ClaimtrackError as exc:  # stay, with everything typed, on the bad field
                said = str(exc)
                bad = next((field for word, field in _REFUSED if word in said), None)
                refuse(self, said, self.query_one(f"#{bad}", Input) if bad else None)
                return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
