"""A short guide for each page, shown by F1 and on the Help page, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from meapp.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Help"

TEXTS: dict[str, str] = {
    "dashboard": QT_TRANSLATE_NOOP(
        "Help",
        "The dashboard shows the state of the programme at a glance: its approval, "
        "how many directions, measures and indicators it has, and which reporting rounds "
        "are open, submitted or approved. Choose the programme and the period at the top.",
    ),
    "plan": QT_TRANSLATE_NOOP(
        "Help",
        "The plan is the programme tree: priority directions, sectors, objectives and "
        "measures, with the indicators under them. Click a line to see its details on the "
        "right. Press Ctrl+F and type a word or a code to filter the tree.",
    ),
    "monitoring": QT_TRANSLATE_NOOP(
        "Help",
        "Monitoring is where the half-year actuals of indicators and the status and "
        "spending of measures are entered, with their evidence. An approved period is "
        "locked and cannot be changed.",
    ),
    "evaluation": QT_TRANSLATE_NOOP(
        "Help",
        "Evaluation holds the working group's text for a period: summary, progress, weak "
        "points, recommendations and proposed target corrections.",
    ),
    "reports": QT_TRANSLATE_NOOP(
        "Help",
        "Reports builds the half-year report, the annual report and the citizen summary "
        "as PDF, and the Excel tables; signed reports can be verified here.",
    ),
    "working-group": QT_TRANSLATE_NOOP(
        "Help",
        "The working group page lists the members of the monitoring working group, the "
        "order that formed it, and checks the shares of women and young people.",
    ),
    "risks": QT_TRANSLATE_NOOP(
        "Help",
        "Risks lists what may stop the programme, with likelihood, impact and mitigation, "
        "next to the SWOT analysis.",
    ),
    "audit": QT_TRANSLATE_NOOP(
        "Help",
        "The audit trail shows every change: who, when, what was before and after. The "
        "trail is chained, so any later edit of history is detected.",
    ),
    "users": QT_TRANSLATE_NOOP(
        "Help",
        "Users and their roles: a viewer reads, an editor enters data, an evaluator "
        "approves rounds and signs reports, an administrator sets up the programme and users.",
    ),
    "settings": QT_TRANSLATE_NOOP(
        "Help",
        "Settings: the language of the program (it changes at once), the traffic-light "
        "thresholds of the programme, and the folder for backups.",
    ),
    "help": QT_TRANSLATE_NOOP(
        "Help",
        "Press F1 on any page to read its guide. Keyboard: Ctrl+1 … Ctrl+9 open the pages, "
        "Ctrl+F searches, Ctrl+O opens another database, Ctrl+Q quits.",
    ),
}


def help_text(page_key: str) -> str:
    source = TEXTS.get(page_key)
    return QCoreApplication.translate(CONTEXT, source) if source else ""
