"""A failed automatic backup is shown to the user, never only written to the log (issue 20):
the start backup's failure stays in the status bar, the close backup's failure is a dialog
before the window goes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from meapp.ui import settings
from meapp.ui.store import backup_dialogs


@pytest.fixture
def no_backup_folder(tmp_path):
    """The backup folder setting points at a file: every backup fails (as a full disk or a
    vanished network folder would)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings.put(settings.Keys.BACKUP_FOLDER, str(blocker))
    yield blocker
    settings.put(settings.Keys.BACKUP_FOLDER, "")


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes shown (text, informative text); each is answered at once."""
    shown: list[tuple[str, str]] = []

    def exec_(box):
        shown.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_a_failed_start_backup_is_shown_in_the_status_bar(
    qtbot, demo_db, make_window, no_backup_folder
):
    window = make_window(demo_db)
    window.ctx.auto_backup = True
    try:
        window.start_background_work()
        qtbot.waitUntil(lambda: window.backup_error is not None, timeout=60000)
    finally:
        window.ctx.auto_backup = False

    assert window.backup_error is not None
    assert "The automatic backup failed" in window.backup_error
    assert str(no_backup_folder) in window.backup_error  # what failed, where
    assert window.statusBar().currentMessage() == window.backup_error
    assert window.status_backup.text() == "The last backup failed"
    assert window.status_backup.toolTip() == window.backup_error

    window._backup_made("elsewhere.db")  # a later backup that worked clears the warning
    assert window.backup_error is None
    assert window.status_backup.text().startswith(("Last backup", "No backup yet"))


def test_a_failed_close_backup_is_a_dialog(qtbot, demo_db, make_window, no_backup_folder, boxes):
    window = make_window(demo_db)
    window.ctx.auto_backup = True
    try:
        window.close()
    finally:
        window.ctx.auto_backup = False

    assert len(boxes) == 1
    text, informative = boxes[0]
    assert text.startswith("The automatic backup failed") and str(no_backup_folder) in text
    assert "Your changes are saved in the database" in informative


def test_a_close_backup_that_works_asks_nothing(qtbot, demo_db, make_window, tmp_path, boxes):
    settings.put(settings.Keys.BACKUP_FOLDER, str(tmp_path / "backups"))
    window = make_window(demo_db)
    window.ctx.auto_backup = True
    try:
        window.close()
    finally:
        window.ctx.auto_backup = False
        settings.put(settings.Keys.BACKUP_FOLDER, "")
    assert boxes == []
    assert [p.name for p in (tmp_path / "backups").glob("*-close.db")]


def test_the_failure_text_names_a_meapp_error_in_words():
    from meapp.errors import IntegrityDamage

    exc = IntegrityDamage("the database is damaged ({detail}); the backup was not kept", detail="x")
    text = backup_dialogs.backup_failure_text(exc)
    assert text.startswith("The automatic backup failed: ")
    assert "the database is damaged (x); the backup was not kept" in text.lower()
