"""The dashboard's one line of a year's budget (issue 21), shared by the overview and a
direction's view: "2024: 104,8 % of the year's plan (3,1 of 3,0 mln som)", the funding
sources in its tooltip, and a word when some planned amounts are an even spread."""

from __future__ import annotations

from meapp.models.numbers import format_percent
from meapp.services.dashboard.budget_years import YearBudget
from meapp.ui import labels
from meapp.ui.dashboard.common import amount, money, translate


def budget_year_text(year: YearBudget | None) -> tuple[str, str]:
    """(line, tooltip) of the year; empty texts when nothing is planned or spent in it."""
    total = year.total if year is not None else None
    if year is None or total is None:
        return "", ""
    scale = max(total.planned, total.spent)
    text = translate(
        "Dashboard", "{year}: {execution} of the year's plan ({spent} of {planned})"
    ).format(
        year=year.year,
        execution=format_percent(total.execution, 1),
        spent=amount(total.spent, scale),
        planned=money(total.planned, scale),
    )
    if year.spread:
        text += " · " + translate("Dashboard", "partly spread evenly over the years")
    tips = [
        translate("Dashboard", "{source}: planned {planned}, spent {spent} ({execution})").format(
            source=labels.funding_source(line.source),
            planned=money(line.planned, scale),
            spent=money(line.spent, scale),
            execution=format_percent(line.execution, 1),
        )
        for line in year.sources
    ]
    if year.spread:
        tips.append(
            translate(
                "Dashboard",
                "A measure whose planned cost is not split by year counts as spread evenly "
                "over its years.",
            )
        )
    return text, "\n".join(tips)
