"""The login dialog: shown when the database has users.

The password check (argon2, and a growing wait after failures) runs off the GUI thread so
the dialog stays responsive; a failure is shown in the dialog in the user's language. Both
dialogs offer the language first: whoever sits at the laptop may not read the default one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
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
from meapp.ui.common.language_box import LanguageBox
from meapp.ui.messages import error_text


def _language_row(dialog: QDialog, form: QFormLayout) -> tuple[QLabel, LanguageBox]:
    box = LanguageBox(dialog)
    label = QLabel()
    label.setBuddy(box)
    form.addRow(label, box)
    return label, box


class _Retranslating(QDialog):
    """A dialog whose texts are set in `retranslate_ui`, again on every language switch."""

    error: QLabel

    def retranslate_ui(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    @staticmethod
    def _error_label() -> QLabel:
        """The red line under the form where a refusal is said; hidden until then."""
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {style.OFF_TRACK}; font-weight: bold;")
        label.hide()
        return label

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class LoginDialog(_Retranslating):
    """`hint` may be a function giving the text, so that it follows a language switch."""

    def __init__(
        self,
        db: Database,
        login: str | None = None,
        hint: str | Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self._hint = hint
        self.setWindowIcon(style.icon("app"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("Muted")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(hint))
        layout.addWidget(self.hint_label)
        form = QFormLayout()
        self.language_label, self.language = _language_row(self, form)
        self.login = QLineEdit(login or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_label, self.password_label = QLabel(), QLabel()
        self.login_label.setBuddy(self.login)
        self.password_label.setBuddy(self.password)
        form.addRow(self.login_label, self.login)
        form.addRow(self.password_label, self.password)
        layout.addLayout(form)
        self.error = self._error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        (self.password if login else self.login).setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("meapp — log in"))
        self.intro.setText(self.tr("Database: {name}").format(name=self.db.display_name))
        hint = self._hint() if callable(self._hint) else self._hint
        self.hint_label.setText(hint or "")
        self.language_label.setText(self.tr("La&nguage:"))
        self.login_label.setText(self.tr("&Login:"))
        self.password_label.setText(self.tr("&Password:"))
        self.language.sync()

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

    def _busy(self, busy: bool) -> None:
        self.login.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.hide()


class FirstAdminDialog(_Retranslating):
    """The database has no user yet: whoever sets it up makes the administrator account.

    Until then the app runs in set-up mode, where nothing asks for a password; this dialog
    is offered at every start of such a database ("Later" keeps set-up mode). After OK,
    `actor` is the new administrator, logged in.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowIcon(style.icon("app"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.language_label, self.language = _language_row(self, form)
        self.login = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.position = QLineEdit()
        self.password = QLineEdit()
        self.password2 = QLineEdit()
        for edit in (self.password, self.password2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._labels: list[QLabel] = []
        for edit in (self.login, self.full_name, self.position, self.password, self.password2):
            label = QLabel()
            label.setBuddy(edit)
            form.addRow(label, edit)
            self._labels.append(label)
        layout.addLayout(form)
        self.error = self._error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.later = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.create_admin)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("meapp — the administrator"))
        self.intro.setText(
            self.tr(
                "The database {name} has no users yet. Create the administrator account: "
                "the administrator adds the other users and gives them roles. Keep the "
                "password safe; from the next start everybody logs in."
            ).format(name=self.db.display_name)
        )
        self.language_label.setText(self.tr("La&nguage:"))
        texts = (
            self.tr("&Login:"),
            self.tr("&Full name:"),
            self.tr("P&osition:"),
            self.tr("&Password:"),
            self.tr("Password &again:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.later.setText(self.tr("&Later"))
        self.language.sync()

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
