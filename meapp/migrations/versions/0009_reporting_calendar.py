"""a programme's reporting deadlines (issue 21)

Revision ID: 0009_reporting_calendar
Revises: 0008_budget_years
Create Date: 2026-12-06 11:00:00

`deadline_setting` holds only what the user changed of a programme's default deadlines
(one row per programme and kind, NULL columns keep their default). A new table: nothing to
copy, so it runs the same on SQLite and PostgreSQL (no batch step is needed).
"""

from alembic import op
import sqlalchemy as sa


revision = '0009_reporting_calendar'
down_revision = '0008_budget_years'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deadline_setting',
    sa.Column('program_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('due_month', sa.Integer(), nullable=True),
    sa.Column('due_day', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('round', 'mayor_report', 'group_info', 'council_report', 'public_check')", name=op.f('ck_deadline_setting_kind')),
    sa.CheckConstraint('days IS NULL OR (days >= 0 AND days <= 366)', name=op.f('ck_deadline_setting_days')),
    sa.CheckConstraint('due_day IS NULL OR (due_day BETWEEN 1 AND 31)', name=op.f('ck_deadline_setting_due_day')),
    sa.CheckConstraint('due_month IS NULL OR (due_month BETWEEN 1 AND 12)', name=op.f('ck_deadline_setting_due_month')),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_deadline_setting_program_id_program'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline_setting')),
    sa.UniqueConstraint('program_id', 'kind', name=op.f('uq_deadline_setting_program_id_kind'))
    )


def downgrade() -> None:
    op.drop_table('deadline_setting')
