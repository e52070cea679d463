"""Warnings about figures that look wrong (PRODUCT.md §3 "Validation").

A warning never changes a value: the functions here only look and return `Problem`s, which
the grid shows beside the cell and the importers list after the import. Hard errors (not a
number, a locked period) are raised by the services that write, not here.

Numbers in warning parameters are already formatted the Kyrgyz way (`734 593,3`), so the UI
and the command line can drop them into the translated sentence as they are.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from sqlalchemy import select

from meapp.errors import Problem
from meapp.models import Indicator, IndicatorTarget, PlanItem
from meapp.models.numbers import MAX_ABS, MIN_ABS, format_number, representable
from meapp.models.periods import Period
from meapp.store.engine import Database

K = TypeVar("K")
OUTLIER_FACTOR = 3.0
# Two orders of magnitude off the series: not a bad half-year but a slip (×1000, metres for
# kilometres, som for thousand som). Such a value is held for review (`implausible`).
MAGNITUDE_FACTOR = 100.0
# Reasons a value is held out of the roll-ups until an evaluator confirms it.
MAGNITUDE = "magnitude"
UNIT_RANGE = "unit_range"
UNREPRESENTABLE = "unrepresentable"
# A municipality's figures in thousand or million som do not reach these: such a value was
# probably typed in som.
_THOUSAND_WORDS = ("миң", "тыс", "thousand", "мин сом")
_MILLION_WORDS = ("млн", "million", "миллион")


@lru_cache(maxsize=512)
def _unit_scale(unit: str | None) -> str | None:
    """`percent`, `thousand`, `million` or None, from the unit as the council wrote it."""
    text = (unit or "").strip().lower()
    if text in ("%", "пайыз", "процент"):
        return "percent"
    if any(w in text for w in _MILLION_WORDS):
        return "million"
    if any(w in text for w in _THOUSAND_WORDS):
        return "thousand"
    return None


def _num(value: float | None) -> str:
    return format_number(value)


def value_warnings(
    value: float | None,
    *,
    value_type: str,
    unit: str | None = None,
    previous: tuple[Period, float] | None = None,
) -> list[Problem]:
    """Type, unit and outlier warnings for one actual value."""
    if value is None:
        return []
    out: list[Problem] = []
    scale = _unit_scale(unit)
    if value_type == "percent" or scale == "percent":
        if value < 0 or value > 100:
            out.append(
                Problem("a percentage lies between 0 and 100: {value}", {"value": _num(value)})
            )
    elif value_type == "milestone":
        if value not in (0.0, 1.0):
            out.append(
                Problem(
                    "a milestone is 1 (reached) or 0 (not yet): {value}", {"value": _num(value)}
                )
            )
    elif value < 0:
        out.append(Problem("a negative value: {value}", {"value": _num(value)}))
    if (scale == "million" and abs(value) >= 1e5) or (scale == "thousand" and abs(value) >= 1e7):
        out.append(
            Problem(
                "{value} is very large for {unit}: was it typed in som?",
                {"value": _num(value), "unit": unit or ""},
            )
        )
    if previous is not None and value_type != "milestone":
        problem = outlier(value, previous[1], previous[0])
        if problem is not None:
            out.append(problem)
    return out


def outlier(value: float, previous: float, previous_period: Period | str) -> Problem | None:
    """More than 3 times or less than a third of the previous value: a unit mix-up?

    A factor too large to write as a number (1e-320 after 5, 1e300 after 0,001) is said in
    words ("far less than"), never as "inf times".
    """
    if previous is None or value is None or previous <= 0 or value <= 0:
        return None
    factor = value / previous
    if 1.0 / OUTLIER_FACTOR <= factor <= OUTLIER_FACTOR:
        return None
    params = {"previous": _num(previous), "period": str(previous_period)}
    # a stored subnormal (1e-320, written before the parsers refused it) after 6100 gives a
    # factor of 0: said in words, never divided by
    if factor == 0 or not representable(factor) or not representable(1.0 / factor):
        if factor > 1.0:
            return Problem("far more than in {period} ({previous})", params)
        return Problem("far less than in {period} ({previous})", params)
    if factor > OUTLIER_FACTOR:
        params["factor"] = format_number(round(factor, 0 if factor >= 10 else 1))
        if 300 <= factor <= 3000:
            return Problem(
                "{factor} times more than in {period} ({previous}): did you mean thousand som?",
                params,
            )
        return Problem("{factor} times more than in {period} ({previous})", params)
    if factor < 1.0 / OUTLIER_FACTOR:
        inverse = 1.0 / factor
        params["factor"] = format_number(round(inverse, 0 if inverse >= 10 else 1))
        if 300 <= inverse <= 3000:
            return Problem(
                "{factor} times less than in {period} ({previous}): was it typed in thousand som?",
                params,
            )
        return Problem("{factor} times less than in {period} ({previous})", params)
    return None


def _unit_range(value_type: str, unit: str | None) -> tuple[float, float]:
    """[lowest, highest) the value type and unit allow: the range rules of `value_warnings`
    (a percentage 0–100, no negative count, no sum in thousand or million som that reads
    as som). A milestone (0 or 1) is judged apart."""
    scale = _unit_scale(unit)
    if value_type == "percent" or scale == "percent":
        return 0.0, math.nextafter(100.0, math.inf)
    if scale == "million":
        return 0.0, 1e5
    if scale == "thousand":
        return 0.0, 1e7
    return 0.0, math.inf


Judge = Callable[[float, float | None], str | None]


@lru_cache(maxsize=512)
def plausibility(value_type: str, unit: str | None) -> Judge:
    """`implausible` for one indicator's values, with its unit's range worked out once
    (the oblast roll-up judges 50 000 values)."""
    low, high = _unit_range(value_type, unit)
    milestone = value_type == "milestone"

    def judge(value: float, reference: float | None) -> str | None:
        if not -MAX_ABS <= value <= MAX_ABS:  # `representable`, inline (NaN fails too)
            return UNREPRESENTABLE
        if value and -MIN_ABS < value < MIN_ABS:  # subnormal: not representable either
            return UNREPRESENTABLE
        if milestone:
            return None if value in (0.0, 1.0) else UNIT_RANGE
        if not low <= value < high:
            return UNIT_RANGE
        if reference is not None and reference > 0 and value > 0:
            factor = value / reference
            if not (1.0 / MAGNITUDE_FACTOR < factor < MAGNITUDE_FACTOR):
                return MAGNITUDE
        return None

    return judge


def implausible(
    value: float | None,
    *,
    value_type: str,
    unit: str | None = None,
    references: Iterable[float | None] = (),
) -> str | None:
    """Why a stored actual is held for review, or None when it may be counted.

    `unrepresentable`: no number, not finite, beyond ±10^15 or subnormal (written past the
    parsers, e.g. with a SQLite tool) — never computed with, even when confirmed. `unit_range`: outside what the
    unit allows (a percentage outside 0–100, a negative count, a milestone other than 0/1,
    a sum in thousand som that reads as som). `magnitude`: two orders of magnitude off the
    series — the first positive of `references` (the previous value, then the baseline,
    then the target), so that a first entry of 1 200,8 km against 2,5 km is caught too.
    These are the warning rules of `value_warnings`, at the strength that makes a value a
    slip rather than a surprise.
    """
    if value is None:
        return None
    if not representable(value):  # a text stored with a SQLite tool is no number either
        return UNREPRESENTABLE
    reference = next((r for r in references if r is not None and r > 0), None)
    return plausibility(value_type, unit)(float(value), reference)


def missing_target(target: float | None, period: Period | str) -> Problem | None:
    if target is not None:
        return None
    return Problem("no target for {period}", {"period": str(period)})


def parts_warning(total: float | None, parts: Iterable[tuple[str, float | None]]) -> Problem | None:
    """A total that differs from the sum of its parts (only when every part has a value)."""
    parts = list(parts)
    if total is None or not parts or any(v is None for _, v in parts):
        return None
    s = math.fsum(float(v) for _, v in parts if v is not None)
    if abs(s - total) <= 0.005 * max(1.0, abs(total)):
        return None
    return Problem(
        "the parts {parts} add up to {sum}, not {total}",
        {"parts": ", ".join(code for code, _ in parts), "sum": _num(s), "total": _num(total)},
    )


def find_parts(indicators: Iterable[tuple[K, str | None, str | None]]) -> dict[K, list[K]]:
    """Totals and their parts by code: `3.1` is the total of `3.1.1`, `3.1.2` in the same unit.

    Takes (id, code, unit) and returns {total id: [part ids in code order]}. Only direct
    children count, and only when there are at least two.
    """
    rows = [(i, (c or "").strip().rstrip("."), (u or "").strip().lower()) for i, c, u in indicators]
    by_code = {c: (i, u) for i, c, u in rows if c}
    found: dict[K, list[tuple[str, K]]] = {}
    for i, code, unit in rows:
        if not code or "." not in code:
            continue
        parent = code.rsplit(".", 1)[0]
        hit = by_code.get(parent)
        if hit is not None and hit[1] == unit:
            found.setdefault(hit[0], []).append((code, i))
    return {
        total: [i for _, i in sorted(kids, key=lambda ci: _code_key(ci[0]))]
        for total, kids in found.items()
        if len(kids) >= 2
    }


def _code_key(code: str) -> tuple:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in code.split("."))


def measure_warnings(
    *,
    status: str | None,
    percent: float | None,
    period: Period,
    end_year: int | None,
    spent_to_date: Mapping[str, float],
    planned: Mapping[str, float],
) -> list[Problem]:
    """Contradictions in a measure's progress row (status, per cent, money, deadline)."""
    out: list[Problem] = []
    if status == "done" and percent is not None and percent < 100:
        out.append(Problem("marked done but {percent} % complete", {"percent": _num(percent)}))
    if percent is not None and percent >= 100 and status not in ("done", "cancelled", None):
        out.append(Problem("100 % complete but not marked done"))
    if status in (None, "not_started") and any(v > 0 for v in spent_to_date.values()):
        out.append(Problem("money was spent but the measure is not started"))
    if end_year is not None and period.year > end_year and status in ("not_started", "in_progress"):
        out.append(Problem("past its deadline ({year}) and not done: delayed?", {"year": end_year}))
    for source, spent in sorted(spent_to_date.items()):
        plan = planned.get(source, 0.0)
        if spent > plan * 1.0001 and spent > 0:
            out.append(
                Problem(
                    "spent {spent} from {source}, more than the {planned} planned",
                    {"spent": _num(spent), "source": source, "planned": _num(plan)},
                )
            )
    return out


# -- the plan as a whole -----------------------------------------------------------------


@dataclass(frozen=True)
class PlanWarning:
    """A warning about one plan item or indicator (for the plan and monitoring pages)."""

    entity: str  # "measure" | "indicator"
    entity_id: str
    code: str | None
    problem: Problem


def plan_warnings(db: Database, program_id: uuid.UUID | str) -> list[PlanWarning]:
    """Measures without an indicator or executor, indicators without any target."""
    pid = program_id if isinstance(program_id, uuid.UUID) else uuid.UUID(str(program_id))
    with db.session() as s:
        items = s.execute(
            select(
                PlanItem.id,
                PlanItem.parent_id,
                PlanItem.kind,
                PlanItem.code,
                PlanItem.title,
                PlanItem.lead_executor,
                PlanItem.position,
            )
            .where(PlanItem.program_id == pid)
            .order_by(PlanItem.position)
        ).all()
        inds = s.execute(
            select(
                Indicator.id,
                Indicator.plan_item_id,
                Indicator.code,
                Indicator.name,
                Indicator.final_target,
            )
            .where(Indicator.program_id == pid)
            .order_by(Indicator.position, Indicator.code)
        ).all()
        with_targets = set(
            s.scalars(
                select(IndicatorTarget.indicator_id)
                .join(Indicator, Indicator.id == IndicatorTarget.indicator_id)
                .where(Indicator.program_id == pid, IndicatorTarget.value.is_not(None))
                .distinct()
            )
        )
    parent = {i.id: i.parent_id for i in items}
    has_indicator = {i.plan_item_id for i in inds if i.plan_item_id is not None}
    out: list[PlanWarning] = []
    for it in items:
        if it.kind != "measure":
            continue
        params = {"code": it.code or "", "title": it.title}
        if not (it.lead_executor or "").strip():
            out.append(
                PlanWarning(
                    "measure",
                    str(it.id),
                    it.code,
                    Problem("measure {code} has no responsible executor", params),
                )
            )
        node: uuid.UUID | None = it.id
        linked = False
        while node is not None:
            if node in has_indicator:
                linked = True
                break
            node = parent.get(node)
        if not linked:
            out.append(
                PlanWarning(
                    "measure",
                    str(it.id),
                    it.code,
                    Problem("measure {code} has no indicator", params),
                )
            )
    for ind in inds:
        if ind.id not in with_targets and ind.final_target is None:
            out.append(
                PlanWarning(
                    "indicator",
                    str(ind.id),
                    ind.code,
                    Problem(
                        "indicator {code} has no targets",
                        {"code": ind.code or "", "title": ind.name},
                    ),
                )
            )
    return out
