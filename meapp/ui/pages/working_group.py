"""The working-group page (a later issue fills it): members, order, quota checks."""

from __future__ import annotations

from meapp.ui.pages.base import ComingPage


class WorkingGroupPage(ComingPage):
    key = "working-group"
    icon_name = "working-group"

    def heading_text(self) -> str:
        return self.tr("Working group")

    def purpose_text(self) -> str:
        return self.tr(
            "Here you will keep the monitoring working group: the order that formed it, its members with their positions and sides, and the check of the shares of women and youth."
        )


PAGE = WorkingGroupPage
