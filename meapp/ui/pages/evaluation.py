"""The evaluation page: the chair's narrative of a period, what needs attention, and the round.

Five plain text parts (summary, analysis of progress, weak points, recommendations, proposed
target corrections) are written by the evaluator; "Draft from the data" fills them from the
figures (`services.evaluation.draft_evaluation`) and asks before it replaces anything the
chair wrote. Beside them: what needs attention in the period — the off-track indicators, the
delayed measures and the open data-quality items of the round's quality gate
(`meapp.services.monitoring.quality`) — and the programme's target revisions. Submit and
Approve move the reporting round on, enabled by the workflow table (`meapp.models.workflow`)
the rounds service enforces, after showing the open items (`meapp.ui.monitoring.quality_gate`).

Nothing typed is lost: when the programme or period changes with unsaved text the page asks
to save it first; text that could not be saved is kept in memory and comes back with its
period. An approved period, a read-only session or a role without the right shows the texts
read-only with a banner saying why.
"""

from __future__ import annotations

import logging
from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.models import workflow
from meapp.models.numbers import format_number, format_percent
from meapp.services.evaluation import narrative as ev
from meapp.services.monitoring import quality, rounds
from meapp.services.monitoring import status as status_service
from meapp.ui import labels, messages, style
from meapp.ui.common.growing_text import GrowingTextEdit
from meapp.ui.context import AppContext, Scope
from meapp.ui.i18n import ui_translate
from meapp.ui.monitoring import quality_gate
from meapp.ui.monitoring.banner import Banner as TintedBanner
from meapp.ui.pages.base import EmptyState, Page, title_label

log = logging.getLogger(__name__)

Key = tuple[str, str]  # (programme id, period)


def dot_icon(colour: str) -> QIcon:
    """A filled circle in a status colour (beside the status word, never instead of it)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class Banner(TintedBanner):
    """A calm notice across the page (why the texts are read-only), hidden until needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, "#FFF4DC", parent, border=style.AT_RISK)
        self.hide()

    def show_text(self, icon_name: str, text: str) -> None:
        self.set_icon(icon_name)
        self.setText(text)
        self.show()


class EvaluationPage(Page):
    key = "evaluation"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded: ev.EvaluationDTO | None = None
        self._key: Key | None = None
        self._unsaved: dict[Key, dict[str, str]] = {}
        self._filling = False
        self._status: status_service.ProgramStatus | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 12)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = EmptyState("evaluation")
        self.stack.addWidget(self.empty)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.heading = title_label()
        self.state_line = QLabel()
        self.state_line.setObjectName("Muted")
        self.state_line.setWordWrap(True)
        self.banner = Banner()
        layout.addWidget(self.heading)
        layout.addWidget(self.state_line)
        layout.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        # the five parts, one under the other, in a scroll area (they grow with the text)
        editors = QWidget()
        form = QVBoxLayout(editors)
        form.setContentsMargins(0, 0, 8, 0)
        form.setSpacing(4)
        self.part_labels: dict[str, QLabel] = {}
        self.editors: dict[str, GrowingTextEdit] = {}
        for name in ev.FIELDS:
            label = QLabel()
            label.setStyleSheet("font-weight: bold;")
            label.setWordWrap(True)
            # as tall as its text (issue 23): the column scrolls, never a box of its own
            edit = GrowingTextEdit(min_lines=4 if name == "summary" else 3)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._edited)
            label.setBuddy(edit)
            form.addWidget(label)
            form.addWidget(edit)
            form.addSpacing(6)
            self.part_labels[name] = label
            self.editors[name] = edit
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editors)
        self.splitter.addWidget(scroll)
        self.editors_scroll = scroll

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.setSpacing(4)
        self.attention_title = QLabel()
        self.attention_title.setStyleSheet("font-weight: bold;")
        self.attention_title.setWordWrap(True)
        self.attention = QListWidget()
        self.attention_count = 0
        self.attention_items: list[quality.QualityItem] = []  # the open items listed
        self.attention.setWordWrap(True)
        self.attention.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attention.itemActivated.connect(self._open_in_monitoring)
        self.revisions_title = QLabel()
        self.revisions_title.setStyleSheet("font-weight: bold;")
        self.revisions_title.setWordWrap(True)
        self.revisions = QTableWidget(0, 4)
        self.revisions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revisions.verticalHeader().setVisible(False)
        self.revisions.setWordWrap(True)
        header = self.revisions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        side_layout.addWidget(self.attention_title)
        side_layout.addWidget(self.attention, 3)
        side_layout.addWidget(self.revisions_title)
        side_layout.addWidget(self.revisions, 2)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 420])

        buttons = QHBoxLayout()
        self.draft_button = QPushButton()
        self.draft_button.clicked.connect(self.fill_draft)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        # Ctrl+S wherever the focus is while the page is shown (a hidden page's shortcut
        # is inactive, so the Plan page's own Ctrl+S is not ambiguous with it)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.save_shortcut.activated.connect(lambda: self.save())
        self.saved_line = QLabel()
        self.saved_line.setObjectName("Muted")
        self.submit_button = QPushButton()
        self.submit_button.clicked.connect(self.submit_round)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve_round)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_line, 1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.approve_button)
        layout.addLayout(buttons)
        self.stack.addWidget(content)
        self.content = content
        self.retranslate_ui()

    # -- state ---------------------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        return {name: edit.toPlainText() for name, edit in self.editors.items()}

    def is_dirty(self) -> bool:
        if self._loaded is None:
            return False
        return any(
            self.editors[name].toPlainText().strip() != (getattr(self._loaded, name) or "").strip()
            for name in ev.FIELDS
        )

    def can_write(self) -> bool:
        return (
            not self.ctx.read_only
            and self.ctx.actor.can("evaluation.write")
            and self.scope.program is not None
            and self.scope.period is not None
            and not self.scope.locked
        )

    def _round_state(self) -> str:
        return self.scope.round.state if self.scope.round is not None else "open"

    # -- scope ---------------------------------------------------------------------------
    def set_scope(self, scope: Scope) -> None:
        new_key: Key | None = (
            (scope.program.id, scope.period) if scope.program and scope.period else None
        )
        if self._key is not None and new_key != self._key and self.is_dirty():
            self._leave_with_unsaved()
        same = new_key == self._key and new_key is not None
        super().set_scope(scope)
        if new_key is None:
            self._key = None
            self._loaded = None
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.content)
        if same and self.is_dirty():
            # the round changed under the same period (submit, approve): keep the typing
            self._read_side()
        else:
            self._key = new_key
            self._load()
        self._update_state()

    def _leave_with_unsaved(self) -> None:
        """The scope moves away from text not saved yet: offer to save it, else drop it."""
        assert self._key is not None
        key = self._key
        texts = self.texts()
        if not self.can_write():
            return
        if not messages.confirm(
            self,
            self.tr("Save the evaluation of {period} before showing another period?").format(
                period=labels.period(key[1])
            ),
            self.tr("Choose No to discard the changes."),
        ):
            self._unsaved.pop(key, None)
            return
        try:
            self._store(key, texts)
        except MeappError as exc:
            self._unsaved[key] = texts
            messages.show_error(self, exc)

    def may_close(self) -> bool:
        """Closing the app with typed text: save it, discard it, or stay."""
        if self._key is None or not self.is_dirty() or not self.can_write():
            return True
        answer = messages.ask_save(
            self,
            self.tr("Save the evaluation of {period} before closing meapp?").format(
                period=labels.period(self._key[1])
            ),
            self.tr("Choose Don't save to close without the changes."),
        )
        if answer == "discard":
            return True
        if answer == "cancel":
            return False
        try:
            self._store(self._key, self.texts())
        except MeappError as exc:
            messages.show_error(self, exc)
            return False
        return True

    def _store(self, key: Key, texts: dict[str, str]) -> ev.EvaluationDTO:
        version = self._loaded.version if self._loaded is not None else 0
        saved = ev.save_evaluation(
            self.ctx.db, self.ctx.actor, key[0], key[1], expected_version=version, **texts
        )
        self._unsaved.pop(key, None)
        return saved

    def _load(self) -> None:
        assert self._key is not None
        self._loaded = ev.get_evaluation(self.ctx.db, *self._key)
        kept = self._unsaved.get(self._key)
        self._show_texts(kept or {n: getattr(self._loaded, n) for n in ev.FIELDS})
        self._read_side()

    def _show_texts(self, texts: dict[str, str]) -> None:
        self._filling = True
        try:
            for name, edit in self.editors.items():
                edit.setPlainText(texts.get(name) or "")
        finally:
            self._filling = False

    def _read_side(self) -> None:
        """The off-track indicators, delayed measures, open data-quality items and target
        revisions of the scope."""
        assert self._key is not None
        pid, period = self._key
        self._status = status_service.program_status(self.ctx.db, pid, period)
        measures = status_service.measure_rows(self.ctx.db, pid, period)
        self.attention.clear()
        off = [r for r in self._status.indicators if r.status == "off_track"]
        for r in off:
            text = self.tr("{code} {name}: progress {progress}").format(
                code=r.code or "", name=r.name, progress=format_percent(r.progress)
            )
            item = QListWidgetItem(labels.indicator_status(r.status) + " · " + text.strip())
            item.setIcon(dot_icon(style.OFF_TRACK))
            item.setData(Qt.ItemDataRole.UserRole, r.indicator_id)
            item.setToolTip(self.tr("Double-click to open the monitoring grid"))
            self.attention.addItem(item)
        delayed = [m for m in measures if m.status == "delayed"]
        for m in delayed:
            text = self.tr("{code} {title} (responsible: {executor})").format(
                code=m.code or "", title=m.title, executor=m.executor or "–"
            )
            item = QListWidgetItem(self.tr("Delayed") + " · " + text.strip())
            item.setIcon(dot_icon(style.AT_RISK))
            item.setData(Qt.ItemDataRole.UserRole, m.measure_id)
            item.setToolTip(self.tr("Double-click to open the monitoring grid"))
            self.attention.addItem(item)
        open_items = quality.needs_attention(self.ctx.db, pid, period)
        for q in open_items:
            item = QListWidgetItem(quality_gate.item_text(q))
            item.setIcon(dot_icon(style.AT_RISK))
            item.setData(Qt.ItemDataRole.UserRole, q.subject_id)
            item.setToolTip(
                self.tr("Open before the round is approved; double-click to open its row")
                if q.subject_id
                else self.tr("Open before the round is approved")
            )
            self.attention.addItem(item)
        self.attention_items = open_items
        self._show_attention_title(len(off) + len(delayed) + len(open_items))
        if not off and not delayed and not open_items:
            item = QListWidgetItem(
                self.tr(
                    "No indicator is off track, no measure is delayed and no data-quality "
                    "item is open."
                )
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.attention.addItem(item)
        self._fill_revisions(pid)

    def _show_attention_title(self, count: int) -> None:
        """The list's title with its length: an oblast programme lists a hundred lines."""
        self.attention_count = count
        title = self.tr("Needs attention in this period")
        self.attention_title.setText(f"{title} ({format_number(count)})" if count else title)

    def _open_in_monitoring(self, item: QListWidgetItem) -> None:
        """Double-click on an attention line: its row in the monitoring grid."""
        item_id = item.data(Qt.ItemDataRole.UserRole)
        if item_id:
            self.focus_requested.emit("monitoring", str(item_id))

    def _fill_revisions(self, pid: str) -> None:
        names = {
            r.indicator_id: (f"{r.code} {r.name}".strip() if r.code else r.name)
            for r in (self._status.indicators if self._status else ())
        }
        revisions = ev.program_revisions(self.ctx.db, pid)
        self.revisions.setRowCount(len(revisions))
        for row, rev in enumerate(revisions):
            period = (
                self.tr("final target") if rev.period == ev.FINAL else labels.period(rev.period)
            )
            change = f"{format_number(rev.old_target)} → {format_number(rev.new_target)}"
            reason = rev.reason + (f" ({rev.decision_ref})" if rev.decision_ref else "")
            cells = (names.get(rev.indicator_id, rev.indicator_id), period, change, reason)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.revisions.setItem(row, c, item)
        self.revisions.setVisible(bool(revisions))
        self.revisions_title.setText(
            self.tr("Target revisions of the programme")
            if revisions
            else self.tr("No target has been revised in this programme yet.")
        )

    def _edited(self) -> None:
        if not self._filling:
            self._update_saved_line()

    def _update_state(self) -> None:
        scope = self.scope
        if scope.program is None or scope.period is None:
            return
        writable = self.can_write()
        for edit in self.editors.values():
            edit.setReadOnly(not writable)
        self.draft_button.setEnabled(writable)
        self.save_button.setEnabled(writable)
        state = self._round_state()
        actor = self.ctx.actor
        allowed = frozenset() if self.ctx.read_only else workflow.allowed_actions(state, actor.role)
        self.submit_button.setEnabled("submit" in allowed)
        self.approve_button.setEnabled("approve" in allowed)
        if scope.locked:
            self.banner.show_text(
                "round-approved",
                self.tr(
                    "The period is approved and locked: the evaluation can be read but not "
                    "changed. An administrator can reopen the round."
                ),
            )
        elif not self.ctx.read_only and not actor.can("evaluation.write"):
            self.banner.show_text(
                "users",
                self.tr(
                    "Your role can read the evaluation; the chair of the working group "
                    "(evaluator) writes it."
                ),
            )
        else:
            self.banner.hide()
        self.heading.setText(
            self.tr("Evaluation of {period}").format(period=labels.period(scope.period))
        )
        self.state_line.setText(
            self.tr("{programme} · round: {state}").format(
                programme=scope.program.title, state=labels.round_state(state)
            )
        )
        self._update_saved_line()

    def _update_saved_line(self) -> None:
        if self.is_dirty():
            self.saved_line.setText("● " + self.tr("Unsaved changes"))
        elif self._loaded is not None and self._loaded.updated_at is not None:
            self.saved_line.setText(
                self.tr("Saved {when}").format(
                    # stored as naive UTC: shown in the user's local time
                    when=self._loaded.updated_at.replace(tzinfo=UTC)
                    .astimezone()
                    .strftime("%d.%m.%Y %H:%M")
                )
            )
        else:
            self.saved_line.setText(self.tr("Not written yet"))

    def focus_item(self, item_id: str) -> bool:
        """Put the cursor into one part (e.g. "summary", after Monitoring's "Write the
        evaluation first"); False for anything else."""
        edit = self.editors.get(item_id)
        if edit is None or self._key is None:
            return False
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editors_scroll.ensureWidgetVisible(edit)
        return True

    # -- actions -------------------------------------------------------------------------
    def save(self, quiet: bool = False) -> bool:
        """Store the five parts; a concurrent edit or a locked period is refused plainly."""
        if self._key is None or not self.can_write():
            return False
        try:
            self._loaded = self._store(self._key, self.texts())
        except MeappError as exc:
            messages.show_error(self, exc)
            return False
        self._update_saved_line()
        self._read_side()  # a written evaluation leaves the "needs attention" list
        return True

    def fill_draft(self) -> None:
        """Fill the empty parts from the figures; ask before replacing what is written."""
        if self._key is None or not self.can_write():
            return
        draft = ev.draft_evaluation(
            self.ctx.db,
            self._key[0],
            self._key[1],
            ui_translate,
            keep_written=False,
            period_name=labels.period,
        )
        current = self.texts()
        written = [
            n
            for n in ev.FIELDS
            if current[n].strip() and getattr(draft, n) and current[n].strip() != getattr(draft, n)
        ]
        replace = bool(written) and messages.confirm(
            self,
            self.tr("Replace the parts you already wrote with the draft?"),
            self.tr("Parts written: {parts}. Choose No to fill only the empty parts.").format(
                parts=", ".join(self._part_name(n) for n in written)
            ),
        )
        for name in ev.FIELDS:
            text = getattr(draft, name)
            if text and (not current[name].strip() or (replace and name in written)):
                self.editors[name].setPlainText(text)
        self._update_saved_line()

    def submit_round(self) -> None:
        if self._key is None:
            return
        if self.is_dirty() and self.can_write() and not self.save():
            return
        self._gated_round_action(
            "submit",
            self.tr("Submit the round {period} to the chair?").format(
                period=labels.period(self._key[1])
            ),
        )

    def approve_round(self) -> None:
        if self._key is None:
            return
        if self.is_dirty() and self.can_write() and not self.save():
            return
        self._gated_round_action(
            "approve",
            self.tr("Approve the round {period}?").format(period=labels.period(self._key[1])),
            self.tr(
                "After approval nothing in this period can be changed; only an administrator "
                "can reopen it."
            ),
        )

    def _gated_round_action(self, action: str, question: str, informative: str = "") -> None:
        """Submit or approve after the quality gate (the open items first, then an explicit
        acknowledgement to go on despite them)."""
        assert self._key is not None
        pid, period = self._key
        acknowledged = quality_gate.ask(
            self, self.ctx.db, pid, period, action, question, informative
        )
        if acknowledged is None:
            return
        change = rounds.submit if action == "submit" else rounds.approve
        try:
            change(self.ctx.db, self.ctx.actor, pid, period, acknowledged=acknowledged)
        except MeappError as exc:
            messages.show_error(self, exc)
            return
        self.rounds_changed.emit()

    # -- texts ---------------------------------------------------------------------------
    def _part_name(self, name: str) -> str:
        return {
            "summary": self.tr("Summary"),
            "analysis": self.tr("Analysis of progress"),
            "weak_points": self.tr("Weak points"),
            "recommendations": self.tr("Recommendations"),
            "target_corrections": self.tr("Proposed target corrections"),
        }[name]

    def retranslate_ui(self) -> None:
        self.empty.set_texts(
            self.tr("No programme to evaluate"),
            self.tr(
                "Create a programme or import one from Excel on the Plan page, "
                "then choose a period in the top bar."
            ),
        )
        placeholders = {
            "summary": self.tr("The main results of the period in a few sentences."),
            "analysis": self.tr("How the indicators and measures moved, by direction."),
            "weak_points": self.tr("What is behind, and why."),
            "recommendations": self.tr("What the municipality should do next."),
            "target_corrections": self.tr(
                "Targets to revise, with the reason (the council decides)."
            ),
        }
        for name in ev.FIELDS:
            self.part_labels[name].setText(self._part_name(name))
            self.editors[name].setPlaceholderText(placeholders[name])
        self._show_attention_title(self.attention_count)
        self.revisions.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Period"), self.tr("Target"), self.tr("Reason")]
        )
        self.draft_button.setText(self.tr("Draft from the data"))
        self.draft_button.setToolTip(self.tr("Fill the empty parts from the figures of the period"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the evaluation (Ctrl+S)"))
        self.submit_button.setText(self.tr("Submit the round"))
        self.approve_button.setText(self.tr("Approve the round"))
        if self._key is not None:
            self._read_side()
            self._update_state()


PAGE = EvaluationPage
