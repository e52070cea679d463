"""The measures grid of a period: one row per `MeasureRow` of the status service.

Status and per cent are carried forward from the latest earlier period until this period
has its own entry; spending columns are the funding sources planned in the programme, and a
measure's cell is open only for the sources planned for that measure (or already spent).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from meapp.models.enums import FUNDING_SOURCES
from meapp.models.numbers import format_number, format_percent
from meapp.services.monitoring.status import MeasureRow
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

SPENT_PREFIX = "spent:"

HEAD = (
    Column("code", QT_TRANSLATE_NOOP("MonitoringGrid", "Code")),
    Column("title", QT_TRANSLATE_NOOP("MonitoringGrid", "Measure")),
    Column(
        "status",
        QT_TRANSLATE_NOOP("MonitoringGrid", "Status ✎"),
        editable=True,
        tooltip=QT_TRANSLATE_NOOP(
            "MonitoringGrid", "Choose the status; a period without its own entry shows the last one"
        ),
    ),
    Column("percent", QT_TRANSLATE_NOOP("MonitoringGrid", "% done ✎"), editable=True, numeric=True),
)
TAIL = COMMENT_AND_EVIDENCE


def sources_of(rows: Sequence[MeasureRow]) -> list[str]:
    """The funding sources planned or spent in any measure, in the catalogue's order."""
    used = {s for r in rows for s, v in r.planned.items() if v} | {
        s for r in rows for s, v in r.spent.items() if v
    }
    order = {s: i for i, s in enumerate(FUNDING_SOURCES)}
    return sorted(used, key=lambda s: (order.get(s, len(order)), s))


def columns_for(sources: Sequence[str]) -> list[Column]:
    spent = [
        Column(
            SPENT_PREFIX + src,
            labels.funding_source(src)
            + " "
            # amounts are entered in som: the unit in the header, not in every cell
            + QCoreApplication.translate("MonitoringGrid", "spent, som ✎"),
            editable=True,
            numeric=True,
            literal=True,
        )
        for src in sources
    ]
    return [*HEAD, *spent, *TAIL]


class MeasureModel(GridModel[MeasureRow]):
    id_field = "measure_id"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = columns_for([])

    def load(self, rows: Sequence[MeasureRow]) -> None:
        self.set_rows(rows, columns_for(sources_of(rows)))

    def retranslate(self) -> None:
        """Source headers are words from labels: rebuild them in the new language."""
        keys = [c.key for c in self.columns]
        self.columns = columns_for(
            [k[len(SPENT_PREFIX) :] for k in keys if k.startswith(SPENT_PREFIX)]
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def stored(self, row: int) -> bool:
        # a status carried from an earlier period is confirmed for this one by choosing it
        return self.rows[row].has_entry

    def cell_editable(self, row: int, column: int) -> bool:
        if not super().cell_editable(row, column):
            return False
        key = self.columns[column].key
        if key.startswith(SPENT_PREFIX):
            src = key[len(SPENT_PREFIX) :]
            dto = self.rows[row]
            return bool(dto.planned.get(src) or dto.spent.get(src))
        return True

    def cell(self, dto: MeasureRow, row: int, column: Column, role: int) -> Any:
        key = column.key
        source = key[len(SPENT_PREFIX) :] if key.startswith(SPENT_PREFIX) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(dto, key, source)
        if role in (Qt.ItemDataRole.EditRole, COPY_ROLE):
            if key == "status":
                return dto.status if role == Qt.ItemDataRole.EditRole else self._display(dto, key)
            if key == "percent":
                return edit_number(dto.percent)
            if source is not None:
                return edit_number(dto.spent.get(source))
            if key == "comment":
                return dto.comment or ""
            return self._display(dto, key, source)
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "status":
                return symbols.measure_icon(dto.status)
            if key == "percent" and dto.warnings:
                return warning_icon()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(dto, key, source)
        return None

    def _display(self, dto: MeasureRow, key: str, source: str | None = None) -> str:
        if key == "code":
            return dto.code or ""
        if key == "title":
            return dto.title
        if key == "status":
            return labels.measure_status(dto.status)
        if key == "percent":
            return format_number(dto.percent, empty="")
        if source is not None:
            return format_number(dto.spent.get(source), empty="")
        if key == "comment":
            return dto.comment or ""
        if key == "evidence":
            return format_number(dto.evidence_count)
        return ""

    def _tooltip(self, dto: MeasureRow, key: str, source: str | None) -> str | None:
        if key == "title":
            parts = [dto.title]
            if dto.executor:
                parts.append(
                    QCoreApplication.translate(
                        "MonitoringGrid", "Responsible executor: {who}"
                    ).format(who=dto.executor)
                )
            if dto.deadline:
                parts.append(
                    QCoreApplication.translate("MonitoringGrid", "Deadline: {deadline}").format(
                        deadline=dto.deadline
                    )
                )
            return "\n".join(parts)
        if key in ("status", "percent"):
            lines = []
            if not dto.has_entry and key == "status":
                lines.append(
                    QCoreApplication.translate(
                        "MonitoringGrid", "Carried over from an earlier period"
                    )
                )
            if dto.warnings:
                lines.append(warnings_text(dto.warnings))
            return "\n".join(lines) or None
        if source is not None:
            planned = dto.planned.get(source, 0.0)
            if not planned and not dto.spent.get(source):
                return QCoreApplication.translate(
                    "MonitoringGrid", "Nothing planned from this source for this measure"
                )
            to_date = dto.spent_to_date.get(source, 0.0)
            return QCoreApplication.translate(
                "MonitoringGrid", "Planned: {planned} · spent to date: {spent} ({share})"
            ).format(
                planned=format_number(planned),
                spent=format_number(to_date),
                share=format_percent(to_date / planned if planned else None),
            )
        if key == "comment" and dto.comment:
            return dto.comment
        return None
