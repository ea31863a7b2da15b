"""Form fields that say what they hold."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TypeVar

from rich.text import Text
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Label

FieldT = TypeVar("FieldT", bound=Input)


def labelled(field: FieldT) -> FieldT:
    """`field` with its id on its border: once filled, its placeholder no longer says which
    field it is ("Armenia": the side, or an alias?). Dialogs using it carry the `labelled`
    class, which makes room for the border.

    Tabbing into a filled field no longer selects it all: the first key typed replaced a
    source's whole title (the analyst meant to add to it, or tabbed one field too far)."""
    field.border_title = field.id
    field.select_on_focus = False
    return field


SHORT_FIELDS = frozenset({"published", "lang", "reliability"})
"""Fields of a few characters (a date, a code, a grade): side by side, one row."""


def labelled_fields(
    fields: Sequence[tuple[str, str]], values: Mapping[str, str] | None = None
) -> Iterator[Widget]:
    """One `labelled` Input per (id, placeholder), filled from `values`, for a dialog's
    compose. Consecutive `SHORT_FIELDS` share a row: six fields of three lines each would
    push a dialog's keys off a 24-line terminal."""
    values = values or {}
    short: list[Input] = []
    for i, (name, placeholder) in enumerate(fields):
        field = labelled(Input(values.get(name, ""), placeholder=placeholder, id=name))
        if name not in SHORT_FIELDS:
            yield field
            continue
        short.append(field)
        if i + 1 == len(fields) or fields[i + 1][0] not in SHORT_FIELDS:
            yield Horizontal(*short, classes="field-row")
            short = []


def refuse(dialog: Screen[object], message: str, field: Input | None = None) -> None:
    """Say in the dialog, above its keys, why what was typed is refused, and put the cursor
    in the field to correct: a toast sat on the dialog's hint line at 80x24. Everything
    typed stays."""
    found = dialog.query(".dialog-error")
    if found:
        error = found.first(Label)
    else:
        hint = dialog.query_one(".dialog-hint", Label)
        error = Label(classes="dialog-error")
        assert hint.parent is not None
        hint.parent.mount(error, before=hint)

        def typed(_value: str) -> None:  # the refusal is about what was there before
            error.display = False

        for typed_in in dialog.query(Input):
            dialog.watch(typed_in, "value", typed, init=False)
    error.update(Text(message))
    error.display = True
    if field is not None:
        field.focus()
