"""The words for stored codes (kinds, roles, round states, periods) in the user's language.

Codes are stored untranslated (`meapp.models.enums`); their words live in one Qt-free table,
`meapp.services.common.vocabulary`, which the reports, the exports and the command line read
as well. This module shows them in the GUI through the installed catalogues, when asked, so
a language switch takes effect at once.
"""

from __future__ import annotations

from meapp.services.common.vocabulary import (  # the words for stored codes: one table each
    AGGREGATIONS,
    CHECK_STAGES,
    EVIDENCE_KINDS,
    FREQUENCIES,
    FUNDING_SOURCES,
    GENDERS,
    HEARING_KINDS,
    INDICATOR_DIRECTIONS,
    INDICATOR_LEVELS,
    INDICATOR_STATUSES,
    KINDS,
    MEASURE_STATUSES,
    MEMBER_ROLES,
    MEMBER_SIDES,
    MUNICIPALITY_KINDS,
    PROGRAM_STATUSES,
    PROPOSAL_STATUSES,
    RISK_LEVELS,
    RISK_STATUSES,
    ROLES,
    ROUND_STATES,
    SWOT_CATEGORIES,
    VALUE_TYPES,
    WORDS,
    Words,
    period_words,
)
from meapp.ui.i18n import ui_translate

CONTEXT = WORDS


def _word(table: Words, code: str | None) -> str:
    return table.word(code, ui_translate)


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
    return period_words(code, ui_translate) if code else ""


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
