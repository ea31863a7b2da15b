"""View 2, Reader: one document, statements marked by speaker, suggestions, quantities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType

from claimtrack.errors import ClaimtrackError
from claimtrack.model import Quantity, Source, Speaker, Statement
from claimtrack.quantities import describe, extract_quantities, phrase_end
from claimtrack.services import annotate
from claimtrack.services.queries import (
    is_reviewed,
    source_progress,
    sources_in_order,
    statements_of_source,
)
from claimtrack.textnorm import counted, fold, matches, search_terms, shorten
from claimtrack.tui.actions import bindings_for
from claimtrack.tui.annotate import (
    claim_picker,
    link_flow,
    outcome_flow,
    same_article_claims,
    speaker_picker,
    statement_line,
)
from claimtrack.tui.dialogs.picker import Pick
from claimtrack.tui.dialogs.prompt import PromptDialog
from claimtrack.tui.dialogs.split import SplitDialog
from claimtrack.tui.rows import speaker_name
from claimtrack.tui.screens.base import ExportScope, ViewScreen, around_claim, source_claims
from claimtrack.tui.text import (
    STATUS_NARRATION,
    STATUS_OPEN,
    STATUS_SUGGESTED,
    STATUS_TAGGED,
    VERDICT_BADGES,
    clean,
)
from claimtrack.tui.widgets.document import Block, DocumentView

if TYPE_CHECKING:
    from claimtrack.attribution.proposals import NewSpeaker


def highlight_quantities(text: str, quantities: tuple[Quantity, ...] | list[Quantity]) -> Text:
    """The statement with each quantity underlined and its reading in ⟨⟩ after it: after
    the unit right after the number too ("about 12 nautical miles ⟨…⟩", not "about 12 ⟨…⟩
    nautical miles"), but not after words that leave the unit to later in the clause
    ("1.166 ⟨1,166 troops killed⟩ pasukan … tewas")."""
    out = Text()
    pos = 0
    for q in quantities:
        surface = clean(q.text, one_line=True)
        at = text.find(surface, pos) if surface else -1
        if at < 0:
            continue
        out.append(text[pos:at])
        stop = phrase_end(text, q, at + len(surface))
        surface = text[at:stop]
        out.append(surface, style="bold underline")
        reading = describe(q)
        if fold(reading) != fold(surface):
            out.append(f" ⟨{reading}⟩", style="italic dim")
        pos = stop
    out.append(text[pos:])
    return out


class ReaderScreen(ViewScreen):
    """Read a document statement by statement and attribute each one."""

    SCOPE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("reader")

    def __init__(self) -> None:
        super().__init__()
        self._statements: dict[str, Statement] = {}
        self._suggestions: dict[str, Any] = {}
        self.shown: str | None = None
        """The source on screen."""
        self._folded: dict[str, tuple[str, list[dict[str, Any]], list[str]]] = {}
        """Per source: its text, its statements and their folded text (`_folded_statements`)."""
        self._opening = True
        """The next reload shows a document afresh: its cursor goes to the first statement to
        review (`_start_on_work`)."""
        self._asked: object | None = None
        """The search whose other documents are being searched (`_point_elsewhere`), a token
        of its own for each; None when no search shown awaits an answer."""

    def compose_body(self) -> ComposeResult:
        """The document."""
        yield DocumentView(empty="No documents yet: press i to import.", id="document")

    # -- loading -------------------------------------------------------------------------
    def is_stale(self) -> bool:
        """Another view chose a different source."""
        return self.ct_app.current_source != self.shown

    def handle_request(self, request: dict[str, Any]) -> None:
        """Opened on another source: start at its first statement still to review."""
        self._opening = True

    def _sources(self) -> list[str]:
        return sources_in_order(self.store)

    def _source_id(self) -> str | None:
        current = self.ct_app.current_source
        if current and self.store.doc(Source.TABLE, current):
            return current
        # Opened afresh, the first source with work left: reopening the store landed on the
        # earliest source even when all of it was reviewed ("8/8 reviewed").
        sources = self._sources()
        for sid in sources:
            reviewed, total = source_progress(self.store, sid)
            if reviewed < total:
                return sid
        return sources[0] if sources else None

    def reload(self) -> None:
        """Lay out the current source's statements."""
        view = self.query_one(DocumentView)
        sid = self._source_id()
        self.ct_app.current_source = self.shown = sid
        if sid is None:
            self._statements, self._suggestions = {}, {}
            view.set_blocks([])
            self.set_header(Text("Reader", style="bold"))
            view.focus()
            return
        src = self.store.doc(Source.TABLE, sid) or {}
        statements = statements_of_source(self.store, sid)
        try:
            self._suggestions = dict(self.ct_app.suggestions.for_source(sid))
        except Exception as exc:  # suggestions are a help: the document still shows
            self._suggestions = {}
            self.ct_app.error(f"speaker suggestions failed: {exc}")
        needle = search_terms(self.search_query)
        self._asked = None  # a search elsewhere still running answers nothing shown now
        text = src.get("text", "")
        if needle:
            statements = [s for s in statements if matches(needle, fold(text[s.start : s.end]))]
        self._statements = {s.id: s for s in statements}
        if needle and not statements:
            self._point_elsewhere(view, needle, sid)
        blocks = [self._block(src, st) for st in statements]
        if self._opening:
            view.cursor = 0
        view.set_blocks(blocks, keep=None if self._opening else view.current)
        if self._opening:
            self._opening = False
            self._start_on_work(view)
        self._set_header(src, statements)
        view.focus()

    def _start_on_work(self, view: DocumentView) -> None:
        """A document opens on its first statement still to review, else its first row: the
        seed article's first row is its breadcrumb, marked narration at import, where ⏎ only
        said "already narration" and the analyst had to step past it to start."""
        for key in view.keys:
            if self._to_review(key):
                view.select_key(key)
                return

    def _point_elsewhere(self, view: DocumentView, needle: Any, shown: str) -> None:
        """A search matching nothing in this document says where it does match: "Nothing
        matches “Putin”" in one article sent the desk looking, while another article it had
        read held him (`[` and `]` keep the search).

        The other documents are searched in a worker: the first search of a session folds
        every statement (1.3-1.8 s at 100k statements, the screen frozen meanwhile), later
        ones still match each (~0.5 s). What they are searched in is taken here, on the
        screen's thread, as the store now stands (a change made since, here or by the CLI,
        is seen by the next search); the worker's answer is shown only if the search and
        the document are still the ones it was asked for."""
        others = self._searched_in([sid for sid in self._sources() if sid != shown])
        if not others:
            return
        asked = self._asked = object()
        query = shorten(clean(self.search_query, one_line=True), 30)
        view.empty_message = f"Nothing here matches “{query}”: looking in the other documents…"
        self._search_elsewhere(others, needle, asked)

    def _searched_in(self, order: list[str]) -> list[tuple[str, str, list[dict[str, Any]]]]:
        """What a search reads of each source of `order` that has statements, as the store
        stands now (taken on the screen's thread, read by `_search_elsewhere`'s)."""
        docs = self.store.docs(Statement.TABLE)
        by_source = self.store.indexed_values(Statement.TABLE, "source")
        sources = self.store.docs(Source.TABLE)
        return [
            (
                sid,
                (sources.get(sid) or {}).get("text", ""),
                [docs[i] for i in by_source[sid]],
            )
            for sid in order
            if sid in by_source
        ]

    @work(thread=True, exclusive=True, group="search", exit_on_error=False, description="search")
    def _search_elsewhere(
        self,
        others: list[tuple[str, str, list[dict[str, Any]]]],
        needle: Any,
        asked: object,
        first: bool = False,
    ) -> None:
        """Count the matches in each other document (off the screen's thread); `first`: only
        find the first of them that matches, for `]` and `[` (`_step_to_match`)."""
        found: dict[str, int] = {}
        for sid, text, statements in others:
            if self._asked is not asked:
                return  # another search, or another document, since: its answer is news
            folded = self._folded_statements(sid, text, statements)
            hits = sum(1 for f in folded if matches(needle, f))
            if hits:
                found[sid] = hits
                if first:
                    break
        if first:
            self.app.call_from_thread(self._step_to_match, next(iter(found), None), asked)
        else:
            self.app.call_from_thread(self._found_elsewhere, found, asked)

    def _found_elsewhere(self, found: dict[str, int], asked: object) -> None:
        """Say where the search matches, if the analyst still looks at that search."""
        if self._asked is not asked:
            return
        self._asked = None
        view = self.query_one(DocumentView)
        query = shorten(clean(self.search_query, one_line=True), 30)
        if not found:
            view.empty_message = (
                f"Nothing matches “{query}”: press / then ctrl+u ⏎ (an empty search) to see all."
            )
            view.refresh()
            return
        first = self.store.doc(Source.TABLE, next(iter(found))) or {}
        outlet = shorten(clean(first.get("outlet") or first.get("id") or "", one_line=True), 24)
        total = sum(found.values())
        where = outlet if len(found) == 1 else counted(len(found), "other document")
        view.empty_message = (
            f"Nothing here matches “{query}”: {total} in {where}; "
            "] or [ opens the next, the search kept"
        )
        view.refresh()

    def _folded_statements(
        self, sid: str, text: str, statements: list[dict[str, Any]]
    ) -> list[str]:
        """The `fold`ed text of each of a source's statements (in no particular order), kept
        from one search to the next: folding 100k statements (and making a record of each)
        took 1.3 to 2 s of every search that found nothing in the document shown. Folded
        again when the source's text or one of its statements is another one (the store
        replaces a record it changes: it never edits one in place). `text` and `statements`
        are the source's as the store stood when the search was asked (`_point_elsewhere`)."""
        cached = self._folded.get(sid)
        if cached is not None and cached[0] == text and cached[1] == statements:
            return cached[2]
        folded = [fold(text[st["start"] : st["end"]]) for st in statements]
        self._folded[sid] = (text, statements, folded)
        return folded

    def reveal(self, touched: dict[str, list[str]]) -> None:
        """Put the cursor on the first statement (in reading order) an undo or redo changed,
        opening its source when it is another one."""
        docs = self.store.docs(Statement.TABLE)
        found = [docs[i] for i in touched.get(Statement.TABLE, ()) if i in docs]
        if not found:
            return
        here = [d for d in found if d["source"] == self.shown] or found
        first = min(here, key=lambda d: (d["source"], d["start"]))
        if first["source"] != self.shown:
            self.ct_app.current_source = first["source"]
            self.refresh_view()
        self.query_one(DocumentView).select_key(first["id"])

    def _set_header(self, src: dict[str, Any], statements: list[Statement]) -> None:
        done = sum(1 for s in statements if s.speaker or s.narration)
        header = Text()
        if self.search_query:  # first: a long outlet cut the line before the filter showed
            query = shorten(clean(self.search_query, one_line=True), 30)
            header.append(f"{len(statements)} matching “{query}” · ", style="italic")
        header.append(shorten(clean(src.get("outlet") or "—", one_line=True), 28), style="bold")
        header.append(f" · {src.get('published') or '—'} · {src.get('lang')} · {src.get('id')} ")
        # "· " before the title: "0/9 reviewed Drone strike…" read as one phrase
        if self.search_query:
            header.append(f"{done} reviewed · ", style="dim")
        else:
            header.append(f"{done}/{len(statements)} reviewed · ", style="dim")
        header.append(clean(src.get("title"), one_line=True), style="italic")
        self.set_header(header)

    def _block(self, src: dict[str, Any], st: Statement) -> Block:
        raw = clean(src.get("text", "")[st.start : st.end], one_line=True).strip()
        # Read from the statement itself: an appearance merged into a claim from another
        # language words the claim's numbers its own way ("1.166", "5 тысяч").
        body = highlight_quantities(raw, extract_quantities(raw, src.get("lang", "und")))
        symbol = STATUS_OPEN
        if st.speaker:
            symbol = STATUS_TAGGED
            body.append(f"  — {speaker_name(self.store, st.speaker)}", style="bold")
            verdict = self.ct_app.claim_facts().verdict(st.claim) if st.claim else None
            if verdict:
                body.append(f" · {VERDICT_BADGES[verdict]}", style="bold")
        elif st.narration:
            symbol = STATUS_NARRATION
            body.append("  — narration", style="dim")
        elif (sugg := self._suggestions.get(st.id)) is not None:
            symbol = STATUS_SUGGESTED
            if sugg.speaker:
                who = speaker_name(self.store, sugg.speaker)
            else:
                who = f"new speaker “{clean(sugg.proposed_name, one_line=True)}”"
                also = sugg.proposal.aliases if sugg.proposal else ()
                if also:
                    who += ", also " + ", ".join(f"“{clean(a, one_line=True)}”" for a in also)
            reason = clean(sugg.reason, one_line=True)
            body.append(f"  — suggested: {who} ({reason}) ⏎", style="italic")
        if st.note:
            body.append(f"  ✎ {clean(st.note, one_line=True)}", style="dim")
        return Block(st.id, symbol, body)

    # -- the statement under the cursor ------------------------------------------------------
    def current_statement(self) -> Statement | None:
        """The statement under the cursor, fresh from the store."""
        key = self.query_one(DocumentView).current
        return self.store.get(Statement, key) if key else None

    def export_scopes(self) -> list[ExportScope]:
        """The claims reported in this source, and the current statement's claim with its
        links."""
        scopes = source_claims(self.store, self.shown)
        st = self.current_statement()
        if st is not None and st.claim:
            scopes.append(around_claim(st.claim))
        return scopes

    def _need_statement(self) -> Statement | None:
        st = self.current_statement()
        if st is None:
            self.ct_app.error(
                "no statement matches the filter: press / then ctrl+u ⏎ (an empty search)"
                if self.search_query
                else "no statement here: import a document first (i)"
            )
        return st

    def _need_claim(self, what: str) -> str | None:
        st = self._need_statement()
        if st is None:
            return None
        if st.claim is None:
            self.ct_app.error(
                f"statement {st.id} is not a claim yet: tag its speaker (s) to {what}"
            )
            return None
        return st.claim

    def on_document_view_highlighted(self, event: DocumentView.Highlighted) -> None:
        """The Graph follows the claim under the cursor."""
        st = self._statements.get(event.key or "")
        if st is not None and st.claim:
            self.ct_app.current_claim = st.claim

    def _to_review(self, key: str) -> bool:
        """The statement still waits for the analyst: no speaker and not narration."""
        doc = self.store.doc(Statement.TABLE, key)
        return doc is not None and not is_reviewed(doc)

    def _advance(self) -> None:
        """After ⏎, `s` or `x`: on to the next statement still to review, as a review queue
        does. Moving to the next row landed on datelines marked narration at import and on
        statements already tagged, which ⏎ then refused. Past the last one, back to the
        first left above (said, as the cursor jumps up); with none left the cursor stays on
        the statement just reviewed, and a notice says the document is done."""
        view = self.query_one(DocumentView)
        keys, here = view.keys, view.cursor
        after = [i for i in range(here + 1, len(keys)) if self._to_review(keys[i])]
        if after:
            view.select_key(keys[after[0]])
            return
        before = [i for i in range(here) if self._to_review(keys[i])]
        shown = " matching the search" if self.search_query else ""
        if before:
            view.select_key(keys[before[0]])
            self.ct_app.info(
                f"end of the document: back up to the first statement{shown} left to review "
                f"({len(before)} left)"
            )
            return
        every = "the one statement" if len(keys) == 1 else f"all {len(keys)} statements"
        self.ct_app.info(f"{every}{shown} reviewed: ] reads the next source")

    def _tagged(self, statement_id: str, speaker_id: str) -> None:
        self._tag_with(annotate.tag, statement_id, speaker_id)

    def _tag_with(self, service: Any, statement_id: str, *args: Any) -> None:
        """Run a tagging service (`tag`, `tag_as_new_speaker`, `accept_suggestion`: one change,
        one undo step)."""
        result = self.ct_app.attempt(service, self.store, statement_id, *args)
        if result is not None:
            _, _, claim = result
            self.ct_app.current_claim = claim.id
            self.ct_app.changed()  # the ✓ and the name in the text say it
            self._advance()

    # -- actions ---------------------------------------------------------------------------
    def action_next_statement(self) -> None:
        """Next statement."""
        self.query_one(DocumentView).action_cursor_down()

    def action_previous_statement(self) -> None:
        """Previous statement."""
        self.query_one(DocumentView).action_cursor_up()

    def action_accept(self) -> None:
        """Tag the statement with the suggested speaker (registering a proposed new one)."""
        st = self._need_statement()
        if st is None:
            return
        sugg = self._suggestions.get(st.id)
        if st.speaker:
            # Said "no suggestion here" on a statement already tagged, as if it had none.
            who = speaker_name(self.store, st.speaker)
            self.ct_app.info(f"already said by {who}: s picks another speaker, ⌫ untags")
            return
        if st.narration:
            # Said "no suggestion here" on a dateline marked narration at import, as if it
            # still waited for a speaker (`j` and `k` step onto such rows).
            self.ct_app.info("already narration: j goes on, s gives it a speaker, ⌫ untags")
            return
        if sugg is None:
            self.ct_app.info("no suggestion here: press s to pick a speaker")
            return
        known = set(self.store.docs(Speaker.TABLE)) if sugg.speaker is None else None
        self._tag_with(annotate.accept_suggestion, st.id, sugg)
        if known is not None:
            self._say_registered(st.id, known)

    def _say_registered(self, statement_id: str, known: set[str]) -> None:
        """Name the speaker ⏎ just registered from a proposal, with the kind and side
        guessed for it: the CLI says so, the Reader showed only the name."""
        tagged = self.store.doc(Statement.TABLE, statement_id) or {}
        made = self.store.doc(Speaker.TABLE, tagged.get("speaker") or "")
        if made is None or made["id"] in known:
            return
        told = ", ".join(
            filter(
                None, [made.get("kind"), f"side {made['side']}" if made.get("side") else "no side"]
            )
        )
        self.ct_app.info(
            f"registered new speaker {made['name']} ({told}): r in Speakers (4) corrects it, "
            "u undoes"
        )

    @work(exclusive=True, group="dialog")
    async def action_tag(self) -> None:
        """Pick the speaker (fuzzy, or create it)."""
        st = self._need_statement()
        if st is None:
            return
        sugg = self._suggestions.get(st.id)
        pick: Pick | None = await self.app.push_screen_wait(
            speaker_picker(
                self.ct_app,
                f"Speaker of statement {st.id}\n{statement_line(self.ct_app, st)}",
                # a proposal to shorten or correct; a tagged statement's speaker is changed
                proposed=(sugg.proposed_name or "") if sugg and st.speaker is None else "",
            )
        )
        proposal = sugg.named_as if sugg is not None else None
        if pick is not None and pick.create:
            self._tag_with(annotate.tag_as_new_speaker, st.id, pick.create, proposal)
            tagged = self.store.doc("statements", st.id)
            made = self.store.doc("speakers", tagged["speaker"]) if tagged["speaker"] else None
            if made is not None and (made.get("aliases") or made.get("side")):
                also = ", ".join(made.get("aliases") or ()) or "no other name"
                side = f"; side {made['side']}" if made.get("side") else ""
                self.ct_app.info(f"{made['name']} also answers to {also}{side} (u undoes)")
            if made is not None:  # "Ganja said" typed as a new "Azerbaijan": not its name
                self._say_withheld(st, proposal, Speaker.from_doc(made))
        elif pick is not None and pick.key is not None:
            chosen = self.store.get(Speaker, pick.key)
            learned = annotate.learned_aliases(self.store, st, proposal, chosen)
            if (same := annotate.already_tagged(self.store, st, pick.key, proposal)) is not None:
                self.ct_app.info(f"already said by {same.name}: nothing changed")  # nor logged
                return
            self._tag_with(annotate.tag, st.id, pick.key, proposal)
            if self.store.doc("statements", st.id)["speaker"] != pick.key:
                return
            if learned:
                self.ct_app.info(f"learned: {', '.join(learned)} is this speaker too (u undoes)")
            if chosen is not None:
                self._say_withheld(st, proposal, chosen)

    def _say_withheld(self, st: Statement, proposal: NewSpeaker | None, speaker: Speaker) -> None:
        """Say which towns the statement named are not learned as `speaker`'s name, a state
        of which they are no capital ("Ganja" said for Azerbaijan, whether picked or typed
        as a new speaker): the next "Ganja said" is not its, and the analyst is told so, in
        the CLI's words (`annotate.withheld_towns`)."""
        withheld = annotate.withheld_towns(self.store, st, proposal, speaker)
        if withheld:
            self.ct_app.info(f"not learned: {'; '.join(withheld)}")

    def action_narration(self) -> None:
        """The outlet's own voice: no speaker, not a claim."""
        st = self._need_statement()
        if st is None:
            return
        if self.ct_app.attempt(annotate.mark_narration, self.store, st.id) is not None:
            self.ct_app.changed()
            self._advance()

    def action_untag(self) -> None:
        """Back to unreviewed: no speaker, no claim, not narration."""
        st = self._need_statement()
        if st is None:
            return
        if self.ct_app.attempt(annotate.untag, self.store, st.id) is not None:
            self.ct_app.changed(f"untagged {st.id}")

    @work(exclusive=True, group="dialog")
    async def action_merge(self) -> None:
        """This statement reports an existing claim: merge it into that one."""
        st = self._need_statement()
        if st is None or self.ct_app.attempt(annotate.check_mergeable, st) is None:
            return
        exclude = frozenset({st.claim}) if st.claim else frozenset()
        pick: Pick | None = await self.app.push_screen_wait(
            claim_picker(
                self.ct_app,
                f"Statement {st.id} {statement_line(self.ct_app, st, 50)}\nis the same claim as…",
                exclude,
                speaker=st.speaker or getattr(self._suggestions.get(st.id), "speaker", None),
                near=same_article_claims(self.store, st.claim, st.source),
            )
        )
        if pick is None or pick.key is None:
            return
        self.merge_into(st, pick.key)

    def merge_into(self, st: Statement, target: str) -> None:
        """Make `st` an appearance of claim `target` (tagging it with that speaker first)."""
        app = self.ct_app
        if st.claim is None:
            if app.attempt(annotate.attach, self.store, st.id, target) is not None:
                app.current_claim = target
                app.changed(f"{st.id} is now an appearance of claim {target}")
            return
        try:
            note = annotate.merge_verdict_note(self.store, target, [st.claim])
        except ClaimtrackError:
            note = None  # the merge below says why
        kept = app.attempt(annotate.merge_claims, self.store, target, [st.claim])
        if kept is not None:
            app.current_claim = kept.id
            app.changed(f"{st.id} merged into claim {kept.id}")
            if note:
                app.warn(note)

    @work(exclusive=True, group="dialog")
    async def action_link(self) -> None:
        """Link this statement's claim to another: picker, then c / s / r."""
        claim_id = self._need_claim("link it")
        if claim_id is not None:
            await link_flow(self.ct_app, claim_id)

    @work(exclusive=True, group="dialog")
    async def action_outcome(self) -> None:
        """Record how this statement's claim turned out."""
        claim_id = self._need_claim("judge it")
        if claim_id is not None:
            await outcome_flow(self.ct_app, claim_id)

    @work(exclusive=True, group="dialog")
    async def action_note(self) -> None:
        """Write (or clear) the note on this statement."""
        st = self._need_statement()
        if st is None:
            return
        note = await self.app.push_screen_wait(
            PromptDialog(
                f"Note on statement {st.id}\n{statement_line(self.ct_app, st)}",
                st.note or "",
                hint="⏎ save (empty clears) · esc cancel",
            )
        )
        if note is None:
            return
        if self.ct_app.attempt(annotate.set_statement_note, self.store, st.id, note.strip()):
            self.ct_app.changed()

    @work(exclusive=True, group="dialog")
    async def action_split(self) -> None:
        """Cut the statement in two (a sentence of two speakers): the cut moves by word or by
        character; the cursor then goes to the new second part, the one to attribute next."""
        from claimtrack.services import spans

        st = self._need_statement()
        if st is None:
            return
        places = spans.cut_places(self.store, st)
        if not places.characters:
            self.ct_app.error(f"statement {st.id} is one word: nothing to split")
            return
        said = spans.statement_text(self.store, st)
        at = await self.app.push_screen_wait(
            SplitDialog(
                f"Split statement {st.id}",
                said,
                st.start,
                places.words,
                places.characters,
                places.sentences,
            )
        )
        if at is None:
            return
        done = self.ct_app.attempt(spans.split, self.store, st.id, at)
        if done is not None:
            first, second = done
            self.ct_app.changed(
                f"split {first.id} in two: {second.id} is new, to review (u undoes)"
            )
            self.query_one(DocumentView).select_key(second.id)

    def action_join(self) -> None:
        """Join the statement with the next one of its document (a quote cut in two): the one
        under the cursor keeps its id, speaker, claim and note."""
        from claimtrack.services import spans

        st = self._need_statement()
        if st is None:
            return
        # the next in the document, not on screen: a search may hide the one between
        later = [s for s in statements_of_source(self.store, st.source) if s.start > st.start]
        if not later:
            self.ct_app.error(f"statement {st.id} is the last of its document: nothing to join")
            return
        done = self.ct_app.attempt(spans.join, self.store, st.id, later[0].id)
        if done is not None:
            joined, gone = done
            self.ct_app.changed(f"joined {gone.id} into {joined.id} (u undoes)")
            self.query_one(DocumentView).select_key(joined.id)

    def _step_source(self, step: int) -> None:
        """Read the next (`step` 1) or previous (-1) document; during a search, the next one
        the search matches in (it stepped into documents showing nothing, one after another)."""
        sources = self._sources()
        if not sources:
            return
        current = self._source_id()
        index = sources.index(current) if current in sources else 0
        needle = search_terms(self.search_query)
        if not needle:
            self._open_source(sources[(index + step) % len(sources)])
            return
        ahead = [sources[(index + step * k) % len(sources)] for k in range(1, len(sources))]
        others = self._searched_in(ahead)
        if not others:
            self._step_to_match(None, self._asked)
            return
        asked = self._asked = object()
        self._search_elsewhere(others, needle, asked, first=True)

    def _step_to_match(self, sid: str | None, asked: object) -> None:
        """Open the document `_step_source` found the search in, if still asked; say so when
        no other document holds it."""
        if self._asked is not asked:
            return
        self._asked = None
        if sid is not None:
            self._open_source(sid)
            return
        query = shorten(clean(self.search_query, one_line=True), 30)
        self.ct_app.info(
            f"No other document matches “{query}” (/ then ctrl+u ⏎: an empty search shows all)"
        )

    def _open_source(self, sid: str) -> None:
        self.ct_app.current_source = sid
        self._opening = True
        self.refresh_view()

    def action_previous_source(self) -> None:
        """Read the previous document."""
        self._step_source(-1)

    def action_next_source(self) -> None:
        """Read the next document."""
        self._step_source(1)

    def search_hint(self) -> str:
        """What `/` does here."""
        return "⏎ show only statements containing this text (empty: all) · esc cancel"
