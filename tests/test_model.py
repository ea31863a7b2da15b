"""The model validates what it is given and round-trips through store documents."""

from __future__ import annotations

import pytest

from claimtrack.errors import ValidationError
from claimtrack.model import (
    Claim,
    Evidence,
    Link,
    Outcome,
    Quantity,
    Source,
    Speaker,
    Statement,
    current_outcome,
)


def test_records_round_trip_through_documents() -> None:
    claim = Claim(
        "c1",
        "1,166 troops killed",
        "s1",
        ("casualties",),
        (Quantity(1166, 1166, "killed", "troops", "exact", "1,166"),),
    )
    outcome = Outcome("o1", "c1", "false", "2020-12-01", "see report", (Evidence("https://x"),))
    speaker = Speaker("s1", "Ilham Aliyev", ("Aliyev", "Алиев"), "person", "azerbaijan")
    for record in (claim, outcome, speaker, Statement("t1", "src", 0, 5, "s1", "c1")):
        assert type(record).from_doc(record.to_doc()) == record


def test_an_imported_span_is_stored_exactly_as_a_new_statement_record() -> None:
    assert Statement.span_doc("t1", "src", 3, 9) == Statement("t1", "src", 3, 9).to_doc()
    with pytest.raises(ValidationError):
        Statement.span_doc("t1", "src", 9, 9)


def test_unknown_document_keys_are_ignored_for_forward_compatibility() -> None:
    doc = Speaker("s1", "Putin").to_doc() | {"added_in_v2": True}
    assert Speaker.from_doc(doc).name == "Putin"


@pytest.mark.parametrize(
    "make",
    [
        lambda: Link("l1", "c1", "c1", "contradicts"),
        lambda: Link("l1", "c1", "c2", "disagrees"),
        lambda: Outcome("o1", "c1", "pants-on-fire", "2020-01-01"),
        lambda: Outcome("o1", "c1", "true", "01/11/2020"),
        lambda: Outcome("o1", "c1", "true", "2020-02-30"),
        lambda: Speaker("s1", "   "),
        lambda: Speaker("s1", "X", kind="alien"),
        lambda: Statement("t1", "src", 5, 5),
        lambda: Source("x", "t", "text", "h", reliability="Z"),
    ],
)
def test_invalid_values_are_refused(make: object) -> None:
    with pytest.raises(ValidationError):
        make()  # type: ignore[operator]


def test_contradiction_is_symmetric_but_support_is_not() -> None:
    assert Link("1", "a", "b", "contradicts").key() == Link("2", "b", "a", "contradicts").key()
    assert Link("1", "a", "b", "supports").key() != Link("2", "b", "a", "supports").key()


def test_verdict_history_answers_as_of_a_date() -> None:
    early = Outcome("o1", "c", "open", "2020-11-01", recorded="2020-11-01T10:00")
    later = Outcome("o2", "c", "true", "2020-11-10", recorded="2020-11-10T10:00")
    assert current_outcome([early, later]) == later
    assert current_outcome([early, later], as_of="2020-11-05") == early
    assert current_outcome([early, later], as_of="2020-10-01") is None
