"""audit_bulk_row: the rows a bulk_create event stands for, with their content digests

Revision ID: 0002_audit_bulk_rows
Revises: 0001_initial
Create Date: 2026-12-01 09:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0002_audit_bulk_rows'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_bulk_row',
    sa.Column('bulk_seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('row_digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('bulk_seq', 'row_id', name=op.f('pk_audit_bulk_row'))
    )


def downgrade() -> None:
    op.drop_table('audit_bulk_row')
