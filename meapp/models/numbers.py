"""Numbers the Kyrgyz/Russian way: `734 593,3` (no-break space, decimal comma).

Formatting and parsing live here, Qt-free, so the grid, the reports, the Excel exports and
the command line agree. Input accepts a plain or no-break space, a comma or a dot.

Yes/no and ratio indicators are written as people write them: `ооба`/`жок`, `да`/`нет`,
`yes`/`no` (stored 1/0) and `1:0,3` (stored as the second term, 0.3).
`parse_indicator_value` reads them and `format_indicator_value` is the one way they are
shown, in the grid, the reports and the Excel exports alike.
"""

from __future__ import annotations

import math
import re
import sys

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
# The smallest magnitude a non-zero figure may have: below it a double is subnormal (1e-320,
# 5e-324), loses its precision and turns to 0 when divided (a ratio to the previous value
# then divides by zero). No indicator is measured that finely: such a number is refused too.
MIN_ABS = sys.float_info.min


def representable(value: object) -> bool:
    """Whether meapp can store and compute with `value`: a number (an int or a float, a
    text or bytes stored with a SQLite tool are none), finite, within ±MAX_ABS, and zero or
    at least MIN_ABS in magnitude (not subnormal)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, int):
        return abs(value) <= MAX_ABS  # an int beyond a float (10**400) is out of range too
    return math.isfinite(value) and (value == 0 or MIN_ABS <= abs(value) <= MAX_ABS)


def summable(value: object) -> float | None:
    """A stored amount (spending, planned cost) as a float to add up, or None when it cannot
    be: a text or bytes a SQLite tool left in a number column, an infinity, a subnormal.
    Such a value is left out of every sum — it would stop a status, a report or an export
    with a TypeError — and named where its row is shown (the measures grid); `meapp check`
    names the edit that put it there."""
    if (
        type(value) is float
        and -MAX_ABS <= value <= MAX_ABS
        and (not value or abs(value) >= MIN_ABS)
    ):
        return value
    return float(value) if representable(value) else None  # type: ignore[arg-type]


def check_representable(value: float, text: object = None) -> float:
    """`value` itself, or NumberError naming what was typed when it is not representable."""
    if not representable(value):
        raise NumberError(str(value if text is None else text))
    return value


# What `float` may read once the separators are settled: ASCII digits, a sign, a decimal dot,
# an exponent. `float` alone also takes `1_000`, full-width digits (U+FF11…) and Arabic-Indic
# ones (U+0663…), which no council writes and which would be read as a figure nobody typed.
_PLAIN_FLOAT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def parse_number(text: str | float | int | None) -> float | None:
    """Strict parse of one number typed by a user or found in a cell; `None` for empty.

    Accepts `734 593,3`, `734593.3`, `1,5`, `-2`, `12 %`; refuses anything with letters
    (use `parse_value_with_unit` for council texts such as `5061 п.м.`).

    Separators, the Kyrgyz/Russian way first, never guessed silently:

    - spaces (plain, no-break, narrow) group thousands and are dropped;
    - one comma or one dot is the decimal mark: `1,5` = `1.5` = 1.5, `1,234` = 1.234;
    - a comma and dots: the dots group thousands when they separate groups of three
      digits before the decimal comma: `1.234,5` = 1234.5, `1.234.567,8` = 1234567.8;
    - a dot and commas: the English grouping, `1,234.5` = 1234.5, `1,234,567.8` = 1234567.8;
    - several dots alone group thousands: `1.234.567` = 1234567;
    - anything else (`1,23.4`, `1.2,3.4`, `12.34,5`, `1,234,567`) is refused as ambiguous:
      NumberError, never a misread figure.

    Only ASCII digits are digits (no `1_000`, no full-width or Arabic-Indic digits); an
    exponent (`1e9`) is read. Every result is checked to be representable (finite, within
    ±MAX_ABS, not subnormal); a too large int (10**400) is refused as well.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        return float(text)
    if isinstance(text, int | float):
        if not representable(text):
            raise NumberError(str(text))
        return float(text)
    s = str(text).strip().replace(NBSP, "").replace(NNBSP, "").replace(" ", "")
    s = s.replace("−", "-")
    if s.endswith("%"):
        s = s[:-1]
    if not s:
        return None
    s = _plain_decimal(s, text)
    if not _PLAIN_FLOAT.fullmatch(s):
        raise NumberError(str(text))
    try:
        value = float(s)
    except (ValueError, OverflowError) as exc:
        raise NumberError(str(text)) from exc
    return check_representable(value, text)


_DOT_GROUPED = re.compile(r"^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_COMMA_GROUPED = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+\.\d+$")


def _plain_decimal(s: str, text: object) -> str:
    """`s` (no spaces) with a dot as the only separator, as `float` reads it (see
    `parse_number` for the rules); NumberError when the separators are ambiguous."""
    commas, dots = s.count(","), s.count(".")
    if commas == 0 and dots <= 1:
        return s
    if dots == 0 and commas == 1:
        return s.replace(",", ".")
    if _DOT_GROUPED.match(s) and (commas == 1 or dots >= 2):
        return s.replace(".", "").replace(",", ".")
    if _COMMA_GROUPED.match(s):
        return s.replace(",", "")
    raise NumberError(str(text))


# Words for a yes/no (milestone) indicator as people type them, Kyrgyz, Russian, English.
YES_WORDS = frozenset(
    {"ооба", "бар", "да", "есть", "yes", "y", "true", "✓", "✔", "аткарылды", "выполнено", "done"}
)
NO_WORDS = frozenset({"жок", "нет", "no", "n", "false", "✗", "аткарылган жок", "не выполнено"})
_RATIO = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*:\s*([\d\s\u00a0\u202f.,]*\d)\s*$")


def parse_yes_no(text: object) -> float | None:
    """1.0 for a yes word, 0.0 for a no word (see YES_WORDS, NO_WORDS), else None."""
    if not isinstance(text, str):
        return None
    word = " ".join(text.split()).casefold().rstrip(".!")
    if word in YES_WORDS:
        return 1.0
    if word in NO_WORDS:
        return 0.0
    return None


def parse_ratio(text: object) -> float | None:
    """`1:0,3` → 0.3 (a ratio is stored as the second term of `1:x`); `2:1` → 0.5;
    None when `text` is not written as a ratio. NumberError for `1:` followed by a
    number that `parse_number` refuses, or a first term of zero."""
    if not isinstance(text, str):
        return None
    m = _RATIO.match(text)
    if not m:
        return None
    first = parse_number(m.group(1))
    second = parse_number(m.group(2))
    if not first or second is None:
        raise NumberError(text)
    return check_representable(second / first, text)


def parse_indicator_value(
    text: str | float | int | None, value_type: str | None = None
) -> float | None:
    """A value typed for an indicator: a number (`parse_number`), for a yes/no indicator
    also `ооба`/`жок`, `да`/`нет`, `yes`/`no` (1/0), for a ratio also `1:0,3` (0.3).

    `value_type` None accepts every form (an import that does not know the type yet).
    NumberError for anything else, so "ооба" for a number indicator is still refused.
    """
    if isinstance(text, str) and value_type in (None, "milestone"):
        flag = parse_yes_no(text)
        if flag is not None:
            return flag
    if isinstance(text, str) and value_type in (None, "ratio"):
        ratio = parse_ratio(text)
        if ratio is not None:
            return ratio
    return parse_number(text)


def format_indicator_value(
    value: float | None,
    value_type: str | None,
    *,
    yes: str = "ооба",
    no: str = "жок",
    empty: str = "–",
) -> str:
    """The one written form of an indicator's value: `ооба`/`жок` for a yes/no indicator
    (reached from 0,5; `yes`/`no` give the words of the reader's language), `1:0,3` for a
    ratio, `734 593,3` for the rest. `parse_indicator_value` reads every form back."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return empty
    if value_type == "milestone":
        return yes if value >= 0.5 else no
    if value_type == "ratio":
        return format_ratio(value, empty)
    return format_number(value, empty=empty)


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
