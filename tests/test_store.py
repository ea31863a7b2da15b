"""The store: transactions, events, prefix lookup, journal, checkpoints, refusals and locking."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack.errors import AmbiguousError, NotFoundError, StoreBusyError, StoreError
from claimtrack.model import Event, Speaker
from claimtrack.store import Store
from claimtrack.store.storage import file_signature, read_store_file
from claimtrack.store.store import validate_store_data


@pytest.fixture(params=["memory", "file"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "memory":
        return Store.memory(analyst="tester")
    return Store.open(tmp_path / "s.json", create=True, analyst="tester")


def add(store: Store, name: str) -> Speaker:
    with store.transaction("speaker.add", f"add {name}") as tx:
        sp = Speaker(tx.new_id(), name)
        tx.put(sp)
    return sp


def test_a_transaction_stores_records_and_one_event(store: Store) -> None:
    sp = add(store, "Putin")
    assert store.get(Speaker, sp.id) == sp
    events = store.all(Event)
    assert len(events) == 1
    assert events[0].op == "speaker.add" and events[0].analyst == "tester"
    assert events[0].changes[0].before is None
    assert events[0].changes[0].after == sp.to_doc()


def test_a_failing_transaction_changes_nothing(store: Store) -> None:
    add(store, "Putin")
    with pytest.raises(RuntimeError), store.transaction("x", "x") as tx:
        tx.put(Speaker(tx.new_id(), "Aliyev"))
        raise RuntimeError("boom")
    assert [s.name for s in store.all(Speaker)] == ["Putin"]
    assert len(store.all(Event)) == 1


def test_unique_prefixes_resolve_and_ambiguous_ones_list_candidates(store: Store) -> None:
    speakers = [add(store, f"S{i}") for i in range(40)]
    target = speakers[0]
    assert store.resolve(target.id, Speaker) == target
    assert store.resolve(target.id[:6], Speaker) == target
    with pytest.raises(NotFoundError):
        store.resolve("zzzzzzzzz", Speaker)
    first = {s.id[0] for s in speakers}
    crowded = max(first, key=lambda c: sum(s.id.startswith(c) for s in speakers))
    if sum(s.id.startswith(crowded) for s in speakers) > 1:
        with pytest.raises(AmbiguousError):
            store.resolve(crowded, Speaker)


def test_every_id_of_a_large_write_resolves_by_prefix_and_goes_with_its_delete(
    store: Store,
) -> None:
    first = [add(store, f"S{i}") for i in range(20)]
    with store.transaction("bulk", "many at once") as tx:  # merged into the index in one go
        many = [Speaker(tx.new_id(), f"M{i}") for i in range(300)]
        for sp in many:
            tx.put(sp)
    for sp in first + many:
        assert store.resolve(sp.id, Speaker) == sp
        assert store.resolve(sp.id[:6], Speaker) == sp or any(
            o.id.startswith(sp.id[:6]) for o in first + many if o is not sp
        )
    with store.transaction("bulk", "delete them") as tx:
        for sp in many:
            tx.delete(Speaker.TABLE, sp.id)
    for sp in many:
        with pytest.raises(NotFoundError):
            store.resolve(sp.id, Speaker)
    assert store.resolve(first[0].id, Speaker) == first[0]


def test_changes_survive_reopening_without_a_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    sp = add(store, "Aliyev")  # journalled, not yet folded into the file
    assert sp.id not in path.read_text()
    reopened = Store.open(path)
    assert reopened.get(Speaker, sp.id) == sp
    store.close()  # small store: folded on close
    assert sp.id in path.read_text()
    assert Path(str(path) + ".journal").read_bytes() == b""


def _renamed_store(tmp_path: Path) -> tuple[Path, Speaker, Speaker]:
    """A closed store holding one speaker as added and one renamed since."""
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    kept, renamed = add(store, "Aliyev"), add(store, "Putin")
    with store.transaction("speaker.edit", "rename") as tx:
        tx.put(renamed.replace(name="Vladimir Putin"))
    store.close()
    return path, kept, renamed


def test_an_unchanged_record_and_its_event_share_one_document_after_opening(
    tmp_path: Path,
) -> None:
    path, kept, renamed = _renamed_store(tmp_path)
    reopened = Store.open(path)
    afters = {
        (c["id"], c["after"]["name"]): c["after"]
        for e in reopened.docs("events").values()
        for c in e["changes"]
    }
    assert afters[(kept.id, "Aliyev")] is reopened.doc("speakers", kept.id)  # shared
    assert afters[(renamed.id, "Putin")] is not reopened.doc("speakers", renamed.id)
    assert afters[(renamed.id, "Putin")]["name"] == "Putin"  # history keeps what it was
    assert reopened.doc("speakers", renamed.id)["name"] == "Vladimir Putin"


def test_reading_the_file_shares_each_unchanged_record_with_its_events(tmp_path: Path) -> None:
    # Shared while parsing, so the events' copies of a large store never all exist at once.
    path, kept, renamed = _renamed_store(tmp_path)
    data, _ = read_store_file(path)
    afters = {
        (c["id"], c["after"]["name"]): c["after"]
        for e in data["events"].values()
        for c in e["changes"]
    }
    speakers = data["speakers"]
    assert afters[(kept.id, "Aliyev")] is speakers[kept.id]
    assert afters[(renamed.id, "Vladimir Putin")] is speakers[renamed.id]
    assert afters[(renamed.id, "Putin")]["name"] == "Putin"  # history keeps what it was


def test_a_journal_line_holds_the_event_once_and_replays_its_changes(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    sp = add(store, "Aliyev")
    line = Path(str(path) + ".journal").read_bytes()
    assert line.count(b'"Aliyev"') == 1  # the record is not written beside its event
    assert Store.open(path).get(Speaker, sp.id) == sp


def test_journal_lines_of_the_earlier_form_are_still_replayed(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    Store.open(path, create=True).close()
    doc = Speaker("abc1234", "Aliyev").to_doc()
    event = Event("evt1234", 1, "2026-01-01T00:00:00Z", "a", "speaker.add", "add Aliyev").to_doc()
    event["changes"] = [{"table": "speakers", "id": "abc1234", "before": None, "after": doc}]
    line = {"seq": 1, "ops": [["speakers", "abc1234", doc], ["events", "evt1234", event]]}
    Path(str(path) + ".journal").write_text(json.dumps(line) + "\n")
    reopened = Store.open(path)
    assert reopened.get(Speaker, "abc1234") == Speaker("abc1234", "Aliyev")
    assert [e.id for e in reopened.all(Event)] == ["evt1234"]


def test_a_journal_line_from_a_newer_version_is_refused_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    add(store, "Aliyev")
    journal = Path(str(path) + ".journal")
    with journal.open("ab") as fh:
        fh.write(b'{"seq": 2, "changeset": {"id": "x"}}\n')  # whole, acknowledged, unknown
    before = journal.read_bytes(), path.read_bytes()
    with pytest.raises(StoreError, match="newer claimtrack"):
        Store.open(path)
    assert (journal.read_bytes(), path.read_bytes()) == before


def test_a_torn_journal_tail_is_ignored_and_cut_by_the_next_writer(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    sp = add(store, "Aliyev")
    journal = Path(str(path) + ".journal")
    with journal.open("ab") as fh:
        fh.write(b'{"seq": 99, "ops": [["speakers", "zz')  # a crash mid-append
    reopened = Store.open(path)
    assert [s.id for s in reopened.all(Speaker)] == [sp.id]
    add(reopened, "Putin")
    again = Store.open(path)
    assert sorted(s.name for s in again.all(Speaker)) == ["Aliyev", "Putin"]


def test_a_damaged_journal_line_with_changes_after_it_is_refused_not_cut(tmp_path: Path) -> None:
    """Reading stopped at a garbled line in the middle and the next write cut the journal
    there: the acknowledged changes after it were lost without a word."""
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    for name in ("Aliyev", "Putin", "Pashinyan"):
        add(store, name)
    journal = Path(str(path) + ".journal")
    lines = journal.read_bytes().split(b"\n")
    assert len(lines) == 4 and lines[-1] == b""  # three whole changes
    lines[1] = lines[1][:20] + b"\x00garbled" + lines[1][30:]  # a bad sector, say
    journal.write_bytes(b"\n".join(lines))
    before = journal.read_bytes(), path.read_bytes()
    with pytest.raises(StoreError, match=r"damaged at byte \d+, with 1 acknowledged change after"):
        Store.open(path)
    assert (journal.read_bytes(), path.read_bytes()) == before


def test_a_journal_line_garbled_into_other_valid_json_is_damage_not_a_change(
    tmp_path: Path,
) -> None:
    """Without a checksum, a flipped digit replayed as the analyst's change."""
    path, journal = _journalled(tmp_path, "Aliyev 1166", "Putin", "Pashinyan")
    lines = journal.read_bytes().split(b"\n")
    assert lines[0].count(b'"name":"Aliyev 1166"') == 1
    lines[0] = lines[0].replace(b'"name":"Aliyev 1166"', b'"name":"Aliyev 1766"')
    journal.write_bytes(b"\n".join(lines))
    json.loads(lines[0])  # still valid JSON of the same shape
    before = journal.read_bytes(), path.read_bytes()
    with pytest.raises(StoreError, match=r"damaged at byte 0, with 2 acknowledged changes after"):
        Store.open(path)
    assert (journal.read_bytes(), path.read_bytes()) == before


def _journalled(tmp_path: Path, *names: str) -> tuple[Path, Path]:
    """A store with a speaker added per name, its changes still in the journal: the paths."""
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    for name in names:
        add(store, name)
    return path, Path(str(path) + ".journal")


def test_a_last_line_that_fails_its_checksum_is_refused_not_dropped(tmp_path: Path) -> None:
    """A whole last line is no torn write: dropping it lost an acknowledged change."""
    path, journal = _journalled(tmp_path, "Aliyev", "Putin 1166")
    damaged = journal.read_bytes().replace(b'"name":"Putin 1166"', b'"name":"Putin 1766"')
    journal.write_bytes(damaged)
    with pytest.raises(StoreError, match="the change there does not match its checksum"):
        Store.open(path)
    assert journal.read_bytes() == damaged


@pytest.mark.parametrize(
    "damage",
    [
        lambda line: line[: len(line) // 2],  # both cut short, each still ending its line
        lambda line: b"\x00" * len(line),  # both zeroed
    ],
)
def test_two_damaged_lines_at_the_end_are_refused_not_dropped(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    """A durability review: the last two lines damaged (each still ending in a newline)
    were dropped as a torn tail and cut by the next write, losing an acknowledged change.
    A crash tears only the last append; a damaged line before it was acknowledged."""
    path, journal = _journalled(tmp_path, "Aliyev", "Putin", "Pashinyan", "Lavrov", "Peskov")
    lines = journal.read_bytes().split(b"\n")[:-1]
    damaged = b"".join(line + b"\n" for line in [*lines[:3], *map(damage, lines[3:])])
    journal.write_bytes(damaged)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"with 1 more damaged line after it"):
        Store.open(path)
    assert (journal.read_bytes(), path.read_bytes()) == (damaged, before)


def test_one_damaged_last_line_is_a_torn_append_and_dropped(tmp_path: Path) -> None:
    """The crash case itself: the last append zeroed or cut (its newline written or not) was
    never acknowledged, so the store opens without it."""
    path, journal = _journalled(tmp_path, "Aliyev", "Putin")
    lines = journal.read_bytes().split(b"\n")[:-1]
    journal.write_bytes(lines[0] + b"\n" + b"\x00" * len(lines[1]) + b"\n")
    assert [s.name for s in Store.open(path).all(Speaker)] == ["Aliyev"]


def test_a_garbled_sequence_number_fails_the_checksum_too(tmp_path: Path) -> None:
    path, journal = _journalled(tmp_path, "Aliyev", "Putin")
    first, rest = journal.read_bytes().split(b"\n", 1)
    assert first.startswith(b'{"seq":1,')
    journal.write_bytes(first.replace(b'{"seq":1,', b'{"seq":7,', 1) + b"\n" + rest)
    with pytest.raises(StoreError, match="damaged at byte 0"):
        Store.open(path)


def test_journal_lines_written_before_the_checksum_are_still_replayed(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    sp = add(store, "Aliyev")
    journal = Path(str(path) + ".journal")
    line = json.loads(journal.read_bytes())
    del line["crc"]
    journal.write_text(json.dumps(line) + "\n")
    assert Store.open(path).get(Speaker, sp.id) == sp


@pytest.mark.parametrize(
    "garble",
    [
        lambda event: event["changes"][0].update(after=["x"]),  # no record
        lambda event: event.update(seq="x"),
        lambda event: event["changes"][0].update(table="meta", id="store", after=None),
    ],
)
def test_a_line_from_before_the_checksum_that_no_replay_can_apply_is_refused(
    tmp_path: Path, garble: Callable[[dict], None]
) -> None:
    """A durability review: such a line (no checksum to fail) crashed every command with an
    internal error, the store's metadata deleted among them."""
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    add(store, "Aliyev")
    journal = Path(str(path) + ".journal")
    line = json.loads(journal.read_bytes())
    del line["crc"]
    garble(line["event"])
    journal.write_text(json.dumps(line) + "\n")
    before = journal.read_bytes(), path.read_bytes()
    with pytest.raises(StoreError, match=r"damaged at byte 0: the change there cannot be applied"):
        Store.open(path)
    assert (journal.read_bytes(), path.read_bytes()) == before


def test_a_record_twice_in_the_file_is_refused_naming_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    sp = add(store, "Aliyev")
    add(store, "Putin")
    store.close()
    lines = path.read_bytes().split(b"\n")
    mine = next(n for n, line in enumerate(lines) if line.startswith(b'  "%s"' % sp.id.encode()))
    theirs = lines[mine].replace(b'"Aliyev"', b'"Ilham Aliyev"').rstrip(b",") + b","
    path.write_bytes(b"\n".join([*lines[:mine], theirs, *lines[mine:]]))
    before = path.read_bytes()
    with pytest.raises(StoreError, match=rf"holds speakers record {sp.id} twice \(lines"):
        Store.open(path)
    assert path.read_bytes() == before


def _folded_with_one_speaker(tmp_path: Path) -> tuple[Path, Speaker, dict]:
    """A closed store holding one speaker: its path, the speaker and the file's data."""
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    sp = add(store, "Aliyev")
    store.close()
    return path, sp, json.loads(path.read_text(encoding="utf-8"))


def test_an_edit_keeps_a_field_this_version_does_not_know(tmp_path: Path) -> None:
    """A desk's own reference added to a record by hand vanished at the next edit."""
    from claimtrack.services.history import undo
    from claimtrack.services.speakers import edit_speaker

    path, sp, data = _folded_with_one_speaker(tmp_path)
    data["speakers"][sp.id]["desk_ref"] = "K-12"
    path.write_text(json.dumps(data), encoding="utf-8")
    store = Store.open(path)
    edit_speaker(store, sp.id, note="President")
    assert store.doc("speakers", sp.id) == {**sp.to_doc(), "note": "President", "desk_ref": "K-12"}
    undo(store)
    assert store.doc("speakers", sp.id) == {**sp.to_doc(), "desk_ref": "K-12"}


def test_a_record_twice_in_a_file_of_another_layout_is_refused_too(tmp_path: Path) -> None:
    """Re-indented by another tool, a file holding an id twice opened with the last copy."""
    path, sp, data = _folded_with_one_speaker(tmp_path)
    record = json.dumps(data["speakers"][sp.id], indent=2)
    tables = [
        f'"{name}": '
        + (f'{{"{sp.id}": {record},\n"{sp.id}": {record}}}' if name == "speakers" else
           json.dumps(table, indent=2))
        for name, table in data.items()
    ]  # fmt: skip
    twice = "{" + ",\n".join(tables) + "}"
    path.write_text(twice, encoding="utf-8")
    with pytest.raises(StoreError, match=f"holds a record {sp.id} twice"):
        Store.open(path)
    assert path.read_text(encoding="utf-8") == twice


def test_the_file_is_sorted_json_one_record_per_line_with_a_schema_version(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    add(store, "Aliyev")
    add(store, "Пашинян")
    store.close()
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["meta"]["store"]["schema"] == 1
    assert list(data) == sorted(data)
    assert "Пашинян" in text  # readable, not \\u-escaped
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    tables = [line for line in lines if line.startswith(' "')]
    assert [t.split('"')[1] for t in tables] == sorted(data)
    records = [line for line in lines if line.startswith('  "')]
    assert len(records) == sum(len(docs) for docs in data.values())
    for line in records:  # `"id": {document}` with sorted keys, on one line: diffs show records
        ((id_, doc),) = json.loads("{" + line.rstrip(",") + "}").items()
        assert list(doc) == sorted(doc)
        assert any(docs.get(id_) == doc for docs in data.values())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"not json at all", "not a claimtrack store"),
        (b'{"_default": {"1": {"a": 1}}}', "not a claimtrack store"),
        (b"[1, 2]", "not a claimtrack store"),
        (b'{"meta": {"store": {"app": "claimtrack", "schema": 99}}}', "newer"),
        (b'{"meta": {"store": {"app": "claimtrack", "schema": 0}}}', "schemas start at 1"),
        (b'{"meta": {"store": {"app": "claimtrack", "schema": true}}}', "no valid schema"),
        # outside our layout, read by a parser that would take NaN: refused as orjson does
        (b'{"meta": {"store": {"app": "claimtrack", "schema": 1, "x": NaN}}}', "not valid JSON"),
    ],
)
def test_foreign_corrupt_or_newer_files_are_refused_and_left_alone(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "other.json"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        Store.open(path, create=True)
    assert path.read_bytes() == content


def test_two_writers_on_one_file_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    one = Store.open(path, create=True)
    two = Store.open(path)
    a = add(one, "Aliyev")
    b = add(two, "Putin")  # two catches up with one's change under the lock first
    c = add(one, "Pashinyan")
    final = Store.open(path)
    assert {s.id for s in final.all(Speaker)} == {a.id, b.id, c.id}
    assert sorted(e.seq for e in final.all(Event)) == [1, 2, 3]


def test_a_reader_picks_up_another_writers_changes(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    reader = Store.open(path, create=True)
    writer = Store.open(path)
    sp = add(writer, "Aliyev")
    assert reader.get(Speaker, sp.id) is None
    assert reader.refresh() is True
    assert reader.get(Speaker, sp.id) == sp
    writer.checkpoint()  # the journal is folded and emptied under the reader's feet
    add(writer, "Putin")
    reader.refresh()
    assert sorted(s.name for s in reader.all(Speaker)) == ["Aliyev", "Putin"]


def test_a_held_lock_makes_writers_fail_with_store_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    store = Store.open(path, create=True, lock_timeout=0.3)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import filelock,sys,time; l=filelock.FileLock(sys.argv[1]); l.acquire();"
            "print('held', flush=True); time.sleep(30)",
            str(path) + ".lock",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = path.read_bytes()
        started = time.monotonic()
        with pytest.raises(StoreBusyError, match="store is busy"):
            add(store, "Aliyev")
        assert time.monotonic() - started >= 0.25  # it waited briefly first
        assert path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()


def test_validate_store_data_accepts_what_new_stores_contain() -> None:
    from claimtrack.store.store import new_store_data

    validate_store_data(new_store_data(), "x")


def test_a_new_store_file_honours_the_umask_and_keeps_its_mode(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        path = tmp_path / "s.json"
        store = Store.open(path, create=True)
        assert path.stat().st_mode & 0o777 == 0o644
        path.chmod(0o600)
        add(store, "Aliyev")
        store.checkpoint()
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_the_signature_describes_the_version_that_was_read(tmp_path: Path) -> None:
    """Regression: a reader must never pair old contents with the newer file's signature."""
    from claimtrack.store.storage import file_signature, read_store_file

    path = tmp_path / "s.json"
    writer = Store.open(path, create=True)
    before = file_signature(path.stat())
    data, sig_read = read_store_file(path)  # a reader parses version 1...
    add(writer, "Aliyev")
    writer.checkpoint()  # ...while a checkpoint renames version 2 into place
    assert sig_read == before
    assert file_signature(path.stat()) != sig_read
    assert "speakers" not in data
    reader = Store(path, data)
    reader._main_sig = sig_read
    assert reader.refresh() is True
    assert [s.name for s in reader.all(Speaker)] == ["Aliyev"]


def test_a_prefix_shared_with_many_other_records_is_still_ambiguous() -> None:
    """Regression: candidates were capped before filtering by kind, hiding the second claim."""
    from claimtrack.model import Claim

    store = Store.memory()
    with store.transaction("x", "x") as tx:
        for i in range(120):
            tx.put(Speaker(f"x{i:06d}", f"S{i}"))  # 120 other records share the prefix "x"
        tx.put(Claim("xzzzzz1", "one"))
        tx.put(Claim("xzzzzz2", "two"))
    with pytest.raises(AmbiguousError):
        store.resolve("x", Claim)
    assert store.resolve("xzzzzz2", Claim).id == "xzzzzz2"  # type: ignore[attr-defined]
    assert store.resolve("x000119", Speaker).id == "x000119"  # type: ignore[attr-defined]


def test_a_reader_or_a_failed_command_never_folds_another_writers_journal(tmp_path: Path) -> None:
    """Regression: closing after a refused command rewrote the file with a TUI's pending lines."""
    path = tmp_path / "s.json"
    tui = Store.open(path, create=True)
    add(tui, "Aliyev")  # journalled by a long-running process that has not folded yet
    before = (path.read_bytes(), Path(str(path) + ".journal").read_bytes())
    other = Store.open(path)
    with pytest.raises(NotFoundError):
        other.resolve("zzzzzzz", Speaker)
    other.close()
    assert (path.read_bytes(), Path(str(path) + ".journal").read_bytes()) == before
    add(other, "Putin")
    other.close()  # a process that wrote folds everything, the other's lines included
    assert Path(str(path) + ".journal").read_bytes() == b""
    assert {s.name for s in Store.open(path).all(Speaker)} == {"Aliyev", "Putin"}


def test_ids_drawn_in_bulk_are_distinct_and_never_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack import ids

    class Repeating:
        """A broken random source whose blocks repeat: the worst case for collisions."""

        def randbytes(self, n: int) -> bytes:
            return (b"\x01" * 7 * 3 + b"\x02" * 7 + b"\x03" * 7)[: n - n % 7] * 2

    monkeypatch.setattr(ids, "_rng", Repeating())
    monkeypatch.setattr(ids, "_ready", [])
    taken = {"3333333"}  # one of the three ids this source can give
    drawn = ids.new_ids(2, taken)
    assert sorted(drawn) == ["1111111", "2222222"]

    ids.seed_ids(7)
    one_by_one = [ids.new_id() for _ in range(600)]
    ids.seed_ids(7)
    assert ids.new_ids(600) == one_by_one  # same ids, same order (seeded demos stay stable)
    ids.seed_ids(7)
    assert ids.new_ids(1, set(one_by_one[:5])) == [one_by_one[5]]
    ids.seed_ids(None)


def test_a_created_store_is_discarded_only_while_nobody_has_written_to_it(tmp_path: Path) -> None:
    """A refused first command removes the store it created; not once anyone wrote to it."""
    path = tmp_path / "typo.json"
    first = Store.open(path, create=True)
    assert first.discard_if_unused()
    assert list(tmp_path.iterdir()) == []
    first = Store.open(path, create=True)
    other = Store.open(path)
    add(other, "Putin")  # another process's change, still in the journal
    assert not first.discard_if_unused()
    assert [sp.name for sp in Store.open(path).all(Speaker)] == ["Putin"]
    existing = Store.open(path, create=True)
    assert existing.created is None and not existing.discard_if_unused()


def test_a_store_another_process_asked_for_is_not_discarded_under_it(tmp_path: Path) -> None:
    """Two first commands on a new store at once, one refused (a typo'd side): the refused
    one removed the store it had created after the other had opened it, and the other's
    write then failed with "no store at desk.json (run 'claimtrack init' first)"."""
    path = tmp_path / "desk.json"
    refused = Store.open(path, create=True)
    other = Store.open(path, create=True)  # found it there: created by the refused one
    assert other.created is None
    assert not refused.discard_if_unused()
    add(other, "Putin")
    assert [sp.name for sp in Store.open(path).all(Speaker)] == ["Putin"]


def test_a_store_discarded_while_being_opened_is_created_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refused command's discard can land after the other read the file and before it
    took the lock: the one that asked for the store then creates it, and says it did."""
    import claimtrack.store.store as store_module

    path = tmp_path / "desk.json"
    refused = Store.open(path, create=True)
    read = store_module.open_store_file

    def read_then_discarded(*args: object, **kwargs: object) -> object:
        found = read(*args, **kwargs)  # type: ignore[arg-type]
        monkeypatch.setattr(store_module, "open_store_file", read)
        assert refused.discard_if_unused()
        return found

    monkeypatch.setattr(store_module, "open_store_file", read_then_discarded)
    other = Store.open(path, create=True)
    assert other.created is not None and path.exists()
    add(other, "Putin")
    assert [sp.name for sp in Store.open(path).all(Speaker)] == ["Putin"]


def test_a_store_discarded_just_before_it_is_read_is_created_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refused command's discard can land after the other found the file there and
    before it read it: `init` itself then failed with "no store at desk.json (run 'claimtrack
    init' first)". The one that asked for the store creates it, and says it did."""
    import claimtrack.store.store as store_module

    path = tmp_path / "desk.json"
    refused = Store.open(path, create=True)
    read = store_module.open_store_file

    def discarded_then_read(*args: object, **kwargs: object) -> object:
        monkeypatch.setattr(store_module, "open_store_file", read)
        assert refused.discard_if_unused() and not path.exists()
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module, "open_store_file", discarded_then_read)
    other = Store.open(path, create=True)
    assert other.created is not None and path.exists()
    add(other, "Putin")
    assert [sp.name for sp in Store.open(path).all(Speaker)] == ["Putin"]


def test_a_store_on_a_coarse_clock_file_system_is_still_claimed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT keeps mtimes to 2 s, HFS+ to 1 s: the claim's 1 ns nudge was rounded away, and
    the refused creator still saw its own file and discarded it under the other."""
    import os

    path = tmp_path / "desk.json"
    refused = Store.open(path, create=True)
    tick = 2_000_000_000
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - st.st_mtime_ns % tick))
    refused.created = file_signature(path.stat())  # what it found on such a file system
    real_utime = os.utime

    def coarse_utime(target: object, *, ns: tuple[int, int]) -> None:
        atime, mtime = ns
        if mtime // tick == os.stat(target).st_mtime_ns // tick:  # type: ignore[arg-type]
            return  # rounded back to the time the file has: nothing changes
        real_utime(target, ns=(atime, mtime - mtime % tick))  # type: ignore[arg-type]

    monkeypatch.setattr(os, "utime", coarse_utime)
    other = Store.open(path, create=True)
    monkeypatch.setattr(os, "utime", real_utime)
    assert not refused.discard_if_unused() and path.exists()
    add(other, "Putin")
    assert [sp.name for sp in Store.open(path).all(Speaker)] == ["Putin"]


def test_a_lock_that_cannot_be_taken_names_the_lock_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only folder said "cannot lock desk.json": the file that could not be made is
    the lock beside it."""
    import errno

    import filelock

    path = tmp_path / "desk.json"
    store = Store.open(path, create=True)

    def denied(self: filelock.FileLock, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(filelock.FileLock, "acquire", denied)
    with pytest.raises(StoreError, match=r"cannot lock .*desk\.json\.lock: Permission denied \("):
        add(store, "Aliyev")


def test_events_numbered_alike_by_a_git_merge_are_undone_newest_first(tmp_path: Path) -> None:
    """Two analysts' stores merged in git hold one change numbered 2 from each side; undo
    picked between them by id, not by which came last."""
    import json

    from claimtrack.services import history

    path = tmp_path / "desk.json"
    store = Store.open(path, create=True)
    for name in ("Aliyev", "Putin", "Pashinyan"):
        add(store, name)
    store.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    events = sorted(data["events"].values(), key=lambda e: e["seq"])[-2:]  # numbered 2 and 3
    later, earlier = sorted(events, key=lambda e: e["id"])  # the later one sorts first by id
    later["seq"], later["ts"] = 2, "2020-11-02T10:00:00+00:00"
    earlier["seq"], earlier["ts"] = 2, "2020-11-01T10:00:00+00:00"
    path.write_text(json.dumps(data), encoding="utf-8")
    undone = history.undo(Store.open(path))
    assert undone is not None and undone.id == later["id"]


def _indexes(store: Store) -> tuple[object, ...]:
    """Everything a store derives from its records: value indexes, id -> table, id prefixes."""
    index = {
        key: {v: set(ids) for v, ids in bucket.items()} for key, bucket in store._index.items()
    }
    return index, dict(store._id_tables), list(store._ids._ids), store.last_event_seq()


def test_writes_leave_the_indexes_as_opening_the_store_builds_them(tmp_path: Path) -> None:
    """An import-sized write of new records, then one that edits, deletes and adds: each
    statement is still found by its source, speaker and id prefix, and by nothing it left."""
    from claimtrack.model import Source, Statement

    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    with store.transaction("import", "many statements") as tx:
        src = Source(id=tx.new_id(), title="t", text="x" * 400, hash="h1", lang="en")
        tx.put(src)
        spans = [(i, i + 1) for i in range(300)]
        tx.put_new_docs("statements", Statement.span_docs(tx.new_ids(300), src.id, spans))
    first, second, *_ = sorted(store.ids_where("statements", "source", src.id))
    with store.transaction("edit", "attribute, drop and add") as tx:
        speaker = Speaker(tx.new_id(), "Aliyev")
        tx.put(speaker)
        tx.put_doc("statements", {**store.doc("statements", first), "speaker": speaker.id})
        tx.delete("statements", second)
        tx.put(Statement(tx.new_id(), src.id, 300, 301))
    assert store.ids_where("statements", "speaker", speaker.id) == {first}
    assert second not in store.ids_where("statements", "source", src.id)
    assert len(store.ids_where("statements", "source", src.id)) == 300
    rebuilt = Store(None, store._data)  # indexes built record by record, as opening does
    assert _indexes(store) == _indexes(rebuilt)
    assert _indexes(Store.open(path)) == _indexes(rebuilt)  # replayed from the journal


def test_an_import_is_undone_exactly_and_its_indexes_with_it(tmp_path: Path) -> None:
    """Undoing an import leaves the records, and what is found through them, as before it."""
    from claimtrack.services.history import undo
    from claimtrack.services.importing import RawDocument, import_documents

    def records(store: Store) -> tuple[object, ...]:
        index, id_tables, ids, _ = _indexes(store)
        data = {t: dict(docs) for t, docs in store._data.items() if t not in ("events", "meta")}
        kept = {i for i, table in id_tables.items() if table != "events"}
        return data, index, {i: id_tables[i] for i in kept}, [i for i in ids if i in kept]

    store = Store.open(tmp_path / "s.json", create=True)
    import_documents(store, [RawDocument(b"Officials said 12 died. The army denied it.", "a.txt")])
    before = records(store)
    texts = [
        f"Report {i}. Officials said {i} died. The army denied it.".encode() for i in range(40)
    ]
    import_documents(store, [RawDocument(t, f"{i}.txt", lang="en") for i, t in enumerate(texts)])
    assert store.count("statements") > 100
    undo(store)
    assert records(store) == before


def test_a_change_refused_as_not_saved_never_turns_up_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal line written whole but not synced (the disk failed) was left in the journal:
    the next command read it and the change refused as "not saved" was in the store after all."""
    import errno
    import os

    from claimtrack.store import journal

    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    with store.transaction("add", "Aliyev") as tx:
        tx.put(Speaker(tx.new_id(), "Aliyev"))

    def broken_disk(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    real_fsync = os.fsync
    monkeypatch.setattr(journal.os, "fsync", broken_disk)
    with (
        pytest.raises(StoreError, match="the change was not saved"),
        store.transaction("add", "Putin") as tx,
    ):
        tx.put(Speaker(tx.new_id(), "Putin"))
    monkeypatch.setattr(journal.os, "fsync", real_fsync)
    assert [s.name for s in Store.open(path).all(Speaker)] == ["Aliyev"]
    with store.transaction("add", "Erdogan") as tx:
        tx.put(Speaker(tx.new_id(), "Erdogan"))
    assert sorted(s.name for s in Store.open(path).all(Speaker)) == ["Aliyev", "Erdogan"]


def test_a_killed_folds_temp_copy_goes_with_the_next_write_not_the_next_fold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A durability review: a fold killed before its rename left a 40-50 MB temp copy of a
    large store until the next fold, up to a thousand changes later."""
    import claimtrack.store.store as store_module

    monkeypatch.setattr(store_module, "SMALL_STORE_BYTES", 0)  # folds only every 1,000
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    add(store, "Aliyev")
    store.close()
    stray = tmp_path / ".s.json.k1lled_x.tmp"  # as a fold names its temp file (mkstemp's 8)
    stray.write_bytes(b"{" * 1000)
    sibling = tmp_path / ".s.json.bak.abcd1234.tmp"  # "s.json.bak"'s fold, mid-write
    sibling.write_bytes(b"{")
    reader = Store.open(path)
    assert reader.get(Speaker, next(iter(reader.docs(Speaker.TABLE))))  # reading keeps it
    assert stray.exists()
    add(reader, "Putin")
    assert not stray.exists()
    assert sibling.exists()  # a review: not this store's to remove
    assert Path(str(path) + ".journal").stat().st_size > 0  # no fold happened


def test_a_store_on_one_line_opens_with_every_record_and_index(tmp_path: Path) -> None:
    """A store written on one line (TinyDB's own JSONStorage, a desk's script with json.dump)
    opens as the same investigation as our own layout, and its next fold writes our layout."""
    from claimtrack.model import Source, Statement

    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    with store.transaction("import", "statements") as tx:
        src = Source(id=tx.new_id(), title="t", text="Пашинян " * 40, hash="h1", lang="ru")
        tx.put(src)
        tx.put_new_docs("statements", Statement.span_docs(tx.new_ids(30), src.id, [(0, 7)] * 30))
    speaker = add(store, "Пашинян")
    store.close()
    ours = Store.open(path)
    expected = (ours.docs("statements"), ours.docs("sources"), _indexes(ours))
    ours.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data), encoding="utf-8")  # ASCII-escaped, one line, no newline
    one_line = Store.open(path)
    assert (one_line.docs("statements"), one_line.docs("sources"), _indexes(one_line)) == expected
    add(one_line, "Aliyev")
    one_line.checkpoint()
    assert path.read_text(encoding="utf-8").count("\n") > 30  # a record per line again
    assert Store.open(path).get(Speaker, speaker.id) == speaker


def _hand_edited(data: dict, how: str) -> str:
    """The id of the record `how` spoils in `data` (edited in place)."""
    statement = next(iter(data["statements"]))
    event = next(iter(data["events"]))
    if how == "statement is a list":
        data["statements"][statement] = ["not", "a", "record"]
        return statement
    if how == "source is a list":
        data["statements"][statement]["source"] = ["a", "b"]
        return statement
    if how == "seq is text":
        data["events"][event]["seq"] = "7"
        return event
    data["events"][event]["seq"] = True
    return event


@pytest.mark.parametrize("one_line", [True, False], ids=["one line", "a record per line"])
@pytest.mark.parametrize(
    "how", ["statement is a list", "source is a list", "seq is text", "seq is true"]
)
def test_a_record_the_indexes_cannot_take_is_named_and_the_file_left_alone(
    tmp_path: Path, how: str, one_line: bool
) -> None:
    from claimtrack.model import Source, Statement

    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    with store.transaction("import", "statements") as tx:
        src = Source(id=tx.new_id(), title="t", text="x" * 40, hash="h1", lang="en")
        tx.put(src)
        tx.put_new_docs("statements", Statement.span_docs(tx.new_ids(3), src.id, [(0, 1)] * 3))
    store.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    spoilt = _hand_edited(data, how)
    text = json.dumps(data) if one_line else json.dumps(data, indent=1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError, match=f"record {spoilt} .*edited by hand"):
        Store.open(path)
    assert path.read_text(encoding="utf-8") == text


def _folded_desk(tmp_path: Path, names: tuple[str, ...] = ("Aliyev", "Putin")) -> Path:
    """A store file holding a speaker and an event for each of `names`, folded."""
    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    for name in names:
        add(store, name)
    store.close()
    return path


def test_the_event_log_is_read_from_the_file_only_when_asked_for(tmp_path: Path) -> None:
    """Opening parses no event (three fifths of a large file), yet every event is there."""
    path = _folded_desk(tmp_path)
    store = Store.open(path)
    assert store._data["events"] == {}  # nothing parsed yet
    assert [e.summary for e in sorted(store.all(Event), key=lambda e: e.seq)] == [
        "add Aliyev",
        "add Putin",
    ]


def test_a_change_after_opening_is_numbered_after_the_file_s_events_and_all_are_kept(
    tmp_path: Path,
) -> None:
    from claimtrack.services.history import undo

    path = _folded_desk(tmp_path)
    store = Store.open(path)
    pashinyan = add(store, "Pashinyan")  # the log still unread
    assert store.last_event_seq() == 3
    reopened = Store.open(path)  # the file's two events, and the journal's third
    assert sorted(e.seq for e in reopened.all(Event)) == [1, 2, 3]
    undone = undo(reopened)
    assert undone is not None and reopened.get(Speaker, pashinyan.id) is None
    reopened.checkpoint()  # the fold writes the whole log, read or not
    final = Store.open(path)
    assert sorted(e.seq for e in final.all(Event)) == [1, 2, 3, 4]
    assert sorted(s.name for s in final.all(Speaker)) == ["Aliyev", "Putin"]


def test_another_writer_s_fold_does_not_change_the_log_an_open_store_reads(
    tmp_path: Path,
) -> None:
    """A checkpoint renames a new file over the name: the log read later is the one of the
    version this store opened, and a refresh then sees the new version whole."""
    path = _folded_desk(tmp_path)
    reader = Store.open(path)
    writer = Store.open(path)
    add(writer, "Pashinyan")
    writer.checkpoint()
    assert len(reader.docs("events")) == 2  # as opened: two events, read after the fold
    assert reader.refresh() is True
    assert len(reader.docs("events")) == 3


def test_a_file_rewritten_in_place_under_an_open_store_is_not_mixed_into_its_log(
    tmp_path: Path,
) -> None:
    path = _folded_desk(tmp_path)
    store = Store.open(path)
    other = _folded_desk(tmp_path / "other", ("Zelensky", "Erdogan", "Macron"))
    with path.open("r+b") as fh:  # as `cp other.json s.json` writes: in place
        fh.write(other.read_bytes())
        fh.truncate()
    with pytest.raises(StoreError, match="rewritten in place by another program"):
        store.docs("events")


def test_an_event_kept_twice_by_a_merge_is_refused_at_open_naming_its_lines(
    tmp_path: Path,
) -> None:
    path = _folded_desk(tmp_path)
    lines = path.read_bytes().split(b"\n")
    start = lines.index(b' "events": {')
    record = lines[start + 1].rstrip(b",") + b","
    event_id = json.loads(b"{" + record.rstrip(b",") + b"}").popitem()[0]
    path.write_bytes(b"\n".join([*lines[: start + 1], record, *lines[start + 1 :]]))
    before = path.read_bytes()
    twice = rf"holds events record {event_id} twice \(lines {start + 2} and {start + 3};"
    with pytest.raises(StoreError, match=twice):
        Store.open(path)
    assert path.read_bytes() == before


def _event_lines(path: Path) -> tuple[list[bytes], int]:
    """The file's lines, and the index of the events table's header line."""
    lines = path.read_bytes().split(b"\n")
    return lines, lines.index(b' "events": {')


def test_a_damaged_event_line_is_refused_in_one_line_and_a_change_is_not_written(
    tmp_path: Path,
) -> None:
    """A merge resolved by keeping both analysts' new events lost a comma: `check`, `log` and
    a write answered "internal error", and the write was saved while reported as failed."""
    from tests.durability.harness import run_cli

    path = _folded_desk(tmp_path)
    lines, header = _event_lines(path)
    lines[header + 1] = lines[header + 1].rstrip(b",")
    path.write_bytes(b"\n".join(lines))
    before = path.read_bytes()
    for argv in (["check"], ["log"], ["speaker", "add", "Pashinyan"]):
        code, _, err = run_cli(*argv, "--db", str(path))
        assert code not in (0, 70), (argv, err)
        assert err.count("\n") == 1 and "not valid JSON: line" in err, (argv, err)
    assert path.read_bytes() == before
    assert not Path(f"{path}.journal").exists() or not Path(f"{path}.journal").read_bytes()


def test_a_large_store_s_damaged_log_keeps_a_change_in_the_journal_and_says_why_not_folded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unforeseen fold (a large change's line) finds the file's log damaged: the change
    is acknowledged in the journal, and the fold's failure is said, not raised."""
    import claimtrack.store.store as store_module

    monkeypatch.setattr(store_module, "SMALL_STORE_BYTES", 0)  # as a 100k store: no read first
    monkeypatch.setattr(store_module, "JOURNAL_MAX_BYTES", 100)  # this change's line: a fold
    path = _folded_desk(tmp_path)
    lines, header = _event_lines(path)
    lines[header + 1] = lines[header + 1].rstrip(b",")
    path.write_bytes(b"\n".join(lines))
    store = Store.open(path)
    sp = add(store, "Pashinyan")  # acknowledged: in the journal
    assert store.fold_error is not None and "not folded" in store.fold_error
    assert "not valid JSON: line" in store.fold_error
    assert Store.open(path).get(Speaker, sp.id) == sp


def test_two_events_on_one_line_are_read_as_a_whole_file_would_be(tmp_path: Path) -> None:
    """A hand edit joined two event lines: the log could never be read again."""
    from claimtrack.services.history import undo

    path = _folded_desk(tmp_path, ("Aliyev", "Putin", "Pashinyan"))
    lines, header = _event_lines(path)
    second = lines.pop(header + 2)
    lines[header + 1] += b" " + second.strip()
    path.write_bytes(b"\n".join(lines))
    store = Store.open(path)
    hidden = json.loads(b"{" + second.strip().rstrip(b",") + b"}").popitem()[0]
    assert sorted(e.seq for e in store.all(Event)) == [1, 2, 3]
    assert store.resolve(hidden[:6], Event).id == hidden  # its id resolves once the log is read
    undone = undo(store)
    assert undone is not None and undone.summary == "add Pashinyan"


def test_a_log_written_with_spaces_after_its_colons_numbers_the_next_change_after_it(
    tmp_path: Path,
) -> None:
    """A desk script re-wrote the file with json.dumps' default separators, a record per
    line: the next change took number 1 again, and undo took back the wrong one."""
    from claimtrack.services.history import undo

    path = _folded_desk(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    tables = [
        f" {json.dumps(name)}: {{\n"
        + ",\n".join(f"  {json.dumps(i)}: {json.dumps(d, sort_keys=True)}" for i, d in t.items())
        + "\n }"
        for name, t in sorted(data.items())
    ]
    path.write_text("{\n" + ",\n".join(tables) + "\n}\n", encoding="utf-8")
    store = Store.open(path)
    assert store._data["events"] == {}  # left in the file: it is our layout, spaced
    add(store, "Pashinyan")
    assert sorted(e.seq for e in Store.open(path).all(Event)) == [1, 2, 3]
    undone = undo(Store.open(path))
    assert undone is not None and undone.summary == "add Pashinyan"


def test_a_refused_file_holds_no_descriptor(tmp_path: Path) -> None:
    import os

    path = _folded_desk(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meta"]["store"]["schema"] = 99
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith('  "store": {'))
    lines[at] = lines[at].replace('"schema":1', '"schema":99')
    path.write_text("\n".join(lines), encoding="utf-8")
    before = len(os.listdir("/proc/self/fd"))
    refusals = []
    for _ in range(20):
        with pytest.raises(StoreError, match="newer") as refused:
            Store.open(path)
        refusals.append(refused)  # kept, as a test runner keeps them
    assert len(os.listdir("/proc/self/fd")) < before + 5


def _spanned_desk(tmp_path: Path) -> tuple[Path, str, list[str]]:
    """A store file with one 40-character source and three statements, the last ending where
    the text ends: (path, source id, statement ids)."""
    from claimtrack.model import Source, Statement

    path = tmp_path / "s.json"
    store = Store.open(path, create=True)
    with store.transaction("import", "statements") as tx:
        src = Source(id=tx.new_id(), title="t", text="x" * 40, hash="h1", lang="en")
        tx.put(src)
        ids = sorted(tx.new_ids(3))
        spans = [(0, 10), (10, 20), (20, 40)]
        tx.put_new_docs("statements", Statement.span_docs(ids, src.id, spans))
    store.close()
    return path, src.id, ids


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("start", 9999, "has start 9999, not before its end 20"),
        ("end", "abc", "has end 'abc', not a whole number"),
        ("end", 41, "has end 41, past the end of its source"),
        ("start", -1, "has start -1, before the start"),
        ("start", 1.0, "has start 1.0, not a whole number"),
        ("end", True, "has end True, not a whole number"),
        ("end", None, "has end None, not a whole number"),
    ],
)
def test_a_hand_edited_span_is_refused_at_open_naming_table_id_and_field(
    tmp_path: Path, field: str, value: object, said: str
) -> None:
    """A trial: "start": 9999 or "end": "abc" opened, then the Reader died with a traceback
    and `statements` after its header. Every view cuts a statement's text from its source:
    a span that cannot be cut is refused where the store is opened, in one line."""
    path, _, ids = _spanned_desk(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["statements"][ids[1]][field] = value
    text = json.dumps(data, indent=1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    message = str(refused.value)
    assert message.startswith(f"statements record {ids[1]} {said}"), message
    assert "\n" not in message and "edited by hand" in message
    assert path.read_text(encoding="utf-8") == text
    lenient = Store.open(path, verify=False)  # how `check` opens it, to list every problem
    assert lenient.doc("statements", ids[1])[field] == value
    lenient.close()


def test_a_span_that_ends_where_its_text_ends_opens(tmp_path: Path) -> None:
    path, source, ids = _spanned_desk(tmp_path)
    store = Store.open(path)
    assert store.doc("statements", ids[2])["end"] == 40 == len(store.doc("sources", source)["text"])
    store.close()


def test_a_damaged_span_in_a_rewrite_under_an_open_store_leaves_it_as_it_was(
    tmp_path: Path,
) -> None:
    """A git checkout or a hand edit while the TUI is open: its poll refuses the rewrite in one
    line and keeps the records it had, rather than taking a span no view can cut."""
    path, _, ids = _spanned_desk(tmp_path)
    store = Store.open(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["statements"][ids[0]]["end"] = "abc"
    data["statements"][ids[2]]["start"] = 9999
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(StoreError, match=f"^statements record {ids[0]} has end 'abc'.*1 more"):
        store.refresh()
    assert store.doc("statements", ids[0])["end"] == 10
    spans = [(d["start"], d["end"]) for d in (store.doc("statements", i) for i in ids)]
    assert spans == [(0, 10), (10, 20), (20, 40)]
    store.close()
