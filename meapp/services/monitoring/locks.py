"""Every rule that decides whether something is locked because its period is approved.

PRODUCT.md §2: an approved round means "nothing in that period changes any more, by any
path (GUI, import, exchange)". Each writer — the monitoring grid, `import-actuals`, the
evaluation page, target revisions, evidence, hearings and public checks, the plan editor,
`import-plan` and exchange packages — asks this module, so the paths cannot drift apart:

- **periods** (`ensure_period_open`, `is_locked`, `locked_periods`): figures of a year and
  of its half-years or quarters depend on each other, so an approved half-year also locks
  its year and an approved year its halves (`periods_overlap`);
- **dated rows** (`DATE_COLUMNS`, `date_period`, `ensure_dates_open`, `ensure_owner_open`,
  `DateLocks`): hearings and public checks belong to the period their date falls in, and
  their proposals and files lock with them; moving a date into or out of an approved
  period is a change of that period;
- **targets** (`locked_target_years`, `judge_target`, `ensure_target_open`): a target of a
  year with an approved round is never set, changed, added or removed (the council's
  targets change only through a target revision); a difference in the text as written
  alone leaves the stored target as it is, since the figures read the value;
- **indicator definitions** (`FIGURE_FIELDS`, `approved_figures`, `definition_problems`):
  an indicator whose actuals make up an approved figure keeps the fields that turn them
  into that figure — how periods combine, baseline, direction, unit, the final target
  (it makes the targets the council left out) and the weight (it makes the programme's
  progress); the final target changes then only through a target revision;
- **deleting** plan rows (`ensure_deletable`): rows recorded in an approved period, dated
  in one, or targets of an approved year go only when the round is reopened.

This module imports no other service but `rounds` (for reading ids and periods), so every
package can use it without an import circle.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.errors import NotFound, PeriodLocked, Problem, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import (
    Actual,
    Hearing,
    Indicator,
    PlanItem,
    Program,
    PublicCheck,
    ReportingRound,
)
from meapp.models.formulas import period_time
from meapp.models.periods import Period, PeriodError
from meapp.services.monitoring.rounds import as_period, as_uuid

PERIOD_LOCKED = QT_TRANSLATE_NOOP(
    "problems", "the period {period} is approved and locked; an administrator can reopen it"
)
DATA_LOCKED = QT_TRANSLATE_NOOP(
    "problems", "the period {period} is approved: its data cannot change"
)
TARGET_LOCKED = QT_TRANSLATE_NOOP(
    "problems", "the period {period} is approved: its target cannot change"
)
# One whole sentence per field, so translators see what they translate.
FIGURE_FIELDS: dict[str, str] = {
    "aggregation": QT_TRANSLATE_NOOP(
        "problems",
        "the period {period} is approved: how the periods of this indicator combine cannot change",
    ),
    "baseline_value": QT_TRANSLATE_NOOP(
        "problems", "the period {period} is approved: the baseline of this indicator cannot change"
    ),
    "baseline_year": QT_TRANSLATE_NOOP(
        "problems", "the period {period} is approved: the baseline of this indicator cannot change"
    ),
    "direction": QT_TRANSLATE_NOOP(
        "problems",
        "the period {period} is approved: the direction of this indicator cannot change",
    ),
    "unit": QT_TRANSLATE_NOOP(
        "problems", "the period {period} is approved: the unit of this indicator cannot change"
    ),
    # The final target makes the targets the council left out (a year's amount, a level
    # between two written ones), and the weight the programme's progress: both move
    # approved figures, and both are in the data fingerprint a signed report carries.
    "final_target": QT_TRANSLATE_NOOP(
        "problems",
        "the period {period} is approved: the final target of this indicator cannot change "
        "(the council changes it with a target revision)",
    ),
    "weight": QT_TRANSLATE_NOOP(
        "problems",
        "the period {period} is approved: the weight of this indicator cannot change",
    ),
}


# -- periods ---------------------------------------------------------------------------------


def periods_overlap(a: Period, b: Period) -> bool:
    """One period's figures depend on the other's: the same, or a year and its halves."""
    return a == b or a.contains(b) or b.contains(a)


def _rounds_for_update(session: Session, program_id: uuid.UUID) -> list[ReportingRound]:
    # FOR SHARE (PostgreSQL): an approval waiting on our transaction cannot slip in between
    # the check and the write; SQLite serialises writers anyway and ignores the clause.
    return list(
        session.scalars(
            select(ReportingRound)
            .where(ReportingRound.program_id == program_id)
            .with_for_update(read=True)
        )
    )


def locking_round(
    session: Session, program_id, period: Period | str, *, exact: bool = False
) -> ReportingRound | None:
    """The approved round that locks `period`, if any (`exact`: only its own round)."""
    p = as_period(period)
    for r in _rounds_for_update(session, as_uuid(program_id)):
        if r.state == "approved":
            try:
                rp = Period.parse(r.period)
            except PeriodError:
                continue
            if rp == p or (not exact and periods_overlap(rp, p)):
                return r
    return None


def is_locked(session: Session, program_id, period: Period | str) -> bool:
    return locking_round(session, program_id, period) is not None


def ensure_period_open(
    session: Session, program_id, period: Period | str, *, exact: bool = False
) -> None:
    """Raise PeriodLocked when an approved round covers the period (call before any write).

    Figures of a year and of its half-years depend on each other, so by default an approved
    half-year also locks its year and an approved year its half-years. `exact=True` is for
    what belongs to one period alone (the evaluation narrative of that period).
    """
    r = locking_round(session, program_id, period, exact=exact)
    if r is not None:
        raise PeriodLocked(PERIOD_LOCKED, period=str(as_period(period)))


def locked_periods(session: Session, program_id) -> set[str]:
    """The periods of approved rounds (as stored), for grids that grey out locked cells."""
    return set(
        session.scalars(
            select(ReportingRound.period).where(
                ReportingRound.program_id == as_uuid(program_id),
                ReportingRound.state == "approved",
            )
        )
    )


def approved_periods(session: Session, program_id) -> list[Period]:
    """The approved periods of the programme, in time order (unreadable codes left out)."""
    out = []
    for code in locked_periods(session, program_id):
        try:
            out.append(Period.parse(code))
        except PeriodError:
            continue
    return sorted(out, key=Period.sort_key)


def _covering(period: str | Period, approved: Iterable[Period]) -> Period | None:
    try:
        p = as_period(period)
    except ValidationError:  # a stored code that is no period locks nothing
        return None
    return next((a for a in approved if periods_overlap(a, p)), None)


# -- rows that lock by a date --------------------------------------------------------------

# The date a hearing or a public check locks by; proposals and files take their owner's
# (the package import applies the same rule: exchange/plan.py `_dated_periods`).
DATE_COLUMNS = {"hearing": "held_on", "public_check": "check_date"}


def date_period(frequency: str, day: date) -> Period:
    """The reporting period of a programme with this frequency that `day` falls in."""
    if frequency == "year":
        return Period.year_of(day.year)
    if frequency == "quarter":
        return Period(day.year, "Q", (day.month - 1) // 3 + 1)
    return Period.half(day.year, 1 if day.month <= 6 else 2)


def ensure_dates_open(s: Session, program: Program, *days: date | None) -> None:
    """PeriodLocked when one of the dates falls in an approved period of the programme
    (give the old and the new date of a row that moves: leaving a period changes it too)."""
    for day in days:
        if day is not None:
            ensure_period_open(s, program.id, date_period(program.frequency, day))


def _program(s: Session, program_id: uuid.UUID) -> Program:
    program = s.get(Program, program_id)
    if program is None:
        raise NotFound("no programme {program}", program=str(program_id))
    return program


def ensure_owner_open(s: Session, owner_type: str, owner_id: uuid.UUID) -> None:
    """PeriodLocked when a hearing or public check lies in an approved period: its files
    (minutes, photos) and proposals lock with it."""
    if owner_type == "hearing":
        h = s.get(Hearing, owner_id)
        if h is not None:
            ensure_dates_open(s, _program(s, h.program_id), h.held_on)
    elif owner_type == "public_check":
        c = s.get(PublicCheck, owner_id)
        m = s.get(PlanItem, c.measure_id) if c is not None else None
        if c is not None and m is not None:
            ensure_dates_open(s, _program(s, m.program_id), c.check_date)


class DateLocks:
    """Which dates of one programme fall in an approved period (read once per listing)."""

    def __init__(self, s: Session, program: Program) -> None:
        self.frequency = program.frequency
        self.approved = approved_periods(s, program.id)

    def period_of(self, day: date | None) -> str | None:
        """The locked period `day` falls in, None when it is open (or there is no date)."""
        if day is None:
            return None
        p = date_period(self.frequency, day)
        if any(periods_overlap(a, p) for a in self.approved):
            return str(p)
        return None


# -- targets ---------------------------------------------------------------------------------

WRITE = "write"  # the change may be written
SAME = "same"  # nothing to write: the same value and text, or only the text of a locked target
LOCKED = "locked"  # refused: it moves a target of an approved year

TargetPair = tuple[float | None, str | None]  # (value, text as written); None: no target row


def locked_target_years(s: Session, program_id) -> set[int]:
    """Years with an approved round: their targets (year, half-years) no longer change.

    A year's targets are one set — the year's amount or level and how its halves share it —
    so the approval of either half-year locks all of them (stricter than `periods_overlap`).
    """
    return {p.year for p in approved_periods(s, program_id)}


def target_year_locked(period: str | Period, locked_years: set[int]) -> bool:
    try:
        return as_period(period).year in locked_years
    except ValidationError:  # "final" and other non-periods lock by no year
        return False


def judge_target(
    period: str | Period, old: TargetPair | None, new: TargetPair | None, locked_years: set[int]
) -> str:
    """WRITE, SAME or LOCKED for one target change (`old`/`new` None: no target row).

    In a locked year only a value that stays the value is accepted; a changed text as
    written (`бар` for 1, `yes` for 1) is no new figure and is not written either.
    """
    if old == new:
        return SAME
    if not target_year_locked(period, locked_years):
        return WRITE
    old_value = old[0] if old is not None else None
    new_value = new[0] if new is not None else None
    return LOCKED if old_value != new_value else SAME


def ensure_target_open(
    period: str | Period, old: TargetPair | None, new: TargetPair | None, locked_years: set[int]
) -> bool:
    """`judge_target` for writers that stop at the first refusal: True when the change is to
    be written, False when there is nothing to write; PeriodLocked when it is refused."""
    verdict = judge_target(period, old, new, locked_years)
    if verdict == LOCKED:
        raise PeriodLocked(TARGET_LOCKED, period=str(as_period(period)))
    return verdict == WRITE


# -- indicator definitions -------------------------------------------------------------------


def _start_time(p: Period) -> float:
    months = {"Y": 12, "H": 6, "Q": 3}[p.kind]
    return p.year + (p.end_month() - months) / 12.0


def approved_figures(
    s: Session, program_id, indicator_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, str]:
    """Indicator id → the first approved period whose figures its actuals make up.

    An actual makes up the figure of every approved period it overlaps, and of the later
    ones too (a cumulative indicator's figure is the running total since the baseline
    year), so any actual with a value that starts before an approved period ends counts.
    """
    approved = approved_periods(s, program_id)
    if not approved:
        return {}
    ends = [(period_time(a), a) for a in approved]
    latest_end = max(t for t, _a in ends)
    q = (
        select(Actual.indicator_id, Actual.period)
        .join(Indicator, Indicator.id == Actual.indicator_id)
        .where(Indicator.program_id == as_uuid(program_id), Actual.value.is_not(None))
    )
    wanted = set(indicator_ids) if indicator_ids is not None else None
    out: dict[uuid.UUID, tuple[float, str]] = {}
    for ind_id, code in s.execute(q):
        if wanted is not None and ind_id not in wanted:
            continue
        try:
            start = _start_time(Period.parse(code))
        except PeriodError:
            continue
        if start >= latest_end:
            continue
        end, first = min(((t, a) for t, a in ends if start < t), key=lambda x: x[0])
        if ind_id not in out or end < out[ind_id][0]:
            out[ind_id] = (end, str(first))
    return {k: v[1] for k, v in out.items()}


def definition_problems(
    changed: Iterable[str],
    period: str | None,
    columns: Mapping[str, str] | None = None,
    **where: Any,
) -> list[Problem]:
    """One problem per field of `FIGURE_FIELDS` among `changed` when the indicator has an
    approved figure (`period`, from `approved_figures`); baseline value and year are one.
    `columns` names the column of a field, `where` the file, sheet and row."""
    if period is None:
        return []
    out: list[Problem] = []
    seen: set[str] = set()
    for name in changed:
        message = FIGURE_FIELDS.get(name)
        if message is None or message in seen:
            continue
        seen.add(message)
        column = (columns or {}).get(name)
        out.append(Problem(message, {"period": period, "field": name}, column=column, **where))
    return out


def ensure_definition_open(s: Session, indicator: Any, changed: Iterable[str]) -> None:
    """PeriodLocked when a change of these fields would move an approved figure of the
    indicator (the plan editor; the import collects `definition_problems` instead)."""
    fields = [f for f in changed if f in FIGURE_FIELDS]
    if not fields:
        return
    period = approved_figures(s, indicator.program_id, [indicator.id]).get(indicator.id)
    problems = definition_problems(fields, period)
    if problems:
        first = problems[0]
        raise PeriodLocked(first.message, **first.params)


# -- deleting --------------------------------------------------------------------------------


def ensure_deletable(
    s: Session,
    program: Program,
    *,
    periods: Iterable[str | None] = (),
    days: Iterable[date | None] = (),
    target_periods: Iterable[str] = (),
) -> None:
    """PeriodLocked when a row to delete was recorded in an approved period (`periods`:
    actuals, progress, revisions, files), is dated in one (`days`: public checks,
    hearings) or is a target of an approved year (`target_periods`)."""
    approved = approved_periods(s, program.id)
    if not approved:
        return
    for code in periods:
        if code and _covering(code, approved) is not None:
            raise PeriodLocked(DATA_LOCKED, period=str(code))
    for day in days:
        if day is not None:
            p = date_period(program.frequency, day)
            if _covering(p, approved) is not None:
                raise PeriodLocked(DATA_LOCKED, period=str(p))
    years = {a.year for a in approved}
    for code in target_periods:
        if target_year_locked(code, years):
            raise PeriodLocked(TARGET_LOCKED, period=str(code))
