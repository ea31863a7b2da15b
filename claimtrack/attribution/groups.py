"""Speakers nobody names: residents, witnesses, an anonymous source or official.

"Residents said the shelling lasted all night", "warga mengatakan", "местные жители
рассказали" report a claim, and the analyst wants to see whose: a group of people, not the
outlet's narration and not whoever spoke last. Registered under the words of the text
("Warga", "Sumber"), such a speaker would be one per language and per outlet, and an alias as
common as "warga" would be found in every article. So each is proposed under one English
label the three languages share, with where they are when the phrase says it: "Residents
(Kharkiv)", "Witnesses", "Anonymous source (kepolisian)", "Anonymous official". The label
keys the speaker: a later proposal with the same label is the registered one.

The words come from the lexicon: `vague_groups` (word -> label), `unnamed_sources` (a
source), and `anonymity` (phrases saying a speaker asked not to be named: an office alone
then is an anonymous official).
"""

from __future__ import annotations

from functools import lru_cache

from claimtrack.attribution.bodies import country_alone
from claimtrack.attribution.cues import Lexicon, load_lexicon, starts_with
from claimtrack.attribution.morphology import nominative, place_nominative
from claimtrack.attribution.places import names_any_place, place_named
from claimtrack.attribution.proposals import NewSpeaker, member_named, naming_words_at
from claimtrack.attribution.text import Token, tokenize

SOURCE = "Anonymous source"
OFFICIAL = "Anonymous official"
RESIDENTS = "Residents"
LOCAL = "Local authorities"
MAX_WHERE_WORDS = 3
"""Words kept of where a group is ("warga **di Kabupaten Cianjur**")."""
_GROUP_KINDS = {SOURCE: "officials", OFFICIAL: "officials", LOCAL: "government"}
"""The kind a label is registered with; a group of people is of no institution's kind."""


def group_phrase(text: str, tokens: list[Token], lexicon: Lexicon) -> int | None:
    """Where the phrase naming a group of people or an unnamed source ends, when `tokens`
    (a subject's words, past any determiner) open with one: "Residents **of Kharkiv**",
    "**Kharkiv** residents", "Local residents", "sumber **di kepolisian**", "местные
    жители"; None otherwise."""
    local = starts_with([t.norm for t in tokens], lexicon.local_bodies)
    if local:  # "local authorities **in Velmora**"
        where = _where(text, tokens[len(local) :], lexicon)
        return where[-1].end if where else tokens[len(local) - 1].end
    at = _group_word(text, tokens, lexicon)
    if at is None:
        return None
    where = _where(text, tokens[at + 1 :], lexicon, tokens[at].norm in lexicon.unnamed_sources)
    return where[-1].end if where else tokens[at].end


def group_speaker(surface: str, sentence: str, lexicon: Lexicon) -> NewSpeaker | None:
    """The labelled speaker a proposed phrase stands for: a group of people or a source
    (`group_phrase`), or an office alone in a sentence that says its holder asked not to
    be named ("A senior official said **on condition of anonymity**"); None for any other."""
    tokens = _content(tokenize(surface), lexicon)
    local = starts_with([t.norm for t in tokens], lexicon.local_bodies)
    at = None if local else _group_word(surface, tokens, lexicon)
    if local:  # "according to local authorities": the place's own, nobody named
        label = LOCAL
        where = _where(surface, tokens[len(local) :], lexicon)
        where = [t for t in where if t.norm not in lexicon.place_links]
    elif at is None:
        if not tokens or not _anonymous(sentence, lexicon):
            return None
        office = lexicon.titles | lexicon.official_nouns
        office |= {w for w, kind in lexicon.kind_words.items() if kind == "officials"}
        where = [t for t in tokens if t.norm not in office and t.capitalised]
        if not all(_a_place(surface[t.start : t.end]) for t in where):
            return None  # a name is no anonymous official: "Hajiyev, speaking anonymously"
        if not any(t.norm in office for t in tokens):
            return None
        label = OFFICIAL  # "A senior **US** official": where they serve
    else:
        word = tokens[at].norm
        label = lexicon.vague_groups.get(word) or SOURCE
        # "**Kharkiv** residents"; a capital opening the sentence proves nothing ("Местные")
        opening = sentence.lstrip().startswith(surface.lstrip())
        before = [t for t in tokens[:at] if t.capitalised]
        if opening and len(before) < 2:  # "North Darfur residents": two capitals name a place
            before = [t for t in before if _a_place(surface[t.start : t.end])]
        source = word in lexicon.unnamed_sources
        where = before or _where(surface, tokens[at + 1 :], lexicon, source)
        where = [t for t in where if t.norm not in lexicon.place_links]
    link = ""
    while where and where[0].norm in lexicon.prepositions | lexicon.determiners:
        link, where = link or where[0].norm, where[1:]  # "at **the** provincial ministry"
    place = _place(surface, where, lexicon, CASE_AFTER.get(link))
    if label == OFFICIAL and len(where) == 1 and not place.isupper():
        place = place_named(place) or place  # "A senior Armenian official": of Armenia
    name = f"{label} ({place})" if place else label
    return NewSpeaker(name, (), _GROUP_KINDS.get(label, "other"), surface)


def unlabelled_group(surface: str, lexicon: Lexicon) -> bool:
    """Whether a phrase opens with a group word that takes no label ("Residents and
    witnesses", "The residents' committee", "Warga negara asing"): people nobody named,
    proposed as written, as before the labels."""
    tokens = _content(tokenize(surface), lexicon)[:2]
    return _group_word(surface, tokens, lexicon) is None and any(
        t.norm in lexicon.vague_groups or t.norm in lexicon.unnamed_sources for t in tokens
    )


def _content(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    skip = lexicon.determiners | lexicon.fillers | lexicon.not_speakers
    while tokens and tokens[0].norm in skip:
        tokens = tokens[1:]
    return tokens


def _group_word(text: str, tokens: list[Token], lexicon: Lexicon) -> int | None:
    """The index of the group or source word among the first two ("Local **residents**",
    "**Kharkiv** residents" is the second, "**Residents** of Kharkiv" the first), or after
    a place's capitalised words ("Gaza City **residents**"). None when the word names no
    group speaking: it qualifies another noun ("Residents' committee chairman …", "warga
    negara": citizens) or is one of several ("Residents and officials said")."""
    for at, token in enumerate(tokens[: MAX_WHERE_WORDS + 1]):
        if token.norm not in lexicon.vague_groups and token.norm not in lexicon.unnamed_sources:
            continue
        if at >= 2 and (
            token.norm not in lexicon.vague_groups or not all(t.capitalised for t in tokens[:at])
        ):
            return None  # past two words only a group after a place: "РИА Новости источник"
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        if text[token.end : token.end + 1] in ("'", "\u2019"):
            return None  # a possessive: "The residents' association"
        if after is not None and (
            after.norm in lexicon.conjunctions
            or (token.norm, after.norm) in lexicon.group_compounds
        ):
            return None
        if _a_member_named(text, tokens, at, lexicon):
            return None  # "Local resident **Mariam Osman**": she speaks
        return at
    return None


def _a_member_named(text: str, tokens: list[Token], at: int, lexicon: Lexicon) -> bool:
    """Whether the group word at `at` describes the one person named right after it
    ("Local resident Mariam Osman", "Warga setempat Adam Yahya": `group_members`), or
    named after it ("Seorang warga **bernama** Ahmad Yani": `naming_words`)."""
    end = at + 1
    norms = [t.norm for t in tokens]
    for named in range(end, min(len(tokens), end + MAX_WHERE_WORDS + 1)):
        naming = naming_words_at(norms[named:], lexicon)
        if naming:  # "warga Desa Sukamaju **bernama** Ahmad Yani"
            end = named + naming
            break
    if end == at + 1 and end < len(tokens) and not tokens[end].capitalised:
        end += 1  # "warga **setempat** Adam Yahya"
    while end < len(tokens) and tokens[end].capitalised:
        end += 1
    listed = end + 1 < len(tokens) and tokens[end].norm in lexicon.conjunctions
    if listed and tokens[end + 1].capitalised:
        return False  # "Penduduk bernama Siti Aminah **dan** Joko Widodo": no one person
    if end <= at + 1 or text[tokens[end - 1].start : tokens[end - 1].end][:1].islower():
        return False
    return member_named(text[tokens[0].start : tokens[end - 1].end], lexicon) is not None


def _where(text: str, rest: list[Token], lexicon: Lexicon, source: bool = False) -> list[Token]:
    """Where the group is, right after its word: a place link and up to three words
    ("of Kharkiv", "di kepolisian", "в силовых структурах"), or capitalised words ("жители
    **Харькова**", "warga **Cianjur**"), never past punctuation or a word that ends names."""
    if not rest or text[: rest[0].start].rstrip()[-1:] in ",;:()":
        return []
    links = lexicon.place_links | lexicon.head_links | lexicon.impersonal_prepositions
    if source:  # a source speaks for where it is, as a spokesman: "a source **at** the ministry"
        links |= lexicon.voice_links
    start = 1 if rest[0].norm in links else 0
    out = rest[:start]
    stops = (lexicon.np_breakers | lexicon.fillers) - lexicon.determiners
    kept = 0
    for index, token in enumerate(rest[start:], start):
        gap = text[out[-1].end : token.start] if out else ""
        if kept == MAX_WHERE_WORDS or (gap.strip() and not _possessive(gap, token)):
            break
        named = _named_place(text, token, rest[index + 1 :], lexicon)
        if named:  # "Residents of a village **named Al Fashir**": where is the name
            return rest[:start] + named
        if token.norm in stops and not token.capitalised:
            break  # "di Kementerian **Luar** Negeri" goes on
        if not start and not token.capitalised:
            break
        out.append(token)
        # an article is no word of the three: "at the provincial mining ministry"
        kept += not (token is rest[start] and token.norm in lexicon.determiners)
    if out and out[-1].norm in lexicon.determiners | lexicon.prepositions | lexicon.head_links:
        return []  # cut short: "a source with knowledge of the talks" says no where
    return out if len(out) > start else []


def _named_place(text: str, token: Token, rest: list[Token], lexicon: Lexicon) -> list[Token]:
    """The name a naming word gives the place `token` is a word for ("desa **bernama Kampung
    Baru**", "a village **named Al Fashir**": `place_nouns`); [] when none follows."""
    naming = naming_words_at([t.norm for t in rest], lexicon)
    if token.norm not in lexicon.place_nouns or not naming:
        return []
    named: list[Token] = []
    for word in rest[naming : naming + MAX_WHERE_WORDS]:
        if not word.capitalised or (named and text[named[-1].end : word.start].strip()):
            break
        named.append(word)
    return named


CASE_AFTER = {"в": "loct", "во": "loct", "на": "loct", "из": "gent"}
"""The case a Russian preposition puts where a group is in ("источник **в** силовых
структурах")."""


def _place(text: str, where: list[Token], lexicon: Lexicon, case: str | None = None) -> str:
    """The words saying where, as written; in Russian in the nominative, as a label is read
    ("жители Харькова" live in Харьков, a source "в силовых структурах" is in "силовые
    структуры"; what follows the head in the genitive stays: "… Дагестана")."""
    if not where:
        return ""
    said = text[where[0].start : where[-1].end]
    if lexicon.case_endings and len(where) == 1 and where[0].capitalised:
        named = place_nominative(said)
        if named:
            return named[:1].upper() + named[1:]
    if lexicon.case_endings:
        return nominative(said, case)
    return said


def _possessive(gap: str, token: Token) -> bool:
    """ "Peskov**'s** office": a possessive goes on where a source is."""
    return gap in ("'", "\u2019") and token.norm == "s"


def _a_place(word: str) -> bool:
    return names_any_place(word) or country_alone(word) is not None  # "US", "Kharkiv"


def _anonymous(sentence: str, lexicon: Lexicon) -> bool:
    """Whether the sentence says its speaker asked not to be named."""
    return bool(lexicon.anonymity) and _says_anonymous(sentence, lexicon.lang)


@lru_cache(maxsize=256)
def _says_anonymous(sentence: str, lang: str) -> bool:
    lexicon = load_lexicon(lang)
    norms = [t.norm for t in tokenize(sentence)]
    return any(
        tuple(norms[i : i + len(phrase)]) == phrase
        for phrase in lexicon.anonymity
        for i in range(len(norms) - len(phrase) + 1)
    )
