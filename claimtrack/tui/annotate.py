"""The annotation dialogs and flows the views share: speaker, claim pickers, link, outcome."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from claimtrack.model import Claim, Speaker, Statement
from claimtrack.services import annotate
from claimtrack.services.lookup import publication_date
from claimtrack.services.naming import link_named
from claimtrack.services.queries import ClaimFilter, ClaimWords, claim_ids, statements_of_source
from claimtrack.store import Store
from claimtrack.textnorm import shorten
from claimtrack.tui.dialogs.choice import RelationDialog
from claimtrack.tui.dialogs.outcome import OutcomeDialog
from claimtrack.tui.dialogs.picker import Pick, PickerDialog
from claimtrack.tui.rows import speaker_name
from claimtrack.tui.text import VERDICT_BADGES, clean

if TYPE_CHECKING:
    from claimtrack.tui.app import ClaimtrackApp


def speaker_picker(
    app: ClaimtrackApp,
    title: str,
    *,
    create: bool = True,
    exclude: frozenset[str] = frozenset(),
    first: Sequence[str] = (),
    proposed: str = "",
) -> PickerDialog:
    """Speakers ranked by name and every alias; unless `create` is False, a row creates the
    typed name (the first row when nothing matches it well, else the last). Before anything
    is typed, `first` (likely the same speaker) lead and the rest follow by name. `proposed`:
    a new speaker's name the text suggests, in the field to shorten or correct ("Independent
    monitors from the Ceasefire Observation Mission" was typed again in full)."""
    docs = app.store.docs(Speaker.TABLE)
    names = [(i, n) for i, d in docs.items() for n in (d["name"], *d.get("aliases", ()))]
    labels = {
        i: " · ".join(x for x in (d["name"], d.get("side") or "", d.get("kind", "")) if x)
        for i, d in docs.items()
    }
    leading = {i: n for n, i in enumerate(first)}
    by_name = sorted(docs, key=lambda i: (leading.get(i, len(leading)), docs[i]["name"].casefold()))
    position = {i: n for n, i in enumerate(by_name)}
    names.sort(key=lambda kn: position[kn[0]])
    template = "create speaker '{}'" if create else None
    records = list(docs.values())
    people: list[list[tuple[str, str]]] = []  # `lookup.person_names`, worked out once asked

    def named(typed: str) -> list[str]:
        """The registered state the whole text typed is another name of ("Burma" for
        "Myanmar", "US" in capitals for "United States"), the state body it names in another
        language ("Kementerian Pertahanan Kestria" for "Defence Ministry of Kestria"), or
        the person named after a title no alias of theirs holds with the name ("President
        Putin", "Foreign Minister Cavusoglu"), as `tag` finds them: else the picker offered
        only to create a duplicate (the ministry ranked sixth, under names sharing letters)."""
        from claimtrack.matching import after_titles
        from claimtrack.services.lookup import person_names, titled_persons
        from claimtrack.services.placenames import bodies_called, states_called

        # a long list is ranked on a worker thread: the records copied here, not the live
        # table the screen's thread may change meanwhile
        states = [sp.id for sp in states_called(app.store, typed, records)]
        states += [sp.id for sp in bodies_called(typed, records)]
        if states or after_titles(typed) is None:
            return states
        if not people:
            people.append(person_names(records))
        return titled_persons(typed, records, people[0])

    return PickerDialog(
        title,
        names,
        labels,
        create=template,
        exclude=exclude,
        across_scripts=True,
        query=proposed if create else "",
        also=named,
    )


def claim_picker(
    app: ClaimtrackApp,
    title: str,
    exclude: frozenset[str] = frozenset(),
    *,
    speaker: str | None = None,
    near: Sequence[str] = (),
    query: str = "",
) -> PickerDialog:
    """Claims ranked by summary and speaker name, those holding every word typed first as the
    Claims filter finds them (in their statements' text too: a place or a figure quoted but
    not summarised found nothing). Before anything is typed, the claims `near` lead (those
    of the article being worked on, as it reads: `same_article_claims`) and the rest follow
    newest first: the claims a link or a merge most likely goes to (in id order they came at
    random; first reported, the oldest article's came first, however far from the one being
    read). `speaker`'s claims lead them all: the likeliest to be the same claim. `query`: the text
    the field starts with (typed before the analyst stepped back to the picker)."""
    store = app.store
    facts = app.claim_facts()
    docs = store.docs(Claim.TABLE)
    speakers = store.docs(Speaker.TABLE)
    names: list[tuple[str, str]] = []
    labels: dict[str, str] = {}
    leading = set(near)
    order = [
        *near,
        *(c for c in claim_ids(store, ClaimFilter(), "recent", facts) if c not in leading),
    ]
    if speaker:
        order.sort(key=lambda c: docs[c].get("speaker") != speaker)  # stable: the rest kept
    for cid in order:
        doc = docs[cid]
        who = speakers.get(doc.get("speaker") or "", {}).get("name", "—")
        names.append((cid, doc["summary"]))
        names.append((cid, who))
        badge = VERDICT_BADGES.get(facts.verdict(cid), "")
        labels[cid] = f"{badge} · {who}: {shorten(clean(doc['summary'], one_line=True), 200)}"
    # the texts read here, on the thread that writes the store: a long list ranks on a worker
    held = ClaimWords(store, app.claim_texts).find
    return PickerDialog(
        title, names, labels, cutoff=30.0, exclude=exclude, query=query, holding=held
    )


def same_article_claims(
    store: Store, claim_id: str | None, reading: str | None = None
) -> list[str]:
    """The claims reported in the articles `claim_id` appears in, as each article reads: the
    one being read (`reading`) first, then the others newest first. Its own included. No
    claim (a statement not yet any claim's): the claims of `reading`."""
    statements = store.docs(Statement.TABLE)
    sources = {reading} if claim_id is None and reading else set()
    for i in store.ids_where("statements", "claim", claim_id) if claim_id else ():
        sources.add(statements[i]["source"])
    dated = sorted(sources, key=lambda s: (publication_date(store, s) or "", s), reverse=True)
    found: dict[str, None] = {}
    for source in sorted(dated, key=lambda s: s != reading):  # stable: newest kept
        for st in statements_of_source(store, source):
            if st.claim is not None:
                found.setdefault(st.claim)
    return list(found)


def claim_line(app: ClaimtrackApp, claim_id: str, width: int = 66) -> str:
    """`id speaker: summary…` on one line: a dialog's title says which claim it acts on (the
    list behind it is covered). A long speaker name is cut first, so the summary shows."""
    doc = app.store.doc(Claim.TABLE, claim_id)
    if doc is None:
        return claim_id
    who = shorten(speaker_name(app.store, doc.get("speaker")), 24)
    return shorten(f"{claim_id} {who}: {clean(doc['summary'], one_line=True)}", width)


def statement_line(app: ClaimtrackApp, st: Statement, width: int = 66) -> str:
    """`“what the statement says…”` on one line, for a dialog's title (the dialog covers the
    statement it annotates)."""
    said = clean(annotate.statement_text(app.store, st), one_line=True)
    return shorten(f"“{said}”", width)


async def link_flow(app: ClaimtrackApp, claim_id: str) -> None:
    """Pick the other claim, then the relation key (after `n` and a note, if wanted); link them.

    Escape at the relation keys goes back to the picker, with what was typed there (it
    cancelled the link, and a wrong claim picked meant starting over), the note written
    kept for the claim picked next; escape in the picker cancels."""
    typed = note = ""
    while True:
        pick: Pick | None = await app.push_screen_wait(
            claim_picker(
                app,
                f"Link {claim_line(app, claim_id)}\nto…",
                exclude=frozenset({claim_id}),
                near=same_article_claims(app.store, claim_id, app.current_source),
                query=typed,
            )
        )
        if pick is None or pick.key is None:
            return
        # Each claim lettered and named by speaker and summary, and each key saying which way
        # the link goes ("A responds to B"): "(the first … the second)" left the desk guessing.
        first, second = claim_line(app, claim_id, 64), claim_line(app, pick.key, 64)
        title = f"Link A: {first}\n  to B: {second}"
        check = partial(annotate.check_link, app.store, claim_id, pick.key)
        dialog = RelationDialog(title, check, ends=("A", "B"), esc="back to the claims", note=note)
        choice = await app.push_screen_wait(dialog)
        if choice is None:
            typed, note = pick.query, dialog.left_note
            continue
        link = app.attempt(
            annotate.link_claims,
            app.store,
            claim_id,
            pick.key,
            choice.relation,
            choice.note or None,
        )
        if link is not None:
            app.changed(f"linked {link_named(app.store, link.a, link.relation, link.b)}")
        return


async def outcome_flow(app: ClaimtrackApp, claim_id: str) -> None:
    """Verdict key, note, evidence URL; record the outcome."""
    dialog = OutcomeDialog(
        f"Outcome of claim {claim_line(app, claim_id)}",
        partial(annotate.check_decision_date, app.store),
    )
    answer = await app.push_screen_wait(dialog)
    if answer is None:
        return
    outcome = app.attempt(
        annotate.record_outcome,
        app.store,
        claim_id,
        answer.verdict,
        note=answer.note or None,
        evidence=[answer.evidence] if answer.evidence else [],
        date=answer.decided or None,
    )
    if outcome is not None:
        message, overruled = annotate.outcome_message(app.store, outcome)
        app.changed(None if overruled else message)
        if overruled:
            app.warn(message)
