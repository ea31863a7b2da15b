"""What the suggester knows about a claim: names, numbers, quantities, stance, report position."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import utils

from claimtrack.model import Claim, Quantity, Statement
from claimtrack.quantities import (
    COUNT_UNITS,
    OTHERS,
    THEM,
    TOTAL_SUBJECTS,
    UNBOUNDED,
    extract_quantities,
    stated,
    totals,
)
from claimtrack.snapshot import Snapshot
from claimtrack.suggest.concepts import (
    concepts_of,
    denied_after,
    negated_concepts,
    phrase_stances,
)
from claimtrack.suggest.lexicon import ENTITY_STOPWORDS, StanceCues, keys_match, phonetic_key

MAX_TEXTS = 3
"""Appearances read per claim: the earliest in each language, at most this many. A claim's
appearances report the same thing; reading all of a popular claim's would be slow."""

TOLL_UNITS = frozenset({"killed", "wounded", "missing"})
"""What a war's toll counts: those displaced, captured or detained are other counts."""

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
_SPAN = re.compile(
    r"\b(?:since|across|overall|in total|so far|to date|sejak|selama|secara keseluruhan"
    r"|всего|с начала|за время|за все время)\b"
)
"""Words making a count a total over a span or an area, not one incident's toll."""
_COMPARED_REACH = 6
"""Words before a span word in which a superlative makes it a comparison ("the deadliest
attack on civilians since the war began" is one attack's toll, not a total since then)."""
_SUPERLATIVE = re.compile(
    r"(?!(?:w|r|t|prot|arr|requ|inter|sugg|for|harv|cont|inv|hon|mod|manif|dig|gu|qu|n|ch|v"
    r"|unr|conqu|inqu)est$)"  # "-est" words that compare nothing ("protest", "west")
    r"(?:worst|best|most|first|\w{2,}est"
    r"|paling|pertama|ter(?:buruk|besar|tinggi|parah|berat|banyak|mematikan)"
    r"|впервые|сам(?:ый|ая|ое|ые|ого|ой|ым|ых|ую)|перв(?:ый|ая|ое|ые|ого|ой|ым|ых)"
    r"|крупнейш\w*|худш\w*|наибол\w*)"
)
"""A superlative: "deadliest", "worst", "first", "terburuk", "самая", "крупнейший"."""


def over_span(text: str) -> bool:
    """Whether `text` (lower case) counts over a span or an area (`_SPAN`), not compares one
    incident with those of a span ("the worst massacre since the war began")."""
    for found in _SPAN.finditer(text):
        before = _WORD_RE.findall(text[: found.start()])[-_COMPARED_REACH:]
        if not any(_SUPERLATIVE.fullmatch(word) for word in before):
            return True
    return False


_DATELINE = re.compile(
    r"^\s*[A-ZА-ЯЁ]{3,}(?:[/ ][A-ZА-ЯЁ]{3,})*(?:\s*\([^)]{0,40}\))?(?:,[^—–\-\n]{0,40})?\s*[—–-]\s+"
)


@dataclass(frozen=True, slots=True)
class Entity:
    """A name in a claim: its phonetic key and how it was first written."""

    key: str
    surface: str


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """Everything the suggester compares, computed once per claim."""

    id: str
    speaker: str | None
    side: str | None
    date: str | None
    langs: tuple[str, ...]
    texts: tuple[tuple[str, str], ...]
    """(lang, text pre-processed by rapidfuzz.utils.default_process) per appearance read."""
    entities: tuple[Entity, ...]
    """Names in the claim's own text, and the concepts it is about ("#cluster")."""
    context: tuple[Entity, ...]
    """Names in the headlines of the reports it appears in (weaker evidence)."""
    actor: tuple[str, ...]
    """Entity keys naming the speaker or its side: whom an accusation against it names."""
    numbers: frozenset[str]
    quantities: tuple[Quantity, ...]
    """The claim's quantities (extracted when the analyst recorded none) and their totals."""
    stances: dict[str, str]
    """"accuse"/"deny"/"confirm"/"dispute" → the cue word or phrase that showed it."""
    targets: tuple[str, ...]
    """Entity keys right after an accusing word: whom the claim accuses."""
    positions: tuple[tuple[str, int], ...]
    """(source id, sentence index) of each appearance read."""
    denied: dict[str, str]
    """Concept keys of what the claim says was not used or denies ("#live-ammunition") →
    the words that say so ("no live ammunition"): a claim stating it is contradicted."""
    confirmed: str | None = None
    """The report a confirmation names ("the report 'confirms everything'"), as written:
    it supports that report's claims, not whatever came just before it."""
    confirmed_of: tuple[str, ...] = ()
    """Keys of the words just after that report word ("доклад **миссии** подтверждает")."""
    cites: bool = False
    """Whether the claim's words name a report ("According to a report by …")."""
    over_span: bool = False
    """Whether it counts over a span or an area ("1.166 orang di Kordofan sejak Januari",
    "killed so far"): a total, not one incident's toll."""
    rejected: str | None = None
    """The report a denial names ("called the report 'biased'"), as written: it denies that
    report, not every claim of the other side."""
    rejected_by: tuple[str, ...] = ()
    """Keys of the names just before that report word ("the **Armenian** report"): whose
    report it is."""
    rejected_of: tuple[str, ...] = ()
    """Keys of the words just after it, of any case ("доклад **миссии**", "laporan **misi**
    itu"): whose report it may be, when one of them names a speaker of that source."""
    derived: frozenset[Quantity] = frozenset()
    """Those of `quantities` read from others, their `text` the words they were read from: a
    sum of parts ("1,166 troops killed + 45 civilians killed") or a group's toll read as one
    of people (`group_tolls`: "17 staff and patients")."""
    companions: dict[str, frozenset[str]] = field(default_factory=dict)
    """Entity key → the keys written beside it in one run of capitalised words ("nusa" →
    {"east", "tengara"} in "East Nusa Tenggara"): a word shared with a speaker's name names
    that speaker only when its neighbours are of that name too (`names_only`)."""
    last_date: str | None = None
    """Publication date of its latest dated appearance (`date` is the earliest): a claim
    retold years later is in the news then too (`suggester.EVENT_GAP_DAYS`)."""


# A relative clause after a comma whose subject is another party: "…, which Jakarta denied",
# "…, yang dibantah Jakarta", "…, что отрицает Москва".
_RELATIVES = frozenset({"which", "what", "yang", "которое", "которые", "который", "которую"})
# "что" is relative only when its verb comes first ("…, что отрицает Москва"); before a name
# it opens what was said ("заявила, что Москва отвергает обвинения" is her denial).
_VERB_FIRST_RELATIVES = frozenset({"что", "чего"})
_RELATIVE_WINDOW = 4


_APPOSITIVES = frozenset({"claim", "allegation", "accusation", "charge", "klaim", "tuduhan",
                          "tudingan", "заявление", "утверждение", "обвинение"})  # fmt: skip
"""Nouns that, set off by a comma, sum up what was said before another party's reaction to
it: "…, a claim Yerevan has dismissed", "…, klaim yang dibantah Yerevan"."""
_ARTICLES = frozenset({"a", "an", "the", "sebuah", "suatu"})


def _after_comma(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """Whether word `i` follows a comma, an article between them at most."""
    start = matches[i].start()
    if i > 0 and matches[i - 1].group().casefold() in _ARTICLES:
        start = matches[i - 1].start()
    return text[:start].rstrip().endswith(",")


def _clause_end(text: str, matches: list[re.Match[str]], i: int) -> int:
    """The index of the first word after word `i` that a comma or a full stop precedes."""
    for k in range(i + 1, len(matches)):
        if re.search(r"[,;.!?]", text[matches[k - 1].end() : matches[k].start()]):
            return k
    return len(matches)


def own_words(text: str) -> list[str]:
    """The folded words of a claim that can show its own stance: not those of a relative
    clause reporting another party's reaction ("…, which Jakarta denied" is no denial by the
    claim's speaker), while "…, which it called groundless" (no name) still is."""
    matches = list(_WORD_RE.finditer(text))
    skip: set[int] = set()
    for i, m in enumerate(matches):
        word = m.group().casefold()
        appositive = word in _APPOSITIVES and _after_comma(text, matches, i)
        if appositive:
            word = "which"  # "…, a claim Yerevan has dismissed": "…, which Yerevan dismissed"
        if word not in _RELATIVES | _VERB_FIRST_RELATIVES:
            continue
        if not (word == "which" or text[: m.start()].rstrip().endswith(",")):
            continue
        window = range(i + 1, min(len(matches), i + 1 + _RELATIVE_WINDOW))
        if word in _VERB_FIRST_RELATIVES and (not window or matches[i + 1].group()[0].isupper()):
            continue
        if any(matches[k].group()[0].isupper() for k in window):
            if appositive:  # "…, a claim Russian officials did not confirm": to its end
                window = range(i + 1, _clause_end(text, matches, i))
            skip.update(window)
    return [m.group().casefold() for i, m in enumerate(matches) if i not in skip]


def entities_of(
    text: str, *, openers: bool = False, known: frozenset[str] = frozenset()
) -> list[Entity]:
    """Capitalised words and acronyms that are not titles or sentence openers, as keys.

    A sentence-initial word counts when it looks like a name (all caps, inner capitals),
    when its key is `known` (the report names it mid-sentence), or when `openers` is set
    (for names, not prose). In a Title-Case Headline only such words count.
    """
    words = list(_WORD_RE.finditer(text))
    headline = _title_case(words)
    out: list[Entity] = []
    for m in words:
        word = m.group()
        if not word[0].isupper() and "-" not in word:
            continue  # most words: no part of them can be a name
        opener: bool | None = None  # looked up only for a candidate part
        for part in word.split("-") if "-" in word else (word,):
            if len(part) < 3 or not part[0].isupper() or part.isdigit():
                continue
            if part.casefold() in ENTITY_STOPWORDS:
                continue
            key = phonetic_key(part)
            if len(key) < 3:
                continue
            if opener is None:
                opener = headline or _opens_sentence(text, m.start())
            if opener and not (openers or _is_name_like(part) or key in known):
                continue
            out.append(Entity(key, part))
    return out


def name_companions(text: str) -> dict[str, frozenset[str]]:
    """Each name key of `text` → the other name keys of the run of capitalised words it is
    written in, when the run has more than one ("East Nusa Tenggara": "nusa" → {"east",
    "tengara"}). Words of the run that are no name ("Ministry") are left out."""
    out: dict[str, set[str]] = {}
    run: list[str] = []
    end = -1
    for m in [*_WORD_RE.finditer(text), None]:
        joined = m is not None and m.group()[0].isupper() and not text[end : m.start()].strip()
        if not joined:
            if len(run) > 1:
                for key in run:
                    out.setdefault(key, set()).update(k for k in run if k != key)
            run = []
        if m is None or not m.group()[0].isupper():
            end = -1 if m is None else m.end()
            continue
        end = m.end()
        for part in m.group().split("-"):
            if len(part) >= 3 and part[0].isupper() and part.casefold() not in ENTITY_STOPWORDS:
                key = phonetic_key(part)
                if len(key) >= 3:
                    run.append(key)
    return {key: frozenset(others) for key, others in out.items() if others}


def names_only(key: str, companions: dict[str, frozenset[str]], names: Iterable[str]) -> bool:
    """Whether the claim's `key` names what `names` (keys) name, with every word written
    beside it: "Nusa" in "East Nusa Tenggara" is no "PT Karya Nusa Beton"."""
    return all(any(keys_match(o, n) for n in names) for o in companions.get(key, ()))


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` starts a sentence (or a quotation)."""
    k = at - 1
    while k >= 0 and text[k] in " \t\n\"“«„'‘(":
        if text[k] in '"“«„‘':
            return True
        k -= 1
    return k < 0 or text[k] in ".!?…:"


def _is_name_like(word: str) -> bool:
    """All caps ("OSCE") or inner capitals ("McCain"): a name even at a sentence start."""
    return word.isupper() or any(c.isupper() for c in word[1:])


def _title_case(words: list[re.Match[str]]) -> bool:
    alpha = [m.group() for m in words if m.group()[0].isalpha()]
    return len(alpha) >= 3 and sum(w[0].isupper() for w in alpha) >= 0.7 * len(alpha)


def strip_dateline(text: str) -> str:
    """Text without a leading dateline ("BAKU, Warta Nusantara - ", "STEPANAKERT — ")."""
    return _DATELINE.sub("", text, count=1)


def _distinct(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return tuple(seen.values())


class FeatureBuilder:
    """Builds `ClaimFeatures` for the claims of one snapshot, sharing per-source work."""

    def __init__(self, snapshot: Snapshot, cues: StanceCues) -> None:
        self.snapshot = snapshot
        self.cues = cues
        self._index: dict[str, int] = {}
        self._by_source: dict[str, list[Statement]] | None = None
        self._sorted: set[str] = set()
        self._headlines: dict[str, tuple[Entity, ...]] = {}
        self._names: dict[str, frozenset[str]] = {}

    def sentence_index(self, st: Statement) -> int:
        """The position of a statement among its source's statements (0 = first)."""
        if st.id not in self._index:
            ordered = self._ordered(st.source) or [st]
            self._index.update((s.id, i) for i, s in enumerate(ordered))
        return self._index[st.id]

    def _ordered(self, source_id: str) -> list[Statement]:
        """A source's statements in reading order."""
        if self._by_source is None:
            self._by_source = {}
            for other in self.snapshot.statements.values():
                self._by_source.setdefault(other.source, []).append(other)
        statements = self._by_source.get(source_id, [])
        if source_id not in self._sorted:  # when first read: after one new article, its own
            statements.sort(key=lambda s: s.start)
            self._sorted.add(source_id)
        return statements

    def before(self, source_id: str, index: int, count: int) -> list[str]:
        """The texts of the `count` statements before the `index`-th of a source (attributed
        or not): what a reply there answers."""
        ordered = self._ordered(source_id)
        return [self.snapshot.text(st) for st in ordered[max(0, index - count) : index]]

    def names(self, source_id: str) -> frozenset[str]:
        """Keys of the words a report capitalises mid-sentence: its names.

        Read line by line, so a Title-Case line in the body (a saved page often repeats its
        headline: "Presiden Azerbaijan Bersumpah Akan Merebut ...") counts only its name-like
        words, not "Bersumpah" and "Akan"."""
        if source_id not in self._names:
            src = self.snapshot.sources.get(source_id)
            lines = src.text.split("\n")[1:] if src else []
            self._names[source_id] = frozenset(e.key for line in lines for e in entities_of(line))
        return self._names[source_id]

    def headline(self, source_id: str) -> tuple[Entity, ...]:
        """Entities of a source's title (or first line)."""
        if source_id not in self._headlines:
            src = self.snapshot.sources.get(source_id)
            title = (src.title or src.text.split("\n", 1)[0]) if src else ""
            self._headlines[source_id] = _distinct(entities_of(title, known=self.names(source_id)))
        return self._headlines[source_id]

    def build(self, claim: Claim) -> ClaimFeatures:
        """The features of one claim."""
        snap = self.snapshot
        chosen = _pick(snap, snap.appearances(claim.id))
        texts, ents, ctx, positions, langs = [], [], [], [], []
        written: list[str] = []  # the texts as written, for the words after a number
        quantities: list[Quantity] = list(claim.quantities)
        stances: dict[str, str] = {}
        denied: dict[str, str] = {}
        confirmed: str | None = None
        confirmed_of: list[str] = []
        rejected: str | None = None
        rejected_by: list[str] = []
        rejected_of: list[str] = []
        cites = False
        targets: list[str] = []
        companions: dict[str, frozenset[str]] = {}
        speaker = snap.speakers.get(claim.speaker) if claim.speaker else None
        names = speaker.names if speaker else ()
        actor = {e.key for name in names for e in entities_of(name, openers=True)}
        actor.update(side_keys(speaker.side if speaker else None))
        for st in chosen:
            src = snap.sources[st.source]
            text = strip_dateline(snap.text(st))
            texts.append((src.lang, utils.default_process(text)))
            written.append(text)
            langs.append(src.lang)
            found = entities_of(text, known=self.names(st.source))
            ents.extend(found)
            for key, others in name_companions(text).items():
                companions[key] = companions.get(key, frozenset()) | others
            # What it is about, across languages ("bom tandan" / "cluster munitions").
            ents.extend(Entity(key, surface) for key, surface in concepts_of(text))
            ctx.extend(self.headline(st.source))
            positions.append((st.source, self.sentence_index(st)))
            if not claim.quantities:
                quantities.extend(extract_quantities(text, src.lang))
            words = own_words(_without_reply(text, actor, self.cues))
            shown = self.cues.stances(words)
            for stance, word in shown.items():
                stances.setdefault(stance, word)
            negated = negated_concepts(text)
            after = denied_after(words, self._denies) if "deny" in shown else {}
            for said in (negated, after):
                for key, phrase in said.items():
                    denied.setdefault(key, phrase)
            cites = cites or any(map(_is_report, words))
            if confirmed is None and "confirm" in stances:
                confirmed = _report_near(words, stances["confirm"])
                confirmed_of = _following(text, confirmed) if confirmed else []
            if rejected is None and "deny" in shown:
                rejected = _report_near(words, shown["deny"])
                rejected_by = _owners(text, rejected, found) if rejected else []
                rejected_of = _following(text, rejected) if rejected else []
            for stance, phrase in phrase_stances(text, negated).items():  # "not a defeat"
                stances.setdefault(stance, phrase)
            if "accuse" in stances:
                targets.extend(_after(text, stances["accuse"], found))
        if not chosen:
            texts.append(("und", utils.default_process(claim.summary)))
            written.append(claim.summary)
            ents.extend(entities_of(claim.summary))
        quantities = _dedupe(quantities)
        numbers = frozenset(k for k in map(_number_key, quantities) if k)
        derived = [*totals(quantities), *group_tolls(quantities, written)]
        quantities += derived
        own = _distinct(ents)
        own_keys = {e.key for e in own}
        return ClaimFeatures(
            id=claim.id,
            speaker=claim.speaker,
            side=party(snap.side(speaker)),
            date=snap.first_date(claim.id),
            langs=tuple(dict.fromkeys(langs)),
            texts=tuple(texts),
            entities=own,
            context=tuple(e for e in _distinct(ctx) if e.key not in own_keys),
            actor=tuple(sorted(actor)),
            companions=companions,
            numbers=numbers,
            quantities=tuple(quantities),
            stances=stances,
            targets=tuple(dict.fromkeys(targets)),
            positions=tuple(positions),
            denied=denied,
            confirmed=confirmed,
            confirmed_of=tuple(confirmed_of),
            cites=cites,
            over_span=any(over_span(text) for _, text in texts),
            rejected=rejected,
            rejected_by=tuple(rejected_by),
            rejected_of=tuple(rejected_of),
            derived=frozenset(derived),
            last_date=_last_date(snap, claim.id),
        )

    def _denies(self, word: str) -> bool:
        return self.cues.shows("deny", word)


def _last_date(snap: Snapshot, claim_id: str) -> str | None:
    """Publication date of a claim's latest dated appearance (ISO dates sort as dates)."""
    dates = [
        src.published
        for st in snap.appearances(claim_id)
        if (src := snap.sources.get(st.source)) is not None and src.published
    ]
    return max(dates) if dates else None


_REPORTS = frozenset(("report", "reports", "findings", "laporan", "laporannya", "temuan",
                      "temuannya"))  # fmt: skip
_REPORT_STEMS = ("доклад", "отчет", "отчёт")
_REPORT_WINDOW = 4
"""Words either side of a confirming word in which a report is what it confirms."""


def _is_report(word: str) -> bool:
    return word in _REPORTS or word.startswith(_REPORT_STEMS)


def _report_near(words: list[str], cue: str) -> str | None:
    """The report named within a few words of the confirming word `cue`, if any: "the
    report 'confirms everything'", "membenarkan laporan itu", "подтвердил доклад"."""
    for i, word in enumerate(words):
        if word == cue:
            near = words[max(0, i - _REPORT_WINDOW) : i + 1 + _REPORT_WINDOW]
            return next((w for w in near if _is_report(w)), None)
    return None


def _owners(text: str, report: str, entities: list[Entity]) -> list[str]:
    """Keys of the names in the few words before a report word ("the Armenian report",
    "Armenia's report"): whose report a denial names."""
    at = text.casefold().find(report)
    if at < 0:
        return []
    window = " ".join(text[:at].split()[-3:])
    return [e.key for e in entities if e.surface in window]


MIN_OWNER_KEY = 4
"""Shorter keys ("itu", "of") name nobody."""


def _following(text: str, report: str) -> list[str]:
    """Keys of the two words after a report word, lower-case ones too: in Russian and
    Indonesian the owner follows ("доклад миссии", "laporan misi itu")."""
    at = text.casefold().find(report)
    if at < 0:
        return []
    words = _WORD_RE.findall(text[at:])[1:3]
    return [key for key in map(phonetic_key, words) if len(key) >= MIN_OWNER_KEY]


def _after(text: str, cue: str, entities: list[Entity]) -> list[str]:
    """Keys of the first entity within a few words after the cue word ("accused Turkey")."""
    at = text.casefold().find(cue)
    if at < 0:
        return []
    window = " ".join(text[at:].split()[1:5])
    return [e.key for e in entities if e.surface in window][:1]


NO_PARTY = frozenset({"neutral", "none", "no side", "independent", "n/a", "-", "netral",
                      "tidak ada", "independen", "нейтральный", "нейтральная", "нейтральные",
                      "нейтральное", "нет", "независимый", "независимая"})  # fmt: skip
"""Sides an analyst types for a speaker who takes none (the Red Cross, a rights group)."""


def side_keys(side: str | None) -> list[str]:
    """Keys of the names in a side, however it was typed: "--side armenia" names Armenia as
    "Armenia" does (a side is one whatever its case, `model.side_key`, but `entities_of`
    finds names by their capital). A side that is no party ("neutral") names nobody."""
    if party(side) is None:
        return []
    written = " ".join(w[:1].upper() + w[1:] for w in (side or "").split())
    return [e.key for e in entities_of(written, openers=True)]


def party(side: str | None) -> str | None:
    """The side a speaker argues for, None for a bystander: "neutral" is no party to the
    conflict, so the Red Cross's words are not "the other side's" to deny, and two rights
    groups are not allies supporting each other by default."""
    if side is None or " ".join(side.casefold().split()) in NO_PARTY:
        return None
    return side


_REPLY_TAIL = re.compile(r"[,;]\s*([A-ZА-ЯЁ][\w'’-]*)((?:\s+[\w'’-]+){0,4})\s*[.!?]?\s*$")
"""A short last clause opening with a name: "…, Armenia Membantah", "…; Karabakh confirms
loss of town", "…, Yerevan denied."."""


def _without_reply(text: str, actor: set[str], cues: StanceCues) -> str:
    """The text without a last clause in which another party answers it: "Azerbaijan Klaim
    Rebut Kota Strategis Shushi, Armenia Membantah" is Azerbaijan's claim, not its denial
    (a clause naming the speaker's own side, "…, Hajiyev denied", is kept)."""
    m = _REPLY_TAIL.search(text)
    if m is None:
        return text
    key = phonetic_key(m.group(1))
    if any(keys_match(key, a) for a in actor) or not cues.stances(_words_of(m.group(0))):
        return text
    return text[: m.start()]


def _words_of(text: str) -> list[str]:
    return [w.casefold() for w in _WORD_RE.findall(text)]


def _pick(snap: Snapshot, appearances: list[Statement]) -> list[Statement]:
    """The earliest appearance in each language, up to MAX_TEXTS."""
    first_per_lang: dict[str, Statement] = {}
    for st in appearances:
        src = snap.sources.get(st.source)
        if src is not None:
            first_per_lang.setdefault(src.lang, st)
    return list(first_per_lang.values())[:MAX_TEXTS]


def _dedupe(quantities: Iterable[Quantity]) -> list[Quantity]:
    seen: dict[tuple, Quantity] = {}
    for q in quantities:
        seen.setdefault((q.low, q.high, q.unit, q.subject, q.qualifier), q)
    return list(seen.values())


_GROUP_REACH = 3
"""Words a group's nouns before the joining word take at most ("medical staff members and")."""
_GROUP_NOUN = r"[^\W\d_][\w'’-]*"
_GROUP_AFTER = re.compile(
    rf"\s+((?:{_GROUP_NOUN}\s+){{1,{_GROUP_REACH}}}?(?:and|dan|serta|и|&)\s+{_GROUP_NOUN})",
    re.IGNORECASE,
)
"""Right after a number, a group of nouns joined by "and", up to the first word after it."""
_NOT_A_GROUP = frozenset(COUNT_UNITS | TOTAL_SUBJECTS | {THEM, OTHERS})
"""Subjects that are no group of people: everyone already, or some of another count ("17 of
them")."""


def group_tolls(quantities: list[Quantity], texts: Iterable[str]) -> list[Quantity]:
    """Tolls of a group of nouns joined by "and" ("17 staff and patients died", "17 staf dan
    pasien tewas", "погибли 17 сотрудников и пациентов") read as tolls of people, at least
    that many: the extractor names one noun of the group ("patients"), which is compared with
    patients only, so a hospital's "17 staff and patients" never met the other side's "no
    more than five people". At least, not exactly: others may have died too (passers-by), so
    a larger total ("40 people") holds it. Each is read from the first text in `texts` whose
    number the group follows; its `text` is the words it was read from. Not a count of
    another group after "and" ("12 soldiers and two civilians"), nor a bound from above
    ("up to 17 …")."""
    out = []
    for q in quantities:
        if q.unit not in TOLL_UNITS or q.subject in _NOT_A_GROUP or not q.text:
            continue
        if q.qualifier in ("at-most", "less-than"):
            continue
        others = {o.text.split()[0].casefold() for o in quantities if o is not q and o.text}
        for text in texts:
            group = _group_after(text, q.text)
            if group and group.split()[-1].casefold() not in others:
                read = f"{q.text} {group}"
                out.append(Quantity(q.low, UNBOUNDED, q.unit, "people", "at-least", read))
                break
    return out


def _group_after(text: str, number: str) -> str | None:
    """The group of nouns joined by "and" right after `number`, as written in `text` ("staff
    and patients"), up to the first word after the joining word; None when none follows it.
    (One pattern for every number: one compiled per number cost more than the rest of a
    claim's features.)"""
    at = text.find(number)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            found = _GROUP_AFTER.match(text, at + len(number))
            if found:
                return found.group(1)
        at = text.find(number, at + 1)
    return None


def _number_key(q: Quantity) -> str:
    """A key for the number as stated ("1166", "2000-9999"); small counts say little."""
    lo, hi = stated(q)
    if hi < 3:
        return ""
    key = f"{lo:g}" if lo == hi else f"{lo:g}-{hi:g}"
    return key + "%" if q.unit == "percent" else key  # a share is never a count: "70%" ≠ "70"
