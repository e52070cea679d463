"""The Members tab: the order that formed the group, the members, and the quota panel.

The quota panel is the point of the tab: the guidance asks for at least 35 % women and
about 20 % youth under 28, and a chair. The figures are recomputed from the service after
every change, and each shortfall is said in words with how many members would close it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.models.enums import APPROVING_BODIES
from meapp.models.numbers import format_percent
from meapp.services.common.vocabulary import APPROVING_BODIES as BODY_WORDS
from meapp.services.governance import working_group as gov
from meapp.ui import labels, messages, style
from meapp.ui.common.form_widgets import (
    OptionalDateEdit,
    code_combo,
    fill_words,
    item,
    plain_table,
    select_code,
    selected_key,
)
from meapp.ui.context import AppContext
from meapp.ui.governance.working_group.forms import MemberDialog
from meapp.ui.i18n import ui_translate
from meapp.ui.messages import problem_text

COLUMNS = 8
C_NO, C_NAME, C_POSITION, C_ORG, C_SIDE, C_GENDER, C_BIRTH, C_ROLE = range(COLUMNS)


class QuotaPanel(QFrame):
    """Women and youth shares against their targets, the chair, and the warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(6)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.title)
        layout = QHBoxLayout()
        layout.setSpacing(24)
        outer.addLayout(layout)
        self.women = QLabel()
        self.youth = QLabel()
        self.chair = QLabel()
        self.warnings = QLabel()
        side = QVBoxLayout()
        side.setSpacing(4)
        side.addWidget(self.chair)
        side.addWidget(self.warnings)
        side.addStretch(1)
        for label in (self.women, self.youth, self.chair, self.warnings):
            label.setWordWrap(True)
        for label in (self.women, self.youth):
            label.setMinimumWidth(230)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.women, 1)
        layout.addWidget(self.youth, 1)
        layout.addLayout(side, 2)
        self.quota: gov.Quota | None = None
        self.chair_name = ""

    def show_quota(self, quota: gov.Quota, chair_name: str) -> None:
        self.quota = quota
        self.chair_name = chair_name
        self.retranslate_ui()

    def _block(self, ok: bool | None, share: str, text: str) -> str:
        """A big share, what it counts, and whether the guidance is met (symbol and word as
        well as colour)."""
        if ok is None:
            verdict = ""
        else:
            colour = style.ON_TRACK if ok else style.OFF_TRACK
            mark = "✔" if ok else "✖"
            word = self.tr("met") if ok else self.tr("not met")
            verdict = (
                f"<br><span style='color:{colour}; font-weight:bold'>{mark} "
                f"{html.escape(word)}</span>"
            )
        return f"<span style='font-size:18pt; font-weight:bold'>{share}</span><br>{text}{verdict}"

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Composition of the group"))
        q = self.quota
        empty = q is None or q.members == 0
        women = self.tr("Women: {n} of {total} (at least {target})").format(
            n=q.women if q else 0,
            total=q.members if q else 0,
            target=format_percent(gov.WOMEN_TARGET),
        )
        youth = self.tr("Youth under {age}: {n} of {total} (about {target})").format(
            age=gov.YOUTH_AGE,
            n=q.youth if q else 0,
            total=q.members if q else 0,
            target=format_percent(gov.YOUTH_TARGET),
        )
        self.women.setText(
            self._block(
                None if q is None or empty else q.women_ok,
                format_percent(q.women_share if q else None),
                women,
            )
        )
        self.youth.setText(
            self._block(
                None if q is None or empty else q.youth_ok,
                format_percent(q.youth_share if q else None),
                youth,
            )
        )
        if q is not None and q.chairs == 1:
            self.chair.setText(self.tr("Chair: {name}").format(name=html.escape(self.chair_name)))
        else:
            self.chair.clear()
        self.chair.setVisible(bool(self.chair.text()))
        if q is not None and q.warnings:
            self.warnings.setText(
                "<br>".join(
                    f"<span style='color:{style.OFF_TRACK}'>⚠</span> "
                    + html.escape(problem_text(w))
                    for w in q.warnings
                )
            )
        else:
            self.warnings.clear()
        self.warnings.setVisible(bool(q and q.warnings))

    def figures_text(self) -> str:
        """What the panel says, as plain text (for tests and screen readers)."""
        return " ".join(
            QTextDocumentFragment.fromHtml(label.text()).toPlainText().replace("\xa0", " ")
            for label in (self.women, self.youth, self.chair, self.warnings)
        )


class MembersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id: str | None = None
        self.group: gov.GroupDTO | None = None
        self.members: list[gov.MemberDTO] = []
        self.can_change = gov.can_set_up(ctx.actor) and not ctx.read_only

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)

        order = QHBoxLayout()
        self.order_label = QLabel()
        self.order_number = QLineEdit()
        self.order_number.setMaxLength(100)
        self.order_number.setMaximumWidth(160)
        self.order_date_label = QLabel()
        self.order_date = OptionalDateEdit()
        self.order_date.setMinimumWidth(120)
        self.save_order_button = QPushButton()
        self.order_label.setBuddy(self.order_number)
        self.order_date_label.setBuddy(self.order_date)
        for w in (self.order_label, self.order_number, self.order_date_label, self.order_date):
            order.addWidget(w)
        order.addWidget(self.save_order_button)
        order.addStretch(1)
        layout.addLayout(order)
        # who approved the group (issue 21): "" = not stated, then the body codes
        body = QHBoxLayout()
        self.body_label = QLabel()
        self.approving_body = code_combo(("", *APPROVING_BODIES))
        self.approving_body_note = QLineEdit()
        self.approving_body_note.setMaxLength(gov.MAX_SHORT)
        self.body_label.setBuddy(self.approving_body)
        body.addWidget(self.body_label)
        body.addWidget(self.approving_body)
        body.addWidget(self.approving_body_note, 1)
        layout.addLayout(body)

        self.quota = QuotaPanel()
        layout.addWidget(self.quota)
        left = QVBoxLayout()
        self.table = plain_table(COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(C_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(C_POSITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(C_ORG, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(C_SIDE, 120)
        # short columns take the width of their header or content, whichever is wider,
        # so long Kyrgyz headers ("Туулган жылы") are never cut
        for col in (C_NO, C_GENDER, C_BIRTH, C_ROLE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        left.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        left.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        left.addLayout(buttons)
        self.rights_note = QLabel()
        self.rights_note.setObjectName("Muted")
        self.rights_note.setWordWrap(True)
        left.addWidget(self.rights_note)
        layout.addLayout(left, 1)

        self.save_order_button.clicked.connect(self.save_order)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.delete_button.clicked.connect(self.delete_member)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        fields: tuple[QWidget, ...] = (
            self.order_number,
            self.order_date,
            self.approving_body,
            self.approving_body_note,
        )
        for field in fields:
            field.setEnabled(self.can_change)
        self.retranslate_ui()

    # -- data ---------------------------------------------------------------------------
    def load(self, program_id: str | None, keep: str | None = None) -> None:
        self.program_id = program_id
        if program_id is None:
            self.group, self.members = None, []
        else:
            self.group = gov.get_group(self.ctx.db, program_id)
            self.members = gov.list_members(self.ctx.db, program_id)
        self.order_number.setText((self.group.order_number or "") if self.group else "")
        self.order_date.set_date_value(self.group.order_date if self.group else None)
        self._show_body()
        self._fill(keep)

    def _show_body(self) -> None:
        select_code(self.approving_body, (self.group.approving_body if self.group else None) or "")
        self.approving_body_note.setText(
            (self.group.approving_body_note or "") if self.group else ""
        )

    def _fill(self, keep: str | None = None) -> None:
        self.table.setRowCount(0)
        for n, m in enumerate(self.members, start=1):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, C_NO, item(str(n), m.id, right=True))
            self.table.setItem(row, C_NAME, item(m.full_name))
            self.table.setItem(row, C_POSITION, item(m.position or ""))
            self.table.setItem(row, C_ORG, item(m.organisation or ""))
            self.table.setItem(row, C_SIDE, item(labels.member_side(m.side)))
            self.table.setItem(row, C_GENDER, item(labels.gender(m.gender)))
            self.table.setItem(row, C_BIRTH, item(str(m.birth_year or ""), right=True))
            self.table.setItem(row, C_ROLE, item(labels.member_role(m.role)))
            if m.id == keep:
                self.table.selectRow(row)
        self.table.setVisible(bool(self.members))
        self.empty.setVisible(not self.members)
        chair = next((m.full_name for m in self.members if m.role == "chair"), "")
        self.quota.show_quota(gov.compute_quota(self.members), chair)
        self._update_buttons()

    def _member(self) -> gov.MemberDTO | None:
        key = selected_key(self.table)
        return next((m for m in self.members if m.id == key), None)

    def _update_buttons(self) -> None:
        chosen = self._member()
        on = self.can_change and self.program_id is not None
        self.save_order_button.setEnabled(on)
        self.add_button.setEnabled(on)
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(on and chosen is not None)
        at = self.members.index(chosen) if chosen is not None else -1
        self.up_button.setEnabled(on and at > 0)
        self.down_button.setEnabled(on and 0 <= at < len(self.members) - 1)

    # -- actions ------------------------------------------------------------------------
    def save_order(self) -> None:
        if self.program_id is None:
            return
        try:
            self.group = gov.set_order(
                self.ctx.db,
                self.ctx.actor,
                self.program_id,
                self.order_number.text(),
                self.order_date.date_value(),
                self.group.version if self.group else None,
                approving_body=self.approving_body.currentData() or None,
                approving_body_note=self.approving_body_note.text(),
            )
        except MeappError as exc:
            messages.show_error(self, exc)
            return
        self.order_number.setText(self.group.order_number or "")
        self._show_body()

    def add_member(self) -> None:
        if self.program_id is None:
            return
        pid = self.program_id
        dialog = MemberDialog(
            lambda data: gov.add_member(self.ctx.db, self.ctx.actor, pid, data), None, self
        )
        if dialog.exec() == MemberDialog.DialogCode.Accepted:
            self.load(pid, keep=dialog.saved.id)

    def edit_member(self) -> None:
        m = self._member()
        if m is None or not self.can_change:
            return
        dialog = MemberDialog(
            lambda data: gov.update_member(self.ctx.db, self.ctx.actor, m.id, data, m.version),
            m,
            self,
        )
        if dialog.exec() == MemberDialog.DialogCode.Accepted:
            self.load(self.program_id, keep=m.id)

    def delete_member(self) -> None:
        m = self._member()
        if m is None or not self.can_change:
            return
        if not messages.confirm(
            self, self.tr("Remove {name} from the working group?").format(name=m.full_name)
        ):
            return
        try:
            gov.delete_member(self.ctx.db, self.ctx.actor, m.id, m.version)
        except MeappError as exc:
            messages.show_error(self, exc)
        self.load(self.program_id)

    def move_selected(self, delta: int) -> None:
        m = self._member()
        if m is None:
            return
        try:
            self.members = gov.move_member(self.ctx.db, self.ctx.actor, m.id, delta)
        except MeappError as exc:
            messages.show_error(self, exc)
            self.load(self.program_id)
            return
        self._fill(keep=m.id)

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.order_label.setText(self.tr("Order forming the group: &No."))
        self.order_date_label.setText(self.tr("&dated"))
        self.save_order_button.setText(self.tr("Save the order"))
        self.body_label.setText(self.tr("&Approved by:"))
        not_stated = self.tr("not stated")
        fill_words(
            self.approving_body,
            lambda code: BODY_WORDS.word(code, ui_translate) if code else not_stated,
        )
        self.approving_body_note.setPlaceholderText(self.tr("for another body: its name"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Full name"),
                self.tr("Position"),
                self.tr("Organisation"),
                self.tr("Side"),
                self.tr("Gender"),
                self.tr("Born"),
                self.tr("Role"),
            ]
        )
        self.add_button.setText(self.tr("&Add member…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.empty.setText(
            self.tr(
                "No members yet. Press “Add member…” and enter the members named in the "
                "order: the chair, the secretary and the members from the mayor's office, "
                "the council, business and civic organisations."
            )
            if self.can_change
            else self.tr("No members yet. The chair of the group or an administrator enters them.")
        )
        self.rights_note.setText(
            ""
            if self.can_change
            else self.tr(
                "Only the chair of the group (evaluator) or an administrator can "
                "change the members and the order."
            )
        )
        self.rights_note.setVisible(not self.can_change)
        self._fill_words()
        self.quota.retranslate_ui()

    def _fill_words(self) -> None:
        for row, m in enumerate(self.members):
            if row >= self.table.rowCount():
                break
            for col, word in (
                (C_SIDE, labels.member_side(m.side)),
                (C_GENDER, labels.gender(m.gender)),
                (C_ROLE, labels.member_role(m.role)),
            ):
                cell = self.table.item(row, col)
                if cell is not None:
                    cell.setText(word)
