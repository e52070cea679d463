"""Several values at once (a block pasted into the monitoring grid): all or nothing."""

from __future__ import annotations

import pytest

from meapp.errors import PeriodLocked, PermissionDenied, ValidationError
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring import status
from meapp.services.monitoring.entry import ActualChange, MeasureChange
from tests.unit import factories as f
from tests.unit.test_monitoring import snapshot


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.mayor = f.add_user(db, "mayor", "viewer")
    return ns


def test_a_block_of_actuals_is_stored_in_one_go(db, prog):
    changed = monitoring.set_actuals(
        db,
        prog.editor,
        prog.program_id,
        "2024-H2",
        [
            ActualChange(str(prog.school), "78", "survey"),
            ActualChange(str(prog.losses), "1 234,5"),
        ],
    )
    assert changed == 2
    rows = {
        r.indicator_id: r for r in status.program_status(db, prog.program_id, "2024-H2").indicators
    }
    assert rows[str(prog.school)].actual == 78.0
    assert rows[str(prog.school)].comment == "survey"
    assert rows[str(prog.losses)].actual == 1234.5


def test_one_bad_value_stores_nothing_and_names_its_row(db, prog):
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        monitoring.set_actuals(
            db,
            prog.editor,
            prog.program_id,
            "2024-H2",
            [ActualChange(str(prog.school), "78"), ActualChange(str(prog.losses), "abc")],
        )
    assert [(p.row, p.column) for p in err.value.problems] == [(2, "value")]
    assert snapshot(db) == before


def test_a_comment_only_change_keeps_the_value(db, prog):
    f.add_actual(db, prog.school, "2024-H2", 71.0)
    monitoring.set_actuals(
        db,
        prog.editor,
        prog.program_id,
        "2024-H2",
        [ActualChange(str(prog.school), comment="checked", set_value=False)],
    )
    row = status.indicator_status(db, prog.school, "2024-H2")
    assert row.actual == 71.0 and row.comment == "checked"


def test_a_locked_period_or_a_viewer_changes_nothing(db, prog):
    before = snapshot(db)
    with pytest.raises(PermissionDenied):
        monitoring.set_actuals(
            db, prog.mayor, prog.program_id, "2024-H2", [ActualChange(str(prog.school), "1")]
        )
    f.set_round(db, prog.program_id, "2024-H2", "approved")
    with pytest.raises(PeriodLocked):
        monitoring.set_actuals(
            db, prog.editor, prog.program_id, "2024-H2", [ActualChange(str(prog.school), "1")]
        )
    with pytest.raises(PeriodLocked):
        monitoring.set_measures_progress(
            db, prog.editor, prog.program_id, "2024-H2", [MeasureChange(str(prog.m1), "done")]
        )
    assert snapshot(db) == before


def test_a_block_of_measures_keeps_what_it_does_not_name(db, prog):
    f.add_progress(db, prog.m1, "2024-H1", "in_progress", 40, {"local_budget": 100.0})
    changed = monitoring.set_measures_progress(
        db,
        prog.editor,
        prog.program_id,
        "2024-H1",
        [
            MeasureChange(str(prog.m1), spending={"donor": "2 000"}),
            MeasureChange(str(prog.m2), status="done", percent="100", set_percent=True),
        ],
    )
    assert changed == 2
    rows = {r.measure_id: r for r in status.measure_rows(db, prog.program_id, "2024-H1")}
    m1 = rows[str(prog.m1)]
    assert (m1.status, m1.percent) == ("in_progress", 40)
    assert m1.spent == {"local_budget": 100.0, "donor": 2000.0}
    assert (rows[str(prog.m2)].status, rows[str(prog.m2)].percent) == ("done", 100)


def test_a_bad_measure_cell_stores_nothing(db, prog):
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        monitoring.set_measures_progress(
            db,
            prog.editor,
            prog.program_id,
            "2024-H1",
            [
                MeasureChange(str(prog.m1), status="done"),
                MeasureChange(str(prog.m2), percent="150", set_percent=True),
                MeasureChange(str(prog.m3), spending={"donor": "-5"}),
            ],
        )
    assert [p.row for p in err.value.problems] == [2, 3]
    assert snapshot(db) == before
