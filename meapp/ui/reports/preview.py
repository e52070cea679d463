"""A PDF (or PNG) preview inside the app: page thumbnails beside one page shown fit to width.

pypdfium2 renders the pages (a small library; QtPdf lives in the large Addons wheel). Pages
are rendered in the GUI thread, one at a time and only when shown: a thumbnail is ~20 ms,
the large page ~50 ms. The document is opened for each render and closed at once, so the
file is never held open (Windows would refuse to let the signing step rewrite it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

THUMB_WIDTH = 96
PAGE_MARGIN = 24


def page_count(path: str | Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_page(path: str | Path, index: int, width: int) -> QImage:
    """Page `index` of the PDF as an image `width` pixels wide."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        try:
            points = page.get_width() or 595.0
            bitmap = page.render(scale=max(width, 16) / points, rev_byteorder=True)
            w, h = bitmap.width, bitmap.height
            fmt = (
                QImage.Format.Format_RGBA8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888
            )
            image = QImage(bitmap.buffer, w, h, bitmap.stride, fmt).copy()
            bitmap.close()
            return image
        finally:
            page.close()
    finally:
        pdf.close()


class PdfPreview(QWidget):
    """Thumbnails on the left, the current page on the right; PgUp/PgDn turn the pages."""

    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._image_file = False  # a PNG shown as one page
        self._pages = 0
        self._current = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.TopToBottom)
        self.thumbs.setWrapping(False)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42)))
        self.thumbs.setFixedWidth(THUMB_WIDTH + 36)
        self.thumbs.setSpacing(4)
        self.thumbs.currentRowChanged.connect(self._thumb_chosen)
        layout.addWidget(self.thumbs)

        right = QVBoxLayout()
        right.setSpacing(4)
        nav = QHBoxLayout()
        self.prev_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(40)
        self.prev_button.clicked.connect(lambda: self.show_page(self._current - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._current + 1))
        self.page_label = QLabel()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        right.addLayout(nav)
        self.page_area = QScrollArea()
        self.page_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.page_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_area.setStyleSheet("QScrollArea { background: #E4E7EA; }")
        self.page_view = QLabel()
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_area.setWidget(self.page_view)
        self.page_area.setWidgetResizable(False)
        right.addWidget(self.page_area, 1)
        layout.addLayout(right, 1)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._render_current)
        QShortcut(
            QKeySequence(Qt.Key.Key_PageDown),
            self,
            lambda: self.show_page(self._current + 1),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_PageUp),
            self,
            lambda: self.show_page(self._current - 1),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.retranslate_ui()

    # -- what is shown ---------------------------------------------------------------------
    @property
    def pages(self) -> int:
        return self._pages

    @property
    def current(self) -> int:
        return self._current

    def clear(self) -> None:
        self._path = None
        self._pages = 0
        self._current = 0
        self.thumbs.clear()
        self.page_view.clear()
        self.page_view.resize(0, 0)
        self._update_nav()

    def load(self, path: str | Path) -> int:
        """Show a PDF (or a PNG image as one page); returns the number of pages."""
        self.clear()
        self._path = Path(path)
        self._image_file = self._path.suffix.lower() == ".png"
        self._pages = 1 if self._image_file else page_count(self._path)
        self.thumbs.blockSignals(True)
        for i in range(self._pages):
            item = QListWidgetItem(QPixmap.fromImage(self._image(i, THUMB_WIDTH)), str(i + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbs.addItem(item)
        self.thumbs.setCurrentRow(0)
        self.thumbs.blockSignals(False)
        self.show_page(0)
        return self._pages

    def _image(self, index: int, width: int) -> QImage:
        assert self._path is not None
        if self._image_file:
            image = QImage(str(self._path))
            return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return render_page(self._path, index, width)

    def show_page(self, index: int) -> None:
        if not self._pages:
            return
        index = max(0, min(index, self._pages - 1))
        self._current = index
        if self.thumbs.currentRow() != index:
            self.thumbs.blockSignals(True)
            self.thumbs.setCurrentRow(index)
            self.thumbs.blockSignals(False)
        self._render_current()
        self.page_area.verticalScrollBar().setValue(0)
        self._update_nav()
        self.page_changed.emit(index)

    def page_text(self) -> str:
        return self.page_label.text()

    def _thumb_chosen(self, row: int) -> None:
        if row >= 0:
            self.show_page(row)

    def _render_current(self) -> None:
        """Draw the current page as wide as the view (zoom to fit width)."""
        if self._path is None or not self._pages:
            return
        width = max(200, self.page_area.viewport().width() - PAGE_MARGIN)
        ratio = self.devicePixelRatioF()
        try:
            image = self._image(self._current, int(width * ratio))
        except Exception:  # noqa: BLE001 - a damaged file must not break the page
            log.warning("could not render %s page %s", self._path, self._current, exc_info=True)
            self.page_view.setText("?")
            return
        image.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(QPixmap.fromImage(image))
        self.page_view.resize(int(image.width() / ratio), int(image.height() / ratio))

    def _update_nav(self) -> None:
        self.prev_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(self._current < self._pages - 1)
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=self._current + 1, pages=self._pages)
            if self._pages
            else ""
        )

    def retranslate_ui(self) -> None:
        self.prev_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self._update_nav()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._pages:
            self._resize_timer.start()
