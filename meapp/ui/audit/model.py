"""The audit trail as a lazily filled table: a page of events at a time, newest first.

The oblast demo holds many thousands of events; the view asks for more (`fetchMore`) only
as the user scrolls, so opening the page costs one page and one count.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from meapp.services.audit import query as audit_query
from meapp.services.audit.query import AuditEventDTO, AuditFilter
from meapp.store.engine import Database
from meapp.ui import labels
from meapp.ui.i18n import ui_translate

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
COL_SEQ, COL_TIME, COL_USER, COL_ACTION, COL_OBJECT, COL_PERIOD, COL_CHANGES, COL_REASON = range(8)
# Keys of a row's content that name it best, in order of preference.
_NAME_KEYS = ("code", "name", "title", "text", "login", "full_name", "period")


def local_time(ev: AuditEventDTO) -> str:
    if ev.at is None:
        return ev.at_text
    return ev.at.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def user_text(ev: AuditEventDTO) -> str:
    return ev.user or QCoreApplication.translate("audit", audit_query.SYSTEM_USER)


def object_text(ev: AuditEventDTO) -> str:
    """ "indicator · 1.2 Paved streets": the kind in words and the row's own name."""
    kind = audit_query.entity_label(ev.entity, ui_translate)
    for data in (ev.after, ev.before):
        if not data:
            continue
        for key in _NAME_KEYS:
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                if key == "period":
                    value = labels.period(value)
                name = " ".join(value.split())
                return f"{kind} · {name[:80]}{'…' if len(name) > 80 else ''}"
    return kind


def period_text(ev: AuditEventDTO) -> str:
    """The period in words, as the top bar names it ("2024, first half-year")."""
    return labels.period(ev.period)


def changes_text(ev: AuditEventDTO) -> str:
    """Every change, one a line, in the reader's words (the tooltip and the details)."""
    return audit_query.describe_changes(ev, ui_translate)


def changes_line(ev: AuditEventDTO) -> str:
    """The changes on one line, without row ids and without the period the Period column
    already shows (the tooltip and the details keep everything)."""
    lines = audit_query.change_lines(ev, ui_translate, internal=False, skip_period=ev.period)
    return "; ".join(" ".join(line.split()) for line in lines)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filters: AuditFilter | None = None
        self.events: list[AuditEventDTO] = []
        self.total = 0

    def set_filter(self, filters: AuditFilter | None) -> None:
        """Read the first page of the events that match (and how many match in all)."""
        page = audit_query.query_events(self.db, filters, offset=0, limit=PAGE_SIZE)
        self.beginResetModel()
        self.filters = filters
        self.events = list(page.events)
        self.total = page.total
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.events) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or len(self.events) >= self.total:
            return
        page = audit_query.query_events(
            self.db, self.filters, offset=len(self.events), limit=PAGE_SIZE
        )
        if not page.events:
            self.total = len(self.events)  # events vanished meanwhile (a restore)
            return
        first = len(self.events)
        self.beginInsertRows(QModelIndex(), first, first + len(page.events) - 1)
        self.events.extend(page.events)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Object"),
            self.tr("Period"),
            self.tr("What changed"),
            self.tr("Reason"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        ev = self.events[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEQ:
                return str(ev.seq)
            if col == COL_TIME:
                return local_time(ev)
            if col == COL_USER:
                return user_text(ev)
            if col == COL_ACTION:
                return audit_query.action_label(ev.action, ui_translate)
            if col == COL_OBJECT:
                return object_text(ev)
            if col == COL_PERIOD:
                return period_text(ev)
            if col == COL_CHANGES:
                return changes_line(ev)
            return ev.reason or ""
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_CHANGES, COL_REASON, COL_OBJECT):
            text = {
                COL_CHANGES: changes_text(ev),
                COL_REASON: ev.reason or "",
                COL_OBJECT: f"{object_text(ev)}\n{ev.entity_id or ''}",
            }[col]
            return text or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def event_at(self, row: int) -> AuditEventDTO | None:
        return self.events[row] if 0 <= row < len(self.events) else None
