"""The SHA-256 fingerprint of a programme-period's approved data, printed on the signature page.

The fingerprint lets anyone holding the database check that the figures a signed report
shows are the figures that were approved: the signing and verifying code recompute it and
compare it with the printed one. It must therefore be deterministic across machines,
SQLite and PostgreSQL, backups and exchange packages: it is taken over a canonical JSON
(sorted keys, rows ordered by their UUIDs, floats in Python's shortest round-trip form,
no timestamps, versions or user names) of what the period's report is made of:

* the actuals of the period (and, for a year, of its half-years and quarters): value, comment;
* the indicators' definitions that turn them into progress: baseline, direction, kind, and the
  targets of every period up to the end of the reported year;
* measure progress of the period: status, per cent complete, comment, spending per source;
* the evaluation narrative of the period.
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.errors import NotFound, ValidationError
from meapp.models import (
    Actual,
    Evaluation,
    Indicator,
    IndicatorTarget,
    MeasureProgress,
    MeasureSpending,
    PlanItem,
    Program,
)
from meapp.models.periods import Period, PeriodError
from meapp.store.engine import Database

SCHEME = "meapp-fingerprint-1"


def _num(value: float | None) -> float | None:
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None  # a text or blob written into a number column with a SQLite tool
    v = float(value)
    if math.isnan(v) or math.isinf(v):
        return None
    return 0.0 if v == 0 else v


def _text(value: str | None) -> str | None:
    return None if value is None else str(value)


def _covered(period: Period, code: str) -> bool:
    try:
        other = Period.parse(code)
    except PeriodError:
        return False
    return period.contains(other)


def _not_later(period: Period, code: str) -> bool:
    try:
        other = Period.parse(code)
    except PeriodError:
        return False
    return other.year <= period.year


def fingerprint_payload(db: Database, program_id: uuid.UUID | str, period: Period | str) -> dict:
    """The canonical data the fingerprint is taken over (also useful to explain a mismatch)."""
    try:
        pid = program_id if isinstance(program_id, uuid.UUID) else uuid.UUID(str(program_id))
    except ValueError as exc:
        raise NotFound("no programme {program}", program=str(program_id)) from exc
    try:
        p = period if isinstance(period, Period) else Period.parse(str(period))
    except PeriodError as exc:
        raise ValidationError("not a period: {period}", period=str(period)) from exc
    with db.session() as s:
        if s.get(Program, pid) is None:
            raise NotFound("no programme {program}", program=str(program_id))
        indicators = _indicators(s, pid, p)
        measures = _measures(s, pid, p)
        evaluation = _evaluation(s, pid, p)
    return {
        "scheme": SCHEME,
        "program_id": str(pid),
        "period": str(p),
        "indicators": indicators,
        "measures": measures,
        "evaluation": evaluation,
    }


def _indicators(s: Session, pid: uuid.UUID, p: Period) -> dict[str, Any]:
    """Each indicator's definition (what turns its actuals into progress), its targets of
    every period up to the end of the reported year (those the report's progress and derived
    targets may be computed from) and its actuals of the period and the periods inside it."""
    indicators: dict[str, Any] = {}
    for ind in s.scalars(select(Indicator).where(Indicator.program_id == pid)):
        indicators[str(ind.id)] = {
            "aggregation": ind.aggregation,
            "baseline": _num(ind.baseline_value),
            "baseline_year": ind.baseline_year,
            "direction": ind.direction,
            "final_target": _num(ind.final_target),
            "unit": _text(ind.unit),
            "value_type": ind.value_type,
            "weight": _num(ind.weight),
            "targets": {},
            "actuals": {},
        }
    for tid, tperiod, tvalue in s.execute(
        select(IndicatorTarget.indicator_id, IndicatorTarget.period, IndicatorTarget.value)
        .join(Indicator, Indicator.id == IndicatorTarget.indicator_id)
        .where(Indicator.program_id == pid)
    ):
        if _not_later(p, tperiod) and str(tid) in indicators:
            indicators[str(tid)]["targets"][tperiod] = _num(tvalue)
    for aid, aperiod, avalue, acomment in s.execute(
        select(Actual.indicator_id, Actual.period, Actual.value, Actual.comment)
        .join(Indicator, Indicator.id == Actual.indicator_id)
        .where(Indicator.program_id == pid)
    ):
        if _covered(p, aperiod) and str(aid) in indicators:
            indicators[str(aid)]["actuals"][aperiod] = {
                "comment": _text(acomment),
                "value": _num(avalue),
            }
    return indicators


def _measures(s: Session, pid: uuid.UUID, p: Period) -> dict[str, dict]:
    """Measure progress of the period and the periods inside it, by measure and period,
    each with its spending per funding source (read only when there is progress to hang
    it on)."""
    measures: dict[str, dict] = {}
    progress_ids: dict[uuid.UUID, dict] = {}
    for mp in s.scalars(
        select(MeasureProgress)
        .join(PlanItem, PlanItem.id == MeasureProgress.measure_id)
        .where(PlanItem.program_id == pid)
    ):
        if not _covered(p, mp.period):
            continue
        entry: dict[str, Any] = {
            "comment": _text(mp.comment),
            "percent": _num(mp.percent_complete),
            "spent": {},
            "status": mp.status,
        }
        measures.setdefault(str(mp.measure_id), {})[mp.period] = entry
        progress_ids[mp.id] = entry
    if progress_ids:
        for prid, source, amount in s.execute(
            select(MeasureSpending.progress_id, MeasureSpending.source, MeasureSpending.amount)
            .join(MeasureProgress, MeasureProgress.id == MeasureSpending.progress_id)
            .join(PlanItem, PlanItem.id == MeasureProgress.measure_id)
            .where(PlanItem.program_id == pid)
        ):
            if prid in progress_ids:
                progress_ids[prid]["spent"][source] = _num(amount)
    return measures


def _evaluation(s: Session, pid: uuid.UUID, p: Period) -> dict[str, Any] | None:
    """The evaluation narrative of exactly the period (not of the periods inside it: a
    year's report carries the year's evaluation), or None when there is none."""
    evaluations = {}
    for ev in s.scalars(select(Evaluation).where(Evaluation.program_id == pid)):
        if ev.period == str(p):
            evaluations[ev.period] = {
                "analysis": _text(ev.analysis),
                "recommendations": _text(ev.recommendations),
                "summary": _text(ev.summary),
                "target_corrections": _text(ev.target_corrections),
                "weak_points": _text(ev.weak_points),
            }
    return evaluations.get(str(p))


def canonical_json(payload: dict) -> bytes:
    return json.dumps(
        payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def data_fingerprint(db: Database, program_id: uuid.UUID | str, period: Period | str) -> str:
    """SHA-256 (64 lowercase hex digits) of the programme-period's approved data."""
    return hashlib.sha256(canonical_json(fingerprint_payload(db, program_id, period))).hexdigest()


def format_fingerprint(digest: str) -> str:
    """64 hex digits in groups of four, as printed on the signature page (easier to compare)."""
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))
