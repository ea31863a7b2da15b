"""Form fields that say what they hold."""

from __future__ import annotations

from typing import TypeVar

from textual.widgets import Input

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
