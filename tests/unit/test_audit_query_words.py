"""The audit trail in words: every stored field named, codes as their words, yes/no,
dd.mm.yyyy — in the reader's language, on the page and in the Excel export — and a field
or code from a later version shown as stored, never a crash."""

from __future__ import annotations

import uuid

import pytest
from openpyxl import load_workbook

from meapp.services.audit import query as audit_query
from meapp.services.audit.query import AuditEventDTO, AuditFilter, Change, export_audit_xlsx
from meapp.services.common import vocabulary as audit_words
from meapp.services.common.vocabulary import change_line, field_label, value_text
from meapp.store import audit_chain as audit

NBSP = "\u00a0"
# A few entries of the Russian catalogue, enough to see every kind of word translated.
RUSSIAN = {
    ("audit", "Status"): "Статус",
    ("audit", "% done"): "Выполнено, %",
    ("audit", "Period"): "Период",
    ("audit", "Comment"): "Комментарий",
    ("audit", "Measure (id)"): "Мероприятие (id)",
    ("audit", "By agreement"): "По согласованию",
    ("audit", "yes"): "да",
    ("audit", "no"): "нет",
    ("audit", "Changes"): "Изменения",
    ("labels", "Not started"): "Не начато",
    ("labels", "In progress"): "Выполняется",
    ("labels", "{year}, first half-year"): "I полугодие {year} г.",
}


def russian(context: str, text: str) -> str:
    return RUSSIAN.get((context, text), text)


def event(entity: str, before: dict | None, after: dict | None) -> AuditEventDTO:
    return AuditEventDTO(
        seq=1,
        id="e1",
        at=None,
        at_text="",
        user="editor",
        action="update",
        entity=entity,
        entity_id=None,
        program_id=None,
        period="2024-H1",
        before=before,
        after=after,
        reason=None,
        changes=audit_query._changes(before, after),
    )


# -- every field has a name ------------------------------------------------------------------


def test_every_field_of_the_demo_trail_is_named_in_words(demo_db):
    unnamed = {
        (ev.entity, c.field)
        for ev in audit_query.iter_matching(demo_db)
        for c in ev.changes
        if field_label(ev.entity, c.field) == c.field
    }
    assert not unnamed


def test_every_audited_column_of_the_model_is_named_in_words():
    """A column added later needs its label in meapp/services/common/vocabulary.py FIELD_LABELS."""
    unnamed = sorted(
        f"{table.name}.{column.name}"
        for table in audit.audited_tables().values()  # bookkeeping tables have no trail
        for column in table.columns
        if column.name not in audit._SKIP and column.name not in audit_words.FIELD_LABELS
    )
    assert not unnamed


def test_the_word_lists_are_the_ones_the_other_pages_use():
    """meapp/ui/labels.py shows the same lists (not copies of them): one translation per code."""
    from meapp.ui import labels

    for name in (
        "KINDS",
        "ROLES",
        "ROUND_STATES",
        "PROGRAM_STATUSES",
        "MEASURE_STATUSES",
        "FUNDING_SOURCES",
        "SWOT_CATEGORIES",
        "RISK_STATUSES",
        "MUNICIPALITY_KINDS",
        "FREQUENCIES",
        "VALUE_TYPES",
        "INDICATOR_DIRECTIONS",
        "AGGREGATIONS",
        "INDICATOR_LEVELS",
        "EVIDENCE_KINDS",
        "MEMBER_SIDES",
        "GENDERS",
        "MEMBER_ROLES",
        "HEARING_KINDS",
        "PROPOSAL_STATUSES",
        "CHECK_STAGES",
        "INDICATOR_STATUSES",
        "RISK_LEVELS",
    ):
        assert getattr(labels, name) is getattr(audit_words, name), name
    assert audit_words.WORDS == labels.CONTEXT


# -- values ---------------------------------------------------------------------------------


def test_a_status_change_reads_in_the_readers_language():
    ev = event(
        "measure_progress",
        {"status": "not_started", "percent_complete": 0.0},
        {"status": "in_progress", "percent_complete": 45.0, "comment": "Подрядчик начал"},
    )
    assert audit_query.describe_changes(ev, russian).splitlines() == [
        "Статус: Не начато → Выполняется",
        f"Выполнено, %: 0{NBSP}% → 45{NBSP}%",
        "Комментарий: — → Подрядчик начал",
    ]
    assert audit_query.describe_changes(ev).splitlines()[0] == "Status: Not started → In progress"


@pytest.mark.parametrize(
    ("entity", "field", "value", "expected"),
    [
        ("plan_item", "by_agreement", True, "yes"),
        ("user", "active", False, "no"),
        ("hearing", "held_on", "2024-02-20", "20.02.2024"),
        ("program", "approval_date", "2023-02-24", "24.02.2023"),
        ("indicator", "baseline_year", 2022, "2022"),
        ("group_member", "birth_year", 1979, "1979"),
        ("program", "threshold_green", 0.9, f"90{NBSP}%"),
        ("measure_budget", "planned", 38000000.0, f"38{NBSP}000{NBSP}000"),
        ("swot_item", "position", 0, "1"),
        ("actual", "period", "2024-H2", "2024, second half-year"),
        ("package", "periods", "2024-H1, 2024", "2024, first half-year, 2024"),
        ("evidence", "owner_type", "public_check", "public check"),
        ("evidence", "kind", "act", "Act of completed works"),
        ("plan_item", "kind", "measure", "Measure"),
        ("municipality", "kind", "city", "town"),
        ("hearing", "kind", "public_hearing", "Public hearing"),
        ("program", "status", "approved", "approved"),
        ("proposal", "status", "received", "received"),
        ("risk", "status", "mitigated", "mitigated"),
        ("reporting_round", "state", "submitted", "Submitted"),
        ("user", "role", "evaluator", "evaluator"),
        ("group_member", "role", "chair", "chair"),
        ("group_member", "side", "mayors_office", "Mayor's office"),
        ("group_member", "gender", "f", "woman"),
        ("swot_item", "category", "threat", "Threats"),
        ("public_check", "stage", "50", "at 50 %"),
        ("indicator", "value_type", "ratio", "ratio (1:x)"),
        ("indicator", "direction", "decrease", "lower is better"),
        ("indicator", "aggregation", "sum", "cumulative: periods add up"),
        ("indicator", "level", "outcome", "outcome"),
        ("program", "frequency", "quarter", "every quarter"),
        ("measure_spending", "source", "development_fund", "Development fund"),
        ("package", "scope", "program", "the whole programme"),
        ("package", "trust", "unsigned", "not signed"),
        ("indicator", "unit", "км", "км"),
    ],
)
def test_stored_values_in_words(entity, field, value, expected):
    assert value_text(entity, field, value) == expected


def test_codes_and_booleans_use_the_readers_words():
    assert value_text("measure_progress", "status", "in_progress", russian) == "Выполняется"
    assert value_text("plan_item", "by_agreement", True, russian) == "да"
    assert value_text("actual", "period", "2025-H1", russian) == "I полугодие 2025 г."
    assert field_label("plan_item", "by_agreement", russian) == "По согласованию"


def test_spending_per_source_reads_as_words_and_amounts():
    text = value_text("measure_progress", "spending", {"local_budget": 900000.0, "donor": 1500.5})
    assert text == f"Local budget 900{NBSP}000; Donors 1{NBSP}500,5"


def test_one_name_means_different_things_in_different_rows():
    assert field_label("risk", "text") == "Risk"
    assert field_label("swot_item", "text") == "Text"
    assert field_label("group_member", "position") == "Position"
    assert field_label("indicator", "position") == "Place in the list"
    assert field_label("indicator_target", "value") == "Target"
    assert field_label("actual", "value") == "Actual value"
    assert value_text("group_member", "role", "chair") == "chair"
    assert value_text("user", "role", "admin") == "administrator"


def test_ids_and_checksums_are_named_and_kept_as_stored():
    assert field_label("actual", "indicator_id") == "Indicator (id)"
    assert field_label("actual", "id") == "Object (id)"
    assert field_label("report", "sha256") == "Checksum (SHA-256)"
    digest = "ab" * 32
    assert value_text("report", "sha256", digest) == digest
    assert value_text("actual", "indicator_id", "5f90df8d") == "5f90df8d"


# -- what a later version may store --------------------------------------------------------


def test_unknown_fields_and_codes_show_as_stored():
    assert change_line("actual", "future_field", None, 3) == "future_field: — → 3"
    assert change_line("widget", "widget_id", None, "x-1") == "widget_id: — → x-1"
    assert value_text("measure_progress", "status", "paused") == "paused"
    assert value_text("public_check", "stage", "75") == "75"
    assert value_text("hearing", "held_on", "soon") == "soon"
    assert value_text("reporting_round", "approved_at", "late") == "late"
    assert value_text("actual", "period", "H1 of next year") == "H1 of next year"
    assert value_text("indicator", "baseline_year", 2022.0) == "2022"
    assert value_text("indicator", "baseline_year", float("nan")) == "nan"
    assert value_text("program", "threshold_green", float("inf")) == f"inf{NBSP}%"
    assert value_text("measure_progress", "spending", {"new_fund": 5}) == "new_fund 5"
    assert value_text("actual", "extra", {"b": [1, 2]}) == '{"b": [1, 2]}'
    assert value_text("measure_progress", "status", ["done"]) == '["done"]'
    assert value_text("swot_item", "position", "top") == "top"
    assert value_text("actual", "value", 0.123456) == "0.123456"  # no digit lost


def test_text_that_is_not_json_any_more_is_shown_as_it_is():
    ev = event("actual", None, None)
    ev = AuditEventDTO(**{**ev.__dict__, "changes": (Change("", None, "edited by hand"),)})
    assert audit_query.describe_changes(ev) == "Stored text: — → edited by hand"


def test_changes_read_in_order_with_ids_last_and_a_short_form_without_them():
    ev = event(
        "measure_progress",
        None,
        {
            "comment": "ok",
            "id": "p-1",
            "measure_id": "m-1",
            "percent_complete": 10.0,
            "period": "2024-H1",
            "status": "in_progress",
        },
    )
    assert [ln.split(":")[0] for ln in audit_query.change_lines(ev)] == [
        "Period",
        "Status",
        "% done",
        "Comment",
        "Measure (id)",
        "Object (id)",
    ]
    short = audit_query.change_lines(ev, internal=False, skip_period="2024-H1")
    assert short == ["Status: — → In progress", f"% done: — → 10{NBSP}%", "Comment: — → ok"]
    only_ids = event("actual", {"indicator_id": "a"}, {"indicator_id": "b"})
    assert audit_query.change_lines(only_ids, internal=False) == ["Indicator (id): a → b"]


# -- the Excel export -----------------------------------------------------------------------


def test_the_excel_export_writes_the_changes_in_the_chosen_language(db, tmp_path):
    program = str(uuid.uuid4())
    with db.session() as s, s.begin():
        audit.record(
            s,
            user="editor",
            action="update",
            entity="measure_progress",
            entity_id=uuid.uuid4(),
            program_id=program,
            period="2024-H1",
            before={"status": "not_started", "percent_complete": 0.0},
            after={"status": "in_progress", "percent_complete": 45.0},
        )
        audit.record(
            s,
            user="editor",
            action="update",
            entity="plan_item",
            entity_id=uuid.uuid4(),
            program_id=program,
            before={"by_agreement": False, "new_flag": "x"},
            after={"by_agreement": True, "new_flag": "y"},
        )
    path = tmp_path / "trail.xlsx"
    assert export_audit_xlsx(db, path, AuditFilter(program_id=program), russian) == 2
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    column = rows[0].index("Изменения")
    assert rows[1][column].splitlines() == [
        "Статус: Не начато → Выполняется",
        f"Выполнено, %: 0{NBSP}% → 45{NBSP}%",
    ]
    assert rows[2][column].splitlines() == ["По согласованию: нет → да", "new_flag: x → y"]
