"""A programme shaped like a real council's tables (Kara-Balta 2023–2026), for issue 19.

Nine indicators as the council writes them: amounts per half-year (irrigated area in m²,
network in running metres, asphalt and sidewalks in km, jobs), levels (budget revenue in
million som from a baseline of 322,4, preschool coverage in %, registered crimes to
decrease) and a yes/no milestone, under four directions. The actuals of 2023 and 2024-H1
are on or near their targets; the tests then type what councils type — a ×1000 slip, a
minus sign, a target below the baseline — and check what the mayor's headline becomes.
"""

from __future__ import annotations

from types import SimpleNamespace

from tests.unit import factories as f

HALVES = ("2023-H1", "2023-H2", "2024-H1", "2024-H2")


def _halves(*values: float) -> dict[str, float]:
    return dict(zip(HALVES, values, strict=False))


def kara_balta(db, code: str = "KB") -> SimpleNamespace:
    """The programme, its plan tree and the indicators; actuals for 2023 and 2024-H1."""
    pid = f.make_program(db, code=code, title="Kara-Balta development programme 2023–2026")
    d1 = f.add_item(db, pid, "direction", "1", "Social development", position=0)
    o1 = f.add_item(db, pid, "objective", "1.1", "Education", parent=d1)
    d2 = f.add_item(db, pid, "direction", "2", "Business and investment", position=1)
    o2 = f.add_item(db, pid, "objective", "2.1", "Entrepreneurship", parent=d2)
    d3 = f.add_item(db, pid, "direction", "3", "Climate, water and roads", position=2)
    o31 = f.add_item(db, pid, "objective", "3.1", "Irrigation and greening", parent=d3)
    o32 = f.add_item(db, pid, "objective", "3.2", "Roads", parent=d3, position=1)
    d4 = f.add_item(db, pid, "direction", "4", "Governance", position=3)
    o4 = f.add_item(db, pid, "objective", "4.1", "Municipal services", parent=d4)

    def ind(code: str, **kw) -> object:
        return f.add_indicator(db, pid, code=code, baseline_year=2022, **kw)

    ns = SimpleNamespace(program_id=pid, directions=(d1, d2, d3, d4))
    ns.irrigation = ind(
        "И-01",
        name="Automatic irrigation area",
        unit="м2",
        aggregation="sum",
        baseline=0.0,
        targets=_halves(4000, 4000, 4000, 4000),
        plan_item=o31,
        position=1,
    )
    ns.network = ind(
        "И-03",
        name="Irrigation network restored",
        unit="п.м.",
        aggregation="sum",
        baseline=0.0,
        targets=_halves(2500, 2500, 2500, 2500),
        plan_item=o31,
        position=2,
    )
    ns.asphalt = ind(
        "И-04",
        name="Asphalt replaced, 2,5 km a year",
        unit="км",
        aggregation="sum",
        baseline=0.0,
        targets=_halves(1.25, 1.25, 1.25, 1.25),
        plan_item=o32,
        position=3,
    )
    ns.sidewalks = ind(
        "И-05",
        name="Sidewalks resurfaced, 2,5 km a year",
        unit="км",
        aggregation="sum",
        baseline=0.0,
        targets=_halves(1.25, 1.25, 1.25, 1.25),
        plan_item=o32,
        position=4,
    )
    ns.revenue = ind(
        "И-06",
        name="Budget revenue (last 12 months)",
        unit="млн сом",
        baseline=322.4,
        targets=_halves(330.0, 338.0, 346.0, 354.9),
        plan_item=o2,
        position=5,
    )
    ns.jobs = ind(
        "И-07",
        name="Jobs created",
        unit="units",
        aggregation="sum",
        baseline=0.0,
        targets=_halves(150, 150, 175, 175),
        plan_item=o2,
        position=6,
    )
    ns.preschool = ind(
        "И-08",
        name="Children aged 3–6 in preschool",
        unit="%",
        value_type="percent",
        baseline=62.0,
        targets=_halves(63.0, 64.0, 65.0, 66.0),
        plan_item=o1,
        position=7,
    )
    ns.crimes = ind(
        "И-09",
        name="Registered crimes (last 12 months)",
        unit="units",
        direction="decrease",
        baseline=412.0,
        targets=_halves(405.0, 398.0, 391.0, 384.0),
        plan_item=o4,
        position=8,
    )
    ns.business_centre = ind(
        "И-11",
        name="Business development centre opened",
        unit="yes/no",
        value_type="milestone",
        baseline=0.0,
        targets={"2024-H1": 1.0},
        plan_item=o2,
        position=9,
    )
    actuals = {
        ns.irrigation: (3900, 4100, 3800),
        ns.network: (2450, 2600, 2400),
        ns.asphalt: (1.2, 1.3, 1.2),
        ns.sidewalks: (1.2, 1.3, 1.25),
        ns.revenue: (331.5, 339.0, 347.2),
        ns.jobs: (145, 160, 170),
        ns.preschool: (63.0, 64.1, 65.2),
        ns.crimes: (404.0, 399.0, 390.0),
        ns.business_centre: (0.0, 0.0, 1.0),
    }
    for indicator, values in actuals.items():
        for period, value in zip(HALVES, values, strict=False):
            f.add_actual(db, indicator, period, value)
    ns.indicators = tuple(actuals)
    return ns


def set_value(db, indicator_id, period: str, value: float) -> None:
    """Overwrite a stored actual directly (as a SQLite tool would: no parser, no check)."""
    from sqlalchemy import update

    from meapp.models import Actual

    with db.session() as s, s.begin():
        s.execute(
            update(Actual)
            .where(Actual.indicator_id == indicator_id, Actual.period == period)
            .values(value=value)
        )
