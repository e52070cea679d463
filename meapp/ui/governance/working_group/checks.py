"""The Public checks tab: each investment measure with its public checks at 50 % and 100 %
completion (as the Jalal-Abad programme asks), the ratings of timeliness and quality, the
findings, and the photos through the evidence dialog."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.models.numbers import format_number
from meapp.services.governance import working_group as gov
from meapp.ui import labels, messages, style
from meapp.ui.common.form_widgets import ID_ROLE, date_text
from meapp.ui.context import AppContext
from meapp.ui.governance.working_group.forms import CheckDialog
from meapp.ui.monitoring.banner import Banner
from meapp.ui.monitoring.evidence_dialog import EvidenceDialog

C_WHAT, C_DATE, C_BY, C_CITIZENS, C_TIME, C_QUALITY, C_PHOTOS = range(7)
KIND_ROLE = ID_ROLE + 1


def rating_text(value: int | None) -> str:
    return f"{value} / 5" if value is not None else ""


class ChecksTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id: str | None = None
        self.measures: list[gov.CheckedMeasureDTO] = []
        self.can_change = ctx.can_edit

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.intro = QLabel()
        self.intro.setObjectName("Muted")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(7)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(C_WHAT, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (C_DATE, 110),  # room for the lock symbol
            (C_BY, 200),
            (C_CITIZENS, 75),
            (C_TIME, 90),
            (C_QUALITY, 75),
            (C_PHOTOS, 65),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.edit_check())
        splitter.addWidget(self.tree)
        self.findings = QTextBrowser()
        self.findings.setMinimumHeight(90)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 150])
        layout.addWidget(splitter, 1)
        self.lock_note = Banner("round-approved", "#FDF1E7")  # as the monitoring page's
        layout.addWidget(self.lock_note)
        self.empty = QLabel()
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.photos_button = QPushButton()
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.photos_button)
        layout.addLayout(row)
        self.splitter = splitter

        self.add_button.clicked.connect(self.add_check)
        self.edit_button.clicked.connect(self.edit_check)
        self.delete_button.clicked.connect(self.delete_check)
        self.photos_button.clicked.connect(self.open_photos)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_selected())
        self.retranslate_ui()

    # -- data ---------------------------------------------------------------------------
    def load(self, program_id: str | None, keep: str | None = None) -> None:
        self.program_id = program_id
        current = keep or self._current_key()
        self.measures = gov.list_checked_measures(self.ctx.db, program_id) if program_id else []
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        for m in self.measures:
            top = QTreeWidgetItem([self._measure_text(m), "", self._stages_text(m)])
            top.setData(C_WHAT, ID_ROLE, m.id)
            top.setData(C_WHAT, KIND_ROLE, "measure")
            top.setToolTip(C_WHAT, m.title)
            top.setFirstColumnSpanned(False)
            font = top.font(C_WHAT)
            font.setBold(True)
            top.setFont(C_WHAT, font)
            self.tree.addTopLevelItem(top)
            if m.id == current:
                chosen = top
            for c in m.checks:
                child = QTreeWidgetItem(
                    [
                        labels.check_stage(c.stage),
                        date_text(c.check_date),
                        c.checked_by or "",
                        format_number(c.citizens, empty=""),
                        rating_text(c.timeliness),
                        rating_text(c.quality),
                        str(c.evidence_count or ""),
                    ]
                )
                child.setData(C_WHAT, ID_ROLE, c.id)
                child.setData(C_WHAT, KIND_ROLE, "check")
                child.setToolTip(C_BY, c.checked_by or "")
                if c.locked:
                    # the date puts the check in an approved period: it is read-only
                    child.setIcon(C_DATE, style.icon("round-approved"))
                    child.setToolTip(C_DATE, self._lock_text(c))
                    child.setData(
                        C_DATE,
                        Qt.ItemDataRole.AccessibleDescriptionRole,
                        labels.round_state("approved"),
                    )
                for col in (C_CITIZENS, C_TIME, C_QUALITY, C_PHOTOS):
                    child.setTextAlignment(
                        col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                top.addChild(child)
                if c.id == current:
                    chosen = child
        self.tree.expandAll()
        self.splitter.setVisible(bool(self.measures))
        self.empty.setVisible(not self.measures)
        if chosen is None and self.tree.topLevelItemCount():
            chosen = self.tree.topLevelItem(0)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._show_selected()

    @staticmethod
    def _measure_text(m: gov.CheckedMeasureDTO) -> str:
        return f"{m.code}  {m.title}" if m.code else m.title

    def _stages_text(self, m: gov.CheckedMeasureDTO) -> str:
        parts = []
        for code in ("50", "100"):
            mark = "✔" if m.stage(code) is not None else "–"
            parts.append(f"{mark} {labels.check_stage(code)}")
        return "   ".join(parts)

    def _lock_text(self, c: gov.CheckDTO) -> str:
        return self.tr(
            "{period} is approved: this check and its photos can be read, not changed."
        ).format(period=labels.period(c.locked_period))

    def _current_key(self) -> str | None:
        it = self.tree.currentItem()
        return it.data(C_WHAT, ID_ROLE) if it is not None else None

    def selected_measure(self) -> gov.CheckedMeasureDTO | None:
        it = self.tree.currentItem()
        if it is None:
            return None
        top = it.parent() or it
        key = top.data(C_WHAT, ID_ROLE)
        return next((m for m in self.measures if m.id == key), None)

    def selected_check(self) -> gov.CheckDTO | None:
        it = self.tree.currentItem()
        if it is None or it.data(C_WHAT, KIND_ROLE) != "check":
            return None
        m = self.selected_measure()
        key = it.data(C_WHAT, ID_ROLE)
        return next((c for c in m.checks if c.id == key), None) if m else None

    def _show_selected(self) -> None:
        m, c = self.selected_measure(), self.selected_check()
        if m is None:
            self.findings.clear()
        elif c is None:
            text = (
                self.tr("No public check recorded yet.")
                if not m.checks
                else self.tr("Select a check to read its findings.")
            )
            who = m.lead_executor or ""
            self.findings.setHtml(
                f"<p><b>{_esc(self._measure_text(m))}</b></p>"
                + (f"<p style='color:{style.MUTED}'>{_esc(who)}</p>" if who else "")
                + f"<p>{_esc(text)}</p>"
            )
        else:
            findings_title = self.tr("Findings")
            findings = c.findings or self.tr("No findings written.")
            by_title = self.tr("Checked by")
            by = f"<p><b>{_esc(by_title)}</b><br>{_esc(c.checked_by)}</p>" if c.checked_by else ""
            self.findings.setHtml(
                f"<p style='color:{style.MUTED}'>{_esc(labels.check_stage(c.stage))} · "
                f"{_esc(date_text(c.check_date))}</p>"
                f"<p><b>{_esc(findings_title)}</b></p><p>{_esc(findings)}</p>{by}"
            )
        self.lock_note.setText(self._lock_text(c) if c is not None and c.locked else "")
        self.lock_note.setVisible(c is not None and c.locked)
        on = self.can_change and self.program_id is not None
        self.add_button.setEnabled(on and m is not None)
        changeable = c is not None and not c.locked
        self.edit_button.setEnabled(on and changeable)
        self.delete_button.setEnabled(on and changeable)
        self.photos_button.setEnabled(c is not None)

    # -- actions ------------------------------------------------------------------------
    def add_check(self) -> None:
        m = self.selected_measure()
        if m is None or not self.can_change:
            return
        dialog = CheckDialog(
            lambda data: gov.add_check(self.ctx.db, self.ctx.actor, m.id, data),
            self._measure_text(m),
            None,
            self,
        )
        if m.stage("50") is not None and m.stage("100") is None:
            dialog.stage.setCurrentIndex(dialog.stage.findData("100"))
        if dialog.exec() == CheckDialog.DialogCode.Accepted:
            self.load(self.program_id, keep=dialog.saved.id)

    def edit_check(self) -> None:
        m, c = self.selected_measure(), self.selected_check()
        if m is None or c is None or c.locked or not self.can_change:
            return
        dialog = CheckDialog(
            lambda data: gov.update_check(self.ctx.db, self.ctx.actor, c.id, data, c.version),
            self._measure_text(m),
            c,
            self,
        )
        if dialog.exec() == CheckDialog.DialogCode.Accepted:
            self.load(self.program_id, keep=c.id)

    def delete_check(self) -> None:
        c = self.selected_check()
        if c is None or c.locked or not self.can_change:
            return
        if not messages.confirm(
            self,
            self.tr("Delete the public check {stage} of {date}?").format(
                stage=labels.check_stage(c.stage), date=date_text(c.check_date)
            ),
            self.tr("Its %n photo(s) are deleted with it.", "", c.evidence_count),
        ):
            return
        try:
            gov.delete_check(self.ctx.db, self.ctx.actor, c.id, c.version)
        except MeappError as exc:
            messages.show_error(self, exc)
        self.load(self.program_id, keep=c.measure_id)

    def open_photos(self) -> None:
        m, c = self.selected_measure(), self.selected_check()
        if m is None or c is None or self.program_id is None:
            return
        label = f"{self._measure_text(m)} · {labels.check_stage(c.stage)}"
        # a check of an approved period: the dialog shows the period and opens read-only
        period = c.locked_period or ""
        dialog = EvidenceDialog(
            self.ctx, self.program_id, period, "public_check", c.id, label, self
        )
        dialog.kind.setCurrentIndex(dialog.kind.findData("photo"))
        dialog.exec()
        if dialog.changed:
            self.load(self.program_id, keep=c.id)

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels(
            [
                self.tr("Measure / check"),
                self.tr("Date"),
                self.tr("Checked by"),
                self.tr("Citizens"),
                self.tr("Timeliness"),
                self.tr("Quality"),
                self.tr("Photos"),
            ]
        )
        self.intro.setText(
            self.tr(
                "Investment measures are checked by the group and citizens at 50 % and at "
                "100 % completion. Select a measure and press “Add check…”."
            )
        )
        self.add_button.setText(self.tr("&Add check…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.photos_button.setText(self.tr("&Photos…"))
        self.empty.setText(
            self.tr(
                "No investment measures. Mark the measures that build or repair something "
                "as investment measures on the Plan page; they appear here for public checks."
            )
        )
        if self.program_id:
            self.load(self.program_id)
        else:
            self._show_selected()


def _esc(text: str | None) -> str:
    return html.escape(text or "")
