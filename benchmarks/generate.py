"""Generates a realistic large claimtrack investigation, written directly as a store file.

Usage: python benchmarks/generate.py OUT.json [--statements 100000] [--seed N] [--events full|none]

The default shape follows one analyst's long war-desk investigation: ~3,000 articles in English,
Indonesian and Russian (locale-formatted numbers, attribution cues, quotes, diacritics) cut into
~100,000 sentence statements; 5% of the statements count as claims (5,000 claims, ~1.7
appearances each: the same claim reported by several outlets in several languages); 2,000 links
(contradictions between sides, support within a side, denials answering accusations); verdicts
on ~15% of the claims, some revised later; a few rejected suggestions.

Events: with `--events full` (the default) the file holds exactly the event log the CLI would
have written for this history: one `speaker.add` per speaker, one `import` per article (whose
changes carry the source and its statements, as `import_documents` records them), one `tag` per
attributed statement, one `link` per link, one `outcome` per verdict and one `reject` per
rejection, so undo, `log` and provenance work and the file has its real size. `--events none`
omits the log (a smaller file, for benchmarks that only read records).

Everything is derived from `--seed`, so a given seed always yields the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrack.ids import ALPHABET, ID_LENGTH
from claimtrack.ingest import content_hash
from claimtrack.model import (
    OPPOSED_RELATIONS,
    Change,
    Claim,
    Event,
    Evidence,
    Link,
    Outcome,
    Rejection,
    Source,
    Speaker,
    Statement,
)
from claimtrack.quantities import extract_quantities
from claimtrack.resources import data_dir
from claimtrack.store.storage import atomic_write, dumps_store
from claimtrack.store.store import new_store_data
from claimtrack.textnorm import shorten

ANALYST = "generator"
SENTENCES_PER_ARTICLE = 33.3  # 100k statements from ~3k articles
CLAIM_SHARE = 0.05  # claims per statement: 5k claims at 100k
LINK_SHARE = 0.4  # links per claim: 2k links at 5k claims
VERDICT_SHARE = 0.15  # claims with at least one verdict
LANG_WEIGHTS = {"en": 0.45, "id": 0.30, "ru": 0.25}
START = dt.date(2020, 9, 27)
DAYS = 60

PLACES: dict[str, list[str]] = {
    "en": [
        "Martuni",
        "Stepanakert",
        "Shushi",
        "Terter",
        "Aghjabedi",
        "Ganja",
        "Barda",
        "Hadrut",
        "Fuzuli",
        "Jabrayil",
        "Lachin",
        "Kalbajar",
        "Goris",
        "Agdam",
        "Mingachevir",
    ],
    "id": [
        "Martuni",
        "Stepanakert",
        "Shusha",
        "Terter",
        "Aghjabedi",
        "Ganja",
        "Barda",
        "Hadrut",
        "Fuzuli",
        "Jabrayil",
        "Lachin",
        "Kalbajar",
        "Goris",
        "Agdam",
        "Mingachevir",
    ],
    "ru": [
        "Мартуни",
        "Степанакерт",
        "Шуши",
        "Тертер",
        "Агджабеди",
        "Гянджа",
        "Барда",
        "Гадрут",
        "Физули",
        "Джебраил",
        "Лачин",
        "Кельбаджар",
        "Горис",
        "Агдам",
        "Мингечевир",
    ],
}
DAYS_OF_WEEK = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "ru": [
        "в понедельник",
        "во вторник",
        "в среду",
        "в четверг",
        "в пятницу",
        "в субботу",
        "в воскресенье",
    ],
}
SUBJECTS = {
    "troops": {"en": "troops", "id": "pasukan", "ru": "военнослужащих"},
    "civilians": {"en": "civilians", "id": "warga sipil", "ru": "мирных жителей"},
    "people": {"en": "people", "id": "orang", "ru": "человек"},
}
# Claim templates per kind and language. {who} speaker, {n} number, {subj} counted subject,
# {place}, {day}, {other} the accused side.
CLAIM_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "casualties": {
        "en": [
            "{who} said {n} {subj} had been killed in {place} since the fighting began.",
            "According to {who}, at least {n} {subj} have died around {place}.",
            "{n} {subj} were killed when shells hit {place} on {day}, {who} said.",
            "\u201cWe have lost {n} {subj} near {place},\u201d {who} told reporters.",
        ],
        "id": [
            "{who} mengatakan {n} {subj} tewas di {place} sejak pertempuran pecah.",
            "Menurut {who}, sedikitnya {n} {subj} tewas di sekitar {place}.",
            "Sebanyak {n} {subj} tewas ketika peluru menghantam {place} pada {day}, kata {who}.",
        ],
        "ru": [
            "{who} заявил, что в районе {place} погибли {n} {subj}.",
            "По данным {who}, не менее {n} {subj} погибли у {place}.",
            "\u00ab{n} {subj} погибли {day} в {place}\u00bb, \u2014 сообщил {who}.",
        ],
    },
    "wounded": {
        "en": [
            "{who} said {n} {subj} were wounded in {place} on {day}.",
            "Nearly {n} {subj} were injured in the shelling of {place}, {who} said.",
        ],
        "id": [
            "{who} menyebut {n} {subj} terluka di {place} pada {day}.",
            "Hampir {n} {subj} luka-luka akibat penembakan di {place}, kata {who}.",
        ],
        "ru": [
            "{who} сообщил, что {n} {subj} ранены в {place} {day}.",
            "Почти {n} {subj} получили ранения при обстреле {place}, заявил {who}.",
        ],
    },
    "accusation": {
        "en": [
            "{who} accused {other} of shelling residential areas of {place}.",
            "{who} said {other} forces fired rockets at {place} overnight.",
            "{other} troops kept firing at civilian homes in {place}, {who} said.",
        ],
        "id": [
            "{who} menuduh {other} menembaki pemukiman sipil di {place}.",
            "Pasukan {other} terus menembaki {place} sepanjang malam, kata {who}.",
        ],
        "ru": [
            "{who} обвинил {other} в обстреле жилых кварталов {place}.",
            "Войска {other} всю ночь обстреливали {place}, заявил {who}.",
        ],
    },
    "denial": {
        "en": [
            "{who} denied that its forces had shelled {place}, calling the report "
            "\u201cpure disinformation\u201d.",
            "{who} rejected claims of strikes on {place} as \u201cabsolutely false\u201d.",
        ],
        "id": [
            "{who} membantah pasukannya menyerang {place}, menyebutnya \u201cdisinformasi\u201d.",
            "{who} menolak tuduhan serangan ke {place}.",
        ],
        "ru": [
            "{who} опроверг сообщения об ударах по {place}, назвав их \u00abдезинформацией\u00bb.",
            "{who} назвал ложью сообщения об обстреле {place}.",
        ],
    },
    "equipment": {
        "en": [
            "{who} said its units destroyed {n} tanks and armoured vehicles near {place}.",
            "More than {n} drones were shot down over {place}, {who} said on {day}.",
        ],
        "id": [
            "{who} mengklaim telah menghancurkan {n} tank di dekat {place}.",
            "Lebih dari {n} drone ditembak jatuh di atas {place}, kata {who}.",
        ],
        "ru": [
            "{who} заявил об уничтожении {n} танков под {place}.",
            "Более {n} беспилотников сбиты над {place}, сообщил {who} {day}.",
        ],
    },
}
NARRATION: dict[str, list[str]] = {
    "en": [
        "{place} lies about {k} km from the front line and had a pre-war population of around {n}.",
        "The region is internationally recognised as part of Azerbaijan.",
        "Fighting around {place} continued on {day}, residents told the outlet.",
        "Three ceasefires brokered by Moscow, Paris and Washington collapsed within hours.",
        "Satellite images of {place} published on {day} could not be verified independently.",
        "Roads out of {place} were jammed with cars as families fled north.",
        "The conflict dates back to a war that ended in 1994.",
    ],
    "id": [
        "{place} terletak sekitar {k} km dari garis depan dan berpenduduk sekitar {n} orang.",
        "Kawasan itu diakui secara internasional sebagai bagian dari Azerbaijan.",
        "Pertempuran di sekitar {place} berlanjut pada {day}.",
        "Tiga gencatan senjata runtuh dalam hitungan jam.",
        "Jalan keluar dari {place} dipenuhi mobil warga yang mengungsi.",
        "Konflik ini berakar pada perang yang berakhir pada 1994.",
    ],
    "ru": [
        "{place} находится примерно в {k} км от линии фронта, до войны там жили около {n} человек.",
        "Регион международно признан частью Азербайджана.",
        "Бои в районе {place} продолжались {day}.",
        "Три перемирия, заключённые при посредничестве Москвы, Парижа и Вашингтона, "
        "сорвались в течение нескольких часов.",
        "Дороги из {place} были забиты машинами беженцев.",
        "Конфликт восходит к войне, закончившейся в 1994 году.",
    ],
}
# Untagged speaker sentences with no claim yet: the analyst's review backlog.
BACKLOG: dict[str, list[str]] = {
    "en": [
        "{who} said talks would resume in Moscow on {day}.",
        "{who} called on both sides to respect the ceasefire around {place}.",
    ],
    "id": [
        "{who} mengatakan perundingan akan dilanjutkan di Moskow pada {day}.",
        "{who} menyerukan kedua pihak menghormati gencatan senjata di {place}.",
    ],
    "ru": [
        "{who} сообщил, что переговоры возобновятся в Москве {day}.",
        "{who} призвал стороны соблюдать перемирие в районе {place}.",
    ],
}
TITLES: dict[str, list[str]] = {
    "en": [
        "{who} reports heavy losses near {place}",
        "Fighting flares around {place}",
        "{place}: conflicting accounts of overnight strikes",
        "Day {d} of the war in Karabakh",
    ],
    "id": [
        "{who} laporkan korban di {place}",
        "Pertempuran memanas di sekitar {place}",
        "Hari ke-{d} perang Karabakh",
    ],
    "ru": [
        "{who}: потери в районе {place}",
        "Бои в районе {place} усиливаются",
        "{d}-й день войны в Карабахе",
    ],
}
OUTLETS: list[tuple[str, str, str]] = [
    ("Yerevan Herald", "en", "C"),
    ("Caspian Daily", "en", "C"),
    ("Meridian Wire", "en", "A"),
    ("Global Dispatch", "en", "B"),
    ("The Frontline Post", "en", "D"),
    ("Eurasia Monitor", "en", "B"),
    ("Warta Nusantara", "id", "B"),
    ("Kabar Dunia", "id", "C"),
    ("Harian Global", "id", "C"),
    ("Suara Internasional", "id", "D"),
    ("Вести Евразии", "ru", "D"),
    ("Кавказский обозреватель", "ru", "C"),
    ("Новости Кавказа", "ru", "C"),
    ("Южный вестник", "ru", "E"),
]
SIDES_AGAINST = {"Armenia": "Azerbaijan", "Azerbaijan": "Armenia"}
OTHER_SIDE_NAME = {
    "Armenia": {"en": "Azerbaijani", "id": "Azerbaijan", "ru": "Азербайджана"},
    "Azerbaijan": {"en": "Armenian", "id": "Armenia", "ru": "Армении"},
}
_ID_MARKERS = (
    "Kementerian",
    "Pejabat",
    "pejabat",
    "Presiden",
    "Pihak",
    "pemimpin",
    "Pemimpin",
    "pemerintah",
    "Pemerintah",
    "juru bicara",
    "Tentara",
    "Perdana",
    "Palang",
    "Komite",
    "Kejaksaan",
)


@dataclass
class Fact:
    """One claim as it exists in the world: rendered into every article that reports it."""

    claim_id: str
    speaker: int
    kind: str
    place: int
    n: int
    subject: str
    appearances: list[str] = field(default_factory=list)  # statement ids


@dataclass
class Generated:
    """Everything the generator built, as model records."""

    speakers: list[Speaker]
    sources: list[Source]
    statements: dict[str, Statement]
    claims: dict[str, Claim]
    links: list[Link]
    outcomes: list[Outcome]
    rejections: list[Rejection]
    # statement ids per source, in order, and the tagged appearances in the order tagged
    by_source: dict[str, list[str]]
    tagged: list[str]


class Ids:
    """Unique random ids from the generator's seed (same alphabet and length as the store's)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._taken: set[str] = set()

    def new(self) -> str:
        """A fresh id, unique across every table."""
        while True:
            candidate = "".join(self._rng.choices(ALPHABET, k=ID_LENGTH))
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate


def fmt_number(n: int, lang: str) -> str:
    """A count as an outlet in `lang` would print it (1,166 / 1.166 / 1 166)."""
    s = f"{n:,}"
    if lang == "id":
        return s.replace(",", ".")
    if lang == "ru":
        return s.replace(",", "\u00a0")
    return s


def surface_forms(sp: Speaker) -> dict[str, list[str]]:
    """How each language's press names a speaker (its aliases sorted by script)."""
    forms: dict[str, list[str]] = {"en": [], "id": [], "ru": []}
    for name in sp.names:
        if any("\u0400" <= ch <= "\u04ff" for ch in name):
            forms["ru"].append(name)
        elif any(m in name for m in _ID_MARKERS):
            forms["id"].append(name)
        else:
            forms["en"].append(name)
    for lang in ("id", "ru"):
        forms[lang] = forms[lang] or forms["en"]
    return forms


def make_speakers(ids: Ids, rng: random.Random) -> list[Speaker]:
    """The demo's speakers plus generated district officials and spokespeople (~40 in all)."""
    gold = json.loads((data_dir() / "gold" / "speakers.json").read_text(encoding="utf-8"))
    out = [
        Speaker(
            ids.new(), s["name"], tuple(s.get("aliases", ())), s.get("kind", "other"), s.get("side")
        )
        for s in gold["speakers"]
    ]
    for i, place in enumerate(PLACES["en"]):
        side = "Armenia" if i % 2 else "Azerbaijan"
        ru = PLACES["ru"][i]
        out.append(
            Speaker(
                ids.new(),
                f"{place} district administration",
                (f"head of {place} district", f"Pemerintah distrik {place}", f"администрация {ru}"),
                "government",
                side,
            )
        )
    first = ["Anush", "Tigran", "Leyla", "Rashad", "Elena", "Sergei", "Ayten", "Gor"]
    last = [
        "Petrosyan",
        "Mammadov",
        "Ivanova",
        "Hasanov",
        "Sargsyan",
        "Volkov",
        "Aliyeva",
        "Grigoryan",
        "Karimova",
        "Orlov",
    ]
    for f, la in zip(rng.choices(first, k=8), rng.sample(last, 8), strict=True):
        side = rng.choice(["Armenia", "Azerbaijan", "Russia", "neutral"])
        out.append(Speaker(ids.new(), f"{f} {la}", (la, f"juru bicara {la}"), "person", side))
    return out


def plan_articles(total: int, rng: random.Random) -> list[int]:
    """Sentence counts per article summing exactly to `total` (15-52 each, mean ~33)."""
    n_articles = max(1, round(total / SENTENCES_PER_ARTICLE))
    counts = [rng.randint(15, 52) for _ in range(n_articles)]
    diff = total - sum(counts)
    i = 0
    while diff:
        j = i % n_articles
        step = 1 if diff > 0 else -1
        if counts[j] + step >= 1:
            counts[j] += step
            diff -= step
        i += 1
    return counts


def render(template: str, lang: str, rng: random.Random, **fields: Any) -> str:
    """Fill a template; missing fields get plausible random values."""
    values = {
        "place": rng.choice(PLACES[lang]),
        "day": rng.choice(DAYS_OF_WEEK[lang]),
        "n": fmt_number(rng.choice([120, 850, 1166, 2300, 5000, 12000]), lang),
        "k": rng.randint(3, 60),
        "d": rng.randint(1, DAYS),
        "subj": SUBJECTS["people"][lang],
        "other": "",
        "who": "",
    }
    values.update(fields)
    return template.format(**values)


def generate(n_statements: int, seed: int) -> Generated:
    """Build the whole investigation as records (no I/O)."""
    rng = random.Random(seed)
    ids = Ids(rng)
    speakers = make_speakers(ids, rng)
    forms = [surface_forms(sp) for sp in speakers]
    sided = [i for i, sp in enumerate(speakers) if sp.side in SIDES_AGAINST]
    n_claims = max(2, round(n_statements * CLAIM_SHARE))
    facts: list[Fact] = []
    for _ in range(n_claims):
        kind = rng.choices(list(CLAIM_TEMPLATES), weights=[4, 2, 3, 2, 2])[0]
        who = (
            rng.choice(sided) if kind in ("accusation", "denial") else rng.randrange(len(speakers))
        )
        n = rng.choice([12, 45, 91, 120, 300, 1166, 2300, 5000]) + rng.randint(0, 9) * (
            rng.random() < 0.5
        )
        facts.append(
            Fact(
                ids.new(),
                who,
                kind,
                rng.randrange(len(PLACES["en"])),
                n,
                rng.choice(list(SUBJECTS)),
            )
        )
    # Each claim appears 1-4 times (mean ~1.7): fill the slots of tagged sentences in articles.
    slots: list[int] = []
    for fi in range(len(facts)):
        slots += [fi] * rng.choices([1, 2, 3, 4], weights=[55, 25, 12, 8])[0]
    rng.shuffle(slots)
    counts = plan_articles(n_statements, rng)
    slot_share = len(slots) / n_statements
    sources: list[Source] = []
    statements: dict[str, Statement] = {}
    by_source: dict[str, list[str]] = {}
    tagged: list[str] = []
    hashes: set[str] = set()
    for a, count in enumerate(counts):
        outlet, lang, grade = rng.choice(OUTLETS)
        if rng.random() < 0.1:  # wires are republished in other languages
            lang = rng.choice(list(LANG_WEIGHTS))
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        sid = ids.new()
        lead = rng.randrange(len(speakers))
        sentences: list[tuple[str, Fact | None]] = []
        title_tpl = rng.choice(TITLES[lang])
        title = render(
            title_tpl, lang, rng, who=rng.choice(forms[lead][lang]), d=(day - START).days + 1
        )
        sentences.append((title, None))
        for _ in range(count - 1):
            r = rng.random()
            if slots and r < slot_share * 1.05:
                fact = facts[slots.pop()]
                sentences.append((render_fact(fact, lang, forms, speakers, rng), fact))
            elif r < 0.35:
                who = rng.choice(forms[rng.randrange(len(speakers))][lang])
                sentences.append((render(rng.choice(BACKLOG[lang]), lang, rng, who=who), None))
            else:
                sentences.append((render(rng.choice(NARRATION[lang]), lang, rng), None))
        text, spans = layout(title, [s for s, _ in sentences[1:]], rng)
        digest = content_hash(text)
        if digest in hashes:  # vanishingly rare; make the text unique rather than a duplicate
            text += f"\n\n({outlet}, {a})"
            digest = content_hash(text)
        hashes.add(digest)
        slug = f"{day:%Y/%m/%d}/story-{a}"
        sources.append(
            Source(
                id=sid,
                title=title,
                text=text,
                hash=digest,
                lang=lang,
                outlet=outlet,
                url=f"https://example.org/{outlet.lower().replace(' ', '-')}/{slug}",
                published=day.isoformat(),
                reliability=grade if rng.random() < 0.7 else None,
                filename=f"{a:05d}_{lang}.txt",
                imported=stamp(day, a),
            )
        )
        by_source[sid] = []
        for (start, end), (_, fact) in zip(spans, sentences, strict=True):
            st = Statement(id=ids.new(), source=sid, start=start, end=end)
            if fact is not None:
                st = st.replace(speaker=speakers[fact.speaker].id, claim=fact.claim_id)
                fact.appearances.append(st.id)
                tagged.append(st.id)
            elif rng.random() < 0.03:
                st = st.replace(narration=True)
            statements[st.id] = st
            by_source[sid].append(st.id)
    # Slots left over (rounding) are dropped: claims exist only with at least one appearance.
    sources_by_id = {s.id: s for s in sources}
    claims: dict[str, Claim] = {}
    for fact in facts:
        if not fact.appearances:
            continue
        first = statements[fact.appearances[0]]
        src = sources_by_id[first.source]
        text = src.text[first.start : first.end]
        claims[fact.claim_id] = Claim(
            id=fact.claim_id,
            summary=shorten(text, 280),
            speaker=speakers[fact.speaker].id,
            tags=tuple(
                rng.sample(
                    ["martuni", "casualties", "shelling", "drones", "shushi", "ceasefire"],
                    k=rng.randint(0, 2),
                )
            ),
            quantities=tuple(extract_quantities(text, src.lang)),
            created=stamp(START + dt.timedelta(days=DAYS), len(claims)),
        )
    links = make_links(facts, claims, speakers, ids, rng)
    outcomes = make_outcomes(list(claims), ids, rng)
    rejections = make_rejections(list(claims), links, ids, rng)
    return Generated(
        speakers, sources, statements, claims, links, outcomes, rejections, by_source, tagged
    )


def render_fact(
    fact: Fact,
    lang: str,
    forms: list[dict[str, list[str]]],
    speakers: list[Speaker],
    rng: random.Random,
) -> str:
    """One report of a claim in `lang` (numbers and names as that press writes them)."""
    side = speakers[fact.speaker].side or ""
    other = OTHER_SIDE_NAME.get(side, OTHER_SIDE_NAME["Armenia"])[lang]
    n = fact.n if rng.random() < 0.85 else fact.n + rng.randint(1, 40)  # outlets disagree
    return render(
        rng.choice(CLAIM_TEMPLATES[fact.kind][lang]),
        lang,
        rng,
        who=rng.choice(forms[fact.speaker][lang]),
        n=fmt_number(n, lang),
        subj=SUBJECTS[fact.subject][lang],
        place=PLACES[lang][fact.place],
        other=other,
    )


def layout(
    title: str, sentences: list[str], rng: random.Random
) -> tuple[str, list[tuple[int, int]]]:
    """Title, blank line, paragraphs of 1-4 sentences; returns the text and each sentence's span."""
    parts = [title, "\n\n"]
    pos = len(title) + 2
    spans = [(0, len(title))]
    i = 0
    while i < len(sentences):
        para = sentences[i : i + rng.randint(1, 4)]
        for j, s in enumerate(para):
            if j:
                parts.append(" ")
                pos += 1
            spans.append((pos, pos + len(s)))
            parts.append(s)
            pos += len(s)
        i += len(para)
        if i < len(sentences):
            parts.append("\n\n")
            pos += 2
    return "".join(parts), spans


def stamp(day: dt.date, n: int) -> str:
    """A UTC timestamp on `day`, spread by `n` seconds (store format)."""
    t = dt.datetime(day.year, day.month, day.day, 6, tzinfo=dt.UTC) + dt.timedelta(seconds=n)
    return t.isoformat(timespec="microseconds").replace("+00:00", "Z")


def make_links(
    facts: list[Fact],
    claims: dict[str, Claim],
    speakers: list[Speaker],
    ids: Ids,
    rng: random.Random,
) -> list[Link]:
    """Contradictions across sides on one place, support within a side, denials responding."""
    by_place_side: dict[tuple[int, str], list[Fact]] = {}
    for f in facts:
        if f.claim_id in claims:
            by_place_side.setdefault((f.place, speakers[f.speaker].side or ""), []).append(f)
    wanted = round(len(claims) * LINK_SHARE)
    seen: set[tuple[str, str, str]] = set()
    stance: dict[frozenset[str], str] = {}  # a pair contradicts or supports, never both
    links: list[Link] = []
    keys = sorted(by_place_side)
    attempts = 0
    while len(links) < wanted and attempts < wanted * 20:
        attempts += 1
        place, side = rng.choice(keys)
        a = rng.choice(by_place_side[(place, side)])
        relation = rng.choices(["contradicts", "supports", "responds-to"], weights=[5, 3, 2])[0]
        other_side = SIDES_AGAINST.get(side, side) if relation != "supports" else side
        pool = by_place_side.get((place, other_side))
        if not pool:
            continue
        b = rng.choice(pool)
        if a.claim_id == b.claim_id:
            continue
        link = Link(
            ids.new(),
            b.claim_id if relation == "responds-to" else a.claim_id,
            a.claim_id if relation == "responds-to" else b.claim_id,
            relation,
            note=rng.choice([None, "same strike, different account", "figures differ"]),
            analyst=ANALYST,
            created=stamp(START + dt.timedelta(days=DAYS + 1), len(links)),
        )
        pair = frozenset((link.a, link.b))
        if link.key() in seen or OPPOSED_RELATIONS.get(relation) == stance.get(pair):
            continue  # `check` refuses a pair that both contradicts and supports
        seen.add(link.key())
        if relation in OPPOSED_RELATIONS:
            stance[pair] = relation
        links.append(link)
    return links


def make_outcomes(claim_ids: list[str], ids: Ids, rng: random.Random) -> list[Outcome]:
    """Verdicts on a share of the claims; a tenth of them revised later (outcome history)."""
    verdicts = ["true", "mostly-true", "mixed", "misleading", "false", "unverifiable", "open"]
    out: list[Outcome] = []
    for cid in rng.sample(claim_ids, round(len(claim_ids) * VERDICT_SHARE)):
        rounds = 2 if rng.random() < 0.1 else 1
        for r in range(rounds):
            day = START + dt.timedelta(days=DAYS + 5 + 20 * r + rng.randrange(10))
            out.append(
                Outcome(
                    ids.new(),
                    cid,
                    rng.choice(verdicts),
                    day.isoformat(),
                    note=rng.choice(
                        [None, "ICRC figures", "satellite imagery", "OSINT geolocation"]
                    ),
                    evidence=tuple(
                        Evidence(f"https://example.org/evidence/{cid}/{k}", title=f"Evidence {k}")
                        for k in range(rng.randint(0, 2))
                    ),
                    analyst=ANALYST,
                    recorded=stamp(day, len(out)),
                )
            )
    return out


def make_rejections(
    claim_ids: list[str], links: list[Link], ids: Ids, rng: random.Random
) -> list[Rejection]:
    """Suggestions the analyst turned down (a few per hundred claims)."""
    linked = {frozenset((lk.a, lk.b)) for lk in links}
    out: list[Rejection] = []
    while len(out) < len(claim_ids) // 50:
        a, b = sorted(rng.sample(claim_ids, 2))
        if frozenset((a, b)) in linked:
            continue
        out.append(
            Rejection(
                ids.new(),
                a,
                b,
                rng.choice(["supports", "same-claim"]),
                ANALYST,
                stamp(START + dt.timedelta(days=DAYS + 2), len(out)),
            )
        )
    return out


def events(g: Generated, ids: Ids) -> Iterator[Event]:
    """The event log the CLI would have written while building this investigation."""
    seq = 0

    def event(ts: str, op: str, summary: str, changes: list[Change]) -> Event:
        nonlocal seq
        seq += 1
        return Event(ids.new(), seq, ts, ANALYST, op, summary, tuple(changes))

    for sp in g.speakers:
        yield event(
            stamp(START, seq),
            "speaker.add",
            f"add speaker {sp.name}",
            [Change(Speaker.TABLE, sp.id, None, sp.to_doc())],
        )
    for src in g.sources:
        changes = [Change(Source.TABLE, src.id, None, src.to_doc())]
        for stid in g.by_source[src.id]:
            st = g.statements[stid].replace(speaker=None, claim=None, narration=False)
            changes.append(Change(Statement.TABLE, stid, None, st.to_doc()))
        changes.sort(key=lambda c: (c.table, c.id))
        yield event(src.imported, "import", f"import 1 document: {src.title}"[:200], changes)
    names = {sp.id: sp.name for sp in g.speakers}
    narrations = [s for s in g.statements.values() if s.narration]
    for i, st in enumerate(narrations):
        before = st.replace(narration=False)
        yield event(
            stamp(START + dt.timedelta(days=DAYS), i),
            "narration",
            f"mark {st.id} as narration",
            [Change(Statement.TABLE, st.id, before.to_doc(), st.to_doc())],
        )
    created: set[str] = set()
    for i, stid in enumerate(g.tagged):
        st = g.statements[stid]
        assert st.claim is not None
        changes = []
        if st.claim not in created:
            created.add(st.claim)
            changes.append(Change(Claim.TABLE, st.claim, None, g.claims[st.claim].to_doc()))
        before = st.replace(speaker=None, claim=None)
        changes.append(Change(Statement.TABLE, st.id, before.to_doc(), st.to_doc()))
        yield event(
            stamp(START + dt.timedelta(days=DAYS), i),
            "tag",
            f"tag {st.id} as {names[st.speaker or '']}",
            changes,
        )
    for lk in g.links:
        yield event(
            lk.created,
            "link",
            f"{lk.a} {lk.relation} {lk.b}",
            [Change(Link.TABLE, lk.id, None, lk.to_doc())],
        )
    for rj in g.rejections:
        yield event(
            rj.created,
            "reject",
            f"reject {rj.relation} {rj.a} {rj.b}",
            [Change(Rejection.TABLE, rj.id, None, rj.to_doc())],
        )
    for oc in sorted(g.outcomes, key=lambda o: o.recorded):
        yield event(
            oc.recorded,
            "outcome",
            f"{oc.claim} judged {oc.verdict}",
            [Change(Outcome.TABLE, oc.id, None, oc.to_doc())],
        )


def store_data(g: Generated, *, with_events: bool, seed: int) -> dict[str, dict[str, Any]]:
    """The whole store as TinyDB data (tables of id -> document)."""
    data = new_store_data()

    def table(records: Any) -> dict[str, Any]:
        return {r.id: r.to_doc() for r in records}

    data[Speaker.TABLE] = table(g.speakers)
    data[Source.TABLE] = table(g.sources)
    data[Statement.TABLE] = table(g.statements.values())
    data[Claim.TABLE] = table(g.claims.values())
    data[Link.TABLE] = table(g.links)
    data[Outcome.TABLE] = table(g.outcomes)
    data[Rejection.TABLE] = table(g.rejections)
    if with_events:
        ids = Ids(random.Random(seed + 1))
        ids._taken = {i for t, docs in data.items() if t != "meta" for i in docs}
        data[Event.TABLE] = {e.id: e.to_doc() for e in events(g, ids)}
    return data


def record_count(data: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Documents per table (meta excluded)."""
    return {t: len(docs) for t, docs in sorted(data.items()) if t != "meta"}


def write_store(
    out: Path, n_statements: int = 100_000, seed: int = 1, with_events: bool = True
) -> dict[str, int]:
    """Generate and atomically write a store file; returns the documents per table."""
    g = generate(n_statements, seed)
    data = store_data(g, with_events=with_events, seed=seed)
    atomic_write(out, dumps_store(data))
    return record_count(data)


def ensure_store(
    path: Path | None, workdir: Path, n_statements: int = 100_000, seed: int = 1
) -> Path:
    """A private copy of `path` in `workdir`, or a freshly generated store when `path` is None."""
    target = workdir / "store.json"
    if path is None:
        started = time.perf_counter()
        write_store(target, n_statements, seed)
        print(
            f"generated {n_statements} statements in {time.perf_counter() - started:.1f} s "
            f"({target.stat().st_size / 1e6:.1f} MB)",
            flush=True,
        )
    else:
        target.write_bytes(Path(path).read_bytes())
    return target


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="store file to write (replaced if present)")
    parser.add_argument("--statements", type=int, default=100_000, help="how many statements")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same file)")
    parser.add_argument(
        "--events",
        choices=["full", "none"],
        default="full",
        help="write the event log the CLI would have written, or none",
    )
    args = parser.parse_args(argv)
    if args.statements < 10:
        parser.error("--statements must be at least 10")
    started = time.perf_counter()
    counts = write_store(args.out, args.statements, args.seed, args.events == "full")
    size = args.out.stat().st_size
    print(
        f"wrote {args.out}: {size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s; "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
