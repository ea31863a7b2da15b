"""Keeping a list's cursor on screen, with what comes before and after it in view."""

from __future__ import annotations

from textual.scroll_view import ScrollView


def keep_in_view(view: ScrollView, start: int, end: int, *, above: int = 0, below: int = 0) -> None:
    """Scroll `view` the least that shows its lines `start`..`end` (exclusive), with up to
    `below` lines after them and `above` before them while the window has room (what
    follows first: the analyst reads on down): the cursor on the bottom line hid the row it
    would go to next.

    A span taller than the window shows from its start. The scroll is forced: right after
    the rows change Textual has not yet shown the scrollbar, and without one it ignores a
    scroll, which left the cursor (and what the next key acts on) off screen."""
    height = view.scrollable_content_region.height or 1
    room = max(0, height - (end - start))
    below = min(below, room)
    above = min(above, room - below)
    top = round(view.scroll_y)
    if end - start > height:
        target = start
    elif start - above < top:
        target = start - above
    elif end + below > top + height:
        target = end + below - height
    else:
        return
    view.scroll_to(y=max(0, target), animate=False, force=True, immediate=True)
