"""Undo and redo of grid edits (Ctrl+Z / Ctrl+Y) on the monitoring page.

An edit is kept as the texts of its cells before and after, by the row's id (an indicator
or a measure) and column key, so it survives re-reading the period. Undoing writes the
earlier texts back through the same service as a paste — an audited change like any other,
refused like any other when the period is locked meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ByRow = dict[str, dict[str, str]]  # row id → {column key: text}


@dataclass(frozen=True)
class Edit:
    grid: str  # "indicators" | "measures"
    before: ByRow
    after: ByRow


@dataclass
class EditHistory:
    """Two stacks; a new edit clears what could be redone."""

    done: list[Edit] = field(default_factory=list)
    undone: list[Edit] = field(default_factory=list)
    limit: int = 100

    def record(self, edit: Edit) -> None:
        if edit.before == edit.after:
            return
        self.done.append(edit)
        del self.done[: -self.limit]
        self.undone.clear()

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()

    def can_undo(self) -> bool:
        return bool(self.done)

    def can_redo(self) -> bool:
        return bool(self.undone)

    def undone_step(self) -> None:
        """The last edit was written back: it can be redone now."""
        self.undone.append(self.done.pop())

    def redone_step(self) -> None:
        self.done.append(self.undone.pop())
