"""`meapp report` and `meapp export-xlsx` run as processes on a real database file."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from tests.helpers import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture
def meapp(_demo_template, tmp_path):
    """The small demo in a file of its own, and a runner for the command line."""
    db = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, db)

    def run(*args: str, lang: str = "en"):
        env = {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_LANG": lang}
        return run_cli("--db", str(db), *args, env=env)

    return run


def one_line_error(proc) -> str:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_kyrgyz_half_year_report(meapp, tmp_path):
    out = tmp_path / "отчет.pdf"
    r = meapp(
        "report", "--kind", "half-year", "--lang", "ky", "--period", "2024-H2", "-o", str(out)
    )
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Жарым жылдык мониторинг отчету" in text
    assert "2024-ж. II жарым жылдык" in text


def test_report_json_names_the_fields_to_sign_and_the_fingerprint(meapp, tmp_path):
    out = tmp_path / "annual.pdf"
    r = meapp("report", "--kind", "annual", "--period", "2024", "-o", str(out), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["period"] == "2024" and data["lang"] == "en" and data["approved"] is True
    assert set(data["signature_fields"]) == {"sig_chair", "sig_mayor"}
    assert len(data["fingerprint"]) == 64
    assert out.read_bytes().startswith(b"%PDF-")


def test_citizen_summary_as_png(meapp, tmp_path):
    out = tmp_path / "summary.png"
    r = meapp("report", "--kind", "citizen", "--lang", "ru", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not list(tmp_path.glob("*.tmp"))


def test_iptt_figures_equal_status_json(meapp, tmp_path):
    out = tmp_path / "iptt.xlsx"
    r = meapp("export-xlsx", "--kind", "iptt", "-o", str(out), "--json")
    assert r.returncode == 0, r.stderr
    periods = json.loads(r.stdout)["periods"]
    index = periods.index("2024-H1")
    status = meapp("status", "--period", "2024-H1", "--json")
    assert status.returncode == 0, status.stderr
    js = json.loads(status.stdout)
    ws = load_workbook(out).active
    col = 10 + 3 * index
    by_name = {ws.cell(r, 2).value: r for r in range(6, ws.max_row + 1)}
    for ind in js["indicators"]:
        row = by_name[f"{ind['code']} {ind['name']}".strip() if ind["code"] else ind["name"]]
        for offset, key in ((0, "target"), (1, "actual"), (2, "progress")):
            got = ws.cell(row, col + offset).value
            want = ind[key]
            assert (got is None) == (want is None), (ind["code"], key)
            if want is not None:
                assert abs(got - want) < 1e-6 * max(1.0, abs(want)), (ind["code"], key)


def test_bad_requests_get_one_clear_line(meapp, tmp_path):
    year = meapp("report", "--kind", "half-year", "--period", "2024", "-o", str(tmp_path / "a.pdf"))
    assert "--kind annual" in one_line_error(year)
    outside = meapp("report", "--kind", "annual", "--period", "2031", "-o", str(tmp_path / "a.pdf"))
    assert "2031" in one_line_error(outside)
    png = meapp("report", "--kind", "half-year", "-o", str(tmp_path / "a.png"))
    assert ".pdf" in one_line_error(png)
    folder = meapp("report", "--kind", "citizen", "-o", str(tmp_path / "no" / "such" / "a.pdf"))
    assert "does not exist" in one_line_error(folder)
    lang = meapp("export-xlsx", "--kind", "iptt", "--lang", "fr", "-o", str(tmp_path / "a.xlsx"))
    assert "fr" in one_line_error(lang)
    assert not list(tmp_path.glob("a.*"))


def test_plan_and_matrix_exports_open_with_the_programmes_rows(meapp, tmp_path):
    plan = tmp_path / "plan.xlsx"
    r = meapp("export-xlsx", "--kind", "plan", "--period", "2024-H2", "-o", str(plan), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["period"] == "2024-H2"
    matrix = tmp_path / "matrix.xlsx"
    r = meapp("export-xlsx", "--kind", "matrix", "--lang", "ky", "-o", str(matrix))
    assert r.returncode == 0, r.stderr
    status = json.loads(meapp("status", "--period", "2024-H2", "--json").stdout)
    cells = {
        str(c.value)
        for path in (plan, matrix)
        for ws in load_workbook(path).worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value is not None
    }
    text = " ".join(cells)
    for ind in status["indicators"]:
        assert ind["name"] in text, ind["name"]
