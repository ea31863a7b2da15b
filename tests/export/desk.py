"""Hand-built investigations for the export tests: a small war desk and a hostile twin."""

from __future__ import annotations

import shutil

import pytest

from claimtrack.model import (
    Claim,
    Evidence,
    Link,
    Outcome,
    Quantity,
    Source,
    Speaker,
    Statement,
)
from claimtrack.snapshot import Snapshot

EN_SENTENCES = (
    "Azerbaijan's President Ilham Aliyev said on Sunday that Armenia had lost 1,166 troops.",
    "Nagorno-Karabakh officials accused Azerbaijan of targeting the town of Martuni, saying "
    "at least 45 civilians had been killed.",
    "Azerbaijan's defence ministry denied targeting civilians.",
    "The fighting entered its second month.",
    "Armenia's defence ministry said its losses were far lower than Baku claimed.",
)
ID_SENTENCES = (
    "Pejabat Nagorno-Karabakh menuduh Azerbaijan menargetkan kota Martuni, dengan sedikitnya "
    "45 warga sipil tewas.",
    "Pasukan Azerbaijan terus menembaki pemukiman sipil, kata mereka.",
    "Presiden Azerbaijan Ilham Aliyev berbicara dalam pertemuan pada Minggu.",
)


def spans(sentences: tuple[str, ...]) -> tuple[str, list[tuple[int, int]]]:
    """The text of sentences joined by spaces, and each sentence's [start, end)."""
    text, result = "", []
    for sentence in sentences:
        if text:
            text += " "
        result.append((len(text), len(text) + len(sentence)))
        text += sentence
    return text, result


def war_desk_records() -> dict[str, list]:
    """Records of the war desk: 2 sources (en, id), 4 speakers, 5 claims, 4 links, 5 outcomes."""
    en_text, en = spans(EN_SENTENCES)
    id_text, idn = spans(ID_SENTENCES)
    sources = [
        Source(
            id="src1en",
            title="Azerbaijan, Armenia trade accusations over Martuni",
            text=en_text,
            hash="h-en",
            lang="en",
            outlet="Al Jazeera",
            url="https://www.aljazeera.com/news/2020/10/29/martuni",
            published="2020-10-29",
            reliability="B",
            imported="2020-11-02T10:00:00Z",
        ),
        Source(
            id="src2id",
            title="Presiden Azerbaijan: Armenia kehilangan 1.166 pasukan",
            text=id_text,
            hash="h-id",
            lang="id",
            outlet="Gatra",
            url="https://www.gatra.com/detail/news/2020/11/01/martuni",
            published="2020-11-01",
            imported="2020-11-02T10:05:00Z",
        ),
    ]
    speakers = [
        Speaker("saliyev", "Ilham Aliyev", ("Aliyev", "Presiden Azerbaijan", "Алиев"), "person"),
        Speaker("sazmod", "Azerbaijan Ministry of Defence", ("MoD Azerbaijan",), "ministry"),
        Speaker("snk", "Nagorno-Karabakh officials", ("Pejabat Nagorno-Karabakh",), "officials"),
        Speaker("sarmmod", "Armenian Ministry of Defence", (), "ministry"),
    ]
    sides = {"saliyev": "azerbaijan", "sazmod": "azerbaijan", "snk": "armenia"}
    speakers = [s.replace(side=sides.get(s.id, "armenia")) for s in speakers]
    statements = [
        Statement("st1", "src1en", *en[0], speaker="saliyev", claim="ctroops"),
        Statement("st2", "src1en", *en[1], speaker="snk", claim="ccivil"),
        Statement("st3", "src1en", *en[2], speaker="sazmod", claim="cdeny"),
        Statement("st4", "src1en", *en[3], narration=True),
        Statement("st5", "src1en", *en[4], speaker="sarmmod", claim="clower"),
        Statement("st6", "src2id", *idn[0], speaker="snk", claim="ccivil"),
        Statement("st7", "src2id", *idn[1], speaker="snk", claim="cshell", note="trailing cue"),
        Statement("st8", "src2id", *idn[2]),
    ]
    claims = [
        Claim(
            "ctroops",
            "Armenia has lost 1,166 troops",
            speaker="saliyev",
            tags=("casualties",),
            quantities=(Quantity(1166, 1166, "killed", "troops", "exact", "1,166 troops"),),
            created="2020-11-02T11:00:00Z",
        ),
        Claim(
            "ccivil",
            "Azerbaijan targeted Martuni; at least 45 civilians killed",
            speaker="snk",
            tags=("casualties", "martuni"),
            quantities=(Quantity(45, 45, "killed", "civilians", "at-least", "at least 45"),),
            created="2020-11-02T11:01:00Z",
        ),
        Claim("cdeny", "Azerbaijan does not target civilians", speaker="sazmod", tags=("martuni",)),
        Claim(
            "cshell",
            "Azerbaijani forces keep shelling civilian settlements",
            speaker="snk",
            tags=("martuni",),
            note="vague: no place named",
        ),
        Claim(
            "clower",
            "Armenian losses are far lower than Azerbaijan claims",
            speaker="sarmmod",
            tags=("casualties",),
            quantities=(Quantity(100, 300, "killed", "troops", "about", "a few hundred"),),
        ),
    ]
    links = [
        Link("l1", "clower", "ctroops", "contradicts", note="Loss figures disputed", analyst="ana"),
        Link("l2", "cdeny", "ccivil", "contradicts", analyst="ana"),
        Link("l3", "cdeny", "ccivil", "responds-to", analyst="ana"),
        Link("l4", "cshell", "ccivil", "supports", analyst="ben"),
    ]
    hrw = Evidence(
        "https://www.hrw.org/news/2020/11/05/martuni", "HRW: Martuni shelling", "2020-11-05"
    )
    outcomes = [
        Outcome("o1", "ccivil", "mixed", "2020-11-05", "Casualty count unconfirmed", (hrw,), "ana"),
        Outcome(
            "o2",
            "ccivil",
            "mostly-true",
            "2020-11-20",
            "Town hit; 41 civilian deaths confirmed",
            (hrw, Evidence("https://www.icrc.org/en/martuni", "ICRC update", "2020-11-19")),
            "ana",
        ),
        Outcome("o3", "cdeny", "false", "2020-11-20", "Shelling documented", (hrw,), "ana"),
        Outcome("o4", "ctroops", "unverifiable", "2020-12-01", "No independent count", (), "ben"),
        Outcome("o5", "clower", "open", "2020-11-10", None, (), "ben"),
    ]  # fmt: skip
    return {
        "sources": sources,
        "statements": statements,
        "speakers": speakers,
        "claims": claims,
        "links": links,
        "outcomes": outcomes,
    }


def build(records: dict[str, list], reverse: bool = False) -> Snapshot:
    """A Snapshot from records (optionally inserted in reverse order)."""
    if reverse:
        records = {k: list(reversed(v)) for k, v in records.items()}
    return Snapshot.build(**records)


HOSTILE = (
    'He said "no" <b>&amp;</b> \\ back\\N\nnew line\r\nnext \u202eRTL\u202c \u200f 🚀 '
    "=cmd|' /C calc'!A0 [bold]x[/] \x1b[31mred\x1b[0m \x00nul `tick` ]|--> "
    "<script>alert(1)</script> # head %% comment ; end } { -> [[x]] \ud800 \ufffe"
)
HOSTILE_ID = 'c"]-->x'


def hostile_records() -> dict[str, list]:
    """The war desk with hostile text in every free-text field and two hostile ids."""
    records = war_desk_records()
    text = HOSTILE + " " + HOSTILE
    records["sources"] = [
        s.replace(title=HOSTILE, text=text, outlet=HOSTILE, url="javascript:alert(1)")
        if s.id == "src2id"
        else s.replace(title=HOSTILE, outlet='=HYPERLINK("http://x")')
        for s in records["sources"]
    ]
    # The id source keeps its spans valid: both statements now cut the hostile text.
    records["statements"] = [
        st.replace(start=0, end=len(HOSTILE)) if st.source == "src2id" else st
        for st in records["statements"]
    ]
    records["speakers"] = [
        s.replace(name=HOSTILE, side=HOSTILE, aliases=(HOSTILE,)) if s.id == "snk" else s
        for s in records["speakers"]
    ]
    claims = []
    for claim in records["claims"]:
        claim = claim.replace(
            summary=HOSTILE,
            note=HOSTILE,
            tags=(*claim.tags, HOSTILE),
            quantities=tuple(
                q.replace(text=HOSTILE, subject="-" + HOSTILE) for q in claim.quantities
            ),
        )
        claims.append(claim)
    records["claims"] = claims
    records["links"] = [link.replace(note=HOSTILE) for link in records["links"]]
    records["outcomes"] = [
        o.replace(
            note=HOSTILE,
            analyst=HOSTILE,
            evidence=(Evidence("https://x.test/a?b=<c>", HOSTILE, "2020-11-05"),),
        )
        for o in records["outcomes"]
    ]
    return rename_claim(records, "cdeny", HOSTILE_ID)


def rename_claim(records: dict[str, list], old: str, new: str) -> dict[str, list]:
    """Give one claim a hostile id, following it through every reference."""

    def swap(value: str | None) -> str | None:
        return new if value == old else value

    records["claims"] = [c.replace(id=swap(c.id)) for c in records["claims"]]
    records["statements"] = [s.replace(claim=swap(s.claim)) for s in records["statements"]]
    records["links"] = [x.replace(a=swap(x.a), b=swap(x.b)) for x in records["links"]]
    records["outcomes"] = [o.replace(claim=swap(o.claim)) for o in records["outcomes"]]
    return records


needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz 'dot' not installed")


def crowded_records(claims: int, links: int, summary: str = "Shelling reported") -> dict[str, list]:
    """The war desk plus `claims` more claims by Aliyev joined by `links` more links (each
    pair once, in a fixed order): big enough for a format's size limits."""
    records = war_desk_records()
    extra = [Claim(f"cx{n:04d}", f"{summary} {n}", speaker="saliyev") for n in range(claims)]
    pairs = [(a.id, b.id) for i, a in enumerate(extra) for b in extra[i + 1 :]][:links]
    assert len(pairs) == links, "too few claims for that many links"
    records["claims"] = [*records["claims"], *extra]
    records["links"] = [
        *records["links"],
        *(Link(f"lx{n:05d}", a, b, "supports") for n, (a, b) in enumerate(pairs)),
    ]
    return records
