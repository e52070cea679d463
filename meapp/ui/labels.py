"""The words for stored codes (kinds, roles, round states, periods) in the user's language.

Codes are stored untranslated (`meapp.models.enums`); the UI turns them into words here,
in one place, so every page says the same thing. Constants are marked with
`QT_TRANSLATE_NOOP` and translated when shown, so a language switch takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from meapp.models.periods import Period, PeriodError

CONTEXT = "labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


KINDS = {
    "direction": QT_TRANSLATE_NOOP("labels", "Priority direction"),
    "sector": QT_TRANSLATE_NOOP("labels", "Sector"),
    "objective": QT_TRANSLATE_NOOP("labels", "Objective"),
    "measure": QT_TRANSLATE_NOOP("labels", "Measure"),
    "indicator": QT_TRANSLATE_NOOP("labels", "Indicator"),
}

ROLES = {
    "viewer": QT_TRANSLATE_NOOP("labels", "viewer"),
    "editor": QT_TRANSLATE_NOOP("labels", "editor"),
    "evaluator": QT_TRANSLATE_NOOP("labels", "evaluator"),
    "admin": QT_TRANSLATE_NOOP("labels", "administrator"),
}

ROUND_STATES = {
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "submitted": QT_TRANSLATE_NOOP("labels", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved"),
}

PROGRAM_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("labels", "draft"),
    "approved": QT_TRANSLATE_NOOP("labels", "approved"),
    "archived": QT_TRANSLATE_NOOP("labels", "archived"),
}

INDICATOR_STATUSES = {
    "on_track": QT_TRANSLATE_NOOP("labels", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("labels", "At risk"),
    "off_track": QT_TRANSLATE_NOOP("labels", "Off track"),
    "no_data": QT_TRANSLATE_NOOP("labels", "No data"),
}

MUNICIPALITY_KINDS = {
    "city": QT_TRANSLATE_NOOP("labels", "town"),
    "aiyl_okmotu": QT_TRANSLATE_NOOP("labels", "aiyl okmotu"),
}

# Period names follow the glossary: "2024-ж. I жарым жылдык", "I полугодие 2024 г.".
_PERIOD_PATTERNS = {
    "Y": QT_TRANSLATE_NOOP("labels", "{year}"),
    "H1": QT_TRANSLATE_NOOP("labels", "{year}, first half-year"),
    "H2": QT_TRANSLATE_NOOP("labels", "{year}, second half-year"),
    "Q1": QT_TRANSLATE_NOOP("labels", "{year}, 1st quarter"),
    "Q2": QT_TRANSLATE_NOOP("labels", "{year}, 2nd quarter"),
    "Q3": QT_TRANSLATE_NOOP("labels", "{year}, 3rd quarter"),
    "Q4": QT_TRANSLATE_NOOP("labels", "{year}, 4th quarter"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _word(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return tr(source) if source else code


def kind(code: str | None) -> str:
    return _word(KINDS, code)


def role(code: str | None) -> str:
    return _word(ROLES, code)


def round_state(code: str | None) -> str:
    return _word(ROUND_STATES, code)


def program_status(code: str | None) -> str:
    return _word(PROGRAM_STATUSES, code)


def indicator_status(code: str | None) -> str:
    return _word(INDICATOR_STATUSES, code)


def municipality_kind(code: str | None) -> str:
    return _word(MUNICIPALITY_KINDS, code)


def period(code: str | None) -> str:
    """`2024-H2` → "2024-ж. II жарым жылдык" (in the current language)."""
    if not code:
        return ""
    try:
        p = Period.parse(code)
    except PeriodError:
        return code
    key = "Y" if p.is_year else f"{p.kind}{p.index}"
    return tr(_PERIOD_PATTERNS[key]).format(year=p.year)
