"""Page furniture (breadcrumb trails, counters) is imported as narration, the text kept."""

from __future__ import annotations

import pytest

from claimtrack.ingest import furniture, read_document, segment
from claimtrack.model import Statement
from claimtrack.services.annotate import tag
from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.services.speakers import add_speaker
from claimtrack.store import Store
from tests.ingest.conftest import imported_rows

# Shaped like the seed article as copied from the outlet's page.
PAGE = (
    "Home Internasional Presiden Bersumpah Akan Merebut Wilayah\n\n"
    "Presiden Bersumpah Akan Merebut Wilayah\n\n"
    "Baku - Presiden mengatakan pasukan negaranya akan berjuang. Aljazeera, 1/11.\n\n"
    "Menurut pejabat setempat, 1.166 pasukan mereka telah tewas.\n\n"
    "* * *\n\n"
    "485\n"
)


def _texts(text: str, lang: str = "id") -> tuple[list[str], set[int]]:
    spans = segment(text, lang)
    return [text[a:b] for a, b in spans], furniture(text, spans)


def test_a_breadcrumb_run_into_the_headline_and_letterless_lines_are_furniture() -> None:
    texts, found = _texts(PAGE)
    # the outlet credited with the day ("Aljazeera, 1/11.") is nobody's claim either, nor
    # is the dateline's lead ("Baku -")
    expected = {texts[0], "Baku -", "Aljazeera, 1/11.", "* * *", "485"}
    assert {texts[i] for i in found} == expected
    assert texts[0].startswith("Home Internasional")
    # the headline itself and a sentence with figures stay statements
    assert "Presiden Bersumpah Akan Merebut Wilayah" not in {texts[i] for i in found}


def test_a_first_line_that_merely_shares_a_tail_is_not_a_trail() -> None:
    # "...Wilayah" ends the headline, but is glued to the word before it: not a trail
    text = "PresidenWilayah\n\nWilayah\n\nIsi berita."
    assert furniture(*_spans(text)) == set()
    # only the first line can be a trail
    text = "Isi berita.\n\nHome Berita\n\nBerita"
    assert furniture(*_spans(text)) == set()


def _spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    return text, segment(text, "id")


def test_the_title_skips_the_trail() -> None:
    assert read_document(PAGE.encode(), "a.txt").title == "Presiden Bersumpah Akan Merebut Wilayah"
    plain = read_document(b"Presiden Bersumpah\n\nIsi berita.", "b.txt")
    assert plain.title == "Presiden Bersumpah"


@pytest.mark.parametrize(
    ("furniture_line", "lang"),
    [
        ("Kompas.com - 11/04/2025, 14:20 WIB", "id"),
        ("Reuters - 12/03/2025", "en"),
        ("ТАСС, 11 апреля.", "ru"),
        ("Jakarta (ANTARA) -", "id"),
        ("MOSCOW, April 11 (Reuters) -", "en"),
        ("КИРСК, 14 марта. /ТАСС/.", "ru"),
        ("By Anna Koval and Peter Vance", "en"),
        ("Batam, Riau Islands | The Jakarta Post | Thu, March 6", "en"),
    ],
)
def test_the_title_is_the_headline_not_a_dateline_above_it(furniture_line: str, lang: str) -> None:
    """A Kompas page copied with its dateline on top was titled "Kompas.com - 11/04/2025,
    14:20 WIB" in `sources` and every export, not by its headline."""
    headline = "Tim Investigasi: Serangan ke RS Brenzi Berasal dari Posisi Artileri Orvana"
    text = f"{furniture_line}\n{headline}\n\nKomisi menyimpulkan bahwa peluru ditembakkan.\n"
    assert read_document(text.encode(), "a.txt", lang=lang).title == headline
    # furniture alone is still titled by something
    assert read_document(f"{furniture_line}\n".encode(), "b.txt").title == furniture_line


def test_import_marks_furniture_as_narration_and_keeps_the_text(tmp_path) -> None:
    store = Store.open(tmp_path / "s.json", create=True, analyst="t")
    (result,) = import_documents(store, [RawDocument(PAGE.encode(), "page.txt", lang="id")])
    statements = sorted(store.all(Statement), key=lambda s: s.start)
    aside = [result.source.text[s.start : s.end] for s in statements if s.narration]
    assert aside == [PAGE.split("\n")[0], "Baku -", "Aljazeera, 1/11.", "* * *", "485"]
    assert result.source.text == PAGE.rstrip("\n")
    assert result.statements == len(statements)
    store.close()


def test_the_seed_trail_and_view_counter_are_narration(seed_text: str) -> None:
    spans = segment(seed_text, "id")
    found = furniture(seed_text, spans)
    assert sorted(seed_text[spans[i][0] : spans[i][1]] for i in found) == [
        "485",
        "Aljazeera, 1/11.",  # the outlet it came from, and the day
        "Baku, Gatra.com-",  # the dateline's lead, cut off the story's first sentence
        "Home Internasional Presiden Azerbaijan Bersumpah Akan Merebut Nagorno-Karabakh",
    ]


WIRE = (  # the credits a wire story and a live blog carry, among sentences that look alike
    "Armenia and Azerbaijan trade blame for shelling of Martuni\n\n"
    "(Corrects spelling of spokeswoman's name in paragraph 2)\n\n"
    "By Anna Melkonyan and Farid Aliyev\n\n"
    "By Monday, the army had shelled Ganja, the ministry said.\n\n"
    "By Air And Land, Azerbaijan Presses On\n\n"
    "Video: Azerbaijani drones destroyed 5 Armenian tanks, the ministry says.\n\n"
    'Reporter: "We saw at least 40 bodies in the street."\n\n'
    "ARMENIA, 12 DEAD\n\n"
    "Copyright claims aside, the ministry said 40 troops died.\n\n"
    "The Kremlin said its partners contributed to this report.\n\n"
    "By şahin Yılmaz and others, reports said.\n\n"
    "18:40 GMT\n\n"
    "At 12:30 the shelling began, residents said.\n\n"
    "(Reporting by Anna Melkonyan in Yerevan; Editing by Alex Richards)\n\n"
    "CORRECTION: An earlier version of this story misspelled a name.\n\n"
    "PHOTO: A house destroyed by shelling in Martuni.\n\n"
    "REUTERS/Stringer\n\n"
    "Pewarta: Budi Santoso\n\n"
    "COPYRIGHT © ANTARA 2020\n\n"
    "ЕРЕВАН, 5 октября.\n\n"
    "/ТАСС/.\n\n"
    "Фото: Иван Петров/ТАСС\n\n"
    "RELATED: Ceasefire talks stall in Moscow\n\n"
    "Associated Press writer Aida Sultanova in London contributed to this report.\n\n"
    "Reuters, 01.11.2020\n\n"
    "Baku, 12.5 km from the front, was shelled.\n\n"
    "Twelve soldiers died, 12.5.\n\n"
    "Ceasefire begins Saturday, 10.10.\n"
)


def test_a_wire_storys_credits_and_time_stamps_are_furniture() -> None:
    """Bylines, credits, corrections and a live blog's stamps waited in the untagged queue as
    if someone claimed them (found on a reviewer's wire copy)."""
    texts, found = _texts(WIRE, "en")
    kept = [t for i, t in enumerate(texts) if i not in found]
    assert kept == [
        "Armenia and Azerbaijan trade blame for shelling of Martuni",
        "By Monday, the army had shelled Ganja, the ministry said.",
        # a review's look-alikes: a title-case headline, a claim behind a label, a headline
        # in capitals, a sentence that opens with "Copyright", news that ends like a credit
        "By Air And Land, Azerbaijan Presses On",
        "Video: Azerbaijani drones destroyed 5 Armenian tanks, the ministry says.",
        'Reporter: "We saw at least 40 bodies in the street."',
        "ARMENIA, 12 DEAD",
        "Copyright claims aside, the ministry said 40 troops died.",
        "The Kremlin said its partners contributed to this report.",
        "By şahin Yılmaz and others, reports said.",
        "At 12:30 the shelling began, residents said.",
        "Baku, 12.5 km from the front, was shelled.",
        "Twelve soldiers died, 12.5.",  # claims ending in a figure or a date, not credits
        "Ceasefire begins Saturday, 10.10.",
    ], kept


def test_a_live_blogs_time_opening_an_entry_is_cut_off_it_all_through() -> None:
    """A new-analyst trial: "14:05 GMT - Valdoria's Defence Ministry now says 17 civilians
    were killed ..." kept its time in the statement and the claim's summary, while "14:05
    GMT" on a line of its own was narration. Entries run on past a dateline's reach."""
    filler = "".join(f"The ministry said {n} shells fell on Kesh overnight.\n\n" for n in range(80))
    text = (
        "Kesh strikes: live updates\n\n"
        "14:05 GMT - Valdoria's Defence Ministry now says 17 civilians were killed in Kesh, "
        "up from 15.\n\n"
        "13:40 GMT\n\n"
        "The ministry said rescue work continues.\n\n"
        + filler
        + "9:30 am — “We will rebuild,” the mayor said.\n\n"
        "14.05 WIB - Kementerian Pertahanan menyebut 17 warga sipil tewas.\n\n"
        # look-alikes: a time in a sentence, a figure with a dash, a range of hours
        "At 12:30 the shelling began, residents said.\n\n"
        "3.50 - Prices rose again, traders said.\n\n"
        "12:30 - shelling resumed, residents said.\n"
    )
    assert len(text) > 3000  # past the first characters a dateline is looked for in
    texts, found = _texts(text, "en")
    furniture_spans = [t for i, t in enumerate(texts) if i in found]
    kept = [t for i, t in enumerate(texts) if i not in found and "shells fell" not in t]
    assert furniture_spans == ["14:05 GMT -", "13:40 GMT", "9:30 am —", "14.05 WIB -"]
    assert kept == [
        "Kesh strikes: live updates",
        "Valdoria's Defence Ministry now says 17 civilians were killed in Kesh, up from 15.",
        "The ministry said rescue work continues.",
        "“We will rebuild,” the mayor said.",
        "Kementerian Pertahanan menyebut 17 warga sipil tewas.",
        "At 12:30 the shelling began, residents said.",
        "3.50 - Prices rose again, traders said.",
        "12:30 - shelling resumed, residents said.",
    ], kept


def test_credits_and_rules_deep_in_a_page_are_found_as_near_its_top() -> None:
    """A paragraph's first sentence ending with a full stop, or a long one inside a paragraph,
    is looked at less than the lines at a page's top (a sentence costs every import): the
    credits and rules among them are still narration, their look-alikes statements."""
    body = "".join(f"The ministry said {n} soldiers died near Martuni.\n\n" for n in range(10))
    text = (
        "Armenia and Azerbaijan trade blame for shelling\n\n"
        + body
        # an outlet credited with a date and a time, longer than a caption's tail
        + "Reuters Foreign Desk Team, 12 March 2025, 10:15 WIB.\n\n"
        + "Reuters Foreign Desk Team said 12 soldiers died on Monday.\n\n"
        # a rule after a sentence on its line, too long for a caption's tail
        + "Pasukan terus menembaki kota. * * * * * * * * * * * * * * * * * * * * * *\n\n"
        + "Pasukan terus menembaki kota itu pada Senin malam, kata mereka.\n"
    )
    assert _marked(text, "en") == [
        "Reuters Foreign Desk Team, 12 March 2025, 10:15 WIB.",
        "* * * * * * * * * * * * * * * * * * * * * *",
    ]


# Each line a paragraph of its own, as pages copy them; a header or dateline for each
# language, then statements that open with a place, a comma or a date and are claims.
HEADERS = [
    ("en", "Batam, Riau Islands | The Jakarta Post | Thu, March 6", True),
    ("id", "Kompas.com - 06/03/2025, 10:15 WIB", True),
    ("ru", "Коммерсантъ, 6 марта 2025", True),
    ("en", "The Jakarta Post, March 6, 2025", True),
    ("ru", "Москва, 6 марта 2025 года", True),
    # a dateline's lead or a date left on a line of its own
    ("id", "Jakarta (ANTARA) -", True),
    ("id", "BRENZI, KOMPAS.com -", True),
    ("en", "MOSCOW, April 11 (Reuters) -", True),
    ("en", "12 March 2025", True),
    ("ru", "11 апреля 2025, 14:20", True),
    (
        "en",
        "Batam, the island nearest Singapore, has seen three seizures this year, officials said.",
        False,
    ),
    ("en", "Moscow, 6 March 2025: the ministry said 40 drones were downed.", False),
    ("en", "Jakarta, which denied it, said a consul met the crew on 5 March.", False),
    ("en", "The fleet sailed on May 6, 2025.", False),
    ("en", "World | Russia says it downed 40 drones", False),  # a section, no date
    ("en", 'Oil | Gas | "Prices fell on March 6," traders said.', False),
    ("id", "Batam, Kepulauan Riau, kata Arif, diawasi sejak 3 Maret 2025.", False),
    ("ru", "Москва, по словам Захаровой, примет ответные меры до 6 марта 2025.", False),
    ("en", "12 May 2025 was chosen for the vote, the commission said.", False),
    ("en", "Orvana (via its ministry) denied it - again.", False),
]


def test_datelines_and_page_headers_are_narration_and_statements_opening_alike_are_not(
    tmp_path,
) -> None:
    """A fresh-user review found these headers waiting in the untagged queue as claims."""
    store = Store.open(tmp_path / "s.json", create=True, analyst="t")
    for n, (lang, line, _) in enumerate(HEADERS):
        text = f"Judul berita nomor {n}\n\n{line}\n\nBody of the story {n}.\n"
        import_documents(store, [RawDocument(text.encode(), f"{n}.txt", lang=lang)])
    sources = store.docs("sources")
    marked = {
        sources[st.source]["text"][st.start : st.end]: st.narration for st in store.all(Statement)
    }
    assert {line: marked.get(line) for _, line, _ in HEADERS} == {
        line: narration for _, line, narration in HEADERS
    }
    store.close()


# Openings of the fresh-user review's articles (AP, Tempo, Interfax, detik, RIA).
DATELINED = [
    (
        "en",
        "MAKASSAR, Indonesia (AP) —",
        "At least 11 people were killed when police fired tear gas, police said Tuesday.",
    ),
    (
        "id",
        "TEMPO.CO, Jakarta -",
        "Menteri Koordinator Bambang W. Prasetyo membantah aparat menggunakan peluru tajam.",
    ),
    (
        "ru",
        "Москва. 4 сентября. ИНТЕРФАКС -",
        "Индонезийская оппозиция обвиняет правительство в сокрытии числа погибших.",
    ),
    (
        "id",
        "detikNews, Makassar -",
        "Pengadilan Negeri Makassar memutuskan aparat terbukti menggunakan peluru tajam.",
    ),
    ("en", "Batam, March 6 (Reuters) -", "Officials said 40 tonnes of oil had spilled."),
    ("id", "BATAM, KOMPAS.com -", "Ratusan nelayan tidak bisa melaut sejak Rabu (5/3/2025)."),
    ("ru", "МОСКВА, 4 мар —", "Заместитель министра заявил, что выпало 400 мм осадков."),
    ("ru", "ДЖАКАРТА, 6 марта. /Интерфакс/ -", "Заместитель министра заявил, что погибли 12."),
]


@pytest.mark.parametrize(("lang", "lead", "story"), DATELINED)
def test_a_datelines_lead_is_narration_and_the_story_is_the_statement_and_the_claim(
    tmp_path, lang: str, lead: str, story: str
) -> None:
    """A fresh-user review found "Москва." a statement beside a narration "4 сентября.", and
    statements and claim summaries opening "CO, Jakarta - ...", "ИНТЕРФАКС - ...",
    "MAKASSAR, Indonesia (AP) — ...": the lead is one chunk of furniture, the story after
    the dash a statement of its own text, and so is the claim it becomes."""
    store = Store.open(tmp_path / "s.json", create=True, analyst="t")
    text = f"Judul berita\n\n{lead} {story}\n\nKalimat berikutnya di sini.\n"
    import_documents(store, [RawDocument(text.encode(), "a.txt", lang=lang)])
    statements = sorted(store.all(Statement), key=lambda s: s.start)
    said = [(text[s.start : s.end], s.narration) for s in statements]
    assert said == [
        ("Judul berita", False),
        (lead, True),
        (story, False),
        ("Kalimat berikutnya di sini.", False),
    ]
    add_speaker(store, "Someone")
    _, _, claim = tag(store, statements[2].id, "Someone")
    assert claim.summary == story
    store.close()


@pytest.mark.parametrize(
    "dateline", ["МОСКВА, 29 окт — РИА Новости.", "ЕРЕВАН, 10 ноября — Север-Инфо."]
)
def test_a_ria_dateline_ending_with_its_agency_is_narration(dateline: str) -> None:
    text = f"Захарова призвала стороны соблюдать перемирие\n\n{dateline} Захарова заявила это.\n"
    texts, found = _texts(text, "ru")
    assert [texts[i] for i in sorted(found)] == [dateline]


def test_a_headline_less_story_is_titled_by_its_words_not_its_dateline() -> None:
    text = "TEMPO.CO, Jakarta - Menteri Bambang membantah aparat menggunakan peluru tajam.\n"
    title = read_document(text.encode(), "a.txt", lang="id").title
    assert title == "Menteri Bambang membantah aparat menggunakan peluru tajam."


def test_a_headline_less_detik_story_is_titled_by_its_words_not_its_place() -> None:
    text = "Jakarta - Presiden Joko Widodo meminta para menteri tidak membuat gaduh.\n"
    title = read_document(text.encode(), "a.txt", lang="id").title
    assert title == "Presiden Joko Widodo meminta para menteri tidak membuat gaduh."


def test_a_detik_lead_imports_as_narration_and_the_story_as_a_statement(tmp_path) -> None:
    """The lead "Jakarta -" used to stay glued to the story's first statement, so its
    claim summary and the speaker suggester read "Jakarta - Presiden ..."."""
    text = (
        "Jokowi Minta Menteri Tak Bikin Gaduh\n\n"
        "Jakarta - Presiden Joko Widodo meminta para menteri tidak membuat gaduh. "
        "Hal itu disampaikan dalam sidang kabinet.\n"
    )
    store, rows = imported_rows(tmp_path, text, "id")
    assert rows[1:3] == [
        ("Jakarta -", True),
        ("Presiden Joko Widodo meminta para menteri tidak membuat gaduh.", False),
    ]
    store.close()


def _marked(text: str, lang: str) -> list[str]:
    texts, found = _texts(text, lang)
    return [texts[i] for i in sorted(found)]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # time stamps
        ("en", "Published on 19/09/2023 - 12:10"),
        ("en", "Published On 4 Sep 2023"),
        ("en", "Updated 3:41 AM GMT+7, September 5, 2023"),
        ("en", "September 4, 20235:12 PM GMT+3Updated 2 hours ago"),
        ("id", "Selasa 14 Nov 2023 15:20 WIB"),
        ("id", "Diperbarui 04 Sep 2023, 20:01 WIB"),
        ("ru", "14:25 04.09.2023 (обновлено: 15:02 04.09.2023)"),
        # bylines
        ("id", "Oleh Muhammad Ali pada 04 Sep 2023, 19:45 WIB"),
        ("id", "Andhika Prasetia - detikNews"),
        ("id", "Penulis Ardito Ramadhan | Editor Icha Rastika"),
        ("id", "Rep: Fuji E Permana/ Red: Ani Nursalikah"),
        ("id", "Laporan Wartawan TribunJabar.id, Lutfi Ahmad Mauludin"),
        # buttons, editors' initials, notes
        ("en", "Share"),
        ("id", "Salin Link"),
        ("id", "Halaman 1 2 Selanjutnya"),
        ("ru", "Поделиться"),
        ("id", "(aik/imk)"),
        ("en", "Source: Al Jazeera and news agencies"),
        ("en", "Our Standards: The Thomson Reuters Trust Principles."),
        # a second batch: CNN, BBC, the Guardian, Sindonews, Okezone, Tempo, kumparan, Lenta
        ("en", "Updated 7:05 AM EDT, Sun September 10, 2023"),
        ("en", "By Svitlana Vlasova and Tim Lister, CNN"),
        ("en", "Sun 10 Sep 2023 14.51 BST"),
        ("en", "Staff and agencies"),
        ("en", "Reuse this content"),
        ("en", "Image source, Reuters"),
        ("id", "Antara, Jurnalis · Rabu 13 September 2023 09:15 WIB"),
        ("id", "Baca: Kerusuhan Wamena, Ribuan Warga Mengungsi"),
        ("id", "Harga beras naik (Foto: Okezone)"),
        ("id", "kumparanNEWS"),
        ("id", "loading..."),
        ("id", "(aky)"),
        ("ru", "Реклама"),
    ],
)
def test_a_pages_stamps_bylines_and_buttons_are_narration(lang: str, line: str) -> None:
    """Pasted pages of Reuters, AP, Al Jazeera, Kompas, detik, Liputan6, Republika, Tribun
    and RIA left these as statements waiting for a speaker."""
    text = f"Headline of the story\n{line}\nBody of the story, which someone said.\n"
    assert _marked(text, lang) == [line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Updated figures show 40 soldiers died."),
        ("en", "Share prices fell 5% on Monday."),
        ("en", "Source: the ministry said 40 soldiers died."),
        ("id", "Editor Budi Santoso mengatakan laporan itu benar."),
        ("id", "Prabowo Subianto - Gibran Rakabuming"),
        ("ru", "Песков заявил, что снимок подлинный. Фото сделано в 2020 году."),
        ("en", "Support for the war fell to 40 percent (Reuters/Ipsos)"),
        ("en", "Published figures show the toll has doubled."),
        ("id", "Presiden menyebut harga beras naik (foto satelit menunjukkan gudang kosong)"),
    ],
)
def test_sentences_that_open_like_page_furniture_stay_statements(lang: str, line: str) -> None:
    text = f"Headline of the story\n{line}\nBody of the story, which someone said.\n"
    assert not any(marked in line for marked in _marked(text, lang))


@pytest.mark.parametrize(
    ("lang", "marker", "headlines", "body"),
    [
        ("id", "Baca juga:", ["Pramono: Tak Ada Reshuffle dalam Waktu Dekat"], "Ia menolak."),
        ("id", "Baca Juga", ["Polisi Buru Pelaku di Depok", "Viral Pria Curi Motor"], "Ia."),
        ("id", "Lihat Juga :", ["BMKG Catat 12 Gempa Susulan di Sukabumi"], "Warga tenang."),
        ("en", "Read more:", ["Russia says it downed 11 Ukrainian drones"], "Kyiv denied it."),
        ("ru", "Читайте также", ["Лавров назвал условия для переговоров"], "Песков отметил."),
        ("ru", "Теги", ["Политика"], "Песков отметил."),
        ("ru", "Материалы по теме:", ["«Киев не готов к переговорам»"], "Песков отметил."),
        ("en", "More on this story", ["Why Nagorno-Karabakh matters"], "Baku denied it."),
        ("en", "Explore more on these topics", ["Sudan", "Africa"], "The army denied it."),
        ("en", "Image caption,", ["Smoke rises over Stepanakert on Tuesday"], "Baku said so."),
        # a headline in Title Case opened by a connective, which the article's own lines are
        ("id", "Baca juga:", ["Menurut BMKG, Gempa Susulan Masih Terjadi"], "Warga tenang."),
        (
            "id",
            "Baca juga:",
            ["Jokowi Tinjau Lokasi Gempa Cianjur", "Namun Warga Masih Bertahan di Tenda"],
            "Warga tenang.",
        ),
        ("en", "Read more:", ["However, Talks With Moscow Remain Frozen"], "Kyiv denied it."),
    ],
)
def test_other_stories_headlines_under_read_more_are_narration(
    lang: str, marker: str, headlines: list[str], body: str
) -> None:
    """ "Pramono: Tak Ada Reshuffle ..." under "Baca juga:" is another article's claim: it
    waited for a speaker and the suggester offered Pramono."""
    lines = "\n".join(headlines)
    text = f"Headline of the story\n\nFirst sentence.\n{marker}\n{lines}\n{body}\n"
    assert _marked(text, lang) == [marker, *headlines]


def test_a_photos_caption_and_credit_are_narration() -> None:
    text = (
        "Mahfud: Pemerintah Tak Akan Intervensi\n"
        "Ilustrasi gempa. (Foto: iStockphoto/Petrovich9)\n"
        "Menteri Agama Yaqut Cholil Qoumas. Foto: Republika/Prayogi\n"
        "JAKARTA, KOMPAS.com - Mahfud menegaskan pemerintah tidak akan mengintervensi.\n"
        "KOMPAS.com/ARDITO RAMADHAN Menko Polhukam Mahfud MD di Kantor Kemenko Polhukam.\n"
        "Ia menyebutkan, kerugian negara mencapai Rp 8 triliun.\n"
    )
    assert _marked(text, "id") == [
        "Ilustrasi gempa.",
        "(Foto: iStockphoto/Petrovich9)",
        "Menteri Agama Yaqut Cholil Qoumas.",
        "Foto: Republika/Prayogi",
        "JAKARTA, KOMPAS.com -",
        "KOMPAS.com/ARDITO RAMADHAN Menko Polhukam Mahfud MD di Kantor Kemenko Polhukam.",
    ]


def test_the_outlets_promotion_is_narration_every_sentence_of_it() -> None:
    text = (
        "Mahfud: Pemerintah Tak Akan Intervensi\n\n"
        "Ia menyebutkan, kerugian negara mencapai Rp 8 triliun.\n\n"
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pastikan kamu "
        "sudah install aplikasi WhatsApp ya.\n"
        'Artikel ini telah tayang di Kompas.com dengan judul "Mahfud: Pemerintah Tak Akan '
        'Intervensi".\n'
    )
    assert _marked(text, "id") == _texts(text, "id")[0][2:]


def test_a_wires_contributor_line_in_cnns_words_is_narration() -> None:
    text = "Headline\n\nKyiv was hit. CNN's Kostan Nechyporenko contributed reporting.\n"
    assert _marked(text, "en") == ["CNN's Kostan Nechyporenko contributed reporting."]


def test_okezones_promotion_is_narration() -> None:
    text = "Headline\n\nZulhas menggelar operasi pasar.\nFollow Berita Okezone di Google News\n"
    assert _marked(text, "id") == ["Follow Berita Okezone di Google News"]


def test_a_sites_sections_above_the_headline_are_narration_and_not_the_title() -> None:
    """A detik page was titled "detikNews" (then "Berita"), its site's sections."""
    text = (
        "detikNews\nBerita\nJokowi Minta Menteri Tak Bikin Gaduh\n"
        "Jakarta - Presiden Joko Widodo meminta para menteri tidak membuat gaduh.\n"
    )
    assert read_document(text.encode(), "d.txt", lang="id").title == (
        "Jokowi Minta Menteri Tak Bikin Gaduh"
    )
    assert _marked(text, "id") == ["detikNews", "Berita", "Jakarta -"]


def test_a_one_word_title_above_sentences_stays_the_title() -> None:
    text = "Notes\n\nAliyev said the talks would resume.\n"
    assert read_document(text.encode(), "n.txt", lang="en").title == "Notes"
    assert _marked(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "marker", "paragraph"),
    [
        ("en", "Read more:", "“We will find every one of them,” the police chief said"),
        ("en", "Read more:", "He said the suspects had been watched for two weeks"),
        ("en", "Read more:", "Police arrested three more people on Tuesday, according to AP"),
        ("id", "Baca juga:", "Polisi menangkap tiga orang lagi pada Selasa, kata Kapolres"),
        ("id", "Baca juga:", "Namun polisi belum menemukan senjata yang dipakai pelaku"),
        ("id", "Baca juga:", "“Kami akan kejar semua pelaku,” ujarnya"),
        ("ru", "Читайте также:", "«Мы найдём всех», — сказал начальник полиции"),
        (
            "en",
            "Read more:",
            "Police arrested three more people on Tuesday in raids across the eastern districts "
            "of the city, bringing the number of people held over the attack to eleven",
        ),
    ],
)
def test_the_articles_own_paragraph_under_read_more_stays_a_statement(
    lang: str, marker: str, paragraph: str
) -> None:
    """A paragraph without a full stop right under "Read more:" was taken for another
    story's headline and hidden as narration: a reporter's attribution, a pronoun or a
    connective opening it, or a headline's length tells it is the article going on."""
    text = (
        f"Headline of the story\n\nFirst sentence.\n{marker}\n{paragraph}\n"
        "Second paragraph, which someone said.\n"
    )
    assert _marked(text, lang) == [marker]
