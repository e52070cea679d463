"""The evaluation page (a later issue fills it): the narrative and the approval."""

from __future__ import annotations

from meapp.ui.pages.base import ComingPage


class EvaluationPage(ComingPage):
    key = "evaluation"
    icon_name = "evaluation"

    def heading_text(self) -> str:
        return self.tr("Evaluation")

    def purpose_text(self) -> str:
        return self.tr(
            "Here the working group will write the evaluation of the period: summary, progress, weak points, recommendations and proposed target corrections, and approve the round."
        )


PAGE = EvaluationPage
