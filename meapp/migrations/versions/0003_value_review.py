"""value review: evaluator confirmations of implausible values (issue 19)

Revision ID: 0003_value_review
Revises: 0002_audit_bulk_rows
Create Date: 2026-12-06 08:00:00
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0003_value_review'
down_revision = '0002_audit_bulk_rows'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
