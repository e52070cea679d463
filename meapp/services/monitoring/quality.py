"""The quality gate of a reporting round: what is still unresolved in a period (issue 19).

Before the figures of a period are submitted to the chair or approved for good, whoever
decides sees what is open:

- `needs_review` — the period's figure rests on a value the checks found implausible, held
  out of every roll-up until an evaluator confirms or corrects it (`review`);
- `contradicting_target` — the target the period's figure is compared with lies on the wrong
  side of the baseline (`meapp.models.formulas.target_contradicts_direction`, the one rule);
- `missing_value` — an indicator without a value for the period;
- `overdue_measure` — a measure past its deadline, not done or cancelled, with no status
  reported for the period;
- `empty_evaluation` — the chair's narrative of the period is not written (asked at approval
  only: the group submits its figures before the chair writes about them).

The same list is the "needs attention" of the Evaluation page and of the dashboard
(`needs_attention`), and the gate of `meapp.services.monitoring.rounds`: a submit or an
approval with open items needs an explicit acknowledgement (`--accept-warnings`, the
dialog's "approve anyway"); without it the round refuses with `OpenItems`, naming them.
The acknowledged items are kept in the round's audit event (who acknowledged which items)
and read back by `acknowledgements` for the report's data-quality note.

What acknowledges what is one rule, `unacknowledged`: the dialog passes the items it showed
(an item that appeared meanwhile is not among them); the command line passes either `True`
(`--accept-warnings`: whatever is open when the round moves, the list recorded as it was)
or the `fingerprint` its refusal printed (`--accept-fingerprint`: only while the open list is
still exactly the one printed).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.errors import NotFound, Problem, ValidationError, parse_id
from meapp.models import AuditEvent, Evaluation, Program
from meapp.models import formulas as F
from meapp.models.numbers import format_number
from meapp.models.periods import Period, PeriodError
from meapp.services.common.text_norm import parse_at
from meapp.services.monitoring import status as st
from meapp.store.engine import Database

# The kinds in the order the list shows them: what distorts the figures first.
KINDS = (
    "needs_review",
    "contradicting_target",
    "missing_value",
    "overdue_measure",
    "empty_evaluation",
)
# Kinds the group is not asked about when it submits: the chair writes the evaluation after.
NOT_AT_SUBMIT = frozenset({"empty_evaluation"})
# The key of the round's audit event that lists the acknowledged items.
AUDIT_KEY = "acknowledged"
FINISHED = frozenset({"done", "cancelled"})


@dataclass(frozen=True)
class QualityItem:
    """One open item of a period.

    `detail` is written without words (a number as `734 593,3`, a year, `322,4 → 285,9`), so
    the item reads the same in every language once its sentence is translated (`text`).
    Two items are the same when their kind, subject, period and detail are: an item whose
    value changed after the user saw it is a new item that needs its own acknowledgement.
    """

    kind: str
    subject_code: str | None
    subject_name: str
    period: str
    detail: str = ""
    # the indicator or measure the item is about (to open its row); not part of its identity
    subject_id: str | None = field(default=None, compare=False)
    # the programme the item was found in: part of the fingerprint (`fingerprint`), so the
    # fingerprint of another programme's identical list acknowledges nothing here
    program_id: str | None = field(default=None, compare=False)

    @property
    def subject(self) -> str:
        return " ".join(p for p in (self.subject_code, self.subject_name) if p)

    def problem(self) -> Problem:
        """The item as a sentence of the "problems" context (translated where shown)."""
        params = {"subject": self.subject, "period": self.period, "detail": self.detail}
        if self.kind == "needs_review":
            return Problem("{subject}: the value {detail} of {period} needs review", params)
        if self.kind == "contradicting_target":
            return Problem(
                "{subject}: the target contradicts the direction (baseline → target: {detail})",
                params,
            )
        if self.kind == "missing_value":
            return Problem("{subject}: no value for {period}", params)
        if self.kind == "overdue_measure":
            return Problem(
                "measure {subject}: past its deadline ({detail}) and no status for {period}",
                params,
            )
        if self.kind == "empty_evaluation":
            return Problem("the evaluation of {period} is not written", params)
        return Problem("{subject}: {detail}", params)

    def text(self, translate=None) -> str:
        return self.problem().text(translate)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject_code": self.subject_code,
            "subject_name": self.subject_name,
            "period": self.period,
            "detail": self.detail,
        }

    @classmethod
    def from_json(cls, data: Any) -> QualityItem | None:
        """An item as an audit event recorded it; None for anything else."""
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str):
            return None
        return cls(
            data["kind"],
            data.get("subject_code") or None,
            str(data.get("subject_name") or ""),
            str(data.get("period") or ""),
            str(data.get("detail") or ""),
        )


class OpenItems(ValidationError):
    """A submit or an approval refused: data-quality items are open and not acknowledged.

    `fingerprint` is that of every item open now (what `--accept-fingerprint` repeats);
    `stale` the fingerprint given that no longer matches (None when none was given)."""

    def __init__(
        self,
        items: Sequence[QualityItem],
        *,
        period: str,
        action: str,
        fingerprint: str = "",
        stale: str | None = None,
    ) -> None:
        self.items = tuple(items)
        self.period = period
        self.action = action
        self.fingerprint = fingerprint
        self.stale = stale
        head = Problem(
            "{period}: open data-quality items not acknowledged: {n}",
            {"period": period, "n": len(self.items)},
        )
        super().__init__([head, *(item.problem() for item in self.items)])


# -- the sources ---------------------------------------------------------------------------


def _period(period: Period | str) -> Period:
    if isinstance(period, Period):
        return period
    try:
        return Period.parse(str(period).strip())
    except PeriodError as exc:
        raise ValidationError(
            "not a period: {period} (write 2024-H1, 2024-H2 or 2024)", period=str(period)
        ) from exc


def _needs_review(ps: st.ProgramStatus) -> list[QualityItem]:
    """Indicators whose figure for the period is held for review.

    Read from the status rows (`needs_review`, from `status.review_flags`: the same flags
    `review.values_needing_review` lists), not from `review` itself: `review` writes through
    `rounds` and `locks`, and `rounds` asks this module, so importing it would close a circle.
    """
    return [
        QualityItem(
            "needs_review", r.code, r.name, ps.period, format_number(r.period_value), r.indicator_id
        )
        for r in ps.indicators
        if r.status == F.NEEDS_REVIEW
    ]


def _contradicting(program: Program, ps: st.ProgramStatus, period: Period) -> list[QualityItem]:
    """Indicators whose target for the period lies on the wrong side of the baseline the
    period's figure is measured from (the same baseline the formulas use)."""
    out = []
    for r in ps.indicators:
        spec = F.IndicatorSpec(
            aggregation=r.aggregation,
            direction=r.direction,
            baseline=r.baseline,
            baseline_year=r.baseline_year,
            start_year=program.start_year,
            end_year=program.end_year,
        )
        baseline = F.progress_baseline(spec, period)
        if F.target_contradicts_direction(r.direction, baseline, r.target):
            detail = f"{format_number(baseline)} → {format_number(r.target)}"
            out.append(
                QualityItem(
                    "contradicting_target", r.code, r.name, ps.period, detail, r.indicator_id
                )
            )
    return out


def _missing(ps: st.ProgramStatus) -> list[QualityItem]:
    """Indicators without a value for the period (one held for review is named as such)."""
    return [
        QualityItem("missing_value", r.code, r.name, ps.period, "", r.indicator_id)
        for r in ps.indicators
        if r.period_value is None and r.status != F.NEEDS_REVIEW
    ]


def _past_deadline(end_year: int | None, period: Period) -> bool:
    """The period ends at or after the end of the deadline's year."""
    if end_year is None:
        return False
    if period.year != end_year:
        return period.year > end_year
    return period.end_month() == 12


def _overdue(rows: Iterable[st.MeasureRow], period: Period) -> list[QualityItem]:
    return [
        QualityItem("overdue_measure", m.code, m.title, str(period), str(m.end_year), m.measure_id)
        for m in rows
        if _past_deadline(m.end_year, period) and not m.has_entry and m.status not in FINISHED
    ]


def _evaluation_empty(session: Session, program_id: uuid.UUID, period: Period) -> bool:
    e = session.scalar(
        select(Evaluation).where(
            Evaluation.program_id == program_id, Evaluation.period == str(period)
        )
    )
    if e is None:
        return True
    parts = (e.summary, e.analysis, e.weak_points, e.recommendations, e.target_corrections)
    return not any((p or "").strip() for p in parts)


# -- the list ------------------------------------------------------------------------------


def open_items(
    session: Session,
    program_id: uuid.UUID | str,
    period: Period | str,
    *,
    action: str = "approve",
) -> list[QualityItem]:
    """What is unresolved in the programme's period, in the order of `KINDS`.

    `action="submit"` leaves out what the group is not asked about when it submits (the
    evaluation); any other action (approve, the lists of "needs attention") lists all.
    """
    pid = parse_id(program_id, "no programme {program}", program=str(program_id))
    program = session.get(Program, pid)
    if program is None:
        raise NotFound("no programme {program}", program=str(program_id))
    p = _period(period)
    ps = st.program_status_in(session, pid, p)
    return items_of(session, program, ps, st.measure_rows_in(session, pid, p), action=action)


def items_of(
    session: Session,
    program: Program,
    ps: st.ProgramStatus,
    measures: Iterable[st.MeasureRow],
    *,
    action: str = "approve",
) -> list[QualityItem]:
    """`open_items` from a status and a measures grid of its period that the caller holds
    already (the dashboard computes both for its own figures)."""
    p = _period(ps.period)
    items = [
        *_needs_review(ps),
        *_contradicting(program, ps, p),
        *_missing(ps),
        *_overdue(measures, p),
    ]
    if action != "submit" and _evaluation_empty(session, program.id, p):
        items.append(QualityItem("empty_evaluation", None, "", str(p)))
    return [replace(item, program_id=str(program.id)) for item in items]


def needs_attention(
    db: Database, program_id: uuid.UUID | str, period: Period | str, *, action: str = "approve"
) -> list[QualityItem]:
    """`open_items` in a session of its own: the Evaluation page's and the dashboard's
    "needs attention" list, and the list the round buttons show before the decision."""
    with db.session() as s:
        return open_items(s, program_id, period, action=action)


def counts(items: Iterable[QualityItem]) -> dict[str, int]:
    """How many items of each kind (every kind present, 0 when none)."""
    out = dict.fromkeys(KINDS, 0)
    for item in items:
        out[item.kind] = out.get(item.kind, 0) + 1
    return out


# -- acknowledging ---------------------------------------------------------------------------

# The length of a fingerprint in hex digits: short enough to type, long enough that two
# lists of one period never share one by chance.
FINGERPRINT_DIGITS = 12
# How a round's items were acknowledged (the audit event's `acknowledged_how`).
HOW_ALL = "accept_warnings"  # whatever was open: the command line's bare --accept-warnings
HOW_FINGERPRINT = "fingerprint"  # the list with the fingerprint the refusal printed
HOW_SHOWN = "shown"  # the items the dialog showed


def fingerprint(items: Iterable[QualityItem]) -> str:
    """A short fingerprint of a list of items: the same items give the same one whatever
    their order; any item added, gone or changed (a value, a target) gives another. The
    programme the items were found in counts too: two programmes built from one template
    can have word for word the same list, and one's fingerprint must not pass the other's."""
    items = list(items)
    lines = sorted(json.dumps(i.as_json(), sort_keys=True, ensure_ascii=False) for i in items)
    programmes = sorted({i.program_id for i in items if i.program_id})
    lines = [*(f"programme {pid}" for pid in programmes), *lines]
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return digest[:FINGERPRINT_DIGITS]


def _given_fingerprint(text: str) -> str:
    """A typed fingerprint as compared and echoed: spaces and case do not matter; control
    characters go (echoed back in the refusal, an escape sequence would reach the terminal)."""
    return "".join(ch for ch in "".join(text.split()) if ch.isprintable()).lower()


def unacknowledged(
    items: Sequence[QualityItem], acknowledged: bool | str | Iterable[QualityItem]
) -> list[QualityItem]:
    """The open `items` that `acknowledged` does not cover (the one rule of the gate).

    True covers everything; a fingerprint (text) covers the list only while it is exactly
    the one fingerprinted (else none of it: which item is new cannot be told); a collection
    covers the items in it (the dialog's list); False covers nothing.
    """
    if acknowledged is True:
        return []
    if isinstance(acknowledged, str):
        same = _given_fingerprint(acknowledged) == fingerprint(items)
        return [] if same else list(items)
    if isinstance(acknowledged, bool):
        return list(items)
    seen = set(acknowledged)
    return [item for item in items if item not in seen]


def how_acknowledged(acknowledged: bool | str | Iterable[QualityItem]) -> str:
    if isinstance(acknowledged, str):
        return HOW_FINGERPRINT
    return HOW_ALL if acknowledged is True else HOW_SHOWN


def refusal(
    items: Sequence[QualityItem],
    acknowledged: bool | str | Iterable[QualityItem],
    *,
    period: str,
    action: str,
) -> OpenItems | None:
    """The refusal of the gate for the open `items`, or None when they are acknowledged."""
    missing = unacknowledged(items, acknowledged)
    if not missing:
        return None
    stale = _given_fingerprint(acknowledged) if isinstance(acknowledged, str) else None
    return OpenItems(
        missing, period=period, action=action, fingerprint=fingerprint(items), stale=stale
    )


# -- what was acknowledged -----------------------------------------------------------------


@dataclass(frozen=True)
class Acknowledgement:
    """Who let a round move on with open items, when, and which items."""

    action: str  # submit | approve
    period: str
    user: str | None
    at: datetime | None
    items: tuple[QualityItem, ...]


def audit_entry(items: Sequence[QualityItem], how: str = HOW_SHOWN) -> dict[str, Any]:
    """What the round's audit event adds to its `after` for acknowledged items: the exact
    list, its fingerprint and how it was acknowledged (`HOW_*`)."""
    if not items:
        return {}
    return {
        AUDIT_KEY: [item.as_json() for item in items],
        "acknowledged_fingerprint": fingerprint(items),
        "acknowledged_how": how,
    }


def acknowledgements(
    session: Session, program_id: uuid.UUID | str, periods: Iterable[Period | str]
) -> list[Acknowledgement]:
    """The items acknowledged at the approval in force of each period (the latest approval,
    when it came after the latest reopening), in the order of `periods`.

    A period whose round is not approved, or was approved with nothing open, gives nothing.
    """
    pid = str(parse_id(program_id, "no programme {program}", program=str(program_id)))
    codes = [str(_period(p)) for p in periods]
    if not codes:
        return []
    rows = session.execute(
        select(
            AuditEvent.period,
            AuditEvent.action,
            AuditEvent.user_login,
            AuditEvent.at,
            AuditEvent.after,
        )
        .where(
            AuditEvent.entity == "reporting_round",
            AuditEvent.program_id == pid,
            AuditEvent.period.in_(codes),
            AuditEvent.action.in_(("approve", "reopen")),
        )
        .order_by(AuditEvent.seq)
    ).all()
    # the last approval or reopening of each period is the one in force
    latest: dict[str, Any] = {event.period: event for event in rows}
    out = []
    for code in codes:
        event = latest.get(code)
        if event is None or event.action != "approve":
            continue
        items = _recorded_items(event.after)
        if items:
            out.append(
                Acknowledgement("approve", code, event.user_login, parse_at(event.at), items)
            )
    return out


def _recorded_items(after: str | None) -> tuple[QualityItem, ...]:
    """The items an audit event's `after` lists as acknowledged (none when unreadable)."""
    try:
        data = json.loads(after) if after else {}
    except ValueError:
        return ()
    listed = data.get(AUDIT_KEY) if isinstance(data, dict) else None
    if not isinstance(listed, list):
        return ()
    return tuple(i for i in (QualityItem.from_json(x) for x in listed) if i is not None)
