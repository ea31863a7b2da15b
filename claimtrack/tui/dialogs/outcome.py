"""The outcome dialog: one key per verdict, then a note and an evidence URL."""

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

from claimtrack.tui.actions import actions_for, bindings_for
from claimtrack.tui.text import verdict_label


@dataclass(frozen=True, slots=True)
class OutcomeInput:
    """The verdict with the analyst's note and evidence address (empty = none)."""

    verdict: str
    note: str = ""
    evidence: str = ""


class OutcomeDialog(ModalScreen[OutcomeInput | None]):
    """Press a verdict key; then type a note (⏎) and an evidence URL (⏎ records it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *bindings_for("outcome"),
        Binding("escape", "cancel", "cancel", show=False),
    ]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title
        self.verdict: str | None = None

    def compose(self) -> ComposeResult:
        """Verdict keys first; the fields appear once a verdict is chosen."""
        with Vertical(classes="dialog outcome"):
            yield Label(Text(self.title_text), classes="dialog-title")
            with Vertical(id="verdicts"):
                for action in actions_for("outcome"):
                    yield Label(Text.assemble((f" {action.key_display} ", "bold reverse"), " ",
                                              verdict_label(action.description)))  # fmt: skip
            yield Label(Text(""), id="chosen")
            yield Input(placeholder="note (optional) ⏎", id="note", disabled=True)
            yield Input(placeholder="evidence URL (optional) ⏎ records", id="evidence",
                        disabled=True)  # fmt: skip
            yield Label(Text("press a verdict key · esc cancel"), classes="dialog-hint")

    def action_verdict(self, verdict: str) -> None:
        """Choose the verdict and move on to the note."""
        self.verdict = verdict
        self.query_one("#verdicts").display = False
        self.query_one("#chosen", Label).update(Text.assemble("verdict: ", verdict_label(verdict)))
        for field in self.query(Input):
            field.disabled = False
        self.query_one("#note", Input).focus()
        self.query_one(".dialog-hint", Label).update(Text("⏎ next field / record · esc cancel"))

    @on(Input.Submitted, "#note")
    def _note_done(self) -> None:
        self.query_one("#evidence", Input).focus()

    @on(Input.Submitted, "#evidence")
    def _evidence_done(self) -> None:
        if self.verdict is None:
            return
        self.dismiss(
            OutcomeInput(
                self.verdict,
                self.query_one("#note", Input).value.strip(),
                self.query_one("#evidence", Input).value.strip(),
            )
        )

    def action_cancel(self) -> None:
        """Close without recording."""
        self.dismiss(None)
