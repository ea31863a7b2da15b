"""Sentence ends in scripts that write no full stop: Thai and Lao end a sentence with a space,
Khmer with its own stop (។, ៕). sentencex leaves all three alone, so a Thai paragraph was one
statement: the army's accusation and the ministry's denial in one row, one speaker for both.

A Thai space also separates a name from its surname and title ("นายอนุทิน ชาญวีรกูล
นายกรัฐมนตรี กล่าวว่า"), a number from its counter ("12 นาย"), clauses joined by "and" or
"but", and a speech verb's "that" (ว่า) from what was said. So a space ends a sentence only
between two runs long enough to be clauses (`MIN_CLAUSE`), the first not ending in a word that
wants more (`_OPEN_ENDS`) and the second not opening with a connective or a verb that
continues the subject (`_CONTINUES`). It is a rule of thumb, not a parser: a cut it misses or
makes is a statement to split or join in the Reader. (PyThaiNLP's CRF segmenter was tried on
news text: 65 MB installed, 0.5 s to load, and it cut "and said that" from its subject.)
"""

from __future__ import annotations

import re

MIN_CLAUSE = 12
"""Characters (code points, marks included) in the runs on both sides of a space that ends a
sentence: titles, names and counters are shorter ("นายกรัฐมนตรี", 12, is a title; it
precedes a short verb)."""

SPACED = frozenset({"th", "lo"})
"""Languages whose sentences end at a space. Their full stops end none: they mark
abbreviations ("08.20 น.", "พล.อ."), so sentencex, which cuts there, is not asked."""
_KHMER = frozenset({"km"})
_LETTER = "\u0e01-\u0e5b\u0e81-\u0edf"  # Thai and Lao letters, vowels, marks, digits
_GAP = re.compile(f"(?<=[{_LETTER}])[ \t\u00a0]+(?=[{_LETTER}])")
_RUN = re.compile(r"\S+")  # a run with no space in it
_ASKED = re.compile(r"[?!]+[)\"'”’]*[ \t\u00a0]+(?=\S)")
_KHMER_STOP = re.compile("[\u17d4\u17d5][ \t\u00a0]*(?=\\S)")
_CONTINUES = (
    # connectives: "and", "but", "or", "which", "while", "because", "by", "so that",
    # "including", "until", "with", "of", "in", "to", "that"
    "และ", "แต่", "หรือ", "ซึ่ง", "ขณะที่", "ขณะนี้", "เพราะ", "เนื่องจาก", "โดย", "เพื่อ",
    "รวมถึง", "รวมทั้ง", "ตลอดจน", "จน", "กับ", "ของ", "ใน", "ให้", "ว่า", "ที่", "จึง",
    "แล้ว", "ก็", "ตาม",
    # verbs that follow their subject after a space: "said", "revealed", "stated", ...
    "กล่าว", "เปิดเผย", "ระบุ", "ยืนยัน", "แถลง", "ชี้แจง", "เผย", "บอก", "ปฏิเสธ",
    "ให้สัมภาษณ์", "ตอบ", "เตือน", "ประกาศ", "อ้าง", "ย้ำ", "เรียกร้อง", "อธิบาย",
    "รายงาน", "เน้นย้ำ", "กล่าวหา", "ยอมรับ", "ออกแถลง",
    # auxiliaries and "causing": a verb phrase after its subject or cause
    "ได้", "จะ", "ไม่", "ยัง", "เคย", "กำลัง", "ต้อง", "อาจ", "ควร", "ทำให้", "ส่งผลให้",
    # a place after what happened there: "province", "district", "subdistrict", "area"
    "จังหวัด", "อำเภอ", "ตำบล", "บริเวณ", "จ.", "อ.", "ต.",
    # Lao: "and", "but", "or", "that", "said"
    "ແລະ", "ແຕ່", "ຫຼື", "ວ່າ", "ກ່າວ",
)  # fmt: skip
_OPEN_ENDS = (
    # "that", "and", "or", "but", "of", "which", "in", "by", "with", "from", "to", "is"
    "ว่า", "และ", "หรือ", "แต่", "ของ", "ที่", "ใน", "โดย", "กับ", "จาก", "ให้", "เป็น",
    "คือ", "ซึ่ง", "เพื่อ", "ตาม", "ต่อ",
    "ວ່າ", "ແລະ", "ຫຼື", "ແຕ່", "ຂອງ",
)  # fmt: skip


def spaced_cuts(text: str, lang: str) -> list[int]:
    """Offsets where a sentence starts after a Thai/Lao space or question or exclamation
    mark, or a Khmer stop (empty for other languages: one set lookup)."""
    if lang in SPACED:
        cuts = [gap.end() for gap in _GAP.finditer(text) if _ends_sentence(text, gap)]
        return [*cuts, *(mark.end() for mark in _ASKED.finditer(text))]
    if lang in _KHMER:
        return [stop.end() for stop in _KHMER_STOP.finditer(text)]
    return []


def _ends_sentence(text: str, gap: re.Match[str]) -> bool:
    """The space `gap` lies between two clauses, the first complete."""
    end = gap.start()
    first = text[max(0, end - MIN_CLAUSE) : end]
    second = text[gap.end() : gap.end() + MIN_CLAUSE]
    return (
        len(first) == len(second) == MIN_CLAUSE
        and _RUN.fullmatch(first) is not None
        and _RUN.fullmatch(second) is not None
        and not first.endswith(_OPEN_ENDS)
        and not second.startswith(_CONTINUES)
    )
