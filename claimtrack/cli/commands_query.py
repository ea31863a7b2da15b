"""Listing and output commands: sources, statements, claims, suggestions, export."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimtrack.cli.main import cli, db_option, json_option, session, wants_json
from claimtrack.cli.output import (
    emit_json,
    emit_json_list,
    inert,
    say,
    stacked,
    table,
    table_in_parts,
    to_terminal,
)
from claimtrack.errors import ExportError
from claimtrack.model import CLAIM_ORDERS, Quantity, check_choice, read_date

if TYPE_CHECKING:
    from claimtrack.services.queries import StatementRow
    from claimtrack.store import Store


@cli.command()
@db_option
@json_option
def sources(db: str | None, as_json: bool) -> None:
    """List the imported sources: outlet, publication date, language, how many statements
    and how many of them are reviewed (with a speaker, or marked narration), title, and
    reliability grade; by publication date, as the Sources view lists them.

    \b
    Example:
      claimtrack sources
      claimtrack statements --untagged --source "Yerevan Herald"
    """
    from claimtrack.services.queries import list_sources

    with session(db) as store:
        rows = list_sources(store)
    if wants_json(as_json):
        emit_json(rows)
        return
    if not rows:
        say("no sources yet: import some with 'claimtrack import FILE'")
        return
    if not to_terminal():
        columns = [
            *("id", "outlet", "published", "lang", "statements", "reviewed", "title"),
            "reliability",  # last: scripts that cut the columns before it keep working
        ]
        table(None, columns, [[r[c] if r[c] is not None else "" for c in columns] for r in rows])
        return
    out: list[list[object]] = []
    for r in rows:  # a terminal: stacked cells, room for the title on 80 columns
        when = f"{r['published'] or 'undated'} · {r['lang']}"
        if r["reliability"]:
            when += f" · {r['reliability']}"
        outlet = stacked(r["outlet"] or "—", (when, "dim"), width=24)
        out.append([r["id"], outlet, f"{r['reviewed']}/{r['statements']}", r["title"]])
    table(None, ["id", "outlet", "reviewed", "title"], out, cut={"title": 200})


@cli.command()
@click.option(
    "--source",
    help="Only this source: its id or a unique prefix, or its outlet or title (or a part of "
    "either, any case) when that names one source (see 'claimtrack sources').",
)
@click.option("--speaker", "speaker_ref", help="Only statements tagged with this speaker.")
@click.option("--claim", "claim_ref", help="Only appearances of this claim.")
@click.option("--untagged", is_flag=True, help="Only statements not yet reviewed.")
@click.option("--narration", "narration_only", is_flag=True, help="Only narration.")
@click.option(
    "--grep",
    "contains",
    help="Only statements containing these words (any case and accents; Russian words in "
    "any case, a participle in any form of its verb).",
)
@click.option("--limit", type=click.IntRange(min=0), help="At most this many rows.")
@db_option
@json_option
def statements(
    source: str | None,
    speaker_ref: str | None,
    claim_ref: str | None,
    untagged: bool,
    narration_only: bool,
    contains: str | None,
    limit: int | None,
    db: str | None,
    as_json: bool,
) -> None:
    """List statements with their speaker, claim and suggested speaker.

    \b
    Example:
      claimtrack statements --untagged --source 3fk2
      claimtrack statements --source Gatra
    """
    from claimtrack.services.lookup import find_claim, find_source, find_speaker
    from claimtrack.services.queries import statement_json, statements_by_source

    reviewed = [
        option
        for option, given in (
            ("--narration", narration_only),
            ("--speaker", speaker_ref is not None),
            ("--claim", claim_ref is not None),
        )
        if given
    ]
    if untagged and reviewed:  # an empty list would read as "nothing left to review"
        raise click.UsageError(f"--untagged lists statements not reviewed yet; {reviewed[0]} "
                               "only reviewed ones: give one of them")  # fmt: skip
    if narration_only and (speaker_ref is not None or claim_ref is not None):
        raise click.UsageError("narration has no speaker and no claim: drop --narration")
    with session(db) as store:
        source_id = find_source(store, source).id if source else None
        speaker_id = find_speaker(store, speaker_ref).id if speaker_ref else None
        claim_id = find_claim(store, claim_ref).id if claim_ref else None
        parts = statements_by_source(
            store,
            source=source_id,
            speaker=speaker_id,
            claim=claim_id,
            untagged=untagged,
            narration=True if narration_only else None,
            contains=contains,
            limit=limit,
        )
        names = {i: d["name"] for i, d in store.docs("speakers").items()}
        # Printed source by source as computed (the whole backlog of a 100k store takes
        # ~15 s): a reader sees the first rows at once, and `| head` ends the command.
        if wants_json(as_json):
            emit_json_list(_named(statement_json(r), names) for part in parts for r in part)
            return
        terminal = to_terminal()
        cells = ([_statement_cells(r, names, terminal=terminal) for r in part] for part in parts)
        if not terminal:
            table_in_parts(["id", "speaker", "text", "why"], cells, widths={})
            return
        # the reason under the text: a fourth column leaves no room
        from rich.cells import cell_len  # screen cells: 习近平 takes six

        ids = max(map(len, store.docs("statements")), default=2)
        who = max(map(cell_len, names.values()), default=0) + len("? (new, 0.00)")
        room = max(30, shutil.get_terminal_size().columns // 3)  # as Rich, $COLUMNS first
        # proposed new names are not known before their rows: room for a short one at least
        widths = {"id": ids, "speaker": min(max(who, 24), room)}
        table_in_parts(["id", "speaker", "text"], cells, widths=widths, cut={"text": 200})


def _statement_cells(row: StatementRow, names: dict[str, str], *, terminal: bool) -> list[object]:
    """A statement's cells as `statements` shows them: id, speaker (or the suggested one,
    with its score), text and the suggestion's reason; on a terminal, the reason under the
    text in one cell, and the speaker styled."""
    st, suggestion = row.statement, row.suggestion
    why = suggestion.reason if suggestion is not None and not st.speaker else ""
    if st.speaker:
        who, style = inert(names.get(st.speaker, st.speaker)), ""
    elif st.narration:
        who, style = "narration", "dim"
    elif suggestion is not None:
        new = "" if suggestion.speaker else "new, "  # registered by `tag --suggested`
        name = names.get(suggestion.speaker or "", suggestion.proposed_name or "?")
        who, style = f"{inert(name)}? ({new}{suggestion.score:.2f})", "italic"
    else:
        who, style = "—", "dim"
    if not terminal:  # a pipe: plain cells, and no Rich to import
        return [st.id, who, row.text, why]
    from rich.text import Text

    return [st.id, Text(who, style=style), stacked(row.text, (why, "dim italic"))]


def _named(row: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """A statement's JSON with the names the table shows beside the ids: `speaker_name`, as
    `claims` and `show` give it, and the suggested speaker's."""
    row["speaker_name"] = names.get(row["speaker"]) if row["speaker"] else None
    suggestion = row["suggestion"]
    if suggestion is not None:
        who = suggestion["speaker"]
        suggestion["speaker_name"] = names.get(who) if who else None
    return row


class _ChoiceWords(click.Choice):
    """A `click.Choice` that takes a choice as the rest of the CLI does (`check_choice`):
    a word meaning it as well ("newest", as the TUI says, for recent), or its start."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from claimtrack.errors import ValidationError

        if isinstance(value, str):
            try:
                return check_choice(value, tuple(map(str, self.choices)), "choice")
            except ValidationError:
                pass  # click's own refusal lists the choices
        return super().convert(value, param, ctx)


@cli.command()
@click.option("--speaker", "speaker_ref", help="Only claims by this speaker.")
@click.option("--side", help="Only claims from speakers on this side (any case).")
@click.option(
    "--verdict",
    help="Only claims with this verdict in force ('open': judged open; 'none' or 'unjudged': "
    "only the claims nobody has judged yet, as verdict:none in the TUI).",
)
@click.option("--tag", help="Only claims with this tag.")
@click.option(
    "--grep",
    "contains",
    help="Only claims whose summary, tags, speaker's name or aliases, or an appearance's text "
    "contain these words (any case and accents, any language the claim was reported in; "
    "Russian words in any case, a participle in any form of its verb).",
)
@click.option(
    "--contested", is_flag=True, help="Only contested claims: contradicted or answered by another."
)
@click.option(
    "--sort",
    "order",
    type=_ChoiceWords(list(CLAIM_ORDERS), case_sensitive=False),
    default="reported",
    show_default=True,
    help="reported: by the earliest appearance's publication date, then place in the article "
    "(as the TUI's Claims view lists them); recent (or newest): newest first; speaker: by "
    "speaker name; id: by claim id.",
)
@click.option(
    "--limit", type=click.IntRange(min=0), help="At most this many rows (the first in --sort)."
)
@db_option
@json_option
def claims(
    speaker_ref: str | None,
    side: str | None,
    verdict: str | None,
    tag: str | None,
    contains: str | None,
    contested: bool,
    order: str,
    limit: int | None,
    db: str | None,
    as_json: bool,
) -> None:
    """List claims with speaker, side, appearances, links, numbers and verdict.

    \b
    Example:
      claimtrack claims --contested --side Armenia
    """
    from claimtrack.quantities import describe
    from claimtrack.services.lookup import find_speaker
    from claimtrack.services.queries import ClaimFilter, list_claims, tag_filter_hint
    from claimtrack.services.speakers import side_filter_hint

    if verdict is not None:
        from claimtrack.model import VERDICTS

        # "none" too: the Claims view's verdict:none, refused here as an unknown verdict.
        verdict = check_choice(verdict, (*VERDICTS, "none"), "verdict")
    with session(db) as store:
        speaker_id = find_speaker(store, speaker_ref).id if speaker_ref else None
        flt = ClaimFilter(
            speaker=speaker_id,
            side=side,
            verdict=verdict,
            tag=tag,
            contested=contested,
            words=(contains,) if contains else (),
        )
        rows = list_claims(store, flt, order)
        if limit is not None:  # as `statements --limit`: the first rows of the order asked
            rows = rows[:limit]
        hints = [side_filter_hint(store, side) if side else None]
        hints.append(tag_filter_hint(store, tag) if tag else None)
    for hint in filter(None, hints):
        say(f"warning: {hint}")
    if wants_json(as_json):
        emit_json(rows)
        return
    numbers = {
        r["id"]: "; ".join(describe(Quantity.from_doc(q)) for q in r["quantities"]) for r in rows
    }
    if not to_terminal():
        table(
            None,
            ["id", "speaker", "side", "seen", "links", "verdict", "numbers", "summary"],
            [
                [
                    r["id"],
                    r["speaker_name"] or "",
                    r["side"] or "",
                    r["appearances"],
                    r["links"],
                    r["verdict"] or "",
                    numbers[r["id"]],
                    r["summary"],
                ]
                for r in rows
            ],
        )
        return
    # A terminal: four columns, what belongs together stacked in one cell, so an 80-column
    # screen keeps room for the summary.
    from claimtrack.textnorm import counted

    out: list[list[object]] = []
    for r in rows:
        who = stacked(r["speaker_name"] or "—", (r["side"] or "", "dim"), width=24)
        seen = f"{r['appearances']} seen · {counted(r['links'], 'link')}"
        state = stacked(r["verdict"] or "—", (seen, "dim"))
        what = stacked(r["summary"], (numbers[r["id"]], "italic"), width=140)
        out.append([r["id"], who, state, what])
    table(None, ["id", "speaker", "verdict", "summary"], out, cut={"summary": 400})


@cli.group()
def suggest() -> None:
    """Ranked link and merge candidates, and accepting or rejecting them."""


@suggest.command("links")
@click.option("--claim", "claim_refs", multiple=True, help="Only pairs touching this claim.")
@click.option(
    "--limit", default=50, show_default=True, type=click.IntRange(min=1), help="How many."
)
@db_option
@json_option
def suggest_links_cmd(
    claim_refs: tuple[str, ...], limit: int, db: str | None, as_json: bool
) -> None:
    """Rank candidate links (contradicts, supports, responds-to) and merges (same-claim).

    \b
    Example:
      claimtrack suggest links --limit 10
    """
    from claimtrack.services.linking import suggest_links
    from claimtrack.services.lookup import find_claim

    with session(db) as store:
        ids = [find_claim(store, r).id for r in claim_refs] or None
        cands = suggest_links(store, ids, limit=limit)
        said = _what_claims_say(store, {i for c in cands for i in (c.a, c.b)})
    if wants_json(as_json):
        emit_json(
            [
                {
                    "a": c.a,
                    "b": c.b,
                    "relation": c.relation,
                    "score": round(c.score, 3),
                    "reasons": list(c.reasons),
                    # what each claim says, so a pair is judged without a `show` for each
                    "a_speaker_name": said[c.a][0],
                    "a_summary": said[c.a][1],
                    "b_speaker_name": said[c.b][0],
                    "b_summary": said[c.b][1],
                }
                for c in cands
            ]
        )
        return
    if not to_terminal():  # the claims' words after the columns scripts already cut
        table(
            None,
            ["a", "b", "relation", "score", "reasons", "a_says", "b_says"],
            [
                [
                    c.a,
                    c.b,
                    c.relation,
                    f"{c.score:.2f}",
                    "; ".join(c.reasons),
                    _says(said[c.a]),
                    _says(said[c.b]),
                ]
                for c in cands
            ],
        )
        return
    table(
        None,
        ["a", "b", "relation", "score", "claims · reasons"],
        [
            [
                c.a,
                c.b,
                c.relation,
                f"{c.score:.2f}",
                stacked(
                    f"a: {_says(said[c.a])}",
                    (f"b: {_says(said[c.b])}", ""),
                    ("; ".join(c.reasons), "dim"),
                    width=120,
                ),
            ]
            for c in cands
        ],
        cut={"claims · reasons": 600},
    )


def _what_claims_say(store: Store, ids: set[str]) -> dict[str, tuple[str | None, str]]:
    """Claim id -> (speaker name, summary)."""
    claims = store.docs("claims")
    names = {i: d["name"] for i, d in store.docs("speakers").items()}
    return {
        i: (names.get(claims[i].get("speaker") or ""), claims[i]["summary"])
        for i in ids
        if i in claims
    }


def _says(said: tuple[str | None, str]) -> str:
    """'Speaker: summary' (the summary alone for a claim with no speaker)."""
    who, summary = said
    return f"{who}: {summary}" if who else summary


@suggest.command("accept")
@click.argument("a")
@click.argument("b")
@click.option(
    "--rel",
    "relation",
    help="contradicts, supports, responds-to, same-claim (default: the one suggested).",
)
@db_option
@json_option
def suggest_accept(a: str, b: str, relation: str | None, db: str | None, as_json: bool) -> None:
    """Accept a candidate: make the link, or merge for same-claim.

    A merge keeps A, the claim named first, as `claim merge A B` does (`suggest links`
    lists the claim reported first first).

    \b
    Example:
      claimtrack suggest accept 3fk2 9qw1 --rel contradicts
    """
    from claimtrack.services.linking import accept_candidate, suggested_between

    with session(db) as store:
        if relation is None:
            cand = suggested_between(store, a, b)
            relation = cand.relation
            if relation != "same-claim":  # a merge keeps the claim named first
                a, b = cand.a, cand.b
        done = accept_candidate(store, a, b, relation, named=True)
    if wants_json(as_json):
        data: dict[str, Any] = {"accepted": done.message}
        if done.link is not None:  # the shape `link --json` prints
            lk = done.link
            data |= {"id": lk.id, "a": lk.a, "b": lk.b, "relation": lk.relation}
        if done.claim is not None:
            data["claim"] = done.claim.id
            data["merged"] = list(done.merged)
        emit_json(data)
    else:
        say(done.message)
    if done.warning:
        say(f"warning: {done.warning}")


@suggest.command("reject")
@click.argument("a")
@click.argument("b")
@click.option(
    "--rel",
    "relation",
    help="Reject only this relation (default: every relation suggested for the pair).",
)
@db_option
@json_option
def suggest_reject(a: str, b: str, relation: str | None, db: str | None, as_json: bool) -> None:
    """Reject a candidate so it is never suggested again.

    Without --rel, every relation suggested for the pair is rejected (the two claims are
    not related at all); with --rel, only that one.

    \b
    Examples:
      claimtrack suggest reject 3fk2 9qw1
      claimtrack suggest reject 3fk2 9qw1 --rel supports
    """
    from claimtrack.services.annotate import reject_candidates
    from claimtrack.services.linking import suggested_for_pair
    from claimtrack.services.naming import claim_named

    with session(db) as store:
        if relation is None:  # every relation suggested: "these two are unrelated"
            cands = suggested_for_pair(store, a, b)
            a, b, relations = cands[0].a, cands[0].b, [c.relation for c in cands]
        else:
            relations = [relation]
        rejected = reject_candidates(store, a, b, relations)
        first = rejected[0]
        told = (claim_named(store, first.a), claim_named(store, first.b))
    if wants_json(as_json):  # the first rejection's fields, as before, and every one
        emit_json(
            {
                "id": first.id,
                "a": first.a,
                "b": first.b,
                "relation": first.relation,
                "rejected": [
                    {"id": r.id, "a": r.a, "b": r.b, "relation": r.relation} for r in rejected
                ],
            }
        )
    else:
        rels = " and ".join(r.relation for r in rejected)
        say(f"rejected {rels} between {told[0]} and {told[1]}")


@cli.command("export")
@click.option(
    "--format",
    "-f",
    "fmt",
    help="One of the formats named above (default: the one -o FILE is named for: "
    "war.graphml, brief.md).",
)
@click.option("-o", "--output", "output", metavar="FILE", help="Write here (default stdout).")
@click.option("--claim", "claims", multiple=True, help="Only this claim (repeatable).")
@click.option(
    "--speaker", "speakers", multiple=True, help="Only claims by this speaker (repeatable)."
)
@click.option(
    "--side", "sides", multiple=True, help="Only claims from this side (any case; repeatable)."
)
@click.option("--tag", "tags", multiple=True, help="Only claims with this tag (repeatable).")
@click.option(
    "--verdict",
    "verdicts",
    multiple=True,
    help="Only claims with this verdict (repeatable; 'open': judged open; 'none' or "
    "'unjudged': only the claims nobody has judged yet).",
)
@click.option("--since", metavar="DATE", help="Only claims first seen on or after DATE.")
@click.option("--until", metavar="DATE", help="Only claims first seen on or before DATE.")
@click.option("--around", metavar="CLAIM", help="Only this claim's neighbourhood.")
@click.option("--depth", default=1, show_default=True, help="Link hops for --around.")
@click.option(
    "--linked", is_flag=True, help="Only claims linked to another exported claim (no loners)."
)
@db_option
@json_option
def export_cmd(
    fmt: str | None,
    output: str | None,
    claims: tuple[str, ...],
    speakers: tuple[str, ...],
    sides: tuple[str, ...],
    tags: tuple[str, ...],
    verdicts: tuple[str, ...],
    since: str | None,
    until: str | None,
    around: str | None,
    depth: int,
    linked: bool,
    db: str | None,
    as_json: bool,
) -> None:
    """Write the claim graph or a report: json, graphml, gexf, cytoscape, dot, mermaid, csv,
    excel, claimreview, aif, argdown, md, svg, png.

    A filter given twice keeps the claims matching either value (--side A --side B); different
    filters keep only the claims matching all of them.

    dot, svg and png draw each group of linked claims, and each claim linked to none, on its
    own, packed side by side (not a column of loose claims): --linked leaves the loose ones out.

    \b
    Examples:
      claimtrack export --format graphml -o war.graphml --side Armenia
      claimtrack export -o brief.md          the format told by the file's name
    """
    from claimtrack.export import EXPORTERS, apply_filter, export
    from claimtrack.export.filters import ExportFilter
    from claimtrack.model import VERDICTS
    from claimtrack.services.exporting import format_for, format_name, signature_note
    from claimtrack.services.lookup import find_claim, find_speaker
    from claimtrack.services.queries import tag_filter_hint
    from claimtrack.services.speakers import side_filter_hint

    if fmt is None:
        if not output or output == "-":
            raise click.UsageError(
                f"give --format (one of: {', '.join(EXPORTERS)}), or -o FILE named for one"
            )
        fmt = format_for(Path(output))
    fmt = format_name(fmt)  # "JSON", "GraphML", "markdown" as typed
    if output and output != "-":
        from claimtrack.services.exporting import check_suffix

        check_suffix(fmt, Path(output))
    since = read_date(since, "--since date")
    until = read_date(until, "--until date")
    if since and until and since > until:
        raise ExportError(f"--since {since} is after --until {until}: nothing could match")
    if depth < 0:
        raise ExportError("--depth must be 0 or more")
    if depth != 1 and around is None:
        raise ExportError("--depth counts link hops from --around CLAIM: give --around too")
    verdicts = tuple(check_choice(v, (*VERDICTS, "none"), "verdict") for v in verdicts)
    with session(db) as store:
        filt = ExportFilter(
            claims=tuple(find_claim(store, c).id for c in claims),
            speakers=tuple(find_speaker(store, s).id for s in speakers),
            sides=sides,
            tags=tags,
            verdicts=verdicts,
            since=since,
            until=until,
            around=find_claim(store, around).id if around else None,
            depth=depth,
            linked=linked,
        )
        snapshot = apply_filter(store.snapshot(), filt)
        hints = [side_filter_hint(store, side) for side in sides]
        hints += [tag_filter_hint(store, tag) for tag in tags]
        for hint in filter(None, hints):
            say(f"warning: {hint}")
        if note := signature_note(snapshot, fmt):
            say(f"note: {note}")
        if output and output != "-":
            from claimtrack.services.exporting import check_target, write_export

            check_target(store, Path(output), fmt)
            holds = write_export(snapshot, fmt, Path(output))
            if wants_json(as_json):
                written = {"format": fmt, "output": output, "claims": len(snapshot.claims)}
                emit_json({**written, "holds": holds})
            else:
                say(f"wrote {fmt} to {output}: {holds}")
            return
        payload = export(snapshot, fmt)
    exporter = EXPORTERS[fmt]
    if exporter.binary and to_terminal():
        raise ExportError(f"{fmt} is binary: use -o FILE")
    else:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
