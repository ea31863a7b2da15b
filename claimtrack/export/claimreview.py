"""The `claimreview` format: schema.org ClaimReview JSON-LD, one review per judged claim."""

from __future__ import annotations

import re
from typing import Any

from claimtrack.export.describe import claim_appearances, sorted_claims, speaker_of
from claimtrack.export.escape import clean_text, json_bytes, safe_url
from claimtrack.export.registry import Exporter, register
from claimtrack.model import VERDICT_RATING, Claim, Outcome, Source, Statement
from claimtrack.snapshot import Snapshot

DEFAULT_REVIEWER = "claimtrack"


def _drop_empty(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v not in (None, "", [], {})}


def _creative_work(source: Source, statement: Statement, snapshot: Snapshot) -> dict[str, Any]:
    """One appearance: the document, its publisher and the quoted sentence."""
    return _drop_empty(
        {
            "@type": "CreativeWork",
            "url": safe_url(source.url),
            "name": clean_text(source.title),
            "headline": clean_text(source.title),
            "datePublished": source.published,
            "inLanguage": source.lang if source.lang != "und" else None,
            "publisher": _drop_empty(
                {"@type": "Organization", "name": clean_text(source.outlet or "")}
            ),
            "text": clean_text(snapshot.text(statement)),
        }
    )


def _item_reviewed(snapshot: Snapshot, claim: Claim) -> dict[str, Any]:
    speaker = speaker_of(snapshot, claim)
    author = None
    if speaker is not None:
        kind = "Person" if speaker.kind == "person" else "Organization"
        author = _drop_empty(
            {
                "@type": kind,
                "name": clean_text(speaker.name),
                "alternateName": [clean_text(a) for a in speaker.aliases],
            }
        )
    works = [
        _creative_work(snapshot.sources[st.source], st, snapshot)
        for st in claim_appearances(snapshot, claim.id)
    ]
    return _drop_empty(
        {
            "@type": "Claim",
            "author": author,
            "datePublished": snapshot.first_date(claim.id),
            "firstAppearance": works[0] if works else None,
            "appearance": works,
        }
    )


def _rating(outcome: Outcome) -> dict[str, Any]:
    return _drop_empty(
        {
            "@type": "Rating",
            "ratingValue": VERDICT_RATING.get(outcome.verdict),
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": outcome.verdict,
            "ratingExplanation": clean_text(outcome.note or ""),
        }
    )


def review(snapshot: Snapshot, claim: Claim, outcome: Outcome) -> dict[str, Any]:
    """The ClaimReview of one claim under its verdict in force."""
    evidence = [
        _drop_empty(
            {
                "@type": "CreativeWork",
                "url": safe_url(e.url),
                "name": clean_text(e.title or ""),
                "datePublished": e.date,
            }
        )
        for e in outcome.evidence
    ]
    # No "url": in ClaimReview it is the address of the published fact-check, which the
    # desk's site gives it; the evidence consulted goes in "citation".
    reviewer = (
        {"@type": "Person", "name": clean_text(outcome.analyst)}
        if outcome.analyst
        else {"@type": "Organization", "name": DEFAULT_REVIEWER}
    )
    return _drop_empty(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": claim.id,
            "claimReviewed": clean_text(claim.summary),
            "itemReviewed": _item_reviewed(snapshot, claim),
            "reviewRating": _rating(outcome),
            "author": reviewer,
            "datePublished": outcome.date,
            "citation": [e for e in evidence if len(e) > 1],
        }
    )


def judged(snapshot: Snapshot, claim_id: str) -> bool:
    """Whether a claim has a verdict in force other than `open` (what ClaimReview lists)."""
    outcome = snapshot.verdict(claim_id)
    return outcome is not None and outcome.verdict != "open"


def reviews(snapshot: Snapshot) -> list[dict[str, Any]]:
    """A ClaimReview per judged claim, by claim id."""
    result = []
    for claim in sorted_claims(snapshot):
        if judged(snapshot, claim.id):
            outcome = snapshot.verdict(claim.id)
            assert outcome is not None
            result.append(review(snapshot, claim, outcome))
    return result


# ClaimReview is published inside a page's `<script type="application/ld+json">`, which only
# "</" (an end tag) or "<!" (a comment opening "<!--") can end or derail: a claim quoting
# "</script>" would close it. JSON may write any character in a string as a `\u` escape, and
# has no `<` outside strings; any other `<` stays readable ("<U+202E>").
_TAG_OPEN = re.compile("<(?=[/!])")


def write(snapshot: Snapshot) -> bytes:
    """A JSON-LD list (each item has its own @context), pretty and key-sorted, safe to paste
    into an HTML script element as it is."""
    text = json_bytes(reviews(snapshot)).decode("utf-8")
    return _TAG_OPEN.sub(r"\\u003c", text).encode("utf-8")


EXPORTER = register(
    Exporter(
        name="claimreview",
        suffix=".jsonld",
        description="schema.org ClaimReview JSON-LD for judged claims",
        binary=False,
        write=write,
        keeps=judged,
    )
)
