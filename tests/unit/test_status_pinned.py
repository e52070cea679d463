"""The complete status of several programmes, pinned figure by figure.

The roll-up is tuned for speed (PRODUCT.md §7: all 40 oblast programmes in a second); this
test holds every figure `status --json` reports — and the previous-period progress, status
counts and budget totals beside it — for three programmes and several periods, so that no
speed-up can change a result. Ids are random, so they are shown as codes.

The expected figures were computed by hand-checked code before the speed work; when a rule of
PRODUCT.md §3 changes on purpose, recompute them and review the difference line by line.
"""

from __future__ import annotations

from meapp.services import status as st
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
    f.add_indicator(db, qa, code="5", unit="units", targets={}, position=5, plan_item=o2)
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
    return names


def _readable(value, names):
    if isinstance(value, dict):
        return {k: _readable(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_readable(v, names) for v in value]
    if isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
        return names.get(value, "?")
    return value


def _snapshot(db, names) -> dict:
    out = {}
    for period in PERIODS:
        for ps in st.all_programs_status(db, period):
            row = _readable(st.status_json(ps), names)
            row["program_status"] = ps.program_status
            row["previous_period"] = ps.previous_period
            row["previous_progress"] = st._num(ps.previous_progress)
            row["status_counts"] = dict(ps.status_counts)
            row["round_state"] = ps.round_state
            total = ps.budget_total
            row["budget_total"] = (
                None if total is None else [st._num(total.planned), st._num(total.spent)]
            )
            out[f"{period}/{ps.program_code}"] = row
    return out
