"""A second window on a database another meapp window already has open.

Two windows on one SQLite file work (WAL: both read and write, each transaction whole), but
a person who opens meapp twice by accident then edits in two places, sees the other
window's changes only after a reload, and cannot restore a backup until one closes. So the
second window says so before the login and lets the user go back to the open window (quit
this one) or open the database here too.

"Use the open window" ends this start and asks the open window to come to the front:
a `<pid>.come-forward` file in the database's registration folder (`meapp.store.presence`),
which every window watches with a QFileSystemWatcher (QtCore only: the packaged app ships
no QtNetwork). Where the system does not let a window take the focus (Windows, from the
background) it flashes in the task bar instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from meapp.store import presence
from meapp.store.engine import Database

CONTEXT = "SharedDatabase"


def other_windows(db: Database) -> list[presence.Holder]:
    """The other meapp windows (processes) that have this database open."""
    if db.path is None:
        return []
    return [h for h in presence.others(db.path) if h.role == "window"]


def second_window_box(
    db: Database, holders: list[presence.Holder], parent: QWidget | None = None
) -> tuple[QMessageBox, QPushButton, QPushButton]:
    """The warning, and its two buttons: (box, use the open window, open here too)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate(CONTEXT, "meapp"),
        QCoreApplication.translate(
            CONTEXT, "{file} is already open in another meapp window (process {pid})."
        ).format(file=db.display_name, pid=", ".join(str(h.pid) for h in holders)),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            CONTEXT,
            "Both windows can work on it at once, but each shows the other's changes only "
            "after a reload, and a backup cannot be restored while both are open. Go on in "
            "the window that is already open (this one closes), or open the database here "
            "as well.",
        )
    )
    use_open = box.addButton(
        QCoreApplication.translate(CONTEXT, "&Use the open window"),
        QMessageBox.ButtonRole.RejectRole,
    )
    here_too = box.addButton(
        QCoreApplication.translate(CONTEXT, "&Open here as well"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(use_open)
    box.setEscapeButton(use_open)
    return box, use_open, here_too


def confirm_second_window(db: Database, parent: QWidget | None = None) -> bool:
    """True when this start goes on: no other window has the database open, or the user
    chose to open it here as well."""
    holders = other_windows(db)
    if not holders:
        return True
    box, _use_open, here_too = second_window_box(db, holders, parent)
    box.exec()
    if box.clickedButton() is here_too:
        return True
    assert db.path is not None
    presence.nudge(db.path, holders[0].pid)
    return False


class ComeForward(QObject):
    """Brings `window` to the front when a second meapp start on the same database asks
    (`presence.nudge`)."""

    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.came_forward = 0
        self.watcher = QFileSystemWatcher(self)
        where = presence.folder(path)
        if where.is_dir():
            self.watcher.addPath(str(where))
        self.watcher.directoryChanged.connect(self._changed)

    def _changed(self, _folder: str) -> None:
        if not presence.nudged(self.path):
            return
        self.came_forward += 1
        window = self.window
        if window.isMinimized():
            window.showNormal()
        if QApplication.platformName() not in ("offscreen", "minimal"):  # no window stacking
            window.raise_()
            window.activateWindow()
            QApplication.alert(window)


def watch_for_second_start(window: QWidget, db: Database) -> ComeForward | None:
    """Once the window is up: come to the front when another start asks (SQLite files)."""
    if db.path is None:
        return None
    return ComeForward(window, db.path)
