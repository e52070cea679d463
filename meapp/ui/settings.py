"""Every QSettings key of meapp, declared once with its type and default.

Picard's idea: a key is an object, not a string scattered through the code, so a typo is an
AttributeError and the default lives in one place. User preferences (`ui/…`, `backup/…`)
are kept apart from the saved window state (`state/…`). The file is an INI file in the
user's data folder (`meapp.paths.data_dir()`), so `MEAPP_HOME` isolates tests and portable
installs. Services never read settings; the UI passes values down.

QSettings works here without a QApplication, which the command line relies on
(`i18n.cli_translator` reads the saved language).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from meapp import paths

FILE_NAME = "meapp.ini"  # = meapp.paths.settings_path().name


@dataclass(frozen=True)
class Key:
    name: str
    type: type
    default: Any
    doc: str = ""


class Keys:
    """The declared keys. Add a key here, never elsewhere."""

    LANGUAGE = Key("ui/language", str, "", "ky, ru or en; empty = Kyrgyz (the default)")
    NAV_COLLAPSED = Key("ui/nav_collapsed", bool, False, "navigation shows icons only")
    LAST_PAGE = Key("ui/last_page", str, "dashboard", "page shown at start")
    LAST_PROGRAM = Key("ui/last_program", str, "", "programme id selected last time")
    LAST_PERIOD = Key("ui/last_period", str, "", "period selected last time")
    LAST_DB = Key("ui/last_database", str, "", "database opened last time (empty = default)")
    LAST_LOGIN = Key("ui/last_login", str, "", "login typed last time")
    RECENT_REPORTS = Key(
        "ui/recent_reports", str, "", "JSON: programme id -> report files built lately"
    )
    FOLDERS = Key(
        "ui/folders", str, "", "JSON: kind of file -> folder used last (reports, packages, …)"
    )
    WEBSITE = Key(
        "report/website", str, "", "the municipality's website: the citizen summary's QR code"
    )
    BACKUP_FOLDER = Key("backup/folder", str, "", "backup folder; empty = data folder/backups")
    WINDOW_GEOMETRY = Key("state/window_geometry", QByteArray, QByteArray(), "saved geometry")
    WINDOW_STATE = Key("state/window_state", QByteArray, QByteArray(), "saved window state")

    @classmethod
    def all(cls) -> list[Key]:
        return [v for v in vars(cls).values() if isinstance(v, Key)]


def settings_path() -> Path:
    return paths.settings_path()


def _qsettings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def get(key: Key) -> Any:
    """The stored value converted to the key's type; the default when absent or unreadable."""
    raw: Any = _qsettings().value(key.name, None)
    if raw is None:
        return key.default
    try:
        if key.type is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("1", "true", "yes", "on")
            return bool(raw)
        if key.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(bytes(raw))
        return key.type(raw)
    except (TypeError, ValueError):
        return key.default


def put(key: Key, value: Any) -> None:
    if value is not None and not isinstance(value, key.type):
        raise TypeError(f"setting {key.name} takes {key.type.__name__}, not {type(value).__name__}")
    s = _qsettings()
    if value is not None and s.value(key.name, None) == value:
        return  # unchanged: no write (the start re-saves the programme and period shown)
    if value is None:
        s.remove(key.name)
    else:
        s.setValue(key.name, value)
    s.sync()


def backup_folder() -> Path:
    """The folder automatic and manual backups go to (setting, else the data folder's)."""
    chosen = get(Keys.BACKUP_FOLDER)
    return Path(chosen) if chosen else paths.backups_dir()
