"""Which parts of one statement another speaker says, so a claim keeps only its own numbers.

"Kementerian Pertahanan Kalmeria membantah …, sementara pejabat Dravania mengatakan
sedikitnya 23 warga sipil tewas": tagged as the ministry's, the statement's 23 dead are the
Dravanian officials' figure, and the brief put it under the ministry as if it admitted them.
A statement is cut where a clause linked by a contrast (`clause_links`: "while", "sementara",
", а") begins. A clause whose own attribution names someone else is theirs; so is one that
names its source unregistered or vaguely ("…, while officials said", "…, а по данным
дравенийской стороны"): a subject before its verb, or an "according to". A clause going on
in the speaker's voice ("…, namun membantah", "…, while insisting") stays theirs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from claimtrack.attribution.attributor import Attributor, SpeakerSuggestion
from claimtrack.attribution.cues import Lexicon, load_lexicon
from claimtrack.attribution.text import fold_str
from claimtrack.model import Speaker


@lru_cache(maxsize=16)
def _clause_starts(lang: str) -> re.Pattern[str] | None:
    """Where a contrasted clause begins: a comma, semicolon or dash, then a link word."""
    links = sorted(load_lexicon(lang).clause_links, key=len, reverse=True)
    if not links:
        return None
    words = "|".join(re.escape(link) for link in links)
    return re.compile(rf"(?:[,;]|\s[-–—])\s+(?:{words})\b", re.IGNORECASE)


def others_clauses(
    text: str, lang: str, speakers: Callable[[], Sequence[Speaker]], speaker_id: str | None
) -> list[tuple[int, int]]:
    """[start, end) of every contrasted clause of `text` that names a speaker other than
    `speaker_id` as its own (a registered one, or a new one proposed); [] when the statement
    has none, which is most of them (`speakers` is then never called). The main clause is
    the speaker's, as the analyst tagged it ("Spokeswoman Shushan Stepanyan said 12 …"
    tagged as her ministry keeps its 12), unless a later clause names the speaker and the
    main clause someone else ("Dravania officials said 12 died, while the ministry …")."""
    starts = _clause_starts(lang)
    cuts = [m.start() for m in starts.finditer(text)] if starts is not None else []
    if not cuts:
        return []
    bounds = [0, *cuts, len(text)]
    spans = list(itertools.pairwise(bounds))
    found = Attributor(speakers()).suggest(text, spans, lang)
    lexicon = load_lexicon(lang)
    theirs = []
    main = found[0]
    for span, who in list(zip(spans, found, strict=True))[1:]:
        if who is not None and (who.speaker is not None or who.proposal is not None):
            if who.speaker != speaker_id and not _same_voice(who, main):
                theirs.append(span)
        elif _names_a_source(text[span[0] : span[1]], lexicon, starts):
            theirs.append(span)
    named_later = any(who is not None and who.speaker == speaker_id for who in found[1:])
    someone = main is not None and (main.speaker is not None or main.proposal is not None)
    if named_later and someone and main is not None and main.speaker != speaker_id:
        theirs.insert(0, spans[0])  # "X said 12 died, while <the speaker> denied it"
    return theirs


def _same_voice(who: SpeakerSuggestion, main: SpeakerSuggestion | None) -> bool:
    """Whether a clause speaks in the main clause's voice ("…, while she said 30 more"):
    the same registered speaker, or the same proposed one."""
    if main is None:
        return False
    if who.speaker is not None:
        return who.speaker == main.speaker
    return (
        who.proposal is not None
        and main.proposal is not None
        and who.proposal.name == main.proposal.name
    )


def _names_a_source(clause: str, lexicon: Lexicon, starts: re.Pattern[str]) -> bool:
    """Whether a contrasted clause attributes what it says to a source of its own, named or
    not: an "according to", or words before its verb of saying."""
    opening = starts.match(clause)
    rest = fold_str(clause[opening.end() if opening else 0 :])
    for cue, start, _ in lexicon.find(rest):
        if cue.category == "prepositional":
            return True
        if cue.category == "verb":
            subject = [w for w in rest[:start].split() if w not in lexicon.fillers]
            return bool(subject) and subject[0] not in lexicon.pronouns
    return False
