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
        "удар по гражданск",
        "удар по мирн",
        "удар по жил",
        "strike on civilian",
        "strike against civilian",
        "strike on residential",
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
_STRIKE_MEANS = ("drone", "missile", "rocket", "artiller", "aircraft", "warplane", "bomber",
                 "helicopter", "gunship", "militar", "войск", "арми", "вооруж", "военн",
                 "беспилотн", "дрон", "ракет", "артиллер", "авиаци", "самолет", "самолёт",
                 "вертолет", "вертолёт", "бомб", "tentara", "militer", "pasukan", "angkatan",
                 "artileri", "rudal", "roket", "pesawat", "helikopter")  # fmt: skip
"""Stems of a military agent or means near a strike word, making it an attack: "Azerbaijani
forces struck", "drones carried out strikes", "ВС нанесли удар", "pasukan melancarkan
serangan" (see also `_STRIKE_FORCES`)."""
_STRIKE_FORCES = frozenset(("forces", "force", "army", "troops", "soldiers", "jets", "navy",
                            "bomb", "bombs", "вс", "всу", "tni", "bom"))  # fmt: skip
"""Whole words of a military agent or means ("forced" is not "forces")."""
_STRIKE_VOICES = frozenset(("defence", "defense", "минобороны", "pertahanan"))
"""A defence ministry as the subject of a strike verb: "the defence ministry denied striking
Stepanakert" (not of a strike noun: "denied that the strike in Stepanakert was political")."""
_STRIKE_NEAR = 6
"""Words either side of a strike word read for its agent or means."""
_NOT_STRIKERS = ("earthquake", "quake", "storm", "flood", "hurricane", "typhoon", "tornado",
                 "lightning", "hacker", "cyber", "gempa", "banjir", "badai", "topan", "peretas",
                 "землетрясени", "шторм", "бур", "наводнени", "ураган", "молни", "хакер",
                 "войн", "war", "blockade", "блокад", "perang", "blokade", "repel", "repuls",
                 "отбил", "отраз", "menghalau", "menangkis")  # fmt: skip
"""Agents before a strike word that are no army ("an earthquake struck the town", "война
нанесла удар", "peretas melancarkan serangan"), or words making it a ground assault
("menghalau beberapa serangan": repelled several attacks)."""
_NOT_STRUCK = ("econom", "touris", "budget", "reputation", "image", "morale", "confidence",
               "credibility", "financ", "trade", "business", "journalist", "reporter",
               "website", "server", "staff", "worker", "экономик", "репутац", "имидж", "туризм",
               "бюджет", "финанс", "торгов", "бизнес", "журналист", "сайт", "ekonomi",
               "pariwisata", "anggaran", "reputasi", "citra", "jurnalis", "wartawan", "situs",
               "siber", "jantung")  # fmt: skip
"""What a strike word hits (in the words after it) that makes it no attack on a place: "a
strike on Stepanakert's economy", "удар по туризму", "serangan terhadap jurnalis", "situs
pemerintah", "striking … hospital staff"."""
_ACCUSING = ("accus", "обвин", "menuduh", "menuding")
"""Words before a side named as the striker: "accuses Baku of overnight strikes"."""
_ACTOR_BETWEEN = frozenset(("has", "had", "have", "of", "в", "melakukan"))
"""Words between a side named and its strike: "Azerbaijan has struck", "accused Azerbaijan
of strikes"."""
_DENIED_BRIDGE = frozenset(("any", "carrying", "out", "launching", "conducting", "claims",
                            "reports", "accusations", "allegations", "of", "about", "нанесение",
                            "нанесения", "сообщения", "информацию", "обвинения", "об", "о", "в",
                            "melakukan", "melancarkan", "tuduhan", "laporan", "klaim", "adanya",
                            "telah"))  # fmt: skip
"""Words between a denying verb and a strike word that keep the strike the thing denied:
"denied striking", "rejected claims of strikes on", "опроверг сообщения об ударах" (not
"denied that the strike in Stepanakert was political": a labour strike)."""
_STRIKE_NOUNS = frozenset(("strike", "strikes", "удар", "удары", "serangan"))
"""Strike words that are nouns: a name just before one is no actor ("the Stepanakert
strike")."""
_STRIKE_BEFORE = ("нанес", "нанёс", "нанос", "launch", "melancarkan")
"""Words between a side named and its strike: "Азербайджан нанес удар"."""
_NO_STRIKE_BEFORE = frozenset(("on", "hunger", "general", "labour", "labor", "workers",
                               "national", "teachers", "под"))  # fmt: skip
"""Words before it making it something else: "went on strike", "a hunger strike", "под
ударом" (under threat)."""
_NO_STRIKE_AFTER = ("deal", "agreement", "balance", "chord", "down", "off", "balik")
"""Words after it (an article or "по" between at most) making it something else: "struck a
deal", "serangan balik" (a counter-attack)."""
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


def _strikes(
    words: Sequence[str], i: int, names: frozenset[int] | None, denied: int | None = None
) -> bool:
    """Whether the strike word at `i` (`_STRIKE_WORDS`) is a military strike: only with a
    military agent or means near it ("Azerbaijani forces struck", "drones carried out strikes
    on", "ВС нанесли удар по"), a side named as its actor ("Azerbaijan has struck", "accuses
    Baku of strikes", when `names` are known), or right after the denying word at `denied`
    ("denied striking …", "rejected claims of strikes on …"). Never a labour strike, nor one
    by an earthquake, a storm or hackers, nor one on an economy or journalists: "an
    earthquake struck the town", "удар по туризму", "serangan terhadap jurnalis"."""
    before = words[i - 1] if i else ""
    if before in _NO_STRIKE_BEFORE:
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    k = i + 2 if nxt in ("a", "an", "the", "по") else i + 1
    after = words[k] if k < len(words) else ""
    if after.startswith(_NO_STRIKE_AFTER):
        return False
    if any(w.startswith(_NOT_STRUCK) for w in words[i + 1 : i + 5]):
        return False
    if any(w.startswith(_NOT_STRIKERS) for w in words[max(0, i - 4) : i]):
        return False
    if denied is not None and all(w in _DENIED_BRIDGE for w in words[denied + 1 : i]):
        return True
    near = words[max(0, i - _STRIKE_NEAR) : i + 1 + _STRIKE_NEAR]
    if any(w in _STRIKE_FORCES or w.startswith(_STRIKE_MEANS) for w in near):
        return True
    if words[i] not in _STRIKE_NOUNS and not _STRIKE_VOICES.isdisjoint(near):
        return True
    return bool(names) and _side_strikes(words, i, names or frozenset())


def _side_strikes(words: Sequence[str], i: int, names: frozenset[int]) -> bool:
    """Whether a side is named as the strike's actor: a name just before a strike verb, or
    before "нанес"/"launched" or "has"/"of" ("Azerbaijan struck", "Азербайджан нанес удар"),
    a possessive before a strike noun ("Azerbaijan's strikes", not "the Stepanakert strike"),
    or a name accused just before it ("accuses Baku of overnight strikes")."""
    if any(words[k].startswith(_ACCUSING) and k + 1 in names for k in range(max(0, i - 5), i)):
        return True
    j = i - 1
    while j > 0 and (words[j] in _ACTOR_BETWEEN or words[j].startswith(_STRIKE_BEFORE)):
        j -= 1
    if j not in names:
        return False
    return j < i - 1 or words[i] not in _STRIKE_NOUNS or words[j].endswith("'s")


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
    words: Sequence[str], i: int, names: frozenset[int] | None, denied: int | None = None
) -> list[tuple[str, int]]:
    """(concept, how many words show it) for each concept a phrase starting at `i` shows
    (`names`, `denied`: see `_strikes`)."""
    found = []
    single = _concept_of(words[i])
    if single is not None:
        found.append((single, 1))
    if words[i] in _STRIKE_WORDS and _strikes(words, i, names, denied):
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
            for concept, length in _concepts_at(words, i, None, k):
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
