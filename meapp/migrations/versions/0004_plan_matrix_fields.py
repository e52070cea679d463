"""plan matrix fields kept from MSDSP matrices (issue 19)

Revision ID: 0004_plan_matrix_fields
Revises: 0003_value_review
Create Date: 2026-12-06 08:00:00
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0004_plan_matrix_fields'
down_revision = '0003_value_review'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
