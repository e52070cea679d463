"""The reports page: build a PDF report or an Excel workbook, look at its pages, open it, sign it.

On the left the user chooses what to build (kind, period — the top bar's by default — and
language), then Build… asks where to save (the documents folder, a file name that says what
it is) and runs the build in the background with a progress dialog and Cancel. The pages of a
PDF are shown on the right (pypdfium2); "Open the file" and "Show in folder" hand the file to
the system. Half-year and annual reports of an approved period can be signed here, and any
signed PDF verified (`meapp.ui.signing.dialogs`, loaded on first use). The files built lately
for the programme are listed under the buttons.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from meapp.models.periods import Period
from meapp.services.dashboard.scope import program_periods
from meapp.services.monitoring.rounds import RoundDTO, rounds_by_period
from meapp.services.reports.half_year import ReportCancelled
from meapp.ui import i18n, labels, messages
from meapp.ui.common import file_dialogs
from meapp.ui.context import AppContext, Scope
from meapp.ui.pages.base import EmptyState, Page, title_label
from meapp.ui.reports import build as rb
from meapp.ui.reports.preview import PdfPreview
from meapp.ui.worker import Task, run_task

log = logging.getLogger(__name__)


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the system (one place, so tests can replace it)."""
    return QDesktopServices.openUrl(url)


def _bold(label: QLabel) -> QLabel:
    label.setStyleSheet("font-weight: bold;")
    label.setWordWrap(True)
    return label


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: Task | None = None
        self.last: rb.BuiltReport | None = None
        self._rounds: dict[str, RoundDTO] = {}
        self._language_chosen = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 12)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = EmptyState("reports")
        self.stack.addWidget(self.empty)

        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)

        # -- left: what to build, the file, the recent list --------------------------------
        left = QWidget()
        left.setFixedWidth(380)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        self.heading = title_label()
        col.addWidget(self.heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        self.kind = QComboBox()
        self.period = QComboBox()
        self.language = QComboBox()
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.activated.connect(lambda _i: setattr(self, "_language_chosen", True))
        self.kind_label = QLabel()
        self.period_label = QLabel()
        self.language_label = QLabel()
        for label, widget in (
            (self.kind_label, self.kind),
            (self.period_label, self.period),
            (self.language_label, self.language),
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        col.addLayout(form)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.period.currentIndexChanged.connect(lambda _i: self._update_hint())
        self.hint = QLabel()
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        col.addWidget(self.hint)
        self.build_button = QPushButton()
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build_clicked)
        col.addWidget(self.build_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        col.addWidget(line)
        self.file_title = _bold(QLabel())
        self.file_line = QLabel()
        self.file_line.setWordWrap(True)
        self.file_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.file_title)
        col.addWidget(self.file_line)
        file_buttons = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.show_in_folder)
        file_buttons.addWidget(self.open_button)
        file_buttons.addWidget(self.folder_button)
        col.addLayout(file_buttons)
        sign_buttons = QHBoxLayout()
        self.sign_button = QPushButton()
        self.sign_button.clicked.connect(self.sign_clicked)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify_clicked)
        sign_buttons.addWidget(self.sign_button)
        sign_buttons.addWidget(self.verify_button)
        col.addLayout(sign_buttons)
        self.publish_button = QPushButton()
        self.publish_button.clicked.connect(self.publish_clicked)
        col.addWidget(self.publish_button)
        self.recent_title = _bold(QLabel())
        col.addWidget(self.recent_title)
        self.recent = QListWidget()
        self.recent.setWordWrap(True)
        self.recent.itemActivated.connect(self._recent_chosen)
        self.recent.itemClicked.connect(self._recent_chosen)
        col.addWidget(self.recent, 3)
        col.addStretch(1)
        row.addWidget(left)

        # -- right: the pages --------------------------------------------------------------
        self.view = QStackedWidget()
        self.no_preview = EmptyState("reports")
        self.preview = PdfPreview()
        self.view.addWidget(self.no_preview)
        self.view.addWidget(self.preview)
        row.addWidget(self.view, 1)
        self.stack.addWidget(content)
        self.content = content
        self.retranslate_ui()

    # -- scope ---------------------------------------------------------------------------
    def set_scope(self, scope: Scope) -> None:
        changed = scope.program_id != self.scope.program_id
        super().set_scope(scope)
        if scope.program is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.content)
        self._rounds = rounds_by_period(self.ctx.db, scope.program.id)
        if changed:
            self.last = None
            self.preview.clear()
            self._fill_kinds()  # a quarterly programme's period report is the quarterly one
            self.view.setCurrentWidget(self.no_preview)
        self._fill_periods()
        self._fill_recent()
        self._update_buttons()

    def _kind_label(self, key: str, period: str | None = None) -> str:
        """The kind's words; the period report of a quarter (or, without a period, of a
        quarterly programme) is the quarterly report."""
        program = self.scope.program
        quarterly = rb.is_quarterly(program.frequency if program else None, period)
        return QCoreApplication.translate("ReportKinds", rb.label_of(key, quarterly=quarterly))

    def _fill_kinds(self) -> None:
        """The kinds in the language of the UI, named for the programme's periods."""
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in rb.KINDS:
            self.kind.addItem(self._kind_label(kind.key), kind.key)
        index = self.kind.findData(current) if current else 0
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)

    def _kind(self) -> rb.ReportKind:
        return rb.kind_of(self.kind.currentData() or "half-year")

    def _fill_periods(self) -> None:
        """The periods the chosen kind takes: half-years (quarters), years, or none."""
        program = self.scope.program
        if program is None:
            return
        kind = self._kind()
        wanted = self.period.currentData() or self.scope.period
        codes = program_periods(
            program.start_year, program.end_year, program.frequency, list(self._rounds)
        )
        if kind.period == "year":
            codes = [str(y) for y in range(program.start_year, program.end_year + 1)]
            if wanted:
                wanted = str(Period.parse(wanted).year)
        elif program.frequency != "year":
            codes = [c for c in codes if not Period.parse(c).is_year]
            if wanted and Period.parse(wanted).is_year:
                wanted = self.scope.period
        self.period.blockSignals(True)
        self.period.clear()
        for code in codes:
            rnd = self._rounds.get(code)
            state = labels.round_state(rnd.state if rnd else "open")
            self.period.addItem(f"{labels.period(code)} · {state}", code)
        index = self.period.findData(wanted) if wanted else -1
        if index < 0 and self.scope.period:
            index = self.period.findData(self.scope.period)
        self.period.setCurrentIndex(index if index >= 0 else self.period.count() - 1)
        self.period.setEnabled(kind.period != "none")
        self.period.blockSignals(False)
        self._update_hint()

    def _kind_chosen(self, _index: int) -> None:
        self._fill_periods()

    def _chosen_period(self) -> str | None:
        if self._kind().period == "none":
            return None
        return self.period.currentData()

    def _update_hint(self) -> None:
        kind = self._kind()
        period = self._chosen_period()
        rnd = self._rounds.get(period) if period else None
        if kind.period == "none":
            text = self.tr("The workbook covers every period of the programme.")
        elif kind.signable and (rnd is None or rnd.state != "approved"):
            text = self.tr(
                "The period is not approved yet: the report is marked as a draft and cannot "
                "be signed."
            )
        elif kind.signable:
            text = self.tr("The period is approved: the report can be signed after it is built.")
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    # -- building ------------------------------------------------------------------------
    def _file_filter(self, kind: rb.ReportKind) -> str:
        return {
            ".pdf": self.tr("PDF documents (*.pdf)"),
            ".png": self.tr("PNG pictures (*.png)"),
            ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
        }[kind.suffix]

    def build_clicked(self) -> None:
        program = self.scope.program
        if program is None or (self.task is not None and not self.task.done.is_set()):
            return
        kind = self._kind()
        period = self._chosen_period()
        lang = self.language.currentData()
        path = file_dialogs.save_file(
            self,
            file_dialogs.REPORTS,
            self.tr("Save the report as"),
            rb.suggested_name(program.code, kind.key, period, lang),
            self._file_filter(kind),
        )
        if not path:
            return
        if not path.lower().endswith(kind.suffix):
            path += kind.suffix
        request = rb.BuildRequest(program.id, kind.key, period, lang, path)
        db = self.ctx.db
        self.build_button.setEnabled(False)
        self.task = run_task(
            self,
            lambda progress, cancelled: rb.build(db, request, progress, cancelled),
            label=self.tr("Building {what}…").format(what=self._kind_label(kind.key, period)),
            on_finished=self._built,
            on_failed=self._failed,
        )

    def _built(self, report: rb.BuiltReport) -> None:
        self.build_button.setEnabled(True)
        self.last = report
        if self.scope.program is not None:
            rb.remember(self.scope.program.id, report)
        self._show(report)
        self._fill_recent()

    def _failed(self, exc: BaseException) -> None:
        self.build_button.setEnabled(True)
        if isinstance(exc, ReportCancelled):
            self.file_title.setText(self.tr("Cancelled"))
            self.file_line.setText(self.tr("The build was cancelled; no file was written."))
            return
        if isinstance(exc, OSError):
            # a file open in another program (Windows locks it), a full disk, a folder
            # without write permission: the user can act on it, it is not a bug
            messages.show_info(
                self,
                self.tr("The file could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                ),
                self.tr(
                    "Close the file if another program has it open, or choose another folder. "
                    "Nothing in the database was changed."
                ),
            )
            return
        messages.show_error(self, exc)

    def _show(self, report: rb.BuiltReport) -> None:
        """Put a built file into the preview (PDF and PNG) and the file box."""
        self.last = report
        path = Path(report.path)
        self.file_title.setText(self._kind_label(report.kind, report.period))
        details = [path.name]
        if report.period:
            details.append(labels.period(report.period))
        details.append(i18n.LANGUAGE_NAMES.get(report.lang, report.lang))
        self.file_line.setText(" · ".join(details))
        self.file_line.setToolTip(str(path))
        if path.suffix.lower() in (".pdf", ".png") and path.is_file():
            try:
                self.preview.load(path)
            except Exception as exc:  # noqa: BLE001 - a damaged file: say so, keep the page
                log.warning("preview failed for %s", path, exc_info=True)
                self.view.setCurrentWidget(self.no_preview)
                self.no_preview.set_texts(self.tr("The file cannot be shown"), str(exc))
            else:
                self.view.setCurrentWidget(self.preview)
        else:
            self.preview.clear()
            self.view.setCurrentWidget(self.no_preview)
            self.no_preview.set_texts(
                self.tr("The Excel workbook is ready"),
                self.tr("Open it with Excel or LibreOffice Calc: “Open the file” on the left."),
            )
        self._update_buttons()

    def _fill_recent(self) -> None:
        self.recent.clear()
        program = self.scope.program
        reports = rb.recent_reports(program.id) if program else []
        for report in reports:
            kind = self._kind_label(report.kind, report.period)
            try:
                when = datetime.fromisoformat(report.built_at).strftime("%d.%m.%Y %H:%M")
            except ValueError:
                when = ""
            item = QListWidgetItem(f"{Path(report.path).name}\n{kind} · {when}")
            item.setToolTip(report.path)
            item.setData(Qt.ItemDataRole.UserRole, report)
            self.recent.addItem(item)
        self.recent_title.setVisible(bool(reports))
        self.recent.setVisible(bool(reports))

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        report = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(report, rb.BuiltReport):
            self._show(report)

    def _update_buttons(self) -> None:
        has_file = self.last is not None and Path(self.last.path).is_file()
        self.open_button.setEnabled(has_file)
        self.folder_button.setEnabled(has_file)
        # The chair signs the report just built; the mayor (countersign) usually signs a
        # file the chair sent: without a signable file built here, Sign… asks for one.
        # Only those who sign (the chair's and the mayor's boxes, signing.boxes) may.
        self.sign_button.setEnabled(not self.ctx.read_only and self._signs_reports())

    def _signs_reports(self) -> bool:
        from meapp.services.signing.boxes import may_hold_identity

        actor = self.ctx.actor
        key = (actor.login, actor.role)
        if getattr(self, "_signer_key", None) != key:
            self._signer_key = key
            self._signer = bool(actor.login) and may_hold_identity(
                self.ctx.db, actor.login or "", actor.role
            )
        return self._signer

    def _approved(self, period: str | None) -> bool:
        if period is None:
            return False
        rnd = self._rounds.get(period)
        return rnd is not None and rnd.state == "approved"

    # -- the file ------------------------------------------------------------------------
    def open_file(self) -> None:
        if self.last is not None and not open_url(QUrl.fromLocalFile(self.last.path)):
            messages.show_info(self, self.tr("The system could not open the file."), self.last.path)

    def show_in_folder(self) -> None:
        if self.last is not None:
            folder = str(Path(self.last.path).parent)
            if not open_url(QUrl.fromLocalFile(folder)):
                messages.show_info(self, self.tr("The system could not open the folder."), folder)

    def _last_signable(self) -> bool:
        last = self.last
        return (
            last is not None
            and Path(last.path).is_file()
            and rb.kind_of(last.kind).signable
            and self._approved(last.period)
        )

    def sign_clicked(self) -> None:
        from meapp.ui.signing import dialogs as signing_dialogs

        last = self.last
        if (
            self._last_signable()
            and last is not None
            and last.period is not None
            and self.scope.program is not None
        ):
            if signing_dialogs.sign_pdf_dialog(
                self, self.ctx, last.path, self.scope.program.id, last.period
            ):
                self._show(last)
            return
        path = file_dialogs.open_file(
            self,
            file_dialogs.REPORTS,
            self.tr("Choose the report to sign"),
            self.tr("PDF reports (*.pdf)"),
        )
        if not path:
            return
        mark = _report_mark_of(path)
        if mark is None or not mark.program_id or not mark.period:
            messages.show_info(
                self,
                self.tr("This PDF is not a report built by meapp, so it cannot be signed here."),
                path,
            )
            return
        signing_dialogs.sign_pdf_dialog(self, self.ctx, path, mark.program_id, mark.period)

    def _report_to_publish(self, period: str | None) -> str | None:
        """The half-year or annual report of `period` built here last, if its file is there
        (normally the one just signed): the website publishes it with its SHA-256."""
        last = self.last
        if (
            last is not None
            and last.period == period
            and last.path.lower().endswith(".pdf")
            and rb.kind_of(last.kind).signable
            and Path(last.path).is_file()
        ):
            return last.path
        return None

    def publish_clicked(self) -> None:
        """Write the website pack (`meapp publish`) of the chosen period into a folder."""
        from meapp.services.publish.site import publish

        program = self.scope.program
        if program is None or (self.task is not None and not self.task.done.is_set()):
            return
        period = self._chosen_period()
        folder = file_dialogs.choose_folder(
            self, file_dialogs.WEBSITE, self.tr("Folder for the website pack")
        )
        if not folder:
            return
        report = self._report_to_publish(period)
        db = self.ctx.db
        self.publish_button.setEnabled(False)

        def done(result) -> None:
            self.publish_button.setEnabled(True)
            note = (
                self.tr("The report {file} is published with its SHA-256.").format(
                    file=Path(report).name
                )
                if report
                else self.tr(
                    "No report of this period was built here, so the pages say it is not "
                    "published yet: build and sign it, then make the pack again."
                )
            )
            messages.show_info(
                self,
                self.tr(
                    "The website pack is in {folder}: upload the whole folder, or open index.html."
                ).format(folder=result.folder),
                note,
            )

        def failed(exc: BaseException) -> None:
            self.publish_button.setEnabled(True)
            messages.show_error(self, exc)

        self.task = run_task(
            self,
            lambda _progress, _cancelled: publish(
                db, program.id, period, folder, report_pdf=report
            ),
            label=self.tr("Writing the website pack…"),
            on_finished=done,
            on_failed=failed,
        )

    def verify_clicked(self) -> None:
        from meapp.ui.signing import dialogs as signing_dialogs

        path = self.last.path if self.last is not None and self.last.path.endswith(".pdf") else None
        signing_dialogs.verify_pdf_dialog(self, self.ctx, path)

    # -- texts ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.empty.set_texts(
            self.tr("No programme yet"),
            self.tr(
                "Create a programme or import one from Excel on the Plan page; "
                "then its reports can be built here."
            ),
        )
        self.no_preview.set_texts(
            self.tr("Build a report to see its pages here"),
            self.tr("Choose what to build on the left and press Build…"),
        )
        self._fill_kinds()
        if not self._language_chosen:
            # the report speaks the UI's language until the user picks another one
            self.language.setCurrentIndex(max(self.language.findData(i18n.current_language()), 0))
        self.kind_label.setText(self.tr("&What to build"))
        self.period_label.setText(self.tr("&Period"))
        self.language_label.setText(self.tr("&Language of the report"))
        self.build_button.setText(self.tr("&Build…"))
        self.open_button.setText(self.tr("&Open the file"))
        self.folder_button.setText(self.tr("Show in &folder"))
        self.sign_button.setText(self.tr("&Sign…"))
        self.sign_button.setToolTip(
            self.tr(
                "Sign a half-year or annual report of an approved period: the one just "
                "built, or a report file you choose (to countersign)"
            )
        )
        self.verify_button.setText(self.tr("&Verify a signed PDF…"))
        self.publish_button.setText(self.tr("&Website pack…"))
        self.publish_button.setToolTip(
            self.tr(
                "Pages in Kyrgyz and Russian, the report with its SHA-256 and open data (CSV, "
                "JSON) for the municipality's website"
            )
        )
        self.recent_title.setText(self.tr("Built lately"))
        if self.last is None:
            self.file_title.setText(self.tr("No file built yet"))
        self.preview.retranslate_ui()
        if self.scope.program is not None:
            self._fill_periods()
            self._fill_recent()
            if self.last is not None:
                self._show(self.last)


PAGE = ReportsPage


def _report_mark_of(path: str):
    """The programme, period and fingerprint a meapp report carries; None for other PDFs."""
    from meapp.services.reports.mark import report_mark
    from meapp.services.signing.pdfinfo import read_pdf

    try:
        return report_mark(read_pdf(Path(path).read_bytes(), file=Path(path).name))
    except Exception:  # noqa: BLE001 - not a PDF, damaged, or not ours: the caller says so
        return None
