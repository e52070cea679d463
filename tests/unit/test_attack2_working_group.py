"""Attack on the working group's approving body (issue 21): control characters typed or
pasted into the order number or the body's name used to be stored, and the IPTT workbook
(its working group sheet) then failed with openpyxl's IllegalCharacterError — a traceback
on `meapp export-xlsx --kind iptt`. The service strips them; the sheet writer strips them
from rows stored before (or arriving in a package) too."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from openpyxl import load_workbook

from meapp.errors import ValidationError
from meapp.models import WorkingGroup
from meapp.services.access.users import Actor
from meapp.services.governance import working_group as wg
from meapp.services.plan.programs import list_programs
from meapp.services.reports.data import Group
from meapp.services.reports.excel_iptt import export_iptt
from meapp.services.reports.sections import group_order_line
from meapp.services.reports.texts import Texts

ADMIN = Actor.system()


def _pid(db) -> uuid.UUID:
    return uuid.UUID(list_programs(db)[0].id)


def test_control_characters_are_not_stored(demo_db):
    pid = _pid(demo_db)
    g = wg.get_group(demo_db, pid)
    after = wg.set_order(
        demo_db,
        ADMIN,
        pid,
        "№ 12\x01",
        g.order_date,
        g.version,
        approving_body="other",
        approving_body_note="Council\x0b of\x1b elders\x7f",
    )
    assert after.order_number == "№ 12"
    assert after.approving_body_note == "Council of elders"


@pytest.mark.parametrize("note", ["\x01\x02", "  \x1b  ", None, ""])
def test_other_without_a_name_is_refused_even_as_control_characters(demo_db, note):
    pid = _pid(demo_db)
    g = wg.get_group(demo_db, pid)
    with pytest.raises(ValidationError):
        wg.set_order(
            demo_db,
            ADMIN,
            pid,
            g.order_number,
            g.order_date,
            g.version,
            approving_body="other",
            approving_body_note=note,
        )
    assert wg.get_group(demo_db, pid) == g


def test_the_iptt_workbook_is_written_over_a_stored_control_character(demo_db, tmp_path):
    pid = _pid(demo_db)
    with demo_db.session() as s, s.begin():
        g = s.query(WorkingGroup).filter_by(program_id=pid).one()
        g.order_number = "№ 12\x01"
        g.approving_body = "other"
        g.approving_body_note = "Council of\x1b[31m elders"
    path = tmp_path / "iptt.xlsx"
    export_iptt(demo_db, pid, path, None, "en")
    texts = [
        str(c.value)
        for ws in load_workbook(path).worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value is not None
    ]
    assert any("Council of[31m elders" in t for t in texts)
    assert not any("\x1b" in t or "\x01" in t for t in texts)


def test_a_body_named_without_choosing_its_kind_is_printed_not_dropped():
    """Left at "not stated" with the body's name typed beside it, the name was stored and
    then shown nowhere: the report, the Excel sheet and the cover dropped it."""
    t = Texts(None, "en")
    named = Group("12", date(2024, 3, 3), (), None, "Council of elders")
    line = group_order_line(named, t)
    assert "Council of elders" in line and "12" in line
    assert line.count("Council of elders") == 1
    # nothing entered at all: still nothing printed
    assert group_order_line(Group(None, None, (), None, None), t) == ""
    # a chosen body keeps its note in brackets, once
    council = group_order_line(Group("12", None, (), "council", "session 5"), t)
    assert council.count("session 5") == 1
