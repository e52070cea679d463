"""The enumerations of the domain model, as stored (codes, never translated text).

The UI and the reports translate these codes; the database keeps them with CHECK
constraints built from the same tuples, so there is one place for each list.
"""

from __future__ import annotations

MUNICIPALITY_KINDS = ("city", "aiyl_okmotu")
PROGRAM_STATUSES = ("draft", "approved", "archived")
FREQUENCIES = ("half_year", "quarter", "year")
PLAN_ITEM_KINDS = ("direction", "sector", "objective", "measure")
VALUE_TYPES = ("number", "percent", "ratio", "milestone")
DIRECTIONS = ("increase", "decrease", "keep")
# How periods combine: "sum" = cumulative indicator; "latest"/"average" = level indicator;
# "annual_sum" = summed within each year (flows per year: revenue, jobs created; issue 19).
AGGREGATIONS = ("sum", "latest", "average", "annual_sum")
INDICATOR_LEVELS = ("impact", "outcome", "output")
MEASURE_STATUSES = ("not_started", "in_progress", "done", "delayed", "cancelled")
FUNDING_SOURCES = (
    "local_budget",
    "republican_budget",
    "development_fund",
    "donor",
    "sponsor",
    "community",
    "investor",
    "ppp",
    "other",
)
EVIDENCE_KINDS = ("act", "contract", "photo", "survey", "minutes", "other")
EVIDENCE_OWNERS = ("actual", "measure_progress", "public_check", "hearing")
ROUND_STATES = ("open", "submitted", "approved")
MEMBER_SIDES = ("mayors_office", "council", "business", "civic")
GENDERS = ("f", "m")
MEMBER_ROLES = ("chair", "secretary", "member")
# who approved the working group: a council resolution, an order of the head (mayor / head
# of the aiyl okmotu), another body named in words (issue 21)
APPROVING_BODIES = ("council", "head", "other")
CHECK_STAGES = ("50", "100", "other")
# the kinds of deadline of a programme's reporting calendar (issue 21; models/calendar.py)
DEADLINE_KINDS = ("round", "mayor_report", "group_info", "council_report", "public_check")
HEARING_KINDS = ("public_hearing", "group_meeting")
PROPOSAL_STATUSES = ("received", "accepted", "rejected", "done")
SWOT_CATEGORIES = ("strength", "weakness", "opportunity", "threat")
RISK_STATUSES = ("open", "mitigated", "closed")
ROLES = ("viewer", "editor", "evaluator", "admin")
INDICATOR_STATUSES = ("on_track", "at_risk", "off_track", "no_data", "needs_review")
REVIEW_REASONS = ("magnitude", "unit_range", "unrepresentable")  # why a value is held (issue 19)
