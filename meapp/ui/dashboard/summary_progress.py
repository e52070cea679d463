"""What the municipalities tab says while stored summaries are being computed (issue 22).

The first look at the municipalities of a large database (484 programmes) computes every
programme's summary once, in the background, for half a minute or more; this bar says how
far that is ("Computing summaries: 120 of 484") instead of leaving the tab blank.

The work runs on the thread pool (`meapp.ui.worker.run_task`); it reports through
`report(done, total)`, which may be called from that thread: the `progressed` signal
reaches the widget on the GUI thread (a queued connection), in the order it was sent.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from meapp.models.numbers import format_number


class SummaryProgress(QWidget):
    """A label and a bar, hidden until the first programme is reported."""

    progressed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        self.label = QLabel()
        self.label.setObjectName("Muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(300)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        self.done = 0
        self.total = 0
        self.progressed.connect(self._show)
        self.hide()

    def report(self, done: int, total: int) -> None:
        """Any thread: `done` of `total` summaries computed. A widget already gone (the
        window closed while the work ran) is no reason for the work to fail."""
        with contextlib.suppress(RuntimeError):  # the C++ object was deleted
            self.progressed.emit(done, total)

    def _show(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.retranslate_ui()
        self.setVisible(total > 0)

    def finish(self) -> None:
        """The summaries are there (or the work failed): nothing more to say."""
        self.done = self.total = 0
        self.hide()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.label.setText(
            self.tr("Computing summaries: {done} of {total}").format(
                done=format_number(self.done), total=format_number(self.total)
            )
        )
