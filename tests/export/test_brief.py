"""The Markdown brief reads in the order the story was told, busiest speakers first."""

from __future__ import annotations

import dataclasses

from claimtrack.export import export
from claimtrack.model import Evidence, Outcome, Quantity
from claimtrack.snapshot import Snapshot
from tests.export.desk import build, war_desk_records


def _brief(snapshot: Snapshot) -> str:
    return export(snapshot, "md").decode()


def test_claims_seen_the_same_day_follow_the_article_not_their_ids(war_desk: Snapshot) -> None:
    """The EN article gives Aliyev's 1,166 before the ministry's answer; the ids sort the
    other way round (clower < ctroops)."""
    text = _brief(war_desk)
    assert text.index("(ctroops) | Ilham Aliyev") < text.index("(clower) | Armenian Ministry")
    outcomes = text.split("## Outcomes")[1]
    assert outcomes.index("### Armenia has lost 1,166") < outcomes.index("### Armenian losses")


def test_the_busiest_speaker_leads_the_track_records(war_desk: Snapshot) -> None:
    records = _brief(war_desk).split("## Speaker track records")[1].splitlines()
    rows = [line.split(" | ")[0].lstrip("| ") for line in records if line.startswith("| ")][1:]
    assert rows[0] == "Nagorno-Karabakh officials"  # two claims; the others one each, by name
    assert rows[1:] == sorted(rows[1:], key=str.casefold)


def test_evidence_typed_as_a_citation_is_said_once_without_a_link() -> None:
    records = war_desk_records()
    cited = Evidence("HRW report, 5 Nov")
    records["outcomes"] = [
        dataclasses.replace(o, evidence=(cited,)) if o.claim == "cdeny" else o
        for o in records["outcomes"]
        if isinstance(o, Outcome)
    ]
    text = _brief(build(records))
    assert "- Evidence: HRW report, 5 Nov\n" in text


def test_a_part_of_a_toll_reads_as_a_part_beside_the_numbers() -> None:
    """ "at least 24 killed, 17 of them by gunfire": the 17 read "killed | killed | 17", a toll of
    its own, in the numbers side by side (found by a fresh-user review)."""
    records = war_desk_records()
    part = Quantity(17, 17, "killed", "killed", "exact", "17")
    records["claims"] = [
        dataclasses.replace(c, quantities=(*c.quantities, part)) if c.id == "ctroops" else c
        for c in records["claims"]
    ]
    text = _brief(build(records))
    assert "| Ilham Aliyev | azerbaijan | of the dead | killed | 17 | 17 | ctroops |" in text
    assert "| Ilham Aliyev | azerbaijan | troops | killed | 1,166 |" in text


def test_a_claim_nobody_judged_reads_none_and_a_verdict_of_open_reads_open(
    war_desk: Snapshot,
) -> None:
    """The brief printed `open` for claims nobody had judged, as if someone had looked and
    left them open; the Claims view and `--verdict none` call them `none`."""
    text = _brief(war_desk)
    row = next(line for line in text.splitlines() if "(cshell) |" in line)  # never judged
    assert row.endswith("| none |")
    judged = next(line for line in text.splitlines() if "(clower) |" in line)  # judged open
    assert judged.endswith("| open |")
    assert "- Claims: 5 (4 contested, 4 judged)" in text
    records = text.split("## Speaker track records")[1].splitlines()
    assert records[2].endswith("| unverifiable | open | none |")


def _section(text: str, title: str) -> list[str]:
    """The lines of a `## title` section."""
    return text.split(f"## {title}\n")[1].split("\n## ")[0].splitlines()


def test_the_brief_lists_its_sources_with_grade_address_and_statements(
    war_desk: Snapshot,
) -> None:
    """A brief handed on had no list of where its statements came from: a reader could not
    weigh an outlet, nor find the article again."""
    rows = [line for line in _section(_brief(war_desk), "Sources") if line.startswith("| ")]
    assert rows[0] == "| Outlet | Title | Published | Reliability | Statements | URL |"
    assert rows[1:] == [
        "| Al Jazeera | Azerbaijan, Armenia trade accusations over Martuni | 2020-10-29 | B | 5 "
        "| <https://www.aljazeera.com/news/2020/10/29/martuni> |",
        "| Gatra | Presiden Azerbaijan: Armenia kehilangan 1.166 pasukan | 2020-11-01 | — | 3 "
        "| <https://www.gatra.com/detail/news/2020/11/01/martuni> |",
    ]


def test_each_claim_says_which_outlets_reported_it(war_desk: Snapshot) -> None:
    """An appearance count ("2") said nothing of who carried the claim."""
    text = _brief(war_desk)
    row = next(line for line in text.splitlines() if "(ccivil) |" in line)
    assert "| 2 | Al Jazeera, Gatra | mostly-true |" in row
    outcome = text.split("### Azerbaijan targeted Martuni")[1].split("###")[0]
    assert "- Reported by: Al Jazeera, Gatra\n" in outcome


def test_an_event_is_headed_by_its_tag_and_first_claim_cut_after_a_word() -> None:
    """Headings were a bare tag ("martuni") or the first claim cut mid-word ("…rescue
    crew…"); now the tag, the first claim cut after a whole word, and the days reported."""
    records = war_desk_records()
    long = (
        "Azerbaijan targeted Martuni with heavy artillery overnight; at least 45 civilians killed"
    )
    records["claims"] = [
        dataclasses.replace(c, summary=long, tags=()) if c.id == "ccivil" else c
        for c in records["claims"]
    ]
    headings = [line for line in _brief(build(records)).splitlines() if line.startswith("### Ev")]
    assert headings == [
        "### Event 1: casualties — Armenia has lost 1,166 troops (2020-10-29)",
        "### Event 2: martuni — Azerbaijan targeted Martuni with heavy artillery overnight; at"
        " least… (2020-10-29 to 2020-11-01)",
    ]


def test_a_source_is_escaped_in_the_sources_table() -> None:
    """An outlet, a title or an address is imported text: a `|` or markup in it must not
    break the table or become a link or an image."""
    records = war_desk_records()
    records["sources"] = [
        dataclasses.replace(
            s,
            outlet="Evil | News ![x](http://e.example/p.png)",
            title="<img src=x onerror=alert(1)> *news*",
            url="https://example.org/a|b",
        )
        if s.id == "src1en"
        else s
        for s in records["sources"]
    ]
    rows = [line for line in _section(_brief(build(records)), "Sources") if line.startswith("| ")]
    evil = next(row for row in rows if "Evil" in row)
    cells = evil.replace("\\|", "").split(" | ")
    assert len(cells) == 6, evil
    assert "\\[x\\]" in evil and "\\<img" in evil and "\\*news\\*" in evil  # as text
    assert evil.endswith("| <https://example.org/a%7Cb> |")
