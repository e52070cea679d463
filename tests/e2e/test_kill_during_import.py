"""A process killed (SIGKILL) in the middle of a large import leaves the database as it was.

The package is large on purpose (a programme of 2 000 indicators with eight half-years of
actuals, about 26 000 rows): its import writes for seconds, longer than SQLite's page
cache holds, so uncommitted pages spill into the WAL file while the transaction is open.
The test waits until the WAL has grown — the import is writing — and kills the process.
Afterwards the database must pass SQLite's integrity check and `meapp check`, and hold
exactly the rows it held before.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest
from sqlalchemy import insert

from meapp.models import Actual, Indicator, IndicatorTarget, Municipality, Program
from meapp.services.access.users import Actor
from meapp.services.exchange.export import export_package
from meapp.store.db import open_database
from tests.helpers import ROOT, run_cli
from tests.unit.test_exchange import fingerprint

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

INDICATORS = 2000
PERIODS = [f"{y}-H{h}" for y in range(2021, 2025) for h in (1, 2)]
WAL_STARTED = 512 * 1024  # bytes in the WAL: uncommitted pages are being written


def _big_package(tmp_path):
    """A whole-programme package of about 26 000 rows, built straight into a database."""
    db = open_database(str(tmp_path / "big-source.db"))
    mid, pid = uuid.uuid4(), uuid.uuid4()
    with db.session() as s, s.begin():
        s.execute(insert(Municipality), [{"id": mid, "name": "Чоң шаар", "kind": "city"}])
        s.execute(
            insert(Program),
            [
                {
                    "id": pid,
                    "municipality_id": mid,
                    "code": "BIG-1",
                    "title": "Чоң программа",
                    "start_year": 2021,
                    "end_year": 2024,
                }
            ],
        )
        indicators = [
            {
                "id": uuid.uuid4(),
                "program_id": pid,
                "code": f"И-{i:05d}",
                "name": f"Көрсөткүч {i}: оңдолгон жолдордун узундугу",
                "unit": "км",
                "baseline_value": 1.0,
                "baseline_year": 2020,
                "position": i,
            }
            for i in range(INDICATORS)
        ]
        s.execute(insert(Indicator), indicators)
        s.execute(
            insert(IndicatorTarget),
            [
                {"id": uuid.uuid4(), "indicator_id": d["id"], "period": str(y), "value": 2.0}
                for d in indicators
                for y in range(2021, 2025)
            ],
        )
        s.execute(
            insert(Actual),
            [
                {
                    "id": uuid.uuid4(),
                    "indicator_id": d["id"],
                    "period": period,
                    "value": float(k),
                    "comment": "өлчөндү",
                }
                for d in indicators
                for k, period in enumerate(PERIODS)
            ],
        )
    path = tmp_path / "big.mepkg"
    result = export_package(db, Actor.system(), pid, None, path)
    db.dispose()
    assert result.total_rows > 25_000
    return path


def _integrity(path) -> str:
    with sqlite3.connect(str(path)) as conn:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    return str(result)


def test_a_killed_import_leaves_the_database_intact_and_unchanged(demo_db, tmp_path):
    package = _big_package(tmp_path)
    target = demo_db.path
    demo_db.dispose()
    wal = target.with_name(target.name + "-wal")
    before = fingerprint(target)

    env = dict(os.environ, MEAPP_PASSWORD="demo", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "meapp", "--db", str(target), "--user", "chair"]
        + ["package", "import", str(package), "--accept-unsigned"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline:
            if wal.exists() and wal.stat().st_size > WAL_STARTED:
                break
            time.sleep(0.02)
        still_running = proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        out, err = proc.communicate(timeout=60)
    assert still_running, f"the import ended before it could be killed: {err.decode()}"
    assert proc.returncode == -signal.SIGKILL

    assert _integrity(target) == "ok"
    check = run_cli("--db", str(target), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert fingerprint(target) == before

    # and the same package imports completely afterwards
    done = run_cli(
        "--db",
        str(target),
        "--user",
        "chair",
        "package",
        "import",
        str(package),
        "--accept-unsigned",
        env={"MEAPP_PASSWORD": "demo"},
    )
    assert done.returncode == 0, done.stderr
    assert fingerprint(target)["actual"][0] == before["actual"][0] + INDICATORS * len(PERIODS)
