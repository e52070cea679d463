"""Undo commands of the monitoring grids, for the page's QUndoStack (as the plan editor's).

A command holds the texts of the cells an edit or a paste changed, before and after, by the
row's id (an indicator or a measure) and column key, so it survives re-reading the period.
It is pushed once its first write is done (the grid's own edit or paste), so the redo that
`QUndoStack.push` calls writes nothing. Later undo and redo write the texts back through
`write` — one service call like a paste, audited like any change and refused like any
change (the period approved meanwhile). A refused or impossible write makes the command
obsolete: it leaves the stack, which never claims a state the database does not have, and
`refused` hears why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

ByRow = dict[str, dict[str, str]]  # row id → {column key: text}
# Writes the texts into a grid ("indicators" | "measures"); False when there is nothing
# left to write (the rows left the plan); raises when the service refuses.
Write = Callable[[str, ByRow], bool]


class CellsCommand(QUndoCommand):
    def __init__(
        self,
        grid: str,
        before: ByRow,
        after: ByRow,
        write: Write,
        refused: Callable[[BaseException | None], None],
    ) -> None:
        super().__init__()
        self.grid = grid
        self.before = before
        self.after = after
        self._write = write
        self._refused = refused
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.after)

    def undo(self) -> None:
        self._run(self.before)

    def _run(self, texts: ByRow) -> None:
        try:
            written = self._write(self.grid, texts)
        except Exception as exc:  # noqa: BLE001 - reported, never lost (see `refused`)
            self.setObsolete(True)
            self._refused(exc)
            return
        if not written:
            self.setObsolete(True)
            self._refused(None)
