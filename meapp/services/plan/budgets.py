"""Planned budgets of measures: the one writer and the one comparison of amounts.

A measure's planned cost is one total per funding source (`MeasureBudget.planned`, what
every reader of the total uses) and, when the council split it, one amount per year
(`MeasureBudgetYear`, issue 21): the total is then always the sum of the years. A source
written as a plain number is "not split" (spread evenly over the measure's years, see
`budget_years`); a `YearSplit` writes the years, and a total given beside them that is not
their sum is refused. A year with an approved round keeps its planned amount (the lock
rule of `monitoring.locks`: the years of approved periods), split or spread.

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
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.errors import PeriodLocked, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import MeasureBudget, MeasureBudgetYear, PlanItem, Program, enums
from meapp.models.numbers import format_number
from meapp.services.access.users import Actor
from meapp.services.monitoring import locks
from meapp.services.plan.budget_years import measure_years, spread_evenly
from meapp.store import audit_chain as audit

HALF_TYIYN = 0.005  # som: amounts closer than this are one amount


YEAR_LOCKED = QT_TRANSLATE_NOOP(
    "problems",
    "the period {period} is approved: the planned amount of that year ({amount}) cannot "
    "change; enter the cost per year and keep that year's amount",
)


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


@dataclass(frozen=True)
class YearSplit:
    """A source's planned cost per year (`years`: year → som); `total`, when the source
    gave one beside the years, must be their sum. No years: not split (spread evenly)."""

    years: Mapping[int, float | int | str] = field(default_factory=dict)
    total: float | int | str | None = None


BudgetValue = float | int | str | YearSplit | Mapping[int, float] | None


@dataclass(frozen=True)
class _Amount:
    """A checked new value of one source: the total and the years (None: not split)."""

    total: float
    years: dict[int, float] | None
    plain: bool = False  # a bare number: a split with this total stays split


def check_years(
    source: str, value: YearSplit | Mapping[int, float], span: tuple[int, int]
) -> _Amount:
    """The years of a split as floats, refusing a year outside the programme's years, a
    negative amount, and a total that is not the sum of the years."""
    split = value if isinstance(value, YearSplit) else YearSplit(dict(value))
    years: dict[int, float] = {}
    for raw_year, raw in split.years.items():
        try:
            year = int(raw_year)
        except (TypeError, ValueError) as exc:
            raise ValidationError("not a year: {value}", value=raw_year, field="budget") from exc
        if not span[0] <= year <= span[1]:
            raise ValidationError(
                "the year {year} lies outside the programme's years {start}–{end}",
                year=str(year),
                start=str(span[0]),
                end=str(span[1]),
                field="budget",
            )
        amount = check_amount(source, raw)
        if amount is not None:
            years[year] = amount
    added = sum(years.values())
    total = check_amount(source, split.total)
    if years and total is not None and not same_amount(total, added):
        raise ValidationError(
            "the total {total} of {source} is not the sum of its years ({sum})",
            total=format_number(total),
            source=source,
            sum=format_number(added),
            field="budget",
        )
    if not years:
        return _Amount(total if total is not None else 0.0, None)
    return _Amount(added, dict(sorted(years.items())))


def _check_value(source: str, raw: BudgetValue, span: tuple[int, int]) -> _Amount | None:
    if isinstance(raw, YearSplit | Mapping):
        return check_years(source, raw, span)
    amount = check_amount(source, raw)
    return None if amount is None else _Amount(amount, None, plain=True)


def _same_years(a: dict[int, float] | None, b: dict[int, float] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.keys() == b.keys() and all(same_amount(a[y], b[y]) for y in a)


def _effective(amount: _Amount | None, span: list[int]) -> dict[int, float]:
    if amount is None:
        return {}
    return amount.years if amount.years is not None else spread_evenly(amount.total, span)


def _as_value(amount: _Amount | None, other: _Amount | None) -> float | YearSplit | None:
    """What `write_budgets` takes back to restore this amount (undo): a number when
    neither side is split, else the years (none: explicitly not split)."""
    if amount is None:
        return None
    if amount.years is None and (other is None or other.years is None):
        return amount.total
    return YearSplit(dict(amount.years or {}), amount.total)


class _Writer:
    """The rows of one measure and the rules every change of them follows."""

    def __init__(self, s: Session, actor: Actor, measure_id: uuid.UUID, program_id) -> None:
        self.s, self.actor, self.program_id = s, actor, program_id
        self.measure_id = measure_id
        item = s.get(PlanItem, measure_id)
        program = s.get(Program, program_id)
        p_start = program.start_year if program is not None else 1900
        p_end = program.end_year if program is not None else 2200
        self.program_span = (p_start, p_end)
        self.span = measure_years(
            item.start_year if item is not None else None,
            item.end_year if item is not None else None,
            p_start,
            p_end,
        )
        self.have = {
            b.source: b
            for b in s.scalars(select(MeasureBudget).where(MeasureBudget.measure_id == measure_id))
        }
        self.years: dict[uuid.UUID, dict[int, MeasureBudgetYear]] = {}
        if self.have:
            for y in s.scalars(
                select(MeasureBudgetYear).where(
                    MeasureBudgetYear.budget_id.in_([b.id for b in self.have.values()])
                )
            ):
                self.years.setdefault(y.budget_id, {})[y.year] = y
        self._locked: set[int] | None = None

    def old(self, source: str) -> _Amount | None:
        b = self.have.get(source)
        if b is None:
            return None
        rows = self.years.get(b.id)
        years = {y: float(r.planned) for y, r in sorted(rows.items())} if rows else None
        return _Amount(float(b.planned), years)

    def locked_years(self) -> set[int]:
        if self._locked is None:
            self._locked = locks.locked_target_years(self.s, self.program_id)
        return self._locked

    def ensure_open(self, old: _Amount | None, new: _Amount | None) -> None:
        """PeriodLocked when the change moves the planned amount of an approved year."""
        locked = self.locked_years()
        if not locked:
            return
        before, after = _effective(old, self.span), _effective(new, self.span)
        for year in sorted(locked):
            if not same_amount(before.get(year, 0.0), after.get(year, 0.0)):
                raise PeriodLocked(
                    YEAR_LOCKED, period=str(year), amount=format_number(before.get(year, 0.0))
                )

    def audit(self, action: str, entity: str, row, before=None) -> None:
        audit.record(
            self.s,
            user=self.actor.login,
            action=action,
            entity=entity,
            entity_id=row.id,
            program_id=self.program_id,
            before=before,
            after=audit.snapshot(row) if action != "delete" else None,
        )

    def write(self, source: str, new: _Amount | None) -> None:
        old = self.have.get(source)
        if new is None:
            if old is not None:
                self._write_years(old, {})
                self.audit("delete", "measure_budget", old, audit.snapshot(old))
                self.s.delete(old)
            return
        if old is None:
            old = MeasureBudget(
                id=uuid.uuid4(), measure_id=self.measure_id, source=source, planned=new.total
            )
            self.s.add(old)
            self.audit("create", "measure_budget", old)
        elif not same_amount(old.planned, new.total):
            snap = audit.snapshot(old)
            old.planned = new.total
            self.audit("update", "measure_budget", old, snap)
        self.s.flush()
        self._write_years(old, new.years or {})

    def _write_years(self, budget: MeasureBudget, years: Mapping[int, float]) -> None:
        rows = self.years.get(budget.id, {})
        for year, row in sorted(rows.items()):
            if year not in years:
                self.audit("delete", "measure_budget_year", row, audit.snapshot(row))
                self.s.delete(row)
        for year, amount in years.items():
            have = rows.get(year)
            if have is None:
                new = MeasureBudgetYear(
                    id=uuid.uuid4(), budget_id=budget.id, year=year, planned=amount
                )
                self.s.add(new)
                self.audit("create", "measure_budget_year", new)
            elif not same_amount(have.planned, amount):
                snap = audit.snapshot(have)
                have.planned = amount
                self.audit("update", "measure_budget_year", have, snap)


def write_budgets(
    s: Session,
    actor: Actor,
    measure_id: uuid.UUID,
    program_id: uuid.UUID,
    amounts: Mapping[str, BudgetValue],
) -> tuple[dict[str, float | YearSplit | None], dict[str, float | YearSplit | None]]:
    """Set the planned cost of a measure per funding source, inside the caller's
    transaction, one audit event per row; sources not named stay.

    A value is None (the source goes), a number (the total, not split: spread evenly over
    the measure's years), or a `YearSplit` / {year: amount} (the years; the total is their
    sum). A number equal to the total of a split source keeps its years, so importing a
    table without year columns again changes nothing. Every value is checked before
    anything is written; a change that moves the amount of a year with an approved round
    is refused (PeriodLocked).

    Returns (before, after) of the sources that changed, in the same shape, for undo.
    """
    w = _Writer(s, actor, measure_id, program_id)
    checked = {source: _check_value(source, raw, w.program_span) for source, raw in amounts.items()}
    before: dict[str, float | YearSplit | None] = {}
    after: dict[str, float | YearSplit | None] = {}
    changes: list[tuple[str, _Amount | None]] = []
    for source, new in checked.items():
        old = w.old(source)
        if _unchanged(old, new):
            continue
        w.ensure_open(old, new)
        before[source], after[source] = _as_value(old, new), _as_value(new, old)
        changes.append((source, new))
    for source, new in changes:
        w.write(source, new)
    return before, after


def _unchanged(old: _Amount | None, new: _Amount | None) -> bool:
    """Nothing to write; a plain total equal to a split source's total keeps the split."""
    if old is None or new is None:
        return old is None and new is None
    if not same_amount(old.total, new.total):
        return False
    return (new.plain and new.years is None) or _same_years(old.years, new.years)
