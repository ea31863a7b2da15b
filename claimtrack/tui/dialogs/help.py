"""The `?` help screen: the action table, scope by scope."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from claimtrack.tui.actions import SCOPE_TITLES, actions_for, scopes


def help_text(current: str | None = None) -> Text:
    """Every key with what it does; the current view's keys first."""
    order = scopes()
    if current in order:  # the view's own keys first
        order.remove(current)
        order.insert(0, current)
    text = Text()
    for scope in order:
        text.append(f"{SCOPE_TITLES.get(scope, scope)}\n", style="bold underline")
        for action in actions_for(scope):
            text.append(f"  {action.key_display:<8}", style="bold")
            text.append(f" {action.help}\n")
        text.append("\n")
    return text


class HelpScreen(ModalScreen[None]):
    """Scrollable key reference; escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "close", show=False),
        Binding("j,down", "scroll(1)", show=False),
        Binding("k,up", "scroll(-1)", show=False),
    ]

    def __init__(self, current: str | None = None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        """Title, the reference, a hint."""
        with Vertical(classes="dialog help"):
            yield Label(Text("Keys"), classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(help_text(self.current))
            yield Label(Text("↑↓ scroll · esc close"), classes="dialog-hint")

    def action_scroll(self, step: int) -> None:
        """Scroll the reference."""
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=step, animate=False)

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
