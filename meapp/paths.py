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


def resources_dir() -> Path:
    """Icons, fonts, help pages and demo data: package data inside `meapp/`.

    The same place from a checkout, an installed wheel and the PyInstaller bundle (which
    keeps the package folder under `sys._MEIPASS/meapp`), so nothing depends on the
    current directory or on files beside the package.
    """
    return PACKAGE_DIR / "resources"


def translations_dir() -> Path:
    """The compiled catalogues (`meapp_<lang>.qm`), made from `translations/*.ts` by the
    wheel's build step or by `scripts/translations.py compile`."""
    return resources_dir() / "translations"


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


def settings_path() -> Path:
    """The user's settings (an INI file QSettings writes; the command line reads the saved
    language from it without Qt)."""
    return data_dir() / "meapp.ini"
