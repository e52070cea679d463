"""Reporting periods written `2024`, `2024-H1`, `2024-H2`, `2024-Q1` … `2024-Q4`.

A pure value type: parsing, ordering, the year a period belongs to, and the periods a
year or a programme spans. One place for the rule, used by services, CLI and UI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^\s*(\d{4})(?:-(H[12]|Q[1-4]))?\s*$", re.IGNORECASE)


class PeriodError(ValueError):
    """The text is not a period; `text` is what was given."""

    def __init__(self, text: str) -> None:
        super().__init__(f"not a period: {text!r} (expected 2024, 2024-H1 or 2024-Q3)")
        self.text = text


@dataclass(frozen=True, order=True)
class Period:
    year: int
    # 0 = whole year; half-years 1..2; quarters 1..4
    kind: str  # "Y", "H" or "Q" — order Y < H < Q keeps sorting stable within a year
    index: int

    @classmethod
    def parse(cls, text: str) -> Period:
        m = _PATTERN.match(str(text))
        if not m:
            raise PeriodError(str(text))
        year = int(m.group(1))
        if not 1900 <= year <= 2200:
            raise PeriodError(str(text))
        part = (m.group(2) or "").upper()
        if not part:
            return cls(year, "Y", 0)
        return cls(year, part[0], int(part[1]))

    @classmethod
    def year_of(cls, year: int) -> Period:
        return cls(year, "Y", 0)

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        return cls(year, "H", half)

    def __str__(self) -> str:
        if self.kind == "Y":
            return str(self.year)
        return f"{self.year}-{self.kind}{self.index}"

    @property
    def code(self) -> str:
        return str(self)

    @property
    def is_year(self) -> bool:
        return self.kind == "Y"

    @property
    def is_half(self) -> bool:
        return self.kind == "H"

    @property
    def is_quarter(self) -> bool:
        return self.kind == "Q"

    def end_month(self) -> int:
        if self.kind == "Y":
            return 12
        if self.kind == "H":
            return 6 * self.index
        return 3 * self.index

    def sort_key(self) -> tuple[int, int, int]:
        """Chronological order by period end; a year sorts after its last half/quarter."""
        rank = {"Q": 0, "H": 1, "Y": 2}[self.kind]
        return (self.year, self.end_month(), rank)

    def previous(self) -> Period:
        if self.kind == "Y":
            return Period(self.year - 1, "Y", 0)
        n = 2 if self.kind == "H" else 4
        if self.index == 1:
            return Period(self.year - 1, self.kind, n)
        return Period(self.year, self.kind, self.index - 1)

    def next(self) -> Period:
        if self.kind == "Y":
            return Period(self.year + 1, "Y", 0)
        n = 2 if self.kind == "H" else 4
        if self.index == n:
            return Period(self.year + 1, self.kind, 1)
        return Period(self.year, self.kind, self.index + 1)

    def sub_periods(self, kind: str = "H") -> list[Period]:
        """The half-years (or quarters) of a year; a non-year returns itself."""
        if self.kind != "Y":
            return [self]
        n = 2 if kind == "H" else 4
        return [Period(self.year, kind, i) for i in range(1, n + 1)]

    def contains(self, other: Period) -> bool:
        if self == other:
            return True
        if self.kind == "Y":
            return other.year == self.year
        if self.kind == "H" and other.kind == "Q":
            return other.year == self.year and (other.index + 1) // 2 == self.index
        return False


def parse_period(text: str) -> Period:
    return Period.parse(text)


def periods_between(start_year: int, end_year: int, frequency: str = "half_year") -> list[Period]:
    """Every reporting period of a programme, in order."""
    out: list[Period] = []
    for year in range(start_year, end_year + 1):
        if frequency == "year":
            out.append(Period.year_of(year))
        elif frequency == "quarter":
            out.extend(Period(year, "Q", i) for i in range(1, 5))
        else:
            out.extend(Period.half(year, i) for i in (1, 2))
    return out


def sort_periods(codes: list[str]) -> list[str]:
    return sorted(codes, key=lambda c: Period.parse(c).sort_key())
