"""Link suggestions on a protest story (Makassar, en/id/ru): counts, denials, quotes.

A fresh-user review of a desk tracking a deadly protest found suggestions a war desk never
needed: gunfire read as shelling, a court ruling months later never meeting the police's
count, the central "no live ammunition" denial never meeting the reports it denies.
"""

from __future__ import annotations

from claimtrack.model import Speaker
from claimtrack.suggest import LinkCandidate, LinkSuggester
from claimtrack.suggest.concepts import concepts_of, phrase_stances
from tests.test_suggest import build

SPEAKERS = [
    Speaker("hartono", "R. Hartono", ("South Sulawesi police chief", "Р. Хартоно"), "person",
            "Government"),
    Speaker("bambang", "Bambang W. Prasetyo", ("Security Minister", "Бамбанг Прасетьо"),
            "person", "Government"),
    Speaker("arief", "Arief Nugroho", ("Ариф Нугрохо", "Opposition leader"), "person",
            "Opposition"),
    Speaker("rwa", "Rights Watch Asia", (), "organisation", "NGO"),
    Speaker("ortiz", "L. M. Ortiz", ("Ortiz",), "person", "NGO"),
    Speaker("judge", "A. Syamsuddin", ("Syamsuddin",), "person", "Court"),
    Speaker("court", "Pengadilan Negeri Makassar", ("Makassar District Court",), "government",
            "Court"),
    Speaker("hendarto", "Hendarto", ("national police spokesman",), "person", "Government"),
    Speaker("siti", "Siti Rahmawati", ("Direktur RSUP Wahidin", "Сити Рахмавати"), "person",
            "Independent"),
]  # fmt: skip


def between(cands: list[LinkCandidate], a: str, b: str) -> dict[str, LinkCandidate]:
    """The candidates suggested for the pair, by relation."""
    return {c.relation: c for c in cands if {c.a, c.b} == {a, b}}


# --- gunfire is not shelling ------------------------------------------------------------


def test_gunshot_wounds_are_gunfire_not_shelling() -> None:
    for text in (
        "sebagian besar karena luka tembak",
        "17 of them by gunfire",
        "большинство из них - от огнестрельных ранений",
        "polisi menembak ke arah kerumunan",
    ):
        found = {key for key, _ in concepts_of(text)}
        assert "#gunfire" in found and "#shelling" not in found, (text, found)
    for text in ("Armenian forces shelled Terter", "menggempur Terter", "обстрел Тертера"):
        assert "#shelling" in {key for key, _ in concepts_of(text)}, text


def test_a_reason_about_gunshot_wounds_never_says_shelling() -> None:
    snap = build(
        [
            ("id1", "id", "2025-09-03", [
                ('"Kami mencatat sedikitnya 23 orang tewas, sebagian besar karena luka '
                 'tembak," kata Arief kepada wartawan.', "arief"),
            ]),
            ("id2", "id", "2025-09-10", [
                ("Majelis hakim yang dipimpin hakim A. Syamsuddin menyatakan 12 orang tewas, "
                 "sebagian besar akibat luka tembak.", "judge"),
            ]),
        ],
        SPEAKERS,
    )  # fmt: skip
    contra = between(LinkSuggester(snap).candidates(), "id1-0", "id2-0")["contradicts"]
    assert not any("shelling" in r for r in contra.reasons), contra.reasons
    assert any("subjects: gunfire" in r for r in contra.reasons), contra.reasons


# --- a later ruling settles an earlier count -------------------------------------------

POLICE_11 = ('"Eleven people died, most of them in a crush at the gate," South Sulawesi police '
             "chief Insp. Gen. R. Hartono said Tuesday at a news conference.")  # fmt: skip
COURT_22 = "Majelis hakim yang dipimpin hakim A. Syamsuddin menyatakan sedikitnya 22 orang tewas."


def test_a_court_ruling_months_later_contradicts_the_police_count() -> None:
    snap = build(
        [
            ("en1", "en", "2025-09-02", [(POLICE_11, "hartono")]),
            ("id1", "id", "2026-02-10", [(COURT_22, "judge")]),
        ],
        SPEAKERS,
    )
    contra = between(LinkSuggester(snap).candidates(), "en1-0", "id1-0")["contradicts"]
    assert "numbers conflict: 11 people killed vs at least 22 people killed" in contra.reasons


def test_counts_of_other_things_months_apart_do_not_meet() -> None:
    wounded = "Majelis hakim menyatakan sedikitnya 220 orang luka-luka."
    snap = build(
        [
            ("en1", "en", "2025-09-02", [(POLICE_11, "hartono")]),
            ("id1", "id", "2026-02-10", [(wounded, "judge")]),
        ],
        SPEAKERS,
    )
    assert between(LinkSuggester(snap).candidates(), "en1-0", "id1-0") == {}


# --- "no live ammunition was used" against the reports of it ---------------------------


def test_a_weapon_said_not_to_be_used_is_denied_in_three_languages() -> None:
    said = {
        "Bambang said Tuesday that no live ammunition had been used.": "no live ammunition",
        '"Not a single live bullet was fired," Prasetyo told reporters.':
            "not a single live bullet",
        '"Tidak ada satu pun peluru tajam yang ditembakkan. Itu hoaks," ujar Bambang.':
            "tidak ada satu pun peluru tajam",
        "погибли 11 человек, а полиция не применяла боевые патроны.":
            "не применяла боевые патроны",
        "We did not use cluster munitions.": "not use cluster",
    }  # fmt: skip
    for text, phrase in said.items():
        assert phrase_stances(text).get("deny") == phrase, text
    for text in (
        "The evidence points to the use of live ammunition against unarmed protesters.",
        "Polisi terbukti menggunakan peluru tajam.",
        "Armenia has not stopped shelling Terter.",
        # the court: "that there was no live ammunition is not proven" denies nothing
        '"Dalil tergugat bahwa tidak ada peluru tajam tidak terbukti," ujar Syamsuddin.',
    ):
        assert "deny" not in phrase_stances(text), text


MINISTER = (
    "Security Minister Bambang W. Prasetyo said Tuesday that no live ammunition had been used."
)
MINISTER_ID = '"Tidak ada satu pun peluru tajam yang ditembakkan. Itu hoaks," ujar Bambang.'
MINISTER_RU = ("По словам министра Бамбанга Прасетьо, в ходе беспорядков погибли 11 человек, а "
               "полиция не применяла боевые патроны.")  # fmt: skip
NGO = ('"The evidence points to the use of live ammunition against unarmed protesters," Rights '
       "Watch Asia's Indonesia researcher, L. M. Ortiz, told reporters in Jakarta.")  # fmt: skip
MINISTER_VERB = ("Menteri Bambang W. Prasetyo membantah aparat menggunakan peluru tajam saat "
                 "membubarkan unjuk rasa.")  # fmt: skip
COURT = ("Pengadilan Negeri Makassar memutuskan aparat kepolisian terbukti menggunakan peluru "
         "tajam saat membubarkan demonstrasi.")  # fmt: skip
COURT_QUOTE = '"Dalil tergugat bahwa tidak ada peluru tajam tidak terbukti," ujar Syamsuddin.'


def test_the_denial_of_live_ammunition_contradicts_the_reports_of_it() -> None:
    snap = build(
        [
            ("en1", "en", "2025-09-02", [(MINISTER, "bambang")]),
            ("id1", "id", "2025-09-03", [(MINISTER_ID, "bambang")]),
            ("ru1", "ru", "2025-09-04", [(MINISTER_RU, "bambang")]),
            ("id3", "id", "2025-09-03", [(MINISTER_VERB, "bambang")]),
            ("en2", "en", "2025-09-20", [(NGO, "ortiz")]),
            ("id2", "id", "2026-02-10", [(COURT, "court"), (COURT_QUOTE, "judge")]),
        ],
        SPEAKERS,
    )
    cands = LinkSuggester(snap).candidates(limit=500)
    for denial in ("en1-0", "id1-0", "ru1-0", "id3-0"):
        for report in ("en2-0", "id2-0", "id2-1"):
            contra = between(cands, denial, report).get("contradicts")
            assert contra is not None, (denial, report)
            assert any(r.startswith("denies what it states") for r in contra.reasons)
    # the court rejecting the denial is no denial of the NGO's finding
    assert "contradicts" not in between(cands, "en2-0", "id2-1")


# --- one speaker's number across languages ---------------------------------------------


def test_one_speakers_count_in_two_languages_is_one_claim() -> None:
    snap = build(
        [
            ("id1", "id", "2025-09-03", [
                ("Direktur RSUP Wahidin, dr. Siti Rahmawati, menyatakan rumah sakitnya menerima "
                 "hampir dua ratus pasien luka-luka sejak Senin malam.", "siti"),
            ]),
            ("ru1", "ru", "2025-09-04", [
                ("Около двухсот человек получили ранения, сообщила директор больницы имени "
                 "Вахидина Сити Рахмавати.", "siti"),
            ]),
        ],
        SPEAKERS,
    )  # fmt: skip
    same = between(LinkSuggester(snap).candidates(), "id1-0", "ru1-0")["same-claim"]
    assert "same speaker (Siti Rahmawati)" in same.reasons
    assert "same numbers: 200" in same.reasons


def test_two_speakers_giving_one_figure_are_not_one_claim() -> None:
    minister = "Menurut Bambang, jumlah korban meninggal sebanyak sebelas orang."
    snap = build(
        [
            ("en1", "en", "2025-09-02", [(POLICE_11, "hartono")]),
            ("id1", "id", "2025-09-03", [(minister, "bambang")]),
            ("id2", "id", "2025-09-04", [(minister.replace("Menurut", "Kata"), "bambang")]),
        ],
        SPEAKERS,
    )
    cands = LinkSuggester(snap).candidates()
    assert "same-claim" not in between(cands, "en1-0", "id1-0")
    assert "same-claim" not in between(cands, "en1-0", "id2-0")
    assert "same-claim" in between(cands, "id1-0", "id2-0")  # one speaker, one text


# --- a confirmation of a named report ---------------------------------------------------

OPED = [
    ("According to a report released Thursday by Rights Watch Asia, at least 24 people were "
     "killed, 17 of them by gunfire, and nearly 300 were injured.", "rwa"),
    ("Police revised their count to fourteen deaths last week, but still insist no live "
     "rounds were fired.", "hartono"),
    ('"Fourteen lives lost, and each one is being investigated," national police spokesman '
     "Brig. Gen. Hendarto wrote on X.", "hendarto"),
    ('In a statement, Security Minister Bambang W. Prasetyo said the report relied on '
     '"hearsay and anonymous witnesses."', "bambang"),
    ('Opposition leader Arief Nugroho wrote on Telegram that the report "confirms everything '
     'we said from day one."', "arief"),
]  # fmt: skip


def test_confirming_a_named_report_supports_that_report_only() -> None:
    snap = build([("en1", "en", "2025-09-25", OPED)], SPEAKERS)
    cands = LinkSuggester(snap).candidates(limit=500)
    supports = [c for c in cands if c.relation == "supports" and c.a == "en1-4"]
    assert [c.b for c in supports] == ["en1-0"], supports
    assert 'confirmation of Rights Watch Asia\'s report ("confirms")' in supports[0].reasons
    # a rebuttal citing the report first does not make the report the government's
    rebuttal = ('Minister Bambang W. Prasetyo called the report "biased" and said it relied on '
                "hearsay.", "bambang")  # fmt: skip
    snap = build([("en1", "en", "2025-09-25", [rebuttal, OPED[-1]])], SPEAKERS)
    assert not [c for c in LinkSuggester(snap).candidates() if c.relation == "supports"]


def test_a_bare_confirmation_supports_what_it_follows() -> None:
    snap = build(
        [("en1", "en", "2025-09-25", [
            ("Rights Watch Asia said police fired on the crowd outside the parliament.", "rwa"),
            ("The police chief R. Hartono later confirmed it.", "hartono"),
        ])],
        SPEAKERS,
    )  # fmt: skip
    [support] = [c for c in LinkSuggester(snap).candidates() if c.relation == "supports"]
    assert (support.a, support.b) == ("en1-1", "en1-0")
    assert 'confirmation from the other side ("confirmed")' in support.reasons


def test_a_weapon_denied_is_no_denial_of_the_claim_before_it() -> None:
    hospital = (
        "Dr. Siti Rahmawati, director of Wahidin General Hospital, said her hospital had "
        "received 19 bodies and nearly 200 injured people since Monday night."
    )
    snap = build(
        [("en1", "en", "2025-09-02", [(hospital, "siti"), (MINISTER, "bambang")])], SPEAKERS
    )
    assert between(LinkSuggester(snap).candidates(), "en1-0", "en1-1") == {}


def test_a_denial_about_one_town_answers_no_accusation_about_another() -> None:
    speakers = [
        Speaker("az", "Azerbaijani Defence Ministry", (), "ministry", "Azerbaijan"),
        Speaker("nk", "Nagorno-Karabakh officials", (), "officials", "Armenia"),
    ]
    snap = build(
        [
            ("en1", "en", "2020-10-05", [
                ("Karabakh officials accused Azerbaijan of shelling homes in Martuni.", "nk"),
            ]),
            ("en2", "en", "2020-10-06", [
                ("Azerbaijan's defence ministry denied shelling Barda overnight.", "az"),
                ("Azerbaijan's defence ministry denied shelling Martuni overnight.", "az"),
            ]),
        ],
        speakers,
    )  # fmt: skip
    cands = LinkSuggester(snap).candidates()
    assert between(cands, "en1-0", "en2-0") == {}
    assert {"contradicts", "responds-to"} <= between(cands, "en1-0", "en2-1").keys()
