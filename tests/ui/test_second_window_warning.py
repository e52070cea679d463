"""A second meapp window on a database another window has open is told so and can go on in
the open one; a command line process holding it is no reason to ask. The GUI restore is
refused while another process has the database open, naming it (issue 20). The other
processes are real ones (tests.e2e.test_shared_database's holder)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from meapp.services.access.users import Actor
from meapp.store import presence
from meapp.store.backup import backup_file
from meapp.ui import app
from meapp.ui.store import backup_dialogs, shared_database
from tests.e2e.test_shared_database import _hold, _let_go

ADMIN = Actor("admin", "admin", "Demo administrator")


@pytest.fixture
def answer(monkeypatch):
    """Answer the warning with the button whose text starts with `answer[0]`; records
    what was asked."""
    wanted: list[str] = []
    asked: list[tuple[str, str]] = []

    def exec_(box):
        asked.append((box.text(), box.informativeText()))
        for button in box.buttons():
            if button.text().replace("&", "").startswith(wanted[0]):
                button.click()
                return 0
        raise AssertionError(f"no button {wanted[0]!r}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return wanted, asked


@pytest.fixture
def other_window(demo_db):
    """Another meapp process, a window, with the demo database open."""
    holder = _hold(demo_db.path, "window")
    yield holder
    _let_go(holder)


def test_a_second_window_is_warned_and_can_go_on_in_the_open_one(
    qtbot, demo_db, other_window, answer
):
    wanted, asked = answer
    wanted.append("Use the open window")

    assert app._open_here(demo_db) is False

    assert len(asked) == 1
    text, informative = asked[0]
    assert f"already open in another meapp window (process {other_window.pid})" in text
    assert str(demo_db.path) in text
    assert "cannot be restored while both are open" in informative
    # the open window is asked to come to the front
    assert (presence.folder(demo_db.path) / f"{other_window.pid}.come-forward").exists()


def test_a_second_window_may_open_it_as_well(qtbot, demo_db, other_window, answer):
    wanted, asked = answer
    wanted.append("Open here as well")

    assert shared_database.confirm_second_window(demo_db) is True
    assert len(asked) == 1
    assert list(presence.folder(demo_db.path).glob("*.come-forward")) == []


def test_the_open_window_comes_forward_when_a_second_start_asks(qtbot, demo_db, make_window):
    import os

    window = make_window(demo_db)
    watcher = shared_database.watch_for_second_start(window, demo_db)
    assert watcher is not None
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    assert presence.nudge(demo_db.path, os.getpid())  # what the second start does
    qtbot.waitUntil(lambda: watcher.came_forward == 1, timeout=30000)

    assert not window.isMinimized()
    assert list(presence.folder(demo_db.path).glob("*.come-forward")) == []


def test_no_question_when_only_a_command_or_nobody_has_it_open(qtbot, demo_db, answer):
    _wanted, asked = answer
    assert app._open_here(demo_db) is True
    holder = _hold(demo_db.path, "command")
    try:
        assert app._open_here(demo_db) is True
    finally:
        _let_go(holder)
    assert asked == []


def test_the_gui_restore_is_refused_while_another_window_has_the_database(
    qtbot, demo_db, other_window, make_window, monkeypatch, tmp_path
):
    saved = backup_file(demo_db, tmp_path / "saved.db")
    errors: list[BaseException] = []
    monkeypatch.setattr(backup_dialogs, "show_error", lambda _p, exc: errors.append(exc))
    window = make_window(demo_db, actor=ADMIN)

    assert backup_dialogs._restore_and_reopen(window, window.ctx, saved) is False

    assert len(errors) == 1
    words = errors[0].text()
    assert f"open in a meapp window (process {other_window.pid})" in words
    assert window.reopen_path is None
    assert not demo_db.path.with_name(demo_db.path.name + ".restore.part").exists()


def test_the_restore_says_so_before_asking_anything(
    qtbot, demo_db, other_window, make_window, monkeypatch, tmp_path
):
    saved = backup_file(demo_db, tmp_path / "saved.db")
    errors: list[BaseException] = []
    asked: list[str] = []
    monkeypatch.setattr(backup_dialogs, "show_error", lambda _p, exc: errors.append(exc))
    monkeypatch.setattr(backup_dialogs, "confirm", lambda _p, text, _i="": asked.append(text))
    window = make_window(demo_db, actor=ADMIN)

    assert backup_dialogs.restore_backup(window, window.ctx, saved) is False

    assert asked == []
    assert len(errors) == 1 and f"process {other_window.pid}" in errors[0].text()
