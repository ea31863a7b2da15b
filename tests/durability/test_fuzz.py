"""Fuzzing the CLI: hostile import files and arguments never crash it and refusals change nothing.

For every input: no traceback, an exit code of 0 or a small positive number (never the
internal-error 70), a failure explained in exactly one line on stderr without terminal escape
bytes, and a refused command leaves the store file and its journal byte-identical. Imported text
is data: ANSI sequences never reach the terminal and Rich markup is printed literally.
"""

from __future__ import annotations

import json
import os
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.ingest import MAX_BYTES
from claimtrack.model import RELATIONS, SPEAKER_KINDS, VERDICTS
from claimtrack.textnorm import shorten
from tests.conftest import DEMO, store_state
from tests.durability.harness import run_cli

EXAMPLES = int(os.environ.get("CT_FUZZ_EXAMPLES", "60"))  # raise it for a long hunt
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
MAX_EXIT = 9  # usage 2, refusal 1, store 3, busy 4; the internal-error code is 70

MARKUP = ["[bold red]x[/]", "[link=file:///etc/passwd]click[/link]", "[/]", "[", "]", "[@click]"]
ESCAPES = ["\x1b[31m", "\x1b[2J", "\x1b]0;owned\x07", "\x1b]8;;http://evil\x1b\\", "\x9b1m", "\x07"]


def assert_sound_result(code: int, out: str, err: str) -> None:
    """The contract every command keeps, whatever it was given."""
    assert "Traceback" not in err and "Traceback" not in out
    assert 0 <= code <= MAX_EXIT, (code, err)
    assert "\x1b" not in err, err  # stored text cannot drive the terminal through an error
    if code != 0:
        assert err.endswith("\n") and err.count("\n") == 1, err
        assert err.startswith("claimtrack:"), err


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A small investigation: two demo articles, speakers, a claim, a link and an outcome."""
    path = tmp_path / "desk.json"
    db = ["--db", str(path)]

    def ok(*argv: str) -> object:
        code, out, err = run_cli(*argv, "--json", *db)
        assert code == 0, err
        return json.loads(out)

    ok("init")
    ok("import", str(DEMO / "01_yerevan-herald_en.txt"), "--outlet", "Yerevan Herald")
    ok("import", str(DEMO / "03_warta-nusantara_id.txt"), "--lang", "id")
    ok("speaker", "add", "Nagorno-Karabakh officials", "--alias", "Karabakh officials")
    ok("speaker", "add", "Azerbaijani Defence Ministry", "--alias", "Kementerian Pertahanan")
    statements = ok("statements")
    assert isinstance(statements, list)
    a, b = statements[1]["id"], statements[8]["id"]
    ok("tag", a, "Karabakh officials")
    ok("tag", b, "Azerbaijani Defence Ministry")
    ok("link", a, b, "--rel", "contradicts")
    ok("outcome", a, "--verdict", "mixed", "--date", "2020-11-10")
    return path


@pytest.fixture
def initial_ids(store_path: Path) -> list[str]:
    """Every record id of the fresh store (fixed for a test: strategies must not drift)."""
    data = json.loads(store_path.read_bytes())
    return sorted(i for table, docs in data.items() if table != "meta" for i in docs)


# -- imported files ----------------------------------------------------------------------------

# Text that can reach the importer: any code point except lone surrogates (files hold bytes).
_ANY_CHAR = st.characters(blacklist_categories=("Cs",))
_HOSTILE_PIECES = st.sampled_from([*MARKUP, *ESCAPES, "\x00", "\r", "\u2028", "\ufeff", "\t"])
_TEXT = st.lists(st.one_of(st.text(_ANY_CHAR, max_size=40), _HOSTILE_PIECES), max_size=30).map(
    "".join
)


def _long_line(piece: str, times: int) -> bytes:
    return (piece * times).encode("utf-8")


IMPORT_BYTES = st.one_of(
    st.binary(max_size=4000),  # arbitrary bytes: binary, invalid UTF-8, NULs
    _TEXT.map(lambda t: t.encode("utf-8")),
    _TEXT.map(lambda t: t.encode("utf-16")),
    _TEXT.map(lambda t: t.encode("cp1251", "replace")),
    st.tuples(st.text(_ANY_CHAR, min_size=1, max_size=12), st.integers(1, 200_000)).map(
        lambda p: _long_line(p[0], max(1, min(p[1], (1 << 20) // max(1, len(p[0].encode()))))),
    ),  # lines up to a megabyte
    _TEXT.map(lambda t: f"<html><body><p>{t}</p><script>{t}</script></body></html>".encode()),
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".htm", "", ".json", ".bin"])


@FUZZ
@given(data=IMPORT_BYTES, suffix=SUFFIXES, lang=st.sampled_from([None, "en", "id", "xx", "EN"]))
def test_importing_any_bytes_imports_or_refuses_cleanly(
    store_path: Path, tmp_path: Path, data: bytes, suffix: str, lang: str | None
) -> None:
    doc = tmp_path / f"input{suffix}"
    doc.write_bytes(data)
    before = store_state(store_path)
    argv = ["import", str(doc), "--json", "--db", str(store_path)]
    code, out, err = run_cli(*argv, *(["--lang", lang] if lang else []))
    assert_sound_result(code, out, err)
    if code != 0:
        assert store_state(store_path) == before
        return
    for src in json.loads(out)["sources"]:
        listed = run_cli("statements", "--source", src["id"], "--json", "--db", str(store_path))
        assert listed[0] == 0, listed[2]
        for row in json.loads(listed[1]):
            assert "\x1b" not in row["text"] and "\x00" not in row["text"]


def test_a_file_over_the_size_limit_is_refused_in_one_line(
    store_path: Path, tmp_path: Path
) -> None:
    doc = tmp_path / "huge.txt"
    doc.write_bytes(b"A sentence. " * (MAX_BYTES // 12 + 10))
    before = store_state(store_path)
    code, out, err = run_cli("import", str(doc), "--db", str(store_path))
    assert code != 0
    assert_sound_result(code, out, err)
    assert store_state(store_path) == before


@settings(FUZZ, max_examples=max(1, EXAMPLES // 2))
@given(pieces=st.lists(st.sampled_from([*MARKUP, *ESCAPES]), min_size=1, max_size=4))
@example(pieces=["[", "[", "[link=file:///etc/passwd]click[/link]"])  # one long statement
def test_imported_markup_prints_literally_and_escapes_never_reach_the_terminal(
    store_path: Path, tmp_path: Path, pieces: list[str]
) -> None:
    # One short sentence per piece, so no statement is cut by the listing's 90-character view.
    said = " ".join(f"Officials said {p} today." for p in pieces)
    filler = " ".join(f"Residents of district {i} reported heavy shelling." for i in range(20))
    doc = tmp_path / "hostile.txt"
    doc.write_text(f"Hostile report\n\n{said} {filler}", encoding="utf-8")
    code, out, err = run_cli("import", str(doc), "--json", "--db", str(store_path))
    assert code == 0, err
    source = json.loads(out)["sources"][0]["id"]
    db = store_path
    code, human, err = run_cli("statements", "--source", source, "--db", str(db))
    assert code == 0, err
    assert "\x1b" not in human and "\x9b" not in human and "\x07" not in human
    flat = "".join(human.split())  # table cells may wrap
    code, listed, err = run_cli("statements", "--source", source, "--json", "--db", str(db))
    assert code == 0, err
    for row in json.loads(listed):
        # what the listing shows of each statement, at least (a lone "[" keeps the segmenter
        # from splitting, so a statement can run past the 90 characters a terminal shows)
        shown = shorten(row["text"], 90).removesuffix("…")
        assert "".join(shown.split()) in flat, (shown, human)


def test_an_error_quoting_a_stored_name_does_not_replay_its_escape_sequences(
    store_path: Path,
) -> None:
    evil = "Evil\x1b[31mRED\x1b]0;title\x07"
    assert run_cli("speaker", "add", evil, "--db", str(store_path))[0] == 0
    code, _, err = run_cli("speaker", "add", evil.lower(), "--db", str(store_path))
    assert code == 1  # already exists
    assert "\x1b" not in err


def test_a_usage_error_does_not_echo_escape_sequences(store_path: Path) -> None:
    code, _, err = run_cli("speaker", "add", "x", "\x1b[2J", "--db", str(store_path))
    assert code == 2
    assert "\x1b" not in err


# -- command-line arguments ---------------------------------------------------------------------

# What a shell can pass: no NUL; undecodable bytes arrive as lone surrogates (surrogateescape).
_ARG_CHAR = st.one_of(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF),
)
_ARG = st.one_of(
    st.text(_ARG_CHAR, max_size=30),
    st.sampled_from(["", " ", "-", "--", "--json", "-h", *MARKUP, *ESCAPES]),
    st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=9),
)


def _choice(values: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(values), st.sampled_from(values).map(str.upper), _ARG)


DATES = st.one_of(
    st.dates().map(str), st.sampled_from(["2020-02-30", "2020-13-01", "20-1-1", "0000-00-00"]), _ARG
)


@st.composite
def commands(draw: st.DrawFn, ids: list[str]) -> list[str]:
    """One claimtrack command line with fuzzed arguments."""
    ref = st.one_of(
        st.sampled_from(ids).flatmap(lambda i: st.integers(1, len(i)).map(lambda n: i[:n])),
        st.sampled_from(ids).map(str.upper),
        _ARG,
    )
    name = st.one_of(
        st.sampled_from(["Karabakh officials", "karabakh", "KEMENTERIAN pertahanan", "Алиев"]),
        _ARG,
    )
    r, n, t = draw(ref), draw(name), draw(_ARG)
    template = draw(st.sampled_from([
        ["tag", r, n],
        ["link", r, draw(ref), "--rel", draw(_choice(RELATIONS)), "--note", t],
        ["outcome", r, "--verdict", draw(_choice(VERDICTS)), "--date", draw(DATES),
         "--evidence", t],
        ["speaker", "add", n, "--alias", t, "--side", draw(_ARG),
         "--kind", draw(_choice(SPEAKER_KINDS))],
        ["speaker", "edit", n, "--name", t, "--kind", draw(_choice(SPEAKER_KINDS))],
        ["speaker", "merge", n, draw(name)],
        ["show", r, "--as-of", draw(DATES)],
        ["statements", "--source", r],
        ["statements", "--speaker", n, "--grep", t],
        ["claims", "--speaker", n, "--verdict", draw(_choice(VERDICTS))],
        ["note", r, t],
        ["narration", r],
        ["untag", r],
        ["unlink", r],
        ["claim", "merge", r, draw(ref)],
        ["claim", "edit", r, "--summary", t, "--tag", draw(_ARG)],
        ["export", "--format", draw(_ARG), "--since", draw(DATES)],
        ["export", "--format", "json", "--around", r, "--depth", draw(_ARG)],
        ["suggest", "accept", r, draw(ref), "--rel", draw(_choice((*RELATIONS, "same-claim")))],
        ["suggest", "reject", r, draw(ref), "--rel", draw(_choice(RELATIONS))],
        ["undo"],
        [draw(_ARG), r],
    ]))  # fmt: skip
    return [*template, *draw(st.sampled_from([[], ["--json"]]))]


WRITES = {"tag", "link", "outcome", "speaker", "note", "narration", "untag", "unlink", "claim",
          "suggest", "undo"}  # fmt: skip


@FUZZ
@given(data=st.data())
def test_fuzzed_arguments_never_crash_and_refusals_change_nothing(
    store_path: Path, initial_ids: list[str], data: st.DataObject
) -> None:
    argv = data.draw(commands(initial_ids))
    before = store_state(store_path)
    code, out, err = run_cli(*argv, "--db", str(store_path))
    assert_sound_result(code, out, err)
    if code != 0:
        assert store_state(store_path) == before, argv
    asks_help = any(a in ("-h", "--help", "--version") for a in argv)
    if code == 0 and "--json" in argv and argv[0] != "export" and not asks_help:
        json.loads(out)  # --json output is one JSON document
    if code == 0 and argv[0] in WRITES:
        assert run_cli("check", "--db", str(store_path))[0] == 0, argv
