"""consortium_member: why a member is there as reason codes with values

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 15:45:00

The reasons are worded when shown or exported, in the language chosen then. A rationale saved
before this revision keeps its text, as a rationale the user typed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consortium_member") as batch_op:
        batch_op.add_column(sa.Column("reasons", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("consortium_member") as batch_op:
        batch_op.drop_column("reasons")
