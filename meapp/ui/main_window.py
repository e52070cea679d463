"""The main window: top bar (programme, period, round state), navigation, pages, status bar.

Pages are created the first time they are shown (their modules imported then too), so the
start pays only for the first page. The programme and period chosen in the top bar form the
`Scope` every page follows.
"""

from __future__ import annotations

import importlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from meapp import __version__
from meapp.services.dashboard import scope as scopes
from meapp.services.monitoring.rounds import RoundDTO, rounds_by_period
from meapp.services.plan.programs import ProgramDTO, list_programs
from meapp.ui import labels, settings, style
from meapp.ui.common import file_dialogs
from meapp.ui.context import AppContext, Scope
from meapp.ui.navigation import Navigation
from meapp.ui.page_stack import PageStack
from meapp.ui.pages import PAGE_KEYS, PAGES, page_info
from meapp.ui.pages.base import Page

log = logging.getLogger(__name__)


def short_path(path: str, limit: int = 48) -> str:
    """`/home/aigul/.local/share/meapp/meapp.db` → `/…/meapp/meapp.db` when long."""
    if len(path) <= limit or "://" in path:
        return path
    p = Path(path)
    return f"{p.anchor}…{os.sep}{p.parent.name}{os.sep}{p.name}"


def program_label(p: ProgramDTO) -> str:
    """The programme as the selector shows it: its title, led by the municipality unless
    the title already names it ("Кара-Балта шаарын … программасы")."""
    first_word = p.municipality.split()[0] if p.municipality.split() else ""
    if first_word and first_word.lower() in p.title.lower():
        return p.title
    return f"{p.municipality} · {p.title}"


class ElidingComboBox(QComboBox):
    """A combo box that shortens a long current text with "…" instead of cutting it off
    (programme titles are long); the full text is in the list and the tooltip."""

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        room = field.width() - (
            option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room, 10)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class TopBar(QWidget):
    """Programme and period selectors, and the period's round state in words and an icon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(8)
        self.program_label = QLabel()
        self.program = ElidingComboBox()
        self.program.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.program.setMinimumContentsLength(34)
        self.program_label.setBuddy(self.program)
        self.period_label = QLabel()
        self.period = QComboBox()
        # Fixed: "2025-ж. II жарым жылдык" must never be cut; the programme takes the rest.
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.period_label.setBuddy(self.period)
        self.round_icon = QLabel()
        self.round_text = QLabel()
        self.round_text.setObjectName("RoundState")
        layout.addWidget(self.program_label)
        # all the room the period and the round state leave: a long Kyrgyz title is shown in
        # full at 1366 px and shortened with "…" (and a tooltip) only on a narrower window
        layout.addWidget(self.program, 1)
        layout.addSpacing(12)
        layout.addWidget(self.period_label)
        layout.addWidget(self.period)
        layout.addSpacing(16)
        layout.addWidget(self.round_icon)
        layout.addWidget(self.round_text)


class MainWindow(QMainWindow):
    scope_changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        initial_page: str | None = None,
        program_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, Page] = {}
        self.scope = Scope()
        self.reopen_path: str | None = None  # set when the user opens another database
        self.help_dialog: QWidget | None = None
        self._programs: list[ProgramDTO] = []
        self._rounds: dict[str, RoundDTO] = {}
        self._last_backup = None
        self.backup_error: str | None = None  # the last automatic backup's failure, shown

        self.top = TopBar()
        self.nav = Navigation()
        self.stack = PageStack()
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.nav)
        body_layout.addWidget(self.stack, 1)
        self._body_layout = body_layout
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.top)
        central_layout.addWidget(body, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_actions()
        self.setTabOrder(self.top.program, self.top.period)
        self.setTabOrder(self.top.period, self.nav.list)

        self.nav.set_collapsed(settings.get(settings.Keys.NAV_COLLAPSED))
        self.nav.collapsed_changed.connect(self._nav_collapsed)
        self.nav.page_requested.connect(self.show_page)
        self.top.program.currentIndexChanged.connect(self._program_chosen)
        self.top.period.currentIndexChanged.connect(self._period_chosen)

        self.resize(QSize(1366, 768))
        self._geometry_restored = False
        if not ctx.read_only:
            geometry = settings.get(settings.Keys.WINDOW_GEOMETRY)
            if geometry and not geometry.isEmpty():
                self._geometry_restored = self.restoreGeometry(geometry)
        self.reload_programs(select_id=program_id)
        page = initial_page or settings.get(settings.Keys.LAST_PAGE)
        self.show_page(page if page in PAGE_KEYS else "dashboard")
        self.retranslate_ui()

    # -- building -----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.status_db = QLabel()
        self.status_user = QLabel()
        self.status_lock_icon = QLabel()
        self.status_lock = QLabel()
        self.status_backup = QLabel()
        bar.addWidget(self.status_db, 1)
        bar.addPermanentWidget(self.status_user)
        bar.addPermanentWidget(self.status_lock_icon)
        bar.addPermanentWidget(self.status_lock)
        bar.addPermanentWidget(self.status_backup)

    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.act_new_program = QAction(self)
        self.act_new_program.triggered.connect(self.new_program)
        self.act_open = QAction(self)
        self.act_open.setShortcut(QKeySequence.StandardKey.Open)
        self.act_open.triggered.connect(self.open_database)
        self.act_open.setEnabled(not self.ctx.read_only)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_quit.triggered.connect(self.close)
        self.file_menu.addAction(self.act_new_program)
        self.file_menu.addAction(self.act_open)

        # Exchange packages, backups and signatures: dialogs in their own modules, imported
        # when first used (`module:function(window)`).
        def dialog_action(target: str, enabled: bool) -> QAction:
            module, func = target.split(":")
            act = QAction(self)
            act.setEnabled(enabled)
            act.triggered.connect(
                lambda _=False: getattr(importlib.import_module(f"meapp.ui.{module}"), func)(self)
            )
            return act

        writable = not self.ctx.read_only
        has_file = writable and self.ctx.db.path is not None
        self.act_export_package = dialog_action("exchange_dialogs:open_export", writable)
        self.act_import_package = dialog_action("exchange_dialogs:open_import", writable)
        self.act_backup_now = dialog_action("backup_dialogs:open_back_up_now", has_file)
        self.act_restore = dialog_action("backup_dialogs:open_restore", has_file)
        self.act_identity = dialog_action("signing_dialogs:open_identity", writable)
        self.act_verify_pdf = dialog_action("signing_dialogs:open_verify", True)
        for group in (
            (self.act_export_package, self.act_import_package),
            (self.act_backup_now, self.act_restore),
            (self.act_identity, self.act_verify_pdf),
        ):
            self.file_menu.addSeparator()
            self.file_menu.addActions(list(group))
        self.act_switch_user = QAction(self)
        self.act_switch_user.setShortcut(QKeySequence("Ctrl+L"))
        self.act_switch_user.triggered.connect(self.switch_user)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_switch_user)
        self.file_menu.addAction(self.act_quit)
        self._enable_user_actions()

        self.view_menu = menu.addMenu("")
        self.act_names = QAction(self)
        self.act_names.setCheckable(True)
        self.act_names.setChecked(not self.nav.is_collapsed())
        self.act_names.toggled.connect(lambda on: self.nav.set_collapsed(not on))
        self.view_menu.addAction(self.act_names)
        self.view_menu.addSeparator()
        self.page_actions: list[QAction] = []
        for row, info in enumerate(PAGES):
            act = QAction(style.icon(info.icon), "", self)
            if row < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            act.triggered.connect(lambda _=False, key=info.key: self.show_page(key))
            self.view_menu.addAction(act)
            self.page_actions.append(act)

        self.help_menu = menu.addMenu("")
        self.act_help = QAction(self)
        self.act_help.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.act_help.triggered.connect(self.show_page_help)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.help_menu.addAction(self.act_help)
        self.help_menu.addAction(self.act_about)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_or_export)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_page(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_page(-1))
        QShortcut(QKeySequence("F6"), self, self._toggle_focus)

    def _enable_user_actions(self) -> None:
        """The File menu's entries that depend on who is logged in (again after a switch)."""
        ctx = self.ctx
        writable = not ctx.read_only
        self.act_new_program.setEnabled(writable and ctx.actor.can("program.setup"))
        self.act_import_package.setEnabled(writable and ctx.actor.can("package.import"))
        self.act_identity.setEnabled(writable and ctx.actor.login is not None)
        # a screenshot's or a set-up session's window has nobody to switch from
        self.act_switch_user.setEnabled(ctx.actor.login is not None)

    # -- switching the user -------------------------------------------------------------
    def switch_user(self) -> None:
        """File ▸ Log out / switch user (Ctrl+L): `meapp.ui.access.switch_user`."""
        from meapp.ui.access import switch_user

        switch_user.switch_user(self)

    def user_changed(self) -> None:
        """Another user is logged in: the pages are built again for their rights, on the
        same programme, period and page; the menus and the status bar follow."""
        current = self.current_page_key() or "dashboard"
        # work the old pages started (a report, figures) ends first: its results reach them
        # (queued before their deletion) instead of pages already gone
        QThreadPool.globalInstance().waitForDone(30000)
        old = self.stack
        self.stack = PageStack()
        self._body_layout.replaceWidget(old, self.stack)
        old.hide()
        old.deleteLater()
        self.pages = {}
        if self.help_dialog is not None:
            self.help_dialog.close()
            self.help_dialog = None
        self._enable_user_actions()
        self.show_page(current)
        self._show_status()
        self.statusBar().showMessage(
            self.tr("Logged in as {login} ({role})").format(
                login=self.ctx.actor.login, role=labels.role(self.ctx.actor.role)
            ),
            10000,
        )

    # -- programmes and periods ---------------------------------------------------------
    def reload_programs(self, select_id: str | None = None) -> None:
        self._programs = list_programs(self.ctx.db)
        wanted = select_id or self.scope.program_id or settings.get(settings.Keys.LAST_PROGRAM)
        combo = self.top.program
        combo.blockSignals(True)
        combo.clear()
        for p in self._programs:
            combo.addItem(program_label(p), p.id)
            combo.setItemData(
                combo.count() - 1,
                f"{p.municipality} · {p.title} ({p.code})",
                Qt.ItemDataRole.ToolTipRole,
            )
        index = combo.findData(wanted) if wanted else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if self._programs else -1))
        combo.setEnabled(bool(self._programs))
        combo.blockSignals(False)
        self._program_chosen(combo.currentIndex())

    def _program_chosen(self, index: int) -> None:
        program = self._programs[index] if 0 <= index < len(self._programs) else None
        combo = self.top.period
        combo.blockSignals(True)
        combo.clear()
        if program is None:
            self._rounds = {}
            combo.blockSignals(False)
            combo.setEnabled(False)
            self._set_scope(Scope())
            return
        self._rounds = rounds_by_period(self.ctx.db, program.id)
        self.top.program.setToolTip(f"{program.municipality} · {program.title} ({program.code})")
        periods = scopes.program_periods(
            program.start_year, program.end_year, program.frequency, list(self._rounds)
        )
        for code in periods:
            combo.addItem(labels.period(code), code)
        self._refresh_period_icons()
        period = scopes.opening_period(
            program.id,
            periods,
            self._rounds,
            settings.get(settings.Keys.LAST_PROGRAM),
            settings.get(settings.Keys.LAST_PERIOD),
        )
        combo.setCurrentIndex(combo.findData(period) if period else -1)
        combo.setEnabled(bool(periods))
        combo.blockSignals(False)
        self._set_scope(Scope(program, period, self._rounds.get(period) if period else None))

    def reload_rounds(self) -> None:
        """A page changed a round: re-read the rounds and hand every page the new scope."""
        program = self.scope.program
        if program is None:
            return
        self._rounds = rounds_by_period(self.ctx.db, program.id)
        self._refresh_period_icons()
        period = self.scope.period
        self._set_scope(Scope(program, period, self._rounds.get(period) if period else None))

    def _refresh_period_icons(self) -> None:
        combo = self.top.period
        for row in range(combo.count()):
            rnd = self._rounds.get(combo.itemData(row))
            combo.setItemIcon(row, style.icon(f"round-{rnd.state if rnd else 'open'}"))

    def _period_chosen(self, index: int) -> None:
        period = self.top.period.itemData(index) if index >= 0 else None
        self._set_scope(
            Scope(self.scope.program, period, self._rounds.get(period) if period else None)
        )

    def _set_scope(self, scope: Scope) -> None:
        self.scope = scope
        if not self.ctx.read_only:
            if scope.program_id:
                settings.put(settings.Keys.LAST_PROGRAM, scope.program_id)
            if scope.period:
                settings.put(settings.Keys.LAST_PERIOD, scope.period)
        for page in self.pages.values():
            page.set_scope(scope)
        self._show_round_state()
        self._show_status()
        self._update_title()
        self.scope_changed.emit(scope)

    # -- pages --------------------------------------------------------------------------
    def page(self, key: str) -> Page:
        """The page for `key`, created (and its module imported) on first use."""
        if key not in self.pages:
            info = page_info(key)
            module = importlib.import_module(f"meapp.ui.pages.{info.module}")
            page = module.PAGE(self.ctx)
            page.set_scope(self.scope)
            if hasattr(page, "backup_made"):
                page.backup_made.connect(self._backup_made)
            page.rounds_changed.connect(self.reload_rounds)
            page.programs_changed.connect(
                lambda pid: self.reload_programs(select_id=pid or self.scope.program_id)
            )
            page.page_requested.connect(self.show_page)
            page.focus_requested.connect(self.show_item)
            self.stack.addWidget(page)
            self.pages[key] = page
        return self.pages[key]

    def show_item(self, key: str, item_id: str) -> None:
        """Show page `key` with one of its items selected (a drill-down's last step)."""
        self.show_page(key)
        self.page(key).focus_item(item_id)

    def current_page_key(self) -> str | None:
        widget = self.stack.currentWidget()
        for key, page in self.pages.items():
            if page is widget:
                return key
        return None

    def show_page(self, key: str) -> None:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.nav.set_current(key)
        if not self.ctx.read_only:
            settings.put(settings.Keys.LAST_PAGE, key)

    def print_or_export(self) -> None:
        """Ctrl+P: reports are printed from their PDF, so go where they are built."""
        page = self.page("reports")
        self.show_page("reports")
        button = getattr(page, "build_button", None)
        if button is not None:
            button.setFocus()

    def _step_page(self, step: int) -> None:
        keys = list(PAGE_KEYS)
        current = self.current_page_key() or keys[0]
        self.show_page(keys[(keys.index(current) + step) % len(keys)])

    def _toggle_focus(self) -> None:
        if self.nav.list.hasFocus():
            page = self.stack.currentWidget()
            for child in page.findChildren(QWidget) if page else []:
                if (
                    child.isVisible()
                    and child.isEnabled()
                    and child.focusPolicy() & Qt.FocusPolicy.TabFocus
                ):
                    child.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    return
        else:
            self.nav.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page) and page.focus_search():
            return
        self.statusBar().showMessage(self.tr("This page has no search."), 3000)

    def show_page_help(self) -> None:
        """F1: the guide of the current page in a window beside the main one."""
        from meapp.ui.help.view import HelpDialog

        key = self.current_page_key() or "help"
        if self.help_dialog is not None:
            self.help_dialog.close()
        dialog = HelpDialog(key, self.tr("Help: {page}").format(page=self._page_label(key)), self)
        self.help_dialog = dialog
        dialog.show()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About meapp"),
            self.tr(
                "meapp {version}: monitoring and evaluation of municipal development "
                "programmes. Works without internet; your data stay in {folder}."
            ).format(version=__version__, folder=self.ctx.db.display_name),
        )

    @staticmethod
    def _page_label(key: str) -> str:
        return QCoreApplication.translate("Navigation", page_info(key).label)

    def _nav_collapsed(self, collapsed: bool) -> None:
        self.act_names.blockSignals(True)
        self.act_names.setChecked(not collapsed)
        self.act_names.blockSignals(False)
        settings.put(settings.Keys.NAV_COLLAPSED, collapsed)

    # -- actions that leave this window -------------------------------------------------
    def open_database(self) -> None:
        path = file_dialogs.open_file(
            self,
            file_dialogs.DATABASES,
            self.tr("Open a meapp database"),
            self.tr("meapp databases (*.db *.sqlite);;All files (*)"),
            start=Path(self.ctx.db.display_name).parent,
        )
        if path:
            self.reopen_path = path
            self.close()

    def new_program(self) -> None:
        from meapp.ui.first_start import FirstStartDialog

        dialog = FirstStartDialog(self.ctx, self, has_programs=bool(self._programs))
        if dialog.exec() and dialog.open_path:
            self.reopen_path = dialog.open_path
            self.close()
        elif dialog.created_program_id:
            self.reload_programs(select_id=dialog.created_program_id)

    # -- texts and state ----------------------------------------------------------------
    def _show_round_state(self) -> None:
        rnd = self.scope.round
        top = self.top
        if self.scope.period is None:
            top.round_icon.clear()
            top.round_text.clear()
            return
        state = rnd.state if rnd else "open"
        top.round_icon.setPixmap(style.icon(f"round-{state}").pixmap(20, 20))
        if rnd is None or state == "open":
            text = self.tr("Open for data entry")
        elif state == "submitted":
            text = self.tr("Submitted · {who} · {date}").format(
                who=rnd.submitted_by_name or rnd.submitted_by or "…",
                date=rnd.submitted_at.strftime("%d.%m.%Y") if rnd.submitted_at else "…",
            )
        else:
            text = self.tr("Approved · {who} · {date}").format(
                who=rnd.approved_by_name or rnd.approved_by or "…",
                date=rnd.approved_at.strftime("%d.%m.%Y") if rnd.approved_at else "…",
            )
        top.round_text.setText(text)
        top.round_icon.setToolTip(labels.round_state(state))

    def _show_status(self) -> None:
        db = self.ctx.db
        self.status_db.setText(self.tr("Database: {name}").format(name=short_path(db.display_name)))
        self.status_db.setToolTip(db.display_name)
        actor = self.ctx.actor
        if self.ctx.read_only and actor.login is None:
            user = self.tr("Viewing only")
        elif actor.login is None:
            user = self.tr("Set-up mode (no users yet)")
        else:
            user = self.tr("User: {login} ({role})").format(
                login=actor.login, role=labels.role(actor.role)
            )
        self.status_user.setText(user)
        rnd = self.scope.round
        if self.scope.period is None:
            self.status_lock_icon.clear()
            self.status_lock.setText(self.tr("No period"))
        else:
            state = rnd.state if rnd else "open"
            self.status_lock_icon.setPixmap(style.icon(f"round-{state}").pixmap(16, 16))
            self.status_lock.setText(
                {
                    "open": self.tr("Period open"),
                    "submitted": self.tr("Period submitted, awaiting approval"),
                    "approved": self.tr("Period locked (approved)"),
                }[state]
            )
        self.status_backup.setText(self._backup_text())
        self.status_backup.setStyleSheet(
            f"color: {style.OFF_TRACK}; font-weight: bold;" if self.backup_error else ""
        )
        self.status_backup.setToolTip(self.backup_error or "")

    def _backup_made(self, path: str) -> None:
        self.backup_error = None
        self._show_status()
        self.statusBar().showMessage(self.tr("Backup saved: {file}").format(file=path), 10000)

    def _backup_text(self) -> str:
        if self.ctx.db.path is None:
            return self.tr("Backups: by the database server")
        if self.backup_error:
            return self.tr("The last backup failed")
        try:
            from meapp.store.backup import last_backup_time

            when = last_backup_time(self.ctx.db, settings.backup_folder())
        except OSError:
            when = None
        if when is None:
            return self.tr("No backup yet")
        return self.tr("Last backup: {time}").format(time=when.strftime("%d.%m.%Y %H:%M"))

    def _update_title(self) -> None:
        p = self.scope.program
        self.setWindowTitle(f"meapp — {p.municipality} · {p.title}" if p else "meapp")

    def retranslate_ui(self) -> None:
        top = self.top
        top.program_label.setText(self.tr("&Programme:"))
        top.period_label.setText(self.tr("P&eriod:"))
        for row in range(top.period.count()):
            top.period.setItemText(row, labels.period(top.period.itemData(row)))
        self.file_menu.setTitle(self.tr("&File"))
        self.act_new_program.setText(self.tr("&New programme…"))
        self.act_open.setText(self.tr("&Open database…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_export_package.setText(self.tr("&Export package…"))
        self.act_import_package.setText(self.tr("&Import package…"))
        self.act_backup_now.setText(self.tr("&Back up now…"))
        self.act_restore.setText(self.tr("&Restore from a backup…"))
        self.act_identity.setText(self.tr("My &signing identity…"))
        self.act_verify_pdf.setText(self.tr("&Verify a signed PDF…"))
        self.act_switch_user.setText(self.tr("&Log out / switch user…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.act_names.setText(self.tr("Page &names in the navigation"))
        for info, act in zip(PAGES, self.page_actions, strict=True):
            act.setText(self._page_label(info.key))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_help.setText(self.tr("&Help for this page"))
        self.act_about.setText(self.tr("&About meapp"))
        self._show_round_state()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- start and close ----------------------------------------------------------------
    def show_for_screen(self) -> None:
        """First start on a laptop screen (1366×768 or less): fill it; later starts: as left."""
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        if (
            not self._geometry_restored
            and available is not None
            and (available.width() <= 1400 or available.height() <= 800)
        ):
            self.showMaximized()
        else:
            self.show()

    def start_background_work(self) -> None:
        """After the window is up: the automatic start backup, off the GUI thread."""
        if not self.ctx.auto_backup or self.ctx.db.path is None:
            return
        from meapp.store.backup import backup_file
        from meapp.ui.worker import run_task

        db, folder = self.ctx.db, settings.backup_folder()
        QTimer.singleShot(  # bound to the window: closing it first cancels the backup
            1500,
            self,
            lambda: run_task(
                self,
                lambda _p, _c: backup_file(db, folder=folder, reason="start"),
                label="",
                show_progress=False,
                on_finished=lambda _path: self._show_status(),
                on_failed=self.automatic_backup_failed,
            ),
        )

    def automatic_backup_failed(self, exc: BaseException) -> None:
        """An automatic backup failed: said in the status bar (and kept there) and in the
        log, never only in the log."""
        from meapp.ui.store.backup_dialogs import backup_failure_text

        log.warning("automatic backup failed: %s", exc)
        self.backup_error = backup_failure_text(exc)
        self._show_status()
        self.statusBar().showMessage(self.backup_error)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        from meapp.ui.worker import wait_for_tasks

        if not self.ctx.read_only:
            for page in self.pages.values():
                if not page.may_close():
                    event.ignore()
                    return
        wait_for_tasks()
        if not self.ctx.read_only:
            settings.put(settings.Keys.WINDOW_GEOMETRY, self.saveGeometry())
        if self.ctx.auto_backup and self.ctx.db.path is not None:
            from meapp.store.backup import backup_file

            try:
                backup_file(self.ctx.db, folder=settings.backup_folder(), reason="close")
            except Exception as exc:  # noqa: BLE001 - closing must not fail over a backup
                log.warning("close backup failed", exc_info=True)
                from meapp.ui.store.backup_dialogs import show_close_backup_failed

                show_close_backup_failed(self, exc)
        super().closeEvent(event)
