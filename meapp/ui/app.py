"""Starting the GUI: application, language, style, database, first start, login, window.

`run_gui(argv)` is what `meapp` (and `python main.py`) runs with no subcommand; it takes the
global options `--db --program --user --lang` (and `--page`, from `meapp gui`), and the path
of an exchange package (`meapp FILE.mepkg`: a double click on one) whose import dialog opens
over the window.
`render_screenshot` draws one page at laptop size into a PNG without a login, as a viewer.

Kept lean for a fast start: pages, services beyond the first page's and every heavy library
are imported when first needed.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from meapp import paths, speed
from meapp.services.access.users import Actor
from meapp.store.engine import Database
from meapp.ui import i18n, settings
from meapp.ui.common import file_dialogs
from meapp.ui.style import apply_style

log = logging.getLogger(__name__)
SCREEN_SIZE = (1366, 768)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="meapp", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--program")
    parser.add_argument("--user")
    parser.add_argument("--lang")
    parser.add_argument("--page")
    parser.add_argument("--json", action="store_true")  # accepted, meaningless for the GUI
    parser.add_argument("package", nargs="?")  # FILE.mepkg (meapp.cli checked that it exists)
    opts, _unknown = parser.parse_known_args(argv)
    return opts


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "meapp"])
        app.setApplicationName("meapp")
    assert isinstance(app, QApplication)
    return app


def prepare(app: QApplication, lang: str | None) -> str:
    """Language and look, before any window exists. Returns the language code used."""
    code = i18n.install_language(i18n.resolve_language(lang))
    apply_style(app)
    return code


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Said by the offscreen platform about every top-level window: not a problem of ours.
QT_NOISE = ("does not support propagateSizeHints",)


def _qt_message(mode: QtMsgType, _context, message: str) -> None:
    level = _QT_LEVELS.get(mode, logging.WARNING)
    if any(noise in message for noise in QT_NOISE):
        level = logging.DEBUG
    logging.getLogger("qt").log(level, "%s", message)


def setup_logging() -> None:
    """A rotating log file in the user's data folder; warnings also on stderr; Qt's own
    messages routed into the same log."""
    root = logging.getLogger()
    if any(getattr(h, "_meapp", False) for h in root.handlers):
        return
    root.setLevel(logging.INFO)
    try:
        file_handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / "meapp.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        file_handler._meapp = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError:
        pass
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console._meapp = True  # type: ignore[attr-defined]
    root.addHandler(console)
    qInstallMessageHandler(_qt_message)


# -- the interactive start ------------------------------------------------------------------
def run_gui(argv: list[str]) -> int:
    try:
        return _run_gui(argv)
    finally:
        # a start that ended before the window (cancelled login, error)
        speed.release_and_freeze()


def _run_gui(argv: list[str]) -> int:
    from meapp.store import presence

    presence.ROLE = "window"  # what a restore or another window is told about this process
    opts = _parse(list(argv))
    setup_logging()
    app = ensure_application()
    prepare(app, opts.lang)
    from meapp.ui.messages import install_excepthook

    install_excepthook()
    db_arg = (
        opts.db
        or os.environ.get("MEAPP_DB")
        or settings.get(settings.Keys.LAST_DB)
        or str(paths.default_db_path())
    )
    page = opts.page
    program = opts.program
    while True:
        if _looks_damaged(db_arg):  # a damaged file: offer the newest intact backup
            speed.release_collector()
            from meapp.ui.store.backup_dialogs import offer_restore_at_start

            try:
                offer_restore_at_start(db_arg)
            except Exception:  # noqa: BLE001 - opening below says what is wrong
                log.warning("no restore offer for %s", db_arg, exc_info=True)
        db = _open_database(db_arg)
        if db is None:
            return 2
        if not _open_here(db):  # another window has it: the user goes on there
            db.dispose()
            return 0
        try:
            outcome = _session(app, db, opts, page, program)
        finally:
            db.dispose(session_end=True)  # PRAGMA optimize: meapp.store.optimize
        if isinstance(outcome, str):  # the user chose another database file
            db_arg, page, program = outcome, None, None
            continue
        return outcome


def _looks_damaged(db_arg: str) -> bool:
    """The quick look before opening (header and schema; the page scan follows in the
    background). Only a damaged file loads the restore dialogs, so a healthy start does not
    pay for them."""
    from meapp.store.backup import startup_check
    from meapp.store.db import open_database

    if "://" in db_arg or not Path(db_arg).is_file():
        return False
    try:
        db = open_database(db_arg, migrate=False)
    except Exception:  # noqa: BLE001 - a file that cannot even be opened is damaged
        return True
    try:
        return not startup_check(db, settings.backup_folder(), scan=False).ok
    except Exception:  # noqa: BLE001 - the restore offer will say what is wrong
        return True
    finally:
        db.dispose()


def _open_here(db: Database) -> bool:
    """False when another meapp window has this database open and the user chose to go
    on there (`meapp.ui.store.shared_database`). Also clears the partial files of a
    killed backup from a backup folder of the user's choosing (the default one is
    cleared by the opening itself)."""
    if db.path is None:
        return True
    from meapp.store import presence

    if any(h.role == "window" for h in presence.others(db.path)):
        speed.release_collector()
        from meapp.ui.store.shared_database import confirm_second_window

        return confirm_second_window(db)
    if settings.get(settings.Keys.BACKUP_FOLDER):
        from meapp.store.backup import remove_leftovers

        remove_leftovers(db, settings.backup_folder())
    return True


def _open_database(db_arg: str) -> Database | None:
    """Open (create, upgrade) the database; on failure say why and offer another file."""
    from PySide6.QtCore import QCoreApplication

    from meapp.errors import MeappError, ValidationError
    from meapp.store.db import open_database
    from meapp.ui.messages import show_error

    while True:
        try:
            db = open_database(db_arg)
        except MeappError as exc:
            speed.release_collector()
            show_error(None, exc)
        except Exception:  # noqa: BLE001 - a broken or foreign file is a common, known problem
            log.warning("cannot open %s", db_arg, exc_info=True)
            speed.release_collector()
            show_error(None, ValidationError("cannot open the database {file}", file=db_arg))
        else:
            if db.path is not None:
                settings.put(settings.Keys.LAST_DB, str(db.path))
            return db
        path = file_dialogs.open_file(
            None,
            file_dialogs.DATABASES,
            QCoreApplication.translate("MainWindow", "Open a meapp database"),
            QCoreApplication.translate(
                "MainWindow", "meapp databases (*.db *.sqlite);;All files (*)"
            ),
        )
        if not path:
            return None
        db_arg = path


def _session(app: QApplication, db: Database, opts, page: str | None, program: str | None):
    """One database from first start to the window's close. Returns the exit code, or the
    path of another database the user chose to open."""
    from meapp.services.access import users
    from meapp.services.plan.programs import has_programs
    from meapp.ui.context import AppContext

    ctx = AppContext(db, Actor.system(), auto_backup=True)
    created_demo = False
    if not has_programs(db) and not users.has_users(db):
        speed.release_collector()
        from meapp.ui.first_start import FirstStartDialog

        dialog = FirstStartDialog(ctx)
        if not dialog.exec():
            return 0
        if dialog.open_path:
            return dialog.open_path
        created_demo = dialog.created_demo
    if users.has_users(db):
        first_page = page or settings.get(settings.Keys.LAST_PAGE) or "dashboard"
        actor = _log_in(db, opts.user, created_demo, first_page if not program else None)
        if actor is None:
            return 0
        ctx.actor = actor
    else:
        speed.release_collector()
        from meapp.ui.login import FirstAdminDialog

        first_admin = FirstAdminDialog(db)
        if first_admin.exec() and first_admin.actor is not None:
            ctx.actor = first_admin.actor

    program_id = None
    if program:
        from meapp.errors import MeappError
        from meapp.services.plan.programs import resolve_program

        try:
            found = resolve_program(db, program, required=False)
            program_id = str(found) if found else None
        except MeappError as exc:
            from meapp.ui.messages import show_error

            speed.release_collector()
            show_error(None, exc)

    from meapp.ui.main_window import MainWindow

    exit_when_ready = bool(os.environ.get("MEAPP_EXIT_WHEN_READY"))
    if exit_when_ready:
        ctx.auto_backup = False  # the benchmark measures the start, not a backup at exit
    window = MainWindow(ctx, initial_page=page, program_id=program_id)
    window.show_for_screen()
    speed.release_and_freeze()
    if exit_when_ready:
        # The start-up benchmark: leave as soon as the window is painted and idle.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    else:
        window.start_background_work()
        from meapp.ui.store.shared_database import watch_for_second_start

        watch_for_second_start(window, db)  # "use the open window" from a second start
        from meapp.ui.store.backup_dialogs import schedule_integrity_check

        schedule_integrity_check(window)  # the page scan the start check left out
        from meapp.ui.audit.chain_check import schedule_start_check

        schedule_start_check(window, db)
        if opts.package:  # once: not again over a database the user opens from the window
            from PySide6.QtCore import QTimer

            package, opts.package = opts.package, None
            QTimer.singleShot(0, window, lambda: open_package_file(window, package))
    code = app.exec()
    return window.reopen_path or code


def open_package_file(window, path: str) -> None:
    """The import dialog of an exchange package given at start (`meapp FILE.mepkg`), over the
    window once it is up: what the package would change, then import it as from the File
    menu (read-only, without the import right, it shows the preview only)."""
    from meapp.ui.exchange.dialogs import ImportDialog

    ImportDialog(window.ctx, window, path=path).exec()


# Imported while the password is checked: the window and the page most starts show first.
_WINDOW_MODULES = (
    "meapp.ui.main_window",
    "meapp.ui.pages.dashboard",
    "meapp.services.dashboard.figures",
)


def _authenticate_while_loading(
    db: Database, login: str, password: str, first_page: str | None
) -> Actor:
    """Check the password in a thread while this one imports the window's modules.

    The argon2 hash (about 0.1 s by design) runs in C without the GIL, so on a two-core
    laptop it costs the start nothing; the imports would have to happen anyway. If the
    hash is still running then, the dashboard's first figures are computed too (they are
    shown only once the password is right).
    """
    import importlib
    import threading

    from meapp.services.access.users import authenticate

    outcome: dict[str, object] = {}

    def check() -> None:
        try:
            outcome["actor"] = authenticate(db, login, password)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the calling thread
            outcome["error"] = exc

    worker = threading.Thread(target=check, name="meapp-login", daemon=True)
    worker.start()
    for name in _WINDOW_MODULES:
        importlib.import_module(name)
    if worker.is_alive() and first_page == "dashboard":
        _compute_first_figures(db)
    worker.join()
    if "error" in outcome:
        from meapp.ui.pages.dashboard import forget_computed_before_window

        forget_computed_before_window()
        raise outcome["error"]  # type: ignore[misc]
    return outcome["actor"]  # type: ignore[return-value]


def _log_in(
    db: Database, login: str | None, created_demo: bool, first_page: str | None
) -> Actor | None:
    """The acting user: from MEAPP_USER/MEAPP_PASSWORD when given and right, else the login
    dialog. `first_page` is the page the window opens on (None: do not compute ahead)."""
    from meapp.errors import AuthenticationFailed

    login = login or os.environ.get("MEAPP_USER") or settings.get(settings.Keys.LAST_LOGIN)
    password = os.environ.get("MEAPP_PASSWORD")
    if login and password is not None:
        try:
            return _authenticate_while_loading(db, login, password, first_page)
        except AuthenticationFailed:
            pass
    speed.release_collector()
    from meapp.ui.login import LoginDialog

    hint = None
    if created_demo:
        from PySide6.QtCore import QCoreApplication

        from meapp.ui.first_start import DEMO_PASSWORD, DEMO_USERS_HINT

        def hint() -> str:  # a function: the dialog follows a language switch
            return QCoreApplication.translate(
                "LoginDialog", "Demo users: {users}; password: {password}"
            ).format(users=DEMO_USERS_HINT, password=DEMO_PASSWORD)

        login = login or "admin"
    dialog = LoginDialog(db, login=login, hint=hint)
    if not dialog.exec() or dialog.actor is None:
        return None
    if dialog.actor.login:
        settings.put(settings.Keys.LAST_LOGIN, dialog.actor.login)
    return dialog.actor


def _compute_first_figures(db: Database) -> None:
    """The overview the window will open on (see `_authenticate_while_loading`); a failure
    only means the page computes it itself, and says what is wrong there."""
    from meapp.services.dashboard.scope import opening_scope
    from meapp.ui.pages.dashboard import compute_before_window

    try:
        scope = opening_scope(
            db,
            None,
            settings.get(settings.Keys.LAST_PROGRAM),
            settings.get(settings.Keys.LAST_PERIOD),
        )
    except Exception:  # noqa: BLE001 - the window reads the programmes again and reports
        log.debug("no opening scope before the window", exc_info=True)
        return
    if scope is not None:
        compute_before_window(db, *scope)


# -- screenshots ----------------------------------------------------------------------------
def render_screenshot(
    db: Database,
    page: str,
    path: Path,
    size: tuple[int, int] = SCREEN_SIZE,
    *,
    lang: str | None = None,
    program_id: str | None = None,
    item_id: str | None = None,
    item_label: str | None = None,
) -> Path:
    """Draw one page of the main window at `size` into a PNG, read-only, as a viewer;
    with `item_id` the page shows that indicator or plan item (`Page.focus_item`), and
    `item_label` (what the user typed) names it if the page cannot."""
    from PySide6.QtCore import QSize, Qt

    from meapp.errors import MeappError
    from meapp.ui.context import AppContext
    from meapp.ui.main_window import MainWindow

    qInstallMessageHandler(_qt_message)
    app = ensure_application()
    prepare(app, lang)
    ctx = AppContext(db, Actor(None, "viewer"), read_only=True)
    window = MainWindow(ctx, initial_page=page, program_id=program_id)
    window.resize(QSize(*size))
    window.show()
    for _ in range(3):
        app.processEvents()
    if item_id is not None:
        if not window.pages[page].focus_item(item_id):
            window.close()
            window.deleteLater()
            raise MeappError(
                "the page {page} cannot show the item {item}", page=page, item=item_label or item_id
            )
        for _ in range(3):
            app.processEvents()
    pixmap = window.grab()
    if (pixmap.width(), pixmap.height()) != size:
        pixmap = pixmap.scaled(
            QSize(*size),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    path = Path(path)
    ok = pixmap.save(str(path), "PNG")
    window.close()
    window.deleteLater()
    app.processEvents()
    if not ok:
        raise MeappError("cannot write the image {file}", file=str(path))
    return path
