"""The evidence dialog: the files behind one figure, measure, public check or hearing.

The Monitoring page opens it for an indicator's actual or a measure's progress in a period;
the Working group page for a public check (its photos) or a hearing (minutes, photos). It
lists the files with a thumbnail for photos, adds files with their kind, number and date,
opens one with the system's viewer (from a copy in the user's data folder, after the
SHA-256 check), and removes one after a confirmation. It is read-only when the period is
approved or the role may not enter data.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meapp import paths
from meapp.errors import MeappError
from meapp.models.enums import EVIDENCE_KINDS
from meapp.services.monitoring import evidence
from meapp.ui import labels, messages
from meapp.ui.common import file_dialogs
from meapp.ui.common.form_widgets import (
    OptionalDateEdit,
    code_combo,
    date_text,
    fill_words,
    item,
    plain_table,
    selected_key,
    size_text,
)
from meapp.ui.context import AppContext
from meapp.ui.worker import run_task

log = logging.getLogger(__name__)

THUMB = 56
THUMB_MAX_BYTES = 15 * 1024 * 1024  # larger photos show the generic icon, not a thumbnail
COL_PREVIEW, COL_KIND, COL_NUMBER, COL_DATE, COL_NAME, COL_SIZE = range(6)


def _safe_name(name: str) -> str:
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip() or "file"


class EvidenceDialog(QDialog):
    """Files of one owner. `changed` is True once a file was added or removed, so the
    caller knows to refresh its evidence counts."""

    def __init__(
        self,
        ctx: AppContext,
        program_id: str,
        period: str,
        owner_type: str,
        subject_id: str,
        subject_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id = program_id
        self.period = period or None
        self.owner_type = owner_type
        self.subject_id = subject_id
        self.subject_label = subject_label
        self.changed = False
        self._files: dict[str, evidence.EvidenceDTO] = {}
        self.locked = evidence.period_locked(ctx.db, program_id, self.period)
        self.read_only = self.locked or not ctx.can_edit
        self.resize(860, 560)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.subject = QLabel()
        self.subject.setObjectName("PageTitle")
        self.subject.setWordWrap(True)
        self.where = QLabel()
        self.where.setObjectName("Muted")
        self.where.setWordWrap(True)
        layout.addWidget(self.subject)
        layout.addWidget(self.where)

        self.table = plain_table(6)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (COL_PREVIEW, THUMB + 16),
            (COL_KIND, 190),
            (COL_NUMBER, 90),
            (COL_DATE, 95),
            (COL_SIZE, 80),
        ):
            header.resizeSection(col, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        # with no files the message takes the table's room, text at its top: the rows
        # around it stay together instead of spreading over the dialog
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 1)

        actions = QHBoxLayout()
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        actions.addWidget(self.open_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout.addLayout(actions)

        self.add_box = QGroupBox()
        form = QFormLayout(self.add_box)
        self.kind = code_combo(EVIDENCE_KINDS)
        self.number = QLineEdit()
        self.number.setMaxLength(evidence.MAX_NUMBER)
        self.doc_date = OptionalDateEdit()
        self.add_button = QPushButton()
        self.add_button.setDefault(False)
        self.kind_label, self.number_label, self.date_label = QLabel(), QLabel(), QLabel()
        for label, field in (
            (self.kind_label, self.kind),
            (self.number_label, self.number),
            (self.date_label, self.doc_date),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.add_button)
        layout.addWidget(self.add_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.choose_and_add)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_box.setVisible(not self.read_only)
        self.retranslate_ui()
        self.reload()

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            files = evidence.list_evidence(
                self.ctx.db, self.owner_type, self.subject_id, self.period
            )
        except MeappError as exc:
            messages.show_error(self, exc)
            files = []
        self._files = {f.id: f for f in files}
        self.table.setRowCount(0)
        for f in files:
            row = self.table.rowCount()
            self.table.insertRow(row)
            preview = item("", f.id)
            preview.setIcon(self._thumbnail(f))
            preview.setToolTip(f.filename)
            self.table.setItem(row, COL_PREVIEW, preview)
            self.table.setItem(row, COL_KIND, item(labels.evidence_kind(f.kind)))
            self.table.setItem(row, COL_NUMBER, item(f.doc_number or ""))
            self.table.setItem(row, COL_DATE, item(date_text(f.doc_date)))
            self.table.setItem(row, COL_NAME, item(f.filename))
            self.table.setItem(row, COL_SIZE, item(size_text(f.size), right=True))
        self._update_texts()
        self._update_buttons()

    def _thumbnail(self, f: evidence.EvidenceDTO) -> QIcon:
        if f.is_image and f.size <= THUMB_MAX_BYTES:
            try:
                data = evidence.read_content(self.ctx.db, f.id)
            except MeappError:
                log.warning("evidence %s could not be read for its thumbnail", f.id)
            else:
                pixmap = QPixmap()
                if pixmap.loadFromData(data):
                    return QIcon(
                        pixmap.scaled(
                            THUMB,
                            THUMB,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
        return self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon)

    def file_count(self) -> int:
        return len(self._files)

    def has_thumbnail(self, row: int) -> bool:
        """Whether the row shows the photo itself (not the generic file icon)."""
        cell = self.table.item(row, COL_PREVIEW)
        if cell is None:
            return False
        generic = self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon)
        return cell.icon().cacheKey() != generic.cacheKey()

    def _selected(self) -> evidence.EvidenceDTO | None:
        key = selected_key(self.table)
        return self._files.get(key) if key else None

    # -- actions ------------------------------------------------------------------------
    def choose_and_add(self) -> None:
        path = file_dialogs.open_file(
            self,
            file_dialogs.EVIDENCE,
            self.tr("Attach a file"),
            self.tr(
                "Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx "
                "*.odt *.txt);;All files (*)"
            ),
        )
        if path:
            self.add_file(path)

    def add_file(self, path: str | Path) -> None:
        """Store the file in the background (it may be up to 50 MB), then list it."""
        db, actor = self.ctx.db, self.ctx.actor
        owner, subject, period = self.owner_type, self.subject_id, self.period
        kind = self.kind.currentData()
        number = self.number.text()
        when = self.doc_date.date_value()

        def work(_progress, _cancelled):
            return evidence.attach(
                db,
                actor,
                owner,
                subject,
                period,
                path=path,
                kind=kind,
                doc_number=number,
                doc_date=when,
            )

        self.add_button.setEnabled(False)

        def done(_dto) -> None:
            self.changed = True
            self.number.clear()
            self.doc_date.set_date_value(None)
            self.reload()

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            messages.show_error(self, exc)

        run_task(
            self,
            work,
            label=self.tr("Storing the file…"),
            on_finished=done,
            on_failed=failed,
            cancellable=False,
        )

    def open_selected(self) -> None:
        f = self._selected()
        if f is None:
            return
        try:
            data = evidence.read_content(self.ctx.db, f.id)
        except MeappError as exc:
            messages.show_error(self, exc)
            return
        folder = paths.data_dir() / "opened"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{f.sha256[:12]}-{_safe_name(f.filename)}"
        try:
            target.write_bytes(data)
        except OSError as exc:
            messages.show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_selected(self) -> None:
        f = self._selected()
        if f is None or self.read_only:
            return
        if not messages.confirm(
            self,
            self.tr("Remove the file {name}?").format(name=f.filename),
            self.tr("The file is deleted from the database; the audit trail keeps its name."),
        ):
            return
        try:
            evidence.remove(self.ctx.db, self.ctx.actor, f.id, f.version)
        except MeappError as exc:
            messages.show_error(self, exc)
            return
        self.changed = True
        self.reload()

    # -- texts --------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self.read_only)
        self.add_button.setEnabled(not self.read_only)

    def _update_texts(self) -> None:
        n = len(self._files)
        self.count_label.setText(self.tr("%n file(s)", "", n))
        self.table.setVisible(n > 0)
        self.empty.setVisible(n == 0)
        if self.read_only:
            self.empty.setText(self.tr("No files are attached."))
        else:
            self.empty.setText(
                self.tr(
                    "No files are attached yet. Choose the kind of document below, write its "
                    "number and date, and press “Attach a file…”."
                )
            )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Evidence"))
        self.subject.setText(self.subject_label)
        parts = []
        if self.period:
            parts.append(labels.period(self.period))
        if self.locked:
            parts.append(
                self.tr("🔒 The period is approved: the files can be opened, not changed.")
            )
        elif not self.ctx.can_edit:
            parts.append(self.tr("Your role can open the files but not change them."))
        self.where.setText(" · ".join(parts))
        self.where.setVisible(bool(parts))
        self.table.setHorizontalHeaderLabels(
            [
                "",
                self.tr("Kind"),
                self.tr("Number"),
                self.tr("Date"),
                self.tr("File"),
                self.tr("Size"),
            ]
        )
        self.open_button.setText(self.tr("&Open"))
        self.remove_button.setText(self.tr("&Remove"))
        self.add_box.setTitle(self.tr("Attach a new file"))
        self.kind_label.setText(self.tr("&Kind of document:"))
        self.number_label.setText(self.tr("Document &number:"))
        self.date_label.setText(self.tr("Document &date:"))
        self.add_button.setText(self.tr("&Attach a file…"))
        fill_words(self.kind, labels.evidence_kind)
        if self._files:
            self.reload()  # the kinds in the new language
        else:
            self._update_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
