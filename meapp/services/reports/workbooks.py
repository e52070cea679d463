"""The Excel exports behind one call: the indicator performance table, the action plan and the
indicator matrix — the entry point the Reports page and the command line share.

The plan and matrix workbooks are built by `meapp.services.plan.export` (the council's own
layouts); this module only gives them the same shape as the IPTT export: a language's
translate callable (the source text for gaps), `progress(done, total)` and `cancelled()`.
A cancelled export writes no file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from meapp.errors import ValidationError
from meapp.services.reports.texts import Translate
from meapp.store.engine import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

WORKBOOK_KINDS = ("iptt", "plan", "matrix")


@dataclass(frozen=True)
class WorkbookResult:
    path: str
    kind: str
    period: str | None  # the period whose status the plan shows; None for iptt and matrix
    indicators: int | None = None  # iptt: the indicator rows
    periods: tuple[str, ...] = ()  # iptt: the period columns


def _source_text(_context: str, text: str) -> str:
    return text


def _cancel_check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        from meapp.services.reports.half_year import ReportCancelled

        raise ReportCancelled("the export was cancelled")


def export_workbook(
    db: Database,
    program_id: uuid.UUID | str,
    kind: str,
    path: str | Path,
    translate: Translate | None,
    lang: str = "ky",
    *,
    period: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> WorkbookResult:
    """Write the workbook of `kind` (iptt, plan, matrix) to `path`.

    For `plan`, `period` chooses the status and spending shown beside the measures (the
    latest period with data when None).
    """
    if kind not in WORKBOOK_KINDS:
        raise ValidationError(
            "unknown workbook {kind}; use one of {kinds}",
            kind=kind,
            kinds=", ".join(WORKBOOK_KINDS),
        )
    _cancel_check(cancelled)
    if kind == "iptt":
        from meapp.services.reports.excel_iptt import export_iptt

        res = export_iptt(
            db, program_id, path, translate, lang, progress=progress, cancelled=cancelled
        )
        return WorkbookResult(res.path, kind, None, res.indicators, res.periods)
    from meapp.services.plan import export as plan_export

    tr = translate or _source_text
    target = Path(path)
    if kind == "plan":
        from meapp.services.monitoring.status import latest_period

        shown = period or str(latest_period(db, program_id))

        def step(done: int, total: int) -> None:
            # the plan export has no cancel of its own: its progress calls are the points
            # where a cancel takes effect (it writes the file only at the end)
            _cancel_check(cancelled)
            if progress is not None:
                progress(done, total)

        plan_export.export_plan(db, program_id, target, tr, progress=step, period=shown)
        return WorkbookResult(str(target), kind, shown)
    if progress is not None:
        progress(0, 1)
    plan_export.export_matrix(db, program_id, target, tr)
    if progress is not None:
        progress(1, 1)
    return WorkbookResult(str(target), kind, None)
