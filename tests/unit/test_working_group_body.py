"""The body that approved the working group (issue 21): stored with its migration, set and
checked by the service, carried by packages, printed by the reports in every language."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from openpyxl import load_workbook
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from meapp.errors import ValidationError
from meapp.models import AuditEvent, WorkingGroup
from meapp.services.access.users import Actor
from meapp.services.exchange.export import export_package
from meapp.services.exchange.import_ import import_package
from meapp.services.governance import working_group as g
from meapp.services.plan.programs import list_programs
from meapp.services.reports import texts as T
from meapp.services.reports.annual import build_annual
from meapp.services.reports.data import Group, read_group
from meapp.services.reports.excel_iptt import export_iptt
from meapp.services.reports.sections import group_order_line
from meapp.services.reports.texts import Texts
from meapp.store.db import open_database
from meapp.store.migrations import alembic_config
from tests.unit import factories as f

CHAIR = Actor("chair", "evaluator", "Chair of the group")
BEFORE = "0009_reporting_calendar"


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.chair = f.add_user(db, "chair", "evaluator")
    return ns


def _pid(db) -> uuid.UUID:
    return uuid.UUID(list_programs(db)[0].id)


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.replace("\u00a0", " ").split())


# -- the migration -----------------------------------------------------------------------------


def test_migration_keeps_the_order_and_goes_down_and_up_again(tmp_path):
    db = open_database(str(tmp_path / "m.db"))
    try:
        ns = f.small_program(db)
        chair = f.add_user(db, "chair", "evaluator")
        g.set_order(db, chair, ns.program_id, "№ 5", "2024-02-01", approving_body="council")
        cfg = alembic_config(db)
        command.downgrade(cfg, BEFORE)
        with db.engine.connect() as conn:
            columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(working_group)")]
        assert "approving_body" not in columns and "order_number" in columns
        command.upgrade(cfg, "head")
        dto = g.get_group(db, ns.program_id)
        assert dto.order_number == "№ 5" and dto.order_date == date(2024, 2, 1)
        assert dto.approving_body is None and dto.approving_body_note is None
    finally:
        db.dispose()


def test_the_database_refuses_an_unknown_body(db, prog):
    g.set_order(db, prog.chair, prog.program_id, "1", None)
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text("UPDATE working_group SET approving_body = 'king'"))


# -- the service ------------------------------------------------------------------------------


def test_the_body_is_stored_with_the_order_and_audited(db, prog):
    dto = g.set_order(
        db, prog.chair, prog.program_id, "№ 12", "2024-03-03", approving_body="council"
    )
    assert (dto.approving_body, dto.approving_body_note) == ("council", None)
    again = g.set_order(
        db,
        prog.chair,
        prog.program_id,
        "№ 12",
        "2024-03-03",
        dto.version,
        approving_body="other",
        approving_body_note="  the presidium of the council ",
    )
    assert again.approving_body == "other"
    assert again.approving_body_note == "the presidium of the council"
    assert g.get_group(db, prog.program_id) == again
    with db.session() as s:
        changes = [
            e.after
            for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "working_group"))
        ]
    assert any('"approving_body": "other"' in (c or "") for c in changes), changes


def test_a_refused_body_names_its_field_and_changes_nothing(db, prog):
    dto = g.set_order(db, prog.chair, prog.program_id, "№ 1", None, approving_body="head")
    with pytest.raises(ValidationError) as err:
        g.set_order(
            db, prog.chair, prog.program_id, "№ 2", None, dto.version, approving_body="king"
        )
    assert [p.params["field"] for p in err.value.problems] == ["approving_body"]
    assert "king" in err.value.problems[0].params["value"]
    with pytest.raises(ValidationError) as err:
        g.set_order(
            db, prog.chair, prog.program_id, "№ 2", None, dto.version, approving_body="other"
        )
    assert [p.params["field"] for p in err.value.problems] == ["approving_body_note"]
    with pytest.raises(ValidationError):
        g.set_order(
            db,
            prog.chair,
            prog.program_id,
            "№ 2",
            None,
            dto.version,
            approving_body="council",
            approving_body_note="x" * (g.MAX_SHORT + 1),
        )
    assert g.get_group(db, prog.program_id) == dto


def test_an_empty_body_means_not_stated(db, prog):
    dto = g.set_order(db, prog.chair, prog.program_id, "№ 1", None, approving_body="head")
    cleared = g.set_order(db, prog.chair, prog.program_id, "№ 1", None, dto.version)
    assert cleared.approving_body is None
    again = g.set_order(
        db, prog.chair, prog.program_id, "№ 1", None, cleared.version, approving_body=" "
    )
    assert again.approving_body is None


# -- the words in the reports ---------------------------------------------------------------


def _group(body, note=None, *, city=True, number="№ 12", when=date(2024, 3, 3)) -> Group:
    return Group(number, when, (), body, note, city)


@pytest.mark.parametrize(
    ("group", "line"),
    [
        (_group(None), "The working group was formed by order No. 12 of 03.03.2024"),
        (_group(None, number=None, when=None), ""),
        (
            _group("council"),
            "The working group was approved by: council resolution No. 12 of 03.03.2024",
        ),
        (
            _group("head"),
            "The working group was approved by: order of the mayor No. 12 of 03.03.2024",
        ),
        (
            _group("head", city=False, when=None),
            "The working group was approved by: order of the head of the aiyl okmotu No. 12",
        ),
        (
            _group("council", "XII session", number=None),
            "The working group was approved by: council resolution of 03.03.2024 (XII session)",
        ),
        (
            _group("other", "the rayon state administration"),
            "The working group was approved by: the rayon state administration No. 12 of "
            "03.03.2024",
        ),
        (
            _group("council", number=None, when=None),
            "The working group was approved by: council resolution",
        ),
    ],
)
def test_the_report_line_names_the_body_and_its_document(group, line):
    assert group_order_line(group, Texts(None, "en")) == line


def test_the_report_data_knows_the_body_and_whether_the_head_is_a_mayor(db, prog):
    g.set_order(db, prog.chair, prog.program_id, "№ 3", "2024-01-09", approving_body="head")
    group = read_group(db, prog.program_id)
    assert (group.approving_body, group.city) == ("head", True)  # the factory's town


def _translated(lang: str) -> Texts:
    t = Texts(None, lang)
    if t(T.DOC_COUNCIL) == T.DOC_COUNCIL:
        pytest.skip(f"the {lang} catalogue does not hold the approving-body words yet")
    return t


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ky", "кеңештин токтому"),
        ("ru", "постановление кенеша"),
    ],
)
def test_the_report_line_in_kyrgyz_and_russian(lang, words):
    t = _translated(lang)
    line = group_order_line(_group("council"), t)
    assert words in line and "12" in line and "03.03.2024" in line
    assert "council" not in line


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "council resolution No. 12 of 03.03.2024"), ("ru", "постановление кенеша")],
)
def test_the_annual_report_and_the_excel_sheet_print_the_body(demo_db, tmp_path, lang, words):
    if lang != "en":
        _translated(lang)
    pid = _pid(demo_db)
    group = g.get_group(demo_db, pid)
    assert group.approving_body == "head"  # the demo's
    g.set_order(demo_db, CHAIR, pid, "№ 12", "2024-03-03", group.version, approving_body="council")
    pdf = tmp_path / "annual.pdf"
    build_annual(demo_db, pid, "2024", pdf, None, lang)
    assert words in _pdf_text(pdf)
    xlsx = tmp_path / "iptt.xlsx"
    export_iptt(demo_db, pid, xlsx, None, lang)
    sheet = load_workbook(xlsx).worksheets[1]
    assert words in sheet["A1"].value


# -- packages -------------------------------------------------------------------------------


def test_a_package_carries_the_body_to_another_installation(demo_db, db, tmp_path):
    pid = _pid(demo_db)
    group = g.get_group(demo_db, pid)
    g.set_order(
        demo_db,
        CHAIR,
        pid,
        group.order_number,
        group.order_date,
        group.version,
        approving_body="other",
        approving_body_note="the rayon state administration",
    )
    path = tmp_path / "whole.mepkg"
    export_package(demo_db, CHAIR, pid, None, path)
    import_package(db, Actor.system(), path, accept_unsigned=True)
    with db.session() as s:
        row = s.scalar(select(WorkingGroup).where(WorkingGroup.program_id == pid))
    assert row is not None
    assert (row.approving_body, row.approving_body_note) == (
        "other",
        "the rayon state administration",
    )
