"""row versions with their origin, for packages that move forward only (issue 18)

Revision ID: 0005_row_versions
Revises: 0004_plan_matrix_fields
Create Date: 2026-12-06 08:00:00
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0005_row_versions'
down_revision = '0004_plan_matrix_fields'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
