"""The reporting calendar of a programme (issue 21): its rules, editable, and its deadlines.

Each kind of deadline has a row: switched on or off, and its day — a number of days after
the period ends, or (the council's annual report) a day and month of the next year. The
defaults follow the programme's reporting frequency; "Restore the defaults" puts them back
in the form, and OK stores only what differs from them, all kinds in one transaction
(`calendar.set_rules`). Below the rules, every deadline with its due date and whether it is
met, overdue (in the off-track colour, with the days late) or still ahead.

Editors and above change the calendar; everybody else sees it read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from meapp.models.calendar import MAX_DAYS
from meapp.models.numbers import format_number
from meapp.services.monitoring import calendar as cal
from meapp.services.plan import programs
from meapp.ui import labels, style
from meapp.ui.common.dialogs import FormDialog, run_dialog
from meapp.ui.context import AppContext


class RuleRow:
    """The widgets of one kind of deadline."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.active = QCheckBox()
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.unit = QLabel()
        self.changed = QLabel()
        self.changed.setObjectName("Muted")

    @property
    def by_date(self) -> bool:
        return self.kind not in cal.DAY_KINDS

    def show(self, rule: cal.Rule) -> None:
        self.active.setChecked(rule.active)
        if self.by_date:
            self.month.setValue(rule.due_month or 3)
            self.day.setValue(rule.due_day or 1)
        else:
            self.days.setValue(rule.days or 0)

    def wanted(self) -> cal.RuleInput:
        if self.by_date:
            return cal.RuleInput(
                self.kind,
                self.active.isChecked(),
                due_month=self.month.value(),
                due_day=self.day.value(),
            )
        return cal.RuleInput(self.kind, self.active.isChecked(), days=self.days.value())

    def set_enabled(self, on: bool) -> None:
        for w in (self.active, self.days, self.day, self.month):
            w.setEnabled(on)


class CalendarDialog(FormDialog):
    """The calendar of `program_id`; `today` gives the day the deadlines are judged on."""

    def __init__(
        self,
        ctx: AppContext,
        program_id: str,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id = program_id
        self.today = today
        self.can_edit = ctx.can_edit
        self.setMinimumWidth(720)
        self.setMinimumHeight(520)
        self.rows = {kind: RuleRow(kind) for kind in cal.KINDS}
        grid = QGridLayout()
        for i, row in enumerate(self.rows.values()):
            grid.addWidget(row.active, i, 0)
            if row.by_date:
                grid.addWidget(row.day, i, 1)
                grid.addWidget(row.month, i, 2)
            else:
                grid.addWidget(row.days, i, 1)
            grid.addWidget(row.unit, i, 3)
            grid.addWidget(row.changed, i, 4)
            row.set_enabled(self.can_edit)
        grid.setColumnStretch(3, 1)
        self.outer.addLayout(grid)
        self.defaults_button = QPushButton()
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.defaults_button.setEnabled(self.can_edit)
        self.outer.addWidget(self.defaults_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list_label = QLabel()
        self.outer.addWidget(self.list_label)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outer.addWidget(self.table, 1)
        if not self.can_edit:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        self.finish_layout()
        self.frequency = programs.get_program(ctx.db, program_id).frequency
        self.rules = {r.kind: r for r in cal.rules(ctx.db, program_id)}
        for kind, row in self.rows.items():
            row.show(self.rules[kind])
        self.retranslate_ui()
        self.show_deadlines()

    # -- the form ---------------------------------------------------------------------------
    def restore_defaults(self) -> None:
        """Put the defaults in the form (stored when the user presses OK)."""
        for kind, rule in cal.default_rules(self.frequency).items():
            self.rows[kind].show(rule)

    def wanted(self) -> list[cal.RuleInput]:
        """The kinds the user changed in the form (the others are left as they are)."""
        out = []
        for kind, row in self.rows.items():
            rule = self.rules[kind]
            was = cal.RuleInput(kind, rule.active, rule.days, rule.due_month, rule.due_day)
            if row.wanted() != was:
                out.append(row.wanted())
        return out

    def save(self) -> Any:
        if not self.can_edit:
            return None
        return cal.set_rules(
            self.ctx.db, self.ctx.actor, self.program_id, self.wanted(), seen=self.rules
        )

    # -- the deadlines ----------------------------------------------------------------------
    def show_deadlines(self) -> None:
        """Every deadline of the programme as the stored rules give them, on `today`."""
        ds = cal.program_deadlines(self.ctx.db, self.program_id, self.today())
        self.deadlines = ds
        self.table.setRowCount(len(ds))
        for i, d in enumerate(ds):
            state, colour = self._state(d)
            cells = [cal.what(d, self._translate, labels.period), cal.due_text(d.due), state]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour is not None and col == 2:
                    item.setForeground(QBrush(QColor(colour)))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._scroll_to_pending()

    def _scroll_to_pending(self) -> None:
        """The first deadline not met at the top (the met ones lie above, scrolled past)."""
        pending = next((i for i, d in enumerate(self.deadlines) if not d.done), None)
        item = self.table.item(pending, 0) if pending is not None else None
        if item is not None:
            self.table.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._scroll_to_pending()  # only a laid-out table scrolls

    @staticmethod
    def _translate(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def _state(self, d: cal.Deadline) -> tuple[str, str | None]:
        if d.done:
            return self.tr("met"), style.ON_TRACK
        if d.overdue:
            return self.tr("{days} d. late").format(
                days=format_number(d.days_late)
            ), style.OFF_TRACK
        return self.tr("in {days} d.").format(days=format_number(d.days_left)), None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reporting calendar"))
        self.set_intro(
            self.tr(
                "The deadlines follow the programme's reporting frequency. Change a rule here: "
                "only what differs from the default is kept, and the change is recorded in "
                "the audit trail."
            )
            if self.can_edit
            else self.tr("Only editors and administrators change the reporting calendar.")
        )
        for kind, row in self.rows.items():
            row.active.setText(cal.KIND_WORDS.word(kind, self._translate))
            if row.by_date:
                row.unit.setText(self.tr("day and month of the next year"))
            else:
                row.unit.setText(self.tr("days after the period ends"))
            rule = self.rules.get(kind)
            row.changed.setText(self.tr("changed") if rule is not None and rule.edited else "")
        self.defaults_button.setText(self.tr("Restore the defaults"))
        self.list_label.setText(self.tr("Deadlines"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Due"), self.tr("State")])


def open_calendar(ctx: AppContext, program_id: str | None, parent: QWidget | None) -> bool:
    """Show the calendar of the programme; True when a change was stored."""
    if program_id is None:
        return False
    dialog = CalendarDialog(ctx, program_id, parent)
    return run_dialog(dialog) and dialog.can_edit
