"""Cell helpers shared by the Excel exports of the reports (the IPTT sheet and the governance
sheets beside it): user text that never becomes a formula, and the number formats."""

from __future__ import annotations

from typing import Any

from meapp.services.common.text_norm import strip_controls

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = "0072B2"


def safe_text(cell: Any, text: object) -> None:
    """Write user text so that Excel never evaluates it (`=HYPERLINK(…)` stays text).
    Control characters go (a row stored before they were refused, or arriving in a package:
    openpyxl would refuse the whole workbook over one)."""
    s = "" if text is None else strip_controls(str(text))
    cell.value = s
    if s.startswith(FORMULA_STARTS) or cell.data_type == "f":
        cell.data_type = "s"


def number_format(value: float | None, *, derived: bool = False) -> str:
    """Grouped thousands, decimals only when the value has them; `≈` before derived targets.

    Excel shows the grouping and the decimal sign of the reader's locale (`734 593,3`).
    """
    integral = value is None or float(value).is_integer()
    fmt = "#,##0" if integral else "#,##0.0##"
    return f'"≈ "{fmt}' if derived else fmt
