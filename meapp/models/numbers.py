"""Numbers the Kyrgyz/Russian way: `734 593,3` (no-break space, decimal comma).

Formatting and parsing live here, Qt-free, so the grid, the reports, the Excel exports and
the command line agree. Input accepts a plain or no-break space, a comma or a dot.
"""

from __future__ import annotations

import math
import re

NBSP = "\u00a0"
NNBSP = "\u202f"


def format_number(value: float | int | None, decimals: int | None = None, empty: str = "–") -> str:
    """`734593.3` → `734 593,3`; `decimals=None` shows up to 2 significant decimals."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return empty
    if decimals is None:
        rounded = round(float(value), 2)
        text = f"{abs(rounded):,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{abs(float(value)):,.{decimals}f}"
    if text in ("", "0") and decimals is None:
        text = "0"
    text = text.replace(",", NBSP).replace(".", ",")
    negative = float(value) < 0 and any(ch not in "0,\u00a0" for ch in text)
    return ("−" if negative else "") + text


def format_percent(fraction: float | None, decimals: int = 0, empty: str = "–") -> str:
    """`0.684` → `68 %` (no-break space before the sign, as Kyrgyz and Russian texts write it)."""
    if fraction is None:
        return empty
    return f"{format_number(fraction * 100, decimals)}{NBSP}%"


def format_ratio(value: float | None, empty: str = "–") -> str:
    """Ratios are stored as the second term of `1:x`: `0.3` → `1:0,3`."""
    if value is None:
        return empty
    return f"1:{format_number(value)}"


_NUMBER = re.compile(r"[-−+]?\d+(?:[.,]\d+)?")


class NumberError(ValueError):
    pass


# The largest magnitude a stored figure may have. Beyond ±10^15 a double no longer holds every
# unit (and 1e308 overflows sums and formats): such a number is a typo or an attack, refused on
# every path that takes a number in.
MAX_ABS = 1e15


def representable(value: float) -> bool:
    """Whether meapp can store and compute with `value`: finite and within ±MAX_ABS."""
    return math.isfinite(value) and abs(value) <= MAX_ABS


def check_representable(value: float, text: object = None) -> float:
    """`value` itself, or NumberError naming what was typed when it is not representable."""
    if not representable(value):
        raise NumberError(str(value if text is None else text))
    return value


def parse_number(text: str | float | int | None) -> float | None:
    """Strict parse of one number typed by a user or found in a cell; `None` for empty.

    Accepts `734 593,3`, `734593.3`, `1,5`, `-2`, `12 %`; refuses anything with letters
    (use `parse_value_with_unit` for council texts such as `5061 п.м.`).
    """
    if text is None:
        return None
    if isinstance(text, bool):
        return float(text)
    if isinstance(text, int | float):
        return check_representable(float(text), text)
    s = str(text).strip().replace(NBSP, "").replace(NNBSP, "").replace(" ", "")
    s = s.replace("−", "-")
    if s.endswith("%"):
        s = s[:-1]
    if not s:
        return None
    if s.count(",") == 1 and "." not in s:
        s = s.replace(",", ".")
    elif "," in s and "." in s:
        # 1,234.5 (English grouping) — drop the commas
        s = s.replace(",", "")
    try:
        value = float(s)
    except ValueError as exc:
        raise NumberError(str(text)) from exc
    return check_representable(value, text)


def parse_value_with_unit(text: str | float | int | None) -> float | None:
    """The first number in a council cell: `5061 п.м.` → 5061, `2,5 км` → 2.5, `1:0,3` → 0.3.

    Grouped thousands (`734 593,3`) are joined first. Returns None when there is no number.
    """
    if text is None:
        return None
    if isinstance(text, int | float) and not isinstance(text, bool):
        return float(text)
    s = str(text).strip()
    if not s:
        return None
    ratio = re.match(r"^\s*1\s*:\s*([\d.,]+)\s*$", s)
    if ratio:
        return parse_number(ratio.group(1))
    s = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", s)
    m = _NUMBER.search(s)
    if not m:
        return None
    return parse_number(m.group(0))
