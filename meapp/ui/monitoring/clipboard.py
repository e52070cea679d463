"""Tab-separated blocks, the way Excel and LibreOffice put cells on the clipboard.

Qt-free: `parse_block` reads what a spreadsheet copied (tabs between cells, newlines
between rows, quoted cells that hold tabs or newlines), `format_block` writes a selection
back the same way so it pastes into Excel cell by cell.
"""

from __future__ import annotations

import csv
import io

MAX_CELLS = 20_000  # more than any programme's grid: a paste of a whole sheet is a mistake


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells; the trailing newline Excel adds gives no extra empty row."""
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if "\t" not in text and "\n" not in text:
        return [[text]]
    rows = [list(r) for r in csv.reader(io.StringIO(text), delimiter="\t", quotechar='"')]
    return [r if r else [""] for r in rows]


def format_block(rows: list[list[str]]) -> str:
    """A block as tab-separated text; a cell with a tab, newline or quote is quoted."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\n")
    writer.writerows(rows)
    return out.getvalue()
