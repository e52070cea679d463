"""Read-only queries the shell needs that no service offers yet (Qt-free on purpose).

They return frozen dataclasses like the services do, so moving them into
`meapp/services/` later changes only the import lines in `meapp/ui`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from meapp.models import Indicator, PlanItem, Program, ReportingRound, User
from meapp.models.periods import Period, PeriodError, periods_between
from meapp.store.engine import Database


@dataclass(frozen=True)
class RoundDTO:
    """A reporting round's state; `*_name` is the full name when the login is a known user."""

    period: str
    state: str
    submitted_by: str | None
    submitted_by_name: str | None
    submitted_at: datetime | None
    approved_by: str | None
    approved_by_name: str | None
    approved_at: datetime | None


@dataclass(frozen=True)
class PlanCounts:
    directions: int
    sectors: int
    objectives: int
    measures: int
    indicators: int


def _uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def has_programs(db: Database) -> bool:
    with db.session() as s:
        return s.scalar(select(Program.id).limit(1)) is not None


def rounds(db: Database, program_id: uuid.UUID | str) -> dict[str, RoundDTO]:
    """Every reporting round of a programme, by period code."""
    with db.session() as s:
        rows = s.scalars(
            select(ReportingRound).where(ReportingRound.program_id == _uuid(program_id))
        ).all()
        logins = {r.submitted_by for r in rows} | {r.approved_by for r in rows}
        logins.discard(None)
        names = (
            dict(s.execute(select(User.login, User.full_name).where(User.login.in_(logins))).all())
            if logins
            else {}
        )
    return {
        r.period: RoundDTO(
            r.period,
            r.state,
            r.submitted_by,
            names.get(r.submitted_by) if r.submitted_by else None,
            r.submitted_at,
            r.approved_by,
            names.get(r.approved_by) if r.approved_by else None,
            r.approved_at,
        )
        for r in rows
    }


def plan_counts(db: Database, program_id: uuid.UUID | str) -> PlanCounts:
    pid = _uuid(program_id)
    with db.session() as s:
        by_kind = dict(
            s.execute(
                select(PlanItem.kind, func.count())
                .where(PlanItem.program_id == pid)
                .group_by(PlanItem.kind)
            ).all()
        )
        indicators = s.scalar(
            select(func.count()).select_from(Indicator).where(Indicator.program_id == pid)
        )
    return PlanCounts(
        by_kind.get("direction", 0),
        by_kind.get("sector", 0),
        by_kind.get("objective", 0),
        by_kind.get("measure", 0),
        int(indicators or 0),
    )


def program_periods(
    start_year: int, end_year: int, frequency: str, round_periods: list[str]
) -> list[str]:
    """The periods a selector offers: the programme's reporting periods plus any period
    that has a round (a round may exist outside the nominal years after a correction)."""
    codes = {str(p) for p in periods_between(start_year, end_year, frequency)}
    for code in round_periods:
        try:
            codes.add(str(Period.parse(code)))
        except PeriodError:
            continue
    return sorted(codes, key=lambda c: Period.parse(c).sort_key())


def opening_period(
    program_id: str,
    periods: list[str],
    rounds_by_period: dict[str, RoundDTO],
    saved_program: str | None,
    saved_period: str | None,
) -> str | None:
    """The period a programme opens on: the one last shown if it was this programme's,
    else the default (see `default_period`)."""
    if program_id == saved_program and saved_period in periods:
        return saved_period
    return default_period(periods, rounds_by_period)


def opening_scope(
    db: Database, wanted: str | None, saved_program: str | None, saved_period: str | None
) -> tuple[str, str] | None:
    """The (programme id, period) the main window opens on, read without any widget, so
    the first page's figures can be computed before the window exists (see app.py)."""
    from meapp.services.plan.programs import list_programs

    programs = list_programs(db)
    if not programs:
        return None
    program = next((p for p in programs if p.id == (wanted or saved_program)), programs[0])
    by_period = rounds(db, program.id)
    periods = program_periods(
        program.start_year, program.end_year, program.frequency, list(by_period)
    )
    period = opening_period(program.id, periods, by_period, saved_program, saved_period)
    return (program.id, period) if period else None


def default_period(periods: list[str], rounds_by_period: dict[str, RoundDTO]) -> str | None:
    """The period to show first: the latest one with a round that is not approved yet,
    else the latest with any round, else the period that contains today, else the first."""
    if not periods:
        return None
    with_round = [p for p in periods if p in rounds_by_period]
    pending = [p for p in with_round if rounds_by_period[p].state != "approved"]
    if pending:
        return pending[-1]
    if with_round:
        return with_round[-1]
    today = datetime.now()
    for code in periods:
        p = Period.parse(code)
        if p.year == today.year and p.end_month() >= today.month:
            return code
    return periods[0] if Period.parse(periods[0]).year > today.year else periods[-1]
