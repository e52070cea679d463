"""The language chooser, one widget for the Settings page and the dialogs before login.

A user who does not read the default language must be able to change it before anything
else (first start, the administrator's first account, login): the choice applies at once
(Qt posts LanguageChange to every widget, which retranslates itself) and is remembered for
the next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from meapp.ui import i18n


class LanguageBox(QComboBox):
    """The language names in their own language; choosing one switches the application."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(180)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for code in i18n.LANGUAGES:
            self.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.sync()
        self.currentIndexChanged.connect(self._chosen)

    def sync(self) -> None:
        """Show the language in use (it may have been switched elsewhere)."""
        index = self.findData(i18n.current_language())
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        code = self.itemData(index)
        if code and code != i18n.current_language():
            i18n.switch_language(code)
