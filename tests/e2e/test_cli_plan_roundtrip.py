"""`meapp export-xlsx --kind plan|matrix` then `meapp import-plan` of what it wrote, as
processes on a real database file: the same programme, and nothing written (issue 19)."""

from __future__ import annotations

import json
import shutil
import sqlite3

import openpyxl
import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture
def meapp(_demo_template, tmp_path):
    """The small demo in a file of its own, and a runner for the command line."""
    db = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, db)

    def run(*args: str, lang: str = "en"):
        env = {
            "MEAPP_HOME": str(tmp_path / "home"),
            "MEAPP_LANG": lang,
            "MEAPP_USER": "admin",
            "MEAPP_PASSWORD": "demo",
        }
        return run_cli("--db", str(db), *args, env=env)

    run.db = db
    return run


def _state(db) -> tuple:
    """The audit chain's length and last hash, and every plan row, read from the file."""
    con = sqlite3.connect(db)
    try:
        chain = con.execute("SELECT count(*), max(seq) FROM audit_event").fetchone()
        rows = tuple(
            tuple(con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall())  # noqa: S608
            for table in ("plan_item", "indicator", "indicator_target", "measure_budget")
        )
    finally:
        con.close()
    return chain, rows


@pytest.mark.parametrize("lang", ["en", "ky", "ru"])
def test_plan_and_matrix_round_trip_write_nothing(meapp, tmp_path, lang):
    before = _state(meapp.db)
    for kind in ("plan", "matrix"):
        out = tmp_path / f"{kind}.xlsx"
        r = meapp("export-xlsx", "--kind", kind, "-o", str(out), lang=lang)
        assert r.returncode == 0, r.stderr
        r = meapp("import-plan", str(out), "--json", lang=lang)
        assert r.returncode == 0, r.stderr
        got = json.loads(r.stdout)
        assert (got["measures"], got["indicators"]) == (21, 12)  # not 42: codes exported
    assert _state(meapp.db) == before


def test_the_text_output_says_nothing_was_changed(meapp, tmp_path):
    out = tmp_path / "matrix.xlsx"
    assert meapp("export-xlsx", "--kind", "matrix", "-o", str(out)).returncode == 0
    r = meapp("import-plan", str(out))
    assert r.returncode == 0, r.stderr
    assert "Created 0 rows, updated 0." in r.stdout


def test_an_ambiguous_number_is_refused_with_one_line(meapp, tmp_path):
    out = tmp_path / "matrix.xlsx"
    assert meapp("export-xlsx", "--kind", "matrix", "-o", str(out)).returncode == 0
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    ws["E6"] = "1,23.4"
    wb.save(out)
    before = _state(meapp.db)
    r = meapp("import-plan", str(out))
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    assert "row 6, column E" in r.stderr and "1,23.4" in r.stderr
    assert _state(meapp.db) == before


def test_the_columns_the_import_does_not_read_are_named_in_the_json(meapp, tmp_path):
    out = tmp_path / "plan.xlsx"
    r = meapp("export-xlsx", "--kind", "plan", "--period", "2024-H2", "-o", str(out))
    assert r.returncode == 0, r.stderr
    got = json.loads(meapp("import-plan", str(out), "--json").stdout)
    unused = [w for w in got["warnings"] if w["message"].startswith("column not imported")]
    assert [w["message"] for w in unused] == [
        "column not imported: Status (2024-H2)",
        "column not imported: % complete",
        "column not imported: Spent, som (2024-H2)",
    ]
    assert all(w["row"] == 3 and w["sheet"] == "Action plan" for w in unused)
