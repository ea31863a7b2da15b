"""An updated article (a wire story sent again with a line changed) was imported again in
full, every statement to review again and no word of the earlier version. It is imported
and said to look like an update; `--update-of` carries the unchanged statements'
annotations over in the same change, which one `undo` takes back whole."""

from __future__ import annotations

from pathlib import Path

from claimtrack.services.importing import RawDocument, import_documents
from claimtrack.store import Store
from tests.cli.desk import EN, EN_DENIAL, accusation_and_denial, imported, statement_with
from tests.conftest import Runner, store_state

CHANGED = "Martuni lies about 30 km east of Stepanakert"


def updated(tmp_path: Path) -> Path:
    """The English report with one sentence changed, as a wire's second version."""
    text = EN.read_text("utf-8").replace(CHANGED, "Martuni lies some 30 km east of Stepanakert")
    assert text != EN.read_text("utf-8")
    path = tmp_path / "herald-v2.txt"
    path.write_text(text, "utf-8")
    return path


def annotated(cli: Runner) -> dict[str, dict]:
    """The first version tagged, a statement marked narration and one noted; its statements
    by text."""
    accusation_and_denial(cli)
    cli("tag", statement_with(cli, "accused Azerbaijan of shelling")["id"], "Karabakh officials")
    cli("tag", statement_with(cli, "1,166 troops")["id"], "Karabakh officials")
    cli("narration", statement_with(cli, "pre-war population")["id"])
    cli("note", statement_with(cli, "taken to hospital")["id"], "which hospital?")
    return {s["text"]: s for s in cli("statements", "--json").json()}


def of_source(cli: Runner, source: str) -> list[dict]:
    return cli("statements", "--json", "--source", source).json()


def test_an_update_is_imported_and_said_to_be_one(cli: Runner, tmp_path: Path) -> None:
    annotated(cli)
    first = cli("sources", "--json").json()
    herald = next(s for s in first if s["title"].startswith("Karabakh accuses"))
    r = cli("import", str(updated(tmp_path)))
    assert r.code == 0, r.err
    n = herald["statements"]
    said = f"looks like an update of {herald['id']} {herald['title']}: {n - 1} of {n} statements"
    assert said in r.err
    new = cli("sources", "--json").json()
    (v2,) = [s for s in new if s["id"] not in {f["id"] for f in first}]
    assert f"claimtrack source carry {herald['id']} {v2['id']}" in r.err
    assert all(s["speaker"] is None for s in of_source(cli, v2["id"]))  # nothing carried
    cli("undo")
    js = cli("import", str(updated(tmp_path)), "--json").json()["sources"][0]
    assert js["update_of"] == {
        "source": herald["id"],
        "title": herald["title"],
        "unchanged": n - 1,
        "carried": 0,
    }
    other = cli("import", str(tmp_path / "herald-v2.txt"), "--json")  # the same again
    assert other.json()["sources"][0]["duplicate"] is True


def test_a_new_article_is_no_update(tmp_path: Path) -> None:
    store = Store.memory()
    (first,) = import_documents(store, [RawDocument(EN.read_bytes(), "en.txt")])
    (second,) = import_documents(store, [RawDocument(EN_DENIAL.read_bytes(), "denial.txt")])
    assert first.update_of is None and second.update_of is None
    (third,) = import_documents(store, [RawDocument(updated(tmp_path).read_bytes(), "v2.txt")])
    assert third.update_of is not None and third.update_of.of == first.source.id


def test_update_of_carries_the_annotations_of_unchanged_statements(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    before = annotated(cli)
    herald = imported(cli, EN)["id"]  # already there: its id
    claims = cli("claims", "--json").json()
    r = cli("import", str(updated(tmp_path)), "--update-of", herald, "--json")
    assert r.code == 0, r.err
    (src,) = r.json()["sources"]
    assert src["update_of"]["unchanged"] == src["statements"] - 1
    # two tags and a note; the furniture line marks itself, and the analyst marked narration
    # the sentence that changed
    assert src["update_of"]["carried"] == 3
    after = of_source(cli, src["id"])
    for st in after:
        twin = before.get(st["text"])
        if st["text"].startswith("Martuni lies some"):
            assert twin is None and st["speaker"] is None and st["claim"] is None
            assert st["narration"] is False  # changed: waits for review
            continue
        assert twin is not None, st["text"]
        for field in ("speaker", "claim", "narration", "note"):
            assert st[field] == twin[field], (field, st["text"])
    # the same claims, each with one appearance more where it was tagged
    assert [c["id"] for c in cli("claims", "--json").json()] == [c["id"] for c in claims]
    seen = {c["id"]: c["appearances"] for c in cli("claims", "--json").json()}
    assert all(seen[c["id"]] == c["appearances"] + 1 for c in claims)
    assert cli("check").code == 0
    undone = cli("undo")  # the import and what it carried over: one change
    assert undone.code == 0 and undone.err.startswith("undone: import 1 document")
    assert {s["text"]: s for s in cli("statements", "--json").json()} == before
    assert cli("claims", "--json").json() == claims
    assert cli("check").code == 0


def test_update_of_refuses_what_is_no_update(cli: Runner, db: Path, tmp_path: Path) -> None:
    annotated(cli)
    denial = next(s for s in cli("sources", "--json").json() if "Defence" in s["title"])
    for args, said in (
        ((str(updated(tmp_path)), "--update-of", denial["id"]), "not an update of it"),
        ((str(updated(tmp_path)), str(EN), "--update-of", denial["id"]), "is one article"),
        ((str(updated(tmp_path)), "--update-of", "no such source"), "no source"),
    ):
        state = store_state(db)
        r = cli("import", *args)
        assert r.code == 1 and r.out == "" and r.err.count("\n") == 1, r.err
        assert said in r.err, r.err
        assert store_state(db) == state


def _hint(said: str) -> str:
    """The line of an import's report that says it looks like an update."""
    return next(line for line in said.splitlines() if "looks like an update" in line)


def _followed(cli: Runner, said: str) -> None:
    """Run the command the update hint spells out ("… to carry the annotations of 4 of them
    over: claimtrack source carry … --db …"), as an analyst pastes it."""
    import shlex

    hint = _hint(said)
    words = shlex.split(hint[hint.index("claimtrack source carry") :])
    r = cli(*words[1:], use_db=False)
    assert r.code == 0, (words, r.err)


def test_following_the_update_hint_loses_nothing(cli: Runner, db: Path, tmp_path: Path) -> None:
    """The hint under an update said "claimtrack undo, then claimtrack import herald-v2.txt
    --update-of …": the article imported again, from a folder and with options the hint had
    to spell out (it once lost both). It now carries the annotations onto the import as it
    is, its --outlet and --published untouched."""
    before_tags = annotated(cli)
    before = {s["id"] for s in cli("sources", "--json").json()}
    wire = tmp_path / "wire"
    wire.mkdir()
    r = cli("import", str(updated(wire)), "--outlet", "Herald", "--published", "2020-10-02")
    assert r.code == 0, r.err
    # two tags and a note (the furniture line it marked itself, as its twin is)
    assert "to carry the annotations of 3 of them over" in _hint(r.err), r.err
    _followed(cli, r.err)
    (new,) = [s for s in cli("sources", "--json").json() if s["id"] not in before]
    assert (new["outlet"], new["published"]) == ("Herald", "2020-10-02")
    statements = of_source(cli, new["id"])
    assert len([s for s in statements if s["speaker"]]) == 2  # carried
    for st in statements:  # as --update-of would have given them
        twin = before_tags.get(st["text"])
        if twin is not None and not st["text"].startswith("Martuni lies"):
            assert [st[f] for f in ("speaker", "claim", "narration", "note")] == [
                twin[f] for f in ("speaker", "claim", "narration", "note")
            ], st["text"]


def test_an_update_in_a_batch_is_carried_onto_without_undoing_the_others(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """The hint under an update imported with other articles said to undo the whole import
    and import it again on its own: `source carry` leaves the batch as it is."""
    annotated(cli)
    other = tmp_path / "other.txt"
    other.write_text("Kelmar said the bridge at Orlov reopened on Monday after repairs.\n", "utf-8")
    r = cli("import", str(updated(tmp_path)), str(other))
    assert r.code == 0, r.err
    assert "claimtrack undo" not in r.err
    sources = len(cli("sources", "--json").json())
    _followed(cli, r.err)
    assert len(cli("sources", "--json").json()) == sources


def test_an_update_of_a_version_nobody_annotated_offers_nothing_to_carry(
    cli: Runner, tmp_path: Path
) -> None:
    """An earlier version never worked on has nothing to hand over: no command is offered."""
    src = imported(cli, EN)
    text = EN.read_text("utf-8").replace("Martuni lies about", "Martuni lies some")
    text = text.replace("pre-war population of around", "pre-war population of about")
    v2 = tmp_path / "v2.txt"
    v2.write_text(text, "utf-8")
    r = cli("import", str(v2))
    assert r.code == 0, r.err
    hint = _hint(r.err)
    assert f"looks like an update of {src['id']} " in hint
    assert hint.endswith("(none of them annotated there: nothing to carry)"), hint


RECOGNISED = "The region is internationally recognised as part of Azerbaijan"


def third(tmp_path: Path) -> Path:
    """The second version (`updated`) with one sentence more changed: closer to it than to
    the first."""
    text = updated(tmp_path).read_text("utf-8")
    text = text.replace(RECOGNISED, RECOGNISED.replace("internationally recognised", "recognised"))
    path = tmp_path / "herald-v3.txt"
    path.write_text(text, "utf-8")
    return path


def test_the_update_hint_names_the_version_the_analyst_worked_on(
    cli: Runner, tmp_path: Path
) -> None:
    """A third version is closest to the second, imported without --update-of and never
    annotated: the hint named it, and carrying from it would have carried nothing while the
    first version held the analyst's tags, narration mark and note."""
    annotated(cli)
    v1 = imported(cli, EN)["id"]
    v2 = imported(cli, updated(tmp_path))
    assert v2["update_of"]["source"] == v1
    r = cli("import", str(third(tmp_path)), "--json")
    assert r.code == 0, r.err
    (v3,) = r.json()["sources"]
    n = v3["statements"]
    assert v3["update_of"]["source"] == v1  # not v2, though it has one unchanged more
    assert v3["update_of"]["unchanged"] == n - 2
    cli("undo")
    r = cli("import", str(third(tmp_path)))
    assert f"looks like an update of {v1} " in _hint(r.err), r.err


def test_an_update_of_versions_none_worked_on_names_the_closest(tmp_path: Path) -> None:
    """With nothing annotated on either earlier version, the one with the most statements
    unchanged is named."""
    store = Store.memory()
    import_documents(store, [RawDocument(EN.read_bytes(), "v1.txt")])
    (v2,) = import_documents(store, [RawDocument(updated(tmp_path).read_bytes(), "v2.txt")])
    (v3,) = import_documents(store, [RawDocument(third(tmp_path).read_bytes(), "v3.txt")])
    assert v3.update_of is not None and v3.update_of.of == v2.source.id
    assert v3.update_of.unchanged == v3.statements - 1


def test_a_file_already_imported_given_with_update_of_says_what_came_of_it(
    cli: Runner, db: Path, tmp_path: Path
) -> None:
    """ "already imported" alone, under `import FILE --update-of SOURCE`, left the analyst
    guessing whether the annotations had come over. A duplicate stays a no-op (exit 0, as
    any re-import: `test_import_reports_sources_and_reimport_is_a_no_op`), saying why
    nothing was carried and, where there is something to carry, the command that does."""
    annotated(cli)
    herald = imported(cli, EN)["id"]
    denial = next(s["id"] for s in cli("sources", "--json").json() if "Defence" in s["title"])
    v2 = imported(cli, updated(tmp_path))["id"]  # imported without --update-of
    state = store_state(db)
    for path, of, said in (
        (EN, herald, f"it is the source --update-of names, word for word ({herald}): nothing"),
        (
            updated(tmp_path),
            herald,
            f"  an update of source {herald} imported without its annotations; to carry "
            f"those of 3 statements over: claimtrack source carry {herald} {v2} --db {db}",
        ),
        (updated(tmp_path), denial, f"shares no statement with source {denial} word for word"),
    ):
        r = cli("import", str(path), "--update-of", of)
        assert r.code == 0, r.err
        lines = r.err.splitlines()
        assert len(lines) == 2 and lines[0].startswith("already imported: "), r.err
        assert said in lines[1], r.err
        assert store_state(db) == state
    carried = cli("source", "carry", herald, v2)
    assert carried.code == 0
    r = cli("import", str(updated(tmp_path)), "--update-of", herald)
    assert r.err.splitlines()[1] == (
        f"  an update of source {herald}, which already has its annotations: nothing to carry"
    )
    js = cli("import", str(updated(tmp_path)), "--update-of", herald, "--json")
    assert js.code == 0 and js.json()["sources"][0]["duplicate"] is True
