"""The half-year monitoring report (PDF, A4) — PRODUCT.md §5.

Cover, summary figures, charts, the indicator table, the measures table, the evaluation
narrative, the working group and a signature page with empty signature fields (`sig_chair`,
`sig_mayor`) and the SHA-256 fingerprint of the approved data. The same builder serves a
quarter when a programme reports quarterly.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from meapp.errors import MeappError
from meapp.models.periods import Period
from meapp.services.reports import governance as G
from meapp.services.reports import sections as S
from meapp.services.reports import texts as T
from meapp.services.reports.data import ReportData, gather
from meapp.services.reports.layout import DocInfo, Styles, build_pdf, frame_width, styles
from meapp.services.reports.mark import mark_keywords
from meapp.services.reports.signature import Box, BoxRegistry
from meapp.services.reports.texts import Texts, Translate
from meapp.store.engine import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# the working-group heading needs room for the order line and a few rows of its table
GROUP_ROOM = 160.0


class ReportCancelled(MeappError):
    """The user cancelled the report; no file was written."""


@dataclass(frozen=True)
class ReportResult:
    path: str
    pages: int
    period: str
    fingerprint: str
    signature_boxes: dict[str, Box]
    approved: bool


def step(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int) -> None:
    """Report progress to the caller (a progress dialog) and stop when it asks to cancel."""
    if cancelled is not None and cancelled():
        raise ReportCancelled("the report was cancelled")
    if progress is not None:
        progress(done, total)


def start(
    translate: Translate | None,
    lang: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
    total: int,
) -> tuple[Texts, Styles, float]:
    """What every report builder (period, annual, citizen) begins with: the first progress
    step (a cancel before any work stops here), the texts in the report's language, the
    paragraph styles and the width of a portrait page's frame."""
    step(progress, cancelled, 0, total)
    return Texts(translate, lang), styles(), frame_width()


def doc_info(data: ReportData, t: Texts, title: str, period_text: str) -> DocInfo:
    prog = data.program
    return DocInfo(
        title=f"{title}: {prog.title}, {period_text}",
        author=prog.municipality,
        subject=f"{t(T.ON_PROGRAMME)} «{prog.title}», {period_text}",
        lang=t.lang,
        header_left=f"{prog.municipality} · {prog.title}",
        header_right=period_text,
        keywords=("meapp", prog.code, *mark_keywords(prog.id, str(data.period), data.fingerprint)),
    )


def write_pdf(path: str | Path, story: list, info: DocInfo, t: Texts, registry: BoxRegistry) -> int:
    """Write the story to `path` (via a temporary file), then add the signature fields."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    try:
        pages = build_pdf(str(tmp), story, info, t, boxes=registry.boxes)
        tmp.replace(target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return pages


def build_half_year(
    db: Database,
    program_id: uuid.UUID | str,
    period: Period | str | None,
    path: str | Path,
    translate: Translate | None,
    lang: str = "ky",
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportResult:
    """Build the half-year (or quarter) report of one programme-period as a PDF file."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    total = 6
    t, st, width = start(translate, lang, progress, cancelled, total)
    data = gather(db, program_id, period)
    step(progress, cancelled, 1, total)
    title = t(T.QUARTER_TITLE) if data.period.is_quarter else t(T.HALF_YEAR_TITLE)
    period_text = t.period(data.period)
    story: list = S.cover(
        data, t, title, t(T.REPORTING_PERIOD, period=period_text), today or date.today()
    )
    story += [S.section_title(1, t(T.SEC_SUMMARY)), S.summary_cards(data, t, width)]
    story += [S.para(t(T.SEC_BUDGET), st.h2, bold=True), S.budget_table(data, t, width)]
    story += S.charts_section(db, data, t, width, 2)
    step(progress, cancelled, 2, total)
    wide = frame_width(landscape_pages=True)
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += [
        *S.section_title(3, t(T.SEC_INDICATORS), before_table=True),
        *S.indicator_table(data, t, wide),
    ]
    story += [
        *S.section_title(4, t(T.SEC_MEASURES), before_table=True),
        *S.measures_table(data, t, wide),
    ]
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += [S.section_title(5, t(T.SEC_EVALUATION)), *S.evaluation_section(data, t)]
    gov = G.gather_governance(db, data.program.id, data.period, status=data.status, ranking=False)
    story += [
        *S.section_title(6, t(T.SEC_GROUP), room=GROUP_ROOM),
        *S.group_section(data.group, t, width, data.period.year, G.quota_lines(gov.quota, t)),
    ]
    # the period's checks, hearings and revisions, when it had any (issue 21)
    extra = G.section_count(gov) if gov.any_for_period else 0
    if extra:
        story += G.pdf_sections(gov, t, width, wide, 7)
    registry = BoxRegistry()
    story += S.signature_page(data, t, width, registry, 7 + extra)
    step(progress, cancelled, 3, total)
    pages = write_pdf(path, story, doc_info(data, t, title, period_text), t, registry)
    step(progress, cancelled, total, total)
    return ReportResult(
        str(path), pages, str(data.period), data.fingerprint, dict(registry.boxes), data.approved
    )
