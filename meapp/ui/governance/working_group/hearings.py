"""The Hearings and meetings tab: public hearings and expanded group meetings, newest
first, and for the one selected its notes and the proposals received with their answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.models.numbers import format_number, format_percent
from meapp.services.governance import working_group as gov
from meapp.ui import labels, messages, style
from meapp.ui.common.form_widgets import date_text, item, plain_table, selected_key
from meapp.ui.context import AppContext
from meapp.ui.governance.working_group.forms import HearingDialog, ProposalDialog
from meapp.ui.monitoring.banner import Banner
from meapp.ui.monitoring.evidence_dialog import EvidenceDialog

H_DATE, H_KIND, H_PLACE, H_ATT, H_WOMEN, H_PROPOSALS, H_FILES = range(7)
P_TEXT, P_ANSWER, P_STATUS = range(3)


class HearingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id: str | None = None
        self.hearings: list[gov.HearingDTO] = []
        self.can_change = ctx.can_edit

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.table = plain_table(7)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(H_PLACE, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (H_DATE, 120),  # room for the lock symbol
            (H_KIND, 230),
            (H_ATT, 95),
            (H_WOMEN, 120),
            (H_PROPOSALS, 95),
            (H_FILES, 70),
        ):
            header.resizeSection(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_hearing())
        top_layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        top_layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.files_button = QPushButton()
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.files_button)
        top_layout.addLayout(row)
        splitter.addWidget(top)

        self.details = QGroupBox()
        d_layout = QVBoxLayout(self.details)
        self.lock_note = Banner("round-approved", "#FDF1E7")  # as the monitoring page's
        d_layout.addWidget(self.lock_note)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        d_layout.addWidget(self.notes)
        self.proposals = plain_table(3, lines=3)
        p_header = self.proposals.horizontalHeader()
        p_header.setSectionResizeMode(P_TEXT, QHeaderView.ResizeMode.Stretch)
        p_header.setSectionResizeMode(P_ANSWER, QHeaderView.ResizeMode.Stretch)
        p_header.resizeSection(P_STATUS, 130)
        self.proposals.doubleClicked.connect(lambda _i: self.edit_proposal())
        d_layout.addWidget(self.proposals, 1)
        self.no_proposals = QLabel()
        self.no_proposals.setObjectName("Muted")
        self.no_proposals.setWordWrap(True)
        d_layout.addWidget(self.no_proposals)
        p_row = QHBoxLayout()
        self.add_proposal_button = QPushButton()
        self.edit_proposal_button = QPushButton()
        self.delete_proposal_button = QPushButton()
        for b in (self.add_proposal_button, self.edit_proposal_button, self.delete_proposal_button):
            p_row.addWidget(b)
        p_row.addStretch(1)
        d_layout.addLayout(p_row)
        splitter.addWidget(self.details)
        splitter.setSizes([150, 420])

        self.add_button.clicked.connect(self.add_hearing)
        self.edit_button.clicked.connect(self.edit_hearing)
        self.delete_button.clicked.connect(self.delete_hearing)
        self.files_button.clicked.connect(self.open_files)
        self.add_proposal_button.clicked.connect(self.add_proposal)
        self.edit_proposal_button.clicked.connect(self.edit_proposal)
        self.delete_proposal_button.clicked.connect(self.delete_proposal)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.proposals.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate_ui()

    # -- data ---------------------------------------------------------------------------
    def load(self, program_id: str | None, keep: str | None = None) -> None:
        self.program_id = program_id
        current = keep or selected_key(self.table)
        self.hearings = gov.list_hearings(self.ctx.db, program_id) if program_id else []
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for h in self.hearings:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = item(date_text(h.held_on), h.id)
            if h.locked:
                # the date puts the hearing in an approved period: it is read-only
                when.setIcon(style.icon("round-approved"))
                when.setToolTip(self._lock_text(h))
                when.setData(
                    Qt.ItemDataRole.AccessibleDescriptionRole, labels.round_state("approved")
                )
            self.table.setItem(row, H_DATE, when)
            self.table.setItem(row, H_KIND, item(labels.hearing_kind(h.kind)))
            self.table.setItem(row, H_PLACE, item(h.place or ""))
            self.table.setItem(row, H_ATT, item(format_number(h.attendance, empty=""), right=True))
            self.table.setItem(row, H_WOMEN, item(self._women(h), right=True))
            self.table.setItem(row, H_PROPOSALS, item(str(len(h.proposals)), right=True))
            # "–" rather than a blank cell: no files yet, not a value missing
            files = format_number(h.evidence_count) if h.evidence_count else "–"
            self.table.setItem(row, H_FILES, item(files, right=True))
        self.table.blockSignals(False)
        self.table.setVisible(bool(self.hearings))
        self.empty.setVisible(not self.hearings)
        ids = [h.id for h in self.hearings]
        at = ids.index(current) if current in ids else (0 if ids else -1)
        if at >= 0:
            self.table.selectRow(at)
        self._show_selected()

    @staticmethod
    def _women(h: gov.HearingDTO) -> str:
        if h.women is None:
            return ""
        if h.attendance:
            return f"{format_number(h.women)} ({format_percent(h.women / h.attendance)})"
        return format_number(h.women)

    def _lock_text(self, h: gov.HearingDTO) -> str:
        return self.tr(
            "{period} is approved: this hearing and its proposals can be read, not changed."
        ).format(period=labels.period(h.locked_period))

    def selected(self) -> gov.HearingDTO | None:
        key = selected_key(self.table)
        return next((h for h in self.hearings if h.id == key), None)

    def _proposal(self) -> gov.ProposalDTO | None:
        h = self.selected()
        key = selected_key(self.proposals)
        if h is None or key is None:
            return None
        return next((p for p in h.proposals if p.id == key), None)

    def _show_selected(self) -> None:
        h = self.selected()
        self.details.setVisible(h is not None)
        self.proposals.setRowCount(0)
        if h is not None:
            title = f"{labels.hearing_kind(h.kind)} · {date_text(h.held_on)}".strip(" ·")
            self.details.setTitle(title)
            self.lock_note.setText(self._lock_text(h) if h.locked else "")
            self.lock_note.setVisible(h.locked)
            self.notes.setText(h.notes or "")
            self.notes.setVisible(bool(h.notes))
            for p in h.proposals:
                row = self.proposals.rowCount()
                self.proposals.insertRow(row)
                self.proposals.setItem(row, P_TEXT, item(p.text, p.id))
                self.proposals.setItem(row, P_ANSWER, item(p.answer or ""))
                self.proposals.setItem(row, P_STATUS, item(labels.proposal_status(p.status)))
            self.proposals.setVisible(bool(h.proposals))
            self.no_proposals.setVisible(not h.proposals)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on = self.can_change and self.program_id is not None
        h = self.selected()
        self.add_button.setEnabled(on)
        changeable = h is not None and not h.locked
        self.edit_button.setEnabled(on and changeable)
        self.delete_button.setEnabled(on and changeable)
        self.files_button.setEnabled(h is not None)
        self.add_proposal_button.setEnabled(on and changeable)
        chosen = self._proposal() is not None
        self.edit_proposal_button.setEnabled(on and changeable and chosen)
        self.delete_proposal_button.setEnabled(on and changeable and chosen)

    # -- hearings -----------------------------------------------------------------------
    def add_hearing(self) -> None:
        if self.program_id is None:
            return
        pid = self.program_id
        dialog = HearingDialog(
            lambda data: gov.add_hearing(self.ctx.db, self.ctx.actor, pid, data), None, self
        )
        if dialog.exec() == HearingDialog.DialogCode.Accepted:
            self.load(pid, keep=dialog.saved.id)

    def edit_hearing(self) -> None:
        h = self.selected()
        if h is None or h.locked or not self.can_change:
            return
        dialog = HearingDialog(
            lambda data: gov.update_hearing(self.ctx.db, self.ctx.actor, h.id, data, h.version),
            h,
            self,
        )
        if dialog.exec() == HearingDialog.DialogCode.Accepted:
            self.load(self.program_id, keep=h.id)

    def delete_hearing(self) -> None:
        h = self.selected()
        if h is None or h.locked or not self.can_change:
            return
        if not messages.confirm(
            self,
            self.tr("Delete this {kind} of {date}?").format(
                kind=labels.hearing_kind(h.kind).lower(), date=date_text(h.held_on)
            ),
            self.tr(
                "Its %n proposal(s) and attached files are deleted with it.", "", len(h.proposals)
            ),
        ):
            return
        try:
            gov.delete_hearing(self.ctx.db, self.ctx.actor, h.id, h.version)
        except MeappError as exc:
            messages.show_error(self, exc)
        self.load(self.program_id)

    def open_files(self) -> None:
        h = self.selected()
        if h is None or self.program_id is None:
            return
        label = f"{labels.hearing_kind(h.kind)} · {date_text(h.held_on)} · {h.place or ''}"
        # a hearing of an approved period: the dialog shows the period and opens read-only
        dialog = EvidenceDialog(
            self.ctx,
            self.program_id,
            h.locked_period or "",
            "hearing",
            h.id,
            label.strip(" ·"),
            self,
        )
        dialog.exec()
        if dialog.changed:
            self.load(self.program_id, keep=h.id)

    # -- proposals ----------------------------------------------------------------------
    def add_proposal(self) -> None:
        h = self.selected()
        if h is None or h.locked or not self.can_change:
            return
        dialog = ProposalDialog(
            lambda v: gov.add_proposal(self.ctx.db, self.ctx.actor, h.id, *v), None, self
        )
        if dialog.exec() == ProposalDialog.DialogCode.Accepted:
            self.load(self.program_id, keep=h.id)

    def edit_proposal(self) -> None:
        h, p = self.selected(), self._proposal()
        if h is None or p is None or h.locked or not self.can_change:
            return
        dialog = ProposalDialog(
            lambda v: gov.update_proposal(self.ctx.db, self.ctx.actor, p.id, *v, p.version),
            p,
            self,
        )
        if dialog.exec() == ProposalDialog.DialogCode.Accepted:
            self.load(self.program_id, keep=h.id)

    def delete_proposal(self) -> None:
        h, p = self.selected(), self._proposal()
        if h is None or p is None or h.locked or not self.can_change:
            return
        if not messages.confirm(
            self,
            self.tr("Delete the proposal “{text}”?").format(
                text=p.text if len(p.text) < 80 else p.text[:77] + "…"
            ),
        ):
            return
        try:
            gov.delete_proposal(self.ctx.db, self.ctx.actor, p.id, p.version)
        except MeappError as exc:
            messages.show_error(self, exc)
        self.load(self.program_id, keep=h.id)

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Place"),
                self.tr("Attendance"),
                self.tr("Women"),
                self.tr("Proposals"),
                self.tr("Files"),
            ]
        )
        self.proposals.setHorizontalHeaderLabels(
            [self.tr("Proposal received"), self.tr("Answer / what was done"), self.tr("Status")]
        )
        self.add_button.setText(self.tr("&Add hearing or meeting…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.files_button.setText(self.tr("Minutes and &photos…"))
        self.add_proposal_button.setText(self.tr("Add &proposal…"))
        self.edit_proposal_button.setText(self.tr("Edit proposal / &answer…"))
        self.delete_proposal_button.setText(self.tr("Delete proposal"))
        self.empty.setText(
            self.tr(
                "No hearings or meetings yet. After a public hearing or an expanded meeting "
                "of the group, press “Add hearing or meeting…” and record the date, place "
                "and attendance, then the proposals received."
            )
        )
        self.no_proposals.setText(
            self.tr("No proposals recorded. Press “Add proposal…” for each one received.")
        )
        if self.program_id:
            self.load(self.program_id)  # the kinds and statuses in the new language
        else:
            self._update_buttons()
