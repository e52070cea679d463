"""Backups in the GUI: the list of backups, "Back up now", restore, and the check at start.

A restore replaces the database file under the running window, so afterwards the window
closes and the app opens the restored database again (the same path through
`MainWindow.reopen_path` that "Open database…" uses), with a fresh login. The check at
start (`offer_restore_at_start`) runs before the database is opened: when the file is
damaged it names the problem and offers the newest intact backup.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import PermissionDenied
from meapp.ui import settings
from meapp.ui.common import file_dialogs
from meapp.ui.context import AppContext
from meapp.ui.i18n import QT_TRANSLATE_NOOP, ui_translate
from meapp.ui.messages import confirm, error_text, show_error, show_info
from meapp.ui.signing.dialogs import run_and_wait

CONTEXT = "BackupDialogs"
log = logging.getLogger(__name__)


REASONS = {
    "start": QT_TRANSLATE_NOOP("BackupDialogs", "at start"),
    "close": QT_TRANSLATE_NOOP("BackupDialogs", "at close"),
    "manual": QT_TRANSLATE_NOOP("BackupDialogs", "by hand"),
    "upgrade": QT_TRANSLATE_NOOP("BackupDialogs", "before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("BackupDialogs", "before a restore"),
    "damaged": QT_TRANSLATE_NOOP("BackupDialogs", "damaged copy"),
    "auto": QT_TRANSLATE_NOOP("BackupDialogs", "automatic"),
}


def _tr(text: str) -> str:
    """A marked constant (QT_TRANSLATE_NOOP) in the language shown now."""
    return QCoreApplication.translate(CONTEXT, text)


def reason_label(reason: str) -> str:
    return _tr(REASONS[reason]) if reason in REASONS else reason


def size_text(size: int) -> str:
    from meapp.models.numbers import format_number

    if size >= 1024 * 1024:
        return QCoreApplication.translate(CONTEXT, "{n} MB").format(
            n=format_number(round(size / 1024 / 1024, 1))
        )
    return QCoreApplication.translate(CONTEXT, "{n} KB").format(
        n=format_number(max(1, round(size / 1024)))
    )


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


# -- actions ----------------------------------------------------------------------------------


def back_up_now(parent: QWidget | None, ctx: AppContext) -> Path | None:
    """A manual backup into the backup folder; says where it went."""
    from meapp.store.backup import backup_file

    db, folder = ctx.db, settings.backup_folder()
    path, error = run_and_wait(
        parent,
        lambda _p, _c: backup_file(db, folder=folder, reason="manual"),
        QCoreApplication.translate(CONTEXT, "Saving a backup…"),
    )
    if error is not None:
        show_error(parent, error)
        return None
    show_info(
        parent, QCoreApplication.translate(CONTEXT, "Backup saved: {file}").format(file=str(path))
    )
    return Path(path)


def backup_failure_text(exc: BaseException) -> str:
    """One line for a failed automatic backup: what failed and why, in the user's words."""
    if isinstance(exc, OSError):
        why = exc.strerror or str(exc)
        if exc.filename:
            why = f"{why}: {exc.filename}"
    else:
        why = error_text(exc)
    return QCoreApplication.translate(CONTEXT, "The automatic backup failed: {error}").format(
        error=why
    )


def show_close_backup_failed(parent: QWidget | None, exc: BaseException) -> None:
    """The backup at close failed: say so before the window goes (the data themselves
    are saved in the database; only the safety copy is missing)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate(CONTEXT, "meapp"),
        backup_failure_text(exc),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            CONTEXT,
            "Your changes are saved in the database; only today's backup copy is missing. "
            "Check the backup folder {folder} (free space, permissions), then make a backup "
            "with File → Back up now the next time meapp starts.",
        ).format(folder=str(settings.backup_folder()))
    )
    box.exec()


def can_restore(ctx: AppContext) -> bool:
    return not ctx.read_only and ctx.db.path is not None and ctx.actor.can("backup.restore")


def restore_backup(parent: QWidget | None, ctx: AppContext, source: Path, when: str = "") -> bool:
    """Replace the database with `source` after the user confirms; then reopen the window
    on the restored database (or, without a main window, ask for a restart)."""
    if not can_restore(ctx):
        show_error(
            parent,
            PermissionDenied(
                "the role {role} does not allow this action ({right})",
                role=ctx.actor.role,
                right="backup.restore",
            ),
        )
        return False
    if not _alone_on_the_database(parent, ctx):
        return False
    if not confirm(
        parent,
        QCoreApplication.translate(CONTEXT, "Restore the database from {file}?").format(
            file=source.name
        )
        if not when
        else QCoreApplication.translate(
            CONTEXT, "Restore the database as it was on {time}?"
        ).format(time=when),
        QCoreApplication.translate(
            CONTEXT,
            "Changes made after that backup are undone. The database as it is now is saved "
            "first as a backup, so nothing is lost. meapp then opens the restored database "
            "and you log in again.",
        ),
    ):
        return False
    return _restore_and_reopen(parent, ctx, source)


def _with_statistics(db, result):
    """The restore's result, after refreshing the planner's statistics of the restored
    file where its row counts call for it (issue 22; on the worker thread)."""
    from meapp.services.common.db_stats import refresh_after_bulk

    refresh_after_bulk(db)
    return result


def _alone_on_the_database(parent: QWidget | None, ctx: AppContext) -> bool:
    """Before asking anything: a restore is refused while another meapp process has the
    database open (the same check the restore makes again itself)."""
    from meapp.errors import MeappError
    from meapp.store.restore import refuse_if_shared

    if ctx.db.path is None:
        return True
    try:
        refuse_if_shared(ctx.db.path)
    except MeappError as exc:
        show_error(parent, exc)
        return False
    return True


def _restore_and_reopen(parent: QWidget | None, ctx: AppContext, source: Path) -> bool:
    """The restore itself: this window's background work ends first and the restore
    closes this process's connections; it is refused while another process has the
    database open (`meapp.store.restore.refuse_if_shared`), and says which."""
    from meapp.store.restore import restore_file
    from meapp.ui.worker import wait_for_tasks

    wait_for_tasks()
    db, folder, login = ctx.db, settings.backup_folder(), ctx.actor.login
    result, error = run_and_wait(
        parent,
        lambda _p, _c: _with_statistics(
            db, restore_file(db, source, folder=folder, actor_login=login)
        ),
        QCoreApplication.translate(CONTEXT, "Restoring the database…"),
    )
    if error is not None:
        show_error(parent, error)
        return False
    informative = (
        QCoreApplication.translate(
            CONTEXT, "The database before the restore was saved as {file}."
        ).format(file=result.previous_copy.name)
        if result.previous_copy
        else ""
    )
    window = parent
    while window is not None and not hasattr(window, "reopen_path"):
        window = window.parentWidget()
    if window is not None:
        show_info(
            parent,
            QCoreApplication.translate(
                CONTEXT, "The database was restored. meapp opens it again now."
            ),
            informative,
        )
        window.reopen_path = str(result.target)
        window.close()
    else:
        show_info(
            parent,
            QCoreApplication.translate(
                CONTEXT, "The database was restored. Start meapp again to work with it."
            ),
            informative,
        )
    return True


# -- the list ---------------------------------------------------------------------------------


class BackupList(QWidget):
    """The backups of the open database, newest first: when, why, how large; Restore…"""

    restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._backups: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("Muted")
        row = QHBoxLayout()
        self.restore_button = QPushButton()
        self.other_button = QPushButton()
        row.addWidget(self.restore_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.restore_other)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.retranslate_ui()

    def refresh(self) -> None:
        from meapp.store.backup import backups

        try:
            found = backups(self.ctx.db, settings.backup_folder()) if self.ctx.db.path else []
        except OSError:
            found = []
        self._backups = found
        self.table.setRowCount(len(found))
        for row, b in enumerate(found):
            when = _cell(b.taken_at.strftime("%d.%m.%Y %H:%M:%S"))
            when.setToolTip(str(b.path))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, _cell(reason_label(b.reason)))
            size = _cell(size_text(b.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        self.empty.setVisible(not found)
        self._update_buttons()

    def backups(self) -> list[Any]:
        return list(self._backups)

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        allowed = can_restore(self.ctx)
        self.restore_button.setEnabled(allowed and bool(self.table.selectionModel().selectedRows()))
        self.other_button.setEnabled(allowed)

    def restore_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        info = self._backups[rows[0].row()]
        done = restore_backup(self, self.ctx, info.path, info.taken_at.strftime("%d.%m.%Y %H:%M"))
        if done:
            self.restored.emit()
        return done

    def restore_other(self) -> bool:
        path = file_dialogs.open_file(
            self,
            file_dialogs.BACKUPS,
            QCoreApplication.translate(CONTEXT, "Restore from a backup file"),
            QCoreApplication.translate(CONTEXT, "meapp databases (*.db *.sqlite);;All files (*)"),
            start=settings.backup_folder(),
        )
        if not path:
            return False
        done = restore_backup(self, self.ctx, Path(path))
        if done:
            self.restored.emit()
        return done

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate(CONTEXT, "Time"),
                QCoreApplication.translate(CONTEXT, "Made"),
                QCoreApplication.translate(CONTEXT, "Size"),
            ]
        )
        self.empty.setText(
            QCoreApplication.translate(
                CONTEXT,
                "No backups yet. meapp makes one at every start and close; or press Back up now.",
            )
        )
        self.restore_button.setText(QCoreApplication.translate(CONTEXT, "&Restore…"))
        self.other_button.setText(
            QCoreApplication.translate(CONTEXT, "Restore from &another file…")
        )
        self.refresh()


class BackupsDialog(QDialog):
    """The File menu's "Restore from a backup…": the list, in a window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = BackupList(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.restored.connect(self.accept)
        self.setWindowTitle(QCoreApplication.translate(CONTEXT, "Restore from a backup"))
        self.note.setText(
            QCoreApplication.translate(
                CONTEXT, "Choose the backup to go back to. Only an administrator can restore."
            )
            if not can_restore(ctx)
            else QCoreApplication.translate(
                CONTEXT, "Choose the backup to go back to; the newest is at the top."
            )
        )


# -- at start ---------------------------------------------------------------------------------


def ask_restore_at_start(problem: str, backup_time: str | None) -> bool:
    """Tell the user the database is damaged; True when they choose to restore the backup
    of `backup_time` (None: no intact backup was found, only "continue" is offered)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate(CONTEXT, "meapp"), problem
    )
    restore = None
    if backup_time is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                CONTEXT,
                "The newest intact backup is of {time}. Restore it? The damaged file is "
                "kept as a copy beside the backups.",
            ).format(time=backup_time)
        )
        restore = box.addButton(
            QCoreApplication.translate(CONTEXT, "&Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(CONTEXT, "No intact backup was found in {folder}.").format(
                folder=str(settings.backup_folder())
            )
        )
    box.addButton(
        QCoreApplication.translate(CONTEXT, "&Continue without restoring"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    return restore is not None and box.clickedButton() is restore


def offer_restore_at_start(db_arg: str) -> bool:
    """Before the database opens: its header and schema are read (the page scan follows in
    the background, `schedule_integrity_check`); when the file is damaged, say what is
    wrong and offer the newest intact backup. Nothing happens for a healthy file, a new
    file or a database server. True when a backup was restored."""
    from meapp.store.backup import startup_check
    from meapp.store.db import open_database
    from meapp.store.restore import restore_file

    if "://" in db_arg or not Path(db_arg).is_file():
        return False
    db = open_database(db_arg, migrate=False)
    try:
        check = startup_check(db, settings.backup_folder(), scan=False)
        if check.ok:
            return False
        problem = ui_translate("problems", check.problem or "").format(**check.params)
        backup = check.backup
        when = backup.taken_at.strftime("%d.%m.%Y %H:%M") if backup else None
        if not ask_restore_at_start(problem, when) or backup is None:
            return False
        try:
            restore_file(db, backup.path, folder=settings.backup_folder())
        except Exception as exc:  # noqa: BLE001 - shown to the user; the start goes on
            show_error(None, exc)
            return False
        show_info(
            None,
            QCoreApplication.translate(
                CONTEXT, "The database was restored from the backup of {time}."
            ).format(time=when),
        )
        return True
    finally:
        db.dispose()


def schedule_integrity_check(window: Any) -> None:
    """Once the window is up: SQLite's page scan (`quick_check`) off the GUI thread; when
    it finds damage, offer the newest intact backup and reopen the window on it."""
    from PySide6.QtCore import QTimer

    from meapp.store.backup import startup_check
    from meapp.ui.worker import run_task

    ctx = window.ctx
    if ctx.db.path is None:
        return
    db, folder = ctx.db, settings.backup_folder()

    def checked(check: Any) -> None:
        if check.ok:
            return
        problem = ui_translate("problems", check.problem or "").format(**check.params)
        if not can_restore(ctx):
            show_info(
                window,
                problem,
                QCoreApplication.translate(
                    CONTEXT, "Ask an administrator to restore the newest backup (File → Restore)."
                ),
            )
            return
        backup = check.backup
        when = backup.taken_at.strftime("%d.%m.%Y %H:%M") if backup else None
        if ask_restore_at_start(problem, when) and backup is not None:
            _restore_and_reopen(window, ctx, backup.path)

    QTimer.singleShot(  # bound to the window: closing it first cancels the check
        2500,
        window,
        lambda: run_task(
            window,
            lambda _p, _c: startup_check(db, folder),
            label="",
            show_progress=False,
            on_finished=checked,
            on_failed=lambda exc: log.warning("integrity check failed: %s", exc),
        ),
    )


# -- the File menu's entries ------------------------------------------------------------------


def open_back_up_now(window: Any) -> None:
    """File → Back up now…; the status bar then shows the new backup's time."""
    path = back_up_now(window, window.ctx)
    made = getattr(window, "_backup_made", None)
    if path is not None and callable(made):
        made(str(path))


def open_restore(window: Any) -> None:
    """File → Restore from a backup…"""
    BackupsDialog(window.ctx, window).exec()
