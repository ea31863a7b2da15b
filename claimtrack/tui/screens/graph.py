"""View 6, Graph: the selected claim's neighbourhood as a tree you walk; ⏎ recentres."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

from claimtrack.errors import NotFoundError
from claimtrack.model import Claim, Link
from claimtrack.services import annotate
from claimtrack.services.naming import link_named
from claimtrack.textnorm import counted
from claimtrack.tui.actions import bindings_for
from claimtrack.tui.annotate import link_flow, outcome_flow
from claimtrack.tui.dialogs.choice import ConfirmDialog
from claimtrack.tui.rows import claim_label
from claimtrack.tui.screens.base import ExportScope, ViewScreen, around_claim
from claimtrack.tui.text import RELATION_LABELS, clean

GROUP_ORDER = (
    "⇄ contradicts",
    "↪ responds to",
    "↩ answered by",
    "→ supports",
    "← supported by",
)


class GraphTree(Tree[str]):
    """The neighbourhood tree; node data is a claim id (None on group rows)."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("list")

    def action_first(self) -> None:
        """First row, scrolled into view (setting the cursor alone left it off-screen)."""
        self.action_scroll_home()

    def action_last(self) -> None:
        """Last row, scrolled into view."""
        self.action_scroll_end()

    def render_label(self, node: TreeNode[str], base_style: Style, style: Style) -> Text:
        """The label cut with "…" where the row meets the edge: cut bare, a claim looked
        whole ("…called the claim "a f") and the reader could not tell it went on."""
        label = super().render_label(node, base_style, style)
        depth, above = 0, node.parent
        while above is not None:
            depth, above = depth + 1, above.parent
        room = self.scrollable_content_region.width - depth * self.guide_depth
        if room > 1 and label.cell_len > room:
            label.truncate(room, overflow="ellipsis")
        return label

    def on_resize(self) -> None:
        """Keep the cursor's row in view: a longer claim under it grows the pane below and
        shrinks the tree, which left the last row under the pane after End."""
        self.scroll_to_line(self.cursor_line, animate=False)


class GraphScreen(ViewScreen):
    """Relations of one claim, grouped; expand a neighbour (space) to walk further."""

    SCOPE = "graph"
    BINDINGS: ClassVar[list[BindingType]] = bindings_for("graph")

    def __init__(self) -> None:
        super().__init__()
        self.history: list[str] = []
        """Claims recentred away from, for ⌫."""
        self.shown: str | None = None
        """The claim the tree is centred on."""
        self._searched: str | None = ""
        """The search the cursor last jumped for (a rebuild for a change does not jump);
        None when the analyst searches, so the same text searched again jumps too."""

    def is_stale(self) -> bool:
        """Another view selected a different claim."""
        return self.ct_app.current_claim != self.shown

    def compose_body(self) -> ComposeResult:
        """The tree, and under it the whole of the claim under the cursor (a row is cut at
        the screen's edge)."""
        tree = GraphTree(Text("no claim"), id="graph")
        tree.auto_expand = False
        yield tree
        yield Static(id="graph-detail")

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        """Show the whole claim under the cursor, with its speaker, side and verdict (read
        from the tree: a rebuild's highlight of a node since cleared may arrive late)."""
        self._detail(self._cursor_claim())  # a relation row: the claim it hangs from

    def _detail(self, claim_id: str | None) -> None:
        detail = self.query_one("#graph-detail", Static)
        doc = self.store.doc(Claim.TABLE, claim_id) if claim_id else None
        detail.display = doc is not None  # no strip on an empty store
        if doc is None:
            return
        facts = self.ct_app.claim_facts()
        text = Text(f"{clean(claim_id)} ", style="bold")
        text += claim_label(self.store, facts, claim_id or "")
        if doc.get("note"):
            text.append(f"  · note: {clean(doc['note'], one_line=True)}", style="italic")
        detail.update(text)

    def export_scopes(self) -> list[ExportScope]:
        """The claim in the centre with its links, one or two steps out."""
        centre = self.shown
        return [around_claim(centre), around_claim(centre, 2)] if centre else []

    def _centre(self) -> str | None:
        current = self.ct_app.current_claim
        if current and self.store.doc(Claim.TABLE, current):
            return current
        claims = self.store.docs(Claim.TABLE)
        linked = sorted(
            set(self.store.indexed_values("links", "a"))
            | set(self.store.indexed_values("links", "b"))
        )
        for cid in linked:
            if cid in claims:
                return cid
        return min(claims) if claims else None

    def _link_docs(self, claim_id: str) -> list[dict[str, str]]:
        """The links touching `claim_id`, in id order."""
        ids = self.store.ids_where("links", "a", claim_id) | self.store.ids_where(
            "links", "b", claim_id
        )
        return [doc for lid in sorted(ids) if (doc := self.store.doc(Link.TABLE, lid))]

    def _neighbours(
        self, claim_id: str, path: frozenset[str] = frozenset()
    ) -> dict[str, list[tuple[str, str]]]:
        """Group label → (neighbour claim id, the link's note), leaving out the claims in
        `path` (the way here)."""
        groups: dict[str, list[tuple[str, str]]] = {}
        for doc in self._link_docs(claim_id):
            forward = doc["a"] == claim_id
            other = doc["b"] if forward else doc["a"]
            if other in path:
                continue
            label = RELATION_LABELS[doc["relation"]][0 if forward else 1]
            groups.setdefault(label, []).append((other, doc.get("note") or ""))
        return {g: groups[g] for g in sorted(groups, key=_group_rank)}

    def _fill(self, node: TreeNode[str], claim_id: str, path: frozenset[str]) -> None:
        """Add `claim_id`'s neighbours under `node`, except the claims on the way to it; a
        neighbour can be expanded when it leads somewhere new."""
        facts = self.ct_app.claim_facts()
        path = path | {claim_id}
        for label, others in self._neighbours(claim_id, path).items():
            group = node.add(Text(f"{label} ({len(others)})", style="bold"), expand=True)
            for other, note in others:
                onward = {end for d in self._link_docs(other) for end in (d["a"], d["b"])}
                leaf_label = Text(f"{clean(other)} ", style="dim")
                if note:  # why the analyst linked them, before a summary that may be cut
                    leaf_label.append(f"“{clean(note, one_line=True)}” ", style="italic")
                leaf_label.append_text(claim_label(self.store, facts, other))
                group.add(leaf_label, data=other, allow_expand=bool(onward - path - {other}))

    def reload(self) -> None:
        """Rebuild the tree around the centre claim. Around the same centre the rows opened
        and the cursor's row stay: a verdict or a note given in the Graph folded the walk
        back to one level, and the cursor stayed on the line it was on, now another claim's,
        while the pane under the tree named the centre (`o` then judged a claim the pane did
        not show)."""
        tree = self.query_one(GraphTree)
        centre = self._centre()
        same = centre is not None and centre == self.shown and tree.root.data == centre
        kept = _layout(tree) if same else None
        tree.clear()
        if centre is None:
            tree.root.set_label(Text("No claims yet: tag statements in the Reader (2)."))
            self.set_header(Text("Graph", style="bold"))
            tree.focus()
            self._detail(None)
            return
        self.ct_app.current_claim = self.shown = centre
        facts = self.ct_app.claim_facts()
        tree.root.set_label(
            Text(f"{clean(centre)} ", style="bold") + claim_label(self.store, facts, centre)
        )
        tree.root.data = centre
        self._fill(tree.root, centre, frozenset())
        tree.root.expand()
        groups = self._neighbours(centre)
        count = len({other for v in groups.values() for other, _ in v})  # a claim linked twice once
        header = Text(f"{counted(count, 'linked claim')}", style="bold")
        if self.history:
            header.append(f" · ⌫ back to {clean(self.history[-1])}", style="dim")
        header.append("   ⏎ recentre · space expand", style="dim")
        if self.search_query:
            header.append(f" · / {clean(self.search_query, one_line=True)}", style="italic")
        self.set_header(header)
        tree.focus()
        if kept is not None:
            self._restore(tree, *kept)
        else:
            tree.cursor_line = 0
        searched, self._searched = self._searched, self.search_query
        if self.search_query and (kept is None or searched != self.search_query):
            self._find(self.search_query)
        self._detail(self._cursor_claim())

    def _restore(
        self, tree: GraphTree, opened: set[RowPath], folded: set[RowPath], at: RowPath | None
    ) -> None:
        """Open again the rows that were open, fold the relations that were folded, and put
        the cursor back on its row (or on the same claim elsewhere, else on the centre)."""

        def walk(node: TreeNode[str], way: frozenset[str]) -> None:
            for child in node.children:
                path = _row_path(child)
                if child.data is None:
                    if path in folded:
                        child.collapse()
                    walk(child, way)
                elif path in opened and child.allow_expand:
                    if not child.children:
                        self._fill(child, child.data, way)
                    child.expand()
                    walk(child, way | {child.data})

        walk(tree.root, frozenset({tree.root.data or ""}))
        line = 0
        if at is not None:
            rows = [tree.get_node_at_line(n) for n in range(tree.last_line + 1)]
            paths = [_row_path(node) if node is not None else () for node in rows]
            # a claim's row elsewhere; a relation row gone is no other claim's relation row
            same_claim = [n for n, row in enumerate(rows) if row is not None and row.data == at[-1]]
            line = paths.index(at) if at in paths else (same_claim or [0])[0]
        tree.cursor_line = line

    def _cursor_claim(self) -> str | None:
        """The claim of the row under the cursor (a relation row: the claim it hangs from)."""
        node = self.query_one(GraphTree).cursor_node
        while node is not None and node.data is None and node.parent is not None:
            node = node.parent
        return node.data if node is not None else None

    def reveal(self, touched: dict[str, list[str]]) -> None:
        """Show a claim an undo or redo just changed: its row when the tree holds it (other
        than the centre), else recentre on it (⌫ comes back). A link undone between two
        other claims changed nothing on screen, so the analyst could not see what `u` did."""
        claims = [c for c in touched.get(Claim.TABLE, ()) if self.store.doc(Claim.TABLE, c)]
        if not claims:
            return
        tree = self.query_one(GraphTree)
        rows: dict[str, int] = {}
        for line in range(tree.last_line + 1):
            node = tree.get_node_at_line(line)
            if node is not None and node.data and node.data not in rows:
                rows[node.data] = line
        beside = [c for c in claims if c != self.shown and c in rows]
        if beside:
            tree.cursor_line = rows[beside[0]]
        elif self.shown not in claims:
            self.recentre(claims[0])

    def _first_line(self, query: str) -> int | None:
        """The first row containing `query` (any case), if any."""
        tree = self.query_one(GraphTree)
        needle = query.casefold()
        for line in range(tree.last_line + 1):
            node = tree.get_node_at_line(line)
            if node is not None and needle in node.label.plain.casefold():
                return line
        return None

    def _find(self, query: str) -> None:
        """Move the cursor to the first row containing `query`."""
        line = self._first_line(query)
        if line is None:
            said = clean(query, one_line=True)
            self.ct_app.warn(f"nothing in this neighbourhood matches “{said}”")
            return
        self.query_one(GraphTree).cursor_line = line

    def apply_search(self, query: str) -> None:
        """Search: the cursor jumps to the first row matching, also for the text searched
        before (the analyst moved off its row and asks for it again)."""
        self._searched = None
        super().apply_search(query)

    def check_search(self, query: str) -> None:
        """A text no row holds is refused in the prompt: the cursor stayed on its row under
        a header naming the search, as though that row were the match."""
        if query and self._first_line(query) is None:
            said = clean(query, one_line=True)
            raise NotFoundError(f"nothing in this neighbourhood matches “{said}”")

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[str]) -> None:
        """Expanding a neighbour fills its own neighbours (one level at a time)."""
        node = event.node
        if node.data and node is not self.query_one(GraphTree).root and not node.children:
            way: set[str] = set()
            above = node.parent
            while above is not None:
                if above.data:
                    way.add(above.data)
                above = above.parent
            self._fill(node, node.data, frozenset(way))

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        """⏎ on a claim recentres the graph on it."""
        event.stop()
        self.recentre(event.node.data)

    def recentre(self, claim_id: str | None) -> None:
        """Centre on `claim_id` (remembering where we were)."""
        centre = self.ct_app.current_claim
        if not claim_id or claim_id == centre:
            return
        if centre:
            self.history.append(centre)
        self.ct_app.current_claim = claim_id
        self.refresh_view()

    def _selected_claim(self) -> str | None:
        node = self.query_one(GraphTree).cursor_node
        if node is not None and node.data:
            return node.data
        return self.ct_app.current_claim

    def action_recentre(self) -> None:
        """Centre on the claim under the cursor."""
        self.recentre(self._selected_claim())

    def action_expand(self) -> None:
        """Expand or fold the row under the cursor (the tree does it itself when focused)."""
        node = self.query_one(GraphTree).cursor_node
        if node is not None and node.allow_expand:
            node.toggle()

    def action_back(self) -> None:
        """Back to the previous centre."""
        if not self.history:
            # "no earlier claim" alone left the analyst to guess how a centre is left.
            self.ct_app.info("no earlier centre to go back to: ⏎ on a linked claim recentres")
            return
        self.ct_app.current_claim = self.history.pop()
        self.refresh_view()

    @work(exclusive=True, group="dialog")
    async def action_link(self) -> None:
        """Link the claim under the cursor."""
        claim_id = self._selected_claim()
        if claim_id:
            await link_flow(self.ct_app, claim_id)

    @work(exclusive=True, group="dialog")
    async def action_outcome(self) -> None:
        """Judge the claim under the cursor."""
        claim_id = self._selected_claim()
        if claim_id:
            await outcome_flow(self.ct_app, claim_id)

    @work(exclusive=True, group="dialog")
    async def action_unlink(self) -> None:
        """Remove the link between the claim under the cursor and the claim it hangs from
        (the relation is the group between them), once `y` confirms: `x` is narration in
        the Reader, and a desk pressing it here out of habit lost a link at one key. Undo
        (`u`) brings it back."""
        node = self.query_one(GraphTree).cursor_node
        group = node.parent if node is not None and node.data else None
        above = group.parent if group is not None else None
        if node is None or group is None or above is None or not above.data:
            self.ct_app.info("put the cursor on a linked claim (under a relation) to unlink it")
            return
        anchor, other = above.data, node.data
        label = group.label.plain.rsplit(" (", 1)[0]
        for doc in self._link_docs(anchor):
            if other not in (doc["a"], doc["b"]):
                continue
            if RELATION_LABELS[doc["relation"]][0 if doc["a"] == anchor else 1] == label:
                lid = doc["id"]
                # The link's own direction: seen from its `b` the anchor does not
                # contradict / support / respond to the other claim, it is the object.
                told = link_named(self.store, doc["a"], doc["relation"], doc["b"])
                question = ConfirmDialog(
                    f"Remove link {lid}: {told}?", enter=False, yes="remove", no="keep it"
                )
                if not await self.app.push_screen_wait(question):
                    self.ct_app.info("link kept")
                    return
                done = self.ct_app.attempt(annotate.unlink, self.store, lid)
                if done is not None:
                    self.ct_app.changed(f"removed link {lid}: {told} (u undoes)")
                return
        self.ct_app.info("no such link any more")

    def search_hint(self) -> str:
        """What `/` does here."""
        return "⏎ jump to the first row containing this text · esc cancel"


RowPath = tuple[str, ...]
"""A row named by the claims and relations from the centre down to it."""


def _row_path(node: TreeNode[str]) -> RowPath:
    """The row's path: node ids and lines change when the tree is rebuilt, claims and
    relations do not (a relation's count in brackets may)."""
    path: list[str] = []
    above: TreeNode[str] | None = node
    while above is not None:
        path.append(above.data or above.label.plain.rsplit(" (", 1)[0])
        above = above.parent
    return tuple(reversed(path))


def _layout(tree: GraphTree) -> tuple[set[RowPath], set[RowPath], RowPath | None]:
    """What the analyst opened (claims), folded (relations) and where the cursor is."""
    opened: set[RowPath] = set()
    folded: set[RowPath] = set()

    def walk(node: TreeNode[str]) -> None:
        for child in node.children:
            if child.data is None and not child.is_expanded:
                folded.add(_row_path(child))
            elif child.is_expanded:
                if child.data is not None:
                    opened.add(_row_path(child))
                walk(child)

    walk(tree.root)
    cursor = tree.cursor_node
    return opened, folded, _row_path(cursor) if cursor is not None else None


def _group_rank(label: str) -> int:
    return GROUP_ORDER.index(label) if label in GROUP_ORDER else len(GROUP_ORDER)
