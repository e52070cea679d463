"""`meapp status --json` of every programme, printed from the stored summaries (issue 22),
is exactly what the full computation gives — before and after an edit — and `meapp check`
finds nothing wrong with a database that holds summaries."""

from __future__ import annotations

import json

import pytest

from meapp.services.access.users import Actor
from meapp.services.demo.builder import create_demo
from meapp.services.monitoring import entry
from meapp.services.monitoring import status as st
from meapp.store.db import open_database
from tests.helpers import run_cli

pytestmark = pytest.mark.slow


def expected(path, period=None) -> dict:
    db = open_database(str(path))
    try:
        return {"programs": [st.status_json(ps) for ps in st.all_programs_status(db, period)]}
    finally:
        db.dispose()


def test_status_json_of_all_programmes_matches_the_full_computation(tmp_path):
    path = tmp_path / "n.db"
    db = open_database(str(path))
    create_demo(db, scale="national", national_programs=2)
    db.dispose()
    env = {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_LANG": "en"}

    def status(*args):
        r = run_cli("--db", str(path), "status", "--json", *args, env=env)
        assert r.returncode == 0, r.stderr
        return r.stdout

    first = status()
    assert json.loads(first) == expected(path)
    assert status() == first  # the second run reads the stored texts
    assert json.loads(status("--period", "2024-H1")) == expected(path, "2024-H1")

    db = open_database(str(path))
    with db.session() as s:
        from sqlalchemy import select

        from meapp.models import Indicator

        ind = s.scalars(select(Indicator.id).order_by(Indicator.code)).first()
    entry.set_actual(db, Actor("admin", "admin", "Admin"), ind, "2026-H2", 98765)
    db.dispose()
    after = status()
    assert after != first
    assert json.loads(after) == expected(path)

    check = run_cli("--db", str(path), "check", env=env)
    assert check.returncode == 0, check.stdout + check.stderr
