"""What every page shares: the app context, the scope it follows, retranslation, empty states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from meapp.ui import style
from meapp.ui.context import AppContext, Scope


class Page(QWidget):
    """A page of the main window.

    The window creates a page the first time it is shown, then calls `set_scope` whenever
    the programme or period changes. `retranslate_ui` re-reads every visible text; it runs
    on creation and on each language change.
    """

    key = ""

    # Emitted after the page changed a reporting round (submit, approve, reopen): the window
    # re-reads the rounds, the top bar and status bar, and hands every page the new scope.
    rounds_changed = Signal()
    # Emitted after the page created, imported or changed a programme (its id, or "" to keep
    # the current one): the window re-reads the programme list and selects it.
    programs_changed = Signal(str)
    # Emitted to ask the window to show another page (a page key), e.g. a dashboard drill-down
    # that opens the monitoring grid.
    page_requested = Signal(str)
    # Emitted to ask the window to show another page and, on it, one item (page key, the
    # item's id), e.g. the dashboard's "Open in Monitoring" for the indicator on view.
    focus_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scope = Scope()

    def page_layout(
        self, margins: tuple[int, int, int, int] = (24, 14, 24, 10), spacing: int | None = 8
    ) -> tuple[QVBoxLayout, QHBoxLayout]:
        """The page's column (Qt's spacing when `spacing` is None), its first row holding the
        heading (`self.heading`, stretched); widgets added to the row stand right of it."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*margins)
        if spacing is not None:
            layout.setSpacing(spacing)
        head = QHBoxLayout()
        self.heading = title_label()
        head.addWidget(self.heading, 1)
        layout.addLayout(head)
        return layout, head

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope

    def retranslate_ui(self) -> None:
        """Re-read every text in the current language."""

    def may_close(self) -> bool:
        """The window is about to close: a page holding unsaved work asks the user to save
        or discard it; False keeps the window open."""
        return True

    def focus_item(self, item_id: str) -> bool:
        """Select and show the item with this id (after `focus_requested`); False when the
        page does not hold it."""
        return False

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor into the page's search box; False when it has none."""
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def title_label() -> QLabel:
    label = QLabel()
    label.setObjectName("PageTitle")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EmptyState(QWidget):
    """A calm message in the middle of a page: what belongs here and what to do next."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The texts sit in a column of limited width; word-wrapped labels get their full
        # height only when the layout sizes them, so no alignment flags on the labels.
        column = QWidget()
        column.setMaximumWidth(640)
        inner = QVBoxLayout(column)
        inner.setSpacing(8)
        self.icon = QLabel()
        self.icon.setPixmap(style.icon(icon_name).pixmap(48, 48))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel()
        self.title.setObjectName("EmptyTitle")
        self.text = QLabel()
        self.text.setObjectName("EmptyText")
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
        for w in (self.icon, self.title, self.text):
            inner.addWidget(w)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def set_texts(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)


class ComingPage(Page):
    """A page that a later version fills: says in the user's language what it will hold."""

    icon_name = "help"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.heading = title_label()
        layout.addWidget(self.heading)
        self.empty = EmptyState(self.icon_name)
        layout.addWidget(self.empty, 1)
        self.retranslate_ui()

    def heading_text(self) -> str:
        raise NotImplementedError

    def purpose_text(self) -> str:
        """What the page will hold, in one or two sentences."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self.heading.setText(self.heading_text())
        self.empty.set_texts(
            self.purpose_text(),
            QCoreApplication.translate(
                "ComingPage",
                "This page is being prepared and comes with the next version of meapp. "
                "Meanwhile the Plan and Dashboard pages show the programme.",
            ),
        )
