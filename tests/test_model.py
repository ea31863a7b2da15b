"""The model validates what it is given and round-trips through store documents."""

from __future__ import annotations

import re

import pytest

from claimtrack.errors import ValidationError
from claimtrack.model import (
    RELATIONS,
    SPEAKER_KINDS,
    VERDICTS,
    Claim,
    Evidence,
    Link,
    Outcome,
    Quantity,
    Source,
    Speaker,
    Statement,
    check_choice,
    check_evidence,
    check_url,
    current_outcome,
    is_web_address,
    read_date,
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


def test_an_imports_statements_made_in_id_order_keep_their_own_span_source_and_mark() -> None:
    """An import makes its statements in the order of their ids, not of the text: each must
    still get its own span, source and narration mark (page furniture)."""
    ids, sources = ["k3", "a1", "m2"], ["src1", "src1", "src2"]
    docs = Statement.docs_in_id_order(ids, sources, [(0, 4), (5, 9), (0, 7)], narration=[1])
    assert list(docs.values()) == [
        Statement("a1", "src1", 5, 9, narration=True).to_doc(),
        Statement("k3", "src1", 0, 4).to_doc(),
        Statement("m2", "src2", 0, 7).to_doc(),
    ]
    assert list(docs) == ["a1", "k3", "m2"]
    assert Statement.docs_in_id_order(["t1"], ["src"], [(3, 9)], [0]) == {
        "t1": Statement("t1", "src", 3, 9, narration=True).to_doc()
    }
    with pytest.raises(ValidationError):
        Statement.docs_in_id_order(["t1", "t2"], ["src", "src"], [(0, 3), (9, 9)])


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


def test_a_reliability_grade_is_kept_as_the_grade_whatever_its_case() -> None:
    """A grade typed "b" was accepted and stored as "b", which Sources and the exports then
    showed beside "B" (a code review); every way in now goes through the model."""
    source = Source("x", "t", "text", "h", reliability="b")
    assert source.reliability == "B"
    assert source.replace(reliability="c").reliability == "C"


def test_contradiction_is_symmetric_but_support_is_not() -> None:
    assert Link("1", "a", "b", "contradicts").key() == Link("2", "b", "a", "contradicts").key()
    assert Link("1", "a", "b", "supports").key() != Link("2", "b", "a", "supports").key()


def test_verdict_history_answers_as_of_a_date() -> None:
    early = Outcome("o1", "c", "open", "2020-11-01", recorded="2020-11-01T10:00")
    later = Outcome("o2", "c", "true", "2020-11-10", recorded="2020-11-10T10:00")
    assert current_outcome([early, later]) == later
    assert current_outcome([early, later], as_of="2020-11-05") == early
    assert current_outcome([early, later], as_of="2020-10-01") is None


@pytest.mark.parametrize(
    ("typed", "refusal"),
    [
        ("www.mod.gov.az/news", "did you mean 'https://www.mod.gov.az/news'"),
        ("armenpress.am", "did you mean 'https://armenpress.am'"),
        ("UN OCHA report, 12 Nov", "must be an http(s) address"),
        ("javascript:alert(1)", "must be an http(s) address"),
        ("ftp://example.org/a", "must be an http(s) address"),
        ("https://", "must be an http(s) address"),
        ("https://example.org/a b", "must be an http(s) address"),
        ("https://example.org/\x1b[31m", "must be an http(s) address"),
        # found by a review: accepted, then left unlinked by the exports
        ('https://example.org/report?q="shelling"', "percent-encode it"),
        ("https://example.org/<x>", "percent-encode it"),
        ("https://example.org:abc/", "must be an http(s) address"),
        ("https://example.org:99999/", "must be an http(s) address"),
        ("https://.../", "must be an http(s) address"),
        ("https://ex\u202eample.org/", "must be an http(s) address"),
        ("example.org:8080/x", "did you mean 'https://example.org:8080/x'"),
        ("report", "must be an http(s) address"),
    ],
)
def test_an_address_a_reader_cannot_follow_is_refused_with_what_to_type(
    typed: str, refusal: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(refusal)):
        check_url(typed, "evidence URL")
    assert not is_web_address(typed)


def test_web_addresses_pass_unchanged_and_blank_evidence_is_dropped() -> None:
    for url in ("https://mod.gov.az/en/news/1?x=1#a", "HTTP://[::1]:8080/r", "http://intranet/r",
                "https://пример.рф/x", "https://a.org/%22x%22"):  # fmt: skip
        assert check_url(url) == url
    assert check_evidence(["", "  ", " https://a.org/x "]) == ["https://a.org/x"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2025-10-14", "2025-10-14"),
        (" 14.10.2025 ", "2025-10-14"),  # the Russian / Indonesian way
        ("4.1.2025", "2025-01-04"),
        ("14-10-2025", "2025-10-14"),
        ("14/10/2025", "2025-10-14"),  # only one order is a real day
        ("10/14/2025", "2025-10-14"),
        ("2025/10/14", "2025-10-14"),
        ("05/05/2025", "2025-05-05"),  # both orders are the same day
        ("2025-3-4", "2025-03-04"),
        ("March 14, 2025", "2025-03-14"),  # as an article prints it, pasted
        ("Fri, 14 Mar 2025", "2025-03-14"),
        ("Jumat, 14 Maret 2025", "2025-03-14"),
        ("Jakarta, 14 Maret 2025", "2025-03-14"),  # a dateline's place
        ("14 Maret 2025", "2025-03-14"),
        ("14 марта 2025 г.", "2025-03-14"),
        ("", None),
    ],
)
def test_read_date_takes_the_dates_desks_type(typed: str, stored: str | None) -> None:
    assert read_date(typed, "published date") == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("03/04/2025", "reads either way: write 2025-03-04 or 2025-04-03"),
        ("31.02.2025", "not a real date"),
        ("14 Octember 2025", "must be YYYY-MM-DD"),
        ("31 June 2025", "not a real date"),
        ("last Tuesday", "must be YYYY-MM-DD"),
        ("Monday, 1 June 2025", "2025-06-01 is a Sunday, not a Monday"),
        ("Senin, 1 Juni 2025", "2025-06-01 is a Sunday, not a Monday"),
        ("2025-13-01", "not a real date"),
        ("0001-01-01", "0001-01-01 is before 1900-01-01, the earliest date accepted"),
        ("31.12.1899", "1899-12-31 is before 1900-01-01"),  # a typo in the year
    ],
)
def test_read_date_refuses_what_it_cannot_read_for_sure(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        read_date(typed, "published date")


@pytest.mark.parametrize(
    ("typed", "choices", "meant"),
    [
        ("mostly true", VERDICTS, "mostly-true"),
        ("Mostly_True", VERDICTS, "mostly-true"),
        ("mostly tr", VERDICTS, "mostly-true"),
        ("unproven", VERDICTS, "unverifiable"),
        ("contradiction", RELATIONS, "contradicts"),
        ("responds to", RELATIONS, "responds-to"),
        ("organization", SPEAKER_KINDS, "organisation"),
        # one official is a person; the kind's start still names the body's officials
        ("official", SPEAKER_KINDS, "person"),
        ("Officials", SPEAKER_KINDS, "officials"),
        ("offic", SPEAKER_KINDS, "officials"),
    ],
)
def test_check_choice_reads_the_words_a_desk_types(
    typed: str, choices: tuple[str, ...], meant: str
) -> None:
    """One reading for the CLI and the TUI's fields: spaced or underscored forms, a start
    of one, and the words fact-checkers use for the same rating."""
    assert check_choice(typed, choices, "choice") == meant


def test_a_synonym_names_only_a_choice_offered() -> None:
    """ "army" means the speaker kind military, but is no relation."""
    with pytest.raises(ValidationError, match="unknown relation 'army'"):
        check_choice("army", RELATIONS, "relation")


@pytest.mark.parametrize("typed", ["mostly false", "Mostly_False", "mostly-false"])
def test_mostly_false_is_refused_asking_which_verdict_is_meant(typed: str) -> None:
    """A new-analyst trial: "mostly true" is a verdict but "mostly false" was refused with no
    word of why. The five-point scale has misleading where some desks say mostly false;
    which of misleading or false is meant is the analyst's call, asked, never guessed."""
    with pytest.raises(
        ValidationError,
        match=r"unknown verdict .*: did you mean misleading or false\? \(expected one of: true,",
    ):
        check_choice(typed, VERDICTS, "verdict")
    with pytest.raises(ValidationError) as refused:  # no such hint where no verdict is offered
        check_choice(typed, RELATIONS, "relation")
    assert "did you mean" not in str(refused.value)


@pytest.mark.parametrize("typed", ["supported", "Supported"])
def test_a_relation_word_that_reads_either_way_is_refused(typed: str) -> None:
    """`link A B --rel supported` linked "A supports B", though "A (is) supported (by B)"
    reads the other way: a direction is not guessed. The choices are listed instead."""
    with pytest.raises(ValidationError, match="contradicts, supports, responds-to"):
        check_choice(typed, RELATIONS, "relation")
