"""Keys typed while a dialog opens wait for it: `KeyGate`.

A key that opens a dialog (`s` the speaker picker, `l` the link picker, `e` export, `/`
search…) is answered by a binding only once it has come back from the view's widget, and
most dialogs are then pushed by a worker that first ranks the speakers or claims; the dialog
takes its keys once it is mounted. Keys typed meanwhile (a name typed straight after `s`, as
a desk does) went to the view behind it (`n` of "Hahn" opened the note dialog instead) or to
the dialog before it had a field (lost). The gate holds them, in the order typed, until the
dialog is ready, then hands them to it; when no dialog comes (the key was refused), to the
view, as they would have gone."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from itertools import count
from time import monotonic
from typing import TYPE_CHECKING

from textual import events
from textual.screen import ModalScreen, Screen
from textual.worker import WorkerState

if TYPE_CHECKING:
    from textual.app import App

DIALOG_GROUP = "dialog"
"""The worker group of the flows that ask through dialogs (`@work(group="dialog")`)."""

HOLD_SECONDS = 5.0
"""The longest keys wait for a dialog: past it they go where they would have gone, so that a
flow that never opens its dialog cannot take the keyboard away."""

IN_FLIGHT_SECONDS = 0.5
"""How long a key sent to a view is awaited back at the app (where its binding runs) before
the keys typed after it are handed on regardless."""

POLL_SECONDS = 0.01
"""How often held keys look for their dialog."""


@dataclass(order=True)
class _Held:
    seq: int
    key: str = field(compare=False)
    character: str | None = field(compare=False)


class KeyGate:
    """The app's keys, held while a dialog opens (see the module's doc).

    `app.on_event` asks `hold(event)` first: keys from the terminal, and keys coming back to
    the app from a view's widget (where bindings run), are held while a dialog is on its way
    (a dialog worker running with no dialog up, or a dialog pushed but not yet mounted) or
    while earlier keys are held. `dispatch` handles a held key as if typed then (Textual's
    own `App.on_event`, past the gate)."""

    def __init__(self, app: App[None], dispatch: Callable[[events.Key], Awaitable[None]]) -> None:
        self.app = app
        self._dispatch = dispatch
        self._held: list[_Held] = []
        self._seq = count()
        self._sent: dict[int, tuple[int, events.Key, float]] = {}
        """Keys sent to a view's widget, by id: they come back to the app (views consume no
        key themselves) with the place in the typing order they were given."""
        self._since: float | None = None
        self._waiting = False

    # -- what the app asks ---------------------------------------------------------------
    def hold(self, event: events.Key) -> bool:
        """True when `event` is held (the app handles it no further now)."""
        if not event.is_forwarded:  # from the terminal
            seq = next(self._seq)
            if self._held or self.dialog_coming():
                self._keep(seq, event)
                return True
            self._note_sent(seq, event)
            return False
        sent = self._sent.pop(id(event), None)
        seq = sent[0] if sent is not None else next(self._seq)
        if self._held or self.dialog_coming():
            self._keep(seq, event)
            return True
        if sent is not None and isinstance(self.app.screen, ModalScreen):
            # typed at the view just before a dialog covered it: the dialog's
            self._keep(seq, event)
            return True
        return False

    def dialog_coming(self) -> bool:
        """A dialog is on its way and cannot take keys yet."""
        screen = self.app.screen
        if isinstance(screen, ModalScreen):
            return not screen.is_mounted
        return any(
            w.group == DIALOG_GROUP and w.state in (WorkerState.PENDING, WorkerState.RUNNING)
            for w in self.app.workers
        )

    # -- holding and handing on ----------------------------------------------------------
    def _note_sent(self, seq: int, event: events.Key) -> None:
        """Remember a key sent to a view's widget: it comes back to the app."""
        if isinstance(self.app.screen, ModalScreen):
            return
        now = monotonic()
        if len(self._sent) > 64:  # a key a priority binding took never comes back
            self._forget_stale(now)
        self._sent[id(event)] = (seq, event, now)

    def _forget_stale(self, now: float) -> None:
        for k in [k for k, (_, _, at) in self._sent.items() if now - at > IN_FLIGHT_SECONDS]:
            del self._sent[k]

    def _keep(self, seq: int, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        held = _Held(seq, event.key, event.character)
        at = len(self._held)
        while at and self._held[at - 1] > held:
            at -= 1
        self._held.insert(at, held)
        if self._since is None:
            self._since = monotonic()
        self._wait()

    def _wait(self) -> None:
        if not self._waiting:
            self._waiting = True
            self.app.set_timer(POLL_SECONDS, self._look)

    def _earlier_on_their_way(self, now: float) -> bool:
        """A key typed before a held one is still on its way back from the view."""
        self._forget_stale(now)
        last = self._held[-1].seq
        return any(seq < last for seq, _, _ in self._sent.values())

    def _look(self) -> None:
        """Hand the held keys on once their dialog is ready (or it is too late to wait)."""
        self._waiting = False
        if not self._held:
            self._since = None
            return
        now = monotonic()
        if not self._late() and (self.dialog_coming() or self._earlier_on_their_way(now)):
            self._wait()
            return
        # A dialog focuses its field once mounted, by a callback queued behind this one:
        # the keys go after it, to the field.
        self.app.call_later(self._release, self.app.screen)

    async def _release(self, screen: Screen[object]) -> None:
        if self.app.screen is not screen or (self.dialog_coming() and not self._late()):
            self._wait()  # another dialog on its way (a held key opened it): wait for it
            return
        held, self._held, self._since = self._held, [], None
        for key in held:
            fresh = events.Key(key.key, key.character)
            fresh.set_sender(self.app)
            self._note_sent(next(self._seq), fresh)
            await self._dispatch(fresh)

    def _late(self) -> bool:
        return self._since is not None and monotonic() - self._since > HOLD_SECONDS
