"""The users page (a later issue fills it): users, roles, passwords."""

from __future__ import annotations

from meapp.ui.pages.base import ComingPage


class UsersPage(ComingPage):
    key = "users"
    icon_name = "users"

    def heading_text(self) -> str:
        return self.tr("Users")

    def purpose_text(self) -> str:
        return self.tr(
            "Here the administrator will add users, give them roles (viewer, editor, evaluator, administrator) and reset passwords."
        )


PAGE = UsersPage
