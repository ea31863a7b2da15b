"""The action table as Markdown for the README: `python -m claimtrack.tui.keymap` prints it."""

from __future__ import annotations

from claimtrack.tui.actions import ACTIONS, SCOPE_TITLES, Action


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _key(action: Action) -> str:
    key = action.key_display
    return "`` ` ``" if key == "`" else f"`{_cell(key)}`"


def keymap_markdown() -> str:
    """One row per binding: where it works, the key, what it does, its palette entry."""
    lines = [
        "| where | key | does | command palette |",
        "|---|---|---|---|",
    ]
    for action in ACTIONS:
        palette = f"`{_cell(action.palette_name)}`" if action.palette else ""
        lines.append(
            f"| {SCOPE_TITLES.get(action.scope, action.scope)} | {_key(action)} "
            f"| {_cell(action.help)} | {palette} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    """Print the keymap."""
    print(keymap_markdown(), end="")


if __name__ == "__main__":
    main()
