"""Every file the app asks for or writes for the user goes through here.

Two things users met (issue 23): the report was saved to the current directory and the
exchange package to the home folder, with no common place; and in the Kyrgyz interface Qt's
file dialog mixed English and Russian words. So:

- one default folder for everything meapp writes for the user, `Documents/meapp`, and for
  each kind of file (reports, packages, plans, images…) the folder used last, remembered;
- in Kyrgyz, Qt's own dialog (not the system's, which speaks the system's language) with
  meapp's Kyrgyz words for it (`qt_dialog_words`); in Russian and English the system dialog.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from meapp.ui import i18n, settings

# The kinds of files, each with its own remembered folder.
REPORTS = "reports"
PACKAGES = "packages"
PLANS = "plans"
IMAGES = "images"
SIGNING = "signing"
EVIDENCE = "evidence"
DATABASES = "databases"
BACKUPS = "backups"
WEBSITE = "website"
EXPORTS = "exports"


def default_folder() -> Path:
    """`Documents/meapp` (beside the data folder when MEAPP_HOME makes a portable install)."""
    home = os.environ.get("MEAPP_HOME")
    if home:
        return Path(home) / "documents"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "meapp"


def _remembered() -> dict[str, str]:
    try:
        value = json.loads(settings.get(settings.Keys.FOLDERS) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def folder_for(kind: str) -> Path:
    """The folder last used for `kind` when it still exists, else the default (created)."""
    last = _remembered().get(kind)
    if last and Path(last).is_dir():
        return Path(last)
    folder = default_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


def remember(kind: str, path: str | Path) -> None:
    """Remember the folder of `path` for the next dialog of this kind."""
    folders = _remembered()
    folders[kind] = str(Path(path).parent)
    settings.put(settings.Keys.FOLDERS, json.dumps(folders, ensure_ascii=False))


def _options() -> QFileDialog.Option:
    if i18n.current_language() == "ky":
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def save_file(parent: QWidget | None, kind: str, caption: str, name: str, filters: str) -> str:
    """Ask where to save a file suggested as `name` (a bare file name or a full path)."""
    suggested = Path(name)
    start = suggested if suggested.is_absolute() else folder_for(kind) / suggested
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(start), filters, "", _options())
    if path:
        remember(kind, path)
    return path


def open_file(
    parent: QWidget | None, kind: str, caption: str, filters: str, start: str | Path = ""
) -> str:
    """Ask for a file to read; the dialog opens in `start`, else the folder used last."""
    path, _ = QFileDialog.getOpenFileName(
        parent, caption, str(start or folder_for(kind)), filters, "", _options()
    )
    if path:
        remember(kind, path)
    return path


def choose_folder(parent: QWidget | None, kind: str, caption: str, start: str = "") -> str:
    folder = QFileDialog.getExistingDirectory(
        parent,
        caption,
        start or str(folder_for(kind)),
        QFileDialog.Option.ShowDirsOnly | _options(),
    )
    if folder:
        remember(kind, Path(folder) / "x")
    return folder
