"""What a report is made of, read in one go: status, measures, round, evaluation, group, signers.

The figures come from `meapp.services.monitoring.status` (the same numbers as the grid, the dashboard
and `status --json`); the texts around them (evaluation narrative, working group, the
people who sign) are read here directly from their tables, as plain DTOs.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.models import GroupMember, Municipality, Program, User, WorkingGroup
from meapp.models.periods import Period
from meapp.services.monitoring import quality
from meapp.services.monitoring import status as status_service
from meapp.services.monitoring.rounds import RoundDTO, get_round
from meapp.services.plan.programs import ProgramDTO, get_program
from meapp.services.reports.fingerprint import data_fingerprint
from meapp.store.engine import Database

SIGNATURE_FIELDS = ("sig_chair", "sig_mayor")

_CHAIR_WORDS = ("chair", "төрага", "председател")
_MAYOR_WORDS = ("mayor", "мэр", "башчы", "глава", "head of", "аким")


@dataclass(frozen=True)
class EvaluationText:
    summary: str | None
    analysis: str | None
    weak_points: str | None
    recommendations: str | None
    target_corrections: str | None

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.summary,
                self.analysis,
                self.weak_points,
                self.recommendations,
                self.target_corrections,
            )
        )


@dataclass(frozen=True)
class Member:
    full_name: str
    position: str | None
    organisation: str | None
    side: str
    gender: str
    birth_year: int | None
    role: str


@dataclass(frozen=True)
class Group:
    order_number: str | None
    order_date: date | None
    members: tuple[Member, ...]
    # who approved the group (council | head | other, None: not stated), its note, and
    # whether the head is a mayor (a town) or the head of an aiyl okmotu (issue 21)
    approving_body: str | None = None
    approving_body_note: str | None = None
    city: bool = False


@dataclass(frozen=True)
class Signatory:
    field: str  # AcroForm field name: sig_chair | sig_mayor
    role: str  # chair | mayor
    full_name: str | None
    position: str | None
    login: str | None


@dataclass(frozen=True)
class Acknowledged:
    """A period approved with open data-quality items: who acknowledged them, when, which."""

    period: str
    by: str | None  # the full name (or the login of someone no longer a user)
    at: datetime | None
    items: tuple[quality.QualityItem, ...]


def acknowledged_items(db: Database, pid: uuid.UUID, period: Period) -> tuple[Acknowledged, ...]:
    """What was acknowledged when the period was approved; a year reads its half-years and
    quarters too (the annual report sums them)."""
    periods = [period]
    if period.is_year:
        periods += period.sub_periods("H") + period.sub_periods("Q")
    with db.session() as s:
        found = quality.acknowledgements(s, pid, periods)
    return tuple(Acknowledged(a.period, _user_name(db, a.user), a.at, a.items) for a in found)


@dataclass(frozen=True)
class ReportData:
    program: ProgramDTO
    period: Period
    status: status_service.ProgramStatus
    measures: tuple[status_service.MeasureRow, ...]
    round: RoundDTO
    approved_by_name: str | None
    evaluation: EvaluationText | None
    group: Group
    signatories: tuple[Signatory, ...]
    fingerprint: str
    # open data-quality items acknowledged at the approval of the period (or of the halves
    # and quarters of a year), for the report's data-quality note (issue 19)
    acknowledged: tuple[Acknowledged, ...] = ()

    @property
    def approved(self) -> bool:
        return self.round.state == "approved"


def _evaluation(db: Database, pid: uuid.UUID, period: Period) -> EvaluationText | None:
    from meapp.services.evaluation.narrative import get_evaluation

    ev = get_evaluation(db, pid, period)
    if not ev.version:
        return None
    return EvaluationText(
        ev.summary, ev.analysis, ev.weak_points, ev.recommendations, ev.target_corrections
    )


def read_group(db: Database, pid: uuid.UUID) -> Group:
    with db.session() as s:
        wg = s.scalar(select(WorkingGroup).where(WorkingGroup.program_id == pid))
        if wg is None:
            return Group(None, None, ())
        members = s.scalars(
            select(GroupMember)
            .where(GroupMember.group_id == wg.id)
            .order_by(GroupMember.sort_order, GroupMember.full_name)
        ).all()
        rank = {"chair": 0, "secretary": 1, "member": 2}
        ordered = sorted(members, key=lambda m: (rank.get(m.role, 3), m.sort_order or 0))
        return Group(
            wg.order_number,
            wg.order_date,
            tuple(
                Member(
                    m.full_name, m.position, m.organisation, m.side, m.gender, m.birth_year, m.role
                )
                for m in ordered
            ),
            wg.approving_body,
            wg.approving_body_note,
            _in_town(s, pid),
        )


def _in_town(s: Session, pid: uuid.UUID) -> bool:
    kind = s.scalar(
        select(Municipality.kind)
        .join(Program, Program.municipality_id == Municipality.id)
        .where(Program.id == pid)
    )
    return kind == "city"


def _says(position: str | None, words: tuple[str, ...]) -> bool:
    low = (position or "").lower()
    return any(w in low for w in words)


def signatories(db: Database, group: Group) -> tuple[Signatory, Signatory]:
    """Who signs: the chair (an evaluator whose position says so, else the group's chair)
    and the mayor or head (a user whose position says so, viewers first)."""
    with db.session() as s:
        users = [
            (u.login, u.full_name, u.position, u.role)
            for u in s.scalars(select(User).where(User.active.is_(True)).order_by(User.login))
        ]
    chair_user = next(
        (u for u in users if u[3] == "evaluator" and _says(u[2], _CHAIR_WORDS)), None
    ) or next((u for u in users if _says(u[2], _CHAIR_WORDS)), None)
    group_chair = next((m for m in group.members if m.role == "chair"), None)
    if chair_user is not None:
        chair = Signatory("sig_chair", "chair", chair_user[1], chair_user[2], chair_user[0])
    elif group_chair is not None:
        login = next((u[0] for u in users if u[1] == group_chair.full_name), None)
        chair = Signatory("sig_chair", "chair", group_chair.full_name, group_chair.position, login)
    else:
        chair = Signatory("sig_chair", "chair", None, None, None)
    mayor_user = next(
        (u for u in users if u[3] == "viewer" and _says(u[2], _MAYOR_WORDS)), None
    ) or next(
        (u for u in users if _says(u[2], _MAYOR_WORDS) and not _says(u[2], _CHAIR_WORDS)), None
    )
    if mayor_user is not None:
        mayor = Signatory("sig_mayor", "mayor", mayor_user[1], mayor_user[2], mayor_user[0])
    else:
        mayor = Signatory("sig_mayor", "mayor", None, None, None)
    return chair, mayor


def _user_name(db: Database, login: str | None) -> str | None:
    if not login:
        return None
    with db.session() as s:
        name = s.scalar(select(User.full_name).where(User.login == login))
    return name or login


def effective_round(db: Database, pid: uuid.UUID, period: Period) -> RoundDTO:
    """The round of the period; a year without its own round counts as approved when every
    half-year (or quarter) of it is approved — the annual report sums approved periods."""
    rnd = get_round(db, pid, period)
    if rnd.state == "approved" or not period.is_year:
        return rnd
    for kind in ("H", "Q"):
        parts = [get_round(db, pid, sub) for sub in period.sub_periods(kind)]
        if any(r.version for r in parts) and all(r.state == "approved" for r in parts):
            last = max(parts, key=lambda r: r.approved_at or datetime.min)
            return RoundDTO(
                str(pid),
                str(period),
                "approved",
                last.submitted_by,
                last.submitted_at,
                last.approved_by,
                last.approved_at,
                0,
            )
    return rnd


def gather(db: Database, program_id: uuid.UUID | str, period: Period | str | None) -> ReportData:
    """Everything the half-year and annual reports show for one programme-period."""
    ps = status_service.program_status(db, program_id, period)
    p = Period.parse(ps.period)
    pid = uuid.UUID(ps.program_id)
    program = get_program(db, pid)
    measures = status_service.measure_rows(db, pid, p)
    rnd = effective_round(db, pid, p)
    group = read_group(db, pid)
    return ReportData(
        program=program,
        period=p,
        status=ps,
        measures=tuple(measures),
        round=rnd,
        approved_by_name=_user_name(db, rnd.approved_by),
        evaluation=_evaluation(db, pid, p),
        group=group,
        signatories=signatories(db, group),
        fingerprint=data_fingerprint(db, pid, p),
        acknowledged=acknowledged_items(db, pid, p),
    )


def as_date(value: datetime | date | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value
