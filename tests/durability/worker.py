"""Crash-trial child: writes through the real CLI and prints `ACK {json}` after each commit.

Usage: python worker.py DB SEED MODE CRASH   (see harness.py for MODE and CRASH)

It runs until killed. With CRASH other than "timer" it kills itself (os._exit) at the K-th
passage through that point of the store's write path, K drawn from SEED.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

_VOCABULARY = {
    "en": "officials said troops shelling town village ministry denied reports civilians killed "
    "wounded overnight attack claimed artillery residents fled ceasefire talks",
    "id": "pejabat mengatakan pasukan menembaki kota desa kementerian membantah laporan warga "
    "sipil tewas terluka serangan malam mengklaim artileri penduduk mengungsi",
    "ru": "официальные лица заявили войска обстреляли город село министерство опровергло "
    "сообщения мирные жители погибли ранены ночью атака артиллерия",
}
WORDS = {lang: words.split() for lang, words in _VOCABULARY.items()}
VERDICTS = ("true", "mostly-true", "mixed", "misleading", "false", "unverifiable", "open")
RELATIONS = ("contradicts", "supports", "responds-to")
EXIT_CRASH = 137


def die() -> None:
    """Vanish like a SIGKILL: no cleanup, no flush, no lock release other than the kernel's."""
    os._exit(EXIT_CRASH)


def install_crash_point(crash: str, after: int) -> None:
    """Make the process die inside the store's write path on the `after`-th passage."""
    if crash == "timer":
        return
    from claimtrack.store import journal, storage

    count = {"n": 0}

    def due() -> bool:
        count["n"] += 1
        return count["n"] >= after

    if crash in ("journal-torn", "journal-unsynced"):
        real_append = journal.append

        def append(path: Path, entry: Any, valid_size: int) -> int:
            if not due():
                return real_append(path, entry, valid_size)
            data = journal.encode(entry)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
            os.ftruncate(fd, valid_size)
            os.lseek(fd, valid_size, os.SEEK_SET)
            os.write(fd, data[: len(data) // 2] if crash == "journal-torn" else data)
            die()
            raise AssertionError

        journal.append = append  # type: ignore[assignment]
    elif crash == "fold-before-rename":
        real_replace = os.replace

        def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            if str(src).endswith(".tmp") and due():
                die()
            real_replace(src, dst, *args, **kwargs)

        os.replace = replace  # type: ignore[assignment]
    elif crash == "fold-after-rename":
        real_fsync_dir = storage.fsync_dir

        def fsync_dir(directory: Path) -> None:
            real_fsync_dir(directory)
            if due():
                die()

        storage.fsync_dir = fsync_dir  # type: ignore[assignment]
    elif crash == "fold-torn-temp":
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            name = os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else ""
            if name.endswith(".tmp") and due():
                os.ftruncate(fd, max(0, os.fstat(fd).st_size // 2))
                die()
            real_fsync(fd)

        os.fsync = fsync  # type: ignore[assignment]
    else:
        raise SystemExit(f"unknown crash point {crash}")


def say(line: str) -> None:
    """One line on stdout in a single write, so the parent never sees half of it."""
    os.write(1, (line + "\n").encode("utf-8"))


def cli(*argv: str) -> tuple[int, Any]:
    """Run one claimtrack command in-process; (exit code, parsed JSON output or stderr)."""
    from claimtrack.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, "--json"])
    if code != 0:
        message = " ".join(err.getvalue().split())
        if "internal error" in message or "Traceback" in err.getvalue():
            say(f"BUG {code} {message}")
            die()
        return code, message
    return code, json.loads(out.getvalue())


class Worker:
    """Chooses the next operation from what the store holds and acknowledges what committed."""

    def __init__(self, db: Path, seed: int) -> None:
        from claimtrack.store import Store

        self.db = str(db)
        self.rng = random.Random(seed)
        self.seed = seed
        self.n = 0
        self.last_doc: tuple[str, str] | None = None
        if db.exists():
            store = Store.open(db)
            st = store.docs("statements")
            self.untagged = sorted(i for i, d in st.items() if d["claim"] is None)
            self.speakers = sorted(store.docs("speakers"))
            self.claims = sorted(store.docs("claims"))
            self.linked = {
                self._key(d["a"], d["b"], d["relation"]) for d in store.docs("links").values()
            }
        else:
            self.untagged, self.speakers, self.claims, self.linked = [], [], [], set()

    @staticmethod
    def _key(a: str, b: str, rel: str) -> tuple[str, str, str]:
        return (*sorted((a, b)), rel) if rel == "contradicts" else (a, b, rel)  # type: ignore[return-value]

    def step(self) -> None:
        """One operation (or a refusal, reported but not acknowledged)."""
        self.n += 1
        r = self.rng.random()
        if len(self.untagged) < 3 or r < 0.15:
            self.import_doc()
        elif len(self.speakers) < 2 or r < 0.22:
            self.add_speaker()
        elif len(self.claims) < 2 or r < 0.6:
            self.tag()
        elif r < 0.8:
            self.link()
        else:
            self.outcome()

    def import_doc(self) -> None:
        from claimtrack.ingest import content_hash
        from claimtrack.store import Store

        if self.last_doc and self.rng.random() < 0.1:
            text, lang = self.last_doc  # the same text again: a duplicate, a no-op
        else:
            lang = self.rng.choice(sorted(WORDS))
            sentences = []
            for _ in range(self.rng.randint(2, 12)):
                words = self.rng.choices(WORDS[lang], k=self.rng.randint(4, 14))
                words.insert(2, f"{self.rng.randint(2, 9999):,}".replace(",", "."))
                sentences.append(" ".join(words).capitalize() + ".")
            text = f"Report {self.seed}-{self.n}\n\n" + " ".join(sentences)
            self.last_doc = (text, lang)
        path = Path(self.db).with_name(f"doc-{self.seed}-{self.n}.txt")
        path.write_text(text, encoding="utf-8")
        code, out = cli("import", str(path), "--lang", lang, "--db", self.db)
        path.unlink()
        if code != 0:
            say(f"REFUSED import {out}")
            return
        src = out["sources"][0]
        say("ACK " + json.dumps({
            "op": "import", "source": src["id"], "statements": src["statements"],
            "hash": content_hash(text),
        }))  # fmt: skip
        if not src["duplicate"]:
            store = Store.open(Path(self.db))
            self.untagged += sorted(store.ids_where("statements", "source", src["id"]))

    def add_speaker(self) -> None:
        name = f"Speaker {self.seed}-{self.n}"
        side = self.rng.choice(["Armenia", "Azerbaijan", "neutral"])
        code, out = cli("speaker", "add", name, "--alias", f"S{self.seed}x{self.n}",
                        "--side", side, "--kind", "person", "--db", self.db)  # fmt: skip
        if code != 0:
            say(f"REFUSED speaker {out}")
            return
        say("ACK " + json.dumps({"op": "speaker", "id": out["id"], "name": name}))
        self.speakers.append(out["id"])

    def tag(self) -> None:
        st = self.untagged.pop(self.rng.randrange(len(self.untagged)))
        sp = self.rng.choice(self.speakers)
        code, out = cli("tag", st, sp, "--db", self.db)
        if code != 0:
            say(f"REFUSED tag {out}")
            return
        say("ACK " + json.dumps({"op": "tag", **out}))
        self.claims.append(out["claim"])

    def link(self) -> None:
        a, b = self.rng.sample(self.claims, 2)
        rel = self.rng.choice(RELATIONS)
        if self._key(a, b, rel) in self.linked:
            return
        opposed = {"contradicts": "supports", "supports": "contradicts"}.get(rel)
        if opposed and {self._key(a, b, opposed), self._key(b, a, opposed)} & self.linked:
            return  # a pair cannot both contradict and support: refused by design
        code, out = cli("link", a, b, "--rel", rel, "--note", "crash trial", "--db", self.db)
        if code != 0:
            say(f"REFUSED link {out}")
            return
        self.linked.add(self._key(a, b, rel))
        say("ACK " + json.dumps({"op": "link", "id": out["id"], "a": a, "b": b, "rel": rel}))

    def outcome(self) -> None:
        claim = self.rng.choice(self.claims)
        verdict = self.rng.choice(VERDICTS)
        date = f"2020-11-{self.rng.randint(1, 28):02d}"
        code, out = cli("outcome", claim, "--verdict", verdict, "--date", date,
                        "--evidence", "https://example.org/e", "--db", self.db,
                        "--note", f"trial {self.seed}.{self.n}")  # fmt: skip  # never a repeat
        if code != 0:
            say(f"REFUSED outcome {out}")
            return
        say("ACK " + json.dumps({"op": "outcome", "id": out["id"], "claim": claim,
                                 "verdict": verdict}))  # fmt: skip


def warm_up() -> None:
    """Load what the first command would load (the CLI, the language model) before READY.

    The parent's random kill is meant for the write path: on a slow machine preparing the
    language model for the first time (~1.7 s) outlasted every random delay, so no trial
    ever got to write, and none lived long enough to keep the prepared model for the next.
    """
    import claimtrack.cli.main  # noqa: F401
    from claimtrack.ingest.language import model

    model()


def main(argv: list[str]) -> int:
    """Run until killed (or, with an injected crash point, until it fires)."""
    db, seed, mode, crash = Path(argv[0]), int(argv[1]), argv[2], argv[3]
    import claimtrack.store.store as store_module

    if mode == "journal":  # what a large store does: no fold on close, periodic folds
        store_module.SMALL_STORE_BYTES = 0
        store_module.JOURNAL_MAX_ENTRIES = 4
    worker = Worker(db, seed)
    warm_up()
    install_crash_point(crash, random.Random(seed).randint(1, 6))
    say("READY")
    for _ in range(400 if crash != "timer" else 10**9):
        worker.step()
    say("DONE")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
