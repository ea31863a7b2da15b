"""Printing for the CLI: clean JSON on stdout, Rich tables for people, one-line messages on stderr.

Imported text and analyst input are data: they go into Rich `Text` objects (never parsed as
markup) after control characters are made visible, so no escape sequence reaches the terminal.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from claimtrack.textnorm import BIDI_CONTROLS

if TYPE_CHECKING:  # Rich is imported where a table is drawn: a pipe and `say` do without it
    from rich.console import Console
    from rich.text import Text

# Zero-width space, word joiner, invisible operators and the byte-order mark draw nothing:
# "Ali\u200byev" read as "Aliyev" beside the real one in `speaker list`. No en/id/ru text
# needs them (the joiners U+200C/U+200D, which Persian, Indic scripts and emoji do, stay).
_INVISIBLE = "\u200b\u2060-\u2064\ufeff"
# C0/C1 controls (escape sequences) and bidi controls (which reorder what follows, unseen).
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}{_INVISIBLE}]")
# What `json.dumps` leaves raw of those: DEL, the C1 controls and the bidi controls.
_JSON_RAW_CONTROL = re.compile(f"[\x7f-\x9f{BIDI_CONTROLS}]")


def inert(value: object) -> str:
    """Text safe for a terminal: control, bidi and invisible characters shown as escapes
    (`\\u202e`, `\\u200b`)."""
    return _CONTROL.sub(_escape, "" if value is None else str(value))


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_LINE_BREAKS = re.compile(r"[\t\n\r]+")


def _cell(value: object) -> str:
    """One TSV cell: inert, on one line, without tabs."""
    text = getattr(value, "plain", value)  # a Rich `Text`: its characters
    return inert(_LINE_BREAKS.sub(" ", "" if text is None else str(text)))


def stdout_console() -> Console:
    """Console for data on stdout (respects NO_COLOR and pipes)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def stderr_console() -> Console:
    """Console for messages and progress on stderr."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def emit_json(data: Any) -> None:
    """Stable machine output: sorted keys, UTF-8, one document, nothing else on stdout; no
    control or bidi character raw (a terminal would obey it), each an exact `\\u` escape."""
    sys.stdout.write(_json_text(data) + "\n")


def emit_json_list(items: Iterable[Any]) -> None:
    """`emit_json` of a list whose items are written as they come: the same bytes as
    `emit_json(list(items))`, so a script reads one JSON list however long the listing, and
    a reader that stops early (`| head`) has the first items at once. A listing that fails
    part way (a damaged record) leaves the list unclosed on stdout, its one-line error on
    stderr and a non-zero exit: a script must check the exit code before the JSON."""
    opened = False
    for item in items:
        # an item is indented one level deeper inside the list (a string holds no raw "\n")
        sys.stdout.write(("," if opened else "[") + "\n  " + _json_text(item).replace("\n", "\n  "))
        sys.stdout.flush()
        opened = True
    sys.stdout.write("\n]\n" if opened else "[]\n")


def _json_text(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
    # only inside strings, where a `\\u` escape reads back as the same character
    return _JSON_RAW_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def say(message: str) -> None:
    """A one-line human message on stderr: never wrapped (a log or `grep` gets one line per
    message; a terminal wraps it itself). A line break in a path or name it quotes is shown
    as `\\n`: a file name must not add a line that reads as a message of its own.

    Written as Rich's stderr console printed it (plain text, tabs to 8-column stops), without
    importing Rich: most commands print nothing else.
    """
    line = inert(message).replace("\n", "\\n").expandtabs(8)
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def to_terminal() -> bool:
    """Whether stdout is a terminal (a drawn table) rather than a pipe (tab-separated lines)."""
    return sys.stdout.isatty()


def stacked(first: str, *more: tuple[str, str], width: int = 90) -> Text:
    """One table cell of several lines for a terminal: `first`, then each (text, style) of
    `more` that is not empty, every line inert and cut to `width` characters."""
    from rich.text import Text

    from claimtrack.textnorm import shorten

    cell = Text(inert(shorten(first, width)))
    for text, style in more:
        if text:
            cell.append(f"\n{inert(shorten(text, width))}", style=style)
    return cell


def table(
    title: str | None,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    cut: Mapping[str, int] | None = None,
) -> None:
    """Print a Rich table whose every cell is inert text; into a pipe, tab-separated lines.

    A pipe gets one row per line (header first) and every cell whole, for `grep`, `sort` and
    `cut`: Rich folds long cells over several lines there too, and laying out 5,000 rows took
    it ~5 s. On a terminal the columns named in `cut` (long text: a summary, a title) are cut
    to that many characters and take the room left; the others are never wrapped, so ids and
    names stay whole on an 80-column screen.
    """
    if not to_terminal():
        _write_tsv(columns, [rows])
        return
    from rich.table import Table

    cut = cut or {}
    t = Table(title=title, show_lines=False, expand=False, title_justify="left")
    for col in columns:
        if col in cut:
            t.add_column(col, overflow="fold", ratio=1, min_width=min(cut[col], 8))
        else:
            t.add_column(col, no_wrap=bool(cut), overflow="ellipsis" if cut else "fold")
    for row in rows:
        t.add_row(*_cut_cells(columns, row, cut))
    stdout_console().print(t)


def table_in_parts(
    columns: Sequence[str],
    parts: Iterable[Sequence[Sequence[object]]],
    *,
    widths: Mapping[str, int],
    cut: Mapping[str, int] | None = None,
) -> None:
    """`table` for rows that come in parts, each printed as it comes (a listing computed
    source by source: 88k statements took ~15 s before the first was shown).

    A pipe gets the header at once, then each part's lines. A terminal gets one Rich table
    drawn part by part: the columns in `widths` are that wide (a longer cell wraps), the others
    share the rest of the screen, so parts drawn apart line up; cells are cut as `cut` says.
    """
    if not to_terminal():
        _write_tsv(columns, parts)
        return
    from rich.table import Table

    console = stdout_console()

    def drawn(rows: Sequence[Sequence[object]], *, header: bool) -> list[str]:
        t = Table(show_header=header, show_lines=False, expand=True)
        for col in columns:
            if col in widths:  # wrapped, not cut: a speaker's "(new, 0.50)" must show
                t.add_column(col, width=widths[col], overflow="fold")
            else:
                t.add_column(col, overflow="fold", ratio=1)
        for row in rows:
            t.add_row(*_cut_cells(columns, row, cut or {}))
        with console.capture() as capture:
            console.print(t)
        return capture.get().splitlines(keepends=True)

    head = drawn([], header=True)  # top edge, header, its rule; bottom edge
    sys.stdout.write("".join(head[:-1]))
    sys.stdout.flush()
    for part in parts:
        sys.stdout.write("".join(drawn(part, header=False)[1:-1]))  # without the edges
        sys.stdout.flush()
    sys.stdout.write(head[-1])


def _write_tsv(columns: Sequence[str], parts: Iterable[Iterable[Sequence[object]]]) -> None:
    """Tab-separated lines, header first; each part written out as soon as it is there."""
    sys.stdout.write("\t".join(_cell(c) for c in columns) + "\n")
    sys.stdout.flush()
    for part in parts:
        sys.stdout.write("".join("\t".join(_cell(c) for c in row) + "\n" for row in part))
        sys.stdout.flush()


def _cut_cells(columns: Sequence[str], row: Sequence[object], cut: Mapping[str, int]) -> list[Text]:
    """A row's cells as inert Rich text, those of the columns in `cut` cut to that many
    characters with "…"."""
    from rich.text import Text

    cells = [c if isinstance(c, Text) else Text(inert(c)) for c in row]
    for cell, col in zip(cells, columns, strict=False):
        width = cut.get(col)
        if width is not None and len(cell) > width:
            cell.truncate(width - 1)
            cell.append("…")
    return cells
