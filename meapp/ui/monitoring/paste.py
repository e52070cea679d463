"""A block pasted into a monitoring grid: where each cell goes, what is wrong, and storing it.

`read_block` places the clipboard's cells onto the grid. The block's columns fill the
entry (✎) columns from the first one on, passing over the computed columns between them, so
a value and a comment copied side by side in Excel land in Actual and Comment. Every bad
cell is named by the row's code and the column's header, in the user's language, before
anything is stored. `store_block` then hands all rows to one service call (one
transaction): every cell or none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from meapp.errors import Problem, ValidationError
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring.entry import ActualChange, MeasureChange
from meapp.ui import labels
from meapp.ui.context import AppContext
from meapp.ui.i18n import ui_translate
from meapp.ui.monitoring.grid import MonitoringGrid
from meapp.ui.monitoring.grid_model import GridModel
from meapp.ui.monitoring.indicator_model import IndicatorModel
from meapp.ui.monitoring.measure_model import SPENT_PREFIX, MeasureModel

# The messages here are the page's: they use its translation context, "MonitoringPage".
Cells = dict[int, dict[str, str]]  # grid row → {column key: pasted text}


def row_label(model: GridModel, row: int) -> str:
    """How a message names a row: its code, else its number."""
    if 0 <= row < model.rowCount():
        code = getattr(model.rows[row], "code", None)
        if code:
            return str(code)
    return str(row + 1)


def cell_problem(model: GridModel, row: int, column: int, text: str) -> Problem:
    where = QCoreApplication.translate("MonitoringPage", "row {row}, column «{column}»").format(
        row=row_label(model, row),
        column=model.column_title(column) if column < model.columnCount() else str(column + 1),
    )
    return Problem("{where}: {text}", {"where": where, "text": text})


def status_code(text: str) -> str | None:
    """A measure status typed as a word of the current language (or as its code)."""
    wanted = text.strip().casefold()
    for code in labels.MEASURE_STATUSES:
        if wanted in (code, labels.measure_status(code).casefold()):
            return code
    return None


def check_cell(key: str, text: str) -> str | None:
    """What is wrong with one pasted text, in the user's language (None: fine)."""
    if key == "comment":
        return None
    if key == "status":
        if status_code(text) is not None:
            return None
        return QCoreApplication.translate("MonitoringPage", "not a measure status: {text}").format(
            text=text
        )
    try:
        monitoring.to_value(text)
    except ValidationError as exc:
        return exc.text(ui_translate)
    return None


def read_block(
    grid: MonitoringGrid, top: int, left: int, block: list[list[str]]
) -> tuple[Cells, list[Problem]]:
    """The cells of a block by grid row and column key, and the problems of the bad ones."""
    model = grid.grid_model()
    problems: list[Problem] = []
    cells: Cells = {}
    entry = [
        c
        for c in range(model.columnCount())
        if model.columns[c].editable and not grid.isColumnHidden(c)
    ]
    if left not in entry:
        text = QCoreApplication.translate(
            "MonitoringPage", "the values are computed here; paste into a ✎ column"
        )
        return {}, [cell_problem(model, top, left, text)]
    start = entry.index(left)
    for i, line in enumerate(block):
        row = top + i
        for j, raw in enumerate(line):
            if row >= model.rowCount() or start + j >= len(entry):
                column = entry[min(start + j, len(entry) - 1)]
                text = QCoreApplication.translate(
                    "MonitoringPage", "the block reaches beyond the table"
                )
                problems.append(cell_problem(model, row, column, text))
                continue
            col = entry[start + j]
            if not model.cell_editable(row, col):
                text = QCoreApplication.translate(
                    "MonitoringPage", "nothing planned from this source here"
                )
                problems.append(cell_problem(model, row, col, text))
                continue
            key = model.column_key(col)
            value = raw.strip()
            wrong = check_cell(key, value)
            if wrong is not None:
                problems.append(cell_problem(model, row, col, wrong))
                continue
            cells.setdefault(row, {})[key] = value
    return cells, problems


def _placed(model: GridModel, rows: list[int], exc: ValidationError) -> ValidationError:
    """Service problems name the change's position in the call: put the row's code on them."""
    out = []
    for p in exc.problems:
        if p.row is not None and 0 < p.row <= len(rows):
            where = QCoreApplication.translate("MonitoringPage", "row {row}").format(
                row=row_label(model, rows[p.row - 1])
            )
            text = Problem(p.message, p.params).text(ui_translate)
            out.append(Problem("{where}: {text}", {"where": where, "text": text}))
        else:
            out.append(Problem(p.message, p.params))
    return ValidationError(out)


def store_block(
    ctx: AppContext, program_id: str, period: str, model: GridModel, cells: Cells
) -> int:
    """Store the read cells through one service call; a refusal changes nothing.

    Raises the service's errors; a ValidationError comes back with the grid's row codes.
    Returns how many cells were pasted.
    """
    rows = sorted(cells)
    try:
        if isinstance(model, IndicatorModel):
            monitoring.set_actuals(
                ctx.db, ctx.actor, program_id, period, _actual_changes(model, rows, cells)
            )
        elif isinstance(model, MeasureModel):
            monitoring.set_measures_progress(
                ctx.db, ctx.actor, program_id, period, _measure_changes(model, rows, cells)
            )
    except ValidationError as exc:
        raise _placed(model, rows, exc) from exc
    return sum(len(c) for c in cells.values())


def _actual_changes(model: IndicatorModel, rows: list[int], cells: Cells) -> list[ActualChange]:
    out = []
    for row in rows:
        dto, given = model.rows[row], cells[row]
        out.append(
            ActualChange(
                dto.indicator_id,
                given.get("actual"),
                given.get("comment"),
                set_value="actual" in given,
                expected_version=dto.version,
            )
        )
    return out


def _measure_changes(model: MeasureModel, rows: list[int], cells: Cells) -> list[MeasureChange]:
    out = []
    for row in rows:
        dto, given = model.rows[row], cells[row]
        spending = {
            k[len(SPENT_PREFIX) :]: v for k, v in given.items() if k.startswith(SPENT_PREFIX)
        }
        out.append(
            MeasureChange(
                dto.measure_id,
                status=status_code(given["status"]) if "status" in given else None,
                percent=given.get("percent"),
                set_percent="percent" in given,
                spending=spending or None,
                comment=given.get("comment"),
                expected_version=dto.version,
            )
        )
    return out
