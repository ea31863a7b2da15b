"""Where to split a statement: its text with a cut the analyst moves by word or character."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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
"""Shown at the cut, between the part that stays and the part that becomes new. Its spaces
keep it apart from the text on either side even between two double-width characters, where
nothing else shows the cut (a Chinese or Japanese font has no italics for the new part)."""


class SplitDialog(ModalScreen[int | None]):
    """Dismisses with the offset to cut at (in the source's text) on ⏎, None on escape.

    ←/→ move the cut a word (`services.spans.cut_places`): before the next word, so no word
    is broken and the whitespace at the cut belongs to neither part, and a character at a
    time in Chinese, Japanese or Thai, where no space marks a word (there were no steps at all
    and such a statement could not be split here). ⇧←/⇧→ (or ,/.) move it a character, to a
    cut at a dash or a quote mark written without a space. It starts where a sentence begins
    inside the statement (one joined from two: where they met), else at the word nearest the
    middle, where a second speaker's clause most often begins."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *bindings_for("split"),
        Binding("escape", "cancel", "cancel", show=False),
    ]

    def __init__(
        self,
        title: str,
        said: str,
        start: int,
        cuts: Sequence[int],
        characters: Sequence[int] = (),
        sentences: Sequence[int] = (),
    ) -> None:
        """`said` is the statement's text, `start` where it begins in its source; `cuts` the
        offsets in the source ←/→ step between, `characters` every offset the cut may take,
        a character at a time (at least one of them); `sentences` where a sentence starts
        inside it (`CutPlaces.sentences`): the cut starts at the one nearest the middle."""
        super().__init__()
        self.title_text = title
        self.said = said
        self.start = start
        self.characters = sorted(set(characters) | set(cuts))
        self.cuts = list(cuts) or self.characters
        middle = start + len(said) / 2
        self.at = min(sentences or self.cuts, key=lambda at: abs(at - middle))

    @property
    def index(self) -> int:
        """Which of the word steps the cut is at (or just after)."""
        return max(0, bisect_right(self.cuts, self.at) - 1)

    def compose(self) -> ComposeResult:
        """Title, the statement cut in two, and the keys."""
        with Vertical(classes="dialog split"):
            yield Label(Text(clean(self.title_text)), classes="dialog-title")
            yield Static(self._parts(), id="parts")
            yield Label(Text(self._hint()), classes="dialog-hint")

    def _hint(self) -> str:
        """The keys; ←/→ said to step a character where that is all they do (no spaces)."""
        if not any(self.said[at - self.start - 1].isspace() for at in self.cuts):
            keys = "←/→, ⇧←/⇧→ or ,/. a character · home/end first/last character"
        else:
            keys = "←/→ a word · ⇧←/⇧→ or ,/. a character · home/end first/last word"
        return f"{keys}\n⏎ split here · esc cancel"

    def _parts(self) -> Text:
        """The part that keeps the statement, the cut, and the part that becomes new."""
        cut = self.at - self.start
        out = Text(clean(self.said[:cut].rstrip(), one_line=True))
        out.append(CUT_MARK, style="bold reverse")
        out.append(clean(self.said[cut:], one_line=True), style="italic")
        out.append("\n\nthe first part keeps the speaker, claim and note; ", style="dim")
        out.append("the second is a new statement, to review", style="dim italic")
        return out

    def _go(self, at: int) -> None:
        self.at = at
        self.query_one("#parts", Static).update(self._parts())

    def _step(self, places: list[int], step: int) -> None:
        """To the next place of `places` after the cut (step 1) or before it (-1), if any."""
        if step > 0:
            i = bisect_right(places, self.at)
            if i < len(places):
                self._go(places[i])
        else:
            i = bisect_left(places, self.at)
            if i > 0:
                self._go(places[i - 1])

    def action_cut_left(self) -> None:
        """The cut one word earlier (a character, where no space marks a word)."""
        self._step(self.cuts, -1)

    def action_cut_right(self) -> None:
        """The cut one word later (a character, where no space marks a word)."""
        self._step(self.cuts, 1)

    def action_cut_char_left(self) -> None:
        """The cut one character earlier."""
        self._step(self.characters, -1)

    def action_cut_char_right(self) -> None:
        """The cut one character later."""
        self._step(self.characters, 1)

    def action_cut_first(self) -> None:
        """The cut after the first word: a lead ("Meanwhile,") off the claim."""
        self._go(self.cuts[0])

    def action_cut_last(self) -> None:
        """The cut before the last word: an attribution ("…, he said") off the claim."""
        self._go(self.cuts[-1])

    def action_split_here(self) -> None:
        """Split at the cut."""
        self.dismiss(self.at)

    def action_cancel(self) -> None:
        """Close without splitting."""
        self.dismiss(None)
