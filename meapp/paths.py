"""Where meapp keeps its files.

Qt-free on purpose: the command line and the services need the same answer as the GUI, and
the bundled app must write only to the user's data folder, never beside the executable.
`MEAPP_HOME` overrides the folder (tests and portable installs use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _bundle_root() -> Path:
    """The folder that holds `resources/` and `translations/`.

    In a PyInstaller bundle that is `sys._MEIPASS`; from a checkout, the project root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return PACKAGE_DIR.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def translations_dir() -> Path:
    return _bundle_root() / "translations"


def data_dir() -> Path:
    """The user's data folder (database, backups, logs, settings); created on demand."""
    override = os.environ.get("MEAPP_HOME")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA") or str(Path.home())
        path = Path(base) / "meapp"
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / "meapp"
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / "meapp"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "meapp.db"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
