"""case-insensitive order of organisation names; aliases of regions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 16:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("region") as batch_op:
        batch_op.add_column(sa.Column("aliases", sa.JSON(), nullable=False, server_default="[]"))
    op.create_index("ix_organisation_name_lower", "organisation", [sa.func.lower(sa.text("name"))])


def downgrade() -> None:
    op.drop_index("ix_organisation_name_lower", table_name="organisation")
    with op.batch_alter_table("region") as batch_op:
        batch_op.drop_column("aliases")
