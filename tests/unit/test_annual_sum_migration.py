"""Migration 0007: the aggregation CHECK admits `annual_sum`, keeps refusing unknown codes,
and the way back turns such indicators into cumulative ones (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from meapp.store.migrations import alembic_config
from tests.unit.factories import add_indicator, make_program


def test_upgrade_admits_annual_sum_and_downgrade_makes_it_cumulative(db):
    pid = make_program(db)
    cfg = alembic_config(db)
    command.downgrade(cfg, "0006_status_summary")
    with pytest.raises(IntegrityError):
        add_indicator(db, pid, code="1", aggregation="annual_sum")
    command.upgrade(cfg, "0007_annual_sum")
    add_indicator(db, pid, code="2", aggregation="annual_sum")
    with pytest.raises(IntegrityError):
        add_indicator(db, pid, code="3", aggregation="per_year")
    command.downgrade(cfg, "0006_status_summary")
    with db.engine.connect() as conn:
        kinds = conn.execute(text("SELECT code, aggregation FROM indicator")).all()
    assert [tuple(k) for k in kinds] == [("2", "sum")]
    command.upgrade(cfg, "head")
    add_indicator(db, pid, code="4", aggregation="annual_sum")
