"""Reports (PRODUCT.md §5): the half-year and annual PDF reports, the citizen summary (PDF and
PNG) and the indicator performance table in Excel. Qt-free: texts come through the
`translate(context, text)` callable the caller passes (context "report").

Modules: `half_year`, `annual`, `citizen` (builders), `excel_iptt`, `workbooks` (the three Excel exports behind one call), `fingerprint` (SHA-256 of
a period's approved data), `signature` (the empty signature fields `sig_chair`/`sig_mayor`),
`charts`, `sections`, `layout`, `fonts` and `texts` (the words, translated by meapp's compiled
catalogues and taken for stored codes from `meapp.services.common.vocabulary`).

The names below are imported on first use, so importing the package stays cheap (the GUI's
start path must not pay for reportlab or openpyxl).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "build_half_year": "meapp.services.reports.half_year",
    "ReportResult": "meapp.services.reports.half_year",
    "ReportCancelled": "meapp.services.reports.half_year",
    "build_annual": "meapp.services.reports.annual",
    "build_citizen": "meapp.services.reports.citizen",
    "render_png": "meapp.services.reports.citizen",
    "export_iptt": "meapp.services.reports.excel_iptt",
    "export_workbook": "meapp.services.reports.workbooks",
    "WORKBOOK_KINDS": "meapp.services.reports.workbooks",
    "data_fingerprint": "meapp.services.reports.fingerprint",
    "signature_boxes": "meapp.services.reports.signature",
    "SIGNATURE_FIELDS": "meapp.services.reports.data",
}

__all__ = sorted([*_EXPORTS, "build_report", "REPORT_KINDS"])

REPORT_KINDS = ("period", "half-year", "annual", "citizen")


def build_report(
    db: Any,
    program_id: Any,
    kind: str,
    period: Any,
    path: Any,
    translate: Any = None,
    lang: str = "ky",
    **kwargs: Any,
) -> Any:
    """Build a report of `kind` (period, annual, citizen; `half-year` is the older name of
    `period`: the report of a half-year, or of a quarter for a quarterly programme) — the
    one entry point the Reports page, the command line and the benchmark share. `kwargs`: `progress`, `cancelled`,
    `today`. A citizen summary written to a `.png` path is rendered as an image."""
    build: Any
    if kind in ("period", "half-year"):
        from meapp.services.reports.half_year import build_half_year as build
    elif kind == "annual":
        from meapp.services.reports.annual import build_annual as build
    elif kind == "citizen":
        from meapp.services.reports.citizen import build_citizen as build
    else:
        from meapp.errors import ValidationError

        raise ValidationError(
            "unknown report {kind}; use one of {kinds}", kind=kind, kinds=", ".join(REPORT_KINDS)
        )
    return build(db, program_id, period, path, translate, lang, **kwargs)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
