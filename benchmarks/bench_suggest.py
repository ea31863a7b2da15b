"""Times the link suggester on a synthetic investigation against brute-force RapidFuzz cdist.

    uv run python benchmarks/bench_suggest.py [--claims 10000] [--brute 2000]

Builds a synthetic war desk (three languages, sides, places, casualty numbers) with planted
pairs — accusations and their denials, one speaker's claim reported in two languages —
then times a full pass, an incremental pass (one new article against a store of 5k claims
/ 100k statements), and brute-force `rapidfuzz.process.cdist` (token_set_ratio) over a
sample, extrapolated quadratically. Prints timings, the ratio and recall on planted pairs.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process, utils

from claimtrack.model import Claim, Source, Speaker, Statement
from claimtrack.snapshot import Snapshot
from claimtrack.suggest import LinkSuggester
from claimtrack.suggest.suggester import SAME_CLAIM_CUTOFF

SIDES = ("Armenia", "Azerbaijan", "Russia", "Turkey")
_SYL = ("ka", "ra", "mar", "tu", "ni", "ag", "ja", "be", "di", "ter", "shu", "sha", "ste",
        "pa", "na", "kert", "bar", "da", "fu", "zu", "li", "ho", "dzh", "gor")  # fmt: skip

ACCUSE = {
    "en": "{who} accused {target} of shelling {place} and {place2} overnight.",
    "id": "{who} menuduh {target} menembaki {place} dan {place2} semalam.",
    "ru": "{who} обвинили {target} в обстреле {place} и {place2}.",
}
DENY = {
    "en": "{who} denied shelling {place}, calling the claim disinformation.",
    "id": "{who} membantah menembaki {place} dan menyebutnya propaganda.",
    "ru": "{who} опровергли обстрел {place}, назвав это дезинформацией.",
}
TOLL = {
    "en": "According to {who}, {troops:,} troops and {civ} civilians were killed near {place}.",
    "id": "Menurut {who}, {troops_id} tentara dan {civ} warga sipil tewas di dekat {place}.",
    "ru": "{who} сообщили о гибели {troops_ru} военнослужащих и {civ} мирных жителей у {place}.",
}
SAY = {
    "en": "{who} said fighting continued near {place} and the road to {place2} was cut.",
    "id": "{who} mengatakan pertempuran berlanjut di dekat {place} dan jalan ke {place2} terputus.",
    "ru": "{who} заявили, что бои продолжаются у {place}, а дорога на {place2} перерезана.",
}


@dataclass
class Desk:
    """A synthetic investigation under construction, with its planted pairs."""

    rng: random.Random
    places: list[str]
    speakers: list[Speaker]
    sources: list[Source] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    planted: set[tuple[str, str, str]] = field(default_factory=set)
    _n: int = 0

    def new_id(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}{self._n:07d}"

    def snapshot(self) -> Snapshot:
        return Snapshot.build(self.sources, self.statements, self.speakers, self.claims)


def make_desk(seed: int = 7, n_places: int = 400) -> Desk:
    rng = random.Random(seed)
    places = sorted({"".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).title()
                     for _ in range(n_places * 2)})[:n_places]  # fmt: skip
    speakers = [
        Speaker(f"p{i:03d}", f"{side} official {i}", (f"{side} source {i}",), "officials", side)
        for i, side in enumerate(SIDES * 15)
    ]
    return Desk(rng, places, speakers)


def _text(desk: Desk, template: str, speaker: Speaker, place: str, place2: str, **kw) -> str:
    target = desk.rng.choice([s for s in SIDES if s != speaker.side])
    return template.format(who=speaker.name, target=target, place=place, place2=place2, **kw)


def add_article(desk: Desk, n_claims: int, date: str, extra_appearances: int = 0) -> list[str]:
    """One report of `n_claims` claims (plus re-reports of each), planting pairs as it goes."""
    rng = desk.rng
    lang = rng.choice(("en", "id", "ru"))
    sentences: list[tuple[str, str, str]] = []  # (text, speaker, claim id)
    new_claims: list[str] = []
    while len(sentences) < n_claims:
        kind = rng.random()
        place, place2 = rng.sample(desk.places, 2)
        speaker = rng.choice(desk.speakers)
        cid = desk.new_id("c")
        if kind < 0.2 and len(sentences) + 2 <= n_claims:  # accusation + denial
            opp = rng.choice([s for s in desk.speakers if s.side not in (speaker.side, "Russia")])
            text = ACCUSE[lang].format(who=speaker.name, target=opp.side, place=place,
                                       place2=place2)  # fmt: skip
            did = desk.new_id("c")
            sentences += [(text, speaker.id, cid),
                          (DENY[lang].format(who=opp.name, place=place), opp.id, did)]  # fmt: skip
            desk.planted.add((*sorted((cid, did)), "contradicts"))
            new_claims += [cid, did]
            continue
        if kind < 0.4:
            troops, civ = rng.randint(100, 3000), rng.randint(3, 400)
            kw = {"troops": troops, "civ": civ, "troops_id": f"{troops:,}".replace(",", "."),
                  "troops_ru": f"{troops:,}".replace(",", "\u00a0")}  # fmt: skip
            text = _text(desk, TOLL[lang], speaker, place, place2, **kw)
            if rng.random() < 0.5:  # the same speaker's count in another language: a merge
                other = rng.choice([x for x in ("en", "id", "ru") if x != lang])
                twin = desk.new_id("c")
                _publish(desk, other, date, [(_text(desk, TOLL[other], speaker, place, place2,
                                                    **kw), speaker.id, twin)])  # fmt: skip
                desk.planted.add((*sorted((cid, twin)), "same-claim"))
                new_claims.append(twin)
        else:
            text = _text(desk, SAY[lang], speaker, place, place2)
        sentences.append((text, speaker.id, cid))
        new_claims.append(cid)
    _publish(desk, lang, date, sentences)
    for _ in range(extra_appearances):  # other outlets re-reporting the same claims
        _publish(desk, lang, date, [(t, s, c) for t, s, c in sentences])
    return new_claims


def _publish(desk: Desk, lang: str, date: str, sentences: list[tuple[str, str, str]]) -> None:
    sid = desk.new_id("s")
    text = "Report\n" + " ".join(t for t, _, _ in sentences)
    desk.sources.append(Source(sid, "Report", text, hashlib.sha256(text.encode()).hexdigest(),
                               lang=lang, published=date))  # fmt: skip
    known = {c.id for c in desk.claims[-len(sentences) * 2 :]}
    cursor = 0
    for t, speaker, cid in sentences:
        start = text.index(t, cursor)
        cursor = start + len(t)
        desk.statements.append(Statement(desk.new_id("t"), sid, start, cursor,
                                         speaker=speaker, claim=cid))  # fmt: skip
        if cid not in known:
            desk.claims.append(Claim(cid, t, speaker=speaker))
            known.add(cid)


def _date(i: int) -> str:
    return f"2020-{10 + i // 31 % 2:02d}-{1 + i % 28:02d}"


def recall(found: set[tuple[str, str, str]], planted: set[tuple[str, str, str]]) -> float:
    return len(found & planted) / len(planted) if planted else 1.0


def full_pass(n_claims: int) -> tuple[Desk, float, float, set[tuple[str, str, str]]]:
    desk = make_desk()
    i = 0
    while len(desk.claims) < n_claims:
        add_article(desk, 30, _date(i))
        i += 1
    snap = desk.snapshot()
    t0 = time.perf_counter()
    suggester = LinkSuggester(snap)
    t1 = time.perf_counter()
    cands = suggester.candidates(None, limit=10**9)
    t2 = time.perf_counter()
    found = {(*sorted((c.a, c.b)), c.relation) for c in cands}
    print(f"full pass: {len(snap.claims):,} claims, {len(snap.statements):,} statements")
    print(f"  index {t1 - t0:.2f} s + candidates {t2 - t1:.2f} s = {t2 - t0:.2f} s; "
          f"{len(cands):,} candidates")  # fmt: skip
    for rel in ("contradicts", "same-claim"):
        planted = {p for p in desk.planted if p[2] == rel}
        print(f"  recall on {len(planted):,} planted {rel}: {recall(found, planted):.3f}")
    return desk, t0, t2, found


def incremental_pass() -> None:
    desk = make_desk(seed=11)
    i = 0
    while len(desk.claims) < 5000:
        add_article(desk, 30, _date(i), extra_appearances=19)
        i += 1
    t0 = time.perf_counter()
    before = LinkSuggester(desk.snapshot())
    t1 = time.perf_counter()
    new_ids = add_article(desk, 30, _date(i))
    snap = desk.snapshot()
    t2 = time.perf_counter()
    suggester = LinkSuggester(snap, previous=before)
    t3 = time.perf_counter()
    cands = suggester.candidates(new_ids, limit=200)
    t4 = time.perf_counter()
    print(f"incremental: {len(new_ids)} new claims vs {len(snap.claims):,} claims, "
          f"{len(snap.statements):,} statements")  # fmt: skip
    print(f"  cold index {t1 - t0:.2f} s (once per session); after the new article: "
          f"re-index with previous= {t3 - t2:.2f} s + candidates {t4 - t3:.3f} s "
          f"= {t4 - t2:.2f} s; {len(cands)} candidates")  # fmt: skip


def brute_force(desk: Desk, sample: int, blocked_seconds_per_claim: float) -> None:
    try:
        import numpy  # noqa: F401  (process.cdist needs it)
    except ImportError:
        print("brute force skipped: rapidfuzz.process.cdist needs numpy (not installed)")
        return
    claims = desk.claims[:sample]
    ids = {c.id for c in claims}
    texts = [c.summary for c in claims]
    t0 = time.perf_counter()
    matrix = process.cdist(texts, texts, scorer=fuzz.token_set_ratio,
                           processor=utils.default_process, score_cutoff=SAME_CLAIM_CUTOFF,
                           workers=-1)  # fmt: skip
    seconds = time.perf_counter() - t0
    full = seconds * (len(desk.claims) / sample) ** 2
    index = {c.id: k for k, c in enumerate(claims)}
    planted = {p for p in desk.planted if p[0] in ids and p[1] in ids}
    hit = {p for p in planted if matrix[index[p[0]], index[p[1]]] >= SAME_CLAIM_CUTOFF}
    print(f"brute force cdist(token_set_ratio, cutoff {SAME_CLAIM_CUTOFF:g}) on {sample:,} claims: "
          f"{seconds:.2f} s → ~{full:.0f} s for {len(desk.claims):,} (quadratic)")  # fmt: skip
    print(
        f"  brute-force text similarity finds {recall(hit, planted):.3f} of "
        f"{len(planted)} planted pairs in the sample (cross-language ones it cannot see)"
    )
    blocked = blocked_seconds_per_claim * len(desk.claims)
    print(f"  ratio brute force / blocked full pass: ~{full / blocked:.0f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--brute", type=int, default=2_000, help="cdist sample size")
    args = parser.parse_args()
    desk, t0, t2, _ = full_pass(args.claims)
    incremental_pass()
    brute_force(desk, min(args.brute, len(desk.claims)), (t2 - t0) / len(desk.claims))


if __name__ == "__main__":
    main()
