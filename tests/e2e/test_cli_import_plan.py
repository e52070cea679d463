"""`meapp import-plan` as a process on the sample files (PRODUCT.md §6)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import SAMPLES, run_cli

pytestmark = pytest.mark.slow

PLAN = str(SAMPLES / "kara-balta-action-plan.xlsx")
MATRIX = str(SAMPLES / "kara-balta-indicators.xlsx")
CREATE = [
    "--title",
    "Кара-Балта шаарынын программасы",
    "--municipality",
    "Кара-Балта",
    "--years",
    "2023-2026",
]
KEYS = ["program_id", "directions", "sectors", "objectives", "measures", "indicators", "warnings"]


@pytest.fixture
def env(tmp_path):
    return {
        "MEAPP_HOME": str(tmp_path / "home"),
        "MEAPP_DB": str(tmp_path / "m.db"),
        "MEAPP_LANG": "en",
    }


def _json(proc):
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_import_both_samples_then_again(env):
    first = _json(run_cli("import-plan", PLAN, *CREATE, "--json", env=env))
    assert list(first) == KEYS
    assert {k: first[k] for k in KEYS[1:6]} == {
        "directions": 3,
        "sectors": 5,
        "objectives": 8,
        "measures": 16,
        "indicators": 0,
    }
    assert first["warnings"] == [
        {
            "sheet": "Аракеттер планы",
            "row": 15,
            "column": "B",
            "message": "measure without a task: placed directly under 1.3",
        }
    ]
    # the programme exists now: the matrix goes into it without the creation options
    second = _json(run_cli("import-plan", MATRIX, "--json", env=env))
    assert second["program_id"] == first["program_id"]
    assert {k: second[k] for k in KEYS[1:6]} == {
        "directions": 3,
        "sectors": 5,
        "objectives": 8,
        "measures": 16,
        "indicators": 9,
    }
    assert all(set(w) == {"sheet", "row", "column", "message"} for w in second["warnings"])
    assert any(
        w["sheet"] == "Индикаторлор" and w["row"] == 6 and "cumulative" in w["message"]
        for w in second["warnings"]
    )
    # importing the same files again creates no duplicates
    again = _json(run_cli("import-plan", PLAN, "--json", env=env))
    again2 = _json(run_cli("import-plan", MATRIX, "--json", env=env))
    assert {k: again2[k] for k in KEYS[:6]} == {k: second[k] for k in KEYS[:6]}
    assert again["measures"] == 16
    listed = _json(run_cli("programs", "--json", env=env))
    assert [p["id"] for p in listed["programs"]] == [first["program_id"]]
    # the same run twice gives the same output (deterministic order)
    assert (
        run_cli("import-plan", MATRIX, "--json", env=env).stdout
        == json.dumps(again2, ensure_ascii=False, indent=2) + "\n"
    )
    check = run_cli("check", env=env)
    assert check.returncode == 0, check.stdout + check.stderr


def test_without_a_programme_the_creation_options_are_required(env):
    proc = run_cli("import-plan", PLAN, env=env)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "--title" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run_cli("import-plan", PLAN, "--title", "X", "--municipality", "Y", env=env)
    assert proc.returncode == 2 and "--years" in proc.stderr
    proc = run_cli("import-plan", PLAN, *CREATE[:4], "--years", "2026-2023", env=env)
    assert proc.returncode == 2 and "ends before it starts" in proc.stderr
    assert _json(run_cli("programs", "--json", env=env))["programs"] == []


def test_bad_files_change_nothing(env, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes((SAMPLES / "kara-balta-action-plan.xlsx").read_bytes()[:2500])
    text = tmp_path / "notes.xlsx"
    text.write_text("hello", encoding="utf-8")
    for path, message in (
        (broken, "damaged"),
        (text, "not an Excel workbook"),
        (tmp_path / "missing.xlsx", "file not found"),
    ):
        proc = run_cli("import-plan", str(path), *CREATE, env=env)
        assert proc.returncode == 2, proc.stderr
        assert message in proc.stderr and "Traceback" not in proc.stderr
    # refused before the database opens: not even an empty one is created (issue 20)
    assert not (tmp_path / "m.db").exists()
    _json(run_cli("import-plan", PLAN, *CREATE, "--json", env=env))
    assert len(_json(run_cli("programs", "--json", env=env))["programs"]) == 1


def test_several_programmes_need_program(env):
    _json(run_cli("import-plan", PLAN, *CREATE, "--json", env=env))
    other = _json(
        run_cli(
            "import-plan",
            PLAN,
            "--title",
            "Башка программа",
            "--municipality",
            "Сокулук",
            "--years",
            "2024-2027",
            "--json",
            env=env,
        )
    )
    proc = run_cli("import-plan", MATRIX, env=env)
    assert proc.returncode == 2 and "--program" in proc.stderr
    chosen = _json(
        run_cli("import-plan", MATRIX, "--program", other["program_id"], "--json", env=env)
    )
    assert chosen["program_id"] == other["program_id"] and chosen["indicators"] == 9


def test_plan_and_matrix_as_two_files_in_one_import(env):
    out = _json(run_cli("import-plan", PLAN, MATRIX, *CREATE, "--json", env=env))
    assert list(out) == KEYS
    assert {k: out[k] for k in KEYS[1:6]} == {
        "directions": 3,
        "sectors": 5,
        "objectives": 8,
        "measures": 16,
        "indicators": 9,
    }
    for w in out["warnings"]:
        assert list(w) == ["sheet", "row", "column", "message"]
        assert isinstance(w["sheet"], str) and isinstance(w["message"], str)
        assert w["row"] is None or isinstance(w["row"], int)
        assert w["column"] is None or isinstance(w["column"], str)
    # the plan's warning comes first, then the matrix's, file by file
    assert out["warnings"][0]["sheet"] == "Аракеттер планы"
    assert out["warnings"][-1]["sheet"] == "Макро көрсөткүчтөр"
    again = _json(run_cli("import-plan", PLAN, MATRIX, "--json", env=env))
    assert {k: again[k] for k in KEYS[:6]} == {k: out[k] for k in KEYS[:6]}


def test_spreadsheets_that_are_no_plan_are_refused_with_exit_2(env, tmp_path):
    import openpyxl

    budget = tmp_path / "budget.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (
        ("Код", "Статьянын аталышы", "План", "Факт"),
        ("111", "Салыктар", 1200, 1150),
    ):
        ws.append(row)
    wb.save(budget)
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    for path, message in (
        (budget, "no action plan or indicator matrix"),
        (empty, "the workbook is empty"),
    ):
        proc = run_cli("import-plan", str(path), *CREATE, env=env)
        assert proc.returncode == 2, proc.stderr
        assert message in proc.stderr and path.name in proc.stderr
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    # a good plan with a bad second file: nothing of either is written
    proc = run_cli("import-plan", PLAN, str(budget), *CREATE, env=env)
    assert proc.returncode == 2 and "budget.xlsx" in proc.stderr
    assert _json(run_cli("programs", "--json", env=env))["programs"] == []
