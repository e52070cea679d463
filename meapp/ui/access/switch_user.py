"""Log out and in as someone else without restarting (File ▸ Log out / switch user, Ctrl+L).

Issue 23: going from editor to chair to mayor on one laptop meant quitting and starting
again, 4–6 s each with a backup on close. Here the window stays: the pages that hold unsaved
work ask first (as on closing), the login dialog asks who comes next, and the window then
builds its pages anew for the new user's rights, on the same programme, period and page.
Cancelling the login dialog keeps the user who was logged in; nothing changes.

The pages are built again rather than told about the new user: every page reads the user's
rights while it is built (buttons shown, enabled, read-only fields), so a fresh page is the
one way nothing is left over from the previous user.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from meapp.services.access.users import Actor
from meapp.ui import settings
from meapp.ui.context import AppContext
from meapp.ui.login import LoginDialog


class Page(Protocol):
    def may_close(self) -> bool: ...


class MainWindow(Protocol):
    """What this module needs of `meapp.ui.main_window.MainWindow` (which imports it: a
    protocol keeps the packages free of an import circle)."""

    ctx: AppContext

    @property
    def pages(self) -> Mapping[str, Page]: ...

    def user_changed(self) -> None: ...


def run_login(dialog: LoginDialog) -> bool:
    """Show the login dialog modally; True when someone logged in (tests fill it in)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def may_leave(window: MainWindow) -> bool:
    """Every page with unsaved work agrees (saved, discarded); False keeps the user."""
    return all(page.may_close() for page in window.pages.values())


def switch_user(window: MainWindow) -> Actor | None:
    """Ask for the next user and hand the window to them; the new actor, or None when the
    user stayed (unsaved work kept, or the login cancelled)."""
    if not may_leave(window):
        return None
    parent = window if isinstance(window, QWidget) else None
    dialog = LoginDialog(window.ctx.db, login=None, parent=parent)
    if not run_login(dialog) or dialog.actor is None:
        return None
    become(window, dialog.actor)
    return dialog.actor


def become(window: MainWindow, actor: Actor) -> None:
    """The window now acts as `actor`: remembered for the next start, pages built anew."""
    window.ctx.actor = actor
    if actor.login and not window.ctx.read_only:
        settings.put(settings.Keys.LAST_LOGIN, actor.login)
    window.user_changed()
