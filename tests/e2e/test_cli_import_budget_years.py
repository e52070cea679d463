"""`meapp import-plan` reads cost columns headed by a year into planned amounts per year
(issue 21), and says so when a table gives only one total per source."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from tests.helpers import run_cli

pytestmark = pytest.mark.slow

CREATE = [
    "--title",
    "Бишкек шаарынын программасы",
    "--municipality",
    "Бишкек",
    "--years",
    "2022-2024",
]
HEAD = ["№", "Милдеттер", "Иш-чаралар", "Мөөнөтү", "Күтүлүүчү натыйжа", "Аткаруучулар"]


def _book(path, rows, merges=()):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "План"
    for r in rows:
        ws.append(list(r))
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return str(path)


@pytest.fixture
def env(tmp_path):
    return {
        "MEAPP_HOME": str(tmp_path / "home"),
        "MEAPP_DB": str(tmp_path / "m.db"),
        "MEAPP_LANG": "en",
    }


def _budgets(db_path):
    from meapp.models import MeasureBudget, MeasureBudgetYear, PlanItem
    from meapp.store.db import open_database

    db = open_database(db_path)
    try:
        with db.session() as s:
            out = {}
            q = select(
                PlanItem.title, MeasureBudget.source, MeasureBudget.planned, MeasureBudget.id
            )
            for title, source, planned, bid in s.execute(q.join(PlanItem)):
                years = {
                    y: p
                    for y, p in s.execute(
                        select(MeasureBudgetYear.year, MeasureBudgetYear.planned).where(
                            MeasureBudgetYear.budget_id == bid
                        )
                    )
                }
                out[(title, source)] = (planned, years)
            return out
    finally:
        db.dispose()


def test_year_columns_under_the_funding_source_heading(env, tmp_path):
    path = _book(
        tmp_path / "plan.xlsx",
        [
            (*HEAD, "Жергиликтүү бюджет, миң сом", None, None, "Донор, миң сом", None),
            (*[None] * 6, "2022", "2023-ж.", "2024 г.", "2022", "2023"),
            (
                "1",
                "Транспорт",
                "Жолдорду оңдоо",
                "2022-2024-жж.",
                "10 км",
                "Мэрия",
                3000,
                4000,
                4381,
                100,
                None,
            ),
            (
                "2",
                "Жарык",
                "Көчө жарыгы",
                "2023-ж.",
                "200 чырак",
                "Мэрия",
                None,
                500,
                None,
                None,
                50,
            ),
        ],
        ["G1:I1", "J1:K1"],
    )
    proc = run_cli("import-plan", path, *CREATE, "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["measures"] == 2
    assert not any("not split by year" in w["message"] for w in out["warnings"])
    assert _budgets(env["MEAPP_DB"]) == {
        ("Жолдорду оңдоо", "local_budget"): (
            11_381_000.0,
            {2022: 3_000_000.0, 2023: 4_000_000.0, 2024: 4_381_000.0},
        ),
        ("Жолдорду оңдоо", "donor"): (100_000.0, {2022: 100_000.0}),
        ("Көчө жарыгы", "local_budget"): (500_000.0, {2023: 500_000.0}),
        ("Көчө жарыгы", "donor"): (50_000.0, {2023: 50_000.0}),
    }
    # the same file again changes nothing
    again = run_cli("import-plan", path, "--json", env=env)
    assert again.returncode == 0, again.stderr
    assert _budgets(env["MEAPP_DB"])[("Жолдорду оңдоо", "local_budget")][0] == 11_381_000.0


def test_a_total_beside_its_years_must_be_their_sum(env, tmp_path):
    path = _book(
        tmp_path / "plan.xlsx",
        [
            (*HEAD, "Жергиликтүү бюджет, миң сом", None, None),
            (*[None] * 6, "2022", "2023", "Баары"),
            ("1", "Транспорт", "Жолдорду оңдоо", "2022-2023-жж.", "10 км", "Мэрия", 100, 200, 400),
        ],
        ["G1:I1"],
    )
    proc = run_cli("import-plan", path, *CREATE, env=env)
    assert proc.returncode == 2, proc.stderr
    assert "not the sum of its years" in proc.stderr and "Traceback" not in proc.stderr


def test_one_total_per_source_is_spread_evenly_with_a_warning(env, tmp_path):
    path = _book(
        tmp_path / "plan.xlsx",
        [
            (*HEAD, "Жергиликтүү бюджет, миң сом"),
            ("1", "Транспорт", "Жолдорду оңдоо", "2022-2024-жж.", "10 км", "Мэрия", 900),
        ],
    )
    proc = run_cli("import-plan", path, *CREATE, "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    warnings = json.loads(proc.stdout)["warnings"]
    assert {
        "sheet": "План",
        "row": None,
        "column": None,
        "message": "the planned costs in columns G are not split by year: each measure's "
        "total is spread evenly over its years",
    } in warnings
    assert _budgets(env["MEAPP_DB"]) == {("Жолдорду оңдоо", "local_budget"): (900_000.0, {})}


def test_an_approved_year_keeps_its_amount_on_import(env, tmp_path):
    from meapp.store.db import open_database
    from tests.unit import factories as f

    def plan(amounts):
        return _book(
            tmp_path / "plan.xlsx",
            [
                (*HEAD, "Жергиликтүү бюджет, миң сом", None, None),
                (*[None] * 6, "2022", "2023", "2024"),
                ("1", "Транспорт", "Жолдорду оңдоо", "2022-2024-жж.", "10 км", "Мэрия", *amounts),
            ],
            ["G1:I1"],
        )

    first = run_cli("import-plan", plan((100, 200, 300)), *CREATE, "--json", env=env)
    assert first.returncode == 0, first.stderr
    db = open_database(env["MEAPP_DB"])
    try:
        pid = uuid.UUID(json.loads(first.stdout)["program_id"])
        f.set_round(db, pid, "2022-H2", "approved")
    finally:
        db.dispose()
    refused = run_cli("import-plan", plan((150, 200, 300)), env=env)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "2022" in refused.stderr and "approved" in refused.stderr
    key = ("Жолдорду оңдоо", "local_budget")
    assert _budgets(env["MEAPP_DB"])[key][1][2022] == 100_000
    taken = run_cli("import-plan", plan((100, 200, 400)), env=env)
    assert taken.returncode == 0, taken.stderr
    assert _budgets(env["MEAPP_DB"])[key] == (
        700_000.0,
        {2022: 100_000.0, 2023: 200_000.0, 2024: 400_000.0},
    )
