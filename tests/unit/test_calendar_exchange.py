"""Exchange packages carry the reporting calendar (issue 21): an edited deadline arrives, so
the rayon computes the same late deadlines as the municipality."""

from __future__ import annotations

import json
import zipfile
from datetime import date

from sqlalchemy import select

from meapp.models import DeadlineSetting, Program
from meapp.services.access.users import Actor
from meapp.services.dashboard import deadlines as late
from meapp.services.exchange.export import export_package
from meapp.services.exchange.import_ import import_package
from meapp.services.monitoring import calendar as cal
from meapp.store.backup import backup_file
from meapp.store.db import open_database

CHAIR = Actor("chair", "evaluator", "Chair of the group")
DAY = date(2025, 8, 11)


def _pid(db):
    with db.session() as s:
        return s.scalar(select(Program.id))


def _settings(db):
    with db.session() as s:
        return [(r.kind, r.days, r.active) for r in s.scalars(select(DeadlineSetting))]


def test_a_package_carries_an_edited_deadline(demo_db, db, tmp_path):
    pid = _pid(demo_db)
    cal.set_rule(demo_db, CHAIR, pid, cal.RuleInput("round", True, days=5))
    path = tmp_path / "whole.mepkg"
    export_package(demo_db, CHAIR, pid, None, path)
    with zipfile.ZipFile(path) as z:
        rows = json.loads(z.read("data/deadline_setting.json"))["rows"]
    assert [(r["kind"], r["days"]) for r in rows] == [("round", 5)]

    import_package(db, Actor.system(), path, accept_unsigned=True)

    assert _settings(db) == [("round", 5, None)]
    with db.session() as s, demo_db.session() as t:
        assert cal.deadlines(s, pid, DAY) == cal.deadlines(t, pid, DAY)
    rayon = late.lateness(db, [pid], DAY)[str(pid)]
    assert rayon.count == 1 and rayon.worst_days == 37  # due 5 July, not 30 July


def test_a_later_change_reaches_a_rayon_that_had_the_programme(demo_db, tmp_path):
    pid = _pid(demo_db)
    backup_file(demo_db, tmp_path / "rayon.db")
    rayon = open_database(str(tmp_path / "rayon.db"))
    try:
        cal.set_rule(demo_db, CHAIR, pid, cal.RuleInput("group_info", True, days=60))
        path = tmp_path / "again.mepkg"
        export_package(demo_db, CHAIR, pid, None, path)
        result = import_package(rayon, Actor.system(), path, accept_unsigned=True)
        assert result.created >= 1
        assert _settings(rayon) == [("group_info", 60, None)]
    finally:
        rayon.dispose()


def test_going_back_to_the_default_travels_too(demo_db, tmp_path):
    pid = _pid(demo_db)
    cal.set_rule(demo_db, CHAIR, pid, cal.RuleInput("round", True, days=5))
    backup_file(demo_db, tmp_path / "rayon.db")
    rayon = open_database(str(tmp_path / "rayon.db"))
    try:
        cal.reset(demo_db, CHAIR, pid, "round")
        path = tmp_path / "reset.mepkg"
        export_package(demo_db, CHAIR, pid, None, path)
        import_package(rayon, Actor.system(), path, accept_unsigned=True)
        assert _settings(rayon) == [("round", None, None)]
        assert not any(r.edited for r in cal.rules(rayon, pid))
    finally:
        rayon.dispose()
