"""What "the union", "the defence ministry" and their like refer back to, and when they refer
to nobody: a wrong speaker costs the analyst more than none."""

from __future__ import annotations

import pytest

from claimtrack.model import Speaker
from tests.attribution.support import AM_MFA, RU_MOD, suggest, who

EU = Speaker(id="eu", name="European Union", aliases=("EU",), kind="organisation")


@pytest.mark.parametrize(
    ("sentences", "speakers"),
    [
        (  # a trade union nobody named, after the EU spoke
            ("The European Union said on Monday it would send observers.",
             "Workers at the plant went on strike.",
             "The union said the strike would continue."),
            [],
        ),
        (
            ("The European Union (EU) said it would send observers.",
             "The union said the strike would continue."),
            [],
        ),
        (  # the EU registered under its full name
            ("The EU said it would send observers.", "The union said the strike would continue."),
            [EU],
        ),
        (  # named without speaking
            ("The European Union imposed new tariffs on Monday.",
             "The union said its members would strike."),
            [EU],
        ),
        (
            ("The African Union said it would mediate.", "The union said talks had failed."),
            [],
        ),
        (  # the EU as "the EU", then its "union" in the possessive
            (
                "The EU said it would send observers.",
                "The union's spokesman said the vote was flawed.",
            ),
            [EU],
        ),
    ],
)  # fmt: skip
def test_the_union_is_never_a_union_of_states(
    sentences: tuple[str, ...], speakers: list[Speaker]
) -> None:
    """ "The union said" after the European Union spoke was given to the EU: in the news
    "the union" is a trade union (the EU is "the bloc"), so no speaker is proposed."""
    assert who(suggest("en", *sentences, speakers=speakers)[-1]) is None


@pytest.mark.parametrize(
    "opening",
    [
        "The National Union of Mineworkers said the strike would go on.",
        "The National Union of Mineworkers held a ballot on Monday.",
    ],
)
def test_the_union_still_refers_back_to_a_trade_union(opening: str) -> None:
    found = suggest("en", opening, "The union said talks had failed.", speakers=[])
    assert who(found[-1]) == "+National Union of Mineworkers"


@pytest.mark.parametrize(
    ("lang", "sentence", "name"),
    [
        ("en", "The Commission on Human Rights said the detentions were unlawful.",
         "Commission on Human Rights"),
        ("en", "The detentions were unlawful, said the Commission on Human Rights.",
         "Commission on Human Rights"),
        ("en", "According to the Commission on Human Rights, the detentions were unlawful.",
         "Commission on Human Rights"),
        ("en", "The National Commission on Human Rights said the detentions were unlawful.",
         "National Commission on Human Rights"),
        ("en", "The Committee to Protect Journalists said two reporters were detained.",
         "Committee to Protect Journalists"),
        ("en", "The Office for the Coordination of Humanitarian Affairs said aid was blocked.",
         "Office for the Coordination of Humanitarian Affairs"),
        ("en", "The Office of the President said two reporters were detained.",
         "Office of the President"),
        ("id", "Komisi Nasional Hak Asasi Manusia (Komnas HAM) mengatakan penahanan itu "
               "melanggar hukum.", "Komisi Nasional Hak Asasi Manusia"),
        ("id", "Menurut Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS), dua "
               "aktivis hilang.", "Komisi untuk Orang Hilang dan Korban Tindak Kekerasan"),
        ("ru", "Комиссия по правам человека заявила, что задержания незаконны.",
         "Комиссия по правам человека"),
        ("ru", "Задержания незаконны, заявили в Комиссии по правам человека.",
         "Комиссия по правам человека"),
        ("ru", "Комитет по иностранным делам Госдумы заявил, что законопроект будет рассмотрен.",
         "Комитет по иностранным делам Госдумы"),
    ],
)  # fmt: skip
def test_a_body_named_with_its_remit_is_proposed_whole(lang: str, sentence: str, name: str) -> None:
    """ "The Commission on Human Rights said" proposed "Commission" (the name ended at "on"),
    "The Office for the Coordination of …" its remit as the speaker, "Комиссия по правам
    человека" opening a sentence nobody."""
    (found,) = suggest(lang, sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == name
    assert found.proposal.kind != "person"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission on Friday said it would meet again.",  # a time is no remit
        "The detentions were unlawful, said the Commission on Monday.",
    ],
)
def test_a_time_after_a_body_word_is_no_remit(sentence: str) -> None:
    (found,) = suggest("en", sentence, speakers=[])
    assert found is None or found.proposal is None or "Friday" not in found.proposal.name
    assert found is None or found.proposal is None or "Monday" not in found.proposal.name


@pytest.mark.parametrize(
    ("lang", "sentences", "name", "short"),
    [
        ("id", ("Komisi Nasional Hak Asasi Manusia (Komnas HAM) mengatakan penahanan itu "
                "melanggar hukum.", "Komnas HAM juga mengatakan tim telah dikirim."),
         "Komisi Nasional Hak Asasi Manusia", "Komnas HAM"),
        ("en", ("The Independent Election Commission (IEC) said turnout was low.",
                "The IEC said counting would finish on Friday."),
         "Independent Election Commission", "IEC"),
    ],
)  # fmt: skip
def test_a_bodys_short_name_in_brackets_is_one_speaker_with_it(
    lang: str, sentences: tuple[str, ...], name: str, short: str
) -> None:
    """ "Komnas HAM" in brackets was lost, and "Komnas HAM mengatakan" (like "The IEC said")
    proposed a second speaker beside the full name."""
    found = suggest(lang, *sentences, speakers=[])
    assert all(f is not None and f.proposal is not None for f in found)
    first, second = (f.proposal for f in found if f is not None)
    assert first is not None and first.name == name and short in first.aliases
    assert second == first


@pytest.mark.parametrize(
    ("lang", "sentences"),
    [
        ("en", ("Azerbaijan's foreign ministry said the talks had failed.",
                "The defence ministry said two drones were shot down.")),
        ("en", ("The Russian foreign ministry said the talks had failed.",
                "The defence ministry said two drones were shot down.")),
        ("id", ("Kementerian Luar Negeri Rusia mengatakan perundingan gagal.",
                "Kementerian pertahanan mengatakan dua drone ditembak jatuh.")),
        ("ru", ("МИД России заявил, что переговоры сорваны.",
                "Министерство обороны заявило, что удар нанесен.")),
    ],
)  # fmt: skip
def test_a_ministry_of_one_kind_is_never_another_kinds(
    lang: str, sentences: tuple[str, ...]
) -> None:
    """ "The defence ministry said" after a foreign ministry spoke was given to the foreign
    ministry."""
    assert who(suggest(lang, *sentences)[-1]) is None


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The defence ministry said two drones were shot down."),
        ("en", "Two drones were shot down, the foreign ministry said."),
        ("id", "Kementerian luar negeri mengatakan perundingan gagal."),
        ("ru", "Министерство обороны заявило, что удар нанесен."),
        ("ru", "В министерстве обороны заявили, что удар нанесен."),
    ],
)
def test_a_ministry_of_no_country_the_article_names_is_nobody(lang: str, sentence: str) -> None:
    found = suggest(lang, "Fighting resumed overnight near the border.", sentence, speakers=[])
    assert found[-1] is None


@pytest.mark.parametrize(
    ("lang", "sentences", "name"),
    [
        ("en", ("Azerbaijan's defence ministry released footage of the strikes on Sunday.",
                "The defence ministry said the drones had been flying over Terter."),
         "Azerbaijan defence ministry"),
        ("en", ("The defence ministry said the drones had been flying over Terter.",
                "Azerbaijan's defence ministry released footage of the strikes on Sunday."),
         "Azerbaijan defence ministry"),
        ("id", ("Kementerian Pertahanan Azerbaijan merilis rekaman serangan itu.",
                "Kementerian pertahanan mengatakan drone itu terbang di atas Terter."),
         "Kementerian Pertahanan Azerbaijan"),
        ("ru", ("Министерство обороны Азербайджана опубликовало видео ударов.",
                "Министерство обороны заявило, что беспилотники летели над Тертером."),
         "Министерство обороны Азербайджана"),
    ],
)  # fmt: skip
def test_a_ministry_of_no_country_is_the_one_the_article_names(
    lang: str, sentences: tuple[str, ...], name: str
) -> None:
    """ "The defence ministry said" got nobody though the article names Azerbaijan's."""
    found = [f for f in suggest(lang, *sentences, speakers=[]) if f is not None]
    assert [f.proposal.name for f in found if f.proposal is not None] == [name]


@pytest.mark.parametrize(
    ("lang", "sentences", "speaker"),
    [
        ("en", ("Russia's defence ministry said it downed 20 drones.",
                "Kyiv did not comment.", "The defence ministry said two were over Kursk."),
         "ru-mod"),
        ("ru", ("Министерство обороны России опубликовало видео.", "Армения опровергла это.",
                "Министерство обороны заявило, что удар нанесен по военным целям."),
         "ru-mod"),
    ],
)  # fmt: skip
def test_a_ministry_of_no_country_is_the_registered_one_of_its_kind(
    lang: str, sentences: tuple[str, ...], speaker: str
) -> None:
    assert who(suggest(lang, *sentences)[-1]) == speaker


def test_a_ministry_of_no_country_is_nobody_when_the_article_names_two() -> None:
    found = suggest(
        "en",
        "Russia's defence ministry released footage.",
        "Ukraine's defence ministry released footage too.",
        "The defence ministry said the drones had been flying over Kursk.",
        speakers=[],
    )
    assert found[-1] is None


def test_a_ministry_named_in_capitals_with_no_country_is_still_proposed() -> None:
    """ "The Health Ministry" is written as a name: proposed as written, as "Минобороны"."""
    (found,) = suggest("en", "The Health Ministry said 12 people were killed.", speakers=[])
    assert who(found) == "+Health Ministry"


def test_a_headline_ministry_is_the_one_its_article_names() -> None:
    found = suggest(
        "en",
        "Defence Ministry rejects Armenian claims over Martuni",
        "\nBAKU — Azerbaijan's Ministry of Defence on Saturday rejected claims that its army "
        "had targeted civilian areas.",
        speakers=[],
    )
    assert who(found[0]) == who(found[1]) == "+Azerbaijan's Ministry of Defence"


@pytest.mark.parametrize(
    ("lang", "sentence", "name"),
    [
        ("ru", "В Министерстве иностранных дел заявили, что переговоры сорваны.",
         "Министерство иностранных дел"),
        ("ru", "Переговоры сорваны, заявили в Министерстве иностранных дел.",
         "Министерство иностранных дел"),
        ("id", "Kementerian Luar Negeri menyatakan perundingan gagal.", "Kementerian Luar Negeri"),
    ],
)  # fmt: skip
def test_a_ministry_written_as_a_name_with_no_country_is_still_proposed(
    lang: str, sentence: str, name: str
) -> None:
    """Russian capitalises a name's first word only: "в Министерстве иностранных дел" is a
    name (proposed as before), "в министерстве иностранных дел" a description (nobody)."""
    (found,) = suggest(lang, sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == name
    lower = suggest("ru", "Переговоры сорваны, заявили в министерстве иностранных дел.")
    assert lower == [None]


RSF = Speaker(id="rsf", name="Rapid Support Forces", aliases=("RSF",), side="RSF", kind="military")
SAF = Speaker(
    id="saf", name="Sudanese Armed Forces", aliases=("Sudan's army",), side="SAF", kind="military"
)


@pytest.mark.parametrize(
    ("lang", "sentences"),
    [
        (
            "en",
            (
                "According to the RSF, nearly 200 people were wounded.",
                "The army has repeatedly denied targeting civilians in Kordofan.",
            ),
        ),
        (
            "en",
            (
                "The Rapid Support Forces said 120 civilians were killed.",
                "The military denied targeting civilians.",
            ),
        ),
        (
            "id",
            ("RSF mengatakan 120 warga sipil tewas.", "Militer membantah menargetkan warga sipil."),
        ),
    ],
)
def test_the_army_is_never_a_paramilitary_force(lang: str, sentences: tuple[str, ...]) -> None:
    """ "The army has repeatedly denied …" after the RSF spoke was suggested as the RSF (a desk
    trial): "the army" is a state's, and a paramilitary named for no country is none."""
    *_, last = suggest(lang, *sentences, speakers=[RSF, SAF])
    assert who(last) != "rsf"


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        (
            (
                "Sudan's army said the market was shelled by the RSF.",
                "The army denied targeting civilians.",
            ),
            "saf",
        ),
        (
            ("The Arakan Army said it had captured the town.", "The army said civilians had fled."),
            "aa",
        ),
    ],
)
def test_the_army_still_refers_back_to_an_army(sentences: tuple[str, ...], speaker: str) -> None:
    arakan = Speaker(id="aa", name="Arakan Army", aliases=("AA",), kind="military")
    *_, last = suggest("en", *sentences, speakers=[RSF, SAF, arakan])
    assert who(last) == speaker


def test_a_states_army_registered_by_its_own_name_is_the_army_by_its_side() -> None:
    """ "The Tatmadaw said …", then "The military said …" gave nobody (a review): a force
    named for no country is the army when its side is a country (Myanmar); the RSF, on a
    side of its own, still is not."""
    tatmadaw = Speaker(id="tat", name="Tatmadaw", side="Myanmar", kind="military")
    sentences = ("The Tatmadaw said the town was retaken.", "The military said 12 rebels died.")
    *_, last = suggest("en", *sentences, speakers=[tatmadaw, RSF])
    assert who(last) == "tat"
    sentences = ("The RSF said the town was retaken.", "The military said 12 rebels died.")
    *_, last = suggest("en", *sentences, speakers=[tatmadaw, RSF])
    assert who(last) != "rsf"


OCHA_ARTICLE = (
    "OCHA Sudan — The United Nations Office for the Coordination of Humanitarian Affairs said "
    "on Friday that at least 61 civilians were killed.",
    "OCHA said it was not yet able to determine which party was responsible for the attack.",
    "The office said the clinic in Um Sayala ran out of blood within hours.",
    "The UN called on all parties to respect international humanitarian law.",
    "Earlier figures of 120 dead circulated by the RSF could not be confirmed, the office said.",
)
UN = Speaker(id="un", name="United Nations", aliases=("UN",), kind="organisation")
OCHA_NAME = "United Nations Office for the Coordination of Humanitarian Affairs"


def test_the_office_is_the_office_the_article_named_not_the_un_that_spoke_last() -> None:
    """ "…, the office said" after "The UN called …" carried over the UN (a desk trial), and
    "OCHA said" was a second speaker beside the Office named in full: the office is OCHA,
    whose whole name (with its "United Nations") is proposed, and its initials are it."""
    found = suggest("en", *OCHA_ARTICLE, speakers=[UN])
    assert [f.proposal.name if f and f.proposal else who(f) for f in found] == [
        OCHA_NAME, OCHA_NAME, OCHA_NAME, "un", OCHA_NAME,
    ]  # fmt: skip


def test_a_bodys_initials_are_the_registered_body_and_the_office_follows_them() -> None:
    ocha = Speaker(id="ocha", name=OCHA_NAME, kind="organisation")
    found = suggest("en", *OCHA_ARTICLE[1:], speakers=[UN, ocha])
    assert [who(f) for f in found] == ["ocha", "ocha", "un", "ocha"]
    assert found[0] is not None and found[0].found_as is not None  # accepting learns "OCHA"


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (("The UN said aid was blocked.", "The office said the clinic had closed."), None),
        (
            ("The Presidential Office said aid was blocked.", "The office said it had closed."),
            "+Presidential Office",
        ),
        # a known body's own initials stay its data's: one speaker, as before
        (("WHO said 140 people had died.", "The World Health Organization said it."), "+WHO"),
    ],
)
def test_the_office_needs_an_office_to_refer_back_to(
    sentences: tuple[str, ...], expected: str | None
) -> None:
    *_, last = suggest("en", *sentences, speakers=[UN])
    assert who(last) == expected


@pytest.mark.parametrize(
    ("lang", "sentences", "team"),
    [
        (
            "id",
            (
                "Tim penyelidik Perserikatan Bangsa-Bangsa menyimpulkan bahwa bendungan Kessel "
                "rusak akibat dua rudal jelajah.",
                "Laporan tim yang dirilis pada Rabu menyebutkan sedikitnya 16 warga sipil tewas "
                "dalam banjir setelah serangan itu.",
            ),
            "Tim penyelidik Perserikatan Bangsa-Bangsa",
        ),
        (
            "id",
            (
                "Komisi penyelidik PBB mengatakan bendungan itu rusak akibat serangan rudal.",
                "Laporan komisi menyebutkan sedikitnya 16 warga sipil tewas.",
            ),
            "Komisi penyelidik PBB",
        ),
        (
            "en",
            (
                "A UN monitoring team said the dam was hit by two cruise missiles.",
                "The team's report, released on Wednesday, said at least 16 civilians died.",
            ),
            "UN monitoring team",
        ),
    ],
)
def test_a_teams_report_speaks_for_the_team_named_before(
    lang: str, sentences: tuple[str, ...], team: str
) -> None:
    """ "Laporan tim yang dirilis pada Rabu menyebutkan …" (the team's report says) after the
    UN's investigating team concluded proposed nobody: the team speaks in its report, as
    "the team said" would."""
    found = suggest(lang, *sentences, speakers=[])
    assert [f.proposal.name if f and f.proposal else None for f in found] == [team, team]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("id", "Laporan tim yang dirilis pada Rabu menyebutkan sedikitnya 16 warga sipil tewas."),
        ("en", "The team's report said at least 16 civilians died."),
    ],
)
def test_a_teams_report_with_no_team_named_before_is_nobodys(lang: str, sentence: str) -> None:
    (found,) = suggest(lang, sentence, speakers=[])
    assert found is None


@pytest.mark.parametrize(
    ("lang", "sentence", "body"),
    [
        (
            "id",
            "Laporan tim pemantau PBB menyebutkan sedikitnya 16 warga sipil tewas.",
            "Tim pemantau PBB",
        ),
        (
            "id",
            "Laporan Komite Internasional Palang Merah menyebutkan 2.500 warga masih mengungsi.",
            "Komite Internasional Palang Merah",
        ),
        (
            "en",
            "The UN monitoring team's report said at least 16 civilians died.",
            "UN monitoring team",
        ),
    ],
)
def test_a_report_named_with_its_author_proposes_the_author(
    lang: str, sentence: str, body: str
) -> None:
    """ "Laporan tim pemantau PBB menyebutkan" proposed *Laporan tim pemantau PBB*: the
    report's capital only opens the sentence, and the team wrote it."""
    (found,) = suggest(lang, sentence, speakers=[])
    assert found is not None and found.proposal is not None
    assert found.proposal.name == body


@pytest.mark.parametrize(
    ("sentences", "speakers", "expected"),
    [
        (  # the ministry registered, speaking before
            ("Russia's defence ministry said 12 soldiers died.",
             "A ministry spokesman said the figure was final."),
            [RU_MOD], ["ru-mod", "ru-mod"],
        ),
        (  # named before without speaking, nobody registered: proposed as the article names it
            ("Armenia's defence ministry released footage on Monday.",
             "A ministry statement said the figure was final."),
            [], [None, "+A ministry"],
        ),
        (  # two ministries: no guess, though the nearer spoke last
            ("Russia's defence ministry said 12 soldiers died.",
             "Armenia's foreign ministry denied it.",
             "A ministry spokesman said the figure was final."),
            [RU_MOD, AM_MFA], ["ru-mod", "am-mfa", None],
        ),
        (  # none named before
            ("A ministry spokesman said the figure was final.",
             "Armenia's defence ministry released footage on Monday."),
            [], [None, None],
        ),
    ],
)  # fmt: skip
def test_a_ministry_spokesman_is_the_one_ministry_named_before(
    sentences: tuple[str, ...], speakers: list[Speaker], expected: list[str | None]
) -> None:
    """ "A ministry spokesman said" carried nobody, where "the ministry's spokesman said"
    carries the ministry that spoke last. With the indefinite article it points at no
    ministry in particular: it is the one ministry the article has named before, speaking
    or not; with two, or none, nobody (a guess costs the analyst more than a blank)."""
    found = suggest("en", *sentences, speakers=speakers)
    assert [who(f) for f in found] == expected
    if expected[-1] == "+A ministry":
        assert found[-1] is not None and found[-1].proposed_name == "Armenia defence ministry"
