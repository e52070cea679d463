"""failed login counts in the database (issue 20)

Revision ID: 0011_login_attempts
Revises: 0010_working_group_body
Create Date: 2026-12-06 11:00:00

The counts of failed logins in a row moved from a side file beside an SQLite database
(`<db>-logins.json`) into the table `login_attempt`, keyed by the same SHA-256 digests of
the login texts. The side file is read once here, its counts copied and the file removed
(if the upgrade then fails, the counts start afresh: they only set delays). A damaged side
file is only removed: the counts start afresh, as they did when the old code could not
read it. For a server database the old counts lived in a file of the data folder
shared by every server database, under digests this database cannot tell apart: they are
left there and start afresh. Only a new table: no batch mode needed on SQLite.
"""

import contextlib
import json
from datetime import datetime, timezone
from pathlib import Path

from alembic import op
import sqlalchemy as sa


revision = '0011_login_attempts'
down_revision = '0010_working_group_body'
branch_labels = None
depends_on = None

_MAX_ROWS = 10_000  # what the old file kept at the most


def upgrade() -> None:
    table = op.create_table('login_attempt',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_login_attempt'))
    )
    op.create_index('ix_login_attempt_last_at', 'login_attempt', ['last_at'], unique=False)
    # The per-user columns of the oldest code are read by nothing: zeroed once, so that a
    # successful login never has one to clear (a login writes only to clear a count).
    op.execute(
        "UPDATE app_user SET failed_logins = 0, last_failed_at = NULL "
        "WHERE failed_logins <> 0 OR last_failed_at IS NOT NULL"
    )
    side = _side_file()
    if side is None:
        return
    rows = _old_counts(side)
    if rows:
        op.bulk_insert(table, rows)
    with contextlib.suppress(OSError):
        side.unlink()


def downgrade() -> None:
    # the counts are dropped: the older code starts them afresh (they only set delays)
    op.drop_index('ix_login_attempt_last_at', table_name='login_attempt')
    op.drop_table('login_attempt')


def _side_file() -> Path | None:
    """`<db>-logins.json` beside an SQLite database file, if there is one."""
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return None
    name = bind.engine.url.database
    if not name or name == ':memory:':
        return None
    path = Path(name)
    side = path.with_name(path.name + '-logins.json')
    return side if side.is_file() else None


def _old_counts(side: Path) -> list[dict]:
    """The rows of the old file, {digest: [count, unix time]}: the newest `_MAX_ROWS`,
    an entry that is not such a pair left out (as the old code left it out)."""
    try:
        data = json.loads(side.read_text(encoding='utf-8'))
    except (OSError, ValueError):
        return []
    entries = data.get('logins') if isinstance(data, dict) else None
    rows = []
    for key, value in (entries.items() if isinstance(entries, dict) else ()):
        try:
            count, at = int(value[0]), float(value[1])
            when = datetime.fromtimestamp(at, timezone.utc).replace(tzinfo=None)
        except (ValueError, TypeError, KeyError, IndexError, OverflowError, OSError):
            continue
        if isinstance(key, str) and len(key) == 64 and count > 0:
            rows.append({'key': key, 'failures': count, 'last_at': when})
    rows.sort(key=lambda r: r['last_at'])
    return rows[-_MAX_ROWS:]
