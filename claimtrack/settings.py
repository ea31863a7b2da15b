"""The analyst's preferences that outlive a session (the TUI's theme), in one small JSON file.

Preferences belong to the analyst, not to an investigation: they live in the config folder
(`resources.config_dir()`), never in the store that git and colleagues see. Losing them costs
a key press, so reading is forgiving (a missing, unreadable or hand-broken file is no
preferences) and writing replaces the file whole, so a crash never leaves half of it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimtrack.resources import config_dir
from claimtrack.store.storage import atomic_write

FILENAME = "settings.json"


def settings_path() -> Path:
    """The preferences file (it may not exist)."""
    return config_dir() / FILENAME


def load_settings() -> dict[str, Any]:
    """Every preference saved so far; {} when there is no file or it cannot be read."""
    try:
        found = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, RuntimeError):  # RuntimeError: no home folder to find it in
        return {}
    return found if isinstance(found, dict) else {}


def save_setting(name: str, value: Any) -> None:
    """Keep `value` as preference `name`, beside the others (raises OSError if it cannot)."""
    try:
        path = settings_path()
    except RuntimeError as exc:  # no home folder
        raise OSError(str(exc)) from exc
    wanted = {**load_settings(), name: value}
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(wanted, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write(path, text.encode("utf-8"))  # the store's own: temp file, fsync, rename
