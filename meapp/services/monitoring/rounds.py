"""Reporting rounds: open → submitted → approved (locked), and re-opening with a reason.

`ensure_period_open` is the one gate every writer passes (the monitoring grid, the
evaluation page, target revisions, `import-actuals`, exchange packages): an approved round
means nothing in that programme-period changes any more, whichever path tries. A round
approved for a year also locks its half-years and quarters, and a half-year's approval
locks writes to the year that contains it.

The period checks that writers share (a real period, inside the programme, at the
programme's reporting frequency) live here too, as `period_problem`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import (
    ConcurrentEdit,
    NotFound,
    PeriodLocked,
    Problem,
    ValidationError,
)
from meapp.models import Program, ReportingRound
from meapp.models.base import utcnow
from meapp.models.periods import Period, PeriodError, periods_between
from meapp.services.access.users import Actor, require
from meapp.store import audit_chain as audit
from meapp.store.engine import Database


@dataclass(frozen=True)
class RoundDTO:
    program_id: str
    period: str
    state: str  # open | submitted | approved
    submitted_by: str | None = None
    submitted_at: datetime | None = None
    approved_by: str | None = None
    approved_at: datetime | None = None
    version: int = 0  # 0: no row yet (an open round nobody touched)

    @property
    def locked(self) -> bool:
        return self.state == "approved"

    def as_json(self) -> dict:
        return {
            "program_id": self.program_id,
            "period": self.period,
            "state": self.state,
            "submitted_by": self.submitted_by,
            "approved_by": self.approved_by,
        }


def as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise NotFound("no programme {program}", program=str(value)) from exc


def as_period(period: Period | str) -> Period:
    if isinstance(period, Period):
        return period
    try:
        return Period.parse(period)
    except PeriodError as exc:
        raise ValidationError(
            "not a period: {period} (write 2024-H1, 2024-H2 or 2024)", period=str(period)
        ) from exc


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
        raise PeriodLocked(
            "the period {period} is approved and locked; an administrator can reopen it",
            period=str(as_period(period)),
        )


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


# -- programme periods -------------------------------------------------------------------

_FREQ_KIND = {"half_year": "H", "quarter": "Q", "year": "Y"}


def period_problem(
    text: str | Period | None,
    *,
    start_year: int,
    end_year: int,
    frequency: str = "half_year",
    strict_frequency: bool = True,
) -> tuple[Period | None, Problem | None]:
    """Parse a period a writer was given and check it belongs to the programme.

    Returns (period, None) or (None, problem). With `strict_frequency` a half-year programme
    accepts only half-years (a year's value is computed from them, never typed).
    """
    raw = "" if text is None else str(text).strip()
    if isinstance(text, Period):
        p = text
    else:
        try:
            p = Period.parse(raw)
        except PeriodError:
            if not raw:
                return None, Problem("the period is empty")
            return None, Problem(
                "not a period: {period} (write 2024-H1, 2024-H2 or 2024)", {"period": raw}
            )
    if not start_year <= p.year <= end_year:
        return None, Problem(
            "{period} is outside the programme ({start}–{end})",
            {"period": str(p), "start": start_year, "end": end_year},
        )
    kind = _FREQ_KIND.get(frequency, "H")
    if strict_frequency and p.kind != kind:
        if kind == "H":
            return None, Problem(
                "the programme reports by half-year: write {year}-H1 or {year}-H2",
                {"year": p.year},
            )
        if kind == "Q":
            return None, Problem(
                "the programme reports by quarter: write {year}-Q1 … {year}-Q4", {"year": p.year}
            )
        return None, Problem("the programme reports by year: write {year}", {"year": p.year})
    return p, None


def check_program_period(program: Program, period: Period | str, **kw) -> Period:
    """`period_problem` for one programme, raising ValidationError."""
    p, problem = period_problem(
        period,
        start_year=program.start_year,
        end_year=program.end_year,
        frequency=program.frequency,
        **kw,
    )
    if problem is not None or p is None:
        raise ValidationError(problem or Problem("the period is empty"))
    return p


# -- reading -----------------------------------------------------------------------------


def _dto(program_id, period: str, r: ReportingRound | None) -> RoundDTO:
    if r is None:
        return RoundDTO(str(program_id), period, "open")
    return RoundDTO(
        str(r.program_id),
        r.period,
        r.state,
        r.submitted_by,
        r.submitted_at,
        r.approved_by,
        r.approved_at,
        r.version,
    )


def _program(session: Session, program_id) -> Program:
    program = session.get(Program, as_uuid(program_id))
    if program is None:
        raise NotFound("no programme {program}", program=str(program_id))
    return program


def get_round(db: Database, program_id, period: Period | str) -> RoundDTO:
    code = str(as_period(period))
    with db.session() as s:
        r = s.scalar(
            select(ReportingRound).where(
                ReportingRound.program_id == as_uuid(program_id), ReportingRound.period == code
            )
        )
        return _dto(program_id, code, r)


def list_rounds(db: Database, program_id) -> list[RoundDTO]:
    """Every reporting period of the programme with its round (open when nobody touched it)."""
    with db.session() as s:
        program = _program(s, program_id)
        rows = {
            r.period: r
            for r in s.scalars(
                select(ReportingRound).where(ReportingRound.program_id == program.id)
            )
        }
        codes = [
            str(p) for p in periods_between(program.start_year, program.end_year, program.frequency)
        ]
        extra = sorted((c for c in rows if c not in codes), key=lambda c: as_period(c).sort_key())
        ordered = sorted(codes + extra, key=lambda c: as_period(c).sort_key())
        return [_dto(program.id, c, rows.get(c)) for c in ordered]


# -- the workflow ------------------------------------------------------------------------


def _change(
    db: Database,
    actor: Actor,
    program_id,
    period: Period | str,
    *,
    right: str,
    action: str,
    allowed_from: tuple[str, ...],
    refusal: str,
    reason: str | None = None,
) -> RoundDTO:
    require(actor, right)
    try:
        with db.session() as s, s.begin():
            program = _program(s, program_id)
            p = check_program_period(program, period)
            code = str(p)
            r = s.scalar(
                select(ReportingRound)
                .where(ReportingRound.program_id == program.id, ReportingRound.period == code)
                .with_for_update()
            )
            state = r.state if r is not None else "open"
            if state not in allowed_from:
                raise ValidationError(refusal, period=code, state=state)
            before = audit.snapshot(r) if r is not None else None
            if r is None:
                r = ReportingRound(program_id=program.id, period=code, state="open")
                s.add(r)
            now = utcnow()
            if action == "submit":
                r.state = "submitted"
                r.submitted_by = actor.login
                r.submitted_at = now
            elif action == "approve":
                r.state = "approved"
                r.approved_by = actor.login
                r.approved_at = now
            else:
                r.state = "open"
                r.approved_by = None
                r.approved_at = None
            s.flush()
            audit.record(
                s,
                user=actor.login,
                action=action,
                entity="reporting_round",
                entity_id=r.id,
                program_id=program.id,
                period=code,
                before=before,
                after=audit.snapshot(r),
                reason=reason,
            )
            return _dto(program.id, code, r)
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit("changed by someone else; look again and retry") from exc


def submit(db: Database, actor: Actor, program_id, period: Period | str) -> RoundDTO:
    """The group hands the period's figures to the chair."""
    return _change(
        db,
        actor,
        program_id,
        period,
        right="round.submit",
        action="submit",
        allowed_from=("open",),
        refusal="the round {period} is {state}: only an open round can be submitted",
    )


def approve(db: Database, actor: Actor, program_id, period: Period | str) -> RoundDTO:
    """The chair approves a submitted round; from now on the period is locked."""
    return _change(
        db,
        actor,
        program_id,
        period,
        right="round.approve",
        action="approve",
        allowed_from=("submitted",),
        refusal="the round {period} is {state}: only a submitted round can be approved",
    )


def reopen(
    db: Database, actor: Actor, program_id, period: Period | str, reason: str | None
) -> RoundDTO:
    """An administrator re-opens a submitted or approved round; the reason is audited."""
    require(actor, "round.reopen")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reopening a round needs a reason (--reason TEXT)")
    return _change(
        db,
        actor,
        program_id,
        period,
        right="round.reopen",
        action="reopen",
        allowed_from=("submitted", "approved"),
        refusal="the round {period} is {state}: there is nothing to reopen",
        reason=reason,
    )
