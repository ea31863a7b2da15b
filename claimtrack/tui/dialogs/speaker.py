"""The speaker dialog: name, aliases and side, to add a speaker or edit one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from claimtrack.errors import ClaimtrackError
from claimtrack.tui.dialogs.fields import labelled, refuse
from claimtrack.tui.text import clean


@dataclass(frozen=True, slots=True)
class SpeakerInput:
    """A new speaker as typed: aliases are comma-separated in the form."""

    name: str
    aliases: tuple[str, ...] = ()
    side: str | None = None


class SpeakerDialog(ModalScreen[SpeakerInput | None]):
    """Three fields; ⏎ moves on, ⏎ in the last one adds (or saves) the speaker."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel", show=False)]

    def __init__(
        self,
        name: str = "",
        *,
        editing: SpeakerInput | None = None,
        typed: SpeakerInput | None = None,
        check: Callable[[SpeakerInput], object] | None = None,
    ) -> None:
        """`editing`: the speaker as it is, to be changed (the fields start filled); `typed`:
        what was typed in an add that was refused, offered again; `check` refuses what was
        typed (ClaimtrackError) before the dialog closes, so nothing typed is lost."""
        super().__init__()
        self.initial = editing or typed or SpeakerInput(name)
        self.editing = editing is not None
        self._check = check

    def compose(self) -> ComposeResult:
        """Name, aliases, side."""
        start = self.initial
        with Vertical(classes="dialog prompt labelled"):
            title = f"Edit speaker {start.name}" if self.editing else "Add speaker"
            yield Label(Text(clean(title)), classes="dialog-title")
            aliases = ", ".join(start.aliases)
            yield labelled(Input(start.name, placeholder="name", id="name"))
            yield labelled(Input(aliases, placeholder="aliases, comma-separated", id="aliases"))
            yield labelled(Input(start.side or "", placeholder="side (e.g. Azerbaijan)", id="side"))
            verb = "save" if self.editing else "add"
            yield Label(Text(f"⏎ next / {verb} · esc cancel"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Start in the name field."""
        self.query_one("#name", Input).focus()

    @on(Input.Submitted, "#name")
    def _name_done(self) -> None:
        self.query_one("#aliases", Input).focus()

    @on(Input.Submitted, "#aliases")
    def _aliases_done(self) -> None:
        self.query_one("#side", Input).focus()

    @on(Input.Submitted, "#side")
    def _side_done(self) -> None:
        aliases = self.query_one("#aliases", Input).value.split(",")
        answer = SpeakerInput(
            self.query_one("#name", Input).value.strip(),
            tuple(a.strip() for a in aliases if a.strip()),
            self.query_one("#side", Input).value.strip() or None,
        )
        if self._check is not None:
            try:
                self._check(answer)
            except ClaimtrackError as exc:  # stay, with everything typed, on the bad field
                said = str(exc)
                alias = any(repr(a) in said for a in answer.aliases)
                bad = "aliases" if alias and repr(answer.name) not in said else "name"
                refuse(self, said, self.query_one(f"#{bad}", Input))
                return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        """Close without adding."""
        self.dismiss(None)
