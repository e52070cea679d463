"""The language is chosen before anything else: on the first-start, first-administrator and
login dialogs (issue 23: "no language choice before login"). The choice switches the dialog
at once and is remembered for the next start."""

from __future__ import annotations

from meapp.ui import i18n, settings


def _choose(box, code, app):
    box.setCurrentIndex(box.findData(code))
    app.processEvents()


def test_login_dialog_switches_to_russian_and_remembers(demo_db, qtbot, styled_app):
    from meapp.ui.login import LoginDialog

    dialog = LoginDialog(
        demo_db,
        login="chair",
        hint=lambda: i18n.ui_translate("LoginDialog", "Demo users: {users}; password: {password}"),
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "meapp — log in"
    _choose(dialog.language, "ru", styled_app)
    assert i18n.current_language() == "ru"
    assert settings.get(settings.Keys.LANGUAGE) == "ru"
    assert dialog.windowTitle() == "meapp — вход"
    assert dialog.login.text() == "chair"  # what was typed stays
    _choose(dialog.language, "ky", styled_app)
    assert dialog.windowTitle() != "meapp — вход"
    assert dialog.language.currentData() == "ky"


def test_first_admin_dialog_offers_the_language(tmp_path, qtbot, styled_app):
    from meapp.store.db import open_database
    from meapp.ui.login import FirstAdminDialog

    db = open_database(tmp_path / "new.db")
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    english_intro = dialog.intro.text()
    _choose(dialog.language, "ky", styled_app)
    assert dialog.intro.text() != english_intro
    assert db.display_name in dialog.intro.text()
    assert dialog.later.text() and dialog.later.text() != "&Later"


def test_first_start_dialog_offers_the_language(demo_db, qtbot, styled_app):
    from meapp.services.access.users import Actor
    from meapp.ui.context import AppContext
    from meapp.ui.first_start import FirstStartDialog

    ctx = AppContext(demo_db, Actor("admin", "admin", "Admin"), False)
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    english = dialog.demo_button.text()
    _choose(dialog.language, "ru", styled_app)
    assert dialog.demo_button.text() not in ("", english)
    assert dialog.windowTitle() != "Welcome to meapp"
