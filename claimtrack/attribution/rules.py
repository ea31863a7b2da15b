"""Per-sentence attribution rules: the cues a sentence holds and where their subject stands."""

from __future__ import annotations

import re

from claimtrack.attribution.bodies import body_key, body_kind
from claimtrack.attribution.cues import Cue, Lexicon, starts_with
from claimtrack.attribution.groups import group_speaker
from claimtrack.attribution.morphology import (
    a_persons_name,
    a_thing,
    a_verb,
    an_adverb,
    genitive_after,
    genitive_reading,
    likeliest_genitive,
    never_nominative,
    never_subject,
    starts_a_subject,
    told_to,
    transitive_verb,
)
from claimtrack.attribution.places import is_place
from claimtrack.attribution.proposals import new_speaker
from claimtrack.attribution.sentence import Finding, Hit, Sentence
from claimtrack.attribution.subjects import (
    MAX_NAME_WORDS,
    SCORE_PROPOSAL,
    SCORE_SUBJECT,
    remit_link,
    spelt_as_a_preposition,
    subject,
)
from claimtrack.attribution.text import Token, fold_str, tokenize
from claimtrack.textnorm import RU_ADJECTIVE_ANY, RU_ADJECTIVE_NOMINATIVE

# Quotes, dashes, colons and semicolons end the clause a subject can belong to.
_CLAUSE_BREAK_RE = re.compile(r"[\"“”«»„;:]|\s[—–-]\s|—|–")
# A speaker named after the cue runs to the next punctuation mark.
_PHRASE_END_RE = re.compile(r"[,.;:!?\"“”«»„()]|\s[—–-]\s|—|–")
_INVERSION_MARKS = frozenset(',"“”«»—–:')

SCORE_INVERTED = 0.85
SCORE_QUOTED_BY = 0.85
SCORE_HEADLINE = 0.7
SCORE_STATEMENT = 0.7


def analyse(sentence: Sentence, lexicon: Lexicon) -> Finding | None:
    """The best finding for one sentence: the first cue's, unless it only relays or a
    "said" closes the sentence with a speaker of its own (`_closing`).

    A finding that relays ("Как сообщает Интерфакс, …", "According to Azertac, …", "…,
    quoted by TASS, …") gives way to the next one; after a speaker's own verb a later name
    is inside what they said ("Armenian Prime Minister Nikol Pashinyan said Aliyev had
    rejected talks"). A proposal loses to a headline's speaker, a registered name does not.
    """
    chosen: Finding | None = None
    settled = False  # `chosen` does not relay: only a closing cue can take the sentence
    clause = _closing_clause(sentence, lexicon)
    for cue, fstart, fend in lexicon.find(sentence.folded.text):
        start, end = sentence.folded.to_original(fstart, fend)
        closing = start >= clause[0] and _may_close(cue)
        if settled and not closing:
            continue
        if not _placed(sentence, lexicon, cue, start, end) or _quoted(sentence.plain, start):
            continue
        if cue.category != "participle" and _not_speech(sentence, lexicon, start):
            continue  # "Путин говорил по телефону с Алиевым": a talk told, nothing quoted
        surface = sentence.text[start:end]
        impersonal = fold_str(surface) in lexicon.impersonal_forms
        hit = Hit(surface, start, end, impersonal, cue.tells)
        finding = _apply_cue(sentence, lexicon, cue, hit)
        if finding is None:
            continue
        if chosen is not None and closing and not _aside_of(sentence, lexicon, cue, chosen, hit):
            closer = _closing(sentence, lexicon, cue, hit, finding, clause)
            if closer is not None:
                return closer
        if not settled:
            chosen = finding
            settled = not (cue.category == "quoted_by" or _relays(sentence, lexicon, finding))
    if chosen is not None and chosen.kind != "propose":
        return chosen
    return _headline(sentence, lexicon) or chosen or _colon_quote(sentence, lexicon)


def _aside_of(sentence: Sentence, lexicon: Lexicon, cue: Cue, chosen: Finding, hit: Hit) -> bool:
    """Whether a prepositional cue follows the chosen speaker's name with nothing between
    ("…, kata Budi Santoso **seperti dilaporkan** Antara"), or only the comma closing the
    speaker's own phrase ("…, kata Budi[ kepada wartawan], **seperti dilaporkan** Antara",
    which gave the sentence to Antara): it says who passed their words on, and names no
    speaker of the sentence."""
    if cue.category != "prepositional" or not chosen.surface:
        return False
    start = hit.start
    at = sentence.text.rfind(chosen.surface, 0, start)
    if at < 0:
        return False
    after = at + len(chosen.surface)
    between = sentence.text[after:start].rstrip()
    if not between:
        return True
    if not between.endswith(","):
        return False
    # what stands before the comma may only say whom they told or when (`_tail`)
    comma = after + len(between) - 1
    return _tail(sentence, lexicon, hit, after, (after, comma))


def _not_speech(sentence: Sentence, lexicon: Lexicon, start: int) -> bool:
    """Whether the words from a cue on are a phrase that quotes nobody (`not_speech`)."""
    if not lexicon.not_speech:
        return False
    norms = [t.norm for t in sentence.tokens_in(start, len(sentence.text))]
    return bool(starts_with(norms, lexicon.not_speech))


def _may_close(cue: Cue) -> bool:
    """Cues that may name a closing speaker: "said" and "reported" (a person's "сообщил"),
    and "according to"; never a denial or an accusation ("…, Armenia denied"), nor a
    participle, whose speaker is the clause's subject before it ("Peskov dismissed it,
    **saying** Russian forces …": what follows is what he said)."""
    if cue.category == "participle":
        return False
    return cue.type in ("assert", "report") or cue.category == "prepositional"


def _closing(
    sentence: Sentence,
    lexicon: Lexicon,
    cue: Cue,
    hit: Hit,
    finding: Finding,
    clause: tuple[int, int],
) -> Finding | None:
    """The speaker of a cue closing the sentence, when it reports the whole sentence:
    "Presiden Azerbaijan menolak tuduhan itu, **kata juru bicara … Anna Naghdalyan** kepada
    wartawan, Senin", "Azerbaijan denied the claims, **ministry spokesman Vagif Dargahli
    said** on Tuesday", "…, **according to Kremlin spokesman Dmitry Peskov**": the last clause
    holds only the cue and its speaker (titles before the name; a time, place or audience
    after it). News media relay what they report ("…, RIA Novosti reported", "…, tulis
    Kompas"); a report or a writing verb closes only for a person ("сообщил Гаджиев",
    "Pashinyan wrote on Facebook"); a pronoun, a short form or "the Azerbaijani leader" is
    the same speaker again."""
    text = sentence.text
    if finding.kind == "carry" or text.rstrip().rstrip("\"”»'’)")[-1:] not in ".!?…":
        return None  # a headline's two halves are two claims ("X klaim …, Armenia Membantah")
    inverted = cue.category == "prepositional" or (
        _follows_break(sentence.plain, hit.start) and not _after_aside(sentence, lexicon, hit)
    )
    if inverted and finding.how.endswith("before"):  # the name after the cue, not before it
        named = _after(sentence, lexicon, hit, SCORE_INVERTED, "propose")
        if named is None or named.kind == "carry":
            return None
        finding = named
    kind = _kind_of(sentence, lexicon, finding)
    if kind == "media" or _relays(sentence, lexicon, finding):
        return None
    if finding.kind == "propose" and group_speaker(finding.surface, text, lexicon) is not None:
        return None  # "Aliyev said …, witnesses said": his words, as unnamed people tell them
    if (cue.type == "report" or fold_str(hit.surface) in lexicon.writing_verbs) and (
        kind != "person" and cue.category != "prepositional"
    ):
        return None
    if inverted:  # "..., said X [on Tuesday]."
        at = text.find(finding.surface, hit.end, clause[1])
        if at < 0 or not _name_words(sentence, lexicon, hit.end, at, inverted=True):
            return None
        after = at + len(finding.surface)
        return finding if _tail(sentence, lexicon, hit, after, clause) else None
    lead = text[clause[0] : hit.start]
    at = lead.rfind(finding.surface)
    if at < 0 or lead[at + len(finding.surface) :].strip(" ,;—–-"):
        return None
    opening = sentence.tokens_in(clause[0], clause[0] + at)
    # "…, the Azerbaijani leader said" is the speaker named before; "…, the Kremlin said"
    # names a registered one, "…, the Armenian defence ministry said" a body by its country
    described = kind != "person" and finding.kind != "mention"
    described = described and body_key(finding.surface) is None
    if opening and opening[0].norm in lexicon.determiners and described:
        return None
    if not _name_words(sentence, lexicon, clause[0], clause[0] + at):
        return None
    return finding if _tail(sentence, lexicon, hit, hit.end, clause) else None


def _kind_of(sentence: Sentence, lexicon: Lexicon, finding: Finding) -> str:
    """The kind of the speaker a finding names: registered, or as a proposal would be."""
    if finding.kind == "propose":
        return new_speaker(finding.surface, lexicon).kind
    return sentence.index.kind(finding.speaker) if finding.speaker else "other"


def _name_words(
    sentence: Sentence, lexicon: Lexicon, start: int, end: int, *, inverted: bool = False
) -> bool:
    """Whether [start, end) holds only what may stand before a speaker's name: titles,
    ranks, determiners, names ("Kremlin spokesman", "the ministry's", "пресс-секретарь
    МИД"), and after an inverted cue whom it was said to ("сказал **журналистам** Песков");
    no clause ("but Armenia", "a charge Hajiyev")."""
    allowed = lexicon.titles | lexicon.ranks | lexicon.determiners | lexicon.mouthpieces
    if inverted:
        allowed = allowed | lexicon.audiences | lexicon.fillers
    return all(
        t.capitalised or t.norm in allowed or t.norm in lexicon.kind_words or t.norm == "s"
        for t in sentence.tokens_in(start, end)
    )


def _tail(
    sentence: Sentence, lexicon: Lexicon, hit: Hit, start: int, clause: tuple[int, int]
) -> bool:
    """Whether what follows the closing speaker up to the clause's end only says when, where
    or to whom ("on Tuesday", "kepada wartawan", "журналистам", "told Reuters"): short, no
    "that" and no cue of its own ("said on Tuesday that fighting continued")."""
    tokens = sentence.tokens_in(start, clause[1])
    if not tokens:
        return True
    norms = [t.norm for t in tokens]
    if len(tokens) > MAX_TAIL_WORDS or any(n in lexicon.complementizers for n in norms):
        return False
    if any(True for _ in lexicon.find(fold_str(sentence.text[tokens[0].start : clause[1]]))):
        return False
    return (
        fold_str(hit.surface) in lexicon.audiences  # "told Reuters"
        or bool(starts_with(norms, lexicon.after_enders))
        or norms[0] in lexicon.fillers
        or norms[0] in lexicon.prepositions
        or norms[0] in lexicon.audiences
    )


MAX_TAIL_WORDS = 6


def _closing_clause(sentence: Sentence, lexicon: Lexicon) -> tuple[int, int]:
    """[start, end) of the sentence's last clause, after its last comma, quote, dash or
    colon; a closing date is no clause of its own ("…, kata Faizasyah, **Senin (12/10)**.")."""
    plain = sentence.plain
    end = len(plain)
    while True:
        at = max(plain.rfind(mark, 0, end) for mark in _INVERSION_MARKS)
        if at < 0:
            return 0, end
        after = sentence.tokens_in(at + 1, end)
        if (
            after
            and len(after) <= 4
            and all(t.norm in lexicon.fillers or t.norm.isdigit() for t in after)
        ):
            end = at
            continue
        return at + 1, end


def _relays(sentence: Sentence, lexicon: Lexicon, finding: Finding) -> bool:
    """Whether the finding's speaker is news media, which passes on what others said: a
    registered outlet, or a phrase with a media word anywhere ("the state news agency",
    "Armenpress", "Turkish broadcaster NTV")."""
    if finding.kind != "propose":
        return finding.speaker is not None and sentence.index.kind(finding.speaker) == "media"
    return any(lexicon.kind_of(t) == "media" for t in tokenize(finding.surface))


_OPENING_QUOTES = "“«„"
_CLOSING_QUOTES = "”»"


def _quoted(text: str, position: int) -> bool:
    """Whether `position` lies inside a quotation: a verb there is the quoted speaker's own
    ("“The United States condemns …,” spokesman John Harper said"), not the attribution.
    A straight quote opens after a space or the start, and closes otherwise, so a quotation
    the segmenter split ("… solution," he said) reads as closed."""
    inside = False
    for index, char in enumerate(text[:position]):
        if char in _OPENING_QUOTES:
            inside = True
        elif char in _CLOSING_QUOTES:
            inside = False
        elif char == '"':
            inside = index == 0 or text[index - 1].isspace() or text[index - 1] in "([—–-"
    return inside


def _placed(sentence: Sentence, lexicon: Lexicon, cue: Cue, start: int, end: int) -> bool:
    """Is the cue at [start, end) where its lexicon entry allows ("only": after a break,
    first, or before a clause)? A verb right after a determiner or preposition is an
    adjective ("over **alleged** illegal oil transfer", "the **reported** deaths", "dengan
    **kata** lain"), no cue at all; after an infinitive's marker it is still a verb
    ("declined **to say**")."""
    if cue.category == "verb":
        before = [t for t in sentence.tokens if t.end <= start][-1:]
        blocking = (lexicon.determiners | lexicon.prepositions) - lexicon.infinitive_markers
        if (
            before
            and before[0].norm in blocking
            and not spelt_as_a_preposition(
                sentence, lexicon, before[0], start
            )  # "Antara melaporkan"
        ):
            return False
    if cue.only == "after-break":
        return _follows_break(sentence.plain, start)
    if cue.only == "sentence-start":
        return bool(sentence.tokens) and sentence.tokens[0].start == start
    if cue.only == "headline":  # no closing punctuation: "Azerbaijan klaim rebut tujuh desa"
        return sentence.text.rstrip().rstrip("\"”»'’)")[-1:] not in ".!?…"
    if cue.only == "before-clause":
        return _clause_follows(sentence, lexicon, start, end)
    return True


def _clause_follows(sentence: Sentence, lexicon: Lexicon, start: int, end: int) -> bool:
    """Whether a verb at [start, end) reports a clause, as "that" would say: its subject and
    a finite verb (`main_verbs`) follow in its phrase ("He maintained **the troops had**
    not crossed"), not an object alone ("Workers maintained **the road**"), nor one a
    relative clause or a second verb of the subject's tells more of ("maintained the road
    **that was** built", "maintained order **and was** praised"). Nothing after it closes
    a quotation or a clause before ('"We did not cross," Halas maintained.')."""
    stop = _phrase_stop(sentence.plain, lexicon, end)
    after = sentence.tokens_in(end, len(sentence.text) if stop is None else stop)
    if not after:
        return any(mark in sentence.plain[:start] for mark in _INVERSION_MARKS)
    unbound = lexicon.relative_pronouns - lexicon.complementizers  # "which", "who"
    for at, token in enumerate(after):
        if token.norm in unbound or token.norm in lexicon.subordinators:
            return False
        if token.norm in lexicon.main_verbs and not token.capitalised:
            before = after[at - 1].norm if at else ""
            return bool(before) and before not in lexicon.relative_pronouns | lexicon.conjunctions
    return False


def _apply_cue(sentence: Sentence, lexicon: Lexicon, cue: Cue, hit: Hit) -> Finding | None:
    if cue.category == "trailing":
        return Finding(
            "carry", hit.surface, "trailing", SCORE_SUBJECT, hit.surface, refers=cue.refers or "any"
        )
    if cue.category == "prepositional":
        finding = _after(sentence, lexicon, hit, SCORE_SUBJECT, "propose")
        if cue.only == "sentence-start" and _object_of_a_named_subject(sentence, finding):
            return None  # "Заявление Алиева раскритиковал Пашинян": Pashinyan's criticism
        return finding
    if cue.category == "quoted_by":
        if _closes_the_sentence(sentence, lexicon, hit):
            # "Kesepakatan itu batal, seperti dikutip Antara.": what came before is what was
            # quoted, no speaker of it, and what follows the medium that passed it on, no
            # speaker either ("…, передает ТАСС.")
            return None
        return _before(sentence, lexicon, hit, SCORE_QUOTED_BY, "propose")
    if cue.category == "participle":
        return _participle(sentence, lexicon, hit)
    if _is_passive(sentence, lexicon, hit.start):
        return None if cue.no_agent else _agent(sentence, lexicon, hit)
    if _is_reciprocal(sentence, lexicon, hit) or _frames(sentence, lexicon, hit):
        return None
    return _verb(sentence, lexicon, cue, hit)


def _closes_the_sentence(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> bool:
    """Whether a cue opens the sentence's last clause, after a comma, quote or dash ("…,
    **seperti dikutip** Antara[, Senin]."): nothing but whom it names follows it. "Peskov,
    seperti dikutip Reuters, mengatakan" names the speaker before it; at the close the
    clause before is the statement itself ("Kesepakatan itu batal"), whose first word is
    no speaker ("Kesepakatan" was proposed)."""
    clause = _closing_clause(sentence, lexicon)
    opening = sentence.tokens_in(clause[0], clause[1])[:1]
    return (
        bool(opening)
        and opening[0].start == hit.start
        and _follows_break(sentence.plain, hit.start)
    )


def _verb(sentence: Sentence, lexicon: Lexicon, cue: Cue, hit: Hit) -> Finding | None:
    """Look for the subject on the side(s) the cue's position allows, best side first."""
    before = cue.position in ("after-subject", "either")
    after = cue.position in ("before-subject", "either")
    if before and lexicon.free_order and _object_first(sentence, lexicon, hit):
        before, after = False, True  # "Эту информацию опроверг Песков": the subject follows
    broken = _follows_break(sentence.plain, hit.start) and not _after_aside(sentence, lexicon, hit)
    inverted = after and (not before or broken)
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
    told: Finding | None = None  # an outlet told, the speaker only if nobody else is
    for side, mode in attempts:
        if side == "after":
            finding = _after(sentence, lexicon, hit, SCORE_INVERTED, mode)
            if mode == "media" and _outlet_at_verb(sentence, lexicon, hit, finding):
                told = finding  # "Иван Петров рассказал РИА Новости, что …": Petrov tells
                continue
            if (
                finding is not None
                and mode in ("resolve", "propose")
                and finding.kind != "mention"
                and _opens_clause(sentence, lexicon, hit, finding)
            ):
                continue
            if (
                finding is not None
                and finding.kind == "mention"
                and not inverted
                and not _next_to_verb(sentence, lexicon, hit, finding)
            ):
                continue
        else:
            finding = _before(sentence, lexicon, hit, SCORE_SUBJECT, mode, cue.object_of)
        if finding is not None:
            return finding
    return told


def _outlet_at_verb(
    sentence: Sentence, lexicon: Lexicon, hit: Hit, finding: Finding | None
) -> bool:
    """Whether a registered outlet found after a verb of telling stands right after it, where
    whom it was told stands ("Иван Петров рассказал **РИА Новости**, что …"): the subject
    before the verb, even one nobody has registered yet, speaks first."""
    if finding is None or finding.kind != "mention" or not (hit.tells and lexicon.case_endings):
        return False
    at = sentence.text.find(finding.surface, hit.end)
    return at >= 0 and all(t.norm in lexicon.fillers for t in sentence.tokens_in(hit.end, at))


def _next_to_verb(sentence: Sentence, lexicon: Lexicon, hit: Hit, finding: Finding) -> bool:
    """Free word order: whether a registered name after an unbroken verb stands where its
    subject would, right after it (past an occasion, whom it was told and an office: "Об
    этом заявил **глава МИД России** Сергей Лавров", "заявили журналистам в СБР"). Further
    on it is what the subject spoke of: "Министерство иностранных дел Судана призвало
    международное сообщество признать **СБР** террористической организацией"."""
    start = _past_occasion(sentence, lexicon, hit.end, hit.impersonal)
    start = max(start, hit.end)
    at = sentence.text.find(finding.surface, start)
    if at < 0:
        return True
    between = sentence.tokens_in(start, at)
    if _past_office(lexicon, hit, between):
        return True
    return _past_where_it_was_said(sentence, lexicon, between, finding.surface, at)


def _past_office(lexicon: Lexicon, hit: Hit, between: list[Token]) -> bool:
    """Whether the words between a verb and a name are only an office, whom it was told and
    fillers ("заявил **журналистам глава МИД России** Сергей Лавров")."""
    allowed = lexicon.audiences | lexicon.fillers | lexicon.determiners | lexicon.ranks
    office = lexicon.titles | lexicon.mouthpieces | lexicon.official_nouns
    held = False  # an office opened: its genitive tail follows ("министр иностранных дел")
    for token in between:
        if token.norm in office or token.norm in lexicon.kind_words:
            held = True
        elif not (
            held
            or token.capitalised
            or token.norm.isdigit()  # "телеканалу «Россия **24**»"
            or token.norm in allowed
            or (hit.impersonal and token.norm in lexicon.impersonal_prepositions)
            or (lexicon.case_endings and token.norm.endswith(RU_ADJECTIVE_ANY))
        ):
            return False
    return True


_CLAUSE_CLOSES_RE = re.compile(r"\s*(?:[,.;:!?)]|\s[—–-]\s|—|–|$)")


def _past_where_it_was_said(
    sentence: Sentence, lexicon: Lexicon, between: list[Token], name: str, at: int
) -> bool:
    """Whether a name closing the clause follows its verb past where or with whom it was
    said, a prepositional phrase ("заявил **в эфире телеканала «Россия 24»** Песков.",
    "подтвердил **в разговоре с журналистами** Песков."): the speaker, put last. Not a name
    a preposition governs ("призвал к санкциям **против** СБР"), one in no nominative ("о
    полной поддержке **Азербайджана**"), one the phrase goes on after ("о причастности СБР
    к удару"), nor one after a verb of what was said ("призвал … **осудить** СБР")."""
    if not _CLAUSE_CLOSES_RE.match(sentence.text, at + len(name)):
        return False
    if not between or between[-1].norm in lexicon.prepositions:
        return False
    if any(never_nominative(word) for word in name.split()):
        return False
    allowed = lexicon.audiences | lexicon.fillers | lexicon.determiners
    phrase = False
    for token in between:
        if token.norm in lexicon.prepositions:
            phrase = True
            continue
        if a_verb(sentence.text[token.start : token.end]):
            return False
        if not (phrase or token.capitalised or token.norm in allowed):
            return False
    return phrase


def _object_first(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> bool:
    """Free word order: the clause before the verb opens with its object, which no
    nominative could be ("**Эту информацию** опроверг представитель МИД", "**Обвинения**
    Баку отверг Ереван") or which is a thing alone ("**Обстрелы** подтвердили местные
    жители"), so the subject stands after the verb. An adverbial opening with a preposition
    is left to the usual rules."""
    clause_start = max(
        (m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence.plain, 0, hit.start)), default=0
    )
    words = sentence.tokens_in(clause_start, hit.start)
    if not words or words[0].norm in lexicon.prepositions:
        return False
    words = [t for t in words if t.norm not in lexicon.fillers]
    if not words:
        return False
    opening = sentence.text[words[0].start : words[0].end]
    if len(words) == 1 and a_thing(opening) and words[0].norm not in _speaking_words(lexicon):
        return body_key(opening) is None  # "Обстрелы подтвердили местные жители"
    return never_subject(opening, hit.surface)


def _speaking_words(lexicon: Lexicon) -> frozenset[str]:
    """Words the lexicon knows for who speaks: bodies, groups, offices, short forms."""
    return (
        frozenset(lexicon.kind_words)
        | frozenset(lexicon.vague_groups)
        | lexicon.unnamed_sources
        | lexicon.official_nouns
        | lexicon.titles
        | lexicon.mouthpieces
        | frozenset(word for form in lexicon.short_forms for word in form.words)
    )


def _object_of_a_named_subject(sentence: Sentence, finding: Finding | None) -> bool:
    """Whether what a statement noun opening the sentence names is the object of a verb
    whose subject, a name, follows it ("Заявление Алиева **раскритиковал Пашинян**"): the
    sentence reports another speaker on the statement, not the statement itself."""
    if finding is None:
        return False
    at = sentence.text.find(finding.surface)
    after = sentence.tokens_in(at + len(finding.surface), len(sentence.text))[:2] if at >= 0 else []
    if len(after) < 2 or not after[1].capitalised:
        return False
    return transitive_verb(sentence.text[after[0].start : after[0].end])


def _participle(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> Finding | None:
    """ "Aliyev addressed the nation, **saying** ...": the speaker is the subject of the
    clause the participle hangs from, found before that clause's own verb as if it were the
    cue (the reason still names the participle). No finite verb, no speaker; "..., adding
    to the toll" says nothing (`not_speech`)."""
    if starts_with([t.norm for t in sentence.tokens_in(hit.start, len(sentence.text))],
                   lexicon.not_speech):  # fmt: skip
        return None
    clause_start = max(
        (m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence.plain, 0, hit.start)), default=0
    )
    start, end = _chunks(sentence.text, clause_start, hit.start)[-2:][0]  # before the comma
    verb = next((t for t in sentence.tokens_in(start, end) if _finite(sentence, lexicon, t)), None)
    if verb is None or _is_passive(sentence, lexicon, verb.start):
        return None
    at_verb = Hit(hit.surface, verb.start, verb.end)
    opening = sentence.tokens_in(start, verb.start)[:1]
    if lexicon.free_order and opening and opening[0].norm in lexicon.prepositions:
        # "В Баку выступил Алиев, заявив ...": after an adverbial the subject follows its verb.
        for mode in ("mentions", "media", "propose"):
            span = (verb.end, end)
            found = subject(sentence, lexicon, at_verb, span, "after", SCORE_INVERTED, mode, False)
            if found is not None:
                return found
        return None
    for mode in ("mentions", "media", "resolve", "propose"):
        finding = _before(sentence, lexicon, at_verb, SCORE_SUBJECT, mode)
        if finding is not None:
            return finding
    return None


def _finite(sentence: Sentence, lexicon: Lexicon, token: Token) -> bool:
    """Whether a word is a clause's finite verb: listed, or lower-case with a past ending
    ("released"), unless an article, an opening adverb or a hyphen makes it an adjective
    ("the armed forces", "Heavily armed ...", "self-proclaimed")."""
    if token.capitalised or token.norm in lexicon.titles:  # "генерал", "посол" end like verbs
        return False
    if token.norm in lexicon.main_verbs:
        return True
    past = bool(lexicon.past_suffixes) and token.norm.endswith(lexicon.past_suffixes)
    if not past or len(token.norm) < 4 or sentence.text[token.start - 1 : token.start] == "-":
        return False
    before = [t for t in sentence.tokens if t.end <= token.start]
    if len(before) == 1 and _opening_adverb(sentence, lexicon, before[0]):
        return False  # "Heavily armed separatists attacked": the adjective of the subject
    return not before or before[-1].norm not in lexicon.determiners


def _opening_adverb(sentence: Sentence, lexicon: Lexicon, token: Token) -> bool:
    """A sentence's first word read as an adverb ("Heavily"): its ending says so and it
    names no place ("Italy welcomed the deal, saying ...")."""
    ending = bool(lexicon.adverb_suffixes) and token.norm.endswith(lexicon.adverb_suffixes)
    return ending and not is_place(sentence.text[token.start : token.end], lexicon)


def _opens_clause(sentence: Sentence, lexicon: Lexicon, hit: Hit, finding: Finding) -> bool:
    """A name proposed after the cue that more words follow ("Hajiyev, an aide to ..., said
    **Armenia** was using ...") is the subject of the reported clause, not the speaker, except
    in free word order ("Об этом заявил лидер Карабаха Араик Арутюнян в интервью")."""
    if lexicon.free_order:
        return False
    at = sentence.text.find(finding.surface, hit.end)
    end = _phrase_end(sentence, lexicon, hit.end)
    return at >= 0 and bool(sentence.tokens_in(at + len(finding.surface), end))


def _follows_break(text: str, position: int) -> bool:
    """True when the cue comes right after a comma, quote or dash ("..., заявил Путин")."""
    before = text[:position].rstrip()
    return bool(before) and before[-1] in _INVERSION_MARKS


def _phrase_stop(text: str, lexicon: Lexicon, start: int) -> int | None:
    """Where a phrase from `start` ends: the next punctuation mark, but for the full stop of
    an abbreviation or an initial ("Dr. Petrosyan", "James O. Whitaker", "the U.S. should")."""
    for stop in _PHRASE_END_RE.finditer(text, start):
        if stop.group() == "," and _listing_comma(text, stop.start(), lexicon):
            continue
        if stop.group() != "." or not lexicon.abbreviates(text, stop.start()):
            return stop.start()
    return None


_UPPER = "A-ZА-ЯЁ"
_NAME_LIST_RE = re.compile(
    rf"\s*(?:[{_UPPER}][\w-]*(?:,\s*[{_UPPER}][\w-]*)*,?\s+)?(?:dan|serta|and|и|&)\s+[{_UPPER}]"
)
_CAPITALISED_END_RE = re.compile(rf"[{_UPPER}][\w-]*\Z")
_LIST_CLOSE_RE = re.compile(
    rf"((?:\s*,?\s*(?:[{_UPPER}][\w-]*|dan|serta|and|и|&)){{1,6}})\s*(?:\([^()]*\)|[,.;:]|\s[a-zа-яё])"
)
"""The capitalised words listed after a comma, up to brackets, punctuation or a word in
lower case: the last of them may be the body's kind ("… and Dentists Union")."""


def _listing_comma(text: str, index: int, lexicon: Lexicon) -> bool:
    """A comma between capitalised words listed in an office's or a body's name, closed by
    "and": "Kepala Pusat Data**,** Informasi dan Humas BNPB Sutopo", "Ministry of Energy**,**
    Mines and Water". A title or a body's word stands among the few words before it, so
    people listed ("Aliyev, Pashinyan and Putin") are still parted. It ends no phrase and
    parts no chunk."""
    if not (
        _CAPITALISED_END_RE.search(text, max(0, index - 40), index)
        and _NAME_LIST_RE.match(text, index + 1)
    ):
        return False
    listed = text[index + 1 :].split(maxsplit=1)[:1]
    if listed and is_place(listed[0].strip(",;:"), lexicon):
        return False  # "Ministers of Armenia, Azerbaijan and Russia": countries, not fields
    opening = max(_LIST_OPENING_RE.finditer(text, 0, index), key=lambda m: m.end(), default=None)
    before = text[opening.end() if opening else 0 : index].split()[-6:]
    # "The Kenya Medical Practitioners, Pharmacists and Dentists **Union** (KMPDU)": the
    # body's word may close the list instead
    closing = _LIST_CLOSE_RE.match(text, index + 1)
    after = closing.group(1).split()[-1:] if closing else []
    return any(
        (folded := fold_str(word.strip("'’"))) in lexicon.titles or folded in lexicon.kind_words
        for word in before
    ) or bool(after and fold_str(after[0]) in lexicon.kind_words)


_LIST_OPENING_RE = re.compile(r"[.;:!?\"“”«»„()]|\s[—–-]\s|—|–")
"""Where the words before a listing comma stop being looked at."""


def _ends_sentence(sentence: Sentence, lexicon: Lexicon, end: int) -> bool:
    """Does a short phrase (no more than MAX_NAME_WORDS words) run from `end` to the close?"""
    stop = _phrase_stop(sentence.plain, lexicon, end)
    if stop is not None and sentence.text[stop:].strip(" .!?\"”»'’)") != "":
        return False
    return len(sentence.tokens_in(end, len(sentence.text))) <= MAX_NAME_WORDS


def _agent(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> Finding | None:
    """The agent of a passive cue, named right after it ("The claim was rejected **by the
    Armenian foreign ministry**", "The shelling was confirmed by the Red Cross"): the
    speaker, as an active verb's subject would be; no agent, no speaker ("Two soldiers were
    reported killed")."""
    following = sentence.tokens_in(hit.end, len(sentence.text))[:1]
    if not following or following[0].norm not in lexicon.agent_prepositions:
        return None
    if sentence.text[hit.end : following[0].start].strip():
        return None
    start = following[0].end
    end = _phrase_end(sentence, lexicon, start)
    tokens = sentence.tokens_in(start, end)
    for at in range(1, len(tokens) - 1):
        after = tokens[at + 1]
        if (
            tokens[at].norm in lexicon.head_links
            and not after.capitalised
            and (after.norm not in lexicon.determiners)
        ):
            end = tokens[at].start  # "accused by Armenia **of shelling** …": the charge
            break
    return subject(sentence, lexicon, hit, (start, end), "after", SCORE_SUBJECT, "propose", True)


def _is_passive(sentence: Sentence, lexicon: Lexicon, start: int) -> bool:
    previous = [t for t in sentence.tokens if t.end <= start]
    return bool(previous) and previous[-1].norm in lexicon.passive_markers


def _frames(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> bool:
    """A cue inside a relative clause ("launched **what it called** an operation", "the
    attack, **which Kyiv described** as a war crime, killed …") or read as a bare passive
    ("RSF **accused of** massacre"): nobody is quoted."""
    norms = [t.norm for t in sentence.tokens_in(hit.start, len(sentence.text))]
    if starts_with(norms, lexicon.bare_passives):
        return True
    clause_start = max(
        (m.end() for m in re.finditer(r"[,;:\"“”«»]", sentence.plain[: hit.start])), default=0
    )
    clause = [t for t in sentence.tokens_in(0, hit.start) if t.norm != "s"]  # "Armenia's"
    within = [t for t in clause if t.start >= clause_start]
    before = within[-4:]
    opener = next(
        (k for k in range(len(before) - 1, -1, -1) if before[k].norm in lexicon.relatives), None
    )
    if opener is None:
        return False
    prior = clause[: clause.index(before[opener])][-1:]
    if (
        before[opener].norm in lexicon.relative_pronouns
        and prior
        and (prior[0].norm in lexicon.prepositions or (prior[0].norm,) in lexicon.after_enders)
    ):
        return False  # "an address **in which** he said …": the clause quotes him
    # a subject (and an adverb) between "what" and the cue: "what **the Kremlin later**
    # called"; not "what Moscow meant **but** said", which goes on to quote
    between = before[opener + 1 :]
    return bool(between) and not any(t.norm in lexicon.conjunctions for t in between)


def _is_reciprocal(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> bool:
    """ "saling menuduh", "обвиняют друг друга", "accused each other": no single speaker."""
    norms = [t.norm for t in sentence.tokens]
    after = next((i for i, t in enumerate(sentence.tokens) if t.start >= hit.end), len(norms))
    before = [i for i, t in enumerate(sentence.tokens) if t.end <= hit.start]
    if starts_with(norms[after:], lexicon.reciprocals):
        return True
    return any(starts_with(norms[i:], lexicon.reciprocals) for i in before[-2:] if before)


def _before(
    sentence: Sentence,
    lexicon: Lexicon,
    hit: Hit,
    score: float,
    mode: str,
    object_of: frozenset[str] = frozenset(),
) -> Finding | None:
    """The subject before a cue: the comma-chunk next to it, else the clause's first chunk.

    "X, an aide to Y, said": the first chunk; "Juru bicara ..., Vahram Poghosyan, menulis":
    when only the chunk before the appositive comma is a bare name, that name is proposed.
    """
    clause_start = max(
        (m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence.plain, 0, hit.start)), default=0
    )
    words = sentence.tokens_in(clause_start, hit.start)
    quoting = [
        t
        for at, t in enumerate(words)
        if t.norm in object_of and not (at and words[at - 1].norm in lexicon.passive_markers)
    ]  # not "Aliyev **was quoted** as saying": he is the subject
    if quoting:  # "State media quoted **the Azerbaijani leader** as saying"
        clause_start = quoting[-1].end
    chunks = _chunks(sentence.text, clause_start, hit.start, lexicon)
    if (
        len(chunks) > 2
        and _aside(sentence, lexicon, *chunks[-2])
        and _is_empty(sentence, lexicon, *chunks[-1])
    ):
        del chunks[-2]  # "Peskov, **seperti dikutip Reuters**, mengatakan": the medium
    adjacent = chunks[-1]
    if not _is_empty(sentence, lexicon, *adjacent):
        return subject(sentence, lexicon, hit, adjacent, "before", score, mode, rightmost=True)
    if len(chunks) == 1:
        return None
    while len(chunks) > 3 and _is_empty(sentence, lexicon, *chunks[-2]):
        del chunks[-2]  # "…, Dmitry Peskov, **Senin**, mengatakan": when, not who
    first = subject(sentence, lexicon, hit, chunks[0], "before", score, mode, rightmost=True)
    if len(chunks) > 2 and (person := _person_in_full(sentence, lexicon, hit, chunks[-2], first)):
        return person
    appositive = len(chunks) > 2 and (
        first is None
        or first.kind == "propose"
        or _body_of_an_office(sentence, lexicon, first, chunks[0])
    )
    # "Direktur RSUP Wahidin, dr. Siti Rahmawati, menyatakan": an office, then its holder
    office = not _bare_name(sentence, *chunks[0]) or _holds_office(sentence, lexicon, chunks[0])
    party_state = _PARTY_STATE.fullmatch(sentence.text[slice(*chunks[-2])].strip())
    if appositive and office and not party_state and _bare_name(sentence, *chunks[-2], lexicon):
        named = subject(sentence, lexicon, hit, chunks[-2], "before", score, mode, True)
        if named is None and first is not None and first.kind == "mention" and mode != "propose":
            return None  # an unregistered holder of the body's office: proposed in that pass
        return named or first
    return first


def _person_in_full(
    sentence: Sentence,
    lexicon: Lexicon,
    hit: Hit,
    chunk: tuple[int, int],
    first: Finding | None,
) -> Finding | None:
    """A registered person named in full in the aside before the cue, when the subject
    before it is only a one-word inexact match ("**Armenian** officials, including **Anna
    Hakobyan**, said" with "Armenia" an alias of the government): the person whose whole
    name is written speaks; an adjective only points at a state. None otherwise."""
    if first is None or first.kind != "mention" or len(first.surface.split()) > 1:
        return None
    if first.score >= SCORE_SUBJECT:
        return None  # the name as registered: "Kremlin officials, including …"
    named = subject(sentence, lexicon, hit, chunk, "before", SCORE_SUBJECT, "mentions", True)
    if named is None or named.score < SCORE_SUBJECT or len(named.surface.split()) < 2:
        return None
    return named if sentence.index.kind(named.speaker or "") == "person" else None


def _body_of_an_office(
    sentence: Sentence, lexicon: Lexicon, finding: Finding, chunk: tuple[int, int]
) -> bool:
    """Whether a registered mention ends a chunk that names an office held at it ("Juru
    bicara **militer Sudan**, Brigadir Jenderal Nabil Abdallah, mengatakan", "A spokesman
    for **Azerbaijan**, Vagif Dargahli, said", "Kepala **BPBD** NTT, Ambrosius Kodo,
    menyatakan", its region after it): the holder named in the appositive after it speaks,
    not the body."""
    if finding.kind != "mention":
        return False
    text = sentence.text[slice(*chunk)].rstrip()
    at = chunk[0] + text.rfind(finding.surface)
    after = sentence.tokens_in(at + len(finding.surface), chunk[1])
    if after and after[0].norm == "s" and sentence.text[after[0].start - 1] in "'\u2019":
        after = after[1:]  # "**Hahn**'s spokesman, Peter Lind, said": his office
    while after and after[0].capitalised and after[0].norm not in lexicon.titles:
        after = after[1:]
    if after and after[0].norm in lexicon.titles:
        return True  # "The **UN** Resident Coordinator in Sudan, Clementine Nkweta-Salami,"
    if after:
        return False
    # the body closes the chunk, or only its region follows ("Kepala **BPBD** NTT")
    before = sentence.tokens_in(chunk[0], at)
    return finding.voiced or (bool(before) and before[-1].norm in lexicon.titles)


_PARTY_STATE = re.compile(r"[DRI]-[A-Z][\w.]*")
"""A US legislator's party and state ("Sen. Laura Whitfield, **D-Calif.**, said"): no name."""


def _bare_name(sentence: Sentence, start: int, end: int, lexicon: Lexicon | None = None) -> bool:
    """Whether [start, end) is a short run of capitalised words (with `lexicon`, a rank
    written in lower case may open it: "**dr.** Siti Rahmawati")."""
    tokens = sentence.tokens_in(start, end)
    if lexicon is not None and tokens and tokens[0].norm in lexicon.ranks:
        tokens = tokens[1:]
    return 0 < len(tokens) <= 4 and all(t.capitalised for t in tokens)


def _holds_office(sentence: Sentence, lexicon: Lexicon, chunk: tuple[int, int]) -> bool:
    """Whether a chunk names an office or a body ("Direktur RSUP Wahidin", "Koordinator
    Aliansi Mahasiswa Makassar"), not a person ("Aliyev")."""
    return any(
        t.norm in lexicon.titles or t.norm in lexicon.kind_words for t in sentence.tokens_in(*chunk)
    )


def _after(
    sentence: Sentence, lexicon: Lexicon, hit: Hit, score: float, mode: str
) -> Finding | None:
    """The speaker named right after a cue ("Menurut X,", "..., заявил лидер X").

    A short quoted recipient is skipped ("сообщили «Интерфаксу» в X"); the phrase runs to
    the next punctuation mark or phrase ender ("kata Putin **seperti** dikutip Reuters").
    When a description is followed by a name after a comma ("ujar asisten presiden
    Azerbaijan, Hikmet Hajiyev"), the name is the speaker.
    """
    start = _past_audience(sentence, lexicon, _past_quoted_name(sentence, hit.end))
    if hit.tells and lexicon.case_endings:
        start = _past_addressee(sentence, lexicon, hit, start)
        if start < 0:
            return None  # "Об этом сообщил Толстому.": whom it was told, and nobody telling
    if hit.impersonal:
        start = _past_recipient(sentence, lexicon, start)
    if lexicon.free_order:
        start = _past_occasion(sentence, lexicon, start, hit.impersonal)
        if start < 0:
            return None  # "заявил в интервью ТАСС.": an occasion and no speaker
    following = sentence.tokens_in(start, len(sentence.text))[:1]
    if (
        following
        and following[0].norm in lexicon.complementizers
        and not _a_name_in_capitals(sentence, following[0])
    ):
        return None  # "disebutkan bahwa Azerbaijan ...": the reported clause, not a speaker
    if (
        following
        and following[0].norm in lexicon.agent_prepositions
        and not sentence.text[
            _past_audience(sentence, lexicon, hit.end) : following[0].start
        ].strip()
    ):
        start = following[0].end  # "disampaikan (kepada wartawan) **oleh** Menteri …"
    end = _phrase_end(sentence, lexicon, start)
    if hit.tells and lexicon.case_endings:
        end = _addressee_after_subject(sentence, lexicon, hit, start, end)
    span = _appositive(sentence, lexicon, start, end) or (start, end)
    return subject(sentence, lexicon, hit, span, "after", score, mode, rightmost=True)


def _past_audience(sentence: Sentence, lexicon: Lexicon, start: int) -> int:
    """Skip whom it was said to, a preposition and an audience right at `start`, when more
    follows ("dikatakan **kepada wartawan** oleh Juru bicara Kemlu Andi Saputra", "dikatakan
    **kepada awak media** Andi Saputra"): the speaker comes after it, as after "kata Andi
    kepada wartawan" it comes before. `start` when no audience opens the phrase."""
    if not lexicon.audiences:
        return start
    tokens = sentence.tokens_in(start, len(sentence.text))[:4]
    if len(tokens) < 3 or tokens[0].norm not in lexicon.prepositions:
        return start
    if sentence.text[start : tokens[0].start].strip():
        return start
    size = 1
    while (
        size < len(tokens)
        and not tokens[size].capitalised
        and (
            tokens[size].norm in lexicon.audiences
            or (size > 1 and lexicon.kind_words.get(tokens[size].norm) == "media")
        )
    ):
        size += 1  # "kepada **awak media**"
    if (
        size == 1
        or size == len(tokens)
        or _PHRASE_END_RE.search(sentence.plain, tokens[0].start, tokens[size].start)
    ):
        return start
    return tokens[size].start


def _a_name_in_capitals(sentence: Sentence, token: Token) -> bool:
    """Whether a word that is also a complementizer is a name, capitalised within a sentence
    set in ordinary case ("По словам **Ли** Куан Ю", not a title-case headline's "Says
    **That** …")."""
    if not token.capitalised or token.start == sentence.tokens[0].start:
        return False
    return not all(t.capitalised for t in sentence.tokens if t.norm.isalpha())


def _past_occasion(
    sentence: Sentence, lexicon: Lexicon, start: int, impersonal: bool = False
) -> int:
    """Free word order: skip the occasion between a verb and its subject ("заявил **в
    интервью ТАСС** Песков", "**в беседе с журналистами**", "**в ходе встречи с Путиным**
    Алиев", "**на брифинге** официальный представитель МИД …"): past an `after_enders`
    phrase, the speaker opens with an office or a body, or a capital that is no outlet and
    no preposition's object, but after an impersonal cue the body the preposition names
    ("сообщили в ходе брифинга **в Минобороны** России"). `start` when no occasion opens
    the phrase; -1 when one does and no speaker follows it in the clause."""
    end = _phrase_stop(sentence.plain, lexicon, start)
    tokens = sentence.tokens_in(start, len(sentence.text) if end is None else end)
    occasion = starts_with([t.norm for t in tokens], lexicon.after_enders)
    if not occasion:
        return start
    office = lexicon.titles | lexicon.mouthpieces | lexicon.ranks | lexicon.official_nouns
    rest = tokens[len(occasion) :]
    for at, token in enumerate(rest):
        after_preposition = at > 0 and rest[at - 1].norm in lexicon.prepositions
        nxt = rest[at + 1].norm if at + 1 < len(rest) else ""
        if token.norm in office or (
            token.norm.endswith(RU_ADJECTIVE_NOMINATIVE) and not token.capitalised and nxt in office
        ):
            return token.start  # "глава МИД …", "официальный представитель …"
        if (
            impersonal
            and token.norm in lexicon.impersonal_prepositions
            and at + 1 < len(rest)
            and rest[at + 1].capitalised
        ):
            return token.start  # "… в Минобороны России": where they said it speaks
        kind = lexicon.kind_words.get(token.norm)
        if token.capitalised and not after_preposition and kind != "media":
            if (
                token.norm not in lexicon.audiences
                and not sentence.text[token.start : token.end].isupper()
            ):
                return token.start  # "Песков", past "ТАСС", "РИА Новости", "с Путиным"
            if kind is not None:
                return token.start  # "МИД Армении": a body's initials
    return -1


def _past_addressee(sentence: Sentence, lexicon: Lexicon, hit: Hit, start: int) -> int:
    """Skip whom a verb of telling was told, right after it with no preposition (`Cue.tells`),
    as "told Reuters" and "kepada wartawan" are no speakers: a name or noun in the dative
    that no subject of the verb could be ("сообщил **Толстому** Песков", "сообщила **Марии
    Ивановой** Анна Петрова", "заявил **министру обороны** …", `morphology.told_to`), with
    the genitive completing a body ("**Министерству обороны Армении**"); or a news outlet
    that does not decline ("рассказал **РИА Новости** Иван Петров", "**ТАСС**"), when a
    speaker is named after it ("Об этом рассказал ТАСС." is TASS's own report). `start`
    when nobody is told there; -1 when someone is and no speaker follows in the phrase
    ("Как сообщили Толстому, …": the speaker is unnamed)."""
    end = _phrase_end(sentence, lexicon, start)
    tokens = sentence.tokens_in(start, end)
    told = 0
    while told < len(tokens) and told_to(_hyphenated(sentence, tokens, told), hit.surface):
        told += _hyphenated_size(sentence, tokens, told)  # "сообщил **Нью-Йорку** Иван …"
    told = _genitive_tail(sentence, lexicon, hit, tokens, told)
    if not told:
        told = _outlet_told(sentence, lexicon, tokens)
        if not told:
            return start
    rest = [t for t in tokens[told:] if t.norm not in lexicon.fillers]
    return rest[0].start if rest else -1


def _genitive_tail(
    sentence: Sentence, lexicon: Lexicon, hit: Hit, tokens: list[Token], told: int
) -> int:
    """How many of `tokens` name whom a verb was told, its first `told` words in the dative
    and the genitive completing a body or an office after them ("Министерству **обороны
    Армении**", "министру **обороны**"): a word in no nominative the verb's subject could be
    in (`morphology.genitive_after`), or, after a plural verb, whose plural nominative
    ("обороны": defences) no reader takes for the subject, a word that completes a body's
    name (`bodies.body_kind`: "Министерству обороны") or an office's (`titles`). A person's
    name takes no genitive after it ("сообщил Толстому **Иван** Петров")."""
    if not told or a_persons_name(_token_text(sentence, tokens[told - 1])):
        return told
    while told < len(tokens):
        word = _token_text(sentence, tokens[told])
        if not (
            genitive_after(word, hit.surface)
            or body_kind(sentence.text[tokens[0].start : tokens[told].end]) is not None
            or (tokens[told].norm in lexicon.titles and likeliest_genitive(word))
        ):
            break
        told += 1  # "Министерству **обороны Армении**": the body told, in the genitive
    return told


def _addressee_after_subject(
    sentence: Sentence, lexicon: Lexicon, hit: Hit, start: int, end: int
) -> int:
    """Where whom a verb of telling was told starts when it follows the subject, closing the
    phrase (`Cue.tells`: "сказал Песков **Толстому**", "сказала Анна Петрова **Марии
    Ивановой**", "сообщил Иван Петров **Министерству обороны Армении**", "сообщил Иван
    Петров **РИА Новости**", "сообщили в МИД России **Министерству обороны**"): the
    speaker's phrase ends there; `end` when nobody is told after it. It follows a name, a
    capitalised word: after a word in lower case a dative is the subject's own ("советник
    **Марии** Ивановой", "Уполномоченный по **правам** человека"), and a word in the dative
    that may be a genitive too starts whom it was told only when it is a person's name
    ("глава МИД **Армении**" is the subject's). Only the phrase after the verb is read."""
    tokens = sentence.tokens_in(start, end)
    stops = lexicon.prepositions | lexicon.np_breakers | lexicon.complementizers
    for at in range(1, len(tokens)):
        if tokens[at - 1].norm in stops - lexicon.prepositions:
            return end  # past a breaker: the subject's phrase has ended
        previous = _token_text(sentence, tokens[at - 1])
        if sentence.text[tokens[at - 1].end : tokens[at].start].strip():
            continue  # one word with it: "Эр-**Рияде**", "Нью-**Йорку**"
        if not tokens[at - 1].capitalised or (
            a_persons_name(previous) and told_to(previous, hit.surface)
        ):
            continue  # "советник **Марии** Ивановой": hers; "по **правам**": a preposition's
        if lexicon.kind_words.get(tokens[at - 1].norm) == "media" or any(
            m.start < tokens[at].start < m.end and sentence.index.kind(m.speaker) == "media"
            for m in sentence.mentions
        ):
            continue  # inside an outlet's name: "РИА **Новости**"
        word = _hyphenated(sentence, tokens, at)  # "сообщил Иван Петров **Нью-Йорку**"
        told = 0
        if told_to(word, hit.surface) and (not genitive_reading(word) or a_persons_name(word)):
            told = _hyphenated_size(sentence, tokens, at)
            while at + told < len(tokens) and told_to(
                _token_text(sentence, tokens[at + told]), hit.surface
            ):
                told += 1
            told = _genitive_tail(sentence, lexicon, hit, tokens[at:], told)
        elif tokens[at].capitalised:
            told = _outlet_size(sentence, lexicon, tokens[at:])
        if not told:
            continue
        rest = [t for t in tokens[at + told :] if t.norm not in lexicon.fillers]
        norms = [t.norm for t in rest]
        if not rest or norms[0] in stops or starts_with(norms, lexicon.after_enders):
            return tokens[at].start
    return end


def _outlet_told(sentence: Sentence, lexicon: Lexicon, tokens: list[Token]) -> int:
    """How many of `tokens` name a news outlet (a registered one, or capitalised media words:
    "РИА Новости", "ТАСС", "Reuters") with a speaker after it: a capitalised word starting
    a name, or a nominative noun or adjective (`morphology.starts_a_subject`: "рассказал
    ТАСС **Иван Петров**", "сообщил РИА Новости **источник**"); 0 otherwise. An adverb or
    a time after it ("сообщает ТАСС **утром**", "сообщило РИА Новости **официально**")
    names nobody: the outlet reports its own news, also when the word is a comparative
    that reads as a neuter adjective too ("сообщил ТАСС **позднее**")."""
    size = _outlet_size(sentence, lexicon, tokens)
    after = [t for t in tokens[size:] if t.norm not in lexicon.fillers][:1]
    if not size or not after:
        return 0
    stops = lexicon.prepositions | lexicon.np_breakers | lexicon.complementizers
    if after[0].norm in stops:
        return 0
    word = _token_text(sentence, after[0])
    speaker = after[0].capitalised or (starts_a_subject(word) and not an_adverb(word))
    return size if speaker else 0


def _outlet_size(sentence: Sentence, lexicon: Lexicon, tokens: list[Token]) -> int:
    """How many of `tokens` name a news outlet opening them: a registered one, or up to
    three capitalised media words ("РИА Новости", "ТАСС", "Reuters"); 0 otherwise."""
    if not tokens:
        return 0
    media = next(
        (
            m
            for m in sentence.mentions_in(tokens[0].start, tokens[-1].end)
            if m.start == tokens[0].start and sentence.index.kind(m.speaker) == "media"
        ),
        None,
    )
    if media is not None:
        return len([t for t in tokens if t.end <= media.end])
    size = 0
    while (
        size < min(len(tokens), 3)
        and tokens[size].capitalised
        and lexicon.kind_words.get(tokens[size].norm) == "media"
        # "Агентство ООН" is the UN's agency, no outlet: the pair's kind first (`kind_of`)
        and lexicon.kind_of(tokens[size], tokens[size + 1] if size + 1 < len(tokens) else None)
        == "media"
    ):
        size += 1
    return size


def _token_text(sentence: Sentence, token: Token) -> str:
    return sentence.text[token.start : token.end]


def _hyphenated_size(sentence: Sentence, tokens: list[Token], at: int) -> int:
    """How many of `tokens` from `at` make one word joined by hyphens ("Нью-Йорку": 2), which
    the tokenizer splits and the dictionary reads whole."""
    size = 1
    while at + size < len(tokens) and sentence.text[
        tokens[at + size - 1].end : tokens[at + size].start
    ] in ("-", "\u2011"):
        size += 1
    return size


def _hyphenated(sentence: Sentence, tokens: list[Token], at: int) -> str:
    """The whole hyphenated word opening at `tokens[at]` (`_hyphenated_size`): "Нью-Йорку",
    whose parts alone the dictionary reads otherwise ("Нью" it does not know)."""
    last = tokens[at + _hyphenated_size(sentence, tokens, at) - 1]
    return sentence.text[tokens[at].start : last.end]


def _past_recipient(sentence: Sentence, lexicon: Lexicon, start: int) -> int:
    """Skip the outlet told, between an impersonal cue and its body ("сообщили **ТАСС** в
    Министерстве обороны"): a capitalised word or two right before the preposition."""
    tokens = sentence.tokens_in(start, len(sentence.text))[:4]
    for k, token in enumerate(tokens):
        if token.norm in lexicon.impersonal_prepositions:
            named = tokens[:k]
            if 0 < len(named) <= 2 and all(t.capitalised for t in named):
                return token.start
            return start
    return start


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
    stop = _phrase_stop(sentence.plain, lexicon, start)
    end = stop if stop is not None else len(sentence.text)
    tokens = sentence.tokens_in(start, end)
    norms = [t.norm for t in tokens]
    for index in range(1, len(tokens)):
        if starts_with(norms[index:], lexicon.after_enders) and not remit_link(
            lexicon, tokens[index - 1], tokens[index], tokens[index + 1 : index + 3]
        ):  # "said the Commission **on** Human Rights": more of the name
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
    stop = _phrase_stop(sentence.plain, lexicon, end + 1)
    close = stop if stop is not None else len(text)
    if stop is not None and text[close] not in ",)" and text[close:].strip(" .!?\"”»'’"):
        return None
    tokens = sentence.tokens_in(end + 1, close)
    if not _bare_name(sentence, end + 1, close) or any(t.norm in lexicon.fillers for t in tokens):
        return None
    if len(tokens) < 2 and _bare_name(sentence, start, end):
        return None
    return end + 1, close


def _chunks(
    text: str, start: int, end: int, lexicon: Lexicon | None = None
) -> list[tuple[int, int]]:
    """Comma-separated pieces of text[start:end], as offset pairs (never empty list)."""
    pieces, cursor = [], start
    for index in range(start, end):
        if text[index] == "," and not (lexicon and _listing_comma(text, index, lexicon)):
            pieces.append((cursor, index))
            cursor = index + 1
    pieces.append((cursor, end))
    return pieces


def _aside(sentence: Sentence, lexicon: Lexicon, start: int, end: int) -> bool:
    """Whether a chunk only says whom the speaker was quoted by ("seperti dikutip Reuters",
    "as quoted by TASS"): an aside between the speaker and the verb."""
    folded = fold_str(sentence.text[start:end]).strip()
    found = lexicon.find(folded)
    return bool(found) and found[0][1] == 0 and found[0][0].category == "quoted_by"


def _after_aside(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> bool:
    """Whether the comma before the cue closes such an aside, or the holder's name after an
    office: the speaker is before it, as if no comma stood there ("Peskov, seperti dikutip
    Reuters, **mengatakan** …", "The UN Resident Coordinator in Sudan, Clementine
    Nkweta-Salami, **said** a UN team …", where what follows "said" is what she said)."""
    before = sentence.text[: hit.start].rstrip()
    if not before.endswith(","):
        return False
    chunks = _chunks(sentence.text, 0, len(before) - 1, lexicon)
    if len(chunks) > 1 and _aside(sentence, lexicon, *chunks[-1]):
        return True
    if len(chunks) < 2 or not _bare_name(sentence, *chunks[-1]):
        return False
    office = _CLAUSE_BREAK_RE.split(sentence.plain[slice(*chunks[-2])])[-1]
    named = len(sentence.tokens_in(*chunks[-1])) >= 2
    return named and bool(office.strip()) and _holds_office(sentence, lexicon, chunks[-2])


def _is_empty(sentence: Sentence, lexicon: Lexicon, start: int, end: int) -> bool:
    return all(t.norm in lexicon.fillers for t in sentence.tokens_in(start, end))


def statement_issuer(sentence: Sentence, lexicon: Lexicon) -> Finding | None:
    """A headline "Statement of X [on ...]" ("Заявление МИД России в связи с ..."): X.

    Only the issuer and a linking preposition may follow the head word: "Заявление МИД
    России вызвало критику" is a news headline about the statement, not the statement.
    """
    norms = [t.norm for t in sentence.tokens]
    head = starts_with(norms, lexicon.statement_heads)
    first = next(iter(sentence.mentions), None)
    if not head:
        return None
    if first is None:
        return _unregistered_issuer(sentence, lexicon, len(head))
    if any(n not in lexicon.determiners for n in norms[len(head) : first.first_token]):
        return None
    after = [t for t in sentence.tokens if t.start >= first.end]
    if after and after[0].norm not in lexicon.statement_links:
        return None
    surface = sentence.text[first.start : first.end]
    cue = sentence.text[: sentence.tokens[len(head) - 1].end]
    return Finding("mention", cue, "statement", SCORE_STATEMENT, surface, speaker=first.speaker)


def _unregistered_issuer(sentence: Sentence, lexicon: Lexicon, head: int) -> Finding | None:
    """ "Statement of the Ministry of Foreign Affairs of Armenia on ...": an issuer nobody has
    registered yet, proposed when it is a name (capitalised) of at most MAX_NAME_WORDS words
    ended by a link word or the line's end ("Statement of intent" proposes nothing)."""
    tokens = sentence.tokens
    start = head
    while start < len(tokens) and tokens[start].norm in lexicon.determiners:
        start += 1
    end = start
    while end < len(tokens) and tokens[end].norm not in lexicon.statement_links:
        end += 1
    issuer = tokens[start:end]
    if (
        not issuer
        or len(issuer) > MAX_NAME_WORDS
        or not all(t.capitalised or t.norm in lexicon.stopwords for t in issuer)
    ):
        return None
    surface = sentence.text[issuer[0].start : issuer[-1].end]
    cue = sentence.text[: tokens[head - 1].end]
    return Finding("propose", cue, "statement", SCORE_PROPOSAL, surface)


def _colon_quote(sentence: Sentence, lexicon: Lexicon) -> Finding | None:
    """A name, a colon, then a quotation: `Spokeswoman Maria Zakharova: "We call on ..."`
    (live blogs, transcripts). Proposed only when a quotation follows, so a headline such as
    "Nagorno-Karabakh: a timeline" names nobody."""
    colon = sentence.text.find(":")
    if colon <= 0 or sentence.text[colon + 1 :].lstrip()[:1] not in ('"', "“", "«", "„"):
        return None
    tokens = sentence.tokens_in(0, colon)
    if not 0 < len(tokens) <= MAX_NAME_WORDS or not tokens[-1].capitalised:
        return None  # the words before the colon end with a name
    hit = Hit(":", colon, colon + 1)
    found = subject(sentence, lexicon, hit, (0, colon), "before", SCORE_HEADLINE, "propose", True)
    if found is None or found.kind == "carry":
        return None
    if found.kind == "propose" and new_speaker(found.surface, lexicon).kind == "other":
        return None  # "Update:", "Breaking News:": no person, no body
    return found


def _headline(sentence: Sentence, lexicon: Lexicon) -> Finding | None:
    """A headline "Name: claim" ("Путин: число погибших ...") attributes to Name, and so does
    one that names its topic first, "Topic, Name: claim" ("Perang Karabakh, Aliyev: Kami
    Akan Terus Maju"), when Name is a registered person or body, not a place."""
    colon = sentence.text.find(":")
    if colon <= 0 or ":" in sentence.text[colon + 1 :]:
        return None
    start = _after_topic(sentence, colon)
    first = next(iter(sentence.mentions_in(start, colon)), None)
    if first is None or sentence.text[start : first.start].strip():
        return None
    if (start == 0 and first.first_token != 0) or sentence.text[first.end : colon].strip():
        return None
    surface = sentence.text[first.start : first.end]
    if start and is_place(surface, lexicon):
        return None  # "Sudan crisis, Khartoum: …", "Konflik, Armenia: …": where, not who
    return Finding("mention", ":", "headline", SCORE_HEADLINE, surface, speaker=first.speaker)


def _after_topic(sentence: Sentence, colon: int) -> int:
    """Where the speaker of a headline "Topic, Name: claim" starts: past the comma after a
    topic of two words or more that is not only registered names ("Armenia, Azerbaijan: …"
    names two parties, "Analysis, Peskov: …" is a label), in a line without closing
    punctuation; 0 for any other line."""
    comma = sentence.text.rfind(",", 0, colon)
    if comma < 0 or sentence.text.rstrip().rstrip("\"”»'’)")[-1:] in ".!?…":
        return 0
    topic = sentence.tokens_in(0, comma)
    named = [(m.start, m.end) for m in sentence.mentions_in(0, comma)]
    if len(topic) < 2 or all(any(a <= t.start < b for a, b in named) for t in topic):
        return 0  # "Armenia, Azerbaijan: …": the words before the comma are parties too
    return comma + 1
