"""The Working group page on the demo: members and quotas, hearings with proposals, public
checks with photos; what each role may do."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from meapp.services.access.users import Actor
from meapp.services.governance import working_group as gov
from meapp.ui.governance.working_group import checks as checks_module
from meapp.ui.governance.working_group import forms
from meapp.ui.governance.working_group import members as members_module
from meapp.ui.governance.working_group.members import C_NAME
from meapp.ui.monitoring.evidence_dialog import EvidenceDialog
from meapp.ui.pages.working_group import TAB_CHECKS, TAB_HEARINGS

ADMIN = Actor("admin", "admin", "Demo administrator")
CHAIR = Actor("chair", "evaluator", "Demo chair")
EDITOR = Actor("editor", "editor", "Demo editor")
VIEWER = Actor("mayor", "viewer", "Demo mayor")


def _page(make_window, db, actor=ADMIN):
    window = make_window(db, actor=actor, page="working-group")
    return window.pages["working-group"]


def _fill_and_accept(fill):
    """A stand-in for `exec()`: fill the form as a user would, press OK, return the result."""

    def exec_(dialog):
        fill(dialog)
        dialog.accept()
        return dialog.result()

    return exec_


def test_the_demo_group_and_its_quotas_are_shown(demo_db, make_window):
    page = _page(make_window, demo_db)
    tab = page.members
    assert page.tabs.tabText(0) == "Members"
    assert tab.order_number.text() == "№ 112-б"
    assert tab.order_date.date_value().isoformat() == "2023-03-10"
    assert tab.table.rowCount() == 9
    text = tab.quota.figures_text()
    assert "Women: 5 of 9" in text and "56 %" in text
    assert "Youth under 28: 3 of 9" in text
    assert "✔ met" in tab.quota.women.text()
    assert "Chair: Жумабаева Айгүл Сапарбековна" in text


def test_adding_a_member_changes_the_quota_figures_on_screen(demo_db, make_window, monkeypatch):
    page = _page(make_window, demo_db, CHAIR)
    tab = page.members
    assert tab.add_button.isEnabled()

    def fill(dialog):
        dialog.full_name.setText("Бакиров Нурбек")
        dialog.gender.setCurrentIndex(dialog.gender.findData("m"))
        dialog.birth_year.set_int_value(2004)
        dialog.side.setCurrentIndex(dialog.side.findData("civic"))

    monkeypatch.setattr(forms.MemberDialog, "exec", _fill_and_accept(fill))
    tab.add_button.click()
    assert tab.table.rowCount() == 10
    assert tab.table.item(9, C_NAME).text() == "Бакиров Нурбек"
    text = tab.quota.figures_text()
    assert "Women: 5 of 10" in text and "50 %" in text
    assert "Youth under 28: 4 of 10" in text and "40 %" in text


def test_quota_warnings_appear_in_words_when_women_fall_short(demo_db, make_window, monkeypatch):
    page = _page(make_window, demo_db)
    tab = page.members
    monkeypatch.setattr(members_module.messages, "confirm", lambda *a, **k: True)
    women_rows = [r for r, m in enumerate(tab.members) if m.gender == "f"]
    for _ in range(3):  # remove three women: 2 of 6 = 33 %
        row = next(r for r, m in enumerate(tab.members) if m.gender == "f")
        tab.table.selectRow(row)
        tab.delete_button.click()
    assert len(women_rows) == 5
    assert "✖ not met" in tab.quota.women.text()
    warnings = tab.quota.figures_text()
    assert "Women are 33 % of the members" in warnings and "1 more women" in warnings
    assert tab.quota.warnings.isVisibleTo(tab)


def test_a_member_form_with_a_bad_field_stays_open_and_names_it(demo_db, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(forms.messages, "show_error", lambda _w, exc: shown.append(exc.text()))
    saved = []
    dialog = forms.MemberDialog(
        lambda data: saved.append(gov.add_member(demo_db, ADMIN, _pid(demo_db), data))
    )
    qtbot.addWidget(dialog)
    dialog.full_name.setText("   ")
    dialog.accept()
    assert shown == ["Full name: write the member's name"]
    assert dialog.result() != forms.MemberDialog.DialogCode.Accepted and not saved


def _pid(db):
    from meapp.services.plan.programs import list_programs

    return list_programs(db)[0].id


def test_reordering_moves_the_selected_member(demo_db, make_window):
    tab = _page(make_window, demo_db).members
    second = tab.table.item(1, C_NAME).text()
    tab.table.selectRow(1)
    assert tab.up_button.isEnabled()
    tab.up_button.click()
    assert tab.table.item(0, C_NAME).text() == second
    assert tab.table.currentRow() == 0 and not tab.up_button.isEnabled()
    assert gov.list_members(demo_db, _pid(demo_db))[0].full_name == second


def test_the_order_is_saved(demo_db, make_window):
    tab = _page(make_window, demo_db).members
    tab.order_number.setText("№ 7")
    tab.save_order_button.click()
    assert gov.get_group(demo_db, _pid(demo_db)).order_number == "№ 7"


@pytest.mark.parametrize("actor", [VIEWER, EDITOR])
def test_who_cannot_form_the_group_sees_disabled_buttons(demo_db, make_window, actor):
    page = _page(make_window, demo_db, actor)
    tab = page.members
    tab.table.selectRow(1)
    for button in (tab.add_button, tab.edit_button, tab.delete_button, tab.up_button):
        assert not button.isEnabled()
    assert not tab.save_order_button.isEnabled() and not tab.order_number.isEnabled()
    assert "Only the chair of the group" in tab.rights_note.text()
    page.tabs.setCurrentIndex(TAB_HEARINGS)
    # an editor records hearings; a viewer only reads them (and opens their files)
    assert page.hearings.add_button.isEnabled() == (actor is EDITOR)
    # the demo's hearing (20.02.2024) lies in the approved 2024-H1: nobody adds proposals
    assert not page.hearings.add_proposal_button.isEnabled()
    assert page.hearings.files_button.isEnabled()
    page.tabs.setCurrentIndex(TAB_CHECKS)
    assert page.checks.add_button.isEnabled() == (actor is EDITOR)


def test_a_hearing_and_its_proposals(demo_db, make_window, monkeypatch):
    page = _page(make_window, demo_db, EDITOR)
    page.tabs.setCurrentIndex(TAB_HEARINGS)
    tab = page.hearings
    assert tab.table.rowCount() == 1 and tab.proposals.rowCount() == 4
    assert tab.table.item(0, 4).text() == "47 (55\xa0%)"

    def fill_hearing(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("group_meeting"))
        dialog.place.setText("Мэриянын чоң залы")
        dialog.attendance.set_int_value(30)
        dialog.women.set_int_value(12)

    monkeypatch.setattr(forms.HearingDialog, "exec", _fill_and_accept(fill_hearing))
    tab.add_button.click()
    assert tab.table.rowCount() == 2
    assert tab.selected().place == "Мэриянын чоң залы"
    assert tab.no_proposals.isVisibleTo(tab) and "Add proposal" in tab.no_proposals.text()

    def fill_proposal(dialog):
        dialog.text.setPlainText("Сейил бакка орундуктар коюу")
        dialog.answer.setPlainText("2025-жылы коюлат")
        dialog.status.setCurrentIndex(dialog.status.findData("accepted"))

    monkeypatch.setattr(forms.ProposalDialog, "exec", _fill_and_accept(fill_proposal))
    tab.add_proposal_button.click()
    assert tab.proposals.rowCount() == 1
    assert tab.proposals.item(0, 2).text() == "accepted"
    assert tab.table.item(tab.table.currentRow(), 5).text() == "1"


def test_public_checks_with_photos(demo_db, make_window, monkeypatch, tmp_path):
    page = _page(make_window, demo_db, EDITOR)
    page.tabs.setCurrentIndex(TAB_CHECKS)
    tab = page.checks
    checked = [m for m in tab.measures if m.checks]
    assert len(checked) == 2 and all(m.stage("50") for m in checked)
    measure_item = next(
        tab.tree.topLevelItem(i)
        for i in range(tab.tree.topLevelItemCount())
        if tab.tree.topLevelItem(i).childCount()
    )
    tab.tree.setCurrentItem(measure_item)
    assert "✔ at 50 %" in measure_item.text(2) and "– at 100 %" in measure_item.text(2)

    def fill_check(dialog):
        assert dialog.stage.currentData() == "100"  # the 50 % check exists: 100 % is next
        dialog.citizens.set_int_value(15)
        dialog.timeliness.set_int_value(5)
        dialog.quality.set_int_value(4)
        dialog.findings.setPlainText("Иш толук бүттү")

    monkeypatch.setattr(forms.CheckDialog, "exec", _fill_and_accept(fill_check))
    tab.add_button.click()
    check = tab.selected_check()
    assert check is not None and check.stage == "100" and check.quality == 4
    assert "✔ at 100 %" in tab.tree.currentItem().parent().text(2)
    assert "Иш толук бүттү" in tab.findings.toPlainText()

    photo = tmp_path / "check.png"
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#009E73"))
    image.save(str(photo))

    def exec_evidence(dialog: EvidenceDialog):
        assert dialog.kind.currentData() == "photo" and dialog.owner_type == "public_check"
        dialog.add_file(photo)
        from PySide6.QtCore import QCoreApplication

        while dialog.file_count() == 0:
            QCoreApplication.processEvents()
        return 0

    monkeypatch.setattr(checks_module.EvidenceDialog, "exec", exec_evidence)
    tab.photos_button.click()
    assert tab.tree.currentItem().text(6) == "1"
    assert tab.selected_check().evidence_count == 1


def test_without_a_programme_the_page_says_what_to_do(db, qtbot):
    from meapp.ui.context import AppContext, Scope
    from meapp.ui.pages.working_group import WorkingGroupPage

    page = WorkingGroupPage(AppContext(db, ADMIN))
    qtbot.addWidget(page)
    page.set_scope(Scope())
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No programme yet"
    assert "Import the programme's plan" in page.empty.text.text()


def test_a_new_form_leaves_dates_and_numbers_empty(qtbot):
    """An untouched date or count is stored as unknown, never as today or zero."""
    dialog = forms.HearingDialog(lambda data: data)
    qtbot.addWidget(dialog)
    value = dialog.value()
    assert value.held_on is None and value.attendance is None and value.women is None
    dialog.held_on.calendarWidget().show()  # opening the calendar selects nothing
    assert dialog.held_on.date_value() is None
    check = forms.CheckDialog(lambda data: data, "1.1 Roads")
    qtbot.addWidget(check)
    assert check.value().timeliness is None and check.value().check_date is None


# -- hearings and checks of an approved period -------------------------------------------


def _capture_evidence(monkeypatch, module):
    """The evidence dialog a button opens, recorded instead of shown."""
    opened: list[EvidenceDialog] = []

    def exec_(dialog):
        opened.append(dialog)
        return 0

    monkeypatch.setattr(module.EvidenceDialog, "exec", exec_)
    return opened


def test_a_hearing_of_an_approved_period_is_read_only(demo_db, make_window, monkeypatch):
    from meapp.ui.governance.working_group import hearings as hearings_module
    from meapp.ui.governance.working_group.hearings import H_DATE

    page = _page(make_window, demo_db, EDITOR)
    page.tabs.setCurrentIndex(TAB_HEARINGS)
    tab = page.hearings
    assert tab.table.rowCount() == 1
    h = tab.selected()
    assert h is not None and h.locked_period == "2024-H1"
    date_cell = tab.table.item(0, H_DATE)
    assert date_cell.text() == "20.02.2024"
    assert not date_cell.icon().isNull()  # the lock symbol of an approved period
    assert "2024, first half-year is approved" in date_cell.toolTip()
    assert tab.lock_note.isVisibleTo(tab) and "can be read, not changed" in tab.lock_note.text()
    for button in (tab.edit_button, tab.delete_button, tab.add_proposal_button):
        assert not button.isEnabled()
    tab.proposals.selectRow(0)
    assert not tab.edit_proposal_button.isEnabled() and not tab.delete_proposal_button.isEnabled()
    # a double-click opens no form; the minutes and photos open read-only
    monkeypatch.setattr(forms.HearingDialog, "exec", lambda _d: pytest.fail("form opened"))
    tab.edit_hearing()
    assert tab.add_button.isEnabled() and tab.files_button.isEnabled()
    opened = _capture_evidence(monkeypatch, hearings_module)
    tab.files_button.click()
    assert len(opened) == 1 and opened[0].read_only and opened[0].locked
    assert "The period is approved" in opened[0].where.text()


def test_a_new_hearing_is_open_and_cannot_be_moved_into_an_approved_period(
    demo_db, make_window, monkeypatch
):
    from datetime import date

    from meapp.ui.governance.working_group.hearings import H_DATE

    shown: list[str] = []
    monkeypatch.setattr(forms.messages, "show_error", lambda _p, exc: shown.append(exc.text()))
    page = _page(make_window, demo_db, EDITOR)
    page.tabs.setCurrentIndex(TAB_HEARINGS)
    tab = page.hearings

    def fill(dialog):
        dialog.held_on.set_date_value(date(2025, 3, 4))  # 2025-H1, open
        dialog.place.setText("Мэрия")

    monkeypatch.setattr(forms.HearingDialog, "exec", _fill_and_accept(fill))
    tab.add_button.click()
    h = tab.selected()
    assert h is not None and h.place == "Мэрия" and not h.locked
    row = tab.table.currentRow()
    assert tab.table.item(row, H_DATE).icon().isNull()
    assert not tab.lock_note.isVisibleTo(tab)
    for button in (tab.edit_button, tab.delete_button, tab.add_proposal_button):
        assert button.isEnabled()

    def move(dialog):
        dialog.held_on.set_date_value(date(2024, 10, 1))  # into the approved 2024-H2

    monkeypatch.setattr(forms.HearingDialog, "exec", _fill_and_accept(move))
    tab.edit_button.click()
    assert shown == ["the period 2024-H2 is approved and locked; an administrator can reopen it"]
    assert gov.get_hearing(demo_db, h.id).held_on == date(2025, 3, 4)


def test_a_public_check_of_an_approved_period_is_read_only(demo_db, make_window, monkeypatch):
    from meapp.ui.governance.working_group.checks import C_DATE

    page = _page(make_window, demo_db, EDITOR)
    page.tabs.setCurrentIndex(TAB_CHECKS)
    tab = page.checks
    measure_item = next(
        tab.tree.topLevelItem(i)
        for i in range(tab.tree.topLevelItemCount())
        if tab.tree.topLevelItem(i).childCount()
    )
    check_item = measure_item.child(0)
    tab.tree.setCurrentItem(check_item)
    c = tab.selected_check()
    assert c is not None and c.locked_period == "2024-H2"  # checked in August 2024
    assert not check_item.icon(C_DATE).isNull()
    assert "2024, second half-year is approved" in check_item.toolTip(C_DATE)
    assert tab.lock_note.isVisibleTo(tab) and "can be read, not changed" in tab.lock_note.text()
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    assert tab.add_button.isEnabled()  # a new check of the measure, dated in an open period
    opened = _capture_evidence(monkeypatch, checks_module)
    tab.photos_button.click()
    assert len(opened) == 1 and opened[0].read_only
    # the measure row itself: a new check can be added
    tab.tree.setCurrentItem(measure_item)
    assert tab.add_button.isEnabled() and not tab.edit_button.isEnabled()
    assert not tab.lock_note.isVisibleTo(tab)
