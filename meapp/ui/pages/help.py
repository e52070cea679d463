"""The Help page: the user guide, starting at its contents, with links between its pages."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from meapp.ui.common import file_dialogs
from meapp.ui.context import AppContext
from meapp.ui.help.view import HelpBrowser
from meapp.ui.pages.base import Page


class HelpPage(Page):
    key = "help"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout, head = self.page_layout((24, 18, 24, 18), spacing=None)
        self.back_button = QPushButton()
        self.contents_button = QPushButton()
        self.pdf_button = QPushButton()
        head.addWidget(self.back_button)
        head.addWidget(self.contents_button)
        head.addWidget(self.pdf_button)
        self.browser = HelpBrowser("help")
        layout.addWidget(self.browser, 1)
        self.back_button.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.contents_button.clicked.connect(lambda: self.browser.show_key("help"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.retranslate_ui()

    def save_pdf(self) -> None:
        """The whole guide in the app's language as one PDF, to print or to pass on."""
        from meapp.services.help.content import export_help_pdf
        from meapp.ui import i18n, messages
        from meapp.ui.worker import run_task

        lang = i18n.current_language()
        path = file_dialogs.save_file(
            self,
            file_dialogs.REPORTS,
            self.tr("Save the guide as PDF"),
            f"meapp-guide_{lang}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        self.last_pdf_task = run_task(
            self,
            lambda progress, _cancelled: export_help_pdf(lang, path, progress=progress),
            label=self.tr("Writing the guide…"),
            cancellable=False,
            on_finished=lambda written: messages.show_info(
                self, self.tr("The guide was saved."), str(written)
            ),
        )

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Help"))
        self.back_button.setText(self.tr("← Back"))
        self.contents_button.setText(self.tr("Contents"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.pdf_button.setToolTip(self.tr("The whole guide as one PDF file, to print"))


PAGE = HelpPage
