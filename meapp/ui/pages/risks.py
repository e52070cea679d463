"""The risks page (a later issue fills it): risks and SWOT."""

from __future__ import annotations

from meapp.ui.pages.base import ComingPage


class RisksPage(ComingPage):
    key = "risks"
    icon_name = "risks"

    def heading_text(self) -> str:
        return self.tr("Risks")

    def purpose_text(self) -> str:
        return self.tr(
            "Here you will keep the risks of the programme with their likelihood, impact and mitigation, and the SWOT analysis: strengths, weaknesses, opportunities and threats."
        )


PAGE = RisksPage
