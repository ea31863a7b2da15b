"""The command palette: entries generated from the action table ("view: Claims") and exporters."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from claimtrack.tui.actions import palette_actions


class ActionCommands(Provider):
    """Every palette-enabled action of the app and of the current view, plus `export: <fmt>`."""

    def _commands(self) -> list[tuple[str, Callable[[], Any], str]]:
        app: Any = self.app
        view = app.view_screen()
        scopes = ["app"] + ([view.SCOPE] if view is not None else [])
        out: list[tuple[str, Callable[[], Any], str]] = []
        for action in palette_actions(scopes):
            target = app if action.scope == "app" else view
            out.append(
                (
                    action.palette_name,
                    partial(target.run_action, action.action),
                    f"{action.help} · key {action.key_display}",
                )
            )
        for name, _suffix, description in app.export_formats():
            out.append((f"export: {name}", partial(app.action_export, name), description))
        return out

    async def discover(self) -> Hits:
        """All entries, before anything is typed."""
        for name, command, help_text in self._commands():
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        """Entries matching what is typed, best first."""
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, help=help_text)
