"""stored status summaries per programme and period, with change stamps (issue 22)

Revision ID: 0006_status_summary
Revises: 0005_row_versions
Create Date: 2026-12-06 09:00:00

`program_stamp` counts the transactions that changed what a programme's status is computed
from (moved by the session listener of meapp.models.summary); `status_summary` holds the
roll-up of a programme-period computed at some stamp. Every existing programme starts at
stamp 1 with no summary: the first roll-up fills them.
"""

from alembic import op
import sqlalchemy as sa


revision = '0006_status_summary'
down_revision = '0005_row_versions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('program_stamp',
    sa.Column('program_id', sa.Uuid(), nullable=False),
    sa.Column('stamp', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_program_stamp_program_id_program'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('program_id', name=op.f('pk_program_stamp'))
    )
    op.create_table('status_summary',
    sa.Column('program_id', sa.Uuid(), nullable=False),
    sa.Column('period_key', sa.String(length=16), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('stamp', sa.Integer(), nullable=False),
    sa.Column('formula', sa.Integer(), nullable=False),
    sa.Column('progress', sa.Float(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('round_state', sa.String(length=20), nullable=False),
    sa.Column('indicators', sa.Integer(), nullable=False),
    sa.Column('with_data', sa.Integer(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('previous_progress', sa.Float(), nullable=True),
    sa.Column('payload', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_status_summary_program_id_program'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('program_id', 'period_key', name=op.f('pk_status_summary'))
    )
    op.execute("INSERT INTO program_stamp (program_id, stamp) SELECT id, 1 FROM program")


def downgrade() -> None:
    op.drop_table('status_summary')
    op.drop_table('program_stamp')
