"""The Audit page: who changed what, when, from what to what and why — and whether anyone
edited that history afterwards.

Filters narrow the trail (object, user, period, free text, dates, this programme only);
the table fills as the user scrolls. The filtered events export to Excel through the
worker with a progress dialog; "Verify the history" walks the hash chain in the background
and says "intact" or names the first broken event. Everybody may read this page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from meapp.models.numbers import format_number
from meapp.services.audit import query as audit_query
from meapp.services.audit.query import AuditEventDTO, AuditFilter
from meapp.store.check import AuditCheck
from meapp.ui import labels, messages, style
from meapp.ui.audit import chain_check
from meapp.ui.audit.model import (
    COL_ACTION,
    COL_CHANGES,
    COL_OBJECT,
    COL_PERIOD,
    COL_REASON,
    COL_SEQ,
    COL_TIME,
    COL_USER,
    AuditTableModel,
    changes_text,
    local_time,
    object_text,
    user_text,
)
from meapp.ui.common import dialogs
from meapp.ui.common.table_selection import one_row_at_a_time
from meapp.ui.common.table_texts import retranslate_model
from meapp.ui.context import AppContext, Scope
from meapp.ui.i18n import ui_translate
from meapp.ui.pages.base import Page


class AuditPage(Page):
    key = "audit"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._shown_once = False
        self.last_check: AuditCheck | None = None
        self.last_export: tuple[str, int] | None = None
        self._choices: audit_query.AuditChoices | None = None
        layout, head = self.page_layout()
        self.export_button = QPushButton()
        self.verify_button = QPushButton()
        head.addWidget(self.export_button)
        head.addWidget(self.verify_button)

        self.check_result = QLabel()
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_result.hide()
        layout.addWidget(self.check_result)

        # filters: two rows, labels beside their fields
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.entity_label = QLabel()
        self.entity = QComboBox()
        self.user_label = QLabel()
        self.user = QComboBox()
        self.period_label = QLabel()
        self.period = QComboBox()
        self.text_label = QLabel()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.from_check = QCheckBox()
        self.date_from = QDateEdit()
        self.to_check = QCheckBox()
        self.date_to = QDateEdit()
        today = QDate.currentDate()
        for edit, value in ((self.date_from, today.addMonths(-1)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(value)
            edit.setEnabled(False)
        self.this_program = QCheckBox()
        self.reset_button = QPushButton()
        for label, field in (
            (self.entity_label, self.entity),
            (self.user_label, self.user),
            (self.period_label, self.period),
            (self.text_label, self.text),
        ):
            label.setBuddy(field)
        grid.addWidget(self.entity_label, 0, 0)
        grid.addWidget(self.entity, 0, 1)
        grid.addWidget(self.user_label, 0, 2)
        grid.addWidget(self.user, 0, 3)
        grid.addWidget(self.period_label, 0, 4)
        grid.addWidget(self.period, 0, 5)
        grid.addWidget(self.text_label, 1, 0)
        grid.addWidget(self.text, 1, 1, 1, 3)
        dates = QHBoxLayout()
        dates.addWidget(self.from_check)
        dates.addWidget(self.date_from)
        dates.addSpacing(8)
        dates.addWidget(self.to_check)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        grid.addLayout(dates, 1, 4, 1, 2)
        grid.addWidget(self.this_program, 0, 6)
        grid.addWidget(self.reset_button, 1, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 1)
        layout.addLayout(grid)

        self.model = AuditTableModel(ctx.db, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        one_row_at_a_time(self.table)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for col, width in (
            (COL_SEQ, 50),
            (COL_TIME, 135),
            (COL_USER, 100),
            (COL_ACTION, 110),
            (COL_OBJECT, 180),
            (COL_PERIOD, 150),  # fitted to the period names in retranslate_ui
            (COL_REASON, 100),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(70)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 150])
        layout.addWidget(splitter, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addWidget(self.count_label)

        # Typing waits for a pause before querying (a large trail).
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(350)
        self._text_timer.timeout.connect(self.apply_filters)
        self.text.textChanged.connect(lambda _t: self._text_timer.start())
        self.text.returnPressed.connect(self.apply_filters)
        for combo in (self.entity, self.user, self.period):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.from_check.toggled.connect(self.date_from.setEnabled)
        self.to_check.toggled.connect(self.date_to.setEnabled)
        for check in (self.from_check, self.to_check, self.this_program):
            check.toggled.connect(lambda _on: self.apply_filters())
        self.date_from.dateChanged.connect(lambda _d: self._date_changed(self.from_check))
        self.date_to.dateChanged.connect(lambda _d: self._date_changed(self.to_check))
        self.reset_button.clicked.connect(self.reset_filters)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.model.modelReset.connect(self._show_count)

        self.retranslate_ui()
        self.reload_choices()
        self.apply_filters()

    # -- filters -------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """The values present in the trail, for the three drop-downs (keeps the choice)."""
        self._choices = audit_query.filter_choices(self.ctx.db)
        self._fill_combos()

    def _fill_combos(self) -> None:
        choices = self._choices
        if choices is None:
            return
        for combo, values, words in (
            (self.entity, choices.entities, lambda v: audit_query.entity_label(v, ui_translate)),
            (self.user, choices.users, lambda v: v),
            (self.period, choices.periods, labels.period),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("any"), None)
            for value in sorted(values, key=lambda v: words(v).casefold()):
                combo.addItem(words(value), value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        return AuditFilter(
            entity=self.entity.currentData(),
            user=self.user.currentData(),
            period=self.period.currentData(),
            text=self.text.text().strip() or None,
            program_id=self.scope.program_id if self.this_program.isChecked() else None,
            date_from=day(self.date_from) if self.from_check.isChecked() else None,
            date_to=day(self.date_to) if self.to_check.isChecked() else None,
        )

    def apply_filters(self) -> None:
        self._text_timer.stop()
        self.model.set_filter(self.current_filter())
        self.details.clear()

    def _date_changed(self, check: QCheckBox) -> None:
        if check.isChecked():
            self.apply_filters()

    def reset_filters(self) -> None:
        widgets = (self.entity, self.user, self.period, self.text, self.from_check, self.to_check)
        for w in (*widgets, self.this_program):
            w.blockSignals(True)
        for combo in (self.entity, self.user, self.period):
            combo.setCurrentIndex(0)
        self.text.clear()
        for check in (self.from_check, self.to_check, self.this_program):
            check.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        for w in (*widgets, self.this_program):
            w.blockSignals(False)
        self.apply_filters()

    def set_scope(self, scope: Scope) -> None:
        old = self.scope.program_id
        super().set_scope(scope)
        self.this_program.setEnabled(scope.program_id is not None)
        if self.this_program.isChecked() and scope.program_id != old:
            self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Coming back to the page shows what other pages changed meanwhile."""
        super().showEvent(event)
        if self._shown_once:
            self.reload_choices()
            self.apply_filters()
        self._shown_once = True

    def focus_search(self) -> bool:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()
        return True

    # -- details -------------------------------------------------------------------------
    def _show(self, row: int) -> None:
        ev = self.model.event_at(row)
        self.details.setPlainText(self.describe(ev) if ev else "")

    def describe(self, ev: AuditEventDTO) -> str:
        lines = [
            self.tr("Event No. {seq} · {time} · {user} · {action} · {object}").format(
                seq=ev.seq,
                time=local_time(ev),
                user=user_text(ev),
                action=audit_query.action_label(ev.action, ui_translate),
                object=object_text(ev),
            )
        ]
        changes = changes_text(ev)
        if changes:
            lines.append(changes)
        if ev.reason:
            lines.append(self.tr("Reason: {reason}").format(reason=ev.reason))
        return "\n".join(lines)

    def _show_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            self.count_label.setText(
                self.tr(
                    "No event matches these filters. Clear the filters to see the whole history."
                )
            )
        elif shown < total:
            self.count_label.setText(
                self.tr("Showing {shown} of {total} events, newest first; scroll for more.").format(
                    shown=format_number(shown), total=format_number(total)
                )
            )
        else:
            self.count_label.setText(
                self.tr("%n events, newest first.", "", total).replace(
                    str(total), format_number(total)
                )
            )
        self.export_button.setEnabled(total > 0)

    # -- export and verification ---------------------------------------------------------
    def export(self) -> None:
        filters = self.current_filter()
        path = dialogs.ask_save_path(
            self,
            self.tr("Export the audit trail"),
            f"audit-{date.today().isoformat()}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        db = self.ctx.db

        def work(progress, cancelled) -> int:
            return audit_query.export_audit_xlsx(
                db, path, filters, ui_translate, progress=progress, cancelled=cancelled
            )

        def done(count: int) -> None:
            self.last_export = (path, count)
            messages.show_info(
                self,
                self.tr("%n events exported.", "", count),
                self.tr("File: {file}").format(file=path),
            )

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, audit_query.AuditExportCancelled):
                messages.show_error(self, exc)

        from meapp.ui.worker import run_task

        run_task(
            self,
            work,
            label=self.tr("Exporting the audit trail…"),
            on_finished=done,
            on_failed=failed,
        )

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.check_result.setText(self.tr("Checking the history of changes…"))
        self.check_result.setStyleSheet(f"color: {style.MUTED};")
        self.check_result.show()

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self.check_result.hide()
            messages.show_error(self, exc)

        chain_check.run_check(self, self.ctx.db, self._verified, on_failed=failed)

    def _verified(self, result: AuditCheck) -> None:
        self.last_check = result
        self.verify_button.setEnabled(True)
        colour = style.ON_TRACK if result.ok else style.OFF_TRACK
        self.check_result.setStyleSheet(
            f"color: {style.TEXT}; background: {style.BASE}; border: 1px solid {colour};"
            f" border-left: 5px solid {colour}; padding: 6px 8px; font-weight: bold;"
        )
        self.check_result.setText(chain_check.result_text(result))
        self.check_result.show()

    # -- texts ---------------------------------------------------------------------------
    def _fit_period_column(self) -> None:
        """Wide enough for the longest period name of this language ("2024-ж. II жарым
        жылдык" is twice as long as "II полугодие 2024 г.")."""
        metrics = self.table.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(labels.period(code))
            for code in ("2024-H1", "2024-H2", "2024-Q3", "2024")
        )
        self.table.horizontalHeader().resizeSection(COL_PERIOD, longest + 20)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Audit trail"))
        self.export_button.setText(self.tr("E&xport to Excel…"))
        self.verify_button.setText(self.tr("&Verify the history"))
        self.verify_button.setToolTip(
            self.tr("Check that no event was edited, deleted or inserted outside meapp.")
        )
        self.entity_label.setText(self.tr("&Object:"))
        self.user_label.setText(self.tr("&User:"))
        self.period_label.setText(self.tr("&Period:"))
        self.text_label.setText(self.tr("&Text:"))
        self.text.setPlaceholderText(self.tr("a value, a name, a reason…"))
        self.from_check.setText(self.tr("&From"))
        self.to_check.setText(self.tr("&To"))
        self.this_program.setText(self.tr("This programme only"))
        self.reset_button.setText(self.tr("&Clear filters"))
        self.details.setPlaceholderText(
            self.tr("Select an event to read all of it here: every field before and after.")
        )
        self._fill_combos()
        retranslate_model(self.model)
        self._fit_period_column()
        self._show_count()
        if self.last_check is not None:
            self.check_result.setText(chain_check.result_text(self.last_check))


PAGE = AuditPage
