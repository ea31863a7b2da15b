"""The export dialog: choose a format, then the file to write."""

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
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Which format to write where."""

    fmt: str
    path: str


class ExportDialog(ModalScreen[ExportRequest | None]):
    """A list of formats (name, description); ⏎ then asks for the path (prefilled)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel", show=False)]

    def __init__(
        self, formats: list[tuple[str, str, str]], fmt: str | None = None, folder: str = ""
    ) -> None:
        """`formats`: (name, suffix, description); `fmt` preselects one and asks for the path;
        `folder`: where the proposed file goes (the store's folder)."""
        super().__init__()
        self.formats = formats
        self.fmt = fmt
        self.folder = folder

    def compose(self) -> ComposeResult:
        """Formats, the path field, a hint."""
        with Vertical(classes="dialog export"):
            yield Label(Text("Export"), classes="dialog-title")
            yield OptionList(
                *(Option(Text(f"{name:<12} {desc}"), id=name) for name, _, desc in self.formats),
                id="formats",
            )
            yield Input(placeholder="file to write", id="path")
            yield Label(Text("⏎ choose · esc cancel"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Focus the formats, or go straight to the path when a format was given."""
        if self.fmt is not None:
            self._choose(self.fmt)
        else:
            self.query_one("#path", Input).display = False
            self.query_one(OptionList).focus()

    def _choose(self, fmt: str) -> None:
        self.fmt = fmt
        suffix = next((s for n, s, _ in self.formats if n == fmt), "")
        self.query_one(OptionList).display = False
        field = self.query_one("#path", Input)
        field.display = True
        name = f"claimtrack-export{suffix}"
        field.value = str(Path(self.folder) / name) if self.folder else name
        field.focus()
        self.query_one(".dialog-title", Label).update(Text(f"Export {fmt} to…"))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self._choose(event.option.id)

    @on(Input.Submitted, "#path")
    def _path(self, event: Input.Submitted) -> None:
        if self.fmt and event.value.strip():
            self.dismiss(ExportRequest(self.fmt, event.value.strip()))

    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)
