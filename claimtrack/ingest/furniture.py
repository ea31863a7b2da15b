"""Page furniture: sentences an import marks as narration because no one can be claiming them.

A page copied from a news site brings more than the article. The seed article starts with the
site's breadcrumb trail run into the headline ("Home Internasional Presiden Azerbaijan
Bersumpah ...", then the headline again) and ends with a view counter ("485"). Left as
statements, they wait in the untagged queue and the speaker suggester reads the headline's
office words in the trail. The text stays in the source, exactly as imported; only the
statement's `narration` flag is set, which the analyst can clear.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence

from claimtrack.resources import data_dir

_LETTER = re.compile(r"[^\W\d_]")
SHORT = 64
"""Spans longer than this are never letterless in practice: not worth scanning."""


_LINE = 160
"""Longer spans are never a credit line, a byline or a time stamp."""
_SHORT = 40
"""A credit this short may follow something else on its line ("REUTERS/Stringer")."""
_VERB = r"(?!(?:Had|Has|Have|Is|Are|Was|Were|Will|Would|Did|Does|Can|Could|Must|Should)\b)"
"""Not an auxiliary: "By Ukraine Standards, Losses Were Light" is a headline, not "..., CNN"."""
# A capitalised word that is no function word ("By Air And Land" is a headline, not a byline)
# nor a time ("By Friday Evening, Kyiv Had Fallen." is a claim).
_NAME = (
    r"(?!(?:And|On|Of|The|In|At|For|To|As|With|From|Is|Are|Dan|Di|Ke|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|Morning|Afternoon|Evening|Night|Midnight"
    r"|Noon|Dawn|Then|Now|Last|Next|This|That|All|Most|Some|Early|Late|Senin|Selasa|Rabu"
    rf"|Kamis|Jumat|Sabtu|Minggu|Pagi|Siang|Sore|Malam)\b){_VERB}[^\W\d_][\w'’.-]*"
)
_PERSON = rf"{_NAME}(?:\s+{_NAME}){{1,3}}"  # two to four of them: "By Monday" is no byline
_BYLINE = re.compile(
    rf"(?:By|BY|Oleh|OLEH)\s+{_PERSON}(?:(?:,\s*|\s+(?:and|dan|&)\s+){_PERSON})*"
    r"(?:,\s*[^,.;:!?]{0,30}(?i:correspondent|reporter|writer|editor|koresponden|wartawan"
    r"|корреспондент)"  # "..., Caucasus correspondent"
    rf"|,\s*{_VERB}[^\W\d_a-zа-яё][\w.]*(?:\s+{_VERB}[^\W\d_a-zа-яё][\w.]*){{0,2}})?$"  # ", CNN"
)
"""A byline: "By Anna Melkonyan and Farid Aliyev", "Oleh Budi Santoso"."""
_BYLINE_OPENERS = ("By ", "BY ", "Oleh ", "OLEH ")
_MONTH = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"  # "Mar. 6"
    r"|januari|februari|maret|mei|juni|juli|agustus|oktober|desember"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"\b\.?"
)
"""A month by name (en, id; ru in the genitive a date takes): "March", "Maret", "марта"."""
_RU_MONTH_SHORT = r"(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\b\.?"
"""A Russian month as a wire's dateline abbreviates it: "4 мар", "12 янв.", "1 сент."."""
_MONTH_FIRST = (
    "(?i:[" + "".join(sorted({w[0] for w in _MONTH[4 : _MONTH.index(")")].split("|")})) + "])"
)
"""A letter a month's name opens with."""
_HEADER = re.compile(r"[^|\n\"“”«»]{1,60}(?:\s\|\s[^|\n\"“”«»]{1,60})+(?<![.!?])$")
"""A page header of short fields between bars: "Batam, Riau Islands | The Jakarta Post |
Thu, March 6" (no quotation, no sentence's end)."""
_DATED = re.compile(
    rf"\b(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b)|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
"""A date among a header's fields: what makes bars a page's header, not a table or a
headline's section ("World | Russia says it downed 40 drones")."""
_PHOTOGRAPHER = r"\s?[^\W\d_a-zа-яё][\w'’-]*(?:\s+[^\W\d_a-zа-яё][\w'’-]*){0,2}"
"""A photographer or an agency after a credit's slash ("REUTERS/Gleb Garanich", "AFP/Getty
Images"): up to three capitalised words, no full stop ("TNI/Polri siaga penuh." and "US/UK
jets struck back." end a paragraph as claims)."""
_CONNECTORS = frozenset({"By", "BY", "Oleh", "OLEH", "and", "dan", "&"})
_CREDIT_WORD = r"(?:[^\W\d_a-zа-яё][\w.'’-]*|(?:bin|binti|de|van|der|von|al|el|dan|and|и)\b)"
_CREDIT_NAMES = rf"{_CREDIT_WORD}(?:(?:\s+|\s*[,/&]\s*){_CREDIT_WORD})*"
"""The names a "Pewarta:" or "Editor:" line credits: capitalised words, a particle, an
agency after a slash ("Budi Santoso/Antara", "Ahmad bin Said")."""
_CREDIT_STAFF = (
    rf"(?:{_CREDIT_NAMES}"
    # the desk, or one name in lower case: "Penulis: Tim detikcom", "Editor: rina"
    r"|(?i:tim|team|redaksi|staff|редакция)(?:\s+[^\s\"“«:.!?]+){0,2}|[^\W\d_][\w'’-]*)$"
)
"""Who a credit's label names."""
_CREDIT_LINE = re.compile(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            # Captions and credits: "PHOTO: ...", "Фото: Иван Петров/ТАСС", "Pewarta: Budi
            # Santoso" (a name or two, no quotation: "Reporter: \"We saw ...\"" is a claim).
            r"(?=(?i:[pfф]))(?i:photo|file photo|foto|фото)\s*:",
            # (names only: "Reporter: Will you negotiate?", "Editor: Hasil pemilu tidak akan
            # berubah" are an interview's and a page's sentences)
            r"(?=(?i:[perрк]))(?i:pewarta|editor|penulis|reporter|redaktur|редактор|корреспондент)"
            rf"\s*:(?=[^\"“«:]{{1,40}}$)\s*{_CREDIT_STAFF}",
            r"(?i:copyright)\s*(?:©|\([cC]\)|\d{4}|(?i:by)\b)|©",
            # Wire notes in brackets: "(Reporting by ...; Editing by ...)", "(Corrects ...)".
            r"\((?i:reporting|writing|editing|additional reporting|compiled|corrects"
            r"|updates|adds|recasts|repeats)\b.*\)\.?$",
            r"(?:CORRECTION|CLARIFICATION|EDITOR'S NOTE)\b",
            r"(?=(?i:[rsblч]))(?i:related|read more|see also|baca juga|baca|lihat juga|simak juga"
            r"|lihat|читайте также)\s*:",
            # A live blog's time stamps: "14:05 GMT", "Last updated 18:40 GMT", and one cut
            # off the entry it opens ("14:05 GMT -", `time_lead`).
            r"(?=\d|(?i:[lu]))(?i:(?:last\s+)?updated:?\s*)?\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?"
            r"(?:\s*\(?[A-Z]{2,4}\)?)?(?:\.|\s*[-–—]{1,2})?$",
            # An agency's mark and a photo credit on their own: "/ТАСС/.", "REUTERS/Stringer".
            r"/[^/\s][^/]{0,20}/\.?$",
            # (a name after the slash: "TNI/POLRI Siap Amankan Pemilu 2024" is a headline)
            rf"[^\W\d_a-zа-яё]{{2,}}/(?=[^\n]{{1,30}}$){_PHOTOGRAPHER}$",
            # A dateline split from its story: "ЕРЕВАН, 5 октября.", "КИРСК, 14 марта.
            # /ТАСС/.", "МОСКВА, 29 окт — РИА Новости." (a month in lower case: "ARMENIA, 12
            # DEAD" is a headline, "США, 5 погибших." a count)
            r"[^\W\d_a-zа-яё]{3,}+(?:[ -][^\W\d_a-zа-яё]++)*+,\s+\d{1,2}\s+(?=[a-zа-яё])"
            rf"(?:{_MONTH}|{_RU_MONTH_SHORT})"
            r"(?:\s*/[^/\s][^/]{0,20}/\.?|\s+[-–—]\s+[^\W\d_a-zа-яё][\w .-]{0,25}\.)?$",
            # A date (and a time) alone: "12 March 2025", "11 апреля 2025, 14:20" (a digit
            # within a month's name of the start, looked for first, after a digit or a month's
            # first letter).
            rf"(?=\d|{_MONTH_FIRST})(?=[^\d\n]{{0,12}}+\d)(?:(?:0?[1-9]|[12]\d|3[01])[/.]"
            rf"(?:0?[1-9]|1[0-2])[/.]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
            rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}}(?:\s+(?:г\.|года))?)?"
            rf"|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
            r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?)?\.?$",
            # An outlet (or a place) credited with a date, perhaps a time: "Aljazeera, 1/11.",
            # "Reuters, 01.11.2020", "Kompas.com - 06/03/2025, 10:15 WIB", "Коммерсантъ, 6
            # марта 2025" (every word capitalised: "Twelve soldiers died, 12.5." is a claim;
            # a month by name: "Batam, the island nearest Singapore, ..." is a claim; a day
            # and a month with a dot take a year: "Inflation – 3.5" is a figure)
            r"[^\W\d_a-zа-яё][\w.&’'-]*+(?:\s++[^\W\d_a-zа-яё][\w.&’'-]*+){0,3}+"
            r"(?:,\s*|\s+[-–—]\s+)"
            r"(?:(?:0?[1-9]|[12]\d|3[01])(?:/(?:0?[1-9]|1[0-2])(?:/\d{2,4})?"
            r"|\.(?:0?[1-9]|1[0-2])\.\d{2,4})"
            rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}}(?:\s+(?:г\.|года))?)?"
            rf"|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
            r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?)?\.?$",
        )
    )
)
"""One pattern for every other credit line, matched at a span's start up to its end (one
call per span: fifteen separate patterns cost a third of an import). Cheap for the sentences
it is tried on and does not take: a label's words are looked for after one of their first
letters (`(?=...)`: the engine tries each word of an alternation that ignores case in turn),
and a capitalised word is taken whole (`*+`: given back a letter at a time it is no more a
credit, and giving back cost a step per letter)."""
_CREDIT_MORE = re.compile(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            # (a name, an agency: "Photograph: Alex Kent/AFP", "Graphic: Reuters")
            r"(?i:photograph|graphic|grafis|infografis|image|picture|gambar|illustration"
            rf"|коллаж|инфографика)\s*:(?=[^\"“«:]{{1,40}}$)\s*{_CREDIT_NAMES}$",
            # more labels: "Автор: Анна Иванова", "Kontributor: Andi"
            r"(?i:penyunting|fotografer|kontributor|author|writer|автор|текст)\s*:"
            rf"(?=[^\"“«:]{{1,40}}$)\s*{_CREDIT_STAFF}",
            # A wire's notes out of brackets: "Writing by Tom Balmforth; Editing by Alex
            # Richardson" (names after every "by": "Reporting by the BBC showed ..." is news)
            r"(?i:(?:additional\s+)?reporting|writing|editing|compiled)\s+(?i:by)\s+"
            rf"{_CREDIT_NAMES}(?:\s+in\s+{_CREDIT_NAMES})?(?:;\s*(?i:(?:additional\s+)?reporting"
            rf"|writing|editing)\s+(?i:by)\s+{_CREDIT_NAMES}(?:\s+in\s+{_CREDIT_NAMES})?)*\.?$",
            r"(?i:all rights reserved|hak cipta dilindungi(?: undang-undang)?"
            r"|все права защищены)\.?$",
            # the editor's note on a change: "*This article was amended on 15 May 2024 ...*"
            r"\*?(?:This (?:article|story) (?:was|has been) (?:amended|updated|corrected)"
            r"|Artikel ini (?:telah )?(?:diperbarui|dikoreksi|mengalami perubahan))\b.*$",
            # an interview's note, and nothing else: "This interview has been edited for
            # length and clarity." ("... was edited by censors, the paper said" is a claim)
            r"(?:This (?:interview|conversation|transcript) (?:has been|was|is) (?:lightly |"
            r"slightly )?(?:edited|condensed)(?: and (?:edited|condensed))?(?: for (?:length"
            r"|clarity|brevity|space)(?: and (?:length|clarity|brevity))?)?"
            r"|Wawancara ini (?:telah )?(?:disunting|diringkas)(?: agar lebih ringkas)?"
            r"|(?:Интервью|Текст интервью) (?:сокращ[её]н[о]?|отредактирован[о]?)"
            r"(?: и (?:сокращ[её]н[о]?|отредактирован[о]?))?)\.?$",
        )
    )
)
"""Credits whose labels `_MORE_HEADS` tells: kept out of `_CREDIT_LINE`, which every
paragraph opening with a capital tries (each alternative there costs every one of them)."""
_MORE_LABELS = (
    "Photograph",
    "Graphic",
    "Grafis",
    "Infografis",
    "Image",
    "Picture",
    "Gambar",
    "Illustration",
    "Коллаж",
    "Инфографика",
    "Additional",
    "Reporting",
    "Writing",
    "Editing",
    "Compiled",
    "All rights",
    "Hak cipta",
    "Все права",
    "This",
    "*This",
    "Artikel",
    "Wawancara",
    "Интервью",
    "Penyunting",
    "Fotografer",
    "Kontributor",
    "Author",
    "Writer",
    "Автор",
    "Текст",
)
_MORE_HEADS = frozenset(
    head for label in _MORE_LABELS for head in (label[:4], label[:4].lower(), label[:4].upper())
)
"""The first four characters of `_CREDIT_MORE`'s labels, in each case they are written:
one set lookup rules out most spans (the labels' first letters would send every paragraph
opening "In", "It", "While", "А" or "Так" to the patterns)."""
_UP = r"[^\W\d_a-zа-яё]"
"""A letter that opens a capitalised word (no lower-case Latin or Cyrillic)."""
_WORD = rf"{_UP}[\w.&’'/-]*"
"""A capitalised word of a place or an outlet: "MAKASSAR", "BAKU/YEREVAN", "TEMPO.CO"."""
_MARKED = (
    rf"(?:{_UP}{{2,}}(?![a-zа-яё])[\w.&’'/-]*"  # capitals: "BAKU", "CNN", "TEMPO.CO"
    r"|[^\W\d_][\w&’'-]*\.[a-zA-Z]{2,}[\w.]*"  # a domain: "Gatra.com", "detik.com"
    r"|[a-z][a-z\d]*[A-Z][\w.]*)"  # a capital inside: "detikNews"
)
"""A word only an outlet or a dateline's place writes so: one of a dateline's two sides
is one ("Baku, Lintas Berita -" is not told from "Armenia, Azerbaijan - Who Wins?")."""
_MARKED_WORD = re.compile(_MARKED)
_AGENCY = (
    rf"(?:{_UP}{{2,}}[^()\n\"“«»a-zа-яё]{{0,28}}"  # "(AP)", "(ANTARA)", "(AFP/Getty)"
    r"|Reuters|Interfax|Bernama|Xinhua|Kyodo|Yonhap|Antara|Anadolu|Sputnik|Tass|Bloomberg"
    rf"|{_UP}\w+(?:\s+{_UP}\w+)+)"  # "(Kantor Nusa)"
)
"""An agency in a dateline's brackets: written in capitals, one of the agencies that write
their name so, or a name of two words or more; one word is a place's other name or a
country ("Karabakh (Artsakh) —", "Presiden (Jokowi) -" are no datelines)."""
_WEEKDAY = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat"
    r"|sun|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|понедельник|вторник|среда"
    r"|четверг|пятница|суббота|воскресенье)\b\.?"
)
_STAMP_WORD = (
    rf"(?:(?!\d{{1,3}}(?:\.\d{{3}})+(?![\d:./+-]))\d[\d:./+-]*|{_MONTH}|{_WEEKDAY}|(?i:gmt|utc)(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?"
    r"|(?i:[ap]\.?m\.?|wib|wita|wit|мск|ago|hours?|mins?|minutes?|jam|menit|lalu|yang"
    r"|on|at|pada|в|г\.|года|updated|diperbarui|обновлено)\b:?|[A-Z]{2,4}\b|[-–—·])"
)
"""A word of a time stamp: a number, a month, a weekday, a zone, "ago", "updated"."""
_STAMP_TAIL = rf"{_STAMP_WORD}(?:(?:(?:[\s()|]|,(?!\d))+|(?<=\d)(?=[A-Z])){_STAMP_WORD})*[\s)]*\.?$"
"""Time stamp words to the line's end; separators are never optional between two words
but after a digit ("20235:12 PM GMT+3Updated 2 hours ago"), so no word splits two ways.
A comma or a dot before three digits groups thousands: "UN OCHA | 1,500 | 3,200", "BNPB |
1.500" are a table's rows."""
_CAP_NAME = rf"{_UP}[\w'’.-]*"
_CAP_PERSON = rf"{_CAP_NAME}(?:\s+{_CAP_NAME}){{1,3}}"
_PAGE_LINE = re.compile(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            # Time stamps: "Published on 19/09/2023 - 12:10", "Updated 3:41 AM GMT+7,
            # September 5, 2023", "Selasa 14 Nov 2023 15:20 WIB", "14:25 04.09.2023
            # (обновлено: 15:02 04.09.2023)" (a digit near the start)
            r"(?=[^\n]{0,30}\d)(?:(?i:published|last updated|posted|diterbitkan"
            r"|dipublikasikan|diunggah|опубликовано)(?:\s+(?i:on|at|pada))?\s*:?\s*)?"
            + _STAMP_TAIL,
            # Bylines as Indonesian pages write them: "Oleh Muhammad Ali pada 04 Sep 2023,
            # 19:45 WIB", "Andhika Prasetia - detikNews", "Penulis Ardito Ramadhan | Editor
            # Icha Rastika", "Rep: Fuji E Permana/ Red: Ani Nursalikah", "Laporan Wartawan
            # TribunJabar.id, Lutfi Ahmad Mauludin"
            rf"(?:By|Oleh)\s+{_CAP_PERSON}\s+(?:on|pada)\s+(?=[^\n]{{0,12}}\d){_STAMP_TAIL}",
            # (or the desk: "Tim detikcom - detikNews")
            rf"(?:{_CAP_NAME}(?:\s+{_CAP_NAME}){{1,2}}|(?i:tim|team)\s+\S+)\s+[-–—|]\s+"
            r"(?:[^\W\d_][\w&’'-]*\.[a-zA-Z]{2,}[\w.]*|[a-z][a-z\d]*[A-Z][\w.]*)$",
            r"(?i:penulis|reporter|rep|editor|red|pewarta|fotografer)\s*:?\s+"
            rf"{_CAP_NAME}(?:\s+{_CAP_NAME}){{0,3}}\s*[|/]\s*"
            r"(?i:editor|red|redaktur|penyunting)\s*:?\s+"
            rf"{_CAP_NAME}(?:\s+{_CAP_NAME}){{0,3}}$",
            # (an outlet marked so or names after a comma: "Laporan Wartawan Tempo Soal
            # Penembakan Dibantah Polisi" is a headline)
            r"(?i:laporan\s+(?:wartawan|reporter|koresponden))\s+"
            rf"(?:[^\n\"“”,]{{1,50}},\s*{_CREDIT_NAMES}"
            r"|(?:[^\W\d_][\w&’'-]*\.[a-zA-Z]{2,}[\w.]*|[a-z][a-z\d]*[A-Z][\w.]*|[A-Z]{2,}[\w.]*)"
            rf"(?:\s+{_CAP_NAME}){{0,4}})$",
            # "Antara, Jurnalis · Rabu 13 September 2023 09:15 WIB", "Staff and agencies"
            rf"{_CAP_NAME}(?:\s+{_CAP_NAME}){{0,3}},\s*(?i:jurnalis|wartawan|reporter"
            rf"|kontributor)\s*·\s*{_STAMP_TAIL}",
            r"Staff and agencies$",
            # An outlet's name alone: "kumparanNEWS", "detikNews", "Liputan6.com"
            r"[a-z][a-z\d]*[A-Z][\w.]*$",
            # A page's buttons and labels alone on their line.
            r"(?i:share|tweet|bagikan|salin link|copy link|advertisement|iklan|scroll to"
            r" continue with content|komentar|comments|поделиться|реклама|published"
            r"|loading(?:\.\.\.|…)?|reuse this content|image source,[^\n]{0,40}"
            r"|waktu baca\s+\d+\s+menit"
            r"|\d+\s+min(?:ute)?s?\s+read"
            r"|архивное фото|halaman\s+\d+(?:\s+\d+)*(?:\s+selanjutnya)?|selanjutnya"
            r"|sebelumnya|next|previous|save|save article|share this (?:article|story|page)"
            r"|live|live updates|live blog|breaking news|berita terkini|онлайн-трансляция"
            r"|advertisement\s*[·|-]\s*scroll to continue(?: with content)?)\s*:?$",
            # A gallery's counter over each photo: "1 of 8", "2 dari 12", "3 из 10"
            r"\d{1,3}\s+(?i:of|dari|из)\s+\d{1,3}$",
            # A row of sharing buttons: "Facebook Twitter WhatsApp", "ВКонтакте Telegram"
            r"(?:(?i:facebook|twitter|whatsapp|telegram|linkedin|e-?mail|reddit|pinterest"
            r"|line|x|vk|вконтакте|одноклассники|copy link|salin link)(?:\s*[,|·/]\s*|\s+|$))"
            r"{2,}",
            # A section's label over a list of facts: "Key points:", "Что известно к утру:"
            r"(?i:key (?:points|facts|takeaways|events)|fast facts|at a glance"
            r"|what we know(?: so far)?|in numbers|poin penting|fakta(?: penting)?|sekilas"
            r"|главное|коротко"
            r"|что известно)\s*:?$|(?i:что известно)\s+[^\n:.!?]{1,30}:$",  # (a headline:
            # "Что известно о взрыве в Москве" is the title of the explainer under it)
            # A breadcrumb trail: "Home > News > Asia", "Beranda » Nasional"
            r"(?i:home|beranda|главная|news|berita|новости)(?:\s+[>»›/|]\s+[^\n>»›|]{1,30}){1,5}$",
            # detik's embedded video: "[Gambas:Video 20detik]"
            r"\[Gambas:[^\]\n]{0,40}\]$",
            # An editor's initials: "(aik/imk)", "(fra/fra)".
            r"\([a-z]{2,4}(?:/[a-z]{2,4})*\)$",
            # A photo's credit in brackets, and a caption of an illustration: "(Foto:
            # iStockphoto/Petrovich9)", "(Liputan6.com/Faizal Fanani)", "Ilustrasi gempa."
            r"\((?:(?i:foto|photo|фото)\s*:\s*)?[^\W\d_][^()\n]{0,40}/\s?[^\W\d_][^()\n/]{0,40}"
            r"\)\.?$",
            # (a caption's few words: "Illustration shows 40% of homes destroyed." is a claim)
            r"(?i:ilustrasi|illustration)\b(?!(?:\s+\S+){6})[^\n\"“”]{0,50}$",
            r"(?i:архивное фото)\.?$",
            # The outlet's notes: "Source: Al Jazeera and news agencies", "Our Standards:
            # The Thomson Reuters Trust Principles."
            # (a name or a few: "Source: Ukraine lost 400 tanks", "Источник: в Минобороны
            # обсуждают ..." are an anonymous source's claims)
            r"(?i:sources?|sumber|источники?)\s*:\s*(?=[^\W\d_a-zа-яё])(?!(?:\S+\s+){6})"
            r"(?:[^\n\d.!?\"“”«»]|(?<!\d)\d{4}(?!\d)){1,60}$",
            # (in lower case, what the figures are: "Source: data from the regional
            # administration", "Sumber: diolah dari berbagai sumber", "Источник: данные
            # Росстата"; a verb or a figure makes it a claim, `_source_headline`)
            r"(?i:sources?|sumber|источники?)\s*:\s*(?i:data|figures|statistics|own|official"
            r"|compiled|based|adapted|calculations?|estimates|analysis|diolah|olahan|dihimpun"
            r"|berbagai|riset|данные|расч[её]ты|открытые|официальные|собственные|press service"
            r"|press office|пресс-служба|пресс-службы|humas)\b"
            r"(?!(?:\s+\S+){12})(?:[^\n\d.!?\"“”«»]|(?<!\d)\d{4}(?!\d)){0,90}$",
            # A photo's credit in brackets without a slash: "(Foto: dok. Humas Polri)"
            r"\((?i:foto|photo|фото)\s*:[^()\n]{1,60}\)\.?$",
            r"Our Standards:.*$",
        )
    )
)
"""A short line of its own that is page furniture: time stamps, bylines, buttons, photo
credits, the outlet's notes. Tried only on a span that is a whole line of at most
`_PAGE_LINE_MAX` characters: body paragraphs are longer or hold several sentences."""
_PAGE_LINE_MAX = 100
_PAGE_OPENER_WORDS = """
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    senin selasa rabu kamis jumat jum'at sabtu minggu понедельник вторник среда четверг
    пятница суббота воскресенье january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec januari
    februari maret mei juni juli agustus oktober desember published last posted diterbitkan
    dipublikasikan diunggah опубликовано updated diperbarui обновлено by oleh penulis
    reporter rep editor red pewarta fotografer laporan share tweet bagikan salin copy
    advertisement iklan scroll komentar comments поделиться архивное halaman selanjutnya
    sebelumnya next previous ilustrasi illustration source sumber источник our реклама loading
    reuse image staff sources источники save facebook twitter whatsapp telegram linkedin
    email e-mail reddit pinterest line x vk вконтакте одноклассники key fast at what in poin
    fakta sekilas главное коротко что home beranda главная news berita новости live
    breaking онлайн-трансляция"""
_PAGE_OPENERS = frozenset(_PAGE_OPENER_WORDS.split())
_OPENER_LONGEST = max(map(len, _PAGE_OPENERS)) + 2
_PAGE_FIRST = frozenset("(0123456789[")
"""The first words (in lower case) a `_PAGE_LINE` opens with, but for a number, a bracket
and a byline's dash or bar."""
_CLOSERS = "\"'”’»)"
_MARKUP = "*_# "
"""Markdown's emphasis and heading marks around a line."""
_RELATED = re.compile(
    # (after a first letter of its words: the engine tries each word in turn)
    r"(?=(?i:[abeilmrstмпстч]))"
    r"(?i:baca juga|baca pula|lihat juga|simak juga|read more|read also|also read|related"
    r"(?: stories| articles| news)?|see also|more on this|читайте также|смотрите также"
    r"|по теме|материалы по теме|tags?|topik|теги|related topics|more on this story"
    r"|explore more on these topics|image caption,?)\s*:?$"
)
"""A line that opens a list of other stories' headlines ("Baca juga:", "Read more:",
"Читайте также") or of the page's tags: the headlines are other articles' claims, not
this one's."""
_PHOTO = re.compile(
    r"\(?(?i:foto|photo(?:graph)?|фото)\s*:|(?i:архивное фото)|©"
    # an agency and a photographer in brackets, no figure ("(Rp 10.000/liter)", "(Figures
    # for 2022/23.)" close a paragraph of claims)
    r"|\((?![^()\n]*(?<![^\s(/:])\d)[^()\n]{1,40}/[^()\n]{1,40}(?<!\.)\)"
    rf"|[^\W\d_a-zа-яё]{{2,}}/{_PHOTOGRAPHER}$"
)
"""A photo's credit: the words before it on its line are the photo's caption ("Menteri
Agama Yaqut Cholil Qoumas. Foto: Republika/Prayogi", "Ilustrasi gempa. (Foto: ...)")."""
_SECTIONS = 4
"""A page opens with at most this many one-word lines of its site's sections, above the
headline (a line of words that ends no sentence)."""
_SECTION_LONGEST = 30
_PHOTO_FIRST = frozenset("(FfPpФфАа©")
_PHOTO_BRACKETS = ("(Foto:", "(foto:", "(FOTO:", "(Photo:", "(photo:", "(Фото:", "(фото:")
_CAPTION_MAX = 200
"""A line longer than this holds more than a caption and its credit."""
_CAPTION_START = re.compile(rf"{_UP}[\w.]*/{_UP}{{2,}}(?:[ -]{_UP}{{2,}})*\s+(?={_UP}[a-zа-яё])")
"""A caption opened by its credit in capitals: "KOMPAS.com/ARDITO RAMADHAN Menko ...": an
outlet's domain or a photographer's full name (`_caption_start`)."""


def _caption_start(text: str, start: int, end: int) -> bool:
    """Whether a line opens with a caption's credit: an outlet's domain before the slash or
    a full name after it ("TNI/POLRI Siap ...", "US/UK Forces struck ..." are two bodies
    opening a sentence)."""
    credit = _CAPTION_START.match(text, start, end)
    if credit is None:
        return False
    slash = text.find("/", start, credit.end())
    name = text[slash : credit.end()].rstrip()
    return text.find(".", start, slash) >= 0 or " " in name or "-" in name


_RELATED_LONGEST = 30
"""No such line is longer ("Explore more on these topics")."""
RELATED_MAX = 5
"""The most headlines such a list holds."""
_CAPTIONS = ("Image caption", "image caption", "IMAGE CAPTION")
"""BBC's label over one photo's caption, which `_RELATED` also opens."""
_PROMOTION = (
    "Artikel ini telah tayang di",
    "Simak breaking news",
    "Dapatkan update berita",
    "Dapatkan berita",
    "Follow Berita",
    "Ikuti berita",
    "Ikuti kami di",
    "Подписывайтесь на",
    "Подписаться на",
    "Save articles to read later",
    "Sign up for",
    "Follow us on",
    "Simak Video",
    "Simak juga Video",
    "Saksikan Video",
    "Tonton Video",
)
"""A paragraph that opens so is the outlet advertising itself, every sentence of it:
"Simak breaking news ... Pastikan kamu sudah install aplikasi WhatsApp ya."."""
_REPORTED = re.compile(
    r"\b(?:said|says|told|urged|kata|ujar|ungkap|tutur|menurut|katanya|ujarnya"
    r"|заявил|заявила|заявили|сказал|сказала|сообщил|сообщила|сообщили|призвал|призвали)\b"
)
"""A reporting verb: "Follow us on Telegram, the army urged residents." is someone's appeal
told by the article, not the outlet's promotion."""
_PROMOTION_FIRST = frozenset(opening[0] for opening in _PROMOTION)
_PROMOTION_HEADS = frozenset(opening[:3] for opening in _PROMOTION)
_DOTTED = (
    "Our Standards",
    "Ilustrasi",
    "Illustration",
    "Архивное фото",
    "(",
    "Published",
    "loading",
)
"""The page lines that may end with a full stop, as a sentence does."""
_DOTTED_FIRST = frozenset(opening[0] for opening in _DOTTED)
_SENTENCE_END = ".!?…"


_ORGANISATION = (
    r"(?:[B-DF-HJ-NP-TV-XZБВГДЖЗЙКЛМНПРСТФХЦЧШЩ]+"  # no vowel: "BMKG", "BNPB", "UNHCR" is not
    r"|UNICEF|UNESCO|UNHCR|UNRWA|UNDP|UNFPA|OHCHR|OCHA|ICRC|IFRC|IAEA|NATO|OSCE|OPEC|ASEAN"
    r"|OPCW|CSTO|FIFA|UEFA|NASA|USAID|INTERPOL|EUROPOL|FRONTEX|HAMAS|POLRI|BAWASLU|KOMNAS"
    r"|BASARNAS|PERTAMINA|GERINDRA|NASDEM|GOLKAR|BRICS|OECD|SIPRI"
    r"|НАТО|ОБСЕ|ОДКБ|МАГАТЭ|ЮНИСЕФ|ЮНЕСКО|ЕАЭС|ОПЕК|ИНТЕРПОЛ|ХАМАС)"
)
"""An organisation's acronym, which a place in capitals alone is not: every letter a
consonant ("BMKG"), or one of the bodies the news names so ("UNICEF", "NATO", "НАТО")."""
_ORGANISATION_WORD = re.compile(_ORGANISATION)
_LEAD = (
    "(?:"
    # An agency in brackets: "YEREVAN (Reuters) -", "MOSCOW, April 11 (Reuters) -",
    # "MAKASSAR, Indonesia (AP) —", "Jakarta (ANTARA) -".
    # (any name in brackets after a place in capitals: "BAKU/MOSCOW (Northgate) -")
    rf"(?:{_WORD}(?:,?\s+(?:{_WORD}|\d{{1,2}}|{_MONTH})){{0,4}}\s*\({_AGENCY}\)"
    # (any name in brackets after a place, in capitals or mixed case, and its country:
    # "EL OBEID, Sudan (Wire) —", "El Obeid, Sudan (Wire) —", `_lead_named` checks which)
    rf"|(?:{_UP}{{2,}}(?:[/-]{_UP}{{2,}})*(?:,?\s+(?:{_WORD}|\d{{1,2}}|{_MONTH})){{0,4}}"
    rf"|{_WORD}(?:\s+{_WORD}){{0,2}},\s+{_WORD}(?:\s+{_WORD})?)\s*"
    rf"\({_UP}[^()\n\"“«»]{{0,29}}\)"
    # The agency alone: "(CNN) —", "(Reuters) -".
    rf"|\({_AGENCY}\))\s*"
    # A place and an outlet, either way round: "BATAM, KOMPAS.com -", "TEMPO.CO, Jakarta -",
    # "detikNews, Makassar -", "BAKU, Warta Nusantara -", "Baku, Gatra.com-".
    rf"|(?:{_MARKED}(?:\s+{_WORD}){{0,2}},\s*(?:{_WORD}|{_MARKED})(?:\s+{_WORD}){{0,2}}"
    rf"|{_WORD}(?:\s+{_WORD}){{0,2}},\s*{_MARKED}(?:\s+{_WORD}){{0,2}})\s*"
    # A place in capitals alone: "STEPANAKERT —", "BAKU —", "BAKU/YEREVAN -" (one word of
    # four letters or more, or joined ones: "KPK -" and "WAR IN KARABAKH -" are no datelines;
    # nor is an organisation: "UNICEF — Over 30,000 children ...", "BMKG - Gempa ...").
    rf"|(?!{_ORGANISATION}\s)(?:{_UP}{{4,}}|{_UP}{{3,}}(?:[/-]{_UP}{{3,}})+)\s+"
    # A place in capitals and a date, perhaps an agency's mark between slashes: "МОСКВА, 4
    # мар —", "MOSCOW, March 4 -", "ДЖАКАРТА, 6 марта. /Интерфакс/ -" (not an agency named
    # after the dash: "МОСКВА, 4 сен — РИА Новости." is one credit, `_CREDIT_LINE`).
    rf"|{_UP}{{2,}}(?:[ /-]{_UP}{{2,}})*,\s+(?:\d{{1,2}}\s+(?:{_MONTH}|{_RU_MONTH_SHORT})"
    rf"|{_MONTH}\s+\d{{1,2}}\.?)(?:\s*/[^/\s][^/\n]{{0,20}}/\.?)?\s+"
    rf"(?![-–—]{{1,2}}\s+{_UP}[\w .-]{{0,25}}\.(?!\S))"
    # Interfax: "Москва. 4 сентября. ИНТЕРФАКС -".
    rf"|{_WORD}(?:[ -]{_WORD}){{0,2}}\.\s+\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}}\.?)?\s+{_WORD}\s+"
    ")[-–—]{1,2}"
)
"""A dateline's lead, up to the dash its story follows. The words are bounded: the pattern
is tried only where a line opens with a dash in reach (`dateline_lead`)."""
_DATELINE_LEAD = re.compile(_LEAD + "$")
"""A dateline's lead on a line of its own ("Jakarta (ANTARA) -"), or split from its story by
the segmenter. Apart from `_CREDIT_LINE`, tried only on a span ending with a dash."""
_STORY_LEAD = re.compile(_LEAD + r"(?=\s+[\"“«„'‘(]?[^\W_a-zа-яё])")
"""A dateline's lead followed by its story, which opens with a capital, a digit or a quote
("Aliyev, Pashinyan — both claimed victory" is a sentence)."""
LEAD_REACH = 90
"""A dateline's dash is this close to its line's start."""


_TIME = r"(?:[01]?\d|2[0-3])"
_TIME_LEAD = re.compile(
    rf"(?:{_TIME}:[0-5]\d(?:\s*[apAP]\.?[mM]\.?)?(?:\s*\(?[A-Z]{{2,4}}\)?)?"
    rf"|{_TIME}\.[0-5]\d(?:\s*[apAP]\.?[mM]\.?)?\s*\(?[A-Z]{{2,4}}\)?)"
    r"\s*[-–—]{1,2}(?=\s+[\"“«„'‘(]?[^\W_a-zа-яё])"
)
"""A live blog's time stamp opening an entry, up to its dash: "14:05 GMT -", "9:30 am —",
"14.05 WIB -" (a full stop between hour and minutes only with a zone: "3.50 - " may be a
price), the entry after it opening with a capital, a digit or a quote."""
TIME_LINE = re.compile(r"\n[ \t]*(?=\d{1,2}[:.]\d{2}\b[^\n]{0,16}?[-–—])")
"""A line that may open with a time stamp's lead (`time_lead`), found anywhere in a live
blog: its entries run on past a dateline's reach."""


def time_lead(text: str, start: int, end: int) -> int | None:
    """Where the dash of a live blog's time stamp opening `text[start:end]` ends ("14:05 GMT
    - Valdoria's Defence Ministry now says ..."), or None: the entry after it is the
    statement, the stamp the page's, as "14:05 GMT" on a line of its own is."""
    lead = _TIME_LEAD.match(text, start, end)
    return lead.end() if lead is not None else None


def dateline_lead(text: str, start: int, end: int) -> int | None:
    """Where the dash of a dateline's lead opening `text[start:end]` ends ("MAKASSAR,
    Indonesia (AP) —", "TEMPO.CO, Jakarta -", "Москва. 4 сентября. ИНТЕРФАКС -"), or None:
    the story after it is the statement, the lead page furniture."""
    lead = _STORY_LEAD.match(text, start, min(end, start + LEAD_REACH))
    if lead is None or not _lead_named(text, start, lead.end()):
        return None
    return lead.end()


_CAPS_HEAD = re.compile(
    rf"(?:{_UP}{{3,}}|{_UP}{{2}}(?=[ /-]{_UP}{{2}}))(?:[ /-]{_UP}{{2,}})*(?=[\s,(])"
)
"""A lead's first words in plain capitals ("BAKU", "BAKU/YEREVAN", "EL OBEID"; not
"TEMPO.CO"): a place, or a group's name opening a sentence ("ISIS — The group claimed
...")."""
_LEAD_BRACKET = re.compile(rf"\(({_AGENCY})\)")
_WIRE_AGENCY = re.compile(
    rf"\((?:{_UP}{{2,}}[^()\n\"“«»a-zа-яё]{{0,28}}|Reuters|Interfax|Bernama|Xinhua|Kyodo"
    r"|Yonhap|Antara|Anadolu|Sputnik|Tass|Bloomberg)\)"
)
"""An agency in brackets by its name alone ("(AP)", "(Reuters)"): "(Daesh)", "(Islamic
State)" after a group's name are its other names."""
_LEAD_DATE = re.compile(rf"\d|{_MONTH}")
_LEAD_SECOND = re.compile(r",\s*([^,()\n]+?)(?:\s*\(|\s*[-–—]{1,2}$|\s+[-–—])")


def _lead_named(text: str, start: int, end: int) -> bool:
    """Whether a lead [start, end) that matched the dateline pattern names a place or an
    agency. A plain capital word is a place only when it is a known one (`_places`), or
    carries a date, a wire agency or a country or an outlet after its comma ("AVDIIVKA,
    Ukraine —", "KIRSK, Nov 3 (Reuters) -"): "ISIS — The group ...", "HTS (Hayat Tahrir
    al-Sham) — It said ..." open with the group that speaks. Nor is a name followed by its
    acronym an agency (`_named_acronym`)."""
    if _named_acronym(text, start, end):
        return False
    head = _CAPS_HEAD.match(text, start, end)
    places, countries = _places()
    if head is None:
        # a place in mixed case and one word in brackets that is no agency's: the place's
        # country tells a dateline ("El Obeid, Sudan (Wire) —") from a name's other name,
        # and a place in brackets is none ("Hamas, Israel (Gaza) —")
        bracket = text.find("(", start, end)
        if bracket < 0 or _LEAD_BRACKET.match(text, bracket, end):
            return True
        second = _LEAD_SECOND.search(text, start, bracket + 1)
        inside = text[bracket + 1 : text.find(")", bracket, end)]
        return (
            second is not None
            and second.group(1) in countries
            and text[start : second.start()] not in countries
            and inside not in places
            and inside not in countries
        )
    word = head.group()
    if word.title() in places or all(part.title() in places for part in word.split("/")):
        return True
    if _ORGANISATION_WORD.fullmatch(word):
        return False
    rest = text[head.end() : end]
    if _LEAD_DATE.search(rest) or _WIRE_AGENCY.search(rest):
        return True
    second = _LEAD_SECOND.match(rest)
    if second is None:
        return False
    name = second.group(1)
    return name in countries or name in places or _MARKED_WORD.fullmatch(name) is not None


_NAME_WORDS = re.compile(r"[\s,]+")


def _named_acronym(text: str, start: int, end: int) -> bool:
    """Whether the bracket in a lead [start, end) is the acronym of the name before it, an
    organisation's, not an agency's: "Komisi Pemilihan Umum (KPU) - Lembaga itu ..." is a
    sentence whose subject is the commission ("Jakarta (ANTARA) -" is a dateline)."""
    bracket = text.find("(", start, end)
    close = text.find(")", bracket + 1, end)
    if bracket < 0 or close < 0:
        return False
    acronym = text[bracket + 1 : close]
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper():
        return False
    words = _NAME_WORDS.split(text[start:bracket].strip())
    return "".join(w[:1] for w in words if w[:1].isupper()).endswith(acronym)


_NAMES = rf"{_UP}[\w’'.-]*(?:\s+{_UP}[\w’'.-]*){{0,2}}"
"""One to three capitalised words: "Jakarta", "Banda Aceh", "Kyiv", "Ukraine"."""
_PLACE_LEAD = re.compile(
    rf"({_NAMES})(?:,\s+({_NAMES}))?\s+[-–—]{{1,2}}"
    rf"(?=\s+[\"“«„'‘]?([^\W_a-zа-яё][\w’'.-]*(?:\s+{_UP}[\w’'.-]*){{0,2}}))"
)
"""A lead in mixed case: "Jakarta -" (detik), "Kyiv, Ukraine –" (Al Jazeera); group 3 is
what the story opens with. Known places only (`_known_lead`): a mixed-case word before a
dash is as often a name in prose ("Prabowo - Gibran unggul ...")."""
_PLACE_ALONE = re.compile(rf"({_NAMES})(?:,\s+({_NAMES}))?\s+[-–—]{{1,2}}$")
_SPACED_DASH = re.compile(r"\s[-–—]{1,2}\s")


@functools.lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """The places and the countries a mixed-case dateline names (data/places/datelines.json)."""
    path = data_dir() / "places" / "datelines.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return frozenset(data.get("places", ())), frozenset(data.get("countries", ()))


def _known_lead(place: str, country: str | None) -> bool:
    """A city alone ("Jakarta -"), a place and its country ("Kyiv, Ukraine –"; two
    countries, "Armenia, Azerbaijan -", are a headline's pair), or a city and the outlet
    that filed from it in two words or more ("Jakarta, Warta Dunia -"; two places,
    "Jakarta, Bandung -", are a route, and one word may be who the story is about:
    "Jakarta, Prabowo - Gibran unggul …", "Kyiv, Zelensky — The president said …")."""
    places, countries = _places()
    if country is None:
        return place in places
    if country in countries:
        return place not in countries
    return place in places and country not in places and len(country.split()) >= 2


def place_lead(text: str, start: int, end: int, sentence_end: int) -> int | None:
    """Where the dash of a mixed-case dateline's lead opening `text[start:end]` ends
    ("Jakarta - Presiden Joko Widodo meminta ..."), or None. The dash must not be prose
    punctuation: the lead names a known place, no place follows a place alone (a route,
    "Jakarta - Bandung ditempuh 45 menit."), and the sentence after it, up to
    `sentence_end`, is prose with no second spaced dash ("Kyiv — Ukraine's capital — was
    hit.")."""
    lead = _PLACE_LEAD.match(text, start, min(end, start + LEAD_REACH))
    if lead is None or not _known_lead(lead.group(1), lead.group(2)):
        return None
    places, countries = _places()
    following = lead.group(3).split() if lead.group(2) is None else []  # "Kyiv, Ukraine –"
    for n in range(1, len(following) + 1):  # is followed by anything
        words = " ".join(following[:n]).rstrip(".,")
        if words in places or words in countries:
            return None
    if _SPACED_DASH.search(text, lead.end(), sentence_end) or not _prose(
        text[lead.end() : sentence_end]
    ):
        return None
    return lead.end()


def _prose(sentence: str) -> bool:
    """A sentence, not a headline: it ends with a full stop (or "!", "?", "…", then maybe
    quotes) and a third of its words after the first are in lower case ("Who Is Winning
    The War?" is a headline)."""
    sentence = sentence.rstrip().rstrip("\"'”’»)")
    words = sentence.split()
    if len(words) < 4 or sentence[-1:] not in ".!?…":
        return False
    return 3 * sum(w[:1].islower() for w in words[1:]) >= len(words) - 1


def _place_alone(text: str, start: int, end: int) -> bool:
    """A mixed-case dateline's lead as a span of its own ("Jakarta -", cut off its story)."""
    lead = _PLACE_ALONE.match(text, start, end)
    return lead is not None and _known_lead(lead.group(1), lead.group(2))


_DASHES = "-–—"
_CONTRIBUTED = (
    "contributed to this report.",
    "contributed to this report",
    "contributed reporting.",
    "contributed to this story.",
)
"""A wire's credit at a paragraph's end ("... writer Aida Sultanova contributed to this
report."), when it names a journalist (`_CONTRIBUTOR`): "its partners contributed" is news."""
_CONTRIBUTED_NAMED = re.compile(
    rf"{_CAP_PERSON}(?:(?:,\s*|\s+and\s+){_CAP_PERSON})*\s+contributed\s+(?:reporting"
    rf"|to this (?:report|story))(?:\s+(?:from|in)\s+{_CAP_NAME}(?:,?\s+{_CAP_NAME}){{0,2}})?\.$"
)
"""The credit opening a line, a journalist named: "Sarah Khan contributed reporting from
Kabul." ("Its partners contributed reporting." is news: no name)."""
_FOOT = 12
"""A journalist's credit on a line of its own is among the article's last spans."""
_CONTRIBUTOR = re.compile(
    r"(?i)\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b|contributed reporting"
)


def _byline(text: str, start: int, end: int) -> bool:
    """A byline whose names are capitalised (the pattern takes "şahin" for a capital)."""
    if not text.startswith(_BYLINE_OPENERS, start) or not _BYLINE.match(text, start, end):
        return False
    words = text[start:end].split(",")[0].split()
    return all(w in _CONNECTORS or w[:1].isupper() for w in words)


_FIRST = frozenset("BOPpFfФфEeRrРрКкCc©(SsbЧчLlUu/0123456789")
"""The letters a credit line can open with (an upper-case pair opens the rest: "REUTERS/",
"ЕРЕВАН,", "CORRECTION:"): a sentence opening otherwise is not tried."""


def _page_line(text: str, start: int, end: int, related: int, previous: int) -> bool:
    """Whether the whole line [start, end) is a headline under "Read more:" (`related` of
    them may still follow the line ending at `previous`), such a line itself or one of
    `_PAGE_LINE`. Body paragraphs end with a full stop: only a few furniture lines do."""
    if text[start] in _MARKUP:  # "**What we know:**", "_Share_"
        inner, stop = start, end
        while inner < end and text[inner] in _MARKUP:
            inner += 1
        while stop > inner and text[stop - 1] in _MARKUP:
            stop -= 1
        return stop > inner and _page_line(text, inner, stop, related, previous)
    last = text[end - 1]
    if related:
        return (
            last not in ".…"
            and text[start:end].rstrip(_CLOSERS)[-1:] not in ".…"
            and text.count("\n", previous, start) < 2
            and not _body_line(text, start, end)
        ) or _page_line(text, start, end, 0, previous)
    if end - start > _PAGE_LINE_MAX or (last in ".!?…" and not text.startswith(_DOTTED, start)):
        return False
    # The patterns cost a headline's worth of time: try them only on a line whose first
    # word or character can open one, or with a byline's dash ("Andhika Prasetia - detikNews").
    if end - start <= _RELATED_LONGEST and _RELATED.match(text, start, end):
        return True
    first = text[start]
    if not (
        first in _PAGE_FIRST
        or first.islower()
        or text.find(" - ", start, end) >= 0
        or text.find(" | ", start, end) >= 0
        or text.find(" · ", start, end) >= 0
    ):
        stop = min(end, start + _OPENER_LONGEST)
        space = text.find(" ", start, stop)
        stop = space if space > 0 else stop
        if text[start:stop].rstrip(",:.").lower() not in _PAGE_OPENERS:
            return False
    return _PAGE_LINE.match(text, start, end) is not None and not _source_headline(text, start, end)


_BODY_LONGER = 125
"""A headline is shorter: a line this long under "Read more:" is the article's paragraph."""
_BODY_LINE = re.compile(
    "|".join(
        (
            # a reporter's past tense and the attribution after a quotation, which headlines
            # leave out: "..., the chief said", "..., kata Kapolres", "», — сказал Песков"
            r"\b(?:said|told|added)\b(?!\s+to\b)|\baccording to\b",
            r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tambah)(?:nya)?\b",
            r"[»\"”],?\s*[—–-]\s*[а-яё]|\bпо (?:его |её |их )?словам\b",
        )
    )
)
_BODY_OPENING = re.compile(
    "|".join(
        (
            r"[\"“«„][^\"”»]{2,}[\"”»],?\s+[a-zа-яё]",
            # opened by a pronoun or a connective: it goes on from the paragraph before
            r"(?:He|She|They|It|We|I|But|However|Meanwhile|Dia|Ia|Mereka|Kami|Namun|Sementara"
            r"|Selain|Menurut|Adapun|Sebelumnya|Kemudian|Он|Она|Они|Мы|Однако|Кроме того|При этом"
            r"|Также|Ранее|По данным)\b",
        )
    )
)
"""How the article's own paragraph opens (matched at the line's start: searched, the pattern
was tried at every character)."""


def _body_line(text: str, start: int, end: int) -> bool:
    """Whether a line under "Read more:" reads as the article's own next paragraph, not
    another story's headline (both end with no full stop): long, opened in lower case, by a
    pronoun or a connective, or telling who said it as a reporter does. A line in Title Case
    is a headline whatever opens it ("Menurut BMKG, Gempa Susulan Masih Terjadi")."""
    if end - start > _BODY_LONGER or text[start].islower():
        return True
    return (
        _BODY_OPENING.match(text, start, end) is not None
        or _BODY_LINE.search(text, start, end) is not None
    ) and not _title_case(text[start:end])


_TITLE_WORD_MIN = 4
"""Words this long are capitalised in a headline in Title Case; shorter ones ("di", "of",
"и") may not be."""
_TITLE_WORDS_MIN = 3


def _title_case(line: str) -> bool:
    """Whether `line` is written in Title Case, as headlines are and a paragraph's sentence
    never is: at least `_TITLE_WORDS_MIN` words and every word of `_TITLE_WORD_MIN` letters
    or more opening with a capital or a digit."""
    words = [w for w in line.split() if len(w.strip(_TITLE_PUNCTUATION)) >= _TITLE_WORD_MIN]
    return len(words) >= _TITLE_WORDS_MIN and all(
        not w.lstrip(_TITLE_PUNCTUATION)[:1].islower() for w in words
    )


_TITLE_PUNCTUATION = "\"'“”‘’«»„()[],.:;!?"


_SOURCE_LABEL = re.compile(r"(?i:sources?|sumber|источники?)\s*:")
_SOURCE_DATA = re.compile(
    r"\s*(?i:data|figures|statistics|own|official|compiled|based|adapted|calculations?"
    r"|estimates|analysis|diolah|olahan|dihimpun|berbagai|riset|данные|расч[её]ты|открытые"
    r"|официальные|собственные|press service|press office|пресс-служба|пресс-службы|humas)\b"
)
_SOURCE_VERB = re.compile(
    r"(?i)\b(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates"
    r"|indicated|reveal|reveals|revealed|put|puts|say|says|said|are|is|were|was|have|has"
    r"|menunjukkan|memperlihatkan|menyebut|menyebutkan|mengatakan|adalah|показывают"
    r"|показали|свидетельствуют|говорят|сообщили|указывают|неверны|ложны|неточны"
    r"|[а-яё]+(?:ены|аны|яны))\b"  # "завышены", "опубликованы": a verb's short form
)
_LOWER_WORD = re.compile(r"(?<!\S)[a-zа-яё][\w'’-]*")


def _source_headline(text: str, start: int, end: int) -> bool:
    """A "Source: …" line that reads as a sentence, not a credit: a credit names a source in
    a few capitalised words ("Source: Ukrainian military intelligence", "Sumber: Badan Pusat
    Statistik (BPS), 2023"); "Source: Russia to withdraw troops from Kherson" says what an
    unnamed source told, with a verb among four lower-case words or more. In lower case, a
    credit says what the figures are ("Source: data from the regional administration"), with
    no verb ("Source: data show 400 tanks were lost" is a claim)."""
    label = _SOURCE_LABEL.match(text, start, end)
    if label is None:
        return False
    if _SOURCE_DATA.match(text, label.end(), end):
        return _SOURCE_VERB.search(text, label.end(), end) is not None
    return len(_LOWER_WORD.findall(text, label.end(), end)) >= 4


_HEAD_WORDS = 3
"""A table's column is named in this many words at most ("Killed", "Sudan Doctors Network")."""


def _table_head(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) names a table's columns ("Source | Killed | Wounded",
    "Сторона | Погибшие | Раненые"): three fields or more of a few words, no figure, over a
    line of as many fields (the rows under it, "UN OCHA | 1,500 | 3,200", are claims)."""
    line = text[start:end]
    fields = line.split(" | ")
    if len(fields) < 3 or any(c.isdigit() for c in line):
        return False
    if any(not 0 < len(field.split()) <= _HEAD_WORDS for field in fields):
        return False
    stop = text.find("\n", end + 1)
    following = text[end + 1 : len(text) if stop < 0 else stop]
    return following.count(" | ") == len(fields) - 1


_PROSE_WORDS = 3
"""A header's field holds names and a date: one with this many words in lower case is a
sentence ("Bendungan itu menelan biaya Rp 2,3 triliun | 5 Maret 2023" is a claim)."""


def _prose_field(line: str) -> bool:
    """Whether a field of a line with bars, but for its dated ones, reads as a sentence."""
    return any(
        sum(word[:1].islower() for word in field.split()) >= _PROSE_WORDS
        for field in line.split(" | ")
        if _DATED.search(field) is None
    )


_IN_NAME = r"[^\W\d_a-zа-яё][a-zà-ÿа-яё][\w'’-]*"
"""A name's word in title case ("Sauer", "O'Neill", "Chao-Fong"; not "UN")."""
_IN_PEOPLE = rf"{_IN_NAME}(?: {_IN_NAME}){{1,2}}(?:(?:, | and ){_IN_NAME}(?: {_IN_NAME}){{1,2}})*"
_IN_PLACE = rf"{_UP}[\w'’-]*(?: {_UP}[\w'’-]*){{0,2}}"
_IN_BYLINE = re.compile(
    rf"{_IN_PEOPLE} in ({_IN_PLACE})(?:(?:, | and ){_IN_PEOPLE} in ({_IN_PLACE}))*"
    r"(?: and agencies)?$"
)
"""The Guardian's byline on a line of its own: "Pjotr Sauer in Kyiv", "Andrew Roth in Moscow
and Shaun Walker in Kyiv" (`_in_byline`)."""
_IN_BYLINE_LINES = 6
"""Such a byline is among the page's first lines: under the headline and the standfirst."""
_IN_BYLINE_SPANS = 8
_NOT_NAME_WORDS = """and on of the in at for to as with from is are by after before over under
    amid against monday tuesday wednesday thursday friday saturday sunday"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


def _in_byline(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end), among the page's first lines but not its headline,
    names journalists and the places they write from ("Pjotr Sauer in Kyiv"). A title-case
    headline has the shape ("Troops Advance in Bakhmut"): its words are no names, so the
    story writes them in lower case ("troops advanced"), or they are places and function
    words; the places a byline names are known ones (data/places/datelines.json); and a
    page whose headline is in title case writes such lines as its headline or kicker: the
    byline is under a headline or a standfirst in sentence case."""
    match = _IN_BYLINE.match(text, start, end)
    if match is None or start == 0:
        return False
    places, countries = _places()
    if any(p not in places and p not in countries for p in match.groups() if p is not None):
        return False
    above = [line.split() for line in text[:start].split("\n") if line.strip()]
    if len(above) >= _IN_BYLINE_LINES or not any(
        len(words) >= 3 and any(w[:1].islower() and w not in _NOT_NAMES for w in words)
        for words in above
    ):
        return False  # not under a headline or a standfirst written in sentence case
    names = text[start:end].replace(",", " ").split()
    for word in names:
        if word in ("in", "and", "agencies") or word in places:
            continue
        lower = word.lower()
        if word in countries or lower in _NOT_NAMES:
            return False
        stem = lower[:-1] if lower.endswith("s") else lower
        if re.search(rf"\b{re.escape(stem)}(?:s|es|d|ed|ing)?\b", text) is not None:
            return False  # written in lower case: a word of the story, not a name
    return True


# What a span's first character tells `furniture`'s pass over a paragraph's first sentence
# (`_opener`): one look-up per span for what took a set's or a method's each.
_ALPHA = 1  # a letter
_LOWER = 2  # in lower case
_UPPER = 4  # in upper case
_TRIED = 8  # in `_FIRST`
_SPECIAL = 16  # opens one of `_SPECIALS`
_LABELLED = 32  # opens one of `_MORE_HEADS`
_SPECIALS: dict[str, tuple[str, ...]] = {
    first: tuple(opening for opening in (*_PROMOTION, *_DOTTED) if opening[0] == first)
    for first in (*_PROMOTION_FIRST, *_DOTTED_FIRST)
}
"""By their first character, the openings of a promotion's paragraph and of a page line that
may end with a full stop."""
_OPENERS: dict[str, int] = {}


def _opener(first: str) -> int:
    """What a span opening with the character `first` may be (`_ALPHA` ... `_LABELLED`), worked
    out once per character (`_OPENERS`)."""
    kind = (
        first.isalpha() * _ALPHA
        | first.islower() * _LOWER
        | first.isupper() * _UPPER
        | (first in _FIRST) * _TRIED
        | (first in _SPECIALS) * _SPECIAL
        | any(head[0] == first for head in _MORE_HEADS) * _LABELLED
    )
    _OPENERS[first] = kind
    return kind


def _credited(text: str, start: int, end: int, first: str, line: bool, closes: bool) -> bool:
    """Whether a span `furniture` tries as a credit (`first` its first character, `line` if it
    opens its line, `closes` if it ends it) is one: `_CREDIT_LINE`, a `_CREDIT_MORE` label's
    line, a byline, or a caption opened by its credit."""
    return bool(
        _CREDIT_LINE.match(text, start, end)
        or (
            closes  # a line of its own, or a caption's tail
            and text[start : start + 4] in _MORE_HEADS
            and _CREDIT_MORE.match(text, start, end) is not None
        )
        or (first in "BO" and _byline(text, start, end))
        # "KOMPAS.com/ARDITO RAMADHAN Menko Polhukam Mahfud MD di ..."
        or (line and text[start + 1 : start + 2].isupper() and _caption_start(text, start, end))
    )


def furniture(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indexes of `spans` that are page furniture, not a sentence anyone says.

    * A span without a letter: a counter, a page number, a rule ("485", "* * *", "1/11").
    * A first span that ends with the second span's text, as a breadcrumb trail run into a
      repeated headline does.
    * A wire story's credits and a live blog's stamps (`_CREDIT_LINE`): bylines, "Pewarta:",
      "(Reporting by ...)", "CORRECTION: ...", "14:05 GMT", "/ТАСС/.", "REUTERS/Stringer",
      a dateline ("Kompas.com - 06/03/2025, 10:15 WIB", "Коммерсантъ, 6 марта 2025").
    * A page header: a line of short fields between bars, one a date ("Batam, Riau Islands |
      The Jakarta Post | Thu, March 6").
    """
    found: set[int] = set()
    letter, ends = _LETTER.search, text.endswith
    bar, header, dated = text.find, _HEADER.match, _DATED.search
    length = len(text)
    related = 0  # headlines a "Read more:" line may still be followed by
    previous = 0  # where the last of them ended
    promotions: list[int] = []  # spans opening a paragraph of the outlet's promotion
    foot = len(spans) - _FOOT
    # Rules a span meets only if it holds these words: looked for once in the page.
    credited = "contributed" in text  # a wire's credit to a journalist (`_CONTRIBUTED`)
    bars = "|" in text and " | " in text  # a page header's or a table's fields
    plain = not credited and not bars
    openers, sentence_end = _OPENERS, _SENTENCE_END
    for i, (start, end) in enumerate(spans):  # one pass: imports run it on every sentence
        if text[start - 1] != "\n" and start:  # inside a paragraph
            size = end - start
            if size > SHORT or (size > _SHORT and text[start].isalpha()):
                # most spans: a sentence inside a paragraph, too long for a credit or a
                # caption's tail, and with a letter (a letterless span opens with none)
                if (
                    credited
                    and (end == length or text[end] == "\n")
                    and ends(_CONTRIBUTED, start, end)
                    and _CONTRIBUTOR.search(text, start, end)
                ):
                    found.add(i)
                continue
            line = False
        else:
            line = True
            size = end - start
            if not related and text[end - 1] in sentence_end:
                # Most others: a paragraph's first sentence, ending as a sentence does. No
                # page line ends so (but a `_DOTTED` one), nor a byline under the headline,
                # a caption's bracket, a dateline's lead or a header; opening with a letter
                # and no promotion, holding no "contributed" nor " | ", only a credit's
                # pattern may take it: the rules below, looked at in this order.
                first = text[start]
                try:
                    kind = openers[first]
                except KeyError:
                    kind = _opener(first)
                if (
                    kind & _ALPHA
                    and not (kind & _SPECIAL and text.startswith(_SPECIALS[first], start))
                    and (
                        plain
                        or not (
                            (credited and text.find("contributed", start, end) >= 0)
                            or (bars and text.find(" | ", start, end) >= 0)
                        )
                    )
                ):
                    if size > _LINE:
                        continue
                    closes = end == length or text[end] == "\n"
                    if not (
                        kind & _TRIED
                        or (kind & _UPPER and size <= _SHORT)
                        or (kind & _LABELLED and closes and text[start : start + 4] in _MORE_HEADS)
                        or (not kind & _LOWER and text[start : start + 2].isupper())
                    ):
                        continue
                    if _credited(text, start, end, first, line, closes):
                        found.add(i)
                    continue
        closes = end == length or text[end] == "\n"  # the span ends its line
        first = text[start]
        if not line:
            if (
                closes
                and size <= _SHORT
                and (first in _PHOTO_FIRST or text[start : start + 2].isupper())
                and _PHOTO.match(text, start, end)
            ):
                # a photo's credit ending a caption's line: the caption is no one's claim
                head = text.rfind("\n", 0, start) + 1
                if end - head <= _CAPTION_MAX:
                    found.add(i)
                    k = i - 1
                    while k >= 0 and spans[k][0] >= head:
                        found.add(k)
                        k -= 1
                    continue
        else:
            if (
                first in _PROMOTION_FIRST
                and text[start : start + 3] in _PROMOTION_HEADS
                and text.startswith(_PROMOTION, start)
                and _REPORTED.search(text, start, end) is None
            ):
                promotions.append(i)
                continue
            if closes:  # a line of its own
                last = text[end - 1]
                if (
                    size <= _LINE
                    and (related or last not in _SENTENCE_END or first in _DOTTED_FIRST)
                    and _page_line(text, start, end, related, previous)
                ):
                    if related:
                        related -= 1  # another story's headline
                    elif _RELATED.match(text, start, end):
                        # a photo has one caption: the line after it is the story's again
                        caption = text.startswith(_CAPTIONS, start)
                        related = 1 if caption else RELATED_MAX
                    previous = end
                    found.add(i)
                    continue
                if (
                    i < _IN_BYLINE_SPANS
                    and last not in _SENTENCE_END
                    and text.find(" in ", start, end) > 0
                    and _in_byline(text, start, end)
                ):
                    found.add(i)
                    continue
                if last == ")" and size <= _CAPTION_MAX:
                    # a caption with its credit: "Harga beras naik (Foto: Okezone)"
                    bracket = text.rfind("(", start, end)
                    if bracket > start and text.startswith(_PHOTO_BRACKETS, bracket):
                        found.add(i)
                        continue
            related = 0
        if size > _LINE:
            continue
        if size <= SHORT and not first.isalpha() and letter(text, start, end) is None:
            found.add(i)
            continue
        # A credit line opens its line ("CORRECTION: ..."), or is short enough to trail a
        # caption or a dateline on it ("... 2020. REUTERS/Stringer", "/ТАСС/."): other spans
        # are not tried (spans are trimmed, so the pattern runs from start to end).
        opens = size <= _SHORT or line
        tried = (
            opens
            and (
                first in _FIRST
                or text[start : start + 2].isupper()
                or (size <= _SHORT and first.isupper())  # "Aljazeera, 1/11."
                # a label opening with another letter ("Writing by", "Автор:"), on its line
                or (closes and text[start : start + 4] in _MORE_HEADS)
            )
        )
        if (
            (tried and _credited(text, start, end, first, line, closes))
            or (
                opens
                and text[end - 1] in _DASHES
                and (
                    (_DATELINE_LEAD.match(text, start, end) and _lead_named(text, start, end))
                    or _place_alone(text, start, end)
                )
            )
            or (
                credited
                and closes
                and ends(_CONTRIBUTED, start, end)
                and _CONTRIBUTOR.search(text, start, end)
            )
            or (
                i >= foot  # credits close the article
                and credited
                and line
                and size <= SHORT
                and text.find(" contributed ", start, end) > 0
                and _CONTRIBUTED_NAMED.match(text, start, end)
            )
            or (  # a header is a line of its own
                bars
                and line
                and closes
                and bar(" | ", start, end) >= 0
                and (
                    (
                        header(text, start, end)
                        and dated(text, start, end)
                        and not _prose_field(text[start:end])
                    )
                    or _table_head(text, start, end)
                )
            )
        ):
            found.add(i)
    for i, (start, end) in enumerate(spans[: _SECTIONS + 1]):  # "detikNews", "Berita" on top
        whole = (start == 0 or text[start - 1] == "\n") and (end == length or text[end] == "\n")
        if not whole or text[end - 1] in _SENTENCE_END:
            break
        if end - start > _SECTION_LONGEST or text.find(" ", start, end) >= 0:
            found.update(range(i))  # the headline under the site's sections
            break
    for i in promotions:  # every sentence of the paragraph
        stop = text.find("\n", spans[i][0])
        stop = length if stop < 0 else stop
        while i < len(spans) and spans[i][0] < stop:
            found.add(i)
            i += 1
    if len(spans) >= 2:
        (a, b), (c, d) = spans[0], spans[1]
        if leads_into(text[a:b], text[c:d]):
            found.add(0)
    return found


def furniture_line(line: str) -> bool:
    """Whether a line on its own is page furniture (`furniture`'s credit lines, bylines,
    headers, letterless rules), whatever it opens with: a title must not be one ("Kompas.com
    - 11/04/2025, 14:20 WIB" above the headline became the source's title)."""
    line = line.strip()
    if not line or len(line) > _LINE:
        return False
    end = len(line)
    return (
        _LETTER.search(line) is None
        or _CREDIT_LINE.match(line) is not None
        or (line[:4] in _MORE_HEADS and _CREDIT_MORE.match(line) is not None)
        or (
            line[-1] in _DASHES
            and (
                (_DATELINE_LEAD.match(line) is not None and _lead_named(line, 0, end))
                or _place_alone(line, 0, end)
            )
        )
        or _byline(line, 0, end)
        or _page_line(line, 0, end, 0, 0)
        or (line[1:2].isupper() and _caption_start(line, 0, end))
        or (
            " | " in line
            and _HEADER.match(line) is not None
            and _DATED.search(line) is not None
            and not _prose_field(line)
        )
    )


def leads_into(first: str, second: str) -> bool:
    """Whether `first` is a trail of words run into `second` ("Home World <headline>")."""
    cut = len(first) - len(second)
    return cut > 0 and first[cut - 1].isspace() and first.endswith(second)
