"""The reporting calendar in the GUI (issue 21): the late line on the dashboard and above the
Monitoring grids, the calendar dialog (read, edit, refuse a viewer) and the rayon's "Late"
column. Every day is given: the demo's 2025-H1 round is open, due 30 July 2025."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from meapp.models import AuditEvent, DeadlineSetting
from meapp.services.access.users import Actor
from meapp.services.dashboard import figures as dash
from meapp.services.monitoring import calendar as cal
from meapp.services.plan.programs import list_programs
from meapp.ui.context import AppContext
from meapp.ui.dashboard.municipalities import COLUMNS
from meapp.ui.monitoring.calendar_dialog import CalendarDialog
from tests.unit import factories as f

LATE_DAY = date(2025, 8, 11)  # 12 days after the 2025-H1 round was due
EARLY_DAY = date(2025, 7, 1)  # nothing due yet


def _program(db) -> str:
    return list_programs(db)[0].id


def test_the_dashboard_marks_a_late_round(demo_db, make_window):
    window = make_window(demo_db)
    page = window.pages["dashboard"]
    banner = page.overdue_banner
    banner.today = lambda: EARLY_DAY
    page.refresh()
    assert not banner.isVisibleTo(page)
    banner.today = lambda: LATE_DAY
    page.refresh()
    assert banner.isVisibleTo(page)
    text = banner.label.text()
    assert "Overdue on the reporting calendar:" in text
    assert "Reporting round 2025, first half-year: due 30.07.2025, 12 d. late" in text


def test_the_monitoring_page_says_the_round_is_late(demo_db, make_window):
    window = make_window(demo_db, page="monitoring")
    page = window.pages["monitoring"]
    page.overdue_banner.today = lambda: LATE_DAY
    page.reload()
    assert page.overdue_banner.isVisibleTo(page)
    assert "12 d. late" in page.overdue_banner.label.text()
    assert page.calendar_button.text() == "Calendar…"


def test_the_calendar_dialog_shows_and_stores_a_changed_rule(demo_db, qtbot):
    pid = _program(demo_db)
    ctx = AppContext(demo_db, Actor("admin", "admin", "Administrator"))
    dialog = CalendarDialog(ctx, pid, today=lambda: LATE_DAY)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Reporting round 2025, first half-year"] == "12 d. late"
    assert rows["Reporting round 2024, second half-year"] == "met"
    assert not dialog.rows["mayor_report"].active.isChecked()  # a half-year programme
    dialog.rows["round"].days.setValue(20)
    dialog.rows["mayor_report"].active.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    rules = {r.kind: r for r in cal.rules(demo_db, pid)}
    assert rules["round"].days == 20 and rules["round"].changed == {"days"}
    assert rules["mayor_report"].active
    with demo_db.session() as s:
        assert {r.kind for r in s.scalars(select(DeadlineSetting))} == {"round", "mayor_report"}
        actions = s.scalars(
            select(AuditEvent.user_login).where(AuditEvent.entity == "deadline_setting")
        ).all()
        assert actions == ["admin", "admin"]
    again = CalendarDialog(ctx, pid, today=lambda: LATE_DAY)
    qtbot.addWidget(again)
    assert again.rows["round"].days.value() == 20
    assert again.rows["round"].changed.text() == "changed"
    again.restore_defaults()
    again.accept()
    with demo_db.session() as s:  # the changes are emptied (so the emptying travels too)
        stored = s.scalars(select(DeadlineSetting)).all()
        assert [(r.days, r.active) for r in stored] == [(None, None), (None, None)]
    assert not any(r.edited for r in cal.rules(demo_db, pid))


def test_a_viewer_sees_the_calendar_read_only(demo_db, qtbot):
    pid = _program(demo_db)
    ctx = AppContext(demo_db, Actor("mayor", "viewer", "Mayor"))
    dialog = CalendarDialog(ctx, pid, today=lambda: LATE_DAY)
    qtbot.addWidget(dialog)
    assert not dialog.rows["round"].days.isEnabled()
    assert not dialog.defaults_button.isEnabled()
    assert dialog.buttons.standardButtons() == QDialogButtonBox.StandardButton.Close
    assert "Only editors and administrators" in dialog.intro.text()
    assert dialog.table.rowCount() > 0


def test_the_rayon_sees_which_municipality_is_late(demo_db):
    other = f.make_program(demo_db, code="ZZ", start=2025, end=2025)
    rows = {r.program_code: r for r in dash.municipalities(demo_db, "2025-H1", today=LATE_DAY)}
    assert rows["KB-2023"].late == 1 and rows["KB-2023"].late_days == 12
    assert rows["ZZ"].late == 1  # its 2025-H1 round is not submitted either
    assert str(other) == rows["ZZ"].program_id
    late_column = COLUMNS[-1]
    assert late_column.header() == "Late"
    assert late_column.text(rows["KB-2023"]) == "1 · 12 d."
    on_time = dash.municipalities(demo_db, "2025-H1", today=EARLY_DAY)
    assert all(r.late == 0 for r in on_time)
    assert late_column.text(on_time[0]) == "—"


def test_submitting_the_late_round_clears_the_line(demo_db, make_window, qtbot):
    window = make_window(demo_db, page="monitoring")
    page = window.pages["monitoring"]
    page.overdue_banner.today = lambda: LATE_DAY
    page.reload()
    assert page.overdue_banner.isVisibleTo(page)
    page._round_action("submit", acknowledged=True)  # what the button does once confirmed
    qtbot.waitUntil(lambda: not page.overdue_banner.isVisibleTo(page), timeout=5_000)
    assert window.scope.round is not None and window.scope.round.state == "submitted"


def test_the_calendar_button_opens_the_programmes_calendar(demo_db, make_window, monkeypatch):
    from meapp.ui.monitoring import calendar_dialog

    shown: list[CalendarDialog] = []

    def run(dialog):
        shown.append(dialog)
        dialog.rows["round"].days.setValue(5)  # due 5 July: 37 days late on 11 August
        dialog.accept()
        return True

    monkeypatch.setattr(calendar_dialog, "run_dialog", run)
    window = make_window(demo_db, page="monitoring")
    page = window.pages["monitoring"]
    page.overdue_banner.today = lambda: LATE_DAY
    page.calendar_button.click()
    assert len(shown) == 1 and shown[0].program_id == _program(demo_db)
    assert "37 d. late" in page.overdue_banner.label.text()
