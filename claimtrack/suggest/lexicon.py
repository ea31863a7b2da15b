"""Word lists and keys the suggester compares claims by: entity keys, stop words, stance cues.

Entity keys make names meet across scripts and inflections: "Martuni"/"Мартуни",
"Aghjabedi"/"Агджабединский", "Aliyev"/"Алиев" all reduce to one Latin skeleton, and two
keys match when one is (almost) a prefix of the other.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from claimtrack.resources import data_dir


def _words(text: str) -> frozenset[str]:
    return frozenset(_seq(text))


def _seq(text: str) -> list[str]:
    return text.split()


_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        _seq("a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh sh _ y _ e yu ya i i e g"),
        strict=True,
    )
)
_CYRILLIC["ъ"] = _CYRILLIC["ь"] = ""
_LETTERS = {"ə": "e", "ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ł": "l"}
# Order matters: the longest spellings of one sound first.
_SOUNDS = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c"),
    ("ts", "c"), ("w", "v"), ("y", "i"), ("h", ""),
)  # fmt: skip

STANCES = ("accuse", "deny", "confirm")

MIN_SHARED_PREFIX = 4
"""Two entity keys match when they share at least this many leading letters …"""
MAX_UNSHARED_TAIL = 2
"""… and the shorter one has at most this many letters beyond the shared part."""


# Names spelt differently per language (stems, folded): one key for each place.
_EXONYMS: dict[str, tuple[str, ...]] = {
    "turkei": ("turkey", "turki", "turkish", "türkiye", "турци", "турецк", "анкар", "ankara"),
    "siria": ("syria", "suriah", "сири"),
    "rusia": ("russia", "rusia", "росси", "российск", "russian"),
    "moskva": ("moscow", "moskow", "moskva", "москв"),
    "terter": ("tartar", "terter", "тертер"),
    "susa": ("shushi", "shusha", "шуш"),
    "ganja": ("ganja", "gence", "гяндж"),
    "jereva": ("yerevan", "ереван"),
    "jeneva": ("geneva", "jenewa", "женев"),
    "francia": ("france", "prancis", "франци"),
    "amerika": ("america", "amerika", "америк", "сша", "washington", "вашингтон"),
}
_EXONYM_STEMS = sorted(
    ((stem, key) for key, stems in _EXONYMS.items() for stem in stems),
    key=lambda sk: -len(sk[0]),
)
_EXONYM_KEYS = frozenset(_EXONYMS)
_NOT_EXONYMS = ("shushan", "шушан")
"""Names beginning as a place's spelling in `_EXONYMS` does that are not that place: the
given name Shushan (Шушан, Шушаник) is no Shusha, though "shusha" / "шуш" begin it."""


@lru_cache(maxsize=1 << 16)
def phonetic_key(word: str) -> str:
    """A Latin sound skeleton of a name: "Агджабединский" → "agjabedinskii".

    A few place names whose spelling differs across languages ("Турцию", "Turki",
    "Turkey") share one key from a small built-in table. Cached: a desk's reports repeat the
    same few thousand names, and building the suggester's index keyed ~230k words at 5k claims.
    """
    folded = word.casefold()
    for stem, key in _EXONYM_STEMS:
        if folded.startswith(stem) and not folded.startswith(_NOT_EXONYMS):
            return key
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        out.append(_CYRILLIC.get(ch, _LETTERS.get(ch, ch)))
    key = "".join(c for c in "".join(out) if c.isalnum())
    for spelling, sound in _SOUNDS:
        key = key.replace(spelling, sound)
    collapsed = [c for i, c in enumerate(key) if i == 0 or c != key[i - 1]]
    return "".join(collapsed)


def keys_match(a: str, b: str) -> bool:
    """Whether two entity keys name the same thing, allowing inflected endings. A place in
    `_EXONYMS` has one key for every spelling and ending listed there, so a longer key
    beginning with it is another name ("susan", Shushan, is no "susa", Shusha); one
    differing in its last letters may still be a spelling not listed ("ganji", Ганджи)."""
    if a == b:
        return True
    if (a in _EXONYM_KEYS and b.startswith(a)) or (b in _EXONYM_KEYS and a.startswith(b)):
        return False
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= MIN_SHARED_PREFIX and min(len(a), len(b)) - shared <= MAX_UNSHARED_TAIL


def block_key(key: str) -> str:
    """The blocking key of an entity key: its first letters (matching keys share them)."""
    return key[:MIN_SHARED_PREFIX]


# Capitalised words that are titles, weekdays or sentence openers, not names.
ENTITY_STOPWORDS = _words(
    """
    the a an and but or in on at of to for by with from as it its he she they we our his her
    their this that these those there according speaking neither both also after before while
    president prime minister ministry defence defense foreign affairs officials official army
    forces troops government authorities office spokesman spokeswoman leader aide general
    prosecutor committee international state news agency group republic city town region
    humanitarian coordinator
    monday tuesday wednesday thursday friday saturday sunday
    menurut pada dalam dan yang di ke dari itu ini ia dia mereka kami para pihak presiden
    perdana menteri kementerian pertahanan luar negeri pejabat juru bicara pemimpin pasukan
    sementara sebelumnya sejak berdasarkan sebagian kota wilayah kelompok komite kantor berita
    kemanusiaan koordinator
    senin selasa rabu kamis jumat sabtu minggu
    по в на с и а но однако он она они мы министерство минобороны мид президент премьер
    министр власти глава главы лидер представитель помощник город стороны ведомстве данным
    словам независимо доступ конфликт нынешнее
    понедельник вторник среда четверг пятница суббота воскресенье
    президента президенту президентом министра министру министром министерства помощника
    представителя
    twitter facebook telegram instagram youtube whatsapp
    january february march april may june july august september october november december
    januari februari maret mei juni juli agustus oktober desember
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    """
)
"""Folded words never taken as entities (checked before the phonetic key is made)."""


@dataclass(frozen=True, slots=True)
class StanceCues:
    """Words showing a statement accuses, denies or confirms, per stance.

    An entry ending in "*" matches as a prefix; others match a whole folded word.
    """

    accuse: frozenset[str]
    deny: frozenset[str]
    confirm: frozenset[str]
    _prefixes: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        prefixes = {
            stance: tuple(e[:-1] for e in getattr(self, stance) if e.endswith("*"))
            for stance in STANCES
        }
        object.__setattr__(self, "_prefixes", prefixes)

    def shows(self, stance: str, word: str) -> bool:
        """Whether the folded `word` is a cue of `stance`."""
        return word in getattr(self, stance) or word.startswith(self._prefixes[stance])

    def stances(self, words: Iterable[str]) -> dict[str, str]:
        """The stances the folded `words` show, each with the first word that showed it."""
        found: dict[str, str] = {}
        words = list(words)
        for i, word in enumerate(words):
            for stance in STANCES:
                if stance in found:
                    continue
                if word in getattr(self, stance) or word.startswith(self._prefixes[stance]):
                    # "a claim Russian officials did not confirm" confirms nothing
                    if stance == "confirm" and _NOT.intersection(words[max(0, i - 2) : i]):
                        continue
                    found[stance] = word
        return found


_NOT = frozenset(("not", "never", "didn't", "hasn't", "haven't", "tidak", "belum", "bukan", "не"))
"""Words that, just before a confirming word, make it no confirmation."""

# Built in: the nouns of denial ("disinformation") and confirmations, which the attribution
# lexicons in data/cues do not carry, plus a few verb forms as a fallback without them.
_BUILTIN = {
    "accuse": _words(
        """accuse accuses accused accusing blamed alleged alleges menuduh menuding tuduh tuding
        обвинил* обвиня*"""
    ),
    "deny": _words(
        """deny denies denied denying rejects rejected dismissed refuted disinformation
        propaganda fabricat* groundless baseless lie lies biased untrue membantah menolak
        menyangkal propaganda hoaks disinformasi kebohongan bohong опроверг* отверг* отрица*
        дезинформац* пропаганд* фейк* ложь ложью лжи лживы* необоснованн* необъективн*
        предвзят*"""
    ),
    "confirm": _words(
        """confirm confirms confirmed acknowledged admitted membenarkan mengonfirmasi
        mengkonfirmasi mengakui подтверд* подтвержд* признал* признаёт признает"""
    ),
}


def load_stance_cues(folder: Path | None = None) -> StanceCues:
    """Stance cues: the accuse/deny verbs of every `data/cues/*.json` plus the built-in list."""
    sets = {stance: set(words) for stance, words in _BUILTIN.items()}
    folder = folder if folder is not None else data_dir() / "cues"
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        doc = json.loads(path.read_text(encoding="utf-8"))
        for verb in doc.get("verbs", ()):
            if verb.get("type") in ("accuse", "deny"):
                forms = [verb.get("cue", ""), *verb.get("forms", ())]
                sets[verb["type"]].update(f.casefold() for f in forms if f and " " not in f)
    return StanceCues(**{stance: frozenset(words) for stance, words in sets.items()})
