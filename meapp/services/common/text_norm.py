"""Text as the councils write it: old letters, stray spaces, free-text deadlines.

Council tables are Word documents pasted into Excel. Their text keeps the old letters ѳ/ɵ
for ө, spaces around lines, and deadlines written in words ("2023-2026-жж.", "2023 г.",
"Жыл сайын", two deadlines in one cell). Import keeps what was written (after `clean`) and
adds what a program needs: the years of a deadline, and a key to compare texts by.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

# Old letters (Cyrillic fita, Latin barred o) used for the Kyrgyz ө.
_OLD_LETTERS = str.maketrans({"ѳ": "ө", "Ѳ": "Ө", "ɵ": "ө", "Ɵ": "Ө"})


def normalize_letters(text: str) -> str:
    """ѳ Ѳ ɵ Ɵ → ө Ө; nothing else changes."""
    return text.translate(_OLD_LETTERS)


# Control characters (Unicode category Cc) other than tab and line feed: typed by accident
# or pasted from other programs, invisible on screen, and refused by Excel files (openpyxl
# raises IllegalCharacterError on C0 controls), so a stored reason or comment with one
# could never be exported.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """`text` without control characters; tab and line feed stay (carriage returns go too:
    a line break is `\\n`)."""
    return _CONTROLS.sub("", text)


def clean(value: object) -> str:
    """A cell as text: old letters normalised, each line and the whole trimmed.

    Line breaks inside a cell stay (they carry meaning in council tables: one result per
    line); only the spaces around them go, as do empty lines at the start and end.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = normalize_letters(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def match_key(text: str | None) -> str:
    """A key under which two wordings of the same title compare equal.

    Case, old letters, quotes, punctuation, a leading code ("1.1.") and runs of spaces do
    not count; the words do.
    """
    if not text:
        return ""
    s = normalize_letters(unicodedata.normalize("NFC", str(text))).casefold()
    s = s.replace("ё", "е")
    s = re.sub(r"^\s*(?:\d+\.)*\d*\.?\s+", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def split_code(text: str) -> tuple[str | None, str]:
    """`1.1. Билим` → (`1.1`, `Билим`); `I. Экономика` → (`I`, `Экономика`); else (None, text).

    The code keeps its digits as written but loses the trailing dot, so `1.1.` and `1.1`
    are the same label.
    """
    m = re.match(r"^\s*((?:\d{1,3}\.)*\d{1,3})\.?(?:\)|\s)\s*(\S.*)$", text, re.S)
    if m:
        return m.group(1), m.group(2).strip()
    m = re.match(r"^\s*([IVX]{1,5})\.\s*(\S.*)$", text, re.S)
    if m:
        return m.group(1), m.group(2).strip()
    return None, text.strip()


# -- deadlines ---------------------------------------------------------------------------

_ANNUAL = re.compile(
    r"жыл\s*сайын|ар\s+жыл|ежегодн|каждый\s+год|annual|every\s+year|туруктуу|дайыма|"
    r"постоянн|в\s+течение\s+(?:всего\s+)?(?:периода|срока)|бүт(?:күл)?\s+мезгил|"
    r"программанын\s+(?:бүт|мөөнөт)|весь\s+период",
    re.IGNORECASE,
)
_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)?\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass(frozen=True)
class Deadline:
    """The years a free-text deadline covers; `annual` for "every year" wordings."""

    text: str
    start_year: int | None
    end_year: int | None
    annual: bool = False

    @property
    def understood(self) -> bool:
        return self.start_year is not None or self.annual


def parse_deadline(text: object, program_years: tuple[int, int] | None = None) -> Deadline:
    """`2023-2026-жж.` → 2023–2026; `2023 г.` → 2023; `Жыл сайын` → the programme's years.

    Several deadlines in one cell ("2023-ж.; 2025-2026-жж.") give the first start and the
    last end. A two-digit end ("2023-26") belongs to the same century.
    """
    raw = clean(text)
    years: list[int] = []
    rest = raw
    for m in _RANGE.finditer(raw):
        a = int(m.group(1))
        b_text = m.group(2)
        b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
        if b < a:
            continue
        years += [a, b]
    rest = _RANGE.sub(" ", raw)
    years += [int(y) for y in _YEAR.findall(rest)]
    annual = bool(_ANNUAL.search(raw))
    if years:
        return Deadline(raw, min(years), max(years), annual)
    if annual and program_years:
        return Deadline(raw, program_years[0], program_years[1], True)
    return Deadline(raw, None, None, annual)


def parse_at(raw: str | None) -> datetime | None:
    """A moment stored as ISO text in the audit trail ("…Z" included); None for nothing or
    for text edited by hand into something else (shown, never a crash)."""
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
