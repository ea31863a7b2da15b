"""Candidate links (contradicts, supports, responds-to) and merges (same-claim) between claims.

`LinkSuggester(snapshot, rejected, existing).candidates(claim_ids, limit)` ranks them; each
`LinkCandidate` carries its score (0-1) and the human-readable reasons it was made.
"""

from claimtrack.suggest.suggester import (
    SUGGESTED_RELATIONS,
    Decided,
    LinkCandidate,
    LinkSuggester,
)

__all__ = ["SUGGESTED_RELATIONS", "Decided", "LinkCandidate", "LinkSuggester"]
