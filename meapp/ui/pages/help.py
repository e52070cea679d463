"""The Help page: the user guide, starting at its contents, with links between its pages."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from meapp.ui.context import AppContext
from meapp.ui.help_view import HelpBrowser
from meapp.ui.pages.base import Page, title_label


class HelpPage(Page):
    key = "help"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        head = QHBoxLayout()
        self.heading = title_label()
        head.addWidget(self.heading, 1)
        self.back_button = QPushButton()
        self.contents_button = QPushButton()
        head.addWidget(self.back_button)
        head.addWidget(self.contents_button)
        layout.addLayout(head)
        self.browser = HelpBrowser("help")
        layout.addWidget(self.browser, 1)
        self.back_button.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.contents_button.clicked.connect(lambda: self.browser.show_key("help"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Help"))
        self.back_button.setText(self.tr("← Back"))
        self.contents_button.setText(self.tr("Contents"))


PAGE = HelpPage
