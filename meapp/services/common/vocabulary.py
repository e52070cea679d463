"""The one vocabulary of stored codes (statuses, kinds, roles, round states, funding
sources, …), and the words of the audit trail: objects, actions, the name of every stored
field — in the reader's language.

Codes are stored untranslated (`meapp.models.enums`). Every word for a code lives here, once:
a `Words` table maps the codes of one kind to their English word, marked with
`QT_TRANSLATE_NOOP`, and knows the catalogue context it is translated in ("labels" for all
but the trail's own codes). The GUI (`meapp.ui.labels`), the reports, the Excel exports, the
drafted evaluation, the command line and the audit trail all ask these tables, so a code
reads the same on the screen, on paper and in a terminal. This module is Qt-free: the
caller passes its `translate(context, text)`.

A word is written as it stands alone, as a label ("On track", "Local budget"); inside a
sentence or a report's table cell the first letter is lowered (`in_text=True`: "on track"),
which is right for the three languages meapp speaks. Where a place needs a different word,
not just a different case — the short column words of the Excel sheets ("increase" where the
indicator form says "higher is better"), which the plan import reads back — the vocabulary
holds that second table too (`…_SHORT`).

The trail keeps raw snapshots (`{"status": "in_progress"}`) because it is evidence; the
chair and the council read it as "Status: Not started → In progress". A field or a code this
module does not know (written by a later version) shows as stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models.numbers import NBSP, format_number
from meapp.models.periods import Period, PeriodError

Translate = Callable[[str, str], str]

CONTEXT = "audit"  # objects, actions, field names, yes/no
WORDS = "labels"  # the words for codes (the context meapp/ui/labels.py has always used)


def identity(_ctx: str, text: str) -> str:
    return text


# -- objects and actions --------------------------------------------------------------------

ENTITY_LABELS = {
    "program": QT_TRANSLATE_NOOP("audit", "programme"),
    "municipality": QT_TRANSLATE_NOOP("audit", "municipality"),
    "plan_item": QT_TRANSLATE_NOOP("audit", "plan item"),
    "indicator": QT_TRANSLATE_NOOP("audit", "indicator"),
    "indicator_target": QT_TRANSLATE_NOOP("audit", "target"),
    "target_revision": QT_TRANSLATE_NOOP("audit", "target revision"),
    "actual": QT_TRANSLATE_NOOP("audit", "actual value"),
    "measure_progress": QT_TRANSLATE_NOOP("audit", "measure progress"),
    "measure_budget": QT_TRANSLATE_NOOP("audit", "measure budget"),
    "measure_budget_year": QT_TRANSLATE_NOOP("audit", "measure budget of a year"),
    "measure_spending": QT_TRANSLATE_NOOP("audit", "measure spending"),
    "evidence": QT_TRANSLATE_NOOP("audit", "evidence"),
    "deadline_setting": QT_TRANSLATE_NOOP("audit", "reporting deadline"),
    "reporting_round": QT_TRANSLATE_NOOP("audit", "reporting round"),
    "evaluation": QT_TRANSLATE_NOOP("audit", "evaluation"),
    "report": QT_TRANSLATE_NOOP("audit", "report"),
    "user": QT_TRANSLATE_NOOP("audit", "user"),
    "swot_item": QT_TRANSLATE_NOOP("audit", "SWOT item"),
    "risk": QT_TRANSLATE_NOOP("audit", "risk"),
    "working_group": QT_TRANSLATE_NOOP("audit", "working group"),
    "group_member": QT_TRANSLATE_NOOP("audit", "working group member"),
    "package": QT_TRANSLATE_NOOP("audit", "exchange package"),
    "database": QT_TRANSLATE_NOOP("audit", "database"),
    "public_check": QT_TRANSLATE_NOOP("audit", "public check"),
    "hearing": QT_TRANSLATE_NOOP("audit", "hearing or meeting"),
    "proposal": QT_TRANSLATE_NOOP("audit", "proposal"),
}
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("audit", "created"),
    "update": QT_TRANSLATE_NOOP("audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("audit", "deleted"),
    "import": QT_TRANSLATE_NOOP("audit", "imported"),
    "submit": QT_TRANSLATE_NOOP("audit", "submitted"),
    "approve": QT_TRANSLATE_NOOP("audit", "approved"),
    "reopen": QT_TRANSLATE_NOOP("audit", "reopened"),
    "role": QT_TRANSLATE_NOOP("audit", "role changed"),
    "activate": QT_TRANSLATE_NOOP("audit", "activated"),
    "deactivate": QT_TRANSLATE_NOOP("audit", "deactivated"),
    "password.change": QT_TRANSLATE_NOOP("audit", "password changed"),
    "password.reset": QT_TRANSLATE_NOOP("audit", "password reset"),
    "identity.create": QT_TRANSLATE_NOOP("audit", "signing identity created"),
    "identity.import": QT_TRANSLATE_NOOP("audit", "signing identity imported"),
    "identity.delete": QT_TRANSLATE_NOOP("audit", "signing identity deleted"),
    "report.sign": QT_TRANSLATE_NOOP("audit", "report signed"),
    "move": QT_TRANSLATE_NOOP("audit", "moved"),
    "bulk_create": QT_TRANSLATE_NOOP("audit", "created (several)"),
    "package.export": QT_TRANSLATE_NOOP("audit", "package exported"),
    "package.import": QT_TRANSLATE_NOOP("audit", "package imported"),
    "restore": QT_TRANSLATE_NOOP("audit", "restored"),
    "review.confirm": QT_TRANSLATE_NOOP("audit", "value confirmed"),
}

# -- field names ----------------------------------------------------------------------------
# In reading order: what names the row first, its content, who and when, ids and hashes
# last. A change list follows this order, not the alphabetical order of the stored JSON.

FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("audit", "Code"),
    "name": QT_TRANSLATE_NOOP("audit", "Name"),
    "title": QT_TRANSLATE_NOOP("audit", "Title"),
    "text": QT_TRANSLATE_NOOP("audit", "Text"),
    "login": QT_TRANSLATE_NOOP("audit", "Login"),
    "full_name": QT_TRANSLATE_NOOP("audit", "Full name"),
    "period": QT_TRANSLATE_NOOP("audit", "Period"),
    "kind": QT_TRANSLATE_NOOP("audit", "Kind"),
    "category": QT_TRANSLATE_NOOP("audit", "SWOT category"),
    "state": QT_TRANSLATE_NOOP("audit", "State"),
    "status": QT_TRANSLATE_NOOP("audit", "Status"),
    "value": QT_TRANSLATE_NOOP("audit", "Value"),
    "percent_complete": QT_TRANSLATE_NOOP("audit", "% done"),
    "spending": QT_TRANSLATE_NOOP("audit", "Spending"),
    "source": QT_TRANSLATE_NOOP("audit", "Funding source"),
    "planned": QT_TRANSLATE_NOOP("audit", "Planned"),
    "year": QT_TRANSLATE_NOOP("audit", "Year"),
    "amount": QT_TRANSLATE_NOOP("audit", "Spent"),
    "comment": QT_TRANSLATE_NOOP("audit", "Comment"),
    "note": QT_TRANSLATE_NOOP("audit", "Note"),
    "acknowledged": QT_TRANSLATE_NOOP("audit", "Acknowledged items"),
    "acknowledged_fingerprint": QT_TRANSLATE_NOOP("audit", "Fingerprint of the acknowledged list"),
    "acknowledged_how": QT_TRANSLATE_NOOP("audit", "How acknowledged"),
    # programme and municipality
    "rayon": QT_TRANSLATE_NOOP("audit", "Rayon"),
    "oblast": QT_TRANSLATE_NOOP("audit", "Oblast"),
    "start_year": QT_TRANSLATE_NOOP("audit", "Start year"),
    "end_year": QT_TRANSLATE_NOOP("audit", "End year"),
    "vision": QT_TRANSLATE_NOOP("audit", "Vision"),
    "strategic_goal": QT_TRANSLATE_NOOP("audit", "Strategic goal"),
    "approval_body": QT_TRANSLATE_NOOP("audit", "Approving body"),
    "approval_number": QT_TRANSLATE_NOOP("audit", "Decision number"),
    "approval_date": QT_TRANSLATE_NOOP("audit", "Decision date"),
    "frequency": QT_TRANSLATE_NOOP("audit", "Reporting frequency"),
    "threshold_green": QT_TRANSLATE_NOOP("audit", "On track from (progress ≥)"),
    "threshold_amber": QT_TRANSLATE_NOOP("audit", "At risk from (progress ≥)"),
    # plan items
    "description": QT_TRANSLATE_NOOP("audit", "Description"),
    "deadline_text": QT_TRANSLATE_NOOP("audit", "Deadline (as written)"),
    "expected_result": QT_TRANSLATE_NOOP("audit", "Expected result (output)"),
    "lead_executor": QT_TRANSLATE_NOOP("audit", "Responsible executor"),
    "co_executors": QT_TRANSLATE_NOOP("audit", "Co-executors"),
    "by_agreement": QT_TRANSLATE_NOOP("audit", "By agreement"),
    "annual_plan_years": QT_TRANSLATE_NOOP("audit", "Annual plan years"),
    "is_investment": QT_TRANSLATE_NOOP("audit", "Investment measure"),
    # indicators and targets
    "unit": QT_TRANSLATE_NOOP("audit", "Unit of measure"),
    "value_type": QT_TRANSLATE_NOOP("audit", "Value type"),
    "direction": QT_TRANSLATE_NOOP("audit", "Direction"),
    "aggregation": QT_TRANSLATE_NOOP("audit", "How periods combine"),
    "level": QT_TRANSLATE_NOOP("audit", "Level"),
    "baseline_value": QT_TRANSLATE_NOOP("audit", "Baseline value"),
    "baseline_year": QT_TRANSLATE_NOOP("audit", "Baseline year"),
    "final_target": QT_TRANSLATE_NOOP("audit", "Final target"),
    "data_source": QT_TRANSLATE_NOOP("audit", "Data source"),
    "collection_frequency": QT_TRANSLATE_NOOP("audit", "Measurement frequency"),
    "collection_date": QT_TRANSLATE_NOOP("audit", "Measurement date"),
    "method": QT_TRANSLATE_NOOP("audit", "Measurement method"),
    "verifying_document": QT_TRANSLATE_NOOP("audit", "Verifying document"),
    "responsible": QT_TRANSLATE_NOOP("audit", "Responsible"),
    "methodology_note": QT_TRANSLATE_NOOP("audit", "Methodology note"),
    "issue_text": QT_TRANSLATE_NOOP("audit", "Issue"),
    "group_text": QT_TRANSLATE_NOOP("audit", "Group"),
    "weight": QT_TRANSLATE_NOOP("audit", "Weight in roll-ups"),
    "old_target": QT_TRANSLATE_NOOP("audit", "Target before"),
    "new_target": QT_TRANSLATE_NOOP("audit", "New target"),
    "reason": QT_TRANSLATE_NOOP("audit", "Reason"),
    "decision_ref": QT_TRANSLATE_NOOP("audit", "Decision"),
    "revised_by": QT_TRANSLATE_NOOP("audit", "Revised by"),
    "revised_at": QT_TRANSLATE_NOOP("audit", "Revised at"),
    # evaluation
    "summary": QT_TRANSLATE_NOOP("audit", "Summary"),
    "analysis": QT_TRANSLATE_NOOP("audit", "Analysis of progress"),
    "weak_points": QT_TRANSLATE_NOOP("audit", "Weak points"),
    "recommendations": QT_TRANSLATE_NOOP("audit", "Recommendations"),
    "target_corrections": QT_TRANSLATE_NOOP("audit", "Proposed target corrections"),
    # reporting rounds
    "submitted_by": QT_TRANSLATE_NOOP("audit", "Submitted by"),
    "submitted_at": QT_TRANSLATE_NOOP("audit", "Submitted at"),
    "approved_by": QT_TRANSLATE_NOOP("audit", "Approved by"),
    "approved_at": QT_TRANSLATE_NOOP("audit", "Approved at"),
    # risks and SWOT
    "likelihood": QT_TRANSLATE_NOOP("audit", "Likelihood (1–5)"),
    "impact": QT_TRANSLATE_NOOP("audit", "Impact (1–5)"),
    "mitigation": QT_TRANSLATE_NOOP("audit", "Mitigation"),
    "owner": QT_TRANSLATE_NOOP("audit", "Responsible"),
    # working group, hearings, proposals, public checks
    "order_number": QT_TRANSLATE_NOOP("audit", "Order No."),
    "order_date": QT_TRANSLATE_NOOP("audit", "Order date"),
    "approving_body": QT_TRANSLATE_NOOP("audit", "Approved by"),
    "approving_body_note": QT_TRANSLATE_NOOP("audit", "Approving body"),
    "position": QT_TRANSLATE_NOOP("audit", "Place in the list"),
    "organisation": QT_TRANSLATE_NOOP("audit", "Organisation"),
    "side": QT_TRANSLATE_NOOP("audit", "Side"),
    "gender": QT_TRANSLATE_NOOP("audit", "Gender"),
    "birth_year": QT_TRANSLATE_NOOP("audit", "Birth year"),
    "role": QT_TRANSLATE_NOOP("audit", "Role"),
    "sort_order": QT_TRANSLATE_NOOP("audit", "Place in the list"),
    "held_on": QT_TRANSLATE_NOOP("audit", "Date"),
    "place": QT_TRANSLATE_NOOP("audit", "Place"),
    "attendance": QT_TRANSLATE_NOOP("audit", "Attendance"),
    "women": QT_TRANSLATE_NOOP("audit", "Women among them"),
    "notes": QT_TRANSLATE_NOOP("audit", "Notes"),
    "answer": QT_TRANSLATE_NOOP("audit", "Answer / what was done"),
    "stage": QT_TRANSLATE_NOOP("audit", "Stage of completion"),
    "check_date": QT_TRANSLATE_NOOP("audit", "Date of the check"),
    "checked_by": QT_TRANSLATE_NOOP("audit", "Checked by"),
    "citizens": QT_TRANSLATE_NOOP("audit", "Citizens taking part"),
    "findings": QT_TRANSLATE_NOOP("audit", "Findings"),
    "timeliness": QT_TRANSLATE_NOOP("audit", "Timeliness (1–5)"),
    "quality": QT_TRANSLATE_NOOP("audit", "Quality (1–5)"),
    # evidence
    "owner_type": QT_TRANSLATE_NOOP("audit", "Attached to"),
    "doc_number": QT_TRANSLATE_NOOP("audit", "Document number"),
    "doc_date": QT_TRANSLATE_NOOP("audit", "Document date"),
    "filename": QT_TRANSLATE_NOOP("audit", "File"),
    "mime": QT_TRANSLATE_NOOP("audit", "File type"),
    "size": QT_TRANSLATE_NOOP("audit", "Size (bytes)"),
    # users and signing identities
    "active": QT_TRANSLATE_NOOP("audit", "Account active"),
    # the reporting calendar (issue 21)
    "days": QT_TRANSLATE_NOOP("audit", "Days after the period"),
    "due_month": QT_TRANSLATE_NOOP("audit", "Due month"),
    "due_day": QT_TRANSLATE_NOOP("audit", "Due day"),
    "signing_key_rewrapped": QT_TRANSLATE_NOOP(
        "audit", "Signing key re-encrypted with the new password"
    ),
    "subject": QT_TRANSLATE_NOOP("audit", "Certificate holder"),
    "issuer": QT_TRANSLATE_NOOP("audit", "Issued by"),
    "not_after": QT_TRANSLATE_NOOP("audit", "Valid until"),
    # signed reports, exchange packages, restores, bulk creation
    "file": QT_TRANSLATE_NOOP("audit", "File"),
    "field": QT_TRANSLATE_NOOP("audit", "Signature field"),
    "scope": QT_TRANSLATE_NOOP("audit", "Scope"),
    "periods": QT_TRANSLATE_NOOP("audit", "Periods"),
    "municipality": QT_TRANSLATE_NOOP("audit", "Municipality"),
    "sender": QT_TRANSLATE_NOOP("audit", "Sent by"),
    "trust": QT_TRANSLATE_NOOP("audit", "Signature check"),
    "signed": QT_TRANSLATE_NOOP("audit", "Signed"),
    "rows": QT_TRANSLATE_NOOP("audit", "Rows"),
    "evidence_files": QT_TRANSLATE_NOOP("audit", "Attached files"),
    "created": QT_TRANSLATE_NOOP("audit", "Rows created"),
    "updated": QT_TRANSLATE_NOOP("audit", "Rows updated"),
    "replaced": QT_TRANSLATE_NOOP("audit", "Rows replaced"),
    "kept": QT_TRANSLATE_NOOP("audit", "Rows kept"),
    "skipped": QT_TRANSLATE_NOOP("audit", "Rows skipped"),
    "previous_copy": QT_TRANSLATE_NOOP("audit", "Copy of the previous database"),
    "count": QT_TRANSLATE_NOOP("audit", "Number of rows"),
    "entered_by": QT_TRANSLATE_NOOP("audit", "Entered by"),
    "review_value": QT_TRANSLATE_NOOP("audit", "Value confirmed"),
    "review_by": QT_TRANSLATE_NOOP("audit", "Confirmed by"),
    "review_at": QT_TRANSLATE_NOOP("audit", "Confirmed at"),
    "review_reason": QT_TRANSLATE_NOOP("audit", "Reason for confirming"),
    "review_code": QT_TRANSLATE_NOOP("audit", "Why it was held"),
    "": QT_TRANSLATE_NOOP("audit", "Stored text"),
    # internal: ids and hashes (shown as stored, named in words)
    "plan_item_id": QT_TRANSLATE_NOOP("audit", "Plan item (id)"),
    "parent_id": QT_TRANSLATE_NOOP("audit", "Parent item (id)"),
    "indicator_id": QT_TRANSLATE_NOOP("audit", "Indicator (id)"),
    "measure_id": QT_TRANSLATE_NOOP("audit", "Measure (id)"),
    "progress_id": QT_TRANSLATE_NOOP("audit", "Measure progress (id)"),
    "budget_id": QT_TRANSLATE_NOOP("audit", "Measure budget (id)"),
    "hearing_id": QT_TRANSLATE_NOOP("audit", "Hearing or meeting (id)"),
    "group_id": QT_TRANSLATE_NOOP("audit", "Working group (id)"),
    "owner_id": QT_TRANSLATE_NOOP("audit", "Attached to (id)"),
    "municipality_id": QT_TRANSLATE_NOOP("audit", "Municipality (id)"),
    "program_id": QT_TRANSLATE_NOOP("audit", "Programme (id)"),
    "id": QT_TRANSLATE_NOOP("audit", "Object (id)"),
    "fingerprint": QT_TRANSLATE_NOOP("audit", "Report fingerprint"),
    "sha256": QT_TRANSLATE_NOOP("audit", "Checksum (SHA-256)"),
    "certificate_sha256": QT_TRANSLATE_NOOP("audit", "Certificate (SHA-256)"),
    "signer": QT_TRANSLATE_NOOP("audit", "Signer's certificate (SHA-256)"),
}
# Where one stored name means something else in one kind of row.
ENTITY_FIELD_LABELS = {
    ("indicator_target", "value"): QT_TRANSLATE_NOOP("audit", "Target"),
    ("indicator_target", "text"): QT_TRANSLATE_NOOP("audit", "Target (as written)"),
    ("actual", "value"): QT_TRANSLATE_NOOP("audit", "Actual value"),
    ("risk", "text"): QT_TRANSLATE_NOOP("audit", "Risk"),
    ("proposal", "text"): QT_TRANSLATE_NOOP("audit", "Proposal"),
    ("municipality", "kind"): QT_TRANSLATE_NOOP("audit", "Kind of municipality"),
    ("evidence", "kind"): QT_TRANSLATE_NOOP("audit", "Kind of document"),
    ("user", "position"): QT_TRANSLATE_NOOP("audit", "Position"),
    ("group_member", "position"): QT_TRANSLATE_NOOP("audit", "Position"),
    ("user", "title"): QT_TRANSLATE_NOOP("audit", "Position in the certificate"),
    ("group_member", "role"): QT_TRANSLATE_NOOP("audit", "Role in the group"),
    ("deadline_setting", "kind"): QT_TRANSLATE_NOOP("audit", "Kind of deadline"),
    ("deadline_setting", "active"): QT_TRANSLATE_NOOP("audit", "Deadline kept"),
}
# Names that point at another row or are a checksum: kept as stored, hidden from the
# one-line summary of the table (the details pane and the export show them).
HASH_FIELDS = frozenset({"sha256", "certificate_sha256", "fingerprint", "signer"})

# -- codes as words ----------------------------------------------------------------------------


def lower_first(word: str) -> str:
    """A word as it stands inside a sentence or a table cell: "On track" → "on track",
    "Мэрия" → "мэрия"; a word that starts with an abbreviation ("NGO …") stays as it is."""
    if not word or (len(word) > 1 and word[1].isupper()):
        return word
    return word[0].lower() + word[1:]


class Words(dict[str, str]):
    """The words of one kind of stored code: code → English word (the catalogue's source
    text), translated in `context`. Iterating gives the codes in their usual order."""

    def __init__(self, context: str, words: Mapping[str, str]) -> None:
        super().__init__(words)
        self.context = context

    def word(
        self, code: str | None, translate: Translate = identity, *, in_text: bool = False
    ) -> str:
        """The word for `code` in the reader's language ("" for None; a code this version
        does not know shows as stored). `in_text`: as inside a sentence (`lower_first`)."""
        if code is None:
            return ""
        source = self.get(code)
        if source is None:
            return code
        word = translate(self.context, source)
        return lower_first(word) if in_text else word


KINDS = Words(
    WORDS,
    {
        "direction": QT_TRANSLATE_NOOP("labels", "Priority direction"),
        "sector": QT_TRANSLATE_NOOP("labels", "Sector"),
        "objective": QT_TRANSLATE_NOOP("labels", "Objective"),
        "measure": QT_TRANSLATE_NOOP("labels", "Measure"),
        "indicator": QT_TRANSLATE_NOOP("labels", "Indicator"),
    },
)
ROLES = Words(
    WORDS,
    {
        "viewer": QT_TRANSLATE_NOOP("labels", "viewer"),
        "editor": QT_TRANSLATE_NOOP("labels", "editor"),
        "evaluator": QT_TRANSLATE_NOOP("labels", "evaluator"),
        "admin": QT_TRANSLATE_NOOP("labels", "administrator"),
    },
)
ROUND_STATES = Words(
    WORDS,
    {
        "open": QT_TRANSLATE_NOOP("labels", "Open"),
        "submitted": QT_TRANSLATE_NOOP("labels", "Submitted"),
        "approved": QT_TRANSLATE_NOOP("labels", "Approved"),
    },
)
PROGRAM_STATUSES = Words(
    WORDS,
    {
        "draft": QT_TRANSLATE_NOOP("labels", "draft"),
        "approved": QT_TRANSLATE_NOOP("labels", "approved"),
        "archived": QT_TRANSLATE_NOOP("labels", "archived"),
    },
)
# The status of an indicator (or a roll-up, or the programme) for a period.
INDICATOR_STATUSES = Words(
    WORDS,
    {
        "on_track": QT_TRANSLATE_NOOP("labels", "On track"),
        "at_risk": QT_TRANSLATE_NOOP("labels", "At risk"),
        "off_track": QT_TRANSLATE_NOOP("labels", "Off track"),
        "no_data": QT_TRANSLATE_NOOP("labels", "No data"),
        # a value held out of the roll-ups until an evaluator confirms or corrects it
        "needs_review": QT_TRANSLATE_NOOP("labels", "Needs review"),
    },
)
# Why a value is held for review (meapp.services.monitoring.review).
REVIEW_REASONS = Words(
    WORDS,
    {
        "magnitude": QT_TRANSLATE_NOOP("labels", "Orders of magnitude off the series"),
        "unit_range": QT_TRANSLATE_NOOP("labels", "Outside what the unit allows"),
        "unrepresentable": QT_TRANSLATE_NOOP("labels", "A number the program cannot compute with"),
    },
)
MEASURE_STATUSES = Words(
    WORDS,
    {
        "not_started": QT_TRANSLATE_NOOP("labels", "Not started"),
        "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
        "done": QT_TRANSLATE_NOOP("labels", "Done"),
        "delayed": QT_TRANSLATE_NOOP("labels", "Delayed"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
)
FUNDING_SOURCES = Words(
    WORDS,
    {
        "local_budget": QT_TRANSLATE_NOOP("labels", "Local budget"),
        "republican_budget": QT_TRANSLATE_NOOP("labels", "Republican budget"),
        "development_fund": QT_TRANSLATE_NOOP("labels", "Development fund"),
        "donor": QT_TRANSLATE_NOOP("labels", "Donors"),
        "sponsor": QT_TRANSLATE_NOOP("labels", "Sponsors"),
        "community": QT_TRANSLATE_NOOP("labels", "Community contribution"),
        "investor": QT_TRANSLATE_NOOP("labels", "Investors"),
        "ppp": QT_TRANSLATE_NOOP("labels", "Public-private partnership"),
        "other": QT_TRANSLATE_NOOP("labels", "Other sources"),
    },
)
SWOT_CATEGORIES = Words(
    WORDS,
    {
        "strength": QT_TRANSLATE_NOOP("labels", "Strengths"),
        "weakness": QT_TRANSLATE_NOOP("labels", "Weaknesses"),
        "opportunity": QT_TRANSLATE_NOOP("labels", "Opportunities"),
        "threat": QT_TRANSLATE_NOOP("labels", "Threats"),
    },
)
RISK_STATUSES = Words(
    WORDS,
    {
        "open": QT_TRANSLATE_NOOP("labels", "open"),
        "mitigated": QT_TRANSLATE_NOOP("labels", "mitigated"),
        "closed": QT_TRANSLATE_NOOP("labels", "closed"),
    },
)
# A risk's score (likelihood × impact) in three bands (meapp.services.governance.risk_level).
RISK_LEVELS = Words(
    WORDS,
    {
        "low": QT_TRANSLATE_NOOP("labels", "low"),
        "medium": QT_TRANSLATE_NOOP("labels", "medium"),
        "high": QT_TRANSLATE_NOOP("labels", "high"),
    },
)
MUNICIPALITY_KINDS = Words(
    WORDS,
    {
        "city": QT_TRANSLATE_NOOP("labels", "town"),
        "aiyl_okmotu": QT_TRANSLATE_NOOP("labels", "aiyl okmotu"),
    },
)
FREQUENCIES = Words(
    WORDS,
    {
        "half_year": QT_TRANSLATE_NOOP("labels", "every half-year"),
        "quarter": QT_TRANSLATE_NOOP("labels", "every quarter"),
        "year": QT_TRANSLATE_NOOP("labels", "every year"),
    },
)
VALUE_TYPES = Words(
    WORDS,
    {
        "number": QT_TRANSLATE_NOOP("labels", "number"),
        "percent": QT_TRANSLATE_NOOP("labels", "per cent"),
        "ratio": QT_TRANSLATE_NOOP("labels", "ratio (1:x)"),
        "milestone": QT_TRANSLATE_NOOP("labels", "yes/no milestone"),
    },
)
# The value type in the narrow "# or %" column of the indicator performance table.
VALUE_TYPES_SHORT = Words(
    WORDS,
    {
        "number": QT_TRANSLATE_NOOP("labels", "#"),
        "percent": QT_TRANSLATE_NOOP("labels", "%"),
        "ratio": QT_TRANSLATE_NOOP("labels", "ratio"),
        "milestone": QT_TRANSLATE_NOOP("labels", "yes/no"),
    },
)
INDICATOR_DIRECTIONS = Words(
    WORDS,
    {
        "increase": QT_TRANSLATE_NOOP("labels", "higher is better"),
        "decrease": QT_TRANSLATE_NOOP("labels", "lower is better"),
        "keep": QT_TRANSLATE_NOOP("labels", "keep the level"),
    },
)
# The direction as a column of the Excel sheets (the indicator matrix is read back by the
# plan import, which knows these words: meapp.services.plan.importer._DIRECTIONS).
INDICATOR_DIRECTIONS_SHORT = Words(
    WORDS,
    {
        "increase": QT_TRANSLATE_NOOP("labels", "increase"),
        "decrease": QT_TRANSLATE_NOOP("labels", "decrease"),
        "keep": QT_TRANSLATE_NOOP("labels", "keep"),
    },
)
AGGREGATIONS = Words(
    WORDS,
    {
        "sum": QT_TRANSLATE_NOOP("labels", "cumulative: periods add up"),
        "latest": QT_TRANSLATE_NOOP("labels", "level: the latest value"),
        "average": QT_TRANSLATE_NOOP("labels", "level: the average"),
        "annual_sum": QT_TRANSLATE_NOOP("labels", "annual sum: periods add up within each year"),
    },
)
# How periods combine as a column of the indicator matrix (read back by the plan import:
# meapp.services.plan.importer._AGGREGATIONS).
AGGREGATIONS_SHORT = Words(
    WORDS,
    {
        "sum": QT_TRANSLATE_NOOP("labels", "cumulative"),
        "latest": QT_TRANSLATE_NOOP("labels", "level"),
        "average": QT_TRANSLATE_NOOP("labels", "average"),
        "annual_sum": QT_TRANSLATE_NOOP("labels", "annual sum"),
    },
)
INDICATOR_LEVELS = Words(
    WORDS,
    {
        "impact": QT_TRANSLATE_NOOP("labels", "impact"),
        "outcome": QT_TRANSLATE_NOOP("labels", "outcome"),
        "output": QT_TRANSLATE_NOOP("labels", "output"),
    },
)
EVIDENCE_KINDS = Words(
    WORDS,
    {
        "act": QT_TRANSLATE_NOOP("labels", "Act of completed works"),
        "contract": QT_TRANSLATE_NOOP("labels", "Contract"),
        "photo": QT_TRANSLATE_NOOP("labels", "Photo"),
        "survey": QT_TRANSLATE_NOOP("labels", "Survey report"),
        "minutes": QT_TRANSLATE_NOOP("labels", "Minutes"),
        "other": QT_TRANSLATE_NOOP("labels", "Other document"),
    },
)
MEMBER_SIDES = Words(
    WORDS,
    {
        "mayors_office": QT_TRANSLATE_NOOP("labels", "Mayor's office"),
        "council": QT_TRANSLATE_NOOP("labels", "Council"),
        "business": QT_TRANSLATE_NOOP("labels", "Business"),
        "civic": QT_TRANSLATE_NOOP("labels", "Civic / NGO"),
    },
)
GENDERS = Words(
    WORDS,
    {
        "f": QT_TRANSLATE_NOOP("labels", "woman"),
        "m": QT_TRANSLATE_NOOP("labels", "man"),
    },
)
MEMBER_ROLES = Words(
    WORDS,
    {
        "chair": QT_TRANSLATE_NOOP("labels", "chair"),
        "secretary": QT_TRANSLATE_NOOP("labels", "secretary"),
        "member": QT_TRANSLATE_NOOP("labels", "member"),
    },
)
# the body whose document approved the working group (models.enums.APPROVING_BODIES)
APPROVING_BODIES = Words(
    WORDS,
    {
        "council": QT_TRANSLATE_NOOP("labels", "Council resolution"),
        "head": QT_TRANSLATE_NOOP("labels", "Order of the head (mayor, head of the aiyl okmotu)"),
        "other": QT_TRANSLATE_NOOP("labels", "Other body"),
    },
)
HEARING_KINDS = Words(
    WORDS,
    {
        "public_hearing": QT_TRANSLATE_NOOP("labels", "Public hearing"),
        "group_meeting": QT_TRANSLATE_NOOP("labels", "Expanded group meeting"),
    },
)
PROPOSAL_STATUSES = Words(
    WORDS,
    {
        "received": QT_TRANSLATE_NOOP("labels", "received"),
        "accepted": QT_TRANSLATE_NOOP("labels", "accepted"),
        "rejected": QT_TRANSLATE_NOOP("labels", "rejected"),
        "done": QT_TRANSLATE_NOOP("labels", "done"),
    },
)
CHECK_STAGES = Words(
    WORDS,
    {
        "50": QT_TRANSLATE_NOOP("labels", "at 50 %"),
        "100": QT_TRANSLATE_NOOP("labels", "at 100 %"),
        "other": QT_TRANSLATE_NOOP("labels", "other stage"),
    },
)
# Period names follow the glossary: "2024-ж. I жарым жылдык", "I полугодие 2024 г.".
PERIOD_PATTERNS = {
    "Y": QT_TRANSLATE_NOOP("labels", "{year}"),
    "H1": QT_TRANSLATE_NOOP("labels", "{year}, first half-year"),
    "H2": QT_TRANSLATE_NOOP("labels", "{year}, second half-year"),
    "Q1": QT_TRANSLATE_NOOP("labels", "{year}, 1st quarter"),
    "Q2": QT_TRANSLATE_NOOP("labels", "{year}, 2nd quarter"),
    "Q3": QT_TRANSLATE_NOOP("labels", "{year}, 3rd quarter"),
    "Q4": QT_TRANSLATE_NOOP("labels", "{year}, 4th quarter"),
}
# Codes only the trail stores (exchange packages), so they have audit words of their own.
PACKAGE_SCOPES = Words(
    CONTEXT,
    {
        "program": QT_TRANSLATE_NOOP("audit", "the whole programme"),
        "periods": QT_TRANSLATE_NOOP("audit", "chosen periods"),
    },
)
# The two signature fields of a report (services/signing/boxes): their names in the PDF,
# in words for messages (`sig_chair` never shows in a Kyrgyz sentence).
SIGNATURE_BOXES = {  # context "signing"; the PDF's field names are not stored codes
    "sig_chair": QT_TRANSLATE_NOOP("signing", "the chair's box"),
    "sig_mayor": QT_TRANSLATE_NOOP("signing", "the mayor's box"),
}
TRUST_STATES = Words(
    CONTEXT,
    {
        "first": QT_TRANSLATE_NOOP("audit", "first package: its signer was recorded"),
        "known": QT_TRANSLATE_NOOP("audit", "signed by the known signer"),
        "other_signer": QT_TRANSLATE_NOOP("audit", "signed by another signer"),
        "unsigned": QT_TRANSLATE_NOOP("audit", "not signed"),
        "unsigned_known": QT_TRANSLATE_NOOP("audit", "not signed, though earlier packages were"),
    },
)
# the kinds of deadline of the reporting calendar (issue 21)
DEADLINE_KINDS = Words(
    WORDS,
    {
        "round": QT_TRANSLATE_NOOP("labels", "Reporting round"),
        "mayor_report": QT_TRANSLATE_NOOP("labels", "Quarterly report to the mayor"),
        "group_info": QT_TRANSLATE_NOOP("labels", "Half-year information to the working group"),
        "council_report": QT_TRANSLATE_NOOP("labels", "Annual report to the council"),
        "public_check": QT_TRANSLATE_NOOP("labels", "Public check"),
    },
)
# Every table, by name (tests check that each is complete and translated).
ALL_WORDS: dict[str, Words] = {
    name: value for name, value in list(globals().items()) if isinstance(value, Words)
}
YES = QT_TRANSLATE_NOOP("audit", "yes")
NO = QT_TRANSLATE_NOOP("audit", "no")

# Which list gives the words of a field: first for that kind of row, then for any row.
ENTITY_VALUE_WORDS: dict[tuple[str, str], Words] = {
    ("plan_item", "kind"): KINDS,
    ("municipality", "kind"): MUNICIPALITY_KINDS,
    ("hearing", "kind"): HEARING_KINDS,
    ("evidence", "kind"): EVIDENCE_KINDS,
    ("deadline_setting", "kind"): DEADLINE_KINDS,
    ("measure_progress", "status"): MEASURE_STATUSES,
    ("program", "status"): PROGRAM_STATUSES,
    ("proposal", "status"): PROPOSAL_STATUSES,
    ("risk", "status"): RISK_STATUSES,
    ("user", "role"): ROLES,
    ("group_member", "role"): MEMBER_ROLES,
    ("working_group", "approving_body"): APPROVING_BODIES,
}
VALUE_WORDS: dict[str, Words] = {
    "state": ROUND_STATES,
    "category": SWOT_CATEGORIES,
    "source": FUNDING_SOURCES,
    "frequency": FREQUENCIES,
    "value_type": VALUE_TYPES,
    "direction": INDICATOR_DIRECTIONS,
    "aggregation": AGGREGATIONS,
    "level": INDICATOR_LEVELS,
    "side": MEMBER_SIDES,
    "gender": GENDERS,
    "stage": CHECK_STAGES,
    "scope": PACKAGE_SCOPES,
    "trust": TRUST_STATES,
    "review_code": REVIEW_REASONS,
}
YEAR_FIELDS = frozenset({"start_year", "end_year", "baseline_year", "birth_year"})
DATE_FIELDS = frozenset({"held_on", "check_date", "approval_date", "order_date", "doc_date"})
DATETIME_FIELDS = frozenset({"submitted_at", "approved_at", "revised_at", "not_after", "review_at"})
PLACE_FIELDS = frozenset({"position", "sort_order"})  # stored from 0; people count from 1
PERCENT_FIELDS = frozenset({"percent_complete"})  # stored in per cent: 45.0 = 45 %
FRACTION_FIELDS = frozenset({"threshold_green", "threshold_amber"})  # 0.9 = 90 %


# -- lookups --------------------------------------------------------------------------------


def entity_label(entity: str, translate: Translate = identity) -> str:
    label = ENTITY_LABELS.get(entity)
    return translate(CONTEXT, label) if label else entity


def action_label(action: str, translate: Translate = identity) -> str:
    label = ACTION_LABELS.get(action)
    return translate(CONTEXT, label) if label else action


def is_internal(field: str) -> bool:
    """An id or a checksum: evidence for the specialist, noise in a one-line summary."""
    return field == "id" or field.endswith("_id") or field in HASH_FIELDS


def field_label(entity: str, field: str, translate: Translate = identity) -> str:
    """The name of a stored field in words; an unknown field keeps its stored name."""
    label = ENTITY_FIELD_LABELS.get((entity, field)) or FIELD_LABELS.get(field)
    return translate(CONTEXT, label) if label else field


_READING_ORDER = {name: i for i, name in enumerate(FIELD_LABELS)}


def field_order(field: str) -> tuple[int, int]:
    """Sort key: known fields in reading order, then unknown ones, ids and hashes last."""
    place = _READING_ORDER.get(field, len(_READING_ORDER))
    if is_internal(field):
        return (2, place)
    return (0, place) if field in _READING_ORDER else (1, 0)


def period_words(code: str, translate: Translate = identity) -> str:
    """`2024-H2` → "2024, second half-year" in the reader's language; other text as it is."""
    try:
        p = Period.parse(code)
    except PeriodError:
        return code
    key = "Y" if p.is_year else f"{p.kind}{p.index}"
    return translate(WORDS, PERIOD_PATTERNS[key]).format(year=p.year)


def _number(value: float | int) -> str:
    # The trail is evidence: show the usual grouping only when it loses no digit.
    return format_number(value) if round(value, 2) == value else str(value)


def _date_text(value: str, with_time: bool) -> str:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if not with_time or len(value) <= 10:
        return moment.strftime("%d.%m.%Y")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # the services store UTC
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def _code_words(entity: str, field: str) -> Words | None:
    return ENTITY_VALUE_WORDS.get((entity, field)) or VALUE_WORDS.get(field)


def _plain(value: Any, translate: Translate) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate(CONTEXT, YES if value else NO)
    if isinstance(value, float | int):
        return _number(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def value_text(entity: str, field: str, value: Any, translate: Translate = identity) -> str:
    """A stored value as the reader understands it: codes as words, yes/no, dd.mm.yyyy,
    per cents; ids, hashes and free text as stored. Never fails on an unexpected value."""
    if value is None or isinstance(value, bool):
        return _plain(value, translate)
    words = _code_words(entity, field)
    if words is not None and isinstance(value, str | int) and str(value) in words:
        return words.word(str(value), translate)
    if isinstance(value, int | float):
        if field in YEAR_FIELDS:  # 2022, never "2 022"
            whole = isinstance(value, int) or value.is_integer()
            return str(int(value)) if whole else str(value)
        if field in PLACE_FIELDS and isinstance(value, int):
            return str(value + 1)
        if field in PERCENT_FIELDS:
            return f"{_number(value)}{NBSP}%"
        if field in FRACTION_FIELDS:
            return f"{_number(round(value * 100, 6))}{NBSP}%"
        return _number(value)
    if isinstance(value, str):
        if field in DATE_FIELDS or field in DATETIME_FIELDS:
            return _date_text(value, field in DATETIME_FIELDS)
        if field == "period":
            return period_words(value, translate)
        if field == "periods":
            return ", ".join(period_words(p.strip(), translate) for p in value.split(","))
        if field == "owner_type":
            return entity_label(value, translate)
        return value
    if field == "spending" and isinstance(value, dict):
        return "; ".join(
            f"{value_text(entity, 'source', k, translate)} {_plain(v, translate)}"
            for k, v in value.items()
        )
    return _plain(value, translate)


def change_line(
    entity: str, field: str, before: Any, after: Any, translate: Translate = identity
) -> str:
    """`Status: Not started → In progress` (a missing value is "—")."""
    return (
        f"{field_label(entity, field, translate)}: "
        f"{value_text(entity, field, before, translate)} → "
        f"{value_text(entity, field, after, translate)}"
    )
