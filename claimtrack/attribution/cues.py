"""Attribution cue lexicons: loaded once per language from `data/cues/<lang>.json`."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimtrack.attribution.text import Token, fold_str, words
from claimtrack.resources import data_dir

CATEGORIES = ("verb", "participle", "prepositional", "quoted_by", "trailing")


@dataclass(frozen=True, slots=True)
class Cue:
    """One attribution cue as read from a lexicon file."""

    label: str
    category: str
    type: str = "assert"
    position: str = "after-subject"
    refers: str | None = None
    only: str = ""
    """"after-break": the cue counts only right after a comma, quote or dash ("..., tegas
    Aliyev", never "penilaian tegas"); "sentence-start": only as the sentence's first words;
    "headline": only in a line without closing punctuation (a noun in body text: "klaim");
    "before-clause": only where a clause follows it, its subject and a finite verb ("He
    maintained the troops had not crossed"; "maintained the road" is no speech), or where it
    closes a quotation ('"…," Halas maintained.')."""
    no_agent: bool = False
    """In the passive the agent does not speak ("Talks were **called** by Russia")."""
    object_of: frozenset[str] = frozenset()
    """Verbs whose object the speaker of this cue is ("State media **quoted** the leader
    **as saying**"): the subject is looked for after the last of them, not before it."""
    tells: bool = False
    """A verb of telling whose addressee may follow it in the dative, with no preposition
    ("сообщил **Толстому** Песков", "рассказал **ТАСС** Иван Петров"): whom it was told,
    never the speaker (`rules`)."""
    governs: str | None = None
    """The case the speaker after a prepositional cue is in ("по данным **Генпрокуратуры**":
    "gent"): a Russian proposal is then put in the nominative even where its form could
    already be one ("группы" is also a plural nominative)."""


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in a sentence: which one, the surface text and its [start, end) offsets."""

    cue: Cue
    surface: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ShortForm:
    """A short form ("the ministry") and the speaker kinds it may refer back to."""

    words: tuple[str, ...]
    kinds: tuple[str, ...]
    names: tuple[str, ...] = ()
    """Stems one word of the speaker's name must start with ("the commission": a
    commission's), so a party that spoke last does not take an inquiry's findings."""


_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_LETTER_AFTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # "U.S": the S right after the dot


@dataclass(frozen=True)
class Lexicon:
    """Every cue and word list of one language, folded and compiled for matching."""

    lang: str
    cues: dict[str, Cue] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None
    pronouns: dict[str, str] = field(default_factory=dict)
    short_forms: tuple[ShortForm, ...] = ()
    prepositions: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    writing_verbs: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    passive_markers: frozenset[str] = frozenset()
    np_breakers: frozenset[str] = frozenset()
    fillers: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    free_order: bool = False
    """Russian: a subject may follow its verb without a comma before it ("Об этом заявил X")."""
    first_name_references: bool = False
    """The press calls people by their first name ("kata Arif" for Arif Santoso)."""
    medium_first: frozenset[str] = frozenset()
    """Russian: lower-case words opening a speaker after the outlet told, in the dative
    ("Как сообщил РИА Новости представитель ..."); the outlet is no part of the speaker."""
    case_endings: bool = False
    """Russian: an ending marks case, not an adjective ("Ереване" is Yerevan, "Armenian" is
    not Armenia)."""
    not_speakers: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    official_nouns: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()
    """Ranks and honorifics right before a name ("spokesman **Colonel** Dario Petek"): part of
    neither the name nor the office alias a proposal registers."""
    office_modifiers: frozenset[str] = frozenset()
    """Words describing a job or office, which name no place nor body ("**Veteran** surgeon
    Elena Moravec", "**Senior** surgeon …"): capitalised as the sentence opens, they make
    no office alias of the job."""
    side_nouns: frozenset[str] = frozenset()
    """Official nouns that make a place the speaker itself ("**Pihak** Armenia", "the Armenian
    **side**"): such a proposal registers the place (`attribution.proposals`)."""
    complementizers: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    """"who", "which": a verb after one is in a relative clause of the subject."""
    subordinators: frozenset[str] = frozenset()
    """Words opening a subordinate clause ("after", "when"): after a finite verb before a
    cue, the subject follows them ("Fighting broke out **after** Azerbaijan accused …")."""
    clause_openers: tuple[tuple[str, ...], ...] = ()
    """Words opening a clause, as folded phrases ("while", "whereas", "тогда как",
    "padahal"): a statement split before one ("…, while Kelmar's government insisted …")
    opens with it, and it is no part of the speaker's name that follows."""
    mouthpieces: frozenset[str] = frozenset()
    voice_offices: tuple[tuple[str, ...], ...] = ()
    """Offices through which a body speaks, as folded words, the last a stem ("juru bicara",
    "представител"): a body has several holders and they change, so such an office is no
    alias of the person proposed with it ("RSF spokesman" El-Fateh Qurashi)."""
    reciprocals: tuple[tuple[str, ...], ...] = ()
    after_enders: tuple[tuple[str, ...], ...] = ()
    compound_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A body's one-word short name -> its full words ("минобороны" -> "министерство
    обороны", "kemenkes" -> "kementerian kesehatan"): an alias in one form finds the other."""
    back_references: tuple[tuple[str, ...], ...] = ()
    statement_heads: tuple[tuple[str, ...], ...] = ()
    statement_links: frozenset[str] = frozenset()
    breadcrumb_roots: frozenset[str] = frozenset()
    """Words that open a web page's navigation trail ("Home", "Beranda", "Главная")."""
    breadcrumb_sections: frozenset[str] = frozenset()
    """Section names that may follow a trail's root ("Internasional", "World")."""
    impersonal_forms: frozenset[str] = frozenset()
    impersonal_prepositions: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    """Words whose full stop ends no phrase ("Dr. Petrosyan", "Sen. Laura Whitfield", "Jr."):
    a speaker's name runs on past them, as it does past an initial ("James O. Whitaker")."""
    titles: frozenset[str] = frozenset()
    """Words of an office before a person's name ("Presiden", "Prime", "Minister", "глава")."""
    title_then_place: bool = False
    """The country or body follows the office ("Presiden Azerbaijan", "Лидер Карабаха")."""
    head_links: frozenset[str] = frozenset()
    """Words between a head and its complement ("Ministry **of** Defence"): in English order
    the head is the last word before the first of them."""
    place_links: frozenset[str] = frozenset()
    """Words joining a body to its place ("Officials **in** Nagorno-Karabakh", "pejabat
    **di** Stepanakert"): the place stays part of the proposed name."""
    voice_links: frozenset[str] = frozenset()
    """Words joining a mouthpiece to the body it speaks for ("a spokesman **for** X", "a
    statement **from** X"): X is proposed; "a statement **on** Telegram" names no one."""
    title_links: frozenset[str] = frozenset()
    """Words joining an office to where it is posted ("ambassador **to** the UN", "Duta Besar
    Ukraina **untuk** Indonesia"): after a title they do not end a proposed name."""
    remit_links: frozenset[str] = frozenset()
    """Words joining a capitalised body word to its remit ("Commission **on** Human Rights",
    "Office **for** the Coordination …"): they do not end a proposed name there."""
    possessive_names: frozenset[str] = frozenset()
    """Names written with their own possessive ("Moody's", "McDonald's"), as their owner
    word folded ("moody"): "Moody's analyst" is no analyst of someone called Moody, so the
    proposal keeps the "'s" that a country's or a person's owner loses."""
    remit_words: frozenset[str] = frozenset()
    """Words an office's or a body's remit is made of ("Human **Rights**", "**Refugees**",
    "**Humanitarian Affairs**", "Hak Asasi **Manusia**"): no word of a person's name, so the
    holder named after a remit is told from it ("High Commissioner for Human Rights Volker
    Turk")."""
    relatives: frozenset[str] = frozenset()
    """Words opening a relative clause around a cue ("**what** it called an operation"): the
    cue frames a phrase of the narration and names no speaker."""
    bare_passives: tuple[tuple[str, ...], ...] = ()
    """A cue read as a passive without an auxiliary, as headlines write it ("RSF **accused
    of** massacre"): what precedes it is accused, not speaking."""
    unnamed_sources: frozenset[str] = frozenset()
    """Words for a source left unnamed ("источник"): a phrase holding one names nobody one
    could register ("РИА Новости источник в силовых структурах")."""
    vague_groups: dict[str, str] = field(default_factory=dict)
    """Words for a group of people nobody names, folded -> the English label they are
    proposed under ("warga", "жители" -> "Residents"; `attribution.groups`)."""
    group_members: tuple[tuple[str, ...], ...] = ()
    """Words for one person of such a group ("resident", "warga setempat", "жительница"):
    right before a person's name they describe that person, who speaks ("Local resident
    Mariam Osman"), not a group (`attribution.groups`)."""
    naming_words: tuple[tuple[str, ...], ...] = ()
    """Words saying a name follows ("named", "bernama", "по имени"): after a word for a group
    of people they make it one person, who is named ("Seorang warga **bernama** Ahmad
    Yani")."""
    place_nouns: frozenset[str] = frozenset()
    """Words for a kind of place ("village", "desa", "села"): a name a naming word puts after
    one is the place's ("a village **named** Al Fashir"), not a person's."""
    name_particles: frozenset[str] = frozenset()
    """Lower-case words inside a person's name ("von der" of "Ursula von der Leyen", "bin",
    "аль" of "аль-Хасан", "фон", "де"): between its capitalised words they are part of it."""
    local_bodies: tuple[tuple[str, ...], ...] = ()
    """Phrases for a place's own authorities, unnamed ("local authorities", "pihak berwenang
    setempat", "местные власти"): proposed under one label (`attribution.groups`)."""
    anonymity: tuple[tuple[str, ...], ...] = ()
    """Phrases saying a speaker asked not to be named ("on condition of anonymity"): an
    office alone is then an anonymous official (`attribution.groups`)."""
    not_speech: tuple[tuple[str, ...], ...] = ()
    """Phrases opening with a cue that quote nobody ("**adding to** the toll", "**claiming
    the lives** of"): the cue is ignored there."""
    main_verbs: frozenset[str] = frozenset()
    """Finite verbs a participle cue's clause may hang from ("went", "spoke", "has"), beside
    any word with one of `past_suffixes` ("addressed", "released")."""
    past_suffixes: tuple[str, ...] = ()
    adverb_suffixes: tuple[str, ...] = ()
    """Endings of an adverb that makes the past form after it an adjective ("heavi**ly**
    armed")."""
    kind_words: dict[str, str] = field(default_factory=dict)
    """Folded word -> the speaker kind a phrase holding it names ("kementerian" -> ministry)."""
    capital_kind_words: frozenset[str] = frozenset()
    """Kind words listed in capitals ("UN"): they name a body only when so written ("Kim
    Jong **Un**" is a person)."""
    named_kinds: dict[str, str] = field(default_factory=dict)
    """Kind words listed capitalised ("Antara", the news agency), folded -> their kind: a
    kind only where written so (`kind_of`), since folded they are a common word of the
    language ("antara", between), which is why `kind_words` leaves them out."""
    places: dict[tuple[str, ...], str] = field(default_factory=dict)
    """Places CLDR's country names lack, as folded words -> the side a speaker they name is
    on, in English ("karabakh" -> "Nagorno-Karabakh"; `attribution.places`)."""
    office_particles: frozenset[str] = frozenset()
    """Small words inside an office's name that otherwise end one ("Menteri Dalam Negeri")."""
    office_words: frozenset[str] = frozenset()
    """Capitalised words that complete an office's name after its title without being a
    name: portfolios and their acronyms ("Menteri **Kesehatan**", "Menko **Polhukam**")."""
    place_suffixes: frozenset[str] = frozenset()
    """Compass words closing a region's name after an office ("Buton **Tengah**")."""
    group_compounds: frozenset[tuple[str, ...]] = frozenset()
    """A group word and the word making it another noun ("warga negara": citizens), so no
    group of residents speaks (`attribution.groups`)."""
    regional_offices: tuple[tuple[str, ...], ...] = ()
    """Offices held over a region, which the press writes before the region's name
    ("Bupati **Nduga**", "Kapolsek **Cilandak**"): one word after them is a place."""
    region_abbreviations: frozenset[str] = frozenset()
    """Regions written short ("Kapolda **Sulteng**", "Gubernur **Jabar**"): a region after a
    regional office, whatever else the word might be."""
    given_names: frozenset[str] = frozenset()
    """Common given names the press uses alone for a regional office's holder ("Gubernur
    **Anies**", "Wali Kota **Risma**"), so one word after a regional office is a person."""
    definite_before: frozenset[str] = frozenset()
    definite_after: frozenset[str] = frozenset()
    """Articles and demonstratives that make a body word a reference back ("**the** panel",
    "komisi **itu**"): the last speaker whose name holds the word (`subjects`)."""
    definite_bare: frozenset[str] = frozenset()
    """Russian: these body words alone ("Комиссия установила") refer back the same way; a
    body's word alone may also be its name ("Кремль", "Генштаб"), so only those listed."""
    definite_not_after: dict[str, frozenset[str]] = field(default_factory=dict)
    """Body word -> the words before it that make a name no antecedent of the word made
    definite: "the union" in the news is a trade union, never the **European** Union."""
    clause_links: frozenset[str] = frozenset()
    """Words opening a contrasted clause after a comma ("while", "sementara", "а"): another
    speaker's figure may follow (`attribution.voices`)."""
    place_adjectives: dict[str, str] = field(default_factory=dict)
    """Stems of the adjectives a language makes of a place, folded -> the place in English
    ("армянск" -> "Armenia"): "Армянская сторона заявила" is Armenia's voice."""

    def kind_of(self, token: Token, after: Token | None = None) -> str | None:
        """The speaker kind a word names as written: listed (`kind_words`), or listed
        capitalised and written so ("seperti dilaporkan **Antara**": `named_kinds`); listed
        with the word `after` it, that pair first ("**агентство по** …": an agency in charge
        of something, a state body, no news agency)."""
        if after is not None and (kind := self.kind_words.get(f"{token.norm} {after.norm}")):
            return kind
        kind = self.kind_words.get(token.norm)
        if kind is None and token.capitalised:
            kind = self.named_kinds.get(token.norm)
        return kind

    def abbreviates(self, text: str, dot: int) -> bool:
        """Whether the full stop at `text[dot]` ends an abbreviation or an initial ("Dr.",
        "O.", "U.S.") with more of the sentence after it, rather than a phrase."""
        if not text[dot + 1 : dot + 2].isspace() and text[dot + 1 : dot + 2] not in _LETTER_AFTER:
            return False  # the sentence's own full stop
        if not text[dot + 1 :].strip(" \"'”’»)"):
            return False
        word = _WORD_BEFORE.search(text, 0, dot)
        if word is None:
            return False
        letters = word.group()
        return (len(letters) == 1 and letters.isupper()) or fold_str(letters) in self.abbreviations

    def find(self, folded_text: str) -> list[tuple[Cue, int, int]]:
        """Cues in a folded text, left to right, longest first at each position."""
        if self.pattern is None:
            return []
        found = []
        for match in self.pattern.finditer(folded_text):
            key = " ".join(match.group().split())
            found.append((self.cues[key], match.start(), match.end()))
        return found


def cues_dir() -> Path:
    """Where the lexicon files live."""
    return data_dir() / "cues"


def available_languages() -> tuple[str, ...]:
    """Language codes that have a lexicon file."""
    return tuple(sorted(p.stem for p in cues_dir().glob("*.json")))


@lru_cache(maxsize=64)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon for `lang` (an empty one when no file exists); cached per process."""
    path = cues_dir() / f"{lang}.json"
    if not re.fullmatch(r"[a-z]{2,3}", lang) or not path.is_file():
        return Lexicon(lang=lang)
    return build_lexicon(lang, json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def all_stopwords() -> frozenset[str]:
    """The union of every lexicon's alias stopwords (aliases carry no language tag)."""
    result: set[str] = set()
    for lang in available_languages():
        result |= load_lexicon(lang).stopwords
    return frozenset(result)


@lru_cache(maxsize=1)
def all_titles_and_body_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every lexicon's titles, and every word naming a kind of body: a person's office and
    a body are never one word misspelt ("minister" is no "ministry")."""
    titles: set[str] = set()
    bodies: set[str] = set()
    for lang in available_languages():
        lexicon = load_lexicon(lang)
        titles |= lexicon.titles
        bodies |= set(lexicon.kind_words)
    return frozenset(titles - bodies), frozenset(bodies - titles)


@lru_cache(maxsize=1)
def all_function_words() -> frozenset[str]:
    """Every lexicon's pronouns, prepositions, determiners, conjunctions, fillers and name
    breakers: what an acronym in capitals may fold to ("WHO", "US", "IT")."""
    result: set[str] = set()
    for lang in available_languages():
        lexicon = load_lexicon(lang)
        result |= set(lexicon.pronouns) | lexicon.prepositions | lexicon.determiners
        result |= lexicon.conjunctions | lexicon.fillers | lexicon.np_breakers
    return frozenset(result)


@lru_cache(maxsize=1)
def all_compound_names() -> dict[str, tuple[str, ...]]:
    """Every lexicon's `compound_names` (aliases carry no language tag)."""
    result: dict[str, tuple[str, ...]] = {}
    for lang in available_languages():
        result.update(load_lexicon(lang).compound_names)
    return result


def build_lexicon(lang: str, raw: dict[str, Any]) -> Lexicon:
    """Fold and compile a parsed lexicon file."""
    cues = _collect_cues(raw)
    return Lexicon(
        lang=lang,
        cues=cues,
        pattern=_compile(cues),
        pronouns={fold_str(p["form"]): p.get("refers", "any") for p in raw.get("pronouns", [])},
        short_forms=tuple(
            ShortForm(
                words(s["form"]),
                tuple(s.get("kinds", ())),
                tuple(fold_str(n) for n in s.get("names", ())),
            )
            for s in sorted(raw.get("short_forms", []), key=lambda s: -len(words(s["form"])))
        ),
        prepositions=_folded_set(raw, "prepositions"),
        infinitive_markers=_folded_set(raw, "infinitive_markers"),
        writing_verbs=_folded_set(raw, "writing_verbs"),
        audiences=_folded_set(raw, "audiences"),
        determiners=_folded_set(raw, "determiners"),
        passive_markers=_folded_set(raw, "passive_markers"),
        np_breakers=_folded_set(raw, "np_breakers"),
        fillers=_folded_set(raw, "fillers"),
        stopwords=_folded_set(raw, "stopwords"),
        free_order=bool(raw.get("free_order", False)),
        first_name_references=bool(raw.get("first_name_references", False)),
        case_endings=bool(raw.get("case_endings", False)),
        medium_first=_folded_set(raw, "medium_first"),
        not_speakers=_folded_set(raw, "not_speakers"),
        place_suffixes=_folded_set(raw, "place_suffixes"),
        regional_offices=_phrases(raw, "regional_offices"),
        region_abbreviations=_folded_set(raw, "region_abbreviations"),
        given_names=_folded_set(raw, "given_names"),
        group_compounds=frozenset(_phrases(raw, "group_compounds")),
        definite_before=_folded_set(raw, "definite_before"),
        definite_after=_folded_set(raw, "definite_after"),
        definite_bare=_folded_set(raw, "definite_bare"),
        definite_not_after={
            fold_str(word): frozenset(fold_str(w) for w in before)
            for word, before in raw.get("definite_not_after", {}).items()
        },
        conjunctions=_folded_set(raw, "conjunctions"),
        official_nouns=_folded_set(raw, "official_nouns"),
        side_nouns=_folded_set(raw, "side_nouns"),
        ranks=_folded_set(raw, "ranks"),
        office_modifiers=_folded_set(raw, "office_modifiers"),
        complementizers=_folded_set(raw, "complementizers"),
        subordinators=_folded_set(raw, "subordinators"),
        clause_openers=_phrases(raw, "clause_openers"),
        relative_pronouns=_folded_set(raw, "relative_pronouns"),
        # A mouthpiece is recognised by its last word ("press service" -> "service").
        mouthpieces=frozenset(words(w)[-1] for w in raw.get("mouthpieces", []) if words(w)),
        voice_offices=_phrases(raw, "voice_offices"),
        reciprocals=_phrases(raw, "reciprocals"),
        after_enders=_phrases(raw, "after_enders"),
        compound_names={
            fold_str(short): words(full) for short, full in raw.get("compound_names", {}).items()
        },
        back_references=_phrases(raw, "back_references"),
        statement_heads=_phrases(raw, "statement_heads"),
        statement_links=_folded_set(raw, "statement_links"),
        breadcrumb_roots=_folded_set(raw, "breadcrumb_roots"),
        breadcrumb_sections=_folded_set(raw, "breadcrumb_sections"),
        impersonal_forms=_folded_set(raw, "impersonal_forms"),
        impersonal_prepositions=_folded_set(raw, "impersonal_prepositions"),
        agent_prepositions=_folded_set(raw, "agent_prepositions"),
        abbreviations=_folded_set(raw, "abbreviations"),
        titles=_folded_set(raw, "titles"),
        title_then_place=bool(raw.get("title_then_place", False)),
        head_links=_folded_set(raw, "head_links"),
        title_links=_folded_set(raw, "title_links"),
        remit_links=_folded_set(raw, "remit_links"),
        remit_words=_folded_set(raw, "remit_words"),
        possessive_names=_folded_set(raw, "possessive_names"),
        voice_links=_folded_set(raw, "voice_links"),
        relatives=_folded_set(raw, "relatives"),
        bare_passives=_phrases(raw, "bare_passives"),
        not_speech=_phrases(raw, "not_speech"),
        unnamed_sources=_folded_set(raw, "unnamed_sources"),
        vague_groups={fold_str(w): label for w, label in raw.get("vague_groups", {}).items()},
        group_members=_phrases(raw, "group_members"),
        naming_words=_phrases(raw, "naming_words"),
        place_nouns=_folded_set(raw, "place_nouns"),
        name_particles=_folded_set(raw, "name_particles"),
        local_bodies=_phrases(raw, "local_bodies"),
        anonymity=_phrases(raw, "anonymity"),
        main_verbs=_folded_set(raw, "main_verbs"),
        past_suffixes=tuple(fold_str(w) for w in raw.get("past_suffixes", [])),
        adverb_suffixes=tuple(fold_str(w) for w in raw.get("adverb_suffixes", [])),
        place_links=_folded_set(raw, "place_links"),
        kind_words={
            fold_str(word): kind
            for kind, listed in raw.get("kind_words", {}).items()
            for word in listed
            if not _name_only(word)
        },
        named_kinds={
            fold_str(word): kind
            for kind, listed in raw.get("kind_words", {}).items()
            for word in listed
            if _name_only(word)
        },
        capital_kind_words=frozenset(
            fold_str(word)
            for listed in raw.get("kind_words", {}).values()
            for word in listed
            if word.isupper()
        ),
        places={words(place): side for place, side in raw.get("places", {}).items()},
        clause_links=_folded_set(raw, "clause_links"),
        office_particles=_folded_set(raw, "office_particles"),
        office_words=_folded_set(raw, "office_words"),
        place_adjectives={
            fold_str(stem): place for stem, place in raw.get("place_adjectives", {}).items()
        },
    )


def _name_only(word: str) -> bool:
    """A kind word listed capitalised, not in capitals ("Antara", not "UN"): `named_kinds`."""
    return word[:1].isupper() and not word.isupper()


def _folded_set(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold_str(w) for w in raw.get(key, []))


def _phrases(raw: dict[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    """Word sequences, longest first so that a longer phrase wins over its prefix."""
    phrases = {words(p) for p in raw.get(key, [])} - {()}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


def starts_with(norms: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The first of `phrases` that `norms` begins with, or ()."""
    for phrase in phrases:
        if tuple(norms[: len(phrase)]) == phrase:
            return phrase
    return ()


def _collect_cues(raw: dict[str, Any]) -> dict[str, Cue]:
    cues: dict[str, Cue] = {}
    for entry in raw.get("verbs", []):
        cue = Cue(
            entry["cue"],
            "verb",
            entry.get("type", "assert"),
            entry.get("position", ""),
            only=entry.get("only", ""),
            object_of=frozenset(fold_str(w) for w in entry.get("object_of", ())),
            no_agent=bool(entry.get("no_agent", False)),
            tells=bool(entry.get("tells", False)),
        )
        for form in (entry["cue"], *entry.get("forms", ())):
            cues.setdefault(fold_str(form), cue)
    for entry in raw.get("participles", []):
        # "..., saying ...": only after a comma, its speaker the subject of the clause before.
        cue = Cue(entry["cue"], "participle", entry.get("type", "assert"), only="after-break")
        for form in (entry["cue"], *entry.get("forms", ())):
            cues.setdefault(fold_str(form), cue)
    for entry in raw.get("prepositional", []):
        cue = Cue(
            entry["cue"],
            "prepositional",
            entry.get("type", "report"),
            "prepositional",
            only=entry.get("only", ""),
            governs=entry.get("governs"),
            tells=bool(entry.get("tells", False)),
        )
        cues.setdefault(fold_str(entry["cue"]), cue)
    for form in raw.get("quoted_by", []):
        cues.setdefault(fold_str(form), Cue(form, "quoted_by", "report", "quoted-by"))
    for entry in raw.get("trailing", []):
        cue = Cue(entry["cue"], "trailing", "assert", "trailing", entry.get("refers", "any"))
        # Trailing cues win over the verbs they contain ("kata mereka" over "kata").
        cues[fold_str(entry["cue"])] = cue
    return cues


def _compile(cues: dict[str, Cue]) -> re.Pattern[str] | None:
    if not cues:
        return None
    forms = sorted(cues, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in form.split()) for form in forms)
    # Whole words only; a hyphen glues words ("kata-kata" is not the cue "kata").
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
