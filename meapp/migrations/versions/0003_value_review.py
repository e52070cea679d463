"""value review: evaluator confirmations of implausible values (issue 19)

Revision ID: 0003_value_review
Revises: 0002_audit_bulk_rows
Create Date: 2026-12-06 08:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0003_value_review'
down_revision = '0002_audit_bulk_rows'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # nullable columns without constraints: a plain ADD COLUMN on SQLite and PostgreSQL
    op.add_column('actual', sa.Column('review_value', sa.Float(), nullable=True))
    op.add_column('actual', sa.Column('review_by', sa.String(length=100), nullable=True))
    op.add_column('actual', sa.Column('review_at', sa.DateTime(), nullable=True))
    op.add_column('actual', sa.Column('review_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('actual') as batch:
        batch.drop_column('review_reason')
        batch.drop_column('review_at')
        batch.drop_column('review_by')
        batch.drop_column('review_value')
