"""Ranked candidate links and merges between claims, each with the reasons it was proposed.

Pairs are found by blocking, never by comparing all pairs: every claim is filed under a few
keys (names, stated numbers, what its quantities count and when, its speaker, its report,
rare words) and only claims sharing keys are compared. Keys shared by more than
`max_block` claims ("Azerbaijan" in a war over Karabakh) say little and cost much: they
are skipped, and the remaining keys rank each claim's neighbours before the detailed score.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from claimtrack.model import OPPOSED_RELATIONS, Claim, Quantity
from claimtrack.quantities import (
    COUNT_UNITS,
    PARTS,
    TOTAL_SUBJECTS,
    comparable,
    conflicts,
    count_kind,
    describe,
    stated,
)
from claimtrack.snapshot import Snapshot
from claimtrack.suggest.concepts import CONCEPT_PREFIX, concepts_of
from claimtrack.suggest.features import (
    TOLL_UNITS,
    ClaimFeatures,
    Entity,
    FeatureBuilder,
    entities_of,
    names_only,
    side_keys,
)
from claimtrack.suggest.lexicon import (
    MIN_SHARED_PREFIX,
    StanceCues,
    block_key,
    keys_match,
    load_stance_cues,
)

_TOLL_SUBJECTS = TOTAL_SUBJECTS | PARTS
SUGGESTED_RELATIONS = ("contradicts", "supports", "responds-to", "same-claim")
SYMMETRIC = frozenset({"contradicts", "same-claim"})

MAX_BLOCK = 300
"""Blocking keys shared by more claims than this are skipped (too common to tell anything)."""
NEIGHBOURS = 40
"""Claims scored in detail per claim: those sharing the most blocking keys with it."""
SAME_CLAIM_CUTOFF = 70.0
"""token_set_ratio (0-100) two same-language texts need before they may be one claim."""
FREE_EXTRA = 0.25
"""Share of the longer text's words the shorter may lack (who said it, when) before their
similarity is lowered (see `_similarity`)."""
EXTRA_PENALTY = 50.0
"""Similarity points taken per unit of that share beyond `FREE_EXTRA`."""
LOWEST_CEILING = 85.0
"""How low that takes a similarity at most: about a headline's to the sentence it sums up
(token_set_ratio 82-88 on the gold), so a short text inside a long one ranks with those
pairs, below near-duplicates, and no pair is dropped for its lengths alone."""
MIN_SCORE = 0.3
"""Candidates scoring lower are not shown."""
NEAR_SENTENCES = 4
"""A denial this many sentences after an accusation in the same report answers it."""
TOPIC_MIN = 0.3
"""Shared-subject strength (see `_strength`) a denial and an accusation need unless one
follows the other in the same report."""
STRONG_TOPIC = 0.6
"""Shared-subject strength at which a denial meets a report that names nobody."""
INCIDENT = frozenset({"#missile", "#shelling", "#strike", "#drone", "#cluster", "#phosphorus"})
"""Concepts marking a count as one incident's ("13 killed when a missile hit Ganja")."""
EVENT_KINDS = INCIDENT | {"#civilians", "#gunfire"}
"""Concepts saying what kind of attack a claim reports: two claims sharing only these (and
no place) report two incidents of one kind, not one another's."""
ATTACKS = frozenset({"#shelling", "#strike"})
"""Concepts telling one kind of event, a place attacked from afar, in different words: a
denial of striking Stepanakert ("удар", "serangan udara") denies its shelling ("обстрел",
"shelled") told the same days. Not weapons: a denial of cluster munitions is not one of
shelling ("a drone strike" is a strike by its word "strike"); nor shooting ("penembakan"),
which at a protest is no attack on a place."""
ATTACK_DAYS = 3
"""Days apart a denial and a report may be told and be of one attack when they name it in
different words (`ATTACKS`): a strike on the town a week later is another."""
_ATTACK_BLOCKS = frozenset("e:" + block_key(c) for c in ATTACKS)
"""The blocking keys of the `ATTACKS` concepts: a claim filed under none tells of none."""
RETOLD_DAYS = 1
"""Days apart one speaker's denial naming no place ("The ministry denied the reports") may be
told and be its denial naming one in another report: the same day or the next."""
RETOLD_CONTEXT = 2
"""Sentences before such a denial read for the places it answers ("Karabakh officials said
Azerbaijani forces shelled Stepanakert. The ministry denied the reports.")."""
ATTACK_WORDS = (EVENT_KINDS - {"#civilians"}) | {"#crime", "#deliberate"}
"""Concepts telling of an attack ("the rockets hit", "an act of terror", "deliberately
targeted"): one told without its place happened where its headline says. Civilians alone
("thousands of civilians have fled") may be anywhere."""
_RARE_WORD = 6
COMMON_SHARE = 0.2
"""A name in more than this share of the claims is one nearly every claim has: the warring
sides and the land they fight over (a fifth to a third of the gold's claims), not an ally
or a town (a tenth at most)."""
COMMON_MIN = 3
"""… and by more claims than this (in a small store every claim names both sides)."""
SAME_ORDER = 10.0
"""How many times another count may be and still be a toll of the same incident."""
EVENT_GAP_DAYS = 183
"""Days between the reports of two claims (their publication dates, the nearest
appearances) beyond which, naming nothing in common, they tell two events: a 2025 toll in
Velmora is no rival figure for a 2020 toll in Karabakh, nor is a denial of striking its
hospital an answer to an accusation over Martuni, whatever subject ("strike") or count
("killed") they share. A name in common (a place, a person, a speaker or a side either
claim names or is told by) keeps a pair however far apart; an undated claim is apart from
nothing (`_other_event`)."""


@dataclass(frozen=True, slots=True)
class LinkCandidate:
    """A proposed link (or merge, for `same-claim`) between claims `a` and `b`.

    For symmetric kinds (contradicts, same-claim) `a < b`; for `responds-to` `a` is the
    denial answering `b`; for `supports` `a` is the claim lending support to `b`.
    """

    a: str
    b: str
    relation: str
    score: float
    reasons: tuple[str, ...]

    def repointed(self, gone: str, kept: str) -> LinkCandidate:
        """The same candidate once claim `gone` is merged into `kept`."""
        a = kept if self.a == gone else self.a
        b = kept if self.b == gone else self.b
        if self.relation in SYMMETRIC and b < a:
            a, b = b, a
        return replace(self, a=a, b=b)

    def settled_by(self, relation: str, pair: set[str]) -> bool:
        """Whether linking `pair` as `relation` answers this candidate: a merge of the pair, or
        the opposite relation, is then out of the question (a response can still follow)."""
        return {self.a, self.b} == pair and self.relation in {
            relation,
            "same-claim",
            OPPOSED_RELATIONS.get(relation),
        }


def _canonical(a: str, b: str, relation: str) -> tuple[str, str, str]:
    if relation in SYMMETRIC:
        a, b = sorted((a, b))
    return (a, b, relation)


LINKED_PREFIX = "already linked as "
"""How a candidate's first reason begins when its pair is linked already (`Decided.marked`)."""


class Decided:
    """What the analyst has settled between claims: rejected candidates and links made.
    The suggester leaves out what they settle; a queue computed earlier is pruned with the
    same test when the store changes under it.

    A pair linked already is no new candidate, yet one link may not say all: a denial both
    contradicts and responds to the accusation it answers (the gold links such pairs both
    ways). So a relation the link made does not settle is still offered, but as what it is
    (`marked`): said to be linked already, and ranked after every pair not yet linked."""

    def __init__(
        self, rejected: Iterable[tuple[str, str, str]], existing: Iterable[tuple[str, str, str]]
    ) -> None:
        existing = list(existing)
        self.rejected = {_canonical(*t) for t in rejected}
        self.existing = {_canonical(*t) for t in existing}
        self.linked = {frozenset((a, b)) for a, b, _ in existing}
        self.linked_as: dict[frozenset[str], list[str]] = {}
        for a, b, relation in sorted(existing):
            rels = self.linked_as.setdefault(frozenset((a, b)), [])
            if relation not in rels:
                rels.append(relation)

    def marked(self, c: LinkCandidate) -> LinkCandidate:
        """`c`, its first reason saying how its pair is linked already ("already linked as
        contradicts: accepting adds responds-to"); as it is when the pair is not linked."""
        rels = self.linked_as.get(frozenset((c.a, c.b)))
        if not rels or (c.reasons and c.reasons[0].startswith(LINKED_PREFIX)):
            return c
        said = f"{LINKED_PREFIX}{' and '.join(rels)}: accepting adds {c.relation}"
        return replace(c, reasons=(said, *c.reasons))

    def is_linked(self, c: LinkCandidate) -> bool:
        """Whether the two claims of `c` are linked already (by any relation)."""
        return frozenset((c.a, c.b)) in self.linked

    def settles(self, c: LinkCandidate) -> bool:
        """Whether `c` is no longer a question: rejected, linked so (either way), a merge of
        linked claims, or the opposite of a link made."""
        key = _canonical(c.a, c.b, c.relation)
        back = _canonical(c.b, c.a, c.relation)
        # A rejection names the pair, not a direction (stored a < b); "B supports A" after
        # "A supports B" was linked is the same news told twice.
        if any(k in self.rejected or k in self.existing for k in (key, back)):
            return True
        if c.relation == "same-claim" and frozenset((c.a, c.b)) in self.linked:
            return True
        opposed = OPPOSED_RELATIONS.get(c.relation)
        if opposed is None:
            return False
        # the analyst said the opposite of this pair already
        return any(_canonical(x, y, opposed) in self.existing for x, y in ((c.a, c.b), (c.b, c.a)))


class LinkSuggester:
    """Suggests links between the claims of one snapshot; indexes are built once."""

    def __init__(
        self,
        snapshot: Snapshot,
        rejected: Iterable[tuple[str, str, str]] = (),
        existing: Iterable[tuple[str, str, str]] = (),
        *,
        cues: StanceCues | None = None,
        max_block: int = MAX_BLOCK,
        neighbours: int = NEIGHBOURS,
        previous: LinkSuggester | None = None,
    ) -> None:
        """Index every claim of `snapshot`.

        `previous`, a suggester over an earlier snapshot of the same store, lends the
        features of claims that have not changed, so indexing after one new article
        costs little more than reading that article.
        """
        self.snapshot = snapshot
        self.max_block = max_block
        self.neighbours = neighbours
        existing = [*existing, *((lk.a, lk.b, lk.relation) for lk in snapshot.links.values())]
        self.decided = Decided(rejected, existing)
        if cues is None:
            cues = previous.cues if previous is not None else load_stance_cues()
        self.cues = cues
        builder = FeatureBuilder(snapshot, cues)
        self._reader: FeatureBuilder | None = None  # the sentences before a placeless denial
        old = previous.features if previous is not None else {}
        old_signatures = previous._signatures if previous is not None else {}
        self._signatures = {cid: _signature(snapshot, c) for cid, c in snapshot.claims.items()}
        self.features: dict[str, ClaimFeatures] = {}
        for cid, claim in sorted(snapshot.claims.items()):
            reusable = cid in old and old_signatures.get(cid) == self._signatures[cid]
            self.features[cid] = old[cid] if reusable else builder.build(claim)
        # Names of speakers and sides are who talks, not what about: left out of overlaps.
        self._actor_keys = frozenset(k for f in self.features.values() for k in f.actor)
        self._actors_by_block: dict[str, list[str]] = defaultdict(list)
        for k in sorted(self._actor_keys):
            self._actors_by_block[block_key(k)].append(k)
        self._content = {
            cid: (
                tuple(e for e in f.entities if not self._is_actor(e.key)),
                tuple(e for e in f.context if not self._is_actor(e.key)),
            )
            for cid, f in self.features.items()
        }
        self._keys: dict[str, list[str]] = {}
        self._blocks: dict[str, list[str]] = defaultdict(list)
        # Keys a claim is filed under that bring it only the claims filed under a partner
        # key: a denial of striking a town meets the reports of its shelling, not the other
        # denials of that week (`_neighbours` looks up the partners, not these).
        self._partners: dict[str, list[str]] = {}
        for cid, f in self.features.items():
            self._keys[cid] = keys = list(dict.fromkeys(_blocking_keys(f)))
            attack = f.denied or not _ATTACK_BLOCKS.isdisjoint(keys)  # most claims: neither
            paired = self._attack_keys(f) if attack else []
            if "deny" in f.stances:
                paired += self._denial_keys(f)
            if paired:
                keys = [*keys, *dict.fromkeys(filed for filed, _ in paired)]
                self._partners[cid] = list(dict.fromkeys(partner for _, partner in paired))
            for key in keys:
                self._blocks[key].append(cid)
        # Who speaks where: a denial answers the run of the other side's claims before it.
        self._side_at: dict[tuple[str, int], str | None] = {
            pos: f.side for f in self.features.values() for pos in f.positions
        }
        # Where each report is cited ("According to a report by …"): the first to cite one
        # in a source without rejecting it introduces it, so "the report" later in that
        # source is theirs (not the rebuttal's: 'called the report "biased"').
        self._citers: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
        for f in self.features.values():
            if f.cites and not {"deny", "dispute"} & f.stances.keys():
                for source, index in f.positions:
                    self._citers[source].append((index, f.speaker))
        for citers in self._citers.values():
            citers.sort(key=lambda pair: pair[0])
        # Who is quoted in each report, and by what names: whose report a denial names.
        self._voices: dict[str, set[str]] = defaultdict(set)
        self._actors_of: dict[str, tuple[str, ...]] = {}
        self._side_of: dict[str, str | None] = {}
        for f in self.features.values():
            if f.speaker:
                self._actors_of[f.speaker] = f.actor
                self._side_of[f.speaker] = f.side
                for source, _ in f.positions:
                    self._voices[source].add(f.speaker)
        self._kin_of: dict[tuple[str, str], str | None] = {}  # speaker pairs (`_kin`)
        n = len(self.features)
        self._idf_norm = math.log(n + 2)
        self._n = n

    # --- candidate generation ----------------------------------------------------------

    def candidates(
        self, claim_ids: Iterable[str] | None = None, limit: int = 50
    ) -> list[LinkCandidate]:
        """The best `limit` candidates: over all claims, or only pairs touching `claim_ids`."""
        focus = (
            sorted(self.features)
            if claim_ids is None
            else [c for c in dict.fromkeys(claim_ids) if c in self.features]
        )
        seen: set[tuple[str, str]] = set()
        out: list[LinkCandidate] = []
        scored: dict[tuple[str, str], list[LinkCandidate]] = {}
        replying: dict[str, list[str]] = {}  # the neighbours of claims that may reply
        for cid in focus:
            neighbours = self._neighbours(cid)
            if {"deny", "confirm"} & self.features[cid].stances.keys():
                replying[cid] = neighbours
            for other in neighbours:
                pair = (cid, other) if cid < other else (other, cid)
                if pair in seen:
                    continue
                seen.add(pair)
                found = list(self._allowed(self.score_pair(*pair)))
                if found:
                    scored[pair] = found
                    out.extend(found)
        out = self._what_replies_answer(out, scored, seen, replying)
        # a pair linked already comes after every new one, saying so (`Decided`)
        out = [self.decided.marked(c) for c in out]
        out.sort(key=lambda c: (self.decided.is_linked(c), -c.score, c.relation, c.a, c.b))
        return out[:limit]

    def _what_replies_answer(
        self,
        cands: list[LinkCandidate],
        scored: dict[tuple[str, str], list[LinkCandidate]],
        seen: set[tuple[str, str]],
        neighbours: dict[str, list[str]],
    ) -> list[LinkCandidate]:
        """Keep a reply's links to what it answers, not to every claim of the other side
        around it. A denial ("In Yerevan these figures were refuted", after a prosecutor's
        toll, a ministry's report of shelling and an ombudsman's quote) answers the quote
        just before it: the others are still offered as contradictions. A bare admission
        ("Pashinyan admitted the situation was hard") supports no claim it did not answer.

        What a reply answers is judged among its links to its own neighbours (and the one
        in question), so a pass over all claims and one over a few agree."""
        replies: dict[tuple[str, str], list[LinkCandidate]] = {}
        kept: dict[tuple[str, str], set[str]] = {}
        out = []
        for c in cands:
            if not self._is_reply(c):
                out.append(c)
                continue
            key = (c.a, c.relation)
            if key not in replies:
                found: list[LinkCandidate] = []
                if c.a not in neighbours:
                    neighbours[c.a] = self._neighbours(c.a)
                for other in neighbours[c.a]:
                    pair = (c.a, other) if c.a < other else (other, c.a)
                    if pair not in seen:
                        seen.add(pair)
                        scored[pair] = list(self._allowed(self.score_pair(*pair)))
                    found += [
                        r
                        for r in scored.get(pair, ())
                        if r.a == c.a and r.relation == c.relation and self._is_reply(r)
                    ]
                replies[key] = found
                kept[key] = self._answered(c.a, found)
            if c.b in kept[key] or (
                c not in replies[key] and c.b in self._answered(c.a, [*replies[key], c])
            ):
                out.append(c)
        return out

    def _is_reply(self, c: LinkCandidate) -> bool:
        """A denial's response, or a bare confirmation from the other side (naming no
        report): links resting on what the reply answers."""
        if c.relation == "responds-to":
            return True
        if c.relation != "supports":
            return False
        fa, fb = self.features[c.a], self.features[c.b]
        return "confirm" in fa.stances and fa.confirmed is None and fa.side != fb.side

    def _answered(self, reply: str, links: list[LinkCandidate]) -> set[str]:
        """The claims a reply answers among those it may: the accusation it meets best
        ("rejected the accusations"), its best match on a shared subject, and the claims of
        the speaker quoted just before it ("these figures were refuted")."""
        fd = self.features[reply]
        out: set[str] = set()
        accusations = [c for c in links if "accuse" in self.features[c.b].stances]
        if accusations:
            top = max(c.score for c in accusations)
            out |= {c.b for c in accusations if c.score >= top}
        on_topic = [c for c in links if self._shared(fd, self.features[c.b], None)]
        if on_topic:
            top = max(c.score for c in on_topic)
            out |= {c.b for c in on_topic if c.score >= top}
        before = [(d, c.b) for c in links if (d := _distance(fd, self.features[c.b]))]
        if before:
            quoted = self.features[min(before)[1]].speaker
            out |= {b for _, b in before if self.features[b].speaker == quoted}
        return out

    def _attack_keys(self, f: ClaimFeatures) -> list[tuple[str, str]]:
        """(key, partner key) filing a claim denying or telling of an attack (`ATTACKS`)
        under the places it names (its headline's, naming none) and its weeks: a denial of
        striking Stepanakert meets the reports of its shelling that week, though both name a
        town hundreds of claims name and share no word. Only the attack told in the other
        word is a partner: one told in the same word meets by that word."""
        denied = ATTACKS.intersection(f.denied)
        told = ATTACKS.intersection([e.key for e in f.entities]).difference(f.denied)
        if not (denied or told):
            return []
        roles = [(f"denies{c}", f"tells{o}") for c in denied for o in ATTACKS - {c}]
        roles += [(f"tells{c}", f"denies{o}") for c in told for o in ATTACKS - {c}]
        own, context = self._content[f.id]
        places = _names_of(own) or _names_of(context)
        return [
            (f"a:{place}:{week}:{role}", f"a:{place}:{week}:{partner}")
            for place in dict.fromkeys(map(block_key, places))
            for week in _weeks(f.date)
            for role, partner in roles
        ]

    def _denial_keys(self, f: ClaimFeatures) -> list[tuple[str, str]]:
        """(key, partner key) filing a speaker's denial under its day, one naming no place
        under the days either side too: "The ministry denied the reports" meets the same
        ministry's denial of shelling Stepanakert in another report that day, whatever else
        it has said (`_retold_denial`)."""
        if not (f.speaker and f.date and self._cued_denial(f)):
            return []
        if _names_of(self._content[f.id][0]):
            return [(f"d:{f.speaker}:{f.date}", f"d0:{f.speaker}:{f.date}")]
        day = dt.date.fromisoformat(f.date)
        days = [day + dt.timedelta(days=shift) for shift in range(-RETOLD_DAYS, RETOLD_DAYS + 1)]
        return [(f"d0:{f.speaker}:{d.isoformat()}", f"d:{f.speaker}:{d.isoformat()}") for d in days]

    def _cued_denial(self, f: ClaimFeatures) -> bool:
        """Whether a denying word shows the claim's denial ("denied", "опровергло"), not a
        phrase alone ("not a defeat", "only military targets")."""
        return "deny" in f.stances and self.cues.shows("deny", f.stances["deny"])

    def _place_key(self, key: str) -> bool:
        return not key.startswith(CONCEPT_PREFIX) and not self._is_actor(key)

    def _neighbours(self, cid: str) -> list[str]:
        # Rare keys say more: a shared "#phosphorus" outranks a shared report.
        counts: defaultdict[str, float] = defaultdict(float)
        for key in self._keys[cid]:
            block = self._blocks[key]
            if 1 < len(block) <= self.max_block:
                weight = 1.0 / math.log2(1 + len(block))
                for other in block:
                    counts[other] += weight
        for key in self._partners.get(cid, ()):
            block = self._blocks.get(key, [])
            if 0 < len(block) < self.max_block:  # as if it were in the block too
                weight = 1.0 / math.log2(2 + len(block))
                for other in block:
                    counts[other] += weight
        counts.pop(cid, None)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [c for c, _ in ranked[: self.neighbours]]

    def _allowed(self, cands: Iterable[LinkCandidate]) -> Iterator[LinkCandidate]:
        for c in cands:
            if c.score >= MIN_SCORE and not self.decided.settles(c):
                yield c

    # --- scoring -----------------------------------------------------------------------

    def score_pair(self, a: str, b: str) -> list[LinkCandidate]:
        """Every relation the two claims plausibly have, each scored with its reasons."""
        fa, fb = self.features[a], self.features[b]
        same_speaker = fa.speaker is not None and fa.speaker == fb.speaker
        same_side = bool(fa.side) and fa.side == fb.side
        opposing = bool(fa.side and fb.side) and fa.side != fb.side
        # A speaker with no side (the UN, a hospital's doctors, witnesses) is nobody's ally:
        # its claims meet others' as the other side's would, on one event only (see below).
        unaligned = _unaligned(fa, fb) and not same_speaker
        kin = self._kin(fa, fb) if unaligned else None
        if kin is not None:
            # "Kelmar Foreign Ministry", registered with no side, is the Kelmar government's
            # ally, not its opponent: its denial and theirs must not contradict each other.
            fa, fb = replace(fa, side=kin), replace(fb, side=kin)
            same_side, unaligned = True, False
        if a == b or not (same_speaker or same_side or opposing or unaligned):
            return []
        if self._other_event(fa, fb):
            return []  # years apart, naming nothing in common: two events
        if unaligned and not ((fa.quantities and fb.quantities) or _may_answer(fa, fb)):
            return []  # nothing to count against each other, and no stance to answer
        clashes = _clashes(
            fa,
            fb,
            lambda: _one_week(fa, fb) and self._one_place(fa, fb),
            lambda: self._rivals_total(fa, fb),
        )
        event, near = self._one_event(fa, fb) if unaligned else (True, "")
        if not event:  # "471 killed" at a hospital and "100 killed" somewhere else
            clashes = []
        out: list[LinkCandidate] = []
        same = None
        if (same_speaker or same_side) and not clashes:
            # Merges may rest on the sides a claim names ("Armenia has no grounds to ask
            # Russia"); links need names beyond every speaker's and side's.
            mentions = self._shared(fa, fb, (*fa.actor, *fb.actor))
            same = self._same_claim(fa, fb, mentions, _strength(mentions), clashes)
        if same is not None:
            out.extend(self._told_twice(fa, fb, same))
        if (opposing or unaligned) and (clashes or _may_answer(fa, fb)):
            shared = self._shared(fa, fb, None)
            where = ", ".join(r for r in (near, _shared_reason(shared)) if r)
            kinds = bool(shared) and all(s in EVENT_KINDS for s, _ in shared)
            out.extend(self._opposed(fa, fb, _strength(shared), where, clashes, event, kinds))
        elif same is None and same_side and not clashes:
            # two denials of one accusation, "… fired on Barda" / "… fabrication by Baku"
            denied = self._denied_together(fa, fb)
            # "… the attack on Barda" and "… Ganja": two incidents, neither supports the other
            if denied or self._same_place(fa, fb, True):
                mine = self._shared(fa, fb, None, context=False)
                # One shared name ("Stepanakert") is a place both talk about, not agreement;
                # nor is the kind of attack alone ("drones", "civilians"): two incidents.
                kinds = all(s in EVENT_KINDS for s, _ in mine)
                own = _strength(mine) if len(mine) >= 2 and not kinds else 0.0
                shared = self._shared(fa, fb, None)
                where = _shared_reason(shared)
                out.extend(_supports_same_side(fa, fb, own, _strength(shared), where, denied))
        if unaligned and event and not (clashes or out):
            out.extend(self._agreeing(fa, fb, near))
        return out

    def _other_event(self, fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
        """Whether two claims are told more than `EVENT_GAP_DAYS` apart and name nothing in
        common: no place, person or body either names in its own words or headline, and
        neither's speaker or side. A claim dated by none of its reports is apart from
        nothing: with no date to go by, the names and subjects decide as before."""
        gap = _gap_days(fa, fb)
        if gap is None or gap <= EVENT_GAP_DAYS:
            return False
        return _unrelated(fa, fb)

    def _kin(self, fa: ClaimFeatures, fb: ClaimFeatures) -> str | None:
        """The side two speakers are on by their names when one or both has none set, as a
        reason's words ("Kelmar, by name: Kelmar Foreign Ministry"); None when the names say
        nothing. Speakers registered from proposals start with no side, and a side-less
        speaker meets everyone as the other side would: "Kelmar Foreign Ministry" denying
        what "Kelmar government" denied was set against it. A body is of the side its name
        names ("Kelmar" in "Kelmar Foreign Ministry"); two bodies with no side are of one
        when every name in one's is in the other's ("Kelmar Defence Ministry"; not "United
        Nations" / "United States"). A person's name says no side ("Georgia Smith"), nor
        does a place the body sits in ("UN Office in Kelmar", "Посольство США в Келмаре":
        `_whose`)."""
        key = (fa.speaker or "", fb.speaker or "")
        if key not in self._kin_of:
            self._kin_of[key] = self._kin_by_names(fa, fb)
        return self._kin_of[key]

    def _kin_by_names(self, fa: ClaimFeatures, fb: ClaimFeatures) -> str | None:
        speakers = self.snapshot.speakers
        sa, sb = speakers.get(fa.speaker or ""), speakers.get(fb.speaker or "")
        if sa is None or sb is None or (sa.side and sb.side):
            return None
        if sa.side or sb.side:
            sided, sideless = (sa, sb) if sa.side else (sb, sa)
            if sideless.kind == "person":
                return None
            side = side_keys(sided.side)
            for name in sideless.names:
                keys = [e.key for e in entities_of(_whose(name), openers=True)]
                if any(keys_match(k, x) for k in keys for x in side):
                    return f"{sided.side}, by name: {sideless.name}"
            return None
        if "person" in (sa.kind, sb.kind):
            return None
        for name_a in sa.names:
            ents_a = entities_of(_whose(name_a), openers=True)
            for name_b in sb.names:
                ents_b = entities_of(_whose(name_b), openers=True)
                if not (ents_a and ents_b):
                    continue
                short, long = sorted((ents_a, ents_b), key=len)
                if all(any(keys_match(e.key, o.key) for o in long) for e in short):
                    words = " ".join(e.surface for e in short)
                    return f"{words}, by name: {sa.name}, {sb.name}"
        return None

    def _idf(self, key: str) -> float:
        df = len(self._blocks.get("e:" + block_key(key), ()))
        return math.log((self._n + 2) / (df + 1)) / self._idf_norm

    def _shared(
        self,
        fa: ClaimFeatures,
        fb: ClaimFeatures,
        actors: tuple[str, ...] | None,
        *,
        context: bool = True,
        common: bool = True,
    ) -> list[tuple[str, float]]:
        """Names both claims mention (own text, or one's text and the other's headline).

        Names of speakers are left out: that two claims name their own side says nothing
        about their content. `actors` lists the keys to leave out; None means every
        speaker's and side's name in the investigation. `common` False leaves out the names
        nearly every claim has (`COMMON_SHARE`).
        """
        if actors is None:
            own_a, ctx_a = self._content[fa.id]
            own_b, ctx_b = self._content[fb.id]
        else:
            blocks = _by_block(actors)
            own_a, ctx_a = _without(fa.entities, blocks), _without(fa.context, blocks)
            own_b, ctx_b = _without(fb.entities, blocks), _without(fb.context, blocks)
        pairs = [(own_a, own_b, 1.0)]
        if context:
            pairs += [(own_a, ctx_b, 0.5), (ctx_a, own_b, 0.5)]
        out: dict[str, tuple[str, float]] = {}
        for left, right, weight in pairs:
            for ea in left:
                if ea.key in out or (not common and self._everyones(ea.key)):
                    continue
                if _first_match(ea, right) is not None:
                    surface = ea.key if ea.key.startswith(CONCEPT_PREFIX) else ea.surface
                    if weight < 1.0 and not ea.key.startswith(CONCEPT_PREFIX):
                        surface += " (headline)"  # the reason must not say the claim names it
                    out[ea.key] = (surface, weight * self._idf(ea.key))
        for ta in fa.targets:  # both accuse the same party
            if self._everyones(ta):
                continue  # the enemy: every accusation of one side names it
            if any(keys_match(ta, tb) for tb in fb.targets):
                surface = next((e.surface for e in fa.entities if e.key == ta), ta)
                out.setdefault(ta, (surface, 0.5))
        return list(out.values())

    def _telling(self, fa: ClaimFeatures, fb: ClaimFeatures) -> float:
        """The strength of the names two claims share beyond their speakers' and those
        nearly every claim names."""
        return _strength(self._shared(fa, fb, (*fa.actor, *fb.actor), common=False))

    def _everyones(self, key: str) -> bool:
        """Whether so many claims name `key` (over `COMMON_SHARE`) that two accusing it share
        no subject: "Armenia" in a war with Azerbaijan, not Turkey said to send mercenaries."""
        df = len(self._blocks.get("e:" + block_key(key), ()))
        return df > max(COMMON_MIN, COMMON_SHARE * self._n)

    def _is_actor(self, key: str) -> bool:
        """Whether a name is some speaker's or side's (any inflection)."""
        if key in self._actor_keys:
            return True
        return any(keys_match(key, k) for k in self._actors_by_block.get(block_key(key), ()))

    def _same_claim(
        self,
        fa: ClaimFeatures,
        fb: ClaimFeatures,
        shared: list[tuple[str, float]],
        ent: float,
        clashes: list[tuple[Quantity, Quantity]],
    ) -> LinkCandidate | None:
        same_speaker = fa.speaker is not None and fa.speaker == fb.speaker
        if clashes or not (same_speaker or (fa.side and fa.side == fb.side)):
            return None
        if not self._same_place(fa, fb, headline=True):  # "… Barda" and "… Ganja": two claims
            return None
        if _other_numbers(fa, fb):  # "27 people on board" and "1,200 tonnes" are two claims
            return None
        retold: list[str | None] = []  # worked out once, when wanted

        def retelling() -> str | None:
            if not retold:
                retold.append(self._retold_denial(fa, fb) if same_speaker else None)
            return retold[0]

        if self._bare_replies(fa, fb) and retelling() is None:
            return None
        who = (
            f"same speaker ({self._speaker_name(fa.speaker)})"
            if same_speaker
            else f"same side ({fa.side})"
        )
        numbers = sorted(fa.numbers & fb.numbers, key=_numeric)
        similarity = _similarity(fa, fb)
        reasons = [who]
        headline: str | None = None
        placeless: str | None = None  # a denial naming no place, worded unlike its other telling
        if similarity is not None:
            sim, raw = similarity
            # the enemy's name ("Armenian forces") is in nearly every claim: no evidence
            alike = sim >= SAME_CLAIM_CUTOFF and (self._telling(fa, fb) or numbers or raw >= 90)
            headline = None if alike or not same_speaker else self._headline_over(fa, fb)
            if not alike and headline is None:
                placeless = retelling()
                if placeless is None:
                    return None
        if placeless is not None:
            # "The ministry denied the reports" / "… denied shelling Stepanakert", told in
            # two reports the same day: few words in common, one denial all the same.
            score = 0.5 + 0.4 * ent
            reasons.append(placeless)
        elif headline is not None:
            # "Azerbaijan says Armenian rockets hit Barda" over "Azerbaijan said on Wednesday
            # that Armenian forces had fired rockets at the town of Barda, killing …": few
            # words in common, one claim all the same (it was "supports" itself).
            score = 0.55 + 0.2 * ent
            reasons.append(f"the headline of the report telling it{headline}")
        elif similarity is not None:
            score = 0.55 + 0.4 * (sim - SAME_CLAIM_CUTOFF) / (100 - SAME_CLAIM_CUTOFF)
            if sim < raw:
                reasons.append(f"text similarity {sim:.0f} (token_set_ratio {raw:.0f}, "
                               "lowered: one text says much more)")  # fmt: skip
            else:
                reasons.append(f"text similarity {sim:.0f} (token_set_ratio)")
        else:
            units = _shared_units(fa, fb)
            if same_speaker:  # "hampir dua ratus pasien luka-luka" / "Около двухсот человек
                units |= _same_count(fa, fb)  # получили ранения": 200 wounded either way
            evidence = 0.25 * min(len(numbers), 2) + 0.15 * bool(units) + ent
            # Two speakers giving one figure ("11 killed": the police chief, then the
            # minister citing him) agree at most; their claims are one only if more is shared.
            by_numbers = bool(numbers) and bool(
                shared or len(numbers) >= 2 or (units and same_speaker)
            )
            # Names alone carry a merge across languages only for one speaker's words, and
            # not the names nearly every claim has ("Armenia", in a war with Armenia).
            telling = same_speaker and self._telling(fa, fb) >= 0.75
            # Else one speaker's words may still be one claim by what they are: one denial
            # of one place. (Subjects alone, "artillery and drones", or a claim's place in
            # its report merged what a speaker urged or was asked with what they saw.)
            told = None
            if same_speaker and not (by_numbers or telling):
                told = self._one_denial(fa, fb) or retelling()
                if told is None:
                    return None
            elif not (by_numbers or telling):
                return None
            score = min(0.95, 0.35 + 0.4 * evidence)
            reasons.append(f"across languages ({', '.join(sorted({*fa.langs, *fb.langs}))})")
            if told is not None:
                score += 0.15
                reasons.append(told)
        if numbers:
            reasons.append("same numbers: " + ", ".join(_pretty(n) for n in numbers))
            score += 0.05
        if shared:
            reasons.append(_shared_reason(shared))
        if not same_speaker:
            score *= 0.85
        a, b = sorted((fa.id, fb.id))
        return LinkCandidate(a, b, "same-claim", round(min(score, 1.0), 3), tuple(reasons))

    def _told_twice(
        self, fa: ClaimFeatures, fb: ClaimFeatures, same: LinkCandidate
    ) -> list[LinkCandidate]:
        """What two tellings of one claim call for: their merge, when merging would take it
        (`Claim.mergeable`). Two speakers of one side are never merged (one claim has one
        speaker, and accepting the merge is refused): the later supports the earlier, as
        the UN confirming OCHA's "at least 61 killed" does. Unless both state the same
        figures, two or more ("91 killed, 400 wounded", the prosecutor's and "the
        authorities'"): that is one count told under two names, which a link would count
        as corroboration twice; the analyst re-tags it before merging."""
        claims = self.snapshot.claims
        if claims[fa.id].mergeable(claims[fb.id]):
            return [same]
        if len(fa.numbers & fb.numbers) >= 2:
            return []
        later, earlier = sorted((fa, fb), key=lambda f: (f.date or "", f.id), reverse=True)
        first, then = (self._speaker_name(f.speaker) for f in (earlier, later))
        reasons = (
            same.reasons[0],
            f"{then} says what {first} said (two speakers: no merge)",
            *same.reasons[1:],
        )
        return [LinkCandidate(later.id, earlier.id, "supports", same.score, reasons)]

    def _one_denial(self, fa: ClaimFeatures, fb: ClaimFeatures) -> str | None:
        """The reason one speaker's two denials, in two languages, are one: both name one
        place in their own words and deny nothing different ("Our forces did not shell Um
        Sayala" / "Армия не наносила ударов по Умм-Саяле"); None when they are not. A
        denial of cluster munitions in Stepanakert is not one of its shelling; one of its
        shelling is one of striking it, told within `ATTACK_DAYS` ("denied striking
        Stepanakert" / "опровергло обстрел Степанакерта")."""
        if not ("deny" in fa.stances and "deny" in fb.stances) or not _deny_alike(fa, fb):
            return None
        places_b = self._places(fb)
        named = [e for e in self._content[fa.id][0] if e.key in self._places(fa)]
        place = next((e for e in named if any(keys_match(e.key, y) for y in places_b)), None)
        if place is None:
            return None
        cues = f'"{fa.stances["deny"]}" / "{fb.stances["deny"]}"'
        return f"both deny, of {place.surface} ({cues})"

    def _denied_together(self, fa: ClaimFeatures, fb: ClaimFeatures) -> str | None:
        """The reason two denials of one side deny one accusation, so that the later supports
        the earlier; None when they may deny two. Either they name one place in their own words
        within a week or so (`_one_denial`: the defence ministry's "denied shelling
        Stepanakert" and the president's "rejected claims that Azerbaijani forces shelled
        Stepanakert"), or one follows the other in a report with no other side's claim between
        them ("… denied that its forces had fired on Barda." / "This is yet another
        fabrication by Baku"): a claim of the other side between them is what the second one
        answers. Neither denies something the other does not (`_deny_alike`). Nor do they
        name two places, each with what was done there ("denied shelling Barda" / "rejected
        claims it shelled Ganja"); a name alone ("by Baku": whose accusation it is) parts
        nothing. A shared name alone is no such reason: the town both deny shelling is one
        many claims name."""
        if not ("deny" in fa.stances and "deny" in fb.stances):
            return None
        follows = self._follows(fa, fb) or self._follows(fb, fa)
        if (
            follows
            and _deny_alike(fa, fb)
            and (self._same_place(fa, fb) or not (_tells_attack(fa) and _tells_attack(fb)))
        ):
            earlier, later = (fa, fb) if self._follows(fb, fa) else (fb, fa)
            cues = f'"{earlier.stances["deny"]}" / "{later.stances["deny"]}"'
            return f"both deny, one right after the other ({cues})"
        return self._one_denial(fa, fb) if _one_week(fa, fb) else None

    def _retold_denial(self, fa: ClaimFeatures, fb: ClaimFeatures) -> str | None:
        """The reason one speaker's denial naming no place ("The ministry denied the
        reports", "Минобороны опровергло эти сообщения") is its denial of shelling or striking
        a place, told in another report within `RETOLD_DAYS`; None when it may be another.
        Both deny with a denying word, and nothing different. What the placeless one answers
        is what its headline and the sentences before it tell: the attack the other denies
        (not casualty figures, looting or rumours of mobilisation; with nothing before it,
        anything), and where they name a place, the other's (a denial under "… Missile on
        Ganja" is not one about Tartar). A speaker who denied anything else those days
        (cluster munitions, Martuni's shelling), naming a place or not, may mean that."""
        if not (self._cued_denial(fa) and self._cued_denial(fb)) or not _deny_alike(fa, fb):
            return None
        if not (fa.date and fb.date and _days_apart(fa, fb, RETOLD_DAYS)) or _together(fa, fb):
            return None
        places_a, places_b = self._places(fa), self._places(fb)
        if bool(places_a) == bool(places_b):
            return None
        bare, placed, places = (fa, fb, places_b) if places_b else (fb, fa, places_a)
        # "denied shelling Stepanakert" answers its shelling; "rejected claims over Martuni",
        # naming no attack, whichever the report tells there
        denied = ATTACKS.intersection(placed.denied)
        kinds = denied or ATTACKS
        told = self._told_before(bare)
        attacks = kinds.intersection(e.key for e in told)
        if not attacks:
            return None  # nothing before it tells the attack: it may answer anything
        attack = "/".join(sorted(k.removeprefix(CONCEPT_PREFIX) for k in attacks))
        where = f"its report tells the {attack}"
        named = [e for e in told if self._place_key(e.key)]
        if named or not denied:  # naming no attack, it must name the place
            place = next((e for e in named if any(keys_match(e.key, p) for p in places)), None)
            if place is None:
                return None
            where = f"its report names {place.surface} and tells the {attack}"
        if self._denied_else(bare, placed, places, kinds):
            return None
        when = "the same day" if fa.date == fb.date else "a day apart"
        cues = f'"{fa.stances["deny"]}" / "{fb.stances["deny"]}"'
        return f"one denial told twice, {when} ({cues}): one names no place, {where}"

    def _told_before(self, f: ClaimFeatures) -> list[Entity]:
        """The names and concepts (`#shelling`) around a claim naming no place: its
        headlines' and those of the sentences just before it in its reports
        (`RETOLD_CONTEXT`), speakers' and sides' left out."""
        found = list(self._content[f.id][1])
        if self._reader is None:  # seldom wanted: not kept from indexing, nor its caches
            self._reader = FeatureBuilder(self.snapshot, self.cues)
        for source, index in f.positions:
            names = self._reader.names(source)
            src = self.snapshot.sources.get(source)
            title = (src.title or src.text.split("\n", 1)[0]) if src else ""
            found += [Entity(key, word) for key, word in concepts_of(title)]
            for text in self._reader.before(source, index, RETOLD_CONTEXT):
                found += [e for e in entities_of(text, known=names) if not self._is_actor(e.key)]
                found += [Entity(key, word) for key, word in concepts_of(text)]
        return list({e.key: e for e in found}.values())

    def _denied_else(
        self, bare: ClaimFeatures, placed: ClaimFeatures, places: set[str], kinds: frozenset[str]
    ) -> bool:
        """Whether the speaker of a denial naming no place denied anything but the attack
        on `places` within `RETOLD_DAYS` of it (in any report, naming a place or none): then
        which one it answers, no word says."""
        day = dt.date.fromisoformat(bare.date or "")
        others: list[str] = list(self._blocks.get(f"d0:{bare.speaker}:{bare.date}", ()))
        for shift in range(-RETOLD_DAYS, RETOLD_DAYS + 1):
            date = (day + dt.timedelta(days=shift)).isoformat()
            others += self._blocks.get(f"d:{bare.speaker}:{date}", ())
        for cid in dict.fromkeys(others):
            if cid in (bare.id, placed.id):
                continue
            other = self.features[cid]
            theirs = self._places(other)
            if theirs:  # the same place, and nothing else denied there (cluster munitions)
                same = _deny_alike(other, placed)
            else:  # told after the report of the same attack there
                told = self._told_before(other)
                theirs = {e.key for e in told if self._place_key(e.key)}
                same = bool(kinds.intersection(e.key for e in told))
            if not (same and any(keys_match(x, p) for x in theirs for p in places)):
                return True
        return False

    def _bare_replies(self, fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
        """Whether two denials in two reports say nothing of their own in common: "called
        Baku's report 'disinformation'" and "called Baku's accusations 'a total lie'" are
        worded alike but answer two accusations (Tartar's shelling, a missile on Ganja)."""
        if not ("deny" in fa.stances and "deny" in fb.stances) or _together(fa, fb):
            return False
        return not self._shared(fa, fb, None, context=False)

    def _headline_over(self, fa: ClaimFeatures, fb: ClaimFeatures) -> str | None:
        """Whether one claim is the headline of a report whose body tells the other: " (its
        outlet)", "" with none, None when not. The body must name in its own words a place
        or a person the headline names, beyond the speaker's ("… rockets hit Barda" / "…
        fired rockets at the town of Barda"), not only a subject ("5,000 killed" / "people
        died on both sides") nor the headline's names every sentence under it is read with."""
        actors = (*fa.actor, *fb.actor)
        own = self._shared(fa, fb, actors, context=False)
        if not any(not s.startswith(CONCEPT_PREFIX) for s, _ in own):
            return None
        for head, body in ((fa, fb), (fb, fa)):
            for source, index in head.positions:
                if index == 0 and any(s == source and i > 0 for s, i in body.positions):
                    src = self.snapshot.sources.get(source)
                    return f" ({src.outlet})" if src and src.outlet else ""
        return None

    def _opposed(
        self,
        fa: ClaimFeatures,
        fb: ClaimFeatures,
        ent: float,
        places: str,
        clashes: list[tuple[Quantity, Quantity]],
        one_event: bool = True,
        kinds_only: bool = False,
    ) -> list[LinkCandidate]:
        """Contradiction, response and cross-side confirmation between opposing speakers (or
        with one on no side). `one_event` False: nothing says the two count one event, so
        neither disputes the other's count."""
        if fa.side and fb.side:
            sides = f"speakers on different sides ({fa.side} vs {fb.side})"  # allies too
        else:
            sides = self._no_side(fa, fb)
        out: list[LinkCandidate] = []
        shared_reason = [places] if places else []
        denial, accusation = _denial_pair(fa, fb)
        if denial is not None and accusation is not None and not self._rejects(denial, accusation):
            denial = accusation = None
        stance = 0.0
        stance_reasons: list[str] = []
        if (
            denial is not None
            and accusation is not None
            and denial.side is None
            and not (_names_target(accusation, denial) or self._states_denied(denial, accusation))
        ):  # the UN "rejected reports it had suspended aid" answers no accusation aimed at
            denial = accusation = None  # someone else: a denier with no side answers its own
        if denial is not None and accusation is not None:
            target = _names_target(accusation, denial)
            near = self._follows(denial, accusation)
            stated = self._states_denied(denial, accusation)
            if not stated and denial.stances["deny"] in denial.denied.values():
                near = False  # "no live ammunition was used" denies that, not what precedes it
            # In a two-party war nearly every claim names the other side: a denial meets
            # an accusation only on a shared subject (a place, a weapon) or by following it.
            # A claim stating what the denial says was not used ("the use of live
            # ammunition" / "no live ammunition was used") is its very subject. Unless one
            # follows the other, a denial about one town answers no claim about another.
            # "called the mission's report biased", the mission quoted in that report: the
            # mission's findings are its subject (elsewhere the mission may speak of another)
            theirs = bool(_together(denial, accusation)) and self._named_report(
                denial, {accusation.speaker}
            )
            # A kind of attack alone ("strike", "civilians") is every war's subject: it says
            # one event only of claims told within a week or so (both dated).
            topic = ent
            if kinds_only and not (denial.date and accusation.date and _one_week(fa, fb)):
                topic = 0.0
            on_topic = topic >= TOPIC_MIN or near or stated or theirs
            # "accused Turkey of sending mercenaries" is no accusation Baku's denial answers
            aimed = target or not self._aimed_elsewhere(accusation, denial)
            if on_topic and (near or self._same_place(fa, fb, headline=True)):
                if "accuse" in accusation.stances and aimed:
                    stance = 0.35
                    cue_a, cue_d = accusation.stances["accuse"], denial.stances["deny"]
                    stance_reasons.append(f'accusation ↔ denial ("{cue_a}" / "{cue_d}")')
                elif stated:
                    stance = 0.35
                    stance_reasons.append(f"denies what it states ({stated})")
                elif theirs:
                    stance = 0.35
                    stance_reasons.append(
                        f'denial of its {denial.rejected} ("{denial.stances["deny"]}")'
                    )
                elif (target or topic >= STRONG_TOPIC or (near and accusation.side)) and not (
                    _calls_only(accusation)
                ):
                    # names the denier, or just before it; but a denial after a bystander's
                    # words ("Access is our biggest problem", the Red Cross) denies the
                    # side's accusers, not what the bystander said; and a call ("Putin urged
                    # Ostravia and Kelmar to admit experts") reports nothing to deny
                    stance = 0.2
                    stance_reasons.append(f'denial ("{denial.stances["deny"]}") of what it reports')
                if target and stance:
                    stance += 0.15
                    whose = denial.side or self._speaker_name(denial.speaker)
                    stance_reasons.append(f"the claim names the denier's side ({whose})")
                if near and stance:
                    stance += 0.15
                    stance_reasons.append("the denial follows it in the same report")
            answers = "accuse" in accusation.stances or near or theirs
            if stance and answers and _not_before(denial, accusation):
                score = min(1.0, 0.2 + stance + 0.3 * ent)
                out.append(
                    LinkCandidate(
                        denial.id,
                        accusation.id,
                        "responds-to",
                        round(score, 3),
                        (*stance_reasons, sides, *shared_reason),
                    )
                )
        if clashes and _gap_days(fa, fb) is None and not _together(fa, fb) and _unrelated(fa, fb):
            # With no date to tell two wars apart, tolls naming nothing in common are two
            # wars' ("42 killed" in Velmora, 1,166 in Karabakh); dated within the gap, a
            # bare "nearly 5,000 killed on both sides" still disputes Karabakh's count.
            clashes = []
        clashes = [xy for xy in clashes if self._same_event(fa, fb)]
        number_reasons = [
            f"numbers conflict: {_said(x, fa)} vs {_said(y, fb)}" for x, y in clashes[:2]
        ]
        for disputer, other in ((fa, fb), (fb, fa)):
            # "far higher than the official figures" disputes the other side's count.
            if (
                "dispute" in disputer.stances
                and one_event
                and not clashes
                and _counts(other)
                and self._same_event(disputer, other)
            ):
                clashes = [(q, q) for q in _counts(other)[:1]]
                number_reasons = [
                    f'disputes the count ("{disputer.stances["dispute"]}" vs '
                    f"{_said(clashes[0][0], other)})"
                ]
        numeric = 0.45 if clashes else 0.0
        admitted = [(x, y) for x, y in ((fa, fb), (fb, fa)) if self._admits(x, y)]
        for admission, denial in admitted[:1]:
            stance += 0.35
            cues = f'"{admission.stances["confirm"]}" / "{denial.stances["deny"]}"'
            stance_reasons.append(f"admits what the denial before it denies ({cues})")
        if stance or numeric:
            score = min(1.0, 0.15 + stance + numeric + 0.3 * ent)
            reasons = (sides, *stance_reasons, *number_reasons, *shared_reason)
            a, b = sorted((fa.id, fb.id))
            out.append(LinkCandidate(a, b, "contradicts", round(score, 3), reasons))
        for confirmer, other in ((fa, fb), (fb, fa)):
            if "confirm" not in confirmer.stances or clashes or (confirmer, other) in admitted:
                continue
            cue = confirmer.stances["confirm"]
            if confirmer.confirmed is not None:
                # "the report 'confirms everything'" supports that report, not the claims
                # just before it (the government's rebuttal of the report, a revised toll).
                if not self._reported_by(confirmer, other):
                    continue
                score = min(0.9, 0.45 + 0.5 * ent)
                whose = f"{self._speaker_name(other.speaker)}'s {confirmer.confirmed}"
                reason = f'confirmation of {whose} ("{cue}")'
            elif self._follows(confirmer, other):
                # A confirmation answers what was reported just before it in the same report.
                score = min(0.9, 0.35 + 0.5 * ent)
                other_side = confirmer.side and other.side
                reason = f'confirmation{" from the other side" if other_side else ""} ("{cue}")'
            else:
                continue
            reasons = (reason, sides, *shared_reason)
            out.append(LinkCandidate(confirmer.id, other.id, "supports", round(score, 3), reasons))
        return out

    def _states_denied(self, denial: ClaimFeatures, claim: ClaimFeatures) -> str | None:
        """What the claim states, undenied, that the denial denies, as a reason's words:
        '"no live ammunition" / "the use of live ammunition"' (`_stated_denied`), or an
        attack on one place in other words within `ATTACK_DAYS` ('"denied striking" /
        "shelled", one attack on Stepanakert'); None when it states nothing denied. An attack
        told in the denial's own word ("denied striking" / "a missile strike") is one it
        denies only in its report or at a place both are tied to: a strike is a subject
        every war shares, and a denial of striking a hospital in Velmora answers no strike
        on Martuni."""
        for key, surface in _stated_denied(denial, claim):
            if key not in ATTACKS or _together(denial, claim):
                return f'"{denial.denied[key]}" / "{surface}"'
            place = self._place_of_both(denial, claim)
            if place is not None:
                return f'"{denial.denied[key]}" / "{surface}", one attack on {place}'
        denied = next((p for k, p in denial.denied.items() if k in ATTACKS), None)
        if denied is None or ATTACKS & claim.denied.keys():
            return None
        told = next((e for e in claim.entities if e.key in ATTACKS), None)
        if told is None or not _days_apart(denial, claim, ATTACK_DAYS):
            return None
        place = self._place_of_both(denial, claim)
        if place is None:
            return None
        return f'"{denied}" / "{told.surface}", one attack on {place}'

    def _place_of_both(self, fa: ClaimFeatures, fb: ClaimFeatures) -> str | None:
        """A place both claims are tied to, as one names it in its own words (the other may
        name it in its headline, see `_one_place`)."""
        for x, y in ((fa, fb), (fb, fa)):
            tied = self._places(y, True)
            for e in self._content[x.id][0]:
                if self._place_key(e.key) and any(keys_match(e.key, t) for t in tied):
                    return e.surface
        return None

    def _admits(self, confirmer: ClaimFeatures, denial: ClaimFeatures) -> bool:
        """Whether a confirmation naming no report, just after a denial, admits what that
        denial denies: "Namun, seorang pejabat militer … mengakui bahwa sebuah pesawat
        nirawak tentara beroperasi di dekat Um Sayala" after "Tentara tidak pernah
        menargetkan warga sipil" contradicts it. One that itself denies ("confirmed that no
        shell was fired") backs the denial instead; one naming nothing the denial or its
        report names ("admitted that the soldiers' pay is late") admits something else."""
        return (
            "confirm" in confirmer.stances
            and confirmer.confirmed is None
            and "deny" in denial.stances
            and "deny" not in confirmer.stances
            and self._follows(confirmer, denial)
            and bool(self._shared(confirmer, denial, None))
        )

    def _reported_by(self, confirmer: ClaimFeatures, other: ClaimFeatures) -> bool:
        """Whether `other` is the word of the report `confirmer` confirms, told in one of
        its sources or citing a report: its speaker is named in the confirmation ("the Rights
        Watch Asia report"), or first cited a report earlier in the same source ("According
        to a report released Thursday by Rights Watch Asia")."""
        if other.speaker is None:
            return False
        sources = {source for source, _ in confirmer.positions}
        if not (other.cites or sources & {source for source, _ in other.positions}):
            return False
        mine = set(confirmer.actor)
        named = (*(e.key for e in confirmer.entities), *confirmer.confirmed_of)
        if any(keys_match(key, k) for key in named for k in other.actor if k not in mine):
            return True
        for source, index in confirmer.positions:
            earlier = [sp for i, sp in self._citers.get(source, ()) if i < index]
            if earlier and earlier[0] == other.speaker:
                return True
        return False

    def _rejects(self, denial: ClaimFeatures, other: ClaimFeatures) -> bool:
        """Whether a denial may deny `other`: one naming a report ("called the report
        'biased'") denies claims told in its own reports or by a speaker it names, not
        another town's toll or an ombudsman's words elsewhere."""
        if denial.rejected is None:
            return True
        together = _together(denial, other)
        # "назвал доклад миссии «необъективным»" denies the mission quoted in that report,
        # not the ministry's toll told just before it there.
        quoted = {sp for source in together for sp in self._voices[source]}
        if self._named_report(denial, quoted):
            return self._named_report(denial, {other.speaker})
        if together:
            return True
        # its speaker, not its side: "Armenia's attack on Barda" names no Armenian report;
        # but "the Armenian report" does
        side = side_keys(other.side)
        if any(keys_match(k, x) for k in denial.rejected_by for x in side):
            return True
        theirs = [
            k
            for k in other.actor
            if k not in denial.actor and not any(keys_match(k, x) for x in side)
        ]
        return any(keys_match(e.key, k) for e in denial.entities for k in theirs)

    def _aimed_elsewhere(self, accusation: ClaimFeatures, denial: ClaimFeatures) -> bool:
        """Whether an accusation accuses a party other than the denier's side: a name after
        the accusing word ("accused Turkey of …") that is the name of a speaker on another
        side than the denier's (a capital no speaker goes by, "обвинил Ереван", may be
        anyone's)."""
        return any(
            keys_match(t, a)
            for t in accusation.targets
            for sp, actor in self._actors_of.items()
            if self._side_of.get(sp) != denial.side
            for a in actor
        )

    def _named_report(self, denial: ClaimFeatures, speakers: set[str | None]) -> bool:
        """Whether the report a denial names is one of `speakers`' ("доклад миссии", "the
        Rights Watch report"): their claims are what it denies."""
        owners = [
            k
            for k in (*denial.rejected_by, *denial.rejected_of)
            if not any(keys_match(k, a) for a in denial.actor)
        ]
        return any(
            keys_match(k, a)
            for sp in speakers
            if sp is not None
            for a in self._actors_of.get(sp, ())
            for k in owners
        )

    def _places(self, f: ClaimFeatures, headline: bool = False) -> set[str]:
        """Keys of the names in a claim's own text that are not a speaker's or a side's (with
        `headline`, its headlines' when it names none and reports an attack or denies one:
        "the rockets hit a busy street" under "… rockets hit Barda", "called Baku's
        accusations a lie" under "… Missile on Ganja")."""
        own, context = self._content[f.id]
        places = {e.key for e in own if not e.key.startswith(CONCEPT_PREFIX)}
        feats = self.features[f.id]
        told = (
            "deny" in feats.stances
            or bool(_counts(feats))
            or any(e.key in ATTACK_WORDS for e in own)
        )
        if headline and not places and told:
            places = {e.key for e in context if not e.key.startswith(CONCEPT_PREFIX)}
        return places

    def _same_place(self, fa: ClaimFeatures, fb: ClaimFeatures, headline: bool = False) -> bool:
        """False when both claims name places and none is shared. With `headline`, a claim
        naming no place, set beside one that does, reports an attack where its headline says
        ("serangan itu merupakan aksi terorisme terhadap warga sipil" under "… Rudal ke Ganja"
        is not "Armenia's attack on Barda"); other words naming no place ("We will go to the
        end") are not parted by their headlines."""
        places_a, places_b = self._places(fa, headline), self._places(fb, headline)
        if places_a and places_b:
            return any(keys_match(x, y) for x in places_a for y in places_b)
        return True

    def _one_place(self, fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
        """Whether both claims are tied to one place, which one names in its own words: the
        other may name it in its own too or, a toll naming none, in the headline it is told
        under ("в результате обстрела погибли 27 мирных жителей" under "… обстреле рынка в
        Умм-Саяле", and "at least 61 civilians were killed … in Tuesday's attack on the
        market in Um Sayala"). Two tolls read under one headline are tied to nothing."""
        own_a, own_b = self._places(fa), self._places(fb)
        tied_a, tied_b = self._places(fa, True), self._places(fb, True)
        return any(keys_match(x, y) for x in own_a for y in tied_b) or any(
            keys_match(x, y) for x in tied_a for y in own_b
        )

    def _same_event(self, fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
        """Whether two counts may be of one event: one incident's toll ("a missile hit
        Ganja, killing 13") is no war total ("nearly 5,000 killed") nor another town's; it
        is the toll told of its place ("at least 61 killed in the attack on the market in Um
        Sayala", `_one_place`)."""
        if not self._same_place(fa, fb):
            return False
        incident_a = any(e.key in INCIDENT for e in fa.entities)
        incident_b = any(e.key in INCIDENT for e in fb.entities)
        if incident_a == incident_b or self._one_place(fa, fb):
            return True
        general, incident = (fb, fa) if incident_a else (fa, fb)
        return self._refers_back(general, incident)

    def _refers_back(self, later: ClaimFeatures, earlier: ClaimFeatures) -> bool:
        """Whether `later`, naming no place and no incident, follows `earlier` closely in one
        report with counts of the same order: "A missile hit the hospital, killing 471 …"
        then "an assessment put the likely death toll at 100 to 300" speaks of that strike;
        "nearly 5,000 killed" after "13 killed in Ganja" is the war's toll."""
        if self._places(later) or not _distance(later, earlier):
            return False
        if later.over_span:
            return False  # "killed across the region since the start of the month": a total
        return _same_order(later, earlier)

    def _rivals_total(self, fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
        """Whether a count beside a total ("The hospital director put the overall toll at
        21." / "… no more than five people had died.") is a rival figure for it, not a part
        it holds (`_holds`): told within `NEAR_SENTENCES` of it in one report, naming no
        incident, and of the same order; and naming no place of its own, unless it is a
        ceiling. A part is told by what was counted there ("at least 61 killed in the attack
        on the market" of "1,166 killed in Kordofan since January"); a ceiling ("no more than
        five", "General Kastan, of Kelmar, told …") bounds the whole toll. "Nearly 5,000
        killed so far" beside "13 killed" is another count."""
        total, count = (fa, fb) if fa.over_span else (fb, fa)
        if count.over_span or not (_distance(count, total) or _distance(total, count)):
            return False
        if any(e.key in INCIDENT for e in count.entities):
            return False
        ceiling = all(q.qualifier in ("at-most", "less-than") for q in _counts(count))
        if self._places(count) and not ceiling:
            return False
        return _same_order(count, total)

    def _one_event(self, fa: ClaimFeatures, fb: ClaimFeatures) -> tuple[bool, str]:
        """Whether two claims, one of a speaker without a side, are about one event, and the
        reason when it is their place in one report: one follows the other closely there ("A
        U.S. intelligence assessment put the likely death toll at …" after the ministry's
        toll), or both name one place or one kind of strike. That no place disagrees is not
        enough: such a speaker may be speaking of anything."""
        if not self._same_event(fa, fb):
            return False, ""
        gap = _distance(fa, fb) or _distance(fb, fa)
        if gap:
            return True, f"{gap} sentence{'s' if gap > 1 else ''} apart in the same report"
        own_a, own_b = self._content[fa.id][0], self._content[fb.id][0]
        named = any(  # a place; one kind of strike alone is two incidents (`EVENT_KINDS`)
            not e.key.startswith(CONCEPT_PREFIX) and _first_match(e, own_b) is not None
            for e in own_a
        )
        if not named and not (self._places(fa) or self._places(fb)):
            # two tolls naming no place, each under a headline on one town ("Маривка")
            heads_b = self._places(fb, True)
            for e in self._content[fa.id][1]:
                if e.key in self._places(fa, True) and any(keys_match(e.key, y) for y in heads_b):
                    return True, f"both under headlines on {e.surface}"
        return named, ""

    def _agreeing(self, fa: ClaimFeatures, fb: ClaimFeatures, near: str) -> list[LinkCandidate]:
        """A speaker without a side stating the other's figure for one event ("the UN put the
        toll at 471"): the later claim supports the earlier."""
        agree = [
            (x, y)
            for x in fa.quantities
            for y in fb.quantities
            if x.unit in COUNT_UNITS and _agree(x, y) and stated(x) == stated(y)
        ]
        if not agree:
            return []
        later, earlier = sorted((fa, fb), key=lambda f: (f.date or "", f.id), reverse=True)
        shared = self._shared(fa, fb, None)
        score = 0.4 + 0.4 * _strength(shared)
        x, y = agree[0]
        reasons = [self._no_side(fa, fb)]
        if "confirm" in later.stances:  # "the UN confirmed that at least 471 were killed"
            reasons.insert(0, f'confirmation ("{later.stances["confirm"]}")')
            score += 0.1
        reasons += [f"numbers agree: {describe(x)} / {describe(y)}", near or _shared_reason(shared)]
        return [LinkCandidate(later.id, earlier.id, "supports", round(min(score, 0.8), 3),
                              tuple(reasons))]  # fmt: skip

    def _follows(self, later: ClaimFeatures, earlier: ClaimFeatures) -> bool:
        """Whether `later` comes within a few sentences after `earlier` in one report, with
        no third side's claim between them ("Kremlin urges …; Baku says …; Yerevan denies"
        answers Baku, not the Kremlin)."""
        sides = {later.side, earlier.side, None}
        return any(
            sa == sb
            and 0 < ia - ib <= NEAR_SENTENCES
            and all(self._side_at.get((sa, k)) in sides for k in range(ib + 1, ia))
            for sa, ia in later.positions
            for sb, ib in earlier.positions
        )

    def _no_side(self, fa: ClaimFeatures, fb: ClaimFeatures) -> str:
        """The reason naming the speakers without a side: "speaker without a side (UN)"."""
        names = ", ".join(self._speaker_name(f.speaker) for f in (fa, fb) if not f.side)
        return f"speaker without a side ({names})"

    def _speaker_name(self, speaker_id: str | None) -> str:
        speaker = self.snapshot.speakers.get(speaker_id or "")
        return speaker.name if speaker else str(speaker_id)


def _signature(snapshot: Snapshot, claim: Claim) -> tuple:
    """Everything a claim's features depend on: equal signatures, equal features."""
    speaker = snapshot.speakers.get(claim.speaker or "")
    spans = []
    for st in snapshot.appearances(claim.id):
        src = snapshot.sources.get(st.source)
        spans.append((st.id, st.start, st.end, src and (src.lang, src.published, src.title)))
    return (claim, speaker, tuple(spans))


def _unaligned(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Whether two attributed claims meet with at least one speaker on no side."""
    return bool(fa.speaker and fb.speaker) and not (fa.side and fb.side)


def _together(fa: ClaimFeatures, fb: ClaimFeatures) -> set[str]:
    """The reports both claims are told in."""
    return {s for s, _ in fa.positions} & {s for s, _ in fb.positions}


def _blocking_keys(f: ClaimFeatures) -> Iterator[str]:
    """The keys a claim is filed under."""
    for e in f.entities:
        yield "e:" + block_key(e.key)
    for n in f.numbers:
        yield "n:" + n
    weeks = _weeks(f.date)
    for q in f.quantities:
        kind = count_kind(q)
        if kind is not None:
            # Any date: a ruling or a report months later often settles an earlier count.
            # In a large investigation this block outgrows `max_block` and is skipped; the
            # week keys still bring together the counts of one week and the next.
            yield f"q:{kind}"
            for w in weeks:
                yield f"q:{kind}:{w}"
    if "deny" in f.stances:  # meets accusations naming its side, that week or the one before
        for k in f.actor:
            yield f"t:{block_key(k)}:{weeks[0]}"
    if "accuse" in f.stances:
        for e in f.entities:
            for w in weeks:
                yield f"t:{block_key(e.key)}:{w}"
    if f.speaker:
        yield "s:" + f.speaker
    for source, _ in f.positions:
        yield "r:" + source
    for lang, text in f.texts:
        for word in text.split():
            if len(word) >= _RARE_WORD and not word.isdigit():
                yield f"w:{lang}:{word[:_RARE_WORD]}"


def _deny_alike(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Whether two denials deny nothing different: one names nothing denied, or both name
    one thing, or an attack on a place in other words within `ATTACK_DAYS` ("denied
    striking" / "опровергло обстрел"). Cluster munitions are not shelling."""
    if not (fa.denied and fb.denied) or fa.denied.keys() & fb.denied.keys():
        return True
    attacks = ATTACKS & fa.denied.keys() and ATTACKS & fb.denied.keys()
    return bool(attacks) and _days_apart(fa, fb, ATTACK_DAYS)


def _tells_attack(f: ClaimFeatures) -> bool:
    """Whether a claim tells (or denies) an attack in its own words (`ATTACK_WORDS`)."""
    return bool(f.denied) or any(e.key in ATTACK_WORDS for e in f.entities)


def _days_apart(fa: ClaimFeatures, fb: ClaimFeatures, days: int) -> bool:
    """Whether two claims are first told at most `days` apart. An undated claim is within no
    days of anything: a denial of striking a town, undated, is not one attack with each
    report of its shelling, whenever told (unlike `_one_week`, which a shared place or
    words back; here different words are all there is)."""
    if not (fa.date and fb.date):
        return False
    gap = dt.date.fromisoformat(fa.date) - dt.date.fromisoformat(fb.date)
    return abs(gap.days) <= days


@lru_cache(maxsize=4096)
def _day(date: str) -> int:
    return dt.date.fromisoformat(date).toordinal()


def _gap_days(fa: ClaimFeatures, fb: ClaimFeatures) -> int | None:
    """Days between the nearest reports of two claims (0 when one was told while the other
    was being told), None when either has no dated report."""
    if not (fa.date and fb.date):
        return None
    first_a, last_a = _day(fa.date), _day(fa.last_date or fa.date)
    first_b, last_b = _day(fb.date), _day(fb.last_date or fb.date)
    return max(0, first_b - last_a, first_a - last_b)


def _unrelated(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Whether two speakers' claims name nothing in common: no place, person or body either
    names in its words or headlines, and neither's speaker or side (`_names_and_actors`)."""
    if fa.speaker is not None and fa.speaker == fb.speaker:
        return False
    names_a, names_b = _names_and_actors(fa), _names_and_actors(fb)
    return not any(keys_match(x, y) for x in names_a for y in names_b)


def _names_and_actors(f: ClaimFeatures) -> set[str]:
    """Keys of every name tied to a claim: in its words, its headlines, its speaker's names
    and side (not the concepts, "#strike": a subject is no name)."""
    named = (e.key for e in (*f.entities, *f.context) if not e.key.startswith(CONCEPT_PREFIX))
    return {*named, *f.actor}


def _one_week(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Whether two claims are first told within a week or so of each other (or either has no
    date): each side's count of civilians at one town, months apart, is of two attacks."""
    if not (fa.date and fb.date):
        return True
    return bool(set(_weeks(fa.date)) & set(_weeks(fb.date)))


def _names_of(entities: tuple[Entity, ...]) -> list[str]:
    """The keys of the names among entities (not the concepts)."""
    return [e.key for e in entities if not e.key.startswith(CONCEPT_PREFIX)]


@lru_cache(maxsize=4096)
def _weeks(date: str | None) -> tuple[str, str]:
    """This ISO week and the next, so claims a week apart share one."""
    if not date:
        return ("?", "?")
    day = dt.date.fromisoformat(date)
    this, nxt = day.isocalendar(), (day + dt.timedelta(days=7)).isocalendar()
    return (f"{this.year}w{this.week}", f"{nxt.year}w{nxt.week}")


def _distance(later: ClaimFeatures, earlier: ClaimFeatures) -> int:
    """How many sentences `later` comes after `earlier` in a report they share, within
    `NEAR_SENTENCES` (0 when it does not follow it there)."""
    gaps = [
        ia - ib
        for sa, ia in later.positions
        for sb, ib in earlier.positions
        if sa == sb and 0 < ia - ib <= NEAR_SENTENCES
    ]
    return min(gaps, default=0)


def _first_match(entity: Entity, others: tuple[Entity, ...]) -> Entity | None:
    return next((o for o in others if keys_match(entity.key, o.key)), None)


def _shared_reason(shared: list[tuple[str, float]]) -> str:
    """The shared names and subjects, rarest first: "shared names: Martuni, Barda; subjects:
    cluster", or "shared subjects: shelling" when no name is shared ("" when nothing is)."""
    ranked = sorted(shared, key=lambda sw: (-sw[1], sw[0]))
    names = [s for s, _ in ranked if not s.startswith(CONCEPT_PREFIX)][:4]
    subjects = [s[1:] for s, _ in ranked if s.startswith(CONCEPT_PREFIX)][:3]
    if not names:
        return "shared subjects: " + ", ".join(subjects) if subjects else ""
    reason = "shared names: " + ", ".join(names)
    return reason + ("; subjects: " + ", ".join(subjects) if subjects else "")


def _similarity(fa: ClaimFeatures, fb: ClaimFeatures) -> tuple[float, float] | None:
    """Best similarity over same-language texts, with the token_set_ratio it comes from;
    None when no language is shared.

    token_set_ratio is 100 whenever one text's words are all in the other, so a short claim
    inside a long one that says much more ("the army would go to the end" / "... unless
    Armenia withdraws from all occupied districts and the talks resume in Moscow") scored as
    a duplicate (0.95). The larger the share of the longer text's words the shorter lacks,
    the lower the similarity may be, down to `LOWEST_CEILING`.
    """
    best: tuple[float, float] | None = None
    for la, ta in fa.texts:
        for lb, tb in fb.texts:
            if la != lb:
                continue
            # Texts were folded with rapidfuzz.utils.default_process when features were built.
            raw = fuzz.token_set_ratio(ta, tb, processor=None, score_cutoff=SAME_CLAIM_CUTOFF)
            ceiling = 100.0 - EXTRA_PENALTY * max(0.0, _extra(ta, tb) - FREE_EXTRA)
            sim = min(raw, max(LOWEST_CEILING, ceiling))
            if best is None or sim > best[0]:
                best = (sim, raw)
    return best


def _extra(ta: str, tb: str) -> float:
    """The share of the longer text's distinct words that the shorter lacks (0..1)."""
    short, long = sorted((set(ta.split()), set(tb.split())), key=len)
    return len(long - short) / len(long) if long else 0.0


def _clashes(
    fa: ClaimFeatures,
    fb: ClaimFeatures,
    one_place: Callable[[], bool] = lambda: False,
    rival: Callable[[], bool] = lambda: False,
) -> list[tuple[Quantity, Quantity]]:
    """Conflicting comparable quantities.

    Opposing sides counting a part (troops, civilians) usually count their own losses
    ("45 civilians" in Karabakh, "91 civilians" in Azerbaijan): not a contradiction, unless
    both count at one place in one week (27 and at least 61 civilians killed at one market),
    which `one_place` tells (asked only then: it costs more than the rest).
    Totals ("nearly 5,000 killed on both sides") are compared always; a total over a span
    holds the counts it may (`_holds`), unless `rival` says the count disputes it.
    """
    opposing = fa.side and fb.side and fa.side != fb.side
    span_a, span_b = fa.over_span, fb.over_span
    apart: bool | None = None
    rivals: bool | None = None
    out = []
    for x in fa.quantities:
        for y in fb.quantities:
            if opposing and x.subject in PARTS and y.subject in PARTS:
                if apart is None:
                    apart = not one_place()
                if apart:
                    continue
            if span_a != span_b and _holds(*((x, y) if span_a else (y, x))):
                if rivals is None:
                    rivals = comparable(x, y) and rival()
                if not rivals:
                    continue
            if conflicts(x, y):
                out.append((x, y))
    return out


def _same_order(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Whether each toll of one claim is within `SAME_ORDER` of one of the other's, each as
    stated ("no more than five" is 5, not 0)."""
    sizes = [[max(stated(q)[0], 1.0) for q in _counts(f)] for f in (fa, fb)]
    return all(sizes) and all(
        any(max(x, y) <= SAME_ORDER * min(x, y) for y in sizes[1]) for x in sizes[0]
    )


def _holds(total: Quantity, count: Quantity) -> bool:
    """Whether a total over a span or an area ("1,166 killed in Kordofan since January")
    may hold a count that names no span (an attack's "at least 61"): the count is a part of
    it, no rival figure. A count larger than the total ("nearly 5,000" against "1,166 since
    the war began") still disputes it."""
    return stated(count)[0] <= stated(total)[1]


def _other_numbers(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Whether the claims' numbers make them two claims: both count one thing and no value
    of one agrees with one of the other's ("24 crew" / "27 crew", "at least 1,200 tonnes" /
    "1,500 tonnes"), or no number is stated in both while each counts something of its own
    ("27 people on board" / "1,200 tonnes"). A figure only one gives ("seized 12 nautical
    miles off the coast") is a detail the other left out: it does not part claims whose
    names and other numbers agree."""
    if not (fa.quantities and fb.quantities):
        return False
    for x in fa.quantities:
        theirs = [y for y in fb.quantities if comparable(x, y)]
        mine = [z for z in fa.quantities if comparable(x, z)]
        if theirs and not any(_agree(z, y) for z in mine for y in theirs):
            return True
    if {stated(q) for q in fa.quantities} & {stated(q) for q in fb.quantities}:
        return False
    return any(map(count_kind, fa.quantities)) and any(map(count_kind, fb.quantities))


def _agree(x: Quantity, y: Quantity) -> bool:
    """Whether two quantities count one thing and one value as stated lies within the
    other: "about 5 km" is "5 km", and "a few km" (2–9) holds it; "at least 4 civilians
    killed" is not "at least 91" (another figure, though neither rules the other out)."""
    (xl, xh), (yl, yh) = stated(x), stated(y)
    return comparable(x, y) and ((xl <= yl and yh <= xh) or (yl <= xl and xh <= yh))


def _denial_pair(
    fa: ClaimFeatures, fb: ClaimFeatures
) -> tuple[ClaimFeatures | None, ClaimFeatures | None]:
    """(denial, the claim it denies) when exactly one of the two denies."""
    if "deny" in fa.stances and "deny" not in fb.stances:
        return fa, fb
    if "deny" in fb.stances and "deny" not in fa.stances:
        return fb, fa
    return None, None


def _names_target(claim: ClaimFeatures, denial: ClaimFeatures) -> bool:
    """Whether the claim names the denier or its side ("accused Azerbaijan").

    An accusation names its target right after the accusing word; other claims anywhere.
    """
    named = claim.targets or tuple(e.key for e in claim.entities)
    return any(
        keys_match(key, k) and names_only(key, claim.companions, denial.actor)
        for key in named
        for k in denial.actor
    )


def _stated_denied(denial: ClaimFeatures, claim: ClaimFeatures) -> Iterator[tuple[str, str]]:
    """(concept key, the claim's words for it) for each thing the claim states, undenied,
    that the denial says was not used or denies: "terbukti menggunakan peluru tajam" against
    "no live ammunition was used"."""
    for e in claim.entities:
        if e.key in denial.denied and e.key not in claim.denied:
            yield e.key, e.surface


_SEATED_IN = re.compile(r"\s(?:in|at|di|в|во)\s", re.IGNORECASE)
"""Where a body's name goes on to say where it sits ("UN Office in Kelmar", "Kedutaan Besar AS
di Kelmar", "Посольство США в Келмаре"): that place is not whose the body is."""


def _whose(name: str) -> str:
    """A body's name up to where it says where it sits (`_SEATED_IN`)."""
    return _SEATED_IN.split(name, maxsplit=1)[0]


def _calls_only(claim: ClaimFeatures) -> bool:
    """Whether a claim only calls on someone to act ("urged both sides to allow an
    independent investigation", "призвал Остравию и Келмар допустить экспертов"): it
    accuses nobody and tells no attack or toll, so naming the parties it calls on does not
    make it a report their denial answers. "Urged Azerbaijan to stop shelling Stepanakert"
    tells the shelling."""
    keys = {e.key for e in claim.entities}
    return (
        "#urge" in keys
        and "accuse" not in claim.stances
        and not keys & ATTACK_WORDS
        and not _counts(claim)
    )


def _not_before(denial: ClaimFeatures, accusation: ClaimFeatures) -> bool:
    return not (denial.date and accusation.date and denial.date < accusation.date)


def _strength(shared: list[tuple[str, float]]) -> float:
    """0..1 from the IDF weights of shared names: one rare name ≈ 0.6, two ≈ 0.85."""
    return 1.0 - math.exp(-2.0 * sum(w for _, w in shared))


def _by_block(keys: Iterable[str]) -> dict[str, list[str]]:
    """`keys` by their `block_key`: keys that match share it."""
    out: dict[str, list[str]] = {}
    for key in keys:
        out.setdefault(key[:MIN_SHARED_PREFIX], []).append(key)
    return out


def _without(entities: tuple[Entity, ...], actors: dict[str, list[str]]) -> tuple[Entity, ...]:
    """`entities` less those naming one of `actors` (`_by_block`). Each entity is compared
    with the actors of its block only, and most name none of them: comparing every pair
    was ~45% of a 100k desk's suggestions (13.7M calls of `keys_match`)."""
    if not any(e.key[:MIN_SHARED_PREFIX] in actors for e in entities):
        return entities
    return tuple(
        e
        for e in entities
        if not any(keys_match(e.key, k) for k in actors.get(e.key[:MIN_SHARED_PREFIX], ()))
    )


def _may_answer(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Whether one claim's stance can answer the other's (a denial, a confirmation, a
    count disputed)."""
    deny = ("deny" in fa.stances) != ("deny" in fb.stances)
    dispute = ("dispute" in fa.stances and _counts(fb)) or ("dispute" in fb.stances and _counts(fa))
    return deny or bool(dispute) or "confirm" in fa.stances or "confirm" in fb.stances


def _supports_same_side(
    fa: ClaimFeatures,
    fb: ClaimFeatures,
    own: float,
    ent: float,
    places: str,
    denied: str | None = None,
) -> list[LinkCandidate]:
    """Same side, not the same claim: later supports earlier when names are in both claims'
    own words, their numbers agree, or both deny one accusation (`denied`, the reason)."""
    agree = [(x, y) for x in fa.quantities for y in fb.quantities if _agree(x, y)]
    if own < 0.5 and not agree and denied is None:
        return []
    later, earlier = sorted((fa, fb), key=lambda f: (f.date or "", f.id), reverse=True)
    score = 0.1 + 0.5 * ent + (0.15 if agree else 0.0) + (0.35 if denied else 0.0)
    if fa.speaker == fb.speaker:
        score *= 0.8
    reasons = [f"same side ({fa.side})"]
    if denied:
        reasons.append(denied)
    if places:
        reasons.append(places)
    if agree:
        x, y = agree[0]
        reasons.append(f"numbers agree: {describe(x)} / {describe(y)}")
    return [LinkCandidate(later.id, earlier.id, "supports", round(min(score, 0.8), 3),
                          tuple(reasons))]  # fmt: skip


def _counts(f: ClaimFeatures) -> list[Quantity]:
    """The claim's tolls (killed, wounded, missing) of everyone or of one side's troops or
    civilians: a count said to be inflated or too low is one of these, not "2 drivers
    killed", "9 children killed" or "tens of thousands displaced"."""
    return [q for q in f.quantities if q.unit in TOLL_UNITS and q.subject in _TOLL_SUBJECTS]


def _shared_units(fa: ClaimFeatures, fb: ClaimFeatures) -> set[str]:
    """Units both claims count with agreeing (comparable, not conflicting) quantities."""
    return {
        x.unit or ""
        for x in fa.quantities
        for y in fb.quantities
        if comparable(x, y) and not conflicts(x, y)
    }


def _same_count(fa: ClaimFeatures, fb: ClaimFeatures) -> set[str]:
    """Units of counts (killed, wounded …) both claims state with one number, whoever is
    counted: one speaker's "200 patients wounded" in one language is the "200 people
    wounded" of the other, though patients and people are not compared as one group."""
    return {
        x.unit
        for x in fa.quantities
        for y in fb.quantities
        if x.unit in COUNT_UNITS and x.unit == y.unit and stated(x) == stated(y)
    }


def _said(q: Quantity, f: ClaimFeatures) -> str:
    """A quantity of `f` in a reason; one read from others (a sum, a group's toll: see
    `ClaimFeatures.derived`) shows what it was read from."""
    return f"{q.text} = {describe(q)}" if q in f.derived else describe(q)


def _numeric(key: str) -> float:
    try:
        return float(key.rstrip("%").split("-")[0])
    except ValueError:
        return 0.0


def _pretty(key: str) -> str:
    share = "%" if key.endswith("%") else ""
    return "–".join(f"{float(p):,g}" for p in key.rstrip("%").split("-")) + share
