"""Half-year data entry: actual values of indicators, progress and spending of measures.

Every writer goes through the functions here (the grid, `import-actuals`, the exchange
import): the right `data.enter`, the programme's periods, the round lock
(`locks.ensure_period_open`), optimistic concurrency (`expected_version`: the version the
user saw; another edit in between raises ConcurrentEdit "changed by someone else") and one
audit event per change with the before and after. A write returns the recomputed row with
its validation warnings; warnings never change what the user typed.

Comments: `None` leaves the stored comment as it is, an empty string clears it.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import ConcurrentEdit, NotFound, Problem, ValidationError
from meapp.errors import parse_id as _uuid
from meapp.models import (
    Actual,
    AuditEvent,
    Evidence,
    Indicator,
    MeasureProgress,
    MeasureSpending,
    PlanItem,
    Program,
)
from meapp.models.base import utcnow
from meapp.models.enums import FUNDING_SOURCES, MEASURE_STATUSES
from meapp.models.numbers import NumberError, parse_indicator_value, representable
from meapp.models.periods import Period
from meapp.services.access.users import Actor, require
from meapp.services.common.text_norm import strip_controls
from meapp.services.monitoring import locks, rounds
from meapp.services.monitoring import status as st
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

STALE = "changed by someone else; look again and retry"


def to_value(value: float | int | str | None, value_type: str | None = None) -> float | None:
    """A typed value as a float (`734 593,3` and `734593.3` alike); None for empty.

    Yes/no words (ооба/жок, да/нет) and ratios (`1:0,3`) are read as the grid shows them
    (numbers.parse_indicator_value); with the indicator's `value_type` only its own forms
    are accepted, so "ооба" for a number indicator is still "not a number"."""
    if isinstance(value, bool):
        raise ValidationError("not a number: {value}", value=str(value))
    try:
        number = parse_indicator_value(value, value_type)
    except NumberError as exc:
        raise ValidationError("not a number: {value}", value=str(value)) from exc
    if number is not None and (math.isnan(number) or math.isinf(number)):
        raise ValidationError("not a number: {value}", value=str(value))
    return number


def _comment(current: str | None, given: str | None) -> str | None:
    """The comment to store: control characters (pasted from other programs, or an
    attacker's escape codes) never reach the data or the audit trail, on any path."""
    if given is None:
        return current
    text = strip_controls(given).strip()
    return text or None


def check_version(current: int, expected: int | None) -> None:
    """`expected` is the version the user saw (0: the row did not exist yet)."""
    if expected is not None and int(expected) != current:
        raise ConcurrentEdit(STALE)


def audit_row(
    s: Session,
    actor: Actor,
    entity: str,
    row: Any,
    *,
    program_id: Any,
    period: str | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    reason: str | None = None,
    action: str | None = None,
) -> None:
    """The audit event of one row a writer changed (after its flush): "create" when there
    was no `before`, else "update", unless `action` says otherwise; `after` is the row as
    it is now unless given (none for a "delete")."""
    if action is None:
        action = "update" if before is not None else "create"
    if after is None and action != "delete":
        after = audit.snapshot(row)
    audit.record(
        s,
        user=actor.login,
        action=action,
        entity=entity,
        entity_id=row.id,
        program_id=program_id,
        period=period,
        before=before,
        after=after,
        reason=reason,
    )


def program_of(s: Session, program_id: uuid.UUID) -> Program:
    """The programme a stored row belongs to (the foreign key guarantees it exists)."""
    program = s.get(Program, program_id)
    assert program is not None
    return program


def indicator_in(s: Session, iid: uuid.UUID, given: object) -> tuple[Indicator, Program]:
    """The indicator and its programme; NotFound naming the id as the user `given` it."""
    ind = s.get(Indicator, iid)
    if ind is None:
        raise NotFound("no indicator {indicator}", indicator=str(given))
    return ind, program_of(s, ind.program_id)


def measure_in(s: Session, mid: uuid.UUID, given: object) -> tuple[PlanItem, Program]:
    """The measure and its programme; NotFound for another plan item or none."""
    measure = s.get(PlanItem, mid)
    if measure is None or measure.kind != "measure":
        raise NotFound("no measure {measure}", measure=str(given))
    return measure, program_of(s, measure.program_id)


# -- actuals -----------------------------------------------------------------------------


def write_actual_in(
    s: Session,
    actor: Actor,
    indicator: Indicator,
    period: Period,
    value: float | None,
    comment: str | None = None,
    *,
    expected_version: int | None = None,
    existing: Actual | None | bool = False,
    source: str | None = None,
) -> str:
    """Store one actual inside the caller's transaction; returns what happened.

    The caller has checked the right, the period and the lock. `existing` may pass the row
    already looked up (None: known to be absent). Returns created, updated, deleted or
    unchanged; an unchanged row writes no audit event.
    """
    code = str(period)
    row: Actual | None
    if existing is False:
        row = s.scalar(
            select(Actual).where(Actual.indicator_id == indicator.id, Actual.period == code)
        )
    else:
        row = existing if isinstance(existing, Actual) else None
    check_version(row.version if row is not None else 0, expected_version)
    _check_storable(value, row)
    new_comment = _comment(row.comment if row is not None else None, comment)
    if row is None:
        if value is None and new_comment is None:
            return "unchanged"
        add_actual_in(s, actor, indicator, code, value, new_comment, source=source)
        return "created"
    if _same(row.value, value) and row.comment == new_comment:
        return "unchanged"
    before = audit.snapshot(row)
    pid = indicator.program_id
    if value is None and new_comment is None and not _has_evidence(s, row.id):
        s.delete(row)
        s.flush()
        audit_row(
            s,
            actor,
            "actual",
            row,
            program_id=pid,
            period=code,
            before=before,
            reason=source,
            action="delete",
        )
        return "deleted"
    if not _same(row.value, value):
        void_confirmation(row)
    row.value = value
    row.comment = new_comment
    row.entered_by = actor.login
    s.flush()
    audit_row(s, actor, "actual", row, program_id=pid, period=code, before=before, reason=source)
    return "updated"


def add_actual_in(
    s: Session,
    actor: Actor,
    indicator: Indicator,
    period: str,
    value: float | None,
    comment: str | None = None,
    *,
    source: str | None = None,
) -> Actual:
    """A new actual row, audited as created (data entry, or the empty row evidence is
    attached to); the caller has checked that the indicator has none for the period."""
    row = Actual(
        indicator_id=indicator.id,
        period=period,
        value=value,
        comment=comment,
        entered_by=actor.login,
    )
    s.add(row)
    s.flush()
    audit_row(
        s, actor, "actual", row, program_id=indicator.program_id, period=period, reason=source
    )
    return row


def void_confirmation(row: Actual) -> None:
    """An evaluator's confirmation of a value held for review (`review`) binds to the
    value as it was confirmed: any change of the value voids it, so the same value coming
    back later (X confirmed, corrected to Y, corrected back to X) is held again until it is
    confirmed again. Every writer that changes a stored actual calls this."""
    row.review_value = None
    row.review_by = None
    row.review_at = None
    row.review_reason = None


def _check_storable(value: float | None, row: Actual | None) -> None:
    """The one guard every writer of an actual through this service passes (the grid, the
    grid's paste, import-actuals from CSV or XLSX): a value meapp cannot compute with (1e308, 1e-320, NaN, a text) is
    refused whatever the parser before it let through. The value already stored, kept as
    it is (a comment added beside it), is no new value and passes."""
    if value is None or representable(value):
        return
    if row is not None and row.value is value:
        return
    raise ValidationError("not a number: {value}", value=str(value))


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b


def _has_evidence(s: Session, owner_id: uuid.UUID) -> bool:
    return bool(
        s.scalar(select(func.count()).select_from(Evidence).where(Evidence.owner_id == owner_id))
    )


def set_actual(
    db: Database,
    actor: Actor,
    indicator_id: uuid.UUID | str,
    period: Period | str,
    value: float | int | str | None,
    comment: str | None = None,
    expected_version: int | None = None,
) -> st.IndicatorStatus:
    """Enter (or clear, with None) the actual of an indicator for a period.

    Returns the recomputed grid row with its warnings. Raises PermissionDenied, NotFound,
    ValidationError (not a number, a period outside the programme), PeriodLocked or
    ConcurrentEdit; nothing is stored then.
    """
    require(actor, "data.enter")
    number = to_value(value)
    iid = _uuid(indicator_id, "no indicator {indicator}", indicator=str(indicator_id))
    try:
        with db.session() as s, s.begin():
            ind, program = indicator_in(s, iid, indicator_id)
            p = rounds.check_program_period(program, period)
            locks.ensure_period_open(s, program.id, p)
            number = to_value(value, ind.value_type)  # only the indicator's own forms
            write_actual_in(s, actor, ind, p, number, comment, expected_version=expected_version)
            return st.indicator_status_in(s, ind.id, p)
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit(STALE) from exc


# -- measures ----------------------------------------------------------------------------


def _spending(spending: Mapping[str, float | int | str | None]) -> dict[str, float]:
    out: dict[str, float] = {}
    for source, amount in spending.items():
        if source not in FUNDING_SOURCES:
            raise ValidationError(
                "unknown funding source {source}; use one of {sources}",
                source=str(source),
                sources=", ".join(FUNDING_SOURCES),
            )
        number = to_value(amount)
        if number is None or number == 0:
            continue
        if number < 0:
            raise ValidationError("spending cannot be negative: {value}", value=str(amount))
        out[source] = number
    return out


def set_measure_progress(
    db: Database,
    actor: Actor,
    measure_id: uuid.UUID | str,
    period: Period | str,
    status: str | None,
    percent: float | int | str | None,
    spending: Mapping[str, float | int | str | None] | None = None,
    comment: str | None = None,
    expected_version: int | None = None,
) -> st.MeasureRow:
    """Enter a measure's status, per cent complete and this period's spending per source.

    `status=None` keeps the status (or carries the latest earlier one); `spending=None`
    keeps the period's spending, a dict replaces it (sources left out or 0 are removed).
    Returns the recomputed measures-grid row with its warnings.
    """
    require(actor, "data.enter")
    pct = _status_and_percent(status, percent)
    amounts = _spending(spending) if spending is not None else None
    mid = _uuid(measure_id, "no measure {measure}", measure=str(measure_id))
    try:
        with db.session() as s, s.begin():
            measure, program = measure_in(s, mid, measure_id)
            p = rounds.check_program_period(program, period)
            locks.ensure_period_open(s, program.id, p)
            write_measure_progress_in(
                s,
                actor,
                measure,
                p,
                status,
                pct,
                amounts,
                comment,
                expected_version=expected_version,
            )
            rows = st.measure_rows_in(s, program.id, p, only=measure.id)
            return rows[0]
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit(STALE) from exc


def _progress_snapshot(row: MeasureProgress, spending: Mapping[str, float]) -> dict:
    snap = audit.snapshot(row)
    snap["spending"] = {k: spending[k] for k in sorted(spending)}
    return snap


def write_measure_progress_in(
    s: Session,
    actor: Actor,
    measure: PlanItem,
    period: Period,
    status: str | None,
    percent: float | None,
    spending: Mapping[str, float] | None,
    comment: str | None = None,
    *,
    expected_version: int | None = None,
    source: str | None = None,
) -> str:
    """Store one measure-progress row and its spending inside the caller's transaction."""
    code = str(period)
    row = s.scalar(
        select(MeasureProgress).where(
            MeasureProgress.measure_id == measure.id, MeasureProgress.period == code
        )
    )
    check_version(row.version if row is not None else 0, expected_version)
    current: dict[str, MeasureSpending] = {}
    if row is not None:
        current = {
            sp.source: sp
            for sp in s.scalars(
                select(MeasureSpending).where(MeasureSpending.progress_id == row.id)
            )
        }
    old_amounts = {k: v.amount for k, v in current.items()}
    new_amounts = dict(old_amounts) if spending is None else dict(spending)
    if status is None:
        if row is not None:
            status = row.status
        else:
            earlier = _earlier_status(s, measure.id, period)
            status = earlier or "not_started"
    if row is None:
        row = MeasureProgress(
            measure_id=measure.id,
            period=code,
            status=status,
            percent_complete=percent,
            comment=_comment(None, comment),
            entered_by=actor.login,
        )
        s.add(row)
        s.flush()
        for src, amount in new_amounts.items():
            s.add(MeasureSpending(progress_id=row.id, source=src, amount=amount))
        s.flush()
        _audit_progress(s, actor, measure, row, new_amounts, source=source)
        return "created"
    new_comment = _comment(row.comment, comment)
    if (
        row.status == status
        and _same(row.percent_complete, percent)
        and row.comment == new_comment
        and old_amounts == new_amounts
    ):
        return "unchanged"
    before = _progress_snapshot(row, old_amounts)
    row.status = status
    row.percent_complete = percent
    row.comment = new_comment
    row.entered_by = actor.login
    for src, sp in current.items():
        if src not in new_amounts:
            s.delete(sp)
        elif sp.amount != new_amounts[src]:
            sp.amount = new_amounts[src]
    for src, amount in new_amounts.items():
        if src not in current:
            s.add(MeasureSpending(progress_id=row.id, source=src, amount=amount))
    # the progress row's version moves with its spending, so a stale grid is caught
    row.updated_at = utcnow()
    s.flush()
    _audit_progress(s, actor, measure, row, new_amounts, before=before, source=source)
    return "updated"


def _audit_progress(
    s: Session,
    actor: Actor,
    measure: PlanItem,
    row: MeasureProgress,
    amounts: Mapping[str, float],
    *,
    before: dict | None = None,
    source: str | None = None,
) -> None:
    """The audit event of a progress row written, with its spending."""
    after = _progress_snapshot(row, amounts)
    audit_row(
        s,
        actor,
        "measure_progress",
        row,
        program_id=measure.program_id,
        period=row.period,
        before=before,
        after=after,
        reason=source,
    )


def _earlier_status(s: Session, measure_id: uuid.UUID, period: Period) -> str | None:
    from meapp.models import formulas

    rows = {
        st._period(r.period): r.status
        for r in s.execute(
            select(MeasureProgress.period, MeasureProgress.status).where(
                MeasureProgress.measure_id == measure_id
            )
        )
    }
    at = formulas.latest_at_or_before(rows, period)
    return rows[at] if at is not None else None


# -- history of a value (from the audit trail) ------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    user: str | None
    action: str
    before: dict | None
    after: dict | None
    reason: str | None


def _history(s: Session, entity: str, program_id, period: str, key: str, owner: str) -> list:
    out = []
    for ev in s.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.entity == entity,
            AuditEvent.program_id == str(program_id),
            AuditEvent.period == period,
        )
        .order_by(AuditEvent.seq)
    ):
        before = json.loads(ev.before) if ev.before else None
        after = json.loads(ev.after) if ev.after else None
        if (after or before or {}).get(key) != owner:
            continue
        out.append(HistoryEntry(ev.at, ev.user_login, ev.action, before, after, ev.reason))
    return out


def _owner_history(
    db: Database, model: Any, subject_id: uuid.UUID | str, period: Period | str, what: str
) -> list[HistoryEntry]:
    """The history of the row an indicator's actual (`model` Indicator) or a measure's
    progress (`model` PlanItem) has in a period: the events of its table in the trail."""
    entity, key, message = _HISTORY[what]
    params = {what: str(subject_id)}
    sid = _uuid(subject_id, message, **params)
    code = str(rounds.as_period(period))
    with db.session() as s:
        program_id = s.scalar(select(model.program_id).where(model.id == sid))
        if program_id is None:
            raise NotFound(message, **params)
        return _history(s, entity, program_id, code, key, str(sid))


# what → (the trail's entity, the key naming the owner in a snapshot, the "no such" message)
_HISTORY = {
    "indicator": ("actual", "indicator_id", "no indicator {indicator}"),
    "measure": ("measure_progress", "measure_id", "no measure {measure}"),
}


def actual_history(
    db: Database, indicator_id: uuid.UUID | str, period: Period | str
) -> list[HistoryEntry]:
    """Every change of one actual (value and comment), oldest first, with who and when."""
    return _owner_history(db, Indicator, indicator_id, period, "indicator")


def measure_history(
    db: Database, measure_id: uuid.UUID | str, period: Period | str
) -> list[HistoryEntry]:
    """Every change of one measure's progress row in a period, oldest first."""
    return _owner_history(db, PlanItem, measure_id, period, "measure")


def _open_period(s: Session, pid: uuid.UUID, period: Period | str) -> Period:
    """The period of a block write: one of the programme's, and not locked."""
    program = s.get(Program, pid)
    if program is None:
        raise NotFound("no programme {program}", program=str(pid))
    p = rounds.check_program_period(program, period)
    locks.ensure_period_open(s, program.id, p)
    return p


# -- several values at once (a block pasted into the grid) ------------------------------


@dataclass(frozen=True)
class ActualChange:
    """One cell block row for `set_actuals`: what to store for an indicator.

    `value` is applied only when `set_value` is true (a pasted block may cover the comment
    column alone); `comment=None` keeps the stored comment.
    """

    indicator_id: str
    value: float | int | str | None = None
    comment: str | None = None
    set_value: bool = True
    expected_version: int | None = None


@dataclass(frozen=True)
class MeasureChange:
    """One row for `set_measures_progress`; None in a field keeps what the grid showed.

    `spending` holds only the sources the block covers; the other sources of the period
    stay as they are.
    """

    measure_id: str
    status: str | None = None
    percent: float | int | str | None = None
    set_percent: bool = False
    spending: Mapping[str, float | int | str | None] | None = None
    comment: str | None = None
    expected_version: int | None = None


def _row_problem(exc: ValidationError, row: int, column: str | None = None) -> list[Problem]:
    """The problems of one change, placed at its 1-based position in the block."""
    return [
        Problem(p.message, dict(p.params), row=row, column=column or p.column) for p in exc.problems
    ]


def set_actuals(
    db: Database,
    actor: Actor,
    program_id: uuid.UUID | str,
    period: Period | str,
    changes: list[ActualChange],
    *,
    source: str | None = None,
) -> int:
    """Store several actuals of one programme-period in one transaction: all or none.

    Every change is checked first; the ValidationError lists each bad one with `row` = its
    1-based position in `changes` and `column` = "value" (the grid names them in its own
    words). Returns how many rows actually changed.
    """
    require(actor, "data.enter")
    problems: list[Problem] = []
    parsed: list[tuple[uuid.UUID, float | None, ActualChange]] = []
    for n, ch in enumerate(changes, start=1):
        try:
            number = to_value(ch.value) if ch.set_value else None
        except ValidationError as exc:
            problems.extend(_row_problem(exc, n, "value"))
            continue
        try:
            iid = _uuid(ch.indicator_id, "no indicator {indicator}", indicator=ch.indicator_id)
        except NotFound as exc:
            problems.append(Problem(exc.message, exc.params, row=n))
            continue
        parsed.append((iid, number, ch))
    if problems:
        raise ValidationError(problems)
    pid = rounds.as_uuid(program_id)
    changed = 0
    try:
        with db.session() as s, s.begin():
            p = _open_period(s, pid, period)
            ids = [iid for iid, _, _ in parsed]
            inds = {
                i.id: i
                for i in s.scalars(
                    select(Indicator).where(Indicator.id.in_(ids), Indicator.program_id == pid)
                )
            }
            existing = {
                a.indicator_id: a
                for a in s.scalars(
                    select(Actual).where(Actual.indicator_id.in_(ids), Actual.period == str(p))
                )
            }
            for n, (iid, number, ch) in enumerate(parsed, start=1):
                ind = inds.get(iid)
                if ind is None:
                    problems.append(
                        Problem("no indicator {indicator}", {"indicator": str(iid)}, row=n)
                    )
                    continue
                row = existing.get(iid)
                if ch.set_value:
                    try:
                        number = to_value(ch.value, ind.value_type)
                    except ValidationError as exc:
                        problems.extend(_row_problem(exc, n, "value"))
                        continue
                value = number if ch.set_value else (row.value if row is not None else None)
                try:
                    what = write_actual_in(
                        s,
                        actor,
                        ind,
                        p,
                        value,
                        ch.comment,
                        expected_version=ch.expected_version,
                        existing=row,
                        source=source,
                    )
                except ValidationError as exc:
                    problems.extend(_row_problem(exc, n))
                    continue
                changed += what != "unchanged"
            if problems:
                raise ValidationError(problems)
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit(STALE) from exc
    return changed


def _status_and_percent(status: str | None, percent: float | int | str | None) -> float | None:
    """A measure's status (None: kept) must be a known one and its per cent complete lie
    between 0 and 100; returns the per cent as a number (None when empty)."""
    if status is not None and status not in MEASURE_STATUSES:
        raise ValidationError(
            "unknown measure status {status}; use one of {statuses}",
            status=str(status),
            statuses=", ".join(MEASURE_STATUSES),
        )
    pct = to_value(percent)
    if pct is not None and not 0 <= pct <= 100:
        raise ValidationError(
            "the per cent complete lies between 0 and 100: {value}", value=str(percent)
        )
    return pct


def _check_measure_fields(ch: MeasureChange) -> tuple[float | None, dict[str, float] | None]:
    pct = _status_and_percent(ch.status, ch.percent if ch.set_percent else None)
    amounts = None
    if ch.spending is not None:
        amounts = {}
        for src, amount in ch.spending.items():
            number = _spending({src: amount}).get(src)
            amounts[src] = number if number is not None else 0.0
    return pct, amounts


def set_measures_progress(
    db: Database,
    actor: Actor,
    program_id: uuid.UUID | str,
    period: Period | str,
    changes: list[MeasureChange],
    *,
    source: str | None = None,
) -> int:
    """Store the progress of several measures of one programme-period: all or none.

    A change leaves alone what it does not name: the status (None keeps the shown one), the
    per cent (unless `set_percent`), the comment (None) and the sources of spending it does
    not list. Problems carry `row` = the change's 1-based position. Returns how many rows
    changed.
    """
    require(actor, "data.enter")
    problems: list[Problem] = []
    checked: list[tuple[uuid.UUID, float | None, dict[str, float] | None, MeasureChange]] = []
    for n, ch in enumerate(changes, start=1):
        try:
            mid = _uuid(ch.measure_id, "no measure {measure}", measure=ch.measure_id)
            pct, amounts = _check_measure_fields(ch)
        except (ValidationError, NotFound) as exc:
            found = getattr(exc, "problems", None) or [Problem(exc.message, exc.params)]
            problems.extend(Problem(p.message, dict(p.params), row=n) for p in found)
            continue
        checked.append((mid, pct, amounts, ch))
    if problems:
        raise ValidationError(problems)
    pid = rounds.as_uuid(program_id)
    changed = 0
    try:
        with db.session() as s, s.begin():
            p = _open_period(s, pid, period)
            ids = [mid for mid, *_ in checked]
            measures = {
                m.id: m
                for m in s.scalars(
                    select(PlanItem).where(
                        PlanItem.id.in_(ids),
                        PlanItem.program_id == pid,
                        PlanItem.kind == "measure",
                    )
                )
            }
            shown = {r.measure_id: r for r in st.measure_rows_in(s, pid, p)}
            for n, (mid, pct, amounts, ch) in enumerate(checked, start=1):
                measure = measures.get(mid)
                current = shown.get(str(mid))
                if measure is None or current is None:
                    problems.append(Problem("no measure {measure}", {"measure": str(mid)}, row=n))
                    continue
                spending = dict(current.spent)
                for src, amount in (amounts or {}).items():
                    if amount:
                        spending[src] = amount
                    else:
                        spending.pop(src, None)
                what = write_measure_progress_in(
                    s,
                    actor,
                    measure,
                    p,
                    ch.status if ch.status is not None else current.status,
                    pct if ch.set_percent else current.percent,
                    spending,
                    ch.comment,
                    expected_version=ch.expected_version,
                    source=source,
                )
                changed += what != "unchanged"
            if problems:
                raise ValidationError(problems)
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit(STALE) from exc
    return changed
