"""False suggestions an analyst would reject at a glance: a bystander's words denied as the
other side's, a headline "supporting" the sentence it sums up, merges of one speaker's
words about two towns or two subjects, accusations "agreeing" because both blame the enemy."""

from __future__ import annotations

import hashlib

from claimtrack.model import Claim, Source, Speaker, Statement
from claimtrack.snapshot import Snapshot
from claimtrack.suggest import LinkCandidate, LinkSuggester

SPEAKERS = [
    Speaker("vmod", "Vostanian Defence Ministry", ("defence ministry",), "ministry", "Vostania"),
    Speaker("toff", "Talmerian officials", ("Talmerian officials",), "officials", "Talmeria"),
    Speaker("pres", "Arvid Kallen", ("Kallen", "Каллен"), "person", "Vostania"),
    Speaker("icrc", "Red Cross", ("ICRC",), "organisation", "neutral"),
    Speaker("watch", "Rights Watch", (), "organisation", "Neutral"),
    Speaker("monitor", "Border Monitors", (), "organisation", "neutral"),
]

Doc = tuple[str, str, list[tuple[str, str | None]]]
"""(source id, lang, [(sentence, speaker)]): the first sentence is the report's headline."""


def build(docs: list[Doc], speakers: list[Speaker] = SPEAKERS) -> Snapshot:
    """A snapshot of reports whose first line is a headline, one claim per attributed line."""
    sources, statements, claims = [], [], []
    for sid, lang, sentences in docs:
        text = "\n\n".join(s for s, _ in sentences)
        title = sentences[0][0]
        sources.append(Source(sid, title, text, hashlib.sha256(text.encode()).hexdigest(),
                              lang=lang, published="2031-05-04"))  # fmt: skip
        for k, (sentence, speaker) in enumerate(sentences):
            start = text.index(sentence)
            cid = f"{sid}-{k}"
            claim = cid if speaker else None
            statements.append(Statement(f"st-{cid}", sid, start, start + len(sentence),
                                        speaker=speaker, claim=claim))  # fmt: skip
            if speaker:
                claims.append(Claim(cid, sentence, speaker=speaker))
    return Snapshot.build(sources, statements, speakers, claims)


def suggested(docs: list[Doc]) -> list[LinkCandidate]:
    return LinkSuggester(build(docs)).candidates(limit=200)


def touching(cands: list[LinkCandidate], a: str, b: str) -> list[str]:
    return sorted(c.relation for c in cands if {c.a, c.b} == {a, b})


ACCUSED = "Talmerian officials accused Vostania of shelling the town of Dorvik overnight."
NO_ACCESS = "Our teams could not reach the villages south of Dorvik, the Red Cross said."
DENIED = "The Vostanian defence ministry denied the accusation."
REMNANTS = "Rights Watch said it had found cluster munition remnants in Dorvik."
CRATERS = "Border Monitors said they had counted shell craters in Dorvik."


def test_a_neutral_bystander_is_no_side_to_deny_or_to_agree_with() -> None:
    """A speaker tagged `--side neutral` (the Red Cross, a rights group) takes no side: a
    denial after its words answers the accusation before them, not "Access is our biggest
    problem", and two rights groups are not allies supporting each other by default."""
    cands = suggested(
        [
            (
                "en1",
                "en",
                [
                    ("Shelling reported in Dorvik", None),
                    (ACCUSED, "toff"),
                    (NO_ACCESS, "icrc"),
                    (DENIED, "vmod"),
                ],
            ),
            (
                "en2",
                "en",
                [
                    ("Monitors count shell craters in Dorvik", None),
                    (REMNANTS, "watch"),
                    (CRATERS, "monitor"),
                ],
            ),
        ]
    )
    assert "responds-to" in touching(cands, "en1-3", "en1-1")
    assert touching(cands, "en1-3", "en1-2") == []
    assert touching(cands, "en2-1", "en2-2") == []


SHELLED_POSTS = "The defence ministry accused Talmeria of shelling army posts near Kessel."
SHELLED_ORLEN = "Kallen accused Talmeria of shelling homes in Orlen at dawn."
MERCENARIES_MOD = "The defence ministry accused Brennia of sending mercenaries to the front."
MERCENARIES_PRES = "In a televised address Kallen accused Brennia of paying mercenaries."
TALMERIAN_CLAIMS = [
    ("Talmerian officials said Talmeria would not give up a single village.", "toff"),
    ("Talmerian officials said Talmeria had repelled two attacks near Dorvik.", "toff"),
    ("Talmerian officials said Talmeria was ready to resume talks.", "toff"),
    ("Talmerian officials said Talmeria had evacuated Dorvik.", "toff"),
]


def test_two_accusations_of_the_enemy_share_no_subject() -> None:
    """In a war every accusation of one side names the other: "accused Talmeria of shelling
    posts near Kessel" does not support "accused Talmeria of shelling homes in Orlen" (it
    was "shared names: Talmeria; subjects: shelling"), while two claims accusing a party few
    name ("accused Brennia of sending mercenaries") still support each other."""
    cands = suggested(
        [
            ("en1", "en", [("Talmeria denies shelling", None), *TALMERIAN_CLAIMS]),
            (
                "en2",
                "en",
                [
                    ("Vostania blames Talmeria", None),
                    (SHELLED_POSTS, "vmod"),
                    (MERCENARIES_MOD, "vmod"),
                ],
            ),
            (
                "en3",
                "en",
                [("Kallen speaks", None), (SHELLED_ORLEN, "pres"), (MERCENARIES_PRES, "pres")],
            ),
        ]
    )
    assert touching(cands, "en2-1", "en3-1") == []
    assert "supports" in touching(cands, "en2-2", "en3-2")


ORLEN_MASSACRE = "Kallen said Talmeria's attack on Orlen was a deliberate massacre of civilians."
KESSEL_EN = "Kallen said Talmeria deliberately targeted civilians in Kessel as they slept."
KESSEL_HEADLINE_ID = "Vostania Tuding Talmeria Tembakkan Rudal ke Kessel"
KESSEL_ID = '"Talmeria sengaja menargetkan warga sipil saat mereka tidur," kata Kallen.'


def test_an_attack_named_only_by_its_headline_is_not_another_town_s() -> None:
    """ "Talmeria sengaja menargetkan warga sipil" under a headline on a missile at Kessel is
    Kallen's word on Kessel: not one claim with (nor support for) his "attack on Orlen",
    though both blame Talmeria for deliberate attacks on civilians; it is still one claim
    with his English words on Kessel."""
    cands = suggested(
        [
            ("en1", "en", [("Kallen visits Orlen", None), (ORLEN_MASSACRE, "pres")]),
            ("en2", "en", [("Kallen visits Kessel", None), (KESSEL_EN, "pres")]),
            (
                "id1",
                "id",
                [
                    (KESSEL_HEADLINE_ID, None),
                    ("Rudal itu menghantam Kessel pada malam hari.", None),
                    (KESSEL_ID, "pres"),
                ],
            ),
            ("en3", "en", [("Talmeria replies", None), *TALMERIAN_CLAIMS]),
        ]
    )
    assert touching(cands, "en1-1", "id1-2") == []
    assert touching(cands, "en1-1", "en2-1") == []
    assert "same-claim" in touching(cands, "en2-1", "id1-2")


ROCKETS_HEADLINE = "Vostania says Talmerian rockets hit Orlen"
ROCKETS_BODY = (
    "At least four civilians died in Orlen on Monday after Talmerian rocket fire struck a "
    "crowded market, the defence ministry said in a statement."
)
RESPOND = "The defence ministry said the army would respond to every provocation."


def test_a_headline_is_one_claim_with_the_sentence_it_sums_up() -> None:
    """ "Vostania says Talmerian rockets hit Orlen" over the ministry's own "At least four
    civilians died in Orlen … after Talmerian rocket fire struck a crowded market" share few
    words, yet are one claim: a merge is proposed where "the headline supports the lede" was
    (a claim does not support itself); the ministry's other words there are not merged."""
    cands = suggested(
        [
            (
                "en1",
                "en",
                [(ROCKETS_HEADLINE, "vmod"), (ROCKETS_BODY, "vmod"), (RESPOND, "vmod")],
            ),
            ("en2", "en", [("Talmeria replies", None), *TALMERIAN_CLAIMS]),
        ]
    )
    assert touching(cands, "en1-0", "en1-1") == ["same-claim"]
    merge = next(c for c in cands if {c.a, c.b} == {"en1-0", "en1-1"})
    assert "the headline of the report telling it" in merge.reasons
    assert "same-claim" not in touching(cands, "en1-0", "en1-2")


DORVIK_CLAIMS = [
    (f"The officials said {what} in Dorvik on {day}.", "toff")
    for what in ("the water supply failed", "two schools closed", "a bridge was repaired")
    for day in ("Monday", "Tuesday", "Friday", "Sunday")
]


def test_one_speaker_naming_the_enemy_in_two_languages_says_two_things() -> None:
    """Kallen's "the agreement was Talmeria's surrender" (ru) and his "talks with Talmeria
    must end in an agreement or we fight on" (id) share a subject and the enemy's name, which
    nearly every claim has: two claims, where they were one merge ("across languages")."""
    surrender = "Каллен назвал подписанное соглашение капитуляцией Талмерии."
    fight_on = (
        "Kallen mengatakan pasukannya akan terus berperang jika perundingan dengan Talmeria "
        "gagal menghasilkan kesepakatan."
    )
    cands = suggested(
        [
            ("ru1", "ru", [("Каллен выступил", None), (surrender, "pres")]),
            ("id1", "id", [("Kallen berpidato", None), (fight_on, "pres")]),
            ("en1", "en", [("Talmeria replies", None), *TALMERIAN_CLAIMS]),
            ("en2", "en", [("Dorvik at night", None), *DORVIK_CLAIMS]),
        ]
    )
    assert touching(cands, "ru1-1", "id1-1") == []


MISSION = Speaker(
    "mission", "Black Sea Monitoring Mission", ("Миссия наблюдателей",), "organisation", "neutral"
)
RESHKO = Speaker("reshko", "Anton Reshko", ("Антон Решко",), "person", "Kestria")
DOVRIA_MOD = Speaker("dmod", "Dovrian Defence Ministry", ("Министерство обороны Дории",),
                     "ministry", "Dovria")  # fmt: skip
VARGA = Speaker("varga", "Ilse Varga", ("Ильзе Варга",), "person", "Dovria")


DOVRIA_TOLL_RU = "Министерство обороны Дории заявило, что в результате удара погибли 14 рабочих."
VARGA_CONFIRMS_RU = "Ильзе Варга заявила, что доклад миссии подтверждает все, что говорила Дория."


def test_a_reply_to_the_mission_s_report_answers_the_mission_ru() -> None:
    """ "Решко назвал доклад миссии «необъективным»" denies the mission's findings quoted in
    the report (it was no denial at all), not the ministry's toll told just before it; and
    "доклад миссии подтверждает все" (present tense) confirms those findings."""
    sentences = [
        ("Миссия наблюдателей нашла обломки беспилотника в порту Маривки", "mission"),
        (DOVRIA_TOLL_RU, "dmod"),
        ("Представитель армии Кестрии Антон Решко назвал доклад миссии «необъективным».", "reshko"),
        (VARGA_CONFIRMS_RU, "varga"),
    ]
    snap = build([("ru1", "ru", sentences)], [MISSION, RESHKO, DOVRIA_MOD, VARGA])
    cands = LinkSuggester(snap).candidates(limit=50)
    assert touching(cands, "ru1-2", "ru1-1") == []
    assert "contradicts" in touching(cands, "ru1-2", "ru1-0")
    [support] = [c for c in cands if (c.a, c.b, c.relation) == ("ru1-3", "ru1-0", "supports")]
    assert support.reasons[0].startswith("confirmation of Black Sea Monitoring Mission's")


def test_two_denials_of_two_accusations_are_two_claims() -> None:
    """One spokeswoman's "called Vostania's report disinformation" and "called Vostania's
    accusations a total lie" in two reports are worded alike but answer two accusations: not
    one claim, nor are "the deliberate attack story was a lie" under a headline on Kessel and
    the same words under one on Orlen."""
    cands = suggested(
        [
            (
                "en1",
                "en",
                [
                    ("Kremlin envoy urges calm", None),
                    ("The defence ministry said Talmerian units had fired on Kessel.", "vmod"),
                    ("Talmerian officials called Vostania's report disinformation.", "toff"),
                ],
            ),
            (
                "en2",
                "en",
                [
                    ("Missile hits Orlen, Vostania says", None),
                    ("Kallen said a Talmerian missile had hit Orlen, killing 13.", "pres"),
                    ("Talmerian officials called Vostania's accusations a total lie.", "toff"),
                ],
            ),
            (
                "en3",
                "en",
                [
                    ("Shells fall on Kessel", None),
                    ("The defence ministry accused Talmeria of shelling Kessel.", "vmod"),
                    ("Talmerian officials said the deliberate attack story was a lie.", "toff"),
                ],
            ),
            (
                "en4",
                "en",
                [
                    ("Shells fall on Orlen", None),
                    ("Kallen accused Talmeria of shelling Orlen.", "pres"),
                    ("Talmerian officials said the deliberate attack story was a lie.", "toff"),
                ],
            ),
        ]
    )
    assert "same-claim" not in touching(cands, "en1-2", "en2-2")
    assert "same-claim" not in touching(cands, "en3-2", "en4-2")


BRENNIA_MFA = Speaker("bmfa", "Brennian Foreign Ministry", ("Kementerian Luar Negeri Brennia",),
                      "ministry", "Brennia")  # fmt: skip


def test_the_line_of_contact_is_no_talks_between_leaders() -> None:
    """ "Peacekeepers will be deployed along the line of contact" ("garis kontak") is not
    "in contact with both sides": the ministry's two claims are not one ("shared subjects:
    contacts" merged them across languages)."""
    talks = "Brennia's foreign ministry said it was in contact with both sides and urged calm."
    line = (
        "Menurut Kementerian Luar Negeri Brennia, pasukan penjaga perdamaian akan dikerahkan "
        "di sepanjang garis kontak."
    )
    docs = [
        ("en1", "en", [("Brennia urges calm", None), (talks, "bmfa")]),
        ("id1", "id", [("Pasukan penjaga perdamaian tiba", None), (line, "bmfa")]),
        ("en2", "en", [("Dorvik at night", None), *DORVIK_CLAIMS]),
        ("en3", "en", [("Dorvik by day", None), *DORVIK_CLAIMS]),
        ("en4", "en", [("Dorvik at dawn", None), *DORVIK_CLAIMS]),
        ("en5", "en", [("Dorvik at dusk", None), *DORVIK_CLAIMS]),
    ]
    cands = LinkSuggester(build(docs, [*SPEAKERS, BRENNIA_MFA])).candidates(["en1-1"])
    assert touching(cands, "en1-1", "id1-1") == []


def test_tolls_naming_no_place_meet_under_headlines_on_one_town() -> None:
    """A mission with no side puts the toll at "at least 12" under a headline on Orlen's
    port; Talmeria's spokesman, under a headline on Orlen too, says "no more than three":
    a contradiction (they met nothing, naming no place themselves). The mission's toll
    under a headline on Kessel is another incident's."""
    docs = [
        (
            "en1",
            "en",
            [
                ("Monitors find drone debris in Orlen port", None),
                ("The blast destroyed a grain warehouse in Orlen.", None),
                ("According to the mission, at least 12 people were killed.", "monitor"),
            ],
        ),
        (
            "en2",
            "en",
            [
                ("Talmeria denies striking Orlen port", None),
                ("Smoke still rose over Orlen on Wednesday.", None),
                ("Talmerian officials said no more than three people were killed.", "toff"),
            ],
        ),
        (
            "en3",
            "en",
            [
                ("Monitors visit Kessel", None),
                ("Rain fell on Kessel all day.", None),
                ("According to the monitors, at least 40 people were killed.", "monitor"),
            ],
        ),
    ]
    cands = suggested(docs)
    [toll] = [c for c in cands if {c.a, c.b} == {"en1-2", "en2-2"}]
    assert toll.relation == "contradicts"
    assert "both under headlines on Orlen" in toll.reasons
    assert touching(cands, "en3-2", "en2-2") == []


def test_alike_words_naming_only_the_enemy_are_two_claims() -> None:
    """ "… said Talmerian forces had fired rockets at the town of Orlen …" and "… accused
    Talmerian forces of using the town as a base …" share the ministry's wording and the
    enemy's name that nearly every claim has: two claims (they were one at similarity 70)."""
    rockets = (
        "The defence ministry said Talmerian forces had fired rockets at the town of Orlen, "
        "killing at least four civilians."
    )
    base = (
        "The defence ministry accused Talmerian forces of using the town as a base for firing "
        "on cities."
    )
    cands = suggested(
        [
            ("en1", "en", [("Rockets hit Orlen", None), (rockets, "vmod")]),
            ("en2", "en", [("Vostania blames Talmeria", None), (base, "vmod")]),
            ("en3", "en", [("Talmeria replies", None), *TALMERIAN_CLAIMS]),
        ]
    )
    assert "same-claim" not in touching(cands, "en1-1", "en2-1")


def test_a_headline_s_other_party_denying_is_not_the_speaker_s_denial() -> None:
    """ "Vostania says its army has taken Orlen, Talmeria denies": the denial is Talmeria's,
    so the headline is Vostania's claim, which Talmeria's denial answers (with both read
    as denials, neither answered the other), and it is no denial of Talmerian claims."""
    docs = [
        (
            "en1",
            "en",
            [
                ("Vostania says its army has taken Orlen, Talmeria denies", "vmod"),
                ("Talmerian officials denied that Orlen had fallen.", "toff"),
                ("Talmerian officials said Talmerian troops still held Orlen.", "toff"),
            ],
        ),
        ("en2", "en", [("Dorvik at night", None), *DORVIK_CLAIMS]),
    ]
    cands = suggested(docs)
    assert "responds-to" in touching(cands, "en1-1", "en1-0")
    assert not [c for c in cands if c.a == "en1-0" and c.relation == "responds-to"]


MERCENARIES_BRENNIA = (
    "Kallen accused Brennia of sending mercenaries to fight alongside Talmerian troops."
)
BRENNIA_CALM = "Brennia's foreign ministry said it was in contact with both sides."


def test_a_denial_does_not_answer_an_accusation_of_another_party() -> None:
    """Kallen "accused Brennia of sending mercenaries" (Brennia, a party with speakers of its
    own): Talmeria's "rejects Vostanian claims over Orlen" does not answer it, though the
    report is headed on Orlen ("accusation ↔ denial" was proposed); Kallen's accusation of
    Talmeria there still is answered."""
    docs = [
        (
            "en1",
            "en",
            [
                ("Vostania accuses Talmeria over Orlen shelling", None),
                (MERCENARIES_BRENNIA, "pres"),
                ("Kallen accused Talmeria of shelling Orlen overnight.", "pres"),
            ],
        ),
        ("en2", "en", [("Talmeria rejects Vostanian claims over Orlen", "toff")]),
        ("en3", "en", [("Brennia urges calm", None), (BRENNIA_CALM, "bmfa")]),
        ("en4", "en", [("Dorvik at night", None), *DORVIK_CLAIMS]),
    ]
    cands = LinkSuggester(build(docs, [*SPEAKERS, BRENNIA_MFA])).candidates(["en2-0"])
    assert touching(cands, "en1-1", "en2-0") == []
    assert "contradicts" in touching(cands, "en1-2", "en2-0")


def test_a_denial_under_a_headline_on_one_town_answers_no_claim_on_another() -> None:
    """ "Talmerian officials denied shelling civilians" under "Talmeria denies shelling
    Kessel" is about Kessel: it contradicts Kallen's shelling of Kessel, not his claim in
    another report that Talmerian guns shelled Orlen."""
    docs = [
        (
            "en1",
            "en",
            [
                ("Talmeria denies shelling Kessel", None),
                ("Smoke rose over Kessel on Monday.", None),
                ("Talmerian officials denied shelling civilians.", "toff"),
            ],
        ),
        ("en2", "en", [("Orlen under fire", None), (
            "Kallen said Talmerian guns had shelled civilians in Orlen.", "pres")]),
        ("en3", "en", [("Kessel under fire", None), (
            "Kallen said Talmerian guns had shelled civilians in Kessel.", "pres")]),
        ("en4", "en", [("Dorvik at night", None), *DORVIK_CLAIMS]),
    ]  # fmt: skip
    cands = LinkSuggester(build(docs)).candidates(["en1-2"])
    assert touching(cands, "en1-2", "en2-1") == []
    assert "contradicts" in touching(cands, "en1-2", "en3-1")


def test_people_fleeing_are_not_placed_by_the_headline() -> None:
    """The Red Cross's "thousands of civilians have fled the region" under a headline on the
    fall of Kessel is not said to be about Kessel (only an attack told without its place
    is its headline's): it is still one claim with its "ribuan warga Orlen telah mengungsi"."""
    docs = [
        (
            "en1",
            "en",
            [
                ("Vostania says it has taken Kessel", None),
                ("Tanks entered Kessel at dawn.", None),
                ("The Red Cross said thousands of civilians had fled the region.", "icrc"),
            ],
        ),
        ("id1", "id", [("Warga mengungsi", None), (
            "Menurut Palang Merah, ribuan warga Orlen telah mengungsi.", "icrc")]),
    ]  # fmt: skip
    red_cross = Speaker("icrc", "Red Cross", ("ICRC", "Palang Merah"), "organisation", "neutral")
    speakers = [s for s in SPEAKERS if s.id != "icrc"] + [red_cross]
    cands = LinkSuggester(build(docs, speakers)).candidates(["en1-2"])
    assert "same-claim" in touching(cands, "en1-2", "id1-1")
