"""The evaluation of a period (the chair's narrative) and target revisions.

The narrative has five parts: summary, analysis of progress, weak points, recommendations
and proposed target corrections. `draft_evaluation` writes a first version from the figures
— which indicators are off track, which measures are delayed — for the chair to edit; it
produces user-visible text, so it takes a `translate(context, text)` callable.

A target revision changes an indicator's target for a period (or its final target) by a
council decision: the old and new value, the reason and the decision reference are kept,
and the history per indicator can be listed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import ConcurrentEdit, NotFound, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import Evaluation, Indicator, IndicatorTarget, Program, TargetRevision
from meapp.models.base import utcnow
from meapp.models.numbers import format_number, format_percent
from meapp.models.periods import Period
from meapp.services.access.users import Actor, require
from meapp.services.common.vocabulary import INDICATOR_STATUSES
from meapp.services.monitoring import locks, rounds
from meapp.services.monitoring import status as st
from meapp.services.monitoring.entry import (
    STALE,
    audit_row,
    check_version,
    indicator_in,
    to_value,
)
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

Translate = Callable[[str, str], str]
FIELDS = ("summary", "analysis", "weak_points", "recommendations", "target_corrections")
FINAL = "final"


def _identity(_ctx: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class EvaluationDTO:
    program_id: str
    period: str
    summary: str
    analysis: str
    weak_points: str
    recommendations: str
    target_corrections: str
    version: int = 0  # 0: not written yet
    updated_at: datetime | None = None


@dataclass(frozen=True)
class TargetRevisionDTO:
    id: str
    indicator_id: str
    period: str
    old_target: float | None
    new_target: float | None
    reason: str
    decision_ref: str | None
    revised_by: str | None
    revised_at: datetime | None


def _pid(value) -> uuid.UUID:
    return rounds.as_uuid(value)


def _dto(program_id, period: str, e: Evaluation | None) -> EvaluationDTO:
    if e is None:
        return EvaluationDTO(str(program_id), period, "", "", "", "", "")
    return EvaluationDTO(
        str(e.program_id),
        e.period,
        e.summary or "",
        e.analysis or "",
        e.weak_points or "",
        e.recommendations or "",
        e.target_corrections or "",
        e.version,
        e.updated_at,
    )


def get_evaluation(db: Database, program_id, period: Period | str) -> EvaluationDTO:
    code = str(rounds.as_period(period))
    with db.session() as s:
        e = s.scalar(
            select(Evaluation).where(
                Evaluation.program_id == _pid(program_id), Evaluation.period == code
            )
        )
        return _dto(program_id, code, e)


def save_evaluation(
    db: Database,
    actor: Actor,
    program_id,
    period: Period | str,
    *,
    expected_version: int | None = None,
    **texts: str | None,
) -> EvaluationDTO:
    """Store the narrative; parts passed as None (or left out) stay as they are."""
    require(actor, "evaluation.write")
    unknown = set(texts) - set(FIELDS)
    if unknown:
        raise ValidationError("unknown part of the evaluation: {part}", part=sorted(unknown)[0])
    try:
        with db.session() as s, s.begin():
            program = s.get(Program, _pid(program_id))
            if program is None:
                raise NotFound("no programme {program}", program=str(program_id))
            p = rounds.check_program_period(program, period, strict_frequency=False)
            code = str(p)
            locks.ensure_period_open(s, program.id, p, exact=True)
            e = s.scalar(
                select(Evaluation).where(
                    Evaluation.program_id == program.id, Evaluation.period == code
                )
            )
            check_version(e.version if e is not None else 0, expected_version)
            before = audit.snapshot(e) if e is not None else None
            if e is None:
                e = Evaluation(program_id=program.id, period=code)
                s.add(e)
            changed = False
            for name, value in texts.items():
                if value is None:
                    continue
                new = value.strip() or None
                if getattr(e, name) != new:
                    setattr(e, name, new)
                    changed = True
            if not changed and before is not None:
                return _dto(program.id, code, e)
            s.flush()
            audit_row(s, actor, "evaluation", e, program_id=program.id, period=code, before=before)
            return _dto(program.id, code, e)
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit(STALE) from exc


# -- the draft ---------------------------------------------------------------------------

_CTX = "evaluation"
_T_SUMMARY = QT_TRANSLATE_NOOP(
    _CTX,
    "Programme progress in {period}: {progress} ({status}). Indicators: {on_track} on track, "
    "{at_risk} at risk, {off_track} off track, {no_data} without data. Measures: {done} done, "
    "{in_progress} in progress, {not_started} not started, {delayed} delayed, "
    "{cancelled} cancelled.",
)
_T_BUDGET = QT_TRANSLATE_NOOP(
    _CTX, "Budget: {spent} som spent of {planned} som planned ({execution})."
)
_T_OFF = QT_TRANSLATE_NOOP(_CTX, "Indicators off track:")
_T_OFF_LINE = QT_TRANSLATE_NOOP(
    _CTX, "{code} {name}: actual {actual}, target {target} {unit} (progress {progress})"
)
_T_DELAYED = QT_TRANSLATE_NOOP(_CTX, "Delayed measures:")
_T_DELAYED_LINE = QT_TRANSLATE_NOOP(_CTX, "{code} {title} (responsible: {executor})")
_T_NO_DATA = QT_TRANSLATE_NOOP(_CTX, "Indicators without data for the period:")
_T_CORRECTION_LINE = QT_TRANSLATE_NOOP(
    _CTX, "{code} {name}: review the target {target} {unit} (progress {progress})"
)
_T_ANALYSIS = QT_TRANSLATE_NOOP(_CTX, "Progress by priority direction:")
_T_DIRECTION_LINE = QT_TRANSLATE_NOOP(_CTX, "{code} {title}: {progress} ({status})")
_T_CHANGE = QT_TRANSLATE_NOOP(
    _CTX, "Programme progress was {previous} in {previous_period} and is {progress} now."
)


def _status_word(code: str, tr: Translate) -> str:
    """The vocabulary's word for an indicator status, as it stands in a sentence."""
    words = INDICATOR_STATUSES
    return words.word(code if code in words else "no_data", tr, in_text=True)


def draft_evaluation(
    db: Database,
    program_id,
    period: Period | str,
    translate: Translate | None = None,
    *,
    keep_written: bool = True,
    period_name: Callable[[str], str] | None = None,
) -> EvaluationDTO:
    """A first version of the narrative from the figures (not saved; the chair edits it).

    Parts the chair already wrote are kept and the draft fills the empty ones; with
    `keep_written=False` every part is the draft's own (the evaluation page compares the two
    and asks before it replaces what the chair wrote). `period_name` turns a period code
    into words of the caller's language (the code itself by default).
    """
    tr = translate or _identity
    ps = st.program_status(db, program_id, period)
    current = get_evaluation(db, program_id, ps.period)

    def t(text: str, **params) -> str:
        return tr(_CTX, text).format(**params)

    name_of = period_name or str
    summary = t(
        _T_SUMMARY,
        period=name_of(ps.period),
        progress=format_percent(ps.program_progress),
        status=_status_word(ps.program_status, tr),
        **ps.status_counts,
        **ps.measures,
    )
    if ps.budget_total is not None and ps.budget_total.planned > 0:
        summary += " " + t(
            _T_BUDGET,
            spent=format_number(ps.budget_total.spent),
            planned=format_number(ps.budget_total.planned),
            execution=format_percent(ps.budget_total.execution, 1),
        )
    analysis: list[str] = []
    if ps.previous_period and ps.previous_progress is not None:
        analysis.append(
            t(
                _T_CHANGE,
                previous=format_percent(ps.previous_progress),
                previous_period=name_of(ps.previous_period),
                progress=format_percent(ps.program_progress),
            )
        )
    directions = [r for r in ps.rollups if r.kind == "direction"]
    if directions:
        analysis.append(tr(_CTX, _T_ANALYSIS))
        analysis.extend(
            "- "
            + t(
                _T_DIRECTION_LINE,
                code=r.code or "",
                title=r.title,
                progress=format_percent(r.progress),
                status=_status_word(r.status, tr),
            ).strip()
            for r in directions
        )
    weak: list[str] = []
    off = [r for r in ps.indicators if r.status == "off_track"]
    if off:
        weak.append(tr(_CTX, _T_OFF))
        weak.extend(
            "- "
            + t(
                _T_OFF_LINE,
                code=r.code or "",
                name=r.name,
                actual=format_number(r.actual),
                target=format_number(r.target),
                unit=r.unit or "",
                progress=format_percent(r.progress),
            ).strip()
            for r in off
        )
    rows = st.measure_rows(db, program_id, ps.period)
    delayed = [m for m in rows if m.status == "delayed"]
    if delayed:
        if weak:
            weak.append("")
        weak.append(tr(_CTX, _T_DELAYED))
        weak.extend(
            "- " + t(_T_DELAYED_LINE, code=m.code or "", title=m.title, executor=m.executor or "–")
            for m in delayed
        )
    missing = [r for r in ps.indicators if r.actual is None]
    if missing:
        if weak:
            weak.append("")
        weak.append(tr(_CTX, _T_NO_DATA))
        weak.extend(f"- {(r.code or '')} {r.name}".rstrip() for r in missing)
    corrections = [
        "- "
        + t(
            _T_CORRECTION_LINE,
            code=r.code or "",
            name=r.name,
            target=format_number(r.target),
            unit=r.unit or "",
            progress=format_percent(r.progress),
        ).strip()
        for r in off
    ]
    drafted = {
        "summary": summary,
        "analysis": "\n".join(analysis),
        "weak_points": "\n".join(weak),
        "recommendations": "",
        "target_corrections": "\n".join(corrections),
    }
    if keep_written:
        drafted = {name: getattr(current, name) or text for name, text in drafted.items()}
    return EvaluationDTO(
        current.program_id,
        ps.period,
        **drafted,
        version=current.version,
        updated_at=current.updated_at,
    )


# -- target revisions --------------------------------------------------------------------


def _rev_dto(r: TargetRevision) -> TargetRevisionDTO:
    return TargetRevisionDTO(
        str(r.id),
        str(r.indicator_id),
        r.period,
        r.old_target,
        r.new_target,
        r.reason,
        r.decision_ref,
        r.revised_by,
        r.revised_at,
    )


def revise_target(
    db: Database,
    actor: Actor,
    indicator_id,
    period: Period | str,
    new_target: float | int | str | None,
    reason: str,
    decision_ref: str | None = None,
    expected_version: int | None = None,
) -> TargetRevisionDTO:
    """Change a target (of a year, a half-year, or `final`) with a reason and a decision.

    `expected_version` is the version of the target row the user saw (0: none yet).
    A period of an approved round cannot be revised.
    """
    require(actor, "evaluation.write")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("a target revision needs a reason")
    value = to_value(new_target)
    try:
        iid = uuid.UUID(str(indicator_id))
    except ValueError as exc:
        raise NotFound("no indicator {indicator}", indicator=str(indicator_id)) from exc
    try:
        with db.session() as s, s.begin():
            ind, program = indicator_in(s, iid, indicator_id)
            if str(period).strip().lower() == FINAL:
                code = FINAL
                check_version(ind.version, expected_version)
                old = ind.final_target
                before: dict | None = audit.snapshot(ind)
                ind.final_target = value
                s.flush()
                audit_row(
                    s, actor, "indicator", ind, program_id=program.id, before=before, reason=reason
                )
            else:
                p = rounds.check_program_period(program, period, strict_frequency=False)
                code = str(p)
                locks.ensure_period_open(s, program.id, p)
                t = s.scalar(
                    select(IndicatorTarget).where(
                        IndicatorTarget.indicator_id == ind.id, IndicatorTarget.period == code
                    )
                )
                check_version(t.version if t is not None else 0, expected_version)
                old = t.value if t is not None else None
                before = audit.snapshot(t) if t is not None else None
                if t is None:
                    t = IndicatorTarget(indicator_id=ind.id, period=code, value=value)
                    s.add(t)
                else:
                    t.value = value
                    t.text = None
                s.flush()
                audit_row(
                    s,
                    actor,
                    "indicator_target",
                    t,
                    program_id=program.id,
                    period=code,
                    before=before,
                    reason=reason,
                )
            rev = TargetRevision(
                indicator_id=ind.id,
                period=code,
                old_target=old,
                new_target=value,
                reason=reason,
                decision_ref=(decision_ref or "").strip() or None,
                revised_by=actor.login,
                revised_at=utcnow(),
            )
            s.add(rev)
            s.flush()
            period_code = None if code == FINAL else code
            audit_row(
                s,
                actor,
                "target_revision",
                rev,
                program_id=program.id,
                period=period_code,
                reason=reason,
            )
            return _rev_dto(rev)
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit(STALE) from exc


def target_history(db: Database, indicator_id) -> list[TargetRevisionDTO]:
    """The revisions of one indicator's targets, oldest first."""
    try:
        iid = uuid.UUID(str(indicator_id))
    except ValueError as exc:
        raise NotFound("no indicator {indicator}", indicator=str(indicator_id)) from exc
    with db.session() as s:
        return [
            _rev_dto(r)
            for r in s.scalars(
                select(TargetRevision)
                .where(TargetRevision.indicator_id == iid)
                .order_by(TargetRevision.revised_at, TargetRevision.created_at)
            )
        ]


def program_revisions(db: Database, program_id) -> list[TargetRevisionDTO]:
    """All target revisions of a programme (for the evaluation page and the reports)."""
    with db.session() as s:
        return [
            _rev_dto(r)
            for r in s.scalars(
                select(TargetRevision)
                .join(Indicator, Indicator.id == TargetRevision.indicator_id)
                .where(Indicator.program_id == _pid(program_id))
                .order_by(TargetRevision.revised_at, TargetRevision.created_at)
            )
        ]
