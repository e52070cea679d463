"""The main window shell on the demo database: pages, navigation, plan tree, top bar,
status bar, keyboard; the first start, login and the worker helper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from meapp.services.access.users import Actor
from meapp.services.plan.programs import list_programs, plan_tree
from meapp.ui.pages import PAGE_KEYS


def _visible_texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text()]


def test_window_opens_on_the_demo_programme(demo_db, make_window):
    window = make_window(demo_db)
    program = list_programs(demo_db)[0]
    assert program.title in window.windowTitle()
    assert window.top.program.currentText() == program.title  # it names the municipality
    # the latest round is open (2025-H1 in the demo)
    assert window.scope.period == "2025-H1"
    assert window.top.period.currentText() == "2025, first half-year"
    assert window.top.round_text.text() == "Open for data entry"
    status = " | ".join(_visible_texts(window.statusBar()))
    assert "demo.db" in status
    assert "admin (administrator)" in status
    assert "Period open" in status
    dashboard = window.pages["dashboard"]
    assert dashboard.heading.text() == program.title
    assert len(dashboard.overview_view.directions.bars) == 4  # the four directions


def test_pages_are_created_when_first_shown(demo_db, make_window):
    window = make_window(demo_db)
    assert set(window.pages) == {"dashboard"}
    window.show_page("plan")
    assert set(window.pages) == {"dashboard", "plan"}


def test_navigation_switches_pages(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    nav = window.nav.list
    assert window.nav.keys() == list(PAGE_KEYS)
    for row, key in enumerate(PAGE_KEYS):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.pages[key]
        assert nav.currentItem().isSelected()


def test_keyboard_reaches_every_page(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "plan"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "monitoring"
    window.nav.list.setFocus()
    for _ in range(len(PAGE_KEYS)):
        qtbot.keyClick(window.nav.list, Qt.Key.Key_Down)
    assert window.current_page_key() == "help"


def test_plan_tree_shows_the_programme_directions(demo_db, make_window):
    window = make_window(demo_db, page="plan")
    page = window.pages["plan"]
    program = list_programs(demo_db)[0]
    directions = [n for n in plan_tree(demo_db, program.id) if n.kind == "direction"]
    assert len(directions) == 4
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    for node in directions:
        assert f"{node.code}  {node.title}" in shown
    kinds = {page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())}
    assert "Priority direction" in kinds
    # the first direction is selected and described on the right
    assert page.item_form.title.widget.toPlainText() == directions[0].title


def test_plan_filter_finds_a_measure_and_keeps_its_path(demo_db, make_window, qtbot):
    window = make_window(demo_db, page="plan")
    page = window.pages["plan"]
    program = list_programs(demo_db)[0]

    def measures(nodes):
        for n in nodes:
            if n.kind == "measure":
                yield n
            yield from measures(n.children)

    measure = next(measures(plan_tree(demo_db, program.id)))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter.hasFocus()
    page.filter.setText(measure.title)  # QTest cannot type Cyrillic keys

    found = []

    def walk(parent: QModelIndex, depth: int) -> None:
        for r in range(page.proxy.rowCount(parent)):
            index = page.proxy.index(r, 0, parent)
            found.append((depth, index.data()))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    assert any(measure.title in text for _d, text in found)
    assert all(d == 0 for d, _t in found[:1])  # the path starts at a direction
    assert len(found) < page.node_count()
    assert page.count_label.text().startswith("Matches:")
    page.filter.clear()
    assert page.proxy.rowCount() == 5  # four directions and a programme-level indicator


def test_period_selector_shows_the_round_state(demo_db, make_window):
    window = make_window(demo_db)
    combo = window.top.period
    combo.setCurrentIndex(combo.findData("2024-H2"))
    assert window.scope.period == "2024-H2"
    assert window.scope.locked
    assert window.top.round_text.text().startswith("Approved · ")
    assert window.status_lock.text() == "Period locked (approved)"
    assert "2024, second half-year" in window.pages["dashboard"].subtitle.text()
    combo.setCurrentIndex(combo.findData("2025-H1"))
    assert window.top.round_text.text() == "Open for data entry"


def test_f1_opens_the_guide_of_the_current_page(demo_db, make_window, qtbot):
    window = make_window(demo_db, page="plan")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Help: Plan"
    assert dialog.browser.source().fileName() == "plan.html"
    assert "Ctrl+F" in dialog.browser.toPlainText()
    dialog.close()


def test_help_page_shows_the_guide_and_follows_the_language(demo_db, make_window, styled_app):
    from meapp.ui import i18n

    window = make_window(demo_db, page="help")
    browser = window.pages["help"].browser
    assert browser.source().toLocalFile().endswith("en/help.html")
    i18n.install_language("ky")
    styled_app.processEvents()
    assert browser.source().toLocalFile().endswith("ky/help.html")


def test_navigation_collapses_to_icons(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    wide = window.nav.width()
    qtbot.mouseClick(window.nav.toggle, Qt.MouseButton.LeftButton)
    assert window.nav.width() < wide
    item = window.nav.list.item(1)
    assert item.text() == ""
    assert item.toolTip().startswith("Plan")
    assert not window.act_names.isChecked()
    window.act_names.trigger()
    assert window.nav.list.item(1).text() == "Plan"


def test_empty_database_says_what_to_do(db, make_window):
    window = make_window(db, actor=Actor.system())
    dashboard = window.pages["dashboard"]
    assert dashboard.stack.currentWidget() is dashboard.empty
    assert dashboard.empty.title.text() == "No programme yet"
    assert "New programme" in dashboard.empty.text.text()
    window.show_page("plan")
    assert window.pages["plan"].empty.isVisible()
    assert window.top.round_text.text() == ""
    assert window.status_lock.text() == "No period"


def test_the_monitoring_page_shows_the_grids_of_the_period(demo_db, make_window):
    window = make_window(demo_db, page="monitoring")
    page = window.pages["monitoring"]
    assert page.heading.text() == "Monitoring"
    assert page.stack.currentWidget() is page.tabs  # the page left ComingPage behind


def test_settings_page_shows_thresholds_of_the_programme(demo_db, make_window):
    window = make_window(demo_db, page="settings")
    page = window.pages["settings"]
    program = list_programs(demo_db)[0]
    green = round(program.threshold_green * 100)
    word, rule = page._status_rows["on_track"]
    assert word.text() == "On track"
    assert rule.text() == f"progress {green}\u00a0% or more"
    assert page.language.currentText() == "English"


def test_back_up_now_writes_a_backup_and_says_so(demo_db, make_window, qtbot):
    from meapp.ui import settings

    window = make_window(demo_db, page="settings")
    page = window.pages["settings"]
    assert page.last_backup.text() == "none yet"
    assert window.status_backup.text() == "No backup yet"
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_backup.text() != "none yet", timeout=20_000)
    backups = list(settings.backup_folder().glob("demo-*.db"))
    assert len(backups) == 1
    assert window.status_backup.text().startswith("Last backup: ")
    assert window.statusBar().currentMessage() == f"Backup saved: {backups[0]}"


def test_read_only_window_offers_no_changes(demo_db, make_window):
    window = make_window(demo_db, actor=Actor(None, "viewer"), read_only=True)
    assert not window.act_new_program.isEnabled()
    assert not window.act_open.isEnabled()
    assert window.status_user.text() == "Viewing only"


# -- first start and login ------------------------------------------------------------------
def test_empty_programme_is_created_and_shown(db, make_window):
    from meapp.ui.first_start import create_empty_program

    pid = create_empty_program(
        db,
        Actor.system(),
        title="Өнүктүрүү программасы 2025–2028",
        municipality="Кара-Балта шаары",
        municipality_kind="city",
        start_year=2025,
        end_year=2028,
    )
    programs = list_programs(db)
    assert [p.id for p in programs] == [pid]
    assert programs[0].code == "KARA-BALTA-SHAARY-2025"
    window = make_window(db, actor=Actor.system())
    assert window.top.period.count() == 8  # four years of half-years
    assert window.pages["dashboard"].heading.text() == "Өнүктүрүү программасы 2025–2028"


def test_empty_programme_needs_a_title(db):
    from meapp.errors import ValidationError
    from meapp.ui.first_start import create_empty_program

    with pytest.raises(ValidationError, match="needs a title"):
        create_empty_program(
            db,
            Actor.system(),
            title=" ",
            municipality="Кант",
            municipality_kind="city",
            start_year=2025,
            end_year=2026,
        )
    assert list_programs(db) == []


def test_first_start_dialog_offers_three_ways(db, qtbot):
    from meapp.ui.context import AppContext
    from meapp.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(AppContext(db, Actor.system()))
    qtbot.addWidget(dialog)
    assert dialog.demo_button.isEnabled() and dialog.empty_button.isEnabled()
    assert "demo" in dialog.demo_button.description()
    assert dialog.open_button.text() == "Open another database file"


def test_first_start_creates_the_demo_in_the_background(db, qtbot):
    from meapp.ui.context import AppContext
    from meapp.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(AppContext(db, Actor.system()))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=120_000):
        dialog.demo_button.click()
    assert dialog.created_demo
    assert dialog.created_program_id == list_programs(db)[0].id


def test_login_shows_the_error_then_logs_in(demo_db, qtbot):
    from meapp.ui.login import LoginDialog

    dialog = LoginDialog(demo_db, login="chair")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("wrong")
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert dialog.error.text() == "Wrong login or password"  # one formatter: a capital
    assert dialog.password.text() == ""
    dialog.password.setText("demo")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.try_login()
    assert dialog.actor is not None and dialog.actor.role == "evaluator"


# -- the worker helper ----------------------------------------------------------------------
def test_run_task_reports_progress_and_result(qtbot):
    from meapp.ui.worker import run_task

    seen = []

    def work(progress, cancelled):
        for i in range(3):
            progress(i + 1, 3)
        return "done"

    task = run_task(None, work, label="…", on_finished=seen.append, show_progress=False)
    qtbot.waitUntil(task.done.is_set, timeout=10_000)
    assert seen == ["done"]


def test_run_task_brings_failures_back(qtbot):
    from meapp.errors import ValidationError
    from meapp.ui.worker import run_task

    failures: list[BaseException] = []

    def work(progress, cancelled):
        raise ValidationError("not a number: {value}", value="x")

    task = run_task(None, work, label="…", on_failed=failures.append, show_progress=False)
    qtbot.waitUntil(task.done.is_set, timeout=10_000)
    assert len(failures) == 1 and failures[0].text() == "not a number: x"


def test_run_task_cancel_sets_the_event(qtbot):
    import threading

    from meapp.ui.worker import run_task

    started = threading.Event()
    results = []

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "stopped"

    task = run_task(None, work, label="…", on_finished=results.append)
    assert started.wait(10)
    (cancel_button,) = task.dialog.findChildren(QPushButton)
    cancel_button.click()
    qtbot.waitUntil(task.done.is_set, timeout=10_000)
    assert results == ["stopped"]


def test_ctrl_p_opens_the_reports_page_ready_to_build(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "reports"
    assert window.pages["reports"].build_button.hasFocus()


def test_the_start_computes_the_dashboard_while_the_password_is_checked(
    demo_db, make_window, monkeypatch
):
    """The figures computed before the window exists (app._authenticate_while_loading) are
    those of the programme and period the window then opens on, and the page takes them
    over instead of computing again."""
    import threading

    from meapp.services.access import users
    from meapp.services.dashboard import figures as dash
    from meapp.services.dashboard.scope import opening_scope
    from meapp.ui import app, settings
    from meapp.ui.pages import dashboard as page_module

    computed = []
    real_overview, real_authenticate = dash.overview, users.authenticate
    figures_done = threading.Event()

    def counting(db, program_id, period):
        computed.append((program_id, str(period)))
        try:
            return real_overview(db, program_id, period)
        finally:
            figures_done.set()

    def slow_hash(db, login, password):
        # the hash outlasts the imports, as on a laptop, whatever this machine's speed
        figures_done.wait(timeout=30)
        return real_authenticate(db, login, password)

    monkeypatch.setattr(dash, "overview", counting)
    monkeypatch.setattr(users, "authenticate", slow_hash)
    actor = app._authenticate_while_loading(demo_db, "mayor", "demo", "dashboard")
    assert actor.login == "mayor" and actor.role == "viewer"
    saved = settings.get(settings.Keys.LAST_PROGRAM), settings.get(settings.Keys.LAST_PERIOD)
    assert computed == [opening_scope(demo_db, None, *saved)]
    window = make_window(demo_db, actor)
    assert computed == [(window.scope.program_id, window.scope.period)]  # not computed again
    assert window.pages["dashboard"].overview is not None
    assert window.pages["dashboard"].overview.chosen_period == window.scope.period
    assert not page_module._computed_at_start


def test_a_wrong_password_at_start_leaves_no_figures_behind(demo_db):
    from meapp.errors import AuthenticationFailed
    from meapp.ui import app
    from meapp.ui.pages import dashboard as page_module

    with pytest.raises(AuthenticationFailed):
        app._authenticate_while_loading(demo_db, "mayor", "not-the-password", "dashboard")
    assert not page_module._computed_at_start


def test_the_collector_runs_again_before_a_dialog_waits_at_start(demo_db, monkeypatch):
    """The start holds the cyclic collector off (meapp.cli.main) only on its straight path
    to the window: a login dialog (here: no password given) runs with it on again."""
    import gc

    from meapp.ui import app, login

    seen = []

    class Dialog:
        actor = None

        def __init__(self, *_args, **_kwargs):
            pass

        def exec(self):
            seen.append(gc.isenabled())
            return 0

    monkeypatch.setattr(login, "LoginDialog", Dialog)
    monkeypatch.delenv("MEAPP_PASSWORD", raising=False)
    gc.disable()
    try:
        assert app._log_in(demo_db, "mayor", False, "dashboard") is None
    finally:
        gc.enable()
    assert seen == [True]
