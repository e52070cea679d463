"""The two small editable tables of the plan forms: targets by year and half-year, and the
planned cost of a measure by funding source.

Both keep what the user typed beside what was loaded and report only the differences, so
an Apply sends the periods (or sources) that changed and undo knows exactly what to put
back. Years whose round is approved are shown with a lock and cannot be edited: their
targets change through a target revision, never here.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from meapp.errors import ValidationError
from meapp.models import enums
from meapp.models.formulas import (
    IndicatorSpec,
    indicator_kind,
    is_amount,
    level_target,
    period_amount,
)
from meapp.models.numbers import NumberError, format_number, parse_number, parse_value_with_unit
from meapp.models.periods import Period
from meapp.services.plan.edit import TargetsTable
from meapp.ui import labels, style

ModelIndex = QModelIndex | QPersistentModelIndex


def parse_cell(text: str, field: str) -> float | None:
    """A number typed in a cell: `734 593,3`, `12 %`, `1:0,3` (a ratio keeps its second term)."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_number(text)
    except NumberError:
        value = parse_value_with_unit(text) if text.startswith("1:") else None
        if value is None:
            raise ValidationError("not a number: {value}", value=text, field=field) from None
        return value


class TargetsModel(QAbstractTableModel):
    """Rows: the programme's years. Columns: year, the year's target, I and II half-year."""

    COLUMNS = ("year", "Y", "H1", "H2")
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: TargetsTable | None = None
        self.editable = False
        self.aggregation = "latest"
        self.spec = IndicatorSpec()
        self._loaded: dict[str, float | None] = {}
        self._texts: dict[str, str | None] = {}
        self._typed: dict[str, str] = {}

    def load(self, table: TargetsTable | None, spec: IndicatorSpec | None = None) -> None:
        self.beginResetModel()
        self.table = table
        self.spec = spec or IndicatorSpec()
        self._typed.clear()
        self._loaded.clear()
        self._texts.clear()
        for row in table.rows if table else ():
            for suffix, value, text in (
                ("", row.year_value, row.year_text),
                ("-H1", row.h1, row.h1_text),
                ("-H2", row.h2, row.h2_text),
            ):
                self._loaded[f"{row.year}{suffix}"] = value
                self._texts[f"{row.year}{suffix}"] = text
        self.endResetModel()

    def set_spec(self, spec: IndicatorSpec) -> None:
        """The form's current aggregation and baseline, for the derived "≈" values."""
        self.spec = spec
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 3))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _period(self, index: ModelIndex) -> str:
        assert self.table is not None
        year = self.table.rows[index.row()].year
        col = self.COLUMNS[index.column()]
        return str(year) if col == "Y" else f"{year}-{col}"

    def is_locked(self, row: int) -> bool:
        return self.table is not None and self.table.rows[row].locked

    def _locked(self, index: ModelIndex) -> bool:
        assert self.table is not None
        return self.table.rows[index.row()].locked

    def _current_text(self, period: str) -> str:
        if period in self._typed:
            return self._typed[period]
        value = self._loaded.get(period)
        return (
            format_number(value, empty="") if value is not None else (self._texts.get(period) or "")
        )

    def _derived(self, period: str) -> float | None:
        p = Period.parse(period)
        values = {}
        for code in self._loaded:
            try:
                v = self.value_of(code)
            except ValidationError:
                v = None
            if v is not None:
                values[Period.parse(code)] = v
        # amounts (cumulative, or summed within the year) split; levels are interpolated
        if is_amount(indicator_kind(self.spec.aggregation)):
            t = period_amount(values, p, self.spec)
        else:
            t = level_target(values, p, self.spec)
        return t.value if t.interpolated else None

    def value_of(self, period: str) -> float | None:
        if period in self._typed:
            return parse_cell(self._typed[period], "targets")
        return self._loaded.get(period)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row = self.table.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(row.year)
            if role == Qt.ItemDataRole.DecorationRole and row.locked:
                return style.icon("round-approved")
            if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.locked:
                return labels.round_state("approved")
            if role == Qt.ItemDataRole.ToolTipRole and row.locked:
                return self.tr(
                    "An approved period: its targets change only through a target revision.",
                )
            return None
        period = self._period(index)
        text = self._current_text(period)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            if text:
                return text
            derived = self._derived(period) if index.column() > 1 else None
            return f"≈ {format_number(derived)}" if derived is not None else ""
        if role == Qt.ItemDataRole.ForegroundRole and not text:
            return QBrush(QColor(style.MUTED))
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and not text
            and index.column() > 1
            and self._derived(period) is not None
        ):
            return self.tr("Derived from the year's target; type a value to set it.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and period in self._typed:
            return QBrush(QColor("#FFF4D6"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        return (
            self.tr("Year"),
            self.tr("Year target"),
            self.tr("I half-year"),
            self.tr("II half-year"),
        )[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.editable and not self._locked(index):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        period = self._period(index)
        text = str(value or "").strip()
        loaded = self._loaded.get(period)
        loaded_text = (
            format_number(loaded, empty="")
            if loaded is not None
            else (self._texts.get(period) or "")
        )
        if text == loaded_text:
            self._typed.pop(period, None)
        else:
            self._typed[period] = text
        self.dataChanged.emit(index.sibling(index.row(), 1), index.sibling(index.row(), 3))
        self.edited.emit()
        return True

    def changes(self) -> dict[str, float | None]:
        """The periods whose target the user changed: new value, or None to remove it."""
        out: dict[str, float | None] = {}
        for period in self._typed:
            value = self.value_of(period)
            if value != self._loaded.get(period):
                out[period] = value
        return out


class BudgetModel(QAbstractTableModel):
    """Rows: the funding sources. Columns: source, planned cost in som."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editable = False
        self._loaded: dict[str, float] = {}
        self._typed: dict[str, str] = {}

    def load(self, budgets: tuple[tuple[str, float], ...]) -> None:
        self.beginResetModel()
        self._loaded = dict(budgets)
        self._typed.clear()
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(enums.FUNDING_SOURCES)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def _text(self, source: str) -> str:
        if source in self._typed:
            return self._typed[source]
        value = self._loaded.get(source)
        return format_number(value, empty="") if value is not None else ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        source = enums.FUNDING_SOURCES[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return labels.funding_source(source)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(source)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and source in self._typed:
            return QBrush(QColor("#FFF4D6"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation == Qt.Orientation.Vertical:
            return None
        return (self.tr("Funding source"), self.tr("Planned, som"))[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1 and self.editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        source = enums.FUNDING_SOURCES[index.row()]
        text = str(value or "").strip()
        loaded = self._loaded.get(source)
        if text == (format_number(loaded, empty="") if loaded is not None else ""):
            self._typed.pop(source, None)
        else:
            self._typed[source] = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def changes(self) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for source, text in self._typed.items():
            value = parse_cell(text, "budget")
            if value != self._loaded.get(source):
                out[source] = value
        return out

    def total(self) -> float:
        total = 0.0
        for source in enums.FUNDING_SOURCES:
            try:
                value = parse_cell(self._text(source), "budget")
            except ValidationError:
                value = None
            total += value or 0.0
        return total
