"""The dialogs of the monitoring page: a reason for reopening, the history of a value, and
the revision of a target.

Each gathers what the user typed and calls one service; errors stay in the dialog (it is
not closed), so nothing typed is lost.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meapp.models.numbers import format_number
from meapp.services.evaluation import narrative as evaluation
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring.status import IndicatorStatus
from meapp.ui import labels, messages
from meapp.ui.context import AppContext
from meapp.ui.i18n import QT_TRANSLATE_NOOP


def local_time(text: str | datetime | None) -> str:
    """A stored UTC time as this computer's local `dd.mm.yyyy HH:MM`."""
    if text is None:
        return ""
    if isinstance(text, datetime):
        when = text
    else:
        try:
            when = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
        except ValueError:
            return str(text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone().strftime("%d.%m.%Y %H:%M")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for i in range(len(headers) - 1):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class ReasonDialog(QDialog):
    """Asks why (reopening a round is audited with its reason); OK needs some text."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.box = layout
        self.prompt = label
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()


# -- history of a value ------------------------------------------------------------------


_FIELDS = {
    "value": QT_TRANSLATE_NOOP("HistoryDialog", "Value"),
    "comment": QT_TRANSLATE_NOOP("HistoryDialog", "Comment"),
    "status": QT_TRANSLATE_NOOP("HistoryDialog", "Status"),
    "percent_complete": QT_TRANSLATE_NOOP("HistoryDialog", "% done"),
    "spending": QT_TRANSLATE_NOOP("HistoryDialog", "Spending"),
}


def _show(field: str, value: Any) -> str:
    if value is None or value == {}:
        return "—"
    if field == "status":
        return labels.measure_status(str(value))
    if field == "spending" and isinstance(value, dict):
        return "; ".join(
            f"{labels.funding_source(k)} {format_number(v)}" for k, v in sorted(value.items())
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


class HistoryDialog(QDialog):
    """Every change of one actual or one measure's progress in the period, oldest first."""

    def __init__(
        self,
        ctx: AppContext,
        owner_type: str,
        subject_id: str,
        period: str,
        subject_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of this value"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("{subject} · {period}").format(
                subject=subject_label, period=labels.period(period)
            )
        )
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: bold;")
        layout.addWidget(head)
        if owner_type == "actual":
            entries = monitoring.actual_history(ctx.db, subject_id, period)
        else:
            entries = monitoring.measure_history(ctx.db, subject_id, period)
        self.table = _table(
            [self.tr("When"), self.tr("Who"), self.tr("What changed"), self.tr("Reason")]
        )
        _fill(
            self.table,
            [
                [local_time(e.at), e.user or "", self._changes(e), self._reason(e.reason)]
                for e in entries
            ],
        )
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No change of this value has been recorded yet."))
        self.empty.setObjectName("Muted")
        self.empty.setVisible(not entries)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _reason(self, reason: str | None) -> str:
        if reason and reason.startswith("import "):
            return self.tr("imported from {file}").format(file=reason[len("import ") :])
        return reason or ""

    def _changes(self, entry: monitoring.HistoryEntry) -> str:
        before = entry.before or {}
        after = entry.after or {}
        lines = []
        for field, label in _FIELDS.items():
            if field not in before and field not in after:
                continue
            old, new = before.get(field), after.get(field)
            if entry.action == "update" and old == new:
                continue
            if entry.action == "create" and new in (None, {}):
                continue
            lines.append(
                self.tr("{field}: {old} → {new}").format(
                    field=self.tr(label), old=_show(field, old), new=_show(field, new)
                )
            )
        if entry.action == "delete":
            lines.append(self.tr("cleared"))
        return "\n".join(lines)


# -- revising a target -------------------------------------------------------------------


class TargetDialog(QDialog):
    """A new target for one period (or the final target) with a reason and the decision,
    above the indicator's earlier revisions."""

    def __init__(
        self,
        ctx: AppContext,
        indicator: IndicatorStatus,
        periods: list[str],
        period: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.indicator = indicator
        self.revision: evaluation.TargetRevisionDTO | None = None
        self.setWindowTitle(self.tr("Revise target"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        head = QLabel(f"{indicator.code or ''} {indicator.name}".strip())
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: bold;")
        layout.addWidget(head)
        form = QFormLayout()
        self.period = QComboBox()
        years = sorted({p[:4] for p in periods})
        for code in [*years, *periods]:
            self.period.addItem(labels.period(code), code)
        self.period.addItem(self.tr("Final target"), evaluation.FINAL)
        self.period.setCurrentIndex(max(self.period.findData(period), 0))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("e.g. 1 250,5"))
        self.reason = QLineEdit()
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. council resolution No. 12 of 05.03.2025"))
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(
            self.tr("&New target ({unit}):").format(unit=indicator.unit or "–"), self.target
        )
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Decision:"), self.decision)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Earlier revisions of this indicator")))
        self.history = _table(
            [
                self.tr("When"),
                self.tr("Period"),
                self.tr("From → to"),
                self.tr("Who"),
                self.tr("Reason and decision"),
            ]
        )
        layout.addWidget(self.history, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load_history()

    def load_history(self) -> None:
        revisions = evaluation.target_history(self.ctx.db, self.indicator.indicator_id)
        _fill(
            self.history,
            [
                [
                    local_time(r.revised_at),
                    self.tr("Final target")
                    if r.period == evaluation.FINAL
                    else labels.period(r.period),
                    f"{format_number(r.old_target)} → {format_number(r.new_target)}",
                    r.revised_by or "",
                    " · ".join(x for x in (r.reason, r.decision_ref) if x),
                ]
                for r in reversed(revisions)
            ],
        )

    def save(self) -> None:
        try:
            self.revision = evaluation.revise_target(
                self.ctx.db,
                self.ctx.actor,
                self.indicator.indicator_id,
                self.period.currentData(),
                self.target.text(),
                self.reason.text(),
                self.decision.text(),
            )
        except Exception as exc:  # noqa: BLE001 - every error is shown, the dialog stays
            messages.show_error(self, exc)
            return
        self.accept()


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """The reason the user typed, or None when they cancelled (tests replace this)."""
    dialog = ReasonDialog(title, prompt, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text() or None
