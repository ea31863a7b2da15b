"""The event log of a store file, left unparsed when the store opens and read on first use.

At 100k statements the event log is three fifths of the file (each import's event carries its
statements), and parsing it was ~0.5 s of a ~0.75 s parse; opening the TUI, listing, tagging
or linking never read it. Its ids are taken at open (a new id must not collide with one, and
an event id resolves like any other id), its highest `seq` when the first change is written;
`log`, undo and redo, a record's history, `check` and a fold parse it.

The bytes are mapped again from the version of the file the store was opened from: a
duplicate of that file's descriptor keeps it even after another writer's checkpoint renames a
new file over the name (our writers never write in place). A program that rewrites the file in
place changes its size or modification time, and then the log is refused rather than mixed
with another version's records.
"""

from __future__ import annotations

import mmap
import os
import re
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from claimtrack.errors import StoreError
from claimtrack.store.layout import LeftTable

_SEQ = re.compile(rb'"seq"\s*:\s*(\d+)\s*[,}]')


class DeferredTable:
    """Where a left table's records are, and how to read them (see the module docstring)."""

    def __init__(self, fd: int, path: Path, left: LeftTable) -> None:
        self.path = path
        self.left = left
        self._fd = os.dup(fd)
        st = os.fstat(self._fd)
        self._content = (st.st_ino, st.st_size, st.st_mtime_ns)
        self._closer = weakref.finalize(self, os.close, self._fd)

    @property
    def ids(self) -> list[str]:
        """The table's record ids, in file order."""
        return self.left.ids

    @contextmanager
    def mapped(self) -> Iterator[tuple[mmap.mmap, Callable[[int], None]]]:
        """The file as the store was opened, memory-mapped, and a `consumed(offset)` that
        releases the pages before `offset` (as opening does: the bytes of the whole log never
        sit beside its parsed records)."""
        st = os.fstat(self._fd)
        if (st.st_ino, st.st_size, st.st_mtime_ns) != self._content:
            raise StoreError(
                f"{self.path} was rewritten in place by another program while it was open; "
                "nothing was changed: run the command again (in the TUI: quit and reopen)"
            )
        with mmap.mmap(self._fd, 0, access=mmap.ACCESS_READ) as raw:

            def consumed(upto: int) -> None:
                pages = upto - upto % mmap.PAGESIZE
                if pages and hasattr(raw, "madvise"):
                    raw.madvise(mmap.MADV_DONTNEED, 0, pages)

            yield raw, consumed

    def highest_seq(self) -> int:
        """The highest `"seq":N` in the records (0 when none).

        Each of our events holds its number under that key (compact as orjson writes it, or
        with spaces as a script's `json.dumps` does), and no other record has a field of that
        name; a desk's own field called seq inside an
        event's change could only raise the figure, so a new event's number stays above
        every stored one either way."""
        with self.mapped() as (raw, consumed):
            found = _SEQ.findall(raw, self.left.start, self.left.end)  # type: ignore[call-overload]
            consumed(self.left.end)
        return max(map(int, found), default=0)

    def close(self) -> None:
        """Let the file version go (done once the table is parsed)."""
        self._closer()
