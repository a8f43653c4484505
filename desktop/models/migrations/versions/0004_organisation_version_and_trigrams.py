"""version column on organisations (edit conflicts); trigram indexes on PostgreSQL

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TRIGRAM_COLUMNS = ("name", "short_name")


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    if op.get_context().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in TRIGRAM_COLUMNS:
            op.create_index(
                f"ix_organisation_{column}_trgm",
                "organisation",
                [column],
                postgresql_using="gin",
                postgresql_ops={column: "gin_trgm_ops"},
            )


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for column in TRIGRAM_COLUMNS:
            op.drop_index(f"ix_organisation_{column}_trgm", table_name="organisation")
    # SQLite rebuilds the table to drop a column, and such a rebuild leaves expression indexes
    # behind: the index on lower(name) is made again afterwards.
    op.drop_index("ix_organisation_name_lower", table_name="organisation")
    with op.batch_alter_table("organisation") as batch_op:
        batch_op.drop_column("version")
    op.create_index("ix_organisation_name_lower", "organisation", [sa.func.lower(sa.text("name"))])
