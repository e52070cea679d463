"""The one message helper: service errors and bugs become clear dialogs in the user's language.

A known error (`MeappError`: bad input, refused action, locked period, someone else's edit)
is shown as a plain sentence the service wrote in English and the catalogue translates
(context "problems"), with every problem of a validation listed. Anything else is a bug:
it is logged with its traceback and shown with an apology, the traceback under "details".
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from meapp.errors import (
    AuthenticationFailed,
    ConcurrentEdit,
    MeappError,
    PeriodLocked,
    PermissionDenied,
    Problem,
    ValidationError,
)
from meapp.services.common import message_words
from meapp.ui.i18n import ui_translate

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The translated sentence for a known error (the first problem for a validation): the
    one formatter of services/common/message_words, so no stored code shows."""
    if isinstance(exc, MeappError):
        return message_words.message(exc, ui_translate)
    return str(exc)


def problem_text(problem: Problem) -> str:
    """One problem of a validation in the reader's words (where it is, then what)."""
    return problem.text(ui_translate, message_words.render)


def _advice(exc: MeappError) -> str:
    """What was kept and what to do next, by kind of error."""
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate(
            "Messages", "Nothing was changed. Correct the input and try again."
        )
    if isinstance(exc, PeriodLocked):
        return QCoreApplication.translate(
            "Messages", "The period is approved and locked. An administrator can reopen it."
        )
    if isinstance(exc, ConcurrentEdit):
        return QCoreApplication.translate(
            "Messages",
            "Someone else changed this meanwhile. Your change was not saved; reload and try again.",
        )
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate(
            "Messages", "Your role does not allow this. Ask an administrator."
        )
    if isinstance(exc, AuthenticationFailed):
        return ""
    return QCoreApplication.translate("Messages", "Nothing was changed.")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show an error in a dialog: a known error plainly, a bug with its details."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Messages", "meapp"))
    if isinstance(exc, MeappError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(error_text(exc))
        advice = _advice(exc)
        if advice:
            box.setInformativeText(advice)
        problems = getattr(exc, "problems", None) or []
        if len(problems) > 1:
            box.setDetailedText("\n".join(problem_text(p) for p in problems))
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "Messages", "Something went wrong inside meapp. This is a bug."
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Messages",
                "Your data are safe: an unfinished change is not saved. Details are in the log file.",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    text: str,
    informative: str = "",
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box titled "meapp" with `text` and, when given, the smaller `informative`
    text under it (Qt adds an OK button when `buttons` names none)."""
    box = QMessageBox(icon, QCoreApplication.translate("Messages", "meapp"), text, buttons, parent)
    if informative:
        box.setInformativeText(informative)
    return box


def show_info(parent: QWidget | None, text: str, informative: str = "") -> None:
    message_box(parent, QMessageBox.Icon.Information, text, informative).exec()


def confirm(parent: QWidget | None, text: str, informative: str = "") -> bool:
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        text,
        informative,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_save(parent: QWidget | None, text: str, informative: str = "") -> str:
    """Unsaved work is about to be left: "save", "discard" or "cancel" (stay)."""
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        text,
        informative,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    # Our own words on the buttons: Qt has no Kyrgyz catalogue of its own.
    for button, text in (
        (QMessageBox.StandardButton.Save, QCoreApplication.translate("Messages", "Save")),
        (
            QMessageBox.StandardButton.Discard,
            QCoreApplication.translate("Messages", "Don't save"),
        ),
        (QMessageBox.StandardButton.Cancel, QCoreApplication.translate("Messages", "Cancel")),
    ):
        box.button(button).setText(text)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def install_excepthook() -> None:
    """A bug in a slot shows a dialog instead of vanishing into the console."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        exc.__traceback__ = tb
        try:
            show_error(None, exc)
        except Exception:  # noqa: BLE001 - the hook must never raise
            previous(kind, exc, tb)

    sys.excepthook = hook
