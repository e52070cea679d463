"""indicators summed within the year (issue 19)

Revision ID: 0007_annual_sum
Revises: 0006_status_summary
Create Date: 2026-12-06 11:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007_annual_sum'
down_revision = '0006_status_summary'
branch_labels = None
depends_on = None

_NAME = 'ck_indicator_aggregation'
_BEFORE = "aggregation IN ('sum', 'latest', 'average')"
_AFTER = "aggregation IN ('sum', 'latest', 'average', 'annual_sum')"


def upgrade() -> None:
    # A new aggregation code: the CHECK of indicator.aggregation is widened. Batch mode
    # recreates the table on SQLite (which cannot alter a CHECK) and is a plain
    # DROP/ADD CONSTRAINT on PostgreSQL.
    with op.batch_alter_table('indicator') as batch:
        batch.drop_constraint(op.f(_NAME), type_='check')
        batch.create_check_constraint(op.f(_NAME), sa.text(_AFTER))


def downgrade() -> None:
    # The older schema knows no sum within the year: such indicators become the nearest
    # kind whose periods add up (cumulative), so the narrower CHECK holds.
    op.execute("UPDATE indicator SET aggregation = 'sum' WHERE aggregation = 'annual_sum'")
    with op.batch_alter_table('indicator') as batch:
        batch.drop_constraint(op.f(_NAME), type_='check')
        batch.create_check_constraint(op.f(_NAME), sa.text(_BEFORE))
