"""What the administration pages share for their small forms.

`run_dialog` and `ask_save_path` are the only places that block on a modal dialog, so the
tests replace exactly these two and drive the dialogs themselves. A `FormDialog` calls its
service in `accept()`: a refusal is shown over the form, which stays open with what the
user typed, instead of closing and losing it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.ui import messages


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when the user confirmed it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: str, filters: str, kind: str = "exports"
) -> str:
    """The file the user chose to write ("" when they cancelled); `suggested` is a file name
    (placed in the folder used last for `kind`) or a full path."""
    from meapp.ui.common import file_dialogs

    return file_dialogs.save_file(parent, kind, caption, suggested, filters)


class FormDialog(QDialog):
    """A form whose OK runs `save()` (a service call); `result_value` holds what it returned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self.setMinimumWidth(520)
        self.outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("Muted")
        self.intro.hide()
        self.outer.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.outer.addWidget(self.buttons)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def save(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self.save()
        except MeappError as exc:
            messages.show_error(self, exc)
            return
        super().accept()


class TextDialog(FormDialog):
    """One text (a SWOT item), checked and stored by the `save` callable it is given."""

    def __init__(self, title: str, label: str, text: str, save, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.editor = QPlainTextEdit(text)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(110)
        self.form.addRow(label, self.editor)
        self.finish_layout()
        self.editor.setFocus()

    def save(self) -> Any:
        return self._save(self.editor.toPlainText())
