"""Claims that look like page furniture stay statements: narration hides them from the analyst.

A real claim marked narration never reaches the untagged queue, which is worse than a byline
left in it. Each case below was found by importing hand-written articles (wire stories,
live blogs, interviews, press releases, casualty lists) and was marked narration before.
"""

from __future__ import annotations

import pytest

from claimtrack.ingest import furniture, segment
from tests.ingest.conftest import imported_rows


def _marked(text: str, lang: str) -> list[str]:
    spans = segment(text, lang)
    return [text[a:b] for k, (a, b) in enumerate(spans) if k in furniture(text, spans)]


def _framed(line: str) -> str:
    """`line` as a paragraph of its own between a headline and a body sentence."""
    return f"Headline of the story\n\n{line}\n\nBody of the story, which someone said.\n"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # an interview's question and a reporter's or an editor's words are no credit
        ("en", "Reporter: Will you negotiate?"),
        ("id", "Editor: Hasil pemilu tidak akan berubah"),
        ("ru", "Корреспондент: ВСУ отступили из Бахмута"),
        # an anonymous source's claim is no "Source: Al Jazeera"
        ("en", "Source: the ministry said no permission had been granted"),
        ("en", "Source: Ukraine lost 400 tanks"),
        ("id", "Sumber: KPU menyebut partisipasi pemilih 81 persen"),
        ("ru", "Источник: в Минобороны обсуждают продление контрактов"),
        # a review: an anonymous source's headline in capitalised words
        ("en", "Source: Russia to withdraw troops from Kherson"),
        ("ru", "Источник: Россия и Украина обменяются пленными на этой неделе"),
        # a figure with a decimal point is no day and month
        ("en", "Inflation – 3.5"),
        ("en", "Unemployment – 4.8"),
        ("id", "Inflasi, 3.5"),
        # a count after a country in capitals is no dateline
        ("ru", "США, 5 погибших."),
        ("ru", "ВСУ, 5 танков."),
        # two bodies joined by a slash open a sentence, no photo credit
        ("en", "WHO/UNICEF Figures show 40,000 children need vaccines."),
        ("en", "US/UK Forces struck 16 targets in Yemen overnight."),
        ("id", "KPU/KPUD Jakarta menyatakan 204 juta pemilih terdaftar dalam DPT."),
        ("id", "TNI/POLRI Siap Amankan Pemilu 2024"),
        # a title-case line opening with "By" and a time, or with auxiliaries, is no byline
        ("en", "By Friday Evening, Kyiv Had Fallen."),
        ("en", "By Monday Night, Troops Had Left"),
        ("en", "By Ukraine Standards, Losses Were Light"),
        # a sentence about an illustration is no caption of one
        ("id", "Ilustrasi menunjukkan bahwa 40 persen rumah rusak berat."),
        # a claim with its date after a bar is no page header
        ("id", "Bendungan itu menelan biaya Rp 2,3 triliun | 5 Maret 2023"),
        # a headline about a journalist's report is no reporter's credit
        ("id", "Laporan Wartawan Tempo Soal Penembakan Dibantah Polisi"),
    ],
)
def test_a_claim_that_opens_like_page_furniture_stays_a_statement(lang: str, line: str) -> None:
    assert _marked(_framed(line), lang) == []


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("id", "Editor: Agus Salim"),
        ("id", "Pewarta: Budi Santoso/Antara"),
        ("ru", "Редактор: Иван Иванов"),
        ("en", "Source: Ukrainian military intelligence"),
        ("id", "Sumber: Badan Pusat Statistik (BPS), 2023"),
        ("en", "Reuters, 01.11.2020"),
        ("id", "Aljazeera, 1/11."),
        ("ru", "МОСКВА, 29 окт — РИА Новости."),
        ("ru", "ЕРЕВАН, 5 октября."),
        ("en", "REUTERS/Stringer"),
        ("en", "By Svitlana Vlasova and Tim Lister, CNN"),
        ("id", "Oleh Budi Santoso"),
        ("id", "Ilustrasi gempa bumi di Cianjur."),
        ("id", "Presiden Jokowi | Bendungan Jatigede | 5 Maret 2023"),
        ("id", "Laporan Wartawan Tribunnews.com Reza Deni"),
        ("id", "Laporan Reporter Tribun Jabar, Lutfi Ahmad"),
    ],
)
def test_the_furniture_those_claims_resemble_is_still_narration(lang: str, line: str) -> None:
    assert _marked(_framed(line), lang) == [line]


def test_a_paragraph_ending_with_two_bodies_joined_by_a_slash_is_no_photo_caption() -> None:
    """A short last sentence opening "TNI/Polri" was taken for a photo's credit, and every
    sentence before it on the line for the photo's caption: the whole paragraph was lost."""
    text = (
        "Pemilu Aman\n\n"
        "Polisi menangkap tiga orang di Bekasi. TNI/Polri siaga penuh.\n\n"
        "The army said 40 soldiers died. US/UK jets struck back.\n\n"
        "Warga antre di depan kantor polisi. REUTERS/Gleb Garanich\n"
    )
    assert _marked(text, "id") == [
        "Warga antre di depan kantor polisi.",  # a caption and its credit still are
        "REUTERS/Gleb Garanich",
    ]


def test_imported_claims_that_look_like_furniture_wait_in_the_untagged_queue(tmp_path) -> None:
    """What the analyst sees: the claims are statements to tag, not narration."""
    text = (
        "KPU Tetapkan Hasil Pemilu 2024\n\n"
        "Penulis: Budi Santoso\n\n"
        "KPU/KPUD Jakarta menyatakan 204 juta pemilih terdaftar dalam DPT.\n\n"
        "Sumber: KPU menyebut partisipasi pemilih 81 persen\n\n"
        "Inflasi, 3.5\n"
    )
    _, rows = imported_rows(tmp_path, text, "id")
    assert [said for said, aside in rows if aside] == ["Penulis: Budi Santoso"]


def test_a_paragraph_ending_with_a_figure_in_brackets_is_no_photo_caption() -> None:
    """A bracket with a slash closing a paragraph was taken for a photo's credit ("(AFP/
    Getty)"), and the paragraph's claims for its caption."""
    text = (
        "Inflasi\n\n"
        "Inflation rose to 5.5% in the fiscal year, the central bank said. (Figures for 2022/23.)"
        "\n\n"
        "Harga Pertalite naik menjadi Rp 10.000, kata menteri. (Rp 10.000/liter)\n\n"
        "Warga antre di depan SPBU. (Liputan6.com/Faizal Fanani)\n"
    )
    assert _marked(text, "id") == [
        "Warga antre di depan SPBU.",  # a caption and its credit still are
        "(Liputan6.com/Faizal Fanani)",
    ]


def test_an_appeal_told_by_the_article_is_no_promotion_of_the_outlet() -> None:
    """A paragraph opening like the outlet's own promotion ("Follow us on", "Ikuti berita")
    was narration, every sentence of it, even when someone else made the appeal."""
    text = (
        "Evakuasi Kherson\n\n"
        "Follow us on Telegram, the army urged residents of occupied Kherson. It said 5,000 "
        "people had left.\n\n"
        "Ikuti berita resmi pemerintah, kata menteri, karena 40 akun hoaks beredar.\n\n"
        "Ikuti kami di Google News. Pastikan kamu sudah install aplikasinya.\n"
    )
    assert _marked(text, "id") == [
        "Ikuti kami di Google News.",  # the outlet's own promotion still is
        "Pastikan kamu sudah install aplikasinya.",
    ]


def test_the_line_after_a_photos_caption_is_the_storys_again() -> None:
    """BBC's "Image caption," opened a list of up to five lines, as "Read more:" does: a
    subheading claim right under the one caption became narration."""
    text = (
        "Azerbaijan presses on\n\n"
        "The army said it had taken 20 villages in the first day of what it called an "
        "anti-terrorist operation, and that its troops had lost none of their positions.\n"
        "Image caption,\n"
        "Smoke rises over Stepanakert on Tuesday\n"
        "Aliyev: We Will Not Stop Until Karabakh Is Ours\n"
        "In a televised address on Tuesday evening, the president said the operation would go "
        "on until the separatist forces laid down their arms and left the region.\n"
    )
    assert _marked(text, "en") == ["Image caption,", "Smoke rises over Stepanakert on Tuesday"]


def test_a_group_in_capitals_before_a_dash_is_the_speaker_not_a_dateline(tmp_path) -> None:
    """What the analyst saw: "ISIS —" as narration and "The group claimed ..." without the
    group's name, to attribute to no one."""
    text = (
        "Attack in Kabul\n\n"
        "KABUL, Afghanistan (AP) — A blast hit a mosque on Friday, police said.\n\n"
        "ISIS — The group claimed the attack in a statement on Saturday.\n"
    )
    _, rows = imported_rows(tmp_path, text, "en")
    assert rows == [
        ("Attack in Kabul", False),
        ("KABUL, Afghanistan (AP) —", True),
        ("A blast hit a mosque on Friday, police said.", False),
        ("ISIS — The group claimed the attack in a statement on Saturday.", False),
    ]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Source: data from the regional administration"),
        ("en", "Source: own calculations"),
        ("en", "Sources: Reuters, AP"),
        ("id", "Sumber: diolah dari berbagai sumber"),
        ("id", "Sumber: data BPS"),
        ("ru", "Источник: данные Росстата"),
        ("id", "Penulis: Tim detikcom"),
        ("id", "Editor: rina"),
        ("ru", "Автор: Анна Иванова"),
        ("en", "Photograph: Alex Kent/AFP"),
        ("en", "Graphic: Reuters"),
        ("id", "Foto: dok. Humas Polri"),
        ("id", "(Foto: dok. Humas Polri)"),
        ("en", "Writing by Tom Balmforth; Editing by Alex Richardson"),
    ],
)
def test_credits_in_lower_case_or_without_names_are_narration(lang: str, line: str) -> None:
    """Credits an analyst found waiting in the untagged queue: a source named by what its
    figures are, a desk credited instead of a name, a wire's notes out of brackets."""
    assert _marked(_framed(line), lang) == [line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Source: data show 400 tanks were lost"),
        ("en", "Source: official figures are false"),
        ("en", "Source: estimates of the UN put the toll at 40,000"),
        ("id", "Sumber: data KPU menunjukkan partisipasi 81 persen"),
        ("ru", "Источник: данные Минобороны завышены"),
        ("id", "Penulis: tim kami tidak pernah ke sana"),
        ("ru", "Автор: письмо написал сам Пригожин"),
        ("en", "Image: Russian troops shelling Kharkiv"),
        ("en", "Reporting by the BBC showed 40 people died."),
        ("en", "Writing by Tom Balmforth showed bias"),
    ],
)
def test_claims_shaped_like_lower_case_credits_stay_statements(lang: str, line: str) -> None:
    """What the credits above must not take: a verb or a figure after "Source: data", words
    after a credit's label that make a sentence."""
    assert _marked(_framed(line), lang) == []
