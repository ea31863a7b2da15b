"""View 5, Suggestions: candidate links and merges with their reasons; accept, reject or skip."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from claimtrack.model import Claim, Statement
from claimtrack.services import annotate, linking
from claimtrack.services.naming import claim_named, link_named
from claimtrack.services.queries import is_reviewed
from claimtrack.snapshot import Snapshot
from claimtrack.textnorm import counted, fold
from claimtrack.tui.actions import bindings_for
from claimtrack.tui.rows import claim_label
from claimtrack.tui.screens.base import ViewScreen
from claimtrack.tui.text import clean, fit
from claimtrack.tui.widgets.lazy_list import LazyList

LIMIT = 200
"""Candidates fetched per refresh (the queue refills as they are decided)."""

TAG_MORE = "No suggestions: tag more statements."
SETTLED = "No suggestions left: link more claims by hand, l in Claims (3)."
COMPUTING = "Computing suggestions… (keys work meanwhile)"
"""What the empty queue says: before every statement is tagged, and after (every pair found
linked, merged or rejected; short enough for 80 columns)."""

RELATION_SYMBOLS = {
    "contradicts": "⇄ contradicts",
    "supports": "→ supports",
    "responds-to": "↪ responds",
    "same-claim": "≡ same claim",
}


class SuggestionsScreen(ViewScreen):
    """The queue of candidates, best first, one row per relation suggested for a pair; a
    (accept), x (reject the row's relation, never again), X (reject every relation of the
    pair), space (skip)."""

    SCOPE = "suggestions"
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("suggestions")

    def __init__(self) -> None:
        super().__init__()
        self.candidates: list[Any] = []
        """The queue (LinkCandidate objects) in the order shown."""
        self._requested = -1
        """The store version the latest background computation started from (-1: none)."""
        self._pruned_for = -1
        """The store version the queue shown was last checked against (`still_open`)."""
        self._kept = False
        self.computing = False
        """A computation runs in the background: the header says so, the queue stays in
        view. (Not `loading`, Textual's own flag, which hid the whole view under a spinner
        for the 15 s of a 100k desk's first computation.)"""
        self._previous: Any = None
        """The last suggester: a new one reuses its features for claims that did not change, so
        after an import only the new article's claims are analysed (incremental)."""
        self._worker_busy = False
        """A computation's thread runs (it cannot be stopped once started)."""
        self._again = False
        """A computation was asked for while one ran: it starts when that one ends."""
        self._decided_version = -1
        """The store's version after the decision `#suggestion-done` tells of (`_decided`)."""

    def compose_body(self) -> ComposeResult:
        """Queue above, the highlighted candidate's details below."""
        yield LazyList(self._row, empty=TAG_MORE, id="list")
        yield Static(id="suggestion-done")
        with VerticalScroll(id="suggestion-pane"):
            yield Static(id="suggestion-detail")

    def _row(self, key: str, width: int) -> Text:
        cand = self.candidates[int(key)]
        facts = self.ct_app.claim_facts()
        text = Text(fit(RELATION_SYMBOLS.get(cand.relation, cand.relation), 13), style="bold")
        text.append(f" {cand.score:.2f} ", style="dim")
        # Each claim gets half of what is left, so the second is never cut off the row.
        half = max(10, (width - text.cell_len - 5) // 2)
        first = claim_label(self.store, facts, cand.a)
        first.truncate(half, overflow="ellipsis", pad=True)
        text.append_text(first)
        text.append("  ⟷  ", style="bold")
        text.append_text(claim_label(self.store, facts, cand.b))
        return text

    def reload(self) -> None:
        """The queue as the store now stands. After a change this view did not make itself
        (the CLI, undo, another view) the rows it settled go at once, before anything is
        shown, and the queue is recomputed in the background: a row linked, merged or
        rejected elsewhere stayed listed until a computation, racing the next key, replaced
        it."""
        if self.store.version != self._decided_version:  # undone, or changed elsewhere since
            self.query_one("#suggestion-done", Static).display = False
        if self.store.version != self._pruned_for:
            self.candidates = linking.still_open(self.store, self.candidates)
            self._pruned_for = self.store.version
            self._compute()
        self._show()

    def _show(self) -> None:
        needle = fold(self.search_query)
        keys = [str(i) for i in range(len(self.candidates))]
        if needle:
            keys = [
                k
                for k in keys
                if needle in fold(claim_label(self.store, self.ct_app.claim_facts(),
                                              self.candidates[int(k)].a).plain + " "
                                  + claim_label(self.store, self.ct_app.claim_facts(),
                                                self.candidates[int(k)].b).plain)
            ]  # fmt: skip
        lst = self.query_one(LazyList)
        if not keys and not self.search_query:
            lst.empty_message = self._nothing_left()
        lst.set_rows(keys)
        lst.refresh_rows()
        header = Text(counted(len(keys), "suggestion"), style="bold")
        if self.computing:
            header.append(" · computing…", style="italic")
        header.append("  a accept · x reject · X reject pair · space skip", style="dim")
        self.set_header(header)
        self._detail(lst.current)
        lst.focus()

    def _nothing_left(self) -> str:
        """Why the queue is empty: "tag more statements" on a desk with every statement
        reviewed sent the analyst back to a Reader with nothing left to tag."""
        if self.computing:  # the first computation of a large desk takes seconds
            return COMPUTING
        if self.store.count(Claim.TABLE) < 2:
            return TAG_MORE
        if any(not is_reviewed(doc) for doc in self.store.docs(Statement.TABLE).values()):
            return TAG_MORE
        return SETTLED

    def _compute(self) -> None:
        """Compute the queue in the background, from the store as it now stands. Asked while a
        computation runs (a change here, the CLI's, coming back after accepting), it waits
        for that one to end, then starts from what that one analysed: started at once, each
        change made one more thread (none can be stopped), ~13 s of work each on a 100k
        desk, all sharing one interpreter (two: 21-47 s for the queue wanted, ~23 s now)."""
        self.computing = True
        self._requested = self.store.version
        if self._worker_busy:
            self._again = True
            return
        self._worker_busy = True
        # The store as it stands is fixed here; its model objects are built in the worker
        # (0.5 s of a frozen screen at 100k statements when built here).
        snapshot = self.store.snapshot_builder()
        rejected, existing = linking.decisions(self.store)
        self._suggest(snapshot, rejected, existing, self.store.version)

    # A description of our own: by default Textual writes the repr of every argument into
    # it, here the builder's, and once the whole snapshot's (23 MB at 100k statements).
    @work(thread=True, exclusive=True, group="suggest", exit_on_error=False, description="suggest")
    def _suggest(
        self,
        snapshot: Callable[[], Snapshot],
        rejected: list[Any],
        existing: list[Any],
        version: int,
    ) -> None:
        try:
            from claimtrack.suggest import LinkSuggester

            suggester = LinkSuggester(snapshot(), rejected, existing, previous=self._previous)
            found = suggester.candidates(None, limit=LIMIT)
            self._previous = suggester
        except Exception as exc:  # surfaced in the UI, never swallowed
            self.app.call_from_thread(self.ct_app.error, f"suggestions failed: {exc!r}")
            found = []
        self.app.call_from_thread(self._loaded, found, version)

    def _loaded(self, found: list[Any], version: int) -> None:
        """A computation's queue: only the latest one asked for is taken (an earlier one
        still running when the store changed again is older news), less what the analyst
        settled here while it ran."""
        self._worker_busy = False
        again, self._again = self._again, False
        if version != self._requested:
            if again:  # the store changed while it ran: once more, from it
                self._compute()
            return
        self.computing = False
        self.candidates = linking.still_open(self.store, found)
        self._pruned_for = self.store.version
        self._kept = False
        self._show()

    def _detail(self, key: str | None) -> None:
        detail = self.query_one("#suggestion-detail", Static)
        if key is None or not self.candidates:
            detail.update(Text(""))
            return
        cand = self.candidates[int(key)]
        facts = self.ct_app.claim_facts()
        text = Text(f"{RELATION_SYMBOLS.get(cand.relation, cand.relation)} · score "
                    f"{cand.score:.2f} · why: ", style="bold")  # fmt: skip
        # The reasons before the claims: long claims would push them out of a small pane.
        text.append(clean("; ".join(cand.reasons), one_line=True))
        text.append(f"\nA {cand.a}  ", style="bold")
        text.append_text(claim_label(self.store, facts, cand.a))
        text.append(f"\nB {cand.b}  ", style="bold")
        text.append_text(claim_label(self.store, facts, cand.b))
        detail.update(text)

    def on_lazy_list_highlighted(self, event: LazyList.Highlighted) -> None:
        """Show the highlighted candidate's claims and reasons."""
        self._detail(event.key)
        if event.key is not None and self.candidates:
            self.ct_app.current_claim = self.candidates[int(event.key)].a

    def _take(self) -> Any | None:
        key = self.query_one(LazyList).current
        if key is None or not self.candidates:
            self.ct_app.info("no suggestion selected")
            return None
        return self.candidates[int(key)]

    def _drop(self, cand: Any) -> None:
        self.candidates = [c for c in self.candidates if c is not cand]

    def _keep_queue(self) -> None:
        """After the analyst's own accept or reject the queue stays as it is, so the next
        row is where the eye expects it, less rows the change settled (a pair merged into
        one claim, a link already made); it is recomputed on the next visit
        (`on_screen_resume`)."""
        self.candidates = linking.still_open(self.store, self.candidates)
        self._pruned_for = self.store.version
        self._kept = True

    def on_screen_resume(self, event: Any) -> None:
        """A queue kept after accepting is recomputed when the view is shown again (the base
        screen's handler runs after this one and reloads: see `is_stale`)."""
        if self._kept:
            self._kept = False
            self._pruned_for = -1

    def is_stale(self) -> bool:
        """The queue was not checked against the store as it now stands."""
        return self._pruned_for != self.store.version

    def action_accept(self) -> None:
        """Make the link (or merge the claims)."""
        cand = self._take()
        if cand is None:
            return
        done = self.ct_app.attempt(
            linking.accept_candidate, self.store, cand.a, cand.b, cand.relation
        )
        if done is not None:
            self._drop(cand)
            if done.claim is not None:  # merged: the other claim's rows now name the kept one
                gone = cand.b if done.claim.id == cand.a else cand.a
                self.candidates = [c.repointed(gone, done.claim.id) for c in self.candidates]
            else:
                pair = {cand.a, cand.b}
                self.candidates = [
                    c for c in self.candidates if not c.settled_by(cand.relation, pair)
                ]
            self._keep_queue()
            self._decided(done.message)
            if done.warning:
                self.ct_app.warn(done.warning)
            self._show()

    def _decided(self, message: str) -> None:
        """Say what a decision did on the line above the details, until the next one: as a
        toast it sat for 3 s over the queue's first rows, the next suggestions to read."""
        line = self.query_one("#suggestion-done", Static)
        line.update(Text(f"✓ {clean(message, one_line=True)} (u undoes)", style="italic"))
        line.display = True
        self._decided_version = self.store.version
        self.ct_app.changed()

    def action_reject(self) -> None:
        """Never propose this pair and relation again."""
        cand = self._take()
        if cand is None:
            return
        if self.ct_app.attempt(
            annotate.reject_candidate, self.store, cand.a, cand.b, cand.relation
        ):
            self._drop(cand)
            self._keep_queue()
            self._decided(f"rejected {link_named(self.store, cand.a, cand.relation, cand.b)}")
            self._show()

    def action_reject_pair(self) -> None:
        """Never propose any relation between the two claims again: every row of the pair
        in the queue is rejected in one change (one undo), as `suggest reject A B` does."""
        cand = self._take()
        if cand is None:
            return
        pair = {cand.a, cand.b}
        rows = [c for c in self.candidates if {c.a, c.b} == pair]
        relations = [c.relation for c in rows]
        if self.ct_app.attempt(annotate.reject_candidates, self.store, cand.a, cand.b, relations):
            self.candidates = [c for c in self.candidates if {c.a, c.b} != pair]
            self._keep_queue()
            rels = " and ".join(dict.fromkeys(relations))
            a, b = claim_named(self.store, cand.a), claim_named(self.store, cand.b)
            self._decided(f"rejected {rels} between {a} and {b}")
            self._show()

    def action_skip(self) -> None:
        """Decide later: move the candidate to the end of the queue."""
        cand = self._take()
        if cand is None:
            return
        self._drop(cand)
        self.candidates.append(cand)
        self._show()
