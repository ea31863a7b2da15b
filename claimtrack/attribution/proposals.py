"""What to register for an unregistered speaker the attributor found: name, aliases, kind.

News names people with their office first: "Presiden Azerbaijan Ilham Aliyev", "Armenian
Prime Minister Nikol Pashinyan", "Президент Азербайджана Ильхам Алиев". Registered as the whole
phrase, the speaker would never match the "Aliyev" of the next sentence, and "Presiden
Azerbaijan" in the headline would stay a stranger. So a phrase that holds a title (the
lexicon's `titles`) followed by a capitalised name becomes a person named by the name, with
the office (when it names a country or body) as an alias: "Ilham Aliyev", also known as
"Presiden Azerbaijan". A registered person's surname then finds the later mentions. A
spokesman's office is no alias ("RSF spokesman": `voice_offices`): a body has several.

The name is the run of capitalised words after the last title, three at most. In languages
that put the country after the office (`title_then_place`: "Presiden **Turki** Recep Tayyip
Erdogan", "Лидер **Нагорного Карабаха** Араик Арутюнян"), and after "President of ...", the
place the run opens with is left out (`attribution.places`: CLDR's country names, the
lexicon's `places`, Russian genitives). When no known place opens it, a run of three or
more words keeps its last two, unless the dictionary knows its first word for a first name
(Russian): a three-word name losing its first word ("Tayyip Erdogan") does less harm than
an unknown country in a person's name. The analyst can rename the speaker; aliases are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from claimtrack.attribution.bodies import (
    body_key,
    body_speaker_kind,
    country_alone,
    organisation_named,
)
from claimtrack.attribution.cues import Lexicon, available_languages, load_lexicon, starts_with
from claimtrack.attribution.morphology import (
    a_person_noun,
    an_adjective,
    is_any_first_name,
    is_surname,
)
from claimtrack.attribution.places import (
    LONGEST_PLACE,
    capital_nominative,
    is_listed_place,
    is_place,
    leading_place,
    names_any_place,
    office_words_before_name,
    starts_with_first_name,
    words,
)
from claimtrack.attribution.text import Token, fold_str, tokenize
from claimtrack.textnorm import RU_ADJECTIVE_NOMINATIVE

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

NAME_WORDS = 2
"""Words kept of a name that follows a country ("... Azerbaijan Ilham Aliyev")."""
MAX_NAME_WORDS = 3
"""Longest name taken right after a title in English order ("President Recep Tayyip Erdogan")."""


@dataclass(frozen=True, slots=True)
class NewSpeaker:
    """A speaker to register when the analyst accepts a proposal."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    mention: str = ""
    """The phrase as it stood in the text (what the reason quotes)."""


@lru_cache(maxsize=8192)
def read_as_a_person(name: str) -> bool:
    """Whether every language reads `name` alone as a person's ("Hendra Wijaya", "Хендра
    Виджая"), as `new_speaker` does a phrase; a body ("Pejabat Nagorno-Karabakh", a person
    in no other lexicon than one) or a kind's word ("Karabakh officials") is none."""
    return all(
        new_speaker(name, load_lexicon(code)).kind == "person" for code in available_languages()
    )


def new_speaker(surface: str, lexicon: Lexicon) -> NewSpeaker:
    """The speaker a proposed phrase names (see the module docstring); the phrase itself when
    it holds no title followed by a name of two words or more."""
    bracketed = _INITIALS.fullmatch(surface)
    if bracketed is not None:
        return _initialled(surface, bracketed.group(1), bracketed.group(2), lexicon)
    surface = _before_affiliation(surface, lexicon)
    owned = _owned_name(surface, lexicon)
    if owned is not None:  # "Armenia's Pashinyan", "Kremlin's Peskov": the person
        return replace(new_speaker(owned, lexicon), mention=surface)
    if organisation_named(surface.split()) == len(surface.split()) > 1:
        # "Doctors Without Borders"; a force is military ("Rapid Support Forces")
        kind = "military" if _kind(surface, lexicon) == "military" else "organisation"
        return NewSpeaker(surface, (), kind, surface)
    place = _place_speaking(surface, lexicon)
    if place is not None:
        return NewSpeaker(place, (), "government", surface)
    member = member_named(surface, lexicon)
    if member is not None:  # "Local resident Mariam Osman": she speaks, no group
        return NewSpeaker(member, (), "person", surface)
    words = _words(surface, lexicon)
    kind = _kind(surface, lexicon)
    if kind == "other":  # "The Pentagon said", "Евросоюз заявил": a known body's kind
        kind = body_speaker_kind(surface) or kind
    if kind == "other" and country_alone(surface) is not None:
        kind = "government"  # "The US said", "Azerbaijan said": the country's state speaks
    if kind == "other" and _is_a_name([surface[w.start : w.end] for w in words], lexicon):
        kind = "person"  # "Hikmet Hajiyev, an aide to ...": a later "Hajiyev" is him
    plain = NewSpeaker(surface, (), kind, surface)
    if not any(word.title for word in words):
        return _past_lower_words(surface, words, lexicon) or plain
    held = remit_holder([surface[w.start : w.end] for w in words], lexicon)
    if held and any(w.title for w in words[:-held]):
        # "UN High Commissioner for Human Rights **Volker Turk**": the holder after the remit
        start = words[-held].start
        office = _without_adverbial(surface[:start].strip(" ,-\u2013\u2014"), lexicon)
        learned = not a_voice(office, lexicon)
        return NewSpeaker(surface[start:], (office,) if learned else (), "person", surface)
    # The name follows the office's last word, a title or a body ("Представитель
    # **Минобороны** Армении Шушан Степанян").
    last_title = max(i for i, word in enumerate(words) if word.title or word.body)
    first = len(words)
    while first - 1 > last_title and words[first - 1].capitalised and not words[first - 1].quoted:
        first -= 1
    # a particle inside the name is no word of its length ("Ursula von der Leyen": two)
    run = [word for word in words[first:] if not word.particle]
    linked = fold_str(surface[words[first - 1].start : words[first - 1].end]) if first else ""
    if kind != "other" and linked in lexicon.remit_links:
        return plain  # "Office of the … High Commissioner **for** Human Rights": its remit
    # "Mr. Harper", "Colonel Ivanov", "Laksamana Madya Irvansyah": one name after a rank
    one_name = len(run) == 1 and first and not run[0].body
    if one_name and _honorific(surface, words[first - 1], lexicon):
        keep = 1
    elif (
        one_name
        and _mononym(surface, words[first - 1], run[0], lexicon)
        and not _after_a_bodys_portfolio(surface, words[:first], lexicon)
    ):
        keep = 1  # "Menko Polhukam Wiranto", "Presiden Jokowi": one name after the office
    elif len(run) < NAME_WORDS:
        return plain  # "head of the Foreign Policy Affairs **Department**" names no person
    elif kind != "other" and first == last_title + 1 and words[last_title].body:
        # "**Kementerian** Kesehatan Sudan": what follows a body's head word right away is the
        # body's name, unless a place comes first ("Минобороны Армении Шушан Степанян")
        texts = [surface[word.start : word.end] for word in run]
        if not leading_place(texts, lexicon):
            return plain
        keep = _name_length(surface, run, True, lexicon)
    else:
        after = words[first - 1]
        keep = _name_length(surface, run, first == last_title + 1, lexicon, after.rank, after.body)
        if not keep:
            return plain  # "Presiden Korea Selatan": an office, no name
    start = run[-keep].start
    name = surface[start : run[-1].end + _abbreviation(surface, run[-1], lexicon)]  # "Jr."
    if any(fold_str(surface[w.start : w.end]) in lexicon.remit_words for w in run[-keep:]):
        return plain  # "UN High Commissioner for Human Rights": its remit, no one's name
    office = _without_trailing_ranks(surface[:start].strip(" ,-\u2013\u2014"), lexicon)
    office = _without_adverbial(office, lexicon)  # "Генсек ООН по телефону": "Генсек ООН"
    # "**Veteran** surgeon", "**Senior** surgeon": a capital opening the sentence names nothing
    names_a_place = any(
        w.capitalised and not w.title and not _describing(surface, w, lexicon)
        for w in words
        if w.end <= len(office)
    )
    learned = office and names_a_place and not a_voice(office, lexicon)
    return NewSpeaker(name, (office,) if learned else (), "person", surface)


def _past_lower_words(surface: str, words: list[_Word], lexicon: Lexicon) -> NewSpeaker | None:
    """The name after words in lower case that are no office, rank, body or group of people:
    "a claim **Dovgal** rejected", "the jurist **Helena Marsh** said". A common noun
    opens no name; kept, it made a speaker nobody is ("Claim Dovgal") whom a registered
    "Irina Dovgal" would never be. None where no such name follows (a place, a body, a
    quotation), and the phrase stays as written; None too where a name after a noun is its
    owner (Indonesian, Russian: "pendukung Prabowo", "представители Красного Креста")."""
    if lexicon.title_then_place or lexicon.case_endings:
        return None
    at = 0
    while at < len(words) and not words[at].capitalised:
        at += 1
    lower, rest = words[:at], words[at:]
    if not lower or not rest or any(w.title or w.body or w.rank or w.particle for w in lower):
        return None
    folded = [fold_str(surface[w.start : w.end]) for w in lower]
    if any(
        group_word(f, lexicon) or f in lexicon.mouthpieces or not _NAME_WORD.fullmatch(f)
        for f in folded
    ):
        return None
    if body_key(surface) is not None or names_any_place(surface[: lower[-1].end]):
        return None  # "российского МИДа": Russia's foreign ministry
    if any(w.title or w.body or w.quoted or not w.capitalised for w in rest):
        return None
    texts = [surface[w.start : w.end] for w in rest]
    name = surface[rest[0].start : rest[-1].end]
    if len(texts) > 1:
        return NewSpeaker(name, (), "person", surface) if _is_a_name(texts, lexicon) else None
    (text,) = texts
    if text.isupper() or not _NAME_WORD.fullmatch(text) or is_place(text, lexicon):
        return None
    return NewSpeaker(name, (), "other", surface)


def remit_holder(said: list[str], lexicon: Lexicon) -> int:
    """How many words closing `said` (an office's words, as written) name the holder of an
    office after its remit: a remit link, a remit of capitalised words one of which the
    lexicon lists for a remit (`remit_words`: "for **Human Rights**", "on Freedom of
    **Expression**", "untuk Hak Asasi **Manusia**"), then two capitalised words none of which
    is a remit's, an office's, a body's, a place's or a function word: "UN High Commissioner
    for Human Rights **Volker Turk**", "Komisaris Tinggi PBB untuk Pengungsi **Filippo
    Grandi**". 0 for an office with no holder ("Special Representative for Children and
    Armed Conflict": "Armed" is a remit's word) or whose remit the lexicon does not know."""
    if len(said) < NAME_WORDS + 2 or not lexicon.remit_words:
        return 0
    name, remit = said[-NAME_WORDS:], said[:-NAME_WORDS]
    folded = [fold_str(w) for w in remit]
    links = [i for i, w in enumerate(folded) if w in lexicon.remit_links]
    if not links or links[-1] == len(remit) - 1:
        return 0
    remit, folded = remit[links[-1] + 1 :], folded[links[-1] + 1 :]
    if not any(w in lexicon.remit_words for w in folded):
        return 0
    if remit[-1][:1].isupper():
        if not all(
            w[:1].isupper() or _function_word(f, lexicon)
            for w, f in zip(remit, folded, strict=True)
        ):
            return 0
    elif not all(f in lexicon.remit_words or _function_word(f, lexicon) for f in folded):
        return 0  # a remit in lower case only of its words: "untuk hak asasi manusia"
    if any(fold_str(w) in lexicon.remit_words for w in name) or not _is_a_name(name, lexicon):
        return 0
    return NAME_WORDS


MAX_REMIT_WORDS = 4
"""Most lower-case words of an office's remit ("по координации гуманитарных вопросов")."""


def adverbial_on_link(tokens: list[Token], lexicon: Lexicon) -> int:
    """How many of `tokens` at their start are an adverbial phrase on a remit link ("**по
    телефону**", "**по итогам переговоров**", "**по просьбе** Армении"): the link, then its
    words in lower case, the first no word of a remit (`remit_words`: "по правам человека",
    "по делам беженцев" are remits). 0 otherwise, and where no remit words are listed."""
    if not lexicon.remit_words or len(tokens) < 2 or tokens[0].norm not in lexicon.remit_links:
        return 0
    if naming_words_at([t.norm for t in tokens[:3]], lexicon):
        return 0  # "по имени": a name follows
    first = tokens[1]
    if first.capitalised or first.norm in lexicon.remit_words | lexicon.determiners:
        return 0
    if first.norm in lexicon.np_breakers or not first.norm.isalpha():
        return 0
    end = 1
    while end < min(len(tokens), MAX_REMIT_WORDS + 1) and not tokens[end].capitalised:
        if tokens[end].norm in lexicon.np_breakers:
            break
        end += 1
    return end


def _without_adverbial(office: str, lexicon: Lexicon) -> str:
    """An office without an adverbial phrase on a remit link closing it ("Генсек ООН **по
    телефону**", `adverbial_on_link`): what the text said, not the office's name."""
    tokens = tokenize(office)
    for at, token in enumerate(tokens):
        size = adverbial_on_link(tokens[at:], lexicon)
        if at and size and at + size == len(tokens):
            return office[: token.start].rstrip(" ,")
    return office


def a_voice(office: str, lexicon: Lexicon) -> bool:
    """Whether an office is one through which a body speaks (`voice_offices`: "RSF
    **spokesman**", "**Juru bicara** TNI", "**представитель** МИД"): a body has several and
    they change, so such an office is no name of the one person holding it now (an alias
    would take every later spokesman of the RSF for El-Fateh Qurashi). A president's or a
    minister's is."""
    said = [t.norm for t in tokenize(office)]
    return any(
        said[at : at + len(voice) - 1] == list(voice[:-1])
        and at + len(voice) <= len(said)
        and said[at + len(voice) - 1].startswith(voice[-1])
        for voice in lexicon.voice_offices
        for at in range(len(said))
    )


def member_named(surface: str, lexicon: Lexicon) -> str | None:
    """The person a phrase names after a word for one of a group (`group_members`: "Local
    **resident** Mariam Osman", "**Warga setempat** Adam Yahya", "**Жительница** Умм-Саялы
    Мариам Осман"), or after a group's word and a word saying a name follows
    (`naming_words`: "Seorang warga **bernama** Ahmad Yani", "A resident **named** …"): a
    name of two words or more closing the phrase, past a place; no alias, as a resident
    holds no office. None for any other phrase ("Residents of Kharkiv")."""
    if not lexicon.group_members:
        return None
    words = _words(surface, lexicon)
    folded = [fold_str(surface[w.start : w.end]) for w in words]
    end = 0
    for at in range(len(folded)):
        for member in lexicon.group_members:
            if tuple(folded[at : at + len(member)]) == member:
                end = max(end, at + len(member))
    named = _after_naming_word(words, folded, lexicon)
    run = words[named or end :]
    if not (named or end) or not run or not all(w.capitalised and not w.title for w in run):
        return None
    run = [w for w in run if not w.particle]  # "Warga setempat Abdul bin Salim": his name
    # after "bernama" the name follows at once: no place opens it
    keep = min(len(run), MAX_NAME_WORDS) if named else _name_length(surface, run, True, lexicon)
    texts = [surface[w.start : w.end] for w in run[len(run) - keep :]] if keep else []
    if len(texts) < NAME_WORDS or not _is_a_name(texts, lexicon):
        return None
    return surface[run[-keep].start : run[-1].end]


def _after_naming_word(words: list[_Word], folded: list[str], lexicon: Lexicon) -> int:
    """Where a name starts after a word saying one follows (`naming_words`), itself after a
    word for a group of people or one of them ("warga **bernama**", "resident **named**",
    "житель **по имени**", also past where they live: "warga Desa Sukamaju **bernama**");
    0 when the phrase has none."""
    capitals = [w.capitalised for w in words]
    for at in range(1, len(folded)):
        naming = naming_words_at(folded[at:], lexicon)
        if naming and names_a_member(folded, capitals, at, lexicon):
            return at + naming
    return 0


def names_a_member(norms: list[str], capitals: list[bool], at: int, lexicon: Lexicon) -> bool:
    """Whether the naming word at `at` follows a word for a group or one of them, right
    before it or past the name of where they live ("warga **bernama**", "Житель Хартума **по
    имени**", "warga Desa Sukamaju **bernama**"). After a word for a place the name is the
    place's ("desa **bernama** Kampung Baru", "a village **named** Al Fashir": `place_nouns`),
    and past any other word in lower case the naming word is not the group's."""
    if at == 0 or norms[at - 1] in lexicon.place_nouns:
        return False
    for back in range(at - 1, max(-1, at - MAX_NAME_WORDS - 2), -1):
        if group_word(norms[back], lexicon):
            return True
        if not capitals[back] and norms[back] not in lexicon.place_links:
            return False
    return False


def naming_words_at(norms: list[str], lexicon: Lexicon) -> int:
    """How many of `norms` at their start say a name follows (`naming_words`: "bernama",
    "named", "по имени"); 0 when they do not."""
    return len(starts_with(norms, lexicon.naming_words))


def group_word(norm: str, lexicon: Lexicon) -> bool:
    """Whether a folded word names a group of people or one of them ("warga", "resident",
    "жительница"; `vague_groups`, `group_members`)."""
    return norm in lexicon.vague_groups or any(norm in member for member in lexicon.group_members)


_INITIALS = re.compile(r"(.+?)\s*\(([^\W\d_][^\W_]*(?: [^\W\d_][^\W_]*){0,2})\)")
"""A phrase closed by initials or a short name in brackets: "Rapid Support Forces (RSF)",
"Komisi Nasional Hak Asasi Manusia (Komnas HAM)"."""


def _initialled(surface: str, described: str, initials: str, lexicon: Lexicon) -> NewSpeaker:
    """A body named, then its initials in brackets: a name in capitals keeps its words and
    is also known by the initials ("Rapid Support Forces (RSF)"); a description ("badan PBB
    untuk pengungsi Palestina (UNRWA)", "the UN agency for Palestinian refugees (UNRWA)")
    is no name, and the initials are the body's, its kind the description's."""
    body = new_speaker(described, lexicon)
    short = " " in initials or not initials.isupper()  # "Komnas HAM", "KontraS"
    if (short and not short_name(initials, lexicon)) or body.kind == "person":
        return replace(body, mention=surface)
    known = new_speaker(initials, lexicon).kind  # "BMKG" is a state agency, "БАПОР" no outlet
    if known != "other":
        body = replace(body, kind=known)
    words = [described[word.start : word.end] for word in _words(described, lexicon)]
    # a kind of body may open a name in lower case: "lembaga Human Rights Watch (HRW)"
    opening = words[0][:1].isupper() or fold_str(words[0]) in lexicon.kind_words
    named = opening and words[-1][:1].isupper() and not lexicon.case_endings
    if named and all(w[:1].isupper() or _function_word(fold_str(w), lexicon) for w in words[1:]):
        return NewSpeaker(body.name, (*body.aliases, initials), body.kind, surface)
    kind = body.kind if body.kind != "other" else "organisation"
    return NewSpeaker(initials, (described,), kind, surface)


MAX_SHORT_NAME_WORDS = 3
"""The most words of a body's short name in brackets ("(Komnas HAM)")."""


def short_name(text: str, lexicon: Lexicon | None = None) -> bool:
    """Whether bracketed words are a body's short name: up to three capitalised words, one
    of them with two capitals or more ("Komnas HAM", "KontraS", "UN OCHA"), not a word
    such as "(Reuters)". Given the `lexicon`, after a body's name, also initials read as a
    word ("Indonesian Forum for the Environment **(Walhi)**"): one capitalised word that no
    list knows as anything else, no outlet ("Reuters", `kind_words`), title or place."""
    said = text.split()
    if (
        0 < len(said) <= MAX_SHORT_NAME_WORDS
        and all(w[:1].isupper() for w in said)
        and any(sum(ch.isupper() for ch in w) >= 2 for w in said)
    ):
        return True
    if lexicon is None or len(said) != 1 or not _NAME_WORD.fullmatch(text):
        return False
    folded = fold_str(text)
    known = folded in lexicon.kind_words or folded in lexicon.named_kinds
    known = known or folded in lexicon.titles or folded in lexicon.stopwords
    return text[:1].isupper() and not known and not is_place(text, lexicon)


def _name_length(
    surface: str,
    run: list[_Word],
    after_title: bool,
    lexicon: Lexicon,
    after_rank: bool = False,
    after_body: bool = False,
) -> int:
    """How many of the capitalised words after an office are the person's name: at most
    three, fewer after a place that belongs to the office ("Presiden Korea Selatan Moon
    Jae-in"); 0 when the words are all place ("Presiden Korea Selatan"). No place stands
    between a rank and the name (`after_rank`: "Jenderal Pol Listyo Sigit Prabowo"), nor
    between a body and a name that opens with no place (`after_body`: "Juru bicara Kemenkes
    Siti Nadia Tarmizi", where keeping two words made "Nadia Tarmizi", aka "… Kemenkes Siti")."""
    # An initial or a suffix ("James O. Whitaker Jr.") is no word of the three kept; a name
    # with a particle may have four ("Luiz Inacio Lula da Silva").
    extra = sum(1 for word in run if _abbreviation(surface, word, lexicon))
    extra += any(surface[a.end : b.start].strip() for a, b in pairwise(run))
    keep = min(len(run), MAX_NAME_WORDS + extra)
    texts = [surface[word.start : word.end] for word in run]
    # "Kepala … Humas **BNPB** Sutopo Purwo Nugroho", "Mayjen **TNI** Herman Asaribab": the
    # office's body or the rank's force, no word of the name
    initials = 1 + max((i for i, t in enumerate(texts[:-1]) if _acronym_word(t)), default=-1)
    if after_rank:
        return min(len(run) - initials, MAX_NAME_WORDS + extra)
    if lexicon.title_then_place or not after_title:
        place = (
            leading_place(texts, lexicon)
            or _leading_town(texts, lexicon)
            or initials
            or office_words_before_name(texts, lexicon)
        )
        while 0 < place < len(texts) and fold_str(texts[place]) in lexicon.place_suffixes:
            place += 1  # "Kapolres **Jakarta Selatan**": a compass word closes the region
        if len(texts) > 1 and all(fold_str(t) in lexicon.place_suffixes for t in texts[1:]):
            place = len(texts)  # "Kapolres **Buton Tengah**": a region and no name after it
        if place >= len(run):
            return 0
        if place:
            keep = min(len(run) - place, MAX_NAME_WORDS + extra)
        elif not after_body and not starts_with_first_name(texts, lexicon):
            # an initial is no word of the two: "Menko Polkam Bambang **W.** Prasetyo"
            initials = sum(_abbreviation(surface, w, lexicon) for w in run[-NAME_WORDS - 1 : -1])
            keep = min(len(run), NAME_WORDS + initials)
    # a name is written in one script: "компании Karya Nusa **Beton** Деви Лестари" ends the
    # company's Latin name, no word of hers
    scripts = [_CYRILLIC.search(text) is not None for text in texts]
    alike = next((n for n in range(1, len(texts)) if scripts[-n - 1] != scripts[-1]), len(texts))
    return min(keep, alike) if alike >= NAME_WORDS else keep


def _leading_town(texts: list[str], lexicon: Lexicon) -> int:
    """How many words at the start of a run after an office are a town or province a
    dateline may name ("Kepala Kantor Basarnas **Gorontalo** Heriyanto", "Bupati **Deli
    Serdang** …"), leaving a name after them; 0 when none is, or where the office follows
    its place (English)."""
    if not lexicon.title_then_place:
        return 0
    for size in range(min(len(texts) - 1, LONGEST_PLACE), 0, -1):
        if names_any_place(" ".join(texts[:size])):
            return size
    # "Bupati **Buton Tengah** Samahuddin": a compass word closes a region's name
    size = 1
    while size < len(texts) - 1 and fold_str(texts[size]) in lexicon.place_suffixes:
        size += 1
    return size if size > 1 else 0


def _describing(surface: str, word: _Word, lexicon: Lexicon) -> bool:
    """Whether `word` only describes the job or office ("Veteran", "Senior": the lexicon's
    `office_modifiers`), naming no place nor body."""
    return fold_str(surface[word.start : word.end]) in lexicon.office_modifiers


def _is_rank(word: str, lexicon: Lexicon) -> bool:
    return fold_str(word).strip(".()") in lexicon.ranks


def _acronym_word(text: str) -> bool:
    """A body's initials in capitals ("BNPB", "ТАСС"), not a name's word."""
    return len(text) > 1 and text.isupper() and text.isalpha()


def _without_trailing_ranks(office: str, lexicon: Lexicon) -> str:
    """An office alias without the rank or honorific that stood right before the name:
    "Ostrevian army spokesman ~~Colonel~~", "Bakamla chief ~~Vice Admiral~~", "~~Major
    General~~" (a rank of two words is listed whole: "Attorney General" is an office). A
    rank alone stays: it is all there is."""
    words = office.split()
    while len(words) > 1:
        if _acronym_word(words[-1]) and _is_rank(words[-2], lexicon):
            del words[-2:]  # "Komandan Lantamal ~~Laksma TNI~~": a rank and its force
        elif len(words) > 2 and fold_str(" ".join(words[-2:])).strip(".()") in lexicon.ranks:
            del words[-2:]
        elif fold_str(words[-1]).strip(".()") in lexicon.ranks:
            words.pop()
        else:
            break
    return " ".join(words)


def _place_speaking(surface: str, lexicon: Lexicon) -> str | None:
    """ "**Pihak** Armenia", "the Armenian **side**", "**сторона** Армении": a place's side is the
    place speaking, which is what to register (the lexicon's `official_nouns` then find
    "Pihak Armenia" under it); a place's adjective registers the place ("Армянская сторона":
    Armenia). None for any other phrase: "Nagorno-Karabakh officials" are a group of their own."""
    tokens = tokenize(surface)
    skip = lexicon.side_nouns | lexicon.determiners | lexicon.head_links
    edge = [t.norm in skip for t in tokens]
    if not any(edge) or all(edge):
        return None
    first = edge.index(False)
    last = len(edge) - 1 - edge[::-1].index(False)
    if not all(edge[:first]) or any(edge[first:last]) or not all(edge[last + 1 :]):
        return None  # "Pihak keamanan Armenia": a body, not the side
    if not any(t.norm in lexicon.side_nouns for t in tokens):
        return None
    place = surface[tokens[first].start : tokens[last].end]
    key = words(place)
    if key in lexicon.places:  # "the Azerbaijani side", "Karabakh side": the place they name
        return lexicon.places[key]
    stem = next((s for s in lexicon.place_adjectives if len(key) == 1 and key[0].startswith(s)), "")
    if stem:
        return lexicon.place_adjectives[stem]  # "Армянская сторона": Armenia
    if lexicon.case_endings and len(key) == 1 and key[0].endswith(RU_ADJECTIVE_NOMINATIVE):
        return None  # "Украинская сторона": an adjective the lexicon does not know
    return place if is_place(place, lexicon) else None


_OWNED = re.compile(r"(\S+(?: \S+)?)['’]s (.+)")


def _owned_name(surface: str, lexicon: Lexicon) -> str | None:
    """The name in "<place or body>'s <name>" ("Armenia's Pashinyan", "Russia's Vladimir
    Putin", "Kremlin's Peskov"): the headline shorthand for the country or body a person
    speaks for, no part of their name. None for any other phrase, and where an office or a
    body follows ("Azerbaijan's President Ilham Aliyev", "Azerbaijan's defence ministry")."""
    match = _OWNED.fullmatch(surface.strip())
    if match is None or lexicon.title_then_place:
        return None
    owner, named = match.groups()
    words = _words(named, lexicon)
    if not 0 < len(words) <= MAX_NAME_WORDS:
        return None
    if not all(w.capitalised and not w.title and not w.body for w in words):
        return None
    owner_words = tokenize(owner)
    body = bool(owner_words) and owner_words[-1].norm in lexicon.kind_words
    return named if is_place(owner, lexicon) or body or body_key(owner) is not None else None


def _before_affiliation(surface: str, lexicon: Lexicon) -> str:
    """ "Dr. Anahit Petrosyan **of Yerevan State Medical University**": in English order a
    person named after a title is followed by where they work, which is no part of the name
    (a title with no name before "of", as in "President of Azerbaijan", is kept whole)."""
    if lexicon.title_then_place:
        return surface
    tokens = tokenize(surface)
    link = next((t for t in tokens if t.norm in lexicon.head_links), None)
    if link is None:
        return surface
    head = surface[: link.start].rstrip(" ,")
    words = _words(head, lexicon)
    titled = [i for i, word in enumerate(words) if word.title]
    name = words[titled[-1] + 1 :] if titled else []
    if name and all(w.capitalised and not w.body for w in name):
        return head  # a title, then a name that is no body's ("Defence **Army** of ...")
    return surface


def _abbreviation(surface: str, word: _Word, lexicon: Lexicon) -> bool:
    """An initial or an abbreviated word written with its full stop ("O.", "Jr.")."""
    return surface[word.end : word.end + 1] == "." and (
        word.end - word.start == 1
        or fold_str(surface[word.start : word.end]) in lexicon.abbreviations
    )


def _honorific(surface: str, word: _Word, lexicon: Lexicon) -> bool:
    """A rank, or a title abbreviated, before a surname ("Colonel Ivanov", "Mr. Harper", "Dr.
    Petrosyan", "Gen. Reynolds"): what follows alone is a person's name."""
    return word.rank or (word.title and _abbreviation(surface, word, lexicon))


def _mononym(surface: str, office: _Word, word: _Word, lexicon: Lexicon) -> bool:
    """Whether the one capitalised `word` right after an `office` is a person's name, where
    the press names people by one name (`first_name_references`: "Menko Polhukam
    **Wiranto**", "Kapolri **Listyo**"): not when it completes the office or names a body,
    an organisation or a place ("Menteri **Kesehatan**", "Juru bicara **Kremlin**",
    "Gubernur **Papua**"), nor an acronym ("Panglima **TNI**")."""
    if not lexicon.first_name_references or not (office.title or office.body):
        return False
    before = words(surface[: word.start])
    text = surface[word.start : word.end]
    if any(before[-len(held) :] == held for held in lexicon.regional_offices) and not (
        _given_name(text, lexicon)
    ):
        return False  # "Bupati **Nduga**", "Kapolsek **Cilandak**": a region, listed or not
    if not _NAME_WORD.fullmatch(text) or _acronym_word(text) or not text[:1].isupper():
        return False
    folded = fold_str(text)
    if folded in lexicon.office_words or _function_word(folded, lexicon):
        return False
    if any(
        folded in other.titles or folded in other.kind_words or folded in other.ranks
        for other in map(load_lexicon, available_languages())
    ):
        return False  # "Kremlin" is a body in English, "Menteri" an office in Indonesian
    return not names_any_place(text) and body_key(text) is None


def _after_a_bodys_portfolio(surface: str, office: list[_Word], lexicon: Lexicon) -> bool:
    """Whether the `office` words before one capitalised word are a body's head and its
    portfolio, opening the phrase or after a spokesman's office: "**Kementerian
    Pertahanan** Sudmark", "Juru bicara **Kementerian Luar Negeri** Sudmark". The word is the
    body's country, listed anywhere or not, and no holder's mononym: a minister's office
    ("**Menteri** Pertahanan Prabowo", "Menko Polhukam Wiranto") names its holder, a
    ministry does not. A body named whole before the word ("Kepala **BNPB** Suharyanto")
    has no portfolio, and its head's holder is named."""
    said = [fold_str(surface[word.start : word.end]) for word in office]
    at = len(office) - 1
    while at >= 0 and said[at] not in lexicon.kind_words:
        # "Kementerian **Dalam** Negeri": a portfolio's first word, though no office word
        pair = " ".join(said[at : at + 2])
        if not (office[at].title or office[at].body or pair in lexicon.office_particles):
            return False
        at -= 1
    if at < 0 or at == len(office) - 1:
        return False
    opening = surface[: office[at].start]
    return not opening.strip() or a_voice(opening, lexicon)


def _given_name(text: str, lexicon: Lexicon) -> bool:
    """Whether one word after a regional office is its holder's given name ("Gubernur
    **Anies**", "Kapolda **Fadil**"), not the region: a given name the lexicon knows that is
    no region written short ("Kapolda **Sulteng**") nor a place a list holds."""
    folded = fold_str(text)
    return (
        folded in lexicon.given_names
        and folded not in lexicon.region_abbreviations
        and not names_any_place(text)
    )


def _is_a_name(texts: list[str], lexicon: Lexicon) -> bool:
    """Whether words found without an office are a person's name: two or three capitalised
    words ("Hikmet Hajiyev", "Хикмет Гаджиев"), none an acronym, a place, an office, a body or
    a function word ("Amnesty International", "Pihak Armenia", "Data PBB" are not); in
    Russian also a word the dictionary knows for a surname ("По словам Алиева")."""
    core = _without_particles(texts, lexicon)  # "Ursula von der Leyen": two words
    longest = MAX_NAME_WORDS + (len(core) < len(texts))  # "Luiz Inacio Lula da Silva"
    texts = core
    if not lexicon.titles or len(texts) > longest:
        return False  # a language whose offices we do not know: "President Ilham Aliyev"
    if len(texts) < NAME_WORDS:
        return lexicon.case_endings and bool(texts) and is_surname(texts[0])  # "Алиева"
    initials = [text for text in texts if len(text) == 1 and text.isupper()]  # "L. M. Ortiz"
    if len(initials) == len(texts):
        return False
    for at, text in enumerate(texts):
        if text in initials:
            continue
        # "al-Sharaa"; "von der Leyen" mid-sentence ("Menurut von der Leyen, …")
        opening = at == 0 and len(texts) > 1 and text in lexicon.name_particles
        capital = text[:1].isupper() or _particle_opening(text, lexicon) or opening
        if not capital or not _NAME_WORD.fullmatch(text) or text.isupper():
            return False
        folded = fold_str(text)
        if (
            folded in lexicon.titles
            or (folded in lexicon.kind_words and not _lower_acronym_text(text, folded, lexicon))
            or _function_word(folded, lexicon)
        ):
            return False
    # "Ким Чен Ын": after a first name a word the dictionary knows for a town is no place
    first_name = starts_with_first_name(texts, lexicon)
    return not any(
        is_place(text, lexicon) and not (at and first_name and not is_listed_place(text, lexicon))
        for at, text in enumerate(texts)
    )


def _without_particles(texts: list[str], lexicon: Lexicon) -> list[str]:
    """`texts` without the lower-case particles between their first and last words ("von",
    "der" of "Ursula von der Leyen")."""
    return [
        text
        for at, text in enumerate(texts)
        if not (0 < at < len(texts) - 1 and text.islower() and text in lexicon.name_particles)
    ]


def _particle_opening(text: str, lexicon: Lexicon) -> bool:
    """A word a name particle opens, joined by a hyphen to a capitalised part ("al-Sharaa",
    "аль-Хасана")."""
    head, _, rest = text.partition("-")
    return head in lexicon.name_particles and rest[:1].isupper()


def _function_word(folded: str, lexicon: Lexicon) -> bool:
    return any(
        folded in words
        for words in (
            lexicon.fillers,
            lexicon.conjunctions,
            lexicon.determiners,
            lexicon.prepositions,
            lexicon.stopwords,
        )
    )


_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*")
"""A word of letters, maybe joined by a hyphen or apostrophe ("Jean-Yves", "O'Brien")."""


def _kind(surface: str, lexicon: Lexicon) -> str:
    """The kind a phrase's head word names: "**Kementerian** pertahanan Azerbaijan" is a
    ministry, "Azerbaijan's defence **ministry**" and "**Ministry** of Defense of ..." too. The
    head is read first: the first word where the office comes before the place, in English
    order the last before "of"; an office's head ("**Juru bicara** Kementerian ...", "**head**
    of the ... Department") stops the search.

    An office alone ("Presiden Azerbaijan") stays "other", not "person": a registered
    person's last word stands alone as a surname, and "Azerbaijan" must not.
    """
    tokens = tokenize(surface)
    # A kind of two words ("air force": "Police Force" is the police's) is read whole.
    pairs = {t.start: f"{p.norm} {t.norm}" for p, t in pairwise(tokens)}
    following = {t.start: after for t, after in pairwise(tokens)}
    if not lexicon.title_then_place:
        link = next(
            (
                i
                for i, t in enumerate(tokens)
                if t.norm in lexicon.head_links or (i and _remit_after(tokens[i - 1], t, lexicon))
            ),
            None,
        )
        tokens = tokens[:link][::-1]  # "head of the ... Department", "Ministry of Defense"
    for token in tokens:
        after = following.get(token.start)  # "Агентство **по** …", in reading order
        kind = lexicon.kind_words.get(pairs.get(token.start, "")) or lexicon.kind_of(token, after)
        if kind is not None and not _lower_acronym(surface, token, lexicon):
            return kind
        if token.norm in lexicon.titles:
            break
    return "other"


def _remit_after(body: Token, token: Token, lexicon: Lexicon) -> bool:
    """ "Council **on** Foreign Relations": a remit follows the head, as "of" would."""
    return token.norm in lexicon.remit_links and body.norm in lexicon.kind_words


def _lower_acronym(surface: str, token: Token, lexicon: Lexicon) -> bool:
    """A kind word listed in capitals ("UN") written otherwise ("Kim Jong Un"): no body."""
    return _lower_acronym_text(surface[token.start : token.end], token.norm, lexicon)


def _lower_acronym_text(text: str, folded: str, lexicon: Lexicon) -> bool:
    return folded in lexicon.capital_kind_words and not text.isupper()


@dataclass(frozen=True, slots=True)
class _Word:
    """A whitespace-separated word: "Nagorno-Karabakh" and "пресс-секретарь" are one."""

    start: int
    end: int
    capitalised: bool
    title: bool
    body: bool
    """A word naming a kind of body ("Department", "Kementerian"): no part of a person's name."""
    quoted: bool = False
    """Within quotes ("компании «Волга Марин» Игорь Белов"): a body's name, not a person's."""
    rank: bool = False
    """A rank or honorific ("Colonel", "Laksamana Madya"): the one name after it is a person's."""
    particle: bool = False
    """A lower-case particle inside a name ("von", "der" of "Ursula von der Leyen"), counted
    among its capitalised words but no word of the name's length."""


_QUOTES = '"“”«»„'


def _words(surface: str, lexicon: Lexicon) -> list[_Word]:
    out: list[_Word] = []
    previous = ""
    for match in re.finditer(r"\S+", surface):
        tokens = tokenize(match.group())
        if not tokens:
            continue
        norms = [t.norm for t in tokens]
        # "Madya" is a rank only after "Laksamana": the lexicon lists it as "laksamana madya"
        rank = any(n in lexicon.ranks for n in norms) or f"{previous} {norms[0]}" in lexicon.ranks
        if rank and out and f"{previous} {norms[0]}" in lexicon.ranks:
            out[-1] = replace(out[-1], title=True, rank=True)
        out.append(
            _Word(
                match.start() + tokens[0].start,
                match.start() + tokens[-1].end,
                tokens[0].capitalised,
                rank or any(n in lexicon.titles for n in norms),
                any(
                    t.norm in lexicon.kind_words and not _lower_acronym(match.group(), t, lexicon)
                    for t in tokens
                )
                or (  # "Menko **Polhukam**", "Sekretaris **Negara**", not "Budi Perwira Negara"
                    tokens[0].capitalised
                    and norms[0] in lexicon.office_words
                    and bool(out)
                    and (out[-1].title or out[-1].body)
                ),
                any(q in match.group() for q in _QUOTES),
                rank,
            )
        )
        previous = norms[-1]
    return _with_particles(surface, _with_job(surface, out, lexicon), lexicon)


def _with_job(surface: str, out: list[_Word], lexicon: Lexicon) -> list[_Word]:
    """`out` with a job no list of titles holds taken as the office it is, where it opens the
    phrase before a first name and a surname (Russian, whose dictionary tells a job from a
    name: "**Хирург** Елена Моравец", "**Фермер** Иван Петров"): the person is Елена Моравец,
    whom "она" may be, not someone called Хирург. In lower case too, inside a sentence ("Как
    рассказала **хирург** Елена Моравец"): the job is a common noun either way. An adjective
    describing the job goes with it ("**Главный врач** Елена Моравец", "Опытный врач")."""
    if not lexicon.case_endings or len(out) < NAME_WORDS + 1 or out[0].title or out[0].body:
        return out
    lead = 1  # the job's words
    if len(out) >= NAME_WORDS + 2 and an_adjective(surface[out[0].start : out[0].end]):
        lead = 2
    job, first, last = (surface[w.start : w.end] for w in out[lead - 1 : lead + NAME_WORDS])
    if out[lead - 1].title or out[lead - 1].body:
        return out
    if not all(w.capitalised for w in out[lead : lead + NAME_WORDS]) or not is_any_first_name(
        first
    ):
        return out
    if is_any_first_name(job) or not a_person_noun(job) or not last.isalpha():
        return out
    return [*(replace(w, title=True) for w in out[:lead]), *out[lead:]]


def _with_particles(surface: str, out: list[_Word], lexicon: Lexicon) -> list[_Word]:
    """`out` with the particles inside a person's name taken as its capitalised words: one
    opening a hyphenated word whose next part is capitalised ("**al**-Sharaa", "**аль**-Хасана")
    is a word of the name; up to two between a capitalised word that is no office and a
    capitalised one are part of it ("Ursula **von der** Leyen", "Шарля **де** Голля")."""
    if not lexicon.name_particles:
        return out
    for at, word in enumerate(out):
        if word.capitalised:
            continue
        tokens = tokenize(surface[word.start : word.end])
        if tokens[0].norm not in lexicon.name_particles:
            continue
        if len(tokens) > 1 and tokens[1].capitalised:
            out[at] = replace(word, capitalised=True)  # "al-Sharaa"
            continue
        if len(tokens) > 1 or not at or not _a_name_word(out[at - 1]):
            continue
        after = at + 1
        while after < len(out) and after - at <= 2 and not out[after].capitalised:
            if fold_str(surface[out[after].start : out[after].end]) not in lexicon.name_particles:
                break
            after += 1
        if after < len(out) and after - at <= 2 and _a_name_word(out[after]):
            for inside in range(at, after):
                out[inside] = replace(out[inside], capitalised=True, particle=True)
    return out


def _a_name_word(word: _Word) -> bool:
    """A capitalised word that may be part of a person's name: no office, rank or body word."""
    return word.capitalised and not (word.title or word.body or word.quoted)


def registered_form(
    speaker: NewSpeaker,
    lang: str,
    case: str | None = None,
    attested: frozenset[str] = frozenset(),
) -> NewSpeaker:
    """The proposal as the register should hold it: starting with a capital ("kementerian luar
    negeri Rusia", found mid-sentence, is registered as "Kementerian luar negeri Rusia"), and
    in Russian in the nominative ("Пескова" -> "Песков", `attribution.morphology`), with the
    kind its nominative names ("Генпрокуратуры" -> "Генпрокуратура", government); `case` is
    the case the phrase is known to be in (the cue's `governs`); `attested` the surnames the
    document and the register write in the nominative (`morphology.attested_in`), which say
    whether "Толстого" is Толстой or Толстый. The attributor proposes this form, so the
    Reader shows what accepting registers."""
    name, aliases, kind = speaker.name, speaker.aliases, speaker.kind
    if lang == "ru":
        from claimtrack.attribution.morphology import nominative, person_nominative

        aliases = tuple(nominative(a, case, attested) for a in aliases)
        if kind != "person":  # "в Эр-Рияде": a capital the dictionary lacks, as listed
            name = capital_nominative(name) or nominative(name, case, attested)
        elif case is not None and _named_after_naming_word(speaker.mention, lang):
            name = nominative(name)  # "по словам жительницы по имени Нахла Осман": as named
        else:  # "по словам Альберто Фернандеса": a foreign name the dictionary lacks too
            name = person_nominative(name, case, attested)
        if kind == "other":  # the lexicon's body words are nominatives: "Генпрокуратура"
            kind = _kind(name, load_lexicon(lang))
    lexicon = load_lexicon(lang)  # "Valdoria's Defence Ministry": "Valdoria Defence Ministry"
    name = without_possessive(name, lexicon)
    aliases = tuple(without_possessive(a, lexicon) for a in aliases)
    return replace(
        speaker, name=_capitalised(name), aliases=tuple(map(_capitalised, aliases)), kind=kind
    )


_OWNER = re.compile(r"((?:\S+ )?\S+?)(?:['\u2019]s|(?<=s)['\u2019])(?=\s|$)")
"""A possessive closing the first word or two: "Valdoria's", "NATO's", "Hamas' "."""
_GROUP_PLURALS = frozenset({"people", "women", "men", "children"})
"""Owners whose possessive is part of a name: "People's Daily", "Children's Fund"."""


def without_possessive(phrase: str, lexicon: Lexicon) -> str:
    """ "Valdoria's Defence Ministry" -> "Valdoria Defence Ministry", "Mersland's Foreign
    Minister", "Hamas's" -> "Hamas": the owner's possessive belongs to the sentence, and
    registered it would name the speaker oddly everywhere else (aliases find the text that
    writes it either way). Only before an office or a body's word, maybe past words in
    lower case describing it ("Red Cross's **regional** director" -> "Red Cross regional
    director": the same office, as a "Reuters' correspondent" is a "Reuters correspondent"),
    or alone: "St. Mary's Hospital", "People's Liberation Army" and a name written with its
    own "'s" (`possessive_names`: "Moody's analyst") keep theirs."""
    match = _OWNER.match(phrase)
    if match is None or not match.group(1)[:1].isupper():
        return phrase
    owner = fold_str(match.group(1))
    if owner.split()[-1] in _GROUP_PLURALS or owner in lexicon.possessive_names:
        return phrase  # "People's Daily", "Moody's analyst"
    office = lexicon.titles | lexicon.remit_words | lexicon.kind_words.keys()
    following = tokenize(phrase[match.end() :])
    # past lower-case words that are no office: "regional", "senior" describe what follows
    head = next((t for t in following if t.capitalised or t.norm in office), None)
    if following and (head is None or head.norm not in office):
        return phrase
    return match.group(1) + phrase[match.end() :]


def _named_after_naming_word(mention: str, lang: str) -> bool:
    """Whether a word saying a name follows stands in `mention` ("по **имени**"): the name
    after it is a nominative, whatever case the cue puts the phrase in."""
    norms = [t.norm for t in tokenize(mention)]
    lexicon = load_lexicon(lang)
    return any(naming_words_at(norms[at:], lexicon) for at in range(len(norms)))


def _capitalised(phrase: str) -> str:
    """`phrase` with its first letter upper-cased, the rest as written."""
    return phrase[:1].upper() + phrase[1:]


def surname(speaker: NewSpeaker) -> str | None:
    """The folded last word of a proposed person's full name ("Ilham Aliyev" -> "aliyev");
    None for a surname alone ("Эрдогана"), which is looked up rather than looked for."""
    if speaker.kind != "person":
        return None
    said = name_words(speaker.name)
    return said[-1] if len(said) >= NAME_WORDS else None


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a person's name without its particles (any lexicon's
    `name_particles`): those in lower case ("Ursula **von der** Leyen", "Ahmed **al**-Sharaa"),
    and one opening the name before its last word ("**Von der** Leyen", "**De** Gaulle",
    "**Al**-Sharaa", a surname alone). A capitalised one inside a name stays ("Marine **Le**
    Pen")."""
    tokens = tokenize(name)
    particles = _all_particles()
    kept = [t.norm for t in tokens if t.capitalised or t.norm not in particles]
    if len(tokens) > 1 and tokens[0].capitalised and tokens[0].norm in particles:
        rest = [t.norm for t in tokens[1:] if t.norm not in particles]
        if len(rest) == 1:
            return tuple(rest)  # "Von der Leyen", "De Gaulle": the surname alone
    return tuple(kept)


@lru_cache(maxsize=1)
def _all_particles() -> frozenset[str]:
    """Every lexicon's `name_particles`: a registered name may be in any language."""
    return frozenset(p for lang in available_languages() for p in load_lexicon(lang).name_particles)
