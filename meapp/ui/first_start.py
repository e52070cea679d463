"""The first start: a database without a programme offers the demo, an empty programme, or
another database file. Also used later by File → New programme."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import ValidationError
from meapp.services.access.users import Actor
from meapp.store.engine import Database
from meapp.ui import labels, style
from meapp.ui.common import file_dialogs
from meapp.ui.common.language_box import LanguageBox
from meapp.ui.context import AppContext

log = logging.getLogger(__name__)

DEMO_USERS_HINT = "admin, editor, chair, mayor"
DEMO_PASSWORD = "demo"


def create_empty_program(
    db: Database,
    actor: Actor,
    *,
    title: str,
    municipality: str,
    municipality_kind: str,
    start_year: int,
    end_year: int,
) -> str:
    """Create a draft programme with no plan yet (`programs.create_program`, the one way a
    programme is made: its code, status and thresholds); returns its id."""
    from meapp.services.plan import programs

    created = programs.create_program(
        db,
        actor,
        title=title,
        municipality=municipality,
        municipality_kind=municipality_kind,
        start_year=start_year,
        end_year=end_year,
    )
    return created.id


class EmptyProgramDialog(QDialog):
    """Title, municipality and years of a new, empty programme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New programme"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Socio-economic development programme 2025–2028")
        )
        self.municipality = QLineEdit()
        self.kind = QComboBox()
        for code in ("city", "aiyl_okmotu"):
            self.kind.addItem(labels.municipality_kind(code), code)
        this_year = date.today().year
        self.start = QSpinBox()
        self.start.setRange(2000, 2100)
        self.start.setValue(this_year)
        self.end = QSpinBox()
        self.end.setRange(2000, 2100)
        self.end.setValue(this_year + 3)
        self.start.valueChanged.connect(lambda v: self.end.setMinimum(v))
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Municipality:"), self.municipality)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&First year:"), self.start)
        form.addRow(self.tr("&Last year:"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "municipality": self.municipality.text(),
            "municipality_kind": self.kind.currentData(),
            "start_year": self.start.value(),
            "end_year": self.end.value(),
        }


class FirstStartDialog(QDialog):
    """Three ways to begin. After `exec()`: `created_program_id`, `created_demo` or
    `open_path` tell the caller what happened."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, has_programs: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_program_id: str | None = None
        self.created_demo = False
        self.open_path: str | None = None
        self._has_programs = has_programs
        self.setWindowIcon(style.icon("app"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        language_row = QFormLayout()
        self.language = LanguageBox(self)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        language_row.addRow(self.language_label, self.language)
        layout.addLayout(language_row)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.demo_button = QCommandLinkButton()
        self.empty_button = QCommandLinkButton()
        self.open_button = QCommandLinkButton()
        can_setup = not ctx.read_only and ctx.actor.can("program.setup")
        self.demo_button.setEnabled(can_setup)
        self.empty_button.setEnabled(can_setup)
        for button in (self.demo_button, self.empty_button, self.open_button):
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.demo_button.clicked.connect(self.create_demo)
        self.empty_button.clicked.connect(self.create_empty)
        self.open_button.clicked.connect(self.choose_file)
        self.retranslate_ui()
        self.demo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        """All texts, again after a language switch (the language is chosen right here)."""
        name = self.ctx.db.display_name
        if self._has_programs:
            self.setWindowTitle(self.tr("New programme"))
            self.intro.setText(self.tr("Add a programme to the database {name}:").format(name=name))
        else:
            self.setWindowTitle(self.tr("Welcome to meapp"))
            self.intro.setText(
                self.tr(
                    "The database {name} holds no programme yet. How would you like to begin?"
                ).format(name=name)
            )
        self.language_label.setText(self.tr("La&nguage:"))
        self.demo_button.setText(self.tr("Create the demo programme"))
        self.demo_button.setDescription(
            self.tr(
                "A town programme with four directions and two years of half-year data, to look "
                "around and practise. Users {users}, password: {password}."
            ).format(users=DEMO_USERS_HINT, password=DEMO_PASSWORD)
        )
        self.empty_button.setText(self.tr("Start an empty programme"))
        self.empty_button.setDescription(
            self.tr("Give the title, the municipality and the years; import the plan later.")
        )
        self.open_button.setText(self.tr("Open another database file"))
        self.open_button.setDescription(
            self.tr("A meapp database from this computer or a USB stick.")
        )
        self.language.sync()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def create_demo(self) -> None:
        from meapp.ui.worker import run_task

        db = self.ctx.db
        actor = self.ctx.actor if self.ctx.actor.login else None

        def work(progress, cancelled):
            from meapp.services.demo.builder import create_demo

            return create_demo(db, actor, scale="small", progress=progress, cancelled=cancelled)

        def done(summary) -> None:
            self.created_demo = True
            self.created_program_id = summary.program_ids[0] if summary.program_ids else None
            self.accept()

        def failed(exc: BaseException) -> None:
            from meapp.services.demo.progress import DemoCancelled
            from meapp.ui.messages import show_error

            self.setEnabled(True)
            if not isinstance(exc, DemoCancelled):
                show_error(self, exc)

        self.setEnabled(False)
        run_task(
            self,
            work,
            label=self.tr("Creating the demo programme…"),
            on_finished=done,
            on_failed=failed,
        )

    def create_empty(self) -> None:
        from meapp.ui.messages import show_error

        dialog = EmptyProgramDialog(self)
        while dialog.exec():
            try:
                self.created_program_id = create_empty_program(
                    self.ctx.db, self.ctx.actor, **dialog.values()
                )
            except ValidationError as exc:
                show_error(dialog, exc)
                continue
            self.accept()
            return

    def choose_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            file_dialogs.DATABASES,
            self.tr("Open a meapp database"),
            self.tr("meapp databases (*.db *.sqlite);;All files (*)"),
        )
        if path:
            self.open_path = path
            self.accept()
