"""The speaker dialog: name, aliases, side and kind, to add a speaker or edit one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from claimtrack.errors import ClaimtrackError, ValidationError
from claimtrack.model import SPEAKER_KINDS
from claimtrack.tui.dialogs.fields import labelled, refuse
from claimtrack.tui.text import clean

FIELDS = ("name", "aliases", "side", "kind")
"""The fields in the order ⏎ walks them; ⏎ in the last one adds (or saves)."""


@dataclass(frozen=True, slots=True)
class SpeakerInput:
    """A new speaker as typed: aliases are comma-separated in the form; kind None is left
    as it is (a new speaker: "other")."""

    name: str
    aliases: tuple[str, ...] = ()
    side: str | None = None
    kind: str | None = None


def kind_named(typed: str) -> str | None:
    """The speaker kind `typed` names: any case, or the start of one kind ("pers", "gov");
    None for nothing typed. Refuses what names no kind, or several ("m")."""
    key = typed.strip().casefold()
    if not key:
        return None
    found = [k for k in SPEAKER_KINDS if k == key] or [
        k for k in SPEAKER_KINDS if k.startswith(key)
    ]
    if len(found) == 1:
        return found[0]
    could = f"could be {', '.join(found)}" if found else f"expected {', '.join(SPEAKER_KINDS)}"
    raise ValidationError(f"speaker kind {typed.strip()!r}: {could}")


class SpeakerDialog(ModalScreen[SpeakerInput | None]):
    """Four fields; ⏎ moves on, ⏎ in the last one adds (or saves) the speaker."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel", show=False)]

    def __init__(
        self,
        name: str = "",
        *,
        editing: SpeakerInput | None = None,
        typed: SpeakerInput | None = None,
        check: Callable[[SpeakerInput], object] | None = None,
        sides: Sequence[str] = (),
    ) -> None:
        """`editing`: the speaker as it is, to be changed (the fields start filled); `typed`:
        what was typed in an add that was refused, offered again; `check` refuses what was
        typed (ClaimtrackError) before the dialog closes, so nothing typed is lost; `sides`:
        the sides in use, most used first, offered in the side field."""
        super().__init__()
        self.sides = tuple(sides)
        self.initial = editing or typed or SpeakerInput(name)
        self.editing = editing is not None
        self._check = check

    def compose(self) -> ComposeResult:
        """Name, aliases; side and kind on one row (the dialog fits a 24-line terminal)."""
        start = self.initial
        with Vertical(classes="dialog prompt labelled"):
            title = f"Edit speaker {start.name}" if self.editing else "Add speaker"
            yield Label(Text(clean(title)), classes="dialog-title")
            aliases = ", ".join(start.aliases)
            yield labelled(Input(start.name, placeholder="name", id="name"))
            yield labelled(Input(aliases, placeholder="aliases, comma-separated", id="aliases"))
            # The sides of this investigation, not the demo's "e.g. Azerbaijan" on a Sudan desk:
            # a second spelling of one side splits its claims in every filter and export.
            side = Input(
                start.side or "",
                placeholder=f"e.g. {', '.join(self.sides[:2])}" if self.sides else "e.g. a country",
                suggester=SuggestFromList(self.sides, case_sensitive=False) if self.sides else None,
                id="side",
            )
            kind = Input(
                start.kind or "",
                placeholder="person, ministry… (other)",
                suggester=SuggestFromList(SPEAKER_KINDS, case_sensitive=False),
                id="kind",
            )
            yield Horizontal(labelled(side), labelled(kind), classes="field-row")
            verb = "save" if self.editing else "add"
            what = "side or kind" if self.sides else "kind"
            yield Label(Text(f"⏎ next / {verb} · → completes the {what} · esc cancel"),
                        classes="dialog-hint")  # fmt: skip

    def on_mount(self) -> None:
        """Start in the name field."""
        self.query_one("#name", Input).focus()

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        field = event.input.id or ""
        if field != FIELDS[-1]:
            self.query_one(f"#{FIELDS[FIELDS.index(field) + 1]}", Input).focus()
            return
        aliases = self.query_one("#aliases", Input).value.split(",")
        try:
            kind = kind_named(self.query_one("#kind", Input).value)
        except ValidationError as exc:
            refuse(self, str(exc), self.query_one("#kind", Input))
            return
        answer = SpeakerInput(
            self.query_one("#name", Input).value.strip(),
            tuple(a.strip() for a in aliases if a.strip()),
            self.query_one("#side", Input).value.strip() or None,
            kind,
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
