"""The Audit page: filters, lazy loading, Excel export, and the chain check (button and start)."""

from __future__ import annotations

import sqlite3

import pytest
from openpyxl import load_workbook

from meapp.services.access.users import Actor
from meapp.services.audit import query as audit_query
from meapp.services.audit.query import AuditFilter
from meapp.services.governance import swot_risks
from meapp.services.governance.swot_risks import RiskInput
from meapp.ui import labels
from meapp.ui.audit import chain_check
from meapp.ui.audit.model import (
    COL_CHANGES,
    COL_OBJECT,
    COL_PERIOD,
    COL_SEQ,
    COL_USER,
    PAGE_SIZE,
)
from meapp.ui.common import dialogs

CHAIR = Actor("chair", "evaluator", "Chair")
MAYOR = Actor("mayor", "viewer", "Mayor")


def seqs(page) -> list[int]:
    return [int(page.model.index(r, COL_SEQ).data()) for r in range(page.model.rowCount())]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
    assert combo.currentData() == value


def tamper(db, seq: int) -> None:
    """What someone with a SQLite tool does: edit a figure in the history by hand."""
    con = sqlite3.connect(db.path)
    with con:
        changed = con.execute(
            "UPDATE audit_event SET after = replace(after, '}', ', \"x\": 1}') WHERE seq = ?",
            (seq,),
        ).rowcount
    con.close()
    assert changed == 1


@pytest.fixture
def page(demo_db, make_window):
    # a few events of a named user on top of the demo's set-up events
    program = _program_id(demo_db)
    swot_risks.add_risk(demo_db, CHAIR, program, RiskInput("Flood at the Kara-Balta river"))
    swot_risks.add_risk(demo_db, CHAIR, program, RiskInput("Late transfer from the fund"))
    swot_risks.add_swot_item(demo_db, CHAIR, program, "threat", "Flood season")
    window = make_window(demo_db, actor=MAYOR, page="audit")
    return window.pages["audit"]


def _program_id(db) -> str:
    from meapp.services.plan.programs import list_programs

    return list_programs(db)[0].id


def test_the_trail_loads_a_page_at_a_time_newest_first(page, qtmodeltester):
    total = audit_query.query_events(page.ctx.db, limit=1).total
    assert total > PAGE_SIZE  # the demo has more than one page
    assert page.model.rowCount() == PAGE_SIZE
    assert seqs(page)[0] == total and seqs(page) == sorted(seqs(page), reverse=True)
    assert f"Showing {PAGE_SIZE} of {total} events" in page.count_label.text()
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == min(2 * PAGE_SIZE, total)
    qtmodeltester.check(page.model)


def test_filter_by_object_and_text_narrows_the_rows(page):
    choose(page.entity, "risk")
    risk_events = audit_query.query_events(page.ctx.db, AuditFilter(entity="risk")).total
    assert page.model.rowCount() == risk_events
    assert all(
        page.model.index(r, COL_OBJECT).data().startswith("risk")
        for r in range(page.model.rowCount())
    )
    page.text.setText("kara-balta river")  # any case
    page.apply_filters()  # what the pause after typing (or Enter) does
    assert page.model.rowCount() == 1
    assert "Flood at the Kara-Balta river" in page.model.index(0, COL_OBJECT).data()
    assert page.model.index(0, COL_USER).data() == "chair"
    page.table.selectRow(0)
    assert "Risk: — → Flood at the Kara-Balta river" in page.details.toPlainText()
    page.text.setText("no such words anywhere")
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert "No event matches" in page.count_label.text()
    assert not page.export_button.isEnabled()
    page.reset_button.click()
    assert page.model.rowCount() == PAGE_SIZE


def test_filter_by_user(page):
    choose(page.user, "chair")
    assert page.model.rowCount() == 3
    assert {page.model.index(r, COL_USER).data() for r in range(3)} == {"chair"}


def test_export_writes_the_filtered_events(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "trail"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: str(target))
    infos = []
    monkeypatch.setattr("meapp.ui.messages.show_info", lambda *a: infos.append(a))
    choose(page.user, "chair")
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    path, count = page.last_export
    assert path.endswith("trail.xlsx") and count == 3
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][0] == "No."
    exported = [r[0] for r in rows[1:]]
    assert exported == sorted(seqs(page))  # the same events, oldest first in the file
    assert all(r[2] == "chair" for r in rows[1:])
    assert "3 events exported" in infos[0][1]


def _speak(lang: str, app) -> None:
    from meapp.ui import i18n

    i18n.install_language(lang)
    app.processEvents()  # LanguageChange reaches the page, which re-reads its texts


def test_kyrgyz_page_names_the_fields_and_shows_codes_as_words(page, styled_app):
    choose(page.entity, "measure_progress")
    _speak("ky", styled_app)  # switched while the page is open
    rows = range(page.model.rowCount())
    started = next(r for r in rows if page.model.events[r].after["status"] == "in_progress")
    line = page.model.index(started, COL_CHANGES).data()
    assert line.startswith("Абалы: — → Аткарылууда; Аткарылышы, %: — → ")
    assert "Киргизген: — → editor" in line
    for raw in ("status", "in_progress", "percent_complete", "entered_by", "measure_id"):
        assert raw not in line
    period = page.model.events[started].period
    assert page.model.index(started, COL_PERIOD).data() == labels.period(period)
    assert "жарым жылдык" in labels.period(period)
    page.table.selectRow(started)
    details = page.details.toPlainText()
    assert f"Мезгил: — → {labels.period(period)}" in details
    assert "Иш-чара (id): — → " in details  # ids stay, named in words
    assert "status" not in details and "percent_complete" not in details


def test_dates_and_yes_no_on_the_page(page, styled_app):
    choose(page.entity, "hearing")
    _speak("ky", styled_app)
    assert "Датасы: — → 20.02.2024" in page.model.index(0, COL_CHANGES).data()
    assert "Түрү: — → Коомдук угуу" in page.model.index(0, COL_CHANGES).data()
    choose(page.entity, "plan_item")
    line = page.model.index(0, COL_CHANGES).data()
    assert "Макулдашуу боюнча: — → жок" in line or "Макулдашуу боюнча: — → ооба" in line
    assert "False" not in line and "True" not in line


def test_a_field_from_a_later_version_shows_as_stored(page):
    from meapp.store import audit_chain as audit

    with page.ctx.db.session() as s, s.begin():
        audit.record(
            s,
            user="chair",
            action="update",
            entity="risk",
            entity_id=None,
            before={"status": "open", "colour_code": None},
            after={"status": "snoozed", "colour_code": {"rgb": [1, 2]}},
        )
    page.apply_filters()
    assert page.model.index(0, COL_CHANGES).data() == (
        'Status: open → snoozed; colour_code: — → {"rgb": [1, 2]}'
    )
    page.table.selectRow(0)
    assert "colour_code: — → " in page.details.toPlainText()


def test_export_in_russian_writes_the_changes_in_words(page, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    target = tmp_path / "состав.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: str(target))
    monkeypatch.setattr("meapp.ui.messages.show_info", lambda *a: None)
    _speak("ru", QApplication.instance())
    choose(page.entity, "group_member")
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    changes = [r[rows[0].index("Изменения")] for r in rows[1:]]
    assert len(changes) == 9
    assert any("Пол: — → женщина" in c for c in changes)
    assert any("Сторона: — → Мэрия" in c for c in changes)
    assert all("Роль в группе: — → " in c for c in changes)
    assert not any("gender" in c or "mayors_office" in c for c in changes)


def test_verify_says_intact(page, qtbot):
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.last_check is not None, timeout=10000)
    assert page.last_check.ok
    assert "intact" in page.check_result.text()
    assert page.verify_button.isEnabled()


def test_verify_names_the_event_edited_in_the_database_file(page, qtbot):
    tamper(page.ctx.db, 57)
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.last_check is not None, timeout=10000)
    text = page.check_result.text()
    assert not page.last_check.ok and page.last_check.broken_seq == 57
    assert "No. 57" in text
    assert "content changed after it was written" in text
    assert "intact" not in text


def test_the_start_check_warns_only_when_damaged(demo_db, make_window, qtbot, monkeypatch):
    from meapp.ui import worker

    results = []
    real = chain_check.check_audit_chain

    def recording(db):
        results.append(real(db))
        return results[-1]

    monkeypatch.setattr(chain_check, "check_audit_chain", recording)
    window = make_window(demo_db, actor=MAYOR, page="dashboard")
    chain_check.schedule_start_check(window, demo_db, delay_ms=0)
    qtbot.waitUntil(lambda: len(results) == 1 and not worker._running, timeout=10000)
    assert results[0].ok
    assert getattr(window, "_chain_warning", None) is None  # an intact history: silence
    tamper(demo_db, 3)
    chain_check.schedule_start_check(window, demo_db, delay_ms=0)
    qtbot.waitUntil(lambda: getattr(window, "_chain_warning", None) is not None, timeout=10000)
    box = window._chain_warning
    assert "damaged" in box.text()
    assert "No. 3" in box.informativeText()
    box.close()
