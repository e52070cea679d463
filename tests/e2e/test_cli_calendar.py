"""`meapp status` shows the reporting calendar (issue 21): `--json` carries `deadlines`, the
readable table says what is overdue. The programme lies in 2020–2021, so every deadline of
it has passed whatever day the test runs on (the command line takes the computer's date)."""

from __future__ import annotations

import json

import pytest

from meapp.services.access.users import Actor
from meapp.services.monitoring import calendar as cal
from meapp.store.db import open_database
from tests.helpers import run_cli
from tests.unit import factories as f

pytestmark = pytest.mark.slow

ENV = {"MEAPP_LANG": "en"}


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "c.db"
    db = open_database(str(path))
    pid = f.make_program(db, code="JA", start=2020, end=2021, frequency="quarter")
    f.set_round(db, pid, "2020-Q1", "approved")
    f.set_round(db, pid, "2020-Q2", "submitted")
    cal.set_rule(db, Actor.system(), pid, cal.RuleInput("round", True, days=10))
    db.dispose()
    return path


def test_status_json_carries_the_deadlines(dbfile):
    r = run_cli("--db", str(dbfile), "status", "--json", env=ENV)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert list(data)[-1] == "deadlines"
    rounds = [d for d in data["deadlines"] if d["kind"] == "round"]
    assert [d["period"] for d in rounds][:3] == ["2020-Q1", "2020-Q2", "2020-Q3"]
    q1, q2, q3 = rounds[:3]
    assert q1 == {
        "kind": "round",
        "period": "2020-Q1",
        "measure_id": None,
        "measure_code": None,
        "stage": None,
        "due": "2020-04-10",  # the edited rule: 10 days after the quarter
        "done": True,
        "overdue": False,
        "days_late": 0,
    }
    assert q2["done"] and not q2["overdue"]
    assert q3["overdue"] and q3["days_late"] > 0 and q3["due"] == "2020-10-10"
    kinds = {d["kind"] for d in data["deadlines"]}
    assert kinds == {"round", "mayor_report", "group_info", "council_report"}
    # the same with the programme named
    named = run_cli("--db", str(dbfile), "--program", "JA", "status", "--json", env=ENV)
    assert json.loads(named.stdout)["deadlines"] == data["deadlines"]


def test_plain_status_says_what_is_overdue(dbfile):
    r = run_cli("--db", str(dbfile), "status", env=ENV)
    assert r.returncode == 0, r.stderr
    assert "Overdue:" in r.stdout
    assert "Reporting round 2020-Q3: due 10.10.2020" in r.stdout
    assert "Reporting round 2020-Q1" not in r.stdout  # approved: met
    assert "Annual report to the council 2020: due 01.03.2021" in r.stdout


def test_an_edited_calendar_passes_the_integrity_check(demo_db):
    """`meapp check` compares every stored row with the audit trail: the calendar's too."""
    from meapp.services.plan.programs import list_programs

    pid = list_programs(demo_db)[0].id
    chair = Actor("chair", "evaluator", "Chair")
    cal.set_rule(demo_db, chair, pid, cal.RuleInput("round", True, days=10))
    cal.set_rule(demo_db, chair, pid, cal.RuleInput("round", False, days=12))
    cal.reset(demo_db, chair, pid, "round")
    path = demo_db.engine.url.database
    demo_db.dispose()
    r = run_cli("--db", str(path), "check", env=ENV)
    assert r.returncode == 0, r.stdout + r.stderr
