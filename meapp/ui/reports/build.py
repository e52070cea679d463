"""What the Reports page can build, how a build runs off the GUI thread, and the list of
reports built lately.

The work itself is the services' (`meapp.services.reports.build_report`, `export_workbook`);
here it is wrapped in the `work(progress, cancelled)` shape `meapp.ui.worker.run_task` takes,
with the report language's own catalogue (not the UI's: a Kyrgyz-speaking chair may build the
Russian report). File names are suggested in the user's documents folder; the recently built
files of each programme are kept in the settings.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from meapp.ui import settings
from meapp.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ReportKind:
    key: str
    label: str  # source text, context "ReportKinds"
    suffix: str
    period: str  # "half": a half-year (or quarter) · "year" · "optional" (plan) · "none"
    signable: bool = False

    @property
    def is_pdf(self) -> bool:
        return self.suffix == ".pdf"


KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        "half-year",
        QT_TRANSLATE_NOOP("ReportKinds", "Half-year monitoring report (PDF)"),
        ".pdf",
        "half",
        True,
    ),
    ReportKind(
        "annual",
        QT_TRANSLATE_NOOP("ReportKinds", "Annual report to the council (PDF)"),
        ".pdf",
        "year",
        True,
    ),
    ReportKind(
        "citizen", QT_TRANSLATE_NOOP("ReportKinds", "Citizen summary (PDF)"), ".pdf", "half"
    ),
    ReportKind(
        "citizen-png",
        QT_TRANSLATE_NOOP("ReportKinds", "Citizen summary as a picture (PNG)"),
        ".png",
        "half",
    ),
    ReportKind(
        "iptt",
        QT_TRANSLATE_NOOP("ReportKinds", "Excel: indicator performance table (IPTT)"),
        ".xlsx",
        "none",
    ),
    ReportKind(
        "plan",
        QT_TRANSLATE_NOOP("ReportKinds", "Excel: action plan with status and spending"),
        ".xlsx",
        "optional",
    ),
    ReportKind(
        "matrix", QT_TRANSLATE_NOOP("ReportKinds", "Excel: indicator matrix"), ".xlsx", "none"
    ),
)

# Short ASCII names for files (safe on every Windows version and in e-mail attachments).
_SLUGS = {
    "half-year": "monitoring-report",
    "annual": "annual-report",
    "citizen": "citizen-summary",
    "citizen-png": "citizen-summary",
    "iptt": "iptt",
    "plan": "action-plan",
    "matrix": "indicator-matrix",
}


# A quarterly programme's period report is spoken of as quarterly (issue 21).
QUARTERLY_LABEL = QT_TRANSLATE_NOOP("ReportKinds", "Quarterly monitoring report (PDF)")


def label_of(key: str, *, quarterly: bool = False) -> str:
    """The source text naming a kind (context "ReportKinds"): the period report of a
    quarterly programme, or of a quarter, is the quarterly report."""
    if key == "half-year" and quarterly:
        return QUARTERLY_LABEL
    return kind_of(key).label


def is_quarterly(frequency: str | None, period: str | None = None) -> bool:
    """Whether the period report speaks of quarters: a quarter, or a quarterly programme."""
    if period:
        return "-Q" in period.upper()
    return frequency == "quarter"


def kind_of(key: str) -> ReportKind:
    for kind in KINDS:
        if kind.key == key:
            return kind
    raise KeyError(key)


@dataclass(frozen=True)
class BuildRequest:
    program_id: str
    kind: str
    period: str | None
    lang: str
    path: str


@dataclass(frozen=True)
class BuiltReport:
    path: str
    kind: str
    period: str | None
    lang: str
    pages: int | None = None  # PDF reports
    approved: bool = False  # the period's round is approved (half-year, annual)
    built_at: str = ""  # ISO time, for the recent list


def suggested_name(program_code: str, kind: str, period: str | None, lang: str) -> str:
    """`KB-2023_2024-H2_monitoring-report_ky.pdf`: programme, period, what, language."""
    code = re.sub(r"[^\w.-]+", "-", program_code or "programme").strip("-") or "programme"
    parts = [code]
    if period:
        parts.append(period)
    parts.append(_SLUGS[kind])
    parts.append(lang)
    return "_".join(parts) + kind_of(kind).suffix


def report_translate(lang: str):
    """The catalogue of the report's language (the builders fill its gaps themselves)."""
    if lang == "en":
        return None
    from meapp.ui.i18n import cli_translator

    return cli_translator(lang)


def build(db, request: BuildRequest, progress=None, cancelled=None) -> BuiltReport:
    """Build one report or workbook (runs in a worker thread: ids in, a DTO out)."""
    kind = kind_of(request.kind)
    translate = report_translate(request.lang)
    now = datetime.now().isoformat(timespec="seconds")
    if kind.suffix == ".xlsx":
        from meapp.services.reports.workbooks import export_workbook

        res = export_workbook(
            db,
            request.program_id,
            kind.key,
            request.path,
            translate,
            request.lang,
            period=request.period,
            progress=progress,
            cancelled=cancelled,
        )
        return BuiltReport(res.path, kind.key, res.period, request.lang, built_at=now)
    from meapp.services.reports import build_report

    service_kind = "citizen" if kind.key == "citizen-png" else kind.key
    # the citizen summary's QR code opens the website set in Settings (issue 21)
    extra = {"website": settings.get(settings.Keys.WEBSITE)} if service_kind == "citizen" else {}
    result = build_report(
        db,
        request.program_id,
        service_kind,
        request.period,
        request.path,
        translate,
        request.lang,
        progress=progress,
        cancelled=cancelled,
        **extra,
    )
    return BuiltReport(
        str(request.path),
        kind.key,
        result.period,
        request.lang,
        pages=getattr(result, "pages", 1 if kind.key == "citizen" else None),
        approved=bool(getattr(result, "approved", False)),
        built_at=now,
    )


# -- reports built lately ------------------------------------------------------------------

RECENT_LIMIT = 12


def _all_recent() -> dict[str, list[dict]]:
    raw = settings.get(settings.Keys.RECENT_REPORTS)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def recent_reports(program_id: str) -> list[BuiltReport]:
    """The files built lately for this programme, newest first (missing files left out)."""
    out = []
    for entry in _all_recent().get(program_id, []):
        try:
            report = BuiltReport(**entry)
        except TypeError:
            continue
        if Path(report.path).is_file():
            out.append(report)
    return out


def remember(program_id: str, report: BuiltReport) -> None:
    data = _all_recent()
    entries = [e for e in data.get(program_id, []) if e.get("path") != report.path]
    data[program_id] = [asdict(report), *entries][:RECENT_LIMIT]
    settings.put(settings.Keys.RECENT_REPORTS, json.dumps(data, ensure_ascii=False))
