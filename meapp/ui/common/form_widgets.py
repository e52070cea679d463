"""Small form widgets and table helpers shared by the pages' dialogs (working group, evidence,
…): dates that may be empty, code drop-downs filled with words, plain read-only tables."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from meapp.models.numbers import format_number
from meapp.ui.common.table_selection import one_row_at_a_time

_NO_DATE = QDate(1900, 1, 1)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def date_text(value: date | None) -> str:
    """`20.02.2024`, the way Kyrgyz and Russian documents write dates; "" for none."""
    return value.strftime("%d.%m.%Y") if value else ""


def size_text(size: int) -> str:
    """A file size in KB or MB with a decimal comma (`1,4 MB`)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 0 if size >= 10240 else 1)} KB"
    return f"{format_number(size / (1024 * 1024), 1)} MB"


class _NoWheel(QObject):
    """Keeps the mouse wheel from changing a field the pointer merely passes over."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


_no_wheel = _NoWheel()


def calm(widget: QWidget) -> QWidget:
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_no_wheel)
    return widget


class OptionalDateEdit(QDateEdit):
    """A date field that may stay empty: the lowest date stands for "no date" and shows
    blank; the calendar opens at today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(_NO_DATE)
        # The popup would open in 1900 for an empty field: show this month's page instead
        # (changing the page selects nothing, so the field stays empty until a click).
        self.calendarWidget().installEventFilter(self)
        calm(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            obj is self.calendarWidget()
            and event.type() == QEvent.Type.Show
            and self.date() == _NO_DATE
        ):
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(obj, event)

    def date_value(self) -> date | None:
        d = self.date()
        return None if d == _NO_DATE else date(d.year(), d.month(), d.day())

    def set_date_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_NO_DATE)
        else:
            self.setDate(QDate(value.year, value.month, value.day))


class OptionalSpinBox(QSpinBox):
    """A whole number that may stay empty (the lowest value, shown blank)."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty = low - 1
        self.setRange(self._empty, high)
        self.setSpecialValueText(" ")
        self.setValue(self._empty)
        calm(self)

    def int_value(self) -> int | None:
        v = self.value()
        return None if v == self._empty else v

    def set_int_value(self, value: int | None) -> None:
        self.setValue(self._empty if value is None else value)


def code_combo(codes: tuple[str, ...] | list[str]) -> QComboBox:
    """A combo box whose items carry stored codes; `fill_words` puts words on them."""
    combo = QComboBox()
    for code in codes:
        combo.addItem(code, code)
    calm(combo)
    return combo


def fill_words(combo: QComboBox, word) -> None:
    for i in range(combo.count()):
        combo.setItemText(i, word(combo.itemData(i)))


def select_code(combo: QComboBox, code: str | None) -> None:
    i = combo.findData(code)
    combo.setCurrentIndex(max(i, 0))


def plain_table(columns: int, lines: int = 2) -> QTableWidget:
    """A read-only, row-selecting table in the app's style (edited through forms).

    Rows are `lines` lines high, so a long position or proposal wraps once and the rest
    is in the tooltip; the table stays readable on a 1366×768 screen."""
    table = QTableWidget(0, columns)
    one_row_at_a_time(table)
    table.setWordWrap(True)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * lines + 10)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


def item(text: str, key: str | None = None, *, right: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if key is not None:
        cell.setData(ID_ROLE, key)
    if text:
        cell.setToolTip(text)
    if right:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


def selected_key(table: QTableWidget) -> str | None:
    row = table.currentRow()
    if row < 0 or not table.selectionModel().hasSelection():
        return None
    cell = table.item(row, 0)
    return cell.data(ID_ROLE) if cell is not None else None
