"""The claimtrack error hierarchy: one base class, one subclass per area.

Every error a user can cause is a `ClaimtrackError`; the CLI prints its message on one line
and exits with `exit_code`; the TUI shows it as a notification.
"""

from __future__ import annotations


class ClaimtrackError(Exception):
    """Base of every expected, user-facing error."""

    exit_code = 1


class ValidationError(ClaimtrackError):
    """A value breaks a rule of the model (bad verdict, empty name, self-link...)."""


class NotFoundError(ClaimtrackError):
    """No record matches an id, prefix or name."""


class UnknownSpeakerError(NotFoundError):
    """No registered speaker answers to a name (so the caller may offer to register it)."""

    def __init__(
        self, message: str, name: str, candidates: list[str] | None = None, alike: str = ""
    ) -> None:
        super().__init__(message)
        self.name = name
        """The name as typed."""
        self.candidates = candidates or []
        """Speakers whose names only look like it (ids, nearest first)."""
        self.alike = alike
        """Those speakers, listed for a message ("zzwj7q0 Bambang W. Prasetyo (as "Menko
        Polkam")")."""


class AmbiguousError(ClaimtrackError):
    """A prefix or name matches more than one record."""

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


class StoreError(ClaimtrackError):
    """The store file is missing, foreign, corrupt or of a newer schema."""

    exit_code = 3


class MalformedRecordError(StoreError):
    """A record in the store lacks a field or holds a value of the wrong type."""

    def __init__(self, message: str, why: str = "") -> None:
        super().__init__(message)
        self.why = why or message
        """What is wrong, without the advice (`check` lists it)."""


class StoreBusyError(StoreError):
    """Another process holds the writer lock."""

    exit_code = 4


class IngestError(ClaimtrackError):
    """A document cannot be imported (empty, binary, too large, undecodable)."""


class ExportError(ClaimtrackError):
    """An export cannot be written (unknown format, missing renderer)."""
