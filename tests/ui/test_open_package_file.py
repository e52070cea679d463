"""`meapp FILE.mepkg` (a double click on an exchange package once the installer has
associated .mepkg with meapp): the GUI starts and the package's import dialog opens over the
main window."""

from __future__ import annotations

import gc
import warnings

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from meapp.models import Program
from meapp.services.access.users import Actor
from meapp.services.exchange.export import export_package

CHAIR = Actor("chair", "evaluator", "Chair of the group")


@pytest.fixture
def package(demo_db, tmp_path):
    with demo_db.session() as s:
        program_id = str(s.scalar(select(Program.id)))
    path = tmp_path / "Kara-Balta 2024.MEPKG"  # Windows keeps the case the sender chose
    export_package(demo_db, CHAIR, program_id, None, path)
    return path


def test_the_window_comes_up_with_the_import_dialog_of_the_package(
    qtbot, demo_db, package, monkeypatch
):
    from meapp.ui import app, messages
    from meapp.ui.exchange.dialogs import ImportDialog
    from meapp.ui.main_window import MainWindow

    # The real start, minus what would outlive the test in this process: the log handlers
    # (and Qt's message handler, which the GUI tests' own check needs) and the excepthook.
    monkeypatch.setattr(app, "setup_logging", lambda: None)
    monkeypatch.setattr(messages, "install_excepthook", lambda: None)
    monkeypatch.setenv("MEAPP_USER", "admin")
    monkeypatch.setenv("MEAPP_PASSWORD", "demo")
    seen: dict = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog) and dialog.isVisible():
            window = dialog.parentWidget()
            seen.update(
                file=dialog.file.text(),
                preview=dialog.preview,
                window=window,
                window_visible=window.isVisible(),
            )
            dialog.reject()
            window.close()
        elif "file" not in seen:
            QTimer.singleShot(50, look)

    def give_up() -> None:
        if "file" not in seen:
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.exit(3)

    QTimer.singleShot(0, look)
    QTimer.singleShot(60_000, give_up)
    code = app.run_gui(["--db", str(demo_db.path), str(package)])
    if "window" in seen:
        qtbot.addWidget(seen["window"])

    assert code == 0
    assert seen["file"] == str(package)
    assert seen["preview"] is not None  # the package was read: its changes are shown
    assert isinstance(seen["window"], MainWindow) and seen["window_visible"]
    assert seen["window"].ctx.actor.login == "admin"


@pytest.fixture
def gui_calls(monkeypatch):
    """meapp.cli.main with the GUI start replaced: which argv reached run_gui."""
    from meapp.ui import app

    calls: list[list[str]] = []
    monkeypatch.setattr(app, "run_gui", lambda argv: calls.append(list(argv)) or 0)
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)  # main routes warnings
    yield calls
    gc.enable()  # main holds the collector off for the GUI start; run_gui would resume it


def test_the_command_line_hands_a_package_to_the_gui(gui_calls, package):
    from meapp.cli import main

    assert main([str(package)]) == 0
    assert main(["--db", "x.db", str(package), "--lang=ru"]) == 0
    assert gui_calls == [[str(package)], ["--db", "x.db", str(package), "--lang=ru"]]


def test_a_package_that_is_not_there_is_one_line_and_exit_2(gui_calls, tmp_path, capsys):
    from meapp.cli import main

    missing = tmp_path / "gone.mepkg"
    assert main([str(missing), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err == f"meapp: package not found: {missing}\n"
    assert gui_calls == []


def test_a_package_with_a_subcommand_or_two_packages_is_not_the_gui(gui_calls, package):
    from meapp.cli import _only_globals

    assert _only_globals([str(package)])
    assert _only_globals(["--db", "a.mepkg"])  # the database, not a package
    assert not _only_globals([str(package), str(package)])
    assert not _only_globals(["status", str(package)])
    assert not _only_globals(["notes.txt"])
    assert gui_calls == []
