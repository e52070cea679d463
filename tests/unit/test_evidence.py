"""Evidence files: stored with SHA-256, size and type; verified on read; the lock and the
rights respected; every change audited."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from sqlalchemy import func, select, update

from meapp.errors import (
    IntegrityDamage,
    NotFound,
    PeriodLocked,
    PermissionDenied,
    ValidationError,
)
from meapp.models import Actual, AuditEvent, Evidence, MeasureProgress
from meapp.services.governance import working_group as governance
from meapp.services.monitoring import evidence
from tests.unit import factories as f

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.mayor = f.add_user(db, "mayor", "viewer")
    return ns


def _state(db):
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Evidence)),
            s.scalar(select(func.count()).select_from(Actual)),
            s.scalar(select(func.count()).select_from(MeasureProgress)),
            s.scalar(select(func.count()).select_from(AuditEvent)),
        )


def test_attaching_to_an_actual_creates_the_row_and_stores_the_hash(db, prog):
    dto = evidence.attach(
        db,
        prog.editor,
        "actual",
        prog.roads,
        "2024-H1",
        content=b"act of completed works",
        filename="C:\\docs\\act 12.pdf",
        kind="act",
        doc_number=" 12 ",
        doc_date="2024-06-30",
    )
    assert dto.filename == "act 12.pdf"
    assert dto.kind == "act" and dto.doc_number == "12" and str(dto.doc_date) == "2024-06-30"
    assert dto.size == len(b"act of completed works")
    assert dto.sha256 == hashlib.sha256(b"act of completed works").hexdigest()
    assert dto.mime == "application/pdf"
    with db.session() as s:
        actual = s.scalar(select(Actual).where(Actual.indicator_id == prog.roads))
        assert actual is not None and actual.value is None and actual.period == "2024-H1"
        assert str(actual.id) == dto.owner_id
    assert evidence.count(db, "actual", prog.roads, "2024-H1") == 1
    assert evidence.count(db, "actual", prog.roads, "2024-H2") == 0
    assert evidence.counts(db, prog.program_id, "actual", "2024-H1") == {str(prog.roads): 1}
    assert evidence.read_content(db, dto.id) == b"act of completed works"


def test_attaching_to_an_existing_actual_keeps_its_value(db, prog):
    f.add_actual(db, prog.school, "2024-H1", 75.0)
    evidence.attach(
        db, prog.editor, "actual", prog.school, "2024-H1", content=PNG, filename="p", kind="photo"
    )
    with db.session() as s:
        rows = s.scalars(select(Actual).where(Actual.indicator_id == prog.school)).all()
    assert [r.value for r in rows] == [75.0]
    [listed] = evidence.list_evidence(db, "actual", prog.school, "2024-H1")
    assert listed.mime == "image/png" and listed.is_image  # recognised by its first bytes


def test_attaching_to_measure_progress_carries_the_earlier_status(db, prog):
    f.add_progress(db, prog.m1, "2023-H2", "in_progress", 40)
    evidence.attach(
        db, prog.editor, "measure_progress", prog.m1, "2024-H1", content=b"x", filename="c.txt"
    )
    with db.session() as s:
        row = s.scalar(select(MeasureProgress).where(MeasureProgress.period == "2024-H1"))
    assert row is not None and row.status == "in_progress"
    counts = evidence.counts(db, prog.program_id, "measure_progress", "2024-H1")
    assert counts == {str(prog.m1): 1}


def test_a_file_from_a_path(db, prog, tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(PNG)
    dto = evidence.attach(db, prog.editor, "actual", prog.roads, "2024-H1", path=path)
    assert dto.filename == "photo.png" and dto.size == len(PNG) and dto.is_image


def test_a_file_over_the_size_limit_is_refused_and_nothing_changes(db, prog, monkeypatch):
    monkeypatch.setattr(evidence, "MAX_BYTES", 10)
    before = _state(db)
    with pytest.raises(ValidationError) as exc:
        evidence.attach(
            db, prog.editor, "actual", prog.roads, "2024-H1", content=b"x" * 11, filename="big"
        )
    assert "too large" in exc.value.text() and "limit" in exc.value.text()
    assert _state(db) == before


def test_the_limit_is_checked_before_reading_a_big_file(db, prog, tmp_path, monkeypatch):
    monkeypatch.setattr(evidence, "MAX_BYTES", 10)
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF" + b"0" * 20)
    with pytest.raises(ValidationError, match="too large"):
        evidence.attach(db, prog.editor, "actual", prog.roads, "2024-H1", path=path)


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"content": b"", "filename": "e.txt"}, "is empty"),
        ({"content": b"x", "filename": "e.txt", "kind": "selfie"}, "Kind of document"),
        ({"content": b"x", "filename": "e.txt", "doc_date": "31.02.2024"}, "Document date"),
        ({"content": b"x", "filename": "e.txt", "doc_number": "9" * 101}, "Document number"),
        ({"content": b"x", "filename": "  "}, "file name is empty"),
        ({"path": "/no/such/file.pdf"}, "there is no file"),
    ],
)
def test_bad_input_names_the_field(db, prog, kw, message):
    before = _state(db)
    with pytest.raises(ValidationError, match=message):
        evidence.attach(db, prog.editor, "actual", prog.roads, "2024-H1", **kw)
    assert _state(db) == before


def test_a_locked_period_refuses_attach_and_remove_and_changes_nothing(db, prog):
    dto = evidence.attach(
        db, prog.editor, "actual", prog.roads, "2024-H1", content=b"x", filename="a.txt"
    )
    f.set_round(db, prog.program_id, "2024-H1", "approved")
    before = _state(db)
    with pytest.raises(PeriodLocked):
        evidence.attach(
            db, prog.editor, "actual", prog.roads, "2024-H1", content=b"y", filename="b.txt"
        )
    with pytest.raises(PeriodLocked):
        evidence.attach(
            db, prog.editor, "measure_progress", prog.m2, "2024-H1", content=b"y", filename="b"
        )
    with pytest.raises(PeriodLocked):
        evidence.remove(db, prog.editor, dto.id)
    assert _state(db) == before


def test_a_viewer_can_read_but_not_attach_or_remove(db, prog):
    dto = evidence.attach(
        db, prog.editor, "actual", prog.roads, "2024-H1", content=b"x", filename="a.txt"
    )
    before = _state(db)
    with pytest.raises(PermissionDenied):
        evidence.attach(
            db, prog.mayor, "actual", prog.roads, "2024-H1", content=b"y", filename="b.txt"
        )
    with pytest.raises(PermissionDenied):
        evidence.remove(db, prog.mayor, dto.id)
    assert _state(db) == before
    assert evidence.read_content(db, dto.id) == b"x"


def test_a_changed_file_is_detected_on_read(db, prog):
    dto = evidence.attach(
        db, prog.editor, "actual", prog.roads, "2024-H1", content=b"original", filename="a.txt"
    )
    with db.session() as s, s.begin():
        s.execute(update(Evidence).where(Evidence.id == uuid.UUID(dto.id)).values(content=b"x"))
    with pytest.raises(IntegrityDamage, match="damaged"):
        evidence.read_content(db, dto.id)


def test_removing_is_audited_and_keeps_the_actual(db, prog):
    dto = evidence.attach(
        db, prog.editor, "actual", prog.roads, "2024-H1", content=b"x", filename="a.txt"
    )
    evidence.remove(db, prog.editor, dto.id)
    assert evidence.list_evidence(db, "actual", prog.roads, "2024-H1") == []
    with db.session() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "evidence").order_by(AuditEvent.seq)
        ).all()
        assert s.scalar(select(func.count()).select_from(Actual)) == 1
    assert [e.action for e in events] == ["create", "delete"]
    assert dto.sha256 in (events[1].before or "") and "content" not in (events[1].before or "")
    with pytest.raises(NotFound):
        evidence.read_content(db, dto.id)


def test_period_owners_need_a_programme_period(db, prog):
    with pytest.raises(ValidationError, match="period"):
        evidence.attach(db, prog.editor, "actual", prog.roads, "", content=b"x", filename="a")
    with pytest.raises(ValidationError, match="outside the programme"):
        evidence.attach(
            db, prog.editor, "actual", prog.roads, "2031-H1", content=b"x", filename="a"
        )
    with pytest.raises(NotFound):
        evidence.attach(db, prog.editor, "actual", prog.m1, "2024-H1", content=b"x", filename="a")


def test_evidence_of_a_check_and_a_hearing_goes_with_them(db, prog):
    check = governance.add_check(db, prog.editor, prog.m1, governance.CheckInput(stage="50"))
    hearing = governance.add_hearing(
        db, prog.editor, prog.program_id, governance.HearingInput(place="Hall")
    )
    evidence.attach(db, prog.editor, "public_check", check.id, content=PNG, filename="1.png")
    evidence.attach(db, prog.editor, "public_check", check.id, content=PNG, filename="2.png")
    evidence.attach(db, prog.editor, "hearing", hearing.id, content=b"m", filename="minutes.txt")
    assert evidence.counts(db, prog.program_id, "public_check") == {check.id: 2}
    [measure] = [m for m in governance.list_checked_measures(db, prog.program_id)]
    assert measure.checks[0].evidence_count == 2
    assert governance.list_hearings(db, prog.program_id)[0].evidence_count == 1
    # a locked period does not lock a check or a hearing: they belong to no period
    f.set_round(db, prog.program_id, "2024-H1", "approved")
    governance.delete_check(db, prog.editor, check.id)
    governance.delete_hearing(db, prog.editor, hearing.id)
    assert _state(db)[0] == 0
