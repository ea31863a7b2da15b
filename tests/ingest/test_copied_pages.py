"""Whole pages copied from news sites, as an analyst pastes them: what is narration, what waits.

Each case was found by importing hand-written copies of wire, live-blog, feature and portal
pages (en/id/ru) and reading `claimtrack statements` as an analyst would.
"""

from __future__ import annotations

import pytest

from claimtrack.ingest import furniture, segment
from claimtrack.model import Source
from tests.ingest.conftest import imported_rows


def _marked(text: str, lang: str) -> list[str]:
    spans = segment(text, lang)
    return [text[a:b] for k, (a, b) in enumerate(spans) if k in furniture(text, spans)]


def _framed(line: str) -> str:
    return f"Headline of the story\n{line}\nBody of the story, which someone said.\n"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # buttons and rows of them
        ("en", "Share this article"),
        ("en", "Save"),
        ("en", "Facebook Twitter WhatsApp"),
        ("ru", "ВКонтакте Telegram"),
        ("en", "Advertisement · Scroll to continue"),
        # a section's label over a list, a breadcrumb trail
        ("en", "Key points:"),
        ("en", "Key facts"),
        ("ru", "Что известно на данный момент:"),
        ("en", "Home > News > Asia"),
        ("id", "Home » Nasional"),
        # detik's video embed, a copyright's second sentence
        ("id", "[Gambas:Video 20detik]"),
        ("en", "All rights reserved."),
        ("en", "Source: data from the UN Office for the Coordination of Humanitarian Affairs"),
        ("ru", "Источник: пресс-служба Минобороны РФ"),
        ("en", "Live updates"),
        # Markdown's emphasis around them, an editor's note on a change
        ("en", "**What we know:**"),
        ("en", "*This article was amended on 15 May 2024 to correct the spokesman's name.*"),
        # a gallery's counters, a live blog's label, a desk's byline, an interview's note
        ("en", "1 of 8"),
        ("id", "2 dari 12"),
        ("ru", "3 из 10"),
        ("en", "Key events"),
        ("id", "Tim detikcom - detikNews"),
        ("en", "This interview has been edited for length and clarity."),
        ("id", "Wawancara ini telah disunting agar lebih ringkas."),
        ("ru", "Интервью сокращено."),
    ],
)
def test_a_pages_buttons_labels_and_trails_are_narration(lang: str, line: str) -> None:
    assert _marked(_framed(line), lang) == [line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "X and Facebook removed the posts"),
        ("en", "Save the Children says 40 children died"),
        ("en", "In numbers, the war has cost Ukraine 40% of its economy"),
        ("ru", "Что известно о взрыве в Москве"),  # an explainer's headline, not a label
        ("en", "Home secretary says 40 migrants drowned"),
        ("en", "# Live fire drills near Taiwan, China says"),
        ("ru", "Источник: пресс-служба Минобороны сообщила о 40 погибших"),
        ("en", "This article was the first to reveal that 40 soldiers died."),
        ("en", "3 of 8 hospitals were hit"),
        ("en", "This interview was edited by Kremlin censors, the paper said"),
        # a table's rows of figures: thousands grouped are no time stamp
        ("en", "UN OCHA | 1,500 | 3,200"),
        ("id", "BNPB | 1.500 | 3.200"),
    ],
)
def test_lines_that_open_like_those_stay_statements(lang: str, line: str) -> None:
    assert _marked(_framed(line), lang) == []


def test_a_detik_page_keeps_only_its_story_in_the_queue(tmp_path) -> None:
    """detik's video promotion and embed under the story waited in the untagged queue."""
    text = (
        "Kapolda: 3 Pelaku Ditangkap\n"
        "Andhika Prasetia - detikNews\n"
        "Senin, 06 Nov 2023 14:20 WIB\n"
        "Makassar - Polda Sulawesi Selatan menangkap tiga orang. Penangkapan dilakukan pada "
        "Minggu (5/11) malam.\n"
        'Simak Video "Polisi Tangkap Pelaku Pembakaran Pos Polisi"\n'
        "[Gambas:Video 20detik]\n"
        "(aik/imk)\n"
    )
    _, rows = imported_rows(tmp_path, text, "id")
    assert [said for said, aside in rows if not aside] == [
        "Kapolda: 3 Pelaku Ditangkap",
        "Polda Sulawesi Selatan menangkap tiga orang.",
        "Penangkapan dilakukan pada Minggu (5/11) malam.",
    ]


def test_a_features_credits_at_its_foot_are_narration(tmp_path) -> None:
    """A journalist credited on a line of their own with where they reported from, and the
    copyright's "All rights reserved.", were statements to tag."""
    text = (
        "ISIS claims deadly attack on Kabul mosque\n\n"
        "Taliban spokesman Zabihullah Mujahid said 7 people were killed.\n\n"
        "Sarah Khan contributed reporting from Kabul. Additional reporting by Ali Latifi.\n\n"
        "Copyright © 2023 The Northgate Times. All rights reserved.\n"
    )
    _, rows = imported_rows(tmp_path, text, "en")
    assert [said for said, aside in rows if not aside] == [
        "ISIS claims deadly attack on Kabul mosque",
        "Taliban spokesman Zabihullah Mujahid said 7 people were killed.",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        (
            "en",
            "Home > News > Asia\n\nISIS claims deadly attack on Kabul mosque\n\nBody, he said.\n",
            "ISIS claims deadly attack on Kabul mosque",
        ),
        (
            "id",
            "KOMPAS.com/ARDITO RAMADHAN Menko Polhukam Mahfud MD di Jakarta, Senin (6/11/2023).\n"
            "Mahfud: Pemerintah Tidak Akan Intervensi Putusan MK\n"
            "Mahfud menegaskan pemerintah tidak akan mengintervensi putusan MK.\n",
            "Mahfud: Pemerintah Tidak Akan Intervensi Putusan MK",
        ),
    ],
)
def test_a_pages_trail_or_photo_caption_is_not_the_sources_title(
    tmp_path, lang: str, text: str, title: str
) -> None:
    """`claimtrack sources` listed a page as "Home > News > Asia" or as Kompas's photo
    caption over the headline."""
    store, _ = imported_rows(tmp_path, text, lang)
    (source,) = store.all(Source)
    assert source.title == title


def test_a_caption_credited_to_a_photographer_is_narration() -> None:
    """The Guardian writes "Photograph:" after a caption: the caption was a statement."""
    text = (
        "Zelenskyy says Ukraine will not cede land\n\n"
        '"Never," Zelenskyy said in his nightly address.\n'
        "Smoke rises after a Russian strike on Kharkiv. Photograph: Sofiia Gatilova/Reuters\n"
        "Witkoff told reporters he was optimistic.\n"
    )
    assert _marked(text, "en") == [
        "Smoke rises after a Russian strike on Kharkiv.",
        "Photograph: Sofiia Gatilova/Reuters",
    ]


def test_a_guardian_byline_naming_where_its_reporters_are_is_narration(tmp_path) -> None:
    """ "Pjotr Sauer in Kyiv" and "Andrew Roth in Moscow and Shaun Walker in Kyiv" under the
    headline and the standfirst waited in the untagged queue as statements."""
    text = (
        "Russia claims two villages near Bakhmut as Ukraine denies losing ground\n"
        "Moscow says its forces advanced overnight; Kyiv calls the claim propaganda\n"
        "Andrew Roth in Moscow and Shaun Walker in Kyiv\n"
        "Pjotr Sauer in Kyiv\n"
        "Russia's defence ministry said its troops had taken Klishchiivka and Andriivka.\n"
    )
    _, rows = imported_rows(tmp_path, text, "en")
    assert [said for said, aside in rows if aside] == [
        "Andrew Roth in Moscow and Shaun Walker in Kyiv",
        "Pjotr Sauer in Kyiv",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a headline's words are the story's: it writes them in lower case
        "World news\nTroops Advance in Bakhmut\nRussian troops advanced on Monday, Kyiv said.\n",
        # a page that writes headlines in title case: the line is its kicker
        "Russia Claims Two Villages Near Bakhmut\nFighting Rages in Bakhmut\n"
        "Kyiv said it held the line.\n",
        # a country is no one's name
        "Russia claims gains\nUkraine Holds Firm in Bakhmut\nKyiv said it held the line.\n",
    ],
)
def test_a_title_case_line_shaped_like_that_byline_stays_a_statement(text: str) -> None:
    assert _marked(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "head", "rows"),
    [
        ("en", "Source | Killed | Wounded", ["UN OCHA | 1,500 | 3,200", "RSF statement | 300 | —"]),
        ("id", "Wilayah | Meninggal | Luka", ["Bekasi | 4 | 12", "Depok | 2 | 7"]),
        ("ru", "Сторона | Погибшие | Раненые", ["ВСУ | 50 000 | —", "«Вагнер» | 20 000 | 40 000"]),
    ],
)
def test_a_tables_column_names_are_narration_and_its_rows_statements(
    lang: str, head: str, rows: list[str]
) -> None:
    """A table of figures copied from a page: the line naming its columns is no one's claim,
    each row of figures is one."""
    text = "Casualties by source\n\n" + "\n".join([head, *rows]) + "\n\nBody, he said.\n"
    assert _marked(text, lang) == [head]
