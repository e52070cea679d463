"""The Users page and the first administrator: what an administrator and a viewer can do."""

from __future__ import annotations

import pytest

from meapp.errors import AuthenticationFailed, PermissionDenied
from meapp.services.access import users
from meapp.services.access.users import Actor
from meapp.ui.access.user_widgets import COL_ACTIVE, COL_LOGIN, COL_ROLE, AddUserDialog
from meapp.ui.common import dialogs

ADMIN = Actor("admin", "admin", "Demo administrator")
MAYOR = Actor("mayor", "viewer", "Mayor")
EDITOR = Actor("editor", "editor", "Editor")


def no_wait(monkeypatch):
    """Failed logins wait 0.5 s and more; the tests need not."""
    monkeypatch.setattr(users.time, "sleep", lambda _s: None)


def accepting(fill):
    def run(dialog) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == 1

    return run


@pytest.fixture
def errors(monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr("meapp.ui.messages.show_error", lambda _p, exc: shown.append(exc))
    monkeypatch.setattr("meapp.ui.messages.show_info", lambda *_a, **_k: None)
    return shown


def logins(page):
    return [page.proxy.index(r, COL_LOGIN).data() for r in range(page.proxy.rowCount())]


def select(page, login):
    page.table.selectRow(logins(page).index(login))
    assert page.current_user().login == login


def test_the_list_shows_every_user_with_role_and_state(demo_db, make_window, qtmodeltester):
    window = make_window(demo_db, actor=ADMIN, page="users")
    page = window.pages["users"]
    assert logins(page) == ["admin", "chair", "editor", "mayor"]
    roles = [page.proxy.index(r, COL_ROLE).data() for r in range(4)]
    assert roles == ["administrator", "evaluator", "editor", "viewer"]
    assert all("active" in page.proxy.index(r, COL_ACTIVE).data() for r in range(4))
    select(page, "mayor")
    assert "countersign reports" in page.rights.text()
    assert "manage users" not in page.rights.text()
    qtmodeltester.check(page.model)


def test_an_administrator_adds_a_user_who_can_then_log_in(
    demo_db, make_window, monkeypatch, errors
):
    window = make_window(demo_db, actor=ADMIN, page="users")
    page = window.pages["users"]

    def fill(d: AddUserDialog) -> None:
        d.login.setText("aida")
        d.full_name.setText("Aida Bekova")
        d.position.setText("Council deputy")
        d.role.setCurrentIndex(d.role.findData("viewer"))
        d.password.setText("Issyk-Kul 7")
        d.password2.setText("Issyk-Kul 7")

    monkeypatch.setattr(dialogs, "run_dialog", accepting(fill))
    page.add_button.click()
    assert errors == []
    assert "aida" in logins(page)
    assert page.current_user().login == "aida"
    assert page.current_user().position == "Council deputy"
    assert users.authenticate(demo_db, "aida", "Issyk-Kul 7").role == "viewer"


def test_different_passwords_add_nobody(demo_db, make_window, errors):
    window = make_window(demo_db, actor=ADMIN, page="users")
    dialog = AddUserDialog(demo_db, ADMIN, window.pages["users"])
    dialog.login.setText("aida")
    dialog.password.setText("first one")
    dialog.password2.setText("second one")
    dialog.accept()
    assert dialog.result() == 0  # the form stays open
    assert "differ" in str(errors[0])
    assert "aida" not in [u.login for u in users.list_users(demo_db)]
    dialog.close()


@pytest.mark.parametrize(("actor", "read_only"), [(MAYOR, False), (EDITOR, False), (ADMIN, True)])
def test_others_see_the_list_read_only(demo_db, make_window, actor, read_only):
    window = make_window(demo_db, actor=actor, page="users", read_only=read_only)
    page = window.pages["users"]
    select(page, "chair")
    for b in (
        page.add_button,
        page.profile_button,
        page.role_button,
        page.active_button,
        page.password_button,
    ):
        assert not b.isEnabled()
    assert page.own_password_button.isEnabled() is (not read_only)
    # and the service refuses anyway, whatever the GUI shows
    if actor.role != "admin":
        dialog = AddUserDialog(demo_db, actor, page)
        with pytest.raises(PermissionDenied):
            users.add_user(demo_db, actor, "x", full_name="X", role="viewer", password="long one")
        dialog.close()


def test_the_last_administrator_cannot_lose_the_role(demo_db, make_window, monkeypatch, errors):
    window = make_window(demo_db, actor=ADMIN, page="users")
    page = window.pages["users"]
    select(page, "admin")
    monkeypatch.setattr(
        dialogs,
        "run_dialog",
        accepting(lambda d: d.role.setCurrentIndex(d.role.findData("viewer"))),
    )
    page.role_button.click()
    assert "last administrator" in str(errors[0])
    assert users.get_user(demo_db, "admin").role == "admin"
    # deactivating oneself is refused too, with a message
    monkeypatch.setattr("meapp.ui.messages.confirm", lambda *_a: True)
    page.active_button.click()
    assert "yourself" in str(errors[1])
    assert users.get_user(demo_db, "admin").active


def test_deactivate_and_activate_a_user(demo_db, make_window, monkeypatch, errors):
    no_wait(monkeypatch)
    window = make_window(demo_db, actor=ADMIN, page="users")
    page = window.pages["users"]
    select(page, "editor")
    assert page.active_button.text().replace("&", "") == "Deactivate"
    monkeypatch.setattr("meapp.ui.messages.confirm", lambda *_a: True)
    page.active_button.click()
    assert not users.get_user(demo_db, "editor").active
    assert "deactivated" in page.proxy.index(logins(page).index("editor"), COL_ACTIVE).data()
    with pytest.raises(AuthenticationFailed):
        users.authenticate(demo_db, "editor", "demo")
    assert page.active_button.text().replace("&", "") == "Activate"
    page.active_button.click()
    assert users.authenticate(demo_db, "editor", "demo").login == "editor"
    assert errors == []


def test_an_administrator_sets_a_new_password(demo_db, make_window, monkeypatch, errors):
    window = make_window(demo_db, actor=ADMIN, page="users")
    page = window.pages["users"]
    select(page, "chair")

    def fill(d) -> None:
        d.password.setText("new chair pw")
        d.password2.setText("new chair pw")

    monkeypatch.setattr(dialogs, "run_dialog", accepting(fill))
    page.password_button.click()
    assert errors == []
    assert users.authenticate(demo_db, "chair", "new chair pw").login == "chair"
    select(page, "admin")
    assert not page.password_button.isEnabled()  # one's own: with the old password


def test_change_my_password_then_log_in_with_the_new_one(demo_db, make_window, monkeypatch, errors):
    no_wait(monkeypatch)
    window = make_window(demo_db, actor=MAYOR, page="users")
    page = window.pages["users"]

    def wrong_old(d) -> None:
        d.old.setText("not the password")
        d.password.setText("Tulpar 2025")
        d.password2.setText("Tulpar 2025")

    monkeypatch.setattr(dialogs, "run_dialog", accepting(wrong_old))
    page.own_password_button.click()
    assert "wrong login or password" in str(errors[0])

    def right(d) -> None:
        assert d.login == "mayor"
        d.old.setText("demo")
        d.password.setText("Tulpar 2025")
        d.password2.setText("Tulpar 2025")

    monkeypatch.setattr(dialogs, "run_dialog", accepting(right))
    page.own_password_button.click()
    assert len(errors) == 1
    assert users.authenticate(demo_db, "mayor", "Tulpar 2025").role == "viewer"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(demo_db, "mayor", "demo")


def test_first_start_lets_the_user_set_the_administrator_password(db, qtbot):
    from meapp.ui.login import FirstAdminDialog

    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Gulnara Asanova")
    dialog.password.setText("Kara-Balta 1")
    dialog.password2.setText("Kara-Balta 2")
    dialog.create_admin()
    assert dialog.error.isVisibleTo(dialog) and "differ" in dialog.error.text()
    assert not users.has_users(db)
    dialog.password2.setText("Kara-Balta 1")
    dialog.create_admin()
    assert dialog.result() == 1
    assert dialog.actor == Actor("admin", "admin", "Gulnara Asanova", None)
    assert users.authenticate(db, "admin", "Kara-Balta 1").role == "admin"


def test_first_admin_too_short_a_password_is_explained(db, qtbot):
    from meapp.ui.login import FirstAdminDialog

    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.password.setText("ab")
    dialog.password2.setText("ab")
    dialog.create_admin()
    assert "at least 4 characters" in dialog.error.text()
    assert dialog.result() == 0 and not users.has_users(db)


def test_set_up_mode_page_explains_the_first_user(db, make_window):
    window = make_window(db, actor=Actor.system(), page="users")
    page = window.pages["users"]
    assert "Set-up mode" in page.note.text()
    assert page.add_button.isEnabled()
    assert not page.own_password_button.isEnabled()


def test_an_administrator_corrects_a_name_and_position(demo_db, make_window, monkeypatch, errors):
    window = make_window(demo_db, actor=ADMIN, page="users")
    page = window.pages["users"]
    select(page, "editor")

    def fill(d) -> None:
        d.full_name.setText("Toktogulov Azamat")
        d.position.setText("Head of the economy department")

    monkeypatch.setattr(dialogs, "run_dialog", accepting(fill))
    page.profile_button.click()
    assert errors == []
    assert page.current_user().full_name == "Toktogulov Azamat"
    assert users.get_user(demo_db, "editor").position == "Head of the economy department"
    # an empty name is refused with a message, and nothing changes
    monkeypatch.setattr(dialogs, "run_dialog", accepting(lambda d: d.full_name.setText(" ")))
    page.profile_button.click()
    assert "full name is empty" in str(errors[0])
    assert users.get_user(demo_db, "editor").full_name == "Toktogulov Azamat"
