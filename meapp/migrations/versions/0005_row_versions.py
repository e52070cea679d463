"""row versions with their origin, for packages that move forward only (issue 18)

Revision ID: 0005_row_versions
Revises: 0004_plan_matrix_fields
Create Date: 2026-12-06 08:00:00

`sync_origin` holds this database's origin id (made here, one per database); `row_version`
the version vector of each row changed since (see meapp.models.sync). Existing rows get no
vector: the exchange judges them as before until they next change.
"""

import uuid
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = '0005_row_versions'
down_revision = '0004_plan_matrix_fields'
branch_labels = None
depends_on = None


def upgrade() -> None:
    origin = op.create_table('sync_origin',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_origin'))
    )
    op.create_table('row_version',
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('vector', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('row_id', name=op.f('pk_row_version'))
    )
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    op.bulk_insert(origin, [{'id': uuid.uuid4(), 'created_at': now}])


def downgrade() -> None:
    op.drop_table('row_version')
    op.drop_table('sync_origin')
