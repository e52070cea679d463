"""All programmes of the database side by side (a rayon or oblast office): progress, data
completeness and round state; a double-click opens that programme's dashboard."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from meapp.models.numbers import format_number, format_percent
from meapp.services.dashboard.figures import MunicipalityRow
from meapp.ui import labels
from meapp.ui.dashboard.common import status_colour, status_text, translate
from meapp.ui.dashboard.deadlines import LATE_COLOUR, late_text, late_tooltip
from meapp.ui.dashboard.tables import (
    ROW_ROLE,
    Column,
    RankingView,
    two_lines,
)

COLUMNS = [
    Column(
        lambda: translate("Dashboard", "Municipality"),
        lambda r: r.municipality,
        lambda r: r.municipality,
    ),
    Column(lambda: translate("Dashboard", "Rayon"), lambda r: r.rayon or "", lambda r: r.rayon),
    Column(
        lambda: translate("Dashboard", "Programme"),
        lambda r: r.program_title,
        lambda r: r.program_title,
    ),
    Column(
        lambda: translate("Dashboard", "Progress"),
        lambda r: format_percent(r.progress, 0),
        lambda r: r.progress,
        True,
    ),
    Column(
        lambda: translate("Dashboard", "Status"),
        lambda r: status_text(r.status),
        lambda r: (
            ("on_track", "at_risk", "off_track", "no_data").index(r.status)
            if r.status in ("on_track", "at_risk", "off_track", "no_data")
            else 9
        ),
        False,
        lambda r: status_colour(r.status),
    ),
    Column(
        lambda: two_lines(translate("Dashboard", "Data completeness")),
        lambda r: format_percent(r.completeness, 0),
        lambda r: r.completeness,
        True,
        None,
        lambda r: translate(
            "Dashboard", "{with_data} of {indicators} indicators have an actual"
        ).format(with_data=format_number(r.with_data), indicators=format_number(r.indicators)),
    ),
    Column(
        lambda: two_lines(translate("Dashboard", "Measures done")),
        lambda r: f"{format_number(r.measures_done)} / {format_number(r.measures_total)}",
        lambda r: r.measures_done / r.measures_total if r.measures_total else None,
        True,
    ),
    Column(
        lambda: two_lines(translate("Dashboard", "Round")),
        lambda r: labels.round_state(r.round_state),
        lambda r: r.round_state,
    ),
    # the reporting calendar (issue 21): which municipality is late, by how much
    Column(
        lambda: translate("Dashboard", "Late"),
        lambda r: late_text(r),
        lambda r: r.late_days,
        True,
        lambda r: LATE_COLOUR if r.late else None,
        lambda r: late_tooltip(r),
    ),
]


class MunicipalitiesView(RankingView):
    """`program_requested(program_id)` on a double-click or Enter on a row."""

    program_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, filter_column=-1, flexible=2, minimum=220, parent=parent)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.loading = False
        self.retranslate_ui()

    def set_loading(self, period: str) -> None:
        self.period = period
        self.loading = True
        self.model.set_rows([])
        self.retranslate_ui()

    def set_rows(self, rows: tuple[MunicipalityRow, ...], period: str) -> None:
        self.period = period
        self.loading = False
        self.model.set_rows(rows)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.retranslate_ui()

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.program_requested.emit(row.program_id)

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(translate("Dashboard", "Find a municipality…"))
        if self.loading:
            text = translate("Dashboard", "Computing the programmes for {period}…")
        else:
            text = translate(
                "Dashboard",
                "{period}: every programme of this database. Data completeness is the share of "
                "indicators with an actual in the period. Double-click a row to open its "
                "dashboard.",
            )
        self.intro.setText(text.format(period=labels.period(self.period)))
        self.model.retranslate()
        self._fit_columns()
