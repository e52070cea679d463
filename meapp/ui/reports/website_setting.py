"""The Settings page's "Reports" box: the municipality's website address (issue 21).

The citizen summary prints a QR code that opens this address with the data fingerprint of its
figures, so a citizen holding the printed sheet can check it shows the approved figures;
without an address the code holds the fingerprint alone. The address is checked by the same
service rule the command line's `report --website` uses, and kept in the settings INI.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from meapp.errors import MeappError
from meapp.services.reports.citizen import MAX_WEBSITE, normalise_website
from meapp.ui import messages, settings


class WebsiteBox(QGroupBox):
    def __init__(self, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.label = QLabel()
        self.website = QLineEdit()
        self.website.setMaxLength(MAX_WEBSITE + 10)
        self.website.setMinimumWidth(320)
        self.label.setBuddy(self.website)
        self.hint = QLabel()
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        form.addRow(self.label, self.website)
        form.addRow(self.hint)
        self.website.setText(settings.get(settings.Keys.WEBSITE))
        self.website.setReadOnly(read_only)
        self.website.editingFinished.connect(self.save)
        self.retranslate_ui()

    def save(self) -> bool:
        """Keep the address typed (checked; "" forgets it); False when it was refused."""
        try:
            address = normalise_website(self.website.text())
        except MeappError as exc:
            messages.show_error(self, exc)
            self.website.setText(settings.get(settings.Keys.WEBSITE))
            return False
        settings.put(settings.Keys.WEBSITE, address or None)
        self.website.setText(address or "")
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Reports"))
        self.label.setText(self.tr("Municipality's &website:"))
        self.website.setPlaceholderText("https://example.kg/monitoring")
        self.hint.setText(
            self.tr(
                "The citizen summary prints a QR code that opens this address with the "
                "fingerprint of its figures, so citizens can check a printed sheet against "
                "the approved figures. Left empty, the code holds the fingerprint only."
            )
        )
