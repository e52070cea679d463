"""`meapp review-values` and `meapp confirm-value` as processes on a real database file.

The Kara-Balta-shaped programme with a ×1000 slip in the sidewalks (1 200,8 km) and a
negative revenue: `status` never shows them on track nor counts them, `review-values` lists
them, only an evaluator confirms (exit 2 otherwise, one line, nothing changed), and the
confirmed value then counts in `status`.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from meapp.store.db import open_database
from tests.helpers import run_cli
from tests.unit import council_tables as ct
from tests.unit import factories as f

pytestmark = pytest.mark.slow

PASSWORD = {"MEAPP_PASSWORD": "demo"}


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "kb.db"
    db = open_database(str(path))
    ns = ct.kara_balta(db)
    ct.set_value(db, ns.sidewalks, "2024-H1", 1200.8)
    ct.set_value(db, ns.revenue, "2024-H1", -5.0)
    f.add_user(db, "editor", "editor")
    f.add_user(db, "chair", "evaluator")
    db.dispose()
    ns.path = str(path)
    return ns


def cli(ns, *args, env=None):
    return run_cli("--db", ns.path, "--lang", "en", *args, env=env)


def status(ns) -> dict:
    r = cli(ns, "status", "--period", "2024-H1", "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def one_error_line(result) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_held_values_are_listed_and_kept_out_of_the_status(dbfile):
    data = status(dbfile)
    assert list(data) == [
        "program_id",
        "period",
        "indicators",
        "rollups",
        "program_progress",
        "measures",
        "budget",
        "deadlines",  # one programme's reporting calendar (issue 21), added last
    ]
    by_code = {r["code"]: r for r in data["indicators"]}
    assert by_code["И-05"]["status"] == "needs_review"
    assert by_code["И-06"]["status"] == "needs_review"
    assert 0.9 <= data["program_progress"] <= 1.0
    assert all(0.0 <= r["progress"] <= 1.0 for r in data["rollups"] if r["progress"] is not None)
    r = cli(dbfile, "review-values", "--json")
    assert r.returncode == 0, r.stderr
    values = json.loads(r.stdout)["values"]
    assert [(v["code"], v["period"], v["reason"]) for v in values] == [
        ("И-05", "2024-H1", "magnitude"),
        ("И-06", "2024-H1", "unit_range"),
    ]
    text = cli(dbfile, "review-values", "--period", "2024-H1")
    assert text.returncode == 0, text.stderr
    assert "1\u00a0200,8" in text.stdout and "И-05" in text.stdout


def test_only_an_evaluator_confirms_with_a_reason(dbfile):
    args = ("confirm-value", "--indicator", "И-05", "--period", "2024-H1")
    refused = cli(dbfile, "--user", "editor", *args, "--reason", "ok", env=PASSWORD)
    assert "not allowed" in one_error_line(refused)
    empty = cli(dbfile, "--user", "chair", *args, "--reason", " ", env=PASSWORD)
    assert "reason" in one_error_line(empty)
    unknown = cli(
        dbfile, "--user", "chair", *args[:2], "И-99", *args[3:], "--reason", "x", env=PASSWORD
    )
    assert "И-99" in one_error_line(unknown)
    assert status(dbfile)["indicators"][3]["status"] == "needs_review"

    ok = cli(
        dbfile, "--user", "chair", *args, "--reason", "the new ring road: 1 200 km", env=PASSWORD
    )
    assert ok.returncode == 0, ok.stderr
    data = status(dbfile)
    by_code = {r["code"]: r for r in data["indicators"]}
    assert by_code["И-05"]["status"] == "on_track"  # confirmed: it counts, as it is
    assert by_code["И-06"]["status"] == "needs_review"
    assert 0.9 <= data["program_progress"] <= 1.0
    con = sqlite3.connect(dbfile.path)
    events = con.execute(
        "SELECT user_login, entity, period, reason FROM audit_event WHERE action = 'review.confirm'"
    ).fetchall()
    con.close()
    assert events == [("chair", "actual", "2024-H1", "the new ring road: 1 200 km")]


def test_a_locked_period_refuses_the_confirmation(dbfile):
    db = open_database(dbfile.path)
    f.set_round(db, dbfile.program_id, "2024-H1", "approved")
    db.dispose()
    r = cli(
        dbfile,
        "--user",
        "chair",
        "confirm-value",
        "--indicator",
        "И-05",
        "--period",
        "2024-H1",
        "--reason",
        "checked",
        env=PASSWORD,
    )
    assert "locked" in one_error_line(r)


def test_stored_extreme_numbers_crash_nothing(dbfile):
    con = sqlite3.connect(dbfile.path)
    con.execute(
        "UPDATE actual SET value = -1e308 WHERE indicator_id = ? AND period = '2024-H1'",
        (dbfile.revenue.hex,),
    )
    con.execute(
        "UPDATE actual SET value = 1e308 WHERE indicator_id = ? AND period = '2023-H2'",
        (dbfile.jobs.hex,),
    )
    con.commit()
    con.close()
    for args in (
        ("status", "--period", "2024-H1"),
        ("status", "--period", "2024-H1", "--json"),
        ("review-values",),
    ):
        r = cli(dbfile, *args)
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
    data = status(dbfile)
    assert 0.0 <= data["program_progress"] <= 1.0
