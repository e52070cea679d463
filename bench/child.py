"""One measured start, in a fresh interpreter (see bench/run.py).

`bare`: import PySide6, SQLAlchemy and pyqtgraph, show one empty chart, wait until it is
painted and the event loop is idle, exit. `app DB`: start meapp on DB the way a user does
and exit as soon as the dashboard is shown and idle (MEAPP_EXIT_WHEN_READY). `rollup DB
PERIOD`: the roll-up of every programme from the stored summaries, for its peak memory.
`fill DB PERIOD`: the first fill of that period's summaries (time and peak memory).
"""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def report(**extra: float) -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"maxrss_mb": rss, **extra}))


def bare() -> int:
    import pyqtgraph as pg
    import sqlalchemy  # noqa: F401
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    w = pg.PlotWidget()
    w.resize(1366, 768)
    w.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


def start_app(db: str) -> int:
    os.environ["MEAPP_EXIT_WHEN_READY"] = "1"
    from meapp.cli import main

    return main(["--db", db, "--user", "mayor"])


def rollup(db: str, period: str) -> int:
    """The roll-up of every programme from the stored summaries (peak memory)."""
    from meapp.services.dashboard import summary
    from meapp.store.db import open_database

    database = open_database(db)
    summary.rollup(database, period)
    database.dispose()  # no registration left beside the database (meapp.store.presence)
    return 0


def fill(db: str, period: str) -> int:
    """The first fill: the period's stored summaries dropped, then every programme's
    computed and stored again by the roll-up (its time and peak memory)."""
    import time

    from sqlalchemy import delete

    from meapp.models.summary import StatusSummary
    from meapp.services.dashboard import summary
    from meapp.store.db import open_database

    database = open_database(db)
    with database.session() as s, s.begin():
        s.execute(delete(StatusSummary).where(StatusSummary.period_key == period))
    t, cpu = time.perf_counter(), time.process_time()
    result = summary.rollup(database, period)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    database.dispose()
    report(fill_s=elapsed, fill_cpu_s=cpu, computed=result.computed)
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "fill":
        raise SystemExit(fill(sys.argv[2], sys.argv[3]))
    if sys.argv[1] == "rollup":
        code = rollup(sys.argv[2], sys.argv[3])
    else:
        code = bare() if sys.argv[1] == "bare" else start_app(sys.argv[2])
    report()
    raise SystemExit(code)
