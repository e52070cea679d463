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

MEASURE_STATUSES = {
    "not_started": QT_TRANSLATE_NOOP("labels", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
    "delayed": QT_TRANSLATE_NOOP("labels", "Delayed"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
}

FUNDING_SOURCES = {
    "local_budget": QT_TRANSLATE_NOOP("labels", "Local budget"),
    "republican_budget": QT_TRANSLATE_NOOP("labels", "Republican budget"),
    "development_fund": QT_TRANSLATE_NOOP("labels", "Development fund"),
    "donor": QT_TRANSLATE_NOOP("labels", "Donors"),
    "sponsor": QT_TRANSLATE_NOOP("labels", "Sponsors"),
    "community": QT_TRANSLATE_NOOP("labels", "Community contribution"),
    "investor": QT_TRANSLATE_NOOP("labels", "Investors"),
    "ppp": QT_TRANSLATE_NOOP("labels", "Public-private partnership"),
    "other": QT_TRANSLATE_NOOP("labels", "Other sources"),
}

SWOT_CATEGORIES = {
    "strength": QT_TRANSLATE_NOOP("labels", "Strengths"),
    "weakness": QT_TRANSLATE_NOOP("labels", "Weaknesses"),
    "opportunity": QT_TRANSLATE_NOOP("labels", "Opportunities"),
    "threat": QT_TRANSLATE_NOOP("labels", "Threats"),
}

RISK_STATUSES = {
    "open": QT_TRANSLATE_NOOP("labels", "open"),
    "mitigated": QT_TRANSLATE_NOOP("labels", "mitigated"),
    "closed": QT_TRANSLATE_NOOP("labels", "closed"),
}

RISK_LEVELS = {
    "low": QT_TRANSLATE_NOOP("labels", "low"),
    "medium": QT_TRANSLATE_NOOP("labels", "medium"),
    "high": QT_TRANSLATE_NOOP("labels", "high"),
}

MUNICIPALITY_KINDS = {
    "city": QT_TRANSLATE_NOOP("labels", "town"),
    "aiyl_okmotu": QT_TRANSLATE_NOOP("labels", "aiyl okmotu"),
}

FREQUENCIES = {
    "half_year": QT_TRANSLATE_NOOP("labels", "every half-year"),
    "quarter": QT_TRANSLATE_NOOP("labels", "every quarter"),
    "year": QT_TRANSLATE_NOOP("labels", "every year"),
}

VALUE_TYPES = {
    "number": QT_TRANSLATE_NOOP("labels", "number"),
    "percent": QT_TRANSLATE_NOOP("labels", "per cent"),
    "ratio": QT_TRANSLATE_NOOP("labels", "ratio (1:x)"),
    "milestone": QT_TRANSLATE_NOOP("labels", "yes/no milestone"),
}

INDICATOR_DIRECTIONS = {
    "increase": QT_TRANSLATE_NOOP("labels", "higher is better"),
    "decrease": QT_TRANSLATE_NOOP("labels", "lower is better"),
    "keep": QT_TRANSLATE_NOOP("labels", "keep the level"),
}

AGGREGATIONS = {
    "sum": QT_TRANSLATE_NOOP("labels", "cumulative: periods add up"),
    "latest": QT_TRANSLATE_NOOP("labels", "level: the latest value"),
    "average": QT_TRANSLATE_NOOP("labels", "level: the average"),
}

INDICATOR_LEVELS = {
    "impact": QT_TRANSLATE_NOOP("labels", "impact"),
    "outcome": QT_TRANSLATE_NOOP("labels", "outcome"),
    "output": QT_TRANSLATE_NOOP("labels", "output"),
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

EVIDENCE_KINDS = {
    "act": QT_TRANSLATE_NOOP("labels", "Act of completed works"),
    "contract": QT_TRANSLATE_NOOP("labels", "Contract"),
    "photo": QT_TRANSLATE_NOOP("labels", "Photo"),
    "survey": QT_TRANSLATE_NOOP("labels", "Survey report"),
    "minutes": QT_TRANSLATE_NOOP("labels", "Minutes"),
    "other": QT_TRANSLATE_NOOP("labels", "Other document"),
}

MEMBER_SIDES = {
    "mayors_office": QT_TRANSLATE_NOOP("labels", "Mayor's office"),
    "council": QT_TRANSLATE_NOOP("labels", "Council"),
    "business": QT_TRANSLATE_NOOP("labels", "Business"),
    "civic": QT_TRANSLATE_NOOP("labels", "Civic / NGO"),
}

GENDERS = {
    "f": QT_TRANSLATE_NOOP("labels", "woman"),
    "m": QT_TRANSLATE_NOOP("labels", "man"),
}

MEMBER_ROLES = {
    "chair": QT_TRANSLATE_NOOP("labels", "chair"),
    "secretary": QT_TRANSLATE_NOOP("labels", "secretary"),
    "member": QT_TRANSLATE_NOOP("labels", "member"),
}

HEARING_KINDS = {
    "public_hearing": QT_TRANSLATE_NOOP("labels", "Public hearing"),
    "group_meeting": QT_TRANSLATE_NOOP("labels", "Expanded group meeting"),
}

PROPOSAL_STATUSES = {
    "received": QT_TRANSLATE_NOOP("labels", "received"),
    "accepted": QT_TRANSLATE_NOOP("labels", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("labels", "rejected"),
    "done": QT_TRANSLATE_NOOP("labels", "done"),
}

CHECK_STAGES = {
    "50": QT_TRANSLATE_NOOP("labels", "at 50 %"),
    "100": QT_TRANSLATE_NOOP("labels", "at 100 %"),
    "other": QT_TRANSLATE_NOOP("labels", "other stage"),
}


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
