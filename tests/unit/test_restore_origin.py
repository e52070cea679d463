"""After a restore the database starts a new origin of row versions (issue 18): edits made
after going back in time never reuse version counts a receiver of its packages has already
seen, so they are not dropped there as "already newer"."""

from __future__ import annotations

from meapp.models import sync
from meapp.store import backup
from meapp.store.restore import restore_file


def _origin(db):
    with db.session() as s, s.begin():
        return sync.origin_id(s)


def test_a_restore_starts_a_new_origin(demo_db, tmp_path):
    before = _origin(demo_db)
    copy = backup.backup_file(demo_db, tmp_path / "copy.db")
    restore_file(demo_db, copy, folder=tmp_path / "safety")
    after = _origin(demo_db)
    assert after != before
