"""The forms of the Working group page: a member, a hearing or meeting, a proposal, a check.

Each form is a small dialog that gathers its fields into the service's input dataclass and
hands it to a `save` callable when the user presses OK. A refused save (a field the
service names, a locked period, someone else's edit) is shown and the form stays open with
what the user typed, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.models.enums import (
    CHECK_STAGES,
    GENDERS,
    HEARING_KINDS,
    MEMBER_ROLES,
    MEMBER_SIDES,
    PROPOSAL_STATUSES,
)
from meapp.services.governance import working_group as gov
from meapp.ui import labels, messages
from meapp.ui.common.form_widgets import (
    OptionalDateEdit,
    OptionalSpinBox,
    code_combo,
    fill_words,
    select_code,
)


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class _Form(QDialog):
    """OK saves through `save`; an error keeps the dialog open."""

    def __init__(self, save: Callable[[Any], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: Any = None
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._labels: list[tuple[QLabel, str]] = []

    def row(self, field: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(field)
        self.form.addRow(label, field)
        return label

    def value(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self._save(self.value())
        except MeappError as exc:
            messages.show_error(self, exc)
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Texts in the current language (each form sets its own)."""


class MemberDialog(_Form):
    def __init__(
        self,
        save: Callable[[gov.MemberInput], Any],
        member: gov.MemberDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.is_new = member is None
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.position = QLineEdit()
        self.organisation = QLineEdit()
        self.side = code_combo(MEMBER_SIDES)
        self.gender = code_combo(GENDERS)
        self.birth_year = OptionalSpinBox(1900, date.today().year)
        self.birth_year.setMinimumWidth(110)
        self.role = code_combo(MEMBER_ROLES)
        self.l_name = self.row(self.full_name)
        self.l_position = self.row(self.position)
        self.l_org = self.row(self.organisation)
        self.l_side = self.row(self.side)
        self.l_gender = self.row(self.gender)
        self.l_birth = self.row(self.birth_year)
        self.l_role = self.row(self.role)
        select_code(self.role, "member")
        if member is not None:
            self.full_name.setText(member.full_name)
            self.position.setText(member.position or "")
            self.organisation.setText(member.organisation or "")
            select_code(self.side, member.side)
            select_code(self.gender, member.gender)
            self.birth_year.set_int_value(member.birth_year)
            select_code(self.role, member.role)
        self.retranslate_ui()

    def value(self) -> gov.MemberInput:
        return gov.MemberInput(
            self.full_name.text(),
            self.position.text(),
            self.organisation.text(),
            self.side.currentData(),
            self.gender.currentData(),
            self.birth_year.int_value(),
            self.role.currentData(),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New member") if self.is_new else self.tr("Member"))
        self.l_name.setText(self.tr("&Full name:"))
        self.l_position.setText(self.tr("&Position:"))
        self.l_org.setText(self.tr("&Organisation:"))
        self.l_side.setText(self.tr("&Side:"))
        self.l_gender.setText(self.tr("&Gender:"))
        self.l_birth.setText(self.tr("&Birth year:"))
        self.l_role.setText(self.tr("&Role in the group:"))
        self.full_name.setPlaceholderText(self.tr("surname, name, patronymic"))
        fill_words(self.side, labels.member_side)
        fill_words(self.gender, labels.gender)
        fill_words(self.role, labels.member_role)


class HearingDialog(_Form):
    def __init__(
        self,
        save: Callable[[gov.HearingInput], Any],
        hearing: gov.HearingDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.is_new = hearing is None
        self.kind = code_combo(HEARING_KINDS)
        self.held_on = OptionalDateEdit()
        self.place = QLineEdit()
        self.attendance = OptionalSpinBox(0, 1_000_000)
        self.women = OptionalSpinBox(0, 1_000_000)
        self.notes = _text_box(4)
        self.l_kind = self.row(self.kind)
        self.l_date = self.row(self.held_on)
        self.l_place = self.row(self.place)
        self.l_att = self.row(self.attendance)
        self.l_women = self.row(self.women)
        self.l_notes = self.row(self.notes)
        if hearing is not None:
            select_code(self.kind, hearing.kind)
            self.held_on.set_date_value(hearing.held_on)
            self.place.setText(hearing.place or "")
            self.attendance.set_int_value(hearing.attendance)
            self.women.set_int_value(hearing.women)
            self.notes.setPlainText(hearing.notes or "")
        self.retranslate_ui()

    def value(self) -> gov.HearingInput:
        return gov.HearingInput(
            self.held_on.date_value(),
            self.place.text(),
            self.kind.currentData(),
            self.attendance.int_value(),
            self.women.int_value(),
            self.notes.toPlainText(),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New hearing or meeting") if self.is_new else self.tr("Hearing or meeting")
        )
        self.l_kind.setText(self.tr("&Kind:"))
        self.l_date.setText(self.tr("&Date:"))
        self.l_place.setText(self.tr("&Place:"))
        self.l_att.setText(self.tr("&Attendance:"))
        self.l_women.setText(self.tr("&Women among them:"))
        self.l_notes.setText(self.tr("&Notes:"))
        fill_words(self.kind, labels.hearing_kind)


class ProposalDialog(_Form):
    def __init__(
        self,
        save: Callable[[tuple[str, str, str]], Any],
        proposal: gov.ProposalDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.is_new = proposal is None
        self.text = _text_box(3)
        self.answer = _text_box(3)
        self.status = code_combo(PROPOSAL_STATUSES)
        self.l_text = self.row(self.text)
        self.l_answer = self.row(self.answer)
        self.l_status = self.row(self.status)
        if proposal is not None:
            self.text.setPlainText(proposal.text)
            self.answer.setPlainText(proposal.answer or "")
            select_code(self.status, proposal.status)
        self.retranslate_ui()

    def value(self) -> tuple[str, str, str]:
        return self.text.toPlainText(), self.answer.toPlainText(), self.status.currentData()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New proposal") if self.is_new else self.tr("Proposal"))
        self.l_text.setText(self.tr("&Proposal:"))
        self.l_answer.setText(self.tr("&Answer:"))
        self.l_status.setText(self.tr("&Status:"))
        fill_words(self.status, labels.proposal_status)


class CheckDialog(_Form):
    def __init__(
        self,
        save: Callable[[gov.CheckInput], Any],
        measure_label: str,
        check: gov.CheckDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.is_new = check is None
        self.measure = QLabel(measure_label)
        self.measure.setWordWrap(True)
        self.stage = code_combo(CHECK_STAGES)
        self.check_date = OptionalDateEdit()
        self.checked_by = _text_box(2)
        self.citizens = OptionalSpinBox(0, 1_000_000)
        self.timeliness = OptionalSpinBox(1, 5)
        self.quality = OptionalSpinBox(1, 5)
        self.findings = _text_box(4)
        self.l_measure = self.row(self.measure)
        self.l_stage = self.row(self.stage)
        self.l_date = self.row(self.check_date)
        self.l_by = self.row(self.checked_by)
        self.l_citizens = self.row(self.citizens)
        self.l_time = self.row(self.timeliness)
        self.l_quality = self.row(self.quality)
        self.l_findings = self.row(self.findings)
        if check is not None:
            select_code(self.stage, check.stage)
            self.check_date.set_date_value(check.check_date)
            self.checked_by.setPlainText(check.checked_by or "")
            self.citizens.set_int_value(check.citizens)
            self.timeliness.set_int_value(check.timeliness)
            self.quality.set_int_value(check.quality)
            self.findings.setPlainText(check.findings or "")
        self.retranslate_ui()

    def value(self) -> gov.CheckInput:
        return gov.CheckInput(
            self.stage.currentData(),
            self.check_date.date_value(),
            self.checked_by.toPlainText(),
            self.citizens.int_value(),
            self.findings.toPlainText(),
            self.timeliness.int_value(),
            self.quality.int_value(),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New public check") if self.is_new else self.tr("Public check"))
        self.l_measure.setText(self.tr("Measure:"))
        self.l_stage.setText(self.tr("&Stage of completion:"))
        self.l_date.setText(self.tr("&Date of the check:"))
        self.l_by.setText(self.tr("Checked &by (members, citizens):"))
        self.l_citizens.setText(self.tr("&Citizens taking part:"))
        self.l_time.setText(self.tr("&Timeliness (1–5):"))
        self.l_quality.setText(self.tr("&Quality (1–5):"))
        self.l_findings.setText(self.tr("&Findings:"))
        fill_words(self.stage, labels.check_stage)
