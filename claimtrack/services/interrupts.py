"""Ctrl-C held back while a change is being written, so a command never reports as aborted
a change that is in the store (or cuts one it has begun to write)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from types import FrameType
from typing import TypeVar

T = TypeVar("T")


class Held:
    """Whether a Ctrl-C came while it was held back."""

    def __init__(self) -> None:
        self.interrupted = False

    def note(self, signum: int, frame: FrameType | None) -> None:
        """The SIGINT handler while held: noted, not raised."""
        self.interrupted = True


class WrittenThenInterrupted(KeyboardInterrupt):
    """Ctrl-C came while a change was being written: the change was finished, not cut, and
    the command stops there. `result` is what the service wrote, for the caller to report
    as done (an import's 20,000 sources were all in the store, reported as "aborted")."""

    def __init__(self, result: object) -> None:
        super().__init__("interrupted after the change was written")
        self.result = result


@contextmanager
def held_interrupts() -> Iterator[Held]:
    """Ctrl-C (SIGINT) within the block is noted on what it yields instead of raising
    KeyboardInterrupt. Only the main thread receives signals, and only Python's own handler
    is replaced: elsewhere (a TUI worker, a host that handles SIGINT itself) it holds nothing
    back and says nothing came."""
    held = Held()
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield held
        return
    signal.signal(signal.SIGINT, held.note)
    try:
        yield held
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@contextmanager
def written_whole(transaction: AbstractContextManager[T], result: object) -> Iterator[T]:
    """`transaction` (a store's), its commit never cut by Ctrl-C: until its body is done a
    Ctrl-C raises there, and nothing is written; after, it is held back until the change is
    written, then raised as `WrittenThenInterrupted(result)` (`result`: what the body
    filled in, for the caller to report), still held so no second one can take its place.
    """
    with ExitStack() as writing:
        with transaction as tx:
            yield tx
            held = writing.enter_context(held_interrupts())  # the commit follows
        if held.interrupted:
            raise WrittenThenInterrupted(result)
