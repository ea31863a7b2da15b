"""The Reader's speaker picker: ⏎ does what was typed. A name only alike a registered one
(the outlet "OpenSight" of Mira Hale's alias "OpenSight analyst") creates it; a state's
other name ("Burma") picks the state registered under its own ("Myanmar")."""

from __future__ import annotations

from textual.widgets import OptionList

from claimtrack.model import Speaker, Statement
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store
from claimtrack.tui.dialogs.picker import CREATE_ID

from .conftest import app_for, press, reader_statements, settle


async def _tagged_by_typing(store: Store, typed: str) -> tuple[OptionList, Speaker]:
    """`s` on the Reader's first statement, `typed`, ⏎: the options as listed before ⏎,
    and the speaker the statement is then tagged with."""
    first = reader_statements(store)[0]
    app = app_for(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        await pilot.press(*typed)
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        listed = OptionList(*(options.get_option_at_index(i) for i in range(options.option_count)))
        highlighted = options.highlighted
        await press(pilot, "enter")
    assert highlighted == 0
    st = store.get(Statement, first)
    assert st is not None and st.speaker is not None
    speaker = store.get(Speaker, st.speaker)
    assert speaker is not None
    return listed, speaker


async def test_a_body_named_in_a_persons_alias_is_created_not_taken_for_them(
    demo_store: Store,
) -> None:
    """`OpenSight` ⏎ tagged Mira Hale (alias "OpenSight analyst"), the create row 9th."""
    mira = add_speaker(demo_store, "Mira Hale", ["OpenSight analyst"], kind="person")
    options, speaker = await _tagged_by_typing(demo_store, "OpenSight")
    top = options.get_option_at_index(0)
    assert top.id == CREATE_ID and "create speaker 'OpenSight'" in str(top.prompt)
    assert speaker.name == "OpenSight" and speaker.id != mira.id


async def test_her_name_or_her_whole_alias_still_picks_her(demo_store: Store) -> None:
    mira = add_speaker(demo_store, "Mira Hale", ["OpenSight analyst"], kind="person")
    _, speaker = await _tagged_by_typing(demo_store, "OpenSight analyst")
    assert speaker.id == mira.id


async def test_a_ministry_typed_is_not_its_minister_in_the_picker(demo_store: Store) -> None:
    add_speaker(demo_store, "Lena Korsak", ["Mersland's Foreign Minister"], kind="person")
    options, speaker = await _tagged_by_typing(demo_store, "Mersland Foreign Ministry")
    assert options.get_option_at_index(0).id == CREATE_ID
    assert speaker.name == "Mersland Foreign Ministry"


async def test_a_states_other_name_picks_the_state_registered(demo_store: Store) -> None:
    """ "Burma" offered only "create speaker 'Burma'", a duplicate of Myanmar, while
    `tag ST Burma` finds Myanmar."""
    myanmar = add_speaker(demo_store, "Myanmar", kind="government")
    options, speaker = await _tagged_by_typing(demo_store, "Burma")
    assert "Myanmar" in str(options.get_option_at_index(0).prompt)
    assert speaker.id == myanmar.id


async def test_a_short_form_in_capitals_picks_the_state(demo_store: Store) -> None:
    us = add_speaker(demo_store, "United States", kind="government")
    _, speaker = await _tagged_by_typing(demo_store, "US")
    assert speaker.id == us.id


async def test_the_word_us_is_no_state(demo_store: Store) -> None:
    """Only the whole text in capitals is the short form: "us" typed is not the US."""
    us = add_speaker(demo_store, "United States", kind="government")
    options, speaker = await _tagged_by_typing(demo_store, "us")
    assert "United States" not in str(options.get_option_at_index(0).prompt)
    assert speaker.id != us.id


async def test_a_title_before_a_persons_name_picks_the_person(demo_store: Store) -> None:
    """ "President Putin" ⏎ created a speaker "President Putin" (the create row first: no
    name of Putin's holds both words), though `tag ST "President Putin"` now finds him."""
    options, speaker = await _tagged_by_typing(demo_store, "President Putin")
    assert "Vladimir Putin" in str(options.get_option_at_index(0).prompt)
    assert speaker.name == "Vladimir Putin"


async def test_a_title_before_a_name_with_no_office_registered_picks_him(
    demo_store: Store,
) -> None:
    """Mevlut Cavusoglu has no office among his aliases: he was not listed at all."""
    _, speaker = await _tagged_by_typing(demo_store, "Foreign Minister Cavusoglu")
    assert speaker.name == "Mevlut Cavusoglu"


async def test_a_title_before_a_name_only_alike_still_creates_it(demo_store: Store) -> None:
    options, speaker = await _tagged_by_typing(demo_store, "President Putinova")
    assert options.get_option_at_index(0).id == CREATE_ID
    assert speaker.name == "President Putinova"
