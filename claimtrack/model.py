"""The claimtrack domain model: frozen value types and their validation, no I/O.

Every record is a frozen, slotted dataclass. Records round-trip through plain dicts
(`to_doc` / `from_doc`) because the store keeps them as JSON documents; tuples become
lists on the way out and back on the way in.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, ClassVar, Literal, NoReturn, Self
from urllib.parse import urlsplit

from claimtrack.errors import MalformedRecordError, ValidationError

SCHEMA_VERSION = 1

Relation = Literal["contradicts", "supports", "responds-to"]
RELATIONS: tuple[str, ...] = ("contradicts", "supports", "responds-to")
SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"contradicts"})
OPPOSED_RELATIONS: dict[str, str] = {"contradicts": "supports", "supports": "contradicts"}
"""One pair of claims cannot both contradict and support each other (a denial may contradict
and respond to an accusation at once)."""
CONTESTING_RELATIONS: frozenset[str] = frozenset({"contradicts", "responds-to"})
"""A claim another contradicts or answers (a denial answering an accusation) is contested:
the Claims view's ⇄, `claims --contested` and the brief's counts all mean this."""

Verdict = Literal["true", "mostly-true", "mixed", "misleading", "false", "unverifiable", "open"]
VERDICTS: tuple[str, ...] = (
    "true",
    "mostly-true",
    "mixed",
    "misleading",
    "false",
    "unverifiable",
    "open",
)
# ClaimReview reviewRating: ratingValue 5 (best) … 1 (worst); None = no rating value.
VERDICT_RATING: dict[str, int | None] = {
    "true": 5,
    "mostly-true": 4,
    "mixed": 3,
    "misleading": 2,
    "false": 1,
    "unverifiable": None,
    "open": None,
}

SPEAKER_KINDS: tuple[str, ...] = (
    "person",
    "ministry",
    "officials",
    "government",
    "military",
    "media",
    "organisation",
    "other",
)
RELIABILITY_GRADES: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")

CLAIM_ORDERS: dict[str, str] = {
    "reported": "first reported (publication date of the earliest appearance, then place)",
    "recent": "newest claim first",
    "speaker": "speaker name, then first reported",
    "id": "claim id",
}
"""Orders a claim list can take, and what each means (`services.queries.claim_ids`); here,
with the other vocabularies, so `claimtrack claims --help` needs no service."""

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANG_RE = re.compile(r"^[a-z]{2,3}$")


def check_published(value: str | None) -> None:
    """Refuse a publication date after tomorrow by the wall clock: an article exists before
    it is imported (a store's own clock may be a fixed one, as in tests and demos)."""
    if value is None:  # nothing to check: no clock read (an import checks every document)
        return
    import datetime as _dt

    today = _dt.datetime.now(_dt.UTC).date().isoformat()
    check_known_by(value, today, "published date", "an article is out before it is imported")


EARLIEST_DATE = "1900-01-01"
"""The earliest date typed anywhere (a published date, a decision date, a filter's date):
no article or verdict the tool is for is older, and a year such as 0001 or 1899 is a typo
that would sort and filter as the oldest of all. A store's own records are not held to it."""


def check_not_too_early(value: str | None, what: str) -> None:
    """Refuse an ISO date before `EARLIEST_DATE` (None passes), in one line naming it."""
    if value is not None and value < EARLIEST_DATE:
        raise ValidationError(
            f"{what} {value} is before {EARLIEST_DATE}, the earliest date accepted "
            "(a typo in the year?)"
        )


def check_known_by(value: str | None, today: str, what: str, why: str) -> None:
    """Refuse a date after the day after `today` (a day of slack for time zones): a verdict
    or an article dated 2099 is a typo, and it would sort and filter as the newest; and one
    before `EARLIEST_DATE` (0001-01-01), as much a typo."""
    import datetime as _dt

    check_date(value, what)
    check_not_too_early(value, what)
    tomorrow = (_dt.date.fromisoformat(today[:10]) + _dt.timedelta(days=1)).isoformat()
    if value is not None and value > tomorrow:
        raise ValidationError(f"{what} {value} is in the future; {why}")


def check_date(value: str | None, what: str = "date") -> str | None:
    """Validate an ISO calendar date (YYYY-MM-DD) or None; returns it unchanged."""
    if value is None:
        return None
    if not _DATE_RE.match(value):
        raise ValidationError(f"{what} must be YYYY-MM-DD, got {value!r}")
    import datetime as _dt

    try:
        _dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(f"{what} is not a real date: {value!r}") from exc
    return value


_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")
_YEAR_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")


_ISO_UNPADDED = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def _numbered(rows: tuple[str, ...], start: int = 0) -> dict[str, int]:
    """Each space-separated word of `rows` → its row's number, counted from `start`."""
    return {name: number for number, row in enumerate(rows, start=start) for name in row.split()}


_MONTHS = _numbered(
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
)
"""Month names in English, Indonesian and Russian (nominative and genitive), and their
abbreviations, as articles print dates."""
_MONTH_WORD = r"([^\W\d_]+)\.?"
_NAMED_DAY_FIRST = re.compile(rf"^(\d{{1,2}})\s+{_MONTH_WORD}\s+(\d{{4}})(?:\s*(?:г\.?|года))?$")
_NAMED_MONTH_FIRST = re.compile(rf"^{_MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$")
_WEEKDAY = re.compile(r"^([^\W\d_]+)\.?,\s*")
_WEEKDAYS = _numbered(
    (
        "monday mon senin sen понедельник пн",
        "tuesday tue tues selasa sel вторник вт",
        "wednesday wed rabu rab среда ср",
        "thursday thu thurs kamis kam четверг чт",
        "friday fri jumat jum'at jum пятница пт",
        "saturday sat sabtu sab суббота сб",
        "sunday sun minggu min ahad воскресенье вс",
    )
)
"""Weekday names a printed date may open with (Monday is 0, as `date.weekday()`)."""
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def read_date(value: str | None, what: str = "date") -> str | None:
    """A date as an analyst types or pastes it, as YYYY-MM-DD (None or blank: None); one
    before `EARLIEST_DATE` is refused (`_read_date` says which forms are read)."""
    iso = _read_date(value, what)
    check_not_too_early(iso, what)
    return iso


def _read_date(value: str | None, what: str) -> str | None:
    """A date as an analyst types or pastes it, as YYYY-MM-DD (None or blank: None).

    Russian and Indonesian desks write the day first: "14.10.2025" (and "14-10-2025") is the
    14th of October. With slashes the order is the reader's habit (14/10 in Jakarta, 10/14 in
    New York), so a slashed date is taken only when one order is a real day; "03/04/2025" is
    refused with both readings offered. A date as an article prints it can be pasted: "March
    14, 2025", "Fri, 14 Mar 2025", "14 Maret 2025", "14 марта 2025 г.", and 2025-3-14."""
    if value is None or not value.strip():
        return None
    text = " ".join(value.split())
    if _DATE_RE.match(text):
        return check_date(text, what)
    if year_first := _YEAR_SLASH.match(text) or _ISO_UNPADDED.match(text):
        year, month, day = (int(g) for g in year_first.groups())
        return _real_day(year, month, day, value, what)
    found = _DAY_MONTH_YEAR.match(text)
    if found is None:
        opening = _WEEKDAY.match(text)  # "Fri, 14 Mar 2025"; a dateline's place is dropped too
        named = _named_month(text[opening.end() :] if opening else text)
        if named is None:
            raise ValidationError(
                f"{what} must be YYYY-MM-DD (or 14.10.2025, 14 March 2025), got {value!r}"
            )
        iso = _real_day(*named, value, what)
        said = _WEEKDAYS.get(opening.group(1).casefold()) if opening else None
        actual = _weekday(iso)
        if said is not None and said != actual:  # a typo in the day or the weekday
            raise ValidationError(
                f"{what} {value!r}: {iso} is a {_WEEKDAY_NAMES[actual]}, not a "
                f"{_WEEKDAY_NAMES[said]}"
            )
        return iso
    first, sep, second, year = found.group(1), found.group(2), found.group(3), found.group(4)
    if sep != "/":
        return _real_day(int(year), int(second), int(first), value, what)
    readings = sorted(
        {
            iso
            for day, month in ((first, second), (second, first))
            if (iso := _iso_or_none(int(year), int(month), int(day)))
        }
    )
    if len(readings) == 1:
        return readings[0]
    if not readings:
        raise ValidationError(f"{what} is not a real date: {value!r}")
    raise ValidationError(
        f"{what} {value!r} reads either way: write {readings[0]} or {readings[1]} (YYYY-MM-DD)"
    )


def _named_month(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of "14 March 2025" or "March 14, 2025" in any of `_MONTHS`."""
    if found := _NAMED_DAY_FIRST.match(text):
        day, month, year = found.groups()
    elif found := _NAMED_MONTH_FIRST.match(text):
        month, day, year = found.groups()
    else:
        return None
    number = _MONTHS.get(month.casefold())
    return None if number is None else (int(year), number, int(day))


def _weekday(iso: str) -> int:
    import datetime as _dt

    return _dt.date.fromisoformat(iso).weekday()


def _iso_or_none(year: int, month: int, day: int) -> str | None:
    import datetime as _dt

    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _real_day(year: int, month: int, day: int, value: str, what: str) -> str:
    iso = _iso_or_none(year, month, day)
    if iso is None:
        raise ValidationError(f"{what} is not a real date: {value!r}")
    return iso


_URL_SPACE_OR_CONTROL = re.compile(
    r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
_URL_UNSAFE = re.compile(r'["<>\\`]')
_BARE_HOST = re.compile(r"^(?:www\.)?[\w-]+(?:(?:\.[\w-]+)+(?::\d+)?|:\d+)(?:[/?#]|$)")


def is_web_address(url: str) -> bool:
    """Whether `url` is an http(s) address with a plausible host and port, and nothing a link
    in Markdown, XML or JSON-LD cannot carry as written (spaces, controls, invisible format
    characters such as U+202E, quotes, `<>`, backslash, backtick): what a reader of a report
    or a fact-check page can follow."""
    if not url or _URL_SPACE_OR_CONTROL.search(url) or _URL_UNSAFE.search(url):
        return False
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:  # a malformed IPv6 host, or a port that is no number below 65536
        return False
    host = parts.hostname or ""
    return (
        parts.scheme.lower() in ("http", "https")
        and port_ok
        and any(ch.isalnum() for ch in host)
        and not host.startswith((".", "-"))
    )


def check_url(value: str | None, what: str = "URL", otherwise: str = "") -> str | None:
    """Validate an http(s) address (None passes); returns it unchanged. `otherwise` ends the
    refusal of something that is no address at all (where else to put it).

    An address typed without its scheme ("www.mod.gov.az/news") is refused with the one to
    type: exports link only http(s) addresses, so anything else would be silently unlinked.
    """
    if value is None or is_web_address(value):
        return value
    shown = value if len(value) <= 80 else value[:79] + "…"
    if _BARE_HOST.match(value) and is_web_address("https://" + value):
        raise ValidationError(f"{what} {shown!r} has no scheme: did you mean 'https://{value}'?")
    if _URL_UNSAFE.search(value) and is_web_address(_URL_UNSAFE.sub("", value)):
        raise ValidationError(
            f"{what} {shown!r} holds a quote, <, >, backslash or backtick, which no link can "
            'carry: percent-encode it (%22 for ", %3C for <, %3E for >)'
        )
    raise ValidationError(
        f"{what} must be an http(s) address like https://example.org/report, got {shown!r}"
        + (f"; {otherwise}" if otherwise else "")
    )


def check_typed(value: str, what: str, *, one_line: bool = True) -> str:
    """A name, alias, side or note as the analyst typed it, cleaned as imported text is
    (`textnorm.typed_text`: terminal escapes and control characters go; one line unless
    `one_line` is False). Something typed of which the cleaning leaves nothing visible is
    refused (an escape sequence alone); blank stays blank, for the caller to read as it
    always has."""
    from claimtrack.textnorm import typed_text, visible

    cleaned = typed_text(value, one_line=one_line)
    if not visible(cleaned) and cleaned != " ".join(value.split()):  # the cleaning took all
        shown = value if len(value) <= 80 else value[:79] + "…"
        raise ValidationError(
            f"{what} {shown!r} has no visible character once control characters are removed"
        )
    return cleaned


def check_evidence(evidence: Iterable[str]) -> list[str]:
    """The evidence addresses to record (blank ones dropped); refuses one that is not an
    http(s) address, since exports link only those."""
    urls = [u.strip() for u in evidence if u.strip()]
    for url in urls:
        check_url(url, "evidence URL", otherwise="describe other evidence in the note")
    return urls


def verdict_matches(verdict: str | None, wanted: str) -> bool:
    """Whether a claim's verdict in force (None: never judged) passes a verdict filter: "none"
    asks for the never-judged, "open" for those judged open only (looked at, still open: a
    claim nobody has looked at is not that)."""
    if wanted == "none":
        return verdict is None
    return verdict == wanted


def tag_key(tag: str) -> str:
    """What makes two tags one: case and spacing do not ("Shushi", "shushi ", "front  line")."""
    return " ".join(tag.casefold().split())


def side_key(side: str) -> str:
    """What makes two spellings one side: case and spacing do not ("Armenia", "armenia ")."""
    return " ".join(side.casefold().split())


def sides_match(side: str | None, wanted: str) -> bool:
    """Whether a speaker's side is the one asked for, ignoring case and spacing."""
    return side is not None and side_key(side) == side_key(wanted)


CHOICE_SYNONYMS: dict[str, str] = {
    # relations: the noun or another form of the verb ("--rel contradiction")
    "contradiction": "contradicts",
    "contradicted": "contradicts",
    "contradicting": "contradicts",
    # not "supported": "A supported B" or "A (is) supported (by B)", a direction to guess
    "support": "supports",
    "supporting": "supports",
    "response": "responds-to",
    "reply": "responds-to",
    "replies-to": "responds-to",
    "answers": "responds-to",
    "answer": "responds-to",
    # verdicts: the words fact-checkers use for the same ratings
    "half-true": "mixed",
    "unproven": "unverifiable",
    "unverified": "unverifiable",
    "pending": "open",
    # a verdict filter's "none": what the speaker track record calls the never-judged
    "unjudged": "none",
    "not-judged": "none",
    # speaker kinds: the American spelling, and what a desk calls them
    "organization": "organisation",
    "ngo": "organisation",
    "army": "military",
    "individual": "person",
    # one official is a person ("Deputy Minister Hendra Wijaya"); "officials" are a body's,
    # unnamed, speaking as one ("Karabakh officials"): not the start of that kind
    "official": "person",
    "press": "media",
    # claim orders: the TUI's words for them ("claims sorted by newest claim first")
    "newest": "recent",
    "latest": "recent",
    "first-reported": "reported",
}
"""Words that mean one choice, keyed as `_choice_key` leaves them; used only where the
choice they name is one of those offered."""

CHOICE_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    # The verdict scale is ClaimReview's five ratings (`VERDICT_RATING`), where misleading
    # holds the place some desks' scales give "mostly false": which of misleading or false a
    # desk's "mostly false" is, is the analyst's call, never guessed (nor a sixth verdict, which
    # would have no rating of its own and no key in the TUI's outcome dialog: m is mostly-true).
    "mostly-false": ("misleading", "false"),
}
"""Words that are none of the choices but near several, keyed as `_choice_key` leaves them:
refused with a "did you mean" naming those offered."""


def _choice_key(value: str) -> str:
    """Case, spaces and underscores aside: "Mostly true", "mostly_true", "responds to"."""
    return "-".join(value.replace("_", " ").casefold().split())


def check_choice(value: str, choices: tuple[str, ...], what: str, *, exact: bool = False) -> str:
    """The one of `choices` that `value` names, in its canonical spelling: what the analyst
    types is taken in any case, with spaces or underscores for hyphens ("False", "mostly
    true", " Responds_To"), by a word that means it (`CHOICE_SYNONYMS`: "contradiction",
    "unproven", "organization"), or by the start of one choice only ("gov", "mostly tr"), as
    the TUI's fields take it. `exact`: the value must already be canonical (a record's own
    check, so a store never holds another spelling). Else a message listing the choices it
    could be, or all."""
    if value in choices:
        return value
    if not exact:
        key = _choice_key(value)
        folded = {choice.casefold(): choice for choice in choices}
        for candidate in (key, CHOICE_SYNONYMS.get(key)):
            if candidate in folded:
                return folded[candidate]
        started = [c for c in choices if key and c.casefold().startswith(key)]
        if len(started) == 1:
            return started[0]
        if started:
            raise ValidationError(
                f"{what} {value.strip()!r} is ambiguous: could be {', '.join(started)}"
            )
    near = [c for c in CHOICE_NEAR_MISSES.get(_choice_key(value), ()) if c in choices]
    meant = f": did you mean {' or '.join(near)}?" if near else ""
    raise ValidationError(
        f"unknown {what} {value!r}{meant} (expected one of: {', '.join(choices)})"
    )


def check_reliability(value: str) -> str:
    """Validate an Admiralty reliability grade (A completely reliable … F cannot be judged)."""
    return check_choice(value, RELIABILITY_GRADES, "reliability grade")


class Record:
    """Mixin: dict round-trip for the store. `TABLE` names the store table."""

    TABLE: ClassVar[str] = ""

    def to_doc(self) -> dict[str, Any]:
        """A JSON-ready dict (tuples as lists, nested records as dicts).

        Shallow on purpose: `dataclasses.asdict` deep-copies every value, which made writing
        the records and the undo event of a large import cost more than segmenting it.
        """
        doc = {name: getattr(self, name) for name in _field_names(type(self))}
        for name, value in doc.items():
            if type(value) not in _AS_IS:
                doc[name] = _plain(value)
        return doc

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Self:
        """Build from a stored dict, ignoring keys this version does not know."""
        names = _field_names(cls)
        return cls._build(doc, {k: _tuples(v) for k, v in doc.items() if k in names})

    @classmethod
    def _build(cls, doc: dict[str, Any], fields: dict[str, Any]) -> Self:
        """The record from its fields; a stored record missing a field or holding a value of
        the wrong type (a bad merge or hand edit of the file) is a one-line store error."""
        try:
            return cls(**fields)
        except (TypeError, AttributeError) as exc:
            what = cls.TABLE[:-1] or cls.__name__.lower()
            why = field_problem(cls, doc) or "a value of the wrong type"
            raise MalformedRecordError(
                f"{what} {doc.get('id', '?')} in the store is malformed ({why}); "
                f"run 'claimtrack check'",
                why,
            ) from exc

    def replace(self, **changes: Any) -> Self:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


def field_problem(cls: type, doc: dict[str, Any]) -> str | None:
    """What is wrong with the fields of a stored record of `cls`, said plainly (a field
    missing, or holding a value of the wrong type: a bad merge or hand edit), or None."""
    for name, (required, accepts, wanted) in _field_types(cls).items():
        if name not in doc:
            if required:
                return f"no {name!r} field"
            continue
        value = doc[name]
        if not accepts(value):
            return f"{name!r} should be {wanted}, is {_kind_of(value)}"
    return None


def _kind_of(value: Any) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true/false"
    return {str: "text", int: "a number", float: "a number", list: "a list", dict: "a record"}.get(
        type(value), type(value).__name__
    )


_CHECKS: dict[str, tuple[Any, str]] = {
    "str": (lambda v: isinstance(v, str), "text"),
    "int": (lambda v: isinstance(v, int) and not isinstance(v, bool), "a whole number"),
    "float": (lambda v: isinstance(v, int | float) and not isinstance(v, bool), "a number"),
    "bool": (lambda v: isinstance(v, bool), "true or false"),
    "tuple[str, ...]": (
        lambda v: isinstance(v, list | tuple) and all(isinstance(x, str) for x in v),
        "a list of text",
    ),
}


_FIELD_TYPES: dict[type, dict[str, tuple[bool, Any, str]]] = {}


def _field_types(cls: type) -> dict[str, tuple[bool, Any, str]]:
    """Per field: whether it is required, a test of a stored value, and what it should be."""
    known = _FIELD_TYPES.get(cls)
    if known is not None:
        return known
    out: dict[str, tuple[bool, Any, str]] = {}
    for f in dataclasses.fields(cls):
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        spelt = str(f.type).replace("Optional[", "").replace(" ", "")
        optional = spelt.endswith("|None")
        base = spelt.removesuffix("|None").replace(",...]", ", ...]")
        if base in _CHECKS:
            test, wanted = _CHECKS[base]
        elif base.startswith("tuple["):
            test, wanted = (lambda v: isinstance(v, list | tuple)), "a list"
        else:
            continue  # a field whose type the record checks itself (a literal, a record)
        if optional:
            test, wanted = (lambda v, t=test: v is None or t(v)), f"{wanted} or empty"
        out[f.name] = (required, test, wanted)
    _FIELD_TYPES[cls] = out
    return out


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
# Values stored as they are (documents are already plain dicts); only the rest go to _plain.
_AS_IS: frozenset[type] = frozenset({str, int, float, bool, type(None), dict})


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _plain(value: Any) -> Any:
    """Records become dicts and tuples lists; stored documents (dicts) are already plain."""
    if isinstance(value, Record):
        return value.to_doc()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


@dataclass(frozen=True, slots=True)
class Source(Record):
    """One imported document; `hash` makes re-import of the same text a no-op."""

    TABLE: ClassVar[str] = "sources"
    id: str
    title: str
    text: str
    hash: str
    lang: str = "und"
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    reliability: str | None = None
    filename: str | None = None
    imported: str = ""

    def __post_init__(self) -> None:
        check_date(self.published, "published date")
        if self.reliability is not None:  # "b" is kept as the grade "B"
            object.__setattr__(self, "reliability", check_reliability(self.reliability))
        if self.lang != "und" and not _LANG_RE.match(self.lang):
            raise ValidationError(f"language must be a 2-3 letter code, got {self.lang!r}")


@dataclass(frozen=True, slots=True)
class Statement(Record):
    """A span [start, end) of a source's text. `speaker` None = not yet attributed.

    `narration` marks the outlet's own voice (not a claim). The text itself lives only in
    the source, so a span can never disagree with the document it points into.
    """

    TABLE: ClassVar[str] = "statements"
    id: str
    source: str
    start: int
    end: int
    speaker: str | None = None
    claim: str | None = None
    narration: bool = False
    note: str | None = None

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)

    @staticmethod
    def span_doc(id_: str, source: str, start: int, end: int) -> dict[str, Any]:
        """The stored form of a new, unannotated span, equal to `Statement(...).to_doc()`.

        Imports create thousands at once; building the record first cost ten times more.
        """
        _check_span(start, end)
        return {
            "id": id_,
            "source": source,
            "start": start,
            "end": end,
            "speaker": None,
            "claim": None,
            "narration": False,
            "note": None,
        }

    @staticmethod
    def span_docs(
        ids: Sequence[str], source: str, spans: Sequence[tuple[int, int]]
    ) -> list[dict[str, Any]]:
        """`span_doc` of each id and span of one source (`docs_in_id_order`, as a list)."""
        return list(Statement.docs_in_id_order(ids, [source] * len(ids), spans).values())

    @staticmethod
    def docs_in_id_order(
        ids: Sequence[str],
        sources: Sequence[str],
        spans: Sequence[tuple[int, int]],
        narration: Iterable[int] = (),
    ) -> dict[str, dict[str, Any]]:
        """`span_doc` of each (id, source, span) by id, made in the order of their ids; those
        at the positions `narration` (in the order given) are marked as narration.

        The store keeps, journals and applies a change's documents in id order: an import's
        10k statements made in the order of their text and then visited in the (random)
        order of their ids cost a cache miss each time, and writing the journal line and
        indexing them took twice as long as reading them in the order they lie in memory.
        """
        order = sorted(range(len(ids)), key=ids.__getitem__)
        take: Callable[[Sequence[Any]], Sequence[Any]] = (
            itemgetter(*order)  # gathered in C
            if len(order) > 1  # (`itemgetter` of one position gives the item, not a tuple)
            else lambda items: [items[k] for k in order]
        )
        docs = {
            id_: {
                "id": id_,
                "source": source,
                "start": start if 0 <= start < end else _refuse_span(start, end),
                "end": end,
                "speaker": None,
                "claim": None,
                "narration": False,
                "note": None,
            }
            for id_, source, (start, end) in zip(take(ids), take(sources), take(spans), strict=True)
        }
        for k in narration:  # a few per article
            docs[ids[k]]["narration"] = True
        return docs


def _check_span(start: int, end: int) -> None:
    if not (0 <= start < end):
        _refuse_span(start, end)


def _refuse_span(start: int, end: int) -> NoReturn:
    raise ValidationError(f"statement span [{start}, {end}) is empty or negative")


@dataclass(frozen=True, slots=True)
class Speaker(Record):
    """Who makes claims; aliases cover every language and short form the analyst meets."""

    TABLE: ClassVar[str] = "speakers"
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    side: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError("speaker name must not be empty")
        check_choice(self.kind, SPEAKER_KINDS, "speaker kind", exact=True)

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Quantity(Record):
    """A number in a claim: value or [low, high], what is counted and how it is qualified.

    `qualifier` is one of: exact, at-least, at-most, nearly, more-than, less-than, about,
    vague (a vague word's range: "several", "dozens").
    `unit` is what is counted ("killed", "wounded", "km"), `subject` who ("troops", "civilians").
    """

    low: float
    high: float
    unit: str | None = None
    subject: str | None = None
    qualifier: str = "exact"
    text: str = ""

    @property
    def value(self) -> float:
        """The point value (the low end of a range)."""
        return self.low

    def meaning(self) -> tuple[float, float, str | None, str | None, str]:
        """What the number says, whatever its spelling: "1.166" (id) and "1,166" (en) agree."""
        return (self.low, self.high, self.unit, self.subject, self.qualifier)


@dataclass(frozen=True, slots=True)
class Claim(Record):
    """What a speaker asserted, independent of where it was reported.

    Its appearances are the statements whose `claim` is this id (derived, never stored twice).
    """

    TABLE: ClassVar[str] = "claims"
    id: str
    summary: str
    speaker: str | None = None
    tags: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    note: str | None = None
    created: str = ""

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Claim:
        """Build from a stored dict, restoring nested quantities."""
        doc = dict(doc)
        doc["quantities"] = tuple(Quantity.from_doc(q) for q in doc.get("quantities") or ())
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: (v if k == "quantities" else _tuples(v)) for k, v in doc.items() if k in names}
        return cls._build(doc, kwargs)

    def mergeable(self, other: Claim) -> bool:
        """Whether `other` may be folded into this claim: one claim has one speaker, so claims
        of two speakers stay two (linked, not merged); one not yet attributed joins any.
        Merging refuses what this refuses, and the suggester never proposes it."""
        return not (self.speaker and other.speaker and self.speaker != other.speaker)


@dataclass(frozen=True, slots=True)
class Link(Record):
    """A typed relation between two claims. `contradicts` is symmetric."""

    TABLE: ClassVar[str] = "links"
    id: str
    a: str
    b: str
    relation: str
    note: str | None = None
    analyst: str = ""
    created: str = ""

    def __post_init__(self) -> None:
        check_choice(self.relation, RELATIONS, "relation", exact=True)
        if self.a == self.b:
            raise ValidationError("cannot link a claim to itself")

    def key(self) -> tuple[str, str, str]:
        """Identity of the relation: symmetric relations ignore direction."""
        if self.relation in SYMMETRIC_RELATIONS:
            a, b = sorted((self.a, self.b))
            return (a, b, self.relation)
        return (self.a, self.b, self.relation)


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """A piece of evidence behind a verdict."""

    url: str
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome(Record):
    """A verdict on a claim. Outcomes are never overwritten: the latest by date wins.

    `date` is when the verdict was decided (what `--as-of` compares), `recorded` when it
    was entered.
    """

    TABLE: ClassVar[str] = "outcomes"
    id: str
    claim: str
    verdict: str
    date: str
    note: str | None = None
    evidence: tuple[Evidence, ...] = ()
    analyst: str = ""
    recorded: str = ""

    def __post_init__(self) -> None:
        check_choice(self.verdict, VERDICTS, "verdict", exact=True)
        check_date(self.date, "decision date")

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Outcome:
        """Build from a stored dict, restoring nested evidence."""
        doc = dict(doc)
        doc["evidence"] = tuple(Evidence.from_doc(e) for e in doc.get("evidence") or ())
        names = {f.name for f in dataclasses.fields(cls)}
        return cls._build(doc, {k: v for k, v in doc.items() if k in names})


@dataclass(frozen=True, slots=True)
class Rejection(Record):
    """A suggestion the analyst rejected; it is never proposed again."""

    TABLE: ClassVar[str] = "rejections"
    id: str
    a: str
    b: str
    relation: str
    analyst: str = ""
    created: str = ""


@dataclass(frozen=True, slots=True)
class Change(Record):
    """One document changed by an event: `before`/`after` are full docs or None."""

    table: str
    id: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None

    @staticmethod
    def doc(
        table: str, id_: str, before: dict[str, Any] | None, after: dict[str, Any] | None
    ) -> dict[str, Any]:
        """The stored form of a change, without building the record (a large import makes
        one per statement)."""
        return {"table": table, "id": id_, "before": before, "after": after}


@dataclass(frozen=True, slots=True)
class Event(Record):
    """An append-only record of one user-visible change: provenance and undo/redo.

    `undoes` names the event this one reverses (undo); `redoes` the undo it reverses (redo).
    """

    TABLE: ClassVar[str] = "events"
    id: str
    seq: int
    ts: str
    analyst: str
    op: str
    summary: str
    changes: tuple[Change, ...] = field(default=())
    undoes: str | None = None
    redoes: str | None = None

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Event:
        """Build from a stored dict, restoring nested changes."""
        doc = dict(doc)
        try:
            doc["changes"] = tuple(Change(**c) for c in doc.get("changes") or ())
        except TypeError as exc:
            why = "a change without table, id, before or after"
            raise MalformedRecordError(
                f"event {doc.get('id', '?')} in the store is malformed ({why}); "
                f"run 'claimtrack check'",
                why,
            ) from exc
        names = {f.name for f in dataclasses.fields(cls)}
        return cls._build(doc, {k: v for k, v in doc.items() if k in names})


def event_order(doc: dict[str, Any]) -> tuple[int, str, str]:
    """How stored events sort: by number, then time, then id. Two analysts' stores merged in
    git hold events with one number from each side; their times order them."""
    return (int(doc.get("seq", 0)), str(doc.get("ts", "")), str(doc.get("id", "")))


def appearance_order(published: str | None, source: str, start: int) -> tuple[str, str, int]:
    """How a claim's appearances sort everywhere (`show`, exports, the summary a claim keeps):
    earliest publication first, undated sources last, then by source and position."""
    return (published or "9999", source, start)


RECORD_TYPES: dict[str, type[Record]] = {
    t.TABLE: t for t in (Source, Statement, Speaker, Claim, Link, Outcome, Rejection, Event)
}

# Which record a field points to: (table, field) -> the table holding the record it names.
REFERENCES: dict[tuple[str, str], str] = {
    (Statement.TABLE, "source"): Source.TABLE,
    (Statement.TABLE, "speaker"): Speaker.TABLE,
    (Statement.TABLE, "claim"): Claim.TABLE,
    (Claim.TABLE, "speaker"): Speaker.TABLE,
    (Link.TABLE, "a"): Claim.TABLE,
    (Link.TABLE, "b"): Claim.TABLE,
    (Outcome.TABLE, "claim"): Claim.TABLE,
}


def current_outcome(outcomes: list[Outcome], as_of: str | None = None) -> Outcome | None:
    """The verdict in force: the latest decided on or before `as_of` (all when None)."""
    eligible = [o for o in outcomes if as_of is None or o.date <= as_of]
    if not eligible:
        return None
    return max(eligible, key=lambda o: (o.date, o.recorded, o.id))
