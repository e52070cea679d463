"""plan matrix fields kept from MSDSP matrices (issue 19)

Revision ID: 0004_plan_matrix_fields
Revises: 0003_value_review
Create Date: 2026-12-06 08:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0004_plan_matrix_fields'
down_revision = '0003_value_review'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # How often and when an indicator is measured, as the MSDSP matrix words it.
    with op.batch_alter_table('indicator') as batch:
        batch.add_column(sa.Column('collection_frequency', sa.Text(), nullable=True))
        batch.add_column(sa.Column('collection_date', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('indicator') as batch:
        batch.drop_column('collection_date')
        batch.drop_column('collection_frequency')
