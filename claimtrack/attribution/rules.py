"""Per-sentence attribution rules: who is the subject of the cue, or what it points back to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.attribution.aliases import AliasIndex, Mention
from claimtrack.attribution.cues import Cue, Lexicon, starts_with
from claimtrack.attribution.text import Folded, Token, fold, fold_str, tokenize

# Quotes, dashes, colons and semicolons end the clause a subject can belong to.
_CLAUSE_BREAK_RE = re.compile(r"[\"“”«»„;:]|\s[—–-]\s|—|–")
# A speaker named after the cue runs to the next punctuation mark.
_PHRASE_END_RE = re.compile(r"[,.;:!?\"“”«»„()]|\s[—–-]\s|—|–")
_INVERSION_MARKS = frozenset(',"“”«»—–:')
MAX_NAME_WORDS = 8

SCORE_SUBJECT = 0.9
SCORE_INVERTED = 0.85
SCORE_QUOTED_BY = 0.85
SCORE_HEADLINE = 0.7
SCORE_STATEMENT = 0.7
SCORE_PROPOSAL = 0.5


@dataclass(frozen=True, slots=True)
class Finding:
    """What one sentence says about its speaker, before carry-over is resolved.

    `kind` is "mention" (a registered speaker), "carry" (refers back: pronoun, short form or
    trailing cue; `refers`/`kinds` filter the antecedent) or "propose" (an unregistered name).
    """

    kind: str
    cue: str
    how: str
    score: float
    surface: str
    speaker: str | None = None
    refers: str = "any"
    kinds: tuple[str, ...] = ()
    voiced: bool = False
    """A body speaking through a person ("a spokesman for the Red Cross"): "he" may follow."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue found in a sentence: its surface text, offsets and whether it is impersonal."""

    surface: str
    start: int
    end: int
    impersonal: bool = False
    """A Russian impersonal plural ("сообщили в X"): X, after the preposition, is the speaker."""


@dataclass(slots=True)
class Sentence:
    """A sentence prepared for the rules: folded text, tokens and (lazily) alias mentions."""

    text: str
    folded: Folded
    tokens: list[Token]
    index: AliasIndex
    _mentions: list[Mention] | None = None

    @classmethod
    def prepare(cls, text: str, index: AliasIndex) -> Sentence:
        """Fold and tokenise once."""
        folded = fold(text)
        return cls(text, folded, tokenize(text, folded), index)

    @property
    def mentions(self) -> list[Mention]:
        """Alias mentions, computed on first use (most sentences never need them)."""
        if self._mentions is None:
            self._mentions = self.index.mentions(self.tokens)
        return self._mentions

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end)."""
        return [t for t in self.tokens if t.start >= start and t.end <= end]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]


def analyse(sentence: Sentence, lexicon: Lexicon) -> Finding | None:
    """The best finding for one sentence: the first cue that names its speaker wins."""
    proposal: Finding | None = None
    for cue, fstart, fend in lexicon.find(sentence.folded.text):
        start, end = sentence.folded.to_original(fstart, fend)
        if not _placed(sentence, cue, start):
            continue
        surface = sentence.text[start:end]
        hit = Hit(surface, start, end, fold_str(surface) in lexicon.impersonal_forms)
        finding = _apply_cue(sentence, lexicon, cue, hit)
        if finding is None:
            continue
        if finding.kind != "propose":
            return finding
        proposal = proposal or finding
    return _headline(sentence) or proposal


def _placed(sentence: Sentence, cue: Cue, start: int) -> bool:
    """Is the cue where its lexicon entry allows ("only": after a break, or first)?"""
    if cue.only == "after-break":
        return _follows_break(sentence.text, start)
    if cue.only == "sentence-start":
        return bool(sentence.tokens) and sentence.tokens[0].start == start
    return True


def _apply_cue(sentence: Sentence, lexicon: Lexicon, cue: Cue, hit: Hit) -> Finding | None:
    if cue.category == "trailing":
        return Finding(
            "carry", hit.surface, "trailing", SCORE_SUBJECT, hit.surface, refers=cue.refers or "any"
        )
    if cue.category == "prepositional":
        return _after(sentence, lexicon, hit, SCORE_SUBJECT, "propose")
    if cue.category == "quoted_by":
        return _before(sentence, lexicon, hit, SCORE_QUOTED_BY, "propose")
    if _is_passive(sentence, lexicon, hit.start) or _is_reciprocal(sentence, lexicon, hit):
        return None
    return _verb(sentence, lexicon, cue, hit)


def _verb(sentence: Sentence, lexicon: Lexicon, cue: Cue, hit: Hit) -> Finding | None:
    """Look for the subject on the side(s) the cue's position allows, best side first."""
    before = cue.position in ("after-subject", "either")
    after = cue.position in ("before-subject", "either")
    inverted = after and (not before or _follows_break(sentence.text, hit.start))
    # Only Russian puts a subject after its verb without a break ("Об этом заявил Алиев");
    # in English and Indonesian what follows "said" unbroken is the reported clause.
    after = after and (inverted or lexicon.free_order)
    # Registered names on either side beat pronouns ("X, an aide to Y, said it was ...");
    # after a non-inverted verb only a registered name can be its subject ("Об этом заявил
    # Алиев"): a pronoun there starts the reported clause ("says it has").
    sides = ["after", "before"] if inverted else ["before", "after"]
    sides = [s for s in sides if (before if s == "before" else after)]
    loose = [s for s in sides if s == "before" or inverted]
    attempts = [(s, "mentions") for s in sides]
    if inverted and _ends_sentence(sentence, lexicon, hit.end):
        # "..., отметили в министерстве." / "..., the ministry said": a short form closing
        # the sentence is its subject, whatever names the reported clause holds.
        attempts.insert(1, ("after", "short"))
    attempts += [(s, "media") for s in sides]
    attempts += [(s, mode) for mode in ("resolve", "propose") for s in loose]
    if after and not inverted:
        # "Об этом сообщила пресс-служба ведомства": a free-order subject after its verb.
        attempts += [("after", "short"), ("after", "propose")]
    for side, mode in attempts:
        if side == "after":
            finding = _after(sentence, lexicon, hit, SCORE_INVERTED, mode)
        else:
            finding = _before(sentence, lexicon, hit, SCORE_SUBJECT, mode)
        if finding is not None:
            return finding
    return None


def _follows_break(text: str, position: int) -> bool:
    """True when the cue comes right after a comma, quote or dash ("..., заявил Путин")."""
    before = text[:position].rstrip()
    return bool(before) and before[-1] in _INVERSION_MARKS


def _ends_sentence(sentence: Sentence, lexicon: Lexicon, end: int) -> bool:
    """Does a short phrase (no more than MAX_NAME_WORDS words) run from `end` to the close?"""
    stop = _PHRASE_END_RE.search(sentence.text, end)
    if stop is not None and sentence.text[stop.start() :].strip(" .!?\"”»'’)") != "":
        return False
    return len(sentence.tokens_in(end, len(sentence.text))) <= MAX_NAME_WORDS


def _is_passive(sentence: Sentence, lexicon: Lexicon, start: int) -> bool:
    previous = [t for t in sentence.tokens if t.end <= start]
    return bool(previous) and previous[-1].norm in lexicon.passive_markers


def _is_reciprocal(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> bool:
    """ "saling menuduh", "обвиняют друг друга", "accused each other": no single speaker."""
    norms = [t.norm for t in sentence.tokens]
    after = next((i for i, t in enumerate(sentence.tokens) if t.start >= hit.end), len(norms))
    before = [i for i, t in enumerate(sentence.tokens) if t.end <= hit.start]
    if starts_with(norms[after:], lexicon.reciprocals):
        return True
    return any(starts_with(norms[i:], lexicon.reciprocals) for i in before[-2:] if before)


def _before(
    sentence: Sentence, lexicon: Lexicon, hit: Hit, score: float, mode: str
) -> Finding | None:
    """The subject before a cue: the comma-chunk next to it, else the clause's first chunk.

    "X, an aide to Y, said": the first chunk; "Juru bicara ..., Vahram Poghosyan, menulis":
    when only the chunk before the appositive comma is a bare name, that name is proposed.
    """
    clause_start = max(
        (m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence.text, 0, hit.start)), default=0
    )
    chunks = _chunks(sentence.text, clause_start, hit.start)
    adjacent = chunks[-1]
    if not _is_empty(sentence, lexicon, *adjacent):
        return _subject(sentence, lexicon, hit, adjacent, "before", score, mode, rightmost=True)
    if len(chunks) == 1:
        return None
    first = _subject(sentence, lexicon, hit, chunks[0], "before", score, mode, rightmost=True)
    appositive = len(chunks) > 2 and (first is None or first.kind == "propose")
    if appositive and _bare_name(sentence, *chunks[-2]) and not _bare_name(sentence, *chunks[0]):
        named = _subject(sentence, lexicon, hit, chunks[-2], "before", score, mode, True)
        return named or first
    return first


def _bare_name(sentence: Sentence, start: int, end: int) -> bool:
    tokens = sentence.tokens_in(start, end)
    return 0 < len(tokens) <= 4 and all(t.capitalised for t in tokens)


def _after(
    sentence: Sentence, lexicon: Lexicon, hit: Hit, score: float, mode: str
) -> Finding | None:
    """The speaker named right after a cue ("Menurut X,", "..., заявил лидер X").

    A short quoted recipient is skipped ("сообщили «Интерфаксу» в X"); the phrase runs to
    the next punctuation mark or phrase ender ("kata Putin **seperti** dikutip Reuters").
    When a description is followed by a name after a comma ("ujar asisten presiden
    Azerbaijan, Hikmet Hajiyev"), the name is the speaker.
    """
    start = _past_quoted_name(sentence, hit.end)
    following = sentence.tokens_in(start, len(sentence.text))[:1]
    if following and following[0].norm in lexicon.complementizers:
        return None  # "disebutkan bahwa Azerbaijan ...": the reported clause, not a speaker
    end = _phrase_end(sentence, lexicon, start)
    span = _appositive(sentence, lexicon, start, end) or (start, end)
    return _subject(sentence, lexicon, hit, span, "after", score, mode, rightmost=True)


def _past_quoted_name(sentence: Sentence, start: int) -> int:
    """Skip a quoted name of at most three words right at `start` ("«Север-Инфо»")."""
    text = sentence.text
    index = len(text) - len(text[start:].lstrip())
    if index >= len(text) or text[index] not in '«“"':
        return start
    close = next((i for i in range(index + 1, len(text)) if text[i] in '»”"'), -1)
    if close < 0 or not 0 < len(sentence.tokens_in(index, close)) <= 3:
        return start
    return close + 1


def _phrase_end(sentence: Sentence, lexicon: Lexicon, start: int) -> int:
    stop = _PHRASE_END_RE.search(sentence.text, start)
    end = stop.start() if stop else len(sentence.text)
    tokens = sentence.tokens_in(start, end)
    norms = [t.norm for t in tokens]
    for index in range(1, len(tokens)):
        if starts_with(norms[index:], lexicon.after_enders):
            return tokens[index].start
    return end


def _appositive(
    sentence: Sentence, lexicon: Lexicon, start: int, end: int
) -> tuple[int, int] | None:
    """The bare name in ", Name," / ", Name." right after a phrase, if it names the speaker.

    A lone capitalised word only counts after a lower-case description ("Senin" in "kata
    Aliyev, Senin" is a day, not a name).
    """
    text = sentence.text
    if end >= len(text) or text[end] != ",":
        return None
    stop = _PHRASE_END_RE.search(text, end + 1)
    close = stop.start() if stop else len(text)
    if stop is not None and text[close] not in ",)" and text[close:].strip(" .!?\"”»'’"):
        return None
    tokens = sentence.tokens_in(end + 1, close)
    if not _bare_name(sentence, end + 1, close) or any(t.norm in lexicon.fillers for t in tokens):
        return None
    if len(tokens) < 2 and _bare_name(sentence, start, end):
        return None
    return end + 1, close


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of text[start:end], as offset pairs (never empty list)."""
    pieces, cursor = [], start
    for index in range(start, end):
        if text[index] == ",":
            pieces.append((cursor, index))
            cursor = index + 1
    pieces.append((cursor, end))
    return pieces


def _is_empty(sentence: Sentence, lexicon: Lexicon, start: int, end: int) -> bool:
    return all(t.norm in lexicon.fillers for t in sentence.tokens_in(start, end))


def _subject(
    sentence: Sentence,
    lexicon: Lexicon,
    hit: Hit,
    span: tuple[int, int],
    how: str,
    score: float,
    mode: str,
    rightmost: bool,
) -> Finding | None:
    """Resolve one chunk: a registered alias, a pronoun, a short form, or a new name.

    `mode` says how far to go: "mentions" (registered names but news outlets), "media"
    (outlets too), "short" (also short forms), "resolve" (also pronouns) or "propose" (also
    an unregistered name).
    """
    cue = hit.surface
    roles = [(m, _role(sentence, lexicon, m, span[0], hit)) for m in sentence.mentions_in(*span)]
    mentions = [
        (m, role)
        for m, role in roles
        if role != "object" and not _modifier(sentence, lexicon, m, span)
    ]
    if _coordinated(sentence, lexicon, [m for m, _ in mentions]):
        return None  # "Ереван и Баку заявили": two speakers, no single one
    # A news outlet is mostly the medium ("told RIA Novosti", "Об этом РИА Новости сообщил
    # Песков"): any other name on either side comes first; the outlet only from mode "media".
    speakers = [(m, role) for m, role in mentions if sentence.index.kind(m.speaker) != "media"]
    mentions = speakers or ([] if mode == "mentions" else mentions)
    if mentions:
        best, role = mentions[-1] if rightmost else mentions[0]
        surface = sentence.text[best.start : best.end]
        return Finding(
            "mention",
            cue,
            how,
            score * best.score / 100,
            surface,
            speaker=best.speaker,
            voiced=role == "voiced",
        )
    if mode in ("mentions", "media"):
        return None
    carry = _short_form(sentence, lexicon, cue, span, how)
    if carry is not None or mode == "short":
        return carry
    tokens = sentence.tokens_in(*span)
    content = [t for t in tokens if t.norm not in lexicon.fillers]
    carry = _pronoun(sentence, lexicon, cue, content, how)
    if carry is not None:
        return carry
    if mode == "propose":
        return _proposal(sentence, lexicon, cue, tokens, how)
    return None


def _coordinated(sentence: Sentence, lexicon: Lexicon, mentions: list[Mention]) -> bool:
    """Are the last two subject mentions joined by a conjunction ("X and Y said")?"""
    if len(mentions) < 2 or mentions[-1].speaker == mentions[-2].speaker:
        return False
    between = sentence.tokens_in(mentions[-2].end, mentions[-1].start)
    norms = [t.norm for t in between if t.norm not in lexicon.determiners]
    return len(norms) <= 2 and any(n in lexicon.conjunctions for n in norms)


def _modifier(
    sentence: Sentence, lexicon: Lexicon, mention: Mention, span: tuple[int, int]
) -> bool:
    """An inexact one-word match before a lower-case noun modifies it: "Armenian media" is
    not "Armenia", "Azerbaijani forces" not "Azerbaijan" (exact words stay: "Kremlin aides"),
    but "Azerbaijani officials" are the state.
    Not in a language with case endings, where "В Ереване эти данные ..." is Yerevan."""
    if lexicon.case_endings or mention.size > 1 or mention.score >= 100:
        return False
    following = [
        t for t in sentence.tokens_in(mention.end, span[1]) if t.norm not in lexicon.fillers
    ]
    if following and following[0].norm in lexicon.official_nouns:
        return False  # "Azerbaijani officials said": the state speaks
    return bool(following) and not following[0].capitalised


def _role(sentence: Sentence, lexicon: Lexicon, mention: Mention, span_start: int, hit: Hit) -> str:
    """ "subject", "voiced" (after a mouthpiece: "a spokesman for X") or "object" ("с X").

    A mention governed by a preposition is an object ("Алиев в беседе с Чавушоглу"), unless
    a mouthpiece governs the preposition ("a statement from X"), the cue is impersonal
    ("сообщили в Минобороны") or the preposition names the agent of a passive cue right
    after it ("disampaikan oleh Aliyev"). Capitalised words just before the mention belong
    to the same name ("с Мевлютом Чавушоглу"), and so do determiners ("for the Red Cross");
    only prepositions inside the chunk count ("according to" ends with one).
    """
    index = mention.first_token - 1
    if index >= 0 and sentence.tokens[index].norm in lexicon.determiners:
        while index >= 0 and sentence.tokens[index].norm in lexicon.determiners:
            index -= 1  # "a spokesman for the Red Cross"
    else:
        while index >= max(0, mention.first_token - 2) and sentence.tokens[index].capitalised:
            index -= 1
    if index < 0 or sentence.tokens[index].start < span_start:
        return "subject"
    previous = sentence.tokens[index]
    if previous.norm in lexicon.mouthpieces:
        return "voiced"
    if previous.norm not in lexicon.prepositions:
        return "subject"
    if hit.impersonal and previous.norm in lexicon.impersonal_prepositions:
        return "subject"
    if (
        previous.norm in lexicon.agent_prepositions
        and not sentence.text[hit.end : previous.start].strip()
    ):
        return "subject"  # the agent of a passive cue: "disampaikan oleh Aliyev"
    governor = index - 1
    while governor >= 0 and sentence.tokens[governor].norm in lexicon.determiners:
        governor -= 1
    if governor >= 0 and sentence.tokens[governor].norm in lexicon.mouthpieces:
        return "voiced"
    return "object"


def _pronoun(
    sentence: Sentence, lexicon: Lexicon, cue: str, tokens: list[Token], how: str
) -> Finding | None:
    """A pronoun subject: the last word before the cue, or the first one after it."""
    if not tokens or (how == "before" and len(tokens) > 2):
        return None
    token = tokens[0] if how == "after" else tokens[-1]
    if token.norm not in lexicon.pronouns:
        return None
    surface = sentence.text[token.start : token.end]
    refers = lexicon.pronouns[token.norm]
    return Finding("carry", cue, f"pronoun-{how}", SCORE_SUBJECT, surface, refers=refers)


def _short_form(
    sentence: Sentence, lexicon: Lexicon, cue: str, span: tuple[int, int], how: str
) -> Finding | None:
    """A short form ("the ministry", "Kementerian itu") standing alone as the subject."""
    tokens = sentence.tokens_in(*span)
    norms = [t.norm for t in tokens]
    for form in lexicon.short_forms:
        size = len(form.words)
        for first in range(len(norms) - size + 1):
            if tuple(norms[first : first + size]) != form.words:
                continue
            before, after = norms[:first], norms[first + size :]
            framing = lexicon.fillers | lexicon.prepositions | lexicon.mouthpieces
            if all(n in framing for n in before) and all(n in lexicon.fillers for n in after):
                surface = sentence.text[tokens[first].start : tokens[first + size - 1].end]
                return Finding(
                    "carry", cue, f"short-form-{how}", SCORE_SUBJECT, surface, kinds=form.kinds
                )
    return None


def _proposal(
    sentence: Sentence, lexicon: Lexicon, cue: str, tokens: list[Token], how: str
) -> Finding | None:
    """An unregistered speaker: the noun phrase opening the chunk, when it holds a name.

    Leading fillers and determiners are skipped ("Pada Kamis, ...", "the"); the name ends at
    a breaker or filler ("Nagorno-Karabakh officials **on** Saturday", "Kementerian **itu**").

    A lower-case title before a name is fine ("pemimpin Nagorno-Karabakh", "глава
    Карабаха", "the Nagorno-Karabakh leader"), but a capital that only opens the sentence is
    no sign of a name ("Both countries have rejected", "Local officials say"), except on a
    lone word ("Karabakh accuses ...") that is not a quantifier ("Стороны обвиняют ...").
    """
    while tokens and (tokens[0].norm in lexicon.determiners or tokens[0].norm in lexicon.fillers):
        tokens = tokens[1:]
    name: list[Token] = []
    for token in tokens[:MAX_NAME_WORDS]:
        if token.norm in lexicon.conjunctions:
            return None  # "Ереван и Баку": two speakers, no single one
        if token.norm in lexicon.np_breakers or token.norm in lexicon.fillers:
            break
        name.append(token)
    if not name:
        return None
    head = name[0].norm
    if head.isdigit() or head in lexicon.prepositions or head in lexicon.pronouns:
        return None
    if head in lexicon.not_speakers:
        return None
    opening = sentence.tokens[0].start
    named = any(t.capitalised and t.start != opening for t in name)
    if not named and not (len(name) == 1 and name[0].capitalised):
        return None
    surface = sentence.text[name[0].start : name[-1].end]
    return Finding("propose", cue, f"propose-{how}", SCORE_PROPOSAL, surface)


def statement_issuer(sentence: Sentence, lexicon: Lexicon) -> Finding | None:
    """A headline "Statement of X [on ...]" ("Заявление МИД России в связи с ..."): X.

    Only the issuer and a linking preposition may follow the head word: "Заявление МИД
    России вызвало критику" is a news headline about the statement, not the statement.
    """
    norms = [t.norm for t in sentence.tokens]
    head = starts_with(norms, lexicon.statement_heads)
    first = next(iter(sentence.mentions), None)
    if not head or first is None:
        return None
    if any(n not in lexicon.determiners for n in norms[len(head) : first.first_token]):
        return None
    after = [t for t in sentence.tokens if t.start >= first.end]
    if after and after[0].norm not in lexicon.statement_links:
        return None
    surface = sentence.text[first.start : first.end]
    cue = sentence.text[: sentence.tokens[len(head) - 1].end]
    return Finding("mention", cue, "statement", SCORE_STATEMENT, surface, speaker=first.speaker)


def _headline(sentence: Sentence) -> Finding | None:
    """A headline "Name: claim" ("Путин: число погибших ...") attributes to Name."""
    colon = sentence.text.find(":")
    if colon <= 0 or ":" in sentence.text[colon + 1 :]:
        return None
    first = next(iter(sentence.mentions_in(0, colon)), None)
    if first is None or first.first_token != 0 or sentence.text[first.end : colon].strip():
        return None
    surface = sentence.text[first.start : first.end]
    return Finding("mention", ":", "headline", SCORE_HEADLINE, surface, speaker=first.speaker)
