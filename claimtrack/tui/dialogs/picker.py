"""A fuzzy picker: ranked as you type (matching.rank), optionally offering to create the entry."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from claimtrack.matching import Match, RankedNames, rank, rank_across_scripts, romanised_names
from claimtrack.tui.text import clean

CREATE_ID = "\0create"
LIMIT = 12
SYNC_NAMES = 2000
"""Up to this many names are ranked as each key is typed; more are ranked in a thread."""
WEAK_MATCH = 50.0
"""Below this score the best row is no more than a guess."""


def _a_new_name(best: Match) -> bool:
    """Whether what was typed names someone the best row is not: it matches weakly, or a
    typed word is not clearly one of its words (`matching.clearly`, as `tag` resolves a name
    unasked): "Hikmet Hajiyev" is not "Ilham Aliyev", "tempo" not "Kemenko Polhukam", and
    "посольство" no "Santoso"; a prefix or a typo ("alij", "santosso") still takes the row."""
    return best.score < WEAK_MATCH or not best.clear


def _held_first(typed: str, matches: list[Match], held: set[str], order: list[str]) -> list[Match]:
    """`matches` with the `held` keys (`PickerDialog`'s `holding`) first: those ranked in
    their order, then the others in the list's `order`."""
    first = [m for m in matches if m.key in held]
    listed = {m.key for m in first}
    for key in order:
        if len(first) >= LIMIT:
            break
        if key in held and key not in listed:
            first.append(Match(key, typed, 100.0, clear=True))
    return [*first, *(m for m in matches if m.key not in held)][:LIMIT]


@dataclass(frozen=True, slots=True)
class Pick:
    """What the analyst picked: an existing key, or a new name to create."""

    key: str | None = None
    create: str | None = None
    query: str = ""
    """What was typed to find it: a flow stepping back to the picker offers it again."""


PICKER_ROWS = 13
"""Rows of choices a picker shows when the screen has room for them."""


class PickerDialog(ModalScreen[Pick | None]):
    """Type to rank `names`; enter picks the highlighted row; escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "cancel", show=False),
        Binding("down", "move(1)", "next", show=False),
        Binding("up", "move(-1)", "previous", show=False),
    ]

    def __init__(
        self,
        title: str,
        names: Sequence[tuple[str, str]],
        labels: dict[str, str],
        *,
        create: str | None = None,
        cutoff: float = 40.0,
        exclude: frozenset[str] = frozenset(),
        across_scripts: bool = False,
        query: str = "",
        also: Callable[[str], Sequence[str]] | None = None,
        holding: Callable[[str], Collection[str]] | None = None,
    ) -> None:
        """`names`: (key, matchable text) pairs, several per key allowed; `labels`: key → row text;
        `create`: a template with `{}` for the typed text ("create speaker '{}'") or None;
        `across_scripts`: names are also matched romanised, so "карабах" finds "Nagorno-Karabakh
        officials" and "putin" finds "Владимир Путин" (names, not long texts: it costs);
        `query`: text the field starts with, selected, so typing replaces it and → edits it;
        `also`: the keys the whole text typed is another name of, however unlike ("Burma" for
        the speaker "Myanmar", "President Putin" for Vladimir Putin, alias "Russian
        President"), ranked first as if typed exactly; `holding`: the keys whose whole text
        (not only the names ranked) holds every word typed, as a view's filter finds them
        (`queries.ClaimWords`), listed before the names only alike: those `names` rank well in
        their order, then the others in the list's order (asked on a worker thread for a long
        list: it must read no live store)."""
        super().__init__()
        self._query = clean(query, one_line=True).strip()
        self.title_text = title
        self._names = [(k, n) for k, n in names if k not in exclude]
        self._across = across_scripts
        if across_scripts:
            self._names = romanised_names(self._names)
        # folded once: ranked as given, every name was folded again at each key typed
        self._ranked = RankedNames(self._names)
        self._labels = labels
        self._order = list(dict.fromkeys(k for k, _ in self._names))
        self._create = create
        self._cutoff = cutoff
        self._also = also
        self._holding = holding

    def compose(self) -> ComposeResult:
        """Title, query field and the ranked options."""
        with Vertical(classes="dialog picker"):
            yield Label(Text(clean(self.title_text)), classes="dialog-title")
            yield Input(self._query, placeholder="type to search…", id="query")
            yield OptionList(id="options")
            hint = "⏎ pick · ↑↓ move · esc cancel"
            if self._query:  # fits an 80-column dialog
                hint = "⏎ pick · typing replaces it, → edits · ↑↓ move · esc cancel"
            yield Label(Text(hint), classes="dialog-hint")

    def on_mount(self) -> None:
        """Show the first entries (or those the starting text finds) before anything is
        typed."""
        self._fill(self._query, self._rank(self._query))
        self.query_one(Input).focus()

    def on_resize(self, event: events.Resize) -> None:
        """Let the list give up rows so the whole dialog fits the screen: clipped by the
        dialog instead (at 60x20), the highlighted row and the create row went out of sight
        while ⏎ still picked them."""
        inner = max(10, min(76, int(event.size.width * 0.95)) - 4)  # .dialog: width, border
        title = sum(max(1, -(-len(line) // inner)) for line in self.title_text.split("\n"))
        # the dialog's border 2, the title and its margin, the query field 3, the hint and its
        # margin 2 (the list's own border counts in its height)
        spare = int(event.size.height * 0.9) - (2 + title + 1 + 3 + 2)
        self.query_one(OptionList).styles.max_height = max(3, min(PICKER_ROWS, spare))

    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        if len(self._names) <= SYNC_NAMES or not event.value.strip():
            self._fill(event.value, self._rank(event.value))
        else:
            self._rank_in_background(event.value)

    def _rank(self, query: str) -> list[Match]:
        if not query.strip():
            return [Match(key, key, 100.0) for key in self._order[:LIMIT]]
        ranking = rank_across_scripts if self._across else rank
        matches = ranking(query, self._ranked, limit=LIMIT, cutoff=self._cutoff)
        if self._holding is not None:
            held = set(self._holding(query.strip()))
            matches = _held_first(query.strip(), matches, held, self._order)
        if self._also is None:
            return matches
        known = set(self._order)
        named = [k for k in dict.fromkeys(self._also(query.strip())) if k in known]
        first = [Match(k, query.strip(), 101.0, clear=True) for k in named]
        return [*first, *(m for m in matches if m.key not in named)][:LIMIT]

    @work(thread=True, exclusive=True, group="rank", exit_on_error=False)
    def _rank_in_background(self, query: str) -> None:
        """Thousands of claims take a while to rank: typing never waits for it."""
        matches = self._rank(query)
        self.app.call_from_thread(self._fill_if_current, query, matches)

    def _fill_if_current(self, query: str, matches: list[Match]) -> None:
        if self.is_attached and self.query_one(Input).value == query:
            self._fill(query, matches)

    def _fill(self, query: str, matches: list[Match]) -> None:
        """The ranked rows; the create row first (highlighted) when no row matches well, so
        typing a new name and pressing ⏎ creates it rather than taking a weak match."""
        options = self.query_one(OptionList)
        options.clear_options()
        typed = clean(query, one_line=True).strip()
        create = None
        if self._create and typed:
            create = Option(Text(self._create.format(typed), style="italic"), CREATE_ID)
            if not matches or _a_new_name(matches[0]):
                options.add_option(create)
                create = None
        for match in matches:
            label = clean(self._labels.get(match.key, match.key), one_line=True)
            options.add_option(Option(Text(label), id=match.key))
        if create is not None:
            options.add_option(create)
        if options.option_count:
            options.highlighted = 0

    def action_move(self, step: int) -> None:
        """Move the highlight while the query field keeps focus."""
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + step))

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        self._pick(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option.id)

    def _pick(self, option_id: str | None) -> None:
        if option_id is None:
            return
        typed = clean(self.query_one(Input).value, one_line=True).strip()
        if option_id == CREATE_ID:
            self.dismiss(Pick(create=typed, query=typed))
        else:
            self.dismiss(Pick(key=option_id, query=typed))

    def action_cancel(self) -> None:
        """Close without picking."""
        self.dismiss(None)
