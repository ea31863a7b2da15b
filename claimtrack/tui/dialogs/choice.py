"""One-key choice dialogs: the relation of a link, built from the action table."""

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
from claimtrack.tui.actions import RELATION_KEYS, actions_for, bindings_for
from claimtrack.tui.dialogs.fields import refuse
from claimtrack.tui.text import clean

NOTE_HINT = f"⏎ keep the note, then {'/'.join(key for key, _ in RELATION_KEYS)} · esc drops it"


@dataclass(frozen=True, slots=True)
class LinkChoice:
    """The relation chosen, and the analyst's note on the link (empty = none)."""

    relation: str
    note: str = ""


class RelationDialog(ModalScreen[LinkChoice | None]):
    """Press c, s or r to choose how the claims relate; `n` first writes a note on the link
    (why they relate). Escape while the note is typed drops what this `n` typed, back to the
    keys; at the keys it closes the dialog (the link flow then goes back to its claim
    picker)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *bindings_for("relation"),
        Binding("escape", "back", "back", show=False),
    ]
    AUTO_FOCUS = ""  # a kept note's field shows, but the keys choose until `n` is pressed

    def __init__(
        self,
        title: str,
        check: Callable[[str], object] | None = None,
        ends: tuple[str, str] | None = None,
        esc: str = "cancel",
        note: str = "",
    ) -> None:
        """`check` refuses a relation (ClaimtrackError) while the dialog is open: another
        key may do, and the note typed is kept. `ends`: how the title names the two claims
        ("A", "B"), so each key says which way the link goes ("A responds to B"). `esc`:
        what closing the dialog with escape does, as its hint says ("back to the claims").
        `note`: one typed before, kept (the dialog reopened after stepping back)."""
        super().__init__()
        self.title_text = title
        self._check = check
        self.ends = ends
        self.esc = esc
        self._kept = note
        """The note as it was before the field was last opened (escape puts it back)."""
        self._initial_note = note
        self.left_note = ""
        """The note typed when escape closed the dialog at its keys, for the flow that
        reopens it (stepping back to pick another claim dropped a note already written)."""

    def _says(self, action_key: str, description: str) -> str:
        """What a key does: "A contradicts B" once the claims are named, else the relation."""
        if self.ends is None or action_key not in dict(RELATION_KEYS):
            return description
        a, b = self.ends
        return f"{a} {description.replace('-', ' ')} {b}"

    def compose(self) -> ComposeResult:
        """Title, one line per key, and the note field (shown once `n` is pressed)."""
        with Vertical(classes="dialog choice link" if self.ends else "dialog choice"):
            yield Label(Text(clean(self.title_text)), classes="dialog-title")
            for action in actions_for("relation"):
                said = self._says(action.key, action.description)
                yield Label(Text.assemble((f" {action.key_display} ", "bold reverse"), " ", said))
            yield Input(placeholder="note on the link ⏎", id="note", disabled=True)
            yield Label(Text(f"esc {self.esc}"), classes="dialog-hint")

    def on_mount(self) -> None:
        """The keys alone until a note is asked for (or the note kept from before)."""
        field = self.query_one("#note", Input)
        if self._initial_note:
            field.value = self._initial_note
            field.disabled = False
            self._keys_hint(self.note)
        else:
            field.display = False

    @property
    def note(self) -> str:
        """The note typed so far."""
        return self.query_one("#note", Input).value.strip()

    def action_note(self) -> None:
        """Show the note field and type in it."""
        field = self.query_one("#note", Input)
        self._kept = field.value
        field.disabled = False
        field.display = True
        self.call_after_refresh(field.focus)  # not now: the `n` being handled would be typed
        self.query_one(".dialog-hint", Label).update(Text(NOTE_HINT))

    @on(Input.Submitted, "#note")
    def _note_done(self) -> None:
        """Back to the relation keys, the note kept."""
        self.set_focus(None)
        self._keys_hint(self.note)

    def _keys_hint(self, note: str) -> None:
        keys = "/".join(key for key, _ in RELATION_KEYS)
        hint = f"note kept · {keys} link · n edit · esc {self.esc}" if note else f"esc {self.esc}"
        self.query_one(".dialog-hint", Label).update(Text(hint))

    def action_relation(self, relation: str) -> None:
        """Choose `relation`."""
        if self._check is not None:
            try:
                self._check(relation)
            except ClaimtrackError as exc:
                refuse(self, str(exc))
                return
        self.dismiss(LinkChoice(relation, self.note))

    def action_back(self) -> None:
        """While the note is typed, back to the keys with the note as it was before `n`
        (none: the field goes); at the keys, close without choosing."""
        field = self.query_one("#note", Input)
        if self.focused is not field:
            self.left_note = self.note
            self.dismiss(None)
            return
        field.value = self._kept
        self.set_focus(None)
        if not self._kept:
            field.display = False
            field.disabled = True
        self._keys_hint(self._kept)


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question: y (and ⏎, unless the answer destroys work) says yes; n or escape
    says no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "yes", show=False),
        Binding("enter", "enter", "yes", show=False),
        Binding("n", "answer(False)", "no", show=False),
        Binding("escape", "answer(False)", "no", show=False),
    ]

    def __init__(
        self, question: str, *, enter: bool = True, yes: str = "yes", no: str = "no"
    ) -> None:
        """`enter=False`: only `y` says yes, for a question a key pressed out of habit must
        not answer (⏎ accepts in the Reader); `yes`, `no`: what the hint says they do."""
        super().__init__()
        self.question = question
        self._enter = enter
        self._yes = yes
        self._no = no

    def compose(self) -> ComposeResult:
        """The question and its keys."""
        with Vertical(classes="dialog choice"):
            yield Label(Text(clean(self.question)), classes="dialog-title")
            yes = "y / ⏎" if self._enter else "y"
            yield Label(Text(f"{yes} {self._yes} · n / esc {self._no}"), classes="dialog-hint")

    def action_enter(self) -> None:
        """⏎ says yes when it may."""
        if self._enter:
            self.dismiss(True)

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)
