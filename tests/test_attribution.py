"""Speaker suggestions: each rule, the demo investigation's gold labels, the seed article."""

from __future__ import annotations

import ast
import time
from pathlib import Path

import pytest

from claimtrack.attribution import Attributor, SpeakerSuggestion
from claimtrack.attribution.aliases import word_score
from claimtrack.attribution.cues import available_languages, load_lexicon
from claimtrack.evaluation.attribution import evaluate, load_gold, sentence_spans, summarise
from claimtrack.model import Speaker

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seed" / "000_0ff45245f30cb870.txt"

ALIYEV = Speaker(
    id="aliyev",
    name="Ilham Aliyev",
    aliases=("Presiden Azerbaijan", "Ильхам Алиев", "Алиев", "президент Азербайджана"),
    kind="person",
    side="Azerbaijan",
)
NK = Speaker(
    id="nk",
    name="Nagorno-Karabakh officials",
    aliases=("Pejabat Nagorno-Karabakh", "Karabakh officials", "Власти Карабаха"),
    kind="officials",
    side="Armenia",
)
MOD = Speaker(
    id="az-mod",
    name="Azerbaijani Defence Ministry",
    aliases=("Kementerian Pertahanan Azerbaijan", "Azerbaijan's Ministry of Defence"),
    kind="ministry",
    side="Azerbaijan",
)
AZ = Speaker(id="az", name="Azerbaijan", aliases=("Baku",), kind="government")
PUTIN = Speaker(id="putin", name="Vladimir Putin", aliases=("Putin", "Путин"), kind="person")
HAJIYEV = Speaker(id="hajiyev", name="Hikmet Hajiyev", aliases=("Гаджиев",), kind="person")
CAVUSOGLU = Speaker(id="cav", name="Mevlüt Çavuşoğlu", aliases=("Чавушоглу",), kind="person")
AZERTAC = Speaker(id="azertac", name="Azertac", kind="media")
HARUTYUNYAN = Speaker(
    id="harut",
    name="Arayik Harutyunyan",
    aliases=("Араик Арутюнян", "лидер Нагорного Карабаха"),
    kind="person",
)
SPEAKERS = [ALIYEV, NK, MOD, AZ, PUTIN, HAJIYEV, CAVUSOGLU, AZERTAC, HARUTYUNYAN]


def suggest(
    lang: str,
    *sentences: str,
    speakers: list[Speaker] | None = None,
    known: list[str | None] | None = None,
) -> list[SpeakerSuggestion | None]:
    """Join sentences into one document and suggest a speaker for each."""
    text, spans = "", []
    for sentence in sentences:
        text += ("" if not text else " ") + sentence
        spans.append((len(text) - len(sentence), len(text)))
    attributor = Attributor(SPEAKERS if speakers is None else speakers)
    return attributor.suggest(text, spans, lang, known)


def speaker_of(suggestion: SpeakerSuggestion | None) -> str | None:
    return suggestion.speaker if suggestion else None


# --- alias matching -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "word", "matches"),
    [
        ("алиев", "алиевым", True),  # Russian instrumental
        ("арутюнян", "арутюняна", True),  # genitive
        ("генпрокуратура", "генпрокуратуры", True),  # ending replaced
        ("harutyunyan", "harutiunyan", True),  # spelling variant
        ("armenia", "azerbaijan", False),
        ("мид", "мвд", False),  # short words must match exactly
        ("россии", "армении", False),
    ],
)
def test_word_score_tolerates_inflection_not_other_names(alias: str, word: str, matches: bool):
    assert (word_score(alias, word) > 0) is matches


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("ru", "Президент Азербайджана Ильхам Алиев заявил, что переговоры продолжатся.", "aliyev"),
        ("ru", "По словам Алиева, переговоры зашли в тупик.", "aliyev"),
        ("id", "kementerian pertahanan azerbaijan menolak tuduhan itu.", "az-mod"),
        ("id", "KEMENTERIAN PERTAHANAN AZERBAIJAN menolak tuduhan itu.", "az-mod"),
        ("en", "The Ministry of Defence of Azerbaijan denied the report.", "az-mod"),
        ("en", "Mevlut Cavusoglu said Turkey would support Baku.", "cav"),
    ],
)
def test_aliases_match_across_case_diacritics_inflection_and_order(lang, sentence, expected):
    assert speaker_of(suggest(lang, sentence)[0]) == expected


# --- the subject of the cue -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("id", "Pejabat Nagorno-Karabakh menuduh Azerbaijan menargetkan kota Martuni.", "nk"),
        ("id", "Kementerian pertahanan Azerbaijan, sebaliknya, menolak tuduhan Baku.", "az-mod"),
        ("en", "Hikmet Hajiyev, an aide to President Aliyev, said it was deliberate.", "hajiyev"),
        ("ru", "Помощник президента Азербайджана Хикмет Гаджиев обвинил Ереван.", "hajiyev"),
        ("ru", "Ильхам Алиев в беседе с Мевлютом Чавушоглу сказал, что готов к миру.", "aliyev"),
        ("id", "Aliyev, dikutip oleh kantor berita Azertac, mengatakan dia siap.", "aliyev"),
        ("en", "Putin, in a phone call with Aliyev, said the fighting must stop.", "putin"),
    ],
)
def test_the_subject_of_the_cue_wins_over_other_mentions(lang, sentence, expected):
    assert speaker_of(suggest(lang, sentence)[0]) == expected


def test_subject_after_an_inverted_cue():
    got = suggest("ru", "Войска подошли к Шуши, заявил лидер Нагорного Карабаха Араик Арутюнян.")
    assert speaker_of(got[0]) == "harut"
    assert got[0] is not None and got[0].cue == "заявил"
    assert speaker_of(suggest("en", '"We are ready," said Putin.')[0]) == "putin"
    assert speaker_of(suggest("ru", "Об этом заявил Путин.")[0]) == "putin"


def test_prepositional_cue_names_the_speaker_after_it():
    got = suggest("id", "Menurut pejabat Nagorno-Karabakh, 1.166 pasukan mereka tewas.")[0]
    assert got is not None and got.speaker == "nk" and got.cue == "Menurut"
    assert 'after cue "Menurut"' in got.reason
    assert (
        speaker_of(suggest("en", "According to Karabakh officials, 45 civilians died.")[0]) == "nk"
    )


def test_headline_with_a_colon():
    assert speaker_of(suggest("ru", "Путин: число погибших приближается к 5 тысячам")[0]) == "putin"


# --- carry-over -----------------------------------------------------------------------------


def test_trailing_cue_carries_the_previous_speaker_over():
    got = suggest(
        "id",
        "Pejabat Nagorno-Karabakh menuduh Azerbaijan menembaki Martuni.",
        "Pasukan Azerbaijan terus menembaki pemukiman sipil, kata mereka.",
    )
    assert speaker_of(got[1]) == "nk"
    assert got[1] is not None and got[1].cue == "kata mereka"
    assert "carries over Nagorno-Karabakh officials" in got[1].reason


def test_carry_over_prefers_the_tagged_speaker():
    got = suggest(
        "id",
        "Pejabat Nagorno-Karabakh menuduh Azerbaijan menembaki Martuni.",
        "Warga sipil berlindung di ruang bawah tanah, kata mereka.",
        known=["az", None],
    )
    assert speaker_of(got[1]) == "az"


def test_pronoun_carries_over_a_person_not_a_ministry():
    got = suggest(
        "en",
        "Aliyev said talks had failed.",
        "Azerbaijan's Ministry of Defence denied the report.",
        "He accused Armenia of shelling Terter.",
        "It accused Armenian units of firing overnight.",
    )
    assert [speaker_of(g) for g in got] == ["aliyev", "az-mod", "aliyev", "az-mod"]


def test_short_form_carries_over_a_ministry():
    got = suggest(
        "id",
        "Kementerian Pertahanan Azerbaijan membantah tuduhan tersebut.",
        "Presiden Aliyev menegaskan pasukannya bertahan.",
        "Kementerian itu juga mengatakan pasukan Armenia menembaki Terter.",
    )
    assert speaker_of(got[2]) == "az-mod"
    assert got[2] is not None and 'short form "Kementerian itu"' in got[2].reason


def test_a_named_body_is_not_a_short_form():
    got = suggest(
        "id",
        "Kementerian Pertahanan Azerbaijan membantah tuduhan tersebut.",
        "Kementerian Pertahanan Armenia menyatakan serangan berlanjut.",
    )
    assert got[1] is not None and got[1].speaker is None
    assert got[1].proposed_name == "Kementerian Pertahanan Armenia"


def test_carry_over_without_antecedent_is_none():
    assert suggest("id", "“Kami akan berjalan sampai akhir,” katanya.")[0] is None


# --- narration and proposals ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("id", "Nagorno-Karabakh terletak di Azerbaijan tetapi dikuasai etnis Armenia."),
        ("en", "Aliyev's forces have retaken several districts since September."),
        ("en", "Azerbaijani troops had been reported within 5 km of the town."),
        ("ru", "Путин провёл переговоры с Алиевым."),
        ("id", "Pertempuran memasuki pekan keenam, dan kedua pihak saling menuding."),
        ("id", "Kata-kata Aliyev memicu kemarahan."),
    ],
)
def test_narration_gets_no_suggestion(lang: str, sentence: str):
    assert suggest(lang, sentence)[0] is None


def test_unregistered_speakers_are_proposed_and_carried_over():
    got = suggest(
        "id",
        "Pejabat Nagorno-Karabakh menuduh Azerbaijan menembaki Martuni.",
        "Warga sipil berlindung di ruang bawah tanah, kata mereka.",
        "Menurut Komite Internasional Palang Merah, ribuan warga mengungsi.",
        speakers=[ALIYEV, AZ],
    )
    assert [g.proposed_name if g else None for g in got] == [
        "Pejabat Nagorno-Karabakh",
        "Pejabat Nagorno-Karabakh",
        "Komite Internasional Palang Merah",
    ]
    assert all(g is not None and g.speaker is None for g in got)


def test_unknown_language_and_edge_cases():
    assert suggest("xx", "Aliyev said talks had failed.")[0] is None
    assert Attributor(SPEAKERS).suggest("", [], "en") == []
    with pytest.raises(ValueError, match="known"):
        Attributor(SPEAKERS).suggest("Aliyev said so.", [(0, 15)], "en", known=[])


def test_a_persons_surname_is_matched_on_its_own():
    # "Aliyev" is not registered as an alias of ALIYEV: it comes from the name "Ilham Aliyev".
    got = suggest("en", "Aliyev said talks had failed.")[0]
    assert speaker_of(got) == "aliyev"
    assert speaker_of(suggest("id", "Azerbaijan mengatakan pasukannya siap.")[0]) == "az"


def test_the_surname_of_a_three_word_name_is_matched_in_any_case():
    erdogan = Speaker("erdogan", "Реджеп Тайип Эрдоган", ("Президент Турции",), "person")
    got = Attributor([erdogan]).suggest(
        "По словам Эрдогана, Армения должна уйти.", [(0, 40)], "ru"
    )[0]
    assert got is not None and got.speaker == "erdogan"


def test_suggestions_carry_score_reason_and_cue():
    got = suggest("id", "Presiden Azerbaijan Ilham Aliyev mengatakan pasukannya siap.")[0]
    assert got is not None and got.speaker == "aliyev"
    assert 0 < got.score <= 1 and got.cue == "mengatakan"
    assert got.reason.startswith('alias "') and 'cue "mengatakan"' in got.reason


# --- lexicons -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        (
            "en",
            "said told stated claimed accused denied rejected reported announced confirmed added",
        ),
        (
            "id",
            "mengatakan kata katanya menuduh menolak membantah menyatakan mengklaim melaporkan "
            "menegaskan menurut",
        ),
        (
            "ru",
            "заявил заявила заявили сообщил сообщила сообщили обвинил обвинила обвинили опроверг "
            "опровергла опровергли отметил подчеркнул утверждает сказал добавил",
        ),
    ],
)
def test_lexicons_hold_the_required_cues(lang: str, forms: str):
    lexicon = load_lexicon(lang)
    for form in forms.split():
        assert lexicon.find(form), form
    assert {"en", "id", "ru"} <= set(available_languages())


def test_multiword_cues_are_in_the_lexicons():
    assert load_lexicon("id").find("kata mereka")[0][0].category == "trailing"
    assert load_lexicon("id").find("dikutip oleh")[0][0].category == "quoted_by"
    assert load_lexicon("ru").find("по словам")[0][0].category == "prepositional"
    assert load_lexicon("en").find("according to")[0][0].category == "prepositional"


def test_every_rapidfuzz_call_states_processor_and_cutoff():
    package = REPO / "claimtrack" / "attribution"
    calls = 0
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id in {"fuzz", "process", "distance"}:
                calls += 1
                keywords = {k.arg for k in node.keywords}
                assert {"processor", "score_cutoff"} <= keywords, f"{path.name}:{node.lineno}"
                if owner.id == "process":
                    assert "scorer" in keywords, f"{path.name}:{node.lineno}"
    assert calls > 0


# --- the demo investigation against its gold labels ---------------------------------------


def test_gold_labels_cover_every_demo_sentence_once():
    speakers, documents = load_gold()
    names = {s.name for s in speakers}
    for name, labels in documents.items():
        text = (REPO / "data" / "demo" / name).read_text(encoding="utf-8")
        for label in labels:
            assert text.count(label["text"]) == 1, label
            assert label["speaker"] is None or label["speaker"] in names
        lang = name.rsplit("_", 1)[1].split(".")[0]
        for start, end in sentence_spans(text, lang):
            hits = [label for label in labels if label["text"] in text[start:end]]
            assert len(hits) == 1, text[start:end]


def test_demo_accuracy_floor_and_narration_ceiling():
    # Measured 2020-11 demo: en 89.3 %, id 96.0 %, ru 100 %, all 94.4 %; 0 of 34 narration
    # sentences attributed. Floors sit a few points under to catch regressions, not to overfit.
    table = summarise(evaluate())
    assert table["all"]["accuracy"] >= 0.90
    assert table["en"]["accuracy"] >= 0.85
    assert table["id"]["accuracy"] >= 0.90
    assert table["ru"]["accuracy"] >= 0.90
    assert table["all"]["false"] <= 1


def test_performance_with_500_speakers():
    speakers, _ = load_gold()
    speakers += [
        Speaker(
            id=f"x{n}",
            name=f"Speaker{n} Person{n % 37}",
            aliases=(f"Ministry of Affairs {n}", f"Kementerian Urusan {n}", f"Министр{n}"),
        )
        for n in range(500 - len(speakers))
    ]
    attributor = Attributor(speakers)
    text = (REPO / "data" / "demo" / "03_warta-nusantara_id.txt").read_text(encoding="utf-8")
    text = "\n\n".join([text] * 3)
    spans = sentence_spans(text, "id")[:30]
    attributor.suggest(text, spans, "id")
    samples = []
    for _ in range(5):
        started = time.perf_counter()
        attributor.suggest(text, spans, "id")
        samples.append(time.perf_counter() - started)
    assert sorted(samples)[2] < 0.05


# --- the seed article -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> list[tuple[str, SpeakerSuggestion | None]]:
    if not SEED.exists():
        pytest.skip("shared seed article not present")
    text = SEED.read_text(encoding="utf-8")
    speakers, _ = load_gold()
    spans = sentence_spans(text, "id")
    suggestions = Attributor(speakers).suggest(text, spans, "id")
    return [(text[s:e], g) for (s, e), g in zip(spans, suggestions, strict=True)]


def seed_speaker(seed: list[tuple[str, SpeakerSuggestion | None]], fragment: str) -> str | None:
    (got,) = [g for sentence, g in seed if fragment in sentence]
    return speaker_of(got)


def test_seed_accusation_and_its_trailing_cue(seed):
    assert seed_speaker(seed, "menuduh Azerbaijan menargetkan") == "Nagorno-Karabakh officials"
    assert seed_speaker(seed, "kata mereka") == "Nagorno-Karabakh officials"


def test_seed_denial_by_the_ministry(seed):
    assert seed_speaker(seed, "sebaliknya, menolak") == "Azerbaijani Defence Ministry"
    assert seed_speaker(seed, "Kementerian juga mengatakan") == "Azerbaijani Defence Ministry"


def test_seed_quote_carries_aliyev_over(seed):
    assert seed_speaker(seed, "dikutip oleh kantor berita") == "Ilham Aliyev"
    assert seed_speaker(seed, "katanya") == "Ilham Aliyev"


def test_seed_casualty_paragraph_has_three_speakers(seed):
    speakers = [
        seed_speaker(seed, "1.166"),
        seed_speaker(seed, "sedikitnya 91"),
        seed_speaker(seed, "5.000"),
    ]
    assert speakers == [
        "Nagorno-Karabakh officials",
        "Azerbaijani authorities",
        "Vladimir Putin",
    ]


@pytest.mark.parametrize(
    "fragment",
    ["terletak di Azerbaijan tetapi", "Tiga gencatan senjata", "memiliki aliansi keamanan"],
)
def test_seed_narration_is_none(seed, fragment: str):
    assert seed_speaker(seed, fragment) is None


def test_a_person_proposed_in_another_script_is_the_registered_one() -> None:
    putin = Speaker("putin", "Vladimir Putin", ("Putin",), kind="person", side="Russia")
    peskov = Speaker("peskov", "Dmitry Peskov", kind="ministry")  # not a person: not matched
    text = (
        "Президент России Владимир Путин заявил, что число жертв приближается к пяти тысячам. "
        "По словам Путина, переговоры идут. Дмитрий Песков сообщил, что встреча состоится."
    )
    spans = sentence_spans(text, "ru")
    first, second, third = Attributor([putin, peskov]).suggest(text, spans, "ru")
    assert first is not None and first.speaker == "putin" and first.proposal is None
    assert 'registered as "Vladimir Putin"' in first.reason
    assert second is not None and second.speaker == "putin"
    assert third is not None and third.speaker is None  # a person proposal, never a ministry


def test_a_place_that_speaks_in_a_headline_stands_for_the_one_body_named_after_it() -> None:
    """ "Karabakh accuses Baku …" is the Karabakh officials speaking, not a new speaker
    "Karabakh"; "Armenia says" stays a proposal while no registered body carries the name."""
    (karabakh,) = suggest("en", "Karabakh accuses Baku of overnight strikes on Martuni.",
                          speakers=[NK, MOD, PUTIN])  # fmt: skip
    assert karabakh is not None and karabakh.speaker == "nk" and karabakh.proposal is None
    assert 'stands for "Nagorno-Karabakh officials"' in karabakh.reason
    (armenia,) = suggest("en", "Armenia says 1,166 of its troops were killed.", speakers=[NK, MOD])
    assert armenia is not None and armenia.speaker is None
    assert armenia.proposed_name == "Armenia"
    two = Speaker(id="nk2", name="Karabakh army", kind="military")
    (either,) = suggest("en", "Karabakh accuses Baku of overnight strikes on Martuni.",
                        speakers=[NK, two])  # fmt: skip
    assert either is not None and either.speaker is None  # two bodies: the analyst decides


RUSSIA = Speaker(id="ru", name="Russia", kind="government")
AZ_GOV = Speaker(id="az-gov", name="Azerbaijani Government", kind="government")
UKRAINE = Speaker(id="ua", name="Украина", kind="government")
AZ_MOD = Speaker(id="az-mod", name="Azerbaijani Defence Ministry", kind="ministry")
KREMLIN = Speaker(id="kremlin", name="Kremlin", aliases=("Кремль",), kind="government")


@pytest.mark.parametrize(
    ("lang", "sentence", "speaker"),
    [  # a capital said to speak is its state, registered under any of its names
        ("en", "Moscow warned that the talks had failed.", "ru"),
        ("ru", "Москва заявила, что переговоры сорваны.", "ru"),
        ("id", "Moskow membantah tuduhan itu.", "ru"),
        ("en", "Baku said the talks had failed.", "az-gov"),
        ("en", "Kyiv denied that the talks had failed.", "ua"),
        ("ru", "Киев отверг обвинения.", "ua"),
        # another town speaks for no state, nor another state's capital
        ("en", "Ganja said the talks had failed.", None),
        ("en", "Stepanakert said the talks had failed.", None),
        ("en", "Yerevan said the talks had failed.", None),
    ],
)
def test_a_capital_that_speaks_is_its_registered_state(
    lang: str, sentence: str, speaker: str | None
) -> None:
    """ "Moscow warned" proposed a new speaker "Moscow" though Russia was registered: only
    once the analyst had tagged it so was "Moscow" Russia's name. The capital
    (`data/places/capitals.json`) stands for the one state or government registered; a
    ministry or the Kremlin is no state, and accepting teaches the state its capital."""
    (found,) = suggest(lang, sentence, speakers=[RUSSIA, AZ_GOV, UKRAINE, AZ_MOD, KREMLIN])
    assert found is not None and found.speaker == speaker
    if speaker is not None:
        assert "the capital stands for" in found.reason
        assert found.named_as is not None and found.named_as.name == sentence.split()[0]


FRANCE = Speaker(id="fr", name="France", kind="government")
JORDAN = Speaker(id="jo", name="Jordan", kind="government")
SRI_LANKA = Speaker(id="lk", name="Sri Lanka", kind="government")
PERU = Speaker(id="pe", name="Peru", kind="government")


@pytest.mark.parametrize(
    ("lang", "sentence", "name"),
    [  # a person whose surname is a capital was suggested as that capital's state
        ("en", "Mr Paris said the talks had failed.", "Paris"),  # was France
        ("en", "Dr. Amman said the talks had failed.", "Amman"),  # was Jordan
        ("en", "Lieutenant Colombo said the talks had failed.", "Colombo"),  # was Sri Lanka
        ("en", "Mrs Lima, a spokeswoman, said the talks had failed.", "Lima"),  # was Peru
        ("ru", "Генерал Москва заявил, что переговоры сорваны.", "Москва"),  # was Russia
    ],
)
def test_a_title_and_a_surname_that_is_a_capital_is_a_person_not_the_state(
    lang: str, sentence: str, name: str
) -> None:
    """Only a capital named alone speaks for its state: "Mr Paris" is a man called Paris,
    proposed as a new speaker, whatever states are registered."""
    speakers = [RUSSIA, FRANCE, JORDAN, SRI_LANKA, PERU]
    (found,) = suggest(lang, sentence, speakers=speakers)
    assert found is not None and found.speaker is None
    assert found.proposed_name == name


@pytest.mark.parametrize(
    "sentence",
    ["В Москве заявили, что переговоры сорваны.", "Как заявили в Москве, переговоры сорваны."],
)
def test_a_capital_after_a_preposition_is_still_its_state(sentence: str) -> None:
    (found,) = suggest("ru", sentence, speakers=[RUSSIA, AZ_GOV])
    assert found is not None and found.speaker == "ru"
    assert "the capital stands for" in found.reason


SAUDI = Speaker(id="sa", name="Saudi Arabia", kind="government")
ARGENTINA = Speaker(id="ar", name="Argentina", kind="government")


@pytest.mark.parametrize(
    ("sentence", "state"),
    [  # a hyphenated capital in a case form the dictionary lacks was no capital
        ("Переговоры сорваны, заявили в Эр-Рияде.", "sa"),  # was proposed as "Эр-Рияда"
        ("Как заявили в Эр-Рияде, переговоры сорваны.", "sa"),
        ("В Эр-Рияде заявили, что переговоры сорваны.", "sa"),
        ("Эр-Рияд заявил, что переговоры сорваны.", "sa"),
        ("В Буэнос-Айресе заявили, что переговоры сорваны.", "ar"),
        ("Переговоры сорваны, заявили в Москве.", "ru"),
    ],
)
def test_a_hyphenated_capital_in_a_case_form_is_its_state(sentence: str, state: str) -> None:
    (found,) = suggest("ru", sentence, speakers=[RUSSIA, SAUDI, ARGENTINA])
    assert found is not None and found.speaker == state
    assert "the capital stands for" in found.reason


def test_an_unregistered_hyphenated_capital_is_proposed_as_listed() -> None:
    """With no state registered the capital is proposed in the nominative as the press
    writes it: "Эр-Рияд", not "Эр-Рияда" (a guess from "Рияде" read as a surname)."""
    (found,) = suggest("ru", "Переговоры сорваны, заявили в Эр-Рияде.", speakers=[])
    assert found is not None and found.proposed_name == "Эр-Рияд"


def test_a_capital_with_no_state_or_two_registered_stays_a_proposal() -> None:
    (alone,) = suggest("en", "Moscow warned that the talks had failed.", speakers=[KREMLIN])
    assert alone is not None and alone.speaker is None and alone.proposed_name == "Moscow"
    twice = Speaker(id="ru-gov", name="Правительство России", kind="government")
    (two,) = suggest("en", "Moscow warned that the talks had failed.", speakers=[RUSSIA, twice])
    assert two is not None and two.speaker is None  # two of Russia's: the analyst decides


@pytest.mark.parametrize(
    ("lang", "sentence", "body"),
    [
        ("en", "Azerbaijan's prosecutor general's office said 91 civilians had died.",
         "Azerbaijan prosecutor general's office"),
        ("en", "Azerbaijan's defence ministry denied targeting civilians.",
         "Azerbaijan defence ministry"),
        ("id", "Kementerian Pertahanan Azerbaijan melaporkan serangan di Tartar.",
         "Kementerian Pertahanan Azerbaijan"),
    ],
)  # fmt: skip
def test_a_body_named_after_a_registered_country_is_not_the_country(
    lang: str, sentence: str, body: str
) -> None:
    """Once "Azerbaijan" is registered (a headline's "Azerbaijan says"), its ministries and
    prosecutors were suggested as "Azerbaijan"; they are proposed as themselves."""
    (found,) = suggest(lang, sentence, speakers=[AZ])
    assert found is not None and found.speaker is None and found.proposed_name == body


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Azerbaijani officials said 91 civilians had died."),
        ("en", "Azerbaijan's government said 91 civilians had died."),
        ("id", "Pihak berwenang Azerbaijan mengatakan 91 warga sipil tewas."),
    ],
)
def test_the_states_own_voice_stays_the_registered_country(lang: str, sentence: str) -> None:
    (found,) = suggest(lang, sentence, speakers=[AZ])
    assert found is not None and found.speaker == "az"
