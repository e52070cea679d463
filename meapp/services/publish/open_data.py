"""Open data of one programme and period: indicators and measures as CSV and JSON.

The figures are those of `meapp status --json` (progress as a fraction, plain numbers with a
point, empty/null without data), so a script that reads the CSV gets what the app shows;
`SCHEMA` documents every column and is written beside the files. Measures carry their
budget per year (issue 21): the year's planned amount and what was spent in that year's
periods up to the end of the period (`plan.budget_years.execution`, the figures of the
dashboard and the annual report), with whether the council split the cost by year.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Sequence
from typing import Any

from meapp.services.common.vocabulary import FUNDING_SOURCES
from meapp.services.monitoring.status import IndicatorStatus, MeasureRow, ProgramStatus
from meapp.services.plan.budget_years import TOTAL, Execution

INDICATOR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("indicator_id", "the indicator's id (UUID), the same in every export and package"),
    ("code", "the indicator's code in the plan"),
    ("name", "the indicator's name"),
    ("unit", "the unit of measurement"),
    (
        "kind",
        "cumulative (values add up over the programme), annual_sum (values add up within "
        "each year) or level",
    ),
    ("direction", "increase, decrease or keep"),
    ("period", "the period of the figures (2024-H1, 2024-H2, 2024…)"),
    ("baseline", "the value before the programme"),
    ("target", "the target for the period (running total, year to date or level)"),
    ("actual", "the figure compared with the target (running total, year to date or level)"),
    ("progress", "(actual − baseline) / (target − baseline) as a fraction: 0.5 = 50 %"),
    ("status", "on_track, at_risk, off_track, no_data or needs_review"),
)
MEASURE_COLUMNS_FIXED: tuple[tuple[str, str], ...] = (
    ("measure_id", "the measure's id (UUID)"),
    ("code", "the measure's code in the plan"),
    ("title", "what is done"),
    ("executor", "the lead executor"),
    ("deadline", "the deadline as written in the plan"),
    ("period", "the period of the status"),
    ("status", "not_started, in_progress, done, delayed or cancelled"),
    ("percent", "per cent complete (0–100)"),
    ("planned_total", "planned cost over all funding sources, thousand som"),
    ("spent_total", "spent to the end of the period over all sources, thousand som"),
)


def _num(value: float | None) -> float | None:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return round(float(value), 10)


def _sources(rows: Iterable[MeasureRow]) -> list[str]:
    seen: set[str] = set()
    for m in rows:
        seen.update(m.planned)
        seen.update(m.spent_to_date)
    known = [code for code in FUNDING_SOURCES if code in seen]
    return known + sorted(seen - set(known))


def measure_columns(
    rows: Sequence[MeasureRow], execution: Execution | None = None
) -> list[tuple[str, str]]:
    cols = list(MEASURE_COLUMNS_FIXED)
    for source in _sources(rows):
        cols.append((f"planned_{source}", f"planned cost from {source}, thousand som"))
        cols.append((f"spent_{source}", f"spent from {source} to the end of the period"))
    if execution is not None:
        cols.append(
            (
                "budget_split",
                "yes: the council gave the planned cost per year; no: one total per source, "
                "counted as spread evenly over the measure's years",
            )
        )
        for year in execution.years:
            cols.append((f"planned_{year}", f"planned for {year} over all funding sources"))
            cols.append(
                (
                    f"spent_{year}",
                    f"spent in the periods of {year} (to the end of the period) over all sources",
                )
            )
    return cols


BUDGET_YEARS_DOC = (
    "measures.json only: `budget_years` — {year: {funding source or `total`: {planned, "
    "spent, spread}}}: the year's planned amount, what was spent in that year's periods to "
    "the end of the period, and `spread` true when some of the planned amount is an even "
    "share of a total not split by year"
)


def _year_fields(rec: dict[str, Any], figures: Any, years: Sequence[int], split: bool) -> None:
    """The per-year columns of one measure, and the nested detail for the JSON."""
    rec["budget_split"] = "yes" if split else "no"
    detail: dict[str, Any] = {}
    for year in years:
        by_source = figures.get(year, {}) if figures else {}
        total = by_source.get(TOTAL)
        rec[f"planned_{year}"] = _num(total.planned) if total else None
        rec[f"spent_{year}"] = _num(total.spent) if total else None
        if by_source:
            detail[str(year)] = {
                source: {"planned": _num(f.planned), "spent": _num(f.spent), "spread": f.spread}
                for source, f in by_source.items()
            }
    rec["budget_years"] = detail


def indicator_records(ps: ProgramStatus) -> list[dict[str, Any]]:
    def record(r: IndicatorStatus) -> dict[str, Any]:
        return {
            "indicator_id": r.indicator_id,
            "code": r.code,
            "name": r.name,
            "unit": r.unit,
            "kind": r.kind,
            "direction": r.direction,
            "period": ps.period,
            "baseline": _num(r.baseline),
            "target": _num(r.target),
            "actual": _num(r.actual),
            "progress": _num(r.progress),
            "status": r.status,
        }

    return [record(r) for r in ps.indicators]


def measure_records(
    rows: Sequence[MeasureRow], period: str, execution: Execution | None = None
) -> list[dict[str, Any]]:
    """One record per measure; with `execution` (spending up to the end of `period`) its
    budget per year too."""
    import uuid

    sources = _sources(rows)
    out = []
    for m in rows:
        rec: dict[str, Any] = {
            "measure_id": m.measure_id,
            "code": m.code,
            "title": m.title,
            "executor": m.executor,
            "deadline": m.deadline,
            "period": period,
            "status": m.status,
            "percent": _num(m.percent),
            "planned_total": _num(sum(m.planned.values())) if m.planned else None,
            "spent_total": _num(sum(m.spent_to_date.values())) if m.spent_to_date else None,
        }
        for source in sources:
            rec[f"planned_{source}"] = _num(m.planned.get(source))
            rec[f"spent_{source}"] = _num(m.spent_to_date.get(source))
        if execution is not None:
            mid = uuid.UUID(str(m.measure_id))
            figures = execution.measures.get(mid, {})
            _year_fields(rec, figures, execution.years, execution.split.get(mid, True))
        out.append(rec)
    return out


def to_csv(records: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """UTF-8 CSV text (the caller writes it with a BOM so that Excel reads Cyrillic)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for rec in records:
        writer.writerow(["" if rec.get(c) is None else _cell(rec.get(c)) for c in columns])
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    return str(value)


def to_json(records: Sequence[dict[str, Any]], meta: dict[str, Any]) -> str:
    return json.dumps({**meta, "rows": list(records)}, ensure_ascii=False, indent=1) + "\n"


def schema(measure_cols: Sequence[tuple[str, str]]) -> dict[str, Any]:
    notes = []
    if any(name == "budget_split" for name, _doc in measure_cols):
        notes.append(BUDGET_YEARS_DOC)
    return {
        "files": {
            "indicators.csv / indicators.json": dict(INDICATOR_COLUMNS),
            "measures.csv / measures.json": dict(measure_cols),
        },
        "notes": [
            "CSV: UTF-8 with a byte-order mark, comma-separated, a point as decimal mark, "
            "an empty cell where there is no figure.",
            "JSON: the same columns as keys; null where there is no figure.",
            "The figures are those of `meapp status --json` for the period.",
            *notes,
        ],
    }
