"""The pages of the main window, in navigation order.

Qt-free on purpose: the command line checks `--page` against `PAGE_KEYS` without loading
Qt, and the main window imports a page's module only when the page is first shown (a lean
start). Labels are marked for translation and translated where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from meapp.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageInfo:
    key: str
    label: str  # source text, context "Navigation"
    icon: str  # resources/icons/<icon>.svg
    module: str  # meapp.ui.pages.<module>, whose `PAGE` is the page class


PAGES: tuple[PageInfo, ...] = (
    PageInfo("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), "dashboard", "dashboard"),
    PageInfo("plan", QT_TRANSLATE_NOOP("Navigation", "Plan"), "plan", "plan"),
    PageInfo(
        "monitoring", QT_TRANSLATE_NOOP("Navigation", "Monitoring"), "monitoring", "monitoring"
    ),
    PageInfo(
        "evaluation", QT_TRANSLATE_NOOP("Navigation", "Evaluation"), "evaluation", "evaluation"
    ),
    PageInfo("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports", "reports"),
    PageInfo(
        "working-group",
        QT_TRANSLATE_NOOP("Navigation", "Working group"),
        "working-group",
        "working_group",
    ),
    PageInfo("risks", QT_TRANSLATE_NOOP("Navigation", "Risks"), "risks", "risks"),
    PageInfo("audit", QT_TRANSLATE_NOOP("Navigation", "Audit"), "audit", "audit"),
    PageInfo("users", QT_TRANSLATE_NOOP("Navigation", "Users"), "users", "users"),
    PageInfo("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "settings", "settings"),
    PageInfo("help", QT_TRANSLATE_NOOP("Navigation", "Help"), "help", "help"),
)

PAGE_KEYS: tuple[str, ...] = tuple(p.key for p in PAGES)


def page_info(key: str) -> PageInfo:
    for info in PAGES:
        if info.key == key:
            return info
    raise KeyError(key)
