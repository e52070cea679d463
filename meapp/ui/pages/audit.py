"""The audit page (a later issue fills it): the audit trail and its check."""

from __future__ import annotations

from meapp.ui.pages.base import ComingPage


class AuditPage(ComingPage):
    key = "audit"
    icon_name = "audit"

    def heading_text(self) -> str:
        return self.tr("Audit trail")

    def purpose_text(self) -> str:
        return self.tr(
            "Here you will see every change made in the database: who changed what and when, with the values before and after, and whether the audit chain is intact."
        )


PAGE = AuditPage
