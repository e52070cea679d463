"""The Working group page: the group and its quotas, hearings and meetings, public checks.

Three tabs over the programme chosen in the top bar. Each tab reads its data from
`services.governance` when the programme changes or the tab is first shown, and disables
what the user's role cannot do (the group itself is the chair's and the administrator's;
hearings and checks are entered by editors too).
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from meapp.ui.context import AppContext, Scope
from meapp.ui.governance.working_group.checks import ChecksTab
from meapp.ui.governance.working_group.hearings import HearingsTab
from meapp.ui.governance.working_group.members import MembersTab
from meapp.ui.pages.base import EmptyState, Page, title_label

TAB_MEMBERS, TAB_HEARINGS, TAB_CHECKS = range(3)


class WorkingGroupPage(Page):
    key = "working-group"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded: dict[int, str | None] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        self.heading = title_label()
        layout.addWidget(self.heading)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.empty = EmptyState("working-group")
        self.stack.addWidget(self.empty)
        self.tabs = QTabWidget()
        self.members = MembersTab(ctx)
        self.hearings = HearingsTab(ctx)
        self.checks = ChecksTab(ctx)
        self.tabs.addTab(self.members, "")
        self.tabs.addTab(self.hearings, "")
        self.tabs.addTab(self.checks, "")
        self.stack.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._load_current)
        self.retranslate_ui()
        self.stack.setCurrentWidget(self.empty)

    # -- data ---------------------------------------------------------------------------
    def set_scope(self, scope: Scope) -> None:
        changed = scope.program_id != self.scope.program_id
        super().set_scope(scope)
        if changed:
            self._loaded.clear()
        self.stack.setCurrentWidget(self.tabs if scope.program_id else self.empty)
        self._load_current()

    def _load_current(self, _index: int = -1) -> None:
        """Read a tab's data the first time it is shown for this programme."""
        index = self.tabs.currentIndex()
        pid = self.scope.program_id
        if self._loaded.get(index, "unloaded") == pid:
            return
        self._loaded[index] = pid
        tab = self.tabs.widget(index)
        if isinstance(tab, MembersTab | HearingsTab | ChecksTab):
            tab.load(pid)

    def reload(self) -> None:
        self._loaded.clear()
        self._load_current()

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Monitoring working group"))
        self.tabs.setTabText(TAB_MEMBERS, self.tr("Members"))
        self.tabs.setTabText(TAB_HEARINGS, self.tr("Hearings and meetings"))
        self.tabs.setTabText(TAB_CHECKS, self.tr("Public checks"))
        for tab in (self.members, self.hearings, self.checks):
            tab.retranslate_ui()
        self.empty.set_texts(
            self.tr("No programme yet"),
            self.tr(
                "The working group belongs to a programme. Import the programme's plan from "
                "Excel or create the demo programme first."
            ),
        )


PAGE = WorkingGroupPage
