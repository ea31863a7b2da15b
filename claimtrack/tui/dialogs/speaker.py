"""The speaker dialog: name, aliases, side and kind, to add a speaker or edit one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
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
from claimtrack.model import CHOICE_SYNONYMS, SPEAKER_KINDS
from claimtrack.services.speakers import SideTypo
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
    """The speaker kind `typed` names: any case, a word meaning it (`CHOICE_SYNONYMS`:
    "official" is a person), or the start of one kind ("pers", "gov");
    None for nothing typed. Refuses what names no kind, or several ("m")."""
    key = typed.strip().casefold()
    if not key:
        return None
    found = [k for k in SPEAKER_KINDS if k in (key, CHOICE_SYNONYMS.get(key))] or [
        k for k in SPEAKER_KINDS if k.startswith(key)
    ]
    if len(found) == 1:
        return found[0]
    could = f"could be {', '.join(found)}" if found else f"expected {', '.join(SPEAKER_KINDS)}"
    raise ValidationError(f"speaker kind {typed.strip()!r}: {could}")


class SideTypoDialog(ModalScreen[str | None]):
    """A new side that looks like a typo of one in use (or of a country), asked about before
    anything is saved, as `speaker add/edit` refuse it without `--new-side`: ⏎ uses the side
    meant, `k` keeps it as typed (a new side), escape goes back to the side field. The answer
    is the side to save, or None for back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "use", "use", show=False),
        Binding("k", "keep", "keep", show=False),
        Binding("escape", "back", "back", show=False),
    ]

    def __init__(self, typo: SideTypo, typed: str) -> None:
        """`typo`: what `services.speakers.side_typo` said of `typed`, and the side meant."""
        super().__init__()
        self.hint = typo.message
        self.typed = typed
        self.meant = typo.meant

    def compose(self) -> ComposeResult:
        """The hint, then one line per key."""
        with Vertical(classes="dialog choice link"):
            yield Label(Text(clean(self.hint)), classes="dialog-title")
            said = f"use {clean(self.meant, one_line=True)!r}"
            yield Label(Text.assemble((" ⏎   ", "bold reverse"), " ", said))
            said = f"keep {clean(self.typed, one_line=True)!r} as a new side"
            yield Label(Text.assemble((" k   ", "bold reverse"), " ", said))
            yield Label(Text.assemble((" esc ", "bold reverse"), " back to the side, to retype it"))

    def action_use(self) -> None:
        """Save the side meant."""
        self.dismiss(self.meant)

    def action_keep(self) -> None:
        """Save the side as typed: a new side."""
        self.dismiss(self.typed)

    def action_back(self) -> None:
        """Save nothing; back to the side field as typed."""
        self.dismiss(None)


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
        side_typo: Callable[[str | None], SideTypo | None] | None = None,
    ) -> None:
        """`editing`: the speaker as it is, to be changed (the fields start filled); `typed`:
        what was typed in an add that was refused, offered again; `check` refuses what was
        typed (ClaimtrackError) before the dialog closes, so nothing typed is lost; `sides`:
        the sides in use, most used first, offered in the side field; `side_typo(side)` says
        when a side looks like a typo (`services.speakers.side_typo`): it is asked about
        before the dialog closes (use the side meant, keep it, or back to retype it), as the
        CLI refuses it without `--new-side`; saved first and warned of after, the typo was
        in the store, its claims split from their side's."""
        super().__init__()
        self._side_typo = side_typo
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
        typo = self._side_typo(answer.side) if self._side_typo and answer.side else None
        if typo is None or answer.side is None:
            self.dismiss(answer)
            return
        field = self.query_one("#side", Input)

        def answered(side: str | None) -> None:
            if side is None:  # back to the side, as typed, to retype it
                field.focus()
            else:
                self.dismiss(replace(answer, side=side))

        self.app.push_screen(SideTypoDialog(typo, answer.side), answered)

    def action_cancel(self) -> None:
        """Close without adding."""
        self.dismiss(None)
