"""Where CirclesDesk keeps its files; the only user of platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "CirclesDesk"
DATA_DIR_ENV = "CIRCLESDESK_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault folder: the override, else $CIRCLESDESK_DATA_DIR, else the user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # here, not above: `circlesdesk --version` starts without it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def log_dir() -> Path:
    """Folder for the application log (event types and ids only, never note text)."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
