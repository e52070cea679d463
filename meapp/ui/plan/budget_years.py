"""The plan editor's planned cost of a measure: a small table, funding source × year.

Rows are the funding sources; columns the programme's years and the total. A source the
council gave as one figure is "not split": its year cells show the even spread of the
total in grey (typing the total keeps it so). Typing in a year cell splits the source:
its other years start from what they showed, and the total becomes their sum. Years with
an approved round are shown with a lock and refuse edits (the writer refuses them too,
`services/plan/budgets.py`). Like the other plan tables it keeps what was typed beside
what was loaded and reports only the sources that changed, so undo knows what to restore.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from meapp.errors import ValidationError
from meapp.models import enums
from meapp.models.numbers import format_number
from meapp.services.plan.budget_years import BudgetPlan, MeasurePlan
from meapp.services.plan.budgets import YearSplit
from meapp.ui import labels, style
from meapp.ui.plan.tables import parse_cell

ModelIndex = QModelIndex | QPersistentModelIndex
TYPED = QColor("#FFF4D6")  # a cell typed and not yet applied, as in the other plan tables
SPREAD = QColor("#6B6B6B")  # an even share of a total not split by year


def _text(value: float | None) -> str:
    return format_number(value, empty="") if value is not None else ""


class BudgetYearsModel(QAbstractTableModel):
    """Rows: the funding sources. Columns: source, one per year, total (som)."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editable = False
        self.plan = MeasurePlan((), (), frozenset(), {})
        self._totals: dict[str, str] = {}  # source → total typed
        self._years: dict[str, dict[int, str]] = {}  # source → year → text (split by the user)

    # -- loading ------------------------------------------------------------------------------

    def load(self, plan: MeasurePlan) -> None:
        self.beginResetModel()
        self.plan = plan
        self._totals.clear()
        self._years.clear()
        self.endResetModel()

    @property
    def years(self) -> tuple[int, ...]:
        return self.plan.years

    def _source(self, row: int) -> str:
        return enums.FUNDING_SOURCES[row]

    def _year(self, column: int) -> int | None:
        return self.years[column - 1] if 1 <= column <= len(self.years) else None

    def _loaded(self, source: str) -> BudgetPlan | None:
        return self.plan.plans.get(source)

    # -- what a cell shows ---------------------------------------------------------------------

    def year_text(self, source: str, year: int) -> str:
        if source in self._years:
            return self._years[source].get(year, "")
        if source in self._totals:  # a typed total: spread over the measure's years
            try:
                total = parse_cell(self._totals[source], "budget")
            except ValidationError:
                return ""
            span = self.plan.span
            return _text(total / len(span)) if total and year in span else ""
        plan = self._loaded(source)
        return _text(plan.years.get(year)) if plan is not None else ""

    def is_spread(self, source: str) -> bool:
        """Whether the source's years show an even spread (not split by year)."""
        if source in self._years:
            return False
        if source in self._totals:
            return True
        plan = self._loaded(source)
        return plan is not None and not plan.split

    def total_text(self, source: str) -> str:
        if source in self._totals:
            return self._totals[source]
        if source in self._years:
            return _text(self._typed_sum(source))
        plan = self._loaded(source)
        return _text(plan.total) if plan is not None else ""

    def _typed_sum(self, source: str) -> float | None:
        values = []
        for text in self._years[source].values():
            try:
                value = parse_cell(text, "budget")
            except ValidationError:
                return None
            if value is not None:
                values.append(value)
        return sum(values) if values else None

    # -- the Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(enums.FUNDING_SOURCES)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.years) + 2

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        source = self._source(index.row())
        if index.column() == 0:
            return labels.funding_source(source) if role == Qt.ItemDataRole.DisplayRole else None
        year = self._year(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.total_text(source) if year is None else self.year_text(source, year)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._decoration(source, year, role)

    def _decoration(self, source: str, year: int | None, role: int):
        typed = source in self._totals if year is None else year in self._years.get(source, {})
        spread = year is not None and self.is_spread(source)
        if role == Qt.ItemDataRole.BackgroundRole and typed:
            return QBrush(TYPED)
        if role == Qt.ItemDataRole.ForegroundRole and spread:
            return QBrush(SPREAD)
        if role == Qt.ItemDataRole.FontRole and spread:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if year is not None and year in self.plan.locked:
                return self.tr("An approved year: its planned amount cannot change.")
            if spread and self.year_text(source, year or 0):
                return self.tr("Not split by year: the total is spread evenly over its years.")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Vertical:
            return None
        year = self._year(section)
        if role == Qt.ItemDataRole.DecorationRole and year in self.plan.locked:
            return style.icon("round-approved")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Funding source")
        if year is not None:
            return str(year)
        return self.tr("Total, som")

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        year = self._year(index.column())
        if index.column() > 0 and self.editable and year not in self.plan.locked:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        source = self._source(index.row())
        text = str(value or "").strip()
        year = self._year(index.column())
        if year is None:
            self._years.pop(source, None)
            self._totals[source] = text
        else:
            if source not in self._years:  # split now: the other years keep what they showed
                self._years[source] = {y: self.year_text(source, y) for y in self.years}
                self._totals.pop(source, None)
            self._years[source][year] = text
        self.dataChanged.emit(
            self.index(index.row(), 1), self.index(index.row(), len(self.years) + 1)
        )
        self.edited.emit()
        return True

    # -- what Apply sends --------------------------------------------------------------------

    def changes(self) -> dict[str, float | YearSplit | None]:
        """The sources the user changed, as `budgets.write_budgets` takes them: a number (one
        total, spread evenly), the years (`YearSplit`), or None (the source goes)."""
        out: dict[str, float | YearSplit | None] = {}
        for source, text in self._totals.items():
            value = parse_cell(text, "budget")
            plan = self._loaded(source)
            if value != (plan.total if plan is not None else None):
                out[source] = value
        for source, texts in self._years.items():
            years = {}
            for year, text in texts.items():
                value = parse_cell(text, "budget")
                if value is not None:
                    years[year] = value
            plan = self._loaded(source)
            if not years:  # every year emptied: the source goes
                if plan is not None:
                    out[source] = None
                continue
            if plan is not None and plan.split and _same(plan.years, years):
                continue
            if plan is not None and not plan.split and _same(plan.years, years):
                continue  # the shown spread typed over unchanged
            out[source] = YearSplit(years)
        return out

    def total(self) -> float:
        """The measure's planned cost over every source, as the table shows it now."""
        total = 0.0
        for source in enums.FUNDING_SOURCES:
            try:
                value = parse_cell(self.total_text(source), "budget")
            except ValidationError:
                value = None
            total += value or 0.0
        return total


def _same(a: dict[int, float], b: dict[int, float]) -> bool:
    """Amounts equal to the shown precision (the table shows up to two decimals)."""
    keys = {y for y, v in a.items() if v} | {y for y, v in b.items() if v}
    return all(abs(a.get(y, 0.0) - b.get(y, 0.0)) < 0.006 for y in keys)


def plan_from_totals(
    budgets: tuple[tuple[str, float], ...],
    program_years: tuple[int, int],
    start: int | None,
    end: int | None,
) -> MeasurePlan:
    """A plan of totals alone (no year rows read, no locks known): each total spread over
    the measure's years. For a form loaded without `budget_years.measure_plan`."""
    from meapp.services.plan.budget_years import measure_years, spread_evenly

    span = measure_years(start, end, program_years[0], program_years[1])
    plans = {
        source: BudgetPlan(source, total, spread_evenly(total, span), False)
        for source, total in budgets
    }
    years = tuple(range(program_years[0], program_years[1] + 1))
    return MeasurePlan(years, tuple(span), frozenset(), plans)
