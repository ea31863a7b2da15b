"""View 3, Claims: every claim with its verdict, speaker and appearances; filters and counts."""

from __future__ import annotations

import shlex
from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType

from claimtrack.errors import ClaimtrackError
from claimtrack.model import VERDICTS, Claim, Speaker, check_choice
from claimtrack.services import annotate
from claimtrack.services.lookup import find_speaker
from claimtrack.services.queries import (
    CLAIM_ORDERS,
    ClaimFilter,
    claim_ids,
    tag_filter_hint,
)
from claimtrack.services.speakers import side_filter_hint
from claimtrack.textnorm import counted, shorten
from claimtrack.tui.actions import bindings_for, key_of
from claimtrack.tui.annotate import claim_line, link_flow, outcome_flow
from claimtrack.tui.dialogs.prompt import PromptDialog
from claimtrack.tui.rows import claim_row
from claimtrack.tui.screens.base import ExportScope, ViewScreen, around_claim
from claimtrack.tui.text import VERDICT_BADGES, clean
from claimtrack.tui.widgets.lazy_list import LazyList

FILTER_HELP = "speaker:NAME side:S verdict:V|none tag:T contested, plus any words"
ORDERS = tuple(CLAIM_ORDERS)
"""The orders `s` cycles through, the first by default: the story as it was reported."""


def parse_filter(query: str) -> tuple[ClaimFilter, str | None]:
    """The filter typed after `/`; the speaker stays a name (resolved by the screen)."""
    try:
        tokens = shlex.split(query)
    except ValueError:
        tokens = query.split()
    values: dict[str, str] = {}
    words: list[str] = []
    contested = False
    for token in tokens:
        key, sep, value = token.partition(":")
        if sep and key in {"speaker", "side", "verdict", "tag"} and value:
            values[key] = value
        elif token.startswith("#") and len(token) > 1:
            # As the row shows it: "#casualties" listed nothing, a word no summary holds.
            values["tag"] = token[1:]
        elif token == "contested":
            contested = True
        else:
            words.append(token)
    verdict = values.get("verdict")
    if verdict is not None:  # any case, as the CLI takes it
        verdict = check_choice(verdict, (*VERDICTS, "none"), "verdict")
    return (
        ClaimFilter(
            side=values.get("side"),
            verdict=verdict,
            tag=values.get("tag"),
            contested=contested,
            words=tuple(words),
        ),
        values.get("speaker"),
    )


def _quoted(name: str) -> str:
    """A name as one filter word: in double quotes if it needs quoting. `shlex.quote` wrote
    "Armenia's foreign ministry" as 'Armenia'"'"'s foreign ministry' in the header and in
    the prompt `/` opens with it; double quotes read back the same."""
    if name and not any(c.isspace() or c in "'\"\\" for c in name):
        return name
    return f'"{name}"' if not any(c in name for c in '"\\') else shlex.quote(name)


class ClaimsScreen(ViewScreen):
    """Claims, filtered with `/` (speaker:, side:, verdict:, tag:, contested, words)."""

    SCOPE = "claims"
    LISTED = "claims"
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("claims")

    def __init__(self) -> None:
        super().__init__()
        self.filter = ClaimFilter()
        self.order = ORDERS[0]
        """How the list is sorted (`s` cycles through `ORDERS`)."""

    def compose_body(self) -> ComposeResult:
        """The claims."""
        yield LazyList(self._row, empty="No claims yet: tag statements in the Reader (2).")

    def _row(self, key: str, width: int) -> Text:
        return claim_row(self.store, self.ct_app.claim_facts(), key, width)

    def search_hint(self) -> str:
        """The filter syntax."""
        return FILTER_HELP

    def _parsed(self, query: str) -> ClaimFilter:
        """The filter `query` says; refuses a bad verdict, an unknown or ambiguous speaker."""
        parsed, speaker = parse_filter(query)
        if speaker is not None:
            parsed = replace(parsed, speaker=find_speaker(self.store, speaker).id)
        return parsed

    def check_search(self, query: str) -> None:
        """A filter that cannot apply is refused in the prompt, which keeps it to correct;
        the list stays as it was (a toast once said so over the closed prompt)."""
        self._parsed(query)

    def apply_search(self, query: str) -> None:
        """Parse and apply a filter; a bad one is an error notification."""
        try:
            parsed = self._parsed(query)
        except ClaimtrackError as exc:  # bad verdict, unknown or ambiguous speaker
            self.ct_app.error(str(exc))
            return
        self.filter = parsed
        super().apply_search(query)
        for hint in self.filter_hints():  # "side:Armnia", "tag:velmor" list nothing: say why
            self.ct_app.warn(hint)

    def filter_hints(self) -> list[str]:
        """Why the filter lists nothing: a side no speaker is on, a tag no claim carries,
        each with the one in use it is likely a typo of (RapidFuzz, as the CLI says it)."""
        hints = []
        if self.filter.side:
            hints.append(side_filter_hint(self.store, self.filter.side))
        if self.filter.tag:
            how = f"{key_of('tags', self.SCOPE)} on a claim edits its tags"
            hints.append(tag_filter_hint(self.store, self.filter.tag, how))
        return [h for h in hints if h]

    def handle_request(self, request: dict[str, Any]) -> None:
        """Show one speaker's claims (asked by the Speakers view)."""
        speaker_id = request.get("speaker")
        if speaker_id:
            doc = self.store.doc(Speaker.TABLE, speaker_id)
            name = doc["name"] if doc else speaker_id
            self.filter = ClaimFilter(speaker=speaker_id)
            self.search_query = f"speaker:{_quoted(name)}"

    def _keys(self) -> list[str]:
        app = self.ct_app
        return claim_ids(self.store, self.filter, self.order, app.claim_facts(), app.claim_texts)

    def reload(self) -> None:
        """Apply the filter; the header counts what is shown."""
        keys = self._keys()
        lst = self.query_one(LazyList)
        lst.set_rows(keys, keep=self.ct_app.current_claim)
        facts = self.ct_app.claim_facts()
        total = self.store.count(Claim.TABLE)
        header = Text(counted(len(keys), "claim"), style="bold")
        if len(keys) != total:
            header.append(f" of {total}")
        if self.search_query:  # next to the count it explains: a long query was cut off
            query = shorten(clean(self.search_query, one_line=True), 40)
            header.append(f" / {query}", style="italic")
        # The order and its key before the counts: last, it was the first thing cut off at
        # 80 columns once a few verdicts were counted, and `s` went unseen.
        header.append(f" · by {self.order} (s)", style="dim")
        contested = sum(1 for k in keys if k in facts.contested) if keys else 0
        header.append(f" · ⇄ {contested} contested")
        counts = facts.verdict_counts(keys) if len(keys) < 50_000 else {}
        for verdict, label in VERDICT_BADGES.items():
            if verdict is not None and counts.get(verdict):
                header.append(f" · {label} {counts[verdict]}")
        self.set_header(header)
        lst.focus()

    def on_lazy_list_highlighted(self, event: LazyList.Highlighted) -> None:
        """The Graph follows the highlighted claim."""
        if event.key:
            self.ct_app.current_claim = event.key

    def on_lazy_list_selected(self, event: LazyList.Selected) -> None:
        """Double click opens the graph."""
        self.action_open_graph()

    def export_scopes(self) -> list[ExportScope]:
        """The claims listed (when filtered), and the highlighted claim with its links."""
        from claimtrack.export.filters import ExportFilter

        lst = self.query_one(LazyList)
        scopes: list[ExportScope] = []
        if lst.keys and len(lst.keys) < self.store.count(Claim.TABLE):
            query = clean(self.search_query, one_line=True)
            listed = ExportFilter(claims=tuple(lst.keys))
            scopes.append((f"the {counted(len(lst.keys), 'claim')} listed ({query})", listed))
        if lst.current is not None:
            scopes.append(around_claim(lst.current))
        return scopes

    def _current(self) -> str | None:
        key = self.query_one(LazyList).current
        if key is None:
            self.ct_app.error("no claim selected")
        return key

    def action_open_graph(self) -> None:
        """Show the highlighted claim's neighbourhood."""
        key = self._current()
        if key is not None:
            self.ct_app.current_claim = key
            self.ct_app.show_view("graph")

    @work(exclusive=True, group="dialog")
    async def action_link(self) -> None:
        """Link the highlighted claim to another."""
        key = self._current()
        if key is not None:
            await link_flow(self.ct_app, key)

    @work(exclusive=True, group="dialog")
    async def action_outcome(self) -> None:
        """Record the highlighted claim's outcome."""
        key = self._current()
        if key is not None:
            await outcome_flow(self.ct_app, key)

    @work(exclusive=True, group="dialog")
    async def action_note(self) -> None:
        """Write the note on the highlighted claim."""
        key = self._current()
        claim = self.store.get(Claim, key) if key else None
        if claim is None:
            return
        note = await self.app.push_screen_wait(
            PromptDialog(
                f"Note on claim {claim_line(self.ct_app, claim.id)}",
                claim.note or "",
                hint="⏎ save (empty clears) · esc cancel",
            )
        )
        if note is None:
            return
        if self.ct_app.attempt(annotate.edit_claim, self.store, claim.id, note=note.strip()):
            self.ct_app.changed(f"note on claim {claim.id} saved")

    @work(exclusive=True, group="dialog")
    async def action_tags(self) -> None:
        """Edit the highlighted claim's tags (comma-separated; the field shows the current ones)."""
        key = self._current()
        claim = self.store.get(Claim, key) if key else None
        if claim is None:
            return
        typed = await self.app.push_screen_wait(
            PromptDialog(
                f"Tags of claim {claim_line(self.ct_app, claim.id)}",
                ", ".join(claim.tags),
                hint="comma-separated · ⏎ save · esc cancel",
            )
        )
        if typed is None:
            return
        wanted = [t.strip() for t in typed.split(",") if t.strip()]
        removed = [t for t in claim.tags if t not in wanted]
        updated = self.ct_app.attempt(
            annotate.edit_claim, self.store, claim.id, add_tags=wanted, remove_tags=removed
        )
        if updated is not None:
            self.ct_app.changed(f"claim {claim.id} tags: {', '.join(updated.tags) or 'none'}")

    def action_sort(self) -> None:
        """Sort by the next order: first reported, newest, speaker, id."""
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        self.refresh_view()
        self.ct_app.info(f"claims sorted by {CLAIM_ORDERS[self.order]}")

    def action_clear_filter(self) -> None:
        """Show every claim again."""
        if self.filter == ClaimFilter() and not self.search_query:
            # `c` with nothing to clear did nothing at all, so it looked broken.
            self.ct_app.info("no filter to clear: every claim is listed (/ filters them)")
            return
        self.filter = ClaimFilter()
        super().apply_search("")
