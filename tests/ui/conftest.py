"""GUI test set-up: Qt warnings fail the test, the app's look and English as the start state.

pytest-qt's own log capture is switched off for these tests so that one handler of ours
sees every Qt message, from fixture set-up to teardown. The offscreen platform's
"does not support propagateSizeHints()" is noise and is ignored (exactly that message).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
NOISE = ("This plugin does not support propagateSizeHints()",)
_FAILING = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
_recorded: list[str] = []


def _record(mode: QtMsgType, _context, message: str) -> None:
    if mode in _FAILING and message.strip() not in NOISE:
        _recorded.append(f"{mode.name}: {message}")


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.no_qt_log)


@pytest.fixture(autouse=True)
def qt_warnings_fail():
    """Record Qt warnings during the test and fail it when there were any."""
    _recorded.clear()
    previous = qInstallMessageHandler(_record)
    yield _recorded
    qInstallMessageHandler(previous)
    if _recorded:
        found = "\n".join(_recorded)
        _recorded.clear()
        pytest.fail(f"Qt warnings:\n{found}")


def ensure_catalogues() -> None:
    """Compile the .qm files when they are missing or older than their .ts sources
    (`make test` does it too; this keeps a plain `pytest tests/ui` honest)."""
    from meapp.paths import translations_dir

    compiled = translations_dir()
    stale = [
        ts
        for ts in (ROOT / "translations").glob("meapp_*.ts")
        if not (compiled / f"{ts.stem}.qm").exists()
        or (compiled / f"{ts.stem}.qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "translations.py"), "compile"], check=True
        )


@pytest.fixture(scope="session")
def styled_app(qapp):
    """The application with meapp's style and fonts, as the real start sets it up."""
    from meapp.ui.style import apply_style

    ensure_catalogues()
    apply_style(qapp)
    return qapp


@pytest.fixture(autouse=True)
def english(styled_app):
    """Every GUI test starts and ends in English (the source language)."""
    from meapp.ui import i18n

    i18n.install_language("en")
    yield
    i18n.install_language("en")
    styled_app.processEvents()


@pytest.fixture(autouse=True)
def save_questions(monkeypatch):
    """A window closed at teardown with unsaved text would wait on a modal "Save?" box
    forever; tests answer it here ("discard" unless a test puts other answers first) and
    can read what was asked."""
    from meapp.ui import messages

    asked: list[str] = []
    answers: list[str] = []

    def ask_save(_parent, text, informative=""):
        asked.append(text)
        return answers.pop(0) if answers else "discard"

    monkeypatch.setattr(messages, "ask_save", ask_save)
    return asked, answers


@pytest.fixture
def make_window(qtbot):
    """Build a main window on a database as a given user (default: the demo's admin)."""
    from meapp.services.access.users import Actor
    from meapp.ui.context import AppContext
    from meapp.ui.main_window import MainWindow

    def make(db, actor=None, page="dashboard", read_only=False):
        ctx = AppContext(db, actor or Actor("admin", "admin", "Demo administrator"), read_only)
        window = MainWindow(ctx, initial_page=page)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        # window shortcuts (Ctrl+F, F1, Ctrl+1…) need an active window
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    return make
