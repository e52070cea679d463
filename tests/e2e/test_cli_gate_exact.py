"""Issue 19's gate, exact on the command line too, as a user runs it on real database files.

- `round submit|approve` refused: the headline carries the fingerprint of the list it names;
  `--accept-fingerprint` with it moves the round only while the list is still that one (an
  item that appeared since: exit 2 again, naming the list and its new fingerprint);
  `--accept-warnings` alone keeps working for scripts and the audit event records the exact
  list, its fingerprint and how it was acknowledged.
- `confirm-value`, then `import-actuals` away and back: the value is held again.
"""

from __future__ import annotations

import json
import re

import pytest

from meapp.store.db import open_database
from tests.helpers import demo_file, demo_runner, run_cli
from tests.unit import council_tables as ct
from tests.unit import factories as f

pytestmark = pytest.mark.slow

PERIOD = "2025-H1"  # the demo's open round: no values yet, one overdue measure
FINGERPRINT = re.compile(r"--accept-fingerprint ([0-9a-f]{12})")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return demo_file(tmp_path_factory.mktemp("gate-exact"))


@pytest.fixture
def meapp(demo_template, tmp_path):
    return demo_runner(demo_template, tmp_path)


def refused_fingerprint(r) -> str:
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    head, *items = r.stderr.strip().splitlines()
    assert all(line.strip().startswith("- ") for line in items)  # one item a line, as before
    found = FINGERPRINT.search(head)
    assert found, head
    return found.group(1)


def _round(meapp) -> str:
    from meapp.services.monitoring import rounds
    from meapp.services.plan.programs import list_programs

    db = open_database(str(meapp.db))
    try:
        return rounds.get_round(db, list_programs(db)[0].id, PERIOD).state
    finally:
        db.dispose()


def last_round_event(meapp) -> dict:
    from sqlalchemy import select

    from meapp.models import AuditEvent

    db = open_database(str(meapp.db))
    try:
        with db.session() as s:
            event = s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "reporting_round")
                .order_by(AuditEvent.seq.desc())
            ).first()
            return json.loads(event.after)
    finally:
        db.dispose()


def slipped_value_csv(meapp, name: str) -> str:
    """A file giving one indicator of the period a ×1000 slip: a new item (needs review)."""
    data = json.loads(meapp(None, "status", "--period", "2024-H2", "--json").stdout)
    ind = next(i for i in data["indicators"] if i["actual"])
    csv = meapp.db.parent / name
    csv.write_text(
        f"indicator_id,period,value\n{ind['indicator_id']},{PERIOD},{ind['actual'] * 1000}\n",
        encoding="utf-8",
    )
    return str(csv)


def test_the_fingerprint_acknowledges_exactly_the_list_the_refusal_named(meapp):
    fp = refused_fingerprint(meapp("editor", "round", "submit", "--period", PERIOD))
    r = meapp("editor", "round", "submit", "--period", PERIOD, "--accept-fingerprint", fp)
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("warning: acknowledged: ") == 13
    assert _round(meapp) == "submitted"
    recorded = last_round_event(meapp)
    assert recorded["acknowledged_fingerprint"] == fp
    assert recorded["acknowledged_how"] == "fingerprint"
    assert len(recorded["acknowledged"]) == 13


def test_an_item_that_appeared_after_the_refusal_refuses_the_fingerprint(meapp):
    fp = refused_fingerprint(meapp("editor", "round", "submit", "--period", PERIOD))
    r = meapp("editor", "import-actuals", slipped_value_csv(meapp, "slip.csv"))
    assert r.returncode == 0, r.stderr
    r = meapp(
        "editor", "round", "submit", "--period", PERIOD, "--accept-warnings",
        "--accept-fingerprint", fp,
    )  # fmt: skip
    again = refused_fingerprint(r)
    assert again != fp
    head = r.stderr.splitlines()[0]
    assert f"no longer the list {fp}" in head
    assert any("needs review" in line for line in r.stderr.splitlines()[1:])
    assert r.stdout == ""
    assert _round(meapp) == "open"
    r = meapp("editor", "round", "submit", "--period", PERIOD, "--accept-fingerprint", again)
    assert r.returncode == 0, r.stderr
    assert _round(meapp) == "submitted"


def test_accept_warnings_alone_keeps_working_and_records_the_exact_list(meapp):
    fp = refused_fingerprint(meapp("editor", "round", "submit", "--period", PERIOD))
    assert meapp("editor", "import-actuals", slipped_value_csv(meapp, "s.csv")).returncode == 0
    r = meapp("editor", "round", "submit", "--period", PERIOD, "--accept-warnings", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["state"] == "submitted"
    recorded = last_round_event(meapp)
    assert recorded["acknowledged_how"] == "accept_warnings"
    assert recorded["acknowledged_fingerprint"] != fp  # the list as it was when submitted
    assert [i["kind"] for i in recorded["acknowledged"]] == [
        i["kind"] for i in data["acknowledged"]
    ]
    assert recorded["acknowledged"][0]["kind"] == "needs_review"
    check = meapp(None, "check")
    assert check.returncode == 0, check.stdout + check.stderr


# -- confirm-value and import-actuals ----------------------------------------------------------


@pytest.fixture
def kb(tmp_path):
    path = tmp_path / "kb.db"
    db = open_database(str(path))
    ns = ct.kara_balta(db)
    f.add_user(db, "editor", "editor")
    f.add_user(db, "chair", "evaluator")
    db.dispose()
    ns.path = str(path)
    ns.dir = tmp_path
    return ns


def kb_cli(ns, *args):
    return run_cli("--db", ns.path, "--lang", "en", *args, env={"MEAPP_PASSWORD": "demo"})


def import_jobs(ns, value: str) -> None:
    csv = ns.dir / f"jobs-{value}.csv"
    csv.write_text(f"indicator_id,period,value\n{ns.jobs},2024-H1,{value}\n", encoding="utf-8")
    r = kb_cli(ns, "--user", "editor", "import-actuals", str(csv))
    assert r.returncode == 0, r.stderr


def held(ns) -> list[str]:
    r = kb_cli(ns, "review-values", "--json")
    assert r.returncode == 0, r.stderr
    return [v["code"] for v in json.loads(r.stdout)["values"]]


def test_a_confirmed_value_imported_away_and_back_is_held_again(kb):
    import_jobs(kb, "17000")
    assert held(kb) == ["И-07"]
    r = kb_cli(
        kb, "--user", "chair", "confirm-value", "--indicator", "И-07", "--period", "2024-H1",
        "--reason", "a new factory",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert held(kb) == []
    import_jobs(kb, "170")
    import_jobs(kb, "17000")
    assert held(kb) == ["И-07"]
