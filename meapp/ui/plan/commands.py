"""Undo commands for the plan editor: each do and each undo is a call to `plan_edit`.

A command runs its first "do" before it is pushed (`execute`), so a refused edit never
reaches the undo stack and the user sees why at once. Later redo/undo calls go to the
service again; when one is refused there (someone else deleted the row meanwhile, a period
was approved), the command reports the error, becomes obsolete and leaves the stack, so
the stack never claims a state the database does not have.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QUndoCommand

from meapp.services.access.users import Actor
from meapp.services.plan import edit as pe
from meapp.store.engine import Database


@dataclass
class Step:
    """One reversible service call: `do()` and `undo()` return nothing and may raise."""

    do: Callable[[], None]
    undo: Callable[[], None]


class PlanCommand(QUndoCommand):
    """A list of steps done in order and undone in reverse, as one entry of the stack.

    `focus_id` names the node to select after the command ran (None: keep the selection);
    `error_handler(exc)` hears of a refused redo or undo.
    """

    def __init__(self, text: str, steps: list[Step], focus_id: str | None = None) -> None:
        super().__init__(text)
        self.steps = steps
        self.focus_id = focus_id
        self.undo_focus_id: str | None = focus_id
        self.error_handler: Callable[[BaseException], None] | None = None
        self._first = True

    def execute(self) -> None:
        """The first do, before the push; a failure undoes the steps already done."""
        done: list[Step] = []
        try:
            for step in self.steps:
                step.do()
                done.append(step)
        except BaseException:
            for step in reversed(done):
                step.undo()
            raise

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run([s.do for s in self.steps])

    def undo(self) -> None:
        self._run([s.undo for s in reversed(self.steps)])

    def _run(self, calls: list[Callable[[], None]]) -> None:
        try:
            for call in calls:
                call()
        except Exception as exc:  # noqa: BLE001 - reported, never lost (see the handler)
            self.setObsolete(True)
            if self.error_handler is not None:
                self.error_handler(exc)


@dataclass
class _Created:
    """A row the command created: undo deletes it, redo puts the deleted rows back."""

    db: Database
    actor: Actor
    entity: str  # plan_item | indicator
    id: str = ""
    deleted: pe.Deleted | None = field(default=None)

    def delete(self) -> None:
        fn = pe.delete_plan_item if self.entity == "plan_item" else pe.delete_indicator
        self.deleted = fn(self.db, self.actor, self.id)

    def restore(self) -> None:
        assert self.deleted is not None
        pe.restore_deleted(self.db, self.actor, self.deleted)


def add_item(db: Database, actor: Actor, program_id: str, text: str, **kw: Any) -> PlanCommand:
    """A new plan item (`kind`, `title`, `parent_id`, `position`, fields…)."""
    created = _Created(db, actor, "plan_item")
    command = PlanCommand(text, [])

    def do() -> None:
        if created.deleted is None:
            created.id = pe.add_plan_item(db, actor, program_id, **kw).id
            command.focus_id = created.id
        else:
            created.restore()

    command.steps.append(Step(do, created.delete))
    command.undo_focus_id = kw.get("parent_id")
    return command


def add_indicator(db: Database, actor: Actor, program_id: str, text: str, **kw: Any) -> PlanCommand:
    created = _Created(db, actor, "indicator")
    command = PlanCommand(text, [])

    def do() -> None:
        if created.deleted is None:
            created.id = pe.add_indicator(db, actor, program_id, **kw).id
            command.focus_id = created.id
        else:
            created.restore()

    command.steps.append(Step(do, created.delete))
    command.undo_focus_id = kw.get("plan_item_id")
    return command


def copy_node(db: Database, actor: Actor, kind: str, node_id: str, text: str) -> PlanCommand:
    entity = "indicator" if kind == "indicator" else "plan_item"
    created = _Created(db, actor, entity)
    command = PlanCommand(text, [])

    def do() -> None:
        if created.deleted is None:
            fn = pe.copy_indicator if entity == "indicator" else pe.copy_plan_item
            created.id = fn(db, actor, node_id).id
            command.focus_id = created.id
        else:
            created.restore()

    command.steps.append(Step(do, created.delete))
    command.undo_focus_id = node_id
    return command


def delete_node(
    db: Database, actor: Actor, kind: str, node_id: str, text: str, parent_id: str | None
) -> PlanCommand:
    """Delete with everything under it; undo brings every row back with its id."""
    created = _Created(db, actor, "indicator" if kind == "indicator" else "plan_item", node_id)
    command = PlanCommand(text, [Step(created.delete, created.restore)], focus_id=parent_id)
    command.undo_focus_id = node_id
    return command


def move_node(
    db: Database,
    actor: Actor,
    kind: str,
    node_id: str,
    parent_id: str | None,
    position: int | None,
    text: str,
) -> PlanCommand:
    fn = pe.move_indicator if kind == "indicator" else pe.move_plan_item
    moves: list[pe.Move] = []

    def do() -> None:
        moves.append(fn(db, actor, node_id, parent_id, position))

    def undo() -> None:
        last = moves.pop()
        fn(db, actor, node_id, last.old_parent_id, last.old_position)

    return PlanCommand(text, [Step(do, undo)], focus_id=node_id)


def update_fields(
    update: Callable[..., pe.Change],
    db: Database,
    actor: Actor,
    row_id: str,
    changes: dict[str, Any],
    expected_version: int | None,
) -> Step:
    """A field update whose undo writes the old values back. Only the first do checks the
    version read by the form; undo and redo follow the stack, not a stale read."""
    state: dict[str, Any] = {"version": expected_version, "before": None}

    def do() -> None:
        change = update(db, actor, row_id, changes, state["version"])
        state["before"] = change.before
        state["version"] = None

    def undo() -> None:
        if state["before"]:
            update(db, actor, row_id, state["before"], None)

    return Step(do, undo)


def set_targets(db: Database, actor: Actor, indicator_id: str, values: dict[str, Any]) -> Step:
    state: dict[str, Any] = {}

    def do() -> None:
        state["before"] = pe.set_targets(db, actor, indicator_id, values).before

    def undo() -> None:
        pe.set_targets(db, actor, indicator_id, state["before"])

    return Step(do, undo)


def set_budget(db: Database, actor: Actor, measure_id: str, amounts: dict[str, Any]) -> Step:
    state: dict[str, Any] = {}

    def do() -> None:
        state["before"] = pe.set_measure_budget(db, actor, measure_id, amounts).before

    def undo() -> None:
        pe.set_measure_budget(db, actor, measure_id, state["before"])

    return Step(do, undo)
