"""Governance as Excel sheets of the IPTT workbook (issue 21): the working group with its
order and quotas, the public checks, the hearings with each proposal, the executors' ranking
and the target revisions — the whole programme's, as `governance.gather_governance` selects
them (the ranking at the latest period with data, as the dashboard opens).

Numbers are written as numbers with number formats, shares as per cent; user text never
becomes a formula (`excel_iptt.safe_text`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from meapp.services.common import vocabulary as V
from meapp.services.reports import governance as G
from meapp.services.reports import texts as T
from meapp.services.reports.data import Group, read_group
from meapp.services.reports.sections import group_order_line
from meapp.services.reports.texts import QT_TRANSLATE_NOOP, Texts
from meapp.store.engine import Database

EXECUTORS_AT = QT_TRANSLATE_NOOP("report", "Executors' ranking, {period}")
GROUP_ORDER_NONE = QT_TRANSLATE_NOOP(
    "report", "The order forming the working group is not entered."
)
COL_GENDER = QT_TRANSLATE_NOOP("report", "Gender")
COL_BIRTH_YEAR = QT_TRANSLATE_NOOP("report", "Birth year")
COL_REVISED_BY = QT_TRANSLATE_NOOP("report", "Revised by")

TITLE_ROW = 1
HEADER_ROW = 3


@dataclass(frozen=True)
class Pct:
    """A share written as a per-cent cell."""

    value: float | None


def add_sheets(wb: Any, db: Database, program_id: uuid.UUID | str, t: Texts) -> list[str]:
    """Append the governance sheets to `wb`; returns their names."""
    gov = G.gather_governance(db, program_id, None, photos=False)
    pid = program_id if isinstance(program_id, uuid.UUID) else uuid.UUID(str(program_id))
    group = read_group(db, pid)
    sheets = [
        _group_sheet(wb, t, group, gov),
        _checks_sheet(wb, t, gov),
        _hearings_sheet(wb, t, gov),
        _executors_sheet(wb, t, gov),
        _revisions_sheet(wb, t, gov),
    ]
    return [ws.title for ws in sheets]


def _write(
    ws: Any, title: str, headers: list[str], rows: list[list[Any]], widths: list[int]
) -> Any:
    """A titled table: bold title, coloured header with filters, wrapped text cells."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from meapp.services.reports.excel_cells import HEADER_FILL, number_format, safe_text

    safe_text(ws.cell(TITLE_ROW, 1), title)
    ws.cell(TITLE_ROW, 1).font = Font(bold=True, size=13)
    for c, text in enumerate(headers, 1):
        cell = ws.cell(HEADER_ROW, c)
        safe_text(cell, text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, HEADER_ROW + 1):
        for c, value in enumerate(row, 1):
            cell = ws.cell(r, c)
            if isinstance(value, Pct):
                if value.value is not None:
                    cell.value = float(value.value)
                    cell.number_format = "0%"
            elif isinstance(value, bool) or value is None:
                continue
            elif isinstance(value, int | float):
                cell.value = value
                cell.number_format = number_format(float(value))
            else:
                safe_text(cell, value)
                cell.alignment = wrap
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(HEADER_ROW, HEADER_ROW + len(rows))}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    return ws


def _new(wb: Any, t: Texts, name: str) -> Any:
    return wb.create_sheet(t(name)[:31])


def _group_sheet(wb: Any, t: Texts, group: Group, gov: G.Governance) -> Any:
    from meapp.services.reports.excel_cells import safe_text

    ws = _new(wb, t, G.SHEET_GROUP)
    headers = [
        t(T.COL_NO),
        t(T.COL_NAME),
        t(T.COL_POSITION),
        t(T.COL_ORGANISATION),
        t(T.COL_SIDE),
        t(T.COL_ROLE),
        t(COL_GENDER),
        t(COL_BIRTH_YEAR),
    ]
    rows: list[list[Any]] = [
        [
            i,
            m.full_name,
            m.position or "",
            m.organisation or "",
            t.side(m.side),
            t.member_role(m.role),
            V.GENDERS.word(m.gender, t._translate),
            m.birth_year,
        ]
        for i, m in enumerate(group.members, 1)
    ]
    title = group_order_line(group, t) or t(GROUP_ORDER_NONE)
    _write(ws, title, headers, rows, [5, 32, 36, 32, 16, 14, 10, 10])
    # the birth year is a year, not an amount: no thousands separator
    for r in range(HEADER_ROW + 1, HEADER_ROW + 1 + len(rows)):
        ws.cell(r, 8).number_format = "0"
    below = HEADER_ROW + len(rows) + 2
    for i, line in enumerate(G.quota_lines(gov.quota, t)):
        safe_text(ws.cell(below + i, 2), line)
    return ws


def _checks_sheet(wb: Any, t: Texts, gov: G.Governance) -> Any:
    ws = _new(wb, t, G.SHEET_CHECKS)
    headers = [
        t(G.COL_MEASURE),
        t(T.COL_EXECUTORS),
        t(G.COL_STAGE),
        t(G.COL_DATE),
        t(G.COL_CHECKED_BY),
        t(G.COL_CITIZENS),
        t(G.COL_TIMELINESS),
        t(G.COL_QUALITY),
        t(G.COL_FINDINGS),
        t(G.COL_PHOTOS),
    ]
    rows = [
        [
            item.measure,
            item.executor or "",
            G.stage_word(t, item.check.stage),
            t.date(item.check.check_date),
            item.check.checked_by or "",
            item.check.citizens,
            item.check.timeliness,
            item.check.quality,
            item.check.findings or "",
            item.check.evidence_count,
        ]
        for item in gov.checks
    ]
    return _write(ws, t(G.SEC_CHECKS), headers, rows, [40, 24, 12, 12, 30, 10, 12, 12, 50, 8])


def _hearings_sheet(wb: Any, t: Texts, gov: G.Governance) -> Any:
    """One row per proposal (a hearing without proposals: one row of its own)."""
    ws = _new(wb, t, G.SHEET_HEARINGS)
    headers = [
        t(G.COL_DATE),
        t(G.COL_KIND),
        t(G.COL_PLACE),
        t(G.COL_ATTENDANCE),
        t(G.COL_WOMEN),
        t(G.COL_WOMEN_SHARE),
        t(G.COL_PROPOSAL),
        t(G.COL_ANSWER),
        t(T.COL_STATUS),
    ]
    rows: list[list[Any]] = []
    for h in gov.hearings:
        head = [
            t.date(h.held_on),
            V.HEARING_KINDS.word(h.kind, t._translate),
            h.place or "",
            h.attendance,
            h.women,
            Pct(G.women_share(h)),
        ]
        if not h.proposals:
            rows.append([*head, "", "", ""])
        for p in h.proposals:
            rows.append([*head, p.text, p.answer or "", t.word(V.PROPOSAL_STATUSES, p.status)])
    return _write(ws, t(G.SEC_HEARINGS), headers, rows, [12, 20, 28, 11, 10, 10, 45, 40, 14])


def _executors_sheet(wb: Any, t: Texts, gov: G.Governance) -> Any:
    ws = _new(wb, t, G.SHEET_EXECUTORS)
    headers = G.executor_heads(t)
    rows = [
        [
            r.rank,
            G.executor_label(t, r),
            *G.executor_counts(r),
            Pct(r.indicator_progress),
            Pct(r.score),
        ]
        for r in gov.executors or ()
    ]
    shown = gov.ranking_period
    title = t(EXECUTORS_AT, period=t.period(shown) if shown else "–")
    return _write(ws, title, headers, rows, [7, 40, 11, 11, 11, 12, 12, 12, 14, 9])


def _revisions_sheet(wb: Any, t: Texts, gov: G.Governance) -> Any:
    ws = _new(wb, t, G.SHEET_REVISIONS)
    headers = [
        t(T.COL_INDICATOR),
        t(T.COL_UNIT),
        t(G.COL_TARGET_PERIOD_SHORT),
        t(G.COL_BEFORE),
        t(G.COL_AFTER),
        t(G.COL_REASON),
        t(G.COL_DECISION),
        t(COL_REVISED_BY),
        t(G.COL_DATE),
    ]
    rows = [
        [
            item.indicator,
            item.unit or "",
            G.revision_period(t, item.revision.period),
            item.revision.old_target,
            item.revision.new_target,
            item.revision.reason,
            item.revision.decision_ref or "",
            item.revision.revised_by or "",
            t.date(item.revision.revised_at),
        ]
        for item in gov.revisions
    ]
    return _write(ws, t(G.SEC_REVISIONS), headers, rows, [40, 12, 16, 12, 12, 40, 24, 14, 12])
