"""The words for stored codes (kinds, roles, round states, periods) in the user's language.

Codes are stored untranslated (`meapp.models.enums`); the UI turns them into words here,
in one place, so every page says the same thing. Constants are marked with
`QT_TRANSLATE_NOOP` and translated when shown, so a language switch takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from meapp.models.periods import Period, PeriodError
from meapp.services.common.vocabulary import (  # the words for stored codes, Qt-free: one list each
    AGGREGATIONS,
    CHECK_STAGES,
    EVIDENCE_KINDS,
    FREQUENCIES,
    FUNDING_SOURCES,
    GENDERS,
    HEARING_KINDS,
    INDICATOR_DIRECTIONS,
    INDICATOR_LEVELS,
    KINDS,
    MEASURE_STATUSES,
    MEMBER_ROLES,
    MEMBER_SIDES,
    MUNICIPALITY_KINDS,
    PROGRAM_STATUSES,
    PROPOSAL_STATUSES,
    RISK_STATUSES,
    ROLES,
    ROUND_STATES,
    SWOT_CATEGORIES,
    VALUE_TYPES,
)

CONTEXT = "labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


INDICATOR_STATUSES = {
    "on_track": QT_TRANSLATE_NOOP("labels", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("labels", "At risk"),
    "off_track": QT_TRANSLATE_NOOP("labels", "Off track"),
    "no_data": QT_TRANSLATE_NOOP("labels", "No data"),
}


RISK_LEVELS = {
    "low": QT_TRANSLATE_NOOP("labels", "low"),
    "medium": QT_TRANSLATE_NOOP("labels", "medium"),
    "high": QT_TRANSLATE_NOOP("labels", "high"),
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


def measure_status(code: str | None) -> str:
    return _word(MEASURE_STATUSES, code)


def funding_source(code: str | None) -> str:
    return _word(FUNDING_SOURCES, code)


def municipality_kind(code: str | None) -> str:
    return _word(MUNICIPALITY_KINDS, code)


def frequency(code: str | None) -> str:
    return _word(FREQUENCIES, code)


def value_type(code: str | None) -> str:
    return _word(VALUE_TYPES, code)


def indicator_direction(code: str | None) -> str:
    return _word(INDICATOR_DIRECTIONS, code)


def aggregation(code: str | None) -> str:
    return _word(AGGREGATIONS, code)


def indicator_level(code: str | None) -> str:
    return _word(INDICATOR_LEVELS, code)


def swot_category(code: str | None) -> str:
    return _word(SWOT_CATEGORIES, code)


def risk_status(code: str | None) -> str:
    return _word(RISK_STATUSES, code)


def risk_level(code: str | None) -> str:
    return _word(RISK_LEVELS, code)


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


# -- evidence, working group, hearings and public checks ---------------------------------


def evidence_kind(code: str | None) -> str:
    return _word(EVIDENCE_KINDS, code)


def member_side(code: str | None) -> str:
    return _word(MEMBER_SIDES, code)


def gender(code: str | None) -> str:
    return _word(GENDERS, code)


def member_role(code: str | None) -> str:
    return _word(MEMBER_ROLES, code)


def hearing_kind(code: str | None) -> str:
    return _word(HEARING_KINDS, code)


def proposal_status(code: str | None) -> str:
    return _word(PROPOSAL_STATUSES, code)


def check_stage(code: str | None) -> str:
    return _word(CHECK_STAGES, code)
