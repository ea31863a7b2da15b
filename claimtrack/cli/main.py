"""The `claimtrack` entry point: the command group, shared options and error handling."""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import click

from claimtrack import __version__
from claimtrack.errors import ClaimtrackError, StoreError

if TYPE_CHECKING:
    from claimtrack.services.interrupts import Held
    from claimtrack.store import Store

F = TypeVar("F", bound=Callable[..., Any])

EXIT_USAGE = 2
EXIT_INTERNAL = 70


def _store_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An empty `--db` (a script's unset variable) must not fall back to another store."""
    if value is not None and not value.strip():
        raise click.BadParameter("must not be empty (leave it out for $CLAIMTRACK_DB or "
                                 "./claimtrack.json)")  # fmt: skip
    return value


def db_option(f: F) -> F:
    """`--db PATH` on a command (also accepted before the command, or as $CLAIMTRACK_DB)."""
    return click.option(
        "--db",
        "db",
        default=None,
        metavar="PATH",
        callback=_store_path,
        help="Store file (default: $CLAIMTRACK_DB or ./claimtrack.json).",
    )(f)


def _refuse_repeated(command: click.Command, ctx: click.Context, args: list[str]) -> None:
    """An option that takes one value, given twice, is refused: click keeps the last one
    without a word (`import a.txt b.txt --outlet "Harbour Times" --outlet "Вестник Юга"` gave
    both files the second outlet). Flags and options meant to repeat are left alone."""
    if ctx.resilient_parsing:
        return
    try:
        _, _, order = command.make_parser(ctx).parse_args(args=list(args))
    except click.UsageError:
        return  # the parse proper says what is wrong
    if any(param.is_eager for param in order):  # --help, --version: answered, not run
        return
    seen: dict[str, int] = {}
    for param in order:
        if isinstance(param, click.Option) and not (param.multiple or param.count or param.is_flag):
            seen[param.name or ""] = seen.get(param.name or "", 0) + 1
            if seen[param.name or ""] == 2:
                hint = getattr(param, "repeated_hint", "")
                raise click.UsageError(
                    f"{max(param.opts, key=len)} given more than once: it takes one value{hint}",
                    ctx,
                )


class _Command(click.Command):
    """A command that refuses a one-value option given twice (`_refuse_repeated`), and once
    its body has returned, holds back Ctrl-C (`_done_on_return`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.callback is not None:
            self.callback = _done_on_return(self.callback)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _refuse_repeated(self, ctx, args)
        return super().parse_args(ctx, args)


class AfterTheWork:
    """Whether the command has done its work, and the Ctrl-C held back since.

    Once a command's body has returned (its change committed, its output printed), what is
    left is freeing its store and the process ending: ~40 ms on a large store, in which a
    Ctrl-C used to end the command as "aborted", exit 130, of work that was all done. From
    `done` on, a Ctrl-C is noted, not raised (on the main thread, where Python's own handler
    is in place), until `release`; a process that is ending never releases it.
    """

    def __init__(self) -> None:
        self.finished = False
        """The command's body returned (or chose its exit code): its work is done."""
        self.result: object = None
        """What it returned, or the exit code it chose."""
        self.held: Held | None = None  # (`services.interrupts`: imported once it is done)
        """The Ctrl-C held back since, while it is held."""

    def done(self) -> None:
        """The command's work is done: hold back Ctrl-C from here on. The caller sets
        `finished` itself first, before any call (a Ctrl-C already pending is raised at the
        next call, this one included), so a Ctrl-C raised before the hold is still known
        to have come after the work."""
        self.finished = True
        from claimtrack.services.interrupts import Held

        if (
            self.held is None
            and threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            held = Held()
            signal.signal(signal.SIGINT, held.note)
            self.held = held

    def release(self) -> None:
        """Ctrl-C raises again (a CLI run in-process, returning to its caller), and the next
        command starts with its work still to do."""
        if self.held is not None and signal.getsignal(signal.SIGINT) == self.held.note:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        self.held = None
        self.finished = False
        self.result = None


AFTER_THE_WORK = AfterTheWork()
"""The CLI's command, in this process."""


def _done_on_return(callback: Callable[..., Any]) -> Callable[..., Any]:
    """`callback`, after which the command's work is done (`AfterTheWork`): a Ctrl-C while
    its store is freed and the process ends is held back, and one raised before the hold
    is known to have come after the work (`main` then returns the command's exit code).
    A command that chose its exit code (`raise click.exceptions.Exit(1)`) is done too."""
    import functools

    @functools.wraps(callback)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            result = callback(*args, **kwargs)
        except click.exceptions.Exit as exc:
            AFTER_THE_WORK.result = exc.exit_code  # before any call: see `AfterTheWork.done`
            AFTER_THE_WORK.finished = True
            AFTER_THE_WORK.done()
            raise
        AFTER_THE_WORK.result = result
        AFTER_THE_WORK.finished = True
        AFTER_THE_WORK.done()
        return result

    return run


class _Group(click.Group):
    """A group that does (`claimtrack --db A --db B`), as do its commands and groups."""

    command_class = _Command
    group_class = type  # groups inside are _Groups too

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _refuse_repeated(self, ctx, args)
        return super().parse_args(ctx, args)


class _EveryFileOption(click.Option):
    """An `import` option whose one value every file imported gets."""

    repeated_hint = (
        " for every file imported; to give each file its own, list them in a manifest.json "
        "in their folder and import the folder"
    )


def source_options(*, editing: bool) -> Callable[[F], F]:
    """`--outlet --url --published --lang --reliability`: what `import` records about a source
    and `source edit` corrects (where '' clears a field)."""
    clears = " ('' clears it)" if editing else ""
    lang = "changes which cues suggest speakers" if editing else "default: detected"
    cls = click.Option if editing else _EveryFileOption
    options = [
        click.option("--outlet", cls=cls, help=f"Outlet that published the document{clears}."),
        click.option("--url", cls=cls, help=f"Address of the document{clears}."),
        click.option(
            "--published",
            cls=cls,
            metavar="DATE",
            help=f"Publication date: YYYY-MM-DD, 14.10.2025 or as printed (14 March 2025){clears}.",
        ),
        click.option("--lang", cls=cls, metavar="CODE", help=f"Language code ({lang})."),
        click.option(
            "--reliability",
            cls=cls,
            metavar="A-F",
            help=f"Admiralty reliability grade of the source{clears}.",
        ),
    ]

    def apply(f: F) -> F:
        for option in reversed(options):
            f = option(f)
        return f

    return apply


def json_option(f: F) -> F:
    """`--json`: stable machine output on stdout, nothing else."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")(f)


class Ctx:
    """What the group passes down: the store path and output mode."""

    def __init__(self, db: str | None, as_json: bool) -> None:
        self.db = db
        self.as_json = as_json


def db_words(db: str | None) -> str:
    """` --db PATH` (shell-quoted) for a command a message suggests, when this one was given
    a store: pasted without it, the suggestion would act on ./claimtrack.json instead."""
    import shlex

    ctx = click.get_current_context().find_object(Ctx)
    path = db or (ctx.db if ctx else None)
    return f" --db {shlex.quote(path)}" if path else ""


def wants_json(as_json: bool) -> bool:
    """`--json` given on the command or the group."""
    ctx = click.get_current_context().find_object(Ctx)
    return as_json or bool(ctx and ctx.as_json)


@contextmanager
def session(
    db: str | None, *, create: bool = False, announce: bool = True, verify: bool = True
) -> Iterator[Store]:
    """Open the store for one command and fold its journal on the way out.

    `create`: a missing store is created (and, if `announce`, said so on stderr: a mistyped
    `--db` shows at once); a refused command removes it again. `verify`: a damaged statement
    span refuses the store (`Store.verify`); `check` opens without, to list every problem.
    """
    from claimtrack.services.context import default_db_path, open_store

    ctx = click.get_current_context().find_object(Ctx)
    path = db or (ctx.db if ctx else None)
    try:
        store = open_store(path, create=create, verify=verify)
    except StoreError as exc:
        if path and isinstance(exc.__cause__, FileNotFoundError):
            # the hint must name the store: pasted bare, `init` would make ./claimtrack.json
            raise StoreError(
                f"no store at {path}; to create it: claimtrack init{db_words(path)}"
            ) from exc
        where = str(default_db_path(path))
        if _is_graph_export(where):  # a desk's export handed on, opened as the store itself
            raise StoreError(
                f"{where} is a claimtrack json export, not a store; to work on it, restore it "
                f"into a new store: claimtrack import {_shell(where)} --db NEW.json"
            ) from exc
        raise
    try:
        yield store
    except BaseException as exc:
        # Nothing is folded: a refused command leaves the files as they were, and leaves no
        # store at all where there was none (a mistyped --db).
        store.discard_if_unused()
        if isinstance(exc, (KeyError, TypeError, AttributeError, ValueError)):
            _blame_malformed_records(store, exc)
        raise
    store.close()
    from claimtrack.cli.output import say

    if store.fold_error:  # the change is durable in the journal: a warning, not a failure
        say(f"warning: {store.fold_error}")
    if announce and store.created is not None:
        say(f"new store created: {store.path}")


COMMAND_MODULES = ("commands_annotate", "commands_query", "commands_store")
"""The modules under `claimtrack.cli` whose commands `cli` holds."""


class CommandGroup(_Group):
    """The `claimtrack` group: its commands are registered when one is first looked up, so
    `--version` starts without them; a reader that closes the pipe ends a command quietly; and
    a one-value option given twice is refused (`_Group`).

    Each command imports the services it needs when it runs: starting `claimtrack tag` cost
    ~0.3-0.6 s when every command's imports (ingest's numpy, attribution, Rich) came first.
    """

    def _register(self) -> None:
        for name in COMMAND_MODULES:  # each registers its commands on `cli` once imported
            importlib.import_module(f"claimtrack.cli.{name}")

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._register()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._register()
        return super().get_command(ctx, cmd_name)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except BrokenPipeError:  # `claimtrack --help | head -3`: as in `invoke`
            _drop_stdout()
            raise click.exceptions.Exit(0) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `claimtrack statements | head -3`: the reader has what it wanted. Click would
            # exit 1 here; and what is still buffered for stdout must not fail again at exit
            # ("Exception ignored ... BrokenPipeError").
            _drop_stdout()
            raise click.exceptions.Exit(ctx.meta.get(_EXIT_IF_CUT_SHORT, 0)) from None


_EXIT_IF_CUT_SHORT = "claimtrack.exit_if_cut_short"


def exit_if_cut_short(code: int) -> None:
    """The command's exit code should its reader close the pipe before the output is all
    written: `check --json | head -1` on a damaged store must still fail, where a listing
    cut short by `head` has done its job (0)."""
    click.get_current_context().meta[_EXIT_IF_CUT_SHORT] = code


def _drop_stdout() -> None:
    """Send what is left for a closed stdout to /dev/null, as Python's docs advise for SIGPIPE."""
    with contextlib.suppress(OSError, ValueError):  # a stream with no descriptor (in tests)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


@click.group(
    cls=CommandGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--db", "db", default=None, metavar="PATH", callback=_store_path,
    help="Store file for every command.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="JSON output for every command.")
@click.version_option(__version__, prog_name="claimtrack")
@click.pass_context
def cli(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """Track competing claims in contested news: who said what, what contradicts what,
    and how it turned out.

    \b
    Examples:
      claimtrack demo                          open the demo investigation
      claimtrack import article.txt --outlet Gatra --published 2020-11-01
      claimtrack statements --untagged
      claimtrack tag 3fk2 "Aliyev"
    """
    ctx.obj = Ctx(db, as_json)
    if ctx.invoked_subcommand is None:
        from claimtrack.cli.commands_store import run_tui

        run_tui(db, demo=False)


def _is_graph_export(path: str) -> bool:
    """Whether `path` is a `json` export (a node-link graph), which `import` restores."""
    from pathlib import Path

    from claimtrack.durable import open_regular
    from claimtrack.services.importing import looks_like_graph_export

    try:
        with open_regular(Path(path)) as fh:  # a FIFO would block the refusal forever
            return looks_like_graph_export(fh.read(1_000_000))
    except OSError:
        return False


def _shell(path: str) -> str:
    import shlex

    return shlex.quote(path)


def _one_line(message: str) -> str:
    """One line, with control characters (escape sequences from names or args) made visible."""
    from claimtrack.cli.output import inert

    return inert(" ".join(str(message).split()))


def _next_step(exc: ClaimtrackError) -> str:
    """What settles a refusal that does not say: an id prefix several records start with is
    settled by typing more of it (the store's message lists them, and nothing more)."""
    from claimtrack.errors import AmbiguousError

    if isinstance(exc, AmbiguousError) and str(exc).startswith("id prefix "):
        return "; type more of the id"
    return ""


def _see_help(exc: click.UsageError) -> str:
    """Where a usage error's answer is: a missing or unknown argument of `claimtrack link`
    is settled by `claimtrack link --help`, which names them all with an example."""
    if exc.ctx is None or not exc.ctx.command_path:
        return ""
    return f" (see '{_one_line(exc.ctx.command_path)} --help')"


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every failure becomes one line on stderr and a non-zero exit code.

    Ctrl-C is given back its handler on return (see `entry` for a process that ends)."""
    try:
        return _run(argv)
    finally:
        AFTER_THE_WORK.release()


def _run(argv: list[str] | None) -> int:
    """`main`, with Ctrl-C still held back if the command's work is done (`AfterTheWork`)."""
    AFTER_THE_WORK.release()  # a command run before in this process did its work, not this
    _safe_streams()
    try:
        result = cli.main(args=argv, prog_name="claimtrack", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except (click.exceptions.Abort, KeyboardInterrupt):
        if AFTER_THE_WORK.finished:  # came as the command's store was freed: its work and
            AFTER_THE_WORK.done()  # output are whole, so it did not abort: its own exit code
            done = AFTER_THE_WORK.result
            return done if isinstance(done, int) else 0
        if isinstance(sys.exc_info()[1], click.exceptions.Abort):
            sys.stderr.write("claimtrack: aborted\n")
        else:
            sys.stderr.write("claimtrack: interrupted\n")
        return 130
    except click.exceptions.NoArgsIsHelpError as exc:  # `claimtrack speaker`: its help,
        # crammed onto one line, read as an error; name the commands it takes instead
        group = exc.ctx.command if exc.ctx is not None else None
        path = exc.ctx.command_path if exc.ctx is not None else "claimtrack"
        names = group.list_commands(exc.ctx) if isinstance(group, click.Group) else []
        sys.stderr.write(
            f"claimtrack: error: '{path}' needs a command: {', '.join(names)} "
            f"(see '{path} --help')\n"
        )
        return EXIT_USAGE
    except click.UsageError as exc:
        sys.stderr.write(f"claimtrack: error: {_one_line(exc.format_message())}{_see_help(exc)}\n")
        return EXIT_USAGE
    except click.ClickException as exc:
        sys.stderr.write(f"claimtrack: error: {_one_line(exc.format_message())}\n")
        return exc.exit_code
    except ClaimtrackError as exc:
        sys.stderr.write(f"claimtrack: error: {_one_line(str(exc))}{_next_step(exc)}\n")
        return exc.exit_code
    except BrokenPipeError:  # written outside a command: as `CommandGroup.invoke`
        _drop_stdout()
        return 0
    except OSError as exc:  # the system refused: a name too long, a full disk or stdout
        where = f"{exc.filename}: " if exc.filename else ""
        sys.stderr.write(f"claimtrack: error: {where}{exc.strerror or _one_line(str(exc))}\n")
        return 1
    except Exception as exc:
        if os.environ.get("CLAIMTRACK_DEBUG"):
            raise
        sys.stderr.write(
            f"claimtrack: internal error: {type(exc).__name__}: {_one_line(str(exc))} "
            "(set CLAIMTRACK_DEBUG=1 for a traceback)\n"
        )
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0


def _blame_malformed_records(store: Store, exc: BaseException) -> None:
    """A command that tripped over a hand-edited record (a field missing, a value of the wrong
    type) says which one, as `check` would, instead of an internal error; a sound store
    leaves `exc` to be reported as the bug it is."""
    from claimtrack.errors import MalformedRecordError
    from claimtrack.services.integrity import check_store

    try:
        found = [p for p in check_store(store) if " is malformed" in p or "not a record" in p]
    except Exception:  # the diagnosis must not hide the failure it diagnoses
        return
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise MalformedRecordError(
            f"the store has a malformed record: {found[0]}{more}; correct it in the file "
            "(see 'claimtrack check')",
            found[0],
        ) from exc


def _safe_streams() -> None:
    """Output never crashes a command: a closed stdout or stderr (`>&-`) becomes /dev/null,
    and a terminal or pipe that cannot encode a character gets it as an escape
    (PYTHONIOENCODING=ascii, a Latin-1 locale) instead of a UnicodeEncodeError."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # one that cannot change: leave it
                reconfigure(errors="backslashreplace")


def entry() -> None:
    """Console-script wrapper. A Ctrl-C once the command's work is done stays held back
    while the process ends (given back, it could still end a finished command with a
    traceback as Python exits)."""
    sys.exit(_run(None))
