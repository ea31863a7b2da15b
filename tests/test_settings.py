"""Preferences kept between sessions: forgiving to read, replaced whole when written."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.settings import load_settings, save_setting, settings_path


def test_a_saved_preference_is_read_back_beside_the_others() -> None:
    assert load_settings() == {}  # nothing saved yet
    save_setting("theme", "textual-light")
    save_setting("other", 3)
    assert load_settings() == {"theme": "textual-light", "other": 3}
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]  # no temp


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "", "\x00\xff"])
def test_a_broken_settings_file_is_no_preferences_and_is_replaced_by_the_next_save(
    content: str,
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8", errors="surrogateescape")
    assert load_settings() == {}
    save_setting("theme", "textual-dark")
    assert load_settings() == {"theme": "textual-dark"}


def test_a_settings_folder_that_cannot_be_written_raises_os_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(blocker / "claimtrack"))
    with pytest.raises(OSError):
        save_setting("theme", "textual-light")
    assert load_settings() == {}


def test_the_config_folder_follows_xdg_when_not_set_explicitly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAIMTRACK_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "claimtrack" / "settings.json"
