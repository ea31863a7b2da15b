"""Bytes to text: refusal of binary input, BOMs, UTF-16 without BOM, UTF-8, legacy code pages.

Order of decisions: known binary formats by magic number; byte-order marks; UTF-16 without a
BOM (NUL bytes concentrated on one parity); NUL/control-heavy data is binary; strict UTF-8
(nearly all modern files); UTF-8 with a handful of broken bytes; then the legacy code pages.

Legacy code pages are chosen by scoring candidate decodings, because charset-normalizer alone
is unreliable on news-sized snippets (it decoded a French latin-1 sentence as cp1250,
"ministčre", and a short cp1251 word as Shift-JIS). Each candidate is scored by how well the
decoded text fits py3langid's n-gram model, minus a penalty for mojibake patterns.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from itertools import pairwise
from typing import NamedTuple

from claimtrack.errors import IngestError
from claimtrack.ingest.language import fit
from claimtrack.ingest.normalize import NOT_CONTROL_BYTES

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file; convert it to text or HTML first"),
    (b"PK\x03\x04", "a ZIP archive (also .docx, .odt, .epub); save it as text or HTML first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file; save it as text first"),
    (b"{\\rtf", "an RTF file; save it as plain text first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program (ELF binary)"),
)
# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
# The same, by first byte: most text opens with none of these, and fifteen startswith calls
# per file cost as much as decoding an article (order within each group kept).
_MAGIC_AT: dict[bytes, tuple[tuple[bytes, str], ...]] = {
    first: tuple(entry for entry in _MAGIC if entry[0][:1] == first)
    for first in {magic[:1] for magic, _ in _MAGIC}
}
_BOMS_AT: dict[bytes, tuple[tuple[bytes, str, str], ...]] = {
    first: tuple(entry for entry in _BOMS if entry[0][:1] == first)
    for first in {bom[:1] for bom, _, _ in _BOMS}
}
_SNIFF = 65536  # bytes examined by the statistical checks
_BINARY_RATIO = 0.05  # NUL and other non-text control bytes allowed in text
_TEXT_CONTROLS = b"\t\n\r\x0c\x1b"  # \x1b: terminal logs carry ANSI colours
# Deleting every byte but the controls normalising removes (in C, where a Python loop over the
# bytes cost as much as segmenting the document), then the text controls and DEL among them,
# leaves the junk: the first pass also tells normalising whether it has anything to remove.
_NOT_JUNK = _TEXT_CONTROLS + b"\x7f"
# Legacy code pages always tried, most common in news first (ties go to the earlier one).
_LEGACY = ("cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "koi8_r", "cp1256", "cp1255")
# Further encodings accepted when charset-normalizer proposes them (CJK, ISO, Thai...). DOS,
# Mac and EBCDIC pages are left out: they never carry news and "fit" many byte strings.
_PROPOSABLE = frozenset((
    "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "shift_jis", "cp932", "euc_jp",
    "euc_kr", "cp949", "iso2022_jp", "iso2022_kr", "cp874", "tis_620", "cp1258", "koi8_u",
    "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_13",
    "iso8859_15", "iso8859_16", "latin_1",
))  # fmt: skip
_GIBBERISH = 0.6  # penalty above which the best decoding is refused as undecodable
_UNLIKELY = -10.0  # language fit below this is penalised (real text: -6.5 to -9 per n-gram)
_DISPLAY = {"iso8859-1": "latin-1", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}


def _fail(label: str, reason: str) -> IngestError:
    return IngestError(f"{label}: {reason}")


def decode_bytes(data: bytes, label: str = "input") -> tuple[str, str]:
    """Decode `data` to text; returns (text, charset name). Raises IngestError when impossible.

    `label` (usually the filename) starts every error message.
    """
    decoded = decode(data, label)
    return decoded.text, decoded.charset


class Decoded(NamedTuple):
    """What `decode` found: the text, and what it saw of the bytes on the way."""

    text: str
    charset: str
    verbatim: bool
    """`data` is exactly the text's UTF-8 (no BOM, nothing replaced): its bytes can stand for
    the text, which is cheaper than encoding it again (`normalize.normalize_utf8`)."""
    controls: bool
    """Whether `data` may hold ASCII controls but tab and newline, or DEL: False when all of
    it was scanned for junk and none found, so normalising need not scan it again."""


def decode(data: bytes, label: str = "input") -> Decoded:
    """`decode_bytes`, with what was seen of `data` on the way (see Decoded)."""
    first = bytes(data[:1])  # hashable even when a bytearray is handed in
    for magic, what in _MAGIC_AT.get(first, ()):
        if data.startswith(magic):
            raise _fail(label, f"this is {what}, not text")
    for bom, codec, name in _BOMS_AT.get(first, ()):
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), name, False, True)
            except UnicodeDecodeError as exc:
                raise _fail(
                    label, f"starts with a {name} byte-order mark but is not {name}"
                ) from exc
    # UTF-16 without a BOM needs NUL bytes; most files have none, and memchr finds that out
    # far faster than counting the NULs of each parity.
    utf16 = _utf16_without_bom(data) if b"\x00" in data else None
    if utf16 is not None:
        return Decoded(utf16, "utf-16", False, True)
    head = data[:_SNIFF]
    controls = head.translate(None, NOT_CONTROL_BYTES)
    junk = len(controls.translate(None, _NOT_JUNK)) if controls else 0
    if junk > _BINARY_RATIO * len(head):
        raise _fail(label, "looks like binary data (too many NUL/control bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(text, "utf-8", True, bool(controls) or len(data) > _SNIFF)
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return Decoded(nearly, "utf-8", False, True)
    return Decoded(*_legacy(data, label), False, True)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without BOM: NUL bytes on one parity only (ASCII, spaces, digits)."""
    head = data[: _SNIFF - _SNIFF % 2]
    if len(head) < 2 or len(data) % 2:
        return None
    pairs = len(head) // 2
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if odd >= 0.1 * pairs and even <= odd // 20:
        codec = "utf-16-le"
    elif even >= 0.1 * pairs and odd <= even // 20:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text[:_SNIFF] if ch < " " and ch not in "\t\n\r")
    return text if controls <= 0.01 * min(len(text), _SNIFF) else None


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a truncated or spliced file): keep it, mark the damage."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    wide = len(text) - len(text.encode("ascii", errors="ignore")) - damaged
    return text if damaged <= 16 and wide >= 10 * damaged else None


_HIGH = re.compile(rb"[\x80-\xff]")


def _sample(data: bytes, limit: int = 4096) -> bytes:
    """Lines with non-ASCII bytes (only they tell decodings apart), about `limit` bytes."""
    picked: list[bytes] = []
    size = 0
    for line in data.split(b"\n"):
        if _HIGH.search(line):
            picked.append(line[: limit - size])
            size += len(picked[-1])
            if size >= limit:
                break
    return b"\n".join(picked)


def _decode_sample(sample: bytes, codec: str) -> str:
    """Decode strictly, forgiving only a character cut in two at the end of the sample."""
    try:
        return sample.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 3:
            raise
        return sample[: exc.start].decode(codec)


def _legacy(data: bytes, label: str) -> tuple[str, str]:
    """Pick the legacy code page whose decoding reads most like language."""
    proposals = _proposals(data)
    candidates = list(_LEGACY)
    candidates += [p for p in proposals if p in _PROPOSABLE and p not in candidates]
    sample = _sample(data)
    scored: list[tuple[float, int, float, int, str]] = []
    for order, codec in enumerate(candidates):
        try:
            text = _decode_sample(sample, codec)
        except (UnicodeDecodeError, LookupError):
            continue
        penalty = mojibake_penalty(text)
        fitness = fit(text)
        if fitness is not None:
            penalty += max(0.0, _UNLIKELY - fitness)  # n-grams of no language at all
        score = (fitness or 0.0) - 4.0 * penalty - 0.01 * order
        scored.append((score, -order, penalty, len(_WORD.findall(text)), codec))
    for _score, _order, penalty, words, codec in sorted(scored, reverse=True):
        if penalty > _GIBBERISH and (words >= 8 or not proposals):
            break  # even the best reading is gibberish: these bytes are not text
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return text, _display_name(data, text, codec)
    raise _fail(label, "cannot decode: not UTF-8/UTF-16 and no known code page gives readable text")


def _proposals(data: bytes) -> list[str]:
    """charset-normalizer's candidates (it also honours <meta charset> and XML declarations)."""
    from charset_normalizer import from_bytes

    return [match.encoding for match in from_bytes(data[:_SNIFF])][:3]


def _display_name(data: bytes, text: str, codec: str) -> str:
    """A familiar name: identical decodings are reported as latin-1 or cp1252 first."""
    for alternative in ("latin_1", "cp1252"):
        if alternative != codec and _same(data, text, alternative):
            codec = alternative
            break
    name = codecs.lookup(codec).name
    return _DISPLAY.get(name, name)


_C1 = re.compile("[\x80-\x9f]")


def _same(data: bytes, text: str, codec: str) -> bool:
    try:
        return data.decode(codec) == text and not _C1.search(text)
    except UnicodeDecodeError:
        return False


_WORD = re.compile(r"[^\W\d_]+")
# Symbols real text carries; other symbols and controls among non-ASCII characters are noise.
_USUAL_SYMBOLS = frozenset("©®°±×÷§¶™•№€£¥¢¤µ¬¦")


def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "?"
    return "CJK" if name in ("CJK", "HIRAGANA", "KATAKANA") else name


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def mojibake_penalty(text: str) -> float:
    """0 for clean text, growing with the patterns a wrong code page leaves behind.

    Counted per word: words mixing scripts ("Zaїуіж"), case flipping inside a word ("рХФЙО",
    KOI8 read as cp1251; "McDonald" costs a little too, equally for every candidate), Greek
    final sigma inside a word (cp1251 read as cp1253), a lone letter of a foreign script ("5 Ђ",
    cp1252's euro read as cp1251), a combining mark after a non-letter. Added to that: Latin text
    made mostly of accented letters ("Ïóòèí", cp1251 read as cp1252) and unusual symbols or
    controls among the non-ASCII characters (box drawing, C1 controls).
    """
    words = _WORD.findall(text)
    if not words:
        return 0.0
    scripts = [{_script(ch) for ch in word} for word in words]
    letters = Counter(_script(ch) for word in words for ch in word)
    main = max(letters, key=lambda s: (letters[s], s))
    bad = latin = accented = 0
    for word, group in zip(words, scripts, strict=True):
        if (
            len(group) > 1
            or any(a.islower() and b.isupper() for a, b in pairwise(word))
            or "ς" in word[:-1]
            or (len(word) == 1 and word > "\x7f" and main not in group)
        ):
            bad += 1
            continue
        for ch in word:
            if ch < "\u0250":
                latin += 1
                accented += ch > "\x7f"
    wide = [ch for ch in text if ch > "\x7f"]
    odd = sum(1 for ch in wide if unicodedata.category(ch)[0] in "SC" and ch not in _USUAL_SYMBOLS)
    marks = sum(
        1
        for prev, ch in pairwise(" " + text)
        if _is_mark(ch) and not (prev.isalpha() or _is_mark(prev))
    )
    penalty = (bad + marks) / len(words)
    penalty += max(0.0, accented / latin - 0.3) if latin else 0.0
    penalty += max(0.0, odd / len(wide) - 0.2) if wide else 0.0
    return penalty
