"""A one-field text prompt (note, search, import path, export path)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from claimtrack.errors import ClaimtrackError
from claimtrack.tui.dialogs.fields import refuse
from claimtrack.tui.text import clean


class PromptDialog(ModalScreen[str | None]):
    """Dismisses with the typed text on ⏎ (may be empty), None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel", show=False)]

    def __init__(
        self,
        title: str,
        value: str = "",
        *,
        placeholder: str = "",
        hint: str = "",
        check: Callable[[str], object] | None = None,
    ) -> None:
        """`check` refuses what was typed (stripped; ClaimtrackError) before the prompt
        closes: the refusal shows in place and the text stays to correct."""
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.hint = hint or "⏎ ok · esc cancel"
        self._check = check

    def compose(self) -> ComposeResult:
        """Title, the field and a hint."""
        with Vertical(classes="dialog prompt"):
            yield Label(Text(clean(self.title_text)), classes="dialog-title")
            yield Input(self.value, placeholder=self.placeholder, id="value")
            yield Label(Text(self.hint), classes="dialog-hint")

    def on_mount(self) -> None:
        """Focus the field."""
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if self._check is not None:
            try:
                self._check(event.value.strip())
            except ClaimtrackError as exc:
                refuse(self, str(exc), event.input)
                return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Close without a value."""
        self.dismiss(None)
