"""The claimtrack Textual app: the `make_app(store)` factory (CLI and tests) and `run`."""

from __future__ import annotations

import shlex
import threading
from collections.abc import Callable
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import events, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

from claimtrack.errors import ClaimtrackError, StoreBusyError
from claimtrack.model import Event
from claimtrack.services import history
from claimtrack.services.naming import event_named
from claimtrack.services.queries import ClaimFacts, ClaimTexts, SuggestionCache
from claimtrack.settings import load_settings, save_setting
from claimtrack.snapshot import Snapshot
from claimtrack.store import Store
from claimtrack.textnorm import counted, shorten
from claimtrack.tui.actions import (
    VIEWS,
    actions_for,
    bindings_for,
    elsewhere_keys,
    where_else,
)
from claimtrack.tui.commands.palette import ActionCommands
from claimtrack.tui.dialogs.choice import ConfirmDialog
from claimtrack.tui.dialogs.export import ExportDialog, ExportRequest
from claimtrack.tui.dialogs.help import HelpScreen
from claimtrack.tui.dialogs.importing import ImportDialog, ImportRequest
from claimtrack.tui.dialogs.prompt import PromptDialog
from claimtrack.tui.keys import KeyGate
from claimtrack.tui.screens.base import ViewScreen
from claimtrack.tui.screens.claims import ClaimsScreen
from claimtrack.tui.screens.graph import GraphScreen
from claimtrack.tui.screens.reader import ReaderScreen
from claimtrack.tui.screens.sources import SourcesScreen
from claimtrack.tui.screens.speakers import SpeakersScreen
from claimtrack.tui.screens.suggestions import SuggestionsScreen
from claimtrack.tui.text import clean
from claimtrack.tui.widgets.bars import JobBar

if TYPE_CHECKING:
    from rich.console import RenderableType

    from claimtrack.export.filters import ExportFilter
    from claimtrack.services.importing import ImportResult

T = TypeVar("T")

WARM_IMPORTS: tuple[str, ...] = ("numpy", "rapidfuzz.process")
"""Modules a view's first open loaded on the screen's thread, loaded instead in the background
soon after the first screen is painted (`ClaimtrackApp.warm_up`): the Speakers view's check
for speakers who are likely one (rapidfuzz's `cdist`) loaded numpy, ~0.3 s of its 0.6 s."""

WARM_AFTER_SECONDS = 0.5
"""How long after the app starts the background loading begins: after the first paint, so
it does not delay the first screen."""

POLL_SECONDS = 1.0
"""How often the app looks for changes other processes (the CLI) made to the store."""

IDLE_FOLD_SECONDS = 2.0
"""How long after its last change, with no key pressed, the app folds a small store's journal
into the file (`ClaimtrackApp.fold_when_idle`)."""

FOLD_LOCK_WAIT = 0.1
"""How long an idle fold waits for another writer's lock before trying again later: keys are
not answered while it waits."""

DARK, LIGHT = "textual-dark", "textual-light"

JOB_NOTICE_SECONDS = 10
"""How long a background job's result stays up: it lands while the desk is busy elsewhere,
and an import's says which key reads what came in."""


class _ImportDropped(Exception):
    """The analyst quit during an import and chose to drop it (raised in its worker)."""


def saved_theme() -> str:
    """The theme the analyst last chose with ctrl+t (`claimtrack.settings`), else dark."""
    theme = load_settings().get("theme")
    return theme if theme in (DARK, LIGHT) else DARK


_APP_ACTIONS = frozenset([*(a.action.split("(")[0] for a in actions_for("app")), "elsewhere"])


_CONCERNS = (("claim", "claims"), ("speaker", "speakers"), ("source", "sources"))
_LINK_ENDS = (("a", "claims"), ("b", "claims"))


def touched_by(event: Event) -> dict[str, list[str]]:
    """The records an event changed (table → ids), then those they concern: the claim an
    outcome judges or a link joins, a statement's claim, speaker and source. Undoing a
    verdict puts the Claims cursor on the claim it judged."""
    direct: dict[str, list[str]] = {}
    concerned: dict[str, list[str]] = {}
    for change in event.changes:
        direct.setdefault(change.table, []).append(change.id)
        doc = change.after or change.before or {}
        fields = (*_CONCERNS, *_LINK_ENDS) if change.table == "links" else _CONCERNS
        for field, table in fields:
            if isinstance(value := doc.get(field), str):
                concerned.setdefault(table, []).append(value)
    for table, ids in concerned.items():
        direct[table] = list(dict.fromkeys([*direct.get(table, []), *ids]))
    return direct


class ClaimtrackApp(App[None]):
    """Six views over one store; annotation keys call services, errors become notifications."""

    CSS_PATH = "claimtrack.tcss"
    TITLE = "claimtrack"
    BINDINGS: ClassVar[list[BindingType]] = [
        *bindings_for("app"),
        # Last in the chain: reached only when the view has no such key (see action_elsewhere).
        *(Binding(key, f"elsewhere('{key}')", show=False) for key in elsewhere_keys()),
    ]
    # Our actions only: Textual's own entries (theme picker, key panel, screenshot) duplicate
    # ours or do nothing an analyst needs.
    COMMANDS: ClassVar[set[Any]] = {ActionCommands}
    MODES: ClassVar[dict[str, Any]] = {
        "sources": SourcesScreen,
        "reader": ReaderScreen,
        "claims": ClaimsScreen,
        "speakers": SpeakersScreen,
        "suggestions": SuggestionsScreen,
        "graph": GraphScreen,
    }
    DEFAULT_MODE = "reader"

    def __init__(
        self,
        store: Store,
        *,
        poll: bool = True,
        start: str = "reader",
        greeting: str = "",
        hangup: bool = False,
    ) -> None:
        if start in self.MODES:
            self.DEFAULT_MODE = start  # type: ignore[misc]  # the first view, per instance
        super().__init__()
        self.store = store
        """The investigation every view shows and every action changes."""
        self.suggestions = SuggestionCache(store)
        """Speaker suggestions per source, shared by the views."""
        self.current_source: str | None = None
        """The source the Reader shows (None: the first one)."""
        self.current_claim: str | None = None
        """The claim the Graph is centred on (set by the Reader, Claims and Suggestions)."""
        self.job: tuple[str, int, int] | None = None
        """The running background job: (label, done, total)."""
        self._poll_enabled = poll
        self._greeting = greeting
        self._hangup = hangup
        self._facts: ClaimFacts | None = None
        self.claim_texts = ClaimTexts()
        """What a search by words reads of each claim (the Claims filter, the claim pickers),
        kept from one search to the next."""
        self.stale_views: set[str] = set()
        """Views to reload when next shown (another view changed what they show)."""
        self.view_requests: dict[str, dict[str, Any]] = {}
        """What a view was asked to show when next refreshed (e.g. one speaker's claims)."""
        self.theme = saved_theme()
        self._confirmed: str | None = None
        """The last change's confirmation (`_confirm`), which the next one replaces."""
        self._drop_import = threading.Event()
        """Set when the analyst quits during an import and drops it: its worker stops."""
        self._refused_import: tuple[ImportRequest, str] | None = None
        """A refused import's fields and why, for the import dialog to show when next open."""
        self.idle_fold_seconds = IDLE_FOLD_SECONDS
        """Quiet time after a change before a small store's journal is folded into its file."""
        self._last_input = monotonic()
        self._quitting = False
        """Set once the app is told to exit: input after that is dropped (`on_event`)."""
        self._changed_at = monotonic()
        self._seen_version = store.version
        self._fold_failed: int | None = None
        """The store version an idle fold failed at (a full disk): tried again after the
        next change, not every tick."""
        self._keys = KeyGate(self, super().on_event)
        """Keys typed while a dialog opens, held for it."""

    @property
    def store_name(self) -> str:
        """The store file's name, for the tab bar."""
        return self.store.path.name if self.store.path else "(in memory)"

    def on_mount(self) -> None:
        """Watch the store for changes made by other processes; say where a new store is."""
        if self._poll_enabled:
            self.set_interval(POLL_SECONDS, self.poll_store)
        if self.store.path is not None:
            self.set_interval(max(self.idle_fold_seconds / 4, 0.05), self.fold_when_idle)
        if self._greeting:
            self.notify(self._greeting, markup=False, timeout=10)
        if self._hangup:
            self._quit_on_hangup()
        if WARM_IMPORTS:
            self.set_timer(WARM_AFTER_SECONDS, self.warm_up)

    @work(thread=True, group="warm", exit_on_error=False, description="warm up")
    def warm_up(self) -> None:
        """Load the modules of `WARM_IMPORTS` off the screen's thread, while the analyst reads
        the first screen: a view that needs one then opens without loading it. Loading one
        the screen's thread asks for meanwhile waits for this (the import lock), never
        twice; a module that fails to load is left to fail where it is used."""
        import importlib

        for name in WARM_IMPORTS:
            try:
                importlib.import_module(name)
            except Exception:  # said where the module is used, if it ever is
                continue

    def _quit_on_hangup(self) -> None:
        """A closed terminal (SIGHUP) or a `kill` (SIGTERM) quits as `q` does: the caller's
        clean-up runs (the journal is folded, a demo's scratch copy is deleted) instead of the
        process dying where it stands."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for sig in (signal.SIGHUP, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, self.exit)
            except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
                return

    async def on_event(self, event: events.Event) -> None:
        """Note when the analyst last pressed a key or clicked: an idle fold waits for a pause.
        Keys typed while a dialog opens wait for it (`KeyGate`). Once quitting, input is
        dropped: keys typed after `q` ("q u e") were still answered before the app closed,
        an undo written to the store and a dialog opening as it shut."""
        if isinstance(event, (events.Key, events.MouseDown, events.MouseUp, events.Click,
                              events.Paste)):  # fmt: skip
            if self._quitting:
                event.stop()
                return
            self._last_input = monotonic()
        if isinstance(event, events.Key) and self._keys.hold(event):
            return
        await super().on_event(event)

    def exit(
        self,
        result: Any = None,
        return_code: int = 0,
        message: RenderableType | None = None,
    ) -> None:
        """Close the app, answering no input from now on (`on_event`)."""
        self._quitting = True
        super().exit(result, return_code, message)

    def fold_when_idle(self) -> None:
        """Fold a small store's journal into its file once the desk has paused after a change.

        The changes were durable in `<store>.journal`, but only quitting folded them in: a
        `git commit` or a copy of the store file taken with the TUI open silently lacked the
        session's work. Small stores (those `Store.close` folds on close) are folded by the
        store's own checkpoint, under its writer lock (another process's writes are caught up
        first, and wait at most the fold); it runs between keys, after `idle_fold_seconds`
        without a change or a key, and never waits long for a busy lock. Large stores keep
        folding every 1,000 changes (and by `claimtrack checkpoint`): their fold takes a
        noticeable pause."""
        store = self.store
        if store.path is None or not store.wrote or not store.pending_journal_entries:
            return
        now = monotonic()
        if store.version != self._seen_version:
            self._seen_version, self._changed_at = store.version, now
        quiet = now - max(self._last_input, self._changed_at)
        if quiet < self.idle_fold_seconds or self.job is not None:
            return  # typing, or an import writing: later
        if self._fold_failed == store.version or not store.folds_on_close:
            return
        wait, store.lock_timeout = store.lock_timeout, FOLD_LOCK_WAIT
        try:
            store.checkpoint()
        except StoreBusyError:
            return  # another process is writing: the next tick tries again
        except ClaimtrackError as exc:  # still safe in the journal: say so once
            self._fold_failed = store.version
            self.warn(str(exc))
            return
        finally:
            store.lock_timeout = wait
        if store.version != self._seen_version:  # it caught up with another process's change
            self._seen_version = store.version
            self.changed()

    # -- helpers the screens use ----------------------------------------------------------
    def claim_facts(self) -> ClaimFacts:
        """Verdicts and contested flags of every claim, rebuilt when the store changes."""
        if self._facts is None or self._facts.version != self.store.version:
            self._facts = ClaimFacts(self.store)
        return self._facts

    def view_screen(self) -> ViewScreen | None:
        """The view under any dialogs."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ViewScreen):
                return screen
        return None

    def attempt(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Call a service; a ClaimtrackError becomes an error notification and None."""
        try:
            return fn(*args, **kwargs)
        except ClaimtrackError as exc:
            self.error(str(exc))
            return None

    def error(self, message: str) -> None:
        """Show an error (plain text without controls: it may quote imported text)."""
        self.notify(clean(message), title="error", severity="error", markup=False, timeout=8)

    def warn(self, message: str) -> None:
        """Show something the analyst may want to correct (plain text without controls)."""
        self.notify(clean(message), title="check", severity="warning", markup=False, timeout=8)

    def info(self, message: str, timeout: float = 3) -> None:
        """Show a confirmation (plain text without controls: it may name a speaker found in
        an article)."""
        self.notify(clean(message), markup=False, timeout=timeout)

    def changed(self, message: str | None = None) -> None:
        """The app changed the store: confirm and repaint the current view (and say so when
        the change is safe in the journal but could not be folded into the file)."""
        if message:
            self._confirm(message)
        if self.store.fold_error:
            self.warn(self.store.fold_error)
        screen = self.view_screen()
        if screen is not None:
            screen.refresh_view()

    def _confirm(self, message: str) -> None:
        """Say what a change did, in place of the last change's confirmation if it is still
        shown: deciding suggestions a key each, three toasts of ~8 lines piled up over the
        right half of the queue and of the details. Other notices (errors, warnings, a
        job's result, where the Reader went next) are not taken away."""
        shown = clean(message)
        last, self._confirmed = self._confirmed, shown
        for notice in list(self._notifications):  # Textual's own Toast removes one so
            if notice.message == last and notice.severity == "information":
                self._unnotify(notice)
        self.info(shown)

    def poll_store(self) -> None:
        """Pick up changes the CLI (or another app) made while we are open."""
        if self.job is not None and self.store.path is None:
            return  # a worker is writing to this very store
        try:
            moved = self.store.refresh()
        except ClaimtrackError as exc:
            self.error(str(exc))
            return
        if moved:
            self.changed()

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """A dialog opens over no toast: at 80x24 one sat on the dialog's hint line (the
        keys that answer it). What a dialog refuses is still said while it is open."""
        if isinstance(screen, ModalScreen):
            self.clear_notifications()
        return super().push_screen(screen, *args, **kwargs)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Global keys are off while a dialog is open (its own keys win)."""
        return not (action in _APP_ACTIONS and isinstance(self.screen, ModalScreen))

    def show_view(self, name: str, **request: Any) -> None:
        """Switch to a view and make it re-read the store (and apply `request`, if any)."""
        self.stale_views.add(name)
        if request:
            self.view_requests[name] = request
        self.switch_mode(name)

    # -- global actions -------------------------------------------------------------------
    def action_view(self, name: str) -> None:
        """Switch to a view."""
        if name in self.MODES:
            self.switch_mode(name)

    def action_elsewhere(self, key: str) -> None:
        """A key of another view, pressed where it means nothing: say which view it works in
        (`a` in the Reader did nothing, and a newcomer could not tell a wrong view from a
        stuck tool)."""
        screen = self.view_screen()
        if screen is None or any(a.key == key for a in actions_for(screen.SCOPE)):
            return
        others = where_else(key, screen.SCOPE)
        if not others:
            return
        titles = {name: (number, title) for number, name, title in VIEWS}
        here = titles.get(screen.SCOPE, ("", screen.SCOPE))[1]
        where = ", ".join(
            f"{a.description} in {titles[a.scope][1]} ({titles[a.scope][0]})" for a in others
        )
        self.info(f"{others[0].key_display} does nothing in {here}: it is {where} · ? lists keys")

    async def action_quit(self) -> None:
        """Quit (q, ctrl+q); during an import, only once the analyst says what becomes of it:
        quitting dropped a running import without a word."""
        if self.job is None:
            self.exit()
            return
        if self.job[0] != "import":  # an export's file is written before the process ends
            self.exit(message=f"claimtrack: finishing the {self.job[0]} before quitting…")
            return
        _, done, total = self.job
        storing = bool(total) and done >= total  # every file read: the write cannot stop
        if storing:
            question = (
                f"An import of {counted(total, 'file')} is being stored: quit once it is written?"
            )
            yes, no = "quit once stored", "stay"
        else:
            read = f"{done} of {counted(total, 'file')} read" if total else "finding the files"
            question = f"An import is running ({read}): quit and drop it? Nothing is stored yet."
            yes, no = "quit, dropping it", "keep importing"

        def answered(quit_: bool | None) -> None:
            if not quit_:
                return
            if self.job is None or self.job[0] != "import":  # it ended while asked
                self.exit()
            elif storing:  # the terminal is back only once it is written: say why
                self.exit(message="claimtrack: storing the import before quitting…")
            elif self.job[2] and self.job[1] >= self.job[2]:  # read in full meanwhile
                self.call_later(self.action_quit)  # asked again, as it now stands
            else:
                self._drop_import.set()  # its worker stops at the next file
                self.exit(message="claimtrack: import dropped, nothing of it was stored")

        self.push_screen(ConfirmDialog(question, enter=False, yes=yes, no=no), answered)

    def action_help(self) -> None:
        """Show every key."""
        screen = self.view_screen()
        self.push_screen(HelpScreen(screen.SCOPE if screen else None))

    def action_search(self) -> None:
        """Filter the current view by what is typed."""
        screen = self.view_screen()
        if screen is None:
            return
        title = f"Search {dict((n, t) for _, n, t in VIEWS).get(screen.SCOPE, '')}"

        def done(value: str | None) -> None:
            if value is not None:
                screen.apply_search(value.strip())

        prompt = PromptDialog(
            title, screen.search_query, hint=screen.search_hint(), check=screen.check_search
        )
        self.push_screen(prompt, done)

    @work(exclusive=True, group="dialog")
    async def action_undo(self) -> None:
        """Undo the newest change (also one made by the CLI): the event log survives restarts.
        Another analyst's change is undone only once confirmed."""
        target = self._history(history.next_undo)
        expect: str | None = None  # the change confirmed: refused if another lands first
        if target is not None and target.analyst != self.store.analyst:
            expect = target.id
            question = (
                f"Undo {target.analyst}'s change of {target.ts[:16].replace('T', ' ')}: "
                f"{history.what_changed(target)}?"
            )
            if not await self.push_screen_wait(ConfirmDialog(question)):
                return
            now = self._history(history.next_undo)
            if now is None or now.id != target.id:  # another change came in while asking
                self.warn("the store changed while you were asked: press u again")
                return

        def undo(store: Store) -> Event:
            return history.undo(store, expect=expect)

        event = self._history(undo)
        if event is not None:
            self.changed(f"undone: {self._told(event)}")
            self._reveal(event)

    def action_redo(self) -> None:
        """Redo the newest undone change."""
        event = self._history(history.redo)
        if event is not None:
            self.changed(f"redone: {self._told(event)}")
            self._reveal(event)

    def _told(self, event: Event) -> str:
        """What an undone or redone change was, each claim named by speaker and summary."""
        return event_named(self.store, event, history.what_changed(event))

    def _reveal(self, event: Event) -> None:
        screen = self.view_screen()
        if screen is not None:
            screen.reveal(touched_by(event))

    def _history(self, fn: Callable[[Store], Any]) -> Any:
        """Run an undo or redo (or ask what one would take); its refusal is told, and None
        returned. Nothing left to take is news, not a fault: told as the CLI tells it (the
        service words it), but as information, where a refusal is an error."""
        try:
            return fn(self.store)
        except history.NothingLeftError as exc:
            self.info(str(exc))
        except ClaimtrackError as exc:
            self.error(str(exc))
        return None

    def action_toggle_theme(self) -> None:
        """Switch between the dark and the light theme."""
        self.theme = LIGHT if self.theme == DARK else DARK
        try:
            save_setting("theme", self.theme)
        except OSError as exc:
            self.warn(f"the theme is not kept for next time: {exc}")

    def action_import_documents(self) -> None:
        """Ask for files or a folder, then import them in the background (the dialog comes
        back filled as typed after a refused batch the analyst has not yet seen again)."""
        typed, refused = self._refused_import or (None, "")
        self._refused_import = None

        def done(request: ImportRequest | None) -> None:
            if request is not None:
                self._job_update("import", 0, 0)  # running from now: quitting asks
                self.import_job(request)

        self.push_screen(ImportDialog(typed, refused), done)

    def _import_refused(self, request: ImportRequest, reason: str) -> None:
        """From the import's worker: the batch was refused, so nothing of it was stored (one
        bad file refuses them all). The dialog opens again with what was typed and why, as
        for a missing file: it had closed, a toast named the bad file, every field was lost
        and nothing said the good files were not imported either. Over another dialog it
        waits for the next `i`."""
        self._job_done_quietly()
        message = f"{reason} · nothing imported (one bad file stops the whole batch)"
        self._refused_import = (request, message)
        if isinstance(self.screen, ModalScreen):
            self.error(f"{message} (i: correct it, as typed)")
        else:
            self.action_import_documents()

    def export_formats(self) -> list[tuple[str, str, str]]:
        """(name, suffix, description) of every export format."""
        try:
            from claimtrack.export import EXPORTERS
        except ImportError:  # exporters not installed in this build
            return []
        return [(e.name, e.suffix, e.description) for e in EXPORTERS.values()]

    def action_export(self, fmt: str | None = None) -> None:
        """Choose a format (unless given) and a file, then export in the background."""
        formats = self.export_formats()
        if not formats:
            self.error("no export formats are available")
            return

        def done(request: ExportRequest | None) -> None:
            if request is not None:
                self.export_job(request.fmt, request.path, request.filters)

        from claimtrack.services.exporting import check_target

        def check(path: str, fmt: str) -> None:
            check_target(self.store, Path(path).expanduser(), fmt)

        folder = str(self.store.path.parent) if self.store.path else ""
        view = self.view_screen()
        scopes = view.export_scopes() if view is not None else []
        stem = self.store.path.stem if self.store.path else "claimtrack"
        self.push_screen(ExportDialog(formats, fmt, folder, scopes, check, stem), done)

    # -- background jobs ------------------------------------------------------------------
    def sync_job_bar(self, screen: ViewScreen) -> None:
        """Show the running job (if any) on `screen`."""
        bar = screen.query_one(JobBar)
        bar.display = self.job is not None
        if self.job is not None:
            _, done, total = self.job
            bar.update(total=total or None, progress=done)

    def _job_update(self, label: str, done: int, total: int) -> None:
        self.job = (label, done, total)
        screen = self.view_screen()
        if screen is not None:
            self.sync_job_bar(screen)

    def _job_done_quietly(self) -> None:
        """The job is over: its bar goes."""
        self.job = None
        screen = self.view_screen()
        if screen is not None:
            self.sync_job_bar(screen)

    def _job_done(self, message: str, ok: bool) -> None:
        self._job_done_quietly()
        if ok:  # it comes while the desk works on: 3 s passed before it was read
            self.info(message, timeout=JOB_NOTICE_SECONDS)
        else:
            self.error(message)
        self.poll_store()
        self.changed()

    def _worker_store(self) -> Store:
        """A store for a worker thread: its own instance on the same file (locks, journal)."""
        if self.store.path is None:
            return self.store
        return Store.open(self.store.path, analyst=self.store.analyst, clock=self.store.now)

    @work(thread=True, exclusive=True, group="jobs", exit_on_error=False)
    def import_job(self, request: ImportRequest) -> None:
        """Read and import documents off the UI thread; the result is a notification."""
        from dataclasses import replace

        from claimtrack.services.importing import MANIFEST_FIELDS, gather, import_documents
        from claimtrack.tui.jobs import read_raw, split_paths

        try:
            found = gather(split_paths(request.paths), self.store.path)
            paths = found.files
            self._import_progress(0, len(paths))
            typed = {name: getattr(request, name) for name in MANIFEST_FIELDS}
            raws = []
            for p in paths:
                self._stop_if_dropped()
                given = {**found.metadata.get(p, {}), **{k: v for k, v in typed.items() if v}}
                raws.append(replace(read_raw(p), **given))
            store = self._worker_store()
            try:
                results = import_documents(
                    store, raws, progress=lambda n: self._import_progress(n, len(raws))
                )
            finally:
                if store is not self.store:
                    store.close()
        except _ImportDropped:  # the app is quitting: nothing of it was written
            return
        except ClaimtrackError as exc:
            self.call_from_thread(self._import_refused, request, str(exc))
            return
        except Exception as exc:  # surfaced in the UI, never swallowed
            self.call_from_thread(self._job_done, f"import failed: {exc!r}", False)
            return
        new = [r for r in results if not r.duplicate]
        reading = self.current_mode == "reader"
        message = imported_message(new, reading=reading, db=self.store.path)
        if len(new) < len(results):
            message += f"; {len(results) - len(new)} already in the store"
        if found.skipped:
            names = ", ".join(s.path.name for s in found.skipped[:3])
            more = ", …" if len(found.skipped) > 3 else ""
            message += f"; left out {counted(len(found.skipped), 'file')} ({names}{more})"
        if new:
            self.current_source = new[0].source.id
            # the Reader opens the new document at its first statement
            self.view_requests["reader"] = {"source": new[0].source.id}
            self.stale_views.add("reader")
        self.call_from_thread(self._job_done, message, True)

    def _import_progress(self, done: int, total: int) -> None:
        """From the import's worker: show how far it is, or stop it (before anything is
        written) when the analyst quit and dropped it."""
        self._stop_if_dropped()
        try:
            self.call_from_thread(self._job_update, "import", done, total)
        finally:  # dropped while the app took the update (or could no longer, quitting)
            self._stop_if_dropped()

    def _stop_if_dropped(self) -> None:
        if self._drop_import.is_set():
            raise _ImportDropped

    def export_job(self, fmt: str, path: str, filters: ExportFilter | None = None) -> None:
        """The store fixed on the UI thread (consistent); the snapshot built, filtered and
        written in a worker."""
        from claimtrack.services.exporting import check_target

        try:
            check_target(self.store, Path(path).expanduser(), fmt)
        except ClaimtrackError as exc:
            self.error(str(exc))  # it quotes the path typed: plain text
            return
        build = self.store.snapshot_builder()  # the store as it stands, built in the worker
        self._job_update(f"export {fmt}", 0, 0)
        self._export_worker(build, fmt, path, filters)

    # Our own description: Textual's default is the repr of every argument.
    @work(thread=True, exclusive=True, group="jobs", exit_on_error=False, description="export")
    def _export_worker(
        self, build: Callable[[], Snapshot], fmt: str, path: str, filters: ExportFilter | None
    ) -> None:
        from claimtrack.services.exporting import signature_note, write_export

        target = Path(path).expanduser()
        try:
            snapshot = build()
            held = write_export(snapshot, fmt, target, filters)
            note = signature_note(snapshot, fmt, filters)
        except ClaimtrackError as exc:
            self.call_from_thread(self._job_done, str(exc), False)
            return
        except Exception as exc:  # surfaced in the UI, never swallowed
            self.call_from_thread(self._job_done, f"export failed: {exc!r}", False)
            return
        self.call_from_thread(self._job_done, f"exported {fmt} to {target}: {held}", True)
        if note:
            self.call_from_thread(self.warn, note)


def imported_message(new: list[ImportResult], *, reading: bool, db: Path | None = None) -> str:
    """What an import brought, by title, and (away from the Reader, which opens the first new
    document itself) the key that reads it: "· 2 reads it" after the counts left the desk in
    the Graph guessing what "it" was. `db`: the store's file, named in a command offered."""
    statements = sum(r.statements for r in new)
    if not new:
        return "imported nothing new"
    title = shorten(clean(new[0].source.title, one_line=True) or new[0].source.id, 48)
    if len(new) == 1:
        message = f"imported {counted(statements, 'statement')} from “{title}”"
        them = "it" if statements == 1 else "them"
        message = message if reading else f"{message}: press 2 to read {them}"
    else:
        message = f"imported {counted(len(new), 'document')}, {counted(statements, 'statement')}"
        message = message if reading else f"{message}: press 2 to read the first, “{title}”"
    updates = [r for r in new if r.update_of is not None]
    if updates:  # as the CLI says it: a wire story sent again is otherwise all to review again
        up = updates[0].update_of
        assert up is not None
        message += (
            f"; it looks like an update of {up.of} ({up.unchanged} of "
            f"{counted(updates[0].statements, 'statement')} unchanged"
        )
        if not up.annotated:  # its furniture marks are all it has: no command to offer
            return f"{message}, none annotated there: nothing to carry)"
        # with the store's path: pasted without it, the command would act on ./claimtrack.json
        where = f" --db {shlex.quote(str(db))}" if db is not None else ""
        message += (
            f"): `claimtrack source carry {up.of} {updates[0].source.id}{where}` carries the "
            f"annotations of {counted(up.annotated, 'statement')} over"
        )
    return message


def make_app(
    store: Store,
    *,
    poll: bool = True,
    start: str = "reader",
    greeting: str = "",
    hangup: bool = False,
) -> ClaimtrackApp:
    """The one factory: the CLI, the benchmarks and every test build the app here.

    `poll`: watch the store for other processes' changes every second; `start`: the first
    view; `greeting`: a first notification (where a new or scratch store is); `hangup`: quit
    cleanly on SIGHUP/SIGTERM (the real terminal, not tests).
    """
    return ClaimtrackApp(store, poll=poll, start=start, greeting=greeting, hangup=hangup)


def run(db: str | None, demo: bool = False) -> None:
    """Open the store (creating it if missing, and saying so); with `demo` and no db, a fresh
    scratch copy of the demo, deleted on quitting."""
    import shutil

    from claimtrack.services.context import open_store

    db, greeting, scratch = opening(db, demo)
    try:
        store = open_store(db, create=True)
        greeting = greeting or new_store_greeting(store)
        try:
            make_app(store, greeting=greeting, hangup=True).run()
        finally:
            store.close()
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def opening(db: str | None, demo: bool) -> tuple[str | None, str, Path | None]:
    """What `run` opens: (store path, first notification, scratch folder to delete on quit).

    A store this process creates is named once it is open (`new_store_greeting`).
    """
    if demo and db is None:
        from claimtrack.demo import build_demo_store

        path = build_demo_store()
        return str(path), f"demo: a scratch copy at {path}, deleted when you quit (q)", path.parent
    return db, "", None


def new_store_greeting(store: Store) -> str:
    """The first notification of a store this process created, naming it, so a mistyped
    `--db` is seen at once rather than taken for lost work; "" for one that was there.

    Whether this process made the file (`Store.created`, as `init` says it), not whether it
    was missing a moment before: another process (an `init`, a second TUI) may create it in
    between, and this one then opens it and did not create it."""
    if store.created is None:
        return ""
    return f"new empty store {store.path}: press i to import articles"
