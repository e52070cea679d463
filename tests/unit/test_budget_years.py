"""Planned cost per year (issue 21): the one writer, the even spread, the lock, execution."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from meapp.errors import PeriodLocked, ValidationError
from meapp.models import AuditEvent, MeasureBudget, MeasureBudgetYear
from meapp.models.numbers import format_number
from meapp.services.access.users import Actor
from meapp.services.plan import budget_years as by
from meapp.services.plan import edit as pe
from meapp.services.plan.budgets import YearSplit
from tests.unit import factories as f

ADMIN = Actor.system()

BISHKEK_YEARS = {2022: 3_000_000.0, 2023: 4_000_000.0, 2024: 4_381_000.0}


@pytest.fixture
def bishkek(db):
    """A 2022–2024 programme, one direction, a 2022–2024 measure split by year from the
    local budget, an unsplit one from a donor, and spending in 2022's half-years."""
    pid = f.make_program(db, code="BSK", start=2022, end=2024)
    d = f.add_item(db, pid, "direction", "1", "Transport")
    o = f.add_item(db, pid, "objective", "1.1", "Roads", parent=d)
    m = f.add_item(
        db,
        pid,
        "measure",
        "1.1.1",
        "Roads",
        parent=o,
        start_year=2022,
        end_year=2024,
        deadline_text="2022-2024",
    )
    u = f.add_item(
        db,
        pid,
        "measure",
        "1.1.2",
        "Lights",
        parent=o,
        start_year=2023,
        end_year=2024,
        deadline_text="2023-2024",
    )
    pe.set_measure_budget(db, ADMIN, m, {"local_budget": YearSplit(BISHKEK_YEARS)})
    pe.set_measure_budget(db, ADMIN, u, {"donor": 1_000_000})
    f.add_progress(db, m, "2022-H1", "in_progress", 40, {"local_budget": 1_500_000})
    f.add_progress(db, m, "2022-H2", "in_progress", 60, {"local_budget": 1_644_000})
    f.add_progress(db, u, "2023-H1", "in_progress", 10, {"donor": 250_000})
    return pid, d, m, u


def _rows(db, measure_id):
    with db.session() as s:
        b = s.scalars(select(MeasureBudget).where(MeasureBudget.measure_id == measure_id)).one()
        years = {
            y.year: y.planned
            for y in s.scalars(select(MeasureBudgetYear).where(MeasureBudgetYear.budget_id == b.id))
        }
        return b.planned, years


def test_writer_keeps_the_total_the_sum_of_the_years(db, bishkek):
    _pid, _d, m, _u = bishkek
    assert _rows(db, m) == (11_381_000.0, BISHKEK_YEARS)
    change = pe.set_measure_budget(
        db, ADMIN, m, {"local_budget": YearSplit({2022: 3_000_000, 2023: 5_000_000})}
    )
    assert _rows(db, m) == (8_000_000.0, {2022: 3_000_000.0, 2023: 5_000_000.0})
    pe.set_measure_budget(db, ADMIN, m, change.before)  # undo restores the three years
    assert _rows(db, m) == (11_381_000.0, BISHKEK_YEARS)
    with db.session() as s:
        entities = set(s.scalars(select(AuditEvent.entity)))
    assert "measure_budget_year" in entities


def test_a_total_that_is_not_the_sum_is_refused_and_nothing_changes(db, bishkek):
    _pid, _d, m, _u = bishkek
    with pytest.raises(ValidationError) as err:
        pe.set_measure_budget(
            db,
            ADMIN,
            m,
            {"local_budget": YearSplit({2022: 1_000_000, 2023: 2_000_000}, total=4_000_000)},
        )
    text = err.value.text()
    assert "not the sum of its years" in text and format_number(3_000_000) in text
    with pytest.raises(ValidationError, match="outside the programme's years"):
        pe.set_measure_budget(db, ADMIN, m, {"local_budget": YearSplit({2030: 1})})
    with pytest.raises(ValidationError, match="negative"):
        pe.set_measure_budget(db, ADMIN, m, {"local_budget": YearSplit({2022: -1})})
    assert _rows(db, m) == (11_381_000.0, BISHKEK_YEARS)


def test_same_total_keeps_the_split_and_writes_nothing(db, bishkek):
    _pid, _d, m, _u = bishkek
    change = pe.set_measure_budget(db, ADMIN, m, {"local_budget": 11_381_000.0})
    assert change.before == {} and change.after == {}
    assert _rows(db, m) == (11_381_000.0, BISHKEK_YEARS)
    # a new total drops the split: one figure, spread evenly
    pe.set_measure_budget(db, ADMIN, m, {"local_budget": 9_000_000.0})
    assert _rows(db, m) == (9_000_000.0, {})
    with db.session() as s:
        plan = by.plans_of(s, [m])[m]["local_budget"]
    assert not plan.split and plan.years == {2022: 3e6, 2023: 3e6, 2024: 3e6}


def test_unsplit_budget_spreads_evenly_over_the_measure_years(db, bishkek):
    _pid, _d, _m, u = bishkek
    with db.session() as s:
        plan = by.plans_of(s, [u])[u]["donor"]
    assert plan.split is False
    assert plan.years == {2023: 500_000.0, 2024: 500_000.0}
    assert by.measure_years(None, None, 2022, 2024) == [2022, 2023, 2024]
    assert by.measure_years(2023, None, 2022, 2024) == [2023]


def test_approved_year_keeps_its_planned_amount(db, bishkek):
    pid, _d, m, u = bishkek
    f.set_round(db, pid, "2022-H1", "approved")
    with pytest.raises(PeriodLocked) as err:
        pe.set_measure_budget(db, ADMIN, m, {"local_budget": YearSplit({**BISHKEK_YEARS, 2022: 1})})
    assert err.value.params["period"] == "2022"
    # the other years stay open
    pe.set_measure_budget(db, ADMIN, m, {"local_budget": YearSplit({**BISHKEK_YEARS, 2024: 5e6})})
    assert _rows(db, m)[1][2024] == 5e6
    # removing the split would move 2022 to an even share: refused too
    with pytest.raises(PeriodLocked):
        pe.set_measure_budget(db, ADMIN, m, {"local_budget": 1.0})
    # the unsplit measure has no 2022 share (it runs 2023–2024): its total may change
    pe.set_measure_budget(db, ADMIN, u, {"donor": 2_000_000})
    f.set_round(db, pid, "2023-H2", "approved")
    with pytest.raises(PeriodLocked):
        pe.set_measure_budget(db, ADMIN, u, {"donor": 3_000_000})
    # splitting it with 2023 kept at its even share is allowed
    pe.set_measure_budget(db, ADMIN, u, {"donor": YearSplit({2023: 1_000_000, 2024: 4_000_000})})


def test_execution_per_year_bishkek(db, bishkek):
    pid, d, m, u = bishkek
    with db.session() as s:
        ex = by.execution(s, pid)
    year = ex.year(2022)["local_budget"]
    assert year.planned == 3_000_000 and year.spent == 3_144_000
    assert round(year.percent, 1) == 104.8
    assert format_number(year.percent, 1) == "104,8"
    assert year.deviation == 144_000 and not year.spread
    # the measure and its direction agree with the programme
    assert ex.measures[m][2022]["local_budget"].percent == year.percent
    assert ex.directions[d][2022]["total"].planned == 3_000_000
    # 2023: the split measure's 4 mln and the donor's even share, not the whole plan
    y23 = ex.year(2023)
    assert y23["local_budget"].planned == 4_000_000 and y23["local_budget"].spent == 0
    assert y23["donor"].planned == 500_000 and y23["donor"].spread
    assert y23["donor"].percent == 50.0
    assert y23["total"].planned == 4_500_000
    assert ex.split[m] and not ex.split[u]
    assert ex.years == [2022, 2023, 2024]


def test_a_package_carries_the_years_and_respects_the_receivers_lock(db, bishkek, tmp_path):
    from meapp.services.exchange.export import export_package
    from meapp.services.exchange.import_ import PackageLocked, import_package
    from meapp.store.db import open_database

    pid, _d, m, _u = bishkek
    first = tmp_path / "first.mepkg"
    export_package(db, ADMIN, pid, None, first)
    other = open_database(str(tmp_path / "other.db"))
    try:
        import_package(other, ADMIN, first, accept_unsigned=True)
        assert _rows(other, m) == (11_381_000.0, BISHKEK_YEARS)
        with other.session() as s:
            assert by.execution(s, pid).year(2022)["local_budget"].spent == 3_144_000
        # the sender moves money from 2024 to 2023: the receiver takes it
        moved = {2022: 3_000_000, 2023: 5_000_000, 2024: 3_381_000}
        pe.set_measure_budget(db, ADMIN, m, {"local_budget": YearSplit(moved)})
        second = tmp_path / "second.mepkg"
        export_package(db, ADMIN, pid, None, second)
        import_package(other, ADMIN, second, accept_unsigned=True)
        assert _rows(other, m) == (11_381_000.0, {y: float(v) for y, v in moved.items()})
        # a change of 2022 does not enter a receiver whose 2022 is approved
        f.set_round(other, pid, "2022-H2", "approved")
        pe.set_measure_budget(db, ADMIN, m, {"local_budget": YearSplit({**moved, 2022: 1e6})})
        third = tmp_path / "third.mepkg"
        export_package(db, ADMIN, pid, None, third)
        with pytest.raises(PackageLocked):
            import_package(other, ADMIN, third, accept_unsigned=True)
        assert _rows(other, m)[1][2022] == 3_000_000
    finally:
        other.dispose()


def test_undo_of_a_first_split_restores_the_one_total(db, bishkek):
    pid, _d, _m, u = bishkek
    f.set_round(db, pid, "2022-H1", "approved")  # 2022 is no year of this measure
    change = pe.set_measure_budget(
        db, ADMIN, u, {"donor": YearSplit({2023: 500_000, 2024: 100_000})}
    )
    assert _rows(db, u) == (600_000.0, {2023: 500_000.0, 2024: 100_000.0})
    pe.set_measure_budget(db, ADMIN, u, change.before)
    assert _rows(db, u) == (1_000_000.0, {})


def test_iptt_workbook_has_the_budget_by_year_sheet(db, bishkek, tmp_path):
    import openpyxl

    from meapp.services.reports.excel_iptt import export_iptt

    pid, _d, _m, _u = bishkek
    path = tmp_path / "iptt.xlsx"
    export_iptt(db, pid, path, lambda _c, text: text, "en")
    ws = openpyxl.load_workbook(path)["Budget by year"]
    assert [ws.cell(4, c).value for c in (6, 10, 14)] == ["2022", "2023", "2024"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=6)]
    local = next(r for r in rows if r[0] == "Programme" and r[3] == "local budget")
    assert local[5:9] == [3_000_000, 3_144_000, pytest.approx(1.048), 144_000]
    donor = next(r for r in rows if r[0] == "Measure" and r[3] == "donors")
    assert donor[4] == "no: spread evenly" and donor[9] == 500_000  # 2023's even share
    roads = next(r for r in rows if r[0] == "Measure" and r[1] == "1.1.1")
    assert roads[2] == "Roads" and roads[4] == "yes" and roads[13] == 4_381_000


def test_open_data_measures_carry_the_budget_per_year(db, bishkek):
    import csv
    import io
    import json

    from meapp.models.periods import Period
    from meapp.services.monitoring import status as st
    from meapp.services.publish import open_data

    pid, _d, m, u = bishkek
    rows = st.measure_rows(db, pid, Period.parse("2022-H1"))
    with db.session() as s:
        ex = by.execution(s, pid, "2022-H1")  # spending to the end of the period only
    records = open_data.measure_records(rows, "2022-H1", ex)
    doc = open_data.measure_columns(rows, ex)
    columns = [c for c, _ in doc]
    assert {"budget_split", "planned_2022", "spent_2022", "planned_2024"} <= set(columns)
    table = list(csv.DictReader(io.StringIO(open_data.to_csv(records, columns))))
    roads = next(r for r in table if r["measure_id"] == str(m))
    assert (roads["budget_split"], roads["planned_2022"], roads["spent_2022"]) == (
        "yes",
        "3000000",
        "1500000",
    )
    lights = next(r for r in table if r["measure_id"] == str(u))
    assert (lights["budget_split"], lights["planned_2022"], lights["planned_2023"]) == (
        "no",
        "",
        "500000",
    )
    data = json.loads(open_data.to_json(records, {}))
    detail = next(r for r in data["rows"] if r["measure_id"] == str(u))["budget_years"]
    assert detail["2023"]["donor"] == {"planned": 500000.0, "spent": 0.0, "spread": True}
    assert any("budget_years" in note for note in open_data.schema(doc)["notes"])


def test_copy_delete_and_undo_keep_the_years(db, bishkek):
    _pid, _d, m, _u = bishkek
    copy = pe.copy_plan_item(db, ADMIN, m)
    assert _rows(db, uuid.UUID(copy.id)) == (11_381_000.0, BISHKEK_YEARS)
    deleted = pe.delete_plan_item(db, ADMIN, m)
    with db.session() as s:
        assert s.scalar(select(MeasureBudget).where(MeasureBudget.measure_id == m)) is None
    pe.restore_deleted(db, ADMIN, deleted)
    assert _rows(db, m) == (11_381_000.0, BISHKEK_YEARS)


def test_the_plan_export_reads_back_with_its_years(db, bishkek, tmp_path):
    from meapp.models import PlanItem
    from meapp.services.plan.export import export_plan
    from meapp.services.plan.importer import ImportOptions, apply_plan_import
    from meapp.store.db import open_database

    pid, _d, m, u = bishkek
    path = tmp_path / "plan.xlsx"
    export_plan(db, pid, path, lambda _c, text: text)
    again = apply_plan_import(db, ADMIN, path, str(pid))  # the same file: nothing changes
    assert sum(again.created.values()) + sum(again.updated.values()) == 0
    assert _rows(db, m) == (11_381_000.0, BISHKEK_YEARS)
    other = open_database(str(tmp_path / "other.db"))
    try:
        opts = ImportOptions(title="Bishkek again", municipality="Бишкек", years=(2022, 2024))
        first = apply_plan_import(other, ADMIN, path, None, opts)
        with other.session() as s:
            ids = {
                it.title: it.id
                for it in s.scalars(
                    select(PlanItem).where(
                        PlanItem.program_id == uuid.UUID(first.program_id),
                        PlanItem.kind == "measure",
                    )
                )
            }
        assert _rows(other, ids["Roads"]) == (11_381_000.0, BISHKEK_YEARS)
        assert _rows(other, ids["Lights"]) == (1_000_000.0, {})  # one total, spread evenly
    finally:
        other.dispose()
