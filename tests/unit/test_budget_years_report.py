"""The annual report states the year's budget execution per source (issue 21: "executed at
104,8 % in 2022"), against the planned amount of that year, not the measure's whole plan."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from meapp.services.access.users import Actor
from meapp.services.plan import edit as pe
from meapp.services.plan.budgets import YearSplit
from meapp.services.reports.annual import build_annual
from tests.unit import factories as f

ADMIN = Actor.system()
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def report_translate(lang: str):
    from meapp.cli.cmd_reports import report_translate as make

    return make(lang)


def _text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.replace("\u00a0", " ").split())


@needs_poppler
def test_annual_report_prints_the_years_execution_per_source(db, tmp_path):
    pid = f.make_program(db, code="BSK", start=2022, end=2024)
    d = f.add_item(db, pid, "direction", "1", "Transport")
    m = f.add_item(db, pid, "measure", "1.1", "Roads", parent=d, start_year=2022, end_year=2024)
    u = f.add_item(db, pid, "measure", "1.2", "Lights", parent=d, start_year=2022, end_year=2023)
    years = {2022: 3_000_000, 2023: 4_000_000, 2024: 4_381_000}
    pe.set_measure_budget(db, ADMIN, m, {"local_budget": YearSplit(years)})
    pe.set_measure_budget(db, ADMIN, u, {"donor": 600_000})  # not split: 300 000 a year
    f.add_progress(db, m, "2022-H1", "in_progress", 40, {"local_budget": 1_500_000})
    f.add_progress(db, m, "2022-H2", "in_progress", 60, {"local_budget": 1_644_000})
    f.add_progress(db, u, "2022-H2", "in_progress", 60, {"donor": 150_000})
    path = tmp_path / "annual.pdf"
    build_annual(db, pid, "2022", path, report_translate("en"), "en")
    text = _text(path)
    assert (
        "Local budget: executed at 104,8 % in 2022 (planned 3 000 000 som, "
        "spent 3 144 000 som, deviation +144 000 som)." in text
    )
    assert "executed at 50,0 % in 2022 (planned 300 000 som, spent 150 000 som" in text
    assert "spread evenly" in text
    # the budget table holds the year's plan, not the measure's whole multi-year plan
    budget = text[text.index("The year against the year before") : text.index("spread evenly")]
    assert "3 300 000" in budget and "11 981 000" not in budget
