"""The one action table: every key binding, command-palette entry and help line comes from it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Action:
    """One user action: the key that runs it, where, and how it is described."""

    key: str
    """Textual key name ("s", "enter", "ctrl+r", "question_mark")."""
    action: str
    """The Textual action string run on the scope's node ("view('claims')", "tag")."""
    description: str
    """One line for the footer, the help screen and the palette."""
    scope: str
    """Where the key works: "app", a view name, "list" (every list), or a dialog."""
    show: bool = True
    """Shown in the footer."""
    palette: str | None = None
    """Namespace of the command-palette entry ("view", "annotate"…); None = not in palette."""
    display: str | None = None
    """How the key is written for people (defaults to the key)."""
    explain: str | None = None
    """A fuller line for the help screen and the keymap (defaults to the description)."""

    @property
    def key_display(self) -> str:
        """The key as shown in the footer, help and the README."""
        return self.display or self.key

    @property
    def help(self) -> str:
        """What the help screen and the README say the key does."""
        return self.explain or self.description

    @property
    def palette_name(self) -> str:
        """The palette entry, e.g. "annotate: link"."""
        return f"{self.palette}: {self.description}"


VIEWS: tuple[tuple[str, str, str], ...] = (
    ("1", "sources", "Sources"),
    ("2", "reader", "Reader"),
    ("3", "claims", "Claims"),
    ("4", "speakers", "Speakers"),
    ("5", "suggestions", "Suggestions"),
    ("6", "graph", "Graph"),
)
"""(key, mode name, title) of each view, in key order."""

VERDICT_KEYS: tuple[tuple[str, str], ...] = (
    ("t", "true"),
    ("m", "mostly-true"),
    ("x", "mixed"),
    ("l", "misleading"),
    ("f", "false"),
    ("u", "unverifiable"),
    ("o", "open"),
)
"""One key per verdict in the outcome dialog."""

RELATION_KEYS: tuple[tuple[str, str], ...] = (
    ("c", "contradicts"),
    ("s", "supports"),
    ("r", "responds-to"),
)
"""One key per relation in the link dialog."""

SCOPE_TITLES: dict[str, str] = {
    "app": "Everywhere",
    "list": "In every list",
    **{name: title for _, name, title in VIEWS},
    "outcome": "Outcome dialog",
    "relation": "Link dialog",
    "split": "Split dialog",
}


EXPLAIN: dict[tuple[str, str], str] = {
    **{("app", key): f"show the {title} view" for key, _, title in VIEWS},
    ("app", "question_mark"): "this help",
    ("app", "ctrl+p"): "command palette (views, annotations, exports…)",
    ("app", "slash"): "search: filter the current view",
    ("app", "u"): "undo the last change (also one made by the CLI)",
    ("app", "ctrl+r"): "redo the last undone change",
    ("app", "i"): "import files or a folder (in the background)",
    ("app", "e"): "export the claim graph or a report (format, what, then file)",
    ("app", "ctrl+t"): "switch between the dark and the light theme",
    ("sources", "enter"): "read the source in the Reader",
    ("reader", "j"): "next statement, reviewed or not",
    ("reader", "enter"): "accept the suggested speaker (registers a proposed new one), then go "
    "to the next statement left to review (after the last, back to the first one left; none "
    "left: the cursor stays)",
    ("reader", "s"): "pick the speaker (fuzzy; a row creates the name typed, first when nothing "
    "matches well), then on to the next statement left to review, as ⏎",
    ("reader", "x"): "the outlet's own narration: no speaker, not a claim; then on to the next "
    "statement left to review, as ⏎",
    ("reader", "m"): "same claim as an existing one: merge into it (fuzzy claim picker)",
    ("reader", "l"): "link its claim to another: pick the claim, then c / s / r",
    ("reader", "o"): "record the outcome: verdict key, then note, evidence URL, decision date",
    ("reader", "n"): "write the note on the statement",
    ("reader", "backspace"): "untag: back to unreviewed (a claim left without appearances goes)",
    ("reader", "b"): "split the statement in two (two speakers in one sentence): move the cut "
    "by word with ←/→ (by character in Chinese, Japanese, Thai), by character with ⇧←/⇧→ or "
    ",/., ⏎ splits; the first part keeps its speaker, claim and note, the second is new, to "
    "review",
    ("split", "left"): "cut a word earlier (a character where no space marks a word: Chinese, "
    "Japanese, Thai)",
    ("split", "right"): "cut a word later (a character where no space marks a word)",
    ("split", "shift+left"): "cut a character earlier (beside a dash or a quote mark written "
    "without a space)",
    ("split", "comma"): "cut a character earlier, as ⇧← (where the terminal does not send ⇧←)",
    ("split", "full_stop"): "cut a character later, as ⇧→",
    ("reader", "J"): "join the statement with the next one (a quote cut in two): it keeps its "
    "speaker, claim and note over both; the next must be untagged, or the same claim's",
    ("reader", "left_square_bracket"): "previous source (during a search, the previous one it "
    "matches in)",
    ("reader", "right_square_bracket"): "next source (during a search `/`, the next one it "
    "matches in)",
    ("claims", "enter"): "show the claim in the Graph",
    ("claims", "t"): "edit the claim's tags",
    ("claims", "c"): "clear the filter",
    ("claims", "s"): "sort: first reported (default), newest, speaker, id",
    ("speakers", "enter"): "list the speaker's claims in Claims",
    ("speakers", "a"): "add a speaker: name, aliases, side, kind",
    (
        "speakers",
        "r",
    ): "rename or edit the speaker: name (the old one stays an alias), aliases, side, kind",
    ("speakers", "m"): "merge it into another speaker (names become aliases, claims move)",
    ("suggestions", "a"): "accept: make the link (or merge the claims)",
    ("suggestions", "x"): "reject this row's relation: never proposed again (the pair's other "
    "relations stay as their own rows)",
    ("suggestions", "X"): "reject the pair: every relation suggested for the two claims (they "
    "are unrelated), in one change",
    ("suggestions", "space"): "skip: decide later (moves to the end)",
    ("graph", "enter"): "recentre on the claim under the cursor",
    ("graph", "backspace"): "back to the previous centre",
    ("graph", "space"): "expand or fold the claim under the cursor: walk one link further",
    ("graph", "x"): "unlink: remove the link to the claim under the cursor from the one above "
    "(asks first: y removes, n or esc keeps it)",
    ("sources", "r"): "edit: correct the source's title, outlet, date, language or address",
    ("relation", "n"): "note first: write why the claims relate (⏎), then press the relation key",
}
"""Fuller help lines, where the footer's short description would not say enough."""


def _table() -> tuple[Action, ...]:
    views = [
        Action(key, f"view('{name}')", title, "app", show=False, palette="view")
        for key, name, title in VIEWS
    ]
    app = [
        Action("question_mark", "help", "help", "app", palette="app", display="?"),
        Action("ctrl+p", "command_palette", "commands", "app", show=False, display="ctrl+p"),
        Action("slash", "search", "search", "app", palette="app", display="/"),
        Action("u", "undo", "undo", "app", palette="store"),
        Action("ctrl+r", "redo", "redo", "app", show=False, palette="store"),
        Action("i", "import_documents", "import", "app", show=False, palette="store"),
        Action("e", "export", "export", "app", show=False, palette="store"),
        Action("ctrl+t", "toggle_theme", "dark/light theme", "app", show=False, palette="app"),
        Action("q", "quit", "quit", "app", show=False, palette="app"),
    ]
    lists = [
        Action("j", "cursor_down", "next row", "list", show=False),
        Action("k", "cursor_up", "previous row", "list", show=False),
        Action("down", "cursor_down", "next row", "list", show=False, display="↓"),
        Action("up", "cursor_up", "previous row", "list", show=False, display="↑"),
        Action("pagedown", "page_down", "page down", "list", show=False, display="PgDn"),
        Action("pageup", "page_up", "page up", "list", show=False, display="PgUp"),
        Action("home", "first", "first row", "list", show=False),
        Action("end", "last", "last row", "list", show=False),
    ]
    sources = [
        Action("enter", "open_source", "read", "sources", display="⏎"),
        Action("r", "edit_source", "edit", "sources", palette="annotate"),
    ]
    reader = [
        Action("j", "next_statement", "next statement", "reader", show=False),
        Action("k", "previous_statement", "previous statement", "reader", show=False),
        Action("enter", "accept", "accept", "reader", palette="annotate", display="⏎"),
        Action("s", "tag", "speaker", "reader", palette="annotate"),
        Action("x", "narration", "narration", "reader", palette="annotate"),
        Action("m", "merge", "merge", "reader", show=False, palette="annotate"),
        Action("l", "link", "link", "reader", palette="annotate"),
        Action("o", "outcome", "outcome", "reader", palette="annotate"),
        Action("n", "note", "note", "reader", show=False, palette="annotate"),
        Action(
            "backspace", "untag", "untag", "reader", show=False, palette="annotate", display="⌫"
        ),
        Action("b", "split", "split", "reader", show=False, palette="annotate"),
        Action("J", "join", "join next", "reader", show=False, palette="annotate"),
        Action(
            "left_square_bracket",
            "previous_source",
            "prev source",
            "reader",
            show=False,
            palette="navigate",
            display="[",
        ),
        Action(
            "right_square_bracket",
            "next_source",
            "next source",
            "reader",
            show=False,
            palette="navigate",
            display="]",
        ),
    ]
    claims = [
        Action("enter", "open_graph", "graph", "claims", display="⏎"),
        Action("l", "link", "link", "claims", palette="annotate"),
        Action("o", "outcome", "outcome", "claims", palette="annotate"),
        Action("n", "note", "note", "claims", show=False, palette="annotate"),
        Action("t", "tags", "tags", "claims", show=False, palette="annotate"),
        Action("c", "clear_filter", "clear filter", "claims", palette="navigate"),
        Action("s", "sort", "sort", "claims", show=False, palette="navigate"),
    ]
    speakers = [
        Action("enter", "speaker_claims", "claims", "speakers", display="⏎"),
        Action("a", "add_speaker", "add speaker", "speakers", palette="annotate"),
        Action("r", "edit_speaker", "edit", "speakers", palette="annotate"),
        Action("m", "merge_speaker", "merge", "speakers", palette="annotate"),
    ]
    suggestions = [
        Action("a", "accept", "accept", "suggestions", palette="review"),
        Action("x", "reject", "reject", "suggestions", palette="review"),
        Action("X", "reject_pair", "reject pair", "suggestions", show=False, palette="review"),
        Action("space", "skip", "skip", "suggestions", palette="review"),
    ]
    graph = [
        Action("enter", "recentre", "recentre", "graph", display="⏎"),
        Action("backspace", "back", "back", "graph", palette="navigate", display="⌫"),
        Action("space", "expand", "expand", "graph"),
        Action("l", "link", "link", "graph", palette="annotate"),
        Action("o", "outcome", "outcome", "graph", palette="annotate"),
        Action("x", "unlink", "unlink", "graph", palette="annotate"),
    ]
    outcome = [
        Action(key, f"verdict('{verdict}')", verdict, "outcome") for key, verdict in VERDICT_KEYS
    ]
    relation = [
        *(Action(key, f"relation('{rel}')", rel, "relation") for key, rel in RELATION_KEYS),
        Action("n", "note", "note first", "relation"),
    ]
    split = [
        Action("left", "cut_left", "cut a word earlier", "split", display="←"),
        Action("right", "cut_right", "cut a word later", "split", display="→"),
        Action("shift+left", "cut_char_left", "cut a character earlier", "split", display="⇧←"),
        Action("shift+right", "cut_char_right", "cut a character later", "split", display="⇧→"),
        Action("comma", "cut_char_left", "cut a character earlier", "split", display=","),
        Action("full_stop", "cut_char_right", "cut a character later", "split", display="."),
        Action("home", "cut_first", "cut after the first word", "split"),
        Action("end", "cut_last", "cut before the last word", "split"),
        Action("enter", "split_here", "split here", "split", display="⏎"),
    ]
    table = (
        *views, *app, *lists, *sources, *reader, *claims, *speakers, *suggestions, *graph,
        *outcome, *relation, *split,
    )  # fmt: skip
    return tuple(replace(a, explain=EXPLAIN.get((a.scope, a.key))) for a in table)


ACTIONS: tuple[Action, ...] = _table()
"""Every action of the TUI, grouped by scope."""


def actions_for(scope: str) -> list[Action]:
    """The actions of one scope, in table order."""
    return [a for a in ACTIONS if a.scope == scope]


def bindings_for(scope: str, *, priority: bool = False) -> list[Binding]:
    """Textual bindings for a scope (what a screen, widget or dialog puts in BINDINGS)."""
    return [
        Binding(
            a.key,
            a.action,
            a.description,
            show=a.show,
            key_display=a.display,
            priority=priority,
        )
        for a in actions_for(scope)
    ]


def key_of(action: str, scope: str) -> str | None:
    """The key bound to `action` in `scope`, as people read it ("c", "/"); None when the
    scope has no such action. A hint naming a key reads it here, so it says the key the
    binding has ("/ then ctrl+u ⏎" was written into the Claims view's empty list, where
    `c` clears the filter)."""
    return next((a.key_display for a in ACTIONS if a.scope == scope and a.action == action), None)


def elsewhere_keys() -> list[str]:
    """The letter (and bracket) keys of a view that the app and every list leave free: pressed
    in another view they did nothing at all, and a newcomer took the tool for stuck."""
    views = {name for _, name, _ in VIEWS}
    taken = {a.key for a in ACTIONS if a.scope in ("app", "list")}
    found = {
        a.key
        for a in ACTIONS
        if a.scope in views and (len(a.key) == 1 or a.key.endswith("square_bracket"))
    }
    return sorted(found - taken)


def where_else(key: str, scope: str) -> list[Action]:
    """The actions bound to `key` in the views other than `scope`, in view order."""
    views = [name for _, name, _ in VIEWS if name != scope]
    return [a for name in views for a in ACTIONS if a.scope == name and a.key == key]


def scopes() -> list[str]:
    """Every scope, in table order."""
    seen: dict[str, None] = {}
    for a in ACTIONS:
        seen.setdefault(a.scope, None)
    return list(seen)


def palette_actions(scopes_: Iterable[str]) -> list[Action]:
    """The actions offered in the command palette for the given scopes."""
    wanted = set(scopes_)
    return [a for a in ACTIONS if a.palette and a.scope in wanted]
