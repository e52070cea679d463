"""Values held for review, and an evaluator's confirmation of them (issue 19).

A value the checks find implausible — two orders of magnitude off its series, outside what
its unit allows, or a number the program cannot compute with — is held out of every
roll-up and status as `needs_review` (see `status.review_flags` and
`validation.implausible`). It stays held until it is corrected (a new value is judged
again) or an evaluator confirms it: an audited action with a reason, refused in a locked
period like every other write. The confirmation is stored on the actual row
(`Actual.review_value` and who, when, why) and binds to the value as confirmed: every writer
that changes the value voids it (`entry.void_confirmation`, on the grid's and import-actuals'
path `entry.write_actual_in`), so a value corrected away and back is held again until it is
confirmed again. An exchange package brings whole rows, the sender's confirmation (or none)
with them; a restore brings back a whole file. A number the program cannot compute with is
never confirmed: it must be corrected.

`values_needing_review` is what the quality gate before submit and approve lists, and what
the Monitoring page's "Confirm value…" and `meapp confirm-value` act on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.errors import NotFound, ValidationError
from meapp.errors import parse_id as _uuid
from meapp.models import Actual, Indicator
from meapp.models.base import utcnow
from meapp.models.numbers import format_number, representable
from meapp.models.periods import Period
from meapp.services.access.users import Actor, require
from meapp.services.common.text_norm import strip_controls
from meapp.services.monitoring import entry, locks, rounds, validation
from meapp.services.monitoring import status as st
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

CONFIRM = "review.confirm"  # the audit action
RIGHT = "evaluation.write"  # an evaluator (the chair) or an administrator
MAX_REASON = 2000


@dataclass(frozen=True)
class ReviewItem:
    """One stored value held out of the roll-ups until confirmed or corrected.

    `indicator_id` is the indicator's UUID text; `reason_code` is `magnitude`,
    `unit_range` or `unrepresentable` (the words: vocabulary.REVIEW_REASONS).
    """

    indicator_id: str
    indicator_code: str
    indicator_name: str
    period: Period
    value: float
    reason_code: str


def _as_uuid(program_id: uuid.UUID | str) -> uuid.UUID:
    return _uuid(program_id, "no programme {program}", program=str(program_id))


def values_needing_review(
    session: Session | Database, program_id: uuid.UUID | str, period: Period | None = None
) -> list[ReviewItem]:
    """The values of a programme held for review, in grid order then time order.

    With `period` only the values of that period (and of the periods inside it: the
    half-years of a year); without, every held value of the programme. Stored targets or
    baselines the program cannot compute with are listed too (reason `unrepresentable`):
    they hold every period of their indicator.
    """
    if isinstance(session, Database):
        with session.session() as s:
            return values_needing_review(s, program_id, period)
    pid = _as_uuid(program_id)
    b = st._load(session, [pid], period, measures=False, evidence=False)
    if pid.hex not in b.programs:
        raise NotFound("no programme {program}", program=str(program_id))
    prog = b.programs[pid.hex]
    out: list[ReviewItem] = []
    for ind in b.indicators.get(pid.hex, []):
        out.extend(_items_of(ind, prog, period))
    return out


def _items_of(ind: st._Ind, prog: st._Prog, period: Period | None) -> list[ReviewItem]:
    def item(p: Period, value: float, reason: str) -> ReviewItem:
        return ReviewItem(st._text_id(ind.id), ind.code or "", ind.name, p, value, reason)

    held: list[ReviewItem] = []
    for p, reason in st.review_flags(ind).items():
        if period is None or period.contains(p):
            value = ind.unrepresentable.get(p, ind.values.get(p))
            held.append(item(p, float(value if value is not None else 0.0), reason))
    for p, value in ind.bad_targets.items():
        if period is None or period.contains(p):
            held.append(item(p, value, validation.UNREPRESENTABLE))
    for value in ind.bad_definition:
        # the baseline, final target or weight: it holds every period of the indicator
        at = period or Period.year_of(ind.baseline_year or prog.start_year)
        held.append(item(at, value, validation.UNREPRESENTABLE))
    return sorted(held, key=lambda it: it.period.sort_key())


def confirm_value(
    session_or_db: Session | Database,
    user: Actor,
    indicator_id: uuid.UUID | str,
    period: Period | str,
    reason: str,
) -> None:
    """Confirm the value held for review of one indicator and period, with a reason.

    The value then counts in the roll-ups and statuses as it is. Needs the right to write
    the evaluation (evaluator, administrator). Refused (nothing changes): an empty reason,
    no such value, a value that is not held, one the program cannot compute with (it must
    be corrected), or a period an approved round locks. With a Database the change is its
    own transaction; with a Session it joins the caller's. Control characters in the reason
    are dropped (they would make the audit trail's Excel export fail).
    """
    require(user, RIGHT)
    text = " ".join(strip_controls(reason or "").split())
    if not text:
        raise ValidationError("give the reason for confirming the value")
    if len(text) > MAX_REASON:
        raise ValidationError("the reason is longer than {limit} characters", limit=MAX_REASON)
    p = rounds.as_period(period)
    iid = _uuid(indicator_id, "no indicator {indicator}", indicator=str(indicator_id))
    if isinstance(session_or_db, Database):
        with session_or_db.session() as s, s.begin():
            _confirm(s, user, iid, p, text)
        return
    _confirm(session_or_db, user, iid, p, text)


def _confirm(s: Session, user: Actor, iid: uuid.UUID, period: Period, reason: str) -> None:
    indicator = s.get(Indicator, iid)
    if indicator is None:
        raise NotFound("no indicator {indicator}", indicator=str(iid))
    name = indicator.code or indicator.name
    locks.ensure_period_open(s, indicator.program_id, period)
    row = s.scalar(select(Actual).where(Actual.indicator_id == iid, Actual.period == str(period)))
    if row is None or row.value is None:
        raise ValidationError(
            "{indicator} has no value for {period} to confirm",
            indicator=name,
            period=str(period),
        )
    if not representable(row.value):
        raise ValidationError(
            "the value {value} of {indicator} for {period} cannot be computed with: "
            "correct it instead",
            value=f"{row.value:g}" if isinstance(row.value, int | float) else str(row.value),
            indicator=name,
            period=str(period),
        )
    held = {
        it.period
        for it in values_needing_review(s, indicator.program_id, period)
        if it.indicator_id == str(iid)
    }
    if period not in held:
        raise ValidationError(
            "the value {value} of {indicator} for {period} is not held for review",
            value=format_number(row.value),
            indicator=name,
            period=str(period),
        )
    before = audit.snapshot(row)
    row.review_value = row.value
    row.review_by = user.login
    row.review_at = utcnow()
    row.review_reason = reason
    s.flush()
    entry.audit_row(
        s,
        user,
        "actual",
        row,
        program_id=indicator.program_id,
        period=str(period),
        before=before,
        reason=reason,
        action=CONFIRM,
    )


def find_indicator(
    session_or_db: Session | Database, program_id: uuid.UUID | str, text: str
) -> uuid.UUID:
    """The indicator of a programme a user named: its id, or its code as the plan writes it
    (`И-06`, `1.2.`; spaces, case and a trailing dot do not matter)."""
    if isinstance(session_or_db, Database):
        with session_or_db.session() as s:
            return find_indicator(s, program_id, text)
    pid = _as_uuid(program_id)
    given = (text or "").strip()
    rows = session_or_db.execute(
        select(Indicator.id, Indicator.code).where(Indicator.program_id == pid)
    ).all()
    try:
        wanted = uuid.UUID(given)
    except ValueError:
        wanted = None
    if wanted is not None and any(r.id == wanted for r in rows):
        return wanted
    key = _code(given)
    hits = [r.id for r in rows if key and _code(r.code) == key]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise ValidationError("the code {code} names several indicators: give the id", code=given)
    raise NotFound("no indicator {indicator}", indicator=given)


def _code(code: str | None) -> str:
    return "".join((code or "").split()).rstrip(".").casefold()
