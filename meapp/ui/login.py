"""The login dialog: shown when the database has users.

The password check (argon2, and a growing wait after failures) runs off the GUI thread so
the dialog stays responsive; a failure is shown in the dialog in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meapp.services.access.users import Actor
from meapp.store.engine import Database
from meapp.ui import style
from meapp.ui.messages import error_text


class LoginDialog(QDialog):
    def __init__(
        self,
        db: Database,
        login: str | None = None,
        hint: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("meapp — log in"))
        self.setWindowIcon(style.icon("app"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Database: {name}").format(name=db.display_name))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        form = QFormLayout()
        self.login = QLineEdit(login or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {style.OFF_TRACK}; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password if login else self.login).setFocus(Qt.FocusReason.OtherFocusReason)

    def try_login(self) -> None:
        from meapp.services.access.users import authenticate
        from meapp.ui.worker import run_task

        login, password = self.login.text().strip(), self.password.text()
        if not login:
            self._show_error(self.tr("Type your login."))
            return
        self._busy(True)
        db = self.db
        run_task(
            self,
            lambda _p, _c: authenticate(db, login, password),
            label="",
            show_progress=False,
            on_finished=self._logged_in,
            on_failed=self._failed,
        )

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self._busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from meapp.errors import MeappError

        self._busy(False)
        if not isinstance(exc, MeappError):
            from meapp.ui.messages import show_error

            show_error(self, exc)
            return
        self._show_error(error_text(exc))
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _busy(self, busy: bool) -> None:
        self.login.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.hide()


class FirstAdminDialog(QDialog):
    """The database has no user yet: whoever sets it up makes the administrator account.

    Until then the app runs in set-up mode, where nothing asks for a password; this dialog
    is offered at every start of such a database ("Later" keeps set-up mode). After OK,
    `actor` is the new administrator, logged in.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("meapp — the administrator"))
        self.setWindowIcon(style.icon("app"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The database {name} has no users yet. Create the administrator account: "
                "the administrator adds the other users and gives them roles. Keep the "
                "password safe; from the next start everybody logs in."
            ).format(name=db.display_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.login = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.position = QLineEdit()
        self.password = QLineEdit()
        self.password2 = QLineEdit()
        for edit in (self.password, self.password2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("P&osition:"), self.position)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Password &again:"), self.password2)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {style.OFF_TRACK}; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.later = self.buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.create_admin)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def create_admin(self) -> None:
        from meapp.errors import MeappError
        from meapp.services.access.users import create_first_admin

        if self.password.text() != self.password2.text():
            self._show_error(self.tr("The two passwords differ; type the same password twice."))
            return
        login = self.login.text().strip()
        try:
            user = create_first_admin(
                self.db,
                login,
                self.full_name.text(),
                self.password.text(),
                position=self.position.text(),
            )
        except MeappError as exc:
            self._show_error(error_text(exc))
            return
        self.actor = Actor(user.login, user.role, user.full_name, user.position)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
