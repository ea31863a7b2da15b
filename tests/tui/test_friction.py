"""What a keyboard analyst tripped over in a hand-run session, each pressed with the real keys."""

from __future__ import annotations

from claimtrack.services import annotate
from claimtrack.store import Store
from claimtrack.tui.widgets.document import DocumentView

from .conftest import app_for, press, settle, tag_with_suggestions, type_text


def said(app) -> list[str]:  # type: ignore[no-untyped-def]
    """Every notification shown so far, as text."""
    return [str(n.message) for n in app._notifications]


async def test_unlink_from_the_answered_claim_names_the_link_as_it_was_made(
    demo_store: Store,
) -> None:
    """A link made "B contradicts A", removed with x from A's graph, was reported as
    "A contradicts B": the message turned the removed link around."""
    claims = sorted(tag_with_suggestions(demo_store, limit=2))
    denial, accused = claims[1], claims[0]
    annotate.link_claims(demo_store, denial, accused, "responds-to")
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.current_claim = accused  # the Graph centred on the claim that is answered
        await press(pilot, "6", "down", "down", "x")  # root → "answered by" → the denial
        assert not demo_store.docs("links")
        removed = [m for m in said(app) if m.startswith("removed link")]
    assert removed and removed[-1].endswith(f"{denial} responds-to {accused}"), removed


async def test_enter_on_a_tagged_statement_says_who_said_it_not_that_nothing_is_suggested(
    demo_store: Store,
) -> None:
    """⏎ on a statement already tagged said "no suggestion here: press s to pick a speaker",
    as if it had no speaker: it says who said it and how to change that."""
    app = app_for(demo_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(DocumentView)
        first = view.current
        await press(pilot, "s")
        await type_text(pilot, "Hikmet Hajiyev")
        await press(pilot, "enter")  # tagged; the cursor moves on
        assert demo_store.doc("statements", first)["speaker"]
        await press(pilot, "k", "enter")  # back onto it, ⏎ again
        message = said(app)[-1]
    assert message.startswith("already said by Hikmet Hajiyev"), message
    assert "no suggestion" not in message
