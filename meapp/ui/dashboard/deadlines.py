"""The late line of the reporting calendar (issue 21), shown on the dashboard and above the
Monitoring grids: "Reporting round 2025-ж. I жарым жылдык: due 30.07.2025, 12 d. late",
with a button that opens the calendar. Hidden while nothing is overdue.

The deadlines come from `meapp.services.dashboard.deadlines` for the day of the computer
(`today` can be set, so tests need no clock). The municipalities comparison's "Late"
column words are here too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from meapp.errors import MeappError
from meapp.models.numbers import format_number
from meapp.services.dashboard import deadlines as late
from meapp.services.monitoring import calendar as cal
from meapp.ui import labels, style
from meapp.ui.dashboard.common import translate

LATE_COLOUR = style.OFF_TRACK
# more overdue deadlines than this are counted, not listed
SHOWN = 3


def describe(d: cal.Deadline) -> str:
    """One overdue deadline in the user's language, its period in words."""
    return cal.late_text(d, translate, labels.period)


def late_text(row) -> str:
    """The municipalities comparison's "Late" cell: "2 · 40 d." or "—"."""
    if not row.late:
        return "—"
    return translate("Dashboard", "{n} · {days} d.").format(
        n=format_number(row.late), days=format_number(row.late_days)
    )


def late_tooltip(row) -> str:
    if not row.late:
        return translate("Dashboard", "No deadline of the reporting calendar is overdue")
    return translate("Dashboard", "Overdue deadlines: {n}; the latest is {days} d. late").format(
        n=format_number(row.late), days=format_number(row.late_days)
    )


class OverdueBanner(QFrame):
    """What is overdue in one programme; `calendar_requested` from its button (left out
    with `with_button=False`, where the page has a calendar button of its own)."""

    calendar_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_button: bool = True) -> None:
        super().__init__(parent)
        # as tall as its lines, never stretched by the page's spare height
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setObjectName("OverdueBanner")
        self.setStyleSheet(
            f"QFrame#OverdueBanner {{ background: #FBE9E0; border: 1px solid {LATE_COLOUR};"
            " border-radius: 4px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.clicked.connect(self.calendar_requested.emit)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.button.setVisible(with_button)
        self.today: Callable[[], date] = date.today
        self.overdue: tuple[cal.Deadline, ...] = ()
        self.hide()
        self.retranslate_ui()

    def show_program(self, db, program_id: str | None) -> None:
        """Read the programme's overdue deadlines and show them (hidden when none, or when
        they cannot be read: the rest of the page still works)."""
        self.overdue = ()
        if program_id is not None:
            try:
                self.overdue = late.program_lateness(db, program_id, self.today()).overdue
            except MeappError:
                self.overdue = ()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(translate("OverdueBanner", "Reporting calendar…"))
        if not self.overdue:
            self.label.clear()
            self.setVisible(False)
            return
        lines = [describe(d) for d in self.overdue[:SHOWN]]
        rest = len(self.overdue) - SHOWN
        if rest > 0:
            lines.append(
                translate("OverdueBanner", "…and {n} more overdue").format(n=format_number(rest))
            )
        head = translate("OverdueBanner", "Overdue on the reporting calendar:")
        self.label.setText("\n".join([head, *("• " + line for line in lines)]))
        self.setVisible(True)
