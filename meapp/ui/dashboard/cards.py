"""The four figures at the top of the overview: progress, indicators, measures, budget.

Big numbers and short words, so the mayor reads the state of the programme at a glance;
each status line carries its symbol, its word and its colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from meapp.models.numbers import format_number, format_percent
from meapp.services.dashboard.figures import MEASURE_KEYS, STATUS_KEYS, Overview
from meapp.ui import labels, style
from meapp.ui.dashboard.common import (
    MEASURE_COLOURS,
    MEASURE_SYMBOLS,
    STATUS_SYMBOLS,
    change_text,
    money,
    percent,
    status_colour,
    status_html,
    translate,
)


def _label(name: str = "", wrap: bool = False) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 8, 14, 10)
        self.box.setSpacing(2)
        self.title = _label("CardLabel", wrap=True)
        self.title.setStyleSheet(f"font-weight: bold; color: {style.MUTED};")
        self.box.addWidget(self.title)


class ProgressCard(Card):
    """Overall progress with the change against the previous period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = _label("CardFigure")
        self.figure.setStyleSheet("font-size: 26pt; font-weight: bold;")
        self.change = _label()
        self.change.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.status = _label()
        self.note = _label("Muted", wrap=True)
        row = QGridLayout()
        row.setHorizontalSpacing(10)
        row.addWidget(self.figure, 0, 0, 2, 1)
        row.addWidget(self.change, 0, 1, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.status, 1, 1, Qt.AlignmentFlag.AlignTop)
        row.setColumnStretch(2, 1)
        self.box.addLayout(row)
        self.box.addWidget(self.note)
        self.box.addStretch(1)

    def show_overview(self, o: Overview) -> None:
        self.title.setText(translate("Dashboard", "Overall progress"))
        self.figure.setText(percent(o.progress))
        self.status.setText(status_html(o.status.program_status))
        change = o.change
        self.change.setText(change_text(change))
        colour = style.TEXT
        if change is not None and round(change * 100) > 0:
            colour = style.ON_TRACK
        elif change is not None and round(change * 100) < 0:
            colour = style.OFF_TRACK
        self.change.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {colour};")
        if change is not None and o.previous_period:
            self.change.setToolTip(
                translate(
                    "Dashboard", "{change} percentage points against {period} ({before})"
                ).format(
                    change=change_text(change),
                    period=labels.period(o.previous_period),
                    before=percent(o.previous.program_progress if o.previous else None),
                )
            )
            self.note.setText(
                translate("Dashboard", "{period}; points against {previous}").format(
                    period=labels.period(o.period), previous=labels.period(o.previous_period)
                )
            )
        else:
            self.change.setToolTip("")
            self.note.setText(labels.period(o.period))


class IndicatorsCard(Card):
    """Indicators by status: ● on track, ◐ at risk, ○ off track, – no data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, QLabel] = {}
        for key in STATUS_KEYS:
            label = _label()
            label.setStyleSheet("font-size: 11pt;")
            self.rows[key] = label
            self.box.addWidget(label)
        self.box.addStretch(1)

    def show_overview(self, o: Overview) -> None:
        counts = o.status_counts
        self.title.setText(
            translate("Dashboard", "Indicators: {count}").format(
                count=format_number(len(o.status.indicators))
            )
        )
        for key, label in self.rows.items():
            label.setText(
                f'<span style="color:{status_colour(key)}; font-size: 13pt">'
                f"{STATUS_SYMBOLS[key]}</span>&nbsp;<b>{format_number(counts[key])}</b>"
                f"&nbsp;{labels.indicator_status(key).lower()}"
            )


class MeasuresCard(Card):
    """ "21 measures: 5 done, 13 in progress" and every status with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(1)
        self.rows: dict[str, QLabel] = {}
        for i, key in enumerate(MEASURE_KEYS):
            label = _label()
            label.setStyleSheet("font-size: 11pt;")
            self.rows[key] = label
            grid.addWidget(label, i % 3, i // 3)
        grid.setColumnStretch(2, 1)
        self.box.addLayout(grid)
        self.box.addStretch(1)

    def show_overview(self, o: Overview) -> None:
        m = o.measures
        self.title.setText(
            translate(
                "Dashboard", "{total} measures: {done} done, {in_progress} in progress"
            ).format(
                total=format_number(o.measures_total),
                done=format_number(m["done"]),
                in_progress=format_number(m["in_progress"]),
            )
        )
        for key, label in self.rows.items():
            label.setText(
                f'<span style="color:{MEASURE_COLOURS[key]}"><b>{MEASURE_SYMBOLS[key]}</b></span>'
                f"&nbsp;<b>{format_number(m[key])}</b>&nbsp;{labels.measure_status(key).lower()}"
            )


class BudgetCard(Card):
    """The programme's budget: planned, spent to date and the execution %."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = _label("CardFigure")
        self.figure.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.planned = _label()
        self.spent = _label()
        self.box.addWidget(self.figure)
        self.box.addWidget(self.planned)
        self.box.addWidget(self.spent)
        self.box.addStretch(1)

    def show_overview(self, o: Overview) -> None:
        total = o.status.budget_total
        self.title.setText(translate("Dashboard", "Budget executed"))
        if total is None or total.planned <= 0:
            self.figure.setText("–")
            self.planned.setText(translate("Dashboard", "No budget planned"))
            self.spent.setText("")
            return
        scale = max(total.planned, total.spent)
        self.figure.setText(format_percent(total.execution, 1))
        self.planned.setText(
            translate("Dashboard", "Planned: {amount}").format(amount=money(total.planned, scale))
        )
        self.spent.setText(
            translate("Dashboard", "Spent: {amount}").format(amount=money(total.spent, scale))
        )
