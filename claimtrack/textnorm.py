"""Text folding shared by every matcher: case, diacritics and spacing ignored."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Unicode's Bidi_Control characters, as the body of a regex character class: the marks,
embeddings, overrides and isolates are invisible yet reorder the text around them, so a
quote can read differently from what it says ("Trojan Source"). Every export, the CLI and
the TUI neutralise exactly these."""


# -- cleaning: imported text, and what the analyst types --------------------------------------
# Imported text is data. It is shown in a terminal, so anything a terminal would obey (ANSI/VT
# escape sequences, C0/C1 control characters) is removed; anything a terminal would merely
# print (Rich markup such as "[bold red]x[/]", HTML entities, backslashes) is kept verbatim.

# Line breaks: every convention becomes "\n". Form feed / vertical tab / NEL / U+2028 separate
# lines (pdftotext puts \f between pages), so they become a newline rather than vanishing and
# gluing two sentences together; U+2029 separates paragraphs.
_LINE_BREAKS = re.compile(r"[\r\x0b\x0c\x85\u2028]")
_PARAGRAPH_SEPARATOR = "\u2029"

# Terminal escape sequences (ECMA-48), 7-bit and 8-bit forms. String payloads (OSC, DCS, SOS,
# PM, APC) end at BEL or ST; an unterminated one stops at the end of its line so a stray ESC
# cannot swallow the rest of the document.
_ESCAPES = re.compile(
    "|".join(
        (
            r"\x1b\[[0-?]*[ -/]*[@-~]",  # CSI: colours, cursor movement, erase
            r"\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?",  # OSC/DCS/SOS/PM/APC
            r"\x1b[ -/]*[0-~]",  # other escapes (charset selection, keypad modes, RIS...)
            r"\x9b[0-?]*[ -/]*[@-~]",  # 8-bit CSI
            r"[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?",  # 8-bit strings
        )
    )
)
_ESCAPE_START = re.compile(r"[\x1b\x90\x98\x9b\x9d-\x9f]")  # cheap test before _ESCAPES
# C0 controls except \t and \n, DEL, C1 controls, and lone surrogates (not encodable).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Anything the steps below would change, except NFC: most text has none, and one scan for it
# costs a quarter of running every step.
_UNUSUAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def strip_escapes(text: str) -> str:
    """Remove terminal escape sequences and control characters (keeps "\\n" and "\\t")."""
    if _ESCAPE_START.search(text):  # the alternation is 6x slower than this scan
        text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def normalize_text(text: str) -> str:
    """The canonical form of imported text; statement offsets point into this string.

    Line breaks become "\\n"; escape sequences, C0 controls (except "\\n", "\\t"), DEL and C1
    controls are removed; the result is Unicode NFC with leading/trailing whitespace trimmed.
    Idempotent: normalising normalised text changes nothing.
    """
    if _UNUSUAL.search(text):
        text = text.replace("\r\n", "\n")
        text = _LINE_BREAKS.sub("\n", text).replace(_PARAGRAPH_SEPARATOR, "\n\n")
        text = strip_escapes(text)
        text = _SURROGATES.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text).strip()


def typed_text(text: str, *, one_line: bool = True) -> str:
    """What the analyst typed (a speaker's name, alias or side, a note), cleaned as imported
    text is (`normalize_text`): a name pasted from a terminal kept an "erase screen" and a
    bell, and the TUI showed "Bad[2JName". `one_line`: a field shown on one line, so every
    run of spaces, tabs or line breaks becomes one space."""
    text = normalize_text(text)
    return " ".join(text.split()) if one_line else text


def fold(text: str) -> str:
    """Lower-case, strip diacritics (ё→е included) and collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped).strip()


_RU_ENDINGS = (
    *("ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими"),
    *("ои", "еи", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя", "ое", "ее"),
    *("ые", "ие", "ых", "их", "ым", "им", "ыи", "ии"),
    *("а", "я", "ы", "и", "е", "у", "ю", "о", "ь"),
)
"""Russian case endings, longest first, folded ("ой" is "ои" once the breve is gone). Not
"ов"/"ев": they end surnames ("Песков" is no "песк-")."""
_MIN_STEM = 4
_MIN_STEM_AFTER = {"им": 5, "ое": 5, "ее": 5}
"""A longer stem for an ending that also closes first names ("Максим" is no "макс-") or
short adjectives ("второе" is no "втор-", which "вторник" starts with)."""
_ADJECTIVE_II_AFTER = ("г", "к", "х", "ж", "ш", "щ", "ч")
"""An adjective ends in "-ий" (folded "ии") after these ("российский", "погибший"); a first
name ("Григорий" is no "Григорян") or a place in another case ("в Германии" is no "Герман")
ends so after others, and keeps the "-и"."""

_RU_PARTICIPLE_SUFFIXES = ("енн", "нн", "вш", "ш")
"""Suffixes of a past participle (or an adjective made from one) once its case ending is gone:
"задержанн-ых", "уничтож-енн-ых", "задержа-вш-их", "погиб-ш-их". Without them the verb's stem
is left, which its other forms share ("задержа-ны", "задержа-ли", "погиб-ли")."""
_MIN_PARTICIPLE_STEM = 5
"""Five letters at least stay: "стра-нн-ых" is no "стра-ны", "бы-вш-их" no "бы-ли"."""


_MIN_SHORT_STEM = 3
"""A stem shorter than `_MIN_STEM` but this long still finds the word's other case forms,
as a word of its own (`Term.short`): "Кеше" finds "из Кеша"."""


def _short_stem(word: str) -> str:
    """The stem of a folded Russian word of one case ending on `_MIN_SHORT_STEM` letters
    ("кеше" -> "кеш", "мира" -> "мир"), when `_russian_stem` kept the word whole; else ""."""
    if _russian_stem(word) != word:
        return ""
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) == _MIN_SHORT_STEM:
            return word[: -len(ending)]
    return ""


def _russian_stem(word: str) -> str:
    """A folded Russian word without its case ending and, after one, a participle suffix."""
    for ending in _RU_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < _MIN_STEM_AFTER.get(ending, _MIN_STEM):
            continue
        if ending == "ии" and not stem.endswith(_ADJECTIVE_II_AFTER):
            continue
        for suffix in _RU_PARTICIPLE_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= _MIN_PARTICIPLE_STEM:
                return stem[: -len(suffix)]
        return stem
    return word


RU_ADJECTIVE_NOMINATIVE = ("ыи", "ии", "ои", "ая", "яя", "ое", "ее", "ые", "ие")
"""Endings of a Russian adjective in the nominative, folded ("ый" is "ыи" once the breve is
gone): "Генеральный", "Украинская"; a name or noun in that case rarely ends so."""
RU_ADJECTIVE_ANY = (*RU_ADJECTIVE_NOMINATIVE, "ых", "их", "ым", "им", "еи", "ую", "юю", "ом", "ем")
"""Endings of a Russian adjective in any case ("двум **пограничным** постам"), folded."""


@dataclass(frozen=True, slots=True)
class Term:
    """One word of a search: as matched in the text's own script, and across scripts."""

    word: str
    """Folded, a Russian word without its case ending (`search_terms`)."""
    across: str = ""
    """The word romanised and spelt as it sounds ("бренц" -> "brenz"), matched against the
    text's words of the other script, equally romanised; "" when shorter than
    `ACROSS_MIN_LETTERS`."""
    cyrillic: bool = False
    """Whether the word is Cyrillic: `across` is looked for in the text's Latin words (and
    a Latin one's in its Cyrillic words)."""
    short: str = ""
    """A Russian word's stem too short to be looked for anywhere (`_MIN_STEM`): "кеш" of
    "Кеше", matched only as a whole word with a case ending or none ("из Кеша", "Кешу",
    `_case_form`); "" when the word needs no such stem."""


ACROSS_MIN_LETTERS = 4
"""A word shorter than this matches in its own script only: "в" or "mir" through another
script would find noise in every other sentence ("Baku" and "Мирна" are long enough)."""
_ACROSS_ENDING = 3
"""Letters the other script's word may have past the term: a case ending ("Бренци" for
"brenzi" less its vowel); the term is matched at a word's start ("tank" is not "станки")."""
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_WORDS = re.compile(r"[\u0400-\u04ff]+")
_LATIN_WORDS = re.compile(r"[a-z]+")
_LATIN_VOWEL_END = re.compile(r"(?<=[a-z]{4})[aeiouy]$")
"""A Latin word's final vowel, where four letters are left: "Zakharova" then finds
"Захаровой", "Brenzi" "Бренци"; the Russian case ending it stands for varies."""


def search_terms(query: str) -> list[Term]:
    """The words of a search as matched against folded text (`matches`): a Russian word
    loses its case ending when four letters or more are left, so "Мирна" finds "из Мирны"
    and "обороны" "Минобороны", and a participle its suffix too, so "задержанных" finds
    "задержаны" and "задержали"; other words match as typed. Every word matches anywhere, as
    the claims search always did.

    A word of four letters or more also matches its spelling in the other script, as
    speaker names do (`matching.rank_across_scripts`): "brenzi" finds "в Бренци", "Захарова"
    finds "Zakharova".

    A short Russian name in a case ("Кеше", the locative) finds its other cases too ("из
    Кеша", as "kesh" does) and the Latin spelling of its stem ("Kesh"): its three-letter
    stem matches a word that is it and a case ending (`Term.short`).

    A word that does not decline keeps its last letters (`_indeclinable`): "Баку" finds
    "в Баку", not "бака" nor "баке" (a tank), while "больница" still finds "в больнице"."""
    terms = []
    for word in fold(query).split():
        cyrillic = _CYRILLIC_LETTER.search(word) is not None
        short = ""
        if cyrillic and not _indeclinable(word):
            short = _short_stem(word)
            word = _russian_stem(word)
        across = ""
        for spelt in (short, word) if short else (word,):
            across = _sounded(_romanised(spelt) if cyrillic else _LATIN_VOWEL_END.sub("", spelt))
            if sum(ch.isalpha() for ch in across) >= ACROSS_MIN_LETTERS:
                break  # the stem's when long enough: "кеш" is "kesh", "мир" no "mira"
            across = ""
        terms.append(Term(word, across, cyrillic, short))
    return terms


def _indeclinable(word: str) -> bool:
    """Whether a folded Russian word keeps its last letters, which are no case ending: an
    indeclinable name, a place in particular (`places.indeclinable`). "Баку" cut to "бак"
    found every "бака" and "баке" (a tank), "Токио" cut to "токи" every "потоки". Only a
    word stemming would cut is looked up (the dictionary loads once, ~0.4 s)."""
    if _russian_stem(word) == word and not _short_stem(word):
        return False
    from claimtrack.attribution.places import indeclinable

    return indeclinable(word)


def matches(terms: list[Term], folded: str) -> bool:
    """Whether every one of `search_terms` occurs in `folded` (text already `fold`ed), in
    its own script or, romanised, in the other one."""
    other: dict[bool, str] = {}
    for term in terms:
        if term.word in folded:
            continue
        if term.short and term.short in folded and _case_form(term.short).search(folded):
            continue
        if not term.across:
            return False
        if term.cyrillic not in other:
            other[term.cyrillic] = _other_script(folded, term.cyrillic)
        if not _starts_a_word(term.across, other[term.cyrillic]):
            return False
    return True


@functools.cache
def _case_form(stem: str) -> re.Pattern[str]:
    """A word that is `stem` and one case ending (or none): "кеш" finds "кеша", "кешем",
    not "кешбэк"; "мир" (of "Мира") finds "миру", not "мирный"."""
    endings = "|".join(_RU_ENDINGS)
    return re.compile(rf"(?<![^\W\d_]){re.escape(stem)}(?:{endings})?(?![^\W\d_])")


def _starts_a_word(term: str, words: str) -> bool:
    """Whether one of the space-separated `words` is `term` and at most `_ACROSS_ENDING`
    letters more."""
    at = words.find(term)
    while at >= 0:
        end = words.find(" ", at)
        rest = (len(words) if end < 0 else end) - at - len(term)
        if (at == 0 or words[at - 1] == " ") and rest <= _ACROSS_ENDING:
            return True
        at = words.find(term, at + 1)
    return False


def _other_script(folded: str, cyrillic_query: bool) -> str:
    """The words of `folded` in the script the query is not in, romanised and spelt as they
    sound; only those: "kh" read as "h" in English text too found "han" in "Hanoi"."""
    if cyrillic_query:
        return _sounded(" ".join(_LATIN_WORDS.findall(folded)))
    if _CYRILLIC_LETTER.search(folded) is None:
        return ""
    return _sounded(_romanised(" ".join(_CYRILLIC_WORDS.findall(folded))))


def _sounded(roman: str) -> str:
    """Romanised words spelt as they sound (`same_speaker.sounded`: "rakhmavati" ->
    "rahmavati"), "w" as "v" and "q" as "k": Russian writes "в" for both of the first
    ("Рахмавати" for Rahmawati, "Вашингтон") and "к" for an Arabic "q" ("Кураши" for Qurashi,
    "Катар"), so each Latin letter is found as its Cyrillic one and back."""
    from claimtrack.attribution.same_speaker import sounded

    return sounded(roman).replace("w", "v").replace("q", "k")


def _romanised(folded: str) -> str:
    """Folded Cyrillic in Latin letters, as `same_speaker.romanised` spells it ("бренци" ->
    "brentsi") but one table lookup a letter: a search reads every statement, and anyascii
    took 75 µs a Russian sentence (7 s for 100k)."""
    return folded.translate(_cyrillic_table())


@functools.cache
def _cyrillic_table() -> dict[int, str]:
    """Each Cyrillic letter to its lower-case Latin letters (anyascii's: "ц" -> "ts")."""
    from anyascii import anyascii

    return {
        code: re.sub(r"[^a-z]", "", anyascii(chr(code)).lower()) for code in range(0x400, 0x500)
    }


def shorten(text: str, width: int = 120) -> str:
    """One line of at most `width` characters, with an ellipsis when cut."""
    line = _SPACE.sub(" ", text).strip()
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def visible(text: str) -> bool:
    """Whether `text` has a character a reader can see: a letter, digit, punctuation or
    symbol (not only spaces, zero-width or direction marks)."""
    return any(unicodedata.category(ch)[0] in "LNPS" for ch in text)


def counted(n: int, noun: str) -> str:
    """`n` with its noun in the right number: "1 claim", "2 claims", "0 claims"."""
    return f"{n} {noun}{'s' * (n != 1)}"
