"""Locale-aware extraction of counted numbers ("1.166 pasukan … tewas") and their comparison.

A quantity is an interval `[low, high]` plus what is counted (`unit`: killed, wounded, on
board, rescued, trapped, casualties (killed and wounded together), km, metres, mm, cm,
nautical miles, tonnes…) and who (`subject`: troops, civilians, crew, people; `OTHERS` for
"4 others" beside a count with the same fate).
Qualifiers widen the interval:

==========  =============  ===========================================
qualifier   example        interval
==========  =============  ===========================================
exact       1,166          [1166, 1166]  (ranges "400-500": [400, 500])
at-least    sedikitnya 91  [91, UNBOUNDED]
more-than   более 25       [25, UNBOUNDED]   (low end open)
at-most     up to 5 km     [0, 5]
less-than   fewer than 10  [0, 10]           (high end open)
nearly      почти 5 тысяч  [4500, 5000]
about       sekitar 5 km   [4.5, 5.5]
vague       несколько      [2, 9]  (a vague word's range: read "several (2–9)")
==========  =============  ===========================================

`UNBOUNDED` (1e18) stands for infinity so a `Quantity` stays valid JSON in the store.
Vague words ("ratusan", "thousands", "десятки") are ranges qualified "vague" (no figure
was stated; `describe` reads "dozens (24–99)", never a bare "24–99"): hundreds [200, 999],
thousands [2000, 9999], dozens [24, 99] ("several dozen", "beberapa puluh", "scores of" too;
"two dozen" is 24, "полтора десятка" 15, "более тысячи" 1,000), "belasan" [11, 19]. A count
per day, week or month is a rate: its unit reads "killed a day", comparable only with
another rate. Dates, years, times, ordinals, ages (also in a list of
names: "The dead: Ahmad, 34, Budi, 29") and unlabelled percentages are not quantities ("52.3%
of the vote" is: a share of the vote; "a third of the injured" a share of the wounded; "40
persen di antaranya" a share of `THEM`; "1 in 5 protesters" 20% of them); a converted value
in brackets ("5 km (3 mil)") is skipped. A count that a total named after it takes in ("4 more
bodies were found, bringing the toll to 23") is some of that total, no rival to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from claimtrack.model import Quantity
from claimtrack.textnorm import RU_ADJECTIVE_ANY, fold

UNBOUNDED = 1e18
"""Stands for +infinity in `Quantity.high`; JSON has no infinity."""


def shown(doc: dict[str, Any]) -> dict[str, Any]:
    """A stored quantity as the CLI's JSON shows it: no upper bound is null, not 1e18. An
    exact figure that large ("99999999999999999999999 soldiers", a typo or a hoax) keeps its
    bound: it is not open-ended, and a null there broke the listing that reads it back."""
    high = doc.get("high")
    unbounded = isinstance(high, (int, float)) and high >= UNBOUNDED and high != doc.get("low")
    return {**doc, "high": None} if unbounded else doc


def _lex(words: str) -> tuple[str, ...]:
    """Lexicon entries from a "|"-separated string (entries may contain spaces)."""
    return tuple(w.strip() for w in words.split("|") if w.strip())


# Languages writing "1.166" for 1166 and "2,5" for 2.5; everything else follows English.
COMMA_DECIMAL_LANGS = frozenset(
    _lex("id|ms|ru|uk|be|kk|az|hy|ka|tr|de|nl|da|nb|no|sv|fi|es|it|pt|fr|ro|pl|cs|sk|hu|sl|hr")
    + _lex("sr|bs|bg|el|sq|lt|lv|et|vi")
)
# Counts of people (casualties, and where people are: detained, on board), where "who"
# matters and a total can be summed from its parts.
COUNT_UNITS = frozenset(
    {"killed", "wounded", "missing", "displaced", "captured", "detained", "on board", "rescued"}
    | {"trapped", "casualties"}  # casualties: killed and wounded together, neither alone
)
# Subjects that partition a total: troops + civilians = everyone.
PARTS = frozenset({"troops", "civilians"})
TOTAL_SUBJECTS = frozenset({None, "people"})

_SPACES = "\u00a0\u202f\u2009\u2007"
_TOKEN_RE = re.compile(
    rf"(?P<num>\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:[.,]\d+)?"
    r"|\d{1,3}(?: \d{3})+(?![\d.,]\d)"
    r"|\d+(?:[.,]\d+)*)"
    r"|(?P<word>\w+(?:-\w+)*)"
    r"|(?P<punct>\S)"
)

# --- lexicons: lower-case; an entry ending in "*" matches as a prefix -----------------------
_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "killed": _lex(
        "korban jiwa|killed|kill|killing|dead|died|die|death*|fatalit*|perished|slain|lives"
        "|toll|drowned|уничтожен*|уничтожил*|ликвидирован*|ликвидировал*"
        "|tewas|menewaskan|meninggal|terbunuh|gugur|kematian"
        "|menembak mati|ditembak mati|tertembak mati|tembak mati"  # shot dead
        "|погиб*|гибел*|убит*|убил*|смерт*|жертв*|жизн*|скончал*|умер|умерла|умерли|умерло"
    ),
    "wounded": _lex(
        "wounded|wounding|injured|injuring|injuries|hurt"
        "|luka|luka-luka|terluka|melukai|cedera|ранен*|ранил*|ранения|пострадал*|пострадавш*"
        "|hospitalised|hospitalized|treated for|госпитализир*|dirawat"
    ),
    # "6 masih dicari": still searched for
    "missing": _lex("missing|unaccounted|hilang|пропал*|пропавш*|masih dicari"),
    "displaced": _lex(
        "displaced|fled|refugees|evacuated|mengungsi|pengungsi|terlantar|mengevakuasi|dievakuasi"
        "|беженц*|бежал*|эвакуир*|переселен*"
        # who left their homes: "1,5 млн человек покинули регион", "left their homes"
        "|покинул*|покинувш*|left their|meninggalkan rumah|meninggalkan kampung"
        "|meninggalkan tempat|meninggalkan wilayah|meninggalkan daerah|meninggalkan kota"
        # without a roof: "left homeless", "остались без крова", "kehilangan tempat tinggal"
        "|homeless|без крова|без жилья|kehilangan tempat|kehilangan rumah"
    ),
    "captured": _lex(
        "captured|prisoners|pows|hostages|hostage|ditawan|tawanan|sandera|disandera|пленн*|плен|плену"
        "|заложник*"
        # taken by force: "kidnapped 42 students", "menyandera 8 pekerja", "похищены 6 человек"
        "|prisoner|captives|captive|kidnapped|abducted|menyandera|diculik|menculik|похищен*"
        "|похитил*|похитили"
    ),
    "detained": _lex(
        "detained|detainees|arrested|ditahan|diamankan|ditangkap|menangkap|задержан*|арестован*"
        "|mengamankan|задержал*|арестовал*"
    ),
    "on board": _lex("on board|aboard|onboard|atas kapal|di kapal|на борту|на борт"),
    # alive and unable to get out: "7,000 to 10,000 people remain trapped", "terjebak banjir",
    # "под завалами остаются 200 человек"
    "trapped": _lex(
        "trapped|stranded|terjebak|terperangkap|terjepit|под завалами|в ловушке|заблокирован*"
    ),
    # killed and wounded together, read apart from either: "35 casualties"
    "casualties": _lex("casualties|casualty"),
    # survivors: "800 were rescued" of those on board are no rival count of who was aboard
    "rescued": _lex(
        "rescued|survivors|survived|diselamatkan|dievakuasi selamat|selamat|спасен*|спасли|спасти"
        "|berhasil dievakuasi"  # "23 pendaki berhasil dievakuasi": brought out alive
        "|спасён*|выжил*|выживш*"
    ),
    "km": _lex("km|kilometer*|kilometre*|км|километр*"),
    # "300 metres underground", "kedalaman 10 meter", "на глубине 300 метров"
    "metres": _lex("metres|metre|meters|meter|m|метров|метра|метр|метрах"),
    # rain, snow, a shell's calibre: "400 millimetres of rain", "400 milimeter", "120 мм"
    "mm": _lex("mm|millimet*|milimet*|мм|миллиметр*"),
    "cm": _lex("cm|centimet*|sentimet*|см|сантиметр*"),
    # an earthquake's strength: "gempa berkekuatan 5,6 magnitudo" injured no 5.6
    "magnitude": _lex("magnitude|magnitudo|sr|балла|баллов|балл|магнитуд*"),
    # Two words before one: "12 nautical miles", "12 mil laut", "12 морских миль" are no
    # land miles.
    "nautical miles": _lex(
        "nautical miles|nautical mile|mil laut|морских миль|морских милях|морских милей"
        "|морской мили|морские мили|морская миля|морскую милю"
    ),
    # (the forms of "миля" only: "миллиметров", "милиционера" are no miles)
    "miles": _lex("miles|mile|mil|mi|миля|мили|милю|милей|миль|милях|милями|милям"),
    "tonnes": _lex(
        "tonnes|tonne|tons|ton|metric tons|тонн|тонны|тонна|тонну|тоннам|тоннами|тоннах"
    ),
    "barrels": _lex("barrels|barrel|bbl|barel|баррел*"),
    "litres": _lex("litres|litre|liters|liter|литр*"),
    "years": _lex("years|tahun|лет"),
    "weeks": _lex("weeks|pekan|minggu|недел*"),
    "days": _lex("days|day|hari|дней|дня|день|суток|сутки"),
    "hours": _lex("hours|hour|jam|часов|часа"),
    "villages": _lex("villages|village|desa|сел|сёл|села|деревень|деревни"),
    "percent": _lex("percent|per-cent|persen|процент*"),
    # Ballots counted: "1,204,331 votes", "2 418 906 голосов", "2.418.906 suara". Not a count
    # of people (no casualty word's reach back), so only right after the number.
    "votes": _lex("votes|vote|ballots|suara|голосов|голоса"),
}
_SUBJECT_WORDS: dict[str, tuple[str, ...]] = {
    "civilians": _lex(
        "civilians|civilian|warga sipil|penduduk sipil|orang sipil|sipil|мирн*|гражданск*"
    ),
    "troops": _lex(
        "troops|soldiers|servicemen|fighters|personnel|pasukan|tentara|prajurit|personel"
        "|военн*|военнослужащ*|солдат*|бойц*|peacekeepers|penjaga perdamaian|миротвор*|tni"
    ),
    # armed groups, neither an army's troops nor civilians: "killed 30 militants and 12
    # civilians" killed no 30 of a toll of the war; "12 боевиков", "3 anggota KKB"
    "militants": _lex(
        # plurals only: "rebel sources", "a terrorist attack" count no one
        "militants|insurgents|rebels|gunmen|terrorists|separatists|jihadists|militan"
        "|pemberontak|teroris|separatis|kkb|боевик*|террористы|террористов|повстанцы"
        "|повстанцев|сепаратисты|сепаратистов|джихадисты|джихадистов"
    ),
    # Parts of a toll that are neither troops nor civilians: "two children among the dead" is
    # no rival count to "12 killed".
    "children": _lex(
        "children|child|kids|anak-anak|anak|balita|дет*|ребен*|ребён*|несовершеннолет*"
    ),
    "women": _lex("women|perempuan|wanita|женщин*"),
    # A ship's crew, whatever the word: "27 crew", "24 sailors", "27 awak kapal", "27 ABK",
    # "24 члена экипажа", "24 моряков".
    "crew": _lex(
        "crew|crews|crewmen|crew members|crewmembers|crew member|sailors|seafarers|mariners"
        "|abk|awak kapal|anak buah|kru|pelaut|члена экипажа|членов экипажа|члены экипажа"
        "|экипаж|экипажа|моряк*"
    ),
    # Groups a toll may single out: "two drivers were killed" is no rival to "41 killed".
    "drivers": _lex("drivers|driver|sopir|supir|pengemudi|водител*"),
    "medics": _lex(
        "medics|medic|paramedics|doctors|doctor|nurses|nurse|health workers|medical staff"
        "|medical workers|dokter|perawat|paramedis|tenaga medis|tenaga kesehatan|petugas medis"
        "|petugas kesehatan|врач*|медик*|медсест*|медработник*|фельдшер*"
    ),
    "journalists": _lex(
        "journalists|journalist|reporters|reporter|wartawan|jurnalis|журналист*|корреспондент*"
    ),
    "aid workers": _lex(
        "aid workers|aid worker|humanitarian workers|relief workers|pekerja kemanusiaan"
        "|relawan|гуманитарных работников|сотрудников гуманитарных"
    ),
    "police": _lex("police officers|policemen|police|polisi|polri|brimob|полицейск*"),
    "patients": _lex("patients|patient|pasien|пациент*|больных|больные"),
    "people": _lex(
        "people|persons|residents|victims|protesters|demonstrators|passengers|orang|warga"
        "|penduduk|jiwa|penumpang|anak muda|пассажир*"
        "|korban|pengunjuk rasa|demonstran|pendemo|человек|человека|люд*|жител*|протестующ*"
        "|митингующ*"
    ),
}
_BODIES = frozenset(
    _lex("bodies|body|corpses|corpse|jenazah|mayat|jasad|тел|тела|тело|трупов|трупа|трупы|труп")
)
"""The dead counted as bodies ("received 19 bodies", "21 jenazah", "21 тело"): killed, but only
as the noun right after the number; elsewhere in a clause a body is no casualty word ("a body
of 12 experts", "petugas kamar mayat menerima 5 pasien")."""
_OTHERS = frozenset(_lex("others|other|more|lainnya|lain|других|ещё|еще"))
_THING_WORDS: dict[str, tuple[str, ...]] = {
    "things": _lex(
        "post|posts|outpost|outposts|checkpoint|checkpoints|position|positions|tank|tanks"
        "|drone|drones|shell|shells|rocket|rockets|missile|missiles|building|buildings|house"
        "|houses|home|homes|vehicle|vehicles|truck|trucks|aircraft|plane|planes|helicopter"
        "|helicopters|bridge|bridges|school|schools|hospital|hospitals|gun|guns|bomb|bombs"
        "|pos|tank|drone|peluru|roket|rudal|gedung|bangunan|rumah|kendaraan|truk|pesawat"
        "|helikopter|jembatan|sekolah|senjata|bom|meriam|пост|поста|постов|посты|блокпост*"
        "|танк|танка|танков|танки|беспилотник*|дрон|дрона|дронов|снаряд*|ракет*|здани*"
        "|дом|дома|домов|машин*|автомобил*|бронетехни*|вертол*|самол*|мост|моста|мостов"
        "|школ*|больниц*|орудий|орудия|орудие"
        # vessels: "5 ships were seized and 12 people were detained" detained 12, not 5
        "|ship|ships|vessel|vessels|boat|boats|tanker|tankers|kapal|судов|судна|суда|корабл*"
        "|лодк*|лодок|танкер*"
        # a convoy's vehicles: "уничтожены три из пяти грузовиков, погибли два водителя"
        "|lorry|lorries|bus|buses|van|vans|ambulance|ambulances|ambulans|грузовик*|автобус*"
        # places: "detained protesters in two other cities" detained no two people
        "|city|cities|town|towns|region|regions|province|provinces|district|districts"
        "|country|countries|area|areas|location|locations|site|sites|kota|kabupaten"
        "|provinsi|wilayah|daerah|negara|lokasi|kecamatan|город*|регион*|област*|район*"
        "|стран*|населенн*|населённ*"
        # households: "anggota satu keluarga" is no one killed; "a family of five" is five
        "|family|families|household|households|keluarga|семья|семьи|семей"
        # where the displaced shelter: "mengungsi ke 14 titik pengungsian" displaced no 14
        "|camp|camps|shelter|shelters|titik|posko|kamp|лагер*"
        # what a market town loses: "200 people were wounded and 35 shops were destroyed"
        "|shop|shops|store|stores|stall|stalls|kiosk|kiosks|market|markets|mosque|mosques"
        "|church|churches|factory|factories|warehouse|warehouses|apartment|apartments"
        "|toko|kios|lapak|pasar|masjid|gereja|pabrik|gudang"
        "|магазин*|ларьк*|ларёк|рынок|рынка|рынков|рынки|мечет*|церкв*|церковь"
    )
}
"""What a number right before it counts is a thing or a place, never a casualty: "two border
**posts**" takes no "killing" from the rest of the clause."""
_MEASURES = frozenset(
    {"km", "metres", "mm", "cm", "miles", "nautical miles", "tonnes", "barrels", "litres"}
)

_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "at-least": _lex(
        "at least|no fewer than|no less than|a minimum of|sedikitnya|setidaknya|paling sedikit"
        "|minimal|не менее|по меньшей мере|как минимум|минимум"
        # a negated "fewer"/"less" is a floor: "не меньше пяти", "tidak kurang dari lima"
        "|not less than|not fewer than|не меньше|не менее чем|не меньше чем"
        "|tidak kurang dari|sekurang-kurangnya"
    ),
    "more-than": _lex(
        "more than|over|above|upwards of|in excess of|lebih dari|более|свыше|больше"
        "|более чем|больше чем|более чем на|больше чем на|более чем в|больше чем в|свыше чем"
        # a toll past a figure: "the toll exceeded 100", "превысило сто человек"
        "|exceeded|exceeds|exceeding|surpassed|topped|melebihi|melampaui|превысило|превысила"
        "|превысили|превысил|превышает|превышают"
        # "the toll climbed past 5,000", "crossed 1,000", "menembus 1.000", "перевалило за тысячу"
        "|crossed|climbed past|rose past|risen past|menembus|перевалило за"
        "|перевалила за|перевалили за|перевалил за"
    ),
    "less-than": _lex(
        "less than|fewer than|under|below|kurang dari|менее|меньше|менее чем в|меньше чем в"
    ),
    "at-most": _lex(
        "up to|as many as|at most|no more than|within|hingga|sampai|maksimal|paling banyak|до"
        # the top of a range of claims: "put the death toll as high as 27"
        "|as high as|as much as|setinggi"
        # a negated "more" is a ceiling: "не больше пяти" is up to 5, not "больше" 5
        "|not more than|no greater than|не больше|не более|не более чем|не больше чем|не свыше"
        "|максимум|tidak lebih dari|tidak melebihi|maksimum|sebanyak-banyaknya"
        # a toll that "could reach" a figure has not reached it
        "|could reach|may reach|might reach|could rise to|may rise to|bisa mencapai"
        "|dapat mencapai|bisa sampai|может достигнуть|может достичь|могут достигнуть"
        "|могут достичь|может составить"
    ),
    "nearly": _lex(
        "nearly|almost|close to|just under|near|mendekati|hampir|nyaris|почти|приближается к"
    ),
    "about": _lex(
        "about|around|approximately|roughly|some|an estimated|estimated|sekitar|kira-kira"
        "|kurang lebih|sekira|около|примерно|порядка|приблизительно"
    ),
}
_NEGATED = {"more-than": "at-most", "less-than": "at-least"}
_NEGATIONS = frozenset(_lex("not|tak|tidak|не"))
"""A negation before "more"/"fewer" turns it around, whatever words follow: "tak lebih dari
20" is up to 20, "не более чем в 20 км" up to 20 km, "не менее чем в 20 км" at least 20."""
_QUALIFIER_VOCABULARY = frozenset(w for ps in _QUALIFIERS.values() for p in ps for w in p.split())
_POST_QUALIFIERS: dict[str, str] = {
    "or more": "at-least",
    "atau lebih": "at-least",
    "и более": "at-least",
    "с лишним": "more-than",
    "or so": "about",
}
_SCALES: dict[str, float] = {
    # "two dozen", "dua lusin", "два десятка", "полтора десятка": counted in twelves or tens
    **dict.fromkeys(_lex("dozen|lusin"), 12.0),
    **dict.fromkeys(_lex("hundred|ratus"), 100.0),  # "a hundred", "5 ratus"
    **dict.fromkeys(_lex("десяток|десятка|десятков"), 10.0),
    **dict.fromkeys(_lex("thousand|thousands|ribu|тыс|тысяча|тысячи|тысяч|тысячам"), 1e3),
    **dict.fromkeys(_lex("million|millions|juta|млн|миллион|миллиона|миллионов"), 1e6),
    **dict.fromkeys(_lex("billion|billions|miliar|milyar|млрд|миллиард|миллиарда|миллиардов"), 1e9),
    **dict.fromkeys(_lex("trillion|trillions|triliun|трлн|триллион|триллиона|триллионов"), 1e12),
}
_CURRENCY_WORDS: dict[str, tuple[str, ...]] = {
    "USD": _lex("$|us$|usd|dollars|dollar|долларов|доллара|доллар"),
    "EUR": _lex("€|eur|euros|euro|евро"),
    "GBP": _lex("£|gbp|pounds"),
    "RUB": _lex("₽|rub|руб|рублей|рубля|рубль|rubles|roubles|ruble"),
    "IDR": _lex("rp|idr|rupiah"),
}
"""Money, in the currency's code: "Rp 1,5 triliun", "$5 billion", "3 млрд рублей" are
amounts (before or after the number), never casualties."""
# Scales that may follow a vague word: "tens of thousands", "puluhan ribu", "десятки тысяч".
_VAGUE_SCALES = frozenset(_lex("thousand|thousands|ribu|тысяч|million|millions|juta|миллионов"))
_VAGUE: dict[str, tuple[float, float]] = {
    **dict.fromkeys(_lex("dozens|tens|puluhan|десятки|десятков|десятками"), (24.0, 99.0)),
    **dict.fromkeys(_lex("hundreds|ratusan|сотни|сотен|сотнями"), (200.0, 999.0)),
    **dict.fromkeys(_lex("belasan"), (11.0, 19.0)),  # "belasan lainnya luka-luka": 11–19
    **dict.fromkeys(_lex("thousands|ribuan|тысячи|тысяч|тысячами"), (2000.0, 9999.0)),
}
# "Several": a few, or a few hundred/thousand when a vague word follows ("несколько сотен").
_SEVERAL = frozenset(_lex("several|beberapa|несколько|нескольких|нескольким|несколькими"))
_SEVERAL_RANGE = (2.0, 9.0)
_SEVERAL_OF = {"dozen": "dozens", "puluh": "puluhan", "hundred": "hundreds", "ratus": "ratusan"}
"""After "several", a vague word's singular: "several dozen" are dozens, "beberapa ratus"
hundreds."""
_DURATIONS = frozenset({"years", "weeks", "days", "hours"})
_RATE_WORDS: dict[str, tuple[str, ...]] = {
    "day": _lex(
        "a day|per day|each day|every day|daily|в день|в сутки|ежедневно|ежесуточно"
        "|каждый день|каждые сутки|per hari|setiap hari|tiap hari|saban hari"
    ),
    "week": _lex(
        "a week|per week|each week|every week|weekly|в неделю|еженедельно|каждую неделю"
        "|per minggu|per pekan|setiap minggu|setiap pekan|tiap minggu|tiap pekan"
    ),
    "month": _lex(
        "a month|per month|each month|every month|monthly|в месяц|ежемесячно|каждый месяц"
        "|per bulan|setiap bulan|tiap bulan"
    ),
}
"""A count per period ("15 people a day", "до 10 мирных жителей ежедневно", "setiap hari 5
orang"): a rate, read "killed a day", no rival to a toll over the whole war."""
_RATE_AFTER_ONLY = frozenset(
    _lex("a day|a week|a month|per day|per week|per month|daily|weekly|monthly")
)
"""Rates said only after the count: "the daily Kommersant reported 12 dead" is no rate."""
_NO_RATE_BEFORE = frozenset(
    _lex("in|within|over|for|of|on|during|throughout|into|dalam|selama|за|в течение|течение")
    + _lex("the|a|an|its|their|his|her|our|this|that")
)
"""Before "a day": a span, a date or a name, not a rate ("12 killed in a day", "on a day of
fighting", "during a week of protests", "за день", "the daily Kommersant")."""
_NO_RATE_AFTER = frozenset(
    _lex("earlier|before|after|later|ago|prior|sebelumnya|kemudian|ранее|назад|спустя|позже")
    + _lex("of|into")
)
"""After "a day": a date or a span, not a rate ("150 a day earlier", "a day of fighting", "a
month into the war")."""
_RU_RATE_PREP = frozenset(_lex("в день|в сутки|в неделю|в месяц"))
_RU_GENITIVE_ENDS = ("ния", "тия", "ии")
"""Endings of singular genitive nouns that name a day after "в день" ("в день голосования",
"в день открытия", "в день эвакуации"); a plural genitive is rather the subject of a rate
("В сутки беженцев прибывает до 10 тысяч", "В день людей погибает 30")."""
_RU_NAMED_DAYS = frozenset(
    _lex("выборов|похорон|памяти|траура|победы|независимости|скорби|знаний|свадьбы|прощания")
    + _lex("теракта|штурма|удара|взрыва|обстрела|атаки|катастрофы|начала|окончания")
    + _lex("референдума|визита|приезда|города|республики|защитника|матери|рождества|пасхи")
)
"""Other words naming the day after "в день": "В день выборов погибли 3 человека", "в день
похорон", "в день траура"."""
_NUMBER_WORDS: dict[str, float] = {
    **{
        w: float(i)
        for i, w in enumerate(
            _lex("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
        )
    },
    **{
        w: float(i)
        for i, w in enumerate(
            _lex("nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas")
        )
    },
    **{
        w: float(i)
        for i, w in enumerate(_lex("ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять|десять"))
    },
    **dict.fromkeys(_lex("одна|одного"), 1.0),
    **dict.fromkeys(_lex("две|двух"), 2.0),
    **dict.fromkeys(_lex("трёх|трех"), 3.0),
    **dict.fromkeys(_lex("четырёх|четырех"), 4.0),
    **{"двое": 2.0, "трое": 3.0, "четверо": 4.0, "пятеро": 5.0, "шестеро": 6.0},
    **{"пяти": 5.0, "шести": 6.0, "десяти": 10.0, "twenty": 20.0, "hundred": 100.0},
    **{"seribu": 1000.0, "sejuta": 1e6},
    # one and a half: "около полутора тысяч человек" is about 1,500
    **dict.fromkeys(_lex("полтора|полторы|полутора"), 1.5),
    **dict.fromkeys(_lex("полмиллиона|полмиллион"), 5e5),
}
_EN_TENS = _lex("twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_RU_TENS = _lex("двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто")
# Spelled-out compounds: "twenty-five", "двадцать пять", "dua puluh lima", "tiga ratus".
_TENS: dict[str, float] = {
    **{w: 10.0 * i for i, w in enumerate(_EN_TENS, start=2)},
    **{w: 10.0 * i for i, w in enumerate(_RU_TENS, start=2)},
    **{"thirteen": 13.0, "fourteen": 14.0, "fifteen": 15.0, "sixteen": 16.0, "seventeen": 17.0,
       "eighteen": 18.0, "nineteen": 19.0, "двенадцать": 12.0, "пятнадцать": 15.0,
       "двадцати": 20.0, "тридцати": 30.0, "сорока": 40.0, "пятидесяти": 50.0},
}  # fmt: skip
_HUNDREDS: dict[str, float] = {
    "seratus": 100.0, "сто": 100.0, "ста": 100.0, "двести": 200.0, "двухсот": 200.0,
    "триста": 300.0, "трехсот": 300.0, "трёхсот": 300.0, "четыреста": 400.0,
    "четырехсот": 400.0, "четырёхсот": 400.0, "пятьсот": 500.0, "пятисот": 500.0,
    "шестьсот": 600.0, "шестисот": 600.0, "семьсот": 700.0, "семисот": 700.0,
    "восемьсот": 800.0, "восьмисот": 800.0, "девятьсот": 900.0, "девятисот": 900.0,
}  # fmt: skip
"""Words that are a whole number of hundreds ("двести", "seratus"): tens and units may follow."""
_HUNDRED = frozenset(_lex("hundred|ratus"))
"""A multiplier of the units before it: "two hundred", "dua ratus"."""
_FRACTIONS: dict[str, float] = {
    "half": 50.0, "one-third": 100 / 3, "two-thirds": 200 / 3, "three-quarters": 75.0,
    "one-quarter": 25.0, "setengah": 50.0, "separuh": 50.0, "sepertiga": 100 / 3,
    "половина": 50.0, "половины": 50.0, "треть": 100 / 3, "трети": 100 / 3,
}  # fmt: skip
"""Fractions of a whole ("two-thirds of the residents"), as percentages."""
_FRACTION_PAIRS: dict[str, float] = {
    "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3, "a quarter": 25.0,
    "one quarter": 25.0, "three quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0,
    "a tenth": 10.0, "one tenth": 10.0,
}  # fmt: skip
"""Two-word fractions, read only before "of": "up to a third of the injured" (not "a third
day")."""
_FRACTION_WORDS: dict[str, float] = {"dua pertiga": 200 / 3, "две трети": 200 / 3}
"""Two-word fractions that are fractions wherever they stand (not quarters: "четверть века",
"seperempat abad" are 25 years)."""
_MONTHS = frozenset(
    _lex("january|february|march|april|may|june|july|august|september|october|november")
    + _lex("december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januari|februari|maret")
    + _lex("mei|juni|juli|agustus|oktober|desember|января|февраля|марта|апреля|мая|июня|июля")
    + _lex("августа|сентября|октября|ноября|декабря|янв|фев|апр|июн|июл|авг|сен|окт|ноя|дек")
    + _lex("мар|февр|сент|нояб")  # a dateline's "МОСКВА, 4 мар —", "1 сент. 2023 г."
)
_ORDINAL_NOUNS = frozenset(_lex("week|day|pekan|minggu|hari|неделя|день"))
_TIME_AFTER = frozenset(
    _lex("wib|wita|wit|gmt|utc|am|pm|pagi|siang|sore|malam|dini|утра|вечера|ночи|мск")
)
_TIME_BEFORE = frozenset(_lex("pukul|jam"))
_NUMBER_SIGNS = frozenset(
    _lex("no|nos|nr|nomor|номер|flight|penerbangan|рейс|рейса|рейсом|boeing|airbus|embraer")
    # a unit's number: "Unit 731 lost three soldiers", "Batalyon 753 kehilangan empat personel"
    + _lex("unit|battalion|brigade|regiment|division|batalyon|yonif|brigif|полк|бригада|батальон")
    # a place on a road: "bentrok di Km 45", "on Route 7", "трасса М-4"
    + _lex("km|route|highway|jalur")
    # an earthquake's magnitude: "gempa M 5,2"
    + _lex("m|mw|sr")
    + _lex("antonov|tupolev|ilyushin|sukhoi|боинг|боинга|аэробус|аэробуса")
)
_MAGNITUDE_SIGNS = frozenset(_lex("m|mw|sr"))
"""Before a number, an earthquake's magnitude ("M 6,2 menewaskan 40 orang"): never a count."""
_GLUED_MAGNITUDE = re.compile(r"mw?\d+")
"""The whole part of a magnitude glued to its sign, before its decimals: "M7" of "M7.8"."""
_CONJUNCTIONS = frozenset(_lex("and|or|dan|atau|serta|и|или|,|-|–|—|if|jika|not|bukan|even"))
_RANGE_JOINERS = frozenset(_lex("-|–|—|to|hingga|sampai|до"))
_RANGE_OPENERS = {"between": "and", "antara": "dan", "от": "до"}
# Clause edges stop the search for what a number counts.
_CLAUSE_END = frozenset(_lex(".|;|:|!|?|but|tetapi|namun|sedangkan|whereas|while|но|однако|а"))
_WINDOW = 12


@dataclass(slots=True)
class _Tok:
    kind: str  # "num" | "word" | "punct"
    text: str
    low: str  # casefolded text
    start: int
    end: int


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        toks.append(_Tok(kind, m.group(), m.group().casefold(), m.start(), m.end()))
    for k, tok in enumerate(toks):
        after_comma = k > 0 and toks[k - 1].text in ",;"
        meanwhile = k + 1 < len(toks) and toks[k + 1].low == "itu"
        if tok.low == "sementara" and (after_comma or meanwhile):
            tok.low = "sedangkan"  # ", sementara …" (while) opens a clause; "korban tewas
            # sementara 23" (for now) and "data sementara" (preliminary) do not
    return toks


class _Lexicon:
    """A word list per key, compiled for fast lookup (exact words, prefixes, word pairs)."""

    def __init__(self, entries: dict[str, tuple[str, ...]]) -> None:
        self.pairs = {e: k for k, es in entries.items() for e in es if " " in e}
        self.exact = {
            e: k for k, es in entries.items() for e in es if " " not in e and e[-1] != "*"
        }
        self.prefixes = [
            (k, tuple(e[:-1] for e in es if e.endswith("*"))) for k, es in entries.items()
        ]

    def word(self, word: str) -> str | None:
        """The key of a single word (exact entries first, then prefixes in key order)."""
        hit = self.exact.get(word)
        if hit is None:
            hit = next((k for k, ps in self.prefixes if ps and word.startswith(ps)), None)
        return hit


_UNITS = _Lexicon(_UNIT_WORDS)
_SUBJECTS = _Lexicon(_SUBJECT_WORDS)
_THINGS = _Lexicon(_THING_WORDS)
_CURRENCY = _Lexicon(_CURRENCY_WORDS)
_RATES = _Lexicon(_RATE_WORDS)


def _lookup(toks: Sequence[_Tok], i: int, lexicon: _Lexicon) -> str | None:
    """The lexicon key matching the words starting at token i (two-word entries first)."""
    if toks[i].kind != "word":
        return None
    if i + 1 < len(toks) and lexicon.pairs:
        hit = lexicon.pairs.get(f"{toks[i].low} {toks[i + 1].low}")
        if hit is not None:
            return hit
    if toks[i].low == "anak" and i + 1 < len(toks) and toks[i + 1].low in _ANAK_COMPOUNDS:
        return None  # "anak perusahaan" (a subsidiary), "anak sungai" (a tributary)
    return lexicon.word(toks[i].low)


_ANAK_COMPOUNDS = frozenset(_lex("perusahaan|sungai|tangga|panah|kunci|cabang|usaha|kalimat"))
"""Words after "anak" (child) that make it no person: "tiga anak perusahaan" are three
subsidiaries, not three children."""


def parse_number(token: str, lang: str) -> float | None:
    """The value of one written number ("1.166", "1 166", "2,5", "5 тыс.", "tiga"), or None.

    Dot/comma roles follow `lang`: in comma-decimal languages (id, ru, de…) "1.166" is 1166
    and "2,5" is 2.5; elsewhere "1,166" is 1166 and "2.5" is 2.5. A separator followed by
    other than three digits is always a decimal point.
    """
    t = token.strip().casefold()
    for ch in _SPACES:
        t = t.replace(ch, " ")
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t]
    m = re.fullmatch(r"(\d[\d ., ]*?)\s*([^\W\d_]+\.?)?", t)
    if not m:
        return None
    digits, scale_word = m.group(1).strip(), (m.group(2) or "").rstrip(".")
    scale = 1.0
    if scale_word:
        if scale_word not in _SCALES:
            return None
        scale = _SCALES[scale_word]
    if " " in digits:
        if not re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?", digits):
            return None
        digits = digits.replace(" ", "")
    value = _separators(digits, lang)
    return None if value is None else value * scale


def _separators(s: str, lang: str) -> float | None:
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        return None
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    groups = re.split(r"[.,]", s)
    if len(set(seps)) == 2:  # "1.234,5" / "1,234.5": the last separator is the decimal one
        last = s.rfind(seps[-1])
        head, tail = s[:last], s[last + 1 :]
        if seps.count(seps[-1]) > 1 or not _grouped(re.split(r"[.,]", head)):
            return None
        return float(re.sub(r"[.,]", "", head) + "." + tail)
    if len(seps) > 1:
        return float("".join(groups)) if _grouped(groups) else None
    thousands = "." if lang.split("-")[0] in COMMA_DECIMAL_LANGS else ","
    if seps[0] == thousands and len(groups[1]) == 3 and groups[0] != "0":
        return float("".join(groups))
    return float(f"{groups[0]}.{groups[1]}")


def _grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


@dataclass(slots=True)
class _Num:
    """A number found in the token stream, before what it counts is known."""

    i: int  # first token of the number
    j: int  # token after the number (scale word included)
    low: float
    high: float
    start: int  # character span of the surface text, qualifier included
    end: int
    qualifier: str = "exact"
    vague: bool = False
    unit: str | None = None
    several: bool = False  # a bare "several": a count only of casualties or a distance
    fraction: bool = False  # "two-thirds": a percentage of what follows
    things: bool = False  # "two border posts": counts things, never casualties
    group: str | None = None  # "several of the wounded died": who they were (wounded)
    part: bool = False  # "24 killed, 17 of them by gunfire": some of the count before it
    rough: bool = False  # "several", "dozens", "несколько тысяч": a range no one stated
    of_next: bool = False  # "five of the 14 wounded soldiers died": some of the count after it
    share: bool = False  # "70% of the city's 400,000 residents": a share of the count after it
    freed: bool = False  # "117 hostages were released": no count of the held, nor another's
    told_after: str | None = None  # "4 others, including 2 children, were injured": the fate
    # past the comma closing a part, its whole's verb or the next clause's, never the part's own


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """Every counted number in `text`, in order, with unit, subject and qualifier."""
    toks = _tokenize(text)
    if all(t.kind != "word" for t in toks):
        return []  # a bare number ("485") is page furniture, not a claim's count
    nums = _find_numbers(toks, lang)
    currencies = [_currency(toks, num) for num in nums]
    for n, num in enumerate(nums):
        next_i = nums[n + 1].i if n + 1 < len(nums) else len(toks)
        num.things = (
            currencies[n] is not None
            or _times(toks, num)
            or _counts_things(toks, num, next_i, lang)
        )
    for n in range(len(nums) - 2, -1, -1):  # "три из пяти грузовиков": three trucks
        whole = nums[n + 1]
        if currencies[n + 1] is None and whole.things and _part_of(toks, nums[n], whole):
            nums[n].things = True
    for n, num in enumerate(nums):
        prev_j = nums[n - 1].j if n else -1
        next_i = nums[n + 1].i if n + 1 < len(nums) else len(toks)
        currency = currencies[n]
        if currency is not None:
            num.unit = currency
        elif num.fraction:
            num.unit = "percent"
        else:
            after_things = bool(n) and nums[n - 1].things
            reach = prev_j
            if after_things and nums[n - 1].unit is None:  # things, not money
                reach = nums[n - 2].j if n >= 2 else -1  # "detained 2 vessels and 27 crew"
            num.unit = _near_unit(toks, num, prev_j, next_i, after_things, reach)
            if num.unit is None and n and _listed_after(toks, nums[n - 1], num):
                num.unit = nums[n - 1].unit  # "Погибли 7 человек: 4 военных и 3 мирных жителя"
            including = bool(n) and _including(toks, num.i)
            if num.unit in COUNT_UNITS | {None} and (
                _freed(toks, num, next_i) or (including and nums[n - 1].freed)
            ):  # "117 have been released", "40 hostages, including 10 children, were freed"
                num.unit, num.freed = None, True  # no longer held
                continue
            if num.unit is None and including:
                num.unit = nums[n - 1].unit  # "killing 27 people, including nine children"
            fate = _group_then_fate(toks, num, next_i)
            if fate is not None:  # "several of the wounded died": killed, of the wounded
                num.group, num.unit = fate
            elif num.unit != "percent" and (including or _part_marker(toks, num)):
                _read_part(toks, num, nums[n - 1] if n else None, next_i)
            elif (group := _of_group(toks, num) or _among_group(toks, num, next_i)) is not None:
                num.part, num.group, num.unit = True, group, group  # "four of the dead"
    for n in range(len(nums) - 1):
        _fate_to_part(toks, nums[n], nums[n + 1])
    for whole, num in pairwise(nums):  # "Of the 56 injured, 9 are in critical condition"
        if _some_of_opening(toks, whole, num):
            num.part, num.group, num.unit = True, whole.unit, whole.unit
    # Coordinations share the unit: "1.166 pasukan dan 45 warga sipil tewas" (right to left),
    # "погибли 1166 военнослужащих и 45 мирных жителей" (left to right).
    for n in range(len(nums) - 2, -1, -1):
        if _shares_unit(toks, nums[n], nums[n + 1]):
            nums[n].unit = nums[n + 1].unit
    for n in range(1, len(nums)):
        if _shares_unit(toks, nums[n], nums[n - 1]):
            nums[n].unit = nums[n - 1].unit
    for before, whole, part in zip(nums, nums[1:], nums[2:], strict=False):
        # "6 were killed and 4 others, including 2 children, were injured": the verb after
        # the part is the fate of others that took the count before them's; a whole with a
        # verb of its own ("Погибли 27 человек, в том числе 9 детей, ранены 40") keeps it
        if (
            _including(toks, part.i)
            and _said_of_others(toks, whole)
            and before.unit == whole.unit
            and part.told_after in COUNT_UNITS
            and whole.unit in COUNT_UNITS
            and part.told_after != whole.unit
        ):
            whole.unit = part.unit = part.told_after
    for n, num in enumerate(nums):  # "found 4 more bodies, bringing the toll to 23"
        later = next((m for m in nums[n + 1 :] if m.unit == num.unit), None)
        if later is not None and _counted_in(toks, num, later):
            num.part, num.group = True, num.unit
    out: list[Quantity] = []
    previous: Quantity | None = None
    last_whole: Quantity | None = None  # the last count that is no part of one before it
    for n, num in enumerate(nums):
        prev_j = nums[n - 1].j if n else -1
        next_i = nums[n + 1].i if n + 1 < len(nums) else len(toks)
        # A count of things or places counts no one: "… and protesters in two other cities".
        # "Погибли 18 человек, из них 6 детей; ранены ещё 40": the 40 are more people, not
        # more of the part (children) just before them
        subject = None if num.things else _subject(toks, num, next_i, last_whole)
        if num.part:  # "17 of them by gunfire": of the dead; "5 di antaranya anak-anak"
            subject = _part_subject(toks, num, next_i) or num.group or _antecedent(toks, num)
        elif num.of_next and subject in TOTAL_SUBJECTS:
            after = nums[n + 2].i if n + 2 < len(nums) else len(toks)
            whole = _subject(toks, nums[n + 1], after, None)  # "five of the 14 wounded soldiers"
            subject = num.group if whole in TOTAL_SUBJECTS else whole
        elif num.group is not None and subject in TOTAL_SUBJECTS:
            subject = num.group  # a part of the wounded, no rival to the whole toll
        if toks[num.i].kind == "word" and not num.vague and num.unit is subject is None:
            continue  # "three ceasefires", "one of": number words count only with a unit
        if num.several and num.unit not in COUNT_UNITS | _MEASURES:
            continue  # "several villages", "beberapa kali"
        if num.vague and num.unit in _DURATIONS:
            continue  # "for weeks", "puluhan tahun": spans of time, not counts
        if num.unit == "percent":
            subject = _group_whole(toks, num, previous) or subject
        if num.unit == "percent" and num.share:
            subject = _share_whole(toks, num, nums[n + 1], text)
        elif num.unit == "percent" and subject is None:
            subject = _share_of(toks, num, nums[n - 1] if n else None)
            if subject is None:  # "70% of the hospital's beds", "40% зданий"
                subject = _whole_named(toks, num, text, lang)
            if subject is None:
                continue  # "Turnout was 45%": a share of nothing named
        if _stray_qualifier(toks, num):
            num.qualifier, num.start = "exact", toks[num.i].start
        unit = num.unit
        if unit in COUNT_UNITS and (period := _rate(toks, num, prev_j, next_i)) is not None:
            unit = f"{unit} a {period}"  # "15 people a day were killed": killed a day
        low, high = _interval(num.low, num.high, num.qualifier)
        previous = Quantity(low, high, unit, subject, num.qualifier, text[num.start : num.end])
        out.append(previous)
        if not (num.part or num.of_next):
            last_whole = previous
    return out


_PLACE_WORDS = frozenset(_lex("near|crossed"))
"""Qualifier words that are a place's or a move's before a count of places or a distance:
"killed near 3 villages" (by them), "troops crossed 3 km into Russia" (went 3 km)."""


def _stray_qualifier(toks: Sequence[_Tok], num: _Num) -> bool:
    """Whether the qualifier read before the number is a preposition or a verb of movement
    ("near 3 villages", "crossed 3 km"), not "nearly" or "more than": it qualifies only a
    count of people or a toll ("near 5,000 dead", "the toll crossed 1,000")."""
    if num.qualifier not in ("nearly", "more-than") or num.i == 0:
        return False
    if toks[num.i - 1].low not in _PLACE_WORDS or toks[num.i - 1].start != num.start:
        return False
    return (
        num.things
        or num.unit in _MEASURES
        or (num.unit is not None and num.unit not in COUNT_UNITS and num.unit != "percent")
    )


_TIMES = frozenset(_lex("times|раз|раза|kali|kalinya|lipat"))
"""After a number, how many times: "завышено в несколько раз", "several times higher",
"beberapa kali lipat", "violated the truce 14 times"."""


def _times(toks: Sequence[_Tok], num: _Num) -> bool:
    """Whether the number is a multiplier or a frequency, which counts no one: "the toll is
    inflated several times over" is no "2–9 killed"."""
    return num.j < len(toks) and toks[num.j].low in _TIMES


_RELEASED = frozenset(
    _lex("released|freed|free|release|releases|frees|set free|dibebaskan|membebaskan|dilepaskan")
    + _lex("melepaskan|dilepas|освобождены|освобожден|освобождена|освобождено|освободили")
    + _lex("освободил|освободила|отпущены|отпущен|отпущена|отпустили|отпустил|отпустила")
    + _lex("dipulangkan|memulangkan")  # sent home
)
"""Words telling that captives or detainees were let go: "117 have been released", "freed 12
hostages", "2 dari 5 sandera telah dibebaskan", "отпущены 300": no longer held, so no rival to
how many were taken."""


_RELEASE_ASKERS = frozenset(
    _lex("demand|demands|demanded|demanding|call|calls|called|calling|urge|urges|urged|urging")
    + _lex("refuse|refuses|refused|refusing|refusal|ask|asks|asked|asking|seek|seeks|sought")
    + _lex("want|wants|wanted|press|presses|pressed|pressing|yet")
    + _lex("menolak|menuntut|tuntut|tuntutan|meminta|mendesak|desak|enggan")
    + _lex("требует|требуют|требовал|требовала|требовали|требование|требования|отказался")
    + _lex("отказалась|отказались|отказывается|отказываются|призвал|призвала|призвали")
    + _lex("призывает|призывают|просит|просят|добивается|добиваются")
)
"""Words that, governing a release word, make it one still to come: "Israel demands Hamas
free 240 hostages", "refused to release 150", "yet to release", "menolak membebaskan",
"требует освободить": the captives are still held."""
_RELEASE_TALKS = frozenset(
    _lex("negotiate|negotiates|negotiated|negotiating|negotiations|negosiasi|переговоры")
)
"""Talks govern a release only through "to" or "the": "negotiating the release of 240",
"negosiasi untuk membebaskan"; "The deal Qatar negotiated freed 50" and "After weeks of
negotiations Hamas released 13" tell of a release that happened."""
_RELEASE_NEGATIONS = frozenset(_lex("not|never|cannot|tidak|tak|belum|не|ни"))
"""A negation right on the release word: "did not free", "belum membebaskan", "не освободил"."""
_RELEASE_AUX = frozenset(
    _lex("be|been|being|yet|akan|juga|pernah|bisa|dapat|были|был|была|было|будут|будет|пока")
)
"""Words between a negation and the release word it negates: "has not been freed", "not yet
freed", "tidak akan membebaskan", "не были освобождены"."""
_RELEASE_LINKS = frozenset(_lex("to|untuk|agar|supaya|чтобы|that|for|the|on|of"))
"""Words between a demand and the release it governs: "wants Hamas to free", "demands that
Hamas free", "calls for the release", "menuntut agar Hamas membebaskan"."""


def _release_pending(toks: Sequence[_Tok], k: int, stop: int) -> bool:
    """Whether the release word at token k is only demanded, refused, sought or negotiated:
    negated right on it ("did not free"), or governed by a demand or refusal right before it,
    through "to", "that X", "agar" or "untuk" ("refuses to free", "demands Hamas free"); a
    negation or a demand elsewhere in the clause ("It is not clear why Hamas freed 24")
    leaves it one that happened. Looks back no further than `stop` or a comma."""

    def word(m: int) -> str | None:
        if m > stop and toks[m].text == "," and m + 1 < k and toks[m + 1].low == "чтобы":
            return "чтобы"  # "требует, чтобы ХАМАС освободил": the comma Russian requires
        if m <= stop or m < 0 or toks[m].text == "," or toks[m].low in _CLAUSE_END:
            return None
        return toks[m].low

    m = k - 1
    while word(m) in _RELEASE_AUX:
        m -= 1
    low = word(m)
    if low in _RELEASE_NEGATIONS or (low == "t" and m > 0 and toks[m - 1].text in "'’"):
        return True  # "did not free", "didn't free", "tidak membebaskan", "не освободил"
    m, linked = k - 1, False
    while word(m) in _RELEASE_LINKS:
        m, linked = m - 1, True
    if word(m) in _RELEASE_ASKERS or (linked and word(m) in _RELEASE_TALKS):
        return True  # "refused to release", "menolak membebaskan", "negotiating the release"
    for width in (1, 2):  # the one freeing named between: "demands (that) Hamas (to) free"
        n = m - width
        if any(word(x) is None or word(x) in _RELEASED for x in range(n + 1, m + 1)):
            break
        if word(n) in _RELEASE_LINKS - {"the"} and word(n) is not None:
            n -= 1
        if word(n) in _RELEASE_ASKERS or (linked and word(n) in _RELEASE_TALKS):
            return True
    return False


def _freed(toks: Sequence[_Tok], num: _Num, next_i: int) -> bool:
    """Whether the number counts people let go: a release word right before it ("freed 12
    hostages") or after it in its clause, before a casualty word of another fate; not one
    only demanded or refused ("demands Hamas free 240", "hostages it refuses to free")."""
    k = num.i - 1
    while k >= 0 and toks[k].low in _DETERMINERS:
        k -= 1
    if k >= 0 and toks[k].low in _PART_OF:
        return False  # "2 dari 5 sandera dibebaskan", "Из тысячи задержанных отпущены 300"
    k = num.i - 1
    while k >= 0 and (_is_qualifier_word(toks[k].low) or toks[k].low in _OTHERS):
        k -= 1
    if k >= 0 and toks[k].low in _RELEASED:
        return not _release_pending(toks, k, -1)
    k, end = num.j, min(next_i, len(toks), num.j + _WINDOW)
    while k < end:
        tok = toks[k]
        if tok.text == "," and (close := _part_insert_end(toks, k)) is not None:
            k, end = close + 1, min(len(toks), close + 1 + _WINDOW)  # past ", including …,"
            continue
        if tok.low in _CLAUSE_END or tok.low in _CONJUNCTIONS or tok.low in _RELATIVES:
            return False
        if tok.kind == "num" and k > num.j:
            return False
        if tok.low in _RELEASED:
            return not _release_pending(toks, k, num.i - 1)
        if _lookup(toks, k, _UNITS) in COUNT_UNITS - {"captured", "detained"}:
            return False
        k += 1
    return False


def _part_insert_end(toks: Sequence[_Tok], k: int) -> int | None:
    """The closing comma of a part set off by commas from the comma at token k (", including
    10 children,", ", в том числе 10 детей,"), whose verb after is the whole's; else None."""
    if not _opens_part(toks, k + 1):
        return None
    for m in range(k + 2, min(len(toks), k + 2 + _WINDOW)):
        if toks[m].text == ",":
            return m
        if toks[m].low in _CLAUSE_END:
            return None
    return None


_BRINGING = frozenset(
    _lex("bringing|brings|brought|taking|takes|pushing|raising|sehingga|menjadikan|membuat")
    + _lex("доведя|довело|довели|доводит|таким|итого")
)
"""Words after a count that make the total named after them one it adds to: "4 more bodies
were found, bringing the toll to 23", "menemukan 4 jenazah, sehingga total korban 23"."""
_MORE = frozenset(_lex("more|another|additional|further|new|lagi|tambahan|baru|ещё|еще|новых"))
_TOTALS = frozenset(_lex("toll|total|totalnya|jumlah|число|количество|всего|overall|tally"))


def _counted_in(toks: Sequence[_Tok], part: _Num, total: _Num) -> bool:
    """Whether `part` is some of the total of the same fate said after it in the sentence:
    after a "bringing"/"sehingga"/"доведя", or a count of more ("4 more", "4 jenazah lagi",
    "ещё 4 тела") before a toll ("… число погибших достигло 23"). Not a rival toll."""
    if part.unit not in COUNT_UNITS or part.part or part.things or total.part:
        return False
    gap = [t.low for t in toks[part.j : total.i]]
    if len(gap) > 2 * _WINDOW or any(t in _CLAUSE_END - {":"} for t in gap):
        return False
    if not set(gap) & _TOTALS:
        return False  # "killed 5, taking 12 hostages and killing 3 more": no total named
    near = {t.low for t in toks[max(0, part.i - 2) : part.i]} | set(gap[:3])
    return bool(set(gap) & _BRINGING or near & _MORE)


def _listed_after(toks: Sequence[_Tok], whole: _Num, num: _Num) -> bool:
    """Whether the number opens the breakdown of a count of people after a colon or dash
    ("7 killed: 4 soldiers and 3 civilians", "Погибли 7 человек: 4 военных …"): it shares
    the count's fate."""
    if whole.unit not in COUNT_UNITS or whole.things:
        return False
    gap = toks[whole.j : num.i]
    marks = [k for k, t in enumerate(gap) if t.text in ":—–"]
    if not marks:
        return False
    before = range(whole.j, whole.j + marks[0])
    return (
        marks[-1] == len(gap) - 1
        and len(before) <= 6
        and all(
            toks[k].kind == "word" and _lookup(toks, k, _UNITS) in (None, whole.unit)
            for k in before
        )
    )  # "7 people were killed in the attack: 4 soldiers and 3 civilians"


def _rate_at(toks: Sequence[_Tok], k: int) -> tuple[str, int] | None:
    """(period, words) of a rate phrase starting at token k ("a day", "ежедневно"), unless a
    span ("in a day") or a date ("a day earlier") is meant."""
    period = _lookup(toks, k, _RATES)
    if period is None:
        return None
    pair = k + 1 < len(toks) and f"{toks[k].low} {toks[k + 1].low}" in _RATES.pairs
    width = 2 if pair else 1
    if k > 0 and toks[k - 1].low in _NO_RATE_BEFORE:
        return None
    if k + width < len(toks) and toks[k + width].low in _NO_RATE_AFTER:
        return None
    if width == 2 and toks[k].low == "в" and k + 2 < len(toks) and toks[k + 2].kind == "num":
        return None  # "в день 12": on the twelfth day
    if width == 2 and f"{toks[k].low} {toks[k + 1].low}" in _RU_RATE_PREP and k + 2 < len(toks):
        after = toks[k + 2]
        if after.kind == "word" and (
            after.text[:1].isupper()
            or after.low in _RU_NAMED_DAYS
            or (len(after.low) >= 5 and after.low.endswith(_RU_GENITIVE_ENDS))
        ):
            return None  # "В день выборов", "в день Победы": the day named, not a rate
    return period, width


def _rate(toks: Sequence[_Tok], num: _Num, prev_j: int, next_i: int) -> str | None:
    """The period a count is given per ("15 people a day", "Every day, around 15 civilians",
    "ежедневно погибают до 10", "setiap hari 5 orang"), within its clause and between its
    neighbours; None for a count over a span."""
    for k in range(num.j, min(next_i, len(toks), num.j + _WINDOW)):
        if toks[k].low in _CLAUSE_END:
            break
        if (hit := _rate_at(toks, k)) is not None:
            return hit[0]
    for k in range(num.i - 1, max(prev_j, num.i - 1 - _WINDOW, -1), -1):
        if toks[k].low in _CLAUSE_END:
            break
        hit = _rate_at(toks, k)
        if hit is not None and k + hit[1] <= num.i:
            words = " ".join(t.low for t in toks[k : k + hit[1]])
            return None if words in _RATE_AFTER_ONLY else hit[0]
    return None


_PART_OF = frozenset(_lex("of|из|dari"))
_DETERMINERS = frozenset(_lex("the|its|their|his|her|our|these|those|all|его|её|ее|их|всех|наших"))


def _part_of(toks: Sequence[_Tok], part: _Num, whole: _Num) -> bool:
    """Whether `part` counts some of `whole` ("three of its five trucks", "три из пяти
    грузовиков", "tiga dari lima truk"): it then counts what the whole counts."""
    gap = toks[part.j : whole.i]
    return bool(gap) and gap[0].low in _PART_OF and all(t.low in _DETERMINERS for t in gap[1:])


def _share_part_of(toks: Sequence[_Tok], part: _Num, whole: _Num) -> bool:
    """Whether a percentage is a share of the count after it: "70% of the city's 400,000
    residents", "40 persen dari 2.000 warga", "40% из 2000 жителей"."""
    k = part.j
    while k < whole.i and (toks[k].text == "%" or _lookup(toks, k, _UNITS) == "percent"):
        k += 1
    if k >= whole.i or toks[k].low not in _PART_OF:
        return False
    gap = toks[k + 1 : whole.i]
    return len(gap) <= 4 and all(
        t.low in _DETERMINERS or t.text in "'’" or t.low == "s" or t.kind == "word" for t in gap
    )


def _share_whole(toks: Sequence[_Tok], part: _Num, whole: _Num, text: str) -> str:
    """The whole of a share of a count, as written: "the city's 400,000 residents", "2.000
    warga", "2000 жителей" (up to the people word after the count, else the count)."""
    k = part.j
    while toks[k].low not in _PART_OF:
        k += 1
    end = whole.j - 1
    for n in range(whole.j, min(whole.j + 3, len(toks))):
        casualty = _lookup(toks, n, _UNITS) in COUNT_UNITS
        if casualty and (n == whole.j or toks[n - 1].low in _VICTIMS):
            end = n  # "2,000 injured", "2.000 korban luka"; not "2.000 warga mengungsi"
        elif _lookup(toks, n, _SUBJECTS) and not casualty:
            end = n
        elif _thing_at(toks, n):
            end = n  # "two thirds of the 900 displaced families", "40% of the 200 buildings"
            break
        elif end >= whole.j:
            break
    return text[toks[k + 1].start : toks[end].end]


def _fate_to_part(toks: Sequence[_Tok], part: _Num, whole: _Num) -> None:
    """Give the fate read after a whole to the part before it: in "five of the 14 wounded
    soldiers died", "three of the 12 people on board were killed", "трое из 12 человек на борту
    погибли" the 14 are wounded and the 12 on board; five, three died, some of them. Only a
    whole whose own casualty word names a group and a later one a fate (see `_group_then_fate`)
    is read so: in "two of the 40 people killed were children" the 40 are the dead."""
    if part.unit == "percent":  # "70% of the city's 400,000 residents have fled"
        money = whole.things and whole.unit is not None  # "40% of the $2 billion"
        if not (whole.part or money or whole.group) and _share_part_of(toks, part, whole):
            part.share = True
            if whole.unit in COUNT_UNITS and _fate_of_part(toks, whole):
                whole.unit = None  # 400,000 residents, not 400,000 displaced
        return
    if whole.part or part.things or whole.things or not _part_of(toks, part, whole):
        return
    if part.unit in COUNT_UNITS and whole.unit is None:
        part.of_next = True  # "погибли пятеро из 14 военных": five soldiers
        return
    if part.unit is not None:
        return
    if whole.group is None:
        if whole.unit in COUNT_UNITS and _fate_of_part(toks, whole):
            part.unit, part.of_next = whole.unit, True  # "five of the 14 soldiers were killed"
            whole.unit = None
        return
    part.unit, part.group, part.of_next = whole.unit, whole.group, True
    whole.unit, whole.group = whole.group, None


_VICTIMS = frozenset(_lex("korban|victims|жертвы|жертв"))
_RELATIVES = frozenset(_lex("yang|who|that|which|whom|которые|который|которых|кто"))
_EN_DIED = frozenset(_lex("died|perished|drowned|died of|succumbed|survived|fled|escaped"))
"""Verbs in "-ed" that are never a noun's modifier: "20 of the 300 passengers survived" tells
what befell the 20, not which 300."""
_COPULAS = frozenset(
    _lex("were|was|are|is|included|include|adalah|merupakan|ialah|yakni|были|был|была|являлись")
    + _lex("—|–|masih|kini|still|remain|remained|remains|остаются|остаются")
)
"""A verb after a casualty word that makes the word a modifier, not the clause's predicate:
"two of the 40 people killed **were** children", "пятеро из 14 погибших — дети"."""


def _fate_of_part(toks: Sequence[_Tok], whole: _Num) -> bool:
    """Whether the casualty word after a whole counted "of" ("five of the 14 soldiers were
    killed", "lima dari 14 tentara tewas", "пятеро из 14 военных погибли") is the clause's
    predicate, so it befell the part before the whole: the whole is a group (14 soldiers),
    five were killed. A casualty word modifying the whole ("two of the 40 people killed were
    children", "lima dari 14 tentara yang tewas", "пятеро из 14 погибших военных") leaves the
    whole the dead."""
    k, seen = whole.j, 0
    while k < len(toks) and toks[k].low not in _CLAUSE_END and _lookup(toks, k, _UNITS) is None:
        if toks[k].kind != "word" or toks[k].low in _RELATIVES or seen >= 4:
            return False
        seen += 1
        k += 1
    if k >= len(toks) or k == whole.j or _lookup(toks, k, _UNITS) not in COUNT_UNITS:
        return False  # "пятеро из 14 погибших": the casualty word right after modifies
    if _lookup(toks, k - 1, _SUBJECTS) == "people" and toks[k - 1].low in _VICTIMS:
        return False  # "3 dari 7 korban luka": the wounded victims, a noun
    word = fold(toks[k].low)
    between = {t.low for t in toks[whole.j : k]}
    finite = (
        bool(between & _AUXILIARIES)  # "were killed", "were reportedly killed"
        or word in _EN_DIED
        or (word.isascii() and not word.endswith("ed") and not word.endswith("ing"))  # "tewas"
        or (not word.isascii() and not word.endswith(RU_ADJECTIVE_ANY))  # "погибли", "убиты"
    )
    k += 1  # a verb of its own after a conjunction is another clause's ("… and 3 are missing")
    stops = (_CLAUSE_END | _CONJUNCTIONS) - {"—", "–"}
    while finite and k < len(toks) and toks[k].low not in stops:
        finite = toks[k].low not in _COPULAS
        k += 1
    return finite


def _of_group(toks: Sequence[_Tok], num: _Num) -> str | None:
    """The casualty group a number is some of, said right after it with no fate of its own
    ("four of the dead were police officers", "empat dari korban tewas", "четверо из
    погибших"): some of a toll, no rival to it; else None."""
    k = num.j
    if k >= len(toks) or toks[k].low not in _PART_OF:
        return None
    k += 1
    while k < min(len(toks), num.j + 4) and (
        toks[k].low in _DETERMINERS or toks[k].low in _VICTIMS or toks[k].low == "para"
    ):
        k += 1
    group = _lookup(toks, k, _UNITS) if k < len(toks) else None
    return group if group in COUNT_UNITS else None


_AMONG_GROUP = frozenset(_lex("among|amongst|antara|среди|числе"))
_AMONG_FILLERS = frozenset(_lex("the|those|these|korban|para|тех|всех|mereka|yang"))


def _among_group(toks: Sequence[_Tok], num: _Num, next_i: int) -> str | None:
    """The casualty group a number is said to be among, with no casualty word of its own
    before ("Two men were among those killed", "Dua pria termasuk di antara korban tewas",
    "Двое иностранцев оказались среди погибших", "Two police officers were among the 14
    injured"): some of the toll, no rival to it."""
    end = min(next_i, len(toks), num.j + _WINDOW)
    k = num.j
    while k < end and toks[k].low not in _CLAUSE_END and toks[k].text != ",":
        if _lookup(toks, k, _UNITS) is not None:
            return None  # "12 were killed among the civilians": a fate of its own
        if toks[k].low in _AMONG_GROUP:
            k += 1
            while k < end and toks[k].low in _AMONG_FILLERS:
                k += 1
            if k == next_i and k < len(toks) and toks[k].kind == "num":
                k, end = k + 1, min(len(toks), k + 4)  # "among the 14 (people) injured"
                while k < end and _lookup(toks, k, _SUBJECTS) in TOTAL_SUBJECTS - {None}:
                    k += 1
            group = _lookup(toks, k, _UNITS) if k < end else None
            return group if group in COUNT_UNITS else None
        k += 1
    return None


_PRONOUN_WHOLES = frozenset(
    _lex("of them|of those|of whom|di antaranya|diantaranya|dari mereka|из них|из которых")
)
THEM = "them"
"""The whole of a share said by a pronoun ("40 percent of them", "40 persen di antaranya",
"40% из них") with no count before it in the text: the claim does not say of what."""
_GROUP_WHOLE_LINKS = frozenset(_lex("of|the|those|dari|para|korban|из|числа"))
"""Words between a share and the casualty word naming its group: "of the injured", "korban
luka" (the victims wounded), "из числа раненых". A people word is no link: "two-thirds of the
residents fled" is a share of the residents, who fled."""


def _group_whole(toks: Sequence[_Tok], num: _Num, previous: Quantity | None) -> str | None:
    """The casualty group a share is of ("a third of the injured", "sepertiga korban luka",
    "треть раненых": wounded), or the group of the count before it when said by a pronoun
    ("nearly 200 injured, 40 percent of them"), or `THEM`; else None."""
    k = num.j
    while k < len(toks) and (toks[k].text == "%" or _lookup(toks, k, _UNITS) == "percent"):
        k += 1
    after = " ".join(t.low for t in toks[k : k + 2])
    if after in _PRONOUN_WHOLES or (k < len(toks) and toks[k].low in _PRONOUN_WHOLES):
        if previous is not None and previous.unit in COUNT_UNITS:
            return previous.unit
        return THEM
    while k < min(len(toks), num.j + 4) and toks[k].low in _GROUP_WHOLE_LINKS:
        k += 1
    unit = _lookup(toks, k, _UNITS) if k < len(toks) else None
    return unit if unit in COUNT_UNITS else None


_SHARE_LINKS = frozenset(_lex("of|the|all|total|cast|dari|seluruh|от|всех|общего"))


def _share_of(toks: Sequence[_Tok], num: _Num, before: _Num | None) -> str | None:
    """What a percentage naming no people is a share of: the vote ("52.3% of the vote",
    "52,3% голосов", "52,3 persen suara"), or the vote count it follows in brackets
    ("1,204,331 votes (52.3%)", "… suara atau 52,3 persen"); else None."""
    k, end = num.j, min(len(toks), num.j + 5)
    while k < end and (
        toks[k].text == "%" or toks[k].low in _SHARE_LINKS or _lookup(toks, k, _UNITS) == "percent"
    ):
        k += 1
    if k < end and _lookup(toks, k, _UNITS) == "votes":
        return "votes"
    if before is None or before.unit != "votes" or before.j >= num.i:
        return None
    between = [t.low for t in toks[before.j + 1 : num.i]]
    if _lookup(toks, before.j, _UNITS) == "votes" and all(w in _RESTATED for w in between):
        return "votes"
    return None


_RESTATED = frozenset(_lex("(|,|or|atau|yaitu|или|то|есть|—|–|-"))
"""Words between a vote count and the same count as a share: "1,204,331 votes (52.3%)",
"2.418.906 suara atau 52,3 persen", "2 418 906 голосов, то есть 52,3%"."""


def _find_numbers(toks: Sequence[_Tok], lang: str) -> list[_Num]:
    nums: list[_Num] = []
    changed = any(t.low in _RISES for t in toks)
    i = 0
    while i < len(toks):
        num = _number_at(toks, i, lang)
        if num is None:
            i += 1
            continue
        num = _ratio(toks, num, lang)
        if _earlier(toks, num, changed):  # "risen to 41, up from the 27 reported on Friday"
            num = _extend_range(toks, num, lang)
        elif not _skip(toks, num, nums):
            now = _changed_to(toks, num, lang)
            if now is not None:  # "rose from 12 to 31": the count is 31 now, not 12–31
                num = _extend_range(toks, now, lang)  # "… to 30-35"
                if toks[num.i - 1].low in _CHANGED_TO:
                    _qualify_after(toks, num)  # "to 31 or more"; the "to" is no "up to"
                else:
                    _qualify(toks, num)  # "to at least 31"
            else:
                num = _extend_range(toks, num, lang)
                if _time_after(toks, num.j):
                    i = num.j  # "between 2 and 3 a.m.": hours of the day, not a count
                    continue
                _qualify(toks, num)
            if num.rough and num.qualifier == "exact":
                num.qualifier = "vague"  # "several": 2–9 is our reading, not the claim's figure
            if num.low < UNBOUNDED:  # larger is no count (a typo, a hoax) and reads as "no bound"
                nums.append(num)
        i = num.j
    return nums


_RATIO_AFTER = frozenset(_lex("of|were|are|was|is|have|had"))
"""Words after "1 in 5" that make it a share: "3 in 10 of the wounded", "1 in 5 were women"."""


def _ratio(toks: Sequence[_Tok], num: _Num, lang: str) -> _Num:
    """ "1 in 5 protesters", "three in 10 of the wounded": a share (20%, 30%) of who follows,
    no count of one and of five; not "killed 2 in 3 days" (a span) nor "1 in 2020"."""
    j = num.j
    if j + 1 >= len(toks) or toks[j].low != "in" or num.low != num.high or num.low <= 0:
        return num
    if toks[j + 1].kind == "num" and not toks[j + 1].text.isdigit():
        return num
    whole = _number_at(toks, j + 1, lang)
    if whole is None or not num.low < whole.low <= 1000 or whole.low != whole.high:
        return num
    k = whole.j
    if k < len(toks) and not (
        toks[k].low in _RATIO_AFTER
        or _lookup(toks, k, _SUBJECTS)
        or _lookup(toks, k, _UNITS) in COUNT_UNITS
    ):
        return num
    v = round(num.low / whole.low * 100, 1)
    return _Num(num.i, whole.j, v, v, num.start, whole.end, unit="percent", fraction=True)


def _number_at(toks: Sequence[_Tok], i: int, lang: str) -> _Num | None:
    tok = toks[i]
    if tok.kind == "word" and tok.low in _SEVERAL:
        if i + 1 < len(toks) and toks[i + 1].low in _VAGUE:  # "несколько сотен"
            inner = _number_at(toks, i + 1, lang)
            if inner is not None:
                return _Num(
                    i, inner.j, inner.low, inner.high, tok.start, inner.end, vague=True, rough=True
                )
        if i + 1 < len(toks) and toks[i + 1].low in _SEVERAL_OF:  # "several dozen"
            lo, hi = _VAGUE[_SEVERAL_OF[toks[i + 1].low]]
            j, scale = _scale(toks, i + 2, vague=True)  # "several hundred thousand"
            return _Num(
                i, j, lo * scale, hi * scale, tok.start, toks[j - 1].end, vague=True, rough=True
            )
        lo, hi = _SEVERAL_RANGE
        j, scale = _scale(toks, i + 1, vague=True)
        end = toks[j - 1].end
        return _Num(i, j, lo * scale, hi * scale, tok.start, end, several=scale == 1, rough=True)
    if (
        tok.kind == "word"
        and tok.low in _ONE_SCALE
        and (tok.low in _ONE_SCALE_ALONE or (i and toks[i - 1].low in _GENITIVE_BEFORE))
    ):
        j, scale = _scale(toks, i + 1, vague=False)  # "около сотни тысяч": 100,000
        v = _ONE_SCALE[tok.low] * scale
        return _Num(i, j, v, v, tok.start, toks[j - 1].end)
    if (
        tok.low == "scores"
        and i + 1 < len(toks)
        and toks[i + 1].low in _SCORES_OF
        and not (i + 2 < len(toks) and toks[i + 2].kind == "num")  # "test scores of 12 pupils"
        and not (i and toks[i - 1].low in _SCORE_OWNERS)  # "test scores", "their scores"
    ):
        lo, hi = _VAGUE["dozens"]  # "scores of people were injured"; not "test scores"
        return _Num(i, i + 1, lo, hi, tok.start, tok.end, vague=True, rough=True)
    if tok.kind == "word" and tok.low in _VAGUE:
        lo, hi = _VAGUE[tok.low]
        j, scale = _scale(toks, i + 1, vague=True)
        end = toks[j - 1].end
        return _Num(i, j, lo * scale, hi * scale, tok.start, end, vague=True, rough=True)
    if tok.kind == "word" and i + 1 < len(toks):
        pair = f"{tok.low} {toks[i + 1].low}"
        of = i + 2 < len(toks) and toks[i + 2].low == "of"
        if pair in _FRACTION_WORDS or (pair in _FRACTION_PAIRS and of):
            v = round({**_FRACTION_PAIRS, **_FRACTION_WORDS}[pair], 1)
            end = toks[i + 1].end
            return _Num(i, i + 2, v, v, tok.start, end, unit="percent", fraction=True)
    if tok.kind == "word" and tok.low in _FRACTIONS:
        k = i + 2 if i + 1 < len(toks) and toks[i + 1].low == "a" else i + 1
        j, scale = _scale(toks, k, vague=False)
        if j > k:  # "half a million", "setengah juta", "half a dozen": a number, no share
            v = _FRACTIONS[tok.low] / 100 * scale
            return _Num(i, j, v, v, tok.start, toks[j - 1].end)
        v = round(_FRACTIONS[tok.low], 1)
        return _Num(i, i + 1, v, v, tok.start, tok.end, unit="percent", fraction=True)
    if tok.low in ("a", "an") and i + 1 < len(toks) and toks[i + 1].low in _SCALES:
        j, scale = _scale(toks, i + 1, vague=False)  # "a dozen soldiers", "a million"
        return _Num(i, j, scale, scale, tok.start, toks[j - 1].end)
    if tok.kind == "word" and (
        tok.low in _NUMBER_WORDS or tok.low in _TENS or tok.low in _HUNDREDS or "-" in tok.low
    ):
        j, v = _spelled(toks, i)
        if j > i:
            j, v = _and_a_half(toks, j, v)  # "two and a half million", "dua setengah juta"
            j, scale = _scale(toks, j, vague=False)  # "five thousand", "пяти тысячам"
            return _Num(i, j, v * scale, v * scale, tok.start, toks[j - 1].end)
    if tok.kind != "num":
        return None
    value = parse_number(tok.text, lang)
    if value is None:
        return _Num(i, i + 1, -1, -1, tok.start, tok.end)  # unreadable ("1.11.2020"): skip
    j = i + 1
    if value == int(value):
        j, value = _and_a_half(toks, j, value)  # "2 and a half million"
    j, scale = _scale(toks, j, vague=False)
    return _Num(i, j, value * scale, value * scale, tok.start, toks[j - 1].end)


_SCORES_OF = frozenset(_lex("of|more|others"))
"""After "scores", what makes it a count: "scores of people", "scores more injured"."""
_SCORE_OWNERS = frozenset(
    _lex("test|tests|exam|exams|credit|average|high|low|top|final|match|their|his|her|its|our")
)
"""Words before "scores" that make it marks, not a count: "Test scores of 12 pupils"."""
_ONE_SCALE = {
    **dict.fromkeys(_lex("тысяча|тысячу|тысячи"), 1e3),
    **dict.fromkeys(_lex("сотня|сотню|сотни"), 100.0),
    **dict.fromkeys(_lex("десяток|десятка"), 10.0),
    **dict.fromkeys(_lex("миллион|миллиона"), 1e6),
}
"""One of a scale, in Russian: "тысяча человек", "более тысячи", "около сотни", "более
десятка" are 1,000, 100 and 10, no vague thousands or hundreds."""
_ONE_SCALE_ALONE = frozenset(_lex("тысяча|тысячу|сотня|сотню|десяток|десятка|миллион|миллиона"))
"""Forms that are one of the scale wherever they stand; "тысячи", "сотни" are that only after
a word taking the genitive ("более тысячи"), else "thousands", "hundreds" ("тысячи людей")."""
_GENITIVE_BEFORE = frozenset(_lex("более|менее|свыше|около|порядка|до|больше|меньше|из|от"))

_AND_A_HALF = (_lex("and a half|and one half|с половиной"), _lex("setengah"))
"""A half added to the number before it: "one and a half million", "два с половиной
миллиона", "satu setengah juta" are 1.5 and 2.5 million, no 1 and a half million."""


def _and_a_half(toks: Sequence[_Tok], j: int, value: float) -> tuple[int, float]:
    """(token after, value) of a number ending before token j, past an "and a half" there."""
    phrases, words = _AND_A_HALF
    for width in (3, 2):
        if " ".join(t.low for t in toks[j : j + width]) in phrases:
            return j + width, value + 0.5
    if j < len(toks) and toks[j].low in words:
        return j + 1, value + 0.5
    return j, value


def _spelled(toks: Sequence[_Tok], i: int) -> tuple[int, float]:
    """(token after, value) of a spelled-out number starting at i; (i, 0) if none.

    Hundreds come first ("two hundred", "dua ratus", "двести"), then tens and units below
    a hundred ("fifty-five", "lima puluh lima", "пятьдесят пять"): "dua ratus lima puluh" is
    250 and "two hundred" no 100."""
    hundreds, current, j = 0.0, None, i
    while j < len(toks) and toks[j].kind == "word":
        word = toks[j].low
        parts = word.split("-") if "-" in word else [word]
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in _NUMBER_WORDS:
            value = _TENS[parts[0]] + _NUMBER_WORDS[parts[1]]  # "twenty-five"
        elif len(parts) > 1:
            break
        elif word in _HUNDREDS and current is None and not hundreds:
            hundreds = _HUNDREDS[word]  # "двести", "seratus"
            j += 1
            continue
        elif word in _HUNDRED and current is not None and current < 10 and not hundreds:
            hundreds, current = current * 100, None  # "two hundred", "tiga ratus"
            j += 1
            continue
        elif word in _TENS:
            value = _TENS[word]
        elif word in _NUMBER_WORDS:
            value = _NUMBER_WORDS[word]
        elif word == "and" and hundreds and current is None and _below_hundred(toks, j + 1):
            j += 1  # "one hundred and fifty"
            continue
        elif word == "puluh" and current is not None and current < 10:
            current *= 10  # "dua puluh"
            j += 1
            continue
        elif word == "belas" and current is not None and current < 10:
            current += 10  # "dua belas": twelve, not two
            j += 1
            continue
        else:
            break
        if current is not None and (current < 10 or value >= 10 or current % 10):
            break  # "two three" is no number; "двадцать пять", "dua puluh lima" are
        if hundreds and value >= 100:
            break  # "двести сто" is no number
        current = value if current is None else current + value
        j += 1
    if current is None and not hundreds:
        return i, 0.0
    return j, hundreds + (current or 0.0)


def _below_hundred(toks: Sequence[_Tok], j: int) -> bool:
    """Whether token j spells tens or units ("fifty", "twenty-five", "five")."""
    if j >= len(toks) or toks[j].kind != "word":
        return False
    word = toks[j].low
    return word in _TENS or word in _NUMBER_WORDS or word.split("-")[0] in _TENS


def _scale(toks: Sequence[_Tok], j: int, *, vague: bool) -> tuple[int, float]:
    """Consume a scale word after a number ("5 тыс.", "2,5 juta", "tens of thousands")."""
    k = j + 1 if vague and j < len(toks) and toks[j].low == "of" else j
    if k >= len(toks) or toks[k].low not in _SCALES:
        return j, 1.0
    if vague and toks[k].low not in _VAGUE_SCALES:
        return j, 1.0
    end = k + 1
    if toks[k].low in ("тыс", "млн", "млрд") and end < len(toks) and toks[end].text == ".":
        end += 1
    return end, _SCALES[toks[k].low]


def _glued_num(toks: Sequence[_Tok], k: int, mark: int) -> bool:
    """Whether token k is a number glued to the separator at `mark` ("10:30", "1/11")."""
    if not 0 <= k < len(toks) or toks[k].kind != "num":
        return False
    return toks[k].end == toks[mark].start or toks[mark].end == toks[k].start


def _skip(toks: Sequence[_Tok], num: _Num, found: list[_Num]) -> bool:
    """Dates, years, times, ordinals, model names and converted values are not quantities."""
    if num.low < 0 or _pronoun_one(toks, num) or _denied(toks, num):
        return True
    i, j = num.i, num.j
    prev = toks[i - 1] if i else None
    nxt = toks[j] if j < len(toks) else None
    glued_prev = prev is not None and prev.end == toks[i].start
    glued_next = nxt is not None and nxt.start == toks[j - 1].end
    if toks[i].kind == "num" and (
        (glued_prev and prev.text in "/:" and _glued_num(toks, i - 2, i - 1))  # "1/11", "10:30"
        or (glued_next and nxt.text in "/:" and _glued_num(toks, j + 1, j))  # not "is 7: 4 …"
        or (glued_prev and prev.kind == "word")  # "TB2"
        or (glued_next and nxt.kind == "word")  # "6th"
        or (
            glued_prev
            and prev.text == "-"
            and i >= 2
            and toks[i - 2].kind == "word"
            and toks[i - 2].end == prev.start
        )  # "S-300", "ke-6"
        or (
            glued_next
            and nxt.text == "-"
            and j + 1 < len(toks)
            and toks[j + 1].kind == "word"
            and toks[j + 1].start == nxt.end
        )  # "1980-х"
    ):
        return True
    near = {t.low for t in toks[max(0, i - 1) : i]} | {t.low for t in toks[j : j + 2]}
    if prev is not None and prev.text == "." and i >= 2:
        near.add(toks[i - 2].low)  # "Sept. 27", "Oct. 1"
    if toks[i].kind == "num" and num.low <= 31 and near & _MONTHS:
        return True
    people_next = j < len(toks) and _lookup(toks, j, _SUBJECTS) is not None
    counted_next = people_next or (j < len(toks) and _lookup(toks, j, _UNITS) is not None)
    if prev is not None and toks[i].kind == "num" and prev.low in _TIME_BEFORE:
        return True
    # "day 12", "hari 12": an ordinal. In Indonesian "hari" also makes "dini hari" (early
    # morning) and "hari Minggu" (Sunday): "dini hari 12 warga tewas" counts 12 people.
    if prev is not None and toks[i].kind == "num" and prev.low in _ORDINAL_NOUNS:
        day_of_week = prev.low == "minggu" and i >= 2 and toks[i - 2].low == "hari"
        return not (people_next and (prev.low == "hari" or day_of_week))
    if _time_after(toks, j):
        return True
    if prev is not None and (
        prev.low in _MAGNITUDE_SIGNS
        or _UNITS.word(prev.low) == "magnitude"
        or (prev.text == "." and i >= 2 and _GLUED_MAGNITUDE.fullmatch(toks[i - 2].low))
    ):
        return True  # "M 6,2 menewaskan 40", "магнитудой 6,2", "M7.8": a quake's strength
    signed = prev is not None and (
        prev.text == "№"
        or (prev.text == "." and i >= 2 and toks[i - 2].low in _NUMBER_SIGNS)
        or (prev.low in _NUMBER_SIGNS and prev.low != "no")
    )  # "hospital No. 5", "№ 5", "nomor 5": a name, unless what follows is counted
    if signed and not counted_next:
        return True
    if _designation(prev, toks[i]) and not counted_next:
        return True  # "Flight MH 17, 298 people on board": the flight is no count
    if _is_year(toks, num) or _is_age(toks, num, found):
        return True
    # "5 km (3 mil)": a bracketed number right after a measured quantity is a conversion.
    if prev is not None and prev.text == "(" and found and i >= 2:
        return _lookup(toks, i - 2, _UNITS) in _MEASURES
    return False


def _time_after(toks: Sequence[_Tok], j: int) -> bool:
    """Whether the words from token j make the number before them an hour of the day ("2
    a.m.", "at 5 o'clock", "pukul 3 dini hari", "в 2 часа ночи" is left to "ночи")."""
    if j < len(toks) and toks[j].low in _TIME_AFTER:
        return True
    after = "".join(t.low for t in toks[j : j + 4])
    return after.startswith(("a.m", "p.m", "o'clock", "o’clock"))  # "2 a.m.", "5 o'clock"


_ONE = frozenset(_lex("one|satu|один|одна|одно|одного|одной"))
_ONE_BEFORE = frozenset(_lex("each|every|any|no|not|which|salah|setiap|tiap|ни|каждый"))
"""Words that make "one" a pronoun: "each one is being investigated", "no one was killed",
"salah satu" (one of), "ни один" (not a single one)."""
_ONE_AFTER = frozenset(_lex("another|pun|by|per|after"))
"""… and after it: "one another", "tidak ada satu pun" (not a single one), "one by one",
"satu per satu"."""


def _pronoun_one(toks: Sequence[_Tok], num: _Num) -> bool:
    """Whether a spelled "one" is a pronoun, no count ("Fourteen lives lost, and each one is
    being investigated" counts 14, not 14 and 1)."""
    i = num.i
    if num.j != i + 1 or toks[i].low not in _ONE:
        return False
    return (i > 0 and toks[i - 1].low in _ONE_BEFORE) or (
        i + 1 < len(toks) and toks[i + 1].low in _ONE_AFTER
    )


def _designation(prev: _Tok | None, tok: _Tok) -> bool:
    """Whether a number is part of a code after a capitalised abbreviation ("MH 17", "AN 26":
    2-4 capitals, then one space): a flight or a model, not a count."""
    return (
        prev is not None
        and tok.kind == "num"
        and tok.text.isdigit()
        and prev.kind == "word"
        and 2 <= len(prev.text) <= 4
        and prev.text.isalpha()
        and prev.text.isupper()
        and tok.start == prev.end + 1
        and _CURRENCY.word(prev.low) is None
        and not any(lex.word(prev.low) for lex in (_UNITS, _SUBJECTS, _THINGS))
    )


def _is_year(toks: Sequence[_Tok], num: _Num) -> bool:
    """ "sejak 1994", "in 2020": a bare 1800–2100 not followed by what it would count."""
    raw = toks[num.i].text
    if not (raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100 and num.j == num.i + 1):
        return False
    if num.j < len(toks) and toks[num.j].low in _YEAR_WORDS:
        return True  # "с февраля 2022 года погибли": a date, whatever follows
    if (
        num.i
        and toks[num.i - 1].low in _YEAR_DETERMINERS
        and num.j < len(toks)
        and toks[num.j].kind == "word"
        and not _lookup(toks, num.j, _SUBJECTS)
        and not _lookup(toks, num.j, _UNITS)
    ):
        return True  # "The 1994 genocide killed 800,000": the genocide's year
    return not any(
        _lookup(toks, k, _SUBJECTS) or _lookup(toks, k, _UNITS) in COUNT_UNITS | _MEASURES
        for k in range(num.j, min(num.j + 2, len(toks)))
    )  # "2000 литров", "2000 ton" are amounts


_YEAR_WORDS = frozenset(_lex("год|года|году|годом|г"))
_YEAR_DETERMINERS = frozenset(_lex("the|its|this|that|their"))
_AGE_BEFORE = frozenset(_lex("aged|age|berusia|berumur|usia|umur|возрасте"))
_AGE_AFTER = frozenset(_lex("years old|year old|tahun usia"))
_AGE_YEARS = frozenset(_lex("год|года|лет|tahun"))


_AGE_LIMITS = frozenset(_lex("under|below|over|di bawah|до|младше|старше"))


def _age_limit(toks: Sequence[_Tok], i: int) -> bool:
    """Whether the number at token i bounds the age of the children just before ("6
    children under 10", "anak-anak di bawah 5 tahun", "детей до 10 лет"): no count."""
    for width in (1, 2):
        k = i - width
        if k >= 1 and " ".join(t.low for t in toks[k:i]) in _AGE_LIMITS:
            return _lookup(toks, k - 1, _SUBJECTS) == "children"
    return False


def _age_word_before(toks: Sequence[_Tok], i: int) -> bool:
    """Whether an age word ("aged", "berusia", "в возрасте") stands right before token i, or
    before the range it opens ("aged between 19 and 24", "в возрасте от 19 до 24 лет"), or
    opens the clause whose ages it gives ("Usia korban berkisar antara 20 hingga 45 tahun",
    "The victims' ages ranged from 20 to 45", "Возраст погибших — от 20 до 45 лет")."""
    k = i - 1 - (i >= 2 and toks[i - 1].low in _RANGE_OPENERS)
    if k >= 0 and toks[k].low in _AGE_BEFORE:
        return True
    k = i - 1
    while k >= 0 and i - k <= 6 and toks[k].low not in _CLAUSE_END - {"—", "–", "-"}:
        if toks[k].low in _AGES:
            return True
        if toks[k].kind == "num" or not (
            toks[k].low in _AGE_LINKS
            or toks[k].low in _RANGE_OPENERS
            or toks[k].text in "'’—–-"
            or _lookup(toks, k, _SUBJECTS)
            or _lookup(toks, k, _UNITS) in COUNT_UNITS
        ):
            return False
        k -= 1
    return False


_AGES = frozenset(_lex("ages|age|usia|umur|возраст|возраста"))
"""Nouns naming the ages given after them: "Usia korban antara 20 hingga 45 tahun"."""
_AGE_LINKS = frozenset(
    _lex("the|of|their|s|ranged|range|ranging|from|were|was|are|is|berkisar|dari|para|mulai")
    + _lex("от|составляет|составлял")
)
"""Words between an age noun and the ages: "the victims' ages ranged from 20 to 45"."""


def _is_age(toks: Sequence[_Tok], num: _Num, found: Sequence[_Num]) -> bool:
    """An age, no claim's figure: "said Sulaiman, 52, head of …", "Sulaiman (52)", "aged 52",
    "berusia 52 tahun", "в возрасте 52 лет", "52 years old" ("52-летний", "52-year-old" are
    skipped as glued words).

    A number in brackets or commas after a capitalised word is an age when the word may be a
    person's name: not a place ("Deaths in Stepanakert, 12, and in Martuni, 5"), nor the next
    item of a list of counts. What follows does not say: "Sulaiman, 52, died" and "Maria, 7,
    and Anna, 9, were killed" tell of the person, so a verb (singular or plural) or casualty
    word after the commas leaves the age an age. Only a part opened by "including" makes the
    number a count ("According to Reuters, 12, including a child, were killed"): an age has
    no parts."""
    i, j = num.i, num.j
    raw = toks[i].text
    if toks[i].kind != "num" or not raw.isdigit() or not 1 <= int(raw) <= 120 or j != i + 1:
        return False
    prev = toks[i - 1] if i else None
    nxt = toks[j] if j < len(toks) else None
    if _age_word_before(toks, i):
        return True
    if _age_limit(toks, i):
        return True
    counted = nxt is not None and (
        _lookup(toks, j, _SUBJECTS) is not None or _lookup(toks, j, _UNITS) in COUNT_UNITS
    )  # "a man aged 40 and 12 soldiers were killed": the 12 are soldiers
    k = i  # "two children aged 5 and 7", "berusia 5, 7 dan 9 tahun": every one an age
    joins = _CONJUNCTIONS | _RANGE_JOINERS  # "aged between 19 and 24", "от 19 до 24 лет"
    while not counted and k >= 2 and toks[k - 1].low in joins and toks[k - 2].kind == "num":
        k -= 2
        if _age_word_before(toks, k):
            return True
    if " ".join(t.low for t in toks[j : j + 2]) in _AGE_AFTER:
        return True
    if _in_list_of_names(toks, i):
        return True
    if prev is None or prev.text not in ",(" or not _person_before(toks, i - 1, found):
        return False
    if prev.text == "(":  # "Sulaiman (52)", "Sulaiman (52) was killed"
        return nxt is not None and nxt.text == ")"
    if nxt is not None and nxt.low in _AGE_YEARS:  # "Сулейман, 52 года, рыбак"
        j += 1
        nxt = toks[j] if j < len(toks) else None
    # "Sulaiman, 52, head of …", "said Sulaiman, 52."
    if nxt is None or nxt.text in ".;":
        return True
    after = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt.text == ","
        and after is not None
        and after.kind == "word"
        and after.text.islower()
        and not _opens_part(toks, j + 1)
    )


_NAME_LIST_GLUE = frozenset(_lex(",|and|dan|serta|и|;"))
_NAME_WORDS = 4
"""Words in the longest name of a list of people with their ages ("Siti Nur Aisyah", 7)."""


def _item_before(toks: Sequence[_Tok], k: int) -> tuple[int, int] | None:
    """(first token of the name, number token) of a "Name, 34" or "Name (34)" item whose
    number is at token k, or None: a small whole number after capitalised words and a comma
    or bracket, the name not after "in"/"di"/"в" (a place)."""
    raw = toks[k].text
    if toks[k].kind != "num" or not raw.isdigit() or not 1 <= int(raw) <= 120 or k < 2:
        return None
    if toks[k - 1].text not in ",(":
        return None
    start = k - 1
    while start > 0 and k - 1 - start < _NAME_WORDS:
        word = toks[start - 1]
        if word.kind != "word" or not word.text[0].isupper() or word.low in _MONTHS:
            break
        start -= 1
    if start == k - 1 or (start and toks[start - 1].low in _PLACE_BEFORE - {":"}):
        return None
    return start, k


def _item_end(toks: Sequence[_Tok], k: int) -> int:
    """The token after a list item whose number is at token k: past "(34)", "34 года"."""
    end = k + 1
    if toks[k - 1].text == "(":
        return end + 1 if end < len(toks) and toks[end].text == ")" else -1
    if end < len(toks) and toks[end].low in _AGE_YEARS:
        end += 1  # "Ахмед, 34 года, Буди, 29 лет"
    return end


def _in_list_of_names(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the number at token k is an age in a list of people ("The dead: Ahmad, 34,
    Budi, 29, and Sari, 41", "Korban: Ahmad (34), Budi (29)"): two or more items of a name
    and a number up to 120, none of the names a country ("Killed: Armenia, 12, Azerbaijan,
    5" is a toll by country)."""
    here = _item_before(toks, k)
    if here is None or _item_end(toks, k) < 0:
        return False
    items = [here]
    start = here[0]  # items before: "…, 34, Budi" back from the name
    while True:
        b = start - 1
        while b >= 0 and toks[b].low in _NAME_LIST_GLUE and start - b <= 2:
            b -= 1
        if b >= 0 and toks[b].low in _AGE_YEARS:
            b -= 1
        if b >= 0 and toks[b].text == ")":
            b -= 1
        item = _item_before(toks, b) if b >= 0 and b < start - 1 else None
        if item is None:
            break
        items.append(item)
        start = item[0]
    end = _item_end(toks, k)  # items after
    while True:
        a = end
        while a < len(toks) and toks[a].low in _NAME_LIST_GLUE and a - end < 2:
            a += 1
        n = a
        while n < len(toks) and n - a <= _NAME_WORDS and toks[n].kind == "word":
            n += 1
        n += 1  # past the comma or bracket
        item = _item_before(toks, n) if a > end and n < len(toks) else None
        if item is None or item[0] != a or _item_end(toks, n) < 0:
            break
        items.append(item)
        end = _item_end(toks, n)
    if len(items) < 2:
        return False
    names = {" ".join(t.low for t in toks[a : b - 1]) for a, b in items}
    return not names & _territories()


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    """Countries and regions in the three languages, lower-case (CLDR through Babel, which
    trafilatura installs; none if it is missing)."""
    try:
        from babel import Locale

        return frozenset(
            name.casefold()
            for lang in ("en", "id", "ru")
            for name in Locale.parse(lang).territories.values()
        )
    except Exception:  # no Babel: every list of names and small numbers reads as ages
        return frozenset()


_PLACE_BEFORE = frozenset(
    _lex("in|at|near|from|across|outside|inside|around|di|dari|dekat|в|во|под|около|из|:")
)
"""Words before a capitalised name that make it a place ("in Stepanakert, 12") or the head
of a list ("Killed: Armenia, 12"), not a person whose age follows. Not "to": "according
to Sulaiman, 52"."""
_LIST_GLUE = _CONJUNCTIONS | _PLACE_BEFORE | {")"}


def _person_before(toks: Sequence[_Tok], k: int, found: Sequence[_Num]) -> bool:
    """Whether the capitalised words ending just before token k may be a person's name: not
    a place after "in"/"di"/"в", nor the next item of a list of counts ("Armenia, 12,
    Azerbaijan, 5", "in Stepanakert, 12, and in Martuni, 5")."""
    start = k
    while start > 0 and toks[start - 1].kind == "word" and toks[start - 1].text[0].isupper():
        start -= 1
    if start == k or any(t.low in _PLACE_BEFORE for t in toks[start:k]):
        return False  # no name, or "In Ganja" opening the sentence
    b = start - 1
    if b >= 0 and toks[b].low in _PLACE_BEFORE:
        return False
    while b >= 0 and toks[b].low in _LIST_GLUE:
        b -= 1  # ", and in", "), " between the items of a list
    # The previous item was counted, so this one is.
    return not (b >= 0 and toks[b].kind == "num" and any(f.i <= b < f.j for f in found))


_INCLUDING = frozenset(
    _lex("including|among them|termasuk|di antaranya|diantaranya|включая|в том числе")
    + _lex("среди них|из них")
)
"""Words opening a part of the count before them: "12, including two children, were killed"."""


def _including(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the number at token k follows an "including"/"termasuk"/"в том числе"."""
    before = [t.low for t in toks[max(0, k - 3) : k]]
    return any(" ".join(before[-w:]) in _INCLUDING for w in (1, 2, 3) if w <= len(before))


def _opens_part(toks: Sequence[_Tok], k: int) -> bool:
    """Whether an "including"/"termasuk"/"в том числе" starts at token k."""
    after = [t.low for t in toks[k : k + 3]]
    return any(" ".join(after[:w]) in _INCLUDING for w in (1, 2, 3) if w <= len(after))


def _extend_range(toks: Sequence[_Tok], num: _Num, lang: str) -> _Num:
    """Join "400-500", "400 to 500", "between 400 and 500", "от 400 до 500" into one range."""
    j = num.j
    opener = toks[num.i - 1].low if num.i else ""
    # "between 30 to 40", "antara 20 hingga 30", "antara 20-30": an opener's range may close
    # with any joiner, not only its own word
    joiners = _RANGE_JOINERS | {_RANGE_OPENERS.get(opener, "-")}
    if j + 1 < len(toks) and toks[j].low in joiners and toks[j + 1].kind == "num":
        other = _number_at(toks, j + 1, lang)
        if other is not None and other.low > num.low >= 0:
            start = toks[num.i - 1].start if opener in _RANGE_OPENERS else num.start
            return _Num(num.i, other.j, num.low, other.high, start, other.end)
    return num


_RISES = frozenset(
    _lex("выросло|выросла|выросли|вырос|возросло|возросла|возросли|возрос|увеличилось")
    + _lex("увеличилась|увеличились|увеличился|достигло|достигла|достигли|достиг|дошло")
    + _lex("дошла|дошли|meningkat|bertambah|naik|melonjak|rose|risen|climbed|increased|jumped")
    + _lex("снизилось|снизилась|снизились|снизился|сократилось|сократилась|сократились")
    + _lex("уменьшилось|уменьшилась|уменьшились|turun|berkurang|menurun|fell|fallen|dropped")
    + _lex("decreased|declined|revised|direvisi|пересмотрено")
    # said by who changed it: "raised the toll to 76 from an earlier 54"
    + _lex("raised|lowered|revise|revises|raises|lowers|updated|grew|soared|surged|rises|climbs")
    + _lex("menaikkan|menurunkan|merevisi|повысили|понизили|уточнили|пересмотрели")
)
"""Verbs of a count changing: "выросло до 31", "meningkat hingga 31" reached 31, not "up to"."""
_REACHED = frozenset(_lex("до|hingga|sampai|to"))
_CHANGED_FROM = frozenset(_lex("from|dari|с|со"))
_CHANGED_TO = _REACHED | {"menjadi", "ke"}
_MAYBE = frozenset(
    _lex("bisa|akan|dapat|mungkin|diperkirakan|dikhawatirkan|diprediksi|berpotensi|could|may")
    + _lex("might|will|would|expected|может|могут|может|вероятно|возможно|ожидается")
)
"""Before the rising verb, a forecast: "bisa naik hingga 100" is still up to 100."""


def _changed_to(toks: Sequence[_Tok], num: _Num, lang: str) -> _Num | None:
    """The new figure of "rose from 12 to 31", "naik dari 12 menjadi 31", "выросло с 12 до 31".

    The earlier figure is history, not what the claim counts; a forecast ("could rise from 12
    to 100") is left to the range reading.
    """
    i, j = num.i, num.j
    if (
        i < 2
        or toks[i - 1].low not in _CHANGED_FROM
        or toks[i - 2].low not in _RISES
        or {t.low for t in toks[max(0, i - 6) : i - 2]} & _MAYBE
        or j + 1 >= len(toks)
        or toks[j].low not in _CHANGED_TO
    ):
        return None
    for k in range(j + 1, min(j + 5, len(toks))):  # "to at least 31", "menjadi sedikitnya 31"
        if toks[k].kind == "num":
            return _number_at(toks, k, lang)
        if toks[k].kind != "word":
            return None
    return None


_EARLIER = frozenset(_lex("up from|down from|dari sebelumnya|dari semula|dari angka sebelumnya"))
"""Words before a count's earlier figure: "up from the 27 reported on Friday", "naik menjadi
41 orang dari sebelumnya 27 orang"."""
_EARLIER_IF_CHANGED = frozenset(
    _lex("previously reported|earlier reported|previously put at|earlier put at|was previously")
    + _lex("ранее сообщалось о|ранее сообщалось об|прежде сообщалось о|ранее говорилось о")
    + _lex("ранее называлось|sebelumnya dilaporkan|sebelumnya disebutkan|sebelumnya tercatat")
)
"""… and words that make it the earlier one only beside a count that changed ("выросло до
41 …, ранее сообщалось о 27"): alone, "ранее сообщалось о 27 погибших" reports a figure."""
_EARLIER_AFTER = frozenset(_lex("earlier|previously|before|sebelumnya|semula|ранее|прежде"))
_FROM_UP = frozenset(_lex("from|dari|с|со|up|down"))
_EARLIER_FILLERS = frozenset(
    _lex("the|a|an|its|earlier|previous|previously|initial|initially|reported|official")
)


def _to_then_from(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the words before token k are a new figure and "from": "revised the toll down
    to 19 from 27", "naik menjadi 41 dari 27", "снизилось до 19 с 27" (27 is the earlier)."""
    if k < 3 or toks[k - 1].low not in _CHANGED_FROM or toks[k - 2].kind != "num":
        return False
    n = k - 2
    while n > 0 and (toks[n - 1].kind == "num" or toks[n - 1].text in ".,"):
        n -= 1  # "to 1 342 from"
    return n > 0 and toks[n - 1].low in _CHANGED_TO


def _earlier(toks: Sequence[_Tok], num: _Num, changed: bool) -> bool:
    """Whether the number is a count's earlier figure, history rather than what the claim
    counts: "up from the 27 reported", "dari sebelumnya 27", "from 27 earlier", and beside a
    count that changed (`changed`) "ранее сообщалось о 27". See also `_changed_to`."""
    k, skipped = num.i, 0
    while (
        k > 0
        and skipped < 4
        and (
            toks[k - 1].low in _EARLIER_FILLERS
            or (toks[k - 1].low in _QUALIFIER_VOCABULARY and toks[k - 1].low not in _FROM_UP)
            or _lookup(toks, k - 1, _UNITS) in COUNT_UNITS
            or _lookup(toks, k - 1, _SUBJECTS)
        )
    ):
        k, skipped = k - 1, skipped + 1  # "up from the", "ранее сообщалось о гибели"
    before = [t.low for t in toks[max(0, k - 3) : k]]
    for width in range(min(3, len(before)), 0, -1):
        phrase = " ".join(before[-width:])
        if phrase in _EARLIER or (changed and phrase in _EARLIER_IF_CHANGED):
            return True
    if changed and _to_then_from(toks, k):
        return True
    k = num.j
    while k < min(len(toks), num.j + 2) and (
        _lookup(toks, k, _SUBJECTS) or _lookup(toks, k, _UNITS)
    ):
        k += 1  # "dari 27 orang sebelumnya"
    after = toks[k].low if k < len(toks) else ""
    return changed and after in _EARLIER_AFTER and bool(before) and before[-1] in _CHANGED_FROM


def _qualify(toks: Sequence[_Tok], num: _Num) -> None:
    """Read a qualifier just before the number ("sedikitnya", "по меньшей мере") or after it."""
    i = num.i if toks[num.i].start == num.start else num.i - 1  # past "between"/"от"
    while i > 0 and _currency_sign(toks, i - 1):
        i -= 1  # "hingga Rp 500 juta", "up to US$ 5 million": the qualifier is the amount's
    verb = i - 2 - (i >= 3 and toks[i - 2].low in {"up", "down"})  # "revised up to 230"
    if verb >= 0 and toks[i - 1].low in _REACHED and toks[verb].low not in _RISES:
        verb = _changer_before(toks, verb)  # "уточнили число погибших до 31"
    if (
        verb >= 0
        and toks[i - 1].low in _REACHED
        and toks[verb].low in _RISES
        and not {t.low for t in toks[max(0, verb - 3) : verb]} & _MAYBE
    ):
        return  # the toll "выросло до 31": it is 31 now
    for width in (3, 2, 1):
        if i - width < 0:
            continue
        phrase = " ".join(t.low for t in toks[i - width : i])
        for qualifier, phrases in _QUALIFIERS.items():
            if phrase in phrases:
                first = i - width
                if qualifier in _NEGATED and first and toks[first - 1].low in _NEGATIONS:
                    qualifier, first = _NEGATED[qualifier], first - 1
                num.qualifier = qualifier
                num.start = toks[first].start
                return
    _qualify_after(toks, num)


_COUNT_NOUNS = frozenset(
    _lex("toll|number|count|figure|tally|estimate|of|число|количество|jumlah|angka|total")
)
"""Words naming the count a verb changes: "revised the number of dead up to 230"."""


def _changer_before(toks: Sequence[_Tok], k: int) -> int:
    """The change verb before the count it changes, ending at token k ("повысили число жертв",
    "menaikkan jumlah korban tewas", "revised the number of dead"), or k."""
    b = k
    while (
        b >= 0
        and k - b < 5
        and (
            toks[b].low in _COUNT_NOUNS
            or toks[b].low in _EARLIER_FILLERS
            or _lookup(toks, b, _UNITS) in COUNT_UNITS
            or _lookup(toks, b, _SUBJECTS)
        )
    ):
        b -= 1
    return b if b < k and b >= 0 and toks[b].low in _RISES else k


def _currency_sign(toks: Sequence[_Tok], k: int) -> bool:
    """Whether token k is part of a currency written before an amount ("Rp", "Rp.", "US$")."""
    tok = toks[k]
    if tok.text == "." and k > 0:
        tok = toks[k - 1]  # "Rp. 500"
    return _CURRENCY.word(tok.low) is not None or tok.low == "us"


def _qualify_after(toks: Sequence[_Tok], num: _Num) -> None:
    """A qualifier after the number ("31 or more", "31 lebih")."""
    after = " ".join(t.low for t in toks[num.j : num.j + 2])
    if after in _POST_QUALIFIERS:
        num.qualifier = _POST_QUALIFIERS[after]
        num.end = toks[num.j + 1].end


def _interval(lo: float, hi: float, qualifier: str) -> tuple[float, float]:
    if qualifier in ("at-least", "more-than"):
        return lo, UNBOUNDED
    if qualifier in ("at-most", "less-than"):
        return 0.0, hi
    if qualifier == "nearly":
        return round(lo * 0.9, 6), hi
    if qualifier == "about":
        return round(lo * 0.9, 6), round(hi * 1.1, 6)
    return lo, hi


def _near_unit(
    toks: Sequence[_Tok],
    num: _Num,
    prev_j: int,
    next_i: int,
    after_things: bool = False,
    reach: int | None = None,
) -> str | None:
    """The nearest unit word between this number and its neighbours, within the clause.

    "menewaskan 91 warga sipil dan melukai 400": 91 is killed, 400 wounded. On a tie
    the word after the number wins ("30 were killed and 40 wounded"). A casualty word is
    looked for back to `reach` (default: the previous number's end), past a count of things.
    """
    if num.j < len(toks) and toks[num.j].text == "%":
        return "percent"
    if num.things:
        return None
    if _counts_bodies(toks, num):
        return "killed"
    if (label := _label(toks, num)) is not None:
        return label  # "Killed: 7", "Погибших: 12, раненых: 30"
    fwd_end = min(next_i, num.j + _WINDOW)
    if _opening_whole(toks, num):  # "Из 120 человек, находившихся в здании, эвакуировать
        # удалось 85": what follows the comma befell the part after it
        # (a participle's clause between commas still tells of the whole: "…, находившихся
        # на борту, спасены 38")
        commas = [k for k in range(num.j, min(next_i, len(toks))) if toks[k].text == ","]
        fwd_end = min(fwd_end, commas[-1]) if commas else fwd_end
    fwd = _scan(toks, range(num.j, fwd_end), None)
    if fwd[1] not in COUNT_UNITS and fwd[0] > 1:
        fwd = (0, None)  # "km", "hours", "desa" follow their number closely
    if fwd[1] is not None and _next_ones(toks, num, next_i, fwd[1]):
        fwd = (0, None)
    # Only casualty words come before what they count; "km", "tahun", "%" always follow.
    back_to = prev_j if reach is None else reach
    stop = max(back_to - 1, num.i - 1 - _WINDOW, -1)  # -1: never wrap to the last token
    if after_things and 0 <= prev_j < num.i and _lookup(toks, prev_j, _UNITS):
        stop = prev_j  # "Rp 1,5 triliun hilang dan 2,5 juta orang": "lost" is the money's
    back = _scan(toks, range(num.i - 1, stop, -1), COUNT_UNITS)
    if back[1] is not None and _theirs(toks, num, prev_j, back[1]):
        back = (0, None)
    if fwd[1] is None and _victims_of(toks, num, next_i):
        back = (0, None)  # "12 tewas dan ratusan perempuan menjadi korban kekerasan"
    found = [hit for hit in (fwd, back) if hit[1]]
    return min(found, key=lambda hit: hit[0])[1] if found else None


_VICTIMS_OF = frozenset(
    _lex("menjadi korban|became victims|become victims|were victims|fell victim|fallen victim")
)
"""A predicate of the number's own: "ratusan perempuan menjadi korban kekerasan" (hundreds of
women became victims of violence) tells what befell them, no fate from the clause before."""


def _victims_of(toks: Sequence[_Tok], num: _Num, next_i: int) -> bool:
    """Whether the number's clause says they became victims of something ("menjadi korban",
    "fell victim to"), a fate of its own however it is named."""
    for k in range(num.j, min(next_i, len(toks) - 1, num.j + _WINDOW)):
        if toks[k].low in _CLAUSE_END:
            return False
        if f"{toks[k].low} {toks[k + 1].low}" in _VICTIMS_OF:
            return True
    return False


def _label(toks: Sequence[_Tok], num: _Num) -> str | None:
    """The casualty word of a label the number is given under ("Killed: 7", "Death toll: 12",
    "Korban tewas: 12 orang", "Погибших: 12"): a colon right before the number, after up to
    three words, one of them the casualty word; else None."""
    if num.i < 2 or toks[num.i - 1].text != ":":
        return None
    for k in range(num.i - 2, max(num.i - 5, -1), -1):
        if toks[k].kind != "word":
            return None
        unit = _lookup(toks, k, _UNITS)
        if unit is not None:
            return unit if unit in COUNT_UNITS else None
    return None


def _opening_whole(toks: Sequence[_Tok], num: _Num) -> bool:
    """Whether the number is the whole a sentence opens with ("Of the 1,200 people on board,
    …", "Из 120 человек, …", "Dari 52 korban, …")."""
    k = num.i - 1
    while k >= 0 and toks[k].low in _DETERMINERS:
        k -= 1
    return k >= 0 and toks[k].low in _PART_OF and (k == 0 or toks[k - 1].text in ".;:")


def _some_of_opening(toks: Sequence[_Tok], whole: _Num, num: _Num) -> bool:
    """Whether `num` is some of the group a sentence opens with ("Of the 56 injured, 9 are in
    critical condition", "Из 56 пострадавших 9 …", "Dari 56 korban luka, 9 orang dalam
    kondisi kritis"): with no fate of its own, or the group's, it is no rival count. A fate of
    its own leaves it a count ("Of the 300 people evacuated, 40 were injured")."""
    if whole.unit not in COUNT_UNITS or num.part or num.things or num.freed:
        return False  # "Of the 251 hostages, 117 have been released": no longer of them
    if num.unit not in (None, whole.unit):
        return False
    if not _opening_whole(toks, whole) or num.i - whole.j > 6:
        return False
    gap = toks[whole.j : num.i]
    return all(t.kind == "word" or t.text == "," for t in gap) and not any(
        t.low in _CLAUSE_END or t.low in _AUXILIARIES for t in gap
    )


def _theirs(toks: Sequence[_Tok], num: _Num, prev_j: int, unit: str) -> bool:
    """Whether the casualty word before the number is the previous number's, right after it,
    while this number names what it counts ("about 200 injured and nearly 1 million without
    power": the million are not injured)."""
    if prev_j < 0 or prev_j >= num.i or _lookup(toks, prev_j, _UNITS) != unit:
        return False
    if any(_lookup(toks, k, _UNITS) for k in range(prev_j + 1, num.i)):
        return False
    return _own_noun(toks, num) or (num.j < len(toks) and toks[num.j].low in _WITHOUT)


_WITHOUT = frozenset(_lex("without|tanpa|без"))


def _next_ones(toks: Sequence[_Tok], num: _Num, next_i: int, unit: str) -> bool:
    """Whether the unit word after the number, past a comma, opens the next number's clause
    ("число жертв выросло до 144, пострадали 551 человек": the 551 were hurt, not the 144),
    or labels it ("достигло 1 166 человек, пострадавших — 2 400", "раненых: 30")."""
    if next_i >= len(toks):
        return False
    for k in range(num.j, min(next_i, num.j + _WINDOW)):
        if _lookup(toks, k, _UNITS) == unit and not _compound(toks, k):
            between = toks[k + 1 : next_i]
            return (
                any(t.text == "," for t in toks[num.j : k])
                and len(between) <= 2
                and all(_is_qualifier_word(t.low) or t.text in _LABEL_MARKS for t in between)
            )
    return False


_LABEL_MARKS = frozenset("-–—:")
"""Between a casualty word and the number it labels: "пострадавших — 2 400", "раненых: 30"."""


def _counts_bodies(toks: Sequence[_Tok], num: _Num) -> bool:
    """Whether the number counts bodies: a body word right after it, maybe past one
    modifier ("19 bodies", "21 unidentified bodies", "21 jenazah"), or the bodies of people
    counted after it ("извлечены тела 19 человек", "the bodies of 19 people", "jenazah 19
    orang")."""
    before = num.i - 1 - (num.i > 1 and toks[num.i - 1].low in _PART_OF)
    if (
        before >= 0
        and toks[before].low in _BODIES
        and num.j < len(toks)
        and _lookup(toks, num.j, _SUBJECTS) is not None
    ):
        return True
    for k in (num.j, num.j + 1):
        if k >= len(toks) or toks[k].kind != "word":
            return False
        if toks[k].low in _BODIES:
            return True
        if toks[k].low in _LINKS or toks[k].low in _CONJUNCTIONS or _lookup(toks, k, _UNITS):
            return False
    return False


_GROUP_LINKS = frozenset(_lex("of|the|those|these|из|числа|dari|para|antara"))
_CAUSES = frozenset(
    _lex("of|from|by|because|due|after|following|karena|akibat|oleh|lantaran|setelah|от|из-за")
    + _lex("вследствие|после")
)
"""Words before a cause: "23 orang tewas, sebagian besar karena luka tembak", "died from their
injuries", "скончались от ранений" were killed by wounds, not wounded."""
_GROUP_STOPS = (_CONJUNCTIONS - {","}) | _CAUSES


def _group_then_fate(toks: Sequence[_Tok], num: _Num, next_i: int) -> tuple[str, str] | None:
    """(who they were, what befell them) when the casualty word right after the number
    names the group and a later one in its clause the fate: "several of the wounded died",
    "несколько раненых скончались", "beberapa korban luka meninggal", "the 12 missing were
    found dead". None otherwise ("30 killed and 40 wounded": no fate of the killed; "23 tewas
    karena luka tembak": a wound after a cause word is how they died)."""
    end = min(next_i, len(toks), num.j + _WINDOW)
    k = num.j
    while k < end and (toks[k].low in _GROUP_LINKS or _lookup(toks, k, _SUBJECTS)):
        k += 1  # "of the", "из числа", "korban", "wounded soldiers"
    group = _lookup(toks, k, _UNITS) if k < end else None
    if group not in COUNT_UNITS:
        return None
    k += 1
    while k < end and toks[k].low not in _CLAUSE_END | _GROUP_STOPS and toks[k].kind != "num":
        if toks[k].low in _THE_REST:
            return None  # "двое из 12 членов экипажа погибли, остальные спасены"
        fate = _lookup(toks, k, _UNITS)
        if fate == "displaced":
            return None  # "12 wounded soldiers were evacuated": moved, still the wounded
        if fate is not None and fate != group:
            return (group, fate) if fate in COUNT_UNITS else None
        k += 1
    return None


_THE_REST = frozenset(_lex("rest|remaining|остальные|остальных|sisanya|selebihnya"))
"""Words opening what befell the rest of a group, not the group itself."""


_PART_MARKERS = frozenset(
    _lex("of them|of whom|of those|of these|di antaranya|diantaranya|dari mereka|dari jumlah itu")
    + _lex("из них|из которых|среди них")
)
"""Words right after a number making it some of a count before it: "24 killed, 17 of them by
gunfire", "16 di antaranya akibat luka tembak", "17 из них"."""


def _part_marker(toks: Sequence[_Tok], num: _Num) -> int:
    """How many words after the number say it is some of a count before it (0: none)."""
    for width in (3, 2, 1):
        if " ".join(t.low for t in toks[num.j : num.j + width]) in _PART_MARKERS:
            return width
    return 0


def _read_part(toks: Sequence[_Tok], num: _Num, whole: _Num | None, next_i: int) -> None:
    """Make `num` some of `whole` when that is a count of people ("at least 24 people were
    killed, 17 of them by gunfire"; "12 died, including 5"): it counts the whole's group, or
    what befell some of it ("nearly 200 injured, 17 of them died": killed, of the wounded),
    never a rival total. A part of no count before it is of `THEM`."""
    num.part = True
    if whole is None or whole.unit not in COUNT_UNITS:
        return  # "17 of them were killed": of them, killed
    num.group = whole.unit
    k, end = num.j + _part_marker(toks, num), min(next_i, len(toks))
    closed = False
    while k < end and toks[k].low not in _CLAUSE_END | _GROUP_STOPS and toks[k].kind != "num":
        closed = closed or toks[k].text == ","
        fate = _lookup(toks, k, _UNITS)
        if fate in COUNT_UNITS and closed:
            num.told_after = fate  # "в том числе 9 детей, ранены 40": the 40's
            break
        if fate in COUNT_UNITS and (whole.unit != "killed" or fate == "killed"):
            num.unit = fate  # "200 injured, 17 of them died": killed, of the wounded
            return
        if fate in COUNT_UNITS:
            break  # "27 died, including 9 children who were wounded": some of the dead
        k += 1
    num.unit = whole.unit  # "17 of them by gunfire", "17 из них от огнестрельных ранений"


def _part_subject(toks: Sequence[_Tok], num: _Num, next_i: int) -> str | None:
    """A part's own group, a few words after it and its "of them" ("5 di antaranya anak-anak",
    "17 из них - дети", "including nine children"); people in general name none."""
    k = num.j + _part_marker(toks, num)
    end, seen = min(next_i, len(toks)), 0
    while k < end and seen < 3 and toks[k].low not in _CLAUSE_END:
        subject = _lookup(toks, k, _SUBJECTS)
        if subject is not None:
            return None if subject in TOTAL_SUBJECTS else subject
        seen += toks[k].kind == "word" and toks[k].low not in _AUXILIARIES
        k += 1
    return None


def _antecedent(toks: Sequence[_Tok], num: _Num) -> str:
    """Who "of whom"/"of them" are when no count comes before: the group named just before
    the number ("civilians, 45 of whom were killed"), else `THEM`."""
    k = num.i - 1 - (num.i > 0 and toks[num.i - 1].text == ",")
    subject = _lookup(toks, k, _SUBJECTS) if k >= 0 else None
    return THEM if subject in TOTAL_SUBJECTS else subject


def _shares_unit(toks: Sequence[_Tok], num: _Num, other: _Num) -> bool:
    """Whether `num`, with no unit of its own, takes `other`'s as coordinated with it; never
    a count of things or money, nor from one ("$2 billion and 3,000 soldiers")."""
    if num.unit is not None or num.things or other.things or num.freed:
        return False
    if other.i > num.i and _opening_whole(toks, num):
        return False  # "Dari 52 penumpang, 30 orang tewas": the 52 are the whole
    if other.part and other.i > num.i and _own_fate(toks, other):
        return False  # "massa mencapai 10.000 orang, 150 di antaranya diamankan": the fate is
        # the part's
    if other.i > num.i and num.i and _including(toks, num.i):
        return False  # "including nine children, less than two weeks after": a part's unit
        # is its whole's, never the next number's
    if _own_noun(toks, num):
        return False  # "19 stretchers and nearly 200 injured": the 19 count stretchers
    if other.unit not in COUNT_UNITS and num.j < len(toks) and _lookup(toks, num.j, _SUBJECTS):
        return False  # "52 passengers, plunged 100 metres": people are no measure
    first, second = (num, other) if num.i < other.i else (other, num)
    return _coordinated(toks, first, second)


def _own_fate(toks: Sequence[_Tok], part: _Num) -> bool:
    """Whether a part said "of them" has its fate in its own words, before a comma: "150 di
    antaranya diamankan" (not "17 of them by gunfire, were killed", the whole's verb)."""
    width = _part_marker(toks, part)
    k = part.j + width
    while width and k < len(toks) and toks[k].text != "," and toks[k].low not in _CLAUSE_END:
        if _lookup(toks, k, _UNITS) in COUNT_UNITS:
            return True
        k += 1
    return False


def _own_noun(toks: Sequence[_Tok], num: _Num) -> bool:
    """Whether the words right after the number (up to a conjunction, link or clause edge)
    name what it counts, a noun known as no one's: then no other number's unit word is its
    ("19 stretchers and 200 injured"). People words keep it open to one ("1.166 pasukan dan
    45 warga sipil tewas", "12 Armenian soldiers and 5 civilians killed"), as does a
    capitalised word, which may be a nationality ("12 Armenian and 5 Azerbaijani soldiers")."""
    k, own = num.j, False
    while k < min(len(toks), num.j + 3) and toks[k].kind == "word":
        word = toks[k].low
        if word in _CONJUNCTIONS or word in _LINKS or word in _CLAUSE_END:
            break
        if _lookup(toks, k, _SUBJECTS) or toks[k].text[0].isupper():
            return False
        if _lookup(toks, k, _UNITS) or _is_qualifier_word(word) or word in _OTHERS:
            break
        own = True
        k += 1
    return own


def _currency(toks: Sequence[_Tok], num: _Num) -> str | None:
    """The currency code of an amount of money ("Rp 1,5 triliun", "$5 billion", "US$ 3",
    "3 млрд рублей"), or None."""
    before = num.i - 1 - (num.i > 1 and toks[num.i - 1].text == ".")  # "Rp. 500"
    if before >= 0 and (code := _CURRENCY.word(toks[before].low)) is not None:
        return code
    if before >= 1 and toks[before].text == "$" and toks[before - 1].low == "us":
        return "USD"
    return _lookup(toks, num.j, _CURRENCY) if num.j < len(toks) else None


def _counts_things(toks: Sequence[_Tok], num: _Num, next_i: int, lang: str) -> bool:
    """Whether the noun the number counts is a thing ("3 tanks", "20 домов", "dua pos
    perbatasan", "two border posts near …", "двум пограничным постам"): such a number takes
    no casualty word from the rest of the clause ("…, killing 12 border guards"). A thing
    word that only modifies the people counted ("12 school children", "3 awak tank", "4
    drone operators", "3 сотрудника больницы") or follows a preposition ("8 in houses")
    leaves the number a count of people."""
    end = min(next_i, len(toks))
    k = num.j
    if k >= end or toks[k].kind != "word":
        return False
    if not _thing_at(toks, k):  # one modifier first: "border posts", "пограничным постам"
        modifier = toks[k].low
        if lang != "id" and _lookup(toks, k, _UNITS) in COUNT_UNITS and k + 1 < end:
            return _thing_at(toks, k + 1)  # "8,000 displaced families": households
        if lang == "id" or modifier in _LINKS or _lookup(toks, k, _UNITS):
            return False  # Indonesian puts a noun's modifiers after it
        russian_adjective = fold(modifier).endswith(RU_ADJECTIVE_ANY)
        if _lookup(toks, k, _SUBJECTS) or (lang == "ru" and not russian_adjective):
            return False
        k += 1
        if k >= end or toks[k].kind != "word" or not _thing_at(toks, k):
            return False
    if k + 1 >= len(toks) or toks[k + 1].kind != "word":
        return True
    if lang == "ru":
        return True  # no noun modifies one after it: "5 судов задержаны", "20 домов пострадали"
    if lang == "id" and k == num.j and _lookup(toks, k + 1, _UNITS):
        return True  # the noun right after the number is its head: "1.200 keluarga mengungsi"
    if lang.startswith("en") and toks[k + 1].low.endswith("ed"):
        return True  # a participle, no noun: "3 ships seized", "2 houses damaged"
    if _lookup(toks, k + 1, _UNITS) or _lookup(toks, k + 1, _SUBJECTS):
        return False  # "12 school children", "3 awak tank tewas"
    plural = toks[k].low.endswith("s") and not toks[k].low.endswith(("ss", "us"))
    if lang.startswith("en") and plural:
        return True  # a plural modifies no noun after it: "two rockets hit the building"
    if _lookup(toks, k + 1, _UNITS) or _lookup(toks, k + 1, _SUBJECTS):
        return False  # "12 school children", "3 awak tank tewas"
    return lang == "id" or toks[k + 1].low in _LINKS  # "pos perbatasan"; "posts near Sedlo"


_AGENT_SUFFIX = re.compile("ник|ниц|ист|чик|щик")


def _thing_at(toks: Sequence[_Tok], k: int) -> bool:
    """Whether token k is a thing or place word; a Russian stem's person noun is none
    ("школьников", "машинистов", "ракетчиков" are people, not schools, cars, rockets)."""
    if not _lookup(toks, k, _THINGS):
        return False
    word = toks[k].low
    stem = next((p for _, ps in _THINGS.prefixes for p in ps if word.startswith(p)), None)
    return word in _THINGS.exact or stem is None or not _AGENT_SUFFIX.search(word, len(stem))


_LINKS = frozenset(
    _lex("near|in|on|at|of|along|across|around|and|or|were|was|had|have|has|di|ke|dari|dekat")
    + _lex("dan|atau|yang|в|во|у|на|под|около|и|или|с|со|были|был|была")
)
"""Words that end a noun phrase: what precedes them is the noun the number counts."""


def _scan(
    toks: Sequence[_Tok], positions: range, allowed: frozenset[str] | None
) -> tuple[int, str | None]:
    """(distance in words, unit) for the first (allowed) unit word along `positions`."""
    distance = 0
    for k in positions:
        tok = toks[k]
        if tok.low in _CLAUSE_END and not _correction_at(toks, k):
            break
        unit = _lookup(toks, k, _UNITS)
        if unit and _compound(toks, k):
            unit = None  # "lost 4 soldiers in the 10-hour battle": the hours are the 10's
        if unit in _DURATIONS and (_rate_at(toks, k) or (k and _rate_at(toks, k - 1))):
            unit = None  # "15 people a day", "в сутки": a rate's period, no count of days
        if unit and (allowed is None or unit in allowed):
            return distance, unit
        if (
            tok.kind == "word"
            and not _is_qualifier_word(tok.low)
            and tok.low not in _OTHERS
            and not _lookup(toks, k, _SUBJECTS)
        ) or tok.text == ",":  # "погибли 65 …, ранены 297": the comma parts them
            distance += 1
    return 0, None


_INSTEAD = frozenset(_lex("but|а|но|melainkan|tetapi|tapi|namun"))


def _correction_at(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the "but"/"а"/"melainkan" at token k follows a denied figure: "погибли не 12,
    а 14 человек", "not 12 but 14 people were killed", "bukan 12, melainkan 14 orang"."""
    if toks[k].low not in _INSTEAD:
        return False
    b = k - 1 - (k > 0 and toks[k - 1].text == ",")
    return b >= 1 and toks[b].kind == "num" and toks[b - 1].low in _NEGATIONS | {"bukan"}


def _denied(toks: Sequence[_Tok], num: _Num) -> bool:
    """Whether the number is a figure denied for the one after it ("не 12, а 14")."""
    k = num.j + (num.j < len(toks) and toks[num.j].text == ",")
    return (
        num.i > 0
        and toks[num.i - 1].low in _NEGATIONS | {"bukan"}
        and k < len(toks)
        and _correction_at(toks, k)
        and k + 1 < len(toks)
        and toks[k + 1].kind == "num"
    )


def _compound(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the word at token k is glued by a hyphen to a number before it ("10-hour",
    "5-km"): a compound adjective of that number, no unit of another."""
    return (
        k >= 2
        and toks[k - 1].text == "-"
        and toks[k - 2].kind == "num"
        and toks[k - 2].end == toks[k - 1].start
        and toks[k - 1].end == toks[k].start
    )


def _is_qualifier_word(word: str) -> bool:
    return word in _QUALIFIER_VOCABULARY


def _coordinated(toks: Sequence[_Tok], a: _Num, b: _Num) -> bool:
    """Whether two numbers are joined by a conjunction with no unit, clause edge or verb of
    their own between ("5 journalists were beaten and 12 people detained": the first has
    its own predicate)."""
    gap = toks[a.j : b.i]
    if len(gap) > 6 or not any(t.low in _CONJUNCTIONS for t in gap):
        return False
    if any(t.low in _AUXILIARIES for t in gap):
        return False
    if _clause_joined(toks, a.j, b.i):
        return False  # "2.5 million people need aid, and 600 have died": a clause each
    return not any(
        t.low in _CLAUSE_END or _lookup(toks, k, _UNITS) for k, t in enumerate(gap, start=a.j)
    )


def _clause_joined(toks: Sequence[_Tok], start: int, end: int) -> bool:
    """Whether the words from `start` to `end` hold ", and" (", dan", ", и") after a word that
    names no one and is no qualifier: the first number's own predicate ("people need aid, and
    600 …"), not a list of counts ("4 soldiers, 3 police, and 12 civilians")."""
    commas = [
        k for k in range(start, end - 1) if toks[k].text == "," and toks[k + 1].low in _CONJUNCTIONS
    ]
    if not commas:
        return False
    return any(
        toks[k].kind == "word"
        and not _lookup(toks, k, _SUBJECTS)
        and not _is_qualifier_word(toks[k].low)
        and toks[k].low not in _OTHERS | _DETERMINERS | _CONJUNCTIONS
        and not toks[k].text[0].isupper()
        for k in range(start, commas[-1])
    )


_AUXILIARIES = frozenset(
    _lex("is|are|was|were|be|been|being|has|have|had|will|would|telah|sudah|sedang|akan")
    + _lex("был|была|было|были|будет|будут")
)
"""Verbs that make a conjunct a clause of its own (see `_coordinated`)."""


_WHOLE_STOPS = (
    _LINKS
    | _AUXILIARIES
    | _CLAUSE_END
    | _CONJUNCTIONS
    | frozenset(
        _lex("now|still|already|by|for|with|from|to|than|after|before|since|this|that|these")
        + _lex("those|which|who|yang|masih|belum|sudah|bisa|dapat|harus|tidak|pada|untuk")
        + _lex("dalam|oleh|itu|ini|kini|hancur|rusak|musnah|lumpuh|sekitar|по|за|к|от|до|из")
        + _lex("уже|ещё|еще|не|это|было|оказались|оказалось")
    )
)
"""Words that end the noun phrase a percentage is a share of."""
_RU_VERB_ENDINGS = _lex("ся|сь|ть|ли|ло|ла|ено|ены|ена|ано|аны|ана|ет|ют|ут|ит|ат|ят")
_ID_VERB_PREFIXES = _lex("me|ber|ter|di")


def _whole_named(toks: Sequence[_Tok], num: _Num, text: str, lang: str) -> str | None:
    """What a percentage is a share of, as written, when a short noun phrase says so: "70% of
    the hospital's beds" (after "of"), "40% зданий", "40% жилых домов" (a genitive, maybe
    after an adjective), "70 persen tempat tidur rumah sakit" (nouns up to a verb or a
    function word); else None ("Turnout was 45%")."""
    k = num.j
    while k < len(toks) and (toks[k].text == "%" or _lookup(toks, k, _UNITS) == "percent"):
        k += 1
    if k < len(toks) and toks[k].low == "of":
        k += 1  # "of the hospital's beds": kept as written from "the"
    elif lang.startswith("en") or k >= len(toks):
        return None
    base, first, last = lang.split("-")[0], k, None
    while k < min(len(toks), first + 6) and toks[k].low not in _WHOLE_STOPS:
        tok = toks[k]
        if tok.kind == "punct" and tok.text in "'’" and last is not None:
            k += 1  # "hospital's"
            continue
        if tok.kind != "word":
            break
        word = tok.low
        if base == "en" and len(word) >= 6 and word.endswith(("ed", "ing")):
            break  # "… were destroyed", "80% of the city destroyed"
        if base == "ru" and (
            fold(word).endswith(_RU_VERB_ENDINGS)
            if last is None
            else not fold(toks[last].low).endswith(("ых", "их", "ого", "его"))
        ):
            break  # one genitive noun, after an adjective if any: "жилых домов"
        if base == "id" and len(word) >= 6 and word.startswith(_ID_VERB_PREFIXES):
            break  # "… digunakan", "mengalami", "terbakar"
        last = k
        k += 1
    if last is None or all(t.low in _DETERMINERS for t in toks[first : last + 1]):
        return None
    return text[toks[first].start : toks[last].end]


OTHERS = "others"
"""Who "4 others" are beside a count with the same fate ("5 civilians and 4 others were
killed"): people other than that count's, so some more of the toll, neither its group nor a
rival total; `totals` adds them to it."""


def _said_of_others(toks: Sequence[_Tok], num: _Num) -> bool:
    """Whether "others" stands right before or after the number ("4 others", "ещё 4")."""
    return (num.i > 0 and toks[num.i - 1].low in _OTHERS) or (
        num.j < len(toks) and toks[num.j].low in _OTHERS
    )


def _others(toks: Sequence[_Tok], num: _Num, next_i: int) -> bool:
    """Whether the number is said of others ("ещё 400", "4 others", "4 other people", "4 orang
    lainnya", "4 других человека")."""
    own = _lookup(toks, num.j, _SUBJECTS) if num.j < len(toks) else None
    if num.i and toks[num.i - 1].low in _OTHERS:
        return own in TOTAL_SUBJECTS
    k = num.j
    while k < min(next_i, len(toks), num.j + 3) and toks[k].kind == "word":
        if toks[k].low in _OTHERS:  # "4 other civilians" are civilians
            return k + 1 >= len(toks) or _lookup(toks, k + 1, _SUBJECTS) in TOTAL_SUBJECTS
        if _lookup(toks, k, _SUBJECTS) not in TOTAL_SUBJECTS - {None}:
            return False
        k += 1
    return False


def _subject(toks: Sequence[_Tok], num: _Num, next_i: int, previous: Quantity | None) -> str | None:
    """Who is counted: a subject word right after the number; "400 others" inherits, but
    not "4 other people", "4 других человека", who have a noun of their own. Others with
    the fate of the count before them are `OTHERS`: "5 civilians and 4 others were killed"
    killed no 4 civilians."""
    if (
        previous is not None
        and num.unit in COUNT_UNITS
        and previous.unit == num.unit
        and previous.subject not in COUNT_UNITS | {THEM}
        and _others(toks, num, next_i)
    ):
        return OTHERS
    if num.i and toks[num.i - 1].low in _OTHERS and previous is not None:
        return previous.subject  # "ещё 400 человек"
    group = _group_before(toks, num)
    if group is not None:
        return group  # "a crew of 24", "экипаж из 24 человек", "ABK sebanyak 27"
    k, seen = num.j, 0
    b = num.i - 1
    while b >= 0 and toks[b].low in _DETERMINERS:
        b -= 1
    whole_of = b >= 0 and toks[b].low in _PART_OF  # "half of the 1,200 displaced"
    while k < min(next_i, len(toks)) and seen < 4 and toks[k].low not in _CLAUSE_END:
        if _opens_part(toks, k):
            break  # "12 killed, including a child": the child is a part, not who the 12 are
        if whole_of and seen and toks[k].low in _COPULAS:
            break  # "half of the 1,200 displaced are children": the half are, not the 1,200
        own_noun = k + 1 < len(toks) and _lookup(toks, k + 1, _SUBJECTS) is not None
        if toks[k].low in _OTHERS and previous is not None and not own_noun:
            return previous.subject  # "400 others"; "4 other people" are people
        subject = _lookup(toks, k, _SUBJECTS)
        if subject:
            return subject
        seen += toks[k].kind == "word"
        k += 1
    if num.unit in COUNT_UNITS:  # "jumlah korban tewas … mendekati 5.000"
        k = num.i - 1
        while k >= 0 and num.i - k <= _WINDOW and toks[k].low not in _CLAUSE_END:
            if toks[k].kind == "num":
                break
            subject = _lookup(toks, k, _SUBJECTS)
            if subject and _names_the_dead(toks, k) and not _agent(toks, k, num):
                return subject
            k -= 1
    return None


_AMONG = frozenset(_lex("among|amongst|kalangan|antara|среди|числа|рядах|рядов"))
"""Words before a people word inside a toll's own noun phrase: "the death toll among
civilians", "korban tewas di kalangan warga sipil", "число погибших среди мирных жителей"."""
_LOST = frozenset(_lex("lost|lose|loses|kehilangan|потерял|потеряла|потеряли|потеряло"))
_RELATIVE_LINKS = _AUXILIARIES | frozenset(_lex("yang|who|that|which|которые|который"))


_AGENT_VERBS = frozenset(
    _lex("killed|kill|kills|wounded|wounds|injured|injures|detained|detain|detains|arrested")
    + _lex("arrest|arrests|captured|capture|captures|kidnapped|abducted|evacuated|rescued")
    + _lex("menewaskan|melukai|menangkap|mengamankan|menahan|menyandera|menculik|mengevakuasi")
    + _lex("убил|убили|ранил|ранили|задержал|задержали|задержала|арестовал|арестовали|похитили")
    + _lex("эвакуировали|спасли|взяли")
)
"""Active verbs whose subject did it to the count after them: "Police arrested 40",
"Soldiers killed at least 12", "Polisi menangkap 40" arrested or killed no police, soldiers."""


def _agent(toks: Sequence[_Tok], k: int, num: _Num) -> bool:
    """Whether the people word at token k does what its verb says to the number right after
    the verb ("Police arrested 40", "Soldiers killed at least 12"): the doers, not the count."""
    pair = k + 1 < len(toks) and f"{toks[k].low} {toks[k + 1].low}" in _SUBJECTS.pairs
    v = k + 1 + pair
    if v >= num.i or toks[v].low not in _AGENT_VERBS:
        return False
    return all(_is_qualifier_word(t.low) for t in toks[v + 1 : num.i])


def _names_the_dead(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the people word at token k, before a casualty count, says who the casualties
    were: next to a casualty word ("jumlah korban tewas", "число погибших военнослужащих",
    "civilians were killed", "prajurit yang gugur"), inside the toll's phrase ("the death toll
    among civilians") or losing them ("Troops lost 40 men killed"). Elsewhere it names whose
    count it is: "Police revised their count to fourteen deaths", "police said 14 died" are no
    police killed."""
    pair = k + 1 < len(toks) and f"{toks[k].low} {toks[k + 1].low}" in _SUBJECTS.pairs
    after = k + 1 + pair  # "warga sipil tewas"
    while after < len(toks) and toks[after].low in _RELATIVE_LINKS:
        after += 1  # "13 civilians were killed and more than 50 were wounded"
    if after < len(toks) and toks[after].low in _LOST:
        return True
    before = k - 1
    while before >= 0 and toks[before].low in _DETERMINERS:
        before -= 1  # "among the civilians"
    if before >= 0 and toks[before].low in _AMONG:
        return True
    return any(
        0 <= n < len(toks) and _lookup(toks, n, _UNITS) in COUNT_UNITS for n in (k - 1, after)
    )


_GROUP_OF = frozenset(_lex("of|из|в|sebanyak|berjumlah|numbering"))
_GROUPS = frozenset({"crew"})
"""Subjects that are a whole of known size: "a crew of 24" counts the crew."""


def _group_before(toks: Sequence[_Tok], num: _Num) -> str | None:
    """The group named just before "of"/"из"/"sebanyak" and the number ("the crew of 24",
    "экипаж из 24 человек", "awak kapal sebanyak 27"), or None."""
    i = num.i
    if i < 2 or toks[i - 1].low not in _GROUP_OF:
        return None
    for k in (i - 2, i - 3):  # one word ("crew") or two ("awak kapal")
        if k < 0 or (subject := _lookup(toks, k, _SUBJECTS)) not in _GROUPS:
            continue
        if k == i - 2 or f"{toks[k].low} {toks[k + 1].low}" in _SUBJECTS.pairs:
            return subject
    return None


def phrase_end(text: str, q: Quantity, end: int) -> int:
    """Where the phrase of quantity `q`, whose number ends at `end` in `text`, ends: after
    the words right after the number that complete its reading ("about 12 | nautical miles",
    "more than two | hours", "27 | crew on board", "27 | awak kapal"), else `end`.

    Words that leave the reading's unit to later in the clause ("1.166 | pasukan … tewas")
    are not taken: the reading belongs right after the number there.
    """
    toks = _tokenize(text[end : end + 80])
    if toks and toks[0].start == 0 and toks[0].text == "%" and q.unit == "percent":
        return end + toks[0].end
    done = q.unit is None  # no unit to reach: the subject's words complete it
    last, k = 0, 0
    while k < len(toks) and (q.unit is None or not done):
        previous_end = toks[k - 1].end if k else 0
        if toks[k].kind != "word" or text[end + previous_end : end + toks[k].start].strip():
            break  # only words, only spaces between them
        pair = f"{toks[k].low} {toks[k + 1].low}" if k + 1 < len(toks) else ""
        width = 0
        for lexicon, key in ((_UNITS, q.unit), (_SUBJECTS, q.subject)):
            if key is None:
                continue
            if (
                lexicon.pairs.get(pair) == key
                and not text[end + toks[k].end : end + toks[k + 1].start].strip()
            ):
                width = 2
            elif lexicon.word(toks[k].low) == key:
                width = 1
            if width:
                done = done or lexicon is _UNITS
                break
        if not width:
            break
        last = toks[k + width - 1].end
        k += width
    return end + last if done and last else end


# --- comparing quantities --------------------------------------------------------------


_SIZE_STATES = frozenset({"on board", None})
"""How a crew's size is said: "27 crew on board", "the crew of 24". Crew "detained" may be a
few of them ("3 crew members were detained"), no rival to its size."""
AMOUNTS = frozenset({"tonnes", "barrels", "litres"})
"""Units of cargo: "1,200 tonnes" and "no more than 10 tonnes" of one transfer collide."""


def _kind(q: Quantity) -> tuple[str | None, str | None]:
    if q.subject in _GROUPS and q.unit in _SIZE_STATES:
        return "size", q.subject  # "27 crew on board", "the crew of 24", "24 моряков"
    unit = q.unit or ""
    per = next((f" a {p}" for p in _RATE_WORDS if unit.endswith(f" a {p}")), "")
    if per and unit[: -len(per)] in COUNT_UNITS:
        # "15 killed a day" vs "up to 10 civilians killed a day": a rate only meets a rate
        kind = _kind(Quantity(q.low, q.high, unit[: -len(per)], q.subject))
        return (None, None) if kind[0] is None else (unit, kind[1])
    if q.unit in COUNT_UNITS:
        if q.subject in (q.unit, THEM, OTHERS):
            return None, None  # "17 of them by gunfire": what parts it is the claim's own
        return q.unit, "total" if q.subject in TOTAL_SUBJECTS else q.subject
    if q.unit == "percent":
        if q.subject == THEM or q.subject in COUNT_UNITS:
            return None, None  # "40% of them", "a third of the injured": what of them is
            # the claim's own predicate ("by gunfire", "still in hospital"), no shared figure
        return q.unit, q.subject  # a share of the vote is no share of the residents
    return q.unit, None


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities count the same thing (troops killed vs troops killed).

    A total ("people" or no subject) is comparable with a total, so a sum of troops and
    civilians (see `totals`) is comparable with an overall death toll; a part (troops) or a
    group a toll singles out (children, drivers, medics, journalists) is comparable only
    with a count of the same group, never with a total. Measures (km, tonnes, years)
    ignore the subject; a percentage is comparable only with a share of the same whole (the
    vote). A crew's size is one thing however it is said ("27 crew on board", "the crew of
    24", "24 моряков"); a bare number, or bare people ("300 people"), is comparable with
    nothing, nor is some of a count said apart by the claim's own words ("17 of them by
    gunfire": "17 of the dead"; "40% of them").
    """
    kind = _kind(a)
    return kind[0] is not None and kind == _kind(b)


def count_kind(q: Quantity) -> str | None:
    """What a count of people, a rate of one, a crew's size, an amount of cargo or a tally of
    votes counts ("killed:total", "killed a day:civilians", "size:crew", "tonnes:", "votes:",
    "percent:votes"), for filing claims that may collide; None for other quantities
    (distances, durations: too common to file a story's claims by)."""
    unit, subject = _kind(q)
    counted = unit in COUNT_UNITS or _rate_of_count(unit)
    if counted or unit == "size" or unit in AMOUNTS or "votes" in (unit, subject):
        return f"{unit}:{subject or ''}"
    return None


def _rate_of_count(unit: str | None) -> bool:
    """Whether a unit is a count of people per period ("killed a day", "displaced a week")."""
    return any(
        unit is not None and unit.endswith(f" a {p}") and unit[: -len(p) - 3] in COUNT_UNITS
        for p in _RATE_WORDS
    )


def conflicts(a: Quantity, b: Quantity) -> bool:
    """Comparable quantities whose intervals cannot both hold (open ends respected)."""
    return comparable(a, b) and (_below(a, b) or _below(b, a))


def _below(x: Quantity, y: Quantity) -> bool:
    """Whether every value x allows is smaller than every value y allows."""
    if x.high == y.low:
        return x.qualifier == "less-than" or y.qualifier == "more-than"
    return x.high < y.low


def totals(quantities: Iterable[Quantity]) -> list[Quantity]:
    """Sums of parts ("1,166 troops" + "45 civilians") as totals, one per casualty unit.

    Only units with both troops and civilians, and no stated total, get a sum; or a count
    and others beside it ("5 civilians and 4 others were killed": 9 killed).
    """
    by_unit: dict[str, list[Quantity]] = {}
    for q in quantities:
        if q.unit in COUNT_UNITS:
            by_unit.setdefault(q.unit, []).append(q)
    out = []
    for unit, qs in by_unit.items():
        parts = {q.subject: q for q in reversed(qs) if q.subject in PARTS}
        if any(q.subject == OTHERS for q in qs):  # "5 civilians and 4 others were killed"
            chosen = [q for q in qs if q.subject in PARTS | TOTAL_SUBJECTS | {OTHERS}]
            if all(q.subject == OTHERS for q in chosen):
                continue
        elif set(parts) != PARTS or any(q.subject in TOTAL_SUBJECTS for q in qs):
            continue
        else:
            chosen = [q for q in qs if parts.get(q.subject) is q]  # in the order stated
        quals = {q.qualifier for q in chosen}
        low = sum(q.low for q in chosen)
        high = min(UNBOUNDED, sum(q.high for q in chosen))
        qualifier = quals.pop() if len(quals) == 1 else "about"
        text = " + ".join(describe(q) for q in chosen)
        out.append(Quantity(low, high, unit, "people", qualifier, text))
    return out


_QUALIFIER_WORDS = {
    "at-least": "at least ",
    "more-than": "more than ",
    "at-most": "up to ",
    "less-than": "fewer than ",
    "nearly": "nearly ",
    "about": "about ",
    "exact": "",
}


_GROUP_NAMES = {
    "killed": "the dead",
    "wounded": "the wounded",
    "missing": "the missing",
    "displaced": "the displaced",
    "captured": "the captured",
    "detained": "the detained",
    "on board": "those on board",
    "rescued": "the rescued",
    "trapped": "the trapped",
    "casualties": "the casualties",
}
"""A count's subject that is another count's group ("several of the wounded died"), read."""
_WHOLES = {"votes": "the vote"}
"""How a percentage's whole reads in English when its subject's name does not."""


def value_text(q: Quantity) -> str:
    """The number as stated, with its qualifier: "nearly 5,000", "at least 91", "400–500";
    a vague word with the range it is read as: "several (2–9)", "dozens (24–99)"."""
    if q.qualifier == "vague":
        return f"{_vague_word(q)} ({_nominal(q)})"
    return _QUALIFIER_WORDS.get(q.qualifier, "") + _nominal(q)


def who(q: Quantity) -> str | None:
    """Who a quantity counts, read in English for a column beside its unit: "troops",
    "of the dead" (some of a count of the dead: "17 of them by gunfire"), "of the wounded",
    "of them"; None when no one is named."""
    if q.subject in _GROUP_NAMES:
        return f"of {_GROUP_NAMES[q.subject]}"
    return "of them" if q.subject == THEM else q.subject


_VAGUE_WORDS = {
    _SEVERAL_RANGE: ("several", "several {scale}"),
    _VAGUE["dozens"]: ("dozens", "tens of {scale}s"),
    _VAGUE["hundreds"]: ("hundreds", "hundreds of {scale}s"),
    _VAGUE["belasan"]: ("a dozen or so", "ten-odd {scale}"),
    _VAGUE["thousands"]: ("thousands", "thousands of {scale}s"),
}
"""A vague range read back in English, alone or times a thousand or a million."""


def _vague_word(q: Quantity) -> str:
    """The English vague word for a vague quantity's range ("dozens", "several thousand",
    "tens of thousands"); "some" for a range entered by hand."""
    for scale, name in ((1.0, ""), (1e3, "thousand"), (1e6, "million")):
        words = _VAGUE_WORDS.get((q.low / scale, q.high / scale))
        if words is not None:
            return words[0] if not name else words[1].format(scale=name)
    return "some"


def says_less(general: Quantity, specific: Quantity) -> bool:
    """Whether `general` states the same figure as `specific` with less said of it: "120
    civilians" and "120 people killed" beside "120 civilians killed" (a merged claim's
    appearances phrase one toll three ways). The same value and qualifier, and no unit or
    the same one, and a total ("people", none) or the same subject; never a part.

    `general` must say what it counts (a unit or a subject): a bare "12" is as often drones,
    hostages or shops ("12 drones were shot down") as the toll beside it. Nor are people
    counted ("120 people") a figure that counts no one ("120 km")."""
    return (
        general.meaning() != specific.meaning()
        and (general.low, general.high, general.qualifier)
        == (specific.low, specific.high, specific.qualifier)
        and (general.unit, general.subject) != (None, None)
        and general.unit in (None, specific.unit)
        and (general.subject in TOTAL_SUBJECTS or general.subject == specific.subject)
        and (general.subject is None or specific.subject is not None)
        and general.subject != THEM
        and specific.unit != "percent"
    )


def describe(q: Quantity) -> str:
    """A short English rendering: "nearly 5,000 killed", "1,166 troops killed", "52.3% of
    the vote"."""
    if q.unit == "percent":
        whole = {**_WHOLES, **_GROUP_NAMES}.get(q.subject or "", q.subject)
        return f"{value_text(q)}%" + (f" of {whole}" if whole else "")
    words = [value_text(q)]
    if q.subject == q.unit and q.unit in _GROUP_NAMES:  # "17 of the dead"
        return f"{words[0]} of {_GROUP_NAMES[q.unit]}"
    if q.subject == THEM:  # "17 of them killed"
        words.append("of them")
    elif q.subject in _GROUP_NAMES:  # "2–9 of the wounded killed"
        words.append(f"of {_GROUP_NAMES[q.subject]}")
    elif q.subject:
        words.append(q.subject)
    if q.unit:
        words.append(q.unit)
    return " ".join(words)


def stated(q: Quantity) -> tuple[float, float]:
    """The number or range as written, undoing the qualifier's widening ("nearly 5,000" → 5000)."""
    if q.qualifier in ("at-least", "more-than"):
        return q.low, q.low
    if q.qualifier in ("at-most", "less-than", "nearly"):
        return q.high, q.high
    if q.qualifier == "about":
        lo, hi = round(q.low / 0.9, 6), round(q.high / 1.1, 6)
        if not (_whole(lo) and _whole(hi)) and _whole(q.low) and _whole(q.high):
            return q.low, q.high  # not widened by the extractor (entered or imported as is)
        return (lo, lo) if abs(lo - hi) < 1e-6 * max(1.0, hi) else (lo, hi)
    return q.low, q.high


def _whole(x: float) -> bool:
    return abs(x - round(x)) < 1e-6


def _nominal(q: Quantity) -> str:
    lo, hi = stated(q)
    return _fmt(lo) if lo == hi else f"{_fmt(lo)}–{_fmt(hi)}"


def _fmt(v: float) -> str:
    if v >= UNBOUNDED:
        return "∞"
    v = round(v, 6)
    return f"{int(v):,}" if v == int(v) else f"{v:,.6g}"
