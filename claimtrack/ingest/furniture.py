"""Page furniture: sentences an import marks as narration because no one can be claiming them.

A page copied from a news site brings more than the article. The seed article starts with the
site's breadcrumb trail run into the headline ("Home Internasional Presiden Azerbaijan
Bersumpah ...", then the headline again) and ends with a view counter ("485"). Left as
statements, they wait in the untagged queue and the speaker suggester reads the headline's
office words in the trail. The text stays in the source, exactly as imported; only the
statement's `narration` flag is set, which the analyst can clear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LETTER = re.compile(r"[^\W\d_]")
SHORT = 64
"""Spans longer than this are never letterless in practice: not worth scanning."""


def furniture(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indexes of `spans` that are page furniture, not a sentence anyone says.

    * A span without a letter: a counter, a page number, a rule ("485", "* * *", "1/11").
    * A first span that ends with the second span's text, as a breadcrumb trail run into a
      repeated headline does.
    """
    found = {
        i
        for i, (start, end) in enumerate(spans)
        if end - start <= SHORT and _LETTER.search(text, start, end) is None
    }
    if len(spans) >= 2:
        (a, b), (c, d) = spans[0], spans[1]
        if leads_into(text[a:b], text[c:d]):
            found.add(0)
    return found


def leads_into(first: str, second: str) -> bool:
    """Whether `first` is a trail of words run into `second` ("Home World <headline>")."""
    cut = len(first) - len(second)
    return cut > 0 and first[cut - 1].isspace() and first.endswith(second)
