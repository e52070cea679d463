"""Package import: hearings, public checks, their proposals and files lock by their date,
as edits in the app do (governance.py): a package can neither change one dated in an
approved period nor move one into or out of it; one dated in an open period imports."""

# The fixtures `other`, `whole` and `program_id` come from test_exchange (imported by name,
# as pytest finds them); their parameters below are those fixtures, not redefinitions.
# ruff: noqa: F811

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from meapp.models import Hearing, Proposal
from meapp.services.exchange.import_ import PackageLocked, import_package, preview_package
from tests.unit.test_exchange import (  # noqa: F401 - other, program_id, whole: fixtures
    CHAIR,
    contents,
    other,
    program_id,
    read_entries,
    rehash,
    whole,
    with_table,
    write_entries,
)

LOCKED_DAY = "2024-02-20"  # the demo's hearing: 2024-H1, approved
OPEN_DAY = "2025-03-01"  # 2025-H1, the demo's open round


def _package(whole, tmp_path, table, change):
    entries = rehash(with_table(read_entries(whole), table, change))
    return write_entries(tmp_path / f"{table}-{uuid.uuid4().hex[:6]}.mepkg", entries)


def _refused(other, path):
    before = contents(other)
    preview = preview_package(other, path)
    with pytest.raises(PackageLocked) as exc:
        import_package(other, CHAIR, path, prefer="theirs", accept_unsigned=True)
    assert not preview.can_import
    assert contents(other) == before
    return exc.value, preview


def _demo_hearing(rows):
    return next(r for r in rows if r["held_on"] == LOCKED_DAY)


def test_a_hearing_of_an_approved_period_is_not_changed(other, whole, tmp_path):
    def edit(rows):
        row = _demo_hearing(rows)
        row["place"], row["version"] = "Another hall", row["version"] + 1

    error, preview = _refused(other, _package(whole, tmp_path, "hearing", edit))
    assert {r.table for r in preview.locked} == {"hearing"}
    assert {r.period for r in error.rows} == {"2024-H1"}


def test_a_hearing_is_not_moved_out_of_an_approved_period(other, whole, tmp_path):
    def move(rows):
        row = _demo_hearing(rows)
        row["held_on"], row["version"] = OPEN_DAY, row["version"] + 1

    error, _preview = _refused(other, _package(whole, tmp_path, "hearing", move))
    assert {r.period for r in error.rows} == {"2024-H1"}


def test_a_proposal_is_not_added_to_a_hearing_of_an_approved_period(other, whole, tmp_path):
    with other.session() as s:
        hearing_id = s.scalar(select(Hearing.id).where(Hearing.held_on.is_not(None)))

    def add(rows):
        rows.append({**rows[0], "id": str(uuid.uuid4()), "text": "A new proposal",
                     "hearing_id": str(hearing_id)})  # fmt: skip

    _error, preview = _refused(other, _package(whole, tmp_path, "proposal", add))
    assert {r.table for r in preview.locked} == {"proposal"}


def test_a_hearing_of_an_open_period_imports(other, whole, tmp_path):
    new_id = str(uuid.uuid4())

    def add(rows):
        rows.append({**_demo_hearing(rows), "id": new_id, "held_on": OPEN_DAY, "version": 1})

    result = import_package(
        other, CHAIR, _package(whole, tmp_path, "hearing", add), accept_unsigned=True
    )
    assert result.written == 1
    with other.session() as s:
        held = s.scalar(select(Hearing.held_on).where(Hearing.id == uuid.UUID(new_id)))
        assert str(held) == OPEN_DAY
        assert s.scalar(select(Proposal.id).limit(1)) is not None
