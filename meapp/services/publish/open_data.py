"""Open data of one programme and period: indicators and measures as CSV and JSON.

The figures are those of `meapp status --json` (progress as a fraction, plain numbers with a
point, empty/null without data), so a script that reads the CSV gets what the app shows;
`SCHEMA` documents every column and is written beside the files.
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

INDICATOR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("indicator_id", "the indicator's id (UUID), the same in every export and package"),
    ("code", "the indicator's code in the plan"),
    ("name", "the indicator's name"),
    ("unit", "the unit of measurement"),
    ("kind", "cumulative (values add up over the programme) or level"),
    ("direction", "increase, decrease or keep"),
    ("period", "the period of the figures (2024-H1, 2024-H2, 2024…)"),
    ("baseline", "the value before the programme"),
    ("target", "the target for the period (running total or level)"),
    ("actual", "the figure compared with the target (running total or level)"),
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


def measure_columns(rows: Sequence[MeasureRow]) -> list[tuple[str, str]]:
    cols = list(MEASURE_COLUMNS_FIXED)
    for source in _sources(rows):
        cols.append((f"planned_{source}", f"planned cost from {source}, thousand som"))
        cols.append((f"spent_{source}", f"spent from {source} to the end of the period"))
    return cols


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


def measure_records(rows: Sequence[MeasureRow], period: str) -> list[dict[str, Any]]:
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
        ],
    }
