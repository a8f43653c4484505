"""organisation: ROR id, English description and keywords, the source of its expertise profile

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 13:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


# SQLite rebuilds the table to add a unique constraint or drop a column, and such a rebuild leaves
# the expression index on lower(name) behind: it is dropped first and made again afterwards.
NAME_INDEX = "ix_organisation_name_lower"


def upgrade() -> None:
    op.drop_index(NAME_INDEX, table_name="organisation")
    with op.batch_alter_table("organisation") as batch_op:
        batch_op.add_column(
            sa.Column("ror_id", sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True)
        )
        batch_op.add_column(
            sa.Column("description_en", sa.String(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("keywords_en", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(
            sa.Column("profile_source", sa.String(), nullable=False, server_default="")
        )
        batch_op.create_unique_constraint(op.f("uq_organisation_ror_id"), ["ror_id"])
    op.create_index(NAME_INDEX, "organisation", [sa.func.lower(sa.text("name"))])


def downgrade() -> None:
    op.drop_index(NAME_INDEX, table_name="organisation")
    with op.batch_alter_table("organisation") as batch_op:
        batch_op.drop_constraint(op.f("uq_organisation_ror_id"), type_="unique")
        for column in ("profile_source", "keywords_en", "description_en", "ror_id"):
            batch_op.drop_column(column)
    op.create_index(NAME_INDEX, "organisation", [sa.func.lower(sa.text("name"))])
