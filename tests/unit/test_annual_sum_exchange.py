"""An indicator summed within the year travels in exchange packages (issue 19): a new
installation gets it as `annual_sum` with the same figures, and one that holds the
programme and has approved rounds refuses the change of kind (a locked definition)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from meapp.models import Indicator, Program
from meapp.services.access.users import Actor
from meapp.services.exchange.export import export_package
from meapp.services.exchange.import_ import PackageLocked, import_package
from meapp.services.monitoring import status as st
from meapp.store.backup import backup_file
from meapp.store.db import open_database

CHAIR = Actor("chair", "evaluator", "Chair of the group")


def _make_annual(db) -> tuple:
    with db.session() as s, s.begin():
        pid = s.scalar(select(Program.id))
        iid = s.scalars(select(Indicator.id).where(Indicator.aggregation == "sum")).first()
        s.execute(update(Indicator).where(Indicator.id == iid).values(aggregation="annual_sum"))
    return pid, iid


def _kind(db, iid) -> str:
    with db.session() as s:
        return s.get(Indicator, iid).aggregation


def test_an_annual_sum_indicator_arrives_with_its_kind_and_figures(demo_db, db, tmp_path):
    other = tmp_path / "other.db"
    backup_file(demo_db, other)  # an installation holding the programme before the change
    pid, iid = _make_annual(demo_db)
    path = tmp_path / "whole.mepkg"
    export_package(demo_db, CHAIR, pid, None, path)

    import_package(db, Actor.system(), path, accept_unsigned=True)
    assert _kind(db, iid) == "annual_sum"
    for period in ("2023-H1", "2024-H2"):
        mine = st.status_json(st.program_status(demo_db, pid, period))
        assert st.status_json(st.program_status(db, pid, period)) == mine
        assert any(r["kind"] == "annual_sum" for r in mine["indicators"])

    # where the programme's rounds are approved, the kind (a definition that changes every
    # approved figure) is locked: the package is refused and nothing changes
    held = open_database(str(other))
    try:
        with pytest.raises(PackageLocked):
            import_package(held, Actor.system(), path, accept_unsigned=True)
        assert _kind(held, iid) == "sum"
    finally:
        held.dispose()
