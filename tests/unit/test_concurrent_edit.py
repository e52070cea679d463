"""Two people saving the same figure at the same moment (a shared PostgreSQL server in
`make test-pg`, the local file otherwise).

Both have the grid open (they saw the same version of the actual); both press Enter at
once: two threads with their own connections start their saves together from a barrier.
Whatever the interleaving — the second reads the row after the first committed, or its
UPDATE waits on the first one's row lock and then finds the version moved on — exactly
one save wins and the other is refused as "changed by someone else"; the stored value,
version and audit trail show one update and no lost write.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from meapp.errors import ConcurrentEdit
from meapp.models import Actual, AuditEvent
from meapp.services.monitoring import entry as monitoring
from meapp.store import audit_chain as audit
from tests.unit import factories as f


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.chair = f.add_user(db, "chair", "evaluator")
    return ns


def test_two_users_saving_the_same_actual_at_once_give_one_refusal(db, prog):
    seen = monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", 70.0)
    with db.session() as s:
        events_before = s.scalar(select(func.count()).select_from(AuditEvent))

    start = threading.Barrier(2, timeout=20)
    results: dict[str, object] = {}

    def save(who, actor, value):
        start.wait()
        try:
            results[who] = monitoring.set_actual(
                db, actor, prog.school, "2024-H2", value, expected_version=seen.version
            )
        except BaseException as exc:  # noqa: BLE001 - the test inspects what came back
            results[who] = exc

    threads = [
        threading.Thread(target=save, args=("editor", prog.editor, 78.0)),
        threading.Thread(target=save, args=("chair", prog.chair, 81.0)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads)

    refused = {who: r for who, r in results.items() if isinstance(r, BaseException)}
    saved = {who: r for who, r in results.items() if not isinstance(r, BaseException)}
    assert len(saved) == 1 and len(refused) == 1, results
    (loser_error,) = refused.values()
    assert isinstance(loser_error, ConcurrentEdit), repr(loser_error)
    assert "changed by someone else" in loser_error.text()

    (winner,) = saved
    expected_value = 78.0 if winner == "editor" else 81.0
    with db.session() as s:
        row = s.scalar(select(Actual).where(Actual.indicator_id == prog.school))
        assert row is not None
        assert row.value == expected_value
        assert row.version == seen.version + 1
        assert row.entered_by == winner
        events_after = s.scalar(select(func.count()).select_from(AuditEvent))
    assert events_after == events_before + 1  # one update recorded, none for the refusal
    assert audit.verify_database(db).ok

    # the loser reloads and saves on top of what is there now: nothing is lost
    again = monitoring.set_actual(
        db, prog.chair, prog.school, "2024-H2", 80.0, expected_version=row.version
    )
    assert again.actual == 80.0
