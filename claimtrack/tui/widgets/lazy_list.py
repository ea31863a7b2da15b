"""A Line-API list over keys: rows are formatted only when painted (100k rows, instant)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from claimtrack.tui.actions import bindings_for
from claimtrack.tui.widgets.scrolling import keep_in_view

RowFormatter = Callable[[str, int], Text]
"""Formats the row of one key at a width (the screen supplies it; it may read the store)."""

_CACHE_ROWS = 512


class LazyList(ScrollView, can_focus=True):
    """A cursor over `keys`; visible rows are formatted and cached until `refresh_rows`."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("list")
    COMPONENT_CLASSES: ClassVar[set[str]] = {"lazy-list--cursor", "lazy-list--empty"}
    DEFAULT_CSS = """
    LazyList { overflow-x: hidden; }
    """

    cursor: reactive[int] = reactive(0, repaint=False, init=False)
    """Index of the highlighted row."""

    @dataclass
    class Highlighted(Message):
        """The cursor moved to a row (key None when the list is empty)."""

        lazy_list: LazyList
        key: str | None

        @property
        def control(self) -> LazyList:
            """The list that posted the message."""
            return self.lazy_list

    @dataclass
    class Selected(Message):
        """A row was clicked twice (the keyboard equivalent is the screen's `enter`)."""

        lazy_list: LazyList
        key: str

        @property
        def control(self) -> LazyList:
            """The list that posted the message."""
            return self.lazy_list

    def __init__(
        self,
        formatter: RowFormatter,
        *,
        empty: str = "nothing here",
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._formatter = formatter
        self._keys: list[str] = []
        self._cache: OrderedDict[tuple[str, int, bool], Strip] = OrderedDict()
        self.empty_message = empty
        self.empty_default = empty
        """What an empty view says when no filter is on (`empty_message` may say more)."""

    # -- data --------------------------------------------------------------------------
    @property
    def keys(self) -> list[str]:
        """The keys shown, in order (do not mutate)."""
        return self._keys

    @property
    def current(self) -> str | None:
        """The key under the cursor."""
        if 0 <= self.cursor < len(self._keys):
            return self._keys[self.cursor]
        return None

    def set_rows(self, keys: list[str], keep: str | None = None) -> None:
        """Show `keys`; the cursor stays on `keep` (or the same index) when possible."""
        old = self.current if keep is None else keep
        self._keys = keys
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(keys))
        index = self.cursor
        if old is not None and (0 <= index < len(keys)) and keys[index] == old:
            pass
        elif old is not None and len(keys) < 200_000:
            try:
                index = keys.index(old)
            except ValueError:
                index = min(index, max(0, len(keys) - 1))
        self._move(min(index, max(0, len(keys) - 1)), force=True)
        self.refresh()

    def refresh_rows(self) -> None:
        """Forget formatted rows (the data behind them changed) and repaint."""
        self._cache.clear()
        self.refresh()

    def select_key(self, key: str) -> bool:
        """Move the cursor to `key`; False when it is not shown."""
        try:
            self._move(self._keys.index(key))
        except ValueError:
            return False
        return True

    # -- cursor --------------------------------------------------------------------------
    def _move(self, index: int, *, force: bool = False, context: bool = True) -> None:
        index = max(0, min(index, len(self._keys) - 1)) if self._keys else 0
        old = self.cursor
        changed = index != old
        top = round(self.scroll_y)
        self.cursor = index
        self._scroll_to_cursor(context=context)
        if force or round(self.scroll_y) != top:
            self.refresh()
        elif changed:  # repaint just the two rows the cursor left and entered
            width = self.size.width
            self.refresh(Region(0, old - top, width, 1), Region(0, index - top, width, 1))
        if changed or force:
            self.post_message(self.Highlighted(self, self.current))

    def _scroll_to_cursor(self, *, context: bool = True) -> None:
        """Show the cursor's row and, with `context`, the rows either side of it."""
        margin = 1 if context else 0
        keep_in_view(self, self.cursor, self.cursor + 1, above=margin, below=margin)

    def action_cursor_down(self) -> None:
        """Next row."""
        self._move(self.cursor + 1)

    def action_cursor_up(self) -> None:
        """Previous row."""
        self._move(self.cursor - 1)

    def action_page_down(self) -> None:
        """One page down."""
        self._move(self.cursor + max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        """One page up."""
        self._move(self.cursor - max(1, self.scrollable_content_region.height - 1))

    def action_first(self) -> None:
        """First row."""
        self._move(0)

    def action_last(self) -> None:
        """Last row."""
        self._move(len(self._keys) - 1)

    def on_click(self, event: events.Click) -> None:
        """Clicking a row moves the cursor there; a double click selects it."""
        index = round(self.scroll_y) + event.y
        if 0 <= index < len(self._keys):
            # No scroll for context: the second click of a double click would land on
            # another row than the first.
            self._move(index, context=False)
            if event.chain >= 2:
                self.post_message(self.Selected(self, self._keys[index]))

    def on_resize(self, event: events.Resize) -> None:
        """Keep the virtual size in step with the width; rows re-format at the new width."""
        self.virtual_size = Size(event.size.width, len(self._keys))
        self._cache.clear()
        self._scroll_to_cursor()

    # -- painting ------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        """Paint one visible line: the row at scroll offset + y."""
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.rich_style
        if not self._keys:
            # Wrapped, not cut at the edge: what an empty filter says goes on with why ("did
            # you mean 'velmora'?") and the key that clears it, past 80 columns.
            style = self.get_component_rich_style("lazy-list--empty")
            lines = Text(self.empty_message, style=style).wrap(self.app.console, max(1, width))
            if y < len(lines):
                text = lines[y]
                text.truncate(width, overflow="ellipsis", pad=True)
                return Strip(list(text.render(self.app.console)), width).apply_style(base)
            return Strip.blank(width, base)
        if index >= len(self._keys):
            return Strip.blank(width, base)
        key = self._keys[index]
        selected = index == self.cursor
        cache_key = (key, width, selected)
        strip = self._cache.get(cache_key)
        if strip is None:
            strip = self._paint(key, width, selected, base)
            self._cache[cache_key] = strip
            if len(self._cache) > _CACHE_ROWS:
                self._cache.popitem(last=False)
        return strip

    def _paint(self, key: str, width: int, selected: bool, base: Style) -> Strip:
        # The cursor is marked by a symbol as well as by colour.
        text = Text("▸ " if selected else "  ")
        text.append_text(self._formatter(key, max(1, width - 2)))
        text.truncate(width, overflow="ellipsis", pad=True)
        segments: list[Segment] = list(text.render(self.app.console))
        strip = Strip(segments, width).apply_style(base)
        if selected:
            cursor = self.get_component_rich_style("lazy-list--cursor", partial=True)
            strip = Strip(Segment.apply_style(strip, post_style=cursor), width)
        return strip.crop_extend(0, width, base)
