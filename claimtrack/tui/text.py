"""Safe, plain rendering of imported text and the symbols that carry meaning besides colour."""

from __future__ import annotations

import re
import unicodedata

from rich.text import Text

from claimtrack.textnorm import BIDI_CONTROLS

# C0/C1 controls (ESC, NUL, BEL, CSI…) and bidi controls would let a document repaint the
# terminal or reorder what the analyst reads; newlines and tabs become spaces in one-line rows.
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_SPACE = re.compile(r"[\t\n\r]+")

VERDICT_BADGES: dict[str | None, str] = {
    "true": "✓ true",
    "mostly-true": "✓ mostly",
    "mixed": "± mixed",
    "misleading": "~ mislead",
    "false": "✗ false",
    "unverifiable": "? unverif",
    "open": "… open",
    None: "· none",
}
"""A verdict as symbol + word, so it never depends on colour alone."""

VERDICT_STYLES: dict[str | None, str] = {
    "true": "green",
    "mostly-true": "green",
    "mixed": "yellow",
    "misleading": "dark_orange",
    "false": "bold red",
    "unverifiable": "magenta",
    "open": "cyan",
    None: "dim",
}

RELATION_LABELS: dict[str, tuple[str, str]] = {
    "contradicts": ("⇄ contradicts", "⇄ contradicts"),
    "supports": ("→ supports", "← supported by"),
    "responds-to": ("↪ responds to", "↩ answered by"),
}
"""Per relation: (label seen from `a`, label seen from `b`)."""

STATUS_TAGGED = "✓"
STATUS_SUGGESTED = "?"
STATUS_NARRATION = "·"
STATUS_OPEN = " "


def clean(text: str | None, *, one_line: bool = False) -> str:
    """Imported text with control characters removed (and folded to one line when asked)."""
    if not text:
        return ""
    if one_line:
        text = _SPACE.sub(" ", text)
    out = _CONTROL.sub("", text)
    # Unassigned / private-use and format characters render unpredictably; drop formats only.
    return "".join(ch for ch in out if unicodedata.category(ch) != "Cf" or ch in "\u200d")


def plain(text: str | None, style: str = "", *, one_line: bool = True) -> Text:
    """A Rich Text holding `text` verbatim (never parsed as markup)."""
    return Text(clean(text, one_line=one_line), style=style)


def verdict_badge(verdict: str | None, width: int = 10) -> Text:
    """The verdict badge, padded to `width` cells."""
    label = VERDICT_BADGES.get(verdict, f"? {verdict}")
    return Text(label.ljust(width), style=VERDICT_STYLES.get(verdict, ""))


def verdict_label(verdict: str) -> Text:
    """The verdict's symbol and full name ("✗ false", "~ misleading")."""
    symbol = VERDICT_BADGES.get(verdict, "?").split(" ")[0]
    return Text(f"{symbol} {verdict}", style=VERDICT_STYLES.get(verdict, ""))


def fit_name(text: str, width: int) -> str:
    """`fit` for a name: a long one keeps its last words too ("Special Representative …
    Minsk Group"), since two names cut after the same opening words look alike."""
    if len(text) <= width or width < 30:  # a narrow list: the opening words matter more
        return fit(text, width)
    tail: list[str] = []
    for word in reversed(text.split()):
        if len(" ".join([word, *tail])) > width // 3:
            break
        tail.insert(0, word)
    if not tail:
        return fit(text, width)
    end = " ".join(tail)
    head = text[: width - len(end) - 2].rstrip()
    return f"{head}… {end}".ljust(width)


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis, padded with spaces."""
    if width <= 0:
        return ""
    if len(text) > width:
        return text[: max(0, width - 1)] + "…"
    return text.ljust(width)
