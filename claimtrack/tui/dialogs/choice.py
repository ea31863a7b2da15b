"""One-key choice dialogs: the relation of a link, built from the action table."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from claimtrack.tui.actions import actions_for, bindings_for


class RelationDialog(ModalScreen[str | None]):
    """Press c, s or r to choose how the claims relate; escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *bindings_for("relation"),
        Binding("escape", "cancel", "cancel", show=False),
    ]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        """Title and one line per relation key."""
        with Vertical(classes="dialog choice"):
            yield Label(Text(self.title_text), classes="dialog-title")
            for action in actions_for("relation"):
                yield Label(Text.assemble((f" {action.key_display} ", "bold reverse"), " ",
                                          action.description))  # fmt: skip
            yield Label(Text("esc cancel"), classes="dialog-hint")

    def action_relation(self, relation: str) -> None:
        """Choose `relation`."""
        self.dismiss(relation)

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
