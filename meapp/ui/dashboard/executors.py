"""The executors' rating (the KPI table of the Bishkek report): each responsible executor
with its measures by status, the progress of the indicators it answers for, and a rank
the mayor can re-sort by any column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from meapp.models.numbers import format_number, format_percent
from meapp.services.dashboard.figures import ExecutorRow
from meapp.ui import labels, style
from meapp.ui.dashboard.common import MEASURE_COLOURS, translate
from meapp.ui.dashboard.tables import Column, RankingView


def _name(r: ExecutorRow) -> str:
    return r.name or translate("Dashboard", "(no executor named in the plan)")


def _count(value: int) -> str:
    return format_number(value) if value else "–"


def _score_colour(r: ExecutorRow) -> str | None:
    if r.score is None:
        return style.NO_DATA
    return None


COLUMNS = [
    Column(
        lambda: translate("Dashboard", "Rank"),
        lambda r: str(r.rank) if r.rank else "–",
        lambda r: -(r.rank or 10**6),
        True,
    ),
    Column(
        lambda: translate("Dashboard", "Responsible executor"), _name, lambda r: r.name or "\uffff"
    ),
    Column(
        lambda: translate("Dashboard", "Measures"),
        lambda r: _count(r.measures),
        lambda r: r.measures,
        True,
        None,
        lambda r: translate("Dashboard", "{count} measures, of them {cancelled} cancelled").format(
            count=r.measures, cancelled=r.cancelled
        ),
    ),
    Column(
        lambda: translate("Dashboard", "Done\non time"),
        lambda r: _count(r.done_on_time),
        lambda r: r.done_on_time,
        True,
        lambda r: MEASURE_COLOURS["done"] if r.done_on_time else None,
    ),
    Column(
        lambda: translate("Dashboard", "Done\nlate"),
        lambda r: _count(r.done_late),
        lambda r: r.done_late,
        True,
    ),
    Column(
        lambda: labels.measure_status("in_progress").replace(" ", "\n", 1),
        lambda r: _count(r.in_progress),
        lambda r: r.in_progress,
        True,
    ),
    Column(
        lambda: labels.measure_status("delayed"),
        lambda r: _count(r.delayed),
        lambda r: r.delayed,
        True,
        lambda r: MEASURE_COLOURS["delayed"] if r.delayed else None,
    ),
    Column(
        lambda: labels.measure_status("not_started").replace(" ", "\n", 1),
        lambda r: _count(r.not_started),
        lambda r: r.not_started,
        True,
    ),
    Column(
        lambda: translate("Dashboard", "Indicator\nprogress"),
        lambda r: format_percent(r.indicator_progress, 0),
        lambda r: r.indicator_progress,
        True,
        None,
        lambda r: translate(
            "Dashboard", "{with_data} of {count} indicators it answers for have data"
        ).format(with_data=r.indicators_with_data, count=r.indicators),
    ),
    Column(
        lambda: translate("Dashboard", "Score"),
        lambda r: format_percent(r.score, 0),
        lambda r: r.score,
        True,
        _score_colour,
        lambda r: translate(
            "Dashboard",
            "Mean of the indicator progress ({progress}) and the share of measures done ({done})",
        ).format(
            progress=format_percent(r.indicator_progress, 0),
            done=format_percent(r.measures_done_share, 0),
        ),
    ),
]


class ExecutorsView(RankingView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, filter_column=1, flexible=1, minimum=200, parent=parent)
        self.retranslate_ui()

    def set_rows(self, rows: tuple[ExecutorRow, ...], period: str) -> None:
        self.period = period
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(translate("Dashboard", "Find an executor…"))
        # the sentence's own full stop ends the period's name: no "2026 г.." in Russian
        self.intro.setText(
            translate(
                "Dashboard",
                "{period}. Measures count by their lead executor; indicators by the responsible "
                "named in the matrix. The score is the mean of the indicator progress and the "
                "share of measures done; click a column header to sort.",
            ).format(period=labels.period(self.period).rstrip("."))
        )
        self.model.retranslate()
        self._fit_columns()
