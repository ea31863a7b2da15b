"""Who a chunk of a sentence names: a registered alias, a pronoun, a short form or a new name."""

from __future__ import annotations

from itertools import pairwise

from claimtrack.attribution.aliases import Mention
from claimtrack.attribution.bodies import body_key, body_kind, organisation_named
from claimtrack.attribution.cues import Lexicon, starts_with
from claimtrack.attribution.groups import group_phrase, group_speaker, unlabelled_group
from claimtrack.attribution.morphology import (
    an_adverb,
    is_first_name,
    only_plural,
    starts_a_subject,
    word_forms,
)
from claimtrack.attribution.places import is_place, leading_place, names_any_place
from claimtrack.attribution.proposals import (
    MAX_REMIT_WORDS,
    MAX_SHORT_NAME_WORDS,
    NAME_WORDS,
    adverbial_on_link,
    names_a_member,
    naming_words_at,
    new_speaker,
    remit_holder,
    short_name,
)
from claimtrack.attribution.sentence import INERT_QUOTE as _INERT_QUOTE
from claimtrack.attribution.sentence import Finding, Hit, Sentence
from claimtrack.attribution.text import Token, fold_str
from claimtrack.textnorm import RU_ADJECTIVE_ANY, RU_ADJECTIVE_NOMINATIVE

MAX_NAME_WORDS = 8
"""The longest proposed name, and the longest phrase taken for a subject after its cue."""
SCORE_SUBJECT = 0.9
SCORE_PROPOSAL = 0.5


def subject(
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
    if mentions and _and_a_place(sentence, lexicon, mentions[-1][0], span):
        return None  # "Azerbaijan and Russia said": a second party nobody registered
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
    carry = _kind_alone(sentence, lexicon, cue, span, how) or _short_form(
        sentence, lexicon, cue, span, how
    )
    if carry is not None or mode == "short":
        return carry
    tokens = sentence.tokens_in(*span)
    content = [t for t in tokens if t.norm not in lexicon.fillers]
    adverbial = bool(tokens) and tokens[0].norm in lexicon.prepositions
    carry = _pronoun(sentence, lexicon, cue, content, how, adverbial)
    if carry is not None:
        return carry
    if mode == "propose":
        return _proposal(sentence, lexicon, cue, tokens, how, hit.impersonal)
    return None


def _and_a_place(
    sentence: Sentence, lexicon: Lexicon, mention: Mention, span: tuple[int, int]
) -> bool:
    """Whether a conjunction and a place follow the last mention ("Azerbaijan **and
    Russia** said"): two parties speak, one of them unregistered."""
    after = sentence.tokens_in(mention.end, span[1])
    return (
        len(after) >= 2
        and after[0].norm in lexicon.conjunctions
        and after[1].capitalised
        and is_place(sentence.text[after[1].start : after[1].end], lexicon)
    )


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
    Not in a language with case endings, where "В Ереване эти данные ..." is Yerevan,
    unless the mention is a place's adjective there too ("армянские СМИ", but
    "Армянская сторона" speaks for the state).

    Any mention naming the place or body of an office a named person holds modifies it:
    the person speaks (`_office_of_named_person`)."""
    if _office_of_named_person(sentence, lexicon, mention, span):
        return True
    if _office_after_then_holder(sentence, lexicon, mention, span):
        return True
    if _office_posted_before_its_holder(sentence, lexicon, mention, span):
        return True
    if _office_with_remit_before_its_holder(sentence, lexicon, mention, span):
        return True
    if _place_in_a_body(sentence, lexicon, mention, span):
        return True
    if _opens_a_body_name(sentence, lexicon, mention, span):
        return True
    if (lexicon.case_endings and not mention.adjective) or mention.size > 1:
        return False
    if mention.score >= 100:
        return False
    following = [
        t for t in sentence.tokens_in(mention.end, span[1]) if t.norm not in lexicon.fillers
    ]
    if following and following[0].norm in lexicon.official_nouns:
        return False  # "Azerbaijani officials said": the state speaks
    if mention.adjective:  # an adjective always modifies: "армянские СМИ", "армянский МИД"
        return bool(following)
    return bool(following) and not following[0].capitalised


def _place_in_a_body(
    sentence: Sentence, lexicon: Lexicon, mention: Mention, span: tuple[int, int]
) -> bool:
    """A place named as part of a body: "Azerbaijan's **prosecutor** general's office said",
    "**Kementerian Pertahanan** Azerbaijan melaporkan", "**Минобороны** Азербайджана": that body
    speaks, not a speaker registered under the place's name. The state's own voice stays the
    place: "Azerbaijani **officials**", "Azerbaijan's **government**" (`official_nouns`)."""
    if not is_place(sentence.text[mention.start : mention.end], lexicon):
        return False
    body = (lexicon.titles | lexicon.kind_words.keys()) - lexicon.official_nouns
    skip = lexicon.fillers | lexicon.determiners | {"s"}  # "Azerbaijan's" is Azerbaijan + s
    after = [t for t in sentence.tokens_in(mention.end, span[1]) if t.norm not in skip]
    before = [t for t in sentence.tokens_in(span[0], mention.start) if t.norm not in skip]
    return bool(after and after[0].norm in body) or bool(before and before[-1].norm in body)


def _opens_a_body_name(
    sentence: Sentence, lexicon: Lexicon, mention: Mention, span: tuple[int, int]
) -> bool:
    """A one-word inexact match (a country's adjective: "Armenian" for the alias "Armenia")
    opening a longer capitalised name that ends in a body's word ("the **Armenian** Health
    Ministry", "the Armenian Red Cross Society"): that body speaks, not the speaker the
    country names. The state's own voice ("Armenian Officials") is no body's name."""
    if mention.size > 1 or mention.score >= 100:
        return False
    name: list[Token] = []
    for token in sentence.tokens_in(mention.end, span[1]):
        if not token.capitalised:
            break
        name.append(token)
    bodies = lexicon.kind_words.keys() - lexicon.official_nouns
    return any(t.norm in bodies for t in name)


def _office_of_named_person(
    sentence: Sentence, lexicon: Lexicon, mention: Mention, span: tuple[int, int]
) -> bool:
    """ "Karabakh **leader** Arayik Harutyunyan", "**Pemimpin** Nagorno-Karabakh Arayik
    Harutyunyan", "**Presiden** Azerbaijan Ilham Aliyev": the mention is where the office is,
    and a name of two capitalised words or more follows, maybe past the office's remit in
    lower case ("Верховный комиссар **ООН** по правам человека Фолькер Тюрк")."""
    after = sentence.tokens_in(mention.end, span[1])
    index = _past_remit(lexicon, after)
    while index < len(after) and (
        after[index].norm in lexicon.titles or after[index].norm in lexicon.ranks
    ):
        index += 1  # "juru bicara militer Sudan **Brigadir Jenderal** Nabil Abdallah"
    titled = index > 0
    name = 0
    while (
        index + name < len(after)
        and after[index + name].capitalised
        and after[index + name].norm not in lexicon.titles
    ):
        name += 1
    ranked = titled and after[index - 1].norm in lexicon.ranks  # "spokesman Colonel Hendarto"
    if name < (1 if ranked else 2):
        return False
    if titled:
        return True
    before = sentence.tokens_in(span[0], mention.start)
    while before and before[-1].capitalised and before[-1].norm not in lexicon.titles:
        before.pop()  # the rest of the place's name: "Nagorno-" of "Nagorno-Karabakh"
    return bool(before) and before[-1].norm in lexicon.titles


_APOSTROPHES = ("'", "\u2019")


def _office_after_then_holder(
    sentence: Sentence, lexicon: Lexicon, mention: Mention, span: tuple[int, int]
) -> bool:
    """ "**NATO**'s Secretary General Mark Rutte", "**Hamas**'s political chief Ismail
    Haniyeh", "**Mersland** Foreign Ministry spokeswoman Eva Stone": the mention (maybe with
    its possessive) opens an office that closes with a title or rank, and the holder's name
    closes the chunk: the holder speaks, as "Генсек НАТО Марк Рютте" does. With no name
    after the title ("Hamas's spokesman said") the body still speaks."""
    after = sentence.tokens_in(mention.end, span[1])
    while after and after[-1].norm in lexicon.fillers:
        after.pop()  # "… Mark Rutte **later** said"
    if (
        after
        and after[0].norm == "s"
        and sentence.text[mention.end : after[0].start] in _APOSTROPHES
    ):
        after = after[1:]  # "NATO's": the token "s" after an apostrophe
    held = lexicon.titles | lexicon.ranks
    name = len(after)
    while name > 0 and after[name - 1].capitalised and after[name - 1].norm not in held:
        name -= 1
    office = after[:name]
    if not office or len(office) > MAX_REMIT_WORDS or office[-1].norm not in held:
        return False
    if any(t.norm in lexicon.conjunctions or t.norm in lexicon.np_breakers for t in office):
        return False
    return len(after) - name >= (1 if office[-1].norm in lexicon.ranks else 2)


def _posted_before(sentence: Sentence, lexicon: Lexicon, first: int, span_start: int) -> int | None:
    """Where the office stands (its first token) when the words right before token `first`
    post it to a place: an office with a title, a link and the place ("Koordinator
    Kemanusiaan PBB **untuk Sudan**", "UN Humanitarian Coordinator **for Sudan**"), so that
    a name at `first` is its holder's; None otherwise."""
    tokens = sentence.tokens
    place = first
    while place > 0 and tokens[place - 1].capitalised and tokens[place - 1].start >= span_start:
        place -= 1
    link = place - 1
    while link >= 0 and tokens[link].norm in lexicon.determiners:
        link -= 1
    if place == first or link < 1 or tokens[link].start < span_start:
        return None
    if tokens[link].norm not in lexicon.title_links | lexicon.remit_links:
        return None
    said = [_text(sentence, t) for t in tokens[place:first]]
    if leading_place(said, lexicon) != len(said) and not all(is_place(w, lexicon) for w in said):
        return None  # "an aide to President Aliyev": no place
    office = _office_start(tokens, lexicon, link, span_start)
    if not any(t.norm in lexicon.titles for t in tokens[office:link]):
        return None
    return office


def _past_remit(lexicon: Lexicon, tokens: list[Token]) -> int:
    """How many of `tokens` are a remit in lower case opening them, up to a capital ("**по
    правам человека** Фолькер Тюрк"): a remit link and words that are no title, body or
    breaker; 0 when they open with none or no capital follows."""
    if not tokens or tokens[0].norm not in lexicon.remit_links:
        return 0
    for at in range(1, min(len(tokens), MAX_REMIT_WORDS + 1)):
        token = tokens[at]
        if token.capitalised:
            return at if at > 1 else 0
        if token.norm in lexicon.np_breakers or token.norm in lexicon.titles:
            return 0
    return 0


def _office_start(tokens: list[Token], lexicon: Lexicon, end: int, span_start: int) -> int:
    """Where the office closing right before token `end` starts: its capitalised words and
    titles ("Koordinator Kemanusiaan PBB"), a body's word in lower case ("Глава **комиссии**
    ООН"), and a remit in lower case closing it ("Координатор ООН **по гуманитарным
    вопросам**", where a remit link opens it: `remit_links`)."""
    office = end
    remit = end - 1
    while remit >= 0 and end - remit <= MAX_REMIT_WORDS and tokens[remit].start >= span_start:
        if tokens[remit].capitalised or tokens[remit].norm in lexicon.np_breakers:
            break
        if tokens[remit].norm in lexicon.remit_links and remit < end - 1:
            office = remit
            break
        remit -= 1
    while (
        office > 0
        and tokens[office - 1].start >= span_start
        and (
            tokens[office - 1].capitalised
            or tokens[office - 1].norm in lexicon.titles
            or (office < end and tokens[office - 1].norm in lexicon.kind_words)
        )
    ):
        office -= 1
    return office


def _office_posted_before_its_holder(
    sentence: Sentence, lexicon: Lexicon, mention: Mention, span: tuple[int, int]
) -> bool:
    """ "Koordinator Kemanusiaan **PBB** untuk Sudan Clementine Nkweta-Salami", "**UN**
    Humanitarian Coordinator for Sudan Clementine Nkweta-Salami": the mention names the body
    of an office posted to a place, and the holder named after the place (two words or
    more, closing the chunk) speaks."""
    tokens = sentence.tokens
    last = max((i for i, t in enumerate(tokens) if t.end <= span[1]), default=-1)
    first = last + 1
    while first > mention.first_token + mention.size and tokens[first - 1].capitalised:
        first -= 1
    run = [_text(sentence, t) for t in tokens[first : last + 1]]
    # the place opens the run: "Sudan **Clementine Nkweta-Salami**"
    place = leading_place(run, lexicon) or int(bool(run) and is_place(run[0], lexicon))
    words = " ".join(run[place:]).replace("-", " ").split()
    if not place or len(words) < 2:
        return False
    office = _posted_before(sentence, lexicon, first + place, span[0])
    return office is not None and office <= mention.first_token


def _office_with_remit_before_its_holder(
    sentence: Sentence, lexicon: Lexicon, mention: Mention, span: tuple[int, int]
) -> bool:
    """ "**UN** High Commissioner for Human Rights Volker Turk", "Komisaris Tinggi **PBB**
    untuk Pengungsi Filippo Grandi": the mention names the body of an office (a title among
    its words) whose remit closes with its holder's name (`proposals.remit_holder`), and
    the holder speaks."""
    tokens = sentence.tokens
    after = [
        i
        for i, t in enumerate(tokens)
        if t.start >= mention.end and t.end <= span[1] and t.norm in lexicon.remit_links
    ]
    if not after:
        return False
    office = _office_start(tokens, lexicon, after[-1], span[0])
    if office > mention.first_token:
        return False
    if not any(t.norm in lexicon.titles for t in tokens[office : after[-1]]):
        return False
    said = sentence.text[tokens[office].start : span[1]].split()
    return remit_holder(said, lexicon) > 0


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
    if _posted_before(sentence, lexicon, mention.first_token, span_start) is not None:
        return "subject"  # "Koordinator … PBB untuk Sudan **Clementine Nkweta-Salami**"
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
    sentence: Sentence,
    lexicon: Lexicon,
    cue: str,
    tokens: list[Token],
    how: str,
    adverbial: bool = False,
) -> Finding | None:
    """A pronoun subject: the last word before the cue, or the first one after it; before
    the cue also after an `adverbial` opening with a preposition ("In an interview with a
    Turkish broadcaster **he** claimed ...")."""
    if not tokens or (how == "before" and len(tokens) > 2 and not adverbial):
        return None
    token = tokens[0] if how == "after" else tokens[-1]
    if token.norm not in lexicon.pronouns:
        return None
    surface = sentence.text[token.start : token.end]
    refers = lexicon.pronouns[token.norm]
    return Finding("carry", cue, f"pronoun-{how}", SCORE_SUBJECT, surface, refers=refers)


def _kind_alone(
    sentence: Sentence, lexicon: Lexicon, cue: str, span: tuple[int, int], how: str
) -> Finding | None:
    """A ministry described by its kind and no country ("the defence ministry", "Defence
    Ministry rejects …", "kementerian luar negeri", "В министерстве обороны заявили"): a
    reference to the one body of that kind the document means (`Finding.body`), never to
    whichever ministry spoke last. A body's one-word name ("Минобороны") stays itself."""
    tokens = sentence.tokens_in(*span)
    framing = lexicon.fillers | lexicon.determiners | lexicon.prepositions
    while tokens and tokens[0].norm in framing:
        tokens = tokens[1:]
    while tokens and tokens[-1].norm in lexicon.fillers | lexicon.definite_after:
        tokens = tokens[:-1]
    tokens = _without_voice(sentence, lexicon, tokens)
    if len(tokens) < 2:
        return None
    surface = sentence.text[tokens[0].start : tokens[-1].end]
    kind = body_kind(surface)
    if kind is None:
        kind = _described_kind(sentence, lexicon, tokens)
    if kind is None or not kind.endswith("ministry"):
        return None
    return Finding(
        "carry", cue, f"short-form-{how}", SCORE_SUBJECT, surface, kinds=("ministry",), body=kind
    )


MAX_QUALIFIERS = 2
"""Most words describing a ministry before its kind ("the **regional** health ministry")."""


def _described_kind(sentence: Sentence, lexicon: Lexicon, tokens: list[Token]) -> str | None:
    """The kind of a ministry described by a word or two beside it that name no country:
    "the **regional** health ministry", "**Региональный** минздрав" (the capital only opens
    the sentence), after it where words follow the noun they describe (Indonesian:
    "kementerian kesehatan **regional**"). Still that kind of body (the one the article
    named, `Finding.body`), yet more than its kind alone: with none named, the words name it
    (`_whose_kind`). A country ("Российский минздрав") or any other capital ("the Velmora
    health ministry") is a name."""
    if body_key(sentence.text[tokens[0].start : tokens[-1].end]) is not None:
        return None  # "Российский минздрав": Russia's, a name
    after = lexicon.title_then_place and not lexicon.case_endings
    for size in range(1, min(MAX_QUALIFIERS, len(tokens) - 1) + 1):
        qualifiers, rest = (
            (tokens[-size:], tokens[:-size]) if after else (tokens[:size], tokens[size:])
        )
        kind = body_kind(sentence.text[rest[0].start : rest[-1].end])
        if kind is not None:
            return kind if _qualifiers(sentence, lexicon, qualifiers, tokens) else None
    return None


def _qualifiers(
    sentence: Sentence, lexicon: Lexicon, qualifiers: list[Token], tokens: list[Token]
) -> bool:
    """Whether `qualifiers` are plain words describing the body `tokens` name: in lower case
    (or capitalised only as the sentence opens), no function word or place, joined to the
    rest by spaces alone ("the country**'s** health ministry" has an owner, not a word)."""
    function = lexicon.np_breakers | lexicon.fillers | lexicon.determiners
    function |= lexicon.prepositions | lexicon.conjunctions | set(lexicon.pronouns)
    for before, token in pairwise(tokens):
        if sentence.text[before.end : token.start].strip():
            return False
    for token in qualifiers:
        written = sentence.text[token.start : token.end]
        if token.capitalised and token is not sentence.tokens[0]:
            return False
        if not token.norm.isalpha() or token.norm in function or is_place(written, lexicon):
            return False
    return True


def _short_form(
    sentence: Sentence, lexicon: Lexicon, cue: str, span: tuple[int, int], how: str
) -> Finding | None:
    """A short form ("the ministry", "Kementerian itu") standing alone as the subject, or
    with whoever speaks for it around it: "juru bicara kementerian itu", "**a spokesman
    for** the ministry", "the ministry**'s spokesman**", "the ministry **spokesman**". Nobody
    named speaks for the body, as "Hamas's spokesman said" is Hamas (`_voice_after`)."""
    tokens = sentence.tokens_in(*span)
    norms = [t.norm for t in tokens]
    indefinite = _indefinite_ministry(sentence, lexicon, cue, tokens, how)
    if indefinite is not None:
        return indefinite
    for form in lexicon.short_forms:
        size = len(form.words)
        for first in range(len(norms) - size + 1):
            if tuple(norms[first : first + size]) != form.words:
                continue
            before = norms[:first]
            framing = lexicon.fillers | lexicon.prepositions | lexicon.mouthpieces
            if any(n in lexicon.mouthpieces for n in before):
                framing = framing | lexicon.determiners  # "**a** spokesman for the ministry"
            # an adverbial may name where it was said: "В заявлении в **Telegram** группировка"
            adverbial = bool(before) and before[0] in lexicon.prepositions
            framed = all(
                n in framing or (adverbial and t.capitalised)
                for n, t in zip(before, tokens, strict=False)
            )
            if framed and _voice_after(sentence, lexicon, tokens[first + size :]):
                surface = sentence.text[tokens[first].start : tokens[first + size - 1].end]
                return Finding(
                    "carry",
                    cue,
                    f"short-form-{how}",
                    SCORE_SUBJECT,
                    surface,
                    kinds=form.kinds,
                    names=form.names,
                )
    return _definite_body(sentence, lexicon, cue, tokens, how)


def _indefinite_ministry(
    sentence: Sentence, lexicon: Lexicon, cue: str, tokens: list[Token], how: str
) -> Finding | None:
    """ "**A ministry spokesman** said", "an army spokesman": a short form for a ministry
    with an indefinite article for its definite one, opening the subject, and whoever
    speaks for it after (`_voice_after`). It does not point back at the ministry that spoke
    last, as "the ministry's spokesman" does: it is the one ministry the article has named
    (`Finding.indefinite`). Other bodies ("a government spokesman") name no kind a name
    tells apart, so they are left alone."""
    indefinite = lexicon.determiners - lexicon.definite_before
    content = [t for t in tokens if t.norm not in lexicon.fillers]
    if not content or content[0].norm not in indefinite:
        return None
    for form in lexicon.short_forms:
        if form.kinds != ("ministry",) or form.words[0] not in lexicon.definite_before:
            continue
        body = form.words[1:]
        size = len(body) + 1
        if tuple(t.norm for t in content[1:size]) != body or len(content) <= size:
            continue
        if _voice_after(sentence, lexicon, content[size:]):
            surface = sentence.text[content[0].start : content[size - 1].end]
            return Finding(
                "carry", cue, f"short-form-{how}", SCORE_SUBJECT, surface, kinds=form.kinds,
                indefinite=True,
            )  # fmt: skip
    return None


def _without_voice(sentence: Sentence, lexicon: Lexicon, tokens: list[Token]) -> list[Token]:
    """`tokens` without whoever speaks for the body they name, with no name of their own:
    "**a spokesman for** the defence ministry", "the defence ministry**'s spokesman**" are
    the defence ministry's words (`_voice_after`)."""
    for at in range(1, len(tokens)):
        if _voice_after(sentence, lexicon, tokens[at:]):
            tokens = tokens[:at]
            break
    links = [at for at, t in enumerate(tokens) if t.norm in lexicon.voice_links][:1]
    if links and 0 < links[0] < len(tokens) - 1:
        office = tokens[: links[0]]
        if office[0].norm in lexicon.determiners:
            office = office[1:]
        voiced = office and all(t.norm in lexicon.titles | lexicon.mouthpieces for t in office)
        if voiced and office[-1].norm in lexicon.mouthpieces:
            tokens = tokens[links[0] + 1 :]
            while tokens and tokens[0].norm in lexicon.determiners:
                tokens = tokens[1:]
            return tokens
    # "**Представитель** министерства обороны", "**Juru bicara** kementerian pertahanan"
    return tokens[_voice_opening(sentence, lexicon, tokens) :]


def _voice_after(sentence: Sentence, lexicon: Lexicon, after: list[Token]) -> bool:
    """Whether what follows a short form is only fillers, or whoever speaks for it with no
    name of their own: "the ministry**'s spokesman**", "the ministry **press service**"
    (titles, then a mouthpiece or a spokesman's office, `voice_offices`). A title of no
    spokesman ("the ministry's director") or a name after the office ("the ministry
    spokesman Vagif Dargahli") is someone of their own, the body no short form there."""
    rest = [t for t in after if t.norm not in lexicon.fillers]
    if not rest:
        return True
    if rest[0].norm == "s" and sentence.text[rest[0].start - 1 : rest[0].start] in _APOSTROPHES:
        rest = rest[1:]  # "the ministry's"
    norms = tuple(t.norm for t in rest)
    if not norms or not all(n in lexicon.titles or n in lexicon.mouthpieces for n in norms):
        return False
    return norms[-1] in lexicon.mouthpieces or any(
        norms[-len(office) :] == office for office in lexicon.voice_offices
    )


def _definite_body(
    sentence: Sentence, lexicon: Lexicon, cue: str, tokens: list[Token], how: str
) -> Finding | None:
    """ "**The panel** found", "**the fact-finding mission** wrote", "**Komisi itu**
    menemukan", "**Комиссия** установила": a body word made definite refers back to the
    last speaker whose name holds that word (a commission's, never whoever spoke last), so
    no list of short forms has to know every kind of body an inquiry may be."""
    kept = lexicon.definite_after
    content = [t for t in tokens if t.norm not in lexicon.fillers or t.norm in kept]
    heads = [i for i, t in enumerate(content) if t.norm in lexicon.kind_words]
    if not heads and _reported_by(lexicon, content):
        heads = [1]  # "Laporan **tim** yang dirilis …": whoever the word names, said before
    if not heads or lexicon.kind_words.get(content[heads[-1]].norm) in ("media", "officials"):
        return None
    at = heads[-1]
    head, before, after = content[at], content[:at], content[at + 1 :]
    written = sentence.text[head.start : head.end]
    if written.isupper() or (head.capitalised and head is not sentence.tokens[0]):
        return None  # a name: "the Kremlin", "ВСУ"
    if lexicon.definite_before and before and before[0].norm in lexicon.definite_before:
        # lower-case words between the article and the head describe it ("the independent
        # panel"); a capital names another body ("the UN panel" is proposed as itself)
        # "the team's **report**": what it wrote, the team speaking
        report = len(after) == 2 and after[0].norm == "s" and _document(lexicon, after[1])
        definite = (not after or report) and all(
            not t.capitalised and t.norm not in lexicon.np_breakers for t in before[1:]
        )
    elif lexicon.definite_after and len(after) == 1 and after[0].norm in lexicon.definite_after:
        definite = not before
    elif _reported_by(lexicon, content):
        definite = True  # "Laporan tim menyebutkan": the team's report
    else:
        definite = head.norm in lexicon.definite_bare and not before and not after
    if not definite:
        return None
    surface = sentence.text[content[0].start : content[-1].end]
    if unlabelled_group(surface, lexicon):
        return None  # "The residents' committee": theirs, proposed as written, no short form
    names = _forms(head, sentence, lexicon)
    not_after = lexicon.definite_not_after.get(head.norm, frozenset())
    return Finding(
        "carry", cue, f"short-form-{how}", SCORE_SUBJECT, surface, names=names, whole=True,
        not_after=not_after,
    )  # fmt: skip


def _reported_by(lexicon: Lexicon, content: list[Token]) -> bool:
    """ "**Laporan tim** yang dirilis pada Rabu menyebutkan": a report, a statement or data
    (`_document`) of one lower-case word, and nothing after it but a relative clause (of
    the report: "yang dirilis …"), in a language with no article (no `definite_before`):
    the word is whoever it names said before, as "the team's report" would be ("tim"
    after "Tim penyelidik PBB"). With no speaker holding the word before, nobody."""
    return (
        not lexicon.definite_before
        and len(content) >= 2
        and _document(lexicon, content[0])
        and not content[1].capitalised
        and content[1].norm not in lexicon.relative_pronouns
        and (len(content) == 2 or content[2].norm in lexicon.relative_pronouns)
    )


def _forms(head: Token, sentence: Sentence, lexicon: Lexicon) -> tuple[str, ...]:
    """What a word of the antecedent's name may be to be the head: itself, or in a language
    with case endings every form of it ("комиссия": "комиссии", "комиссию")."""
    if not lexicon.case_endings:
        return (head.norm,)
    written = sentence.text[head.start : head.end].lower()
    return tuple(sorted({head.norm, *(fold_str(f) for f in word_forms(written))}))


def _proposal(
    sentence: Sentence,
    lexicon: Lexicon,
    cue: str,
    tokens: list[Token],
    how: str,
    impersonal: bool = False,
) -> Finding | None:
    """An unregistered speaker: the noun phrase opening the chunk, when it holds a name.

    Leading fillers and determiners are skipped ("Pada Kamis, ...", "the"); the name ends at
    a breaker or filler ("Nagorno-Karabakh officials **on** Saturday", "Kementerian **itu**").

    A dateline ("Baku, Gatra.com- Presiden ...", "YEREVAN (Reuters) - ...") or a page's
    navigation trail ("Home Internasional Presiden ...") before the name is no part of it.

    A lower-case title before a name is fine ("pemimpin Nagorno-Karabakh", "глава
    Карабаха", "the Nagorno-Karabakh leader"), but a capital that only opens the sentence is
    no sign of a name ("Both countries have rejected", "Local officials say"), except on a
    lone word ("Karabakh accuses ...") that is not a quantifier ("Стороны обвиняют ...").
    """
    tokens = _after_page_furniture(sentence, lexicon, tokens)
    if how == "before":
        tokens = _past_another_clause(lexicon, tokens)
    # "В Макассаре …, передает": a place after a preposition says where; with an impersonal
    # plural ("В Ереване эти данные опровергли") the place's people speak.
    located = (
        bool(tokens)
        and tokens[0].norm in lexicon.prepositions
        and lexicon.case_endings
        and not impersonal
    )
    tokens = _without_framing(lexicon, tokens)
    if located:
        tokens = _past_where(sentence, lexicon, tokens)
    group = _group(sentence, lexicon, tokens, how)
    if group is not None:  # "Residents of Kharkiv said", "sumber di kepolisian mengatakan"
        return Finding("propose", cue, f"propose-{how}", SCORE_PROPOSAL, group)
    mouthpiece = len(tokens) > 2 and tokens[0].norm in lexicon.mouthpieces
    # "The **Office** of the President", "the Office for the Coordination of …": a body named
    # by its word in capitals, no press office speaking for what follows
    named_body = mouthpiece and tokens[0].capitalised and tokens[0].norm in lexicon.kind_words
    if mouthpiece and tokens[1].norm in lexicon.voice_links and not named_body:
        tokens = _without_framing(lexicon, tokens[2:])  # "A spokesman for X": X speaks
    elif len(tokens) > 1 and _document(lexicon, tokens[0]) and tokens[1].capitalised:
        # "menurut **data** PBB": the UN's data, the UN speaks (not "The Data Protection …");
        # where a body's head comes first, none opens with a report ("**Laporan** Komite …")
        named = tokens[0].capitalised and not lexicon.title_then_place
        tokens = tokens if named else tokens[1:]
    elif (
        len(tokens) > 2
        and _document(lexicon, tokens[0])
        # capitalised only as the sentence opens, before a word in lower case: no name of
        # a body ("**Laporan** tim pemantau PBB menyebutkan")
        and (not tokens[0].capitalised or _opening_a_description(sentence, tokens))
        and any(t.capitalised for t in tokens[2 : MAX_NAME_WORDS + 1])
    ):
        tokens = tokens[1:]  # "menurut **laporan** kantor berita Anadolu": the agency
    name: list[Token] = []
    limit = MAX_NAME_WORDS
    posting: int | None = None  # where "to" joins an office to its post, if it does
    # "Врачи без границ сообщили": a known name is whole, whatever its words; the walk goes on
    # after it ("Doctors Without Borders spokeswoman Anna Petrosyan")
    known = organisation_named([_text(sentence, t) for t in tokens])
    name = list(tokens[:known])
    past = 0  # where an adverbial phrase inside the name ends ("по телефону")
    for at, token in enumerate(tokens):
        if at < known or (at < past and not name):
            continue
        if len(name) >= limit:
            break
        if token.norm in lexicon.conjunctions:
            listed = (
                bool(name)
                and name[0].norm in lexicon.titles
                and "," in sentence.text[name[0].end : token.start]
            )  # "Kepala Pusat Data, Informasi dan Humas BNPB …": an office's body, listed
            # "Residents and witnesses said": unnamed people together, proposed as written
            people = bool(name) and name[0].norm in lexicon.vague_groups
            if not (listed or people or _in_a_body_name(lexicon, name, tokens[at:])):
                return None  # "Ереван и Баку": two speakers, no single one
            limit += 2 if listed or people else 0  # the list's words are the body's
            name.append(token)
            continue
        # "Житель (Хартума) **по имени** Ахмед Юсуф": the words saying a name follows
        naming = naming_words_at([t.norm for t in tokens[at : at + 2]], lexicon) if name else 0
        # a person's name of two words follows ("по имени Мариам" alone is the group's)
        following = tokens[at + naming : at + naming + NAME_WORDS]
        if (
            naming
            and len(following) == NAME_WORDS
            and all(t.capitalised for t in following)
            and names_a_member(
                [t.norm for t in name] + [token.norm],
                [t.capitalised for t in name] + [token.capitalised],
                len(name),
                lexicon,
            )
        ):
            limit += naming
        else:
            naming = 0
        if at < past:
            name.append(token)  # the adverbial, cut from the office by `new_speaker`
            continue
        adverbial = adverbial_on_link(tokens[at:], lexicon) if name else 0
        if adverbial:  # "Глава МИД России **по итогам переговоров** Сергей Лавров"
            if not _persons_name_at(sentence, lexicon, tokens[at + adverbial :]):
                break  # "Совет Безопасности ООН по итогам заседания заявил": the body
            if not any(t.norm in lexicon.titles for t in name):
                name, past = [], at + adverbial  # "Совет Безопасности ООН …": no office of his
                continue
            past, limit = at + adverbial, limit + adverbial
            name.append(token)
            continue
        if (
            name
            and remit_link(lexicon, name[-1], token, tokens[at + 1 : at + 3], name)
            and (
                name[-1].norm in lexicon.titles
                or not _holder_past_a_place(sentence, lexicon, tokens[at + 1 :])
            )
        ):
            name.append(token)  # "Commission **on** Human Rights": the body's name goes on
            limit += 3
            continue
        if posting is None and _posted(lexicon, name, token, tokens[at + 1 : at + 3]):
            posting = len(name)
            name.append(token)  # "Ambassador to the United Nations Linda Thomas-Greenfield"
            limit += 4  # where the office is posted, then the holder's name
            continue
        breaks = (
            token.norm in lexicon.np_breakers
            or token.norm in lexicon.fillers
            # "сообщил ТАСС **утром**", "Интерфакс **днём**": a time or a manner, no name's
            or (name and _an_adverb(sentence, lexicon, token))
        )
        holder_opens = bool(breaks) and _name_opening(
            sentence, lexicon, name, token, tokens[at + 1 : at + 3]
        )
        if (
            breaks
            and not _acronym(sentence, token)
            and not (_office_particle(lexicon, name, token, tokens[at + 1 : at + 2]))
            and not holder_opens
        ):
            name += _place_of(sentence, lexicon, name, tokens[at:])
            break
        if holder_opens:  # room for him after a long office ("… Indonesia Lalu Muhamad Iqbal")
            limit = max(limit, len(name) + 3)
        if token.norm in lexicon.ranks and name:
            limit += 1  # "… Rusia **Mayor Jenderal** Igor Konashenkov": a rank is no word more
        bracketed = name and "(" in sentence.text[name[-1].end : token.start]
        if bracketed and not _bracketed_rank(sentence, lexicon, token):
            break  # "Human Rights Watch (HRW)": the short name in brackets is no more words
        if naming or _more_of_the_name(sentence, lexicon, token, tokens[at + 1 : at + 3]):
            # "Lee Jae-**myung**", "Mohammed **bin** Salman", "Pashinyan'**s** spokeswoman";
            # a particle is no word more ("Урсулы **фон дер** Ляйен")
            if token.norm in lexicon.name_particles and not token.capitalised:
                limit += 1
        elif _ends_with_a_persons_name(sentence, lexicon, name, token) or _past_a_name(
            lexicon, name, token
        ):
            break  # "Menteri Kesehatan Leyla Santaro **menyambut** baik laporan itu dan meminta"
        name.append(token)
    if posting is not None and (
        _reads_as_body(sentence, lexicon, name) or name[-1].norm in lexicon.titles
    ):  # "The envoy to the OSCE Minsk Group" is no organisation, "an aide to the president"
        name = name[:posting]  # serves an office, not a place
    if lexicon.medium_first:
        name = _without_medium(sentence, lexicon, name)
    last = name[-1] if len(name) > 1 else None
    if last and _document(lexicon, last) and not last.capitalised and name[-2].capitalised:
        name = name[:-1]  # "according to UN **data**", not "Federal Security Service"
    elif last and _document(lexicon, last) and _owner_before(sentence, name[:-1]):
        name = name[:-2]  # "The UN monitoring team's **report** said": the team
    if not name or any(t.norm in lexicon.unnamed_sources for t in name):
        return None  # "РИА Новости источник": an unnamed source, through an outlet
    if all(t.norm in lexicon.mouthpieces for t in name):
        return None  # "Pernyataan di Telegram": a statement, nobody's yet
    name = _past_the_voice(sentence, lexicon, name)
    head = "" if _acronym(sentence, name[0]) else name[0].norm  # "WHO", "IT" are names
    if (
        head in lexicon.prepositions
        and len(name) == 1
        and spelt_as_a_preposition(sentence, lexicon, name[0], tokens[-1].end)
    ):
        head = ""  # "lapor **Antara**": the news agency, not "between"
    if head.isdigit() or head in lexicon.prepositions or head in lexicon.pronouns:
        return None
    if head in lexicon.not_speakers:
        return None
    opening = sentence.tokens[0].start
    initials = _bracketed_initials(sentence, lexicon, name, tokens)
    anonymous = group_speaker(_text_of(sentence, name), sentence.text, lexicon) is not None
    anonymous = anonymous or unlabelled_group(_text_of(sentence, name), lexicon)
    named = (
        anonymous  # "A senior official said on condition of anonymity"
        or initials is not None  # "Силы специальных операций (ССО) заявили"
        or any(t.capitalised and t.start != opening for t in name)
        or _possessive(sentence, lexicon, name)
        or _acronym(sentence, name[0])  # "US officials said", "UN monitors said"
        or (name[0].start == opening and is_place(_text(sentence, name[0]), lexicon))
        # "Российская армия заявила", "российские военные": a country's state body
        or body_key(sentence.text[name[0].start : name[-1].end]) is not None
        # "Kremlin officials said", "Pentagon spokesman said": a seat of government that
        # names its state's body by itself is a name, though only the sentence capitalises it
        or (len(name) > 1 and _seat_of_government(sentence, name[0]))
        # "Комиссия по правам человека заявила": a body named by its remit, in any case
        or _named_by_remit(lexicon, name)
    )
    if not (named or known) and not (len(name) == 1 and name[0].capitalised):
        return None
    if located and len(name) == 1 and name[-1] is not tokens[-1]:
        return None  # "В Макассаре сохраняется обстановка, передает …": where, not who
    end = name[-1].end
    if initials is not None:
        end = initials  # "UN agency for Palestinian refugees (UNRWA)": its own name follows
    elif sentence.text[end : end + 1] == "." and lexicon.abbreviates(sentence.text, end):
        end += 1  # "U.S.", "Whitaker Jr."
    elif sentence.plain[end : end + 1] == _INERT_QUOTE:
        end += 1  # the quote closing a name: "компании «Волга Марин»"
    surface = sentence.text[name[0].start : end]
    return Finding("propose", cue, f"propose-{how}", SCORE_PROPOSAL, surface)


MAX_VOICE_MODIFIERS = 1
"""Most words describing a spokesman's office before it ("**Официальный** представитель")."""


def _voice_opening(sentence: Sentence, lexicon: Lexicon, tokens: list[Token]) -> int:
    """How many of `tokens` at their start are the office of whoever speaks for the body
    named right after it with no link, where a body follows its office (`title_then_place`):
    "**Представитель** МЧС", "**Официальный представитель** Министерства …", "**Juru
    bicara** TNI" (`voice_offices`), as "A spokesman **for** X" is linked. A word before the
    office only describes it (`_describing`), none an office of its own ("Глава
    представительства ООН" is the head of a mission) nor a capital where no sentence opens;
    and only one person's office: "представители Красного Креста" are people, as
    "spokesmen" are. 0 otherwise."""
    if not lexicon.title_then_place:
        return 0
    opening = sentence.tokens[0].start if sentence.tokens else -1
    norms = [t.norm for t in tokens]
    for voice in lexicon.voice_offices:
        size = len(voice)
        for at in range(len(tokens) - size):  # a body must follow
            if tuple(norms[at : at + size - 1]) != voice[:-1]:
                continue
            if not norms[at + size - 1].startswith(voice[-1]):
                continue
            if lexicon.case_endings and only_plural(_text(sentence, tokens[at + size - 1])):
                break  # "представители Красного Креста": several people, as "spokesmen"
            before = tokens[:at]
            if len(before) > MAX_VOICE_MODIFIERS or any(
                not _describing(lexicon, t) or (t.capitalised and t.start != opening)
                for t in before
            ):
                break
            return at + size
    return 0


def _describing(lexicon: Lexicon, token: Token) -> bool:
    """Whether a word before an office only describes it: a Russian adjective ("**Официальный**
    представитель", "**официальных** представителей"), never a noun ("**Глава**")."""
    return lexicon.case_endings and token.norm.endswith((*RU_ADJECTIVE_ANY, "ого", "его"))


def _past_the_voice(sentence: Sentence, lexicon: Lexicon, name: list[Token]) -> list[Token]:
    """`name` without the office opening it of whoever speaks for the body named next
    (`_voice_opening`: "~~Представитель~~ Комиссии по правам человека", "~~Juru bicara~~
    TNI"): the body speaks, as in "A spokesman for the Commission on Human Rights". Only a
    body written as a name (capitalised where no sentence opens) and read as one by its
    kind; a person named after it ("Представитель МЧС Иван Петров") keeps the phrase."""
    at = _voice_opening(sentence, lexicon, name)
    if not at:
        return name
    rest = name[at:]
    if not rest[0].capitalised or rest[0].start == sentence.tokens[0].start:
        return name
    if new_speaker(_text_of(sentence, name), lexicon).kind == "person":
        return name
    kind = new_speaker(_text_of(sentence, rest), lexicon).kind
    return rest if kind not in ("person", "other") else name


def _seat_of_government(sentence: Sentence, token: Token) -> bool:
    """Whether `token` alone names a state's body whose country goes without saying
    ("Kremlin", "Pentagon", "White" of "White House" is no word alone: `data/bodies`)."""
    key = body_key(_text(sentence, token))
    return key is not None and bool(key[1])


def _past_another_clause(lexicon: Lexicon, tokens: list[Token]) -> list[Token]:
    """`tokens` after a subordinator that follows a finite verb of another clause: the
    subject of the cue is in the subordinate clause ("Fighting broke out **after
    Azerbaijan** accused …", "Tensions rose when Baku said …"); a verb in a relative clause
    is the subject's ("Residents who fled the town after the shelling said")."""
    if not lexicon.subordinators:
        return tokens
    verb = next((i for i, t in enumerate(tokens) if _finite_word(lexicon, tokens, i)), None)
    if verb is None or any(t.norm in lexicon.relative_pronouns for t in tokens[:verb]):
        return tokens  # "Residents **who fled** the town after the shelling said"
    links = [i for i in range(verb + 1, len(tokens)) if tokens[i].norm in lexicon.subordinators]
    return tokens[links[-1] + 1 :] if links else tokens


def _finite_word(lexicon: Lexicon, tokens: list[Token], at: int) -> bool:
    """A lower-case word read as a finite verb: listed (`main_verbs`: "broke", "came"), or
    with a past ending ("erupted") and no article or adverb making it an adjective before
    it ("the armed forces", "heavily armed")."""
    token = tokens[at]
    if token.capitalised or token.norm in lexicon.titles:
        return False
    if token.norm in lexicon.main_verbs:
        return True
    if not (lexicon.past_suffixes and token.norm.endswith(lexicon.past_suffixes)):
        return False
    before = tokens[at - 1].norm if at else ""
    adverb = bool(lexicon.adverb_suffixes) and before.endswith(lexicon.adverb_suffixes)
    return len(token.norm) > 3 and at > 0 and before not in lexicon.determiners and not adverb


def _named_by_remit(lexicon: Lexicon, name: list[Token]) -> bool:
    """A body word, its remit link and the remit ("**Комиссия по** правам человека", "Комитет
    по иностранным делам"): a body's name even where only its first word is capitalised,
    also past an adjective describing it ("Национальное агентство по ликвидации …",
    `_describing`)."""
    body = next((at for at, t in enumerate(name) if not _describing(lexicon, t)), len(name))
    if body > MAX_QUALIFIERS or len(name) < body + 3:
        return False
    if name[body + 1].norm not in lexicon.remit_links:
        return False
    return lexicon.kind_of(name[body], name[body + 1]) not in (None, "media", "officials")


MAX_DESCRIPTION_WORDS = 6
"""Words after a proposed name that may still describe it before its initials in brackets."""


def _bracketed_initials(
    sentence: Sentence, lexicon: Lexicon, name: list[Token], tokens: list[Token]
) -> int | None:
    """Where a body's initials in brackets end (past the ")"), when they close its phrase:
    "Rapid Support Forces **(RSF)** said", "badan PBB untuk pengungsi Palestina **(UNRWA)**
    mengatakan", "Menurut Badan Meteorologi … **(BMKG)**, …", "Komisi Nasional Hak Asasi
    Manusia **(Komnas HAM)**". The short name is the chunk's last words or the words right
    after it (a bracket ends a phrase after a cue), with no more than a short description
    between the name and it. None otherwise."""
    if not name or not tokens:
        return None
    text = sentence.text
    last = len(tokens) - 1
    after = [t for t in sentence.tokens if t.start >= tokens[-1].end][:MAX_SHORT_NAME_WORDS]
    candidates = [*tokens[max(0, last - MAX_SHORT_NAME_WORDS + 1) :], *after]
    for at, token in enumerate(candidates):
        if not text[: token.start].rstrip().endswith("("):
            continue
        inside = candidates[at : at + MAX_SHORT_NAME_WORDS]
        close = next((k for k, t in enumerate(inside) if text[t.end : t.end + 1] == ")"), None)
        if close is None or not _joined_by_spaces(text, inside[: close + 1]):
            continue
        short = text[token.start : inside[close].end]
        initials = (close == 0 and _acronym(sentence, token)) or short_name(short)
        if not initials and short_name(short, lexicon):
            # initials read as a word, only after a body's name ("… Environment **(Walhi)**")
            kind = new_speaker(_text_of(sentence, name), lexicon).kind
            initials = kind not in ("person", "other")
        if not initials:
            continue
        between = [t for t in tokens if name[-1].end <= t.start < token.start]
        if len(between) > MAX_DESCRIPTION_WORDS or token.start <= name[-1].start:
            return None
        gap = text[name[-1].end : token.start].rstrip()[:-1]  # up to the "("
        if any(mark in gap for mark in ',.;:!?"«»“”—–()'):
            return None
        return inside[close].end + 1
    return None


def _joined_by_spaces(text: str, tokens: list[Token]) -> bool:
    """Whether nothing but spaces stands between the tokens (a short name's words)."""
    return all(not text[a.end : b.start].strip() for a, b in pairwise(tokens))


def _in_a_body_name(lexicon: Lexicon, name: list[Token], rest: list[Token]) -> bool:
    """A conjunction inside one body's name, between capitalised words: "The Environment
    **and** Forestry Ministry", "Ministry of Environment **and** Forestry", "Kementerian
    Lingkungan Hidup **dan** Kehutanan" (the body word opens the name or follows soon)."""
    if not name or len(rest) < 2 or not (name[-1].capitalised and rest[1].capitalised):
        return False
    return name[0].norm in lexicon.kind_words or any(
        t.norm in lexicon.kind_words for t in rest[1:4]
    )


def _office_particle(
    lexicon: Lexicon, name: list[Token], token: Token, following: list[Token]
) -> bool:
    """A capitalised particle of an office's name right after its title ("Menteri **Dalam
    Negeri**", the home minister; `office_particles` lists the two words): "dalam" otherwise
    ends a name, as in a title-case headline ("Presiden Dalam Pidato …")."""
    return (
        token.capitalised
        and bool(name)
        and name[-1].norm in lexicon.titles
        and bool(following)
        and following[0].capitalised
        and f"{token.norm} {following[0].norm}" in lexicon.office_particles
    )


def _name_opening(
    sentence: Sentence, lexicon: Lexicon, name: list[Token], token: Token, following: list[Token]
) -> bool:
    """A word that otherwise ends a name, capitalised after an office and before two more
    capitalised words, in a sentence set in ordinary case: the holder's name opens with it
    ("Juru bicara Kemlu **Lalu** Muhamad Iqbal", "lalu" being "then"). A title-case
    headline capitalises every word ("Presiden **Dalam** Pidato Kenegaraan Mengatakan …"),
    so only a sentence with words in lower case counts."""
    if not (token.capitalised and name and len(following) == 2):
        return False
    office = lexicon.titles | lexicon.kind_words.keys() | lexicon.office_words
    # or the office's country closes it ("Kementerian Luar Negeri **Indonesia** Lalu …")
    posted = any(t.norm in office for t in name) and is_place(_text(sentence, name[-1]), lexicon)
    if name[-1].norm not in office and not posted:
        return False
    if all(t.capitalised for t in sentence.tokens if t.norm.isalpha()):
        return False
    stops = lexicon.np_breakers | lexicon.fillers
    return all(t.capitalised and t.norm not in stops and t.norm not in office for t in following)


# An office's first word in Russian is often an adjective ("Генеральный секретарь"); an
# outlet told is a name ("РИА Новости", "Интерфаксу", "ТАСС").


def _without_medium(sentence: Sentence, lexicon: Lexicon, name: list[Token]) -> list[Token]:
    """`name` without the outlet it was told to ("РИА Новости представитель МИД": the
    representative speaks): capitalised words, none an office, then a word that opens a
    speaker (`medium_first`). Not at the sentence's opening, where a capital proves
    nothing."""
    if not name or name[0].start == sentence.tokens[0].start:
        return name
    for at, token in enumerate(name):
        if not token.capitalised:
            return name[at:] if at and token.norm in lexicon.medium_first else name
        if token.norm in lexicon.titles or token.norm in lexicon.mouthpieces:
            return name
        if token.norm.endswith(RU_ADJECTIVE_NOMINATIVE) or is_first_name(_text(sentence, token)):
            return name  # "Генеральный секретарь ООН", "Евгений Пригожин глава ЧВК"
    return name


def _persons_name_at(sentence: Sentence, lexicon: Lexicon, tokens: list[Token]) -> bool:
    """Whether `tokens` open with a person's name: two capitalised words or more, no title,
    the first no place ("**Сергей Лавров**", not "Армении Ереван")."""
    run = []
    for token in tokens:
        if not token.capitalised or token.norm in lexicon.titles:
            break
        run.append(token)
    return len(run) >= NAME_WORDS and not is_place(_text(sentence, run[0]), lexicon)


def _holder_past_a_place(sentence: Sentence, lexicon: Lexicon, rest: list[Token]) -> bool:
    """Whether the capitalised words after a body's remit link are a place and then a
    person's name of two words or more ("Perwakilan UNICEF untuk **Indonesia Maniza
    Zaman**"): where an office is posted and its holder, no remit of the body ("Misi PBB
    untuk Sudan Selatan"). An office's own link is `_posted`'s ("Coordinator for Sudan …")."""
    run: list[str] = []
    for token in rest:
        if not token.capitalised:
            break
        run.append(_text(sentence, token))
    place = leading_place(run, lexicon) or int(bool(run) and is_place(run[0], lexicon))
    return bool(place) and len(run) - place >= 2


def remit_link(
    lexicon: Lexicon,
    body: Token,
    token: Token,
    following: list[Token],
    name: list[Token] | None = None,
) -> bool:
    """Whether `token` joins a capitalised body word (`body`, right before it) to its remit,
    named next in capitals ("the Commission **on** Human Rights", "Office **for** the
    Coordination of …", "Committee **to** Protect Journalists"), rather than ending the
    name; in a body's `name` so does an office's ("Office of the … High **Commissioner for**
    Human Rights"). A time is no remit: "the Commission **on** Friday said"."""
    if token.norm not in lexicon.remit_links or not body.capitalised:
        return False
    kind = lexicon.kind_of(body, token)  # "Агентство **по** …" is no news agency
    office = body.norm in lexicon.titles and any(
        t.capitalised and lexicon.kind_words.get(t.norm) not in (None, "media", "officials")
        for t in name or ()
    )
    if kind in (None, "media", "officials") and not office:
        return False
    remit = [t for t in following if t.norm not in lexicon.determiners][:1]
    stops = lexicon.fillers | lexicon.np_breakers
    # a remit in lower case is one the lexicon knows: "untuk **hak** asasi manusia"
    known = bool(remit) and remit[0].norm in lexicon.remit_words
    return bool(remit) and (remit[0].capitalised or known) and remit[0].norm not in stops


def _posted(lexicon: Lexicon, name: list[Token], token: Token, following: list[Token]) -> bool:
    """Whether `token` joins an office in `name` to a place named next ("ambassador **to**
    Armenia", "Duta Besar Ukraina **untuk** Indonesia"), rather than ending the name. Not
    before another office: "an adviser to **President** Aliyev" is the president's aide."""
    if token.norm not in lexicon.title_links or not any(t.norm in lexicon.titles for t in name):
        return False
    place = [t for t in following if t.norm not in lexicon.determiners][:1]
    if place and lexicon.lang == "ru" and place[0].norm.isascii():
        return False  # «Вячеслав Гладков в Telegram»: a Latin word in Russian is no posting
    return bool(place) and place[0].capitalised and place[0].norm not in lexicon.titles


def _reads_as_body(sentence: Sentence, lexicon: Lexicon, name: list[Token]) -> bool:
    """Whether the register would read an office posted somewhere as a body ("Envoy to the
    OSCE Minsk Group": the group's kind): then the posting is no part of the name. A
    person named after it, or an office alone ("French ambassador to the United Nations"),
    keeps it."""
    surface = sentence.text[name[0].start : name[-1].end]
    return new_speaker(surface, lexicon).kind not in ("person", "other")


def _more_of_the_name(
    sentence: Sentence, lexicon: Lexicon, token: Token, following: list[Token]
) -> bool:
    """A lower-case word that is still part of a name: joined by a hyphen ("Jae-myung"), a
    particle between capitalised words ("bin" in "Mohammed bin Salman"), a possessive "s",
    or one of two particles the lexicon lists before a capital ("Урсулы **фон** дер Ляйен",
    "Dick **van** der Meer")."""
    joined = token.start > 0 and sentence.text[token.start - 1] in "-'’"
    particle = len(token.norm) <= 4 and bool(following) and following[0].capitalised
    chained = (
        len(following) > 1
        and token.norm in lexicon.name_particles
        and following[0].norm in lexicon.name_particles
        and not following[0].capitalised
        and following[1].capitalised
    )
    return joined or particle or chained


def _ends_with_a_persons_name(
    sentence: Sentence, lexicon: Lexicon, name: list[Token], token: Token
) -> bool:
    """Whether `name` already ends with an office holder's full name, so that `token`, a
    lower-case word that is no title ("Former New York **mayor**"), starts what they did."""
    if token.capitalised or token.norm in lexicon.titles or token.norm in lexicon.kind_words:
        return False
    if len(name) < 3 or not (name[-1].capitalised and name[-2].capitalised):
        return False
    proposed = new_speaker(sentence.text[name[0].start : name[-1].end], lexicon)
    return proposed.kind == "person" and sentence.text[: name[-1].end].endswith(proposed.name)


def _past_a_name(lexicon: Lexicon, name: list[Token], token: Token) -> bool:
    """Russian: a lower-case word after a capitalised one that is no office or body starts
    what follows the name ("В Макассаре **сохраняется** …"); after an office or a body it is
    more of the office ("Министерство **обороны**", "представитель Минобороны **полковник**
    …")."""
    if not lexicon.case_endings or not name or token.capitalised or not name[-1].capitalised:
        return False
    office = lexicon.titles | lexicon.ranks | lexicon.official_nouns | lexicon.side_nouns
    if token.norm in office or token.norm in lexicon.kind_words:
        return False
    last = name[-1].norm
    adjective = last.endswith((*RU_ADJECTIVE_ANY, "ого", "его"))  # "Велесской **группы**"
    return not (adjective or last in office or last in lexicon.kind_words)


def _owner_before(sentence: Sentence, name: list[Token]) -> bool:
    """Whether `name` closes with a possessive "'s" after a word ("the team**'s**")."""
    return (
        len(name) > 1
        and name[-1].norm == "s"
        and sentence.text[name[-2].end : name[-1].start] in ("'", "\u2019")
    )


def _opening_a_description(sentence: Sentence, tokens: list[Token]) -> bool:
    """Whether `tokens` open the sentence with a capital that is only the sentence's, the
    next word in lower case ("**Laporan** tim pemantau PBB", "**Доклад** группы …")."""
    return tokens[0] is sentence.tokens[0] and not tokens[1].capitalised


def _document(lexicon: Lexicon, token: Token) -> bool:
    """A mouthpiece that is no person and no body: "data", "statement", "laporan" (not
    "spokesman", nor "office")."""
    norm = token.norm
    return (
        norm in lexicon.mouthpieces
        and norm not in lexicon.titles
        and norm not in lexicon.kind_words
    )


def _bracketed_rank(sentence: Sentence, lexicon: Lexicon, token: Token) -> bool:
    """A rank's mark in brackets: "Jenderal **(Purn.)** Tomas Lindqvist", "Gen. (ret.)"."""
    closing = sentence.text[token.end : token.end + 2].lstrip(".")
    return token.norm in lexicon.ranks and closing.startswith(")")


def spelt_as_a_preposition(sentence: Sentence, lexicon: Lexicon, token: Token, verb: int) -> bool:
    """Whether a capitalised word that folds to a preposition is a name ("**Antara**", the
    Indonesian news agency, is "between"): within a sentence set in ordinary case only a name
    is capitalised ("seperti dilaporkan Antara"), and opening the sentence right before its
    verb (which starts at `verb`), or before a time, it governs nothing ("Antara melaporkan
    …", "Antara pada Senin melaporkan …"). Lower case, or opening a phrase ("Antara Armenia
    dan Azerbaijan …"), it is the preposition."""
    if not token.capitalised:
        return False
    if token.start != sentence.tokens[0].start:
        return not all(t.capitalised for t in sentence.tokens if t.norm.isalpha())
    if not sentence.text[token.end : verb].strip():
        return True
    after = sentence.tokens[1] if len(sentence.tokens) > 1 else None
    return after is not None and after.norm in lexicon.np_breakers | lexicon.prepositions


def _acronym(sentence: Sentence, token: Token) -> bool:
    """A word in capitals that folds to a function word ("**WHO** official Hannah Okafor",
    "The **US** said"): an organisation's or a country's short name. Not in a headline set
    all in capitals, where every word is."""
    word = sentence.text[token.start : token.end]
    return len(word) > 1 and word.isupper() and not sentence.text.isupper()


def _without_framing(lexicon: Lexicon, tokens: list[Token]) -> list[Token]:
    """`tokens` past the determiners, fillers and clause openers opening them ("the", "Pada
    Kamis", "while", "тогда как": a statement split before a conjunction opens with it)."""
    while tokens:
        # an opener first: "в то время как" is no filler "в" before a name "то время как"
        opener = starts_with([t.norm for t in tokens], lexicon.clause_openers)
        if opener:
            tokens = tokens[len(opener) :]
        elif tokens[0].norm in lexicon.determiners or tokens[0].norm in lexicon.fillers:
            tokens = tokens[1:]
        else:
            break
    return tokens


MAX_WHERE_WORDS = 3
"""The most words a preposition opening a Russian chunk governs before its subject ("В
**больнице Святого Луки** хирург Елена Моравец заявила")."""


def _past_where(sentence: Sentence, lexicon: Lexicon, tokens: list[Token]) -> list[Token]:
    """Russian: `tokens` past what the preposition opening them governs, where a person
    follows it ("В **больнице** хирург Елена Моравец заявила", "В **Москве** Елена Моравец
    заявила"): the place or body in an oblique case says where, it is no word of the
    speaker's name. The person is two capitalised words or more, maybe after their job in
    lower case in the nominative ("хирург", "главный врач"), opening with a first name the
    dictionary knows in the nominative or after a title ("премьер-министр Никол Пашинян");
    else `tokens` are as they were ("В Минобороны Армении Шушан Степанян")."""
    first = 1 + (bool(tokens) and tokens[0].norm in lexicon.prepositions)
    for at in range(first, min(len(tokens), first + MAX_WHERE_WORDS)):
        rest = tokens[at:]
        job = 0
        while job < len(rest) - 1 and not rest[job].capitalised:
            if not starts_a_subject(_text(sentence, rest[job])):
                break
            job += 1
        name = rest[job:]
        titled = any(t.norm in lexicon.titles for t in rest[:job])  # "премьер-министр"
        named = bool(name) and (titled or is_first_name(_text(sentence, name[0])))
        if named and _persons_name_at(sentence, lexicon, name):
            return rest
    return tokens


def _place_of(
    sentence: Sentence, lexicon: Lexicon, name: list[Token], rest: list[Token]
) -> list[Token]:
    """The words naming where a body of officials is, when they follow it ("Officials **in
    Nagorno-Karabakh** said"), else none: without them the proposal is just "Officials"."""
    if not name or not rest or rest[0].norm not in lexicon.place_links:
        return []
    if not all(t.norm in lexicon.official_nouns or t.norm in lexicon.kind_words for t in name):
        return []
    place = leading_place([_text(sentence, t) for t in rest[1:4]], lexicon)
    if not place and len(rest) > 1 and rest[1].capitalised:
        place = int(names_any_place(_text(sentence, rest[1])))  # a town: "in **Kharkiv**"
    return rest[: 1 + place] if place else []


def _group(sentence: Sentence, lexicon: Lexicon, tokens: list[Token], how: str) -> str | None:
    """The phrase naming a group of people or an unnamed source the subject opens with
    (`attribution.groups`), past quantifiers ("Several residents") and the outlet told
    ("Как сообщил РИА Новости **источник** в силовых структурах"). After a cue it may run
    past the words that end a name ("Menurut sumber **di** Kementerian Luar Negeri")."""
    people = [t for t in tokens if t.norm not in lexicon.not_speakers]
    named = 0
    while named < min(len(people) - 1, 2) and people[named].capitalised:
        named += 1
    for start in dict.fromkeys((0, named)):
        words = people[start:]
        if how == "after" and words:
            words = sentence.tokens_in(words[0].start, len(sentence.text))
        end = group_phrase(sentence.text, words, lexicon)
        if end is not None and (start == 0 or group_phrase(sentence.text, words[:1], lexicon)):
            return sentence.text[words[0].start : end]
    return None


def _an_adverb(sentence: Sentence, lexicon: Lexicon, token: Token) -> bool:
    """Russian: whether a word in lower case is an adverb ("утром", "вечером", "днём",
    "официально": `morphology.an_adverb`), which ends a name; a remit's own words stay
    ("по правам **внутренне** перемещённых лиц")."""
    return (
        lexicon.case_endings
        and not token.capitalised
        and token.norm not in lexicon.remit_words
        and an_adverb(_text(sentence, token))
    )


def _text_of(sentence: Sentence, name: list[Token]) -> str:
    return sentence.text[name[0].start : name[-1].end]


def _text(sentence: Sentence, token: Token) -> str:
    return sentence.text[token.start : token.end]


def _possessive(sentence: Sentence, lexicon: Lexicon, name: list[Token]) -> bool:
    """ "**Azerbaijan's** defence ministry denied ...": a capitalised possessive opening the
    phrase is a name even at the start of the sentence ("Local officials say" is not).

    So is one written with the apostrophe alone after its "s" before an office ("**Reuters'**
    correspondent said", "**Hamas'** spokesman said"), as "Reuters's correspondent" already
    was; before anything else it may be a plural's ("Farmers' union"), no name. A name
    written with its own possessive (`possessive_names`) is one even with nothing after it
    ("**McDonald's** said", as a lone "Karabakh accuses" is): its "'s" is no owner's."""
    if not name or not name[0].capitalised:
        return False
    if sentence.text[name[0].end : name[0].end + 1] not in _APOSTROPHES:
        return False
    if len(name) > 1 and name[1].norm == "s" and name[1].start == name[0].end + 1:
        return len(name) > 2 or name[0].norm in lexicon.possessive_names
    office = lexicon.titles | lexicon.mouthpieces
    return name[0].norm.endswith("s") and len(name) > 1 and name[1].norm in office


_DASHES = "-\u2013\u2014"


def _after_page_furniture(sentence: Sentence, lexicon: Lexicon, tokens: list[Token]) -> list[Token]:
    """`tokens` without a leading dateline (up to a spaced dash: "Gatra.com- ", " — ", not the
    hyphen of "Nagorno-Karabakh") or a navigation trail opening the sentence."""
    text = sentence.text
    for i in range(len(tokens) - 1, 0, -1):
        gap = text[tokens[i - 1].start : tokens[i].start]
        dash = next((j for j, ch in enumerate(gap) if ch in _DASHES), -1)
        if dash >= 0 and (gap[dash + 1 : dash + 2].isspace() or gap[dash - 1 : dash].isspace()):
            return tokens[i:]
    opens = bool(tokens) and tokens[0].start == sentence.tokens[0].start
    if opens and tokens[0].norm in lexicon.breadcrumb_roots:
        rest = tokens[1:]
        while rest and rest[0].norm in lexicon.breadcrumb_sections:
            rest = rest[1:]
        return rest
    return tokens
