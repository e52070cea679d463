"""the body that approved the working group (issue 21)

Revision ID: 0010_working_group_body
Revises: 0009_reporting_calendar
Create Date: 2026-12-06 11:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010_working_group_body'
down_revision = '0009_reporting_calendar'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite rebuilds the table to add the CHECK; PostgreSQL alters it in place.
    # Both columns are nullable: groups recorded before stay "not stated".
    with op.batch_alter_table('working_group') as batch:
        batch.add_column(sa.Column('approving_body', sa.String(length=20), nullable=True))
        batch.add_column(sa.Column('approving_body_note', sa.String(length=300), nullable=True))
        batch.create_check_constraint(
            op.f('ck_working_group_approving_body'), "approving_body IN ('council', 'head', 'other')"
        )


def downgrade() -> None:
    with op.batch_alter_table('working_group') as batch:
        batch.drop_constraint(op.f('ck_working_group_approving_body'), type_='check')
        batch.drop_column('approving_body_note')
        batch.drop_column('approving_body')
