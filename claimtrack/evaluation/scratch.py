"""Annotating from an empty speaker list by accepting every suggestion.

The gold scores (`attribution.score`) start from a registry that already holds every
speaker. A desk starting a new story has none: it imports the articles and presses ⏎ on each
statement in reading order, registering the proposed speakers as it goes. What matters then
is whether each statement ends with the right speaker, and whether one person was
registered once ("Ilham Aliyev") rather than once per way the text names him ("Presiden
Azerbaijan", "Presiden Azerbaijan Ilham Aliyev", "Aliyev").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from claimtrack.errors import ClaimtrackError
from claimtrack.evaluation.attribution import GoldSet, names_match
from claimtrack.evaluation.gold import find_label
from claimtrack.model import Source, Speaker, Statement
from claimtrack.services.annotate import accept_suggestion
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.queries import SuggestionCache
from claimtrack.store import Store


@dataclass(frozen=True, slots=True)
class ScratchResult:
    """What accepting every suggestion left in the store, against the gold."""

    attributed: int
    """Gold sentences that have a speaker."""
    correct: int
    """... that ended with a speaker answering to the gold speaker's names."""
    narration_tagged: int
    """Gold narration sentences that ended with a speaker."""
    created: int
    """Speakers registered."""
    wanted: int
    """Distinct gold speakers of the sentences that ended with a speaker."""
    duplicated: int
    """Gold speakers registered more than once (under different names)."""

    @property
    def accuracy(self) -> float:
        """Share of attributed gold sentences that ended with the right speaker."""
        return self.correct / self.attributed if self.attributed else 0.0


def accept_all(gold: GoldSet) -> ScratchResult:
    """Import the gold documents into an empty store, accept every suggestion in reading
    order (registering proposed speakers), then score the store against the gold."""
    names = {s.name: (s.name, *s.aliases) for s in gold.speakers} | dict(gold.unregistered)
    store = Store.memory()
    cache = SuggestionCache(store)
    attributed = correct = narration_tagged = 0
    gold_of_created: dict[str, Counter[str]] = defaultdict(Counter)
    for document in gold.documents:
        raw = RawDocument(document.text.encode("utf-8"), document.name, lang=document.lang)
        (result,) = import_documents(store, [raw])
        source: Source = result.source
        order = sorted(store.ids_where("statements", "source", source.id))
        statements = sorted(
            (s for s in (store.get(Statement, i) for i in order) if s is not None),
            key=lambda s: s.start,
        )
        for st in statements:
            suggestion = cache.for_source(source.id).get(st.id)
            if suggestion is None:
                continue
            try:
                accept_suggestion(store, st.id, suggestion)
            except ClaimtrackError:
                continue  # e.g. a proposal whose name clashes: the analyst would pick by hand
        for st_id in order:
            st = store.get(Statement, st_id)
            assert st is not None
            label = find_label(document.labels, source.text[st.start : st.end])
            if label is None:
                continue
            wanted = label["speaker"]
            speaker = store.get(Speaker, st.speaker) if st.speaker else None
            if wanted is None:
                narration_tagged += speaker is not None
                continue
            attributed += 1
            if speaker is None:
                continue
            gold_of_created[speaker.id][wanted] += 1
            wanted_names = names.get(wanted, (wanted,))
            correct += any(names_match(n, wanted_names) for n in speaker.names)
    registered_for = Counter(votes.most_common(1)[0][0] for votes in gold_of_created.values())
    return ScratchResult(
        attributed=attributed,
        correct=correct,
        narration_tagged=narration_tagged,
        created=store.count(Speaker.TABLE),
        wanted=len({w for votes in gold_of_created.values() for w in votes}),
        duplicated=sum(1 for count in registered_for.values() if count > 1),
    )
