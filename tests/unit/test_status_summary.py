"""Stored status summaries (issue 22): always equal to a fresh computation, and no writer
that changes what a status is computed from leaves its programme's stamp where it was.

The database is a tiny "national-shaped" one (the national demo's first two programmes,
built through the same code path as the 484), copied for each test.
"""

from __future__ import annotations

import random
import re
import shutil
import uuid

import pytest
from sqlalchemy import event, select, text

from meapp.models import Indicator, PlanItem, Program
from meapp.models.summary import STATUS_TABLES, ProgramStamp
from meapp.services.access.users import Actor
from meapp.services.dashboard import summary as S
from meapp.services.demo.builder import create_demo
from meapp.services.monitoring import entry
from meapp.store.db import open_database

OPEN = "2026-H2"  # the national demo's open half-year
PERIODS = (None, OPEN, "2026-H1", "2025-H2", "2024", "2023-H1")
ADMIN = Actor("admin", "admin", "Admin")
CHAIR = Actor("chair", "evaluator", "Chair")


@pytest.fixture(scope="module")
def base_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("national") / "national.db"
    db = open_database(str(path))
    summary = create_demo(db, scale="national", national_programs=2)
    assert summary.programs == 2 and summary.indicators == 300
    db.dispose()
    return path


class StampWatch:
    """Every committed transaction that writes a table the status reads must also write
    `program_stamp` (watched at the driver: whatever path the write took)."""

    DML = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)", re.I)

    def __init__(self, db) -> None:
        self.missed: list[set[str]] = []
        self.writes = 0
        event.listen(db.engine, "before_cursor_execute", self._execute)
        event.listen(db.engine, "commit", self._commit)
        event.listen(db.engine, "rollback", self._reset)

    def _execute(self, conn, _cursor, statement, _params, _context, _many) -> None:
        m = self.DML.match(statement)
        if m is None:
            return
        state = conn.info.setdefault("h22", {"tables": set(), "stamp": False})
        table = m.group(1).lower()
        if table in STATUS_TABLES:
            state["tables"].add(table)
        elif table == "program_stamp":
            state["stamp"] = True

    def _commit(self, conn) -> None:
        state = conn.info.pop("h22", None)
        if state and state["tables"]:
            self.writes += 1
            if not state["stamp"]:
                self.missed.append(state["tables"])

    def _reset(self, conn) -> None:
        conn.info.pop("h22", None)


@pytest.fixture
def db(base_file, tmp_path):
    path = tmp_path / "n.db"
    shutil.copy(base_file, path)
    database = open_database(str(path))
    database.watch = StampWatch(database)  # type: ignore[attr-defined]
    yield database
    assert database.watch.missed == [], "a write did not move its programme's stamp"  # type: ignore[attr-defined]
    database.dispose()


def programs(db) -> list[uuid.UUID]:
    with db.session() as s:
        return list(s.scalars(select(Program.id).order_by(Program.code)))


def stamps(db) -> dict[uuid.UUID, int]:
    with db.session() as s:
        return dict(s.execute(select(ProgramStamp.program_id, ProgramStamp.stamp)).all())


def assert_fresh(db, periods=PERIODS) -> dict:
    """Every programme's stored roll-up equals a fresh computation, for every period;
    returns how many programmes each period had to compute."""
    computed = {}
    for period in periods:
        result = S.rollup(db, period)
        assert result.stored
        computed[period] = result.computed
        assert [p.program_id for p in result.programs] == [str(p) for p in programs(db)]
        for got in result.programs:
            assert got == S.fresh_summary(db, got.program_id, period), (period, got.program_code)
        again = S.rollup(db, period)
        assert again.computed == 0 and again.programs == result.programs
    return computed


def first_indicator(db, pid) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Indicator.id).where(Indicator.program_id == pid)).first()


def measures(db, pid) -> list[uuid.UUID]:
    with db.session() as s:
        return list(
            s.scalars(
                select(PlanItem.id).where(PlanItem.program_id == pid, PlanItem.kind == "measure")
            )
        )


def test_first_rollup_computes_all_then_reads_the_stored(db):
    first = assert_fresh(db)
    assert all(n == 2 for n in first.values())
    assert all(n == 0 for n in assert_fresh(db).values())


def test_an_edit_stales_only_its_programme(db):
    assert_fresh(db)
    a, b = programs(db)
    before = stamps(db)
    entry.set_actual(db, ADMIN, first_indicator(db, a), OPEN, 12345)
    after = stamps(db)
    assert after[a] == before[a] + 1 and after[b] == before[b]
    assert S.rollup(db, OPEN).computed == 1
    assert_fresh(db)


def test_measure_progress_rounds_and_plain_orm_writes_stale_their_programme(db):
    from meapp.models import Actual
    from meapp.services.monitoring import rounds

    assert_fresh(db)
    a, b = programs(db)
    entry.set_measure_progress(
        db, ADMIN, measures(db, b)[0], OPEN, "done", 100, {"local_budget": 5e6}
    )
    assert S.rollup(db, OPEN).computed == 1
    rounds.approve(db, CHAIR, a, "2026-H1", acknowledged=True)
    assert S.rollup(db, OPEN).computed == 1  # a's stamp moved; b was recomputed above
    with db.session() as s, s.begin():  # an ORM write without any audit event
        row = s.scalars(select(Actual).where(Actual.period == OPEN)).first()
        row.value = (row.value or 0) + 7
    assert_fresh(db)


def test_a_refused_write_moves_no_stamp(db):
    from meapp.errors import ValidationError

    a, _b = programs(db)
    before = stamps(db)
    changes = [entry.ActualChange(str(first_indicator(db, a)), "not a number", set_value=True)]
    with pytest.raises(ValidationError):
        entry.set_actuals(db, ADMIN, a, OPEN, changes)
    assert stamps(db) == before


def test_random_edits_keep_every_summary_equal_to_a_fresh_computation(db):
    rng = random.Random(22)
    assert_fresh(db)
    pids = programs(db)
    with db.session() as s:
        inds = {
            p: list(s.scalars(select(Indicator.id).where(Indicator.program_id == p))) for p in pids
        }
    for _ in range(12):
        pid = rng.choice(pids)
        if rng.random() < 0.5:
            value = rng.choice([None, 0, rng.uniform(0, 500)])
            entry.set_actual(db, ADMIN, rng.choice(inds[pid]), OPEN, value)
        else:
            status = rng.choice(["in_progress", "delayed", "done", "not_started"])
            entry.set_measure_progress(db, ADMIN, rng.choice(measures(db, pid)), OPEN, status, None)
        if rng.random() < 0.5:
            assert_fresh(db, (None, OPEN))
    assert_fresh(db)


def test_plan_edits_and_a_deleted_programme(db):
    from meapp.services.plan import edit
    from meapp.services.plan.budgets import YearSplit

    assert_fresh(db)
    a, b = programs(db)
    edit.copy_indicator(db, ADMIN, first_indicator(db, a))
    assert S.rollup(db, OPEN).computed == 1
    # in the open year 2026 (a plain total would spread into approved years: issue 21)
    split = YearSplit({2026: 1_000_000.0})
    edit.set_measure_budget(db, ADMIN, measures(db, b)[3], {"donor": split})
    assert S.rollup(db, OPEN).computed == 1
    edit.update_program(db, ADMIN, a, {"threshold_green": 0.97})
    assert S.rollup(db, OPEN).computed == 1
    assert_fresh(db)
    with db.session() as s, s.begin():
        s.delete(s.get(Program, b))
    result = S.rollup(db, OPEN)
    assert [p.program_id for p in result.programs] == [str(a)]
    assert_fresh(db)


def test_a_package_import_stales_and_stays_equal(db, base_file, tmp_path):
    from meapp.services.exchange.export import export_package
    from meapp.services.exchange.import_ import import_package

    assert_fresh(db)
    other_path = tmp_path / "other.db"
    shutil.copy(base_file, other_path)
    other = open_database(str(other_path))
    a, _b = programs(other)
    entry.set_actual(other, ADMIN, first_indicator(other, a), OPEN, 777)
    entry.set_measure_progress(other, ADMIN, measures(other, a)[1], OPEN, "delayed", 10)
    package = tmp_path / "a.meapp"
    export_package(other, ADMIN, a, [OPEN], package)
    other.dispose()
    import_package(db, ADMIN, package, accept_unsigned=True)
    assert S.rollup(db, OPEN).computed == 1
    assert_fresh(db)


def test_a_plan_import_stales_and_stays_equal(db, tmp_path):
    from meapp.services.plan.export import export_plan_and_matrix
    from meapp.services.plan.importer import apply_plan_import

    assert_fresh(db)
    a, _b = programs(db)
    book = tmp_path / "plan.xlsx"
    export_plan_and_matrix(db, a, book, lambda _c, t: t)
    apply_plan_import(db, ADMIN, book, a)
    assert_fresh(db)


def test_a_restored_backup_brings_its_own_consistent_summaries(db, tmp_path):
    from meapp.store.restore import restore_file

    assert_fresh(db)
    backup = tmp_path / "backup.db"
    with db.session() as s:
        s.execute(text(f"VACUUM INTO '{backup}'"))
    a, _b = programs(db)
    entry.set_actual(db, ADMIN, first_indicator(db, a), OPEN, 4242)
    assert_fresh(db)
    restore_file(db, backup, folder=tmp_path / "saved")
    assert S.rollup(db, OPEN).computed == 0  # the backup's own summaries, at its stamps
    assert_fresh(db)


def test_a_new_formula_version_recomputes_everything(db, monkeypatch):
    assert_fresh(db)
    monkeypatch.setattr(S, "FORMULA_VERSION", S.FORMULA_VERSION + 1)
    assert S.rollup(db, OPEN).computed == 2
    assert S.rollup(db, OPEN).computed == 0


def test_invalidate_drops_every_summary(db):
    assert_fresh(db)
    assert S.invalidate(db) > 0
    assert S.rollup(db).computed == 2


def test_payloads_are_the_status_json_of_each_programme(db):
    import json

    from meapp.services.monitoring import status as st

    texts = S.payloads(db, OPEN)
    for pid, payload in zip(programs(db), texts, strict=True):
        assert json.loads(payload) == st.status_json(st.program_status(db, pid, OPEN))


def test_the_stored_texts_compose_to_what_print_json_prints(db):
    import io
    import json

    texts = S.payloads(db)

    def printed(data) -> str:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    out = io.StringIO()
    S.write_programs(texts, out)
    assert out.getvalue() == printed({"programs": [json.loads(t) for t in texts]})
    out = io.StringIO()
    S.write_programs([], out)
    assert out.getvalue() == printed({"programs": []})
    assert S.single_text(texts[0]) + "\n" == printed(json.loads(texts[0]))
