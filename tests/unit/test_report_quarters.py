"""Quarters spoken of as quarters (issue 21): the report of a quarter is the quarterly
report — in its PDF title, on the Reports page and on the command line (`--kind period`, with
`half-year` kept as its alias) — and the annual cover reads "2024-жыл, 2023-жылга
салыштырмалуу", not "2024-жыл-жыл 2023-жыл-жылга".
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from meapp.errors import ValidationError
from meapp.services.plan.programs import list_programs
from meapp.services.reports import REPORT_KINDS, build_report
from meapp.services.reports import texts as T
from tests.helpers import run_cli
from tests.unit.factories import add_actual, add_indicator, make_program

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils")


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.replace("\u00a0", " ").split())


def quarterly(db):
    pid = make_program(db, code="JA", frequency="quarter", title="Jalal-Abad programme")
    ind = add_indicator(db, pid, code="1", targets={"2024": 10.0}, baseline=0)
    add_actual(db, ind, "2024-Q3", 6.0)
    return pid


@needs_poppler
@pytest.mark.parametrize("kind", ["period", "half-year"])
def test_a_quarter_report_is_called_quarterly(db, tmp_path, kind):
    pid = quarterly(db)
    path = tmp_path / f"{kind}.pdf"
    result = build_report(db, pid, kind, "2024-Q3", path, None, "en")
    assert result.period == "2024-Q3"
    text = pdf_text(path)
    assert "Quarterly monitoring report" in text
    assert "Reporting period: quarter 3 of 2024" in text
    assert "Half-year" not in text


@needs_poppler
def test_a_half_year_report_stays_the_half_year_report(demo_db, tmp_path):
    pid = list_programs(demo_db)[0].id
    path = tmp_path / "h.pdf"
    build_report(demo_db, pid, "period", "2024-H2", path, None, "en")
    text = pdf_text(path)
    assert "Half-year monitoring report" in text and "Quarterly" not in text


def test_report_kinds_keep_the_old_names():
    assert set(REPORT_KINDS) >= {"period", "half-year", "annual", "citizen"}
    from meapp.cli.cmd_reports import REPORT_KINDS as CLI_KINDS

    assert set(CLI_KINDS) == set(REPORT_KINDS)


@needs_poppler
def test_annual_cover_names_each_year_once(demo_db, tmp_path):
    """The year numbers go into the sentence bare: the translation adds "-жыл" / "год"
    itself (the period's own words "2024-жыл" inside it made "2024-жыл-жыл")."""
    from meapp import i18n

    pid = list_programs(demo_db)[0].id
    en = tmp_path / "en.pdf"
    build_report(demo_db, pid, "annual", "2024", en, None, "en")
    assert "Reporting period: year 2024 compared with 2023" in pdf_text(en)
    base = i18n.translator("ky")
    words = {T.ANNUAL_COMPARED: "{year}-жыл, {previous}-жылга салыштырмалуу"}

    def ky(context: str, text: str) -> str:
        return words.get(text) or base(context, text)

    path = tmp_path / "ky.pdf"
    build_report(demo_db, pid, "annual", "2024", path, ky, "ky")
    text = pdf_text(path)
    assert "2024-жыл, 2023-жылга салыштырмалуу" in text
    assert "жыл-жыл" not in text


def test_a_year_given_for_a_quarterly_period_report_asks_for_a_quarter(db):
    from meapp.cli.cmd_reports import _check_period

    pid = quarterly(db)
    with pytest.raises(ValidationError) as err:
        _check_period(db, pid, "2024", "period")
    assert "2024-Q4" in str(err.value)


def test_reports_page_names_the_period_report_by_the_programmes_periods():
    from meapp.ui.reports import build as rb

    assert rb.label_of("half-year", quarterly=True) == "Quarterly monitoring report (PDF)"
    assert rb.label_of("half-year") == "Half-year monitoring report (PDF)"
    assert rb.label_of("annual", quarterly=True) == "Annual report to the council (PDF)"
    assert rb.is_quarterly("quarter") and not rb.is_quarterly("half_year")
    # a built report is named by its own period
    assert rb.is_quarterly("half_year", "2024-Q3") and not rb.is_quarterly("quarter", "2024")


@pytest.mark.slow
def test_command_line_takes_kind_period_and_the_half_year_alias(demo_db, tmp_path):
    db = demo_db.path
    env = {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_LANG": "en"}
    for kind in ("period", "half-year"):
        out = tmp_path / f"{kind}.pdf"
        r = run_cli(
            "--db", str(db), "--json", "report", "--kind", kind, "--period", "2024-H2",
            "-o", str(out), env=env,
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
        doc = json.loads(r.stdout)
        assert doc["kind"] == kind and doc["period"] == "2024-H2" and doc["pages"] > 3
        assert out.stat().st_size > 10_000
    r = run_cli(
        "--db", str(db), "report", "--kind", "period", "--period", "2024",
        "-o", str(tmp_path / "y.pdf"), env=env,
    )  # fmt: skip
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "--kind annual" in r.stderr and "2024-H2" in r.stderr
