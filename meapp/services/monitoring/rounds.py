"""Reporting rounds: open → submitted → approved (locked), and re-opening with a reason.

What an approved round locks, and the gate every writer passes, is `locks` (in this
package): this module holds the workflow that approves and reopens.

Submit and approve pass the quality gate (`quality`, issue 19): with data-quality items
open they need an explicit acknowledgement — `acknowledged=True` (the command line's
`--accept-warnings`: whatever is open), the fingerprint of the list a refusal printed (the
command line's `--accept-fingerprint`: refused again when the list changed since) or the
items the user was shown (the GUI's dialog: an item that appeared meanwhile is not
acknowledged); the rule is `quality.unacknowledged`. Without it the round refuses with
`quality.OpenItems`, naming the items; with it the exact list is kept in the round's audit
event, with its fingerprint and how it was acknowledged. There is no default that lets a
caller skip the gate.

The period checks that writers share (a real period, inside the programme, at the
programme's reporting frequency) live here too, as `period_problem`.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import (
    ConcurrentEdit,
    NotFound,
    Problem,
    ValidationError,
)
from meapp.models import Program, ReportingRound, workflow
from meapp.models.base import utcnow
from meapp.models.periods import Period, PeriodError, periods_between
from meapp.services.access.users import Actor, full_names_in, require
from meapp.services.monitoring import quality
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
    # the full names of who submitted and approved, when they are known users
    submitted_by_name: str | None = None
    approved_by_name: str | None = None
    # the open data-quality items this submit or approval acknowledged (issue 19)
    acknowledged: tuple[quality.QualityItem, ...] = ()

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


def rounds_by_period(db: Database, program_id) -> dict[str, RoundDTO]:
    """The programme's stored rounds by period code, with who submitted and approved them
    by name (the top bar and the lock banner show them). A period without an entry is open."""
    with db.session() as s:
        rows = list(
            s.scalars(
                select(ReportingRound).where(ReportingRound.program_id == as_uuid(program_id))
            )
        )
        names = full_names_in(s, [login for r in rows for login in (r.submitted_by, r.approved_by)])
    return {
        r.period: replace(
            _dto(r.program_id, r.period, r),
            submitted_by_name=names.get(r.submitted_by) if r.submitted_by else None,
            approved_by_name=names.get(r.approved_by) if r.approved_by else None,
        )
        for r in rows
    }


# -- the workflow ------------------------------------------------------------------------
# Which action leaves which state, by which right, is `meapp.models.workflow.TRANSITIONS`:
# the same table the pages ask before they enable a button.

# True: acknowledge whatever is open; a text: the fingerprint of the exact list open
# (`quality.fingerprint`); a collection: exactly the items the user was shown.
Acknowledgement = bool | str | Collection[quality.QualityItem]


def _gate(
    s: Session, program: Program, period: Period, action: str, acknowledged: Acknowledgement
) -> tuple[quality.QualityItem, ...]:
    """The items open before `action`; refused unless each one is acknowledged."""
    if action not in ("submit", "approve"):
        return ()
    items = quality.open_items(s, program.id, period, action=action)
    if not items:
        return ()
    refused = quality.refusal(items, acknowledged, period=str(period), action=action)
    if refused is not None:
        raise refused
    return tuple(items)


def _change(
    db: Database,
    actor: Actor,
    program_id,
    period: Period | str,
    *,
    action: str,
    refusal: str,
    reason: str | None = None,
    acknowledged: Acknowledgement = False,
) -> RoundDTO:
    move = workflow.transition(action)
    require(actor, move.right)
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
            if not workflow.can_leave(state, action):
                raise ValidationError(refusal, period=code, state=state)
            items = _gate(s, program, p, action, acknowledged)
            before = audit.snapshot(r) if r is not None else None
            if r is None:
                r = ReportingRound(program_id=program.id, period=code, state="open")
                s.add(r)
            now = utcnow()
            r.state = move.target
            if action == "submit":
                r.submitted_by = actor.login
                r.submitted_at = now
            elif action == "approve":
                r.approved_by = actor.login
                r.approved_at = now
            else:
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
                after={
                    **audit.snapshot(r),
                    **quality.audit_entry(items, quality.how_acknowledged(acknowledged)),
                },
                reason=reason,
            )
            return replace(_dto(program.id, code, r), acknowledged=items)
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit("changed by someone else; look again and retry") from exc


def submit(
    db: Database,
    actor: Actor,
    program_id,
    period: Period | str,
    *,
    acknowledged: Acknowledgement = False,
) -> RoundDTO:
    """The group hands the period's figures to the chair (open items acknowledged)."""
    return _change(
        db,
        actor,
        program_id,
        period,
        action="submit",
        refusal="the round {period} is {state}: only an open round can be submitted",
        acknowledged=acknowledged,
    )


def approve(
    db: Database,
    actor: Actor,
    program_id,
    period: Period | str,
    *,
    acknowledged: Acknowledgement = False,
) -> RoundDTO:
    """The chair approves a submitted round; from now on the period is locked. Open
    data-quality items need `acknowledged` (see the module's docstring)."""
    return _change(
        db,
        actor,
        program_id,
        period,
        action="approve",
        refusal="the round {period} is {state}: only a submitted round can be approved",
        acknowledged=acknowledged,
    )


def reopen(
    db: Database, actor: Actor, program_id, period: Period | str, reason: str | None
) -> RoundDTO:
    """An administrator re-opens a submitted or approved round; the reason is audited."""
    require(actor, workflow.transition("reopen").right)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reopening a round needs a reason (--reason TEXT)")
    return _change(
        db,
        actor,
        program_id,
        period,
        action="reopen",
        refusal="the round {period} is {state}: there is nothing to reopen",
        reason=reason,
    )
