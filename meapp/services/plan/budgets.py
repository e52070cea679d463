"""Planned budgets of measures: the one writer and the one comparison of amounts.

The plan editor, `import-plan` and exchange packages all decide with `same_amount` whether
a planned amount changed, and the editor and the import write through `write_budgets`.
Amounts are som; the import multiplies "thousand som" and "million som" columns out, and
float arithmetic leaves dust (16,1 thousand is 16100.000000000002 som): an amount equal to
the tyiyn is the same amount, so typing the figure the table shows, or importing the same
workbook again, changes nothing and writes no audit event.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.errors import ValidationError
from meapp.models import MeasureBudget, enums
from meapp.services.access.users import Actor
from meapp.store import audit_chain as audit

HALF_TYIYN = 0.005  # som: amounts closer than this are one amount


def same_amount(a: float | None, b: float | None) -> bool:
    """Whether two planned amounts (som; None: no amount) are the same to the tyiyn."""
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < HALF_TYIYN


def check_amount(source: str, amount: float | int | str | None) -> float | None:
    """The amount as a float, refusing an unknown funding source and a negative amount."""
    if source not in enums.FUNDING_SOURCES:
        raise ValidationError("unknown funding source: {value}", value=source)
    if amount is None:
        return None
    try:
        value = float(amount)
    except (TypeError, ValueError) as exc:
        raise ValidationError("not a number: {value}", value=amount, field="budget") from exc
    if math.isnan(value) or math.isinf(value):
        raise ValidationError("not a number: {value}", value=amount, field="budget")
    if value < 0:
        raise ValidationError(
            "a planned cost cannot be negative: {value}", value=value, field="budget"
        )
    return value


def write_budgets(
    s: Session,
    actor: Actor,
    measure_id: uuid.UUID,
    program_id: uuid.UUID,
    amounts: Mapping[str, float | int | None],
) -> tuple[dict[str, float | None], dict[str, float | None]]:
    """Set the planned cost of a measure per funding source (None removes the source),
    inside the caller's transaction, one audit event per row; sources not named stay.

    Returns (before, after) of the sources that changed, for undo.
    """
    have = {
        b.source: b
        for b in s.scalars(select(MeasureBudget).where(MeasureBudget.measure_id == measure_id))
    }
    before: dict[str, float | None] = {}
    after: dict[str, float | None] = {}
    for source, raw in amounts.items():
        amount = check_amount(source, raw)
        old = have.get(source)
        old_amount = old.planned if old is not None else None
        if same_amount(old_amount, amount):
            continue
        before[source], after[source] = old_amount, amount
        if amount is None and old is not None:
            audit.record(
                s,
                user=actor.login,
                action="delete",
                entity="measure_budget",
                entity_id=old.id,
                program_id=program_id,
                before=audit.snapshot(old),
            )
            s.delete(old)
        elif old is None and amount is not None:
            b = MeasureBudget(id=uuid.uuid4(), measure_id=measure_id, source=source, planned=amount)
            s.add(b)
            audit.record(
                s,
                user=actor.login,
                action="create",
                entity="measure_budget",
                entity_id=b.id,
                program_id=program_id,
                after=audit.snapshot(b),
            )
        elif old is not None and amount is not None:
            snap = audit.snapshot(old)
            old.planned = amount
            audit.record(
                s,
                user=actor.login,
                action="update",
                entity="measure_budget",
                entity_id=old.id,
                program_id=program_id,
                before=snap,
                after=audit.snapshot(old),
            )
    return before, after
