"""What a denial answers, and words that tell nothing of what a claim is about."""

from __future__ import annotations

from claimtrack.model import Speaker
from claimtrack.suggest import LinkCandidate, LinkSuggester
from tests.test_suggest import build

SPEAKERS = [
    Speaker("azpros", "Azerbaijani Prosecutor General's Office", (), "officials", "Azerbaijan"),
    Speaker("azmod", "Azerbaijani Defence Ministry", (), "ministry", "Azerbaijan"),
    Speaker("armgov", "Armenian government", (), "government", "Armenia"),
]


def relations(cands: list[LinkCandidate], a: str, b: str) -> set[str]:
    return {c.relation for c in cands if {c.a, c.b} == {a, b}}


def test_a_bare_denial_answers_the_speaker_quoted_just_before_it() -> None:
    # ru: a toll, then the ministry's report of shelling, then "Yerevan refuted this".
    snap = build(
        [
            (
                "ru1",
                "ru",
                "2020-10-20",
                [
                    ("Прокуратура сообщила, что погибли двое мирных жителей.", "azpros"),
                    (
                        "Минобороны заявило, что армянские войска ночью обстреляли Геранбой.",
                        "azmod",
                    ),
                    ("В Ереване эту информацию опровергли.", "armgov"),
                ],
            )
        ],
        SPEAKERS,
    )
    cands = LinkSuggester(snap).candidates()
    assert "responds-to" in relations(cands, "ru1-2", "ru1-1")
    assert "responds-to" not in relations(cands, "ru1-2", "ru1-0")
    assert "contradicts" in relations(cands, "ru1-2", "ru1-0")  # still offered


def test_one_claim_or_all_give_the_same_answer() -> None:
    snap = build(
        [
            (
                "id1",
                "id",
                "2020-10-20",
                [
                    ("Kejaksaan menyatakan dua warga sipil tewas di Goranboy.", "azpros"),
                    ("Kementerian menyebut pasukan Armenia menembaki Goranboy semalam.", "azmod"),
                    ("Pihak Armenia membantah informasi itu.", "armgov"),
                ],
            )
        ],
        SPEAKERS,
    )
    suggester = LinkSuggester(snap)
    everything = [c for c in suggester.candidates() if "id1-0" in (c.a, c.b)]
    assert everything == suggester.candidates(["id1-0"])
    assert "responds-to" not in relations(everything, "id1-2", "id1-0")


def test_where_a_claim_was_posted_is_no_shared_place() -> None:
    # One aide on two towns, both times on Twitter: not one claim, and no "shared names".
    hajiyev = Speaker("hh", "Hikmet Hajiyev", ("Hajiyev", "Гаджиев"), "person", "Azerbaijan")
    snap = build(
        [
            ("en1", "en", "2020-10-11", [
                ("On Twitter, Hajiyev said civilians in Ganja were deliberately targeted.", "hh")]),
            ("ru1", "ru", "2020-10-29", [
                ("Помощник Президента Гаджиев в Twitter опроверг гибель мирных жителей в Мартуни.",
                 "hh")]),
        ],
        [*SPEAKERS, hajiyev],
    )  # fmt: skip
    cands = LinkSuggester(snap).candidates()
    assert relations(cands, "en1-0", "ru1-0") == set()
    shared = [r for c in cands for r in c.reasons if "shared" in r]
    assert not any("Twitter" in r or "Президента" in r for r in shared), shared


def test_an_admission_supports_only_the_claim_it_answers() -> None:
    # id: two Azerbaijani claims, then an Armenian admission answering the last one.
    snap = build(
        [("id1", "id", "2020-11-02", [
            ("Kejaksaan menyatakan tiga warga sipil terluka di Barda.", "azpros"),
            ("Kementerian menyebut pasukannya telah maju ke selatan.", "azmod"),
            ("Pemerintah Armenia mengakui bahwa situasinya sulit.", "armgov"),
        ])],
        SPEAKERS,
    )  # fmt: skip
    cands = LinkSuggester(snap).candidates()
    assert "supports" in relations(cands, "id1-2", "id1-1")
    assert "supports" not in relations(cands, "id1-2", "id1-0")


def test_a_confirmation_someone_did_not_give_supports_nothing() -> None:
    snap = build(
        [("en1", "en", "2020-11-12", [
            ("The ministry said its troops had reached the outskirts of Lachin.", "azmod"),
            ("Yerevan said it had not confirmed the report.", "armgov"),
        ]), ("ru1", "ru", "2020-11-12", [
            ("Минобороны заявило, что войска вышли к Лачину.", "azmod"),
            ("В Ереване эти сведения не подтвердили.", "armgov"),
        ])],
        SPEAKERS,
    )  # fmt: skip
    cands = LinkSuggester(snap).candidates()
    assert not relations(cands, "en1-1", "en1-0") & {"supports"}
    assert not relations(cands, "ru1-1", "ru1-0") & {"supports"}


ARM = [
    Speaker("armmod", "Armenian Defence Ministry", (), "ministry", "Armenia"),
    Speaker("ombud", "Karabakh ombudsman", (), "officials", "Armenia"),
]


def test_two_attacks_of_one_kind_do_not_support_each_other() -> None:
    # ru / en: one side, two speakers, drones and civilians, no place in common.
    snap = build(
        [
            ("ru1", "ru", "2020-10-20", [
                ("Пресс-секретарь сообщила, что беспилотники снова атаковали мирных жителей.",
                 "armmod")]),
            ("en1", "en", "2020-10-22", [
                ("The ombudsman said drones were hunting civilians in the streets.", "ombud")]),
        ],
        ARM,
    )  # fmt: skip
    assert "supports" not in relations(LinkSuggester(snap).candidates(), "ru1-0", "en1-0")


def test_one_attack_told_by_two_speakers_still_supports() -> None:
    # id / en: the same kind of attack on a place both name.
    snap = build(
        [
            ("id1", "id", "2020-10-20", [
                ("Kementerian menyebut pesawat nirawak menyerang warga sipil di Martakert.",
                 "armmod")]),
            ("en1", "en", "2020-10-22", [
                ("The ombudsman said drones struck civilians in Martakert overnight.", "ombud")]),
        ],
        ARM,
    )  # fmt: skip
    assert "supports" in relations(LinkSuggester(snap).candidates(), "id1-0", "en1-0")


def test_a_denial_of_a_report_denies_that_report_only() -> None:
    amnesty = Speaker("ai", "Amnesty International", ("Amnesty",), "organisation", "neutral")
    speakers = [*SPEAKERS, *ARM, amnesty]
    snap = build(
        [
            ("en1", "en", "2020-10-29", [
                ("Amnesty said Azerbaijani forces had used cluster munitions in Stepanakert.",
                 "ai"),
                ('The defence ministry called the report "biased" and said Armenian shelling '
                 "had killed civilians.", "azmod"),
            ]),
            ("ru1", "ru", "2020-10-28", [
                ("Омбудсмен заявил, что азербайджанские войска намеренно обстреляли мирных "
                 "жителей Мартуни.", "ombud"),
            ]),
        ],
        speakers,
    )  # fmt: skip
    cands = LinkSuggester(snap).candidates()
    assert "contradicts" in relations(cands, "en1-1", "en1-0")  # the report it names
    assert relations(cands, "en1-1", "ru1-0") == set()  # another's words elsewhere


def test_a_denial_of_the_other_sides_report_still_denies_it_elsewhere() -> None:
    # A review: "the Armenian report" names the side's report, unlike "Armenia's attack".
    for denial in (
        "Azerbaijan's defence ministry dismissed the Armenian report of a strike on a hospital "
        "in Stepanakert as fabricated.",
        "Azerbaijan's defence ministry dismissed Armenia's report of a strike on a hospital in "
        "Stepanakert as fabricated.",
    ):
        snap = build(
            [
                ("en1", "en", "2020-10-10", [
                    ("Armenia's defence ministry said Azerbaijani drones struck a maternity "
                     "hospital in Stepanakert.", "armmod"),
                ]),
                ("en2", "en", "2020-10-11", [(denial, "azmod")]),
            ],
            [*SPEAKERS, *ARM],
        )  # fmt: skip
        assert "contradicts" in relations(LinkSuggester(snap).candidates(), "en2-0", "en1-0")


def test_a_toll_said_to_be_higher_is_not_the_count_of_the_displaced() -> None:
    putin = Speaker("putin", "Vladimir Putin", ("Putin", "Путин"), "person", "Russia")
    un = Speaker("un", "United Nations", ("PBB", "ООН"), "organisation", "neutral")
    snap = build(
        [
            ("id1", "id", "2020-10-22", [
                ("Menurut PBB, puluhan ribu orang telah mengungsi akibat pertempuran.", "un"),
                ("Pejabat Armenia mengatakan 120 orang tewas sejak September.", "armgov"),
                ("Putin mengatakan jumlah korban tewas jauh lebih tinggi dari angka resmi.",
                 "putin"),
            ]),
        ],
        [*SPEAKERS, putin, un],
    )  # fmt: skip
    cands = LinkSuggester(snap).candidates()
    assert "contradicts" in relations(cands, "id1-2", "id1-1")  # the toll it disputes
    assert "contradicts" not in relations(cands, "id1-2", "id1-0")  # the displaced


def test_a_denial_answers_the_accusation_it_meets_best() -> None:
    # Other claims make "Martuni" a rare name, as it is in a desk's store.
    other = [
        (f"Kejaksaan mencatat {n} rumah rusak di {town}.", "azpros")
        for n, town in ((12, "Barda"), (7, "Tovuz"), (30, "Goranboy"), (4, "Aghdam"))
    ]
    snap = build(
        [
            ("en1", "en", "2020-10-20", [
                ("Armenia accused Azerbaijan of shelling Martuni.", "armgov")]),
            ("id1", "id", "2020-10-21", [
                ("Armenia menuduh Azerbaijan menggunakan bom tandan di Martuni.", "armgov")]),
            ("en2", "en", "2020-10-22", [
                ("Azerbaijan's ministry denied firing cluster bombs at Martuni.", "azmod")]),
            ("id2", "id", "2020-10-22", other),
        ],
        SPEAKERS,
    )  # fmt: skip
    cands = LinkSuggester(snap).candidates()
    assert "responds-to" in relations(cands, "en2-0", "id1-0")  # Martuni and cluster bombs
    assert "responds-to" not in relations(cands, "en2-0", "en1-0")  # Martuni only
    assert "contradicts" in relations(cands, "en2-0", "en1-0")


def test_another_partys_dismissal_is_no_denial_by_the_speaker() -> None:
    snap = build(
        [
            ("en1", "en", "2020-10-20", [
                ("Armenia said Azerbaijani drones struck Stepanakert overnight.", "armgov"),
                ("The ministry said Armenia had brought in mercenaries, a claim Yerevan has "
                 "dismissed.", "azmod"),
            ]),
            ("id1", "id", "2020-10-20", [
                ("Armenia mengatakan drone Azerbaijan menyerang Stepanakert semalam.", "armgov"),
                ("Kementerian menyebut Armenia mendatangkan tentara bayaran, klaim yang dibantah "
                 "Yerevan.", "azmod"),
            ]),
        ],
        SPEAKERS,
    )  # fmt: skip
    suggester = LinkSuggester(snap)
    assert "deny" not in suggester.features["en1-1"].stances
    assert "deny" not in suggester.features["id1-1"].stances
    cands = suggester.candidates()
    assert relations(cands, "en1-1", "en1-0") == relations(cands, "id1-1", "id1-0") == set()
