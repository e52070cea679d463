"""The reports page (a later issue fills it): PDF and Excel reports, signatures."""

from __future__ import annotations

from meapp.ui.pages.base import ComingPage


class ReportsPage(ComingPage):
    key = "reports"
    icon_name = "reports"

    def heading_text(self) -> str:
        return self.tr("Reports")

    def purpose_text(self) -> str:
        return self.tr(
            "Here you will build the half-year report, the annual report and the citizen summary as PDF in Kyrgyz, Russian or English, export Excel tables, sign reports and verify signed files."
        )


PAGE = ReportsPage
