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
