"""The Reports page of a quarterly programme offers the quarterly report (issue 21), and a
half-yearly programme keeps its half-year report."""

from __future__ import annotations

from meapp.services.access.users import Actor
from tests.unit.factories import add_actual, add_indicator, add_user, make_program

ADMIN = Actor("adm", "admin", "Adm")


def _labels(page) -> dict[str, str]:
    return {page.kind.itemData(i): page.kind.itemText(i) for i in range(page.kind.count())}


def test_quarterly_programme_offers_the_quarterly_report(db, make_window):
    pid = make_program(db, code="JA", frequency="quarter")
    ind = add_indicator(db, pid, code="1", targets={"2024": 10.0}, baseline=0)
    add_actual(db, ind, "2024-Q3", 6.0)
    add_user(db, "adm", "admin")
    window = make_window(db, actor=ADMIN, page="reports")
    page = window.pages["reports"]
    assert _labels(page)["half-year"] == "Quarterly monitoring report (PDF)"
    page.kind.setCurrentIndex(page.kind.findData("half-year"))
    periods = [page.period.itemData(i) for i in range(page.period.count())]
    assert "2024-Q3" in periods and not any("-H" in p for p in periods)


def test_half_yearly_programme_keeps_the_half_year_report(demo_db, make_window):
    window = make_window(demo_db, page="reports")
    page = window.pages["reports"]
    assert _labels(page)["half-year"] == "Half-year monitoring report (PDF)"
