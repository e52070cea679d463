"""Every text the reports and the Excel exports print, as English sources (context "report").

The builders never hold words of their own: they call `Texts`, which translates through the
`translate(context, text)` callable their caller passes — or, given none, meapp's compiled
catalogue of the report's language, the one the GUI uses (`meapp.i18n`) — and formats the
named placeholders afterwards (translate first, then format). `pyside6-lupdate` extracts
the `QT_TRANSLATE_NOOP("report", …)` literals below; the words for stored codes (statuses,
funding sources, sides, …) come from the one vocabulary, `meapp.services.common.vocabulary`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from meapp import i18n
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models.numbers import NBSP, format_number, format_percent
from meapp.models.periods import Period
from meapp.services.common import vocabulary as V

Translate = Callable[[str, str], str]
CONTEXT = "report"
LANGUAGES = i18n.LANGUAGES


# -- report titles and the cover ----------------------------------------------------------
HALF_YEAR_TITLE = QT_TRANSLATE_NOOP("report", "Half-year monitoring report")
QUARTER_TITLE = QT_TRANSLATE_NOOP("report", "Quarterly monitoring report")
ANNUAL_TITLE = QT_TRANSLATE_NOOP("report", "Annual evaluation report")
CITIZEN_TITLE = QT_TRANSLATE_NOOP("report", "Citizen summary")
ON_PROGRAMME = QT_TRANSLATE_NOOP("report", "on the implementation of the programme")
REPORTING_PERIOD = QT_TRANSLATE_NOOP("report", "Reporting period: {period}")
# bare year numbers: "year {year}" (PERIOD_YEAR) inside it read "2023-жыл-жыл" (issue 21)
ANNUAL_COMPARED = QT_TRANSLATE_NOOP("report", "year {year} compared with {previous}")
PROGRAMME_YEARS = QT_TRANSLATE_NOOP("report", "Programme years: {start}–{end}")
APPROVED_FULL = QT_TRANSLATE_NOOP("report", "Approved by {body}, decision No. {number} of {date}")
APPROVED_SHORT = QT_TRANSLATE_NOOP("report", "Approved by decision No. {number} of {date}")
APPROVED_BODY = QT_TRANSLATE_NOOP("report", "Approved by {body}")
PREPARED_BY = QT_TRANSLATE_NOOP("report", "Prepared by the monitoring and evaluation working group")
GROUP_ORDER = QT_TRANSLATE_NOOP(
    "report", "The working group was formed by order No. {number} of {date}"
)
# the body that approved the group (issue 21): "approved by: council resolution No. 12 of …";
# after the colon the document stands in the nominative, whatever the language
GROUP_APPROVED = QT_TRANSLATE_NOOP("report", "The working group was approved by: {document}")
DOC_COUNCIL = QT_TRANSLATE_NOOP("report", "council resolution")
DOC_MAYOR = QT_TRANSLATE_NOOP("report", "order of the mayor")
DOC_HEAD = QT_TRANSLATE_NOOP("report", "order of the head of the aiyl okmotu")
DOC_NUMBER_DATE = QT_TRANSLATE_NOOP("report", "{document} No. {number} of {date}")
DOC_NUMBER = QT_TRANSLATE_NOOP("report", "{document} No. {number}")
DOC_DATE = QT_TRANSLATE_NOOP("report", "{document} of {date}")
ROUND_STATE = QT_TRANSLATE_NOOP("report", "State of the period: {state}")
ROUND_APPROVED_BY = QT_TRANSLATE_NOOP("report", "approved by {who} on {date}")
DRAFT_NOTE = QT_TRANSLATE_NOOP(
    "report", "Draft: the period is not approved yet, the figures may still change."
)
REPORT_DATE = QT_TRANSLATE_NOOP("report", "Date of the report: {date}")
PAGE_OF = QT_TRANSLATE_NOOP("report", "Page {page} of {pages}")
CONTENTS = QT_TRANSLATE_NOOP("report", "Contents")

# -- periods -------------------------------------------------------------------------------
PERIOD_YEAR = QT_TRANSLATE_NOOP("report", "year {year}")
PERIOD_H1 = QT_TRANSLATE_NOOP("report", "first half-year {year}")
PERIOD_H2 = QT_TRANSLATE_NOOP("report", "second half-year {year}")
PERIOD_QUARTER = QT_TRANSLATE_NOOP("report", "quarter {quarter} of {year}")
PERIOD_SHORT_H = QT_TRANSLATE_NOOP("report", "{year} H{half}")
PERIOD_SHORT_Q = QT_TRANSLATE_NOOP("report", "{year} Q{quarter}")
# placeholders a translation may use beyond those of its English source
EXTRA_PARAMS = {PERIOD_SHORT_H: {"roman"}}

# -- sections --------------------------------------------------------------------------------
SEC_SUMMARY = QT_TRANSLATE_NOOP("report", "Summary")
SEC_CHARTS = QT_TRANSLATE_NOOP("report", "Progress in charts")
SEC_INDICATORS = QT_TRANSLATE_NOOP("report", "Indicators")
SEC_MEASURES = QT_TRANSLATE_NOOP("report", "Measures")
SEC_BUDGET = QT_TRANSLATE_NOOP("report", "Budget")
SEC_EVALUATION = QT_TRANSLATE_NOOP("report", "Evaluation")
SEC_GROUP = QT_TRANSLATE_NOOP("report", "Monitoring and evaluation working group")
SEC_SIGNATURES = QT_TRANSLATE_NOOP("report", "Signatures")
SEC_COMPARISON = QT_TRANSLATE_NOOP("report", "The year against the year before")

# -- summary figures ------------------------------------------------------------------------
OVERALL_PROGRESS = QT_TRANSLATE_NOOP("report", "Overall progress")
CHANGE_AGAINST = QT_TRANSLATE_NOOP("report", "{change} points against {period}")
NO_PREVIOUS = QT_TRANSLATE_NOOP("report", "no earlier period to compare")
INDICATORS_COUNT = QT_TRANSLATE_NOOP("report", "Indicators in total: {n}")
MEASURES_COUNT = QT_TRANSLATE_NOOP("report", "Measures in total: {n}")
PLAN_EXECUTED = QT_TRANSLATE_NOOP("report", "Plan executed by {percent}")
PLANNED = QT_TRANSLATE_NOOP("report", "Planned")
SPENT = QT_TRANSLATE_NOOP("report", "Spent")
EXECUTION = QT_TRANSLATE_NOOP("report", "Execution")
DEVIATION = QT_TRANSLATE_NOOP("report", "Deviation")
TOTAL = QT_TRANSLATE_NOOP("report", "Total")
SOM = QT_TRANSLATE_NOOP("report", "som")
THOUSAND_SOM = QT_TRANSLATE_NOOP("report", "thousand som")
MILLION_SOM = QT_TRANSLATE_NOOP("report", "million som")
IN_UNIT = QT_TRANSLATE_NOOP("report", "{what}, {unit}")

# -- charts ------------------------------------------------------------------------------------
CHART_DIRECTIONS = QT_TRANSLATE_NOOP("report", "Progress by priority direction")
CHART_STATUS = QT_TRANSLATE_NOOP("report", "Indicators by status")
CHART_MEASURES = QT_TRANSLATE_NOOP("report", "Measures by status")
CHART_BUDGET = QT_TRANSLATE_NOOP("report", "Budget by funding source: planned and spent")
CHART_TRENDS = QT_TRANSLATE_NOOP("report", "Indicators furthest behind: baseline, targets, actuals")
LEGEND_ACTUAL = QT_TRANSLATE_NOOP("report", "actual")
LEGEND_TARGET = QT_TRANSLATE_NOOP("report", "target")
LEGEND_BASELINE = QT_TRANSLATE_NOOP("report", "baseline")
NO_DATA_CHART = QT_TRANSLATE_NOOP("report", "No data for this chart yet.")

# -- indicator table -----------------------------------------------------------------------
COL_NO = QT_TRANSLATE_NOOP("report", "No.")
COL_CODE = QT_TRANSLATE_NOOP("report", "Code")
COL_INDICATOR = QT_TRANSLATE_NOOP("report", "Indicator")
COL_UNIT = QT_TRANSLATE_NOOP("report", "Unit")
COL_BASELINE = QT_TRANSLATE_NOOP("report", "Baseline")
COL_BASELINE_YEAR = QT_TRANSLATE_NOOP("report", "Baseline year")
COL_TARGET_PERIOD = QT_TRANSLATE_NOOP("report", "Target for the period")
COL_TARGET = QT_TRANSLATE_NOOP("report", "Target")
COL_ACTUAL = QT_TRANSLATE_NOOP("report", "Actual")
COL_PROGRESS = QT_TRANSLATE_NOOP("report", "Progress")
COL_RATIO = QT_TRANSLATE_NOOP("report", "Actual to target")
COL_STATUS = QT_TRANSLATE_NOOP("report", "Status")
COL_COMMENT = QT_TRANSLATE_NOOP("report", "Comment")
COL_CHANGE = QT_TRANSLATE_NOOP("report", "Change")
COL_YEAR_VALUE = QT_TRANSLATE_NOOP("report", "{what} {year}")
NOTE_DERIVED = QT_TRANSLATE_NOOP(
    "report",
    "≈ the target for the period is derived from the yearly targets: half the year's amount, "
    "or a value between the surrounding levels.",
)
NOTE_PROGRESS = QT_TRANSLATE_NOOP(
    "report",
    "Progress = (actual − baseline) / (target − baseline); 100 % means the target is reached.",
)
NOTE_THRESHOLDS = QT_TRANSLATE_NOOP(
    "report",
    "Status: on track from {green}, at risk from {amber}, off track below {amber}, "
    "no data when no actual was entered.",
)
NO_INDICATORS = QT_TRANSLATE_NOOP("report", "The programme has no indicators yet.")
NOT_IN_DIRECTION = QT_TRANSLATE_NOOP("report", "Programme-level indicators")

# -- measures table ----------------------------------------------------------------------------
COL_MEASURE = QT_TRANSLATE_NOOP("report", "Measure")
COL_COMPLETE = QT_TRANSLATE_NOOP("report", "Done, %")
COL_DEADLINE = QT_TRANSLATE_NOOP("report", "Deadline")
COL_EXECUTORS = QT_TRANSLATE_NOOP("report", "Executors")
COL_PLANNED_SOM = QT_TRANSLATE_NOOP("report", "Planned, som")
COL_SPENT_SOM = QT_TRANSLATE_NOOP("report", "Spent, som")
COL_SOURCE = QT_TRANSLATE_NOOP("report", "Funding source")
COL_COUNT = QT_TRANSLATE_NOOP("report", "Number")
COL_SHARE = QT_TRANSLATE_NOOP("report", "Share")
BY_AGREEMENT = QT_TRANSLATE_NOOP("report", "(by agreement)")
NO_MEASURES = QT_TRANSLATE_NOOP("report", "The programme has no measures yet.")
NO_BUDGET = QT_TRANSLATE_NOOP("report", "No planned costs are entered.")

# -- evaluation ------------------------------------------------------------------------------
EVAL_SUMMARY = QT_TRANSLATE_NOOP("report", "Summary of the period")
EVAL_ANALYSIS = QT_TRANSLATE_NOOP("report", "Analysis of progress")
EVAL_WEAK = QT_TRANSLATE_NOOP("report", "Weak points")
EVAL_RECOMMENDATIONS = QT_TRANSLATE_NOOP("report", "Recommendations")
EVAL_CORRECTIONS = QT_TRANSLATE_NOOP("report", "Proposed target corrections")
NO_EVALUATION = QT_TRANSLATE_NOOP(
    "report", "The working group has not written the evaluation of this period yet."
)

# -- working group ---------------------------------------------------------------------------
COL_NAME = QT_TRANSLATE_NOOP("report", "Name")
COL_POSITION = QT_TRANSLATE_NOOP("report", "Position")
COL_ORGANISATION = QT_TRANSLATE_NOOP("report", "Organisation")
COL_SIDE = QT_TRANSLATE_NOOP("report", "Side")
COL_ROLE = QT_TRANSLATE_NOOP("report", "Role in the group")
GROUP_QUOTAS = QT_TRANSLATE_NOOP(
    "report",
    "Women: {women} of {total} ({women_share}); young people under 28: {youth} ({youth_share}).",
)
QUOTA_WARNING = QT_TRANSLATE_NOOP(
    "report", "The guidance asks for at least 35 % women and about 20 % young people."
)
NO_GROUP = QT_TRANSLATE_NOOP("report", "The members of the working group are not entered yet.")

# -- signatures ------------------------------------------------------------------------------
SIGN_CHAIR = QT_TRANSLATE_NOOP("report", "Chair of the monitoring working group")
SIGN_MAYOR = QT_TRANSLATE_NOOP("report", "Mayor")
SIGN_HEAD = QT_TRANSLATE_NOOP("report", "Head of the aiyl okmotu")
SIGN_BOX = QT_TRANSLATE_NOOP("report", "Electronic signature")
SIGN_INTRO = QT_TRANSLATE_NOOP(
    "report",
    "The report is signed electronically (PAdES): first by the chair, then by the {head}. "
    "Each signature appears in its box below; the date of signing and the signer's "
    "certificate are kept inside the PDF file.",
)
FINGERPRINT = QT_TRANSLATE_NOOP("report", "Fingerprint of the approved data (SHA-256)")
FINGERPRINT_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "The fingerprint is computed from the period's actuals, targets, measure progress and "
    "evaluation; the same data always give the same fingerprint, so anyone can check that "
    "the figures were not changed after approval.",
)
NAME_MISSING = QT_TRANSLATE_NOOP("report", "(name not entered)")

# -- status symbols (the words are the vocabulary's) ----------------------------------------
STATUS_SYMBOLS = {"on_track": "●", "at_risk": "◐", "off_track": "○", "no_data": "–"}
MEASURE_SYMBOLS = {
    "done": "✓",
    "in_progress": "◐",
    "not_started": "○",
    "delayed": "!",
    "cancelled": "✗",
}
YES = QT_TRANSLATE_NOOP("report", "yes")
NO = QT_TRANSLATE_NOOP("report", "no")

# -- annual ---------------------------------------------------------------------------------
ANNUAL_PROGRESS_BOTH = QT_TRANSLATE_NOOP(
    "report", "Overall progress {year}: {now}; {previous}: {before}."
)

# -- citizen summary ----------------------------------------------------------------------------
CITIZEN_HEADLINE = QT_TRANSLATE_NOOP(
    "report", "{municipality}: how is our development programme going?"
)
CITIZEN_PROGRESS = QT_TRANSLATE_NOOP("report", "of the way to this period's targets")
CITIZEN_DONE = QT_TRANSLATE_NOOP("report", "measures done")
CITIZEN_UNDER_WAY = QT_TRANSLATE_NOOP("report", "measures under way")
CITIZEN_MONEY = QT_TRANSLATE_NOOP("report", "of the planned money spent")
CITIZEN_ON_TRACK = QT_TRANSLATE_NOOP("report", "indicators on track")
CITIZEN_WHAT_DONE = QT_TRANSLATE_NOOP("report", "What was done")
CITIZEN_WHAT_BEHIND = QT_TRANSLATE_NOOP("report", "What is behind")
CITIZEN_WHERE_MONEY = QT_TRANSLATE_NOOP("report", "Where the money came from")
CITIZEN_NOTHING_DONE = QT_TRANSLATE_NOOP("report", "No measure is finished yet in this period.")
CITIZEN_NOTHING_BEHIND = QT_TRANSLATE_NOOP("report", "No indicator is behind its target.")
# Two whole sentences, not one with an {office} slot: the office takes a different case in
# Kyrgyz and Russian ("мэрияга", "в мэрию").
CITIZEN_SAY_CITY = QT_TRANSLATE_NOOP(
    "report",
    "Have your say: public hearings and the monitoring working group are open to every "
    "resident. Ask at the mayor's office.",
)
CITIZEN_SAY_AO = QT_TRANSLATE_NOOP(
    "report",
    "Have your say: public hearings and the monitoring working group are open to every "
    "resident. Ask at the aiyl okmotu.",
)
CITIZEN_SOURCE = QT_TRANSLATE_NOOP(
    "report", "Source: monitoring of the programme “{title}”, {period}."
)
CITIZEN_APPROVED = QT_TRANSLATE_NOOP("report", "Figures approved on {date}.")
CITIZEN_NOT_APPROVED = QT_TRANSLATE_NOOP("report", "Figures not approved yet.")
BEHIND_LINE = QT_TRANSLATE_NOOP("report", "{name}: {actual} {unit} (target {target})")
# beside the QR code (issue 21): what it holds and how a citizen checks the printed sheet
QR_CAPTION_SITE = QT_TRANSLATE_NOOP(
    "report",
    "QR code: {website} and the fingerprint of these figures, {fingerprint}. When the "
    "website and the signed report show the same fingerprint, these are the approved figures.",
)
QR_CAPTION_PLAIN = QT_TRANSLATE_NOOP(
    "report",
    "QR code: the fingerprint of these figures, {fingerprint}. When the signed report shows "
    "the same fingerprint, these are the approved figures.",
)

# -- Excel ------------------------------------------------------------------------------------
IPTT_TITLE = QT_TRANSLATE_NOOP("report", "Indicator performance tracking table")
IPTT_SHEET = QT_TRANSLATE_NOOP("report", "IPTT")
COL_LEVEL = QT_TRANSLATE_NOOP("report", "Level")
COL_DIRECTION = QT_TRANSLATE_NOOP("report", "Direction of change")
COL_CUMULATIVE = QT_TRANSLATE_NOOP("report", "Cumulative")
COL_NUMBER_OR_PERCENT = QT_TRANSLATE_NOOP("report", "# or %")
COL_PERCENT = QT_TRANSLATE_NOOP("report", "%")
COL_FINAL_TARGET = QT_TRANSLATE_NOOP("report", "Final target")
COL_TOTAL_ACTUAL = QT_TRANSLATE_NOOP("report", "Actual to date")
COL_PROGRAMME_TOTAL = QT_TRANSLATE_NOOP("report", "Programme total")
ROW_PROGRAMME_PROGRESS = QT_TRANSLATE_NOOP("report", "Programme progress (mean of indicators)")
IPTT_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "% = progress towards the target: (actual − baseline) / (target − baseline). "
    "Targets marked ≈ are derived from the yearly targets.",
)


class Texts:
    """Translate-then-format helper bound to one report's language.

    `translate` is the caller's catalogue; None means meapp's compiled catalogue of `lang`
    (ky, ru or en; another code gives the English source texts).
    """

    def __init__(self, translate: Translate | None, lang: str = "ky") -> None:
        self.lang = lang if lang in LANGUAGES else "en"
        self._translate: Translate = translate or i18n.translator(self.lang)

    def __call__(self, text: str, **params: object) -> str:
        out = self._translate(CONTEXT, text) or text
        if params:
            try:
                return out.format(**params)
            except (KeyError, IndexError, ValueError):
                return text.format(**params)
        return out

    # -- words for codes: the vocabulary's, as they stand in a sentence or a table cell ---------
    def word(self, words: V.Words, code: str | None) -> str:
        return words.word(code, self._translate, in_text=True)

    def status(self, code: str | None) -> str:
        return self.word(V.INDICATOR_STATUSES, code if code in V.INDICATOR_STATUSES else "no_data")

    def measure_status(self, code: str | None) -> str:
        return self.word(V.MEASURE_STATUSES, code or "not_started")

    def source(self, code: str) -> str:
        return self.word(V.FUNDING_SOURCES, code)

    def side(self, code: str) -> str:
        return self.word(V.MEMBER_SIDES, code)

    def member_role(self, code: str) -> str:
        return self.word(V.MEMBER_ROLES, code)

    def municipality_kind(self, code: str | None) -> str:
        return self.word(V.MUNICIPALITY_KINDS, code) if code in V.MUNICIPALITY_KINDS else ""

    def level(self, code: str | None) -> str:
        return self.word(V.INDICATOR_LEVELS, code) if code in V.INDICATOR_LEVELS else ""

    def direction(self, code: str | None) -> str:
        words = V.INDICATOR_DIRECTIONS_SHORT
        return self.word(words, code) if code in words else ""

    def value_type(self, code: str | None) -> str:
        return self.word(V.VALUE_TYPES_SHORT, code) if code in V.VALUE_TYPES_SHORT else ""

    def yes_no(self, flag: bool) -> str:
        return self(YES if flag else NO)

    def round_state(self, code: str | None) -> str:
        return self.word(V.ROUND_STATES, code if code in V.ROUND_STATES else "open")

    # -- periods, dates, numbers -----------------------------------------------------------
    def period(self, code: str | Period) -> str:
        p = code if isinstance(code, Period) else Period.parse(str(code))
        if p.is_year:
            return self(PERIOD_YEAR, year=p.year)
        if p.is_half:
            return self(PERIOD_H1 if p.index == 1 else PERIOD_H2, year=p.year)
        return self(PERIOD_QUARTER, year=p.year, quarter=p.index)

    def period_short(self, code: str | Period) -> str:
        p = code if isinstance(code, Period) else Period.parse(str(code))
        if p.is_year:
            return str(p.year)
        if p.is_half:
            return self(PERIOD_SHORT_H, year=p.year, half=p.index, roman="I" * p.index)
        return self(PERIOD_SHORT_Q, year=p.year, quarter=p.index)

    @staticmethod
    def date(value: date | datetime | str | None) -> str:
        """Dates the way the councils write them: 12.01.2025."""
        if value is None or value == "":
            return "–"
        if isinstance(value, str):
            try:
                return date.fromisoformat(value[:10]).strftime("%d.%m.%Y")
            except ValueError:
                return value
        return value.strftime("%d.%m.%Y")

    @staticmethod
    def number(value: float | None, decimals: int | None = None) -> str:
        return format_number(value, decimals)

    @staticmethod
    def percent(fraction: float | None, decimals: int = 0) -> str:
        return format_percent(fraction, decimals)

    def money(self, amount: float | None) -> tuple[str, str]:
        """An amount in som scaled for reading (`12,4` + `million som`)."""
        if amount is None:
            return "–", self(SOM)
        a = abs(amount)
        if a >= 1_000_000:
            scaled, unit = amount / 1_000_000, MILLION_SOM
        elif a >= 10_000:
            scaled, unit = amount / 1_000, THOUSAND_SOM
        else:
            return format_number(amount, 0), self(SOM)
        # one decimal while it tells something (27,1 million), none for 800 thousand
        return format_number(scaled, 1 if abs(scaled) < 100 else 0), self(unit)

    def money_text(self, amount: float | None) -> str:
        value, unit = self.money(amount)
        return f"{value}{NBSP}{unit}"
