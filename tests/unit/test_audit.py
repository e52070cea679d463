"""The audit chain (tamper evidence, transactions, many events) and reading the trail."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, event, select, update

from meapp.errors import ValidationError
from meapp.models import AuditEvent, Municipality
from meapp.services.audit.query import (
    AuditFilter,
    export_audit_xlsx,
    filter_choices,
    query_events,
    value_history,
)
from meapp.store import audit_chain as audit
from meapp.store.check import run_check

PROGRAM = str(uuid.uuid4())
OTHER_PROGRAM = str(uuid.uuid4())


def record_some(db, n: int = 5, **kw) -> list[str]:
    ids = []
    with db.session() as s, s.begin():
        for i in range(n):
            ev = audit.record(
                s,
                user="aibek",
                action="update",
                entity="actual",
                entity_id=uuid.uuid4(),
                program_id=PROGRAM,
                period="2024-H1",
                before={"value": i},
                after={"value": i + 1, "comment": "Кара-Балта"},
                reason=f"correction {i}",
                **kw,
            )
            ids.append(ev.id)
    return ids


def chain(db) -> audit.ChainReport:
    return audit.verify_database(db)


def event_row(db, seq: int) -> AuditEvent:
    with db.session() as s:
        return s.get(AuditEvent, seq)


def set_column(db, seq: int, column: str, value) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(AuditEvent).where(AuditEvent.seq == seq).values({column: value}))


# -- the chain ------------------------------------------------------------------------------


def test_fresh_chain_is_intact_and_check_passes(db):
    assert chain(db).ok and chain(db).events == 0
    record_some(db, 5)
    report = run_check(db)
    assert report.ok and report.audit_ok and report.audit_events == 5
    with db.session() as s:
        seqs = s.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)).all()
        first = s.get(AuditEvent, 1)
    assert seqs == [1, 2, 3, 4, 5]
    assert first.prev_hash == audit.GENESIS


def test_the_hash_covers_every_stored_column(db):
    columns = set(AuditEvent.__table__.columns.keys())
    assert columns == set(audit.HASHED_COLUMNS) | {"hash"}, "a column outside the hash"


def _altered(column: str, value):
    if column == "at":
        return "2020-01-01T00:00:00.000000Z"
    if column in ("prev_hash", "hash"):
        return "f" * 64 if value != "f" * 64 else "e" * 64
    if column == "before":
        return '{"value": 999}'
    if value is None:
        return "x"
    return value[:-1] + ("x" if not value.endswith("x") else "y")


@pytest.mark.parametrize("column", [c for c in (*audit.HASHED_COLUMNS, "hash") if c != "seq"])
def test_editing_any_column_of_one_event_is_detected_at_that_event(db, column):
    record_some(db, 5)
    original = getattr(event_row(db, 3), column)
    set_column(db, 3, column, _altered(column, original))
    report = run_check(db)
    assert not report.ok and not report.audit_ok
    assert report.audit_broken_seq == 3
    if column != "id":
        assert report.audit_broken_id == event_row(db, 3).id
    assert report.as_json()["audit"]["broken_event"]["seq"] == 3
    set_column(db, 3, column, original)
    assert run_check(db).ok


def test_changing_the_position_of_an_event_is_detected(db):
    ids = record_some(db, 5)
    set_column(db, 5, "seq", 6)
    report = chain(db)
    assert (report.ok, report.broken_seq, report.broken_id) == (False, 6, ids[4])


@pytest.mark.parametrize("victim", [1, 3])
def test_deleting_an_event_is_detected_at_the_next_one(db, victim):
    ids = record_some(db, 5)
    with db.engine.begin() as conn:
        conn.execute(delete(AuditEvent).where(AuditEvent.seq == victim))
    report = chain(db)
    assert (report.ok, report.broken_seq, report.broken_id) == (False, victim + 1, ids[victim])
    assert report.reason == audit.MISSING


def test_text_cannot_move_between_columns_without_changing_the_hash():
    base = {c: None for c in audit.HASHED_COLUMNS}
    a = audit.event_hash({**base, "before": "ab", "after": "c"})
    b = audit.event_hash({**base, "before": "a", "after": "bc"})
    c = audit.event_hash({**base, "before": "", "after": None})
    d = audit.event_hash({**base, "before": None, "after": ""})
    assert len({a, b, c, d}) == 4


def test_many_events_in_one_transaction_read_the_head_once_and_insert_in_batches(db):
    record_some(db, 2)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        record_some(db, 3000)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    reads = [s for s in statements if "FROM audit_event" in s]
    inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT")]
    assert len(reads) == 1
    assert 1 <= len(inserts) <= 10
    report = chain(db)
    assert report.ok and report.events == 3002


def test_a_rolled_back_transaction_leaves_no_gap(db):
    record_some(db, 2)
    with db.session() as s:
        with pytest.raises(RuntimeError), s.begin():  # noqa: PT012 - the transaction is the subject
            audit.record(s, user="x", action="create", entity="actual")
            raise RuntimeError("import failed half-way")
        with s.begin():
            ev = audit.record(s, user="x", action="create", entity="actual")
    assert ev.seq == 3
    assert chain(db).ok


def test_a_rolled_back_savepoint_leaves_no_gap(db):
    with db.session() as s, s.begin():
        audit.record(s, user="x", action="create", entity="actual")
        sp = s.begin_nested()
        audit.record(s, user="x", action="create", entity="actual")
        s.flush()
        sp.rollback()
        last = audit.record(s, user="x", action="create", entity="actual")
    assert last.seq == 2
    assert chain(db).ok and chain(db).events == 2


def test_record_created_snapshots_content_but_no_bookkeeping(db):
    with db.session() as s, s.begin():
        m = Municipality(name="Кара-Балта", kind="city", oblast="Чүй")
        s.add(m)
        audit.record_created(s, "aibek", m, "municipality")
    (ev,) = value_history(db, "municipality", m.id)
    assert ev.after["name"] == "Кара-Балта" and ev.after["id"] == str(m.id)
    assert "version" not in ev.after and "created_at" not in ev.after


@pytest.mark.postgres
def test_concurrent_writers_on_postgresql_keep_one_chain(db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("needs PostgreSQL (MEAPP_TEST_PG_URL)")
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            for _ in range(15):
                with db.session() as s, s.begin():
                    for _ in range(3):
                        audit.record(s, user=name, action="update", entity="actual")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"user{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    report = chain(db)
    assert report.ok and report.events == 135


# -- reading the trail ----------------------------------------------------------------------


@pytest.fixture
def trail(db, monkeypatch):
    """Eleven events on three days, two programmes, three users and two entities."""
    times = iter(
        [f"2024-03-0{d}T06:00:00.000000Z" for d in (1, 1, 1, 2, 2, 2, 2)]
        + [f"2024-03-03T06:00:{i:02d}.000000Z" for i in range(4)]
    )
    monkeypatch.setattr(audit, "_now_text", lambda: next(times))
    actual_id = uuid.uuid4()
    with db.session() as s, s.begin():
        audit.record(
            s,
            user="aibek",
            action="create",
            entity="actual",
            entity_id=actual_id,
            program_id=PROGRAM,
            period="2024-H1",
            after={"value": 10.0},
        )
        audit.record(
            s,
            user="asel",
            action="update",
            entity="actual",
            entity_id=actual_id,
            program_id=PROGRAM,
            period="2024-H1",
            before={"value": 10.0},
            after={"value": 12.5, "comment": "Мектеп курулду"},
            reason="акт №5",
        )
        audit.record(
            s,
            user="asel",
            action="update",
            entity="actual",
            entity_id=actual_id,
            program_id=PROGRAM,
            period="2024-H1",
            before={"value": 12.5},
            after={"value": 734593.3},
            reason='=HYPERLINK("http://x","click")',
        )
        for i in range(4):
            audit.record(
                s,
                user="bolot",
                action="update",
                entity="measure_progress",
                entity_id=uuid.uuid4(),
                program_id=OTHER_PROGRAM,
                period="2024-H2",
                before={"percent": i * 10},
                after={"percent": i * 10 + 5},
            )
        for i in range(4):
            audit.record(
                s,
                user=None,
                action="create",
                entity="indicator",
                entity_id=uuid.uuid4(),
                program_id=PROGRAM,
                after={"name": f"-{i} жол", "code": f"+{i}"},
                reason=("+1 row", "-2+3", "@SUM(A1)", "=1+1")[i],
            )
    return actual_id


def seqs(page) -> list[int]:
    return [e.seq for e in page.events]


def test_filters_by_entity_user_programme_period_and_action(db, trail):
    assert query_events(db).total == 11
    assert seqs(query_events(db, AuditFilter(entity="actual"))) == [3, 2, 1]
    assert seqs(query_events(db, AuditFilter(user="bolot"))) == [7, 6, 5, 4]
    assert query_events(db, AuditFilter(program_id=OTHER_PROGRAM)).total == 4
    assert query_events(db, AuditFilter(program_id=uuid.UUID(PROGRAM))).total == 7
    assert query_events(db, AuditFilter(period="2024-H1")).total == 3
    assert query_events(db, AuditFilter(action="create", program_id=PROGRAM)).total == 5
    assert query_events(db, AuditFilter(entity="actual", user="bolot")).total == 0


def test_text_search_ignores_case_also_in_kyrgyz(db, trail):
    assert seqs(query_events(db, AuditFilter(text="мектеп"))) == [2]
    assert seqs(query_events(db, AuditFilter(text="АКТ №5"))) == [2]
    assert seqs(query_events(db, AuditFilter(text="734593"))) == [3]
    assert query_events(db, AuditFilter(text="100%")).total == 0  # % is not a wildcard


def test_date_range_takes_whole_days(db, trail):
    def day(d: int) -> date:
        # The events were written at 06:00 UTC; ask for that instant's local calendar day.
        return datetime(2024, 3, d, 6, tzinfo=UTC).astimezone().date()

    assert query_events(db, AuditFilter(date_from=day(2), date_to=day(2))).total == 4
    assert query_events(db, AuditFilter(date_from=day(3))).total == 4
    assert query_events(db, AuditFilter(date_to=day(1))).total == 3
    moment = datetime(2024, 3, 3, 6, 0, 1, tzinfo=UTC)
    assert query_events(db, AuditFilter(date_from=moment)).total == 3


def test_pages_newest_first(db, trail):
    first = query_events(db, offset=0, limit=4)
    second = query_events(db, offset=4, limit=4)
    last = query_events(db, offset=8, limit=4)
    assert seqs(first) == [11, 10, 9, 8] and seqs(second) == [7, 6, 5, 4]
    assert seqs(last) == [3, 2, 1] and first.has_more and not last.has_more
    assert seqs(query_events(db, limit=2, newest_first=False)) == [1, 2]
    with pytest.raises(ValidationError):
        query_events(db, limit=0)


def test_history_of_one_value_is_oldest_first_with_changes_decoded(db, trail):
    history = value_history(db, "actual", trail)
    assert [(e.user, e.action) for e in history] == [
        ("aibek", "create"),
        ("asel", "update"),
        ("asel", "update"),
    ]
    second = history[1]
    assert second.before == {"value": 10.0}
    assert second.after == {"value": 12.5, "comment": "Мектеп курулду"}
    assert {(c.field, c.before, c.after) for c in second.changes} == {
        ("value", 10.0, 12.5),
        ("comment", None, "Мектеп курулду"),
    }
    assert second.reason == "акт №5"
    assert second.at == datetime(2024, 3, 1, 6, 0, tzinfo=UTC)


def test_filter_choices_list_what_is_in_the_trail(db, trail):
    choices = filter_choices(db)
    assert choices.entities == ("actual", "indicator", "measure_progress")
    assert choices.users == ("aibek", "asel", "bolot")
    assert choices.periods == ("2024-H1", "2024-H2")


def test_excel_export_keeps_formula_like_text_as_text(db, trail, tmp_path):
    from openpyxl import load_workbook

    def shout(ctx, text):
        assert ctx == "audit"
        return text.upper()

    path = tmp_path / "audit.xlsx"
    n = export_audit_xlsx(db, path, AuditFilter(program_id=PROGRAM), shout)
    assert n == 7
    ws = load_workbook(path).active
    rows = list(ws.iter_rows())
    header = [c.value for c in rows[0]]
    assert header[:4] == ["NO.", "TIME", "USER", "ACTION"]
    assert len(rows) == 8
    cells = [c for row in rows[1:] for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value[:1] in "=+-@"]
    assert {c.value for c in risky} >= {
        '=HYPERLINK("http://x","click")',
        "+1 row",
        "-2+3",
        "@SUM(A1)",
        "=1+1",
    }
    assert all(c.data_type == "s" for c in risky)
    seq_col = header.index("NO.")
    changes_col = header.index("CHANGES")
    by_seq = {row[seq_col].value: row for row in rows[1:]}
    assert by_seq[2][changes_col].value.splitlines() == [  # field names in the chosen language
        "ACTUAL VALUE: 10 → 12,5",
        "COMMENT: — → Мектеп курулду",
    ]
    assert by_seq[8][header.index("USER")].value == "(SET-UP)"
    assert isinstance(by_seq[1][header.index("TIME")].value, datetime)
