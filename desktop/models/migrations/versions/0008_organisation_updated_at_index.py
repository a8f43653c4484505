"""organisation: an index on updated_at

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 16:05:00

The name search checks before every search whether organisations changed since its index was
built (the newest ``updated_at``); with this index that is one look-up, not a scan of every row.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_organisation_updated_at", "organisation", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_organisation_updated_at", table_name="organisation")
