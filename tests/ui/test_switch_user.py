"""Log out / switch user without restarting (issue 23): File ▸ Log out / switch user and
Ctrl+L ask the login dialog for the next user (the real dialog and password check) and keep
the window, the programme, the period and the page; the pages follow the new user's rights.
Unsaved work is asked about first; a cancelled login keeps the user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from meapp.services.access.users import Actor
from meapp.services.evaluation import narrative as ev
from meapp.ui import settings
from meapp.ui.access import switch_user

EDITOR = Actor("editor", "editor", "Demo editor")
DEMO_PASSWORD = "demo"


@pytest.fixture
def logins(monkeypatch, qtbot):
    """Fill in the real login dialog: each entry (login, password) or None to cancel."""
    queue: list[tuple[str, str] | None] = []
    seen: list[str] = []

    def run_login(dialog) -> bool:
        dialog.open()
        seen.append(dialog.windowTitle())
        answer = queue.pop(0)
        if answer is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
            return False
        dialog.login.setText(answer[0])
        dialog.password.setText(answer[1])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dialog.actor is not None or dialog.error.isVisible())
        return dialog.actor is not None

    monkeypatch.setattr(switch_user, "run_login", run_login)
    return queue, seen


def test_ctrl_l_switches_to_the_chair_on_the_same_page_and_period(
    demo_db, make_window, logins, qtbot
):
    queue, seen = logins
    window = make_window(demo_db, EDITOR, page="evaluation")
    window.top.period.setCurrentIndex(window.top.period.findData("2025-H1"))
    before = window.pages["evaluation"]
    assert before.editors["summary"].isReadOnly()  # the editor cannot write the evaluation
    queue.append(("chair", DEMO_PASSWORD))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["meapp — log in"]
    assert window.ctx.actor.login == "chair" and window.ctx.actor.role == "evaluator"
    assert window.current_page_key() == "evaluation"
    assert window.scope.period == "2025-H1"
    after = window.pages["evaluation"]
    assert after is not before  # built again for the chair's rights
    assert not after.editors["summary"].isReadOnly()
    assert window.status_user.text() == "User: chair (evaluator)"
    assert settings.get(settings.Keys.LAST_LOGIN) == "chair"
    assert window.isVisible()


def test_the_file_menu_entry_switches_to_the_mayor_who_only_reads(demo_db, make_window, logins):
    queue, _seen = logins
    window = make_window(demo_db, EDITOR, page="monitoring")
    assert window.pages["monitoring"].submit_button.isEnabled()
    assert window.act_switch_user in window.file_menu.actions()
    assert window.act_switch_user.text() == "&Log out / switch user…"
    queue.append(("mayor", DEMO_PASSWORD))
    window.act_switch_user.trigger()
    assert window.ctx.actor.login == "mayor"
    page = window.pages["monitoring"]
    assert not page.submit_button.isEnabled() and not page.approve_button.isEnabled()
    assert not window.act_import_package.isEnabled()
    assert window.current_page_key() == "monitoring"


def test_a_wrong_password_then_cancel_keeps_the_user(demo_db, make_window, logins):
    queue, _seen = logins
    window = make_window(demo_db, EDITOR, page="plan")
    page = window.pages["plan"]
    queue.append(("chair", "wrong"))
    window.act_switch_user.trigger()
    assert window.ctx.actor.login == "editor"
    assert window.pages["plan"] is page  # nothing rebuilt
    queue.append(None)
    window.act_switch_user.trigger()
    assert window.ctx.actor.login == "editor"
    assert window.status_user.text() == "User: editor (editor)"


def test_unsaved_evaluation_text_is_asked_about_first(demo_db, make_window, logins, save_questions):
    queue, seen = logins
    asked, answers = save_questions
    chair = Actor("chair", "evaluator", "Demo chair")
    window = make_window(demo_db, chair, page="evaluation")
    page = window.pages["evaluation"]
    page.editors["summary"].setPlainText("Жазылып жатат")
    answers.append("cancel")
    window.act_switch_user.trigger()
    assert len(asked) == 1 and seen == []  # stayed: no login dialog
    assert window.pages["evaluation"] is page and page.is_dirty()
    answers.append("save")
    queue.append(("mayor", DEMO_PASSWORD))
    window.act_switch_user.trigger()
    assert window.ctx.actor.login == "mayor"
    stored = ev.get_evaluation(demo_db, window.scope.program_id, window.scope.period)
    assert stored.summary == "Жазылып жатат"


def test_a_window_without_a_logged_in_user_offers_no_switch(demo_db, make_window):
    window = make_window(demo_db, Actor(None, "viewer"), read_only=True)
    assert not window.act_switch_user.isEnabled()


def test_switching_on_the_dashboard_rebuilds_it_for_the_new_user(demo_db, make_window, logins):
    queue, _seen = logins
    window = make_window(demo_db, EDITOR, page="dashboard")
    window.show_page("reports")
    window.show_page("dashboard")
    old = dict(window.pages)
    queue.append(("mayor", DEMO_PASSWORD))
    window.act_switch_user.trigger()
    assert window.current_page_key() == "dashboard"
    assert set(window.pages) == {"dashboard"}  # the others are built when shown again
    assert window.pages["dashboard"] is not old["dashboard"]
    window.show_page("reports")
    assert window.current_page_key() == "reports"
    assert window.pages["reports"].ctx.actor.login == "mayor"
