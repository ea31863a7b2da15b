"""Escaping and neutralising untrusted text for every export format, in one place."""

from __future__ import annotations

import json
import re
from typing import Any

from claimtrack.model import is_web_address
from claimtrack.textnorm import BIDI_CONTROLS

# XML 1.0 allows TAB, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. Everything
# else (NUL, ESC, other C0 controls, lone surrogates, U+FFFE/U+FFFF) breaks a parser; DEL and
# the C1 controls are allowed by XML but drive terminals, so they go too.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\n\t\v\f\x85\u2028\u2029]")
REPLACEMENT = "\ufffd"


_CARRIAGE_RETURN = re.compile("\r\n?")

# Bidi controls are legal everywhere, and an escape (`&#x202E;`, `\u202e`) still decodes to the
# invisible character in the reader's viewer; written as `<U+202E>` a reader sees that one was
# there and the text around it keeps its order.
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def _visible_code(match: re.Match[str]) -> str:
    return f"<U+{ord(match.group()):04X}>"


def clean_text(text: str) -> str:
    """Replace characters XML 1.0 forbids (and terminal controls) with U+FFFD, and write each
    bidi control as a visible `<U+202E>`.

    Line ends become `\\n`: XML readers turn a literal CR into LF anyway, so every format
    shows the same text.
    """
    text = _UNSAFE_CHARS.sub(REPLACEMENT, _CARRIAGE_RETURN.sub("\n", text))
    return _BIDI.sub(_visible_code, text)


def one_line(text: str) -> str:
    """Clean text and fold every line break or tab into a single space."""
    return _LINE_BREAKS.sub(" ", clean_text(text))


def shorten(text: str, limit: int) -> str:
    """Cut text to at most `limit` characters, marking the cut with an ellipsis; a visible
    bidi code is cut whole, never into "<U+20…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    code = cut.rfind("<U+")
    if code >= 0 and ">" not in cut[code:]:
        cut = cut[:code]
    return cut.rstrip() + "…"


def shorten_words(text: str, limit: int) -> str:
    """`shorten`, cut after the last whole word that fits ("rescue crews have…", not
    "rescue crew…"); a word longer than half the limit is cut where it must be."""
    text = one_line(text).strip()
    if len(text) <= limit:
        return text
    head = shorten(text, limit)[:-1]  # what fits, before its ellipsis
    space = head.rfind(" ")
    if not text[len(head)].isspace() and space >= limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:—–-") + "…"


_ENTITY_START = re.compile(r"&(?=#?\w+;)")
"""An `&` a renderer would read as a character reference ("&lt;", "&#60;"); "Q&A" is text."""


def dot_string(text: str) -> str:
    """A double-quoted DOT string; newlines become centred line breaks (`\\n`).

    Backslashes are doubled first so Graphviz escapes such as `\\N` or `\\G` in imported
    text stay literal. Graphviz decodes HTML entities in every string, so an `&` that would
    start one ("&lt;b&gt;" in a quoted post) is written `&amp;` and the text shows as written.
    """
    body = _ENTITY_START.sub("&amp;", clean_text(text))
    body = body.replace("\\", "\\\\").replace('"', '\\"')
    body = _LINE_BREAKS.sub("\\\\n", body)
    return f'"{body}"'


# U+29F5 REVERSE SOLIDUS OPERATOR: looks like a backslash, means nothing to Graphviz.
_TOOLTIP_BACKSLASH = "\u29f5"

TOOLTIP_LIMIT = 4000
"""Graphviz (2.43) scans a quoted string in pieces of at most its 16 KiB buffer, split only at
a quote or backslash: a longer piece is a syntax error that fails the whole drawing. 4,000
characters stay under it even at 4 UTF-8 bytes each; a tooltip longer is unreadable anyway."""


def dot_tooltip(text: str) -> str:
    """One-line tooltip text for `dot_string`, its backslashes shown as a look-alike, cut to
    `TOOLTIP_LIMIT` characters.

    Graphviz expands `\\N`, `\\G`, `\\E`, `\\L` … in tooltips a second time, after its own
    unescaping (2.43 turns a doubled `\\\\L` into the whole label), and how often differs by
    version and by node or edge: no escaping keeps a backslash literal in all of them.
    """
    return shorten(one_line(text).replace("\\", _TOOLTIP_BACKSLASH), TOOLTIP_LIMIT)


# Mermaid decodes `#name;` / `#123;` entities inside quoted labels; anything that could end
# the label, open HTML, start markdown or a comment is written as an entity.
_MERMAID_ENTITIES = {
    "#": "#35;",
    '"': "#quot;",
    "&": "#38;",
    "<": "#lt;",
    ">": "#gt;",
    "[": "#91;",
    "]": "#93;",
    "(": "#40;",
    ")": "#41;",
    "{": "#123;",
    "}": "#125;",
    "|": "#124;",
    "`": "#96;",
    "%": "#37;",
    ";": "#59;",
    "*": "#42;",
    "_": "#95;",
    "\\": "#92;",
}


def mermaid_label(text: str) -> str:
    """A double-quoted Mermaid label with structural characters as entities.

    Before parsing, Mermaid drops the last `;` of any line matching `style.*:\\S*#.*;` (or
    `classDef…`), meant for its own style statements: a label such as "style A fill:#f00"
    then lost the `;` of its last entity and showed "#93" as text. A `:` followed by more
    than a space is the hinge of that pattern, so it is written as an entity too.
    """
    line = one_line(text)
    body = "".join(
        "#58;" if ch == ":" and line[i + 1 : i + 2].strip() else _MERMAID_ENTITIES.get(ch, ch)
        for i, ch in enumerate(line)
    )
    return f'"{body}"'


# The full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20) too: CJK input and some spreadsheets
# take them for the ASCII signs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# What may hide in front of the sign: spaces, and the zero-width characters that draw nothing.
_LEADING_BLANK = re.compile("^[\\s\u200b\u2060-\u2064\ufeff]+")


def csv_cell(value: object) -> str:
    """A spreadsheet-safe cell: text that could start a formula, also behind spaces or
    zero-width characters, gets a leading `'`."""
    if value is None:
        return ""
    text = clean_text(str(value))
    bare = _LEADING_BLANK.sub("", text, count=1)
    if text.startswith(_FORMULA_START) or bare.startswith(_FORMULA_START):
        return "'" + text
    return text


# CommonMark lets any ASCII punctuation be backslash-escaped; these can start emphasis, links,
# code, HTML, tables or strikethrough anywhere in running text. `-`, `+` and `1.` only start a
# list (and `.` is common in numbers), so they are escaped at the start of the text only, and
# `1.` only before a space or the end: "1.166 troops" (a number written the Indonesian way)
# starts no list and is shown as written, not "1\.166".
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#|~!])")
_MARKDOWN_LEADING = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)])(?=\s|$))")


def markdown_text(text: str) -> str:
    """Inline Markdown: one line, markup characters backslash-escaped, an `&` that would
    start a character reference written as `&amp;` (a plain "AT&T" stays readable)."""
    body = _MARKDOWN_SPECIAL.sub(r"\\\1", _ENTITY_START.sub("&amp;", one_line(text)))
    return _MARKDOWN_LEADING.sub(_escape_leading, body)


def _escape_leading(match: re.Match[str]) -> str:
    if match.group(2):
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"


# Argdown's lexer gives these characters a meaning; a backslash makes each one literal. `=`
# too: two claims quoting "===" fenced the text between them as front matter, a syntax error.
_ARGDOWN_SPECIAL = re.compile(r"([\\@#*_\[\],.:;</>\-(){}+=])")


def argdown_text(text: str) -> str:
    """Argdown statement text: one line, every syntax character backslash-escaped."""
    return _ARGDOWN_SPECIAL.sub(r"\\\1", one_line(text).strip())


def plain_title(text: str, limit: int = 40) -> str:
    """Letters, digits, spaces and hyphens only: safe as an Argdown title or identifier part."""
    text = one_line(_BIDI.sub(" ", text))  # no `<U+202E>` in a title: the text beside says it
    kept = "".join(ch if ch.isalnum() or ch in " -" else " " for ch in text)
    return shorten(" ".join(kept.split()), limit)


def safe_url(url: str | None) -> str | None:
    """The URL if a link can carry it as written (`model.is_web_address`: http(s), no quotes,
    `<>`, spaces or controls) and no lone surrogate, bidi control or other XML-breaking
    character, else None."""
    if not url or _UNSAFE_CHARS.search(url) or _BIDI.search(url) or not is_web_address(url):
        return None
    return url


_JSON_ESCAPED = re.compile(f"[\x7f-\x9f\ud800-\udfff{BIDI_CONTROLS}]")


def json_bytes(value: Any) -> bytes:
    """Pretty, key-sorted JSON in UTF-8 with non-ASCII text kept readable.

    A lone surrogate (possible in text loaded from a JSON store) cannot be encoded as UTF-8,
    a bidi control would reorder the file in an editor or terminal, and DEL or a C1 control
    (U+009B is a terminal's CSI, as ESC [ is) would drive a terminal `export -f json` prints
    to: `json` escapes only the C0 controls. Each is written as its `\\uXXXX` escape instead,
    which JSON readers restore exactly (`json` keeps text as is).
    """
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
    text = _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return (text + "\n").encode("utf-8")
