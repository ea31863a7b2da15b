"""What a claim is about across languages (concepts), and stances only phrases show.

Names meet across scripts by their sound (see `lexicon.phonetic_key`); the things a war
report is about do not: "cluster munitions", "bom tandan" and "кассетные боеприпасы" share
no letters. A small table maps word stems in English, Indonesian and Russian to one concept
key ("#cluster"), which the suggester treats like a name: shared, weighted by how rare it
is, and used for blocking. Stems match a folded word's start; entries with a space match
consecutive words.

Some denials carry no denying verb: "not a defeat", "Musuh belum menguasai kota",
"we only strike military targets". `phrase_stances` finds those, and claims that a count
is higher than the official one ("much higher than the official figures") or inflated
("завышено в несколько раз").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

CONCEPT_PREFIX = "#"
"""Concept keys start with this, so they never collide with a name's phonetic key."""

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "cluster": ("cluster", "tandan", "кассетн"),
    "phosphorus": ("phosphor", "fosfor", "фосфор"),
    "ceasefire": (
        "ceasefire",
        "cease-fire",
        "truce",
        "gencatan",
        "перемири",
        "прекращени огня",
        "прекращения огня",
        "прекращению огня",
    ),
    "missile": ("rocket", "missile", "rudal", "roket", "ракет", "smerch", "смерч"),
    "drone": ("drone", "uav", "pesawat tak berawak", "nirawak", "беспилот", "дрон"),
    "shelling": (
        "shelled",
        "shelling",
        "shells",
        "artiller",
        "artileri",
        "menggempur",
        "gempuran",
        "обстрел",
        "обстреля",
        "артиллер",
        "mortar",
        "mortir",
        "миномет",
        "миномёт",
    ),
    # A strike on a place from the air or from afar, told in a word that says no weapon
    # ("air strike", "авиаудар", "serangan udara", "pengeboman"). "strike", "удар" and
    # "serangan" alone are many things (a labour strike, "удар по экономике", "serangan
    # jantung"): `_strikes` reads them by the words around them.
    "strike": (
        "airstrike",
        "air strike",
        "air raid",
        "drone strike",
        "missile strike",
        "rocket strike",
        "bombard",
        "bombing",
        "bombed",
        "авиаудар",
        "авианалет",
        "авианалёт",
        "бомбардир",
        "бомбил",
        "бомбят",
        "бомбеж",
        "бомбёж",
        "ракетн удар",
        "удар беспилотн",
        "удары беспилотн",
        "удар дрон",
        "serangan udara",
        "serangan rudal",
        "serangan roket",
        "serangan drone",
        "serangan pesawat",
        "serangan artileri",
        "pengeboman",
        "pemboman",
        "mengebom",
        "dibom",
        "membom",
    ),
    # Indonesian "tembak" is any shooting ("luka tembak": gunshot wounds), not artillery:
    # filed under shelling, a protest shot at with rifles read "shared subjects: shelling".
    "gunfire": (
        "gunfire",
        "gunshot",
        "shooting",
        "shot dead",
        "opened fire",
        "open fire",
        "tembak",
        "menembak",
        "ditembak",
        "penembakan",
        "огнестрел",
        "стрельб",
        "застрел",
        "расстрел",
    ),
    "live-ammunition": (
        "live ammunition",
        "live round",
        "live bullet",
        "live-fire",
        "peluru tajam",
        "amunisi tajam",
        "боев патрон",
    ),
    "civilians": (
        "civilian",
        "sipil",
        "мирн",
        "гражданск",
        "peaceful population",
        "penduduk",
        "permukiman",
        "pemukiman",
        "residential",
        "населенн",
        "жилы",
        "жило",
    ),
    "capture": (
        "captur",
        "taken",
        "took control",
        "liberat",
        "dibebaskan",
        "membebaskan",
        "rebut",
        "merebut",
        "menguasai",
        "освобод",
        "взяти",
        "взял",
        "под контроль",
        "потер",
        "loss of",
        "kehilangan",
    ),
    "deal": (
        "deal",
        "agreement",
        "kesepakatan",
        "perjanjian",
        "соглашени",
        "document",
        "документ",
        "signed",
        "menandatangani",
        "подписа",
    ),
    "outcome": (
        "capitulat",
        "kapitulasi",
        "капитуляц",
        "victory",
        "kemenangan",
        "побед",
        "defeat",
        "kekalahan",
        "поражени",
    ),
    "painful": ("painful", "menyakitkan", "болезнен"),
    "analysis": ("analys", "analisis", "анализ"),
    "help": ("assistance", "help", "bantuan", "помощ", "dukungan yang"),
    "backing": ("stand by", "support", "mendukung", "dukungan", "поддерж", "backed"),
    "contacts": (
        "contact",
        "kontak",
        "контакт",
        "telepon",
        "phone",
        "телефон",
        "berbicara",
        "обсужда",
        "discuss",
        "переговоры с",
    ),
    "concern": ("concern", "prihatin", "обеспокоен"),
    "urge": ("urge", "mendesak", "призва", "comply", "mematuhi", "соблюда", "observe"),
    "withdrawal": ("withdraw", "penarikan", "mundur", "вывод", "pull out", "in place"),
    "negotiation": ("negotiat", "negosiasi", "переговор", "perundingan"),
    "deliberate": ("deliberat", "sengaja", "преднамерен", "намеренн"),
    "crime": (
        "war crime",
        "kejahatan perang",
        "военн преступлен",
        "terror",
        "terorisme",
        "террор",
        "massacre",
        "pembantaian",
        "бойн",
    ),
    "peacekeepers": ("peacekeep", "penjaga perdamaian", "миротвор"),
    "monitoring": ("monitor", "pengawasan", "мониторинг", "наблюден"),
    "mercenaries": ("mercenar", "tentara bayaran", "наемник", "наёмник", "боевик"),
    "prohibited": ("prohibit", "banned", "terlarang", "запрещен"),
    "to-the-end": ("to the end", "sampai akhir", "до конца", "titik darah", "terus maju"),
    "difficult": ("difficult", "sulit", "тяжел", "hard"),
    "integrity": ("integrity", "integritas", "целостност"),
    "villages": ("village", "desa", "сел", "сёл"),
    "violation": ("violat", "melanggar", "pelanggaran", "нарушени", "нарушать", "ignored"),
    "responsibility": ("responsib", "tanggung jawab", "ответственност"),
}
"""Concept → stems (folded). Kept to what war reports in en/id/ru keep saying."""

# A concept in a claim's words says more than a stem alone would in any one of them:
# "сел" (villages) must be a whole word, not the start of "сельское".
_WHOLE_WORDS = frozenset({"сел", "сёл", "hard", "deal", "help", "taken"})

_OTHER_WORDS = ("помощник", "помощниц", "потерь", "потерям", "потерями", "потерях",
                "бомбардировщик")  # fmt: skip
"""Words starting like a concept's stem that mean something else: an aide ("помощник
президента") is no help, losses ("больших потерь") are casualties, not a town lost, and a
bomber ("бомбардировщик") is an aircraft, not a strike."""
_CASUALTIES_BEFORE = ("понес", "понёс", "несет", "несёт", "несут")
"""Words before "потери" that make it losses in men ("понес значительные потери")."""

_STRIKE_WORDS = frozenset(("strike", "strikes", "struck", "striking", "удар", "удара", "удару",
                           "ударом", "ударе", "удары", "ударов", "ударам", "ударами", "ударах",
                           "ударил", "ударила", "ударили", "serangan", "menyerang"))  # fmt: skip
"""Words that are a strike on a place only in some company (see `_strikes`)."""
_STRIKE_AT = frozenset(("on", "against", "по", "ke", "terhadap", "atas"))
"""Words after a strike word naming what it hit: "strikes on Martuni", "удар по Барде",
"serangan ke Stepanakert"."""
_STRIKE_TARGETS = frozenset((
    "town", "towns", "city", "cities", "village", "villages", "capital", "district", "hospital",
    "market", "school", "homes", "houses", "building", "buildings", "residential", "civilian",
    "civilians", "settlements", "kota", "desa", "distrik", "permukiman", "pemukiman", "pasar",
    "rumah", "warga", "sekolah",
))  # fmt: skip
"""Places a strike word may hit without a preposition: "struck the town of Martuni",
"menyerang kota Shusha" (not "struck a deal")."""
_STRIKE_BEFORE = ("нанес", "нанёс", "нанос", "массирован", "melancarkan", "launch")
"""Words before a strike word making it one: "нанесли удар", "melancarkan serangan"."""
_NO_STRIKE_BEFORE = frozenset(("on", "hunger", "general", "labour", "labor", "workers",
                               "national", "teachers", "под"))  # fmt: skip
"""Words before it making it something else: "went on strike", "a hunger strike", "под
ударом" (under threat)."""
_NO_STRIKE_AFTER = ("deal", "agreement", "balance", "chord", "down", "off", "экономик",
                    "репутац", "имидж", "balik", "jantung", "siber")  # fmt: skip
"""Words after it (an article or "по" between at most) making it something else: "struck a
deal", "удар по экономике", "serangan balik" (a counter-attack), "serangan jantung"."""
_NEGATIONS = frozenset(("not", "no", "never", "tidak", "bukan", "belum", "не", "нет", "никогда"))
_WEAPONS = frozenset(
    ("live-ammunition", "gunfire", "shelling", "strike", "missile", "drone", "cluster",
     "phosphorus", "prohibited")
)  # fmt: skip
"""Concepts a claim can deny having used: "no live ammunition was used", "tidak ada satu
pun peluru tajam", "не применяла боевые патроны", "did not use cluster munitions", "denied
striking Stepanakert"."""
_BETWEEN = frozenset(("a", "an", "any", "single", "one", "use", "used", "using", "fire",
                      "fired", "ada", "satu", "pun", "sebutir", "menggunakan", "memakai",
                      "gunakan", "menembakkan"))  # fmt: skip
_BETWEEN_STEMS = ("примен", "использ")
_BETWEEN_MAX = 4
"""Words ("a single", "ada satu pun", "use") a negation may stand before a weapon it
denies; any other word ("has not stopped shelling") leaves it no denial."""
_DENIED_WINDOW = 4
"""Words after a denying verb in which a weapon is what it denies ("denied shelling")."""
_NEGATABLE = ("fight", "target", "menyerang", "menargetkan", "воюем", "воева", "удар")
_NEGATABLE_WORDS = frozenset(("shell", "shelled"))
"""Whole words a negation before makes a denial: "Our forces did not shell Um Sayala" (not
"has not stopped shelling")."""
_ONLY = frozenset(("only", "solely", "hanya", "только", "лишь", "исключительно"))
_MILITARY = ("militar", "militer", "военн")
_DISPUTED_COUNT = (
    # higher than the official figure
    "higher than",
    "much higher",
    "significantly higher",
    "lebih tinggi",
    "выше",
    "занижен*",
    "underestimat*",
    "understat*",
    "far more",
    # or lower: the other side's figure is inflated ("завышено в несколько раз")
    "завышен*",
    "преувеличен*",
    "inflated",
    "exaggerat*",
    "overstat*",
    "dibesar-besarkan",
    "dilebih-lebihkan",
    "digelembungkan",
)
"""Phrases saying a count is wrong. Each starts a word and, unless it ends in "*" (a stem),
ends one: "выше" (higher) is no part of "завышено" (inflated)."""
_DISPUTED_RE = re.compile(
    "|".join(
        rf"(?<!\w){re.escape(p.rstrip('*'))}" + (r"\w*" if p.endswith("*") else r"(?![\w-])")
        for p in _DISPUTED_COUNT
    )
)
_WORD_RE = re.compile(r"\w+(?:[-']\w+)*")


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.casefold())


def _compile() -> tuple[dict[str, str], list[tuple[tuple[str, ...], str]]]:
    single: dict[str, str] = {}
    multi: list[tuple[tuple[str, ...], str]] = []
    for concept, stems in _CONCEPTS.items():
        for stem in stems:
            parts = tuple(stem.split())
            if len(parts) == 1:
                single[stem] = concept
            else:
                multi.append((parts, concept))
    return single, multi


_SINGLE, _MULTI = _compile()
_BY_LENGTH = sorted(_SINGLE, key=len, reverse=True)


@lru_cache(maxsize=65536)
def _concept_of(word: str) -> str | None:
    if word.startswith(_OTHER_WORDS):
        return None
    for stem in _BY_LENGTH:
        if word.startswith(stem) and (stem not in _WHOLE_WORDS or word == stem):
            return _SINGLE[stem]
    return None


def _names(text: str, words: Sequence[str]) -> frozenset[int]:
    """The positions of the capitalised words after the first (names: "struck Stepanakert")
    among the folded `words` of `text`; none when a strike word cannot need them."""
    if _STRIKE_WORDS.isdisjoint(words):
        return frozenset()
    raw = _WORD_RE.findall(text)
    if len(raw) != len(words):  # folding split a word: no names rather than wrong ones
        return frozenset()
    return frozenset(i for i in range(1, len(raw)) if raw[i][0].isupper())


def _strikes(words: Sequence[str], i: int, names: frozenset[int] | None) -> bool:
    """Whether the strike word at `i` (`_STRIKE_WORDS`) is a strike on a place: "strikes on
    Martuni", "struck the town", "нанесли удар", "serangan ke Stepanakert", "striking
    Stepanakert" (a name after it, when `names` are known), not "went on strike", "struck a
    deal" or "удар по экономике". With `names` None (the folded words after a denying verb:
    "denied striking …") only the words making it something else count."""
    before = words[i - 1] if i else ""
    if before in _NO_STRIKE_BEFORE:
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    k = i + 2 if nxt in ("a", "an", "the", "по") else i + 1
    after = words[k] if k < len(words) else ""
    if after.startswith(_NO_STRIKE_AFTER):
        return False
    if nxt in _STRIKE_AT or after in _STRIKE_TARGETS or before.startswith(_STRIKE_BEFORE):
        return True
    return names is None or i + 1 in names


def concepts_of(text: str) -> list[tuple[str, str]]:
    """(concept key, the words that showed it) for each concept the text mentions, in order."""
    words = _words(text)
    names = _names(text, words)
    found: dict[str, str] = {}
    for i, word in enumerate(words):
        concept = _concept_of(word)
        if concept == "contacts" and _front_line(words, i):
            concept = None
        if concept is not None and not _casualties(words, i):
            found.setdefault(concept, word)
        if word in _STRIKE_WORDS and _strikes(words, i, names):
            found.setdefault("strike", word)
        for parts, concept in _multi_starting(word):
            if _starts(words[i:], parts):
                found.setdefault(concept, " ".join(parts))
        if _only_military(words, i):  # "strikes only military targets": about civilians
            found.setdefault("civilians", f"{word} … military")
    return [(CONCEPT_PREFIX + c, w) for c, w in found.items()]


_LINE_BEFORE = frozenset(("garis", "линия", "линии", "линию", "линией"))
_LINE_AFTER = frozenset(("line", "lines"))


def _front_line(words: Sequence[str], i: int) -> bool:
    """Whether "contact" at `i` names the front ("the line of contact", "the contact line",
    "garis kontak", "линии контакта"), not talks between leaders."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    of_line = i >= 2 and before == "of" and words[i - 2] == "line"
    return before in _LINE_BEFORE or after in _LINE_AFTER or of_line


def _casualties(words: Sequence[str], i: int) -> bool:
    """Whether "потери" at `i` are losses in men: after a plural adjective ("значительные
    потери") or a verb of suffering them ("понесли потери"); "о потере города" is a town
    lost."""
    if words[i] != "потери" or i == 0:
        return False
    before = words[i - 1]
    return before.endswith(("ые", "ие")) or before.startswith(_CASUALTIES_BEFORE)


@lru_cache(maxsize=65536)
def _multi_starting(word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The multi-word entries whose first stem starts `word`."""
    return tuple((parts, c) for parts, c in _MULTI if word.startswith(parts[0]))


def _starts(words: Sequence[str], parts: Sequence[str]) -> bool:
    return len(words) >= len(parts) and all(
        w.startswith(p) for w, p in zip(words, parts, strict=False)
    )


def _only_military(words: Sequence[str], i: int) -> bool:
    return words[i] in _ONLY and any(w.startswith(_MILITARY) for w in words[i + 1 : i + 5])


def _concepts_at(
    words: Sequence[str], i: int, names: frozenset[int] | None
) -> list[tuple[str, int]]:
    """(concept, how many words show it) for each concept a phrase starting at `i` shows
    (`names`: see `_strikes`)."""
    found = []
    single = _concept_of(words[i])
    if single is not None:
        found.append((single, 1))
    if words[i] in _STRIKE_WORDS and _strikes(words, i, names):
        found.append(("strike", 1))
    for parts, concept in _multi_starting(words[i]):
        if _starts(words[i:], parts):
            found.append((concept, len(parts)))
    return found


def _is_negation(word: str) -> bool:
    return word in _NEGATIONS or word.endswith("n't")


def negated_concepts(text: str) -> dict[str, str]:
    """Weapons the text says were not used (concept key → the words that say it): "no live
    ammunition had been used", "Not a single live bullet was fired", "полиция не применяла
    боевые патроны". A second negation right after ("bahwa tidak ada peluru tajam tidak
    terbukti": that there was none is not proven) takes the denial back."""
    words = _words(text)
    out: dict[str, str] = {}
    if _NEGATIONS.isdisjoint(words) and not any(w.endswith("n't") for w in words):
        return out
    names = _names(text, words)
    for i in range(len(words)):
        for concept, length in _concepts_at(words, i, names):
            if concept not in _WEAPONS or CONCEPT_PREFIX + concept in out:
                continue
            j = i - 1
            while j >= max(0, i - _BETWEEN_MAX) and (
                words[j] in _BETWEEN or words[j].startswith(_BETWEEN_STEMS)
            ):
                j -= 1
            after = words[i + length : i + length + 2]
            if j >= 0 and _is_negation(words[j]) and not any(map(_is_negation, after)):
                out[CONCEPT_PREFIX + concept] = " ".join(words[j : i + length])
    return out


def denied_after(words: Sequence[str], is_denial: Callable[[str], bool]) -> dict[str, str]:
    """Weapons named right after a denying word (concept key → the words that say it):
    "membantah aparat menggunakan peluru tajam", "denied shelling Martuni". Right after a
    denying verb a strike word is a strike ("denied striking …"), whatever follows it."""
    out: dict[str, str] = {}
    for k, word in enumerate(words):
        if not is_denial(word):
            continue
        for i in range(k + 1, min(len(words), k + 1 + _DENIED_WINDOW)):
            for concept, length in _concepts_at(words, i, None):
                if concept in _WEAPONS:
                    out.setdefault(CONCEPT_PREFIX + concept, " ".join(words[k : i + length]))
    return out


def phrase_stances(text: str, negated: dict[str, str] | None = None) -> dict[str, str]:
    """Stances shown by phrases: negated fighting or concepts (deny), a weapon said not to
    have been used (deny; `negated` is `negated_concepts(text)` when already known), "only
    military" (deny), a count said to be higher than the official one or inflated
    (dispute)."""
    words = _words(text)
    out: dict[str, str] = {}
    for phrase in (negated_concepts(text) if negated is None else negated).values():
        out.setdefault("deny", phrase)
    for i, word in enumerate(words):
        before = words[max(0, i - 2) : i]
        if any(b in _NEGATIONS for b in before) and (
            word.startswith(_NEGATABLE)
            or word in _NEGATABLE_WORDS
            or _concept_of(word) in ("capture", "outcome")
        ):
            out.setdefault("deny", " ".join([*before, word]))
        if _only_military(words, i):
            out.setdefault("deny", f"{word} … military")
    disputed = _DISPUTED_RE.search(" ".join(words))
    if disputed:
        out.setdefault("dispute", disputed.group())  # the words as written: "завышено"
    return out
