"""Reading a date as an article prints it: month names in English, Indonesian and Russian."""

from __future__ import annotations

import re

from claimtrack.model import read_date

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januari январь января",
        "february feb februari февраль февраля",
        "march mar maret март марта",
        "april apr апрель апреля",
        "may mei май мая",
        "june jun juni июнь июня",
        "july jul juli июль июля",
        "august aug agustus agu agt август августа",
        "september sep sept сентябрь сентября",
        "october oct oktober okt октябрь октября",
        "november nov нояб ноябрь ноября",
        "december dec desember des декабрь декабря",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_WORD = r"([^\W\d_]+)\.?"
_DAY_FIRST = re.compile(rf"^(\d{{1,2}})\s+{_WORD}\s+(\d{{4}})(?:\s*(?:г\.?|года))?$")
_MONTH_FIRST = re.compile(rf"^{_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$")
_WEEKDAY = re.compile(r"^[^\W\d_]+\.?,\s*")
_ISO_UNPADDED = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def read_day(value: str | None, what: str = "date") -> str | None:
    """A date as YYYY-MM-DD, as `model.read_date` reads it (14.10.2025, an unambiguous
    slashed date) and also as a report prints it, so the dateline can be pasted:
    "March 14, 2025", "14 March 2025", "Tue, 14 Mar 2025", "14 Maret 2025",
    "14 марта 2025 г.", and 2025-3-14. Anything else is refused as `read_date` refuses it."""
    if value is None or not value.strip():
        return None
    text = " ".join(value.strip().split())
    if unpadded := _ISO_UNPADDED.match(text):
        year, month, day = unpadded.groups()
        return read_date(f"{year}-{int(month):02d}-{int(day):02d}", what)
    bare = _WEEKDAY.sub("", text)
    if found := _DAY_FIRST.match(bare):
        day, month, year = found.group(1), found.group(2), found.group(3)
    elif found := _MONTH_FIRST.match(bare):
        month, day, year = found.group(1), found.group(2), found.group(3)
    else:
        return read_date(value, what)
    number = _MONTHS.get(month.casefold())
    if number is None:
        return read_date(value, what)
    return read_date(f"{year}-{number:02d}-{int(day):02d}", what)
