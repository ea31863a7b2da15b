"""Where to split a statement: its text with a cut the analyst moves word by word."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from claimtrack.tui.actions import bindings_for
from claimtrack.tui.text import clean

CUT_MARK = " ✂ "
"""Shown at the cut, between the part that stays and the part that becomes new."""


class SplitDialog(ModalScreen[int | None]):
    """Dismisses with the offset to cut at (in the source's text) on ⏎, None on escape.

    The cut sits before a word (`services.spans.word_starts`), so no word is broken and the
    whitespace at the cut belongs to neither part; it starts at the word nearest the middle,
    where a second speaker's clause most often begins."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *bindings_for("split"),
        Binding("escape", "cancel", "cancel", show=False),
    ]

    def __init__(self, title: str, said: str, start: int, cuts: Sequence[int]) -> None:
        """`said` is the statement's text, `start` where it begins in its source, `cuts` the
        offsets in the source the cut may take (at least one)."""
        super().__init__()
        self.title_text = title
        self.said = said
        self.start = start
        self.cuts = list(cuts)
        middle = start + len(said) / 2
        self.index = min(range(len(self.cuts)), key=lambda i: abs(self.cuts[i] - middle))

    @property
    def at(self) -> int:
        """The offset the cut is at now."""
        return self.cuts[self.index]

    def compose(self) -> ComposeResult:
        """Title, the statement cut in two, and the keys."""
        with Vertical(classes="dialog split"):
            yield Label(Text(clean(self.title_text)), classes="dialog-title")
            yield Static(self._parts(), id="parts")
            yield Label(
                Text("←/→ a word · home/end first/last word · ⏎ split here · esc cancel"),
                classes="dialog-hint",
            )

    def _parts(self) -> Text:
        """The part that keeps the statement, the cut, and the part that becomes new."""
        cut = self.at - self.start
        out = Text(clean(self.said[:cut].rstrip(), one_line=True))
        out.append(CUT_MARK, style="bold reverse")
        out.append(clean(self.said[cut:], one_line=True), style="italic")
        out.append("\n\nthe first part keeps the speaker, claim and note; ", style="dim")
        out.append("the second is a new statement, to review", style="dim italic")
        return out

    def _move(self, step: int) -> None:
        self.index = max(0, min(len(self.cuts) - 1, self.index + step))
        self.query_one("#parts", Static).update(self._parts())

    def action_cut_left(self) -> None:
        """The cut one word earlier."""
        self._move(-1)

    def action_cut_right(self) -> None:
        """The cut one word later."""
        self._move(1)

    def action_cut_first(self) -> None:
        """The cut after the first word: a lead ("Meanwhile,") off the claim."""
        self._move(-len(self.cuts))

    def action_cut_last(self) -> None:
        """The cut before the last word: an attribution ("…, he said") off the claim."""
        self._move(len(self.cuts))

    def action_split_here(self) -> None:
        """Split at the cut."""
        self.dismiss(self.at)

    def action_cancel(self) -> None:
        """Close without splitting."""
        self.dismiss(None)
