"""The view tabs across the top and the background-job line above the footer."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import ProgressBar, Static

from claimtrack.tui.actions import VIEWS
from claimtrack.tui.text import clean


def tabs_text(current: str, store_name: str, width: int = 80) -> Text:
    """`1 Sources  2 Reader [3 Claims] …` with the current view bracketed (not colour alone)."""
    text = Text()
    narrow = width < 76
    for key, name, title in VIEWS:
        short = "Suggest" if name == "suggestions" and width < 90 else title
        if name == current:
            text.append(f"[{key} {short}]", style="bold reverse")
        elif narrow:  # only the keys of the other views fit
            text.append(f" {key} ")
        else:
            text.append(f" {key} {short} ")
    rest = width - text.cell_len - 1
    if rest > 4:
        label = clean(store_name, one_line=True)
        if len(label) > rest:
            label = "…" + label[-(rest - 1) :]
        text.append(" " + label.rjust(rest), style="dim")
    return text


class TabBar(Static):
    """The views, the current one marked; repainted by the screen."""

    def show(self, current: str, store_name: str) -> None:
        """Render the tabs for `current`."""
        self.update(tabs_text(current, store_name, self.size.width or 80))


class JobBar(ProgressBar):
    """A progress bar shown only while a background job (import, export) runs."""
