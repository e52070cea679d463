"""The Users page: who may use this database, with which role; passwords.

Administrators add users, change roles, deactivate and reactivate them and set a new
password for someone who forgot theirs; everybody else sees the same list read-only.
Everybody with a login can change their own password here. The services decide: a refusal
(the last administrator, a taken login, a short password) comes back as a message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from meapp.errors import MeappError
from meapp.models.roles import RIGHT_LABELS, RIGHTS, rights_of
from meapp.services.access import users
from meapp.services.access.users import UserDTO
from meapp.ui import labels, messages
from meapp.ui.access.user_widgets import (
    COL_ACTIVE,
    COL_LAST,
    COL_LOGIN,
    COL_NAME,
    COL_POSITION,
    COL_ROLE,
    AddUserDialog,
    ChangePasswordDialog,
    ProfileDialog,
    RoleDialog,
    SetPasswordDialog,
    UserTableModel,
)
from meapp.ui.common import dialogs
from meapp.ui.common.table_selection import (
    one_row_at_a_time,
    select_source_row,
    selected_source_row,
)
from meapp.ui.common.table_texts import retranslate_model
from meapp.ui.context import AppContext
from meapp.ui.pages.base import Page


class UsersPage(Page):
    key = "users"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_manage = not ctx.read_only and ctx.actor.can("users.manage")
        self.can_change_own = not ctx.read_only and ctx.actor.login is not None
        self._selected: UserDTO | None = None
        layout, head = self.page_layout()
        self.own_password_button = QPushButton()
        head.addWidget(self.own_password_button)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        bar = QHBoxLayout()
        self.add_button = QPushButton()
        self.profile_button = QPushButton()
        self.role_button = QPushButton()
        self.active_button = QPushButton()
        self.password_button = QPushButton()
        for b in (
            self.add_button,
            self.profile_button,
            self.role_button,
            self.active_button,
            self.password_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.model = UserTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_LOGIN, Qt.SortOrder.AscendingOrder)
        one_row_at_a_time(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_POSITION, QHeaderView.ResizeMode.Stretch)
        for col in (COL_LOGIN, COL_ROLE, COL_ACTIVE, COL_LAST):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        self.rights = QLabel()
        self.rights.setWordWrap(True)
        self.rights.setTextFormat(Qt.TextFormat.PlainText)
        self.rights.setMinimumHeight(48)
        layout.addWidget(self.rights)

        self.add_button.clicked.connect(self.add_user)
        self.profile_button.clicked.connect(self.edit_profile)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.set_password)
        self.own_password_button.clicked.connect(self.change_own_password)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.reload()
        self.retranslate_ui()

    # -- reading -------------------------------------------------------------------------
    def reload(self, select_login: str | None = None) -> None:
        selected = self.current_user()
        current = select_login or (selected.login if selected else None)
        self.model.set_users(users.list_users(self.ctx.db), users.last_activity(self.ctx.db))
        if current:
            select_source_row(self.table, self.proxy, lambda r: self._login_at(r) == current)
        self._selection_changed()

    def _login_at(self, source_row: int) -> str | None:
        user = self.model.user_at(source_row)
        return user.login if user is not None else None

    def current_user(self) -> UserDTO | None:
        row = selected_source_row(self.table, self.proxy)
        return None if row is None else self.model.user_at(row)

    def _selection_changed(self) -> None:
        user = self._selected = self.current_user()
        has = user is not None
        self.add_button.setEnabled(self.can_manage)
        self.profile_button.setEnabled(self.can_manage and has)
        self.role_button.setEnabled(self.can_manage and has)
        self.active_button.setEnabled(self.can_manage and has)
        self.password_button.setEnabled(
            self.can_manage and has and user is not None and user.login != self.ctx.actor.login
        )
        self.own_password_button.setEnabled(self.can_change_own)
        self._show_active_text(user)
        self._show_rights(user)

    def _show_active_text(self, user: UserDTO | None) -> None:
        if user is not None and not user.active:
            self.active_button.setText(self.tr("A&ctivate"))
        else:
            self.active_button.setText(self.tr("De&activate"))

    def _show_rights(self, user: UserDTO | None) -> None:
        if user is None:
            self.rights.setText(self.tr("Select a user to see what their role allows."))
            return
        allowed = rights_of(user.role)
        words = [
            QCoreApplication.translate("rights", RIGHT_LABELS[r]) for r in RIGHTS if r in allowed
        ]
        self.rights.setText(
            self.tr("A user with the role {role} may: {rights}.").format(
                role=labels.role(user.role), rights="; ".join(words)
            )
        )

    # -- actions -------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = AddUserDialog(self.ctx.db, self.ctx.actor, self)
        if dialogs.run_dialog(dialog):
            self.reload(dialog.result_value.login)

    def _edit_user(self, dialog_class: type[ProfileDialog] | type[RoleDialog]) -> None:
        """Open the dialog on the selected user; after a change, show them again."""
        user = self.current_user()
        if user is None:
            return
        if dialogs.run_dialog(dialog_class(self.ctx.db, self.ctx.actor, user, self)):
            self.reload(user.login)

    def edit_profile(self) -> None:
        self._edit_user(ProfileDialog)

    def change_role(self) -> None:
        self._edit_user(RoleDialog)

    def toggle_active(self) -> None:
        user = self.current_user()
        if user is None:
            return
        if user.active and not messages.confirm(
            self,
            self.tr("Deactivate {name} ({login})?").format(name=user.full_name, login=user.login),
            self.tr("They can no longer log in; their name stays in the history."),
        ):
            return
        try:
            users.set_active(self.ctx.db, self.ctx.actor, user.login, not user.active)
        except MeappError as exc:
            messages.show_error(self, exc)
        self.reload(user.login)

    def set_password(self) -> None:
        user = self.current_user()
        if user is None:
            return
        dialog = SetPasswordDialog(self.ctx.db, self.ctx.actor, user, self)
        if dialogs.run_dialog(dialog):
            messages.show_info(
                self,
                self.tr("The new password of {login} is set.").format(login=user.login),
                self.tr("Tell it to them in person; they can change it on this page."),
            )

    def change_own_password(self) -> None:
        login = self.ctx.actor.login
        if login is None:
            return
        dialog = ChangePasswordDialog(self.ctx.db, login, self)
        if dialogs.run_dialog(dialog):
            messages.show_info(self, self.tr("Your password is changed."))
            self.reload()

    # -- texts ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Users"))
        self.own_password_button.setText(self.tr("Change &my password…"))
        if self.ctx.read_only:
            note = self.tr("Viewing only: nothing can be changed here.")
        elif self.ctx.actor.login is None:
            note = self.tr(
                "Set-up mode: nobody has logged in. Add the first user, an administrator "
                "with a password; from the next start everybody logs in."
            )
        elif self.can_manage:
            note = self.tr(
                "Add a user for each member of the working group. A deactivated user can no "
                "longer log in; their name stays in the history."
            )
        else:
            note = self.tr("Only an administrator adds users and changes roles.")
        self.note.setText(note)
        self.add_button.setText(self.tr("&Add user…"))
        self.profile_button.setText(self.tr("&Name and position…"))
        self.role_button.setText(self.tr("Change &role…"))
        self.password_button.setText(self.tr("Set a new &password…"))
        retranslate_model(self.model)
        # The selection as last seen: the language can change while the window closes,
        # when the table's selection model may be gone already.
        self._show_active_text(self._selected)
        self._show_rights(self._selected)


PAGE = UsersPage
