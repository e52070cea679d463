"""Showing the user guide: a browser for the guide's HTML pages and the F1 dialog.

The guide lives in `resources/help/<lang>/<page>.html` (`meapp.services.help.content`);
links between its pages work by themselves because the browser opens the files as files.
When a guide page is missing, the short text of `help_texts` stands in, so F1 always says
something useful.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from meapp.ui import i18n
from meapp.ui.help.texts import help_text

log = logging.getLogger(__name__)


class HelpBrowser(QTextBrowser):
    """The guide page for a key, in the current language; follows language switches."""

    def __init__(self, key: str = "help", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.key = key
        self.show_key(key)

    def show_key(self, key: str) -> None:
        self.key = key
        try:
            from meapp.services.help import content as help_content

            path = help_content.page_path(key, i18n.current_language())
            self.document().setDefaultStyleSheet(help_content.STYLE_SHEET)
            self.setSource(QUrl.fromLocalFile(str(path)))
        except Exception:  # noqa: BLE001 - no guide installed: the short text stands in
            log.info("no guide page for %s", key, exc_info=True)
            self.setHtml(f"<p>{html.escape(help_text(key))}</p>")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.show_key(self.key)
        super().changeEvent(event)


class HelpDialog(QDialog):
    """F1: the guide of one page beside the window (not modal: the user can keep working)."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 580)
        layout = QVBoxLayout(self)
        self.browser = HelpBrowser(key)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
