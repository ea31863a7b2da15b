"""The add-speaker dialog: name, aliases and side."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


@dataclass(frozen=True, slots=True)
class SpeakerInput:
    """A new speaker as typed: aliases are comma-separated in the form."""

    name: str
    aliases: tuple[str, ...] = ()
    side: str | None = None


class SpeakerDialog(ModalScreen[SpeakerInput | None]):
    """Three fields; ⏎ moves on, ⏎ in the last one adds the speaker."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel", show=False)]

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.initial = name

    def compose(self) -> ComposeResult:
        """Name, aliases, side."""
        with Vertical(classes="dialog prompt"):
            yield Label(Text("Add speaker"), classes="dialog-title")
            yield Input(self.initial, placeholder="name", id="name")
            yield Input(placeholder="aliases, comma-separated", id="aliases")
            yield Input(placeholder="side (e.g. Azerbaijan)", id="side")
            yield Label(Text("⏎ next / add · esc cancel"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Start in the name field."""
        self.query_one("#name", Input).focus()

    @on(Input.Submitted, "#name")
    def _name_done(self) -> None:
        self.query_one("#aliases", Input).focus()

    @on(Input.Submitted, "#aliases")
    def _aliases_done(self) -> None:
        self.query_one("#side", Input).focus()

    @on(Input.Submitted, "#side")
    def _side_done(self) -> None:
        aliases = self.query_one("#aliases", Input).value.split(",")
        self.dismiss(
            SpeakerInput(
                self.query_one("#name", Input).value.strip(),
                tuple(a.strip() for a in aliases if a.strip()),
                self.query_one("#side", Input).value.strip() or None,
            )
        )

    def action_cancel(self) -> None:
        """Close without adding."""
        self.dismiss(None)
