"""The rulebook of PRODUCT.md §3 as pure functions: no database, no Qt, no I/O.

Everything that turns stored numbers (actuals and targets per period) into the figures a
user sees — the value of a year, the target of a half-year, progress, the plain ratio, the
traffic light, roll-ups, measure counts and budget execution — lives here, so the grid, the
dashboard, the reports, the command line and the exchange all agree to the last digit.

Three kinds of indicator (`Indicator.aggregation`):

* **cumulative** (`sum`): actuals and targets are amounts done in a period. The figure shown
  for a period is the running total since the baseline year, compared with the target total
  to the same date.
* **level** (`latest` / `average`): actuals and targets are states at a moment. The figure
  for a period is the level in that period (for a year: its last half-year, or the mean of
  its half-years for `average`), compared with the target level of the period.
* **sum within the year** (`annual_sum`, issue 19): flows counted per year — revenue per year,
  jobs created per year, accidents per year. Actuals and targets are amounts done in a period,
  but the count starts again every January:

  - the value of a year is the sum of its half-years (quarters);
  - the figure compared (`actual`, the year to date) is the sum of the year's periods up to
    and including the one asked: `2025-H1` → H1, `2025-H2` and `2025` → H1 + H2;
  - targets are per year: a year's target is that year's amount, not a running total. It is
    entered for the year, or the sum of its half-years (quarters) when all were entered, or
    else linear between the known yearly amounts (the baseline as the baseline year's amount,
    the entered years, the final target as the last year's amount), flagged `interpolated`;
  - a half-year's target is half the year's (the year's minus the other half when that one
    was entered), a quarter's half of its half-year, the way cumulative amounts are derived;
    the target compared is the year to date: `H1` → its half, `H2` → the whole year;
  - progress is `(ytd − b) / (target_ytd − b)` where `b` is the baseline year's amount for
    the same share of the year (`baseline × end_month / 12`: half of it at H1), so a year's
    progress is `(year − baseline) / (year target − baseline)`; the direction, the plain
    ratio for contradicting targets, the clamp of roll-ups and `needs_review` are those of the
    other kinds. A half-year missing within the year simply adds nothing to the year to date.

Half-year targets are entered directly or derived: half of the year's amount for cumulative
indicators, linear between the surrounding levels for level indicators. A derived target is
flagged `interpolated` (shown as "≈") unless it is exactly a figure the council wrote — the
second half-year of a level indicator *is* the year-end level, and the running total at the
end of a year *is* the sum of the yearly amounts, so those are not flagged.

Roll-ups (issue 19). An indicator's own progress is shown as it is — 140 %, −30 % — because
that is what the figures say. Its *contribution* to every roll-up (direction, sector,
objective, programme, the executors' rating, the municipalities' table) is clamped to
[0, 100 %] by `contribution`, the one clamp: one indicator far below its baseline must not
drag a programme whose other indicators are on track to −89 %, nor one far above its target
carry the others. A value held for review (status `needs_review`, see
`meapp.services.monitoring.review`) contributes nothing until it is confirmed or corrected.

Targets that contradict the direction (issue 19). A target on the wrong side of the baseline
(`target_contradicts_direction`: revenue to increase from 322,4 with a target of 285,9) makes
the baseline-relative formula meaningless — its denominator changes sign, so 140,2 read as
998 % and 290,1 against 300 as 144 %. For such a target progress is the plain ratio of
international practice (`ratio`: actual/target to increase, target/actual to decrease): the
target the council wrote is what is measured, the baseline that contradicts it is left out.
140,2 against 285,9 is then 49 % (off track), 290,1 against 300 is 97 %. The import, the
editor and the quality gate name such targets so that the council can correct them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from meapp.models.enums import MEASURE_STATUSES
from meapp.models.periods import Period

CUMULATIVE = "cumulative"
LEVEL = "level"
ANNUAL_SUM = "annual_sum"
# aggregation code → kind (every aggregation not listed is a level)
_KINDS = {"sum": CUMULATIVE, "annual_sum": ANNUAL_SUM}
DEFAULT_GREEN = 0.9
DEFAULT_AMBER = 0.6
# The status of an indicator whose value is held out of every roll-up until an evaluator
# confirms it or it is corrected (implausible or unrepresentable, see validation.implausible).
NEEDS_REVIEW = "needs_review"
# Relative tolerance when comparing amounts that went through float arithmetic.
_EPS = 1e-9

Values = Mapping[Period, float | None]


def indicator_kind(aggregation: str) -> str:
    """`sum` makes an indicator cumulative, `annual_sum` a sum within the year; `latest` and
    `average` make it a level."""
    return _KINDS.get(aggregation, LEVEL)


def is_amount(kind: str) -> bool:
    """Whether values and targets of this kind are amounts done in a period (cumulative or
    summed within the year), not levels: their periods add up and their targets split."""
    return kind != LEVEL


@dataclass(frozen=True)
class IndicatorSpec:
    """What the formulas need to know about an indicator and its programme."""

    aggregation: str = "latest"
    direction: str = "increase"
    baseline: float | None = None
    baseline_year: int | None = None
    final_target: float | None = None
    start_year: int | None = None  # of the programme
    end_year: int | None = None

    # plain properties, written out: the roll-up asks them tens of thousands of times
    @property
    def kind(self) -> str:
        return _KINDS.get(self.aggregation, LEVEL)

    @property
    def first_year(self) -> int | None:
        """The first year a running total counts: after the baseline year, within the programme."""
        if self.baseline_year is None:
            return self.start_year
        if self.start_year is None:
            return self.baseline_year + 1
        return max(self.baseline_year + 1, self.start_year)


@dataclass(frozen=True)
class Target:
    value: float | None
    interpolated: bool = False


@dataclass(frozen=True)
class IndicatorResult:
    """The figures of one indicator for one period."""

    period_value: float | None  # the value of the period itself (its amount or its level)
    actual: float | None  # the figure compared: running total, year to date, or level
    target: float | None  # the target it is compared with (total/year to date, or level)
    target_interpolated: bool
    progress: float | None
    ratio: float | None
    status: str


# -- periods and values ------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _period(year: int, kind: str, index: int) -> Period:
    """`Period(year, kind, index)`, made once: the target formulas build the same few
    periods (a year, its halves and quarters) for every indicator of a programme."""
    return Period(year, kind, index)


def period_time(period: Period) -> float:
    """The moment a period ends, in years: `2024-H1` → 2024.5, `2024-H2` and `2024` → 2025.0."""
    return period.year + period.end_month() / 12.0


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _EPS * max(1.0, abs(a), abs(b))


def _finer_values(values: Values, period: Period) -> list[tuple[Period, float]]:
    """The values of the periods inside `period`, at one granularity (half-years before quarters)."""
    inside = [
        (p, v) for p, v in values.items() if v is not None and p != period and period.contains(p)
    ]
    if not inside:
        return []
    kinds = {p.kind for p, _ in inside}
    keep = "H" if "H" in kinds else "Q"
    if keep == "H":
        halves = {p.index for p, _ in inside if p.kind == "H"}
        # a half-year without its own value may still have quarters
        rows = [(p, v) for p, v in inside if p.kind == "H"]
        for p, v in inside:
            if p.kind == "Q" and (p.index + 1) // 2 not in halves:
                rows.append((p, v))
        inside = rows
    return sorted(inside, key=lambda pv: pv[0].sort_key())


def period_value(values: Values, period: Period, aggregation: str) -> float | None:
    """The value of one period: entered directly, or combined from the periods inside it.

    A year of a cumulative (or summed within the year) indicator is the sum of its
    half-years; of a `latest` level its
    last half-year with data; of an `average` level the mean of its half-years.
    """
    direct = values.get(period)
    if direct is not None:
        return float(direct)
    if period.kind == "Q":
        return None  # nothing is finer than a quarter
    inside = _finer_values(values, period)
    if not inside:
        return None
    numbers = [float(v) for _, v in inside]
    if aggregation in _KINDS:
        return math.fsum(numbers)
    if aggregation == "average":
        return math.fsum(numbers) / len(numbers)
    return numbers[-1]


def year_value(values: Values, year: int, aggregation: str) -> float | None:
    return period_value(values, _period(year, "Y", 0), aggregation)


def _year_parts_upto(upto: Period) -> list[Period]:
    """The periods of `upto`'s year, at its granularity, that end no later than it."""
    if upto.is_year:
        return [upto]
    n = 2 if upto.is_half else 4
    return [_period(upto.year, upto.kind, i) for i in range(1, n + 1) if i <= upto.index]


def cumulative_total(values: Values, upto: Period, first_year: int | None) -> float | None:
    """The sum of period amounts from the start of `first_year` to the end of `upto`.

    Without a first year the earliest year with a value starts the count. None when no
    amount was entered in that span.
    """
    items = [(p, v) for p, v in values.items() if v is not None]
    if not items:
        return None
    start = first_year if first_year is not None else min(p.year for p, _ in items)
    kind = upto.kind
    if all(p.kind == kind for p, _ in items):
        # the usual case: every value at the granularity asked for (half-years)
        year, index = upto.year, upto.index
        parts = [
            float(v)
            for p, v in items
            if p.year >= start and (p.year < year or (p.year == year and p.index <= index))
        ]
        return math.fsum(parts) if parts else None
    found: list[float] = []
    for y in range(start, upto.year):
        v = period_value(values, _period(y, "Y", 0), "sum")
        if v is not None:
            found.append(v)
    if upto.year >= start:
        for p in _year_parts_upto(upto):
            v = period_value(values, p, "sum")
            if v is not None:
                found.append(v)
    return math.fsum(found) if found else None


def year_to_date(values: Values, upto: Period) -> float | None:
    """The sum of the amounts of `upto`'s year from January to the end of `upto` (the figure
    of an `annual_sum` indicator). None when no amount of that span was entered."""
    return cumulative_total(values, upto, upto.year)


def counts_into(kind: str, period: Period, other: Period) -> bool:
    """Whether the value of `other` is part of the figure compared for `period`: a period
    inside it, for a running total every earlier period, within the year every earlier
    period of the same year (so a value held for review holds every figure it is part of)."""
    if period.contains(other):
        return True
    if kind == LEVEL or other.sort_key() > period.sort_key():
        return False
    return kind == CUMULATIVE or other.year == period.year


def latest_at_or_before(rows: Mapping[Period, object], period: Period) -> Period | None:
    """The latest period of `rows` that ends no later than `period` (None when there is none)."""
    key = period.sort_key()
    best: Period | None = None
    for p in rows:
        if p.sort_key() <= key and (best is None or p.sort_key() > best.sort_key()):
            best = p
    return best


def previous_value(values: Values, period: Period) -> tuple[Period, float] | None:
    """The nearest earlier value at the same granularity, for outlier warnings."""
    here = (period.year, period.index)
    best: tuple[Period, float] | None = None
    best_at = (0, 0)
    for p, v in values.items():
        if v is None or p.kind != period.kind:
            continue
        at = (p.year, p.index)
        if at < here and (best is None or at > best_at):
            best, best_at = (p, float(v)), at
    return best


# -- targets -----------------------------------------------------------------------------


def _programme_years(spec: IndicatorSpec) -> list[int]:
    if spec.start_year is None or spec.end_year is None:
        return []
    return list(range(spec.start_year, spec.end_year + 1))


def year_amount(targets: Values, year: int, spec: IndicatorSpec) -> Target:
    """The target amount of a year for a cumulative (or summed within the year) indicator.

    Entered for the year, or the sum of its half-years (quarters) when all were entered;
    otherwise, for a cumulative indicator, what the final target leaves for the years
    without a yearly target, spread evenly; for `annual_sum`, linear between the known
    yearly amounts (`_annual_between`). Both are flagged interpolated.
    """
    entered = _entered_year(targets, year)
    if entered is not None:
        return Target(entered)
    if spec.kind == ANNUAL_SUM:
        return _annual_between(targets, year, spec)
    years = _programme_years(spec)
    if spec.final_target is not None and year in years:
        given = {yy: targets.get(_period(yy, "Y", 0)) for yy in years}
        missing = [yy for yy, v in given.items() if v is None]
        rest = spec.final_target - math.fsum(float(v) for v in given.values() if v is not None)
        return Target(rest / len(missing), True)
    return Target(None)


def _entered_year(targets: Values, year: int) -> float | None:
    """A year's amount as the council wrote it: for the year, or all its half-years (quarters)."""
    direct = targets.get(_period(year, "Y", 0))
    if direct is not None:
        return float(direct)
    for kind, n in (("H", 2), ("Q", 4)):
        parts = [targets.get(_period(year, kind, i)) for i in range(1, n + 1)]
        if all(v is not None for v in parts):
            return math.fsum(float(v) for v in parts if v is not None)
    return None


def _annual_between(targets: Values, year: int, spec: IndicatorSpec) -> Target:
    """A missing yearly amount of an `annual_sum` indicator: linear between the nearest known
    amounts before and after it (the baseline year's amount, entered years, the final target
    as the amount of the programme's last year). None outside the known span."""
    known: dict[int, float] = {}
    if spec.baseline is not None and spec.baseline_year is not None:
        known[spec.baseline_year] = float(spec.baseline)
    for y in {p.year for p, v in targets.items() if v is not None}:
        amount = _entered_year(targets, y)
        if amount is not None:
            known[y] = amount
    if spec.final_target is not None and spec.end_year is not None:
        known.setdefault(spec.end_year, float(spec.final_target))
    if year in known:
        return Target(known[year])
    before = max((y for y in known if y < year), default=None)
    after = min((y for y in known if y > year), default=None)
    if before is None or after is None:
        return Target(None)
    v1, v2 = known[before], known[after]
    return Target(v1 + (v2 - v1) * (year - before) / (after - before), True)


def year_to_date_target(targets: Values, upto: Period, spec: IndicatorSpec) -> Target:
    """The target of an `annual_sum` indicator from January to the end of `upto`: the year's
    amount at the year's end, the amounts of its periods so far before (H1: half the year)."""
    if upto.is_year or upto.end_month() == 12:
        t = year_amount(targets, upto.year, spec)
        if t.value is not None:
            return t
    return _sum_parts(targets, upto, spec)


def period_amount(targets: Values, period: Period, spec: IndicatorSpec) -> Target:
    """The target amount of one period of a cumulative or `annual_sum` indicator (half of the
    year's, …)."""
    direct = targets.get(period)
    if direct is not None:
        return Target(float(direct))
    if period.is_year:
        return year_amount(targets, period.year, spec)
    if period.is_half:
        year = year_amount(targets, period.year, spec)
        if year.value is None:
            return Target(None)
        other = targets.get(_period(period.year, "H", 3 - period.index))
        if other is not None:
            return Target(year.value - float(other), year.interpolated)
        return Target(year.value / 2.0, True)
    # a quarter: half of its half-year
    half = period_amount(targets, _period(period.year, "H", (period.index + 1) // 2), spec)
    if half.value is None:
        return Target(None)
    return Target(half.value / 2.0, True)


def cumulative_target(targets: Values, upto: Period, spec: IndicatorSpec) -> Target:
    """The target total from the first counted year to the end of `upto`."""
    start = spec.first_year
    if start is None:
        years = [p.year for p, v in targets.items() if v is not None]
        if not years:
            return Target(None)
        start = min(years)
    if upto.year < start:
        return Target(None)
    parts: list[float] = []
    interpolated = False
    for year in range(start, upto.year):
        t = year_amount(targets, year, spec)
        if t.value is None:
            return Target(None)
        parts.append(t.value)
        interpolated = interpolated or t.interpolated
    if upto.is_year or upto.end_month() == 12:
        t = year_amount(targets, upto.year, spec)
        if t.value is None:
            # the last part may still be entered directly (e.g. only 2024-H2)
            t = _sum_parts(targets, upto, spec)
        if t.value is None:
            return Target(None)
        parts.append(t.value)
        interpolated = interpolated or t.interpolated
    else:
        t = _sum_parts(targets, upto, spec)
        if t.value is None:
            return Target(None)
        parts.append(t.value)
        interpolated = interpolated or t.interpolated
    return Target(math.fsum(parts), interpolated)


def _sum_parts(targets: Values, upto: Period, spec: IndicatorSpec) -> Target:
    total: list[float] = []
    interpolated = False
    for p in _year_parts_upto(upto):
        t = period_amount(targets, p, spec)
        if t.value is None:
            return Target(None)
        total.append(t.value)
        interpolated = interpolated or t.interpolated
    return Target(math.fsum(total), interpolated)


def level_anchors(targets: Values, spec: IndicatorSpec) -> list[tuple[float, float, bool]]:
    """Known levels in time order: (moment, value, exact); the baseline ends its year."""
    points: dict[float, tuple[float, bool]] = {}
    if spec.baseline is not None and spec.baseline_year is not None:
        points[float(spec.baseline_year + 1)] = (float(spec.baseline), True)
    for p, v in targets.items():
        if v is not None:
            points[period_time(p)] = (float(v), True)
    if spec.final_target is not None and spec.end_year is not None:
        points.setdefault(float(spec.end_year + 1), (float(spec.final_target), True))
    return sorted((t, v, exact) for t, (v, exact) in points.items())


def level_target(targets: Values, period: Period, spec: IndicatorSpec) -> Target:
    """The target level at the end of a period: entered, or linear between known levels."""
    direct = targets.get(period)
    if direct is not None:
        return Target(float(direct))
    t0 = period_time(period)
    before: tuple[float, float] | None = None
    after: tuple[float, float] | None = None
    for t, v, _exact in level_anchors(targets, spec):
        if abs(t - t0) < 1e-9:
            return Target(v)
        if t < t0:
            before = (t, v)
        elif after is None:
            after = (t, v)
    if before is None or after is None:
        return Target(None)
    (t1, v1), (t2, v2) = before, after
    return Target(v1 + (v2 - v1) * (t0 - t1) / (t2 - t1), True)


def period_target(targets: Values, period: Period, spec: IndicatorSpec) -> Target:
    """The target a period's figure is compared with: total to date, year to date, or level."""
    kind = spec.kind
    if kind == CUMULATIVE:
        return cumulative_target(targets, period, spec)
    if kind == ANNUAL_SUM:
        return year_to_date_target(targets, period, spec)
    return level_target(targets, period, spec)


# -- progress, ratio, status -------------------------------------------------------------


def progress(
    actual: float | None, baseline: float | None, target: float | None, direction: str
) -> float | None:
    """Baseline-relative progress `(actual − baseline) / (target − baseline)`.

    Right for increasing and decreasing indicators alike. When the target equals the
    baseline the target is met (1.0) if the actual is at least as good, else 0.0; for `keep`
    the closeness of actual to target. Without a baseline the plain ratio is the best there
    is, and so it is for a target that contradicts the direction (see the module's
    docstring). None when actual or target is missing.
    """
    if actual is None or target is None:
        return None
    if baseline is None or target_contradicts_direction(direction, baseline, target):
        return ratio(actual, target, direction)
    if _close(target, baseline):
        if direction == "keep":
            return ratio(actual, target, "keep")
        if direction == "decrease":
            return 1.0 if actual <= target or _close(actual, target) else 0.0
        return 1.0 if actual >= target or _close(actual, target) else 0.0
    return (actual - baseline) / (target - baseline)


def target_contradicts_direction(
    direction: str, baseline: float | None, target: float | None
) -> bool:
    """A target on the wrong side of the baseline: below it to increase, above it to decrease.

    Councils type such paths (revenue 322,4 → 285,9 "to increase"); the import and the editor
    name them, the quality gate lists them, and the formulas give them a defined result.
    """
    if baseline is None or target is None or _close(target, baseline):
        return False
    if direction == "increase":
        return target < baseline
    if direction == "decrease":
        return target > baseline
    return False


def ratio(actual: float | None, target: float | None, direction: str) -> float | None:
    """The plain ratio of international practice: actual/target, target/actual to decrease.

    For `keep` the closeness min/max of the two (1.0 when held exactly). None when missing or
    when it would divide by zero (both zero counts as met).
    """
    if actual is None or target is None:
        return None
    if _close(actual, 0.0) and _close(target, 0.0):
        return 1.0
    if direction == "keep":
        a, t = abs(actual), abs(target)
        if (actual < 0) != (target < 0) and not (_close(actual, 0.0) or _close(target, 0.0)):
            return 0.0
        return min(a, t) / max(a, t)
    num, den = (target, actual) if direction == "decrease" else (actual, target)
    if _close(den, 0.0):
        return None
    return num / den


def status_for(
    value: float | None, green: float = DEFAULT_GREEN, amber: float = DEFAULT_AMBER
) -> str:
    """The traffic light of a progress figure by the programme's thresholds."""
    if value is None or math.isnan(value):
        return "no_data"
    if value >= green - _EPS:
        return "on_track"
    if value >= amber - _EPS:
        return "at_risk"
    return "off_track"


def _elapsed_years(first_year: int, upto: Period) -> float:
    return max(0.0, period_time(upto) - first_year)


def progress_baseline(spec: IndicatorSpec, upto: Period) -> float | None:
    """The baseline a period's figure is measured from.

    For a level it is the baseline value; for a sum within the year the baseline year's
    amount over the same share of the year. For a running total of an increasing indicator it
    is zero: nothing had been done since the baseline year. For a running total to decrease
    (or to keep) it is what the baseline year's pace would have added up to by then.
    """
    kind = spec.kind
    if kind == LEVEL:
        return spec.baseline
    if kind == ANNUAL_SUM:
        # the baseline year's amount over the same share of a year (half of it at H1)
        if spec.baseline is None:
            return None
        return spec.baseline * upto.end_month() / 12.0
    if spec.direction == "increase":
        return 0.0
    first = spec.first_year
    if spec.baseline is None or first is None:
        return None
    return spec.baseline * _elapsed_years(first, upto)


def _actual(spec: IndicatorSpec, values: Values, period: Period, own: float | None) -> float | None:
    """The figure compared with the target, given the period's own value `own`."""
    if own is None:
        return None
    kind = spec.kind
    if kind == CUMULATIVE:
        return cumulative_total(values, period, spec.first_year)
    if kind == ANNUAL_SUM:
        return year_to_date(values, period)
    return own


def progress_at(
    spec: IndicatorSpec, targets: Values, values: Values, period: Period
) -> float | None:
    """`evaluate(...).progress` alone, for the trend against the previous period.

    Without a value in the period there is no progress, so the target is not worked out.
    """
    own = period_value(values, period, spec.aggregation)
    if own is None:
        return None
    target = period_target(targets, period, spec)
    actual = _actual(spec, values, period, own)
    return progress(actual, progress_baseline(spec, period), target.value, spec.direction)


def evaluate(
    spec: IndicatorSpec,
    targets: Values,
    values: Values,
    period: Period,
    green: float = DEFAULT_GREEN,
    amber: float = DEFAULT_AMBER,
) -> IndicatorResult:
    """All figures of one indicator for one period (the row of the monitoring grid)."""
    own = period_value(values, period, spec.aggregation)
    target = period_target(targets, period, spec)
    actual = _actual(spec, values, period, own)
    prog = progress(actual, progress_baseline(spec, period), target.value, spec.direction)
    return IndicatorResult(
        period_value=own,
        actual=actual,
        target=target.value,
        target_interpolated=target.interpolated and target.value is not None,
        progress=prog,
        ratio=ratio(actual, target.value, spec.direction),
        status=status_for(prog, green, amber),
    )


# -- roll-ups, measures, budget ----------------------------------------------------------


def contribution(value: float | None) -> float | None:
    """What one progress figure adds to a roll-up: clamped to [0, 1]; None when missing.

    The one clamp of every roll-up (issue 19): the indicator's own progress is shown as it
    is, but it counts toward its direction, the programme and the dashboard as at most its
    whole target and at least nothing. NaN (which no formula should give) counts as missing.
    """
    if value is None or math.isnan(value):
        return None
    return min(1.0, max(0.0, value))


def rollup(items: Iterable[tuple[float | None, float]]) -> float | None:
    """Weighted mean of progress figures, each clamped to [0, 100 %]; None without any figure.

    Items are (progress, weight); missing progress and non-positive weights are left out,
    so an indicator without data (or held for review: the caller passes None) neither
    helps nor hurts.
    """
    total = 0.0
    weights = 0.0
    for value, weight in items:
        share = contribution(value)
        if share is None or weight is None or weight <= 0 or math.isnan(weight):
            continue
        total += share * weight
        weights += weight
    if weights <= 0:
        return None
    return total / weights


def count_measures(statuses: Iterable[str | None]) -> dict[str, int]:
    """Measures by status; a measure never reported counts as not started."""
    counts = dict.fromkeys(MEASURE_STATUSES, 0)
    for s in statuses:
        counts[s if s in counts else "not_started"] += 1
    return {k: counts[k] for k in ("done", "in_progress", "not_started", "delayed", "cancelled")}


def execution(planned: float | None, spent: float | None) -> float | None:
    """Budget execution `spent / planned`; None when nothing was planned."""
    if planned is None or spent is None or planned <= 0:
        return None
    return spent / planned


def deviation(planned: float | None, spent: float | None) -> float | None:
    """`spent − planned` (negative: under-spent)."""
    if planned is None or spent is None:
        return None
    return spent - planned
