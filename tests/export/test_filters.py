"""Export filters: each criterion, their combination, and a claim's neighbourhood."""

from __future__ import annotations

import re

import pytest

from claimtrack.errors import AmbiguousError, NotFoundError, ValidationError
from claimtrack.export import ExportFilter, apply_filter
from claimtrack.snapshot import Snapshot


def _claims(snapshot: Snapshot, **criteria: object) -> set[str]:
    return set(apply_filter(snapshot, ExportFilter(**criteria)).claims)  # type: ignore[arg-type]


def test_empty_filter_keeps_everything(war_desk: Snapshot) -> None:
    assert apply_filter(war_desk, ExportFilter()) is war_desk


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({"speakers": ("snk",)}, {"ccivil", "cshell"}),
        ({"speakers": ("snk", "saliyev")}, {"ccivil", "cshell", "ctroops"}),
        ({"sides": ("azerbaijan",)}, {"cdeny", "ctroops"}),
        ({"tags": ("martuni",)}, {"ccivil", "cdeny", "cshell"}),
        ({"tags": ("casualties", "nope")}, {"ccivil", "clower", "ctroops"}),
        # judged open is not unjudged: an analyst asks for one or the other
        ({"verdicts": ("open",)}, {"clower"}),
        ({"verdicts": ("none",)}, {"cshell"}),
        ({"verdicts": ("false", "mostly-true")}, {"cdeny", "ccivil"}),
        ({"since": "2020-10-30"}, {"cshell"}),
        ({"until": "2020-10-29"}, {"ccivil", "cdeny", "clower", "ctroops"}),
        ({"since": "2020-10-29", "until": "2020-10-29"}, {"ccivil", "cdeny", "clower", "ctroops"}),
        ({"sides": ("armenia",), "tags": ("casualties",)}, {"ccivil", "clower"}),
        ({"claims": ("cshell", "ctroops")}, {"cshell", "ctroops"}),
        ({"claims": ("cshell", "ctroops"), "sides": ("armenia",)}, {"cshell"}),
        ({"claims": ("cshell", "gone")}, {"cshell"}),  # an id no longer there is ignored
        ({"linked": True}, {"ccivil", "cdeny", "clower", "cshell", "ctroops"}),
        # clower's only link goes to an Azerbaijani claim, which is not exported: a loner
        ({"sides": ("armenia",), "linked": True}, {"ccivil", "cshell"}),
        ({"claims": ("cshell", "ctroops"), "linked": True}, set()),
    ],
)
def test_each_criterion(war_desk: Snapshot, criteria: dict, expected: set[str]) -> None:
    assert _claims(war_desk, **criteria) == expected


@pytest.mark.parametrize(
    ("around", "depth", "expected"),
    [
        ("cshell", 0, {"cshell"}),
        ("cshell", 1, {"cshell", "ccivil"}),
        ("cshell", 2, {"cshell", "ccivil", "cdeny"}),
        ("ctroops", 5, {"ctroops", "clower"}),
        ("st6", 1, {"ccivil", "cshell", "cdeny"}),  # a statement id means its claim
        ("csh", 1, {"cshell", "ccivil"}),  # a unique prefix
    ],
)
def test_around_keeps_the_neighbourhood(
    war_desk: Snapshot, around: str, depth: int, expected: set[str]
) -> None:
    assert _claims(war_desk, around=around, depth=depth) == expected


def test_around_combines_with_other_criteria(war_desk: Snapshot) -> None:
    assert _claims(war_desk, around="ccivil", sides=("armenia",)) == {"ccivil", "cshell"}


def test_filtered_snapshot_keeps_what_hangs_off_the_claims(war_desk: Snapshot) -> None:
    kept = apply_filter(war_desk, ExportFilter(around="cshell", depth=1))
    assert set(kept.links) == {"l4"}
    assert set(kept.outcomes) == {"o1", "o2"}
    assert set(kept.speakers) == {"snk"}
    assert set(kept.statements) == {"st2", "st6", "st7"}
    assert set(kept.sources) == {"src1en", "src2id"}
    only_id = apply_filter(war_desk, ExportFilter(since="2020-10-30"))
    assert set(only_id.sources) == {"src2id"}


def test_bad_references_and_values_are_refused(war_desk: Snapshot) -> None:
    with pytest.raises(NotFoundError):
        apply_filter(war_desk, ExportFilter(around="zzz"))
    with pytest.raises(AmbiguousError):
        apply_filter(war_desk, ExportFilter(around="c"))
    with pytest.raises(ValidationError):
        ExportFilter(since="29/10/2020")
    with pytest.raises(ValidationError):
        ExportFilter(depth=-1)


@pytest.mark.parametrize("fmt", ["dot", "mermaid", "graphml"])
def test_a_side_keeps_its_colour_in_a_filtered_drawing(war_desk: Snapshot, fmt: str) -> None:
    """Azerbaijan was blue in the full export and orange in one filtered to its side (the
    palette was dealt to the sides present), so two drawings could not be compared."""
    from claimtrack.export import export
    from claimtrack.export.style import side_colours

    blue = side_colours({"armenia", "azerbaijan"})["azerbaijan"]
    whole = export(war_desk, fmt).decode()
    for criteria in ({"sides": ("azerbaijan",)}, {"around": "ctroops", "depth": 0}):
        narrowed = export(war_desk, fmt, ExportFilter(**criteria)).decode()  # type: ignore[arg-type]
        assert blue in whole and blue in narrowed, criteria
        assert side_colours({"armenia"})["armenia"] not in narrowed  # Armenia's is not used


def test_a_side_without_claims_shifts_no_colour(war_desk: Snapshot) -> None:
    """A speaker on a side with no claim took a palette slot in filtered drawings only."""
    from dataclasses import replace

    from claimtrack.export import export
    from claimtrack.model import Speaker

    bagapsh = Speaker(id="sbag", name="Sergei Bagapsh", side="Abkhazia", kind="person")
    desk = replace(war_desk, speakers={**war_desk.speakers, bagapsh.id: bagapsh})
    dot = re.compile(r'"ctroops" \[.*?fillcolor="(#[0-9A-F]+)"')
    graphml = re.compile(r'<node id="ctroops">.*?<y:Fill color="(#[0-9A-F]+)"', re.DOTALL)
    seen = set()
    for fmt, fill in (("dot", dot), ("graphml", graphml)):  # the formats agree, too
        for narrowing in (ExportFilter(), ExportFilter(claims=("ctroops",))):
            found = fill.search(export(desk, fmt, narrowing).decode())
            assert found is not None, fmt
            seen.add(found.group(1))
    assert len(seen) == 1
