"""Signing in the GUI: sign a report, verify a signed PDF, manage one's signing identity.

The Reports page calls `sign_pdf_dialog` and `verify_pdf_dialog`; the File menu opens
`IdentityDialog` and `verify_pdf_dialog`. Everything goes through the signing services
(`meapp.services.signing`), so the app and `meapp sign` / `meapp verify` refuse and judge
alike. The password prompt (`ask_password`) and the waiting helper (`run_and_wait`) are
module functions: the exchange dialogs share them and tests replace the prompt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import (
    AuthenticationFailed,
    MeappError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from meapp.services.common.files import read_bytes, write_bytes
from meapp.ui import labels, style
from meapp.ui.common import file_dialogs
from meapp.ui.common.table_texts import read_only_cell as _cell
from meapp.ui.common.table_texts import table_rows
from meapp.ui.context import AppContext
from meapp.ui.i18n import ui_translate
from meapp.ui.messages import confirm, show_error, show_info

CONTEXT = "SigningDialogs"
OK_MARK = "✔"
BAD_MARK = "✖"
WARN_MARK = "⚠"


# -- shared helpers ---------------------------------------------------------------------------


def ask_password(parent: QWidget | None, title: str, text: str) -> str | None:
    """A password typed into a masked field; None when the user cancels."""
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok else None


def run_and_wait(
    parent: QWidget | None, work: Callable[[Any, Any], Any], label: str
) -> tuple[Any, BaseException | None]:
    """Run `work(progress, cancelled)` through `run_task` and wait for it, keeping the GUI
    alive (the progress dialog paints, Cancel works). Returns (result, error)."""
    from meapp.ui.worker import run_task

    outcome: dict[str, Any] = {"result": None, "error": None}
    loop = QEventLoop()

    def finished(result: Any) -> None:
        outcome["result"] = result

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc

    task = run_task(parent, work, label=label, on_finished=finished, on_failed=failed)
    task.finished.connect(lambda _r: loop.quit())
    task.failed.connect(lambda _e: loop.quit())
    if not task.done.is_set():
        loop.exec()
    return outcome["result"], outcome["error"]


def _same_program(a: str | None, b: str | None) -> bool:
    try:
        return uuid.UUID(str(a)) == uuid.UUID(str(b))
    except ValueError:
        return str(a) == str(b)


def _date(when: Any) -> str:
    return (
        when.astimezone().strftime("%d.%m.%Y %H:%M")
        if when
        else QCoreApplication.translate(CONTEXT, "unknown")
    )


def certificate_lines(info: Any) -> list[str]:
    """The certificate as a person reads it: who, what office, issued by whom, valid when."""
    lines = [QCoreApplication.translate(CONTEXT, "Name: {name}").format(name=info.common_name)]
    if info.title:
        lines.append(
            QCoreApplication.translate(CONTEXT, "Position: {position}").format(position=info.title)
        )
    if info.organisation:
        lines.append(
            QCoreApplication.translate(CONTEXT, "Organisation: {organisation}").format(
                organisation=info.organisation
            )
        )
    issuer = (
        QCoreApplication.translate(CONTEXT, "self-signed (made in meapp)")
        if info.self_signed
        else info.issuer
    )
    lines.append(QCoreApplication.translate(CONTEXT, "Issued by: {issuer}").format(issuer=issuer))
    lines.append(
        QCoreApplication.translate(CONTEXT, "Valid from {start} to {end}").format(
            start=info.not_before.strftime("%d.%m.%Y"), end=info.not_after.strftime("%d.%m.%Y")
        )
    )
    lines.append(
        QCoreApplication.translate(CONTEXT, "Fingerprint (SHA-256): {sha256}").format(
            sha256=info.sha256
        )
    )
    return lines


# -- signing ----------------------------------------------------------------------------------


def sign_pdf_dialog(
    parent: QWidget | None, ctx: AppContext, pdf_path: str, program_id: str, period: str
) -> bool:
    """Sign the report at `pdf_path` in place as the logged-in user (the next signatory:
    the chair's field, then the mayor's). True when the file was signed."""
    from meapp.services.signing.sign import check_signable, sign_report

    actor = ctx.actor
    if ctx.read_only or not (actor.can("report.sign") or actor.can("countersign")):
        show_error(
            parent,
            PermissionDenied(
                "the role {role} does not allow this action ({right})",
                role=actor.role,
                right="countersign",
            ),
        )
        return False
    path = Path(pdf_path)
    for first in (True, False):
        try:
            mark = check_signable(ctx.db, actor, path)
            break
        except NotFound as exc:
            if not first or not confirm(
                parent,
                error_text_of(exc),
                QCoreApplication.translate(
                    CONTEXT, "Create your signing identity now? It takes a minute."
                ),
            ):
                return False
            IdentityDialog(ctx, parent).exec()
        except MeappError as exc:
            show_error(parent, exc)
            return False
    if not _same_program(mark.program_id, program_id) or mark.period != period:
        show_error(
            parent,
            ValidationError(
                "{file} is the report of {period}, not of the period chosen; build the "
                "report again",
                file=path.name,
                period=mark.period or "",
            ),
        )
        return False
    db = ctx.db
    for _attempt in range(3):
        password = ask_password(
            parent,
            QCoreApplication.translate(CONTEXT, "Sign the report"),
            QCoreApplication.translate(
                CONTEXT, "Password of your signing identity ({login}):"
            ).format(login=actor.login),
        )
        if password is None:
            return False

        def work(_progress: Any, _cancelled: Any, password: str = password) -> Any:
            return sign_report(db, actor, path, password, translate=ui_translate)

        result, error = run_and_wait(
            parent, work, QCoreApplication.translate(CONTEXT, "Signing the report…")
        )
        if isinstance(error, AuthenticationFailed):
            show_error(parent, error)
            continue
        if error is not None:
            show_error(parent, error)
            return False
        who = result.signer + (f" ({result.position})" if result.position else "")
        show_info(
            parent,
            QCoreApplication.translate(CONTEXT, "The report is signed by {who}.").format(who=who),
            QCoreApplication.translate(
                CONTEXT,
                "The signature is in the field {field} of {file}. Anyone can check it in "
                "meapp, in Adobe Reader or with pdfsig.",
            ).format(field=result.field_name, file=path.name),
        )
        return True
    return False


def error_text_of(exc: BaseException) -> str:
    from meapp.ui.messages import error_text

    return error_text(exc)


# -- verifying --------------------------------------------------------------------------------


class VerifyDialog(QDialog):
    """Each signature of a PDF: who, in what office, when, intact or not, whether the
    document changed afterwards, whether the signer is trusted; and the overall verdict
    (the same as `meapp verify`)."""

    COLUMNS = 7

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.resize(1100, 460)
        layout = QVBoxLayout(self)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("Verdict")
        self.details = QLabel()
        self.details.setObjectName("Muted")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.table.resizeRowsToContents()  # with the final column widths

    def rows(self) -> list[list[str]]:
        """The table as text, row by row (what a user reads)."""
        return table_rows(self.table, self.COLUMNS)

    def retranslate_ui(self) -> None:
        report = self.report
        name = Path(report.file).name
        self.setWindowTitle(
            QCoreApplication.translate(CONTEXT, "Signatures of {file}").format(file=name)
        )
        n = len(report.signatures)
        if not report.signed:
            text, colour = (
                QCoreApplication.translate(CONTEXT, "{mark} {file} carries no signature.").format(
                    mark=WARN_MARK, file=name
                ),
                style.AT_RISK,
            )
        elif report.ok:
            text = QCoreApplication.translate(
                CONTEXT,
                "{mark} Valid: {n} signature(s), all intact and by trusted signers; nothing "
                "was changed after signing.",
            ).format(mark=OK_MARK, n=n)
            colour = style.ON_TRACK
        else:
            failure = report.failure()
            text = QCoreApplication.translate(CONTEXT, "{mark} NOT VALID: {reason}").format(
                mark=BAD_MARK, reason=error_text_of(failure) if failure is not None else ""
            )
            colour = style.OFF_TRACK
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 12pt;")
        mark = report.mark
        if mark.period:
            lines = [
                QCoreApplication.translate(
                    CONTEXT, "Report of the period {period}; data fingerprint {fingerprint}"
                ).format(
                    period=labels.period(mark.period),
                    fingerprint=(mark.fingerprint or "")[:16] + "…",
                )
            ]
            data = report.data
            if data is None:
                lines.append(
                    QCoreApplication.translate(
                        CONTEXT,
                        "This database does not hold the report's programme: its figures "
                        "were not compared with approved data.",
                    )
                )
            elif data.state == "match":
                lines.append(
                    QCoreApplication.translate(
                        CONTEXT, "The figures are the approved data of this database."
                    )
                )
            self.details.setText("\n".join(lines))
        else:
            self.details.setText(
                QCoreApplication.translate(CONTEXT, "Not a meapp report: no data fingerprint.")
            )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate(CONTEXT, "No."),
                QCoreApplication.translate(CONTEXT, "Signer"),
                QCoreApplication.translate(CONTEXT, "Signed at"),
                QCoreApplication.translate(CONTEXT, "Signature"),
                QCoreApplication.translate(CONTEXT, "Document"),
                QCoreApplication.translate(CONTEXT, "Signer known"),
                QCoreApplication.translate(CONTEXT, "Field"),
            ]
        )
        self.table.setRowCount(n)
        for row, sig in enumerate(report.signatures):
            who = sig.signer + (f"\n{sig.position}" if sig.position else "")
            if sig.intact:
                intact = _cell(
                    f"{OK_MARK} " + QCoreApplication.translate(CONTEXT, "intact"), style.ON_TRACK
                )
            else:
                intact = _cell(
                    f"{BAD_MARK} "
                    + QCoreApplication.translate(CONTEXT, "broken: the signed content was altered"),
                    style.OFF_TRACK,
                    sig.problem or "",
                )
            if sig.changed_after_signing:
                doc = _cell(
                    f"{BAD_MARK} " + QCoreApplication.translate(CONTEXT, "changed after signing"),
                    style.OFF_TRACK,
                )
            elif sig.covers_whole_document:
                doc = _cell(
                    f"{OK_MARK} "
                    + QCoreApplication.translate(CONTEXT, "covers the whole document"),
                    style.ON_TRACK,
                )
            else:
                doc = _cell(
                    f"{OK_MARK} "
                    + QCoreApplication.translate(
                        CONTEXT, "later only further signatures were added"
                    ),
                    style.ON_TRACK,
                )
            if not sig.intact:
                trusted = _cell("–")  # a broken signature vouches for no one
            elif sig.trusted:
                trusted = _cell(
                    f"{OK_MARK} " + QCoreApplication.translate(CONTEXT, "trusted"), style.ON_TRACK
                )
            else:
                trusted = _cell(
                    f"{BAD_MARK} " + QCoreApplication.translate(CONTEXT, "unknown signer"),
                    style.OFF_TRACK,
                    QCoreApplication.translate(
                        CONTEXT,
                        "The certificate (SHA-256 {sha256}) is not in your list of trusted "
                        "signatories.",
                    ).format(sha256=sig.certificate_sha256),
                )
            if sig.box_ok is False:
                field = _cell(
                    f"{BAD_MARK} {sig.field_name}",
                    style.OFF_TRACK,
                    QCoreApplication.translate(
                        CONTEXT, "{login} does not hold this box: it is another role's."
                    ).format(login=sig.signer_login or ""),
                )
            else:
                field = _cell(sig.field_name)
            cells = [
                _cell(str(row + 1)),
                _cell(who),
                _cell(_date(sig.signing_time)),
                intact,
                doc,
                trusted,
                field,
            ]
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.note.setText(
            QCoreApplication.translate(
                CONTEXT,
                "Anyone can make a certificate in any name, so a signature by an unknown "
                "signer makes the report not valid even when it is intact. If the "
                "certificate is theirs (compare its SHA-256 with them), add it to the "
                "trusted signatories (My signing identity…).",
            )
        )


def verify_pdf_dialog(parent: QWidget | None, ctx: AppContext, pdf_path: str | None) -> None:
    """Check every signature of a PDF (asking for the file when None) and show them."""
    from dataclasses import replace

    from meapp.services.signing.identity import trusted_certificates
    from meapp.services.signing.verify import program_in, report_data, verify_pdf

    if pdf_path is None:
        pdf_path = file_dialogs.open_file(
            parent,
            file_dialogs.REPORTS,
            QCoreApplication.translate(CONTEXT, "Verify a signed PDF"),
            QCoreApplication.translate(CONTEXT, "PDF files (*.pdf);;All files (*)"),
        )
        if not pdf_path:
            return
    db = ctx.db

    def work(_progress: Any, _cancelled: Any) -> Any:
        # The same verdicts as `meapp verify --db`: the figures are compared with the open
        # database whenever it holds the report's programme.
        report = verify_pdf(Path(pdf_path), trusted_certificates(db), signers_db=db)
        if program_in(db, report.mark):
            report = replace(report, data=report_data(db, report))
        return report

    report, error = run_and_wait(
        parent, work, QCoreApplication.translate(CONTEXT, "Checking the signatures…")
    )
    if error is not None:
        show_error(parent, error)
        return
    VerifyDialog(report, parent).exec()


# -- the identity dialog ----------------------------------------------------------------------


def _signs_reports(ctx: AppContext) -> bool:
    """Only those who sign (the chair, the mayor: `signing.boxes`) keep an identity."""
    from meapp.services.signing.boxes import may_hold_identity

    actor = ctx.actor
    return bool(actor.login) and may_hold_identity(ctx.db, actor.login or "", actor.role)


class IdentityDialog(QDialog):
    """The user's signing identity (create, import PKCS#12, export the certificate) and the
    trusted signatories' certificates."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.login = ctx.actor.login
        self.resize(780, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        # -- my identity
        mine = QWidget()
        mlayout = QVBoxLayout(mine)
        self.current_box = QGroupBox()
        cl = QVBoxLayout(self.current_box)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cl.addWidget(self.current)
        row = QHBoxLayout()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        cl.addLayout(row)
        mlayout.addWidget(self.current_box)

        self.create_box = QGroupBox()
        form = QFormLayout(self.create_box)
        self.name_label, self.name = QLabel(), QLabel()
        self.position_label, self.position = QLabel(), QLabel()
        self.org_label, self.organisation = QLabel(), QLabel()
        for w in (self.name, self.position, self.organisation):
            w.setWordWrap(True)
        self.password_label, self.password = QLabel(), QLineEdit()
        self.repeat_label, self.repeat = QLabel(), QLineEdit()
        for edit, label in ((self.password, self.password_label), (self.repeat, self.repeat_label)):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            label.setBuddy(edit)
        self.years_label, self.years = QLabel(), QSpinBox()
        self.years.setRange(1, 30)
        self.years.setValue(5)
        self.years_label.setBuddy(self.years)
        self.password_hint = QLabel()
        self.password_hint.setObjectName("Muted")
        self.password_hint.setWordWrap(True)
        self.create_button = QPushButton()
        form.addRow(self.name_label, self.name)
        form.addRow(self.position_label, self.position)
        form.addRow(self.org_label, self.organisation)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow(self.years_label, self.years)
        form.addRow(self.password_hint)
        create_row = QHBoxLayout()
        create_row.addWidget(self.create_button)
        create_row.addStretch(1)
        form.addRow(create_row)
        mlayout.addWidget(self.create_box)
        mlayout.addStretch(1)
        self.tabs.addTab(mine, "")

        # -- trusted signatories
        trusted = QWidget()
        tlayout = QVBoxLayout(trusted)
        self.trusted_note = QLabel()
        self.trusted_note.setWordWrap(True)
        self.trusted_note.setObjectName("Muted")
        self.trusted_table = QTableWidget(0, 4)
        self.trusted_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trusted_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trusted_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trusted_table.verticalHeader().setVisible(False)
        th = self.trusted_table.horizontalHeader()
        th.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.trusted_empty = QLabel()
        self.trusted_empty.setWordWrap(True)
        trow = QHBoxLayout()
        self.add_trusted_button = QPushButton()
        self.remove_trusted_button = QPushButton()
        trow.addWidget(self.add_trusted_button)
        trow.addWidget(self.remove_trusted_button)
        trow.addStretch(1)
        tlayout.addWidget(self.trusted_note)
        tlayout.addWidget(self.trusted_table, 1)
        tlayout.addWidget(self.trusted_empty)
        tlayout.addLayout(trow)
        self.tabs.addTab(trusted, "")

        self.signer = self.login is not None and _signs_reports(ctx)
        can_manage = not ctx.read_only and self.signer and ctx.actor.can("identity.manage")
        for widget in (
            self.create_button, self.import_button, self.password, self.repeat, self.years
        ):  # fmt: skip
            widget.setEnabled(can_manage)
        self.add_trusted_button.setEnabled(not ctx.read_only)
        self.create_button.clicked.connect(self.create_identity)
        self.import_button.clicked.connect(self.import_identity)
        self.export_button.clicked.connect(self.export_certificate)
        self.add_trusted_button.clicked.connect(self.add_trusted)
        self.remove_trusted_button.clicked.connect(self.remove_trusted)
        self.trusted_table.itemSelectionChanged.connect(self._selection_changed)
        self._trusted: list[Any] = []
        self.retranslate_ui()

    # -- reading ------------------------------------------------------------------------
    def _own(self, read: Callable[[Any, str], Any], missing: type[Exception]) -> Any:
        """What `read(db, login)` says of the logged-in user; None without a login, or when
        it raises `missing` (no such record)."""
        if self.login is None:
            return None
        try:
            return read(self.ctx.db, self.login)
        except missing:
            return None

    def identity(self) -> Any:
        from meapp.services.signing.identity import get_identity

        return self._own(get_identity, NotFound)

    def refresh(self) -> None:
        dto = self.identity()
        if self.login is None:
            self.current.setText(
                QCoreApplication.translate(CONTEXT, "Log in to keep a signing identity.")
            )
        elif dto is None and not self.signer:
            self.current.setText(
                QCoreApplication.translate(
                    CONTEXT,
                    "Only the chair of the working group and the mayor sign reports, so you "
                    "need no signing identity. You can still trust colleagues' certificates.",
                )
            )
        elif dto is None:
            self.current.setText(
                QCoreApplication.translate(
                    CONTEXT,
                    "You have no signing identity yet. Create one below, or import the "
                    "PKCS#12 file (.p12, .pfx) a certificate authority gave you.",
                )
            )
        else:
            self.current.setText("\n".join(certificate_lines(dto.certificate)))
        self.export_button.setEnabled(dto is not None)
        self.create_button.setText(
            QCoreApplication.translate(CONTEXT, "Create")
            if dto is None
            else QCoreApplication.translate(CONTEXT, "Replace with a new one")
        )
        profile = self._profile()
        self.name.setText(profile.full_name if profile else "–")
        self.position.setText((profile.position if profile else None) or "–")
        self.organisation.setText((profile.organisation if profile else None) or "–")
        self._fill_trusted()

    def _profile(self) -> Any:
        from meapp.services.access.users import get_user

        return self._own(get_user, MeappError)

    def _fill_trusted(self) -> None:
        from meapp.services.signing.identity import list_trusted_certificates

        self._trusted = list_trusted_certificates()
        table = self.trusted_table
        table.setRowCount(len(self._trusted))
        for row, info in enumerate(self._trusted):
            cells = [
                info.common_name + (f"\n{info.title}" if info.title else ""),
                info.organisation or "",
                info.not_after.strftime("%d.%m.%Y"),
                info.sha256[:16] + "…",
            ]
            for col, text in enumerate(cells):
                item = _cell(text, tip=info.sha256 if col == 3 else "")
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        self.trusted_empty.setVisible(not self._trusted)
        self._selection_changed()

    def trusted_names(self) -> list[str]:
        return [i.common_name for i in self._trusted]

    def _selection_changed(self) -> None:
        self.remove_trusted_button.setEnabled(
            not self.ctx.read_only and bool(self.trusted_table.selectionModel().selectedRows())
        )

    # -- actions ------------------------------------------------------------------------
    def _confirm_replace(self) -> bool | None:
        """None: cancelled; False: no identity to replace; True: the user agreed to replace."""
        if self.identity() is None:
            return False
        if confirm(
            self,
            QCoreApplication.translate(CONTEXT, "Replace your signing identity?"),
            QCoreApplication.translate(
                CONTEXT,
                "Reports you signed stay valid, but new signatures will carry the new "
                "certificate: send it again to those who trust yours.",
            ),
        ):
            return True
        return None

    def _same_twice(self, password: str, repeat: str) -> bool:
        """The password typed twice alike; otherwise the refusal is shown."""
        if password != repeat:
            show_error(self, ValidationError("the two passwords differ; type the same one twice"))
            return False
        return True

    def _store_identity(self, store: Callable[[bool], Any], label: str) -> bool:
        """Ask before replacing an identity, then run `store(replace)` in the background
        under `label`; False when the user cancelled or the service refused (shown)."""
        replace = self._confirm_replace()
        if replace is None:
            return False
        _result, error = run_and_wait(self, lambda _p, _c: store(replace), label)
        if error is not None:
            show_error(self, error)
            return False
        return True

    def create_identity(self) -> bool:
        from meapp.services.signing.identity import create_identity

        password, repeat = self.password.text(), self.repeat.text()
        if not self._same_twice(password, repeat):
            return False
        db, actor, login, years = self.ctx.db, self.ctx.actor, self.login, self.years.value()

        def store(replace: bool) -> Any:
            return create_identity(db, actor, login or "", password, years=years, replace=replace)

        if not self._store_identity(
            store, QCoreApplication.translate(CONTEXT, "Making a key and a certificate…")
        ):
            return False
        self.password.clear()
        self.repeat.clear()
        self.refresh()
        show_info(
            self,
            QCoreApplication.translate(CONTEXT, "Your signing identity is ready."),
            QCoreApplication.translate(
                CONTEXT,
                "Export the certificate and give it to those who check your signatures, "
                "so they see you as a trusted signer.",
            ),
        )
        return True

    def import_identity(self) -> bool:
        from meapp.services.signing.identity import import_identity

        path = file_dialogs.open_file(
            self,
            file_dialogs.SIGNING,
            QCoreApplication.translate(CONTEXT, "Import a signing identity"),
            QCoreApplication.translate(CONTEXT, "PKCS#12 files (*.p12 *.pfx);;All files (*)"),
        )
        if not path:
            return False
        try:
            data = read_bytes(path)
        except MeappError as exc:
            show_error(self, exc)
            return False
        name = Path(path).name
        p12_password = ask_password(
            self,
            QCoreApplication.translate(CONTEXT, "Import a signing identity"),
            QCoreApplication.translate(CONTEXT, "Password of {file}:").format(file=name),
        )
        if p12_password is None:
            return False
        new = ask_password(
            self,
            QCoreApplication.translate(CONTEXT, "Import a signing identity"),
            QCoreApplication.translate(
                CONTEXT, "Your password to protect the key in meapp (your login password is best):"
            ),
        )
        if new is None:
            return False
        again = ask_password(
            self,
            QCoreApplication.translate(CONTEXT, "Import a signing identity"),
            QCoreApplication.translate(CONTEXT, "The same password again:"),
        )
        if again is None or not self._same_twice(new, again):
            return False
        db, actor, login = self.ctx.db, self.ctx.actor, self.login or ""

        def store(replace: bool) -> Any:
            return import_identity(
                db, actor, login, data, p12_password, new, replace=replace, file=name
            )

        if not self._store_identity(
            store, QCoreApplication.translate(CONTEXT, "Importing the signing identity…")
        ):
            return False
        self.refresh()
        show_info(
            self,
            QCoreApplication.translate(
                CONTEXT, "Your signing identity was imported from {file}."
            ).format(file=name),
        )
        return True

    def export_certificate(self) -> bool:
        from meapp.services.signing.identity import export_certificate

        path = file_dialogs.save_file(
            self,
            file_dialogs.SIGNING,
            QCoreApplication.translate(CONTEXT, "Export my certificate"),
            f"{self.login}-certificate.pem",
            QCoreApplication.translate(CONTEXT, "Certificate (*.pem *.cer *.crt *.der)"),
        )
        if not path:
            return False
        target = Path(path)
        fmt = "der" if target.suffix.lower() in (".der", ".cer") else "pem"
        try:
            write_bytes(target, export_certificate(self.ctx.db, self.login or "", fmt))
        except MeappError as exc:
            show_error(self, exc)
            return False
        show_info(
            self,
            QCoreApplication.translate(CONTEXT, "Certificate written: {file}").format(
                file=str(target)
            ),
            QCoreApplication.translate(
                CONTEXT, "It holds no secret: send it to those who check your signatures."
            ),
        )
        return True

    def add_trusted(self) -> bool:
        from meapp.services.signing.identity import add_trusted_certificate

        path = file_dialogs.open_file(
            self,
            file_dialogs.SIGNING,
            QCoreApplication.translate(CONTEXT, "Trust a signatory's certificate"),
            QCoreApplication.translate(
                CONTEXT, "Certificates (*.pem *.cer *.crt *.der);;All files (*)"
            ),
        )
        if not path:
            return False
        try:
            info = add_trusted_certificate(read_bytes(path), file=Path(path).name)
        except MeappError as exc:
            show_error(self, exc)
            return False
        self._fill_trusted()
        show_info(
            self,
            QCoreApplication.translate(CONTEXT, "Trusted: {name}").format(name=info.common_name),
            "\n".join(certificate_lines(info)[1:]),
        )
        return True

    def remove_trusted(self) -> bool:
        from meapp.services.signing.identity import remove_trusted_certificate

        rows = self.trusted_table.selectionModel().selectedRows()
        if not rows:
            return False
        info = self._trusted[rows[0].row()]
        if not confirm(
            self,
            QCoreApplication.translate(CONTEXT, "Stop trusting {name}?").format(
                name=info.common_name
            ),
            QCoreApplication.translate(
                CONTEXT, "Their signatures will show as by an unknown signer."
            ),
        ):
            return False
        try:
            remove_trusted_certificate(info.sha256)
        except MeappError as exc:
            show_error(self, exc)
            return False
        self._fill_trusted()
        return True

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate(CONTEXT, "My signing identity"))
        self.tabs.setTabText(0, QCoreApplication.translate(CONTEXT, "My signing identity"))
        self.tabs.setTabText(1, QCoreApplication.translate(CONTEXT, "Trusted signatories"))
        self.current_box.setTitle(QCoreApplication.translate(CONTEXT, "Current identity"))
        self.import_button.setText(QCoreApplication.translate(CONTEXT, "&Import a PKCS#12 file…"))
        self.export_button.setText(QCoreApplication.translate(CONTEXT, "&Export my certificate…"))
        self.create_box.setTitle(
            QCoreApplication.translate(CONTEXT, "Create a new identity (key and certificate)")
        )
        self.name_label.setText(QCoreApplication.translate(CONTEXT, "Name:"))
        self.position_label.setText(QCoreApplication.translate(CONTEXT, "Position:"))
        self.org_label.setText(QCoreApplication.translate(CONTEXT, "Organisation:"))
        self.password_label.setText(QCoreApplication.translate(CONTEXT, "&Password:"))
        self.repeat_label.setText(QCoreApplication.translate(CONTEXT, "&Repeat the password:"))
        self.years_label.setText(QCoreApplication.translate(CONTEXT, "&Valid for (years):"))
        self.password_hint.setText(
            QCoreApplication.translate(
                CONTEXT,
                "The name, position and organisation come from your user profile. Use your "
                "login password: meapp then re-protects the key when you change it.",
            )
        )
        self.trusted_note.setText(
            QCoreApplication.translate(
                CONTEXT,
                "Signatures by these people show as trusted. The users of this database "
                "count as trusted too.",
            )
        )
        self.trusted_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate(CONTEXT, "Name and position"),
                QCoreApplication.translate(CONTEXT, "Organisation"),
                QCoreApplication.translate(CONTEXT, "Valid until"),
                QCoreApplication.translate(CONTEXT, "SHA-256"),
            ]
        )
        self.trusted_empty.setText(
            QCoreApplication.translate(
                CONTEXT,
                "No trusted certificates yet. Add the certificate file a colleague exported.",
            )
        )
        self.add_trusted_button.setText(QCoreApplication.translate(CONTEXT, "&Add a certificate…"))
        self.remove_trusted_button.setText(QCoreApplication.translate(CONTEXT, "Re&move"))
        self.refresh()


# -- the File menu's entries ------------------------------------------------------------------


def open_identity(window: Any) -> None:
    """File → My signing identity…"""
    IdentityDialog(window.ctx, window).exec()


def open_verify(window: Any) -> None:
    """File → Verify a signed PDF…"""
    verify_pdf_dialog(window, window.ctx, None)
