"""The indicator grid of a period: one row per `IndicatorStatus` of the status service.

The actual column holds what the user types for the period itself (the amount of the
half-year for a cumulative indicator, the level for a level indicator); "to date" shows the
running total that a cumulative indicator's progress compares with its target, and for an
indicator summed within the year (`annual_sum`) the total of the year so far.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from meapp.models.formulas import is_amount
from meapp.models.numbers import format_indicator_value, format_number, format_percent
from meapp.services.monitoring.status import IndicatorStatus
from meapp.ui import labels
from meapp.ui.monitoring import symbols
from meapp.ui.monitoring.grid_model import (
    COMMENT_AND_EVIDENCE,
    COPY_ROLE,
    QT_TRANSLATE_NOOP,
    Column,
    GridModel,
    edit_number,
    warning_icon,
    warnings_text,
)


def to_date(dto: IndicatorStatus) -> float | None:
    """What "to date" shows: the figure compared with the target when it adds up periods
    (the running total, or the year so far); nothing for a level."""
    return dto.actual if is_amount(dto.kind) else None


COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("MonitoringGrid", "Code")),
    Column("name", QT_TRANSLATE_NOOP("MonitoringGrid", "Indicator")),
    Column("unit", QT_TRANSLATE_NOOP("MonitoringGrid", "Unit")),
    Column(
        "baseline",
        QT_TRANSLATE_NOOP("MonitoringGrid", "Baseline"),
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP("MonitoringGrid", "The baseline value and its year"),
    ),
    Column(
        "target",
        QT_TRANSLATE_NOOP("MonitoringGrid", "Target"),
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "MonitoringGrid",
            "The target for the period; for a cumulative indicator the total since the "
            "baseline year, for one summed within the year the year's target to date. "
            "≈ marks a target derived from the yearly ones.",
        ),
    ),
    Column(
        "actual",
        QT_TRANSLATE_NOOP("MonitoringGrid", "Actual ✎"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "MonitoringGrid",
            "Type the actual value of this period (comma or dot; spaces between thousands "
            "are fine). Enter or Tab moves to the next cell.",
        ),
    ),
    Column(
        "to_date",
        QT_TRANSLATE_NOOP("MonitoringGrid", "To date"),
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "MonitoringGrid",
            "Cumulative indicators: the total since the baseline year; indicators summed "
            "within the year: the total of the year so far. Compared with the target",
        ),
    ),
    Column("progress", QT_TRANSLATE_NOOP("MonitoringGrid", "Progress"), numeric=True),
    Column(
        "ratio",
        QT_TRANSLATE_NOOP("MonitoringGrid", "Plan, %"),
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "MonitoringGrid",
            "Actual ÷ target (target ÷ actual for a decreasing indicator)",
        ),
    ),
    Column("status", QT_TRANSLATE_NOOP("MonitoringGrid", "Status")),
    *COMMENT_AND_EVIDENCE,
)


class IndicatorModel(GridModel[IndicatorStatus]):
    id_field = "indicator_id"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(COLUMNS)

    def cell(self, dto: IndicatorStatus, row: int, column: Column, role: int) -> Any:
        key = column.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(dto, key)
        if role == Qt.ItemDataRole.EditRole:
            if key == "actual":
                return edit_number(dto.period_value)
            if key == "comment":
                return dto.comment or ""
            return self._display(dto, key)
        if role == COPY_ROLE:
            if key in ("actual", "baseline", "target", "to_date"):
                value = {
                    "actual": dto.period_value,
                    "baseline": dto.baseline,
                    "target": dto.target,
                    "to_date": to_date(dto),
                }[key]
                return edit_number(value)
            if key == "status":
                return labels.indicator_status(dto.status)
            if key == "comment":
                return dto.comment or ""
            return self._display(dto, key)
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "status":
                return symbols.indicator_icon(dto.status)
            if key == "actual" and dto.warnings:
                return warning_icon()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(dto, key)
        return None

    @staticmethod
    def _value(value: float | None, value_type: str, empty: str) -> str:
        """The one written form (numbers.format_indicator_value): ооба/жок for a yes/no
        indicator, 1:0,3 for a ratio — as the reports write them (issue 19)."""
        return format_indicator_value(
            value,
            value_type,
            yes=QCoreApplication.translate("report", "yes"),
            no=QCoreApplication.translate("report", "no"),
            empty=empty,
        )

    def _display(self, dto: IndicatorStatus, key: str) -> str:
        if key == "code":
            return dto.code or ""
        if key == "name":
            return dto.name
        if key == "unit":
            return dto.unit or ""
        if key == "baseline":
            return self._value(dto.baseline, dto.value_type, "")
        if key == "target":
            if dto.target is None:
                return "–"
            text = self._value(dto.target, dto.value_type, "–")
            return f"≈ {text}" if dto.target_interpolated else text
        if key == "actual":
            return self._value(dto.period_value, dto.value_type, "")
        if key == "to_date":
            return format_number(to_date(dto), empty="")
        if key == "progress":
            return format_percent(dto.progress)
        if key == "ratio":
            return format_percent(dto.ratio)
        if key == "status":
            return labels.indicator_status(dto.status)
        if key == "comment":
            return dto.comment or ""
        if key == "evidence":
            return format_number(dto.evidence_count)
        return ""

    def _tooltip(self, dto: IndicatorStatus, key: str) -> str | None:
        if key == "name":
            return dto.name
        if key == "actual":
            if dto.warnings:
                return warnings_text(dto.warnings)
            return None
        if key == "status" and dto.warnings:
            return warnings_text(dto.warnings)
        if key == "to_date" and dto.kind == "annual_sum":
            return QCoreApplication.translate(
                "MonitoringGrid", "The total of {year} so far, compared with the year's target"
            ).format(year=dto.period[:4])
        if key == "target" and dto.target_interpolated:
            return QCoreApplication.translate(
                "MonitoringGrid", "Derived from the yearly targets (≈)"
            )
        if key == "baseline" and dto.baseline_year:
            return QCoreApplication.translate("MonitoringGrid", "Baseline year: {year}").format(
                year=dto.baseline_year
            )
        if key == "comment" and dto.comment:
            return dto.comment
        return None
