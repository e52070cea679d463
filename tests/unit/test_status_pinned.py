"""The complete status of several programmes, pinned figure by figure.

The roll-up is tuned for speed (PRODUCT.md §7: all 40 oblast programmes in a second); this
test holds every figure `status --json` reports — and the previous-period progress, status
counts and budget totals beside it — for three programmes and several periods, so that no
speed-up can change a result. Ids are random, so they are shown as codes.

The expected figures are a golden record, printed by the code as it stood before the speed
work (whose own tests check the rules of PRODUCT.md §3 by hand); when a rule changes on
purpose, print them again and review the difference line by line.
"""

from __future__ import annotations

from meapp.services.monitoring import status as st
from tests.unit import factories as f

PERIODS = (None, "2023-H1", "2023-H2", "2023", "2024-H1", "2024-H2", "2024", "2025-H1")


def _build(db) -> dict[str, str]:
    """Three programmes; returns {id text: readable code} for every id the status shows."""
    names: dict[str, str] = {}
    # KB: every kind of indicator with two years of data, carried-over measure statuses,
    # spending by several sources in several periods
    kb = f.small_program(db, code="KB")
    for period, value in (("2023-H1", 1.0), ("2023-H2", 1.5), ("2024-H1", 1.0), ("2024-H2", 0.5)):
        f.add_actual(db, kb.roads, period, value)
    for period, value in (("2023-H2", 68.0), ("2024-H1", 72.0), ("2024-H2", 78.0)):
        f.add_actual(db, kb.school, period, value, comment=f"survey {period}")
    f.add_actual(db, kb.losses, "2023-H1", 38.0)
    f.add_actual(db, kb.losses, "2024-H2", 35.0)
    for period, value in (("2023-H1", 1100.0), ("2023-H2", 1300.0), ("2024-H1", 1250.0)):
        f.add_actual(db, kb.revenue, period, value)
    f.add_progress(db, kb.m1, "2023-H1", "not_started", 0)
    f.add_progress(
        db, kb.m1, "2023-H2", "in_progress", 30, {"local_budget": 200.0, "donor": 1000.0}
    )
    f.add_progress(db, kb.m1, "2024-H2", "in_progress", 60, {"local_budget": 300.0})
    f.add_progress(db, kb.m2, "2023-H2", "done", 100, {"local_budget": 500.0})
    f.add_progress(db, kb.m3, "2024-H1", "delayed", 10, {"republican_budget": 700.5})
    f.add_progress(db, kb.m3, "2025-H1", "cancelled", 10)
    f.set_round(db, kb.program_id, "2023-H1", "approved")
    f.set_round(db, kb.program_id, "2023-H2", "approved")
    f.set_round(db, kb.program_id, "2024-H1", "submitted")

    # ZZ: the same plan with little data: missing actuals, a measure never reported,
    # spending without a budget line, an overachieving level
    zz = f.small_program(db, code="ZZ")
    f.add_actual(db, zz.school, "2023-H1", 64.0)
    f.add_actual(db, zz.school, "2024-H1", 95.0)
    f.add_actual(db, zz.roads, "2024-H1", 4.0)
    f.add_progress(db, zz.m1, "2024-H1", "done", 100, {"development_fund": 250.0, "other": 50.0})

    # QA: half-year targets entered directly, a decreasing running total, `keep`, weights,
    # an indicator on a direction and one without a plan item, no baseline
    qa = f.make_program(db, code="QA", start=2023, end=2025, green=0.8, amber=0.5)
    d = f.add_item(db, qa, "direction", "1", "Economy", position=0)
    o = f.add_item(db, qa, "objective", "1.1", "Jobs", parent=d, position=0)
    o2 = f.add_item(db, qa, "objective", "1.2", "Markets", parent=d, position=1)
    m = f.add_item(db, qa, "measure", "1.1.1", "Open a business centre", parent=o, end_year=2024)
    m_other = f.add_item(db, qa, "measure", "1.2.1", "Build a market", parent=o2, end_year=2025)
    jobs = f.add_indicator(
        db,
        qa,
        code="1",
        unit="jobs",
        aggregation="sum",
        baseline=0,
        targets={"2023-H1": 10, "2023-H2": 20, "2024": 40},
        plan_item=o,
        weight=2.0,
        position=1,
    )
    waste = f.add_indicator(
        db,
        qa,
        code="2",
        unit="t",
        aggregation="sum",
        direction="decrease",
        baseline=100,
        targets={"2023": 90, "2024": 80, "2025": 70},
        plan_item=o2,
        position=2,
    )
    stalls = f.add_indicator(
        db,
        qa,
        code="3",
        unit="stalls",
        direction="keep",
        baseline=50,
        targets={"2023": 50, "2024": 50},
        plan_item=d,
        position=3,
    )
    share = f.add_indicator(
        db,
        qa,
        code="4",
        unit="%",
        value_type="percent",
        baseline=None,
        baseline_year=None,
        targets={"2024": 40},
        final=50,
        position=4,
    )
    empty = f.add_indicator(db, qa, code="5", unit="units", targets={}, position=5, plan_item=o2)
    for period, value in (("2023-H1", 12.0), ("2023-H2", 15.0), ("2024-H1", 18.0)):
        f.add_actual(db, jobs, period, value)
    for period, value in (("2023-H1", 48.0), ("2023-H2", 40.0), ("2024-H2", 41.0)):
        f.add_actual(db, waste, period, value)
    f.add_actual(db, stalls, "2023-H2", 47.0)
    f.add_actual(db, stalls, "2024-H2", 55.0)
    f.add_actual(db, share, "2024-H1", 30.0)
    f.add_budget(db, m, "local_budget", 800.0)
    f.add_budget(db, m, "donor", 200.0)
    f.add_budget(db, m_other, "republican_budget", 5000.0)
    f.add_progress(db, m, "2023-H1", "in_progress", 20, {"local_budget": 100.0})
    f.add_progress(db, m, "2023-H2", "delayed", 40, {"local_budget": 150.0, "donor": 75.25})
    f.add_progress(db, m, "2024-H1", "done", 100, {"donor": 124.75})
    f.add_progress(db, m_other, "2023-H2", "in_progress", 5, {"republican_budget": 0.0})

    for ns, code in ((kb, "KB"), (zz, "ZZ")):
        names[str(ns.program_id)] = code
        for attr in ("d1", "d2", "o1", "o2", "m1", "m2", "m3", "roads", "school", "losses"):
            names[str(getattr(ns, attr))] = f"{code}:{attr}"
        names[str(ns.revenue)] = f"{code}:revenue"
    names[str(qa)] = "QA"
    for key, value in (("d", d), ("o", o), ("o2", o2), ("jobs", jobs), ("waste", waste)):
        names[str(value)] = f"QA:{key}"
    names[str(stalls)] = "QA:stalls"
    names[str(share)] = "QA:share"
    names[str(empty)] = "QA:empty"
    return names


def _readable(value, names):
    if isinstance(value, dict):
        return {k: _readable(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_readable(v, names) for v in value]
    if isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
        return names.get(value, "?")
    return value


INDICATOR_KEYS = (
    "indicator_id",
    "code",
    "name",
    "unit",
    "kind",
    "direction",
    "baseline",
    "target",
    "target_interpolated",
    "actual",
    "progress",
    "ratio",
    "status",
)
STATIC_KEYS = INDICATOR_KEYS[1:7]
JSON_KEYS = ("program_id", "period", "indicators", "rollups", "program_progress", "measures")


def _snapshot(db, names) -> tuple[dict, dict]:
    """(what never changes per indicator, {period/programme: the figures}), compactly:
    the indicator fields that do not depend on the period are checked the same in every
    period and kept once; the rest is kept as tuples in `status --json` key order."""
    static: dict[str, tuple] = {}
    out = {}
    for period in PERIODS:
        for ps in st.all_programs_status(db, period):
            data = _readable(st.status_json(ps), names)
            assert tuple(data) == (*JSON_KEYS, "budget")
            indicators = []
            for r in data["indicators"]:
                assert tuple(r) == INDICATOR_KEYS
                fixed = tuple(r[k] for k in STATIC_KEYS)
                assert static.setdefault(r["indicator_id"], fixed) == fixed
                indicators.append((r["indicator_id"], *(r[k] for k in INDICATOR_KEYS[7:])))
            assert all(
                tuple(r) == ("plan_item_id", "code", "kind", "progress") for r in data["rollups"]
            )
            assert all(
                tuple(r) == ("source", "planned", "spent", "execution") for r in data["budget"]
            )
            total = ps.budget_total
            out[f"{period}/{ps.program_code}"] = {
                "program": (data["program_id"], data["period"], ps.round_state),
                "progress": (data["program_progress"], ps.program_status),
                "previous": (ps.previous_period, st._num(ps.previous_progress)),
                "indicators": indicators,
                "counts": dict(ps.status_counts),
                "rollups": [tuple(r.values()) for r in data["rollups"]],
                "measures": data["measures"],
                "budget": [tuple(r.values()) for r in data["budget"]],
                "budget_total": None
                if total is None
                else (st._num(total.planned), st._num(total.spent), st._num(total.execution)),
            }
    return static, out


EXPECTED_STATIC = {
    "KB:roads": ("1", "Roads repaired", "km", "cumulative", "increase", 0.0),
    "KB:school": ("2", "Pupils in good schools", "%", "level", "increase", 60.0),
    "KB:losses": ("3", "Water losses", "%", "level", "decrease", 40.0),
    "KB:revenue": ("4", "Local revenue", "thousand som", "level", "increase", 1000.0),
    "QA:jobs": ("1", "Indicator 1", "jobs", "cumulative", "increase", 0.0),
    "QA:waste": ("2", "Indicator 2", "t", "cumulative", "decrease", 100.0),
    "QA:stalls": ("3", "Indicator 3", "stalls", "level", "keep", 50.0),
    "QA:share": ("4", "Indicator 4", "%", "level", "increase", None),
    "QA:empty": ("5", "Indicator 5", "units", "level", "increase", None),
    "ZZ:roads": ("1", "Roads repaired", "km", "cumulative", "increase", 0.0),
    "ZZ:school": ("2", "Pupils in good schools", "%", "level", "increase", 60.0),
    "ZZ:losses": ("3", "Water losses", "%", "level", "decrease", 40.0),
    "ZZ:revenue": ("4", "Local revenue", "thousand som", "level", "increase", 1000.0),
}

EXPECTED = {
    "None/KB": {
        "program": ("KB", "2025-H1", "open"),
        "progress": (None, "no_data"),
        "previous": ("2024-H2", 0.65),
        "indicators": [
            ("KB:roads", 6.25, True, None, None, None, "no_data"),
            ("KB:school", 82.5, True, None, None, None, "no_data"),
            ("KB:losses", None, False, None, None, None, "no_data"),
            ("KB:revenue", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 0, "at_risk": 0, "off_track": 0, "no_data": 4},
        "rollups": [
            ("KB:d1", "1", "direction", None),
            ("KB:o1", "1.1", "objective", None),
            ("KB:d2", "2", "direction", None),
            ("KB:o2", "2.1", "objective", None),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 0, "cancelled": 1},
        "budget": [
            ("local_budget", 1500.0, 1000.0, 0.666667),
            ("republican_budget", 2000.0, 700.5, 0.35025),
            ("donor", 3000.0, 1000.0, 0.333333),
        ],
        "budget_total": (6500.0, 2700.5, 0.415462),
    },
    "None/QA": {
        "program": ("QA", "2024-H2", "open"),
        "progress": (0.954545, "on_track"),
        "previous": ("2024-H1", 0.9),
        "indicators": [
            ("QA:jobs", 70.0, False, None, None, None, "no_data"),
            ("QA:waste", 170.0, False, 129.0, 2.366667, 1.317829, "on_track"),
            ("QA:stalls", 50.0, False, 55.0, 0.909091, 0.909091, "on_track"),
            ("QA:share", 40.0, False, None, None, None, "no_data"),
            ("QA:empty", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 2, "at_risk": 0, "off_track": 0, "no_data": 3},
        "rollups": [
            ("QA:d", "1", "direction", 0.954545),
            ("QA:o", "1.1", "objective", None),
            ("QA:o2", "1.2", "objective", 1.0),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 800.0, 250.0, 0.3125),
            ("republican_budget", 5000.0, 0.0, 0.0),
            ("donor", 200.0, 200.0, 1.0),
        ],
        "budget_total": (6000.0, 450.0, 0.075),
    },
    "None/ZZ": {
        "program": ("ZZ", "2024-H1", "open"),
        "progress": (1.0, "on_track"),
        "previous": ("2023-H2", None),
        "indicators": [
            ("ZZ:roads", 3.75, True, 4.0, 1.066667, 1.066667, "on_track"),
            ("ZZ:school", 75.0, True, 95.0, 2.333333, 1.266667, "on_track"),
            ("ZZ:losses", 25.0, True, None, None, None, "no_data"),
            ("ZZ:revenue", 1300.0, True, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 2, "at_risk": 0, "off_track": 0, "no_data": 2},
        "rollups": [
            ("ZZ:d1", "1", "direction", 1.0),
            ("ZZ:o1", "1.1", "objective", 1.0),
            ("ZZ:d2", "2", "direction", 1.0),
            ("ZZ:o2", "2.1", "objective", 1.0),
        ],
        "measures": {"done": 1, "in_progress": 0, "not_started": 2, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 0.0, 0.0),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("development_fund", 0.0, 250.0, None),
            ("donor", 3000.0, 0.0, 0.0),
            ("other", 0.0, 50.0, None),
        ],
        "budget_total": (6500.0, 300.0, 0.046154),
    },
    "2023-H1/KB": {
        "program": ("KB", "2023-H1", "approved"),
        "progress": (0.733333, "at_risk"),
        "previous": (None, None),
        "indicators": [
            ("KB:roads", 1.25, True, 1.0, 0.8, 0.8, "at_risk"),
            ("KB:school", 65.0, True, None, None, None, "no_data"),
            ("KB:losses", 35.0, True, 38.0, 0.4, 0.921053, "off_track"),
            ("KB:revenue", 1100.0, True, 1100.0, 1.0, 1.0, "on_track"),
        ],
        "counts": {"on_track": 1, "at_risk": 1, "off_track": 1, "no_data": 1},
        "rollups": [
            ("KB:d1", "1", "direction", 0.8),
            ("KB:o1", "1.1", "objective", 0.8),
            ("KB:d2", "2", "direction", 0.4),
            ("KB:o2", "2.1", "objective", 0.4),
        ],
        "measures": {"done": 0, "in_progress": 0, "not_started": 3, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 0.0, 0.0),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("donor", 3000.0, 0.0, 0.0),
        ],
        "budget_total": (6500.0, 0.0, 0.0),
    },
    "2023-H1/QA": {
        "program": ("QA", "2023-H1", "open"),
        "progress": (0.8, "on_track"),
        "previous": (None, None),
        "indicators": [
            ("QA:jobs", 10.0, False, 12.0, 1.2, 1.2, "on_track"),
            ("QA:waste", 45.0, True, 48.0, 0.4, 0.9375, "off_track"),
            ("QA:stalls", 50.0, True, None, None, None, "no_data"),
            ("QA:share", None, False, None, None, None, "no_data"),
            ("QA:empty", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 1, "at_risk": 0, "off_track": 1, "no_data": 3},
        "rollups": [
            ("QA:d", "1", "direction", 0.8),
            ("QA:o", "1.1", "objective", 1.0),
            ("QA:o2", "1.2", "objective", 0.4),
        ],
        "measures": {"done": 0, "in_progress": 1, "not_started": 1, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 800.0, 100.0, 0.125),
            ("republican_budget", 5000.0, 0.0, 0.0),
            ("donor", 200.0, 0.0, 0.0),
        ],
        "budget_total": (6000.0, 100.0, 0.016667),
    },
    "2023-H1/ZZ": {
        "program": ("ZZ", "2023-H1", "open"),
        "progress": (0.8, "at_risk"),
        "previous": (None, None),
        "indicators": [
            ("ZZ:roads", 1.25, True, None, None, None, "no_data"),
            ("ZZ:school", 65.0, True, 64.0, 0.8, 0.984615, "at_risk"),
            ("ZZ:losses", 35.0, True, None, None, None, "no_data"),
            ("ZZ:revenue", 1100.0, True, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 0, "at_risk": 1, "off_track": 0, "no_data": 3},
        "rollups": [
            ("ZZ:d1", "1", "direction", None),
            ("ZZ:o1", "1.1", "objective", None),
            ("ZZ:d2", "2", "direction", 0.8),
            ("ZZ:o2", "2.1", "objective", 0.8),
        ],
        "measures": {"done": 0, "in_progress": 0, "not_started": 3, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 0.0, 0.0),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("donor", 3000.0, 0.0, 0.0),
        ],
        "budget_total": (6500.0, 0.0, 0.0),
    },
    "2023-H2/KB": {
        "program": ("KB", "2023-H2", "approved"),
        "progress": (0.933333, "on_track"),
        "previous": ("2023-H1", 0.733333),
        "indicators": [
            ("KB:roads", 2.5, False, 2.5, 1.0, 1.0, "on_track"),
            ("KB:school", 70.0, False, 68.0, 0.8, 0.971429, "at_risk"),
            ("KB:losses", 30.0, False, None, None, None, "no_data"),
            ("KB:revenue", 1200.0, False, 1300.0, 1.5, 1.083333, "on_track"),
        ],
        "counts": {"on_track": 2, "at_risk": 1, "off_track": 0, "no_data": 1},
        "rollups": [
            ("KB:d1", "1", "direction", 1.0),
            ("KB:o1", "1.1", "objective", 1.0),
            ("KB:d2", "2", "direction", 0.8),
            ("KB:o2", "2.1", "objective", 0.8),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 1, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 700.0, 0.466667),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("donor", 3000.0, 1000.0, 0.333333),
        ],
        "budget_total": (6500.0, 1700.0, 0.261538),
    },
    "2023-H2/QA": {
        "program": ("QA", "2023-H2", "open"),
        "progress": (0.935, "on_track"),
        "previous": ("2023-H1", 0.8),
        "indicators": [
            ("QA:jobs", 30.0, False, 27.0, 0.9, 0.9, "on_track"),
            ("QA:waste", 90.0, False, 88.0, 1.2, 1.022727, "on_track"),
            ("QA:stalls", 50.0, False, 47.0, 0.94, 0.94, "on_track"),
            ("QA:share", None, False, None, None, None, "no_data"),
            ("QA:empty", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 3, "at_risk": 0, "off_track": 0, "no_data": 2},
        "rollups": [
            ("QA:d", "1", "direction", 0.935),
            ("QA:o", "1.1", "objective", 0.9),
            ("QA:o2", "1.2", "objective", 1.0),
        ],
        "measures": {"done": 0, "in_progress": 1, "not_started": 0, "delayed": 1, "cancelled": 0},
        "budget": [
            ("local_budget", 800.0, 250.0, 0.3125),
            ("republican_budget", 5000.0, 0.0, 0.0),
            ("donor", 200.0, 75.25, 0.37625),
        ],
        "budget_total": (6000.0, 325.25, 0.054208),
    },
    "2023-H2/ZZ": {
        "program": ("ZZ", "2023-H2", "open"),
        "progress": (None, "no_data"),
        "previous": ("2023-H1", 0.8),
        "indicators": [
            ("ZZ:roads", 2.5, False, None, None, None, "no_data"),
            ("ZZ:school", 70.0, False, None, None, None, "no_data"),
            ("ZZ:losses", 30.0, False, None, None, None, "no_data"),
            ("ZZ:revenue", 1200.0, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 0, "at_risk": 0, "off_track": 0, "no_data": 4},
        "rollups": [
            ("ZZ:d1", "1", "direction", None),
            ("ZZ:o1", "1.1", "objective", None),
            ("ZZ:d2", "2", "direction", None),
            ("ZZ:o2", "2.1", "objective", None),
        ],
        "measures": {"done": 0, "in_progress": 0, "not_started": 3, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 0.0, 0.0),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("donor", 3000.0, 0.0, 0.0),
        ],
        "budget_total": (6500.0, 0.0, 0.0),
    },
    "2023/KB": {
        "program": ("KB", "2023", "open"),
        "progress": (0.75, "at_risk"),
        "previous": (None, None),
        "indicators": [
            ("KB:roads", 2.5, False, 2.5, 1.0, 1.0, "on_track"),
            ("KB:school", 70.0, False, 68.0, 0.8, 0.971429, "at_risk"),
            ("KB:losses", 30.0, False, 38.0, 0.2, 0.789474, "off_track"),
            ("KB:revenue", 1200.0, False, 1200.0, 1.0, 1.0, "on_track"),
        ],
        "counts": {"on_track": 2, "at_risk": 1, "off_track": 1, "no_data": 0},
        "rollups": [
            ("KB:d1", "1", "direction", 1.0),
            ("KB:o1", "1.1", "objective", 1.0),
            ("KB:d2", "2", "direction", 0.5),
            ("KB:o2", "2.1", "objective", 0.5),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 1, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 700.0, 0.466667),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("donor", 3000.0, 1000.0, 0.333333),
        ],
        "budget_total": (6500.0, 1700.0, 0.261538),
    },
    "2023/QA": {
        "program": ("QA", "2023", "open"),
        "progress": (0.935, "on_track"),
        "previous": (None, None),
        "indicators": [
            ("QA:jobs", 30.0, False, 27.0, 0.9, 0.9, "on_track"),
            ("QA:waste", 90.0, False, 88.0, 1.2, 1.022727, "on_track"),
            ("QA:stalls", 50.0, False, 47.0, 0.94, 0.94, "on_track"),
            ("QA:share", None, False, None, None, None, "no_data"),
            ("QA:empty", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 3, "at_risk": 0, "off_track": 0, "no_data": 2},
        "rollups": [
            ("QA:d", "1", "direction", 0.935),
            ("QA:o", "1.1", "objective", 0.9),
            ("QA:o2", "1.2", "objective", 1.0),
        ],
        "measures": {"done": 0, "in_progress": 1, "not_started": 0, "delayed": 1, "cancelled": 0},
        "budget": [
            ("local_budget", 800.0, 250.0, 0.3125),
            ("republican_budget", 5000.0, 0.0, 0.0),
            ("donor", 200.0, 75.25, 0.37625),
        ],
        "budget_total": (6000.0, 325.25, 0.054208),
    },
    "2023/ZZ": {
        "program": ("ZZ", "2023", "open"),
        "progress": (0.4, "off_track"),
        "previous": (None, None),
        "indicators": [
            ("ZZ:roads", 2.5, False, None, None, None, "no_data"),
            ("ZZ:school", 70.0, False, 64.0, 0.4, 0.914286, "off_track"),
            ("ZZ:losses", 30.0, False, None, None, None, "no_data"),
            ("ZZ:revenue", 1200.0, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 0, "at_risk": 0, "off_track": 1, "no_data": 3},
        "rollups": [
            ("ZZ:d1", "1", "direction", None),
            ("ZZ:o1", "1.1", "objective", None),
            ("ZZ:d2", "2", "direction", 0.4),
            ("ZZ:o2", "2.1", "objective", 0.4),
        ],
        "measures": {"done": 0, "in_progress": 0, "not_started": 3, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 0.0, 0.0),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("donor", 3000.0, 0.0, 0.0),
        ],
        "budget_total": (6500.0, 0.0, 0.0),
    },
    "2024-H1/KB": {
        "program": ("KB", "2024-H1", "submitted"),
        "progress": (0.855556, "at_risk"),
        "previous": ("2023-H2", 0.933333),
        "indicators": [
            ("KB:roads", 3.75, True, 3.5, 0.933333, 0.933333, "on_track"),
            ("KB:school", 75.0, True, 72.0, 0.8, 0.96, "at_risk"),
            ("KB:losses", 25.0, True, None, None, None, "no_data"),
            ("KB:revenue", 1300.0, True, 1250.0, 0.833333, 0.961538, "at_risk"),
        ],
        "counts": {"on_track": 1, "at_risk": 2, "off_track": 0, "no_data": 1},
        "rollups": [
            ("KB:d1", "1", "direction", 0.933333),
            ("KB:o1", "1.1", "objective", 0.933333),
            ("KB:d2", "2", "direction", 0.8),
            ("KB:o2", "2.1", "objective", 0.8),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 1, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 700.0, 0.466667),
            ("republican_budget", 2000.0, 700.5, 0.35025),
            ("donor", 3000.0, 1000.0, 0.333333),
        ],
        "budget_total": (6500.0, 2400.5, 0.369308),
    },
    "2024-H1/QA": {
        "program": ("QA", "2024-H1", "open"),
        "progress": (0.9, "on_track"),
        "previous": ("2023-H2", 0.935),
        "indicators": [
            ("QA:jobs", 50.0, True, 45.0, 0.9, 0.9, "on_track"),
            ("QA:waste", 130.0, True, None, None, None, "no_data"),
            ("QA:stalls", 50.0, True, None, None, None, "no_data"),
            ("QA:share", None, False, 30.0, None, None, "no_data"),
            ("QA:empty", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 1, "at_risk": 0, "off_track": 0, "no_data": 4},
        "rollups": [
            ("QA:d", "1", "direction", 0.9),
            ("QA:o", "1.1", "objective", 0.9),
            ("QA:o2", "1.2", "objective", None),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 800.0, 250.0, 0.3125),
            ("republican_budget", 5000.0, 0.0, 0.0),
            ("donor", 200.0, 200.0, 1.0),
        ],
        "budget_total": (6000.0, 450.0, 0.075),
    },
    "2024-H1/ZZ": {
        "program": ("ZZ", "2024-H1", "open"),
        "progress": (1.0, "on_track"),
        "previous": ("2023-H2", None),
        "indicators": [
            ("ZZ:roads", 3.75, True, 4.0, 1.066667, 1.066667, "on_track"),
            ("ZZ:school", 75.0, True, 95.0, 2.333333, 1.266667, "on_track"),
            ("ZZ:losses", 25.0, True, None, None, None, "no_data"),
            ("ZZ:revenue", 1300.0, True, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 2, "at_risk": 0, "off_track": 0, "no_data": 2},
        "rollups": [
            ("ZZ:d1", "1", "direction", 1.0),
            ("ZZ:o1", "1.1", "objective", 1.0),
            ("ZZ:d2", "2", "direction", 1.0),
            ("ZZ:o2", "2.1", "objective", 1.0),
        ],
        "measures": {"done": 1, "in_progress": 0, "not_started": 2, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 0.0, 0.0),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("development_fund", 0.0, 250.0, None),
            ("donor", 3000.0, 0.0, 0.0),
            ("other", 0.0, 50.0, None),
        ],
        "budget_total": (6500.0, 300.0, 0.046154),
    },
    "2024-H2/KB": {
        "program": ("KB", "2024-H2", "open"),
        "progress": (0.65, "at_risk"),
        "previous": ("2024-H1", 0.855556),
        "indicators": [
            ("KB:roads", 5.0, False, 4.0, 0.8, 0.8, "at_risk"),
            ("KB:school", 80.0, False, 78.0, 0.9, 0.975, "on_track"),
            ("KB:losses", 20.0, False, 35.0, 0.25, 0.571429, "off_track"),
            ("KB:revenue", 1400.0, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 1, "at_risk": 1, "off_track": 1, "no_data": 1},
        "rollups": [
            ("KB:d1", "1", "direction", 0.8),
            ("KB:o1", "1.1", "objective", 0.8),
            ("KB:d2", "2", "direction", 0.575),
            ("KB:o2", "2.1", "objective", 0.575),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 1, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 1000.0, 0.666667),
            ("republican_budget", 2000.0, 700.5, 0.35025),
            ("donor", 3000.0, 1000.0, 0.333333),
        ],
        "budget_total": (6500.0, 2700.5, 0.415462),
    },
    "2024-H2/QA": {
        "program": ("QA", "2024-H2", "open"),
        "progress": (0.954545, "on_track"),
        "previous": ("2024-H1", 0.9),
        "indicators": [
            ("QA:jobs", 70.0, False, None, None, None, "no_data"),
            ("QA:waste", 170.0, False, 129.0, 2.366667, 1.317829, "on_track"),
            ("QA:stalls", 50.0, False, 55.0, 0.909091, 0.909091, "on_track"),
            ("QA:share", 40.0, False, None, None, None, "no_data"),
            ("QA:empty", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 2, "at_risk": 0, "off_track": 0, "no_data": 3},
        "rollups": [
            ("QA:d", "1", "direction", 0.954545),
            ("QA:o", "1.1", "objective", None),
            ("QA:o2", "1.2", "objective", 1.0),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 800.0, 250.0, 0.3125),
            ("republican_budget", 5000.0, 0.0, 0.0),
            ("donor", 200.0, 200.0, 1.0),
        ],
        "budget_total": (6000.0, 450.0, 0.075),
    },
    "2024-H2/ZZ": {
        "program": ("ZZ", "2024-H2", "open"),
        "progress": (None, "no_data"),
        "previous": ("2024-H1", 1.0),
        "indicators": [
            ("ZZ:roads", 5.0, False, None, None, None, "no_data"),
            ("ZZ:school", 80.0, False, None, None, None, "no_data"),
            ("ZZ:losses", 20.0, False, None, None, None, "no_data"),
            ("ZZ:revenue", 1400.0, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 0, "at_risk": 0, "off_track": 0, "no_data": 4},
        "rollups": [
            ("ZZ:d1", "1", "direction", None),
            ("ZZ:o1", "1.1", "objective", None),
            ("ZZ:d2", "2", "direction", None),
            ("ZZ:o2", "2.1", "objective", None),
        ],
        "measures": {"done": 1, "in_progress": 0, "not_started": 2, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 0.0, 0.0),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("development_fund", 0.0, 250.0, None),
            ("donor", 3000.0, 0.0, 0.0),
            ("other", 0.0, 50.0, None),
        ],
        "budget_total": (6500.0, 300.0, 0.046154),
    },
    "2024/KB": {
        "program": ("KB", "2024", "open"),
        "progress": (0.64375, "at_risk"),
        "previous": ("2023", 0.75),
        "indicators": [
            ("KB:roads", 5.0, False, 4.0, 0.8, 0.8, "at_risk"),
            ("KB:school", 80.0, False, 78.0, 0.9, 0.975, "on_track"),
            ("KB:losses", 20.0, False, 35.0, 0.25, 0.571429, "off_track"),
            ("KB:revenue", 1400.0, False, 1250.0, 0.625, 0.892857, "at_risk"),
        ],
        "counts": {"on_track": 1, "at_risk": 2, "off_track": 1, "no_data": 0},
        "rollups": [
            ("KB:d1", "1", "direction", 0.8),
            ("KB:o1", "1.1", "objective", 0.8),
            ("KB:d2", "2", "direction", 0.575),
            ("KB:o2", "2.1", "objective", 0.575),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 1, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 1000.0, 0.666667),
            ("republican_budget", 2000.0, 700.5, 0.35025),
            ("donor", 3000.0, 1000.0, 0.333333),
        ],
        "budget_total": (6500.0, 2700.5, 0.415462),
    },
    "2024/QA": {
        "program": ("QA", "2024", "open"),
        "progress": (0.788961, "at_risk"),
        "previous": ("2023", 0.935),
        "indicators": [
            ("QA:jobs", 70.0, False, 45.0, 0.642857, 0.642857, "at_risk"),
            ("QA:waste", 170.0, False, 129.0, 2.366667, 1.317829, "on_track"),
            ("QA:stalls", 50.0, False, 55.0, 0.909091, 0.909091, "on_track"),
            ("QA:share", 40.0, False, 30.0, 0.75, 0.75, "at_risk"),
            ("QA:empty", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 2, "at_risk": 2, "off_track": 0, "no_data": 1},
        "rollups": [
            ("QA:d", "1", "direction", 0.798701),
            ("QA:o", "1.1", "objective", 0.642857),
            ("QA:o2", "1.2", "objective", 1.0),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 800.0, 250.0, 0.3125),
            ("republican_budget", 5000.0, 0.0, 0.0),
            ("donor", 200.0, 200.0, 1.0),
        ],
        "budget_total": (6000.0, 450.0, 0.075),
    },
    "2024/ZZ": {
        "program": ("ZZ", "2024", "open"),
        "progress": (0.9, "on_track"),
        "previous": ("2023", 0.4),
        "indicators": [
            ("ZZ:roads", 5.0, False, 4.0, 0.8, 0.8, "at_risk"),
            ("ZZ:school", 80.0, False, 95.0, 1.75, 1.1875, "on_track"),
            ("ZZ:losses", 20.0, False, None, None, None, "no_data"),
            ("ZZ:revenue", 1400.0, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 1, "at_risk": 1, "off_track": 0, "no_data": 2},
        "rollups": [
            ("ZZ:d1", "1", "direction", 0.8),
            ("ZZ:o1", "1.1", "objective", 0.8),
            ("ZZ:d2", "2", "direction", 1.0),
            ("ZZ:o2", "2.1", "objective", 1.0),
        ],
        "measures": {"done": 1, "in_progress": 0, "not_started": 2, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 0.0, 0.0),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("development_fund", 0.0, 250.0, None),
            ("donor", 3000.0, 0.0, 0.0),
            ("other", 0.0, 50.0, None),
        ],
        "budget_total": (6500.0, 300.0, 0.046154),
    },
    "2025-H1/KB": {
        "program": ("KB", "2025-H1", "open"),
        "progress": (None, "no_data"),
        "previous": ("2024-H2", 0.65),
        "indicators": [
            ("KB:roads", 6.25, True, None, None, None, "no_data"),
            ("KB:school", 82.5, True, None, None, None, "no_data"),
            ("KB:losses", None, False, None, None, None, "no_data"),
            ("KB:revenue", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 0, "at_risk": 0, "off_track": 0, "no_data": 4},
        "rollups": [
            ("KB:d1", "1", "direction", None),
            ("KB:o1", "1.1", "objective", None),
            ("KB:d2", "2", "direction", None),
            ("KB:o2", "2.1", "objective", None),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 0, "cancelled": 1},
        "budget": [
            ("local_budget", 1500.0, 1000.0, 0.666667),
            ("republican_budget", 2000.0, 700.5, 0.35025),
            ("donor", 3000.0, 1000.0, 0.333333),
        ],
        "budget_total": (6500.0, 2700.5, 0.415462),
    },
    "2025-H1/QA": {
        "program": ("QA", "2025-H1", "open"),
        "progress": (None, "no_data"),
        "previous": ("2024-H2", 0.954545),
        "indicators": [
            ("QA:jobs", None, False, None, None, None, "no_data"),
            ("QA:waste", 205.0, True, None, None, None, "no_data"),
            ("QA:stalls", None, False, None, None, None, "no_data"),
            ("QA:share", 45.0, True, None, None, None, "no_data"),
            ("QA:empty", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 0, "at_risk": 0, "off_track": 0, "no_data": 5},
        "rollups": [
            ("QA:d", "1", "direction", None),
            ("QA:o", "1.1", "objective", None),
            ("QA:o2", "1.2", "objective", None),
        ],
        "measures": {"done": 1, "in_progress": 1, "not_started": 0, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 800.0, 250.0, 0.3125),
            ("republican_budget", 5000.0, 0.0, 0.0),
            ("donor", 200.0, 200.0, 1.0),
        ],
        "budget_total": (6000.0, 450.0, 0.075),
    },
    "2025-H1/ZZ": {
        "program": ("ZZ", "2025-H1", "open"),
        "progress": (None, "no_data"),
        "previous": ("2024-H2", None),
        "indicators": [
            ("ZZ:roads", 6.25, True, None, None, None, "no_data"),
            ("ZZ:school", 82.5, True, None, None, None, "no_data"),
            ("ZZ:losses", None, False, None, None, None, "no_data"),
            ("ZZ:revenue", None, False, None, None, None, "no_data"),
        ],
        "counts": {"on_track": 0, "at_risk": 0, "off_track": 0, "no_data": 4},
        "rollups": [
            ("ZZ:d1", "1", "direction", None),
            ("ZZ:o1", "1.1", "objective", None),
            ("ZZ:d2", "2", "direction", None),
            ("ZZ:o2", "2.1", "objective", None),
        ],
        "measures": {"done": 1, "in_progress": 0, "not_started": 2, "delayed": 0, "cancelled": 0},
        "budget": [
            ("local_budget", 1500.0, 0.0, 0.0),
            ("republican_budget", 2000.0, 0.0, 0.0),
            ("development_fund", 0.0, 250.0, None),
            ("donor", 3000.0, 0.0, 0.0),
            ("other", 0.0, 50.0, None),
        ],
        "budget_total": (6500.0, 300.0, 0.046154),
    },
}


def test_the_status_of_every_programme_is_pinned(db):
    names = _build(db)
    static, figures = _snapshot(db, names)
    assert static == EXPECTED_STATIC
    assert figures.keys() == EXPECTED.keys()
    for key, expected in EXPECTED.items():
        assert figures[key] == expected, key


def test_one_programme_alone_equals_its_place_in_the_roll_up(db):
    """The one-programme path (index joins) and the roll-up (whole tables) agree."""
    _build(db)
    for period in ("2023-H2", "2024-H2"):
        for ps in st.all_programs_status(db, period):
            alone = st.program_status(db, ps.program_id, period)
            assert st.status_json(alone) == st.status_json(ps)
            assert alone.previous_progress == ps.previous_progress
            assert alone.status_counts == ps.status_counts
            assert alone.budget_total == ps.budget_total


def test_progress_at_is_the_progress_of_evaluate(db):
    """The previous-period trend uses `progress_at`, which skips the rest of `evaluate`."""
    from meapp.models import formulas as F
    from meapp.models.periods import Period

    _build(db)
    with db.session() as s:
        b = st._load(s, None, Period.parse("2024-H2"))
    checked = 0
    for pid, inds in b.indicators.items():
        prog = b.programs[pid]
        for ind in inds:
            for code in ("2022-H2", "2023-H1", "2023-H2", "2023", "2024-H1", "2025", "2026-H2"):
                p = Period.parse(code)
                full = F.evaluate(ind.spec, ind.targets, ind.values, p, prog.green, prog.amber)
                assert F.progress_at(ind.spec, ind.targets, ind.values, p) == full.progress
                checked += full.progress is not None
    assert checked > 20
