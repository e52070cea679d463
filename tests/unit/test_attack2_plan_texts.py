"""Attack on the plan's texts and their Excel exports: a control character typed or pasted
into an indicator's name or unit (or a plan item's title) was stored by the plan editor, and
`meapp export-xlsx --kind matrix` then failed with openpyxl's IllegalCharacterError (a
traceback). The editor strips them; the exports strip them from rows stored before."""

from __future__ import annotations

import uuid

from openpyxl import load_workbook

from meapp.models import Indicator, Program
from meapp.services.access.users import Actor
from meapp.services.plan import edit
from meapp.services.plan.export import export_matrix, export_plan
from meapp.services.plan.programs import list_programs
from tests.unit import factories as f

ADMIN = Actor.system()


def _texts(path) -> list[str]:
    wb = load_workbook(path)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value]


def test_the_editor_does_not_store_control_characters(db):
    ns = f.small_program(db)
    ind = edit.add_indicator(db, ADMIN, ns.program_id, name="Roads\x01 repaired", unit="km\x1b")
    assert (ind.name, ind.unit) == ("Roads repaired", "km")


def test_the_exports_are_written_over_stored_control_characters(demo_db, tmp_path):
    pid = uuid.UUID(list_programs(demo_db)[0].id)
    with demo_db.session() as s, s.begin():
        ind = s.query(Indicator).filter_by(program_id=pid).first()
        ind.name = "Name\x01 with\x1b control"
        ind.unit = "m\x022"
        s.get(Program, pid).title = "Programme\x03 title"
    matrix, plan = tmp_path / "matrix.xlsx", tmp_path / "plan.xlsx"
    export_matrix(demo_db, pid, matrix, lambda _c, t: t)
    export_plan(demo_db, pid, plan, lambda _c, t: t)
    texts = _texts(matrix) + _texts(plan)
    assert any("Name with control" in t for t in texts)
    assert not any(any(ord(ch) < 32 and ch not in "\n\t" for ch in t) for t in texts)
