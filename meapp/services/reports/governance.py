"""Governance in the reports (issue 21): public checks with their photos, hearings with their
proposals, the executors' ranking and the target revisions of the reported period.

The figures are the services' own — `governance.working_group` (checks, hearings, quotas),
`dashboard.figures.executors` (the ranking the dashboard shows), `evaluation.narrative`
(the revision log) and `monitoring.evidence` (the stored photos, read back through their
SHA-256) — only chosen here for the period: a check or a hearing by its date, a revision
when it was made in the period or changes a target of it. The same selection feeds the PDF
sections below and the Excel sheets of the IPTT export.
"""

from __future__ import annotations

import calendar
import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from meapp.models.numbers import format_number, format_percent
from meapp.models.periods import Period, PeriodError
from meapp.services.common import vocabulary as V
from meapp.services.dashboard import figures as dash
from meapp.services.evaluation import narrative
from meapp.services.governance import working_group as wg
from meapp.services.monitoring import evidence
from meapp.services.monitoring import status as status_service
from meapp.services.reports import sections as S
from meapp.services.reports import texts as T
from meapp.services.reports.layout import para, styles, table
from meapp.services.reports.texts import QT_TRANSLATE_NOOP, Texts
from meapp.store.engine import Database

# -- texts (context "report") --------------------------------------------------------------
SEC_CHECKS = QT_TRANSLATE_NOOP("report", "Public checks of investment measures")
SEC_HEARINGS = QT_TRANSLATE_NOOP("report", "Public hearings and proposals")
SEC_EXECUTORS = QT_TRANSLATE_NOOP("report", "Executors' ranking")
SEC_REVISIONS = QT_TRANSLATE_NOOP("report", "Target revisions")
NO_CHECKS = QT_TRANSLATE_NOOP("report", "No public check was held in {period}.")
NO_HEARINGS = QT_TRANSLATE_NOOP("report", "No hearing or meeting was held in {period}.")
NO_REVISIONS = QT_TRANSLATE_NOOP("report", "No target was revised in {period}.")
NO_EXECUTORS = QT_TRANSLATE_NOOP("report", "The plan names no executors yet.")
CHECK_HEAD = QT_TRANSLATE_NOOP("report", "Check {stage}, {date}")
CHECK_BY = QT_TRANSLATE_NOOP("report", "Checked by: {who}")
CHECK_CITIZENS = QT_TRANSLATE_NOOP("report", "Citizens taking part: {n}")
CHECK_RATINGS = QT_TRANSLATE_NOOP(
    "report", "Rating: timeliness {timeliness} of 5, quality {quality} of 5"
)
CHECK_FINDINGS = QT_TRANSLATE_NOOP("report", "Findings: {findings}")
CHECK_NO_PHOTO = QT_TRANSLATE_NOOP("report", "No photo is attached to this check.")
PHOTO_UNREADABLE = QT_TRANSLATE_NOOP(
    "report", "The photo {name} cannot be shown in the PDF (not a readable image)."
)
PHOTO_MORE = QT_TRANSLATE_NOOP("report", "… and {n} more photos in the database")
HEARING_ATTENDANCE = QT_TRANSLATE_NOOP(
    "report", "Attendance: {attendance}, of them women: {women} ({share})"
)
HEARING_NO_PROPOSALS = QT_TRANSLATE_NOOP("report", "No proposal was recorded.")
COL_PROPOSAL = QT_TRANSLATE_NOOP("report", "Proposal")
COL_ANSWER = QT_TRANSLATE_NOOP("report", "Answer")
COL_RANK = QT_TRANSLATE_NOOP("report", "Rank")
COL_EXECUTOR = QT_TRANSLATE_NOOP("report", "Responsible executor")
COL_MEASURES = QT_TRANSLATE_NOOP("report", "Measures")
COL_DONE_ON_TIME = QT_TRANSLATE_NOOP("report", "Done on time")
COL_DONE_LATE = QT_TRANSLATE_NOOP("report", "Done late")
COL_IND_PROGRESS = QT_TRANSLATE_NOOP("report", "Indicator progress")
COL_SCORE = QT_TRANSLATE_NOOP("report", "Score")
NO_EXECUTOR_NAMED = QT_TRANSLATE_NOOP("report", "(no executor named in the plan)")
EXECUTORS_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "Measures count by their lead executor, indicators by the responsible named in the "
    "matrix. The score is the mean of the indicator progress and the share of measures done; "
    "rank 1 is the best.",
)
COL_TARGET_PERIOD_SHORT = QT_TRANSLATE_NOOP("report", "Target of")
COL_BEFORE = QT_TRANSLATE_NOOP("report", "Before")
COL_AFTER = QT_TRANSLATE_NOOP("report", "After")
COL_REASON = QT_TRANSLATE_NOOP("report", "Reason")
COL_DECISION = QT_TRANSLATE_NOOP("report", "Decision")
COL_DATE = QT_TRANSLATE_NOOP("report", "Date")
FINAL_TARGET = QT_TRANSLATE_NOOP("report", "end of the programme")
QUOTA_WOMEN_MET = QT_TRANSLATE_NOOP("report", "The quota of at least {target} women is met.")
QUOTA_WOMEN_NOT_MET = QT_TRANSLATE_NOOP(
    "report", "The quota of at least {target} women is not met: {missing} more would reach it."
)
QUOTA_YOUTH_MET = QT_TRANSLATE_NOOP(
    "report", "The quota of about {target} young people under {age} is met."
)
QUOTA_YOUTH_NOT_MET = QT_TRANSLATE_NOOP(
    "report",
    "The quota of about {target} young people under {age} is not met: {missing} more would "
    "reach it.",
)
# Excel sheet names (at most 31 characters once translated: cut if longer)
SHEET_CHECKS = QT_TRANSLATE_NOOP("report", "Public checks")
SHEET_HEARINGS = QT_TRANSLATE_NOOP("report", "Hearings")
SHEET_EXECUTORS = QT_TRANSLATE_NOOP("report", "Executors")
SHEET_REVISIONS = QT_TRANSLATE_NOOP("report", "Target revisions")
SHEET_GROUP = QT_TRANSLATE_NOOP("report", "Working group")
COL_MEASURE = QT_TRANSLATE_NOOP("report", "Measure")
COL_STAGE = QT_TRANSLATE_NOOP("report", "Stage")
COL_CHECKED_BY = QT_TRANSLATE_NOOP("report", "Checked by")
COL_CITIZENS = QT_TRANSLATE_NOOP("report", "Citizens")
COL_TIMELINESS = QT_TRANSLATE_NOOP("report", "Timeliness (1–5)")
COL_QUALITY = QT_TRANSLATE_NOOP("report", "Quality (1–5)")
COL_FINDINGS = QT_TRANSLATE_NOOP("report", "Findings")
COL_PHOTOS = QT_TRANSLATE_NOOP("report", "Photos")
COL_KIND = QT_TRANSLATE_NOOP("report", "Kind")
COL_PLACE = QT_TRANSLATE_NOOP("report", "Place")
COL_ATTENDANCE = QT_TRANSLATE_NOOP("report", "Attendance")
COL_WOMEN = QT_TRANSLATE_NOOP("report", "Women")
COL_WOMEN_SHARE = QT_TRANSLATE_NOOP("report", "Women, %")

# photos: at most this many per check in the PDF, each fitted in this box (points), and
# scaled down to this many pixels on the long side before embedding (a 12 MB camera
# photo must not make a 12 MB report)
PHOTOS_PER_CHECK = 3
PHOTO_BOX = (160.0, 120.0)
PHOTO_PIXELS = 900


# -- the period's dates ----------------------------------------------------------------------


def period_dates(period: Period) -> tuple[date, date]:
    """The first and last day of a year, half-year or quarter."""
    span = {"Y": 12, "H": 6, "Q": 3}[period.kind]
    last = period.end_month()
    first = last - span + 1
    return date(period.year, first, 1), date(
        period.year, last, calendar.monthrange(period.year, last)[1]
    )


def in_period(day: date | datetime | None, period: Period | None) -> bool:
    """Whether a date falls in the period (None: the whole programme, any date)."""
    if period is None:
        return True
    if day is None:
        return False
    if isinstance(day, datetime):
        day = day.date()
    start, end = period_dates(period)
    return start <= day <= end


# -- what the report shows ---------------------------------------------------------------------


@dataclass(frozen=True)
class Photo:
    filename: str
    content: bytes


@dataclass(frozen=True)
class CheckItem:
    measure: str  # "code title"
    executor: str | None
    check: wg.CheckDTO
    photos: tuple[Photo, ...]
    more_photos: int  # images beyond PHOTOS_PER_CHECK


@dataclass(frozen=True)
class RevisionItem:
    indicator: str  # "code name"
    unit: str | None
    revision: narrative.TargetRevisionDTO


@dataclass(frozen=True)
class Governance:
    period: Period | None  # None: the whole programme (the Excel sheets)
    quota: wg.Quota
    checks: tuple[CheckItem, ...]
    hearings: tuple[wg.HearingDTO, ...]
    executors: tuple[dash.ExecutorRow, ...] | None  # None: not shown for this report
    revisions: tuple[RevisionItem, ...]
    ranking_period: str | None = None  # the period of the executors' figures

    @property
    def any_for_period(self) -> bool:
        """Whether the period has checks, hearings or revisions (a half-year report shows
        its governance section only then)."""
        return bool(self.checks or self.hearings or self.revisions)


def _photos(db: Database, check_id: str) -> tuple[tuple[Photo, ...], int]:
    images = [e for e in evidence.list_evidence(db, "public_check", check_id) if e.is_image]
    shown = tuple(
        Photo(e.filename, evidence.read_content(db, e.id)) for e in images[:PHOTOS_PER_CHECK]
    )
    return shown, max(0, len(images) - PHOTOS_PER_CHECK)


def _checks(
    db: Database, pid: uuid.UUID, period: Period | None, photos: bool
) -> tuple[CheckItem, ...]:
    out = []
    for m in wg.list_checked_measures(db, pid):
        label = f"{m.code} {m.title}".strip() if m.code else m.title
        for c in m.checks:
            if not in_period(c.check_date, period):
                continue
            shown, more = _photos(db, c.id) if photos else ((), 0)
            out.append(CheckItem(label, m.lead_executor, c, shown, more))
    return tuple(out)


def _revision_in(r: narrative.TargetRevisionDTO, period: Period | None) -> bool:
    """Made in the period, or changing a target of it."""
    if period is None or in_period(r.revised_at, period):
        return True
    try:
        return period.contains(Period.parse(r.period))
    except PeriodError:  # "final"
        return False


def _revisions(
    db: Database, pid: uuid.UUID, period: Period | None, indicators: dict[str, Any]
) -> tuple[RevisionItem, ...]:
    out = []
    for r in narrative.program_revisions(db, pid):
        if not _revision_in(r, period):
            continue
        ind = indicators.get(r.indicator_id)
        label = (f"{ind.code} {ind.name}".strip() if ind.code else ind.name) if ind else "–"
        out.append(RevisionItem(label, ind.unit if ind else None, r))
    return tuple(out)


def gather_governance(
    db: Database,
    program_id: uuid.UUID | str,
    period: Period | None,
    *,
    status: status_service.ProgramStatus | None = None,
    measures: list[status_service.MeasureRow] | None = None,
    ranking: bool = True,
    photos: bool = True,
) -> Governance:
    """The governance of one programme-period (None: of the whole programme, the ranking
    then at the latest period with data); `status`/`measures` as the report computed them
    (the ranking reuses them), `ranking=False` leaves the executors out, `photos=False`
    reads no photo."""
    pid = program_id if isinstance(program_id, uuid.UUID) else uuid.UUID(str(program_id))
    if status is None:
        status = status_service.program_status(db, pid, period)
    indicators = {r.indicator_id: r for r in status.indicators}
    hearings = tuple(h for h in wg.list_hearings(db, pid) if in_period(h.held_on, period))
    executors = (
        dash.executors(db, pid, status.period, status=status, measures=measures)
        if ranking
        else None
    )
    return Governance(
        period=period,
        quota=wg.quota(db, pid, (period or Period.parse(status.period)).year),
        checks=_checks(db, pid, period, photos),
        hearings=tuple(sorted(hearings, key=lambda h: h.held_on or date.min)),
        executors=executors,
        revisions=_revisions(db, pid, period, indicators),
        ranking_period=status.period if ranking else None,
    )


# -- words -----------------------------------------------------------------------------------


def _missing(q: wg.Quota, message: str) -> object:
    """How many more members would meet a quota, as the quota service's warning says."""
    return next((w.params.get("missing", "–") for w in q.warnings if w.message == message), "–")


def quota_lines(q: wg.Quota, t: Texts) -> list[str]:
    """Whether the women and youth quotas of the guidance are met, in two sentences (the
    verdict and the shortfall are the quota service's)."""
    if not q.members:
        return []
    women = _pct(wg.WOMEN_TARGET)
    youth = _pct(wg.YOUTH_TARGET)
    return [
        t(QUOTA_WOMEN_MET, target=women)
        if q.women_ok
        else t(QUOTA_WOMEN_NOT_MET, target=women, missing=_missing(q, wg.WOMEN_LOW)),
        t(QUOTA_YOUTH_MET, target=youth, age=wg.YOUTH_AGE)
        if q.youth_ok
        else t(
            QUOTA_YOUTH_NOT_MET,
            target=youth,
            age=wg.YOUTH_AGE,
            missing=_missing(q, wg.YOUTH_LOW),
        ),
    ]


def _when(t: Texts, gov: Governance) -> str:
    return t.period(gov.period) if gov.period is not None else "–"


def _pct(share: float) -> str:
    return format_percent(share, 0)


def stage_word(t: Texts, code: str) -> str:
    return t.word(V.CHECK_STAGES, code)


def women_share(h: wg.HearingDTO) -> float | None:
    if h.women is None or not h.attendance:
        return None
    return h.women / h.attendance


def status_heads(t: Texts) -> list[str]:
    """The column words of the measure statuses the ranking counts, as labels."""
    return [
        V.MEASURE_STATUSES.word(code, t._translate)
        for code in ("in_progress", "delayed", "not_started")
    ]


def executor_label(t: Texts, r: dash.ExecutorRow) -> str:
    return r.name or t(NO_EXECUTOR_NAMED)


def executor_heads(t: Texts) -> list[str]:
    """The columns of the executors' ranking, the same in the PDF and the Excel sheet: rank,
    executor, the measure counts (`executor_counts`), indicator progress, score."""
    return [
        t(COL_RANK),
        t(COL_EXECUTOR),
        t(COL_MEASURES),
        t(COL_DONE_ON_TIME),
        t(COL_DONE_LATE),
        *status_heads(t),
        t(COL_IND_PROGRESS),
        t(COL_SCORE),
    ]


def executor_counts(r: dash.ExecutorRow) -> tuple[int, ...]:
    """The measure counts of one executor, in the order of `executor_heads`."""
    return (r.measures, r.done_on_time, r.done_late, r.in_progress, r.delayed, r.not_started)


def revision_period(t: Texts, code: str) -> str:
    if code == narrative.FINAL:
        return t(FINAL_TARGET)
    try:
        return t.period(code)
    except PeriodError:
        return code


# -- the PDF -----------------------------------------------------------------------------------


def _image(photo: Photo, box: tuple[float, float]) -> Any:
    """The photo scaled into `box` (points), re-encoded small; None when it is no image."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError
    from reportlab.platypus import Image

    try:
        with PILImage.open(io.BytesIO(photo.content)) as im:
            im.load()
            rgb = im.convert("RGB")
    except (UnidentifiedImageError, PILImage.DecompressionBombError, OSError, ValueError):
        return None  # said under the photo row: nothing is left out silently
    rgb.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=82)
    buf.seek(0)
    w, h = rgb.size
    scale = min(box[0] / w, box[1] / h)
    return Image(buf, width=w * scale, height=h * scale)


def _photo_row(item: CheckItem, t: Texts, width: float) -> list:
    from reportlab.platypus import Table, TableStyle

    st = styles()
    if not item.photos:
        return [para(t(CHECK_NO_PHOTO), st.note)]
    out: list = []
    box = (min(PHOTO_BOX[0], (width - 12) / PHOTOS_PER_CHECK), PHOTO_BOX[1])
    images = []
    for photo in item.photos:
        img = _image(photo, box)
        if img is None:
            out.append(para(t(PHOTO_UNREADABLE, name=photo.filename), st.note))
        else:
            images.append(img)
    if images:
        row = Table([images], colWidths=[box[0] + 6] * len(images), hAlign="LEFT")
        row.setStyle(
            TableStyle(
                [
                    *S.base_cmds(),  # reportlab's default cell font is Helvetica
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        out.insert(0, row)
    if item.more_photos:
        out.append(para(t(PHOTO_MORE, n=item.more_photos), st.note))
    return out


def checks_section(gov: Governance, t: Texts, width: float) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    st = styles()
    if not gov.checks:
        return [para(t(NO_CHECKS, period=_when(t, gov)), st.body)]
    out: list = []
    for item in gov.checks:
        c = item.check
        block: list = [
            para(item.measure, st.body, bold=True),
            para(
                t(CHECK_HEAD, stage=stage_word(t, c.stage), date=t.date(c.check_date)),
                st.body,
            ),
        ]
        if c.checked_by:
            block.append(para(t(CHECK_BY, who=c.checked_by), st.body))
        facts = []
        if c.citizens is not None:
            facts.append(t(CHECK_CITIZENS, n=format_number(c.citizens)))
        if c.timeliness is not None or c.quality is not None:
            facts.append(
                t(
                    CHECK_RATINGS,
                    timeliness=c.timeliness if c.timeliness is not None else "–",
                    quality=c.quality if c.quality is not None else "–",
                )
            )
        if facts:
            block.append(para("; ".join(facts), st.body))
        if c.findings:
            block.append(para(t(CHECK_FINDINGS, findings=c.findings), st.body))
        block += _photo_row(item, t, width)
        block.append(Spacer(1, 8))
        out.append(KeepTogether(block))
    return out


def _proposals_table(h: wg.HearingDTO, t: Texts, width: float) -> Any:
    st = styles()
    headers = [t(T.COL_NO), t(COL_PROPOSAL), t(COL_ANSWER), t(T.COL_STATUS)]
    rows = [
        [
            str(i),
            para(p.text, st.cell),
            para(p.answer or "–", st.cell),
            para(t.word(V.PROPOSAL_STATUSES, p.status), st.cell),
        ]
        for i, p in enumerate(h.proposals, 1)
    ]
    cols = [
        (max(S.text_width(str(len(rows))), S.longest_word(headers[0])), 0),
        (max(S.longest_word(headers[1]), 120), 2.0),
        (max(S.longest_word(headers[2]), 100), 1.6),
        (
            max(
                [
                    S.longest_word(t.word(V.PROPOSAL_STATUSES, c), bold=False)
                    for c in V.PROPOSAL_STATUSES
                ]
                + [S.longest_word(headers[3])]
            ),
            0.2,
        ),
    ]
    return table([S.head(x) for x in headers], rows, S.fit_columns(width, cols))


def hearings_section(gov: Governance, t: Texts, width: float) -> list:
    st = styles()
    if not gov.hearings:
        return [para(t(NO_HEARINGS, period=_when(t, gov)), st.body)]
    out: list = []
    for h in gov.hearings:
        title = ", ".join(
            x for x in (V.HEARING_KINDS.word(h.kind, t._translate), t.date(h.held_on), h.place) if x
        )
        out.append(para(title, st.body, bold=True))
        if h.attendance is not None:
            share = women_share(h)
            out.append(
                para(
                    t(
                        HEARING_ATTENDANCE,
                        attendance=format_number(h.attendance),
                        women=format_number(h.women) if h.women is not None else "–",
                        share=format_percent(share) if share is not None else "–",
                    ),
                    st.body,
                )
            )
        if h.notes:
            out.append(para(h.notes, st.body))
        if h.proposals:
            out.append(_proposals_table(h, t, width))
        else:
            out.append(para(t(HEARING_NO_PROPOSALS), st.note))
    return out


def _count(value: int) -> str:
    return format_number(value) if value else "–"


def executors_section(gov: Governance, t: Texts, width: float) -> list:
    st = styles()
    rows_in = gov.executors or ()
    if not rows_in:
        return [para(t(NO_EXECUTORS), st.body)]
    headers = executor_heads(t)
    body = []
    figures: list[str] = []
    for r in rows_in:
        cells = [
            *(_count(n) for n in executor_counts(r)),
            format_percent(r.indicator_progress),
            format_percent(r.score),
        ]
        figures += cells
        body.append(
            [
                str(r.rank) if r.rank else "–",
                para(executor_label(t, r), st.cell),
                *[S.cell_number(c) for c in cells],
            ]
        )
    num_w = max(S.text_width(x) for x in figures)
    cols = [(max(S.text_width("99"), S.longest_word(headers[0])), 0), (100, 3.0)]
    cols += [(max(num_w, S.longest_word(h)), 0.05) for h in headers[2:]]
    right = tuple(range(2, len(headers)))
    tbl = table(
        [S.head(h, right=i in right) for i, h in enumerate(headers)],
        body,
        S.fit_columns(width, cols),
        right_cols=right,
    )
    return [para(t(EXECUTORS_NOTE), st.note), tbl]


def revisions_section(gov: Governance, t: Texts, width: float) -> list:
    st = styles()
    if not gov.revisions:
        return [para(t(NO_REVISIONS, period=_when(t, gov)), st.body)]
    headers = [
        t(T.COL_INDICATOR),
        t(COL_TARGET_PERIOD_SHORT),
        t(COL_BEFORE),
        t(COL_AFTER),
        t(COL_REASON),
        t(COL_DECISION),
        t(COL_DATE),
    ]
    body = []
    figures: list[str] = []
    for item in gov.revisions:
        r = item.revision
        old, new = format_number(r.old_target), format_number(r.new_target)
        figures += [old, new]
        body.append(
            [
                para(item.indicator, st.cell),
                para(revision_period(t, r.period), st.cell),
                S.cell_number(old),
                S.cell_number(new),
                para(r.reason, st.cell),
                para(r.decision_ref or "–", st.cell),
                t.date(r.revised_at),
            ]
        )
    num_w = max(S.text_width(x) for x in figures)
    cols = [
        (max(S.longest_word(headers[0]), 90), 2.0),
        (max(S.longest_word(headers[1]), 50), 0.5),
        (max(num_w, S.longest_word(headers[2])), 0),
        (max(num_w, S.longest_word(headers[3])), 0),
        (max(S.longest_word(headers[4]), 80), 1.6),
        (max(S.longest_word(headers[5]), 60), 0.8),
        (max(S.text_width("00.00.0000"), S.longest_word(headers[6])), 0),
    ]
    return [
        table(
            [S.head(h, right=i in (2, 3)) for i, h in enumerate(headers)],
            body,
            S.fit_columns(width, cols),
            right_cols=(2, 3),
        )
    ]


def pdf_sections(gov: Governance, t: Texts, width: float, wide: float, first: int) -> list:
    """The governance sections numbered from `first`: checks and hearings on portrait
    pages (`width`), then the executors' ranking (when gathered: ten columns) and the target
    revisions on a landscape page (`wide`). The caller's next section must start a page:
    the portrait template is set for it."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    out: list = []
    n = first
    for title, build in ((SEC_CHECKS, checks_section), (SEC_HEARINGS, hearings_section)):
        out += [*S.section_title(n, t(title), room=S.TABLE_ROOM), *build(gov, t, width)]
        n += 1
    landscape = gov.executors is not None
    if landscape:
        out += [NextPageTemplate("landscape"), PageBreak()]
        out += [
            *S.section_title(n, t(SEC_EXECUTORS), before_table=True),
            *executors_section(gov, t, wide),
        ]
        n += 1
    out += [
        *S.section_title(n, t(SEC_REVISIONS), room=S.TABLE_ROOM),
        *revisions_section(gov, t, wide if landscape else width),
    ]
    if landscape:
        out.append(NextPageTemplate("portrait"))
    return out


def section_count(gov: Governance) -> int:
    return 4 if gov.executors is not None else 3
