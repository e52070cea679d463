"""planned cost per measure, funding source and year (issue 21)

Revision ID: 0008_budget_years
Revises: 0007_annual_sum
Create Date: 2026-12-06 11:00:00

A child table of `measure_budget`: one row per year of a measure's planned cost from one
source. Existing budgets get no year rows ("not split"): the services count them as spread
evenly over the measure's years, and `measure_budget.planned` stays the total.
"""

from alembic import op
import sqlalchemy as sa


revision = '0008_budget_years'
down_revision = '0007_annual_sum'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('measure_budget_year',
    sa.Column('budget_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('planned', sa.Float(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('planned >= 0', name=op.f('ck_measure_budget_year_planned')),
    sa.ForeignKeyConstraint(['budget_id'], ['measure_budget.id'], name=op.f('fk_measure_budget_year_budget_id_measure_budget'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_budget_year')),
    sa.UniqueConstraint('budget_id', 'year', name=op.f('uq_measure_budget_year_budget_id_year'))
    )
    with op.batch_alter_table('measure_budget_year', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_budget_year_budget_id'), ['budget_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('measure_budget_year', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_budget_year_budget_id'))
    op.drop_table('measure_budget_year')
