"""A programme's reporting calendar: which deadlines it has, when each is due, which are late.

The deadlines follow from the programme, never from a list somebody keeps up to date:

* `round` — every reporting period of the programme (half-year, quarter or year, by its
  frequency) closes `days` after the period ends (default 30); it is met once the round is
  submitted or approved;
* `mayor_report` — quarterly programmes report to the mayor `days` after each quarter
  (default 45); met once the quarter's round is approved (the report is the approved one);
* `group_info` — half-year information to the working group, `days` after each half-year
  (default 45; half-year and quarterly programmes); met once that half-year is approved;
* `council_report` — the annual report goes to the council by a day of the next year
  (default 1 March); met once every period of the year is approved;
* `public_check` — an investment measure (or any measure already checked) is checked in
  public when its progress passes 50 % and again at 100 %: due `days` (default 30) after the
  end of the period in which its progress first reached the stage; met once a public check
  of that stage is recorded.

A report deadline is met when *every* programme period overlapping its period is approved
(a quarterly programme's half-year is its two quarters; a half-year programme's quarter is
the half-year holding it).

Defaults are editable per programme and kind (`set_rule`); only what the user changed is
stored (`meapp.models.calendar`). `today` is always passed in: the rules never read the clock,
so the command line, the GUI and the tests agree on what "late" means for a given day.

The computing is a pure function of loaded facts (`compute`), loaded for one programme
(`deadlines`) or for many in a few queries (`deadlines_of_many`: the `status --json` of a
national database and the rayon's municipalities comparison).
"""

from __future__ import annotations

import calendar as _calendar
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import ConcurrentEdit, NotFound, Problem, ValidationError, parse_id
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import (
    DeadlineSetting,
    MeasureProgress,
    PlanItem,
    Program,
    PublicCheck,
    ReportingRound,
)
from meapp.models.calendar import MAX_DAYS
from meapp.models.enums import DEADLINE_KINDS
from meapp.models.periods import Period, periods_between
from meapp.services.access.users import Actor, require
from meapp.services.common import vocabulary as V
from meapp.services.common.writes import transaction, update_row
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

RIGHT = "data.enter"  # editors and above keep the calendar (viewers only read it)
ENTITY = "deadline_setting"
STALE = QT_TRANSLATE_NOOP(
    "problems", "the calendar was changed by someone else meanwhile: open it again"
)
KINDS = DEADLINE_KINDS
# kinds whose due date is a number of days after a period; the council's is a day of a year
DAY_KINDS = ("round", "mayor_report", "group_info", "public_check")
STAGES = ("50", "100")
SUBMITTED = ("submitted", "approved")
CHUNK = 500
# What makes a write meet someone else's: a row changed meanwhile, or the same kind's row
# created by another user at the same moment (the unique programme-kind pair).
CONFLICTS = (StaleDataError, IntegrityError)

# The words for the kinds of deadline are the vocabulary's (context "labels").
KIND_WORDS = V.DEADLINE_KINDS
LATE = QT_TRANSLATE_NOOP("calendar", "{what}: due {due}, {days} d. late")
CHECK_WHAT = QT_TRANSLATE_NOOP("calendar", "{kind} at {stage} %: {measure}")


@dataclass(frozen=True)
class Rule:
    """One kind of deadline of a programme as it applies: the default or what was changed.

    `changed` names the fields the user changed (those stored); `days` is None for the
    council's report, `due_month`/`due_day` None for the others."""

    kind: str
    active: bool
    days: int | None = None
    due_month: int | None = None
    due_day: int | None = None
    changed: frozenset[str] = frozenset()

    @property
    def edited(self) -> bool:
        return bool(self.changed)


def default_rules(frequency: str) -> dict[str, Rule]:
    """The deadlines a programme of this reporting frequency has when nobody changed them."""
    return {
        "round": Rule("round", True, days=30),
        "mayor_report": Rule("mayor_report", frequency == "quarter", days=45),
        "group_info": Rule("group_info", frequency in ("half_year", "quarter"), days=45),
        "council_report": Rule("council_report", True, due_month=3, due_day=1),
        "public_check": Rule("public_check", True, days=30),
    }


def apply_settings(frequency: str, settings: Iterable[Any]) -> dict[str, Rule]:
    """The defaults with the stored changes (`DeadlineSetting` rows or alike) laid over."""
    rules = default_rules(frequency)
    for row in settings:
        base = rules.get(row.kind)
        if base is None:
            continue
        changes: dict[str, Any] = {}
        for name in ("active", "days", "due_month", "due_day"):
            value = getattr(row, name)
            if value is not None and (name == "active" or getattr(base, name) is not None):
                changes[name] = bool(value) if name == "active" else int(value)
        changed = frozenset(k for k, v in changes.items() if getattr(base, k) != v)
        rules[row.kind] = replace(base, **changes, changed=changed)
    return rules


@dataclass(frozen=True)
class Deadline:
    """One deadline: what is due (`kind`, the `period` or the measure and `stage`), by
    when (`due`), and whether it is met on `today`."""

    kind: str
    due: date
    done: bool
    today: date
    period: str | None = None
    measure_id: str | None = None
    measure_code: str | None = None
    measure_title: str | None = None
    stage: str | None = None

    @property
    def overdue(self) -> bool:
        return not self.done and self.today > self.due

    @property
    def days_late(self) -> int:
        return (self.today - self.due).days if self.overdue else 0

    @property
    def days_left(self) -> int:
        """Days until the due date (negative once it has passed)."""
        return (self.due - self.today).days

    def as_json(self) -> dict[str, Any]:
        """The `status --json` / package-facing shape (dates as ISO text)."""
        return {
            "kind": self.kind,
            "period": self.period,
            "measure_id": self.measure_id,
            "measure_code": self.measure_code,
            "stage": self.stage,
            "due": self.due.isoformat(),
            "done": self.done,
            "overdue": self.overdue,
            "days_late": self.days_late,
        }


# -- the facts the deadlines follow from ------------------------------------------------------


@dataclass(frozen=True)
class MeasureFacts:
    """A measure that owes public checks: its progress by period and the checks it has."""

    id: str
    code: str | None
    title: str
    progress: Mapping[str, float]  # period → percent complete (a "done" measure: 100)
    checked: frozenset[str] = frozenset()  # the stages of its recorded checks


@dataclass
class ProgramFacts:
    """What one programme's deadlines are computed from."""

    program_id: str
    start_year: int
    end_year: int
    frequency: str
    settings: list[Any] = field(default_factory=list)
    rounds: dict[str, str] = field(default_factory=dict)  # period → round state
    measures: list[MeasureFacts] = field(default_factory=list)


def period_end(p: Period) -> date:
    """The last day of a period."""
    month = p.end_month()
    return date(p.year, month, _calendar.monthrange(p.year, month)[1])


def _day_of(year: int, month: int, day: int) -> date:
    """That day, or the month's last day when the month is shorter (30 February → 28/29)."""
    return date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def _overlaps(a: Period, b: Period) -> bool:
    return a.contains(b) or b.contains(a)


def _approved(target: Period, own: Sequence[Period], rounds: Mapping[str, str]) -> bool:
    """Every programme period overlapping `target` is approved (none overlapping: not met)."""
    inside = [p for p in own if _overlaps(target, p)]
    return bool(inside) and all(rounds.get(str(p)) == "approved" for p in inside)


def _targets(kind: str, facts: ProgramFacts) -> list[Period]:
    years = range(facts.start_year, facts.end_year + 1)
    if kind == "round":
        return periods_between(facts.start_year, facts.end_year, facts.frequency)
    if kind == "mayor_report":
        return [Period(y, "Q", i) for y in years for i in range(1, 5)]
    if kind == "group_info":
        return [Period.half(y, i) for y in years for i in (1, 2)]
    return [Period.year_of(y) for y in years]


def _period_deadlines(rule: Rule, facts: ProgramFacts, today: date) -> list[Deadline]:
    own = periods_between(facts.start_year, facts.end_year, facts.frequency)
    out = []
    for p in _targets(rule.kind, facts):
        if rule.kind == "council_report":
            due = _day_of(p.year + 1, rule.due_month or 3, rule.due_day or 1)
        else:
            due = period_end(p) + timedelta(days=rule.days or 0)
        if rule.kind == "round":
            done = facts.rounds.get(str(p)) in SUBMITTED
        else:
            done = _approved(p, own, facts.rounds)
        out.append(Deadline(rule.kind, due, done, today, period=str(p)))
    return out


def _passed(progress: Mapping[str, float], stage: str) -> Period | None:
    """The first period (in time) in which the progress reached the stage's percentage."""
    wanted = float(stage)
    reached = []
    for code, pct in progress.items():
        if pct < wanted:
            continue
        try:
            reached.append(Period.parse(code))
        except ValueError:  # a damaged period code is no period the check can be due after
            continue
    return min(reached, key=Period.sort_key) if reached else None


def _check_deadlines(rule: Rule, facts: ProgramFacts, today: date) -> list[Deadline]:
    out = []
    for m in facts.measures:
        for stage in STAGES:
            p = _passed(m.progress, stage)
            if p is None:
                continue
            out.append(
                Deadline(
                    "public_check",
                    period_end(p) + timedelta(days=rule.days or 0),
                    stage in m.checked,
                    today,
                    period=str(p),
                    measure_id=m.id,
                    measure_code=m.code,
                    measure_title=m.title,
                    stage=stage,
                )
            )
    return out


def compute(facts: ProgramFacts, today: date) -> list[Deadline]:
    """Every deadline of the programme in order of due date (then kind, as listed)."""
    rules = apply_settings(facts.frequency, facts.settings)
    out: list[Deadline] = []
    for kind in KINDS:
        rule = rules[kind]
        if not rule.active:
            continue
        if kind == "public_check":
            out.extend(_check_deadlines(rule, facts, today))
        else:
            out.extend(_period_deadlines(rule, facts, today))
    order = {k: i for i, k in enumerate(KINDS)}
    out.sort(key=lambda d: (d.due, order[d.kind], d.measure_code or "", d.stage or ""))
    return out


# -- loading -------------------------------------------------------------------------------


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for i in range(0, len(ids), CHUNK):
        yield list(ids[i : i + CHUNK])


def _percent(pct: float | None, status: str | None) -> float | None:
    if pct is not None:
        return float(pct)
    return 100.0 if status == "done" else None


def _load_measures(s: Session, pids: list[uuid.UUID]) -> dict[uuid.UUID, list[MeasureFacts]]:
    """The measures owing public checks (investment measures and any measure checked)."""
    checks: dict[uuid.UUID, set[str]] = {}
    measures: dict[uuid.UUID, Any] = {}
    q = (
        select(PlanItem.id, PlanItem.program_id, PlanItem.code, PlanItem.title, PublicCheck.stage)
        .join(PublicCheck, PublicCheck.measure_id == PlanItem.id, isouter=True)
        .where(PlanItem.program_id.in_(pids), PlanItem.kind == "measure")
        .where((PlanItem.is_investment.is_(True)) | (PublicCheck.id.is_not(None)))
        .order_by(PlanItem.program_id, PlanItem.code, PlanItem.id)
    )
    for mid, pid, code, title, stage in s.execute(q):
        measures.setdefault(mid, (pid, code, title))
        if stage is not None:
            checks.setdefault(mid, set()).add(stage)
    progress: dict[uuid.UUID, dict[str, float]] = {m: {} for m in measures}
    for chunk in _chunks(list(measures)):
        rows = s.execute(
            select(
                MeasureProgress.measure_id,
                MeasureProgress.period,
                MeasureProgress.percent_complete,
                MeasureProgress.status,
            ).where(MeasureProgress.measure_id.in_(chunk))
        )
        for mid, period, pct, status in rows:
            value = _percent(pct, status)
            if value is not None:
                progress[mid][period] = value
    out: dict[uuid.UUID, list[MeasureFacts]] = {}
    for mid, (pid, code, title) in measures.items():
        out.setdefault(pid, []).append(
            MeasureFacts(str(mid), code, title, progress[mid], frozenset(checks.get(mid, ())))
        )
    return out


def load_facts(s: Session, program_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, ProgramFacts]:
    """The facts of these programmes, a few queries for all of them (ids naming nothing are
    left out)."""
    out: dict[uuid.UUID, ProgramFacts] = {}
    for chunk in _chunks(list(program_ids)):
        q = select(Program.id, Program.start_year, Program.end_year, Program.frequency)
        for pid, start, end, freq in s.execute(q.where(Program.id.in_(chunk))):
            out[pid] = ProgramFacts(str(pid), start, end, freq)
        have = [p for p in chunk if p in out]
        for row in s.scalars(select(DeadlineSetting).where(DeadlineSetting.program_id.in_(have))):
            out[row.program_id].settings.append(row)
        rq = select(ReportingRound.program_id, ReportingRound.period, ReportingRound.state)
        for pid, period, state in s.execute(rq.where(ReportingRound.program_id.in_(have))):
            out[pid].rounds[period] = state
        for pid, measures in _load_measures(s, have).items():
            out[pid].measures = measures
    return out


def _pid(program_id: Any) -> uuid.UUID:
    return parse_id(program_id, "no programme {id}", id=str(program_id))


def deadlines(s: Session, program_id: Any, today: date) -> list[Deadline]:
    """Every deadline of one programme on `today` (NotFound for an unknown programme)."""
    pid = _pid(program_id)
    facts = load_facts(s, [pid]).get(pid)
    if facts is None:
        raise NotFound("no programme {id}", id=str(program_id))
    return compute(facts, today)


def deadlines_of_many(
    s: Session, program_ids: Sequence[Any], today: date
) -> dict[str, list[Deadline]]:
    """Every deadline of each programme (by id text), loaded together."""
    facts = load_facts(s, [_pid(p) for p in program_ids])
    return {str(pid): compute(f, today) for pid, f in facts.items()}


def overdue(deadlines_: Iterable[Deadline]) -> list[Deadline]:
    """The deadlines not met whose day has passed, the latest first (most days late)."""
    return sorted((d for d in deadlines_ if d.overdue), key=lambda d: -d.days_late)


def _identity(_context: str, text: str) -> str:
    return text


def what(d: Deadline, translate: Any = None, period_words: Any = None) -> str:
    """A few words naming the deadline: "Reporting round 2025-H1", "Public check at 50 %:
    2.1 Build a school". `translate(context, text)` gives the words in the user's language,
    `period_words(code)` the period's (the GUI's "2025-ж. I жарым жылдык"; default the code)."""
    tr = translate or _identity
    kind = KIND_WORDS.word(d.kind, tr)
    if d.kind == "public_check":
        measure = " ".join(x for x in (d.measure_code, d.measure_title) if x)
        return tr("calendar", CHECK_WHAT).format(kind=kind, stage=d.stage, measure=measure)
    return f"{kind} {period_words(d.period) if period_words else d.period}"


def due_text(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def late_text(d: Deadline, translate: Any = None, period_words: Any = None) -> str:
    """The late line: "Reporting round 2025-H1: due 30.07.2025, 12 d. late"."""
    tr = translate or _identity
    return tr("calendar", LATE).format(
        what=what(d, translate, period_words), due=due_text(d.due), days=d.days_late
    )


def program_deadlines(db: Database, program_id: Any, today: date) -> list[Deadline]:
    """`deadlines` in a session of its own (the GUI's and the command line's entry)."""
    with db.session() as s:
        return deadlines(s, program_id, today)


# -- reading and editing the rules -----------------------------------------------------------


def rules(db: Database, program_id: Any) -> list[Rule]:
    """The programme's rules in the order of `KINDS` (defaults with the changes laid over)."""
    pid = _pid(program_id)
    with db.session() as s:
        program = s.get(Program, pid)
        if program is None:
            raise NotFound("no programme {id}", id=str(program_id))
        rows = s.scalars(select(DeadlineSetting).where(DeadlineSetting.program_id == pid))
        found = apply_settings(program.frequency, rows)
    return [found[k] for k in KINDS]


@dataclass(frozen=True)
class RuleInput:
    """What the calendar editor sends for one kind: the whole wanted state of the rule."""

    kind: str
    active: bool
    days: int | None = None
    due_month: int | None = None
    due_day: int | None = None


def _int_problem(value: Any, name: str, low: int, high: int) -> Problem | None:
    if value is None or isinstance(value, bool) or not isinstance(value, int):
        return Problem("{field}: a whole number is needed", {"field": name})
    if not low <= value <= high:
        return Problem(
            "{field}: {value} is outside {low}…{high}",
            {"field": name, "value": value, "low": low, "high": high},
        )
    return None


def _check(data: RuleInput) -> None:
    """Refuse a rule that cannot be a deadline, naming the field (nothing is stored)."""
    if data.kind not in KINDS:
        raise ValidationError(
            "{field}: {value} is not a kind of deadline ({allowed})",
            field="kind",
            value=data.kind,
            allowed=", ".join(KINDS),
        )
    if data.kind in DAY_KINDS:
        checks = [_int_problem(data.days, "days", 0, MAX_DAYS)]
    else:
        checks = [
            _int_problem(data.due_month, "due_month", 1, 12),
            _int_problem(data.due_day, "due_day", 1, 31),
        ]
    problems = [p for p in checks if p is not None]
    if problems:
        raise ValidationError(problems)


def _stored_values(base: Rule, data: RuleInput) -> dict[str, Any]:
    """Only what differs from the default; every other column NULL."""
    wanted = {
        "active": bool(data.active),
        "days": data.days if data.kind in DAY_KINDS else None,
        "due_month": data.due_month if data.kind not in DAY_KINDS else None,
        "due_day": data.due_day if data.kind not in DAY_KINDS else None,
    }
    return {k: (v if v is not None and v != getattr(base, k) else None) for k, v in wanted.items()}


def set_rule(db: Database, actor: Actor, program_id: Any, data: RuleInput) -> Rule:
    """Store the rule of one kind (a rule equal to the default empties the stored change)."""
    return set_rules(db, actor, program_id, [data])[data.kind]


def set_rules(
    db: Database,
    actor: Actor,
    program_id: Any,
    wanted: Sequence[RuleInput],
    seen: Mapping[str, Rule] | None = None,
) -> dict[str, Rule]:
    """Store the rules the calendar editor sends, all or none (one transaction).

    Editors and above (`data.enter`); each stored row created or changed leaves its audit
    event (`deadline_setting`). Every rule is checked before anything is written, so
    one bad value changes nothing. `seen`: the rules the form was opened with; when
    another user has changed one of them since, nothing is written (ConcurrentEdit) rather
    than their change being overwritten unseen. Returns the programme's rules after."""
    require(actor, RIGHT)
    for data in wanted:
        _check(data)
    kinds = [d.kind for d in wanted]
    if len(set(kinds)) != len(kinds):
        raise ValidationError("{field}: each kind of deadline may be given once", field="kind")
    pid = _pid(program_id)
    with transaction(db, STALE, CONFLICTS) as s:
        program = s.get(Program, pid)
        if program is None:
            raise NotFound("no programme {id}", id=str(program_id))
        defaults = default_rules(program.frequency)
        stored = {
            r.kind: r
            for r in s.scalars(select(DeadlineSetting).where(DeadlineSetting.program_id == pid))
        }
        if seen is not None:
            now = apply_settings(program.frequency, stored.values())
            if any(seen.get(d.kind) != now[d.kind] for d in wanted):
                raise ConcurrentEdit(STALE)
        for data in wanted:
            values = _stored_values(defaults[data.kind], data)
            _write(s, actor, pid, stored.get(data.kind), data.kind, values)
        s.flush()
        rows = s.scalars(select(DeadlineSetting).where(DeadlineSetting.program_id == pid))
        return apply_settings(program.frequency, rows)


def _write(
    s: Session,
    actor: Actor,
    pid: uuid.UUID,
    row: DeadlineSetting | None,
    kind: str,
    values: dict[str, Any],
) -> None:
    """Create or change the stored row, with its audit event.

    Back to the default, a row keeps its place with every column NULL rather than being
    deleted: exchange packages carry rows, not deletions, so the rayon would otherwise keep
    the old change for ever."""
    if row is None:
        if all(v is None for v in values.values()):
            return  # the default, and nothing stored: nothing to do
        row = DeadlineSetting(program_id=pid, kind=kind, **values)
        s.add(row)
        audit.record_created(s, actor.login, row, ENTITY, program_id=pid)
        return
    update_row(s, actor.login, row, values, ENTITY, pid)


def reset(db: Database, actor: Actor, program_id: Any, kind: str) -> Rule:
    """Back to the default for one kind (the stored change is emptied)."""
    pid = _pid(program_id)
    with db.session() as s:
        program = s.get(Program, pid)
        if program is None:
            raise NotFound("no programme {id}", id=str(program_id))
        if kind not in KINDS:
            _check(RuleInput(kind, True))
        base = default_rules(program.frequency)[kind]
    return set_rule(
        db,
        actor,
        pid,
        RuleInput(kind, base.active, base.days, base.due_month, base.due_day),
    )
