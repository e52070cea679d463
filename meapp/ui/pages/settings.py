"""The Settings page: language (switches at once), the traffic-light thresholds, backups
(folder, "Back up now", the list of backups with Restore…)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meapp import paths
from meapp.models.formulas import DEFAULT_AMBER, DEFAULT_GREEN
from meapp.models.numbers import format_percent
from meapp.ui import labels, settings, style
from meapp.ui.common import file_dialogs
from meapp.ui.common.language_box import LanguageBox
from meapp.ui.context import AppContext, Scope
from meapp.ui.pages.base import Page, title_label
from meapp.ui.reports.website_setting import WebsiteBox


def _dot(colour: str, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


class SettingsPage(Page):
    key = "settings"
    backup_made = Signal(str)  # the path of the new backup

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        self.heading = title_label()
        layout.addWidget(self.heading)

        # language
        self.language_box = QGroupBox()
        form = QFormLayout(self.language_box)
        self.language_label = QLabel()
        self.language = LanguageBox()
        self.language.setMinimumWidth(220)
        self.language_label.setBuddy(self.language)
        self.language_hint = QLabel()
        self.language_hint.setObjectName("Muted")
        self.language_hint.setWordWrap(True)
        form.addRow(self.language_label, self.language)
        form.addRow(self.language_hint)
        layout.addWidget(self.language_box)

        # thresholds
        self.thresholds_box = QGroupBox()
        grid = QGridLayout(self.thresholds_box)
        grid.setColumnStretch(2, 1)
        self._status_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for row, code in enumerate(("on_track", "at_risk", "off_track", "no_data", "needs_review")):
            dot = QLabel()
            dot.setPixmap(_dot(style.STATUS_COLOURS[code]))
            word = QLabel()
            word.setStyleSheet("font-weight: bold;")
            rule = QLabel()
            grid.addWidget(dot, row, 0)
            grid.addWidget(word, row, 1)
            grid.addWidget(rule, row, 2)
            self._status_rows[code] = (word, rule)
        self.thresholds_note = QLabel()
        self.thresholds_note.setObjectName("Muted")
        self.thresholds_note.setWordWrap(True)
        grid.addWidget(self.thresholds_note, 5, 0, 1, 3)
        layout.addWidget(self.thresholds_box)

        # reports: the website the citizen summary's QR code opens (issue 21)
        self.website_box = WebsiteBox(ctx.read_only)
        layout.addWidget(self.website_box)

        # backups
        self.backup_box = QGroupBox()
        bform = QFormLayout(self.backup_box)
        self.folder_label = QLabel()
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder_label.setBuddy(self.folder)
        self.choose_button = QPushButton()
        self.backup_button = QPushButton()
        row_widget = QWidget()
        folder_row = QHBoxLayout(row_widget)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        bform.addRow(self.folder_label, row_widget)
        self.last_backup_label = QLabel()
        self.last_backup = QLabel()
        bform.addRow(self.last_backup_label, self.last_backup)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addStretch(1)
        bform.addRow("", backup_row)
        self.data_folder_label = QLabel()
        self.data_folder = QLabel(str(paths.data_dir()))
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder.setWordWrap(True)
        bform.addRow(self.data_folder_label, self.data_folder)
        from meapp.ui.store.backup_dialogs import BackupList

        self.backup_list = BackupList(ctx)
        self.backup_list.setMinimumHeight(150)
        self.backups_label = QLabel()
        bform.addRow(self.backups_label, self.backup_list)
        layout.addWidget(self.backup_box, 1)

        self.folder.setText(str(settings.backup_folder()))
        writable = not ctx.read_only and ctx.db.path is not None
        self.choose_button.setEnabled(writable)
        self.backup_button.setEnabled(writable and ctx.actor.can("read"))
        self.choose_button.clicked.connect(self._choose_folder)
        self.backup_button.clicked.connect(self._backup_now)
        self.retranslate_ui()

    # -- backups ------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        chosen = file_dialogs.choose_folder(
            self, file_dialogs.BACKUPS, self.tr("Folder for backups"), self.folder.text()
        )
        if chosen:
            settings.put(settings.Keys.BACKUP_FOLDER, chosen)
            self.folder.setText(chosen)
            self._show_last_backup()
            self.backup_list.refresh()

    def _backup_now(self) -> None:
        from meapp.store.backup import backup_file
        from meapp.ui.worker import run_task

        folder = settings.backup_folder()
        db = self.ctx.db

        def done(path) -> None:
            self._show_last_backup()
            self.backup_list.refresh()
            self.backup_made.emit(str(path))

        run_task(
            self,
            lambda _progress, _cancelled: backup_file(db, folder=folder, reason="manual"),
            label=self.tr("Saving a backup…"),
            on_finished=done,
            cancellable=False,
        )

    def _show_last_backup(self) -> None:
        from meapp.store.backup import last_backup_time

        if self.ctx.db.path is None:
            self.last_backup.setText(self.tr("made by the database server"))
            return
        when = last_backup_time(self.ctx.db, settings.backup_folder())
        self.last_backup.setText(when.strftime("%d.%m.%Y %H:%M") if when else self.tr("none yet"))

    # -- scope and texts ----------------------------------------------------------------
    def set_scope(self, scope: Scope) -> None:
        super().set_scope(scope)
        self._fill_thresholds()

    def _fill_thresholds(self) -> None:
        p = self.scope.program
        green = p.threshold_green if p else DEFAULT_GREEN
        amber = p.threshold_amber if p else DEFAULT_AMBER
        rules = {
            "on_track": self.tr("progress {green} or more").format(green=format_percent(green)),
            "at_risk": self.tr("progress from {amber} to {green}").format(
                amber=format_percent(amber), green=format_percent(green)
            ),
            "off_track": self.tr("progress below {amber}").format(amber=format_percent(amber)),
            "no_data": self.tr("no actual value for the period"),
            "needs_review": self.tr(
                "a value far off its series or outside its unit: left out of the roll-ups "
                "until an evaluator confirms or corrects it"
            ),
        }
        for code, (word, rule) in self._status_rows.items():
            word.setText(labels.indicator_status(code))
            rule.setText(rules[code])

    def retranslate_ui(self) -> None:
        self.language.sync()
        self.heading.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Language of the program:"))
        self.language_hint.setText(
            self.tr("The new language applies at once, and again at the next start.")
        )
        self.thresholds_box.setTitle(self.tr("Traffic lights of the programme"))
        self.thresholds_note.setText(
            self.tr(
                "Progress is (actual − baseline) / (target − baseline). The thresholds belong "
                "to the programme; an administrator changes them with the plan."
            )
        )
        self.backup_box.setTitle(self.tr("Backups"))
        self.folder_label.setText(self.tr("&Backup folder:"))
        self.choose_button.setText(self.tr("Choose…"))
        self.backup_button.setText(self.tr("Back up &now"))
        self.last_backup_label.setText(self.tr("Last backup:"))
        self.data_folder_label.setText(self.tr("Data folder:"))
        self.backups_label.setText(self.tr("Backups:"))
        self.backup_list.retranslate_ui()
        self._fill_thresholds()
        self._show_last_backup()


PAGE = SettingsPage
