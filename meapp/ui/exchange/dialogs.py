"""Exchange packages in the GUI: export a programme or chosen periods, import with a preview.

The import dialog is the GUI face of `preview_package` and `import_package`: it shows what
the package would change (new, changed, unchanged, conflicting, outdated, locked rows per
table), the changed and conflicting rows with both values — this database's and the
package's — and lets the user decide each conflict (or all one way). It shows who signed
the package, with its certificate's SHA-256 fingerprint, and what that means for its
municipality: a first signer, another signer than before, or an unsigned package is
imported only when the user says yes to that question. The
import itself is one transaction in the service; the preview changes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import ValidationError
from meapp.models.numbers import format_number
from meapp.ui import labels, style
from meapp.ui.common import file_dialogs
from meapp.ui.common.table_texts import read_only_cell as _cell
from meapp.ui.common.table_texts import table_rows
from meapp.ui.context import AppContext
from meapp.ui.i18n import QT_TRANSLATE_NOOP, ui_translate
from meapp.ui.messages import show_error, show_info
from meapp.ui.signing.dialogs import ask_password, run_and_wait

CONTEXT = "ExchangeDialogs"


def _tr(text: str) -> str:
    """A marked constant (QT_TRANSLATE_NOOP) in the language shown now."""
    return QCoreApplication.translate(CONTEXT, text)


TABLE_LABELS = {
    "municipality": QT_TRANSLATE_NOOP("ExchangeDialogs", "Municipality"),
    "program": QT_TRANSLATE_NOOP("ExchangeDialogs", "Programme"),
    "plan_item": QT_TRANSLATE_NOOP("ExchangeDialogs", "Plan items"),
    "measure_budget": QT_TRANSLATE_NOOP("ExchangeDialogs", "Measure budgets"),
    "measure_budget_year": QT_TRANSLATE_NOOP("ExchangeDialogs", "Measure budgets per year"),
    "indicator": QT_TRANSLATE_NOOP("ExchangeDialogs", "Indicators"),
    "indicator_target": QT_TRANSLATE_NOOP("ExchangeDialogs", "Targets"),
    "working_group": QT_TRANSLATE_NOOP("ExchangeDialogs", "Working group"),
    "group_member": QT_TRANSLATE_NOOP("ExchangeDialogs", "Group members"),
    "swot_item": QT_TRANSLATE_NOOP("ExchangeDialogs", "SWOT items"),
    "risk": QT_TRANSLATE_NOOP("ExchangeDialogs", "Risks"),
    "deadline_setting": QT_TRANSLATE_NOOP("ExchangeDialogs", "Reporting calendar"),
    "public_check": QT_TRANSLATE_NOOP("ExchangeDialogs", "Public checks"),
    "hearing": QT_TRANSLATE_NOOP("ExchangeDialogs", "Hearings"),
    "proposal": QT_TRANSLATE_NOOP("ExchangeDialogs", "Proposals"),
    "actual": QT_TRANSLATE_NOOP("ExchangeDialogs", "Actual values"),
    "measure_progress": QT_TRANSLATE_NOOP("ExchangeDialogs", "Measure progress"),
    "measure_spending": QT_TRANSLATE_NOOP("ExchangeDialogs", "Spending"),
    "evidence": QT_TRANSLATE_NOOP("ExchangeDialogs", "Evidence files"),
    "evaluation": QT_TRANSLATE_NOOP("ExchangeDialogs", "Evaluations"),
    "target_revision": QT_TRANSLATE_NOOP("ExchangeDialogs", "Target revisions"),
    "reporting_round": QT_TRANSLATE_NOOP("ExchangeDialogs", "Reporting rounds"),
}
COLUMN_LABELS = {
    "value": QT_TRANSLATE_NOOP("ExchangeDialogs", "value"),
    "comment": QT_TRANSLATE_NOOP("ExchangeDialogs", "comment"),
    "status": QT_TRANSLATE_NOOP("ExchangeDialogs", "status"),
    "percent_complete": QT_TRANSLATE_NOOP("ExchangeDialogs", "% complete"),
    "amount": QT_TRANSLATE_NOOP("ExchangeDialogs", "amount"),
    "target": QT_TRANSLATE_NOOP("ExchangeDialogs", "target"),
    "title": QT_TRANSLATE_NOOP("ExchangeDialogs", "title"),
    "name": QT_TRANSLATE_NOOP("ExchangeDialogs", "name"),
    "state": QT_TRANSLATE_NOOP("ExchangeDialogs", "state"),
    "summary": QT_TRANSLATE_NOOP("ExchangeDialogs", "summary"),
}
KIND_LABELS = {
    "new": QT_TRANSLATE_NOOP("ExchangeDialogs", "new"),
    "changed": QT_TRANSLATE_NOOP("ExchangeDialogs", "changed"),
    "unchanged": QT_TRANSLATE_NOOP("ExchangeDialogs", "unchanged"),
    "conflict": QT_TRANSLATE_NOOP("ExchangeDialogs", "conflicting"),
    "outdated": QT_TRANSLATE_NOOP("ExchangeDialogs", "outdated"),
    "locked": QT_TRANSLATE_NOOP("ExchangeDialogs", "locked"),
}
PACKAGE_FILTER = QT_TRANSLATE_NOOP("ExchangeDialogs", "meapp packages (*.mepkg);;All files (*)")
COUNT_KINDS = ("new", "changed", "unchanged", "conflict", "outdated", "locked")


def table_label(name: str) -> str:
    return _tr(TABLE_LABELS[name]) if name in TABLE_LABELS else name


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate(CONTEXT, "yes")
            if value
            else QCoreApplication.translate(CONTEXT, "no")
        )
    if isinstance(value, (int, float)):
        return format_number(value)
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def values_text(row: dict[str, Any] | None, columns: tuple[str, ...]) -> str:
    """The differing columns of one side, one per line ("value: 12,5")."""
    if row is None:
        return "–"
    if len(columns) == 1:
        return _value_text(row.get(columns[0]))
    return "\n".join(
        f"{_tr(COLUMN_LABELS[c]) if c in COLUMN_LABELS else c}: {_value_text(row.get(c))}"
        for c in columns
    )


def _reload_window(widget: QWidget | None, program_id: str | None) -> None:
    """Ask the main window (the first ancestor that has `reload_programs`) to re-read the
    programmes, selecting the imported one, and the rounds."""
    while widget is not None and not callable(getattr(widget, "reload_programs", None)):
        widget = widget.parentWidget()
    if widget is None:
        return
    widget.reload_programs(select_id=program_id)  # type: ignore[attr-defined]
    reload_rounds = getattr(widget, "reload_rounds", None)
    if callable(reload_rounds):
        reload_rounds()


# -- export -----------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Write the programme, or the data of chosen periods, to a `.mepkg` file."""

    def __init__(
        self, ctx: AppContext, program_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from meapp.services.dashboard.scope import program_periods
        from meapp.services.monitoring.rounds import rounds_by_period
        from meapp.services.plan.programs import list_programs

        self.ctx = ctx
        self.program = next((p for p in list_programs(ctx.db) if p.id == program_id), None)
        self.result_: Any = None
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        self.program_label = QLabel()
        self.program_label.setWordWrap(True)
        self.program_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.program_label)

        self.scope_box = QGroupBox()
        sl = QVBoxLayout(self.scope_box)
        self.whole = QRadioButton()
        self.chosen = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.chosen)
        self.whole.setChecked(True)
        self.periods = QListWidget()
        self.periods.setMaximumHeight(170)
        sl.addWidget(self.whole)
        sl.addWidget(self.chosen)
        sl.addWidget(self.periods)
        layout.addWidget(self.scope_box)
        if self.program is not None:
            rounds = rounds_by_period(ctx.db, self.program.id)
            for code in program_periods(
                self.program.start_year, self.program.end_year, self.program.frequency, list(rounds)
            ):
                rnd = rounds.get(code)
                item = QListWidgetItem(style.icon(f"round-{rnd.state if rnd else 'open'}"), "")
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.periods.addItem(item)

        self.file_box = QGroupBox()
        fl = QHBoxLayout(self.file_box)
        self.file = QLineEdit()
        self.browse = QPushButton()
        fl.addWidget(self.file, 1)
        fl.addWidget(self.browse)
        layout.addWidget(self.file_box)

        self.sign = QCheckBox()
        self.sign_note = QLabel()
        self.sign_note.setObjectName("Muted")
        self.sign_note.setWordWrap(True)
        layout.addWidget(self.sign)
        layout.addWidget(self.sign_note)
        layout.addStretch(1)
        self.has_identity = self._has_identity()
        self.sign.setChecked(self.has_identity)
        self.sign.setEnabled(self.has_identity)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.export_button.setEnabled(self.program is not None)
        self.whole.toggled.connect(self._scope_changed)
        self.periods.itemChanged.connect(lambda _i: self._suggest_file())
        self.browse.clicked.connect(self._browse)
        self._scope_changed()
        self.retranslate_ui()

    def _has_identity(self) -> bool:
        from meapp.services.signing.identity import get_identity

        if self.ctx.actor.login is None:
            return False
        try:
            return get_identity(self.ctx.db, self.ctx.actor.login) is not None
        except Exception:  # noqa: BLE001 - an unreadable identity just means "unsigned"
            return False

    def chosen_periods(self) -> list[str]:
        return [
            self.periods.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.periods.count())
            if self.periods.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_periods(self, codes: list[str]) -> None:
        self.chosen.setChecked(True)
        for i in range(self.periods.count()):
            item = self.periods.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _scope_changed(self) -> None:
        self.periods.setEnabled(self.chosen.isChecked())
        self._suggest_file()

    def _suggest_file(self) -> None:
        if self.program is None or self.file.isModified():
            return
        part = "all" if self.whole.isChecked() else "_".join(self.chosen_periods()) or "periods"
        self.file.setText(
            str(
                file_dialogs.folder_for(file_dialogs.PACKAGES) / f"{self.program.code}-{part}.mepkg"
            )
        )

    def _browse(self) -> None:
        path = file_dialogs.save_file(
            self,
            file_dialogs.PACKAGES,
            QCoreApplication.translate(CONTEXT, "Export package"),
            self.file.text() or "package.mepkg",
            _tr(PACKAGE_FILTER),
        )
        if path:
            if not path.lower().endswith(".mepkg"):
                path += ".mepkg"
            self.file.setText(path)
            self.file.setModified(True)

    def export(self) -> bool:
        from meapp.services.exchange.export import export_package

        if self.program is None:
            return False
        periods = None if self.whole.isChecked() else self.chosen_periods()
        if periods is not None and not periods:
            show_error(self, ValidationError("choose at least one period to export"))
            return False
        target = self.file.text().strip()
        if not target:
            show_error(self, ValidationError("choose the file to write the package to"))
            return False
        password = None
        if self.sign.isChecked():
            password = ask_password(
                self,
                QCoreApplication.translate(CONTEXT, "Sign the package"),
                QCoreApplication.translate(
                    CONTEXT, "Password of your signing identity ({login}):"
                ).format(login=self.ctx.actor.login),
            )
            if password is None:
                return False
        db, actor, pid = self.ctx.db, self.ctx.actor, self.program.id

        def work(progress: Any, cancelled: Any) -> Any:
            return export_package(
                db, actor, pid, periods, target,
                password=password, progress=progress, cancelled=cancelled,
            )  # fmt: skip

        result, error = run_and_wait(
            self, work, QCoreApplication.translate(CONTEXT, "Writing the package…")
        )
        if error is not None:
            show_error(self, error)
            return False
        self.result_ = result
        signed = (
            QCoreApplication.translate(CONTEXT, "Signed by {signer}.").format(signer=result.signer)
            if result.signed
            else QCoreApplication.translate(CONTEXT, "Not signed.")
        )
        show_info(
            self,
            QCoreApplication.translate(CONTEXT, "Package written: {file}").format(file=target),
            QCoreApplication.translate(
                CONTEXT, "{rows} rows and {files} evidence files. {signed}"
            ).format(
                rows=format_number(result.total_rows), files=result.evidence_files, signed=signed
            ),
        )
        self.accept()
        return True

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate(CONTEXT, "Export package"))
        if self.program is None:
            self.program_label.setText(
                QCoreApplication.translate(CONTEXT, "Choose a programme in the top bar first.")
            )
        else:
            self.program_label.setText(f"{self.program.municipality} · {self.program.title}")
        self.scope_box.setTitle(QCoreApplication.translate(CONTEXT, "What to send"))
        self.whole.setText(
            QCoreApplication.translate(
                CONTEXT, "The &whole programme (the first package, or everything again)"
            )
        )
        self.chosen.setText(QCoreApplication.translate(CONTEXT, "The data of &chosen periods:"))
        for i in range(self.periods.count()):
            item = self.periods.item(i)
            item.setText(labels.period(item.data(Qt.ItemDataRole.UserRole)))
        self.file_box.setTitle(QCoreApplication.translate(CONTEXT, "Package file"))
        self.browse.setText(QCoreApplication.translate(CONTEXT, "&Browse…"))
        self.sign.setText(
            QCoreApplication.translate(CONTEXT, "&Sign the package with my signing identity")
        )
        self.sign_note.setText(
            QCoreApplication.translate(
                CONTEXT,
                "The receiver sees who sent the package and that nothing changed on the way.",
            )
            if self.has_identity
            else QCoreApplication.translate(
                CONTEXT,
                "You have no signing identity, so the package goes unsigned. Create one with "
                "File → My signing identity…",
            )
        )
        self.export_button.setText(QCoreApplication.translate(CONTEXT, "&Export"))


# -- import -----------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Choose a package, see what it would change, resolve conflicts, confirm the signer,
    import in one transaction."""

    CHANGE_COLUMNS = 7
    CHOICE_COLUMN = 6

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: Any = None
        self.result_: Any = None
        self._changes: list[Any] = []
        self._choices: dict[str, QComboBox] = {}
        self.resize(1200, 720)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel()
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file_label.setBuddy(self.file)
        self.choose = QPushButton()
        top.addWidget(self.file_label)
        top.addWidget(self.file, 1)
        top.addWidget(self.choose)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.trust_box = QGroupBox()
        tl = QVBoxLayout(self.trust_box)
        self.trust_text = QLabel()
        self.trust_text.setWordWrap(True)
        self.signer_text = QLabel()
        self.signer_text.setWordWrap(True)
        self.signer_text.setObjectName("Muted")
        self.signer_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_signer = QCheckBox()
        tl.addWidget(self.trust_text)
        tl.addWidget(self.signer_text)
        tl.addWidget(self.accept_signer)
        layout.addWidget(self.trust_box)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.counts = QTableWidget(0, 1 + len(COUNT_KINDS))
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.verticalHeader().setVisible(False)
        ch = self.counts.horizontalHeader()
        ch.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ch.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        changes_box = QWidget()
        cl = QVBoxLayout(changes_box)
        cl.setContentsMargins(0, 0, 0, 0)
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes = QTableWidget(0, self.CHANGE_COLUMNS)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.verticalHeader().setVisible(False)
        self.changes.setWordWrap(True)
        hh = self.changes.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        self.all_mine = QPushButton()
        self.all_theirs = QPushButton()
        row.addWidget(self.changes_label, 1)
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        cl.addLayout(row)
        cl.addWidget(self.changes, 1)
        splitter.addWidget(self.counts)
        splitter.addWidget(changes_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.import_)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choose.clicked.connect(self._choose)
        self.all_mine.clicked.connect(lambda: self.choose_all("mine"))
        self.all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        self.accept_signer.toggled.connect(lambda _on: self._update_buttons())
        self.choose.setEnabled(not ctx.read_only and ctx.actor.can("package.import"))
        self.retranslate_ui()
        if path:
            self.load(path)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.changes.resizeRowsToContents()  # with the final column widths

    # -- loading ------------------------------------------------------------------------
    def _choose(self) -> None:
        path = file_dialogs.open_file(
            self,
            file_dialogs.PACKAGES,
            QCoreApplication.translate(CONTEXT, "Import package"),
            _tr(PACKAGE_FILTER),
            start=self.file.text(),
        )
        if path:
            self.load(path)

    def load(self, path: str) -> bool:
        from meapp.services.exchange.import_ import preview_package

        db = self.ctx.db
        self.file.setText(path)
        preview, error = run_and_wait(
            self,
            lambda _p, _c: preview_package(db, path),
            QCoreApplication.translate(CONTEXT, "Checking the package…"),
        )
        if error is not None:
            self.preview = None
            self._show_preview()
            show_error(self, error)
            return False
        self.preview = preview
        self._show_preview()
        return True

    def _show_preview(self) -> None:
        p = self.preview
        self._choices.clear()
        if p is None:
            self.summary.setText(
                QCoreApplication.translate(
                    CONTEXT, "Choose a package file (.mepkg) to see what it would change."
                )
            )
            self.trust_box.setVisible(False)
            self.counts.setRowCount(0)
            self.changes.setRowCount(0)
            self._changes = []
            self._update_buttons()
            return
        periods = ", ".join(labels.period(c) for c in p.periods) or "–"
        holds = (
            QCoreApplication.translate(
                CONTEXT, "Holds the whole programme, with the data of {periods}."
            )
            if p.whole_program
            else QCoreApplication.translate(CONTEXT, "Holds the data of {periods}.")
        )
        lines = [
            QCoreApplication.translate(CONTEXT, "{municipality} · {title} ({code})").format(
                municipality=p.municipality, title=p.program_title, code=p.program_code
            ),
            holds.format(periods=periods),
            QCoreApplication.translate(CONTEXT, "Sent by {sender} on {date}.").format(
                sender=p.sender_name or p.sender_login or "?",
                date=(p.created_at or "?").replace("T", " ").rstrip("Z"),
            ),
        ]
        if not p.program_known:
            lines.append(
                QCoreApplication.translate(
                    CONTEXT, "The programme is new here: it will be created."
                )
            )
        if p.already_newer:
            lines.append(
                QCoreApplication.translate(
                    CONTEXT,
                    "Nothing would change: this database already has newer data than the "
                    "package (rows move forward only).",
                )
            )
        elif p.changes_nothing:
            lines.append(
                QCoreApplication.translate(
                    CONTEXT, "Nothing would change: this database already holds all of it."
                )
            )
        if p.locked:
            lines.append(
                QCoreApplication.translate(
                    CONTEXT,
                    "Rows that would change approved (locked) periods here: %n. The package "
                    "cannot be imported; an administrator can reopen the round first.",
                    None,
                    len(p.locked),
                )
            )
        self.summary.setText("\n".join(lines))
        self._show_trust(p)
        self._fill_counts(p)
        self._fill_changes(p)
        self._update_buttons()

    def _show_trust(self, p: Any) -> None:
        from meapp.services.exchange import trust

        decision = p.trust
        self.trust_box.setVisible(True)
        colour = {
            trust.KNOWN: style.ON_TRACK,
            trust.FIRST: style.AT_RISK,
            trust.UNSIGNED: style.AT_RISK,
        }.get(decision.state, style.OFF_TRACK)
        mark = {trust.KNOWN: "✔"}.get(decision.state, "⚠")
        self.trust_text.setText(f"{mark} {decision.text(ui_translate)}")
        self.trust_text.setStyleSheet(f"color: {colour}; font-weight: bold;")
        signer = decision.signer
        if signer is not None:
            parts = [signer.common_name]
            if signer.title:
                parts.append(signer.title)
            if signer.organisation:
                parts.append(signer.organisation)
            self.signer_text.setText(
                QCoreApplication.translate(
                    CONTEXT, "Signer's certificate: {who}; valid {start} – {end}; SHA-256 {sha256}"
                ).format(
                    who=", ".join(parts),
                    start=signer.not_before[:10],
                    end=signer.not_after[:10],
                    sha256=signer.sha256,
                )
            )
        else:
            self.signer_text.setText(
                QCoreApplication.translate(
                    CONTEXT, "Nobody vouches for where this package comes from."
                )
            )
        self.signer_text.setVisible(True)
        self.accept_signer.setText(self._question(decision))
        # a package that changes nothing needs no yes (the import would write nothing)
        self.accept_signer.setVisible(decision.needs_confirmation and not p.changes_nothing)
        self.accept_signer.setChecked(False)

    @staticmethod
    def _question(decision: Any) -> str:
        """The explicit yes the import needs: to a signer (compared by its fingerprint) or
        to a package without a signature."""
        if decision.unsigned:
            return QCoreApplication.translate(
                CONTEXT, "I checked with the sender: import this unsigned package anyway"
            )
        return QCoreApplication.translate(
            CONTEXT,
            "I compared the SHA-256 fingerprint with the sender: import it and record this "
            "signer for {municipality}",
        ).format(municipality=decision.municipality)

    def _fill_counts(self, p: Any) -> None:
        tables = [t for t in p.tables if t.total]
        self.counts.setRowCount(len(tables) + 1)
        for row, t in enumerate(tables):
            self.counts.setItem(row, 0, _cell(table_label(t.table)))
            for col, kind in enumerate(COUNT_KINDS, start=1):
                self.counts.setItem(row, col, self._count_cell(kind, getattr(t, kind)))
        last = len(tables)
        total = _cell(QCoreApplication.translate(CONTEXT, "Total"))
        font = total.font()
        font.setBold(True)
        total.setFont(font)
        self.counts.setItem(last, 0, total)
        for col, kind in enumerate(COUNT_KINDS, start=1):
            item = self._count_cell(kind, p.total(kind))
            item.setFont(font)
            self.counts.setItem(last, col, item)

    @staticmethod
    def _count_cell(kind: str, n: int) -> QTableWidgetItem:
        colour = None
        if n and kind in ("conflict", "locked"):
            colour = style.OFF_TRACK
        item = _cell(format_number(n) if n else "·", colour)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _fill_changes(self, p: Any) -> None:
        shown = [c for c in p.changes if c.kind in ("conflict", "changed", "locked")]
        order = {"conflict": 0, "locked": 1, "changed": 2}
        shown.sort(key=lambda c: order[c.kind])
        self._changes = shown
        self.changes.setRowCount(len(shown))
        for row, c in enumerate(shown):
            colour = style.OFF_TRACK if c.kind in ("conflict", "locked") else None
            columns = c.columns or tuple(c.theirs or ())
            cells = [
                _cell(table_label(c.table)),
                _cell(c.label),
                _cell(labels.period(c.period) if c.period else "–"),
                _cell(_tr(KIND_LABELS[c.kind]), colour),
                _cell(values_text(c.mine, columns)),
                _cell(values_text(c.theirs, columns)),
            ]
            for col, item in enumerate(cells):
                self.changes.setItem(row, col, item)
            if c.kind == "conflict":
                combo = QComboBox()
                combo.addItem(QCoreApplication.translate(CONTEXT, "Keep mine"), "mine")
                combo.addItem(QCoreApplication.translate(CONTEXT, "Take theirs"), "theirs")
                combo.setCurrentIndex(-1)
                combo.setPlaceholderText(QCoreApplication.translate(CONTEXT, "Choose…"))
                combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
                self.changes.setCellWidget(row, self.CHOICE_COLUMN, combo)
                self._choices[c.row_id] = combo
            else:
                word = (
                    QCoreApplication.translate(CONTEXT, "taken")
                    if c.kind == "changed"
                    else QCoreApplication.translate(CONTEXT, "refused")
                )
                self.changes.setItem(row, self.CHOICE_COLUMN, _cell(word))
        self.changes.resizeRowsToContents()
        n_conflicts = len(p.conflicts)
        self.all_mine.setVisible(bool(n_conflicts))
        self.all_theirs.setVisible(bool(n_conflicts))
        if n_conflicts:
            self.changes_label.setText(
                QCoreApplication.translate(
                    CONTEXT,
                    "Rows changed both here and in the package: %n. For each, keep mine "
                    "(this database) or take theirs (the package).",
                    None,
                    n_conflicts,
                )
            )
        elif shown:
            self.changes_label.setText(
                QCoreApplication.translate(CONTEXT, "Rows the import would change:")
            )
        else:
            self.changes_label.setText(QCoreApplication.translate(CONTEXT, "No row would change."))

    # -- choices ------------------------------------------------------------------------
    def choose_all(self, choice: str) -> None:
        for combo in self._choices.values():
            combo.setCurrentIndex(combo.findData(choice))
        self._update_buttons()

    def resolutions(self) -> dict[str, str]:
        return {
            row_id: combo.currentData()
            for row_id, combo in self._choices.items()
            if combo.currentIndex() >= 0
        }

    def change_rows(self) -> list[list[str]]:
        """The table of changes as text (what a user reads), choice column aside."""
        return table_rows(self.changes, self.CHOICE_COLUMN)

    def _update_buttons(self) -> None:
        p = self.preview
        ready = (
            p is not None
            and p.can_import
            and not p.changes_nothing
            and len(self.resolutions()) == len(self._choices)
            and (not p.needs_confirmation or self.accept_signer.isChecked())
            and not self.ctx.read_only
            and self.ctx.actor.can("package.import")
        )
        self.import_button.setEnabled(bool(ready))

    # -- importing ----------------------------------------------------------------------
    def import_(self) -> bool:
        from meapp.services.exchange.import_ import import_package

        p = self.preview
        if p is None:
            return False
        db, actor, path = self.ctx.db, self.ctx.actor, self.file.text()
        resolutions = self.resolutions()
        accept = self.accept_signer.isChecked()
        unsigned = p.trust.unsigned  # the yes answers this package's question only

        def work(progress: Any, cancelled: Any) -> Any:
            return import_package(
                db, actor, path,
                resolutions=resolutions,
                accept_signer=accept and not unsigned, accept_unsigned=accept and unsigned,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip

        result, error = run_and_wait(
            self, work, QCoreApplication.translate(CONTEXT, "Importing the package…")
        )
        if error is not None:
            show_error(self, error)
            self.load(path)  # the database may have changed meanwhile: show it again
            return False
        self.result_ = result
        _reload_window(self.parentWidget(), result.program_id)
        show_info(self, *self.result_texts(result))
        self.load(path)
        return True

    @staticmethod
    def result_texts(result: Any) -> tuple[str, str]:
        lines = []
        if not result.changed_nothing:
            lines += [
                QCoreApplication.translate(CONTEXT, "New rows: {n}").format(
                    n=format_number(result.created)
                ),
                QCoreApplication.translate(CONTEXT, "Updated rows: {n}").format(
                    n=format_number(result.updated + result.replaced)
                ),
            ]
        if result.kept:
            lines.append(
                QCoreApplication.translate(CONTEXT, "Kept as they are here: {n}").format(
                    n=format_number(result.kept)
                )
            )
        if result.outdated:
            lines.append(
                QCoreApplication.translate(CONTEXT, "Older than here, left alone: {n}").format(
                    n=format_number(result.outdated)
                )
            )
        decision = result.trust
        if result.trust_recorded and decision is not None and decision.signer is not None:
            lines.append(
                QCoreApplication.translate(
                    CONTEXT, "The signer {signer} is now recorded for {municipality}."
                ).format(signer=decision.signer.common_name, municipality=decision.municipality)
            )
        if result.already_newer:
            title = QCoreApplication.translate(
                CONTEXT, "Nothing changed: this database already has newer data than the package."
            )
        elif result.changed_nothing:
            title = QCoreApplication.translate(
                CONTEXT, "Nothing changed: this database already holds everything in the package."
            )
        elif result.created_program:
            title = QCoreApplication.translate(
                CONTEXT, "The programme {code} was imported."
            ).format(code=result.program_code)
        else:
            title = QCoreApplication.translate(
                CONTEXT, "The package was imported into {code}."
            ).format(code=result.program_code)
        return title, "\n".join(lines)

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate(CONTEXT, "Import package"))
        self.file_label.setText(QCoreApplication.translate(CONTEXT, "&Package:"))
        self.choose.setText(QCoreApplication.translate(CONTEXT, "&Choose…"))
        self.trust_box.setTitle(QCoreApplication.translate(CONTEXT, "Sender's signature"))
        self.counts.setHorizontalHeaderLabels(
            [QCoreApplication.translate(CONTEXT, "Table")]
            + [_tr(KIND_LABELS[k]) for k in COUNT_KINDS]
        )
        self.changes.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate(CONTEXT, "Table"),
                QCoreApplication.translate(CONTEXT, "Row"),
                QCoreApplication.translate(CONTEXT, "Period"),
                QCoreApplication.translate(CONTEXT, "What"),
                QCoreApplication.translate(CONTEXT, "Mine (this database)"),
                QCoreApplication.translate(CONTEXT, "Theirs (the package)"),
                QCoreApplication.translate(CONTEXT, "Keep"),
            ]
        )
        self.all_mine.setText(QCoreApplication.translate(CONTEXT, "Keep all &mine"))
        self.all_theirs.setText(QCoreApplication.translate(CONTEXT, "Take all &theirs"))
        self.import_button.setText(QCoreApplication.translate(CONTEXT, "&Import"))
        self._show_preview()


# -- the File menu's entries ------------------------------------------------------------------


def open_export(window: Any) -> None:
    """File → Export package…: the programme chosen in the window's top bar."""
    ExportDialog(window.ctx, window.scope.program_id, window).exec()


def open_import(window: Any) -> None:
    """File → Import package…"""
    ImportDialog(window.ctx, window).exec()
