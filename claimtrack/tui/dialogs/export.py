"""The export dialog: choose a format, then what to export (when the view offers a narrower
scope), then the file to write; escape steps back, and cancels from the first step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from claimtrack.errors import ClaimtrackError
from claimtrack.tui.dialogs.choice import ConfirmDialog
from claimtrack.tui.dialogs.fields import refuse
from claimtrack.tui.widgets.choices import ChoiceList

if TYPE_CHECKING:
    from claimtrack.export.filters import ExportFilter


def _format_row(name: str, description: str) -> Table:
    """A format and what it is for, its description wrapping in its own column (a wrapped
    line restarted under the format names)."""
    row = Table.grid(padding=(0, 1))
    row.add_column(width=12, no_wrap=True)
    row.add_column(ratio=1)
    row.add_row(Text(name), Text(description))
    return row


MOST_USED = ("md", "csv", "excel", "gexf", "dot")
"""Listed first: the brief, the tables and the graphs a desk hands on most (a desk found md
fourteenth of fourteen). The CLI's names and its `--help` order are unchanged."""

FORMAT_HINT = "type a name to jump (m md, e excel, g gexf) · ⏎ choose · esc cancel"


def most_used_first(formats: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """`formats` with the MOST_USED ones first, in that order; the rest as given."""
    rank = {name: i for i, name in enumerate(MOST_USED)}
    return sorted(formats, key=lambda f: rank.get(f[0], len(rank)))


class FormatList(ChoiceList):
    """The formats, answering letters typed: the highlight goes to the first format whose
    name starts with what was typed (then to one holding it), so "e" is excel and "gr"
    graphml. A letter that matches nothing starts over from itself; `j` and `k` move as in
    every list unless they continue a name being typed."""

    typed: str = ""
    """The letters typed since the last jump started over."""

    def _find(self, text: str) -> int | None:
        ids = [self.get_option_at_index(i).id or "" for i in range(self.option_count)]
        for test in (str.startswith, str.__contains__):
            for index, name in enumerate(ids):
                if test(name, text):
                    return index
        return None

    def on_key(self, event: events.Key) -> None:
        """Jump on a letter or digit typed (j/k move when no name is being typed)."""
        char = (event.character or "").lower()
        letter = len(char) == 1 and char.isalnum() and (self.typed or char not in "jk")
        found = self._find(self.typed + char) if letter else None
        if found is None and (not letter or char in "jk"):
            self.typed = ""  # a list key moves as everywhere; the next letter starts a name
            return
        event.stop()
        event.prevent_default()
        if found is not None:
            self.typed += char
        else:  # nothing so named: a new name begins
            found = self._find(char)
            self.typed = char if found is not None else ""
        if found is not None:
            self.highlighted = found


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Which format to write where, and which claims (None: everything)."""

    fmt: str
    path: str
    filters: ExportFilter | None = None


class ExportDialog(ModalScreen[ExportRequest | None]):
    """A list of formats (name, description); ⏎ then asks what to export (when the view
    offers more than everything) and for the path (prefilled); a file already there is
    replaced only once confirmed. Escape goes back one step (it threw away the format and the
    path typed): it cancels only from the step the dialog opened on."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "back", show=False)]

    def __init__(
        self,
        formats: list[tuple[str, str, str]],
        fmt: str | None = None,
        folder: str = "",
        scopes: list[tuple[str, ExportFilter]] | None = None,
        check: Callable[[str, str], object] | None = None,
        stem: str = "claimtrack",
    ) -> None:
        """`formats`: (name, suffix, description); `fmt` preselects one (the dialog then opens
        past the formats, and escape there cancels); `folder`: where the proposed file goes
        (the store's folder); `scopes`: (label, filter) of what else than everything the
        current view can export; `check(path, fmt)` refuses a file that cannot be written
        (ClaimtrackError) while the dialog is open, so the path typed is kept; `stem`: the
        investigation's name (the store file's), which the proposed file bears."""
        super().__init__()
        self.stem = stem
        self._check = check
        self.formats = most_used_first(formats)
        self.fmt = fmt
        self.folder = folder
        self.scopes = scopes or []
        self.filters: ExportFilter | None = None
        self.steps: list[str] = []
        """The steps shown so far, the current one last: escape goes back along them."""
        self._typed: tuple[str, str] | None = None
        """(format, path) the analyst had in the path field when they stepped back from it."""

    @property
    def step(self) -> str | None:
        """The step shown: "format", "scope" or "path"."""
        return self.steps[-1] if self.steps else None

    def compose(self) -> ComposeResult:
        """Formats, the path field, a hint."""
        with Vertical(classes="dialog export"):
            yield Label(Text("Export"), classes="dialog-title")
            yield FormatList(
                *(Option(_format_row(name, desc), id=name) for name, _, desc in self.formats),
                id="formats",
            )
            yield ChoiceList(
                Option(Text("everything"), id="all"),
                *(Option(Text(label), id=f"scope-{i}") for i, (label, _) in enumerate(self.scopes)),
                id="scopes",
            )
            yield Input(placeholder="file to write", id="path")
            yield Label(Text(FORMAT_HINT), classes="dialog-hint")

    def on_mount(self) -> None:
        """Focus the formats, or go straight past them when a format was given."""
        if self.fmt is not None:
            self._choose(self.fmt)
        else:
            self._show("format")

    def _show(self, step: str) -> None:
        """Show `step` alone, its title and its keys: escape's word is "back" past the first
        step the dialog showed."""
        if self.step != step:
            self.steps.append(step)
        formats = self.query_one("#formats", FormatList)
        scopes = self.query_one("#scopes", OptionList)
        field = self.query_one("#path", Input)
        formats.display = step == "format"
        scopes.display = step == "scope"
        field.display = step == "path"
        for error in self.query(".dialog-error"):
            error.display = False  # a refused path says nothing about another step
        esc = "esc back" if len(self.steps) > 1 else "esc cancel"
        if step == "format":
            formats.typed = ""
            title, hint, focus = "Export", FORMAT_HINT, formats
        elif step == "scope":
            title, hint, focus = f"Export {self.fmt}: what?", f"⏎ choose · {esc}", scopes
        else:
            title, hint, focus = f"Export {self.fmt} to…", f"⏎ export · {esc}", field
        self.query_one(".dialog-title", Label).update(Text(title))
        self.query_one(".dialog-hint", Label).update(Text(hint))
        focus.focus()

    def _choose(self, fmt: str) -> None:
        self.fmt = fmt
        if self.scopes:
            self._show("scope")
        else:
            self._ask_path()

    def _ask_path(self) -> None:
        field = self.query_one("#path", Input)
        if self._typed is not None and self._typed[0] == self.fmt:
            field.value = self._typed[1]  # back and forth to change the scope: kept as typed
        else:
            field.value = self._proposed_path()
        self._show("path")

    def _proposed_path(self) -> str:
        """A file in the store's folder, named after the investigation and the format, that
        is not there yet."""
        suffix = next((s for n, s, _ in self.formats if n == self.fmt), "")
        folder = Path(self.folder) if self.folder else Path()
        # Named after the investigation ("war-desk-export.md"): "claimtrack-export-3.md" in a
        # folder several stores share told no one which story it held. A format sharing its
        # suffix with another is named ("war-desk-excel.csv" beside "war-desk-export.csv").
        shared = sum(s == suffix for _, s, _ in self.formats) > 1
        named = shared and suffix != f".{self.fmt}"
        base = f"{self.stem}-{self.fmt if named else 'export'}"
        name = f"{base}{suffix}"
        number = 1
        while (folder / name).exists():  # never offer to overwrite an earlier export
            number += 1
            name = f"{base}-{number}{suffix}"
        return str(folder / name) if self.folder else name

    @on(OptionList.OptionSelected, "#formats")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self._choose(event.option.id)

    @on(OptionList.OptionSelected, "#scopes")
    def _scoped(self, event: OptionList.OptionSelected) -> None:
        option = event.option.id or "all"
        self.filters = None if option == "all" else self.scopes[int(option.split("-")[1])][1]
        self._ask_path()

    @on(Input.Submitted, "#path")
    def _path(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        if not self.fmt or not path:
            return
        if self._check is not None:
            try:
                self._check(path, self.fmt)
            except ClaimtrackError as exc:  # say so here; the path stays, to correct
                refuse(self, str(exc), event.input)
                return
        request = ExportRequest(self.fmt, path, self.filters)
        if not Path(path).expanduser().is_file():  # a pipe or /dev/null is written to, not lost
            self.dismiss(request)
            return
        field = event.input

        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self.dismiss(request)
            else:  # back to the name, as typed, to change it
                field.focus()

        # A file typed over an earlier export (the name offered never is one) was replaced
        # without a word: yesterday's brief, or a colleague's table. `y`, not ⏎: a second ⏎
        # out of habit must not answer a question that destroys a file.
        question = f"{path} exists: overwrite it?"
        self.app.push_screen(
            ConfirmDialog(question, enter=False, yes="overwrite", no="back to the name"), answered
        )

    def action_back(self) -> None:
        """Back to the previous step (what was chosen there still highlighted); from the
        first step, close without exporting."""
        if len(self.steps) <= 1:
            self.dismiss(None)
            return
        if self.steps.pop() == "path" and self.fmt is not None:
            self._typed = (self.fmt, self.query_one("#path", Input).value)
        self._show(self.steps[-1])
