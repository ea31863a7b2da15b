"""View 1, Sources: every imported document with its outlet, date, language and progress."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType

from claimtrack.model import Source, Statement
from claimtrack.services.annotate import edit_source
from claimtrack.services.queries import source_progress, sources_in_order
from claimtrack.textnorm import counted, fold
from claimtrack.tui.actions import bindings_for
from claimtrack.tui.dialogs.source import FIELDS, SourceDialog, SourceInput
from claimtrack.tui.rows import source_row
from claimtrack.tui.screens.base import ExportScope, ViewScreen, source_claims
from claimtrack.tui.widgets.lazy_list import LazyList


class SourcesScreen(ViewScreen):
    """The documents, newest publication last; ⏎ reads one."""

    SCOPE = "sources"
    LISTED = "sources"
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("sources")

    def __init__(self) -> None:
        super().__init__()
        self._progress: dict[str, tuple[int, int]] = {}
        self._progress_version = -1

    def compose_body(self) -> ComposeResult:
        """The list of sources."""
        yield LazyList(self._row, empty="No documents yet: press i to import.", id="list")

    def _counts(self, source_id: str) -> tuple[int, int]:
        """(tagged or narration, total) statements of a source, cached per store version."""
        if self._progress_version != self.store.version:
            self._progress = {}
            self._progress_version = self.store.version
        found = self._progress.get(source_id)
        if found is None:
            found = self._progress[source_id] = source_progress(self.store, source_id)
        return found

    def _row(self, key: str, width: int) -> Text:
        done, total = self._counts(key)
        return source_row(self.store, key, done, total, width)

    def reload(self) -> None:
        """List the sources (filtered by the search text)."""
        docs = self.store.docs(Source.TABLE)
        keys = sources_in_order(self.store)
        needle = fold(self.search_query)
        if needle:
            keys = [
                k
                for k in keys
                if needle
                in fold(
                    " ".join(str(docs[k].get(f) or "") for f in ("title", "outlet", "filename"))
                )
            ]
        lst = self.query_one(LazyList)
        lst.set_rows(keys, keep=self.ct_app.current_source)
        header = Text(counted(len(keys), "source"), style="bold")
        if needle:
            header.append(f" matching “{self.search_query}”")
        statements = (
            sum(self._counts(k)[1] for k in keys) if needle else self.store.count(Statement.TABLE)
        )  # those of the sources listed
        header.append(f" · {counted(statements, 'statement')}", style="dim")
        header.append("   outlet · date · lang · grade · reviewed · title", style="dim")
        self.set_header(header)
        lst.focus()

    def export_scopes(self) -> list[ExportScope]:
        """The claims reported in the highlighted source."""
        return source_claims(self.store, self.query_one(LazyList).current)

    def on_lazy_list_selected(self, event: LazyList.Selected) -> None:
        """Double click reads the source."""
        self.action_open_source()

    def action_open_source(self) -> None:
        """Open the highlighted source in the Reader."""
        key = self.query_one(LazyList).current
        if key is None:
            return
        self.ct_app.current_source = key
        self.ct_app.show_view("reader", statement=None)

    @work(exclusive=True, group="dialog")
    async def action_edit_source(self) -> None:
        """Correct the highlighted source's metadata (a bare import has no outlet or date)."""
        key = self.query_one(LazyList).current
        doc = self.store.doc(Source.TABLE, key) if key else None
        if key is None or doc is None:
            return
        now = SourceInput(*(doc.get(name) or "" for name, _ in FIELDS))

        def fields(answer: SourceInput) -> dict[str, str]:
            return {name: getattr(answer, name) for name, _ in FIELDS}

        def check(answer: SourceInput) -> None:
            edit_source(self.store, key, dry_run=True, **fields(answer))

        answer = await self.app.push_screen_wait(SourceDialog(key, now, check))
        if answer is None or answer == now:
            return
        found = self.ct_app.attempt(edit_source, self.store, key, **fields(answer))
        if found is not None and found[1]:
            self.ct_app.changed(f"source {key}: {', '.join(found[1])} updated")
            self.query_one(LazyList).select_key(key)  # a new date may move it in the list
