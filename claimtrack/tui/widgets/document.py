"""The Reader's document: statements as wrapped blocks, a cursor moving block by block."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from claimtrack.tui.actions import bindings_for
from claimtrack.tui.widgets.scrolling import keep_in_view

GUTTER = 4
"""Cells before the text: cursor mark, status symbol, two spaces."""
CONTEXT = 2
"""Lines kept in view either side of the cursor's statement: the blank line between two
statements and a line of the next (or previous) one."""


@dataclass(frozen=True, slots=True)
class Block:
    """One statement as shown: its status symbol and its text (already safe, styled)."""

    key: str
    symbol: str
    body: Text


class DocumentView(ScrollView, can_focus=True):
    """Wraps every block at the current width (one document: cheap) and paints visible lines."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("list")
    COMPONENT_CLASSES: ClassVar[set[str]] = {"document--cursor", "document--empty"}
    DEFAULT_CSS = """
    DocumentView { overflow-x: hidden; }
    """

    cursor: reactive[int] = reactive(0, repaint=False, init=False)
    """Index of the highlighted block."""

    @dataclass
    class Highlighted(Message):
        """The cursor moved to a block (key None when the document is empty)."""

        view: DocumentView
        key: str | None

        @property
        def control(self) -> DocumentView:
            """The view that posted the message."""
            return self.view

    def __init__(self, *, empty: str = "no document", id: str | None = None) -> None:
        super().__init__(id=id)
        self._blocks: list[Block] = []
        self._lines: list[tuple[int, Text]] = []
        self._starts: list[int] = []
        self._layout_width = -1
        self.empty_message = empty
        self.empty_default = empty
        """What an empty view says when no filter is on (`empty_message` may say more)."""

    @property
    def keys(self) -> list[str]:
        """Block keys in order."""
        return [b.key for b in self._blocks]

    @property
    def current(self) -> str | None:
        """The key of the block under the cursor."""
        if 0 <= self.cursor < len(self._blocks):
            return self._blocks[self.cursor].key
        return None

    def set_blocks(self, blocks: list[Block], keep: str | None = None) -> None:
        """Show `blocks`; keep the cursor on `keep` (or the same index)."""
        self._blocks = blocks
        self._layout_width = -1
        index = self.cursor
        if keep is not None:
            for i, b in enumerate(blocks):
                if b.key == keep:
                    index = i
                    break
        self._layout()
        self._move(min(index, max(0, len(blocks) - 1)), force=True)
        self.refresh()

    def select_key(self, key: str) -> bool:
        """Move the cursor to the block `key`."""
        for i, b in enumerate(self._blocks):
            if b.key == key:
                self._move(i)
                return True
        return False

    def _layout(self) -> None:
        width = max(10, self.scrollable_content_region.width or self.size.width or 80)
        if width == self._layout_width:
            return
        console = self.app.console
        lines: list[tuple[int, Text]] = []
        starts: list[int] = []
        for i, block in enumerate(self._blocks):
            if i:
                lines.append((-1, Text()))
            starts.append(len(lines))
            wrapped = block.body.wrap(console, width - GUTTER, overflow="fold")
            for line in wrapped:
                line.rstrip()
                lines.append((i, line))
        self._lines = lines
        self._starts = starts
        self._layout_width = width
        self.virtual_size = Size(width, len(lines))

    # -- cursor ----------------------------------------------------------------------------
    def _move(self, index: int, *, force: bool = False, context: bool = True) -> None:
        index = max(0, min(index, len(self._blocks) - 1)) if self._blocks else 0
        changed = index != self.cursor
        self.cursor = index
        self._scroll_to_cursor(context=context)
        if changed or force:
            self.refresh()
            self.post_message(self.Highlighted(self, self.current))

    def _block_span(self, index: int) -> tuple[int, int]:
        start = self._starts[index]
        end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self._lines)
        return start, end

    def _scroll_to_cursor(self, *, context: bool = True) -> None:
        """Show the cursor's statement and, with `context`, a line of those either side."""
        self._layout()
        if not self._blocks or not self._starts:
            return
        start, end = self._block_span(self.cursor)
        margin = CONTEXT if context else 0
        keep_in_view(self, start, end, above=margin, below=margin)

    def action_cursor_down(self) -> None:
        """Next statement."""
        self._move(self.cursor + 1)

    def action_cursor_up(self) -> None:
        """Previous statement."""
        self._move(self.cursor - 1)

    def _block_at_line(self, line: int) -> int:
        return max(0, bisect.bisect_right(self._starts, line) - 1)

    def action_page_down(self) -> None:
        """Scroll a page and move to the first statement shown."""
        height = self.scrollable_content_region.height or 1
        if not self._starts:
            return
        line = min(len(self._lines) - 1, self._starts[self.cursor] + height)
        self._move(max(self.cursor + 1, self._block_at_line(line)))

    def action_page_up(self) -> None:
        """Scroll a page back."""
        height = self.scrollable_content_region.height or 1
        if not self._starts:
            return
        line = max(0, self._starts[self.cursor] - height)
        self._move(min(self.cursor - 1, self._block_at_line(line)))

    def action_first(self) -> None:
        """First statement."""
        self._move(0)

    def action_last(self) -> None:
        """Last statement."""
        self._move(len(self._blocks) - 1)

    def on_click(self, event: events.Click) -> None:
        """Clicking a statement puts the cursor on it."""
        line = round(self.scroll_y) + event.y
        if 0 <= line < len(self._lines) and self._lines[line][0] >= 0:
            self._move(self._lines[line][0], context=False)  # the text clicked stays put

    def _watch_show_vertical_scrollbar(self) -> None:
        """The scrollbar a longer document brings narrows the text, which wraps anew and
        moves the cursor's statement (off screen, when a search was cleared on the last)."""
        self._scroll_to_cursor()

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap at the new width."""
        self._layout()
        self._scroll_to_cursor()
        self.refresh()

    # -- painting --------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        """Paint one visible line of the wrapped document."""
        self._layout()
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = round(self.scroll_y) + y
        if not self._blocks:
            if y == 0:
                style = self.get_component_rich_style("document--empty")
                text = Text(self.empty_message, style=style)
                text.truncate(width, overflow="ellipsis", pad=True)
                return Strip(list(text.render(self.app.console)), width).apply_style(base)
            return Strip.blank(width, base)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        block_index, line = self._lines[index]
        if block_index < 0:
            return Strip.blank(width, base)
        block = self._blocks[block_index]
        selected = block_index == self.cursor
        first = self._starts[block_index] == index
        # The marker on the first line only: on each wrapped line, a statement of two lines
        # read as two rows selected. The cursor's colour spans them all.
        gutter = Text()
        if first:
            gutter.append("▸ " if selected else "  ")
            gutter.append(f"{block.symbol} ")
        else:
            gutter.append("    ")
        text = gutter + line
        text.truncate(width, overflow="ellipsis", pad=True)
        strip = Strip(list(text.render(self.app.console)), width).apply_style(base)
        if selected:
            cursor = self.get_component_rich_style("document--cursor", partial=True)
            strip = Strip(Segment.apply_style(strip, post_style=cursor), width)
        return strip.crop_extend(0, width, base)
