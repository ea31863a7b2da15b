"""An option that takes one value, given twice, is refused rather than the last one kept."""

from __future__ import annotations

from pathlib import Path

from tests.cli.desk import EN, EN_DENIAL, imported
from tests.conftest import Runner, store_state


def test_two_outlets_for_one_import_are_refused_pointing_to_the_manifest(
    cli: Runner, db: Path
) -> None:
    """`import a.txt b.txt --outlet "Harbour Times" --outlet "Вестник Юга"` exited 0 and gave
    both sources the second outlet."""
    r = cli(
        "import", str(EN), str(EN_DENIAL),
        "--outlet", "Harbour Times", "--outlet", "Вестник Юга", "--published", "2025-03-06",
    )  # fmt: skip
    assert r.code == 2 and r.out == ""
    assert r.err == (
        "claimtrack: error: --outlet given more than once: it takes one value for every file "
        "imported; to give each file its own, list them in a manifest.json in their folder and "
        "import the folder (see 'claimtrack import --help')\n"
    )
    assert not db.exists()  # nothing imported, no store made


def test_any_one_value_option_given_twice_is_refused_in_one_line(cli: Runner, db: Path) -> None:
    src = imported(cli, EN)
    before = store_state(db)
    for args in (
        ("claims", "--sort", "recent", "--sort", "id"),
        ("source", "edit", src["id"], "--outlet", "Gatra", "--outlet", "Kompas"),
        ("speaker", "add", "Karabakh officials", "--side", "armenia", "--side", "azerbaijan"),
    ):
        r = cli(*args)
        assert r.code == 2, (args, r.err)
        option = args[-2]
        assert r.err.startswith(f"claimtrack: error: {option} given more than once: it takes "
                                "one value (see 'claimtrack ")  # fmt: skip
        assert r.err.count("\n") == 1
    r = cli("--db", str(db), "--db", "other.json", "sources", use_db=False)  # the group's too
    assert r.code == 2 and r.err.startswith("claimtrack: error: --db given more than once")
    assert store_state(db) == before


def test_flags_and_repeatable_options_may_still_be_given_twice(cli: Runner, db: Path) -> None:
    imported(cli, EN)
    assert cli("sources", "--json", "--json").code == 0
    r = cli("speaker", "add", "Ilham Aliyev", "--alias", "Aliyev", "--alias", "Presiden")
    assert r.code == 0, r.err
