"""The monitoring page (a later issue fills it): actuals, measure progress, evidence."""

from __future__ import annotations

from meapp.ui.pages.base import ComingPage


class MonitoringPage(ComingPage):
    key = "monitoring"
    icon_name = "monitoring"

    def heading_text(self) -> str:
        return self.tr("Monitoring")

    def purpose_text(self) -> str:
        return self.tr(
            "Here you will enter the half-year actuals of the indicators and the status, per cent complete and spending of the measures, attach evidence and submit the round."
        )


PAGE = MonitoringPage
