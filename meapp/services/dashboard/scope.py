"""The periods a programme's selectors offer and the programme and period a window opens on.

Read without any widget, so the window, the reports page and the package dialog offer the
same periods, and the first page's figures can be computed before the window exists.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from meapp.models.periods import Period, PeriodError, periods_between
from meapp.services.monitoring.rounds import RoundDTO, rounds_by_period
from meapp.services.plan.programs import list_programs
from meapp.store.engine import Database


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


def default_period(periods: list[str], rounds: Mapping[str, RoundDTO]) -> str | None:
    """The period to show first: the latest one with a round that is not approved yet,
    else the latest with any round, else the period that contains today, else the first."""
    if not periods:
        return None
    with_round = [p for p in periods if p in rounds]
    pending = [p for p in with_round if rounds[p].state != "approved"]
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


def opening_period(
    program_id: str,
    periods: list[str],
    rounds: Mapping[str, RoundDTO],
    saved_program: str | None,
    saved_period: str | None,
) -> str | None:
    """The period a programme opens on: the one last shown if it was this programme's,
    else the default (see `default_period`)."""
    if program_id == saved_program and saved_period in periods:
        return saved_period
    return default_period(periods, rounds)


def opening_scope(
    db: Database, wanted: str | None, saved_program: str | None, saved_period: str | None
) -> tuple[str, str] | None:
    """The (programme id, period) the main window opens on: the programme `wanted`, else
    the one last shown, else the first; None when the database holds no programme."""
    programs = list_programs(db)
    if not programs:
        return None
    program = next((p for p in programs if p.id == (wanted or saved_program)), programs[0])
    by_period = rounds_by_period(db, program.id)
    periods = program_periods(
        program.start_year, program.end_year, program.frequency, list(by_period)
    )
    period = opening_period(program.id, periods, by_period, saved_program, saved_period)
    return (program.id, period) if period else None
