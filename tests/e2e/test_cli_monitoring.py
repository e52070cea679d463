"""`meapp status`, `import-actuals` and `round` run as processes on a real database file."""

from __future__ import annotations

import json

import pytest

from meapp.store.db import open_database
from tests.helpers import run_cli
from tests.unit import factories as f

pytestmark = pytest.mark.slow

PASSWORD = {"MEAPP_PASSWORD": "demo"}


@pytest.fixture
def dbfile(tmp_path):
    """A database file with the small programme, two users and some 2023 actuals."""
    path = tmp_path / "m.db"
    db = open_database(str(path))
    ns = f.small_program(db)
    f.add_actual(db, ns.roads, "2023-H1", 1.0)
    f.add_actual(db, ns.roads, "2023-H2", 1.5)
    f.add_actual(db, ns.revenue, "2023-H2", 734593.3)
    f.add_progress(db, ns.m1, "2023-H2", "in_progress", 30, {"local_budget": 200.0})
    f.add_user(db, "editor", "editor")
    f.add_user(db, "chair", "evaluator")
    f.add_user(db, "admin", "admin")
    db.dispose()
    ns.path = str(path)
    return ns


def cli(ns, *args, env=None):
    return run_cli("--db", ns.path, *args, env=env)


def one_error_line(result):
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_status_json_has_the_contract_shape(dbfile):
    r = cli(dbfile, "status", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert list(data) == [
        "program_id",
        "period",
        "indicators",
        "rollups",
        "program_progress",
        "measures",
        "budget",
        "deadlines",  # issue 21: added after the contract's keys
    ]
    assert data["period"] == "2023-H2"  # the latest period with data
    roads = data["indicators"][0]
    assert roads["code"] == "1" and roads["kind"] == "cumulative"
    assert roads["actual"] == 2.5 and roads["target"] == 2.5 and roads["progress"] == 1.0
    assert roads["status"] == "on_track"
    assert data["indicators"][1]["status"] == "no_data"
    assert data["indicators"][1]["progress"] is None
    assert data["measures"]["in_progress"] == 1 and data["measures"]["not_started"] == 2
    assert {
        "source": "local_budget",
        "planned": 1500.0,
        "spent": 200.0,
        "execution": round(200 / 1500, 6),
    } in data["budget"]
    # deterministic: the same command gives the same bytes
    assert cli(dbfile, "status", "--json").stdout == r.stdout


def test_status_of_several_programmes(dbfile):
    db = open_database(dbfile.path)
    f.small_program(db, code="ZZ")
    db.dispose()
    r = cli(dbfile, "status", "--json", "--period", "2023-H2")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [p["period"] for p in data["programs"]] == ["2023-H2", "2023-H2"]
    one = cli(dbfile, "--program", "ZZ", "status", "--json")
    assert one.returncode == 0 and "programs" not in json.loads(one.stdout)


def test_status_as_a_readable_table(dbfile):
    r = cli(dbfile, "status", "--period", "2023-H2")
    assert r.returncode == 0, r.stderr
    assert "734\u00a0593,3" in r.stdout
    assert "Roads repaired" in r.stdout
    assert "Programme progress" in r.stdout
    assert "≈" not in r.stdout.splitlines()[4]  # roads at the end of 2023: exact target


def test_status_with_a_bad_period_is_one_clear_line(dbfile):
    line = one_error_line(cli(dbfile, "status", "--period", "2023-H7"))
    assert "2023-H7" in line
    line = one_error_line(cli(dbfile, "status", "--period", "2031-H1"))
    assert "outside the programme" in line


def test_import_actuals_then_status(dbfile, tmp_path):
    csv = tmp_path / "a.csv"
    csv.write_text(
        f"indicator_id,period,value,comment\n{dbfile.school},2024-H1,72,survey\n", encoding="utf-8"
    )
    r = cli(dbfile, "--user", "editor", "import-actuals", str(csv), env=PASSWORD)
    assert r.returncode == 0, r.stderr
    assert "1 new" in r.stdout
    data = json.loads(cli(dbfile, "status", "--json", "--period", "2024-H1").stdout)
    school = data["indicators"][1]
    assert school["actual"] == 72.0 and school["progress"] == 0.8


def test_a_bad_file_is_refused_naming_its_rows_and_nothing_changes(dbfile, tmp_path):
    before = cli(dbfile, "status", "--json").stdout
    csv = tmp_path / "bad.csv"
    csv.write_text(
        "indicator_id,period,value\n"
        f"{dbfile.school},2023-H2,70\n"
        f"{dbfile.school},2023-H9,70\n"
        f"{dbfile.roads},2023-H2,lots\n",
        encoding="utf-8",
    )
    line = one_error_line(cli(dbfile, "--user", "editor", "import-actuals", str(csv), env=PASSWORD))
    assert "bad.csv, row 3, column period" in line
    assert "bad.csv, row 4, column value" in line
    assert cli(dbfile, "status", "--json").stdout == before


def test_the_round_workflow_and_the_lock_on_every_path(dbfile, tmp_path):
    r = cli(dbfile, "--user", "chair", "round", "approve", "--period", "2023-H2", env=PASSWORD)
    assert "only a submitted round" in one_error_line(r)
    r = cli(
        dbfile, "--user", "editor", "round", "submit", "--json", "--accept-warnings", env=PASSWORD
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["state"] == "submitted"
    assert json.loads(r.stdout)["period"] == "2023-H2"
    r = cli(
        dbfile,
        "--user",
        "chair",
        "round",
        "approve",
        "--period",
        "2023-H2",
        "--accept-warnings",
        env=PASSWORD,
    )
    assert r.returncode == 0, r.stderr
    before = cli(dbfile, "status", "--json").stdout
    csv = tmp_path / "late.csv"
    csv.write_text(f"indicator_id,period,value\n{dbfile.roads},2023-H2,9\n", encoding="utf-8")
    line = one_error_line(cli(dbfile, "--user", "admin", "import-actuals", str(csv), env=PASSWORD))
    assert "locked" in line
    assert cli(dbfile, "status", "--json").stdout == before
    r = cli(dbfile, "--user", "admin", "round", "reopen", "--period", "2023-H2", env=PASSWORD)
    assert "reason" in one_error_line(r)
    r = cli(
        dbfile,
        "--user",
        "chair",
        "round",
        "reopen",
        "--period",
        "2023-H2",
        "--reason",
        "typo",
        env=PASSWORD,
    )
    one_error_line(r)  # only an administrator reopens
    r = cli(
        dbfile,
        "--user",
        "admin",
        "round",
        "reopen",
        "--period",
        "2023-H2",
        "--reason",
        "a wrong figure",
        env=PASSWORD,
    )
    assert r.returncode == 0, r.stderr
    r = cli(dbfile, "--user", "admin", "import-actuals", str(csv), env=PASSWORD)
    assert r.returncode == 0, r.stderr
    assert "9 times more than in 2023-H1" in r.stderr  # a warning, the value is stored


def test_changing_data_needs_a_login_once_users_exist(dbfile, tmp_path):
    csv = tmp_path / "a.csv"
    csv.write_text(f"indicator_id,period,value\n{dbfile.school},2024-H1,72\n", encoding="utf-8")
    one_error_line(cli(dbfile, "import-actuals", str(csv)))
    r = cli(dbfile, "--user", "editor", "import-actuals", str(csv), env={"MEAPP_PASSWORD": "wrong"})
    one_error_line(r)


def test_a_missing_database_is_not_created_by_status(tmp_path):
    r = run_cli("--db", str(tmp_path / "none.db"), "status")
    one_error_line(r)
    assert not (tmp_path / "none.db").exists()
