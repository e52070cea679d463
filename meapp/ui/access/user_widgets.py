"""The users table model and the forms of the Users page.

Each form checks what it can see itself (the two passwords match) and leaves every rule to
`services.users` (login free, role known, password long enough, the last administrator
stays one), whose refusals are shown over the open form.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from meapp.errors import ValidationError
from meapp.models import enums
from meapp.services.access import users
from meapp.services.access.users import Actor, UserDTO
from meapp.store.engine import Database
from meapp.ui import labels, style
from meapp.ui.common.dialogs import FormDialog

Index = QModelIndex | QPersistentModelIndex
COL_LOGIN, COL_NAME, COL_POSITION, COL_ROLE, COL_ACTIVE, COL_LAST = range(6)


class UserTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: list[UserDTO] = []
        self.last: dict[str, datetime] = {}

    def set_users(self, rows: list[UserDTO], last: dict[str, datetime]) -> None:
        self.beginResetModel()
        self.users = list(rows)
        self.last = dict(last)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Login"),
                self.tr("Full name"),
                self.tr("Position"),
                self.tr("Role"),
                self.tr("Account"),
                self.tr("Last recorded action"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_LAST:
            return self.tr("When the user last changed something, from the audit trail")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.users):
            return None
        u = self.users[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LAST:
                when = self.last.get(u.login)
                return when.astimezone().strftime("%d.%m.%Y %H:%M") if when else "—"
            if col == COL_ACTIVE:
                return "✓ " + self.tr("active") if u.active else "✗ " + self.tr("deactivated")
            return (u.login, u.full_name, u.position or "", labels.role(u.role))[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if not u.active:
                return QBrush(QColor(style.MUTED))
            if col == COL_ACTIVE:
                return QBrush(QColor(style.ON_TRACK).darker(130))
        return None

    def user_at(self, row: int) -> UserDTO | None:
        return self.users[row] if 0 <= row < len(self.users) else None


def _password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _same(first: QLineEdit, second: QLineEdit) -> str:
    if first.text() != second.text():
        raise ValidationError("the two new passwords differ; type the same password twice")
    return first.text()


def role_combo(current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for code in enums.ROLES:
        combo.addItem(labels.role(code), code)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AddUserDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("New user"))
        self.login = QLineEdit()
        self.full_name = QLineEdit()
        self.position = QLineEdit()
        self.role = role_combo("editor")
        self.password = _password_field()
        self.password2 = _password_field()
        self.form.addRow(self.tr("&Login:"), self.login)
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("P&osition:"), self.position)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("Initial &password:"), self.password)
        self.form.addRow(self.tr("Password &again:"), self.password2)
        self.set_intro(
            self.tr("Tell the new user the initial password; they can change it on this page.")
        )
        self.finish_layout()
        self.login.setFocus()

    def save(self) -> UserDTO:
        password = _same(self.password, self.password2)
        return users.add_user(
            self.db,
            self.actor,
            self.login.text(),
            full_name=self.full_name.text(),
            role=self.role.currentData(),
            password=password,
            position=self.position.text(),
        )


class ProfileDialog(FormDialog):
    """Name and position as they appear in reports and on the signature page."""

    def __init__(
        self, db: Database, actor: Actor, user: UserDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.user = db, actor, user
        self.setWindowTitle(self.tr("Name and position"))
        self.set_intro(self.tr("Login: {login}").format(login=user.login))
        self.full_name = QLineEdit(user.full_name)
        self.position = QLineEdit(user.position or "")
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("P&osition:"), self.position)
        self.finish_layout()
        self.full_name.setFocus()

    def save(self) -> UserDTO:
        return users.update_profile(
            self.db,
            self.actor,
            self.user.login,
            full_name=self.full_name.text(),
            position=self.position.text(),
        )


class RoleDialog(FormDialog):
    def __init__(
        self, db: Database, actor: Actor, user: UserDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.user = db, actor, user
        self.setWindowTitle(self.tr("Change the role"))
        self.set_intro(
            self.tr("User: {name} ({login})").format(name=user.full_name, login=user.login)
        )
        self.role = role_combo(user.role)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.finish_layout()

    def save(self) -> UserDTO:
        return users.change_role(self.db, self.actor, self.user.login, self.role.currentData())


class SetPasswordDialog(FormDialog):
    """An administrator gives a user who forgot theirs a new password."""

    def __init__(
        self, db: Database, actor: Actor, user: UserDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.user = db, actor, user
        self.setWindowTitle(self.tr("Set a new password"))
        self.set_intro(
            self.tr("User: {name} ({login}). Their signing key keeps its old password.").format(
                name=user.full_name, login=user.login
            )
        )
        self.password = _password_field()
        self.password2 = _password_field()
        self.form.addRow(self.tr("New &password:"), self.password)
        self.form.addRow(self.tr("Password &again:"), self.password2)
        self.finish_layout()
        self.password.setFocus()

    def save(self) -> None:
        users.set_password(
            self.db, self.actor, self.user.login, _same(self.password, self.password2)
        )


class ChangePasswordDialog(FormDialog):
    """Anyone changes their own password, proving it with the old one."""

    def __init__(self, db: Database, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.login = db, login
        self.setWindowTitle(self.tr("Change my password"))
        self.set_intro(self.tr("Login: {login}").format(login=login))
        self.old = _password_field()
        self.password = _password_field()
        self.password2 = _password_field()
        self.form.addRow(self.tr("&Current password:"), self.old)
        self.form.addRow(self.tr("&New password:"), self.password)
        self.form.addRow(self.tr("New password &again:"), self.password2)
        self.finish_layout()
        self.old.setFocus()

    def save(self) -> None:
        new = _same(self.password, self.password2)
        users.change_own_password(self.db, self.login, self.old.text(), new)
