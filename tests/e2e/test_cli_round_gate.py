"""`meapp round submit|approve` and the quality gate (issue 19), run as a user runs them on a
`meapp demo` database: 2025-H1 is open with no figures yet, so items are open there."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.helpers import demo_file, demo_runner

pytestmark = pytest.mark.slow

PERIOD = "2025-H1"  # the demo's open round: no values yet, one overdue measure
CONTRACT = ["program_id", "period", "state", "submitted_by", "approved_by"]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return demo_file(tmp_path_factory.mktemp("gate"))


@pytest.fixture
def meapp(demo_template, tmp_path):
    return demo_runner(demo_template, tmp_path)


def round_state(meapp) -> str:
    from meapp.services.monitoring import rounds
    from meapp.services.plan.programs import list_programs
    from meapp.store.db import open_database

    db = open_database(str(meapp.db))
    try:
        return rounds.get_round(db, list_programs(db)[0].id, PERIOD).state
    finally:
        db.dispose()


def test_submit_with_open_items_exits_2_naming_them_and_changes_nothing(meapp):
    r = meapp("editor", "round", "submit", "--period", PERIOD)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert lines[0].startswith(f"meapp: the round {PERIOD} was not changed")
    assert "--accept-warnings" in lines[0]
    items = [line.strip() for line in lines[1:]]
    assert len(items) == 13  # 12 indicators without a value and one overdue measure
    assert all(line.startswith("- ") for line in items)
    assert sum(line.endswith(f": no value for {PERIOD}") for line in items) == 12
    assert any(line.startswith("- И-01 ") for line in items)
    assert any(
        line.startswith("- measure 4.1.1.1 ") and "past its deadline (2024)" in line
        for line in items
    )
    assert not any("evaluation" in line for line in items)  # asked at approval only
    assert r.stdout == ""
    assert round_state(meapp) == "open"


def test_accepting_the_warnings_submits_lists_them_and_keeps_the_json_contract(meapp):
    r = meapp("editor", "round", "submit", "--period", PERIOD, "--accept-warnings", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert list(data)[: len(CONTRACT)] == CONTRACT  # the §6 shape, then the addition
    assert data["state"] == "submitted" and data["period"] == PERIOD
    assert len(data["acknowledged"]) == 13
    first = data["acknowledged"][0]
    assert first["kind"] == "missing_value" and first["subject_code"] == "И-01"
    assert first["text"].endswith(f": no value for {PERIOD}")
    assert r.stderr.count("warning: acknowledged: ") == 13
    assert round_state(meapp) == "submitted"


def test_approval_asks_again_with_the_evaluation_and_is_audited(meapp):
    assert (
        meapp("editor", "round", "submit", "--period", PERIOD, "--accept-warnings").returncode == 0
    )
    r = meapp("chair", "round", "approve", "--period", PERIOD)
    assert r.returncode == 2, r.stderr
    assert "to approve anyway" in r.stderr.splitlines()[0]
    assert f"- the evaluation of {PERIOD} is not written" in r.stderr
    assert round_state(meapp) == "submitted"

    r = meapp("chair", "round", "approve", "--period", PERIOD, "--accept-warnings")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"Round {PERIOD}: approved"
    assert f"warning: acknowledged: the evaluation of {PERIOD} is not written" in r.stderr
    assert round_state(meapp) == "approved"

    # who acknowledged which items is in the audit trail, and the chain stays intact
    from sqlalchemy import select

    from meapp.models import AuditEvent
    from meapp.store.db import open_database

    db = open_database(str(meapp.db))
    try:
        with db.session() as s:
            event = s.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "approve", AuditEvent.period == PERIOD)
                .order_by(AuditEvent.seq.desc())
            ).first()
            assert event is not None and event.user_login == "chair"
            acknowledged = json.loads(event.after)["acknowledged"]
    finally:
        db.dispose()
    assert len(acknowledged) == 14
    assert acknowledged[-1]["kind"] == "empty_evaluation"
    check = meapp(None, "check")
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_report_of_the_period_prints_the_acknowledged_items(meapp, tmp_path):
    for user, action in (("editor", "submit"), ("chair", "approve")):
        r = meapp(user, "round", action, "--period", PERIOD, "--accept-warnings")
        assert r.returncode == 0, r.stderr
    pdf = tmp_path / "r.pdf"
    r = meapp(None, "report", "--kind", "half-year", "--period", PERIOD, "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.replace("\u00a0", " ").split())
    assert "Data-quality note" in flat
    assert "was approved with open data-quality items, acknowledged by" in flat
    assert f"the evaluation of {PERIOD} is not written" in flat


def test_the_rights_still_come_from_the_workflow_table(meapp):
    # an editor may submit but not approve: refused before any item is looked at
    r = meapp("editor", "round", "approve", "--period", PERIOD, "--accept-warnings")
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1
    assert round_state(meapp) == "open"


def test_a_round_without_open_items_needs_no_acknowledgement(meapp):
    # the demo's 2024-H2 lacks one value: reopen it, enter the value, and it passes plainly
    r = meapp("admin", "round", "reopen", "--period", "2024-H2", "--reason", "a late figure")
    assert r.returncode == 0, r.stderr
    status = json.loads(meapp(None, "status", "--period", "2024-H2", "--json").stdout)
    missing = [i for i in status["indicators"] if i["actual"] is None]
    assert len(missing) == 1
    csv = meapp.db.parent / "late.csv"
    csv.write_text(
        f"indicator_id,period,value\n{missing[0]['indicator_id']},2024-H2,2.5\n", encoding="utf-8"
    )
    r = meapp("editor", "import-actuals", str(csv))
    assert r.returncode == 0, r.stderr
    for user, action in (("editor", "submit"), ("chair", "approve")):
        r = meapp(user, "round", action, "--period", "2024-H2", "--json")
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["acknowledged"] == []
        assert "warning" not in r.stderr
