"""View 4, Speakers: aliases, side, their claims and track record (resolved claims by verdict)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from claimtrack.attribution.same_speaker import LikelySame
from claimtrack.model import Claim, Speaker
from claimtrack.services.queries import ClaimFacts, track_record
from claimtrack.services.speakers import (
    SideTypo,
    add_speaker,
    alias_hint,
    check_new_speaker,
    edit_speaker,
    known_sides,
    merge_speakers,
    side_typo,
    similar,
)
from claimtrack.textnorm import counted, fold, shorten
from claimtrack.tui.actions import bindings_for
from claimtrack.tui.annotate import speaker_picker
from claimtrack.tui.dialogs.picker import Pick
from claimtrack.tui.dialogs.speaker import SpeakerDialog, SpeakerInput
from claimtrack.tui.screens.base import ExportScope, ViewScreen
from claimtrack.tui.text import VERDICT_BADGES, clean, fit_name, plain, verdict_badge
from claimtrack.tui.widgets.lazy_list import LazyList

DETAIL_CLAIMS = 40
"""How many of a speaker's claims the detail pane lists."""


def speaker_detail(
    speaker: dict[str, Any],
    record: dict[str, int],
    claims: list[dict[str, Any]],
    facts: ClaimFacts,
    alike: Sequence[tuple[str, LikelySame]] = (),
) -> Text:
    """Everything about one speaker, as plain safe text; `alike`: (name, match) of speakers
    that are likely the same one under another name."""
    text = Text()
    text.append(clean(speaker["name"], one_line=True) + "\n", style="bold")
    text.append(f"{speaker.get('kind', 'other')} · side: {speaker.get('side') or '—'} · "
                f"id {speaker['id']}\n", style="dim")  # fmt: skip
    aliases = speaker.get("aliases") or ()
    text.append("aliases: ", style="bold")
    text.append(clean("; ".join(aliases), one_line=True) if aliases else "—")
    for name, found in alike:
        text.append("\nmay be the same speaker as: ", style="bold")
        text.append(clean(name, one_line=True))
        why = f"“{found.name}” ~ “{found.other_name}”"
        text.append(f" ({clean(why, one_line=True)}) · m merges", style="dim")
    text.append("\n\ntrack record: ", style="bold")
    judged = {k: v for k, v in record.items() if k != "unjudged"}
    if judged:
        text.append(" · ".join(f"{VERDICT_BADGES.get(k, k)} {v}" for k, v in judged.items()))
    else:
        text.append("no resolved claims")
    if record.get("unjudged"):
        text.append(f" · {record['unjudged']} unjudged", style="dim")
    text.append(f"\n\nclaims ({len(claims)}):\n", style="bold")
    for doc in claims[:DETAIL_CLAIMS]:
        text.append_text(verdict_badge(facts.verdict(doc["id"])))
        text.append_text(plain(doc["summary"]))
        text.append("\n")
    if len(claims) > DETAIL_CLAIMS:
        text.append(f"… and {len(claims) - DETAIL_CLAIMS} more (⏎ lists them)\n", style="dim")
    return text


def search_rank(speaker: dict[str, Any], needle: str) -> int | None:
    """Where a speaker goes among those a search finds (`needle` folded), or None when it
    is not found: the speaker the name typed is, then the one it is an alias of, then names
    holding it, then aliases holding it ("Aliyev" lists Ilham Aliyev before an aide whose
    alias is "aide to Aliyev", whatever the alphabet says)."""
    name = fold(speaker["name"])
    aliases = [fold(a) for a in speaker.get("aliases") or ()]
    for rank, found in enumerate(
        (name == needle, needle in aliases, needle in name, any(needle in a for a in aliases))
    ):
        if found:
            return rank
    return None


class SpeakersScreen(ViewScreen):
    """Speakers on the left, the highlighted one's details on the right."""

    SCOPE = "speakers"
    LISTED = "speakers"
    RANKED_SEARCH = True
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("speakers")

    def compose_body(self) -> ComposeResult:
        """List and detail side by side."""
        with Horizontal(id="speakers-body"):
            yield LazyList(self._row, empty="No speakers yet: press a to add one.", id="list")
            with VerticalScroll(id="detail-pane"):
                yield Static(id="detail")

    def _row(self, key: str, width: int) -> Text:
        doc = self.store.doc(Speaker.TABLE, key)
        if doc is None:
            return Text("(deleted)", style="dim")
        claims = len(self.store.indexed_values("claims", "speaker").get(key, ()))
        text = Text(fit_name(clean(doc["name"], one_line=True), max(8, width - 6)), style="bold")
        text.append(f" {claims:>4}", style="dim")
        return text

    def reload(self) -> None:
        """List the speakers by name; a search lists those whose name or an alias holds it,
        best first (`search_rank`)."""
        docs = self.store.docs(Speaker.TABLE)
        keys = sorted(docs, key=lambda i: (fold(docs[i]["name"]), i))
        needle = fold(self.search_query)
        if needle:
            ranks = {k: search_rank(docs[k], needle) for k in keys}
            keys = sorted((k for k in keys if ranks[k] is not None), key=lambda k: ranks[k] or 0)
        lst = self.query_one(LazyList)
        lst.set_rows(keys)
        header = Text(counted(len(keys), "speaker"), style="bold")
        if needle:
            query = shorten(clean(self.search_query, one_line=True), 30)
            header.append(f" matching “{query}”, best first", style="italic")
        header.append("   name · claims", style="dim")
        self.set_header(header)
        self._show(lst.current)
        lst.focus()

    def _show(self, key: str | None) -> None:
        detail = self.query_one("#detail", Static)
        doc = self.store.doc(Speaker.TABLE, key) if key else None
        if doc is None:
            detail.update(Text(""))
            return
        claims_docs = self.store.docs(Claim.TABLE)
        claims = [claims_docs[c] for c in sorted(self.store.ids_where("claims", "speaker", key))]
        record = track_record(self.store, key)
        docs = self.store.docs(Speaker.TABLE)
        alike = [
            (docs[found.other]["name"], found)
            for found in similar(self.store.all(Speaker), only=key).get(key, ())
        ]
        detail.update(speaker_detail(doc, record, claims, self.ct_app.claim_facts(), alike))

    def export_scopes(self) -> list[ExportScope]:
        """The highlighted speaker's claims."""
        from claimtrack.export.filters import ExportFilter

        key = self.query_one(LazyList).current
        doc = self.store.doc(Speaker.TABLE, key) if key else None
        if key is None or doc is None:
            return []
        name = clean(doc["name"], one_line=True)
        return [(f"the claims of {name}", ExportFilter(speakers=(key,)))]

    def on_lazy_list_highlighted(self, event: LazyList.Highlighted) -> None:
        """Show the highlighted speaker."""
        self._show(event.key)

    def action_speaker_claims(self) -> None:
        """List this speaker's claims in the Claims view."""
        key = self.query_one(LazyList).current
        if key is None:
            return
        self.ct_app.show_view("claims", speaker=key)

    def _sides(self) -> list[str]:
        """The sides in use, most used first (then by name), for the speaker dialog."""
        counts = known_sides(self.store)
        return sorted(counts, key=lambda side: (-counts[side], side.casefold()))

    @work(exclusive=True, group="dialog")
    async def action_add_speaker(self) -> None:
        """Register a speaker: name, aliases, side, kind. A refused one (the name is taken) opens
        the dialog again with what was typed."""
        typed: SpeakerInput | None = None

        def check(answer: SpeakerInput) -> None:
            check_new_speaker(self.store, answer.name, answer.aliases, answer.kind or "other")

        while True:  # refused after the check (another process took the name): ask again
            answer = await self.app.push_screen_wait(
                SpeakerDialog(
                    typed=typed,
                    check=check,
                    sides=self._sides(),
                    side_typo=lambda side: side_typo(self.store, side),
                )
            )
            if answer is None:
                return
            speaker = self.ct_app.attempt(
                add_speaker,
                self.store,
                answer.name,
                answer.aliases,
                side=answer.side,
                kind=answer.kind or "other",
            )
            if speaker is not None:
                break
            typed = answer
        self.ct_app.changed(f"added speaker {speaker.name}")
        self.query_one(LazyList).select_key(speaker.id)
        warning = alias_hint(self.store, answer.aliases, speaker.id)
        if warning:
            self.ct_app.warn(warning)

    @work(exclusive=True, group="dialog")
    async def action_edit_speaker(self) -> None:
        """Rename the highlighted speaker, change its aliases, side or kind (the old name stays
        an alias)."""
        key = self.query_one(LazyList).current
        doc = self.store.doc(Speaker.TABLE, key) if key else None
        if key is None or doc is None:
            return
        now = SpeakerInput(
            doc["name"], tuple(doc.get("aliases") or ()), doc.get("side"), doc.get("kind")
        )

        def changes(answer: SpeakerInput) -> dict[str, Any]:
            kept = {fold(a) for a in answer.aliases}
            return {
                "name": answer.name,
                "add_aliases": answer.aliases,
                "remove_aliases": [a for a in now.aliases if fold(a) not in kept],
                "side": answer.side or "",
                "kind": answer.kind,
            }

        def check(answer: SpeakerInput) -> None:
            edit_speaker(self.store, key, dry_run=True, **changes(answer))

        def typo(side: str | None) -> SideTypo | None:  # a side kept as it was is not asked
            return None if side == now.side else side_typo(self.store, side)

        answer = await self.app.push_screen_wait(
            SpeakerDialog(editing=now, check=check, sides=self._sides(), side_typo=typo)
        )
        if answer is None or answer == now:
            return
        speaker = self.ct_app.attempt(edit_speaker, self.store, key, **changes(answer))
        if speaker is not None:
            self.ct_app.changed(f"edited speaker {speaker.name}")
            self.query_one(LazyList).select_key(speaker.id)
            added = [a for a in answer.aliases if fold(a) not in {fold(x) for x in now.aliases}]
            warning = alias_hint(self.store, added, speaker.id)
            if warning:
                self.ct_app.warn(warning)

    @work(exclusive=True, group="dialog")
    async def action_merge_speaker(self) -> None:
        """The highlighted speaker is another one under a second name: fold it into that one
        (its names become aliases; its statements and claims move over)."""
        key = self.query_one(LazyList).current
        doc = self.store.doc(Speaker.TABLE, key) if key else None
        if key is None or doc is None:
            return
        title = f"Merge {clean(doc['name'], one_line=True)} into…"
        alike = similar(self.store.all(Speaker), only=key).get(key, ())
        picker = speaker_picker(
            self.ct_app,
            title,
            create=False,
            exclude=frozenset({key}),
            first=[found.other for found in alike],
        )
        pick: Pick | None = await self.app.push_screen_wait(picker)
        if pick is None or pick.key is None:
            return
        kept = self.ct_app.attempt(merge_speakers, self.store, pick.key, [key])
        if kept is not None:
            self.ct_app.changed(f"merged {doc['name']} into {kept.name}")
            self.query_one(LazyList).select_key(kept.id)
