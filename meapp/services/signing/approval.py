"""Whether a report's period is approved: what signing requires and verifying confirms."""

from __future__ import annotations

from typing import Any

from meapp.errors import ValidationError


def round_state(session: Any, program_id: str, period: str) -> str:
    """`approved` when an approved round is the period or contains it, or (for a year)
    when all its half-years or all its quarters are approved; else the round's state."""
    from sqlalchemy import select

    from meapp.models import ReportingRound
    from meapp.models.periods import Period, PeriodError

    try:
        wanted = Period.parse(period)
    except PeriodError as exc:
        raise ValidationError(
            "not a period: {period} (write 2024-H1, 2024-H2 or 2024)", period=period
        ) from exc
    rounds = session.scalars(
        select(ReportingRound).where(ReportingRound.program_id == _program_uuid(program_id))
    ).all()
    approved: set[Period] = set()
    state = "open"
    for r in rounds:
        try:
            p = Period.parse(r.period)
        except PeriodError:
            continue
        if p == wanted:
            state = r.state
        if r.state == "approved":
            approved.add(p)
    if any(p == wanted or p.contains(wanted) for p in approved):
        return "approved"
    if wanted.is_year:
        halves = {Period(wanted.year, "H", i) for i in (1, 2)}
        quarters = {Period(wanted.year, "Q", i) for i in (1, 2, 3, 4)}
        if halves <= approved or quarters <= approved:
            return "approved"
    return state


def _program_uuid(value: str) -> Any:
    import uuid

    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise ValidationError(
            "the report names an unknown programme {program}", program=value
        ) from exc
