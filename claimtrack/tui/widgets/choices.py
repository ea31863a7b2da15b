"""An option list that answers the keys every list does (j/k, PgUp/PgDn, Home/End)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from claimtrack.tui.actions import bindings_for


class ChoiceList(OptionList):
    """OptionList with the action table's list keys: help says `j` moves down in every list,
    so the export dialog's lists must obey it too (OptionList's actions share the names)."""

    BINDINGS: ClassVar[list[BindingType]] = [*OptionList.BINDINGS, *bindings_for("list")]
