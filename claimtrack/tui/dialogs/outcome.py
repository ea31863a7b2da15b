"""The outcome dialog: one key per verdict, then a note, an evidence URL and the date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from claimtrack.errors import ClaimtrackError
from claimtrack.model import check_evidence, read_date
from claimtrack.tui.actions import VERDICT_KEYS, actions_for, bindings_for
from claimtrack.tui.dialogs.fields import labelled, refuse
from claimtrack.tui.text import clean, verdict_label


@dataclass(frozen=True, slots=True)
class OutcomeInput:
    """The verdict with the analyst's note, evidence address and decision date (empty =
    none; no date = today)."""

    verdict: str
    note: str = ""
    evidence: str = ""
    decided: str = ""


def _a_real_day(date: str | None) -> None:
    read_date(date, "decision date")


_VERDICT_OF = dict(VERDICT_KEYS)
CHOOSE_HINT = "press a verdict key · esc cancel"
NOTE_HINT = "type a note or ⏎ to skip · esc: other verdict"
NEXT_HINT = "⏎ next field / record · esc back to the verdicts"
EVIDENCE_HINT = "⏎ record, decided today · tab: set the date"
REFUSED_DATE_HINT = "⏎ says why the date is refused · tab: the date"


class OutcomeDialog(ModalScreen[OutcomeInput | None]):
    """Press a verdict key; then type a note (⏎) and an evidence URL (⏎ records it).

    Once a verdict is chosen every key typed goes into the fields: a verdict key in the empty
    note changed the verdict, so "misread video" became the verdict mostly-true and the note
    "isread video". Escape in the fields goes back to the verdict keys (what was typed comes
    back with the next verdict), and cancels from there, as in the export dialog."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *bindings_for("outcome"),
        Binding("escape", "back", "back", show=False),
    ]

    def __init__(
        self, title: str, check_decided: Callable[[str | None], None] = _a_real_day
    ) -> None:
        """`check_decided` refuses a decision date (ClaimtrackError) before the dialog closes."""
        super().__init__()
        self.title_text = title
        self.verdict: str | None = None
        self._check_decided = check_decided

    def on_mount(self) -> None:
        """The verdict keys alone until one is pressed: every key fits a small terminal."""
        for field in self.query(Input):
            field.display = False

    def compose(self) -> ComposeResult:
        """Verdict keys first; the fields appear once a verdict is chosen."""
        with Vertical(classes="dialog outcome labelled"):
            yield Label(Text(clean(self.title_text)), classes="dialog-title")
            with Vertical(id="verdicts"):
                for action in actions_for("outcome"):
                    yield Label(Text.assemble((f" {action.key_display} ", "bold reverse"), " ",
                                              verdict_label(action.description)))  # fmt: skip
            yield Label(Text(""), id="chosen")
            yield labelled(Input(placeholder="note (optional) ⏎", id="note", disabled=True))
            yield labelled(Input(placeholder="evidence URL (optional) ⏎ records", id="evidence",
                                 disabled=True))  # fmt: skip
            yield labelled(Input(placeholder="decided YYYY-MM-DD (optional: today) ⏎ records",
                                 id="decided", disabled=True))  # fmt: skip
            yield Label(Text(CHOOSE_HINT), classes="dialog-hint")

    def on_key(self, event: events.Key) -> None:
        """Answer the keys that reach the dialog itself, in the order typed.

        A fast typist's keys are all handed to the dialog before the verdict key's binding
        runs (bindings answer once a key has gone by the dialog), so the note's first letters
        were taken for verdicts or, once the note had the focus, dropped. Here a verdict key
        chooses the verdict at once, and a letter that reached the dialog after it goes into
        the field that now has the focus."""
        if self.verdict is None:
            verdict = _VERDICT_OF.get(event.key)
            if verdict is not None:
                event.stop()
                event.prevent_default()
                self.action_verdict(verdict)
            return
        field = self.focused
        if isinstance(field, Input) and event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            field.insert_text_at_cursor(event.character)

    def action_verdict(self, verdict: str) -> None:
        """Choose (or change) the verdict and move on to the note."""
        self.verdict = verdict
        self.query_one("#verdicts").display = False
        self.query_one("#chosen", Label).update(Text.assemble("verdict: ", verdict_label(verdict)))
        for field in self.query(Input):
            field.disabled = False
            field.display = True
        # Focused now, not after the keys already queued: typed fast, the note's first
        # letter reached the dialog before the deferred focus and was taken for a verdict.
        self.set_focus(self.query_one("#note", Input))

    @on(Input.Changed, "#note")
    def _sync_hint(self) -> None:
        """Say what the field being typed in does with ⏎ (and that esc changes the verdict)."""
        if self.verdict is None:
            return
        note = self.query_one("#note", Input)
        if self.focused is note and not note.value:
            hint = NOTE_HINT
        elif self.focused is self.query_one("#evidence", Input):
            hint = self._evidence_hint()  # ⏎ here records: say with which date
        else:
            hint = NEXT_HINT
        self.query_one(".dialog-hint", Label).update(Text(hint))

    def _evidence_hint(self) -> str:
        """The date ⏎ in the evidence field records with: the date field's once one is typed
        (after a refused address the hint still said "decided today", and ⏎ then recorded
        the date typed)."""
        typed = self.query_one("#decided", Input).value.strip()
        if not typed:
            return EVIDENCE_HINT
        try:
            day = read_date(typed, "decision date")
            self._check_decided(typed)
        except ClaimtrackError:
            return REFUSED_DATE_HINT
        return f"⏎ record, decided {day} · tab: the date"  # fits the dialog

    def on_descendant_focus(self) -> None:
        """The hint follows the field being typed in."""
        self._sync_hint()

    @on(Input.Submitted, "#note")
    def _note_done(self) -> None:
        self.query_one("#evidence", Input).focus()

    @on(Input.Submitted, "#evidence")
    @on(Input.Submitted, "#decided")
    def _record(self) -> None:
        """⏎ in the evidence or the date field records (a bad address or date keeps the dialog
        open, on the field to correct)."""
        if self.verdict is None:
            return
        decided = self.query_one("#decided", Input).value.strip()
        evidence = self.query_one("#evidence", Input).value.strip()
        for field, check in (
            ("#evidence", lambda: check_evidence([evidence])),
            ("#decided", lambda: self._check_decided(decided or None)),
        ):
            try:
                check()
            except ClaimtrackError as exc:
                refuse(self, str(exc), self.query_one(field, Input))
                return
        self.dismiss(
            OutcomeInput(self.verdict, self.query_one("#note", Input).value.strip(), evidence,
                         decided)
        )  # fmt: skip

    def action_back(self) -> None:
        """From the fields, back to the verdict keys (the fields keep what was typed); from
        the verdict keys, close without recording."""
        if self.verdict is None:
            self.dismiss(None)
            return
        self.verdict = None
        self.set_focus(None)
        for field in self.query(Input):
            field.display = False
            field.disabled = True
        for error in self.query(".dialog-error"):
            error.display = False  # a refused date or address is not the verdict's
        self.query_one("#chosen", Label).update(Text(""))
        self.query_one("#verdicts").display = True
        self.query_one(".dialog-hint", Label).update(Text(CHOOSE_HINT))
