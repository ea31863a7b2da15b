"""A new analyst's trial: registering an organisation made it the speaker of every statement
its named office-holder made ("NATO's Secretary General Mark Rutte said"), an Indonesian
spokesman named after a long office gave the ministry and then a new speaker "Iqbal", and
accepting kept a possessive in the names registered."""

from __future__ import annotations

from pathlib import Path

from tests.cli.desk import imported
from tests.conftest import Runner


def test_a_registered_organisation_leaves_its_office_holder_proposed(
    cli: Runner, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "NATO's Secretary General Mark Rutte said the alliance would respond.\n\n"
        "Hamas's political chief Ismail Haniyeh said talks had stalled.\n",
        encoding="utf-8",
    )
    src = imported(cli, article)
    for body in ("NATO", "Hamas"):
        assert cli("speaker", "add", body, "--kind", "organisation").code == 0
    rows = cli("statements", "--json", "--source", src["id"]).json()
    assert [row["suggestion"]["proposed_name"] for row in rows] == ["Mark Rutte", "Ismail Haniyeh"]
    assert "NATO? (0.90)" not in cli("statements").out


def test_an_indonesian_spokesman_accepted_is_found_again_by_his_surname(
    cli: Runner, tmp_path: Path
) -> None:
    article = tmp_path / "kemlu.txt"
    article.write_text(
        "Juru bicara Kementerian Luar Negeri Indonesia Lalu Muhamad Iqbal mengatakan "
        "pemerintah memantau situasi.\n\n"
        '"Kami mengimbau WNI tetap tenang," kata Iqbal.\n',
        encoding="utf-8",
    )
    src = imported(cli, article, "--lang", "id")
    first, second = cli("statements", "--json", "--source", src["id"]).json()
    assert first["suggestion"]["proposed_name"] == "Lalu Muhamad Iqbal"
    r = cli("tag", first["id"], "--suggested", "--json")
    assert r.code == 0, r.err
    iqbal = r.json()["speaker"]
    again = cli("statements", "--json", "--source", src["id"]).json()[1]
    assert again["id"] == second["id"] and again["suggestion"]["speaker"] == iqbal
    (speaker,) = cli("speaker", "list", "--json").json()
    assert (speaker["name"], speaker["kind"]) == ("Lalu Muhamad Iqbal", "person")


def test_accepting_a_possessive_office_registers_no_possessive(cli: Runner, tmp_path: Path) -> None:
    article = tmp_path / "b.txt"
    article.write_text(
        "Valdoria's Defence Ministry said the drills were routine.\n\n"
        "Mersland's Foreign Minister Ola Berg said the talks would go on.\n",
        encoding="utf-8",
    )
    src = imported(cli, article)
    for row in cli("statements", "--json", "--source", src["id"]).json():
        assert cli("tag", row["id"], "--suggested").code == 0
    names = {s["name"]: s["aliases"] for s in cli("speaker", "list", "--json").json()}
    assert names == {
        "Valdoria Defence Ministry": [],
        "Ola Berg": ["Mersland Foreign Minister"],
    }
