"""Commands about the store itself: init, import, show, check, undo/redo, log, tui, demo."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimtrack.cli.main import (
    cli,
    db_option,
    db_words,
    exit_if_cut_short,
    json_option,
    session,
    source_options,
    wants_json,
)
from claimtrack.cli.output import emit_json, say, table
from claimtrack.errors import IngestError, StoreError
from claimtrack.model import event_order, read_date
from claimtrack.textnorm import counted

if TYPE_CHECKING:
    from claimtrack.services.importing import Skipped
    from claimtrack.services.updates import Carried
    from claimtrack.store import Store


@cli.command()
@db_option
@json_option
def init(db: str | None, as_json: bool) -> None:
    """Create an empty store.

    \b
    Example:
      claimtrack init --db war-desk.json
    """
    from claimtrack.services.context import default_db_path

    path = default_db_path(db or _group_db())
    # Whether this process made the file, not whether it was missing a moment before: two
    # `init`s at once both found it missing, and both said they had created it.
    with session(db, create=True, announce=False) as store:
        created = store.created is not None
    if wants_json(as_json):
        emit_json({"db": str(path), "created": created})
    else:
        say(f"{'created empty store' if created else 'store already exists'}: {path}")


def _group_db() -> str | None:
    from claimtrack.cli.main import Ctx

    ctx = click.get_current_context().find_object(Ctx)
    return ctx.db if ctx else None


def _inputs(
    names: tuple[str, ...], store: Path
) -> tuple[list[tuple[str, bytes, dict[str, str]]], list[Skipped]]:
    """(name, bytes, its folder manifest's metadata) of every input: stdin for '-', the
    articles inside a named folder; and what else those folders hold (not imported, as the
    files of `store`, the store written to)."""
    from claimtrack.services.importing import gather, read_file, read_limited

    out: list[tuple[str, bytes, dict[str, str]]] = []
    skipped: list[Skipped] = []
    for name in names:
        if name == "-":
            out.append((name, read_limited(sys.stdin.buffer, "-"), {}))
        else:
            found = gather([Path(name)], store)
            out += [(str(p), read_file(p), found.metadata.get(p, {})) for p in found.files]
            skipped += found.skipped
    return out, skipped


@cli.command("import")
@click.argument("files", nargs=-1, required=True)
@source_options(editing=False)
@click.option(
    "--update-of",
    "update_of",
    metavar="SOURCE",
    help="The article is a later version of SOURCE (id or title): each statement SOURCE has "
    "word for word takes over its speaker, claim, narration mark and note.",
)
@db_option
@json_option
def import_cmd(
    files: tuple[str, ...],
    outlet: str | None,
    url: str | None,
    published: str | None,
    lang: str | None,
    reliability: str | None,
    update_of: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Import documents (.txt, .md, .html, or every file in a folder; '-' reads stdin) as
    sources cut into statements.

    All files go in as one write: if any file is refused, nothing is imported.
    Re-importing a text already in the store is a no-op. A folder's manifest.json (a list
    of {"file", "outlet", "url", "published", "lang", "reliability"}, each naming a file
    of the folder, once) gives each file what the options do not; a `json` export
    (claimtrack export -f json) is restored instead.

    An article most of whose statements a stored source has word for word (a wire story
    sent again with a line changed) is imported, and said to look like an update of it;
    with --update-of that source, its unchanged statements keep their annotations, so only
    what changed waits for review (one change: undo takes it all back). Imported without
    it, 'claimtrack source carry SOURCE NEW' carries them over afterwards.

    \b
    Examples:
      claimtrack import gatra.txt --outlet Gatra --published 2020-11-01 --lang id
      claimtrack import articles/
      claimtrack import wire-v2.txt --update-of qar6cpd
      claimtrack import desk-export.json --db restored.json
    """
    from rich.progress import Progress

    from claimtrack.services.context import default_db_path
    from claimtrack.services.importing import (
        RawDocument,
        import_documents,
        looks_like_graph_export,
        restore_graph,
    )

    raws = []
    datas, skipped = _inputs(files, default_db_path(db or _group_db()))
    exports = [(n, d) for n, d, _ in datas if looks_like_graph_export(d)]
    if exports and update_of is not None:
        raise IngestError("--update-of names the source an article updates: not for an export")
    if exports:
        if len(datas) > 1:
            raise IngestError("import a graph export (.json) on its own, not with other files")
        with session(db, create=True) as store:
            added = restore_graph(store, exports[0][1], exports[0][0])
        if wants_json(as_json):
            emit_json({"restored": added, "sources": []})
        elif not any(added.values()):
            say("nothing to restore: every record of the export is already in this store")
        else:
            say("restored " + ", ".join(f"{n} {t}" for t, n in added.items()))
        return
    for name, data, listed in datas:
        lang_of = lang or listed.get("lang")
        grade = reliability or listed.get("reliability")
        try:
            raws.append(
                RawDocument(  # what the command line says, else what the folder's manifest says
                    data=data,
                    filename=None if name == "-" else _display_name(name),
                    outlet=outlet or listed.get("outlet"),
                    url=url or listed.get("url"),
                    published=published or listed.get("published"),
                    lang=lang_of.lower() if lang_of else None,
                    reliability=grade.upper() if grade else None,
                )
            )
        except IngestError as exc:
            raise IngestError(f"{name}: {exc}") from exc
    results: list[Any] = []  # once the import is written: its ImportResults
    opened: list[Any] = []  # the store, once open
    try:
        with session(db, create=True) as store:
            opened.append(store)
            from claimtrack.cli.output import stderr_console

            console = stderr_console()
            # A bar only on a terminal: into a log, even a disabled one left a blank line.
            show_bar = len(raws) > 1 and not wants_json(as_json) and console.is_terminal
            with Progress(console=console, transient=True, disable=not show_bar) as bar:
                task = bar.add_task("importing", total=len(raws))
                try:
                    results = import_documents(
                        store,
                        raws,
                        progress=lambda n: bar.update(task, completed=n),
                        update_of=update_of,
                    )
                except IngestError as exc:
                    raise IngestError(_name_error(exc, files)) from exc
            plans = _to_carry(store, results, update_of)
        given = (outlet, url, published, reliability)
        _report_import(
            results, skipped, given, db, as_json, carrying=update_of is not None, plans=plans
        )
    except KeyboardInterrupt as exc:
        from claimtrack.services.interrupts import WrittenThenInterrupted

        if isinstance(exc, WrittenThenInterrupted) and isinstance(exc.result, list):
            results = exc.result  # came during the write, which was finished
        _interrupted(results, any(store.wrote for store in opened), db)


def _to_carry(store: Store, results: list[Any], update_of: str | None) -> dict[str, Carried]:
    """Per imported source (its id), what `source carry` would hand it from the earlier
    version it was found or said to update, had this import not: for an update imported
    without --update-of (the hint offers the command only when there is something to carry),
    and for a file already imported given with --update-of (it carried nothing, being a
    duplicate). Nothing is written."""
    from claimtrack.services.lookup import find_source
    from claimtrack.services.updates import planned

    sources = store.docs("sources")
    earlier = find_source(store, update_of).id if update_of is not None else None
    plans: dict[str, Carried] = {}
    for r in results:
        if r.duplicate:  # given with --update-of, or else nothing was asked of it
            of = earlier
        else:  # with --update-of, carried already
            of = r.update_of.of if r.update_of is not None and earlier is None else None
        if of and of != r.source.id and of in sources and r.source.id in sources:
            plans[r.source.id] = planned(store, of, r.source.id)[0]
    return plans


def _interrupted(results: list[Any], wrote: bool, db: str | None) -> None:
    """Ctrl-C during an import, said as what it came to: before the import was written,
    nothing was (exit 130); after, the import is complete and said so, exit 0: only its
    listing was cut (17,713 lines of 20,000 said "aborted" of an import all in the store).
    `results`: the import's `ImportResult`s, if it returned; `wrote`: the store was written."""
    if not results and not wrote:
        sys.stderr.write("claimtrack: aborted: nothing was imported\n")
        raise click.exceptions.Exit(130)
    new = sum(not r.duplicate for r in results)
    there = len(results) - new
    counts = f": {counted(new, 'document')} imported" if results else ""
    counts += f", {there} already in the store" if there else ""
    say(
        f"interrupted, but the import is complete{counts} "
        f"(claimtrack sources{db_words(db)} lists them)"
    )


def _report_import(
    results: list[Any],
    skipped: list[Skipped],
    metadata: tuple[str | None, str | None, str | None, str | None],
    db: str | None,
    as_json: bool,
    carrying: bool = False,
    plans: dict[str, Carried] | None = None,
) -> None:
    """What an import brought (its `ImportResult`s): each source, and each file left out, on
    a line, or JSON; `metadata`: the --outlet, --url, --published and --reliability given;
    `carrying`: --update-of was given; `plans`: what `source carry` would hand each source
    (`_to_carry`)."""
    plans = plans or {}
    outlet, url, published, reliability = metadata
    if wants_json(as_json):
        emit_json(
            {
                "sources": [
                    {
                        "id": r.source.id,
                        "title": r.source.title,
                        "lang": r.source.lang,
                        "statements": r.statements,
                        "duplicate": r.duplicate,
                        "update_of": None
                        if r.update_of is None
                        else {
                            "source": r.update_of.of,
                            "title": r.update_of.title,
                            "unchanged": r.update_of.unchanged,
                            "carried": r.carried,
                        },
                    }
                    for r in results
                ],
                "skipped": [{"file": _shown(s.path), "reason": s.reason} for s in skipped],
            }
        )
        return
    for left_out in skipped:  # one line each: a grep or a log names every file not taken
        say(f"skipped {_shown(left_out.path)}: {left_out.reason}")
    given = {"outlet": outlet, "url": url, "published": published,
             "reliability": reliability.upper() if reliability else None}  # fmt: skip
    for r in results:
        differs = [k for k, v in given.items() if v and getattr(r.source, k) != v]
        if r.duplicate and differs:
            fix = " ".join(f"--{k} {shlex.quote(str(given[k]))}" for k in differs)
            say(
                f"already imported: {r.source.id} {r.source.title} (no change; its "
                f"{' and '.join(differs)} {'differs' if len(differs) == 1 else 'differ'}: "
                f"claimtrack source edit {r.source.id} {fix}{db_words(db)})"
            )
        elif r.duplicate:
            say(f"already imported: {r.source.id} {r.source.title} (no change)")
        else:
            say(
                f"imported {r.source.id} [{r.source.lang}] {r.source.title}: "
                + counted(r.statements, "statement")
            )
            if r.update_of is not None:
                say(_update_said(r, carrying, db, plans.get(r.source.id)))
        if r.duplicate and carrying:
            say(_duplicate_said(r, plans.get(r.source.id), db))


def _update_said(r: Any, carrying: bool, db: str | None, plan: Carried | None = None) -> str:
    """The line under an import that is an update of a stored source (`ImportResult`): what
    --update-of carried over (`carrying`), else the command that carries it now (`plan`:
    what it would hand over): `source carry`, which neither undoes the import (and the
    others of its batch) nor imports the file again (where it is, with its outlet, address
    and date), as the hint once had the analyst do."""
    up = r.update_of
    same = f"{up.unchanged} of {counted(r.statements, 'statement')} unchanged"
    if carrying:
        return (
            f"  an update of {up.of} {up.title}: {same}, the annotations of {r.carried} of "
            "them carried over (speaker, claim, narration, note)"
        )
    told = f"  looks like an update of {up.of} {up.title}: {same}"
    if plan is None or not plan.carried:  # its own furniture marks are all they have
        return f"{told} (none of them annotated there: nothing to carry)"
    return (
        f"{told}; to carry the annotations of {len(plan.carried)} of them over: "
        f"claimtrack source carry {up.of} {r.source.id}{db_words(db)}"
    )


def _duplicate_said(r: Any, plan: Carried | None, db: str | None) -> str:
    """The line under a file given with --update-of that is already imported (`r`, a
    duplicate: nothing imported, nothing carried): "already imported" alone left the analyst
    to guess whether the annotations had come with it. `plan`: what `source carry` would
    hand it from the source named; None when the file is that source itself."""
    if plan is None:
        return (
            f"  it is the source --update-of names, word for word ({r.source.id}): nothing to carry"
        )
    of = plan.earlier
    if not plan.unchanged:
        return f"  it shares no statement with source {of} word for word: not an update of it"
    if not plan.carried:
        why = "already has its annotations" if plan.annotated else "has none to hand over"
        return f"  an update of source {of}, which {why}: nothing to carry"
    return (
        f"  an update of source {of} imported without its annotations; to carry those of "
        f"{counted(len(plan.carried), 'statement')} over: "
        f"claimtrack source carry {of} {r.source.id}{db_words(db)}"
    )


def _display_name(name: str) -> str:
    """A file's base name as valid text (undecodable bytes in it become U+FFFD)."""
    return Path(name).name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _shown(path: Path) -> str:
    """A path on one line as valid text (undecodable bytes become U+FFFD, breaks escaped)."""
    name = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return name.replace("\r", "\\r").replace("\n", "\\n")


def _name_error(exc: IngestError, files: tuple[str, ...]) -> str:
    """Name the file in a refusal once (ingest already prefixes its base name)."""
    message = str(exc)
    if len(files) == 1 and not message.startswith((files[0], _display_name(files[0]))):
        return f"{files[0]}: {message}"
    return message


@cli.command("show")
@click.argument("ref")
@click.option("--as-of", "as_of", metavar="DATE", help="Verdict in force on this date.")
@db_option
@json_option
def show_cmd(ref: str, as_of: str | None, db: str | None, as_json: bool) -> None:
    """Show a statement, claim, speaker, source or link with everything related to it.

    \b
    Example:
      claimtrack show 3fk2 --as-of 2020-11-15
    """
    from claimtrack.services.queries import show

    as_of = read_date(as_of, "--as-of date")
    with session(db) as store:
        data = show(store, ref, as_of)
    if wants_json(as_json):
        emit_json(data)
    else:
        from claimtrack.cli.render import render_detail

        render_detail(data)


@cli.command()
@db_option
@json_option
def check(db: str | None, as_json: bool) -> None:
    """Verify the store's integrity; exits 0 only when it is sound.

    \b
    Example:
      claimtrack check --json
    """
    from claimtrack.services.integrity import check_store

    try:
        with session(db, verify=False) as store:  # every damaged span listed, not the first
            problems = check_store(store)
            pending = store.pending_journal_entries
    except StoreError as exc:
        if not wants_json(as_json):
            raise
        exit_if_cut_short(exc.exit_code)
        emit_json({"ok": False, "problems": [str(exc)]})
        raise SystemExit(exc.exit_code) from exc
    if problems:
        exit_if_cut_short(1)
    if wants_json(as_json):
        extra = {"unfolded": pending} if pending else {}  # the contract's keys, unchanged
        emit_json({"ok": not problems, "problems": problems, **extra})
    else:
        for p in problems:
            say(f"problem: {p}")
        if not problems:
            say("store is sound")
        if pending:  # a TUI still open, or a large store: the file alone lacks them
            say(
                f"note: {counted(pending, 'change')} not yet folded into {store.path} (kept in "
                f"its journal); run 'claimtrack checkpoint' before committing or copying the file"
            )
    if problems:
        raise click.exceptions.Exit(1)


def _history_cmd(direction: str, db: str | None, as_json: bool, change: str | None = None) -> None:
    from claimtrack.services import history
    from claimtrack.services.naming import event_named

    with session(db) as store:
        try:
            event = (
                history.undo(store, change=change) if direction == "undo" else history.redo(store)
            )
        except history.ChangedSinceError as exc:
            if direction != "undo" or change is not None:
                raise
            raise history.ChangedSinceError(
                f"{exc}; 'claimtrack log' numbers the changes and 'claimtrack undo N' undoes an "
                "earlier one"
            ) from None
        # each claim it names told by speaker and summary: a desk does not know claim ids
        told = event_named(store, event, history.what_changed(event))
    key = "undone" if direction == "undo" else "redone"
    data: dict[str, Any] = {
        key: {
            "id": event.id,
            "op": event.op,
            "summary": event.summary,
            "analyst": event.analyst,
            "description": told,
        }
    }
    if wants_json(as_json):
        emit_json(data)
    elif event.analyst != store.analyst:  # `undo` takes the newest change, whoever made it
        when = event.ts[:16].replace("T", " ")
        say(f"{key}: {told} ({event.analyst}'s change of {when})")
    else:
        say(f"{key}: {told}")


@cli.command()
@click.argument("change", required=False)
@db_option
@json_option
def undo(change: str | None, db: str | None, as_json: bool) -> None:
    """Undo the newest change (also one made in the TUI or another session).

    CHANGE (its number in 'claimtrack log', or its id; all digits is always the number)
    undoes that change instead, if no later change touched what it wrote or the claims
    it touched. Nothing left to undo is refused (exit 1), saying why.

    \b
    Examples:
      claimtrack undo
      claimtrack undo 17
    """
    _history_cmd("undo", db, as_json, change)


@cli.command()
@db_option
@json_option
def redo(db: str | None, as_json: bool) -> None:
    """Redo the newest undone change. Nothing left to redo is refused (exit 1), saying why.

    \b
    Example:
      claimtrack redo
    """
    _history_cmd("redo", db, as_json)


@cli.command()
@click.option(
    "--limit", default=30, show_default=True, type=click.IntRange(min=1), help="How many events."
)
@db_option
@json_option
def log(limit: int, db: str | None, as_json: bool) -> None:
    """Show the newest events: who changed what, when.

    \b
    Example:
      claimtrack log --limit 10
    """
    with session(db) as store:  # read inside: a hand-edited event is named, not a crash
        events = sorted(store.docs("events").values(), key=event_order)[-limit:]
        rows = [
            {k: e[k] for k in ("id", "seq", "ts", "analyst", "op", "summary", "undoes", "redoes")}
            for e in reversed(events)
        ]
        lines = [[r["seq"], r["ts"][:19], r["analyst"], r["op"], r["summary"]] for r in rows]
    if wants_json(as_json):
        emit_json(rows)
    else:
        table(None, ["seq", "when", "who", "op", "summary"], lines, cut={"summary": 200})


@cli.command()
@db_option
@json_option
def checkpoint(db: str | None, as_json: bool) -> None:
    """Fold the journal into the store file now (large stores do it every ~1000 changes).

    \b
    Example:
      claimtrack checkpoint
    """
    with session(db) as store:
        store.checkpoint()
        path = str(store.path)
    if wants_json(as_json):
        # "db" as `init --json` names the store ("store" kept for scripts reading it)
        emit_json({"db": path, "store": path, "folded": True})
    else:
        say("journal folded into the store file")


def run_tui(db: str | None, *, demo: bool) -> None:
    """Open the TUI; with `demo` and no `db`, on a scratch copy of the demo deleted on quitting
    (`tui.app.opening`)."""
    try:
        from claimtrack.tui.app import run
    except ModuleNotFoundError:
        raise click.ClickException("the TUI is not available yet in this version") from None
    run(db if demo else (db or _group_db()), demo=demo)


@cli.command()
@db_option
def tui(db: str | None) -> None:
    """Open the terminal UI on the store.

    \b
    Example:
      claimtrack tui --db war-desk.json
    """
    run_tui(db, demo=False)


@cli.command()
@click.option("--path", "path", default=None, help="Where to write the demo store (default: temp).")
@click.option("--no-tui", is_flag=True, help="Only build the demo store and print its path.")
def demo(path: str | None, no_tui: bool) -> None:
    """Open the TUI on a fresh copy of the demo investigation in data/.

    \b
    Example:
      claimtrack demo
    """
    from claimtrack.demo import build_demo_store

    if path is None and not no_tui:
        run_tui(None, demo=True)  # a scratch copy, named on screen, deleted on quitting
        return
    target = build_demo_store(Path(path) if path else None)
    if no_tui:
        click.echo(str(target))
        return
    run_tui(str(target), demo=True)
