"""`meapp check` sees the data, not only the chain (issue 18, "Approved means approved").

Each attack is what someone with a SQL tool does to the database behind the app's back —
edit an approved figure, set an approved round back to open, make the mayor an
administrator, delete a row, add one, add a trigger or a view, delete the history — and the
check must name it. The same on PostgreSQL (MEAPP_TEST_PG_URL) where it applies. The check
opens the database read-only (`open_readonly`) and never changes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, text, update

from meapp.errors import IntegrityDamage
from meapp.models import (
    Actual,
    AuditEvent,
    Indicator,
    MeasureProgress,
    MeasureSpending,
    PlanItem,
    Program,
    ReportingRound,
    User,
)
from meapp.services.access.users import Actor
from meapp.services.demo.builder import create_demo
from meapp.store import audit_chain as audit
from meapp.store import check
from meapp.store.db import open_database, open_readonly

APPROVED = "2024-H2"
OPEN = "2025-H1"
ADMIN = Actor("admin", "admin", "Demo administrator")
EDITOR = Actor("editor", "editor", "Demo editor")
CHAIR = Actor("chair", "evaluator", "Chair")
ON_PG = bool(os.environ.get("MEAPP_TEST_PG_URL"))


@pytest.fixture
def demo(request, db_url):
    """The small demo on SQLite (a copy of the session's template) or on PostgreSQL."""
    if not ON_PG:
        yield request.getfixturevalue("demo_db")
        return
    database = open_database(db_url)
    create_demo(database, scale="small")
    yield database
    database.dispose()


def run(db, **kw) -> check.CheckReport:
    """The check as `meapp check` runs it: on a read-only handle of the same database."""
    ro = open_readonly(db.url)
    try:
        return check.run_check(ro, **kw)
    finally:
        ro.dispose()


def sql(db, *statements) -> None:
    """What a SQL tool does: statements straight on the database, no service, no event."""
    with db.engine.begin() as conn:
        for stmt in statements:
            conn.execute(text(stmt) if isinstance(stmt, str) else stmt)


def one(db, stmt):
    with db.engine.connect() as conn:
        return conn.execute(stmt).first()


def program_id(db) -> uuid.UUID:
    return one(db, select(Program.id))[0]


def approved_actual(db):
    return one(
        db,
        select(Actual.id, Actual.value)
        .where(Actual.period == APPROVED, Actual.value.is_not(None))
        .order_by(Actual.id)
        .limit(1),
    )


def messages(report) -> list[str]:
    return [f.message for f in report.findings]


def only(report, message: str) -> check.Finding:
    found = [f for f in report.findings if f.message == message]
    assert len(found) == 1 and len(report.findings) == 1, [f.text() for f in report.findings]
    return found[0]


# -- an intact database ---------------------------------------------------------------------


def test_the_demo_as_built_passes_with_every_row_compared(demo):
    report = run(demo)
    assert report.ok, [f.text() for f in report.findings]
    assert report.audit_ok and report.data_ok and not report.schema_objects
    tables = audit.audited_tables().values()
    with demo.engine.connect() as conn:
        total = sum(conn.execute(select(func.count()).select_from(t)).scalar() for t in tables)
    assert report.rows_checked == total > 400
    assert report.as_json()["data"] == {"rows": total, "ok": True, "problems": []}


# -- the attacks ----------------------------------------------------------------------------


def test_an_approved_actual_edited_in_the_file_is_named(demo):
    row_id, value = approved_actual(demo)
    sql(demo, update(Actual).where(Actual.id == row_id).values(value=value + 1000))

    report = run(demo)

    assert report.audit_ok  # the chain alone is intact: that is what the check missed
    assert not report.ok
    f = only(report, check.ROW_CHANGED)
    assert f.params["entity"] == "actual" and f.params["id"] == str(row_id)
    assert f.params["column"] == "value"
    assert str(row_id) in f.text() and "value" in f.text()


def test_an_approved_round_set_back_to_open_is_named(demo):
    sql(demo, update(ReportingRound).where(ReportingRound.period == APPROVED).values(state="open"))

    f = only(run(demo), check.ROW_CHANGED)

    assert f.params["entity"] == "reporting_round" and f.params["column"] == "state"
    assert (f.params["value"], f.params["expected"]) == ("open", "approved")


def test_the_mayor_made_an_administrator_is_named(demo):
    sql(demo, update(User).where(User.login == "mayor").values(role="admin"))

    f = only(run(demo), check.ROW_CHANGED)

    mayor = one(demo, select(User.id).where(User.login == "mayor"))[0]
    assert (f.params["entity"], f.params["id"], f.params["column"]) == ("user", str(mayor), "role")
    assert (f.params["value"], f.params["expected"]) == ("admin", "viewer")


def test_a_deleted_actual_is_named(demo):
    row_id, _value = approved_actual(demo)
    sql(demo, delete(Actual).where(Actual.id == row_id))

    f = only(run(demo), check.ROW_DELETED)

    assert (f.params["entity"], f.params["id"]) == ("actual", str(row_id))


def test_a_row_added_without_an_event_is_named(demo):
    indicator = one(demo, select(Indicator.id).order_by(Indicator.id).limit(1))[0]
    new = uuid.uuid4()
    sql(
        demo,
        insert(Actual).values(
            id=new, indicator_id=indicator, period="2026-H1", value=5.0, version=1
        ),
    )

    f = only(run(demo), check.ROW_UNRECORDED)

    assert (f.params["entity"], f.params["id"]) == ("actual", str(new))


def test_a_trigger_is_named(demo):
    if ON_PG:
        sql(
            demo,
            "CREATE FUNCTION zero_it() RETURNS trigger AS $$ "
            "BEGIN NEW.value := 0; RETURN NEW; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER zero_actuals BEFORE UPDATE ON actual "
            "FOR EACH ROW EXECUTE FUNCTION zero_it()",
        )
        name = "actual.zero_actuals"
    else:
        sql(
            demo,
            "CREATE TRIGGER zero_actuals AFTER UPDATE ON actual "
            "BEGIN UPDATE actual SET value = 0 WHERE id = NEW.id; END",
        )
        name = "zero_actuals"

    report = run(demo)

    assert not report.ok and report.data_ok
    assert [(f.params["kind"], f.params["name"]) for f in report.schema_objects] == [
        ("trigger", name)
    ]


def test_a_view_is_named(demo):
    sql(demo, "CREATE VIEW approved_figures AS SELECT id, value FROM actual")

    report = run(demo)

    assert not report.ok
    assert [(f.params["kind"], f.params["name"]) for f in report.schema_objects] == [
        ("view", "approved_figures")
    ]


def test_spending_edited_in_the_file_is_named_also_when_the_grid_wrote_it(demo):
    # the demo's spending rows have their own events; the monitoring grid records the
    # spending inside the progress row's event instead: both are compared
    from meapp.services.monitoring import entry as monitoring

    measure = one(
        demo,
        select(PlanItem.id).where(PlanItem.kind == "measure").order_by(PlanItem.id).limit(1),
    )[0]
    monitoring.set_measure_progress(
        demo, EDITOR, measure, OPEN, "in_progress", 40, {"local_budget": 1000.0}
    )
    assert run(demo).ok
    progress = one(
        demo,
        select(MeasureProgress.id).where(
            MeasureProgress.measure_id == measure, MeasureProgress.period == OPEN
        ),
    )[0]
    sql(
        demo,
        update(MeasureSpending)
        .where(MeasureSpending.progress_id == progress)
        .values(amount=99999.0),
    )

    f = only(run(demo), check.SPENDING_CHANGED)

    assert f.params["entity"] == "measure_spending"
    assert (f.params["value"], f.params["expected"]) == ("99999", "1000")


def test_an_evidence_file_replaced_in_the_file_is_named(demo):
    from meapp.models import Evidence
    from meapp.services.monitoring import evidence

    indicator = one(demo, select(Indicator.id).order_by(Indicator.id).limit(1))[0]
    dto = evidence.attach(
        demo, EDITOR, "actual", indicator, OPEN, content=b"act no. 12", filename="act.pdf"
    )
    assert run(demo).ok
    sql(
        demo,
        update(Evidence).where(Evidence.id == uuid.UUID(dto.id)).values(content=b"forged act"),
    )

    f = only(run(demo), check.EVIDENCE_CONTENT)

    assert f.params["id"] == dto.id


# -- the history itself: deleted, shortened, rewritten ------------------------------------


def test_deleting_every_event_is_caught_by_the_anchor_and_the_rows(demo):
    anchor = audit.chain_anchor(demo)
    assert anchor[0] > 300
    sql(demo, delete(AuditEvent))

    report = run(demo, anchor=anchor, anchor_source="the backup")

    assert report.audit_ok and report.audit_events == 0  # an empty chain is a valid chain
    assert not report.ok
    assert report.anchor is not None and report.anchor.finding is not None
    assert report.anchor.finding.message == check.ANCHOR_SHORT
    assert "the backup" in report.anchor.finding.text()
    # every row, and the two signing certificates, are no longer backed by the history
    unrecorded = [f for f in report.findings if f.message == check.ROW_UNRECORDED]
    assert len(unrecorded) == report.rows_checked
    assert set(messages(report)) == {check.ROW_UNRECORDED, check.CERTIFICATE_CHANGED}


def test_deleting_the_newest_events_is_caught_by_the_anchor(demo):
    anchor = audit.chain_anchor(demo)
    sql(demo, delete(AuditEvent).where(AuditEvent.seq > anchor[0] - 2))

    report = run(demo, anchor=anchor)

    assert report.audit_ok and report.audit_events == anchor[0] - 2
    assert report.anchor is not None and report.anchor.finding is not None
    assert report.anchor.finding.message == check.ANCHOR_SHORT
    assert not report.ok


def test_a_chain_rewritten_consistently_is_caught_only_by_the_anchor(demo):
    """The limit, honestly: the chain has no secret. Someone who edits a row *and* its event
    *and* recomputes every later hash leaves a consistent database; only an anchor kept
    outside it (a backup, a package, a signed report) shows the rewrite."""
    anchor = audit.chain_anchor(demo)
    row_id, value = approved_actual(demo)
    with demo.engine.begin() as conn:
        conn.execute(update(Actual).where(Actual.id == row_id).values(value=value + 1000))
        events = conn.execute(select(AuditEvent.__table__).order_by(AuditEvent.seq)).all()
        prev = audit.GENESIS
        for ev in events:
            values = dict(ev._mapping)
            if values["entity_id"] == str(row_id) and values["action"] == "create":
                after = json.loads(values["after"])
                after["value"] = value + 1000
                values["after"] = audit.dumps(after)
            values["prev_hash"] = prev
            values["hash"] = audit.event_hash(values)
            prev = values["hash"]
            conn.execute(
                update(AuditEvent)
                .where(AuditEvent.seq == ev.seq)
                .values(after=values["after"], prev_hash=values["prev_hash"], hash=prev)
            )

    assert run(demo).ok  # not detectable offline without an anchor
    report = run(demo, anchor=anchor)
    assert report.anchor is not None and report.anchor.finding is not None
    assert report.anchor.finding.message == check.ANCHOR_DIFFERS
    assert not report.ok


def test_an_anchor_of_a_shorter_chain_still_holds_after_more_work(demo):
    from meapp.services.monitoring import entry as monitoring

    anchor = audit.chain_anchor(demo)
    indicator = one(demo, select(Indicator.id).order_by(Indicator.id).limit(1))[0]
    monitoring.set_actual(demo, EDITOR, indicator, OPEN, 42.0)

    report = run(demo, anchor=anchor)

    assert report.ok and report.anchor is not None and report.anchor.ok


def test_anchors_are_written_and_read_as_count_colon_hash(tmp_path):
    anchor = (17, "ab" * 32)
    assert audit.parse_anchor(audit.format_anchor(anchor)) == anchor
    assert audit.parse_anchor(f" 17:{'AB' * 32}\n") == anchor
    for bad in ("17", "x:" + "ab" * 32, "17:abc", f"17:{'zz' * 32}"):
        with pytest.raises(ValueError, match="not an anchor"):
            audit.parse_anchor(bad)
    backup = tmp_path / "meapp-20250101-000000-000000-manual.db"
    side = audit.write_anchor_sidecar(backup, anchor)
    assert side.name == backup.name + ".anchor"
    assert check.file_anchor(backup) == anchor


# -- what the check cannot read: one line, no traceback ------------------------------------


def test_a_dropped_audit_table_is_one_line(demo):
    sql(demo, "DROP TABLE audit_event")

    with pytest.raises(IntegrityDamage) as caught:
        run(demo)

    assert caught.value.message == check.TABLES_MISSING
    assert "audit_event" in caught.value.text()


@pytest.mark.parametrize(
    ("revision", "message"),
    [("9999_from_the_future", check.SCHEMA_UNKNOWN), ("0001_initial", check.SCHEMA_OLD)],
)
def test_an_unknown_or_older_schema_is_one_line_and_not_migrated(demo, revision, message):
    sql(demo, f"UPDATE alembic_version SET version_num = '{revision}'")

    with pytest.raises(IntegrityDamage) as caught:
        run(demo)

    assert caught.value.message == message and revision in caught.value.text()
    assert demo.schema_revision() == revision  # the check did not upgrade it


# -- the rows a bulk event stands for (the oblast demo) --------------------------------------


@pytest.fixture
def bulk_db(db, monkeypatch):
    """The oblast demo cut to one programme: its rows are written in bulk, with one
    `bulk_create` event per table that lists every row's digest."""
    from meapp.services.demo import oblast

    monkeypatch.setattr(oblast, "N_PROGRAMS", 1)
    create_demo(db, scale="oblast")
    return db


def test_bulk_rows_are_compared_one_by_one(bulk_db):
    with bulk_db.engine.connect() as conn:
        listed = conn.execute(select(func.count()).select_from(audit.BulkRow)).scalar()
    assert listed > 4000
    report = run(bulk_db)
    assert report.ok, [f.text() for f in report.findings[:5]]

    row_id, value = approved_actual(bulk_db)
    sql(bulk_db, update(Actual).where(Actual.id == row_id).values(value=(value or 0) + 1))
    f = only(run(bulk_db), check.ROW_DIFFERS)
    assert (f.params["entity"], f.params["id"]) == ("actual", str(row_id))


def test_a_bulk_row_deleted_or_its_digest_changed_is_named(bulk_db):
    row_id, _value = approved_actual(bulk_db)
    sql(bulk_db, delete(Actual).where(Actual.id == row_id))
    f = only(run(bulk_db), check.ROW_DELETED)
    assert f.params["id"] == str(row_id)

    # covering the deletion by removing the row from the list breaks the list's digest
    sql(bulk_db, delete(audit.BulkRow).where(audit.BulkRow.row_id == str(row_id)))
    assert messages(run(bulk_db)) == [check.BULK_LIST_CHANGED]


def test_bulk_rows_changed_through_the_app_pass(bulk_db):
    from meapp.services.monitoring import entry as monitoring
    from meapp.services.plan import edit

    pid = program_id(bulk_db)
    with bulk_db.engine.connect() as conn:
        open_period = conn.execute(
            select(ReportingRound.period).where(ReportingRound.state == "open")
        ).scalar()
        first, second = conn.execute(
            select(Indicator.id)
            .where(Indicator.program_id == pid, Indicator.value_type == "number")
            .order_by(Indicator.id)
        ).all()[:2]
    monitoring.set_actual(bulk_db, ADMIN, first[0], open_period, 12.5, comment="checked")
    # moving an indicator renumbers its siblings without an event each: not compared
    edit.move_indicator(bulk_db, ADMIN, second[0], None, 0)

    report = run(bulk_db)

    assert report.ok, [f.text() for f in report.findings[:5]]


# -- every writer leaves a database the check passes -------------------------------------


def test_the_services_writers_leave_data_that_matches_the_history(demo, tmp_path):
    from meapp.services.access import users
    from meapp.services.evaluation import narrative
    from meapp.services.exchange.export import export_package
    from meapp.services.exchange.import_ import import_package
    from meapp.services.governance import swot_risks
    from meapp.services.monitoring import entry as monitoring
    from meapp.services.monitoring import rounds
    from meapp.services.plan import edit

    pid = program_id(demo)
    indicator, measure = (
        one(demo, select(Indicator.id).order_by(Indicator.id).limit(1))[0],
        one(demo, select(PlanItem.id).where(PlanItem.kind == "measure").limit(1))[0],
    )
    monitoring.set_actual(demo, EDITOR, indicator, OPEN, 10.0)
    monitoring.set_actual(demo, EDITOR, indicator, OPEN, 11.0, comment="measured again")
    monitoring.set_measure_progress(
        demo, EDITOR, measure, OPEN, "in_progress", 50, {"local_budget": 10.0, "donor": 5.0}
    )
    monitoring.set_measure_progress(demo, EDITOR, measure, OPEN, "done", 100, {"donor": 7.0})
    narrative.save_evaluation(demo, CHAIR, pid, OPEN, summary="Жакшы")
    swot_risks.add_swot_item(demo, CHAIR, pid, "threat", "Flood season")
    rounds.submit(demo, EDITOR, pid, OPEN, acknowledged=True)
    rounds.reopen(demo, ADMIN, pid, OPEN, "one figure was wrong")
    users.change_role(demo, ADMIN, "mayor", "editor")
    item = edit.add_plan_item(demo, ADMIN, pid, kind="direction", title="Туризм")
    deleted = edit.delete_plan_item(demo, ADMIN, item.id)
    edit.restore_deleted(demo, ADMIN, deleted)
    moved = one(demo, select(Indicator.id).order_by(Indicator.id.desc()).limit(1))[0]
    edit.move_indicator(demo, ADMIN, moved, None, 0)
    report = run(demo)
    assert report.ok, [f.text() for f in report.findings]

    if ON_PG:
        return  # the package round trip below needs a second database
    package = tmp_path / "whole.mepkg"
    export_package(demo, CHAIR, pid, None, package)
    other = open_database(tmp_path / "other.db")
    try:
        import_package(other, Actor.system(), package, accept_unsigned=True)
        report = run(other)
        assert report.ok, [f.text() for f in report.findings]
    finally:
        other.dispose()


# -- read-only: the file stays as it was -----------------------------------------------------


def _folder_state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.skipif(ON_PG, reason="a SQLite file")
def test_the_check_leaves_the_file_byte_for_byte_and_adds_no_file(demo_db, tmp_path):
    folder = tmp_path / "a #b ?c %20d & Кара-Балта"
    folder.mkdir()
    path = folder / "мээпп #1?.db"
    demo_db.dispose()
    shutil.copyfile(demo_db.path, path)
    row_id, value = approved_actual(demo_db)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE actual SET value = ? WHERE id = ?", (value + 1, row_id.hex))
    conn.close()
    before = _folder_state(folder)

    db = open_readonly(path)
    try:
        report = check.run_check(db)
    finally:
        db.dispose()

    assert [f.params["id"] for f in report.findings] == [str(row_id)]
    assert _folder_state(folder) == before


@pytest.mark.skipif(ON_PG, reason="a SQLite file")
def test_the_check_reads_what_is_still_in_the_wal_and_changes_nothing(demo_db):
    """While meapp has the database open, recent changes are in the WAL: the check reads
    them (read-only, not `immutable`) and leaves the file as it is."""
    from meapp.services.monitoring import entry as monitoring

    writer = sqlite3.connect(demo_db.path)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("PRAGMA journal_mode=WAL")
    indicator = one(demo_db, select(Indicator.id).order_by(Indicator.id).limit(1))[0]
    monitoring.set_actual(demo_db, EDITOR, indicator, OPEN, 77.0)
    demo_db.engine.dispose()  # the app's pool closed; the writer keeps the WAL alive
    row_id = one(
        demo_db,
        select(Actual.id).where(Actual.indicator_id == indicator, Actual.period == OPEN),
    )[0]
    demo_db.engine.dispose()
    writer.execute("UPDATE actual SET value = 78 WHERE id = ?", (row_id.hex,))
    writer.commit()
    main_before = hashlib.sha256(demo_db.path.read_bytes()).hexdigest()
    try:
        f = only(run(demo_db), check.ROW_CHANGED)
        main_after = hashlib.sha256(demo_db.path.read_bytes()).hexdigest()
    finally:
        writer.close()
    assert f.params["id"] == str(row_id) and f.params["value"] == "78"
    assert f.params["expected"] == "77"
    assert main_after == main_before


# -- the GUI's check (the audit page's button and the check after start) -------------------


def test_the_gui_check_names_the_first_row_changed_outside_meapp(demo):
    from meapp.ui.audit import chain_check

    intact = check.check_audit_chain(demo)
    assert intact.ok and intact.rows is not None and intact.rows > 400
    assert "rows of data are as it says" in chain_check.result_text(intact)
    row_id, value = approved_actual(demo)
    sql(demo, update(Actual).where(Actual.id == row_id).values(value=value + 1000))

    result = check.check_audit_chain(demo)

    assert not result.ok and result.broken_seq is None and len(result.findings) == 1
    text = chain_check.result_text(result)
    assert "The data was changed outside meapp" in text and str(row_id) in text
    assert "intact" not in text


def test_a_signing_certificate_swapped_in_the_file_is_named(demo):
    """The mayor's certificate replaced by the chair's: signatures would then name the
    wrong person. The trail holds each identity's certificate SHA-256."""
    chair_pem = one(demo, select(User.signing_cert_pem).where(User.login == "chair"))[0]
    assert chair_pem
    sql(demo, update(User).where(User.login == "mayor").values(signing_cert_pem=chair_pem))

    f = only(run(demo), check.CERTIFICATE_CHANGED)

    mayor = one(demo, select(User.id).where(User.login == "mayor"))[0]
    assert (f.params["entity"], f.params["id"]) == ("user", str(mayor))
