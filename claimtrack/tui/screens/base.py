"""What every view shares: tabs, a header line, the job bar, the footer, search and reloads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Label

from claimtrack.store import Store
from claimtrack.tui.actions import key_of
from claimtrack.tui.widgets.bars import JobBar, TabBar

if TYPE_CHECKING:
    from claimtrack.export.filters import ExportFilter
    from claimtrack.tui.app import ClaimtrackApp

ExportScope = tuple[str, "ExportFilter"]
"""(what the analyst reads in the export dialog, the filter it applies)."""


def source_claims(store: Store, source_id: str | None) -> list[ExportScope]:
    """Export the claims reported in one source (none when it has no tagged statement)."""
    from claimtrack.export.filters import ExportFilter
    from claimtrack.textnorm import counted, shorten
    from claimtrack.tui.text import clean

    source = store.doc("sources", source_id) if source_id else None
    if source is None:
        return []
    docs = store.docs("statements")
    ids = store.indexed_values("statements", "source").get(source_id, ())
    claims = sorted({c for i in ids if (c := docs[i].get("claim"))})
    if not claims:
        return []
    name = shorten(clean(source.get("title", ""), one_line=True), 40)
    what = f"the {counted(len(claims), 'claim')} in {name}"  # "the 1 claims in" was read
    return [(what, ExportFilter(claims=tuple(claims)))]


def around_claim(claim_id: str, depth: int = 1) -> ExportScope:
    """Export a claim's neighbourhood: the claims up to `depth` links away."""
    from claimtrack.export.filters import ExportFilter

    what = "the claims linked to it" if depth == 1 else f"the claims up to {depth} links away"
    return (f"claim {claim_id} and {what}", ExportFilter(around=claim_id, depth=depth))


def clear_hint(scope: str) -> str:
    """How to list everything again in a view, by the keys its bindings have: the view's own
    clear-filter key where it has one (`c` in Claims), else an empty search."""
    clear = key_of("clear_filter", scope)
    if clear is not None:
        return f"press {clear} to clear the filter."
    return f"press {key_of('search', 'app')} then ctrl+u ⏎ (an empty search) to see all."


class ViewScreen(Screen[None]):
    """A view: subclasses compose their body and implement `reload` and `apply_search`."""

    SCOPE: ClassVar[str] = ""
    """The action-table scope (and mode name) of the view."""
    LISTED: ClassVar[str | None] = None
    """The table whose records the view lists by id (its LazyList's keys), if any."""
    RANKED_SEARCH: ClassVar[bool] = False
    """A search lists the best match first, and the cursor goes there."""

    def __init__(self) -> None:
        super().__init__()
        self.search_query = ""
        """The text the current view is filtered by (`/`)."""
        self._seen_version = -1

    @property
    def ct_app(self) -> ClaimtrackApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    @property
    def store(self) -> Store:
        """The store the app works on (screens call services with it)."""
        return self.ct_app.store

    def compose(self) -> ComposeResult:
        """Tabs, header, body, job bar, footer."""
        yield TabBar(id="tabs")
        yield Label(Text(""), id="header")
        yield from self.compose_body()
        yield JobBar(id="job", show_eta=False)
        yield Footer()

    def compose_body(self) -> ComposeResult:
        """The view's own widgets."""
        yield from ()

    def on_mount(self) -> None:
        """Fill the view the first time."""
        self.refresh_view()

    def on_screen_suspend(self, event: events.ScreenSuspend) -> None:
        """Hide the footer while a dialog is on top: left showing under it, it offered this
        view's keys ("⏎ accept  s speaker") where ⏎ and s belong to the dialog, which shows
        its own keys. Hidden, not removed, so the view under the dialog does not shift."""
        self.query_one(Footer).styles.visibility = "hidden"

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Catch up with changes made while another view was shown."""
        self.query_one(Footer).styles.visibility = "visible"
        self.query_one(TabBar).show(self.SCOPE, self.ct_app.store_name)
        self.ct_app.sync_job_bar(self)
        if (
            self._seen_version != self.store.version
            or self.SCOPE in self.ct_app.stale_views
            or self.is_stale()
        ):
            self.refresh_view()

    def is_stale(self) -> bool:
        """True when the app's selection moved away from what this view shows."""
        return False

    def on_resize(self, event: events.Resize) -> None:
        """Tabs adapt to the width."""
        self.query_one(TabBar).show(self.SCOPE, self.ct_app.store_name)

    def refresh_view(self) -> None:
        """Reload from the store and remember which version is shown."""
        self._seen_version = self.store.version
        self.ct_app.stale_views.discard(self.SCOPE)
        request = self.ct_app.view_requests.pop(self.SCOPE, None)
        if request:
            self.handle_request(request)
        self.query_one(TabBar).show(self.SCOPE, self.ct_app.store_name)
        self._empty_messages()
        self.reload()

    def _empty_messages(self) -> None:
        """An empty list under a filter says so, rather than that the store is empty."""
        from claimtrack.tui.text import clean
        from claimtrack.tui.widgets.document import DocumentView
        from claimtrack.tui.widgets.lazy_list import LazyList

        query = clean(self.search_query, one_line=True).strip()
        message = ""
        if query:
            said = [clean(hint, one_line=True) for hint in self.filter_hints()]
            message = f"Nothing matches “{query}”: {' · '.join([*said, clear_hint(self.SCOPE)])}"
        for widget in [*self.query(LazyList), *self.query(DocumentView)]:
            widget.empty_message = message or widget.empty_default

    def filter_hints(self) -> list[str]:
        """Why the current filter may list nothing ("no claim is tagged 'velmor'; did you
        mean 'velmora'?"), said where the empty list would say only that nothing matches."""
        return []

    def handle_request(self, request: dict[str, Any]) -> None:
        """Another view asked this one to show something (see `ClaimtrackApp.show_view`)."""

    def reload(self) -> None:
        """Re-read what the view shows (keep the cursor where it was)."""

    def set_header(self, text: Text) -> None:
        """Replace the view's header line."""
        self.query_one("#header", Label).update(text)

    def reveal(self, touched: dict[str, list[str]]) -> None:
        """Put the cursor on a record an undo or redo just changed (table → ids), when the
        view lists it, so the analyst sees what came back."""
        if self.LISTED is None:
            return
        from claimtrack.tui.widgets.lazy_list import LazyList

        lst = self.query_one(LazyList)
        for id_ in touched.get(self.LISTED, ()):
            if lst.select_key(id_):
                return

    def export_scopes(self) -> list[ExportScope]:
        """What this view can export besides everything (the claims it shows, a claim's
        neighbourhood...), offered by the export dialog after the format."""
        return []

    def search_hint(self) -> str:
        """What `/` filters by in this view."""
        return "⏎ filter (empty clears) · esc cancel"

    def check_search(self, query: str) -> None:
        """Refuse a search (ClaimtrackError) while its prompt is open, so the query stays to
        correct and the view does not move; by default every query is taken."""

    def apply_search(self, query: str) -> None:
        """Filter the view by `query` (empty = no filter). The cursor stays on its row when
        that is still listed, else goes to the first (best) one: left at the same index, it
        sat on whichever row had taken that place, a wrong one nothing pointed out."""
        from claimtrack.tui.widgets.document import DocumentView
        from claimtrack.tui.widgets.lazy_list import LazyList

        shown = [*self.query(LazyList), *self.query(DocumentView)]
        before = shown[0].current if shown else None
        self.search_query = query
        self.refresh_view()
        if not shown or not (keys := shown[0].keys):
            return
        if self.RANKED_SEARCH and query:
            shown[0].select_key(keys[0])
        elif before is None or not shown[0].select_key(before):
            # (A view's reload may keep another row, as Sources does the Reader's source:
            # the search cleared, its cursor went to the first row, not the one it was on.)
            shown[0].select_key(keys[0])
