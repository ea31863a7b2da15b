"""The `?` help screen: the action table, scope by scope."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from claimtrack.tui.actions import SCOPE_TITLES, actions_for, scopes


def _ordered_scopes(current: str | None) -> list[str]:
    """Every scope with keys, the current view's first."""
    order = scopes()
    if current in order:
        order.remove(current)
        order.insert(0, current)
    return order


def help_text(current: str | None = None) -> Text:
    """Every key with what it does; the current view's keys first."""
    text = Text()
    for scope in _ordered_scopes(current):
        text.append(f"{SCOPE_TITLES.get(scope, scope)}\n", style="bold underline")
        for action in actions_for(scope):
            text.append(f"  {action.key_display:<8}", style="bold")
            text.append(f" {action.help}\n")
        text.append("\n")
    return text


def help_table(current: str | None = None) -> Group:
    """`help_text` as the help screen draws it: a description that wraps stays in its own
    column (it restarted at the box's edge, under the keys)."""
    parts: list[RenderableType] = []
    for scope in _ordered_scopes(current):
        parts.append(Text(SCOPE_TITLES.get(scope, scope), style="bold underline"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=8, no_wrap=True)
        grid.add_column(ratio=1)
        for action in actions_for(scope):
            grid.add_row(Text(f"  {action.key_display}", style="bold"), Text(action.help))
        parts += [grid, Text("")]
    return Group(*parts)


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
                yield Static(help_table(self.current))
            yield Label(Text("↑↓ scroll · esc close"), classes="dialog-hint")

    def action_scroll(self, step: int) -> None:
        """Scroll the reference."""
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=step, animate=False)

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
